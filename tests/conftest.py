"""The tests' own helper modules (corpus_kit, both_paths, program_gen, shared_adapter_loader in tests/; fuzzkit in
tests/fuzz/) are importable by name from every test file. pytest runs with --import-mode=importlib (pyproject.toml),
which does not put test folders on sys.path, so this is done once here instead of in each file.

The tests are grouped by the layer they test (docs/architectuur.md), one folder each: core, parser, resolve,
engine, graph, analysis, amend, site, service (the CLI, the question service and the API), law (the encoded laws
against their text, their second readings and the shared and peers' cases) and project (layers, types, lint, docs,
language); `pytest tests/engine` runs one layer. A few test modules share their cases with another (the second
readings, the text audits, the site builds), so the layer folders are importable too."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

LAYERS = ("core", "parser", "resolve", "engine", "graph", "analysis", "amend", "site", "service", "law", "project")

for folder in (TESTS, TESTS / "fuzz", *(TESTS / layer for layer in LAYERS)):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
