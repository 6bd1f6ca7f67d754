"""Fuzzing the parser (Hypothesis): random text, real rule blocks from the corpus with tokens deleted, duplicated,
swapped or random characters inserted, and mutated law files. Parsing either succeeds or raises LawError /
LawErrors whose every error has a position; never another exception, never a hang. Blocks that still parse are
also resolved and evaluated, which must fail, if at all, with located law errors or evaluation errors.

The example count is modest so the suite stays fast; raise it with WETGRAAF_FUZZ_EXAMPLES=2000.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wetgraaf.engine.evaluate import Engine
from wetgraaf.core.values import EvalError
from wetgraaf.parser import ir, structure
from wetgraaf.parser.corpus import default_root
from wetgraaf.core.errors import LawError, LawErrors
from wetgraaf.parser.markdown import parse_article
from wetgraaf.parser.rules import parse_block
from wetgraaf.resolve.program import build
from wetgraaf.resolve.situation import select

EXAMPLES = int(os.environ.get("WETGRAAF_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=2000, derandomize=not os.environ.get("WETGRAAF_FUZZ_EXAMPLES"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
from fuzzkit import mutated, no_hang  # noqa: E402  (shared with tests/fuzz)

LAW_FILES = sorted(p for p in default_root().rglob("*.md") if p.name.startswith("artikel-"))
BLOCKS = [m.group(1) for p in LAW_FILES
          for m in re.finditer(r"```regels\n(.*?)\n```", p.read_text(encoding="utf-8"), re.S)]
TOKEN = re.compile(r"\s+|\w+|\"[^\"\n]*\"|.", re.U)
WORDS = ["feit", "begrip", "regel", "uitzondering", "oordeel", "soort", "parameter", "niet uitvoerbaar", "als",
         "dan", "anders", "en", "of", "niet", "in", "bestaat", "voor", "alle", "aantal", "waarvoor", "geldt",
         "bekend", "waar", "onwaar", "lijst", "van", "door", "vraag", "op", "€", "(", ")", "{", "}", ",", ":", "=",
         "<", ">=", "!=", "+", "-", "*", "/", "|", "#", '"', "\n", "2026-02-30", "2026-01-31", "1,5", "0.005",
         "3.5 weken", "1 maand", "€ 0.001", "99999999999999999999 jaar", "x.y.z", "p", "q", "ä", "\t", "```"]

def _located(errors: list[LawError], file: str, n_lines: int) -> None:
    assert errors, "LawErrors without any error"
    for e in errors:
        assert isinstance(e, LawError)
        assert e.pos is not None, e
        assert e.pos.file == file and 1 <= e.pos.line <= n_lines + 1 and e.pos.col >= 1, e
        assert e.message and "Traceback" not in e.message and "Token(" not in e.message, e.message
        e.render(source="")  # rendering never fails


def check_block(text: str, offset: int = 10) -> list[ir.Decl] | None:
    with no_hang():
        try:
            return parse_block(text, "fuzz.md", line_offset=offset)
        except LawError as exc:
            _located([exc], "fuzz.md", text.count("\n") + 1 + offset)
            return None


def check_article(text: str) -> structure.Article | None:
    with no_hang():
        try:
            return parse_article(text, "artikel-1.md", "fuzzwet", "Fuzzwet")
        except LawErrors as exc:
            _located(exc.errors, "artikel-1.md", text.count("\n") + 1)
        except LawError as exc:
            _located([exc], "artikel-1.md", text.count("\n") + 1)
    return None


def resolve_and_evaluate(article: structure.Article) -> None:
    """A parsed article, alone in a corpus: resolving fails only with located errors, and evaluating each
    definition without arguments gives a value, onbekend or an evaluation error."""
    corpus = structure.Corpus("fuzz")
    corpus.laws["fuzzwet"] = structure.Law("fuzzwet", "Fuzzwet", "Fuzzwet", "Fuzzwet", None, "in werking", [], "wet.yaml",
                                    [article])
    day = dt.date(2026, 1, 1)
    with no_hang():
        try:
            program = build(select(corpus, day))
        except LawErrors as exc:
            for e in exc.errors:
                assert e.message and (e.pos is None or e.pos.line >= 1), e
            return
        engine = Engine(program)
        facts = _facts(program)
        for qname, d in program.definitions.items():
            if d.params:
                continue
            for given_facts in ({}, facts):
                answer = engine.answer(d.name, qname, (), given_facts, day, trace=True)
                assert answer.error is None or isinstance(answer.error, EvalError)


# Self-contained blocks (no names from other articles), so that mutants often resolve and reach the engine.
SEEDS = [
    """soort bron: arbeid | bijstand | geen
feit a: waarheid
feit n: geheel
feit d: datum
feit g: bedrag
feit f: getal
feit b: bron
feit l: lijst van persoon
feit k(p: persoon): geheel
parameter grens: bedrag = € 1_500.50
begrip x: waarheid = a en n > 3 of niet a
begrip y: getal = n / 3 + f * 0.1
begrip z: bedrag = g * f + grens - € 0.01
begrip w: datum = optellen_omlaag(d, 1 maand) + 6 weken
begrip v: waarheid = b in {arbeid, geen} en bekend(d)
begrip u: geheel = aantal p in l waarvoor k(p) >= 2
begrip t: waarheid = bestaat p in l waarvoor k(p) = n
begrip s: geheel = als x dan afronden(y) anders max(n, 1)
regel r1 voor s: als a dan 7
uitzondering e1 op r1 voor s: als n < 0 dan 0
uitzondering e2 op s: als niet a dan min(n, 2)
begrip q: duur = max(1 maand, 2 jaar) + 3 dagen
begrip o: waarheid = 1 jaar = 12 maanden en leeftijd(d) > dagen_tussen(d, peildatum)""",
]


def _facts(program) -> dict:
    """A plausible value for every fact without arguments, so that evaluation goes past onbekend."""
    from fractions import Fraction

    from wetgraaf.core.values import Duration, Money

    defaults = {"waarheid": True, "geheel": 2, "getal": Fraction(1, 2), "bedrag": Money(5),
                "datum": dt.date(2026, 1, 31), "duur": Duration(months=1), "tekst": "x"}
    facts = {}
    for qname, d in program.definitions.items():
        if d.params or not d.is_input:
            continue
        t = d.type
        value = (() if t.kind == "lijst" else program.soorten[t.name].values[0] if t.kind == "soort" and
                 t.name in program.soorten else defaults.get(t.name))
        if value is not None:
            facts[(qname, ())] = value
    return facts


def _article(block: str) -> str:
    return f"---\nwet: fuzzwet\nartikel: \"1\"\n---\n\n# Artikel 1\n\n## Lid 1\n\n```regels\n{block}\n```\n"




def test_the_corpus_has_blocks_to_mutate():
    assert len(BLOCKS) > 50
    for block in BLOCKS[:20]:
        assert check_block(block) is not None, block


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.characters(blacklist_categories=("Cs",))), max_size=80)
       .map("".join))
def test_random_text(text):
    check_block(text)


@FUZZ
@given(st.lists(st.sampled_from(WORDS + ["x", "y", "12", "€ 5", "2026-01-01", " ", " ", "\n"]), max_size=40))
def test_random_token_soup(words):
    decls = check_block(" ".join(words))
    if decls:
        article = check_article(_article(" ".join(words)))
        if article is not None:
            resolve_and_evaluate(article)


@FUZZ
@given(st.data())
def test_mutated_rule_blocks(data):
    block = data.draw(st.sampled_from(BLOCKS))
    text = "".join(data.draw(mutated(TOKEN.findall(block), WORDS)))
    if check_block(text) is not None:
        article = check_article(_article(text))
        if article is not None:
            resolve_and_evaluate(article)


def test_the_seed_blocks_resolve_and_evaluate():
    for seed in SEEDS:
        article = check_article(_article(seed))
        assert article is not None
        corpus = structure.Corpus("fuzz")
        corpus.laws["fuzzwet"] = structure.Law("fuzzwet", "Fuzzwet", "Fuzzwet", "Fuzzwet", None, "in werking", [],
                                        "wet.yaml", [article])
        build(select(corpus, dt.date(2026, 1, 1)))  # no errors: the mutants start from a valid program
        resolve_and_evaluate(article)


@FUZZ
@given(st.data())
def test_mutated_self_contained_blocks(data):
    seed = data.draw(st.sampled_from(SEEDS))
    text = "".join(data.draw(mutated(TOKEN.findall(seed), WORDS)))
    if check_block(text) is not None:
        article = check_article(_article(text))
        if article is not None:
            resolve_and_evaluate(article)


@FUZZ
@given(st.data())
def test_mutated_law_files(data):
    path = data.draw(st.sampled_from(LAW_FILES))
    lines = path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(data.draw(mutated(lines, WORDS)))
    check_article(text)


@FUZZ
@given(st.data())
def test_mutated_characters_in_law_files(data):
    path = data.draw(st.sampled_from(LAW_FILES))
    text = path.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 5))):
        i = data.draw(st.integers(0, len(text)))
        insert = data.draw(st.sampled_from(["`", "#", "-", ":", "\n", "---", "```", "\r", "\ufeff", "\x00", "é"]))
        text = text[:i] + insert + text[i + data.draw(st.integers(0, 3)):]
    check_article(text)


@pytest.mark.parametrize("text", [
    "", "\n\n", "#", "feit", "begrip x: waarheid = " + "(" * 200 + "waar" + ")" * 200,
    "begrip x: waarheid = " + " en ".join(["waar"] * 500), "soort s: " + " | ".join(f"w{i}" for i in range(300)),
    '"' * 3, "€", "feit x: lijst van " * 50 + "waarheid", "regel voor x(" + ", ".join("p" * 5 for _ in range(100)),
])
def test_edge_cases(text):
    check_block(text)
