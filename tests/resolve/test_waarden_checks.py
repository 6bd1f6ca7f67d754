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
