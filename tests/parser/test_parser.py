"""The parser: rule blocks (parser/rules.py, grammar parser/regels.lark) into IR with file positions, and law files
(parser/markdown.py) into artikel/lid/onderdeel units whose rules carry the citation of the unit they sit under."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from corpus_kit import Art, corpus  # noqa: E402

import wetgraaf  # noqa: E402

from wetgraaf.core.values import Duration, Money  # noqa: E402
from wetgraaf.parser import ir  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.parser.markdown import parse_article  # noqa: E402
from wetgraaf.parser.rules import parse_block  # noqa: E402


def parse(text: str, offset: int = 10) -> list[ir.Decl]:
    return parse_block(text, "wet.md", line_offset=offset)


def expr(text: str) -> ir.Expr:
    (decl,) = parse(f"begrip x: waarheid = {text}")
    return decl.body


def error(text: str) -> LawError:
    with pytest.raises(LawError) as exc:
        parse(text)
    return exc.value


# -- declarations ------------------------------------------------------------------------------------------------

def test_every_declaration_form():
    decls = parse("""
soort inkomensbron: arbeid | bijstand | geen
feit geboortedatum(p: persoon): datum
  vraag "Wat is de geboortedatum van {p}?"
oordeel samenhang(p: persoon, q: persoon): waarheid door college vraag "Hangen de problemen samen?"
oordeel passend: waarheid door "de rechter"
begrip jeugdige(p: persoon): waarheid "iemand jonger dan 18" = leeftijd(geboortedatum(p)) < 18
begrip open(p: persoon): geheel
regel volwassen voor jeugdige(p): als onwaar dan onwaar
regel voor jeugdwet.jeugdige(p): als waar dan waar
uitzondering ouder op jeugdige(p): als waar dan onwaar
uitzondering op volwassen voor jeugdige(p): als waar dan waar
parameter grens: bedrag = € 1_250.50
niet uitvoerbaar: "geen eigen beslissing"
feit kinderen(p: persoon): lijst van lijst van persoon
""")
    kinds = [type(d).__name__ for d in decls]
    assert kinds == ["SoortDecl", "FeitDecl", "OordeelDecl", "OordeelDecl", "BegripDecl", "BegripDecl", "RegelDecl",
                     "RegelDecl", "RegelDecl", "RegelDecl", "Parameter", "NietUitvoerbaar", "FeitDecl"]
    soort, feit, oordeel, oordeel2, begrip, open_, regel, regel2, exc, exc2, param, nu, lijst = decls
    assert soort.values == ("arbeid", "bijstand", "geen")
    assert feit.params == (ir.Param("p", ir.Type("entiteit", "persoon"), ir.Pos("wet.md", 13, 20)),)
    assert feit.type == ir.DATE and feit.vraag == "Wat is de geboortedatum van {p}?"
    assert (oordeel.door, oordeel.vraag, len(oordeel.params)) == ("college", "Hangen de problemen samen?", 2)
    assert oordeel2.door == "de rechter" and oordeel2.vraag is None
    assert begrip.omschrijving == "iemand jonger dan 18" and isinstance(begrip.body, ir.Binary)
    assert open_.body is None
    assert (regel.label, regel.target, regel.params, regel.excepts) == ("volwassen", "jeugdige", ("p",), None)
    assert (regel2.label, regel2.target) == ("", "jeugdwet.jeugdige")
    assert (exc.label, exc.target, exc.excepts) == ("ouder", "jeugdige", "*")
    assert (exc2.label, exc2.target, exc2.excepts) == ("", "jeugdige", "volwassen")
    assert param.value == ir.Literal(ir.Pos("wet.md", 23, 29), Money(125050), ir.MONEY)
    assert nu.reden == "geen eigen beslissing"
    assert lijst.type == ir.Type("lijst", "lijst", ir.Type("lijst", "lijst", ir.Type("entiteit", "persoon")))


def test_positions_are_file_lines_and_columns():
    decls = parse("feit a: waarheid\n\n  begrip b: waarheid =\n      a en niet a", offset=40)
    assert decls[0].pos == ir.Pos("wet.md", 41, 1)
    assert decls[1].pos == ir.Pos("wet.md", 43, 3)
    assert decls[1].body.left.pos == ir.Pos("wet.md", 44, 7)


def test_newlines_and_comments_do_not_matter():
    one = parse("begrip x: waarheid = waar en onwaar # een opmerking")
    many = parse("# kop\nbegrip\n x\n :\n waarheid\n =\n waar\n en # tussendoor\n onwaar\n")
    assert type(one[0].body) is type(many[0].body) and one[0].body.op == many[0].body.op == "en"


def test_keywords_are_reserved(tmp_path):
    """The parser reads a keyword where only a name fits as a name; the resolver refuses it (WG-NAME-004)."""
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(corpus(tmp_path, "feit als: waarheid")).program()
    assert [e.code for e in exc.value.errors] == ["WG-NAME-004"]
    assert "'als' is een woord van de regeltaal en kan geen naam zijn" in exc.value.errors[0].message


def test_names_may_start_with_a_keyword():
    (decl,) = parse("feit voorwaarde_en_ofte_als_dan(p: persoon): waarheid")
    assert decl.name == "voorwaarde_en_ofte_als_dan"
    (decl,) = parse("feit cliënt_één: waarheid")  # names are Unicode words
    assert decl.name == "cliënt_één"


# -- expressions -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, typ", [
    ("waar", True, ir.BOOL), ("onwaar", False, ir.BOOL), ("12", 12, ir.INT), ("500_000", 500000, ir.INT),
    ("3.5", Fraction(7, 2), ir.DEC), ("0.1", Fraction(1, 10), ir.DEC), ("€ 500_000", Money(50000000), ir.MONEY),
    ("€ 0.05", Money(5), ir.MONEY), ("€ 12.5", Money(1250), ir.MONEY), ("2026-02-28", dt.date(2026, 2, 28), ir.DATE),
    ('"tekst"', "tekst", ir.TEXT), ("6 weken", Duration(days=42), ir.DURATION),
    ("1 week", Duration(days=7), ir.DURATION), ("2 jaar", Duration(years=2), ir.DURATION),
    ("3 jaren", Duration(years=3), ir.DURATION), ("1 maand", Duration(months=1), ir.DURATION),
    ("5 maanden", Duration(months=5), ir.DURATION), ("3 dagen", Duration(days=3), ir.DURATION),
    ("1 dag", Duration(days=1), ir.DURATION),
])
def test_literals(text, value, typ):
    (decl,) = parse(f"parameter p: tekst = {text}")
    assert decl.value.value == value and decl.value.type == typ
    assert type(decl.value.value) is type(value)


def test_precedence():
    e = expr("a of b en niet c")
    assert e.op == "of" and e.right.op == "en" and isinstance(e.right.right, ir.Unary)
    e = expr("1 + 2 * 3 = 7")
    assert e.op == "=" and e.left.op == "+" and e.left.right.op == "*"
    e = expr("10 - 2 - 3 > 0")
    assert e.left.op == "-" and e.left.left.op == "-"  # left-associative
    e = expr("-x * 2 < 0")
    assert isinstance(e.left.left, ir.Unary) and e.left.left.op == "-"
    e = expr("als a dan b anders c en d")
    assert isinstance(e, ir.IfThen) and e.otherwise.op == "en"


@pytest.mark.parametrize("text, op", [("a ≤ b", "<="), ("a ≥ b", ">="), ("a ≠ b", "!="), ("a != b", "!="),
                                      ("a <= b", "<="), ("a = b", "=")])
def test_comparisons(text, op):
    assert expr(text).op == op


def test_sets_quantifiers_calls_and_known():
    e = expr("x in {arbeid, bijstand}")
    assert isinstance(e, ir.InSet) and not e.negated and [o.name for o in e.options] == ["arbeid", "bijstand"]
    assert expr("x niet in {1}").negated
    q = expr("bestaat k in kinderen(p) waarvoor jong(k) en k != p")
    assert (q.kind, q.var) == ("bestaat", "k") and isinstance(q.collection, ir.Call) and q.body.op == "en"
    assert expr("voor alle k in l geldt waar").kind == "alle"
    count = expr("(aantal k in l waarvoor waar) > 1")
    assert count.op == ">" and count.left.kind == "aantal"
    c = expr("jeugdwet.jeugdige(p, 2026-01-01)")
    assert c.name == "jeugdwet.jeugdige" and len(c.args) == 2
    assert expr("f()").args == ()
    assert isinstance(expr("bekend(x)"), ir.Known)
    assert expr("peildatum > 2026-01-01").left.name == "peildatum"


# -- errors in rule blocks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, line, col, words", [
    ("feit a waarheid", 11, 8, "unexpected name 'waarheid'; expected '(', ':'"),
    ("begrip x: waarheid = (a en b", 11, 29, "the rule block ends too early; expected"),
    ("begrip x: waarheid =", 11, 21, "the rule block ends too early"),
    ("parameter p: getal = 3,5", 11, 23, "unexpected ',' after a number"),
    ("begrip x: waarheid = 3 <", 11, 25, "the rule block ends too early; expected a value or a name (e.g. 12, "),
    ("parameter p: getal = 3;5", 11, 23, "unexpected character ';': this is not part of the rule language"),
    ("parameter p: bedrag = € 0.001", 11, 25, "an amount of money has at most two decimals"),
    ("parameter p: duur = 1.5 jaar", 11, 21, "a duration must be a whole number of jaar"),
    ("parameter p: datum = 2026-02-30", 11, 22, "2026-02-30 is not a date on the calendar"),
    ("feit a: waarheid\nfeit b: waarheid\n  begrip c: waarheid = a en en b", 13, 29,
     "unexpected 'en': it is a word of the rule language, and a name or value belongs here"),
    ("begrip c: waarheid = a b", 11, 24, "unexpected name 'b'; expected '(', ')', ',', 'anders', 'dan', 'geldt', "
     "'waarvoor', '}', an operator (en, of, =, <, +, ...), the next declaration (feit, begrip, regel, ...)"),
    ("begrip x: waarheid = waar\nregel voor x als waar dan waar", 12, 14, "unexpected 'als'"),
    ('feit a: waarheid vraag "open', 11, 24, "unexpected character '\"'"),
])
def test_block_errors_are_located_and_plain(text, line, col, words):
    from wetgraaf.taal import tekst

    err = error(text)
    assert words in tekst(err.message, "en"), err.message  # the catalogue's English; Dutch is the default
    assert (err.pos.file, err.pos.line, err.pos.col) == ("wet.md", line, col)
    for jargon in ("Token", "LALR", "__ANON", "$END", "RPAR", "LPAR", "Tree("):
        assert jargon not in err.message


def test_a_comma_as_decimal_point_gets_a_hint():
    from wetgraaf.taal import tekst

    assert error("parameter p: getal = 3,5").message == (
        "onverwachte ',' na een getal: een decimaal getal schrijft u met een punt (1.5), niet met een komma")
    assert tekst(error("parameter p: getal = 3,5").message, "en") == (
        "unexpected ',' after a number: decimal numbers use a point (1.5), not a comma")
    assert "decimal" not in tekst(error("feit f(a: persoon,, b: persoon): waarheid").message, "en")


# -- law files ---------------------------------------------------------------------------------------------------

LAW = """---
wet: testwet
artikel: "7"
geldig_vanaf: 2026-01-01
geldig_tot: 2026-12-31
bron: https://example.invalid/7
herkomst: officieel
---

# Artikel 7

Inleiding.

```regels
feit a: waarheid
```

## Lid 1

1 Tekst van het eerste lid.

### Onderdeel a

a. Tekst van onderdeel a;

```regels
begrip b: waarheid = a
```

#### Subonderdeel 2°

2°. tekst onder 2°.

```regels
begrip c: waarheid = b
```

##### Toelichting

> Commentaar, geen wettekst.

### Slot

Slotzin.

```text
# Geen kop: dit staat in een codeblok.
```

## Lid 2

```regels
niet uitvoerbaar: "geen beslissing"
```
"""


def test_law_file_structure_and_citations():
    art = parse_article(LAW, "artikel-7.md", "testwet", "Testwet")
    assert (art.nummer, art.geldig_vanaf, art.geldig_tot, art.herkomst) == (
        "7", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "officieel")
    units = {(u.kind, u.ident): u for u in art.units()}
    assert list(units) == [("artikel", "7"), ("lid", "1"), ("onderdeel", "a"), ("subonderdeel", "2°"),
                           ("slot", "slot"), ("lid", "2")]
    decls = {d.name: d for d in art.decls() if hasattr(d, "name")}
    assert str(decls["a"].citation) == "artikel 7, Testwet"
    assert str(decls["b"].citation) == "artikel 7, eerste lid, onderdeel a, Testwet"
    assert str(decls["c"].citation) == "artikel 7, eerste lid, onderdeel a, onder 2°, Testwet"
    assert decls["c"].pos == ir.Pos("artikel-7.md", 35, 1)
    sub = units[("subonderdeel", "2°")]
    assert sub.text == "2°. tekst onder 2°." and sub.notes == ["> Commentaar, geen wettekst."]
    assert "Commentaar" not in "\n".join(u.text for u in art.units())
    assert "# Geen kop" in units[("slot", "slot")].text
    assert units[("lid", "2")].niet_uitvoerbaar == "geen beslissing"
    assert decls["a"].citation.url == "https://example.invalid/7"


def test_the_kit_writes_parseable_files():
    text = Art("3", {"1": "feit a: waarheid", "2": "begrip b: waarheid = a"}, geldig_vanaf="2026-01-01").render()
    art = parse_article(text, "artikel-3.md", "testwet", "Testwet")
    assert [d.citation.lid for d in art.decls()] == ["1", "2"]


def _file_errors(text: str) -> list[LawError]:
    with pytest.raises(LawErrors) as exc:
        parse_article(text, "artikel-7.md", "testwet", "Testwet")
    return exc.value.errors


def _front(body: str, **front) -> str:
    meta = {"wet": "testwet", "artikel": '"7"', "herkomst": "officieel", **front}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in meta.items()) + "---\n\n" + body


@pytest.mark.parametrize("text, code, line, words", [
    ("# Artikel 7\n", "WG-FILE-001", 1, "starts with front matter"),
    ("---\nwet: testwet\n# Artikel 7\n", "WG-FILE-001", 1, "never closed"),
    ("---\nwet: [testwet\n---\n# Artikel 7\n", "WG-FILE-002", 2, "the front matter is not valid"),
    (_front("# Artikel 7\n", geldig_vanaf="2026-02-30"), "WG-FILE-002", 5, "2026-02-30 is not a date on the calendar"),
    (_front("# Artikel 7\n", geldig_vanaf="morgen"), "WG-FILE-003", 5, "'geldig_vanaf' must be a date"),
    (_front("# Artikel 7\n", geldig_vanaf="2025-01-01", wijzigingen="[{inwerking: '2026-01-01'}, {inwerking: volgend jaar}]"),
     "WG-FILE-003", 6, "'wijzigingen[1].inwerking' must be a date"),
    (_front("# Artikel 7\n", wijzigingen="[{betreft: wijziging}]"), "WG-FILE-003", 5,
     "'wijzigingen[0].inwerking' must be a date"),
    (_front("# Artikel 7\n```regels\nwaarde w: geheel = \"21 jaar\"\n```\n21 jaar\n", geldig_vanaf="2022-01-01",
            geldig_tot="2022-06-30", geldig_tot_betreft="[v]"), "WG-FILE-021", 7, "names 'v', which is no value of this"),
    (_front("# Artikel 7\n", geldig_vanaf="2022-01-01", geldig_tot="2022-06-30", geldig_tot_betreft="w"),
     "WG-FILE-021", 7, "must be a list of names"),
    (_front("# Artikel 7\n", geldig_vanaf="2022-01-01", geldig_tot_betreft="[w]"), "WG-FILE-021", 6,
     "without 'geldig_tot' it means nothing"),
    (_front("# Artikel 7\n", herkomst="verzonnen"), "WG-FILE-013", 4, "herkomst must be officieel"),
    (_front("# Artikel 7\n", herkomst="herleid"), "WG-FILE-014", 4, "must cite the passage"),
    (_front("# Artikel 7\n", wet="andere"), "WG-FILE-012", 2, "its front matter says wet: andere"),
    (_front("# Artikel 8\n"), "WG-FILE-011", 7, "the heading says artikel 8"),
    (_front("tekst\n# Artikel 7\n"), "WG-FILE-008", 7, "text before the first heading"),
    (_front("## Lid 1\n# Artikel 7\n"), "WG-FILE-010", 7, "a lid heading above the article heading"),
    (_front("# Artikel 7\n# Artikel 8\n"), "WG-FILE-010", 8, "exactly one article"),
    (_front("## Lid 1\n"), "WG-FILE-010", 7, "no '# Artikel <nummer>' heading"),
    (_front("# Artikel 7\n## Alinea 1\n"), "WG-FILE-006", 8, "unknown heading 'Alinea'"),
    (_front("# Artikel 7\n## Lid\n"), "WG-FILE-007", 8, "a lid heading needs its number"),
    (_front("# Artikel 7\n```regels\nfeit a: waarheid\n"), "WG-FILE-004", 8, "never closed: add a line ```"),
    (_front("```regels\nfeit a: waarheid\n```\n# Artikel 7\n"), "WG-FILE-005", 7, "must sit under the artikel"),
    (_front("# Artikel 7\n```regels\nfeit a waarheid\n```\n"), "WG-PARSE-001", 9, "expected '(', ':'"),
    ("---\n\x00\n---\n", "WG-FILE-009", 1, "not a text file"),
])
def test_law_file_errors(text, code, line, words):
    from wetgraaf.taal import tekst

    with pytest.raises((LawError, LawErrors)) as exc:
        parse_article(text, "artikel-7.md", "testwet", "Testwet")
    errors = exc.value.errors if isinstance(exc.value, LawErrors) else [exc.value]
    assert errors[0].code == code, errors[0]
    assert errors[0].pos.line == line, errors[0]
    assert words in tekst(errors[0].message, "en"), errors[0].message  # the catalogue's English (Dutch is default)


def test_every_problem_in_a_file_is_reported_at_once():
    errors = _file_errors(_front("# Artikel 7\n## Alinea 1\n```regels\nfeit a waarheid\n```\n## Paragraaf 2\n"))
    assert [e.code for e in errors] == ["WG-FILE-006", "WG-PARSE-001", "WG-FILE-006"]


def test_crlf_and_bom_are_accepted():
    text = "\ufeff" + _front("# Artikel 7\n\n```regels\nfeit a: waarheid\n```\n").replace("\n", "\r\n")
    art = parse_article(text, "artikel-7.md", "testwet", "Testwet")
    assert [d.name for d in art.decls()] == ["a"] and next(art.decls()).pos.line == 10
