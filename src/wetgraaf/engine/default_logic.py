"""Default logic of the single path (engine/compile.py): rules of equal priority evaluated as sets of possible
outcomes, exceptions over base rules, and the worked-out form for one exception on one unconditional rule. The
algebra of the outcome sets is engine/outcomes.py, shared with the column form (engine/batch_logic.py); here is
what the single path adds: evaluating only what can matter, the missing inputs and the deciding rule."""

from __future__ import annotations

from typing import Any, Callable

from ..resolve.model import Definition, Rule
from . import outcomes
from .outcomes import SCALAR, Outcomes
from ..core.values import EvalError, Unknown
from ..taal import bericht

Fn = Callable[[Any, tuple], Any]

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
        if type(e) is not Unknown and SCALAR.eq(e, v):
            return e, base_rule
        return exc_unknown, base_rule

    return compute


def merge(a: Unknown | None, b: Unknown | None) -> Unknown | None:
    if a is None:
        return b
    if b is None:
        return a
    return a.merge(b)


NOTHING = Outcomes(True, False, 0, None)  # no rule applies


def _rule_outcome(compiled_rule, ctx, env) -> tuple[Outcomes, Unknown | None, Rule | None]:
    """A rule under its exceptions (engine/outcomes.py `rule`), evaluating only what can matter: not the
    condition where an exception surely applies, not the value where the condition is onwaar."""
    rule, cond, value, exceptions = compiled_rule
    unknown = None
    if exceptions:
        exc, unknown, winner = tier(exceptions, ctx, env)
        if not exc.none:
            return exc, unknown, winner
    else:
        exc = NOTHING
    c = True if cond is None else cond(ctx, env)
    if c is False:
        return outcomes.rule(SCALAR, exc, False, True, False, None), unknown, None
    v = value(ctx, env)
    v_known = type(v) is not Unknown
    if not v_known:
        unknown = merge(unknown, v)
    if c is True:
        return outcomes.rule(SCALAR, exc, True, True, v_known, v), unknown, rule
    return outcomes.rule(SCALAR, exc, False, False, v_known, v), merge(unknown, c), rule


def tier(rules, ctx, env) -> tuple[Outcomes, Unknown | None, Rule | None]:
    """Evaluate rules of equal priority. Returns (possible outcomes, unknown inputs, the rule that applied)."""
    out = None
    unknown = None
    first: tuple[Any, Rule] | None = None  # the first rule that surely applies, with its value
    clash: tuple[Any, Rule] | None = None
    for compiled in rules:
        o, unk, rule = _rule_outcome(compiled, ctx, env)
        unknown = merge(unknown, unk)
        if outcomes.definite(SCALAR, o):
            if first is None:
                first = (o.val, rule)
            elif clash is None and not SCALAR.eq(first[0], o.val):
                clash = (o.val, rule)
        out = o if out is None else outcomes.equal_priority(SCALAR, out, o)
    if clash is not None:  # found after every rule of the tier was evaluated (an error in a later rule comes first)
        (v1, r1), (v2, r2) = first, clash
        raise EvalError("WG-EVAL-002", bericht("WG-EVAL-002", detail=bericht(
                            "zin.eval.botsing", a=_show(v1), bron_a=str(r1.citation), plaats_a=str(r1.pos),
                            b=_show(v2), bron_b=str(r2.citation), plaats_b=str(r2.pos))),
                        r2.pos)
    return (out if out is not None else NOTHING), unknown, (first[1] if first else None)


def definition(d: Definition, exceptions: list, base: list):
    """compute(ctx, env) -> (value, deciding rule) of a definition with base rules and exceptions: the exceptions
    first; the base rules where no exception surely applies."""

    def compute(ctx, env):
        out, unknown, rule = tier(exceptions, ctx, env) if exceptions else (NOTHING, None, None)
        if out.none and not out.any and out.n == 0:
            out, unknown, rule = tier(base, ctx, env)
        elif out.none:
            # An exception may apply (its condition is unknown); the base rules decide the other case, and
            # when both cases give one value it is the base rule that is recorded as deciding.
            b_out, b_unknown, rule = tier(base, ctx, env)
            out = outcomes.union_where(SCALAR, out, b_out, True)
            unknown = merge(unknown, b_unknown)
        return decide(d, out, unknown, env), rule

    return compute


def decide(d: Definition, out: Outcomes, unknown: Unknown | None, args: tuple):
    if outcomes.no_value(SCALAR, out):
        raise EvalError("WG-EVAL-001", bericht("WG-EVAL-001", naam=d.name, bron=d.citation.bericht(),
                                                argumenten=f" ({', '.join(map(str, args))})" if args else ""), d.pos)
    if outcomes.known_value(SCALAR, out):
        return out.val
    return unknown if unknown is not None else Unknown()


def _show(v) -> str:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    return str(v)

