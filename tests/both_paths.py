"""Run one question through both back ends — the single path (engine/compile.py, one case at a time) and the batch
path (engine/batch.py, NumPy columns over many rows) — and demand the same answer in every row.

The batch may refuse a program it cannot evaluate faithfully (`Unsupported`: inexact decimals, constructs without
a column form); anything else must be equal: the same value, onbekend in the same rows, and an evaluation error
exactly when a row has one in the single path, with the code of the first such row.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from fractions import Fraction
from typing import Any

from wetgraaf.engine.batch import BatchEngine, Unsupported
from wetgraaf.engine.compile import Compiled, Context
from wetgraaf.core.values import EvalError, Unknown
from wetgraaf.parser import structure
from wetgraaf.parser.markdown import parse_article
from wetgraaf.resolve.model import Program
from wetgraaf.resolve.program import build
from wetgraaf.resolve.situation import select

DAY = _dt.date(2026, 1, 1)
UNSUPPORTED = "niet ondersteund"

tally: Counter = Counter()  # "gelijk" / "niet ondersteund": how often each outcome occurred (shown by tests)


def program_of(block: str, wet: str = "tw", peildatum: _dt.date = DAY) -> Program:
    """A rule block as artikel 1 of a one-law corpus, resolved and type-checked (LawErrors when it is not)."""
    text = f"---\nwet: {wet}\nartikel: \"1\"\n---\n\n# Artikel 1\n\n## Lid 1\n\n```regels\n{block}\n```\n"
    article = parse_article(text, "artikel-1.md", wet, wet.capitalize())
    corpus = structure.Corpus("tw")
    corpus.laws[wet] = structure.Law(wet, wet, wet, wet, None, "in werking", [], "wet.yaml", [article])
    return build(select(corpus, peildatum))


def single_rows(compiled: Compiled, qname: str, args: tuple, rows: list[dict], peildatum: _dt.date) -> list:
    """Per row: the value (None = onbekend) or ('fout', code)."""
    fn = compiled.functions[qname]
    out: list[Any] = []
    for row in rows:
        try:
            v = fn(Context({k: x for k, x in row.items() if x is not None}, peildatum), args)
        except EvalError as exc:
            out.append(("fout", exc.code))
            continue
        out.append(None if isinstance(v, Unknown) else v)
    return out


def batch_rows(batch: BatchEngine, qname: str, args: tuple, rows: list[dict], peildatum: _dt.date):
    """The batch's answer: a list of values (None = onbekend), ('fout', code) for the whole batch, or UNSUPPORTED."""
    keys = sorted({k for r in rows for k in r}, key=str)
    try:
        batch.compiled.function(qname)
        columns = batch.columns({k: [r.get(k) for r in rows] for k in keys})
        col = batch.decide(qname, args, columns, peildatum, len(rows))
    except Unsupported:
        return UNSUPPORTED
    except EvalError as exc:
        return ("fout", exc.code)
    return batch.decode(qname, col)


def same_value(a, b) -> bool:
    if isinstance(a, (int, Fraction)) and isinstance(b, (int, Fraction)) and not isinstance(a, bool) \
            and not isinstance(b, bool):
        return a == b
    return type(a) is type(b) and a == b


def assert_agree(program: Program, qname: str, args: tuple, rows: list[dict], peildatum: _dt.date = DAY,
                 compiled: Compiled | None = None, batch: BatchEngine | None = None, where: str = "") -> str:
    """Both paths on `rows`; returns 'gelijk' or UNSUPPORTED, fails with every differing row otherwise."""
    compiled = compiled or Compiled(program)
    batch = batch or BatchEngine(program)
    want = single_rows(compiled, qname, args, rows, peildatum)
    got = batch_rows(batch, qname, args, rows, peildatum)
    if got == UNSUPPORTED:
        tally[UNSUPPORTED] += 1
        return UNSUPPORTED
    failed = [(i, w) for i, w in enumerate(want) if isinstance(w, tuple)]
    if isinstance(got, tuple):
        assert failed, f"{where}{qname}: the batch fails with {got[1]} where no row fails in the single path"
        assert got == failed[0][1], f"{where}{qname}: batch {got}, single path row {failed[0][0]}: {failed[0][1]}"
    else:
        assert not failed, f"{where}{qname}: row {failed[0][0]} fails in the single path ({failed[0][1][1]}), " \
                           f"the batch answers {got[failed[0][0]]!r}"
        bad = [f"row {i}: batch {g!r}, single {w!r}, facts {rows[i]}" for i, (g, w) in enumerate(zip(got, want))
               if not same_value(g, w) and not (g is None and w is None)]
        assert not bad, f"{where}{qname}: " + "; ".join(bad[:3])
    tally["gelijk"] += 1
    return "gelijk"


# -- the fixture: every answer of a semantics test also through the batch -------------------------------------------


def batch_answer(program: Program, qname: str, args: tuple, facts: dict, peildatum: _dt.date):
    """The batch path on one row of `facts`: the value (None = onbekend), ('fout', code) or UNSUPPORTED."""
    batch = BatchEngine(program)
    row = {k: v for k, v in facts.items() if k[0] in program.definitions}
    try:
        batch.compiled.function(qname)
        columns = batch.columns({k: [v] for k, v in row.items()})
    except Unsupported:
        return UNSUPPORTED
    except (KeyError, AttributeError, TypeError):
        return UNSUPPORTED  # a fact value the column form cannot hold (not of its type): the single path reports it
    try:
        return batch.decode(qname, batch.decide(qname, args, columns, peildatum, 1))[0]
    except Unsupported:
        return UNSUPPORTED
    except EvalError as exc:
        return ("fout", exc.code)


def check_answer(engine, answer, facts: dict, peildatum: _dt.date) -> str:
    """The single path's `answer` against the batch on the same facts."""
    got = batch_answer(engine.program, answer.qname, answer.args, facts, peildatum)
    if got == UNSUPPORTED:
        tally[UNSUPPORTED] += 1
        return UNSUPPORTED
    if answer.error is not None:
        assert got == ("fout", answer.error.code), f"{answer.qname}{answer.args}: single path {answer.error.code} " \
                                                   f"({answer.error.message}), batch {got!r}"
    else:
        want = None if isinstance(answer.value, Unknown) else answer.value
        assert (got is None and want is None) or same_value(got, want), \
            f"{answer.qname}{answer.args}: single path {want!r}, batch {got!r}; facts {facts}"
    tally["gelijk"] += 1
    return "gelijk"


def both_paths_fixture(monkeypatch) -> Counter:
    """Body of the autouse fixture of the semantics tests: Engine.answer — through which every question of those
    tests goes — also asks the batch path and fails on any difference. Returns the tally of this test."""
    from wetgraaf.engine.evaluate import Engine

    single = Engine.answer
    seen: Counter = Counter()

    def answer(self, question, qname, args, facts, peildatum, trace=False):
        result = single(self, question, qname, args, facts, peildatum, trace)
        seen[check_answer(self, result, dict(facts), peildatum)] += 1
        return result

    monkeypatch.setattr(Engine, "answer", answer)
    return seen


def maybe(strategy):
    """A fact value that may be left out (None = not given: onbekend)."""
    from hypothesis import strategies as st  # only the property tests need hypothesis

    return st.none() | strategy


def row_strategy(facts: dict, max_size: int = 30):
    """Rows of possibly-missing facts: `facts` maps a fact key to the strategy of its value."""
    from hypothesis import strategies as st

    return st.lists(st.fixed_dictionaries({key: maybe(s) for key, s in facts.items()}), min_size=1,
                    max_size=max_size)


def rows_agree_test(questions: list[str], rows: Any, doc: str):
    """A property test: for each question, on random rows, the batch answers (no refusal) and equals the single
    path in every row, onbekend in the same rows. It takes the module's `program` fixture."""
    import pytest
    from hypothesis import HealthCheck, given, settings

    @pytest.mark.parametrize("question", questions)
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                     HealthCheck.too_slow])
    @given(rows=rows)
    def test(program, question, rows):
        assert assert_agree(program, question, (), rows) == "gelijk"

    test.__doc__ = doc
    return test
