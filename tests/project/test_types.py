"""mypy over src/wetgraaf with the configuration in pyproject.toml ([tool.mypy]), against a baseline.

tests/mypy-baseline.txt lists the errors the code had when mypy was introduced, one a line, as `file: [code] message`
(no line numbers, so an edit above an error does not change its entry). The test fails on an error not in the
baseline (new code is typed and clean) and on a baseline entry that no longer occurs (the baseline only shrinks:
remove the fixed entries). After fixing errors, rewrite it with

    .venv/bin/python tests/project/test_types.py --update

mypy's incremental cache lives in the temporary folder, one per checkout: a warm run takes about a second, a cold one
(a fresh CI clone) about 25 s of CPU on this machine.
"""

from __future__ import annotations

import collections
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "tests" / "mypy-baseline.txt"
_ERROR = re.compile(r"^(?P<file>[^:]+):\d+(?::\d+)?: error: (?P<message>.*?)(?:\s+\[(?P<code>[a-z-]+)\])?$")


def _cache_dir() -> Path:
    # One cache per checkout: two worktrees sharing one would recheck each other's files on every run.
    key = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"wetgraaf-mypy-{key}"


def entry(line: str) -> str | None:
    """A mypy output line as a baseline entry (None when it is not an error): without the line number, and without
    line numbers inside the message ('defined on line 12')."""
    m = _ERROR.match(line.strip())
    if m is None:
        return None
    message = re.sub(r"\bline \d+\b", "line N", m["message"])
    return f"{Path(m['file']).as_posix()}: [{m['code'] or 'error'}] {message}"


def run_mypy() -> list[str]:
    """Every error of mypy on the package, as baseline entries, sorted."""
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(_cache_dir()), "--no-error-summary",
                          "--no-pretty", "--no-color-output", "--hide-error-context"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    if run.returncode not in (0, 1) or "error: " not in run.stdout and run.returncode == 1:
        pytest.fail(f"mypy did not run: exit {run.returncode}\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return sorted(e for e in map(entry, run.stdout.splitlines()) if e is not None)


def read_baseline() -> list[str]:
    lines = BASELINE.read_text(encoding="utf-8").splitlines() if BASELINE.exists() else []
    return sorted(line for line in lines if line.strip() and not line.startswith("#"))


def _diff(found: list[str], baseline: list[str]) -> tuple[list[str], list[str]]:
    new = collections.Counter(found) - collections.Counter(baseline)
    gone = collections.Counter(baseline) - collections.Counter(found)
    return sorted(new.elements()), sorted(gone.elements())


def test_entries_leave_out_line_numbers():
    line = 'src/wetgraaf/x.py:12: error: Name "f" already defined on line 3  [no-redef]'
    assert entry(line) == 'src/wetgraaf/x.py: [no-redef] Name "f" already defined on line N'
    assert entry("src/wetgraaf/x.py:12: note: See https://mypy.readthedocs.io") is None


def test_the_comparison_counts_each_error():
    # Two errors with the same entry in the baseline and three found: one is new; one found of two: one is gone.
    assert _diff(["a", "a", "a"], ["a", "a"]) == (["a"], [])
    assert _diff(["a"], ["a", "a", "b"]) == ([], ["a", "b"])


def test_mypy_finds_no_error_outside_the_baseline():
    new, gone = _diff(run_mypy(), read_baseline())
    assert not new, ("mypy errors not in tests/mypy-baseline.txt (fix them; new code is typed):\n" + "\n".join(new))
    assert not gone, ("fixed, so remove from tests/mypy-baseline.txt (python tests/project/test_types.py --update):\n"
                      + "\n".join(gone))


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/project/test_types.py --update   (rewrites tests/mypy-baseline.txt)")
    found = run_mypy()
    BASELINE.write_text("# mypy errors left from before mypy ran in the test suite; this list only shrinks.\n"
                        "# Rewrite with: python tests/project/test_types.py --update (tests/project/test_types.py)\n"
                        + "".join(f"{e}\n" for e in found), encoding="utf-8")
    print(f"{len(found)} entries written to {BASELINE.relative_to(ROOT)}")
