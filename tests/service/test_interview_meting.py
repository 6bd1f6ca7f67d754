"""Fewer questions (issue 15): every shared case asked through the interview with the case's facts as the
answers (tools/interview_meting.py) reaches the same answer as the case with all its facts, and the pleegkind of
the partner (wams-gezinslid-004) takes at most 6 questions. The totals are printed (-s) and stated in
docs/interview.md."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import interview_meting  # noqa: E402

import wetgraaf  # noqa: E402


@pytest.fixture(scope="module")
def rows():
    if not (ROOT.parent / "shared" / "scenarios").is_dir():
        pytest.skip("no shared scenarios")
    return interview_meting.measure(wetgraaf.load())


def test_every_shared_case_finishes_with_the_answer_of_all_its_facts(rows) -> None:
    assert len(rows) >= 200
    wrong = [r.case for r in rows if not (r.klaar and r.zelfde_antwoord)]
    assert not wrong, wrong


def test_the_pleegkind_case_takes_at_most_6_questions(rows) -> None:
    (pleegkind,) = [r for r in rows if r.case == "wams-gezinslid-004"]
    assert pleegkind.gevraagd <= 6, pleegkind


def test_the_totals_in_the_docs_are_the_measured_ones(rows, capsys) -> None:
    t = interview_meting.totals(rows)
    print(t)
    doc = (ROOT / "docs" / "interview.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- meting -->(.*?)<!-- /meting -->", doc, re.S)
    assert m, "docs/interview.md has no measured totals"
    stated = {k: int(v) for k, v in re.findall(r"\| (\w+) \| (\d+) \|", m.group(1))}
    assert stated == t, (stated, t)
