"""An article whose metadata lists a change in force after its version began: from that day its words are not in
the corpus, so the values its words give are asked for (docs/semantiek.md, "Text unknown after a change")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from wetgraaf.parser.corpus import load_corpus
from wetgraaf.resolve.program import build
from wetgraaf.resolve.situation import select, text_unknown_since, values_unknown


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def _article(corpus, wet: str, nummer: str, day: dt.date):
    return select(corpus, day).articles[(wet, nummer)]


@pytest.mark.parametrize(("day", "since"), [
    (dt.date(2025, 1, 1), None), (dt.date(2025, 12, 31), None), (dt.date(2026, 1, 1), dt.date(2026, 1, 1)),
    (dt.date(2026, 1, 2), dt.date(2026, 1, 1)), (dt.date(2029, 6, 1), dt.date(2026, 1, 1)), (None, None)])
def test_the_day_the_words_are_no_longer_known(corpus, day, since):
    article = _article(corpus, "zorgtoeslag", "2", day or dt.date(2025, 6, 1))
    assert text_unknown_since(article, day) == since


def test_a_change_before_or_on_the_versions_own_day_does_not_count(corpus):
    """(A change whose day is not a date is refused where the file is read: WG-FILE-003, tests/parser/test_parser.py.)"""
    article = _article(corpus, "zorgtoeslag", "2", dt.date(2025, 6, 1))
    only_old = dataclasses.replace(article, meta={"wijzigingen": [{"inwerking": "2024-01-01"},
                                                                  {"inwerking": dt.date(2025, 1, 1)}]})
    assert text_unknown_since(only_old, dt.date(2030, 1, 1)) is None


@pytest.mark.parametrize(("day", "since"), [
    (dt.date(2024, 6, 1), dt.date(2025, 1, 1)), (dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
    (dt.date(2023, 6, 1), dt.date(2025, 1, 1))])
def test_before_the_oldest_version_the_words_were_those_before_its_change(corpus, day, since):
    """A peildatum before the oldest version takes that version; the metadata lists a change on its first day, so
    the words in force on the peildatum were others, which the corpus lacks: a day on or before geldig_vanaf."""
    article = _article(corpus, "zorgtoeslag", "2", day)
    assert article.geldig_vanaf == dt.date(2025, 1, 1)
    assert text_unknown_since(article, day) == since


def test_before_the_oldest_version_without_a_change_in_between_the_words_are_known(corpus):
    article = _article(corpus, "zorgtoeslag", "2", dt.date(2025, 6, 1))
    only_old = dataclasses.replace(article, meta={"wijzigingen": [{"inwerking": "2024-01-01"}]})
    assert text_unknown_since(only_old, dt.date(2024, 6, 1)) is None


def test_before_the_oldest_version_the_values_are_asked_and_the_question_says_why(corpus):
    defs = build(select(corpus, dt.date(2024, 6, 1))).definitions
    for name in ("leeftijd_verzekerde", "percentage_toetsingsinkomen", "vermogensgrens_zonder_partner"):
        d = defs[f"zorgtoeslag.{name}"]
        assert d.kind == "feit" and not d.rules
        assert "pas zoals het luidt met ingang van 2025-01-01" in str(d.vraag), d.vraag
    assert defs["zorgtoeslag.aanspraak_op_zorgtoeslag"].kind == "begrip"


def test_the_values_become_asked_facts_and_the_other_rules_stay(corpus):
    before = build(select(corpus, dt.date(2025, 12, 31))).definitions
    after = build(select(corpus, dt.date(2026, 1, 1))).definitions
    for name in ("percentage_drempelinkomen_met_partner", "percentage_drempelinkomen_zonder_partner",
                 "percentage_toetsingsinkomen", "vermogensgrens_zonder_partner", "vermogensgrens_met_partner"):
        assert before[f"zorgtoeslag.{name}"].kind == "parameter" and before[f"zorgtoeslag.{name}"].rules
        d = after[f"zorgtoeslag.{name}"]
        assert d.kind == "feit" and not d.rules
        assert "gewijzigd met ingang van 2026-01-01" in d.vraag and "Wet op de zorgtoeslag" in d.vraag
    for name in ("normpremie", "aanspraak_op_zorgtoeslag", "vermogen_boven_grens"):
        assert after[f"zorgtoeslag.{name}"].kind == "begrip" and after[f"zorgtoeslag.{name}"].rules
    # an article whose metadata lists no change after its version keeps its values
    assert after["wbmgp.minimale_woonduur_art8"].kind == "parameter"
    assert after["wbmgp.minimale_woonduur_art8"].rules
    # a version whose geldig_tot has passed counts as changed the day after: Pw art. 21 ends on 2022-06-30
    norm = after["participatiewet.norm_alleenstaande_artikel_21"]
    assert norm.kind == "feit" and not norm.rules and "gewijzigd met ingang van 2022-07-01" in norm.vraag


def test_the_question_for_such_a_value_is_asked_in_the_readers_language(corpus):
    """The question is wetgraaf's own words (a catalogue message), so --taal en asks it in English; Dutch stays."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    scenario = Path(__file__).resolve().parents[2] / "law" / "scenarios" / "zorgtoeslag-tekst-2026.yaml"
    asked = {}
    for taal in ("nl", "en"):
        run = subprocess.run([sys.executable, "-m", "wetgraaf", "--taal", taal, "vraag", "--json", str(scenario)],
                             capture_output=True, text=True, check=False)
        answers = json.loads(run.stdout)[1]["antwoorden"][0]
        asked[taal] = {m["naam"]: m["vraag"] for m in answers["ontbrekende_feiten"]}
    name = "zorgtoeslag.percentage_toetsingsinkomen"
    assert asked["nl"][name].startswith("Wat is het percentage van het inkomen boven het drempelinkomen op de peildatum?")
    assert "Artikel 2 van de Wet op de zorgtoeslag is gewijzigd met ingang van 2026-01-01" in asked["nl"][name]
    assert asked["en"][name].startswith("What is het percentage van het inkomen boven het drempelinkomen on the "
                                        "reference date?")
    assert "Article 2 of the Wet op de zorgtoeslag was changed with effect from 2026-01-01" in asked["en"][name]


@pytest.mark.parametrize("day", [dt.date(2022, 7, 1), dt.date(2024, 6, 1), dt.date(2026, 7, 1)])
def test_past_its_end_only_the_values_the_end_concerns_are_asked(corpus, day):
    """Pw art. 21 ends on 2022-06-30 because its amounts are revised every half year (`geldig_tot_betreft` names
    the two norms): the norms are asked, the age of 21 is not (second reading lz-pw4-004)."""
    defs = build(select(corpus, day)).definitions
    for name in ("norm_alleenstaande_artikel_21", "norm_gehuwden_artikel_21"):
        assert defs[f"participatiewet.{name}"].kind == "feit" and not defs[f"participatiewet.{name}"].rules
    age = defs["participatiewet.minimumleeftijd_artikel_21"]
    assert age.kind == "parameter" and age.rules
    assert values_unknown(_article(corpus, "participatiewet", "21", day), day) == {
        "norm_alleenstaande_artikel_21", "norm_gehuwden_artikel_21"}


def test_the_narrowing_holds_only_past_the_end_and_not_over_a_listed_change(corpus):
    article = _article(corpus, "participatiewet", "21", dt.date(2022, 5, 1))
    assert values_unknown(article, dt.date(2022, 6, 30)) is None and text_unknown_since(article, dt.date(2022, 6, 30)) is None
    assert values_unknown(article, None) is None
    listed = dataclasses.replace(article, meta={**article.meta, "wijzigingen": [{"inwerking": "2023-01-01"}]})
    assert values_unknown(listed, dt.date(2022, 12, 31)) == {"norm_alleenstaande_artikel_21", "norm_gehuwden_artikel_21"}
    assert values_unknown(listed, dt.date(2023, 1, 1)) is None  # a listed change counts whole: every value asked
    without = dataclasses.replace(article, meta={k: v for k, v in article.meta.items() if k != "geldig_tot_betreft"})
    assert values_unknown(without, dt.date(2024, 1, 1)) is None
