"""Fuzzing the rule language: random token soup, the real rule blocks of the corpus mutated (tokens deleted,
duplicated, swapped, replaced, characters inserted), and declarations generated from the grammar with random
expressions, so that cases reach the resolver, the type checker and the engine. Every case either parses or fails
with located LawErrors; whatever parses is resolved, type-checked and evaluated, which fails, if at all, with
located LawErrors or an evaluation error (WG-EVAL) — never a Python exception, never a hang."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from fuzzkit import assert_located, count, errors_of, fuzz, mutated, no_hang  # noqa: E402

from wetgraaf.engine.evaluate import Engine  # noqa: E402
from wetgraaf.core.values import Duration, EvalError, Money  # noqa: E402
from wetgraaf.parser import structure  # noqa: E402
from wetgraaf.parser.corpus import default_root  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.parser.markdown import parse_article  # noqa: E402
from wetgraaf.parser.rules import parse_block  # noqa: E402
from wetgraaf.resolve.program import build  # noqa: E402
from wetgraaf.resolve.situation import select  # noqa: E402

SUITE = "grammatica"
FILE = "artikel-1.md"
DAY = dt.date(2026, 1, 1)
LAW_FILES = sorted(p for p in default_root().rglob("*.md") if p.name.startswith("artikel-"))
BLOCKS = [m.group(1) for p in sorted(default_root().rglob("*.md"))
          for m in re.finditer(r"```regels\n(.*?)\n```", p.read_text(encoding="utf-8"), re.S)]
TOKEN = re.compile(r"\s+|\w+|\"[^\"\n]*\"|.", re.U)
WORDS = ["feit", "begrip", "regel", "uitzondering", "oordeel", "soort", "parameter", "niet uitvoerbaar", "als",
         "dan", "anders", "en", "of", "niet", "in", "bestaat", "voor", "alle", "aantal", "waarvoor", "geldt",
         "bekend", "waar", "onwaar", "lijst", "van", "door", "vraag", "op", "peildatum", "€", "(", ")", "{", "}",
         ",", ":", "=", "<", ">=", "!=", "+", "-", "*", "/", "|", "#", '"', "\n", "2026-02-30", "2026-01-31",
         "1,5", "0.005", "3.5 weken", "1 maand", "€ 0.001", "99999999999999999999 jaar", "x.y.z", "p", "q", "ä",
         "\t", "```", "\r", "\x00", "\ufeff", "leeftijd(", "min(", "afronden(", "naar_bedrag(", "dagen_tussen(",
         "optellen_omlaag(", "wmo2015.", "jeugdwet.jeugdige(p)", "1e9", "-0", "0x1F", "∞", "½"]

# A self-contained program: the generated declarations use these names, so many cases resolve and evaluate.
PRELUDE = """soort bron: arbeid | bijstand | geen
feit a: waarheid
feit b: waarheid
feit n: geheel
feit f: getal
feit g: bedrag
feit d: datum
feit t: tekst
feit s: bron
feit l: lijst van persoon
feit k(p: persoon): geheel
feit w(p: persoon): waarheid
parameter grens: bedrag = € 1_500.50
"""
FACTS = {("fz.a", ()): True, ("fz.b", ()): False, ("fz.n", ()): 3, ("fz.f", ()): Fraction(1, 2),
         ("fz.g", ()): Money(12_345), ("fz.d", ()): dt.date(2004, 1, 31), ("fz.t", ()): "x", ("fz.s", ()): "arbeid",
         ("fz.l", ()): ("jan", "piet"), ("fz.k", ("jan",)): 2, ("fz.k", ("piet",)): 0, ("fz.w", ("jan",)): True,
         ("fz.w", ("piet",)): False}


def _article(block: str) -> str:
    return f"---\nwet: fz\nartikel: \"1\"\n---\n\n# Artikel 1\n\n## Lid 1\n\n```regels\n{block}\n```\n"


def check_block(text: str) -> bool:
    """Parse a block alone; True when it parsed."""
    try:
        parse_block(text, FILE, line_offset=10)
        return True
    except LawError as exc:
        assert_located([exc], FILE, text.count("\n") + 11)
        return False


def check_program(block: str) -> None:
    """The block as a law file, alone in a corpus: parse, resolve, type-check, evaluate every definition."""
    text = _article(block)
    try:
        article = parse_article(text, FILE, "fz", "Fz")
    except (LawError, LawErrors) as exc:
        assert_located(errors_of(exc), FILE, text.count("\n") + 1)
        return
    corpus = structure.Corpus("fuzz")
    corpus.laws["fz"] = structure.Law("fz", "Fz", "Fz", "Fz", None, "in werking", [], "wet.yaml", [article])
    try:
        program = build(select(corpus, DAY))
    except LawErrors as exc:
        assert_located(exc.errors, FILE, text.count("\n") + 1)
        return
    engine = Engine(program)
    for qname, d in program.definitions.items():
        if d.is_input:
            continue
        args = tuple("jan" if p.type.kind == "entiteit" else None for p in d.params)
        if None in args:
            continue
        for facts in ({}, FACTS):
            answer = engine.answer(d.name, qname, args, dict(facts), DAY, trace=True)
            if answer.error is not None:
                assert isinstance(answer.error, EvalError) and answer.error.code.startswith("WG-EVAL-")
                assert answer.error.message and "Traceback" not in answer.error.message




# -- generated from the grammar --------------------------------------------------------------------------------------

ATOMS = ["a", "b", "n", "f", "g", "d", "t", "s", "l", "grens", "peildatum", "waar", "onwaar", "0", "1", "12", "3.5",
         "€ 500", "€ 0.01", "2026-01-01", "2024-02-29", "6 weken", "1 maand", "2 jaar", "3 dagen", "\"tekst\"",
         "arbeid", "geen", "k(p)", "w(p)", "x", "onbekend_naam", "fz.a"]
UNARY = ["niet {}", "-{}", "bekend({})", "leeftijd({})", "afronden({})", "naar_bedrag({})", "({})"]
BINARY = ["{} en {}", "{} of {}", "{} = {}", "{} != {}", "{} < {}", "{} >= {}", "{} + {}", "{} - {}", "{} * {}",
          "{} / {}", "min({}, {})", "max({}, {})", "dagen_tussen({}, {})", "optellen_omlaag({}, {})",
          "optellen_omhoog({}, {})", "leeftijd_op({}, {})", "als {} dan {} anders {}", "{} in {{arbeid, geen}}",
          "{} niet in {{bijstand}}"]
QUANT = ["bestaat p in l waarvoor {}", "voor alle p in l geldt {}", "aantal p in l waarvoor {}"]
TYPES = ["waarheid", "geheel", "getal", "bedrag", "datum", "duur", "tekst", "bron", "lijst van persoon", "persoon"]

expressions = st.recursive(
    st.sampled_from(ATOMS),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(UNARY), inner).map(lambda x: x[0].format(x[1])),
        st.tuples(st.sampled_from(BINARY), inner, inner, inner).map(
            lambda x: x[0].format(*x[1:1 + x[0].count("{}")])),
        st.tuples(st.sampled_from(QUANT), inner).map(lambda x: x[0].format(x[1]))),
    max_leaves=12)


@st.composite
def declarations(draw) -> str:
    lines = []
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["begrip", "regel", "uitzondering", "parameter", "begrip_p"]))
        expr = draw(expressions)
        typ = draw(st.sampled_from(TYPES))
        if kind == "begrip":
            lines.append(f"begrip v{i}: {typ} = {expr}")
        elif kind == "begrip_p":
            lines.append(f"begrip v{i}(p: persoon): {typ} = {expr}")
        elif kind == "parameter":
            lines.append(f"parameter v{i}: {typ} = {expr}")
        elif kind == "regel":
            lines.append(f"regel r{i} voor v0: als {draw(expressions)} dan {expr}")
        else:
            target = draw(st.sampled_from(["v0", "r1 voor v0", "r9 voor v0", "a"]))
            lines.append(f"uitzondering e{i} op {target}: als {draw(expressions)} dan {expr}")
    return PRELUDE + "\n".join(lines)


# -- the tests -------------------------------------------------------------------------------------------------------


def test_the_corpus_has_blocks_to_mutate():
    assert len(BLOCKS) > 100


@fuzz(2000)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.characters(blacklist_categories=("Cs",))), max_size=80)
       .map(" ".join))
def test_token_soup(text):
    count(SUITE)
    with no_hang():
        if check_block(text):
            check_program(text)


@fuzz(1500)
@given(st.data())
def test_mutated_corpus_blocks(data):
    count(SUITE)
    block = data.draw(st.sampled_from(BLOCKS))
    text = "".join(data.draw(mutated(TOKEN.findall(block), WORDS)))
    with no_hang():
        if check_block(text):
            check_program(text)


@fuzz(450)
@given(declarations())
def test_generated_declarations(block):
    count(SUITE)
    with no_hang():
        check_program(block)


@fuzz(200)
@given(st.data())
def test_mutated_generated_declarations(data):
    count(SUITE)
    block = data.draw(declarations())
    text = "".join(data.draw(mutated(TOKEN.findall(block), WORDS)))
    with no_hang():
        if check_block(text):
            check_program(text)


def test_values_used_by_the_generator_are_of_their_types():
    assert isinstance(FACTS[("fz.g", ())], Money) and Duration(months=1).months == 1
