"""Input validated where it enters (issue 16): what a careless user gives a command gets a Dutch, located message and
a non-zero exit — never "corpus in orde" for the wrong folder, never a traceback."""

from __future__ import annotations

import subprocess
import sys


def _wetgraaf(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def test_check_on_a_folder_without_laws_is_an_error(tmp_path):
    r = _wetgraaf("check", str(tmp_path))
    assert r.returncode == 1
    assert "WG-FILE-018" in r.stdout + r.stderr and "geen wetten" in r.stdout + r.stderr
    assert "corpus in orde" not in r.stdout
    assert "Traceback" not in r.stderr
