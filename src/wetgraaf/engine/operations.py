"""The builtins of the rule language on single values, and the helpers of the operators' scalar forms; the table
that pairs every operator and builtin with its column form is engine/forms.py."""

from __future__ import annotations

import datetime as _dt
from fractions import Fraction
from typing import Callable

from ..parser import ir
from .context import TraceNode, add_node
from .termijnen import verleng
from ..core.values import Duration, EvalError, Money, add_duration, age_on, round_half_away
from ..taal import bericht


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
        for reason in reasons:
            node = TraceNode("termijn", "Algemene termijnenwet", (), ATW_CITATION, None)
            node.value = reason
            add_node(ctx, node)
    return day


ATW_CITATION = ir.Citation("atw", "Algemene termijnenwet", "1", url="https://wetten.overheid.nl/BWBR0002448")


def first_of_next_month(ctx, d):
    """eerste_dag_volgende_maand(d): the first day of the calendar month after the month of `d` (the Wet op de
    zorgtoeslag counts "vanaf de eerste dag van de kalendermaand volgende op de maand waarin ..."). December 9999
    has no next month: WG-EVAL-012, as every step outside the calendar."""
    if d.year == 9999 and d.month == 12:
        raise EvalError("WG-EVAL-012", bericht("WG-EVAL-012.maand", datum=d.isoformat()))
    return _dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def _age(ctx, birth):
    return age_on(birth, ctx.peildatum)


BUILTINS: dict[str, Callable] = {
    "leeftijd": _age,
    "leeftijd_op": lambda ctx, birth, on: age_on(birth, on),
    "optellen_omlaag": lambda ctx, d, dur: add_duration(d, dur, "omlaag"),
    "optellen_omhoog": lambda ctx, d, dur: add_duration(d, dur, "omhoog"),
    "dagen_tussen": lambda ctx, a, b: (b - a).days,
    "eerste_dag_volgende_maand": first_of_next_month,
    "verlengd_volgens_atw": _atw,
    "afronden": lambda ctx, x: round_half_away(Fraction(x)),
    "naar_bedrag": lambda ctx, x: Money.from_number(x),
    "min": lambda ctx, *xs: _extreme(xs, -1),
    "max": lambda ctx, *xs: _extreme(xs, 1),
}
