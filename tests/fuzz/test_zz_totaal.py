"""The fuzz suites together run at least 10 000 generated cases (at WETGRAAF_FUZZ_SCALE=1), counted as they run, so
a suite that silently generates fewer cases — a strategy that filters too much, a test skipped — is caught. This
file runs last in tests/fuzz (pytest runs the files in name order)."""

from __future__ import annotations


import pytest

from fuzzkit import MINIMUM_CASES, SCALE, SUITES, cases  # noqa: E402


def test_at_least_ten_thousand_cases_ran():
    missing = [s for s in SUITES if not cases[s]]
    if missing:
        pytest.skip(f"not every fuzz suite ran in this session (missing: {', '.join(missing)}); the total is only "
                    "checked on a full run")
    total = sum(cases.values())
    summary = ", ".join(f"{s} {cases[s]}" for s in SUITES)
    print(f"fuzz: {total} cases ({summary})")
    assert total >= MINIMUM_CASES * min(SCALE, 1.0), f"only {total} fuzz cases ran ({summary})"
