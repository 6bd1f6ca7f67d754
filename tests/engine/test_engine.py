"""The engine's value contract, end to end: rules written in a tiny corpus, loaded with wetgraaf.load and asked
through the engine. Booleans, whole and exact decimal numbers, money in cents, dates, durations, enumerations,
entities with relations, lists, peildatum and article versions, parameters, explanations."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from corpus_kit import Art, answer, ask, corpus, fact, missing  # noqa: E402
from both_paths import both_paths_fixture  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.core.values import Duration, Money, Unknown  # noqa: E402
from wetgraaf.core.errors import LawErrors  # noqa: E402
from wetgraaf.scenario import load_text  # noqa: E402
from wetgraaf.taal import tekst  # noqa: E402

D = dt.date


@pytest.fixture(autouse=True)
def both_paths(monkeypatch):
    """Every answer in this file also through the batch path, which must agree or refuse (tests/both_paths.py)."""
    return both_paths_fixture(monkeypatch)


def build_errors(root: Path) -> list:
    """The errors the resolver reports for a corpus that must not pass `wetgraaf controleer`."""
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(root).program(D(2026, 1, 1))
    return exc.value.errors


# -- numbers -----------------------------------------------------------------------------------------------------

NUMBERS = """
parameter tiende: getal = 0.1
parameter fifth: getal = 0.2
begrip som: getal = tiende + fifth
begrip exact: waarheid = tiende + fifth = 0.3
begrip derde_keer_drie: waarheid = (1 / 3) * 3 = 1
begrip heel: geheel = 7 * 6 - 2
begrip deling: getal = 7 / 2
begrip afgerond: geheel = afronden(7 / 2)
begrip afgerond_negatief: geheel = afronden(0 - 7 / 2)
begrip groot: geheel = 500_000 * 3
begrip kleinste: geheel = min(3, 1, 2)
begrip grootste: getal = max(1, 2.5)
begrip negatief: geheel = -(3 - 5)
begrip vergelijk: waarheid = 2 < 2.5 en 3 >= 3 en 1 != 2 en 3 ≤ 3
"""


@pytest.fixture(scope="module")
def numbers(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("numbers"), NUMBERS)


@pytest.mark.parametrize("name, value", [
    ("som", Fraction(3, 10)), ("exact", True), ("derde_keer_drie", True), ("heel", 40),
    ("deling", Fraction(7, 2)), ("afgerond", 4), ("afgerond_negatief", -4), ("groot", 1_500_000),
    ("kleinste", 1), ("grootste", Fraction(5, 2)), ("negatief", 2), ("vergelijk", True),
])
def test_numbers_are_exact(numbers, name, value):
    result = ask(numbers, name)
    assert result == value
    assert type(result) is not float


def test_a_number_with_decimals_is_not_a_whole_number(tmp_path):
    errors = build_errors(corpus(tmp_path, "begrip half: geheel = 7 / 2"))
    assert [e.code for e in errors] == ["WG-TYPE-001"]
    assert "geheel getal" in errors[0].message and "afronden" in errors[0].message


def test_division_by_zero_is_a_located_error(tmp_path):
    root = corpus(tmp_path, "feit n: geheel\nbegrip q: getal = 1 / n")
    a = answer(root, "q", facts={fact("n"): 0})
    assert a.error is not None and a.error.code == "WG-EVAL-003"
    assert a.error.pos is not None and a.error.pos.line > 0


# -- money -------------------------------------------------------------------------------------------------------

MONEY = """
feit loon: bedrag
feit factor: getal
begrip deel: bedrag = loon * factor
begrip deel_links: bedrag = factor * loon
begrip gedeeld: bedrag = loon / 3
begrip verhouding: getal = loon / € 2
begrip som: bedrag = loon + € 0.01 - € 0.02
begrip min_loon: bedrag = -loon
begrip onder_grens: waarheid = loon < € 500_000
begrip als_bedrag: bedrag = naar_bedrag(factor)
begrip hoogste: bedrag = max(loon, € 10)
"""


@pytest.fixture(scope="module")
def money(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("money"), MONEY)


@pytest.mark.parametrize("loon, factor, name, value", [
    (Money(5), Fraction(1, 2), "deel", Money(3)),       # 2.5 cents -> 3
    (Money(5), Fraction(-1, 2), "deel", Money(-3)),     # -2.5 cents -> -3 (away from zero)
    (Money(5), Fraction(1, 2), "deel_links", Money(3)),
    (Money(7), Fraction(1, 2), "deel", Money(4)),       # 3.5 -> 4
    (Money(3), Fraction(1, 2), "deel", Money(2)),       # 1.5 -> 2
    (Money(249), Fraction(1, 100), "deel", Money(2)),   # 2.49 -> 2
    (Money(100), 0, "gedeeld", Money(33)),              # 33.33 -> 33
    (Money(200), 0, "gedeeld", Money(67)),              # 66.67 -> 67
    (Money(500), 0, "verhouding", Fraction(5, 2)),
    (Money(100), 0, "som", Money(99)),
    (Money(100), 0, "min_loon", Money(-100)),
    (Money(49_999_999), 0, "onder_grens", True),
    (Money(50_000_000), 0, "onder_grens", False),
    (Money(0), Fraction(1, 200), "als_bedrag", Money(1)),   # € 0.005 -> 1 cent
    (Money(0), Fraction(-1, 200), "als_bedrag", Money(-1)),
    (Money(999), 0, "hoogste", Money(1000)),
])
def test_money_is_cents_rounded_half_away_from_zero(money, loon, factor, name, value):
    facts = {fact("loon"): loon, fact("factor"): Fraction(factor)}
    assert ask(money, name, facts=facts) == value


@pytest.mark.parametrize("rules, words", [
    ("feit d: datum\nbegrip x: waarheid = d < € 5", "'<' werkt niet op een datum en een geldbedrag"),
    ("begrip x: waarheid = € 5 < 3", "'<' werkt niet op een geldbedrag en een geheel getal"),
    ("begrip x: bedrag = € 5 + 3", "'+' werkt niet op een geldbedrag en een geheel getal"),
    ("begrip x: bedrag = € 5 * € 3", "'*' werkt niet op een geldbedrag en een geldbedrag"),
    ("begrip x: getal = € 5", "moet een getal zijn, maar dit is een geldbedrag"),
])
def test_money_does_not_mix_with_other_types(tmp_path, rules, words):
    errors = build_errors(corpus(tmp_path, rules))
    assert len(errors) == 1 and words in errors[0].message, errors[0].message


def test_money_literal_has_at_most_two_decimals(tmp_path):
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(corpus(tmp_path, "begrip x: bedrag = € 0.005"))
    assert exc.value.errors[0].code == "WG-PARSE-003"


# -- dates and durations -----------------------------------------------------------------------------------------

DATES = """
feit d: datum
feit e: datum
begrip plus_maand: datum = d + 1 maand
begrip min_maand: datum = d - 1 maand
begrip omlaag: datum = optellen_omlaag(d, 1 maand)
begrip omhoog: datum = optellen_omhoog(d, 1 maand)
begrip zes_weken: datum = d + 6 weken
begrip tijdig: waarheid = e <= d + 6 weken
begrip twee_jaar_eerder: datum = d - 2 jaar
begrip leeftijd_nu: geheel = leeftijd(d)
begrip leeftijd_toen: geheel = leeftijd_op(d, e)
begrip dagen: geheel = dagen_tussen(d, e)
begrip na_peildatum: waarheid = d > peildatum
begrip maand_vs_dagen: waarheid = 1 maand < 30 dagen
begrip jaar_is_twaalf_maanden: waarheid = 1 jaar = 12 maanden
begrip maand_is_dagen: waarheid = 1 maand = 30 dagen
begrip weken_vs_dagen: waarheid = 2 weken = 14 dagen en 3 weken > 20 dagen
begrip langste: duur = max(1 maand, 1 jaar, 2 maanden)
begrip duur_som: duur = 1 jaar + 2 maanden + 3 dagen
begrip duur_maal: duur = 2 weken * 3
begrip gemengd: duur = max(1 maand, 30 dagen)
"""


@pytest.fixture(scope="module")
def dates(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("dates"), DATES)


@pytest.mark.parametrize("d, e, name, value", [
    (D(2026, 1, 31), None, "omlaag", D(2026, 2, 28)),
    (D(2026, 1, 31), None, "omhoog", D(2026, 3, 1)),
    (D(2026, 1, 15), None, "plus_maand", D(2026, 2, 15)),
    (D(2026, 3, 15), None, "min_maand", D(2026, 2, 15)),
    (D(2026, 2, 2), None, "zes_weken", D(2026, 3, 16)),
    (D(2026, 2, 2), D(2026, 3, 16), "tijdig", True),   # within 6 weeks: the last day counts
    (D(2026, 2, 2), D(2026, 3, 17), "tijdig", False),
    (D(2026, 5, 10), None, "twee_jaar_eerder", D(2024, 5, 10)),
    (D(2008, 1, 1), None, "leeftijd_nu", 18),           # peildatum 2026-01-01: the 18th birthday
    (D(2008, 1, 2), None, "leeftijd_nu", 17),
    (D(2000, 6, 1), D(2018, 5, 31), "leeftijd_toen", 17),
    (D(2026, 1, 1), D(2026, 3, 1), "dagen", 59),
    (D(2026, 1, 2), None, "na_peildatum", True),
    (None, None, "jaar_is_twaalf_maanden", True),
    (None, None, "weken_vs_dagen", True),
    (None, None, "langste", Duration(years=1)),
    (None, None, "duur_som", Duration(1, 2, 3)),
    (None, None, "duur_maal", Duration(days=42)),
])
def test_dates_and_durations(dates, d, e, name, value):
    facts = {k: v for k, v in ((fact("d"), d), (fact("e"), e)) if v is not None}
    assert ask(dates, name, facts=facts) == value


@pytest.mark.parametrize("name, d, code, words", [
    ("plus_maand", D(2026, 1, 31), "WG-EVAL-011", "2026-01-31 + 1 maand does not exist"),
    ("min_maand", D(2026, 3, 31), "WG-EVAL-011", "does not exist"),
    ("maand_vs_dagen", None, "WG-EVAL-010", "cannot compare 1 maand with 30 dagen"),
    ("maand_is_dagen", None, "WG-EVAL-010", "months and days are different units"),
    ("gemengd", None, "WG-EVAL-010", "cannot compare 30 dagen with 1 maand"),
])
def test_date_and_duration_errors_are_located(dates, name, d, code, words):
    a = answer(dates, name, facts={fact("d"): d} if d else {})
    assert a.error is not None, a.value
    assert a.error.code == code and words in tekst(a.error.message, "en")  # the catalogue's English
    assert a.error.pos.file.endswith("artikel-1.md") and a.error.pos.line > 1


def test_peildatum_is_the_date_asked_on(dates):
    facts = {fact("d"): D(2008, 6, 1)}
    assert ask(dates, "leeftijd_nu", facts=facts, peildatum=D(2026, 5, 31)) == 17
    assert ask(dates, "leeftijd_nu", facts=facts, peildatum=D(2026, 6, 1)) == 18


# -- enumerations ------------------------------------------------------------------------------------------------

ENUMS = """
soort inkomensbron: arbeid | bijstand | geen
feit bron(p: persoon): inkomensbron
begrip werkt(p: persoon): waarheid = bron(p) = arbeid
begrip uitkering(p: persoon): waarheid = bron(p) in {bijstand}
begrip zonder_werk(p: persoon): waarheid = bron(p) niet in {arbeid}
"""


def test_enumerations(tmp_path):
    root = corpus(tmp_path, ENUMS)
    for bron, werkt, uitkering, zonder in [("arbeid", True, False, False), ("bijstand", False, True, True),
                                           ("geen", False, False, True)]:
        facts = {fact("bron", "an"): bron}
        assert ask(root, "werkt", ("an",), facts) is werkt
        assert ask(root, "uitkering", ("an",), facts) is uitkering
        assert ask(root, "zonder_werk", ("an",), facts) is zonder


@pytest.mark.parametrize("rule, code, words", [
    ("begrip x(p: persoon): waarheid = bron(p) in {arbeid, pensioen}", "WG-TYPE-004",
     "'pensioen' is geen waarde van soort inkomensbron (arbeid | bijstand | geen)"),
    ("begrip x(p: persoon): waarheid = bron(p) = pensioen", "WG-NAME-001", "onbekende naam 'pensioen'"),
    ("soort kleur: rood | arbeid", "WG-NAME-002", "de waarde 'arbeid' hoort bij twee soorten"),
    ("feit y: inkomen", "WG-TYPE-005", "onbekend type 'inkomen'"),
])
def test_a_value_outside_its_soort_is_an_error(tmp_path, rule, code, words):
    errors = build_errors(corpus(tmp_path, ENUMS + rule))
    assert [e.code for e in errors] == [code]
    assert words in errors[0].message


def test_a_scenario_value_outside_its_soort_is_an_error(tmp_path):
    from wetgraaf.core.errors import LawError
    from wetgraaf.scenario import inputs

    root = corpus(tmp_path, ENUMS)
    sc = load_text("naam: t\npeildatum: 2026-01-01\npersonen: {an: {bron: pensioen}}\nvragen: [werkt(an)]\n",
                   str(tmp_path / "s.yaml"))[0]
    with pytest.raises(LawError) as exc:
        inputs(sc, wetgraaf.load(root).program(sc.peildatum))
    assert exc.value.code == "WG-SCEN-016" and "'pensioen' is geen van arbeid | bijstand | geen" in str(exc.value)


# -- entities, relations and lists ---------------------------------------------------------------------------

FAMILY = """
feit ouder_van(a: persoon, b: persoon): waarheid
feit kinderen(p: persoon): lijst van persoon
feit geboortedatum(p: persoon): datum
begrip grootouder_van(a: persoon, c: persoon): waarheid
  = bestaat k in kinderen(a) waarvoor ouder_van(k, c)
begrip alle_kinderen_volwassen(p: persoon): waarheid
  = voor alle k in kinderen(p) geldt leeftijd(geboortedatum(k)) >= 18
begrip aantal_minderjarig(p: persoon): geheel
  = aantal k in kinderen(p) waarvoor leeftijd(geboortedatum(k)) < 18
begrip heeft_kinderen(p: persoon): waarheid = (aantal k in kinderen(p) waarvoor waar) > 0
"""
# A quantifier's condition runs to the end of the comparison: `aantal k in L waarvoor x > 0` compares x, so the
# count is put between parentheses to compare it.


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("family"), FAMILY)


def test_relations_between_two_persons(family):
    facts = {fact("kinderen", "opa"): ("vader", "tante"), fact("ouder_van", "vader", "kind"): True,
             fact("ouder_van", "tante", "kind"): False}
    assert ask(family, "grootouder_van", ("opa", "kind"), facts) is True
    facts[fact("ouder_van", "vader", "kind")] = False
    assert ask(family, "grootouder_van", ("opa", "kind"), facts) is False
    # the relation is directed: ouder_van(kind, vader) is another fact
    a = answer(family, "grootouder_van", ("kind", "opa"), {fact("kinderen", "kind"): ("x",)})
    assert isinstance(a.value, Unknown) and missing(a) == ["ouder_van(x, opa)"]


@pytest.mark.parametrize("ages, volwassen, minderjarig", [
    ({"a": D(2000, 1, 1), "b": D(2001, 1, 1)}, True, 0),
    ({"a": D(2000, 1, 1), "b": D(2015, 1, 1)}, False, 1),
    ({}, True, 0),  # an empty list: 'voor alle' holds, 'aantal' is 0
])
def test_quantifiers(family, ages, volwassen, minderjarig):
    facts = {fact("kinderen", "p"): tuple(ages)}
    facts.update({fact("geboortedatum", k): v for k, v in ages.items()})
    assert ask(family, "alle_kinderen_volwassen", ("p",), facts) is volwassen
    assert ask(family, "aantal_minderjarig", ("p",), facts) == minderjarig
    assert ask(family, "heeft_kinderen", ("p",), facts) is bool(ages)


def test_quantifiers_with_an_unknown_element(family):
    base = {fact("kinderen", "opa"): ("a", "b", "c")}
    # bestaat: one element true decides it, whatever the unknown one is
    facts = {**base, fact("ouder_van", "a", "k"): False, fact("ouder_van", "c", "k"): True}
    assert ask(family, "grootouder_van", ("opa", "k"), facts) is True
    # ... but with the others false, the unknown element is exactly what is missing
    facts[fact("ouder_van", "c", "k")] = False
    a = answer(family, "grootouder_van", ("opa", "k"), facts)
    assert isinstance(a.value, Unknown) and missing(a) == ["ouder_van(b, k)"]
    # voor alle: one element false decides it
    kids = {fact("kinderen", "p"): ("a", "b"), fact("geboortedatum", "a"): D(2015, 1, 1)}
    assert ask(family, "alle_kinderen_volwassen", ("p",), kids) is False
    kids[fact("geboortedatum", "a")] = D(2000, 1, 1)
    a = answer(family, "alle_kinderen_volwassen", ("p",), kids)
    assert isinstance(a.value, Unknown) and missing(a) == ["geboortedatum(b)"]
    # aantal: any unknown element makes the count unknown
    a = answer(family, "aantal_minderjarig", ("p",), kids)
    assert isinstance(a.value, Unknown) and missing(a) == ["geboortedatum(b)"]
    # the list itself unknown
    a = answer(family, "aantal_minderjarig", ("p",), {})
    assert isinstance(a.value, Unknown) and missing(a) == ["kinderen(p)"]


def test_quantifier_over_a_non_list_is_a_type_error(tmp_path):
    errors = build_errors(corpus(tmp_path, "feit n: geheel\nbegrip x: waarheid = bestaat k in n waarvoor waar"))
    assert "loopt over een lijst, maar dit is een geheel getal" in errors[0].message


# -- peildatum selects the article version -----------------------------------------------------------------------

def test_peildatum_selects_the_article_version(tmp_path):
    root = corpus(
        tmp_path,
        Art("2", "parameter grens: bedrag = € 100\nbegrip onder(x: bedrag): waarheid = x < grens",
            geldig_vanaf="2024-01-01", geldig_tot="2025-12-31", file="artikel-2@2024-01-01.md"),
        Art("2", "parameter grens: bedrag = € 200\nbegrip onder(x: bedrag): waarheid = x < grens",
            geldig_vanaf="2026-01-01"),
    )
    wg = wetgraaf.load(root)
    for day, grens in [(D(2024, 1, 1), 100), (D(2025, 12, 31), 100), (D(2026, 1, 1), 200), (D(2030, 1, 1), 200)]:
        assert ask(root, "grens", peildatum=day) == Money(grens * 100)
        engine = wg.engine(day)
        a = engine.answer("onder", "testwet.onder", (Money(15000),), {}, day, trace=True)
        assert a.value is (grens == 200)
        assert a.trace[0].citation.artikel == "2"
    # the citation points at the file of the version used
    assert "artikel-2@2024-01-01.md" in wg.program(D(2025, 6, 1)).definitions["testwet.grens"].pos.file
    assert wg.program(D(2026, 6, 1)).definitions["testwet.grens"].pos.file.endswith("artikel-2.md")


# -- parameters --------------------------------------------------------------------------------------------------

PARAMS = """
parameter norm: bedrag = € 1_000
feit inkomen(p: persoon): bedrag
begrip onder_norm(p: persoon): waarheid = inkomen(p) < norm
"""


def test_a_parameter_can_be_overridden_by_a_scenario(tmp_path):
    root = corpus(tmp_path, PARAMS)
    wg = wetgraaf.load(root)
    text = ("naam: {naam}\npeildatum: 2026-01-01\n{extra}personen: {{an: {{inkomen: 1500}}}}\n"
            "vragen: [onder_norm(an)]\n")
    standaard = load_text(text.format(naam="standaard", extra=""), str(tmp_path / "a.yaml"))[0]
    hoger = load_text(text.format(naam="hoger", extra="feiten: {norm: 2000}\n"), str(tmp_path / "b.yaml"))[0]
    assert wg.run(standaard)[0].answer.value is False
    assert wg.run(hoger)[0].answer.value is True
    # the same through the engine's facts
    assert ask(root, "onder_norm", ("an",), {fact("inkomen", "an"): Money(150000),
                                            fact("norm"): Money(200000)}) is True
    assert ask(root, "norm") == Money(100000)


# -- explanations ------------------------------------------------------------------------------------------------

EXPLAIN = {
    "1": """
feit a: waarheid
feit b: waarheid
begrip doel: waarheid = tussen of niet b
""",
    "2": """
begrip tussen: waarheid
regel recht voor tussen: als waar dan a
uitzondering geblokkeerd op recht voor tussen: als b dan onwaar
""",
}


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def test_every_trace_node_cites_the_law_and_the_deciding_rule_is_recorded(tmp_path):
    from wetgraaf.engine.explain import answer_json, explain_text

    root = corpus(tmp_path, Art("1", EXPLAIN))
    program = wetgraaf.load(root).program(D(2026, 1, 1))
    a = answer(root, "doel", facts={fact("a"): True, fact("b"): True}, trace=True)
    assert a.value is False
    nodes = list(_walk(a.trace))
    assert len(nodes) >= 4 and all(n.citation is not None and n.citation.artikel == "1" for n in nodes)
    tussen = next(n for n in nodes if n.qname == "testwet.tussen")
    assert tussen.rule.label == "geblokkeerd" and tussen.rule.excepts == "recht"
    assert tussen.citation.lid == "2"
    text = explain_text(a, program)
    assert "testwet.tussen = onwaar [uitzondering geblokkeerd] — artikel 1, tweede lid, Wet testwet" in text
    # without the exception the labelled base rule decides, and is named
    plain = answer(root, "doel", facts={fact("a"): True, fact("b"): False}, trace=True)
    assert "testwet.tussen = waar [regel recht] — artikel 1, tweede lid, Wet testwet" in explain_text(plain, program)
    data = answer_json(a, program)

    def check(items):
        for item in items:
            assert item["bron"] and item["bron"]["artikel"] == "1"
            check(item.get("onderdelen", []))

    check(data["uitleg"])
    assert data["uitleg"][0]["onderdelen"][0]["regel"] == "geblokkeerd"


def test_a_parameter_set_by_the_scenario_is_shown_in_the_explanation(tmp_path):
    from wetgraaf.engine.explain import explain_text

    root = corpus(tmp_path, PARAMS)
    a = answer(root, "onder_norm", ("an",), {fact("inkomen", "an"): Money(150000), fact("norm"): Money(200000)},
               trace=True)
    text = explain_text(a, wetgraaf.load(root).program(D(2026, 1, 1)))
    assert "testwet.norm = € 2.000,00 — artikel 1, Wet testwet" in text


@pytest.mark.parametrize("rule", ["begrip x: geheel = als waar dan 1 anders 2.5", "begrip x: geheel = min(3, 2.5)"])
def test_a_choice_between_whole_numbers_and_decimals_may_have_decimals(tmp_path, rule):
    assert "geheel getal" in build_errors(corpus(tmp_path, rule))[0].message


def test_circular_definitions_are_reported_once_each_with_their_path(tmp_path):
    errors = build_errors(corpus(tmp_path, """
begrip a: waarheid = b en c
begrip b: waarheid = c
begrip c: waarheid = waar
begrip d: waarheid = e
begrip e: waarheid = f
begrip f: waarheid = d
begrip g: waarheid = niet g
"""))
    assert [e.code for e in errors] == ["WG-CYCLE-001", "WG-CYCLE-001"]
    assert errors[0].message.endswith("testwet.d (art. 1) -> testwet.e (art. 1) -> testwet.f (art. 1) -> "
                                      "testwet.d (art. 1)")
    assert errors[1].message.endswith("testwet.g (art. 1) -> testwet.g (art. 1)")


def test_a_long_chain_of_definitions_is_no_problem(tmp_path):
    rules = "\n".join(f"begrip d{i}: geheel = d{i + 1} + 1" for i in range(100)) + "\nbegrip d100: geheel = 0"
    assert ask(corpus(tmp_path, rules), "d0") == 100


def test_an_absurdly_deep_chain_is_an_evaluation_error_not_a_crash(tmp_path):
    lines = [f"begrip d{i}: geheel = d{i + 1} + 1" for i in range(1500)] + ["begrip d1500: geheel = 0"]
    # over three articles: one rule block stays under the 32 KiB a block may hold (WG-PARSE-006)
    arts = [Art(str(n + 1), "\n".join(lines[n * 500:(n + 1) * 500 + (1 if n == 2 else 0)])) for n in range(3)]
    a = answer(corpus(tmp_path, *arts), "d0")
    assert a.error is not None and a.error.code == "WG-EVAL-013"
