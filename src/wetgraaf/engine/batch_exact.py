"""Exact decimals in the batch (issues 17 and 18): a `getal` computed from literals, amounts and exact columns is a
column of integer numerators over one denominator per column (`Ratio`), so 0.01896 is 1896/100000 and
`bedrag / € 1 * 12 * 1.08` is cents * 1296 / 10000 — no float64 on the way.

The exact forms live in the one operator table (engine/forms.py, `Form.exact`) and are defined here: + − × on
numbers (`arith`), division by one divisor for the whole column (`divide`), amount / amount (`amount_ratio`),
comparisons (`compare`), min and max (`extreme`), an amount times a decimal (`money_times`), and naar_bedrag and
afronden (`rounded`). Rounding is round half away from zero in integers, the single path's rule
(core/values.py `round_half_away`); tests/engine/test_batch_exact.py and tests/engine/test_batch_decimals.py check every form
against its scalar form with hypothesis, ties and negatives included.

`ratio()` compiles a numeric expression to this form: literals, `- x`, `als .. dan .. anders ..`, the table's
forms, a definition of type getal (inlined when it is one unconditional expression, so its literals stay exact; a
parameter a scenario sets is read from its column; otherwise its float64 column, exact by the batch's own rule, as
a binary fraction) and whole numbers. A division by a computed number (the denominator would differ per row) or
by zero, and any intermediate beyond 62 bits, raise `Unsupported` (refused, never wrapped), and the caller uses
the single path; so does a decimal result that must become a column of its own (`to_col`) without an exact binary
form.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable

import numpy as np

from ..parser import ir
from ..core.values import Money
from .columns import Col, Unsupported, errors, if_columns
from ..taal import bericht

_LIMIT = 2.0 ** 62  # as engine/forms.py: inside int64, with room for the error of the float64 estimate


@dataclass
class Ratio:
    """A column of exact rationals: num[i] / den, `den` one positive whole number for the column."""

    num: np.ndarray
    den: int
    known: np.ndarray
    err: Any = None


def _fits(x: int) -> int:
    if abs(x) >= _LIMIT:
        raise Unsupported(bericht("zin.kolom.breuk_62"))
    return x


def _times(a: np.ndarray, b) -> np.ndarray:
    """a * b on int64, refused (not wrapped) beyond 62 bits."""
    a = np.asarray(a, dtype=np.int64)
    if a.size:
        estimate = np.abs(a.astype(np.float64) * (np.asarray(b).astype(np.float64)))
        if estimate.max() >= _LIMIT:
            raise Unsupported(bericht("zin.kolom.bedrag_maal_64"))
    return a * b


def _scaled(r: Ratio, den: int) -> np.ndarray:
    """r's numerators over `den` (a multiple of r.den)."""
    return r.num if den == r.den else _times(r.num, np.int64(_fits(den // r.den)))


def _common(*rs: Ratio) -> int:
    return _fits(math.lcm(*(r.den for r in rs)))


def _constant(n: int, v: Fraction) -> Ratio:
    return Ratio(np.broadcast_to(np.int64(_fits(v.numerator)), (n,)), _fits(v.denominator),
                 np.broadcast_to(np.True_, (n,)))


def from_float(c: Col) -> Ratio:
    """A float64 getal column as exact binary fractions. Its values are exact (the batch admits a decimal as
    float64 only when that is exact, and does no arithmetic on them), so each is m / 2**k for a whole m."""
    v = np.where(c.known, c.val, 0.0)
    for k in range(0, 64):
        scaled = v * (2.0 ** k)  # exact: scaling by a power of two
        if not scaled.size or np.all(scaled == np.floor(scaled)):
            if scaled.size and np.abs(scaled).max() >= _LIMIT:
                break
            return Ratio(scaled.astype(np.int64), 1 << k, c.known, c.err)
    raise Unsupported(bericht("zin.kolom.kolom_62"))


def as_ratio(x) -> Ratio:
    """An operand as exact rationals: a Ratio itself, a whole-number column over 1, an exact float64 column."""
    if isinstance(x, Ratio):
        return x
    if x.val.dtype.kind == "i":
        return Ratio(x.val, 1, x.known, x.err)
    if x.val.dtype.kind == "f":
        return from_float(x)
    raise Unsupported(bericht("zin.kolom.geen_exacte_vorm", dtype=str(x.val.dtype)))


def to_col(x) -> Col:
    """A decimal result as a float64 column where every known row has an exact binary form (the batch's getal
    columns); otherwise Unsupported, and the caller uses the single path. Columns pass through."""
    if not isinstance(x, Ratio):
        return x
    num = np.where(x.known, x.num, 0)
    if num.size:
        reduced = x.den // np.gcd(num, np.int64(x.den))
        if np.any(reduced & (reduced - 1)) or np.abs(num).max() >= 2 ** 53 or x.den >= 2 ** 53:
            raise Unsupported(bericht("zin.kolom.berekend_decimaal"))
    return Col(num.astype(np.float64) / float(x.den), x.known, x.err)


def ratio(bc, e: ir.Expr, scope: tuple) -> Callable[[Any, tuple], Ratio]:
    """The exact column form of a numeric expression (getal or geheel); `bc` is the BatchCompiled. Operators and
    builtins take their exact form from the one table (engine/forms.py `Form.exact`, handed over as `bc.operators`
    and `bc.builtins`: the table is built from this module's forms)."""
    if isinstance(e, ir.Literal) and not isinstance(e.value, bool) and isinstance(e.value, (int, Fraction)):
        v = Fraction(e.value)
        return lambda b, env: _constant(b.n, v)
    if isinstance(e, ir.DefRef):
        return _defref(bc, e, scope)
    if isinstance(e, ir.Unary) and e.op == "-":
        f = ratio(bc, e.operand, scope)
        return lambda b, env: (lambda r: Ratio(-r.num, r.den, r.known, r.err))(f(b, env))
    if isinstance(e, ir.IfThen):
        return _if(bc, e, scope)
    if isinstance(e, ir.Op) and e.kind in ("num", "div", "money_ratio"):
        if e.kind != "num" and not _nonzero_literal(e.right):
            raise Unsupported(bericht("zin.kolom.deling"))
        make = bc.operators[e.kind].exact
        assert make is not None  # the table gives num, div and money_ratio an exact form
        column, pos = make(e.op), e.pos
        operand = bc.expr if e.kind == "money_ratio" else (lambda x, sc: ratio(bc, x, sc))
        left, right = operand(e.left, scope), operand(e.right, scope)
        return lambda b, env: column(b, [left(b, env), right(b, env)], pos)
    if isinstance(e, ir.Builtin) and e.name in ("min", "max"):
        extreme_of = bc.builtins[e.name].exact
        assert extreme_of is not None
        parts = [ratio(bc, a, scope) for a in e.args]
        return lambda b, env: extreme_of(b, [f(b, env) for f in parts], e.pos)
    if not bc._decimal(e, scope):  # a whole number computed otherwise (afronden, aantal, leeftijd, ...)
        col = bc.expr(e, scope)
        return lambda b, env: as_ratio(col(b, env))
    raise Unsupported(bericht("zin.kolom.geen_exacte_kolomvorm", soort=type(e).__name__))


def _nonzero_literal(e: ir.Expr) -> bool:
    v = e.value if isinstance(e, ir.Literal) else None
    if isinstance(v, Money):
        return v.cents != 0
    return isinstance(v, (int, Fraction)) and not isinstance(v, bool) and v != 0


def _defref(bc, e: ir.DefRef, scope: tuple):
    d = bc.program.definitions[e.qname]
    t = d.type
    if not (t.kind == "prim" and t.name in ("getal", "geheel")):
        raise Unsupported(bericht("zin.kolom.type", naam=e.qname, type=str(t)))
    rule = d.rules[0] if len(d.rules) == 1 else None
    static = all(isinstance(a, (ir.Ref, ir.Literal)) for a in e.args)
    if (t.name == "getal" and not d.is_input and rule is not None and rule.cond is None
            and not rule.exceptions and not d.exceptions and static):
        # One unconditional expression: inline it, so that its literals stay exact fractions.
        inner_scope = tuple(zip(rule.params, (p.type for p in d.params)))
        try:
            body = ratio(bc, rule.value, inner_scope)
        except RecursionError:
            raise Unsupported(bericht("zin.kolom.te_diep", naam=e.qname)) from None
        spec = tuple(("ref", _position(scope, a.name)) if isinstance(a, ir.Ref)
                     else ("lit", a.value) if isinstance(a, ir.Literal) else ("col", None) for a in e.args)
        if d.kind != "parameter":
            return lambda b, env: body(b, tuple(env[x] if k == "ref" else x for k, x in spec))

        def parameter(b, env) -> Ratio:  # a scenario may set a parameter: then its column, else its rule
            args = tuple(env[x] if k == "ref" else x for k, x in spec)
            col = b.column((e.qname, args))
            return body(b, args) if col is None else from_float(col)
        return parameter
    col = bc.expr(e, scope)
    if t.name == "geheel":
        return lambda b, env: (lambda c: Ratio(c.val, 1, c.known, c.err))(col(b, env))
    return lambda b, env: from_float(col(b, env))


def _position(scope: tuple, name: str) -> int:
    for i in range(len(scope) - 1, -1, -1):
        if scope[i][0] == name:
            return i
    raise KeyError(name)


def arith(op: str):
    """The exact form of `+`, `-`, `*` on numbers (forms.py "num"): f(b, [x, y], pos) -> Ratio; a sum over the
    common denominator, a product over the product of the denominators; beyond 62 bits refused."""
    def apply(b, values, pos) -> Ratio:
        x, y = (as_ratio(v) for v in values)
        known, err = x.known & y.known, errors(x.err, y.err)
        if op == "*":
            return Ratio(_times(x.num, y.num), _fits(x.den * y.den), known, err)
        den = _common(x, y)
        a, c = _scaled(x, den), _scaled(y, den)
        if a.size and np.maximum(np.abs(a.astype(np.float64)), np.abs(c.astype(np.float64))).max() * 2 >= _LIMIT:
            raise Unsupported(bericht("zin.kolom.som_64"))
        return Ratio(a + c if op == "+" else a - c, den, known, err)
    return apply


def _divisor(y) -> tuple[int, int]:
    """The one value (p, q) = p / q with q > 0 of a divisor column; a divisor that differs per row, or is zero,
    has no exact column form with one denominator (the single path divides row by row)."""
    vals, den = (np.asarray(y.num), y.den) if isinstance(y, Ratio) else (np.asarray(y.val), 1)
    vals = vals[np.broadcast_to(y.known, vals.shape)]  # the rows where the single path divides
    first = int(vals.flat[0]) if vals.size else 1
    if first == 0 or (vals.size and not np.all(vals == first)):
        raise Unsupported(bericht("zin.kolom.deling"))
    d = Fraction(first, den)
    return _fits(d.numerator), _fits(d.denominator)


def divide(op: str):
    """The exact form of number / number (forms.py "div") by one known divisor: (n / den) / (p / q) =
    (n * q * sign(p)) / (den * |p|)."""
    def apply(b, values, pos) -> Ratio:
        x, y = as_ratio(values[0]), values[1]
        p, q = _divisor(y)
        sign = -1 if p < 0 else 1
        return Ratio(_times(x.num, np.int64(q * sign)), _fits(x.den * abs(p)), x.known & y.known,
                     errors(x.err, y.err))
    return apply


def amount_ratio(op: str):
    """The exact form of amount / amount (forms.py "money_ratio"), as `bedrag / € 1`: cents over the divisor's
    cents, one divisor for the column."""
    def apply(b, values, pos) -> Ratio:
        x, y = values
        p, _ = _divisor(y)
        sign = -1 if p < 0 else 1
        return Ratio(_times(x.val, np.int64(sign)), abs(p), x.known & y.known, errors(x.err, y.err))
    return apply


def compare(ufunc):
    """The exact form of a comparison with a decimal operand (forms.py "eq", "cmp"): numerators over the common
    denominator, compared as whole numbers."""
    def apply(b, values, pos) -> Col:
        x, y = (as_ratio(v) for v in values)
        den = _common(x, y)
        return Col(ufunc(_scaled(x, den), _scaled(y, den)), x.known & y.known, errors(x.err, y.err))
    return apply


def extreme(reduce):
    """The exact form of min and max with a decimal argument (forms.py BUILTINS)."""
    def apply(b, values, pos) -> Ratio:
        rs = [as_ratio(v) for v in values]
        den = _common(*rs)
        val, known = _scaled(rs[0], den), rs[0].known
        for r in rs[1:]:
            val, known = reduce(val, _scaled(r, den)), known & r.known
        return Ratio(val, den, known, errors(*(r.err for r in rs)))
    return apply


def rounded(scale: int):
    """The exact form of naar_bedrag (scale 100: cents) and afronden (scale 1) of a decimal: round_half_away of
    x * scale, in integers (as money_times, with the scale as the amount)."""
    def apply(b, values, pos) -> Col:
        r = as_ratio(values[0])
        return Col(_round_product(np.broadcast_to(np.int64(scale), r.num.shape), r), r.known, r.err)
    return apply


def _if(bc, e: ir.IfThen, scope: tuple):
    cond, then, other = bc.expr(e.cond, scope), ratio(bc, e.then, scope), ratio(bc, e.otherwise, scope)

    def if_(b, env) -> Ratio:
        c, x, y = cond(b, env), then(b, env), other(b, env)
        den = _common(x, y)
        col = if_columns(c, Col(_scaled(x, den), x.known, x.err), Col(_scaled(y, den), y.known, y.err))
        return Ratio(col.val, den, col.known, col.err)
    return if_


def money_times(op: str):
    """The exact column form of `bedrag * getal` and `getal * bedrag` (forms.py `money_num`, `num_money`):
    f(b, [amount column, Ratio], pos) -> amount column.

    cents * n / d is split as cents * (n // d) + cents * (n % d) / d, so no intermediate exceeds the result or
    |cents| * d; with W the floor of the product and r / d its fraction (0 <= r < d), rounding half away from zero
    (values.round_half_away) is W + 1 when 2r > d, and also when 2r = d and the product is not negative."""
    def times(b, values, pos) -> Col:
        x, r = values
        err = errors(x.err, r.err)  # in the operands' order, as the single path meets them
        if isinstance(x, Ratio):
            x, r = r, x
        return Col(_round_product(x.val, r), x.known & r.known, err)
    return times


def _round_product(cents: np.ndarray, r: Ratio) -> np.ndarray:
    """round_half_away(cents * r.num / r.den) per row, in integers."""
    den = np.int64(r.den)
    whole, rest = np.divmod(r.num, den)
    floor, frac = np.divmod(_times(cents, rest), den)
    w = _sum(_times(cents, whole), floor)
    up = np.where(w >= 0, 2 * frac >= den, 2 * frac > den)
    return w + up


def _sum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.size and (np.abs(a.astype(np.float64)) + np.abs(b.astype(np.float64))).max() >= _LIMIT:
        raise Unsupported(bericht("zin.kolom.bedrag_maal_64"))
    return a + b


__all__ = ["Ratio", "amount_ratio", "arith", "as_ratio", "compare", "divide", "extreme", "from_float", "money_times",
           "ratio", "rounded", "to_col"]
