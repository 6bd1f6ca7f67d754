"""The package list, computed: every folder under src/ whose name Python could import is a package (the corpus's data
folders such as law/wbmgp included: src/wetgraaf/law links to law/), so setuptools packages it without "Package would
be ignored" warnings and a law added later needs no edit here. Everything else is in pyproject.toml."""

import os
from pathlib import Path

from setuptools import setup

SRC = Path(__file__).resolve().parent / "src"


def packages() -> list[str]:
    out = []
    for folder, _dirs, _files in os.walk(SRC, followlinks=True):
        parts = Path(folder).relative_to(SRC).parts
        if parts and all(part.isidentifier() and part != "__pycache__" for part in parts):
            out.append(".".join(parts))
    return sorted(out)


setup(packages=packages())
