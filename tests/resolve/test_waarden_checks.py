"""The checks of values bound to the text (resolve/waarden.py) give the same findings when the same article is
checked again, as every situation of a corpus does (the quantities a text states are remembered per text), and
an article with no rule blocks gives none."""

from __future__ import annotations

from corpus_kit import Art

from wetgraaf.core.errors import LawError
from wetgraaf.parser.markdown import parse_article
from wetgraaf.resolve import waarden

RULES = 'begrip kort(d: duur): waarheid = d < 6 jaar\n'


def _article(tekst: str, regels: str):
    return parse_article(Art("3", regels, tekst=tekst).render(), "artikel-3.md", "testwet", "Testwet")


def _codes(article) -> list[tuple[str, int]]:
    errors: list[LawError] = []
    waarden.check([article], errors)
    return [(e.code, e.pos.line) for e in errors]


def test_a_literal_the_text_states_in_words_is_found_on_every_check():
    art = _article("Wie korter dan zes jaar in de regio woont.", RULES)
    first = _codes(art)
    assert [c for c, _ in first] == ["WG-WAARDE-003"]
    assert _codes(art) == first  # the remembered quantities of the text
    other = _article("Wie korter dan vier jaar in de regio woont.", RULES)
    assert _codes(other) == []  # another text: its own quantities


def test_a_unit_without_rules_is_not_checked_and_gives_no_finding():
    assert _codes(_article("Wie korter dan zes jaar in de regio woont.", "")) == []


def test_a_percentage_written_as_a_fraction_or_as_points_is_found():
    factor = _article("Het drempelinkomen is 108% van het twaalfvoud van het minimumloon.",
                      "begrip drempel(m: getal): getal = m * 12 * 1.08\n")
    assert [c for c, _ in _codes(factor)] == ["WG-WAARDE-003"]
    points = _article("De verlaging bedraagt 30 procent van de bijstandsnorm.",
                      "begrip verlaging(p: persoon): getal = 30\n")
    assert [c for c, _ in _codes(points)] == ["WG-WAARDE-003"]
    # a whole number that converts a fraction to percent points is no quantity of the text
    converted = _article("De verlaging bedraagt 100 procent van de bijstandsnorm.",
                         'waarde deel: getal = "100 procent"\nbegrip verlaging(p: persoon): getal = deel * 100\n')
    assert _codes(converted) == []


def test_a_parameter_written_as_a_literal_is_checked_like_a_rule():
    art = _article("De percentages worden vastgesteld op 4,273% van het drempelinkomen.",
                   "parameter percentage: getal = 0.04273\n")
    assert [c for c, _ in _codes(art)] == ["WG-WAARDE-003"]
    bound = _article("De percentages worden vastgesteld op 4,273% van het drempelinkomen.",
                     'waarde percentage: getal = "4,273%"\n')
    assert _codes(bound) == []
