"""Default logic over per-row outcome sets: the column form of engine/compile.py (`_tier`, `_rule_outcome`,
`_decide`, `_one_exception`), used by engine/batch.py."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .columns import errors, live
from .values import EvalError


@dataclass
class Outcomes:
    """Per row, the set of possible outcomes of a rule tier: NONE possible, ANY (an unknown value) possible, and
    0, 1 or 2+ distinct known values (the value itself when exactly one)."""

    none: np.ndarray
    any: np.ndarray
    n: np.ndarray  # int8: 0, 1 or 2 (two or more distinct values)
    val: np.ndarray
    err: tuple | None = None  # the errors met so far, per row (engine/columns.py)

    def join_where_none(self, base: Outcomes) -> Outcomes:
        """Exceptions joined with the base rules in the rows where the exceptions may not apply (the base rules
        are evaluated there only)."""
        out = _union_where(self, base, self.none)
        out.err = errors(self.err, live(base.err, self.none))
        return out


def _nothing(n: int, dtype) -> Outcomes:
    """No rule applies in any row."""
    return Outcomes(np.ones(n, bool), np.zeros(n, bool), np.zeros(n, np.int8), np.zeros(n, dtype=dtype))


def _union(a: Outcomes, c: Outcomes) -> Outcomes:
    both = (a.n >= 1) & (c.n >= 1)
    equal = both & (a.n == 1) & (c.n == 1) & (a.val == c.val)
    n = np.where(both, np.where(equal, 1, 2), np.maximum(a.n, c.n)).astype(np.int8)
    val = np.where(a.n >= 1, a.val, c.val)
    return Outcomes(a.none | c.none, a.any | c.any, n, val)


def _union_where(exc: Outcomes, base: Outcomes, where: np.ndarray) -> Outcomes:
    """Rows where the exceptions may not apply (NONE possible): their other outcomes plus the base's."""
    joined = _union(Outcomes(np.zeros_like(exc.none), exc.any, exc.n, exc.val), base)
    return Outcomes(np.where(where, joined.none, exc.none), np.where(where, joined.any, exc.any),
                    np.where(where, joined.n, exc.n).astype(np.int8), np.where(where, joined.val, exc.val))


def rule_outcome(compiled, b, env, dtype) -> Outcomes:
    rule, cond, value, exceptions = compiled
    n = b.n
    exc = tier(exceptions, b, env, dtype) if exceptions else _nothing(n, dtype)
    err = exc.err
    if cond is None:
        c_val, c_known = np.ones(n, bool), np.ones(n, bool)
    else:
        c = cond(b, env)
        c_val, c_known = c.val, c.known
        if c.err:  # the condition is evaluated where no exception surely applies
            err = errors(err, live(c.err, exc.none))
    v = value(b, env)
    if v.err:  # the value, where moreover the condition is not known onwaar
        err = errors(err, live(v.err, exc.none & ~(c_known & ~c_val)))
    applies = c_known & c_val
    maybe = ~c_known
    own = Outcomes(
        none=(c_known & ~c_val) | maybe,
        any=(applies | maybe) & ~v.known,
        n=((applies | maybe) & v.known).astype(np.int8),
        val=v.val.astype(dtype, copy=False) if dtype is not object else v.val,
    )
    # Where an exception certainly applies, its outcomes stand; elsewhere the rule's own join the rest.
    out = _union_where(exc, own, exc.none)
    out.err = err
    return out


def tier(rules, b, env, dtype) -> Outcomes:
    n = b.n
    out = None
    definite_val = None
    definite = np.zeros(n, bool)
    err = conflicts = None
    for compiled in rules:
        o = rule_outcome(compiled, b, env, dtype)
        err = errors(err, o.err)
        is_def = ~o.none & ~o.any & (o.n == 1)
        if definite_val is not None:
            clash = definite & is_def & (definite_val != o.val)
            if clash.any():  # a conflict is found after every rule of the tier has been evaluated
                conflicts = errors(conflicts, ((clash, EvalError(
                    "WG-EVAL-002", f"conflict: two rules of equal priority apply with different results (rule at "
                                   f"{compiled[0].pos})", compiled[0].pos)),))
            definite_val = np.where(is_def & ~definite, o.val, definite_val)
        else:
            definite_val = np.where(is_def, o.val, np.zeros(n, dtype=dtype) if dtype is not object else o.val)
        definite = definite | is_def
        if out is None:
            out = o
        else:
            none = out.none & o.none
            out = _union(out, o)
            out.none = none
    out = out if out is not None else _nothing(n, dtype)
    out.err = errors(err, conflicts)
    return out


def decide_outcomes(d, out: Outcomes, b) -> tuple[np.ndarray, np.ndarray, tuple | None]:
    """Values, known mask and errors: NoValue (WG-EVAL-001) in the rows where no rule can give a value."""
    no_value = ~out.any & (out.n == 0)
    err = out.err
    if no_value.any():
        err = errors(err, ((no_value, EvalError("WG-EVAL-001", f"no rule gives '{d.name}' a value; see "
                                                               f"{d.citation}", d.pos)),))
    return out.val, ~out.none & ~out.any & (out.n == 1), err


def one_exception(c, e, v, col_type):
    """One unconditional base rule `v` with one exception (condition `c`, value `e`), as compile._one_exception:
    where the condition is onwaar the base value, where waar the exception's, where unknown a value only when both
    are known and equal."""
    sure_not = c.known & ~c.val
    val = np.where(sure_not, v.val, e.val)
    known = np.where(c.known, np.where(c.val, e.known, v.known), e.known & v.known & (e.val == v.val))
    err = None
    if c.err or e.err or v.err:  # the exception's value unless its condition is onwaar; the base's unless waar
        err = errors(c, live(e.err, ~sure_not), live(v.err, ~(c.known & c.val)))
    return col_type(val, known, err)
