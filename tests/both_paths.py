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
from wetgraaf.engine.values import EvalError, Unknown
from wetgraaf.parser import ir
from wetgraaf.parser.markdown import parse_article
from wetgraaf.resolve.program import Program, build
from wetgraaf.resolve.situation import select

DAY = _dt.date(2026, 1, 1)
UNSUPPORTED = "niet ondersteund"

tally: Counter = Counter()  # "gelijk" / "niet ondersteund": how often each outcome occurred (shown by tests)


def program_of(block: str, wet: str = "tw", peildatum: _dt.date = DAY) -> Program:
    """A rule block as artikel 1 of a one-law corpus, resolved and type-checked (LawErrors when it is not)."""
    text = f"---\nwet: {wet}\nartikel: \"1\"\n---\n\n# Artikel 1\n\n## Lid 1\n\n```regels\n{block}\n```\n"
    article = parse_article(text, "artikel-1.md", wet, wet.capitalize())
    corpus = ir.Corpus("tw")
    corpus.laws[wet] = ir.Law(wet, wet, wet, wet, None, "in werking", [], "wet.yaml", [article])
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
