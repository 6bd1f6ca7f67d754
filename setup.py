"""The package list, computed: every folder under a mapped code folder whose name Python could import is a package
(data folders such as law/wbmgp included), so setuptools packages it without "Package would be ignored" warnings and
a law added later needs no edit here. Everything else is in pyproject.toml."""

import tomllib
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent


def packages() -> list[str]:
    mapping = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
    out = []
    for package, folder in mapping.items():
        base = ROOT / folder
        out.append(package)
        for sub in sorted(p for p in base.rglob("*") if p.is_dir()):
            parts = sub.relative_to(base).parts
            if all(part.isidentifier() and part != "__pycache__" for part in parts):
                out.append(".".join((package, *parts)))
    return out


setup(packages=packages())
