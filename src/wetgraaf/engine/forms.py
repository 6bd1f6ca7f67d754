"""The table of the rule language's operators and builtins: each with its scalar form (the single path,
engine/compile.py) and its column form (the batch path, engine/batch.py) — or the reason the batch refuses it, so
that the caller falls back to the single path instead of getting a different answer.

Both back ends look their operations up here, so an operator or builtin cannot exist in one and be forgotten in
the other; tests/engine/test_one_semantics.py checks that every operation the type checker can produce and every builtin it
knows has an entry, and that both forms agree on sample values.

Column forms: a NumPy ufunc on the value arrays (known = both operands known), or a function
`f(b, values, pos) -> Col` over evaluated arguments (a duration literal is passed as its value). `exact_only`: the
column form holds for whole numbers, money and dates, not for decimals (float64 is not exact), so the batch refuses
the operation when an operand has type getal — unless the entry has an `exact` form: decimals as exact rationals,
integer numerators over one denominator per column (engine/batch_exact.py). Operators: `exact(op) -> f(b, values,
pos)`; builtins: `exact` is that f.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Callable

from .operations import BUILTINS as SCALAR_BUILTINS
from .lazy_numpy import np  # NumPy on first use: the single path reads only the scalar forms
from ..core.values import EvalError, Money, add_duration, round_half_away
from ..taal import bericht

if TYPE_CHECKING:
    from .columns import Col

_CMP = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def _c():
    """The column types and helpers (engine/columns.py), imported when the batch first computes a column: the single
    path reads this table at start-up and computes none."""
    from . import columns

    return columns


def _bx():
    """The exact decimal forms (engine/batch_exact.py), imported with NumPy when the batch first needs one: the
    single path reads this table at start-up and computes no columns."""
    from . import batch_exact

    return batch_exact


# NumPy ufuncs by name, looked up when a column form is used (NumPy is then imported)
_NP_CMP = {"=": "equal", "!=": "not_equal", "<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal"}
_ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul}
_NP_ARITH = {"+": "add", "-": "subtract", "*": "multiply"}


def _nonzero(x: Fraction) -> Fraction:
    if x == 0:
        raise EvalError("WG-EVAL-003", bericht("WG-EVAL-003"))
    return x


def _divide(a, b):
    return Fraction(a) / _nonzero(Fraction(b))


@dataclass(frozen=True)
class Form:
    scalar: Callable  # operators: op -> f(a, b); builtins: f(ctx, *args)
    column: Callable | None = None  # operators: op -> ufunc or f(b, [x, y], pos); builtins: f(b, values, pos)
    refused: str = ""  # why there is no column form, a catalogue message (the batch raises Unsupported with it)
    exact_only: bool = False  # the column form does not hold for decimals
    # the column form when an operand is a decimal: f(b, [column or batch_exact.Ratio, ...], pos), exact in integers
    exact: Callable | None = None


# -- operators (ir.Op.kind, as resolve/types.py assigns it) --------------------------------------------------------


def _eq_dur(op: str):
    eq = operator.eq if op == "=" else operator.ne
    return lambda a, b: eq(*a.comparable_key(b))


def _cmp_dur(op: str):
    cmp = _CMP[op]
    return lambda a, b: cmp(*a.comparable_key(b))


def _same(op: str):
    if op == "+":
        return lambda a, b: Money(a.cents + b.cents) if isinstance(a, Money) else a + b
    return lambda a, b: Money(a.cents - b.cents) if isinstance(a, Money) else a + (-b)


def _date_dur_column(op: str):
    def add(b, values, pos) -> Col:
        x, dur = values
        return _c().add_duration_days(x, dur if op == "+" else -dur, pos)
    return add


_LIMIT = 2.0 ** 62  # well inside int64, with room for the error of the float64 estimate


def _checked(ufunc):
    """A ufunc on int64 columns (whole numbers, cents) that refuses rather than wraps: the single path's integers
    are unbounded, so a result beyond 64 bits must not silently differ."""
    def apply(b, values, pos) -> Col:
        x, y = values
        val = ufunc(x.val, y.val)
        if val.dtype.kind == "i" and val.size:
            estimate = ufunc(x.val.astype(np.float64), y.val.astype(np.float64))
            if np.abs(estimate).max() >= _LIMIT:
                raise _c().Unsupported(bericht("zin.kolom.getal_64"))
        return _c().Col(val, x.known & y.known, _c().errors(x, y) if x.err or y.err else None)
    return apply


def _money_div_column(op: str):
    """amount / whole number: whole cents, rounded half away from zero in integers; division by zero is
    WG-EVAL-003 in the rows that divide by zero."""
    def divide(b, values, pos) -> Col:
        x, y = values
        known = x.known & y.known
        zero = known & (y.val == 0)
        den = np.where(y.val == 0, 1, y.val)
        q, r = np.divmod(np.abs(x.val), np.abs(den))
        val = np.sign(x.val) * np.sign(den) * (q + (2 * r >= np.abs(den)))
        err = ((zero, EvalError("WG-EVAL-003", bericht("WG-EVAL-003"), pos)),) if zero.any() else None
        return _c().Col(val, known, _c().errors(x, y, err))
    return divide




OPERATORS: dict[str, Form] = {
    # with a decimal operand: numerators over the common denominator (batch_exact.py)
    "eq": Form(lambda op: operator.eq if op == "=" else operator.ne, lambda op: getattr(np, _NP_CMP[op]),
               exact=lambda op: _bx().compare(getattr(np, _NP_CMP[op]))),
    "cmp": Form(lambda op: _CMP[op], lambda op: getattr(np, _NP_CMP[op]),
                exact=lambda op: _bx().compare(getattr(np, _NP_CMP[op]))),
    "eq_dur": Form(_eq_dur, refused=bericht("zin.kolom.reden.duur")),
    "cmp_dur": Form(_cmp_dur, refused=bericht("zin.kolom.reden.duur")),
    "num": Form(lambda op: _ARITH[op], lambda op: _checked(getattr(np, _NP_ARITH[op])), exact_only=True,
                exact=lambda op: _bx().arith(op)),
    # exact by one divisor for the whole column (a literal); a divisor per row is refused
    "div": Form(lambda op: _divide, refused=bericht("zin.kolom.reden.deling"), exact=lambda op: _bx().divide(op)),
    # money + money: whole cents (durations never have a column, so `same` on columns is money)
    "same": Form(_same, lambda op: _checked(getattr(np, _NP_ARITH[op]))),
    "date_dur": Form(lambda op: (lambda a, b: add_duration(a, b)) if op == "+" else (lambda a, b: add_duration(a, -b)),
                     _date_dur_column),
    # money * whole number: whole cents, no rounding needed
    # amount * decimal: cents * numerator / denominator in integers, rounded as the single path (batch_exact.py)
    "money_num": Form(lambda op: lambda a, b: Money(round_half_away(Fraction(a.cents) * Fraction(b))),
                      lambda op: _checked(np.multiply), exact_only=True, exact=lambda op: _bx().money_times(op)),
    "num_money": Form(lambda op: lambda a, b: Money(round_half_away(Fraction(a) * Fraction(b.cents))),
                      lambda op: _checked(np.multiply), exact_only=True, exact=lambda op: _bx().money_times(op)),
    "dur_int": Form(lambda op: lambda a, b: a.scaled(b), refused=bericht("zin.kolom.reden.duur")),
    "money_div": Form(lambda op: lambda a, b: Money(round_half_away(Fraction(a.cents) / _nonzero(Fraction(b)))),
                      _money_div_column, exact_only=True),
    "money_ratio": Form(lambda op: lambda a, b: Fraction(a.cents) / _nonzero(Fraction(b.cents)),
                        refused=bericht("zin.kolom.reden.deling"), exact=lambda op: _bx().amount_ratio(op)),
}


# -- builtins (resolve/types.py BUILTINS, and peildatum) -----------------------------------------------------------


def _age(b, values, pos) -> Col:
    (col,) = values
    p = b.peildatum
    return _c().Col(_c().age_between(col.val, p.year, p.month * 32 + p.day), col.known, col.err)


def _age_on(b, values, pos) -> Col:
    x, y = values
    oy, omd = _c().year_md(y.val)
    return _c().Col(_c().age_between(x.val, oy.astype(np.int64), omd), x.known & y.known, _c().errors(x, y))


def _extreme(name: str):
    def extreme(b, values, pos) -> Col:
        reduce = getattr(np, name)
        val, known = values[0].val, values[0].known
        for c in values[1:]:
            val = reduce(val, c.val)
            known = known & c.known
        return _c().Col(val, known, _c().errors(*values))
    return extreme


def _days_between(b, values, pos) -> Col:
    x, y = values
    return _c().Col(y.val - x.val, x.known & y.known, _c().errors(x, y))


def _rounded_add(rounding: str):
    def add(b, values, pos) -> Col:
        x, dur = values
        return _c().add_duration_days(x, dur, pos, rounding)
    return add


def _whole(b, values, pos) -> Col:  # afronden of a whole number: itself
    return values[0]


def _to_money(b, values, pos) -> Col:  # naar_bedrag of a whole number: whole euros
    (x,) = values
    return _checked(np.multiply)(b, [x, _c().Col(np.int64(100), x.known)], pos)


def _peildatum(b, values, pos) -> Col:

    return _c().constant(b.n, _c().date_to_days(b.peildatum), np.int64)


BUILTINS: dict[str, Form] = {
    "peildatum": Form(lambda ctx: ctx.peildatum, _peildatum),
    "leeftijd": Form(SCALAR_BUILTINS["leeftijd"], _age),
    "leeftijd_op": Form(SCALAR_BUILTINS["leeftijd_op"], _age_on),
    "optellen_omlaag": Form(SCALAR_BUILTINS["optellen_omlaag"], _rounded_add("omlaag")),
    "optellen_omhoog": Form(SCALAR_BUILTINS["optellen_omhoog"], _rounded_add("omhoog")),
    "dagen_tussen": Form(SCALAR_BUILTINS["dagen_tussen"], _days_between),
    "eerste_dag_volgende_maand": Form(SCALAR_BUILTINS["eerste_dag_volgende_maand"],
                                      lambda b, values, pos: _c().first_of_next_month(values[0], pos)),
    "verlengd_volgens_atw": Form(SCALAR_BUILTINS["verlengd_volgens_atw"],
                                 refused=bericht("zin.kolom.reden.termijnen")),
    "afronden": Form(SCALAR_BUILTINS["afronden"], _whole, exact_only=True,
                     exact=lambda b, v, pos: _bx().rounded(1)(b, v, pos)),
    "naar_bedrag": Form(SCALAR_BUILTINS["naar_bedrag"], _to_money, exact_only=True,
                        exact=lambda b, v, pos: _bx().rounded(100)(b, v, pos)),
    "min": Form(SCALAR_BUILTINS["min"], _extreme("minimum"),
                exact=lambda b, v, pos: _bx().extreme(np.minimum)(b, v, pos)),
    "max": Form(SCALAR_BUILTINS["max"], _extreme("maximum"),
                exact=lambda b, v, pos: _bx().extreme(np.maximum)(b, v, pos)),
}


def operation(e: Any):
    """The scalar form of an ir.Op (engine/compile.py)."""
    form = OPERATORS.get(e.kind)
    if form is None:
        raise EvalError("WG-EVAL-009", bericht("WG-EVAL-009", op=e.op), e.pos)
    return form.scalar(e.op)


__all__ = ["BUILTINS", "Form", "OPERATORS", "operation"]
