"""Default logic of the single path (engine/compile.py): rules of equal priority evaluated as sets of possible
outcomes, exceptions over base rules, and the worked-out form for one exception on one unconditional rule.
The column form of the same logic is engine/batch_logic.py."""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable

from ..resolve.program import Definition, Rule
from .values import EvalError, Unknown

Fn = Callable[[Any, tuple], Any]

NONE = object()  # no rule applies
ANY = object()  # some value we cannot name yet (the rule's value itself is unknown)


def one_exception(base_rule: Rule, base: Fn, exc_rule: Rule, cond: Fn, exc: Fn):
    """One unconditional base rule with one conditional exception: the general default logic (`tier`) worked out
    for this shape. Returns compute(ctx, env) -> (value, deciding rule)."""

    def compute(ctx, env):
        c = cond(ctx, env)
        if c is False:
            v = base(ctx, env)
            return v, (base_rule if type(v) is not Unknown else None)
        e = exc(ctx, env)
        if c is True:
            return e, (exc_rule if type(e) is not Unknown else None)
        # The exception may or may not apply: both outcomes are possible.
        exc_unknown = c if type(e) is not Unknown else e.merge(c)
        v = base(ctx, env)
        if type(v) is Unknown:
            return exc_unknown.merge(v), None
        if type(e) is not Unknown and _key(e) == _key(v):
            return e, base_rule
        return exc_unknown, base_rule

    return compute


def merge(a: Unknown | None, b: Unknown | None) -> Unknown | None:
    if a is None:
        return b
    if b is None:
        return a
    return a.merge(b)


def _rule_outcome(compiled_rule, ctx, env) -> tuple[tuple, Unknown | None, Rule | None]:
    rule, cond, value, exceptions = compiled_rule
    unknown = None
    if exceptions:
        outcome, unknown, winner = tier(exceptions, ctx, env)
        if NONE not in outcome:
            return outcome, unknown, winner
        exc_values = tuple(v for v in outcome if v is not NONE)
    else:
        exc_values = ()
    c = True if cond is None else cond(ctx, env)
    if c is False:
        return exc_values + (NONE,), unknown, None
    v = value(ctx, env)
    if type(v) is Unknown:
        unknown = merge(unknown, v)
        v = ANY
    if c is True:
        return exc_values + (v,), unknown, rule
    return exc_values + (v, NONE), merge(unknown, c), rule


def tier(rules, ctx, env) -> tuple[tuple, Unknown | None, Rule | None]:
    """Evaluate rules of equal priority. Returns (possible outcomes, unknown inputs, the rule that applied)."""
    definite: list[tuple[Any, Rule]] = []
    possible: list[Any] = []
    unknown = None
    all_may_be_none = True
    for compiled in rules:
        outcome, unk, rule = _rule_outcome(compiled, ctx, env)
        unknown = merge(unknown, unk)
        values = [v for v in outcome if v is not NONE]
        if NONE not in outcome and len(values) == 1 and values[0] is not ANY:
            definite.append((values[0], rule))
        if NONE not in outcome:
            all_may_be_none = False
        possible.extend(values)
    distinct = {id(v) if v is ANY else _key(v) for v, _ in definite}
    if len(distinct) > 1:
        (v1, r1), (v2, r2) = definite[0], next(x for x in definite if _key(x[0]) != _key(definite[0][0]))
        raise EvalError("WG-EVAL-002", f"conflict: two rules of equal priority apply with different results: "
                        f"{_show(v1)} ({r1.citation}, {r1.pos}) and {_show(v2)} ({r2.citation}, {r2.pos})",
                        r2.pos)
    outcome = tuple(unique(possible)) + ((NONE,) if all_may_be_none else ())
    winner = definite[0][1] if definite else None
    return outcome or (NONE,), unknown, winner


def _key(v):
    return (type(v).__name__, v) if not isinstance(v, (int, Fraction)) or isinstance(v, bool) else ("num", v)


def unique(values):
    seen = []
    for v in values:
        if v is ANY:
            if not any(s is ANY for s in seen):
                seen.append(v)
        elif not any(s is not ANY and _key(s) == _key(v) for s in seen):
            seen.append(v)
    return seen


def decide(d: Definition, outcome: tuple, unknown: Unknown | None, args: tuple):
    values = [v for v in outcome if v is not NONE]
    if not values:
        raise EvalError("WG-EVAL-001", f"no rule gives '{d.name}' a value in this case"
                        + (f" ({', '.join(map(str, args))})" if args else "") + f"; see {d.citation}", d.pos)
    if len(values) == 1 and NONE not in outcome and values[0] is not ANY:
        return values[0]
    return unknown if unknown is not None else Unknown()


def _show(v) -> str:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    return str(v)

