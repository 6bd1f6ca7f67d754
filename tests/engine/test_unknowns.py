"""Three-valued logic and open norms: a missing fact makes a value onbekend, and the answer lists exactly the facts
that could still change it; a judgement left to an authority (`oordeel`) is never made by the engine."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from corpus_kit import answer, ask, corpus, fact, missing  # noqa: E402
from both_paths import both_paths_fixture  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.engine.explain import answer_json, explain_text  # noqa: E402
from wetgraaf.core.values import Unknown  # noqa: E402

LOGIC = """
feit a: waarheid
feit b: waarheid
feit c: waarheid
feit n: geheel
feit m: geheel
begrip en_: waarheid = a en b
begrip of_: waarheid = a of b
begrip niet_: waarheid = niet a
begrip drie: waarheid = (a of b) en c
begrip keuze: geheel = als a dan n anders m
begrip zelfde: geheel = als a dan 1 anders 1
begrip groter: waarheid = n > m
begrip som: geheel = n + m
begrip is_bekend: waarheid = bekend(n)
begrip paar(x: geheel, y: geheel): geheel = x + y
begrip paar_som: geheel = paar(n, m)
begrip in_set: waarheid = n in {1, 2}
"""

U = None  # onbekend


@pytest.fixture(autouse=True)
def both_paths(monkeypatch):
    """Every answer in this file also through the batch path, which must agree or refuse (tests/both_paths.py)."""
    return both_paths_fixture(monkeypatch)


@pytest.fixture(scope="module")
def logic(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("logic"), LOGIC)


def _given(**values):
    return {fact(k): v for k, v in values.items() if v is not U}


def _kleene_and(x, y):
    if x is False or y is False:
        return False
    return True if x is True and y is True else U


def _kleene_or(x, y):
    if x is True or y is True:
        return True
    return False if x is False and y is False else U


@pytest.mark.parametrize("x, y", list(itertools.product((True, False, U), repeat=2)))
def test_en_of_niet_follow_kleene(logic, x, y):
    for name, expected in (("en_", _kleene_and(x, y)), ("of_", _kleene_or(x, y)),
                           ("niet_", U if x is U else not x)):
        a = answer(logic, name, facts=_given(a=x, b=y))
        if expected is U:
            assert isinstance(a.value, Unknown), (name, x, y)
        else:
            assert a.value is expected, (name, x, y)
            assert missing(a) == []


@pytest.mark.parametrize("name, given, expected", [
    ("en_", dict(a=False), []),              # onwaar en onbekend = onwaar: nothing is missing
    ("en_", dict(b=False), []),
    ("en_", dict(b=True), ["a"]),            # only a can still change the answer
    ("en_", dict(a=True), ["b"]),
    ("en_", dict(), ["a", "b"]),
    ("of_", dict(a=True), []),               # waar of onbekend = waar
    ("of_", dict(a=False), ["b"]),
    ("of_", dict(), ["a", "b"]),
    ("drie", dict(c=False), []),
    ("drie", dict(a=True), ["c"]),
    ("drie", dict(c=True, b=False), ["a"]),
    ("drie", dict(c=True), ["a", "b"]),
    ("keuze", dict(a=True, n=1), []),
    ("keuze", dict(a=True), ["n"]),          # m does not matter once a is known
    ("keuze", dict(n=1, m=2), ["a"]),
    ("keuze", dict(n=1, m=1), []),           # both branches agree: a does not matter
    ("zelfde", dict(), []),
    ("groter", dict(n=1), ["m"]),
    ("som", dict(), ["m", "n"]),
    ("paar_som", dict(), ["m", "n"]),        # every unknown argument of a call is listed
    ("paar_som", dict(m=1), ["n"]),
    ("in_set", dict(), ["n"]),
    ("is_bekend", dict(), []),               # bekend(...) is never onbekend itself
])
def test_exactly_the_facts_that_could_change_the_answer_are_missing(logic, name, given, expected):
    a = answer(logic, name, facts=_given(**given))
    assert missing(a) == expected
    assert isinstance(a.value, Unknown) == bool(expected)


def test_known_values(logic):
    assert ask(logic, "keuze", facts=_given(n=1, m=1)) == 1
    assert ask(logic, "is_bekend") is False
    assert ask(logic, "is_bekend", facts=_given(n=3)) is True


def test_missing_facts_carry_their_question(tmp_path):
    root = corpus(tmp_path, """
feit geboortedatum(p: persoon): datum
  vraag "Wat is de geboortedatum van {p}?"
begrip volwassen(p: persoon): waarheid = leeftijd(geboortedatum(p)) >= 18
""")
    a = answer(root, "volwassen", ("an",))
    assert [(m.label, m.vraag) for m in a.missing_facts] == [
        ("testwet.geboortedatum(an)", "Wat is de geboortedatum van an?")]
    assert ask(root, "volwassen", ("an",), {fact("geboortedatum", "an"): dt.date(2000, 1, 1)}) is True


# -- open norms --------------------------------------------------------------------------------------------------

NORMS = """
feit aanvraag(p: persoon): waarheid
oordeel noodzakelijk(p: persoon): waarheid door college
  vraag "Is ondersteuning voor {p} noodzakelijk?"
oordeel passend(p: persoon): waarheid door "de rechter" vraag "Is de voorziening passend?"
begrip recht(p: persoon): waarheid = aanvraag(p) en noodzakelijk(p)
begrip recht_en_passend(p: persoon): waarheid = recht(p) en passend(p)
"""


@pytest.fixture(scope="module")
def norms(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("norms"), NORMS)


def _program(root):
    return wetgraaf.load(root).program(dt.date(2026, 1, 1))


def test_an_open_norm_not_given_is_onbekend_with_its_authority_and_both_branches(norms):
    a = answer(norms, "recht", ("an",), {fact("aanvraag", "an"): True})
    assert isinstance(a.value, Unknown)
    assert a.missing_facts == []
    assert [(m.label, m.door, m.vraag) for m in a.missing_oordelen] == [
        ("testwet.noodzakelijk(an)", "college", "Is ondersteuning voor an noodzakelijk?")]
    assert a.branches == [({"testwet.noodzakelijk(an)": True}, True), ({"testwet.noodzakelijk(an)": False}, False)]
    text = explain_text(a, _program(norms))
    assert "hangt af van het oordeel van college over testwet.noodzakelijk(an)" in text
    assert "als testwet.noodzakelijk(an) = waar: waar" in text and "als testwet.noodzakelijk(an) = onwaar: onwaar" in text
    data = answer_json(a, _program(norms))
    assert data["bekend"] is False and data["waarde"] == {"onbekend": True}
    assert data["open_normen"] == [{"naam": "testwet.noodzakelijk", "argumenten": ["an"],
                                    "vraag": "Is ondersteuning voor an noodzakelijk?", "label": None,
                                    "door": "college"}]
    assert [t["waarde"] for t in data["takken"]] == [True, False]


def test_an_open_norm_that_cannot_matter_is_not_asked(norms):
    a = answer(norms, "recht", ("an",), {fact("aanvraag", "an"): False})
    assert a.value is False and a.missing_oordelen == [] and a.branches == [] and a.rests_on == []


def test_two_open_norms_give_four_branches(norms):
    a = answer(norms, "recht_en_passend", ("an",), {fact("aanvraag", "an"): True})
    assert [m.door for m in a.missing_oordelen] == ["college", "de rechter"]
    assert len(a.branches) == 4
    assert [v for _, v in a.branches] == [True, False, False, False]


def test_a_given_judgement_is_listed_as_what_the_answer_rests_on(norms):
    facts = {fact("aanvraag", "an"): True, fact("noodzakelijk", "an"): True}
    a = answer(norms, "recht", ("an",), facts)
    assert a.value is True
    assert [(m.label, m.door) for m in a.rests_on] == [("testwet.noodzakelijk(an)", "college")]
    assert "berust op het oordeel van college: testwet.noodzakelijk(an)" in explain_text(a, _program(norms))
    assert answer_json(a, _program(norms))["berust_op"][0]["door"] == "college"
    # a judgement given but not needed for this answer is not listed
    facts[fact("passend", "an")] = True
    facts[fact("aanvraag", "an")] = False
    assert answer(norms, "recht", ("an",), facts).rests_on == []


def test_the_engine_never_decides_a_norm_in_a_trace(norms):
    a = answer(norms, "recht", ("an",), {fact("aanvraag", "an"): True}, trace=True)
    text = explain_text(a, _program(norms))
    assert "oordeel testwet.noodzakelijk(an) = onbekend (ontbreekt)" in text
