"""The tests' own helper modules (corpus_kit, both_paths, program_gen, shared_adapter_loader in tests/; fuzzkit in
tests/fuzz/) are importable by name from every test file. pytest runs with --import-mode=importlib (pyproject.toml),
which does not put test folders on sys.path, so this is done once here instead of in each file."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

for folder in (TESTS, TESTS / "fuzz"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
