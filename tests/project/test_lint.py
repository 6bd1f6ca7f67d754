"""The code passes ruff with the project's configuration (pyproject.toml, [tool.ruff]): run by the test command, so
a new unused import or a shadowed loop variable fails CI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ["src", "tools", "tests"]


def _ruff() -> list[str]:
    exe = Path(sys.executable).parent / "ruff"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed: the test extra installs it (pip install -e '.[test]')")
    return [found]


def test_ruff_is_clean():
    r = subprocess.run([*_ruff(), "check", "--no-cache", "--output-format", "concise", *FOLDERS], cwd=REPO,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
