"""The Algemene termijnenwet (engine/termijnen.py): a statutory term that ends on a Saturday, Sunday or algemeen
erkende feestdag runs on to the next working day (art. 1), a term of three days or more holds at least two working
days (art. 2); the feestdagen are art. 3's, with the movable ones from the `holidays` library."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from wetgraaf.engine.termijnen import feestdag, geen_werkdag, verleng

D = dt.date.fromisoformat


@pytest.mark.parametrize("day,name", [
    ("2026-01-01", "Nieuwjaarsdag"), ("2026-04-03", "Goede Vrijdag"), ("2026-04-06", "tweede Paasdag"),
    ("2026-04-27", "Koningsdag"), ("2026-05-05", "de vijfde mei"), ("2026-05-14", "Hemelvaartsdag"),
    ("2026-05-25", "tweede Pinksterdag"), ("2026-12-25", "eerste Kerstdag"), ("2026-12-26", "tweede Kerstdag"),
    ("2027-05-05", "de vijfde mei"),  # every year, not only in lustrum years as a day off
    ("2025-04-26", "Koningsdag"),  # 27 April 2025 was a Sunday: the birthday was celebrated on the 26th
])
def test_the_feestdagen_of_article_3(day, name):
    assert feestdag(D(day)) == name


@pytest.mark.parametrize("day", ["2026-04-05", "2026-05-24", "2026-07-01", "2026-04-26"])
def test_other_days_are_no_feestdag(day):
    assert feestdag(D(day)) is None  # Easter and Whit Sunday are Sundays, not art. 3 days


@pytest.mark.parametrize("begin,end,extended", [
    ("2026-07-04", "2026-08-29", "2026-08-31"),  # Saturday -> Monday
    ("2026-07-05", "2026-08-30", "2026-08-31"),  # Sunday -> Monday
    ("2026-03-10", "2026-05-05", "2026-05-06"),  # the fifth of May
    ("2026-03-19", "2026-05-14", "2026-05-15"),  # Hemelvaartsdag
    ("2026-02-06", "2026-04-03", "2026-04-07"),  # Goede Vrijdag, weekend, tweede Paasdag
    ("2026-10-30", "2026-12-25", "2026-12-28"),  # both Christmas days and a Sunday
    ("2027-03-10", "2027-05-05", "2027-05-07"),  # 5 May, then Hemelvaartsdag 2027
    ("2026-05-06", "2026-07-01", "2026-07-01"),  # a Wednesday: not extended
])
def test_article_1_extends_to_the_next_working_day(begin, end, extended):
    day, reasons = verleng(D(begin), D(end))
    assert day == D(extended)
    assert bool(reasons) == (extended != end)
    if reasons:
        assert reasons[0].startswith("Algemene termijnenwet, artikel 1") and end in reasons[0]


def test_article_2_a_short_term_holds_two_working_days():
    # three days from Thursday 24 December 2026: Christmas, Saturday, Sunday -> Monday 28 (art. 1) holds one
    # working day; art. 2 extends to Tuesday 29 December.
    day, reasons = verleng(D("2026-12-24"), D("2026-12-27"))
    assert day == D("2026-12-29")
    assert [r.split(":")[0] for r in reasons] == ["Algemene termijnenwet, artikel 1",
                                                 "Algemene termijnenwet, artikel 2"]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(3, 400))
def test_the_extended_end_is_a_working_day_never_earlier(begin, days):
    end = begin + dt.timedelta(days=days)
    day, _ = verleng(begin, end)
    assert day >= end and geen_werkdag(day) is None
    assert (day - end).days <= 10  # at most a long weekend with holidays


def test_the_explanation_says_when_the_atw_applied():
    import wetgraaf
    from wetgraaf.engine.explain import explain_text
    from wetgraaf.scenario import load_text

    (sc,) = load_text("""
naam: atw
peildatum: 2026-09-01
wet: wbmgp
entiteiten: {verzoek: {v: {}}}
feiten: {datum_ontvangst_aanvraag(v): 2026-07-04, besluit_bekendgemaakt(v): waar, datum_bekendmaking_besluit(v): 2026-08-31}
vragen: [aanwijzing_geacht_genomen(v)]
verwacht: {aanwijzing_geacht_genomen(v): onwaar}
""", "atw.yaml")
    wg = wetgraaf.load()
    (outcome,) = wg.run(sc, trace=True)
    assert outcome.ok, outcome.problems
    text = explain_text(outcome.answer, wg.program(sc.peildatum, ()))
    assert "Algemene termijnenwet, artikel 1: de termijn eindigde op 2026-08-29 (zaterdag)" in text
