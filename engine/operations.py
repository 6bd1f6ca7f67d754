"""The operations and builtins of the rule language on single values (engine/compile.py)."""

from __future__ import annotations

import operator
from fractions import Fraction
from typing import Callable

from ..parser import ir
from .termijnen import verleng
from .values import Duration, EvalError, Money, add_duration, age_on, round_half_away

def operation(e: ir.Op):
    op, kind = e.op, e.kind
    if kind == "eq":
        return operator.eq if op == "=" else operator.ne
    if kind == "cmp":
        return {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}[op]
    if kind == "eq_dur":
        eq = operator.eq if op == "=" else operator.ne
        return lambda a, b: eq(*a.comparable_key(b))
    if kind == "cmp_dur":
        cmp = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}[op]
        return lambda a, b: cmp(*a.comparable_key(b))
    if kind == "num":
        return {"+": operator.add, "-": operator.sub, "*": operator.mul}[op]
    if kind == "div":
        return _divide
    if kind == "same":
        if op == "+":
            return lambda a, b: Money(a.cents + b.cents) if isinstance(a, Money) else a + b
        return lambda a, b: Money(a.cents - b.cents) if isinstance(a, Money) else a + (-b)
    if kind == "date_dur":
        return (lambda a, b: add_duration(a, b)) if op == "+" else (lambda a, b: add_duration(a, -b))
    if kind == "money_num":
        return lambda a, b: Money(round_half_away(Fraction(a.cents) * Fraction(b)))
    if kind == "num_money":
        return lambda a, b: Money(round_half_away(Fraction(a) * Fraction(b.cents)))
    if kind == "dur_int":
        return lambda a, b: a.scaled(b)
    if kind == "money_div":
        return lambda a, b: Money(round_half_away(Fraction(a.cents) / _nonzero(Fraction(b))))
    if kind == "money_ratio":
        return lambda a, b: Fraction(a.cents) / _nonzero(Fraction(b.cents))
    raise EvalError("WG-EVAL-009", f"cannot evaluate '{op}' here", e.pos)


def _nonzero(x: Fraction) -> Fraction:
    if x == 0:
        raise EvalError("WG-EVAL-003", "division by zero")
    return x


def _divide(a, b):
    return Fraction(a) / _nonzero(Fraction(b))


def _extreme(values: tuple, sign: int):
    """min (sign -1) or max (sign 1). Durations have no order of their own: they compare by their units, and
    months against days is an error (Duration.comparable_key)."""
    best = values[0]
    for v in values[1:]:
        a, b = v.comparable_key(best) if isinstance(v, Duration) else (v, best)
        if (a > b) if sign > 0 else (a < b):
            best = v
    return best


def _atw(ctx, begin, einde):
    """verlengd_volgens_atw(begin, einde): the last day of a statutory term from `begin` that would end on `einde`,
    extended by the Algemene termijnenwet (engine/termijnen.py); the explanation says when it applied."""
    day, reasons = verleng(begin, einde)
    if reasons and ctx.trace is not None:
        from .compile import TraceNode, _add_node  # the trace type lives with the compiler that builds it

        for reason in reasons:
            node = TraceNode("termijn", "Algemene termijnenwet", (), ATW_CITATION, None)
            node.value = reason
            _add_node(ctx, node)
    return day


ATW_CITATION = ir.Citation("atw", "Algemene termijnenwet", "1", url="https://wetten.overheid.nl/BWBR0002448")


def _age(ctx, birth):
    return age_on(birth, ctx.peildatum)


BUILTINS: dict[str, Callable] = {
    "leeftijd": _age,
    "leeftijd_op": lambda ctx, birth, on: age_on(birth, on),
    "optellen_omlaag": lambda ctx, d, dur: add_duration(d, dur, "omlaag"),
    "optellen_omhoog": lambda ctx, d, dur: add_duration(d, dur, "omhoog"),
    "dagen_tussen": lambda ctx, a, b: (b - a).days,
    "verlengd_volgens_atw": _atw,
    "afronden": lambda ctx, x: round_half_away(Fraction(x)),
    "naar_bedrag": lambda ctx, x: Money.from_number(x),
    "min": lambda ctx, *xs: _extreme(xs, -1),
    "max": lambda ctx, *xs: _extreme(xs, 1),
}
