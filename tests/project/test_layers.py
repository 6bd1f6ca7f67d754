"""The layers of docs/architectuur.md, enforced: the import-linter contracts in pyproject.toml are kept (imports
inside functions count too), their order is the one the architecture states, every exception to them is explained,
no module imports another module's private name, and every package says what it offers in `__all__`."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="import-linter is in the test extra: pip install -e '.[test]'")

from importlinter.api import read_configuration  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "wetgraaf"


def _contracts() -> dict[str, dict]:
    config = read_configuration(str(ROOT / "pyproject.toml"))
    return {c["id"]: c for c in config["contracts_options"]}


def _layer_index() -> dict[str, int]:
    """Each module of the layers contract with its layer, 0 the highest."""
    index = {}
    for i, layer in enumerate(_contracts()["layers"]["layers"]):
        for name in layer.replace("|", ":").split(":"):
            index[name.strip()] = i
    return index


def test_the_import_contracts_are_kept():
    # A fresh interpreter, as `lint-imports` runs: the report names every broken import with its chain.
    code = ("import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout, run.stdout


@pytest.mark.parametrize("chain", [
    ["core", "parser", "resolve", "engine"],          # the passes: the parser does not import the engine
    ["core", "parser", "resolve", "graph", "analysis", "amend"],  # analyses that run the engine, under the report
    ["site", "api", "cli"], ["site", "api", "server"], ["site", "herlaad"],  # the site under what a user runs
])
def test_the_layers_are_in_the_order_the_architecture_states(chain):
    index = _layer_index()
    positions = [index[m] for m in chain]  # a higher index is a lower layer
    assert positions == sorted(positions, reverse=True) and len(set(positions)) == len(positions), (chain, positions)


def test_every_module_of_the_package_is_in_a_layer():
    # exhaustive = true makes import-linter refuse a module left out; this says so in the contract itself.
    layers = _contracts()["layers"]
    assert layers["exhaustive"] == "True" or layers["exhaustive"] is True
    index = _layer_index()
    for path in SRC.iterdir():
        name = path.stem if path.suffix == ".py" else path.name
        if name.startswith("_") or name == "law" or not (path.suffix == ".py" or (path / "__init__.py").exists()):
            continue
        assert name in index, f"wetgraaf.{name} is in no layer of pyproject.toml's [tool.importlinter]"


def test_every_ignored_import_says_why():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    ignored = [i for c in _contracts().values() for i in c.get("ignore_imports", [])]
    assert ignored, "no ignore_imports read: the check would pass blind"
    for entry in ignored:
        line = next(n for n, t in enumerate(text) if f'"{entry}"' in t)
        while text[line - 1].strip().startswith('"'):  # entries grouped under one comment
            line -= 1
        assert text[line - 1].strip().startswith("#"), f"ignore_imports entry {entry} has no comment saying why"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _private_imports() -> list[str]:
    """`from .x import _y`, and `x._y` on a wetgraaf module imported by name, anywhere in the package."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if "law" in path.relative_to(SRC).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("wetgraaf")):
                modules.update(alias.asname or alias.name for alias in node.names)
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {a.name}" for a in node.names if _private(a.name)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name) \
                    and node.value.id in modules:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_a_private_name_of_another():
    assert _private_imports() == []


def test_the_private_import_check_sees_one(tmp_path, monkeypatch):
    # The check is not blind: a module that imports a private name is reported, with file and line.
    fake = tmp_path / "src" / "wetgraaf"
    fake.mkdir(parents=True)
    (fake / "a.py").write_text("from .b import _hidden\nfrom . import c\n\nc._inner()\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SRC", fake)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _private_imports() == ["src/wetgraaf/a.py:1: _hidden", "src/wetgraaf/a.py:4: c._inner"]


def _packages() -> list[Path]:
    return sorted(p for p in SRC.iterdir() if (p / "__init__.py").exists() and p.name != "law")


@pytest.mark.parametrize("package", _packages(), ids=lambda p: p.name)
def test_every_package_lists_its_modules_in_all(package):
    module = importlib.import_module(f"wetgraaf.{package.name}")
    public = {p.stem for p in package.glob("*.py") if not p.stem.startswith("_")}
    public |= {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    listed = set(module.__all__)
    assert public <= listed, f"wetgraaf.{package.name}.__all__ lacks modules: {sorted(public - listed)}"
    # beyond its modules, a package's __all__ names only what its __init__ defines (wetgraaf.taal: the catalogue's API)
    extra = listed - public
    assert all(hasattr(module, name) for name in extra), f"wetgraaf.{package.name}.__all__ names {sorted(extra)}"


def test_every_test_file_sits_in_the_folder_of_its_layer() -> None:
    """Tests are grouped by the layer they test (tests/conftest.py names the folders): a test file at the top of
    tests/ or in a folder that is no layer has not been placed."""
    from conftest import LAYERS

    tests = ROOT / "tests"
    loose = sorted(p.name for p in tests.glob("test_*.py"))
    assert not loose, f"test files outside a layer folder (move each to tests/<layer>/): {loose}"
    others = {"browser", "fuzz"}  # the browser tests (Chromium) and the fuzzers cut across the layers
    folders = {p.parent.name for p in tests.glob("*/test_*.py")}
    assert folders <= set(LAYERS) | others, sorted(folders - set(LAYERS) - others)
    assert set(LAYERS) <= folders, sorted(set(LAYERS) - folders)
