"""The table of operators and builtins (engine/forms.py): every operation the type checker can produce and every
builtin it knows has a scalar form and a column form or a stated refusal — so a new operator without both fails
here — and where both forms exist they agree value for value, errors included (money in cents, the calendar of
core/values.py against its column form in engine/columns.py, on the boundaries of tests/core/test_values.py)."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from fractions import Fraction

import numpy as np
import pytest

from wetgraaf.engine import forms
from wetgraaf.engine.batch import Batch, BatchCompiled
from wetgraaf.engine.columns import Col, Unsupported, decode_value, dtype_of, encode_column, first_error
from wetgraaf.engine.compile import Context
from wetgraaf.core.values import Duration, EvalError, Money
from wetgraaf.parser import ir
from wetgraaf.resolve import types

PRIMS = [ir.BOOL, ir.INT, ir.DEC, ir.MONEY, ir.DATE, ir.DURATION, ir.TEXT]
OPS = ["=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/"]
PEIL = dt.date(2026, 1, 1)
DATES = [dt.date(2026, 1, 31), dt.date(2024, 2, 29), dt.date(2023, 3, 1), dt.date(9999, 12, 1), dt.date(9999, 12, 31),
         dt.date(1, 1, 15), dt.date(1, 1, 1), dt.date(2008, 1, 1), dt.date(2007, 12, 31), dt.date(2020, 8, 31)]
DURATIONS = [Duration(months=1), Duration(months=-1), Duration(years=1), Duration(years=2), Duration(days=3),
             Duration(days=-3), Duration(months=13), Duration(years=1, months=1, days=1), Duration(days=7)]


def kinds_of_the_type_checker() -> dict[str, list[tuple[str, ir.Type, ir.Type]]]:
    """Every operation kind the type checker assigns, with the (operator, left, right) types that give it."""
    out: dict[str, list] = {}
    for op, lt, rt in itertools.product(OPS, PRIMS, PRIMS):
        kind, _ = types.Checker._op_kind(op, lt, rt)
        if kind is not None:
            out.setdefault(kind, []).append((op, lt, rt))
    return out


def test_every_operator_and_builtin_has_both_forms_or_a_stated_refusal():
    kinds = kinds_of_the_type_checker()
    assert set(kinds) == set(forms.OPERATORS), "an operation without an entry in engine/forms.py (or a stale one)"
    assert set(types.BUILTINS) | {"peildatum"} == set(forms.BUILTINS)
    for name, form in [*forms.OPERATORS.items(), *forms.BUILTINS.items()]:
        assert callable(form.scalar), name
        assert (form.column is not None) != bool(form.refused), f"{name}: a column form or a reason, not both"


def _samples(t: ir.Type, rng: random.Random) -> list:
    if t == ir.BOOL:
        return [True, False]
    if t == ir.INT:
        return [0, 1, -1, 7, 12, -40, 100_000] + [rng.randint(-500, 500) for _ in range(5)]
    if t == ir.DEC:
        return [Fraction(0), Fraction(1, 2), Fraction(-9, 4), Fraction(3), Fraction(25, 8)]
    if t == ir.MONEY:
        return [Money(0), Money(1), Money(-150), Money(150_050), Money(99)] + [Money(rng.randint(-10 ** 6, 10 ** 6))]
    if t == ir.DATE:
        return DATES
    if t == ir.TEXT:
        return ["a", "b", ""]
    return DURATIONS


def _scalar(f, *values):
    try:
        return f(*values)
    except EvalError as exc:
        return ("fout", exc.code)


def _column_rows(col: Col, t: ir.Type) -> list:
    """The column's answer per row: ('fout', code) where a row has an error, else the decoded value."""
    out = []
    for i in range(len(col.val)):
        err = next((e for m, e in col.err or () if m[i]), None)
        out.append(("fout", err.code) if err is not None else decode_value(col.val[i], t, {}))
    return out


def _batch(n: int) -> Batch:
    return Batch(n, {}, PEIL, {})


@pytest.mark.parametrize("kind", sorted(forms.OPERATORS))
def test_the_scalar_and_column_form_of_each_operator_agree(kind):
    rng = random.Random(kind)
    form = forms.OPERATORS[kind]
    if form.column is None:  # the batch refuses it, saying why, and the caller uses the single path
        with pytest.raises(Unsupported, match=form.refused):
            BatchCompiled.__new__(BatchCompiled)._form(form, (), (), kind)
        return
    checked = 0
    for op, lt, rt in kinds_of_the_type_checker()[kind]:
        if form.exact_only and ir.DEC in (lt, rt):
            continue  # the batch refuses decimals here (test_one_semantics)
        result = types.Checker._op_kind(op, lt, rt)[1]
        if dtype_of(lt) is None or (dtype_of(rt) is None and kind != "date_dur"):
            continue  # durations are never columns: `1 jaar + 2 maanden` never reaches the batch
        pairs = list(itertools.product(_samples(lt, rng), _samples(rt, rng)))
        want = [_scalar(form.scalar(op), a, b) for a, b in pairs]
        x = encode_column([a for a, _ in pairs], lt, {})
        column = form.column(op)
        if isinstance(column, np.ufunc):
            y = encode_column([b for _, b in pairs], rt, {})
            col = Col(column(x.val, y.val), x.known & y.known)
        elif rt != ir.DURATION:
            col = column(_batch(len(pairs)), [x, encode_column([b for _, b in pairs], rt, {})], None)
        else:
            rows = []
            for dur in _samples(rt, rng):  # a duration operand is a literal: one column per literal
                rows.append(column(_batch(len(x.val)), [encode_column(list(dict.fromkeys(a for a, _ in pairs)), lt,
                                                                      {}), dur], None))
            firsts = list(dict.fromkeys(a for a, _ in pairs))
            got = {(a, d): r for d, c in zip(_samples(rt, rng), rows) for a, r in zip(firsts, _column_rows(c, result))}
            assert [got[p] for p in pairs] == want, f"{kind} {op} on {lt}, {rt}"
            checked += len(pairs)
            continue
        assert _column_rows(col, result) == want, f"{kind} {op} on {lt}, {rt}"
        checked += len(pairs)
    assert checked > 0


@pytest.mark.parametrize("name", sorted(forms.BUILTINS))
def test_the_scalar_and_column_form_of_each_builtin_agree(name):
    form = forms.BUILTINS[name]
    if form.column is None:  # the batch refuses it, saying why, and the caller uses the single path
        with pytest.raises(Unsupported, match=form.refused):
            BatchCompiled.__new__(BatchCompiled)._form(form, (), (), name)
        return
    rng = random.Random(name)
    sig, result = types.BUILTINS.get(name, ((), ir.DATE))
    signatures = [tuple(sig)] if sig is not None else [(t, t) for t in (ir.INT, ir.MONEY, ir.DATE)]
    if form.exact_only:
        signatures = [tuple(ir.INT if t == ir.DEC else t for t in s) for s in signatures]  # decimals: refused
    ctx = Context({}, PEIL)
    for s in signatures:
        rtype = s[0] if result == ir.ANY else result
        combos = list(itertools.product(*[_samples(t, rng) for t in s]))
        want = [_scalar(form.scalar, ctx, *c) for c in combos]
        if ir.DURATION in s:  # the duration is a literal: one column per duration
            got = []
            for c in combos:
                col = form.column(_batch(1), [encode_column([c[0]], s[0], {}), c[1]], None)
                got += _column_rows(col, rtype)
        else:
            cols = [encode_column([c[i] for c in combos], t, {}) for i, t in enumerate(s)]
            col = form.column(_batch(len(combos) or 1), cols, None)
            got = _column_rows(Col(np.broadcast_to(col.val, (max(1, len(combos)),)), col.known, col.err), rtype)
            got = got[:len(combos)] if combos else got
            if not combos:
                want = [form.scalar(ctx)]
        assert got == want, f"{name}{s}: " + "; ".join(f"{c}: column {g!r}, scalar {w!r}"
                                                      for c, g, w in zip(combos, got, want) if g != w)


def test_a_date_step_beyond_any_calendar_is_refused_by_the_column_form():
    with pytest.raises(Unsupported):
        forms.OPERATORS["date_dur"].column("+")(None, [encode_column([DATES[0]], ir.DATE, {}),
                                                       Duration(years=10 ** 9)], None)
    assert first_error(None) is None
