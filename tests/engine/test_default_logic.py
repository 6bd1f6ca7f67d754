"""Default logic: base rules, exceptions, exceptions to exceptions, Conflict and NoValue — the Catala contract
(docs/semantiek.md): an exception that applies wins over what it is an exception to; rules of equal priority that
apply with different values are a Conflict; no applicable rule is NoValue; an exception whose condition is unknown
leaves the answer unknown only when it would change the value."""

from __future__ import annotations


import pytest

from corpus_kit import Art, answer, ask, corpus, fact, missing  # noqa: E402
from both_paths import both_paths_fixture  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.core.values import Unknown  # noqa: E402
from wetgraaf.core.errors import LawErrors  # noqa: E402

# The toeslag is € 100; for a student € 50 (an exception); for a student with children € 75 (an exception to the
# exception); abroad nothing (an exception to that one: the deepest exception that applies wins, so it beats all).
# As in Catala, an exception applies on its own condition, so each repeats the conditions it builds on.
TOESLAG = {
    "1": """
feit student(p: persoon): waarheid
feit kinderen(p: persoon): waarheid
feit buitenland(p: persoon): waarheid
begrip toeslag(p: persoon): bedrag = € 100
""",
    "2": """
uitzondering studenten op toeslag(p): als student(p) dan € 50
uitzondering met_kinderen op studenten voor toeslag(p): als student(p) en kinderen(p) dan € 75
""",
    "3": """
uitzondering buiten op met_kinderen voor toeslag(p): als buitenland(p) dan € 0
""",
}


@pytest.fixture(autouse=True)
def both_paths(monkeypatch):
    """Every answer in this file also through the batch path, which must agree or refuse (tests/both_paths.py)."""
    return both_paths_fixture(monkeypatch)


@pytest.fixture(scope="module")
def toeslag(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("toeslag"), Art("1", TOESLAG))


def _facts(**given):
    return {fact(k, "p"): v for k, v in given.items()}


@pytest.mark.parametrize("given, euros", [
    (dict(student=False, buitenland=False), 100),
    (dict(student=True, kinderen=False, buitenland=False), 50),
    (dict(student=True, kinderen=True, buitenland=False), 75),   # exception on an exception
    (dict(student=False, kinderen=True, buitenland=False), 100),
    (dict(buitenland=True), 0),                                    # decided without the other facts
])
def test_exceptions_win_over_what_they_except(toeslag, given, euros):
    from wetgraaf.core.values import Money

    assert ask(toeslag, "toeslag", ("p",), _facts(**given)) == Money(euros * 100)


def test_the_rule_that_decided_is_recorded_with_its_citation(toeslag):
    a = answer(toeslag, "toeslag", ("p",), _facts(student=True, kinderen=True, buitenland=False), trace=True)
    node = a.trace[0]
    assert node.rule.label == "met_kinderen" and node.rule.excepts == "studenten"
    assert node.rule.citation.lid == "2"
    base = answer(toeslag, "toeslag", ("p",), _facts(student=False, buitenland=False), trace=True)
    assert base.trace[0].rule.excepts is None and base.trace[0].rule.citation.lid == "1"


def test_an_unknown_exception_leaves_the_answer_unknown_and_names_its_condition(toeslag):
    a = answer(toeslag, "toeslag", ("p",), _facts(student=False))
    assert isinstance(a.value, Unknown)
    assert missing(a) == ["buitenland(p)"]
    a = answer(toeslag, "toeslag", ("p",), _facts(buitenland=False, student=True))
    assert isinstance(a.value, Unknown) and missing(a) == ["kinderen(p)"]
    a = answer(toeslag, "toeslag", ("p",), _facts(buitenland=False))
    assert isinstance(a.value, Unknown) and missing(a) == ["kinderen(p)", "student(p)"]


def test_an_exception_applies_on_its_own_condition(tmp_path):
    """Catala's default calculus: exceptions are tried before the rule they except, whether or not that rule's
    condition holds. An exception to an exception that does not repeat the outer condition applies alone."""
    root = corpus(tmp_path, """
feit a: waarheid
feit b: waarheid
begrip z: geheel = 0
uitzondering buiten op z: als a dan 1
uitzondering binnen op buiten voor z: als b dan 2
""")
    assert ask(root, "z", facts={fact("a"): False, fact("b"): True}) == 2
    assert ask(root, "z", facts={fact("a"): True, fact("b"): False}) == 1
    assert ask(root, "z", facts={fact("a"): False, fact("b"): False}) == 0


SAME_VALUE = """
feit a: waarheid
feit b: waarheid
begrip x: waarheid = waar
uitzondering ook_waar op x: als a dan waar
begrip y: waarheid = b
uitzondering dan_waar op y: als a dan waar
"""


def test_an_unknown_exception_that_gives_the_base_value_does_not_matter(tmp_path):
    root = corpus(tmp_path, SAME_VALUE)
    assert ask(root, "x") is True  # a unknown, but both outcomes are waar
    decided = answer(root, "x", trace=True).trace[0].rule
    assert decided is not None and decided.excepts is None  # the base rule is recorded as deciding
    assert ask(root, "y", facts={fact("b"): True}) is True
    a = answer(root, "y", facts={fact("b"): False})
    assert isinstance(a.value, Unknown) and missing(a) == ["a"]


def test_base_rules_of_equal_priority(tmp_path):
    root = corpus(tmp_path, """
feit a: waarheid
feit b: waarheid
begrip z: geheel
regel via_a voor z: als a dan 1
regel via_b voor z: als b dan 1
regel anders voor z: als niet a en niet b dan 0
""")
    assert ask(root, "z", facts={fact("a"): True, fact("b"): True}) == 1  # two rules, one value: no conflict
    assert ask(root, "z", facts={fact("a"): True}) == 1  # via_b may or may not apply: same value either way
    assert ask(root, "z", facts={fact("a"): False, fact("b"): False}) == 0
    a = answer(root, "z", facts={fact("a"): False})
    assert isinstance(a.value, Unknown) and missing(a) == ["b"]


CONFLICT = {
    "1": """
feit a: waarheid
begrip z: geheel
regel een voor z: als a dan 1
""",
    "2": """
regel twee voor z: als a dan 2
""",
}


def test_a_conflict_names_both_rules_and_their_positions(tmp_path):
    root = corpus(tmp_path, Art("1", CONFLICT))
    a = answer(root, "z", facts={fact("a"): True})
    assert a.error is not None and a.error.code == "WG-EVAL-002"
    msg = a.error.message
    file = str(root / "testwet" / "artikel-1.md")
    assert "conflict" in msg
    assert "1 (artikel 1, eerste lid, Wet testwet, " + file + ":" in msg
    assert "2 (artikel 1, tweede lid, Wet testwet, " + file + ":" in msg
    lines = (root / "testwet" / "artikel-1.md").read_text().split("\n")
    assert lines[a.error.pos.line - 1].startswith("regel twee")
    # not applying: no conflict
    assert isinstance(answer(root, "z", facts={}).value, Unknown)


def test_a_conflict_between_exceptions(tmp_path):
    root = corpus(tmp_path, """
feit a: waarheid
begrip z: geheel = 0
uitzondering e1 op z: als a dan 1
uitzondering e2 op z: als a dan 2
""")
    assert ask(root, "z", facts={fact("a"): False}) == 0
    assert answer(root, "z", facts={fact("a"): True}).error.code == "WG-EVAL-002"


def test_no_value_names_the_definition(tmp_path):
    root = corpus(tmp_path, """
feit a: waarheid
begrip z(p: persoon): geheel
regel alleen_als_a voor z(p): als a dan 1
""")
    a = answer(root, "z", ("piet",), facts={fact("a"): False})
    assert a.error is not None and a.error.code == "WG-EVAL-001"
    assert a.error.message == "geen regel geeft 'z' in dit geval een waarde (piet); zie artikel 1, Wet testwet"
    assert (root / "testwet" / "artikel-1.md").read_text().split("\n")[a.error.pos.line - 1].startswith("begrip z")


@pytest.mark.parametrize("rules, code, words", [
    ("begrip z: geheel = 0\nuitzondering e op onbekend_label voor z: als waar dan 1", "WG-RULE-004",
     "uitzondering op een onbekende regel 'onbekend_label' van 'z'"),
    ("feit f: geheel\nregel r voor f: als waar dan 1", "WG-RULE-001", "'f' is een feit"),
    ("begrip z: geheel", "WG-RULE-002", "'z' is gedeclareerd, maar geen regel geeft het een waarde"),
    ("begrip z: geheel = 0\nuitzondering e op y: als waar dan 1", "WG-NAME-001", "onbekende definitie 'y'"),
    ("regel r voor nergens: als waar dan 1", "WG-NAME-001", "regel voor een onbekende definitie 'nergens'"),
    ("begrip z(p: persoon): geheel = 0\nregel r voor z(p, q): als waar dan 1", "WG-TYPE-002",
     "z heeft 1 argument(en) (p: persoon), deze regel noemt er 2"),
])
def test_malformed_rule_sets_are_reported_when_loading(tmp_path, rules, code, words):
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(corpus(tmp_path, rules)).program()
    assert [e.code for e in exc.value.errors] == [code]
    assert words in exc.value.errors[0].message


def test_an_exception_without_a_base_rule(tmp_path):
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(corpus(tmp_path, "begrip z: geheel\nuitzondering e op z: als waar dan 1")).program()
    assert [e.code for e in exc.value.errors] == ["WG-RULE-003", "WG-RULE-002"]
    assert "uitzondering op 'z', dat geen basisregel heeft" in exc.value.errors[0].message
