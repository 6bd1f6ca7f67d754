"""Default logic over per-row outcome sets, used by engine/batch.py: the algebra of engine/outcomes.py (shared with
the single path, engine/default_logic.py) on NumPy columns, with the errors of each row counted only where the
single path evaluates the operand."""

from __future__ import annotations

import numpy as np

from . import outcomes
from .columns import errors, live
from .outcomes import COLUMN, Outcomes
from ..core.values import EvalError
from ..taal import bericht


def join_where_none(exc: Outcomes, base: Outcomes) -> Outcomes:
    """Exceptions joined with the base rules in the rows where the exceptions may not apply (the base rules are
    evaluated there only)."""
    out = outcomes.union_where(COLUMN, exc, base, exc.none)
    out.err = errors(exc.err, live(base.err, exc.none))
    return out


def _nothing(n: int, dtype) -> Outcomes:
    """No rule applies in any row."""
    return Outcomes(np.ones(n, bool), np.zeros(n, bool), np.zeros(n, np.int8), np.zeros(n, dtype=dtype))


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
    val = v.val.astype(dtype, copy=False) if dtype is not object else v.val
    out = outcomes.rule(COLUMN, exc, c_val, c_known, v.known, val)
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
        is_def = outcomes.definite(COLUMN, o)
        if definite_val is not None:
            clash = definite & is_def & ~COLUMN.eq(definite_val, o.val)
            if clash.any():  # a conflict is found after every rule of the tier has been evaluated
                conflicts = errors(conflicts, ((clash, EvalError(
                    "WG-EVAL-002", bericht("WG-EVAL-002.kolom", plaats=str(compiled[0].pos)), compiled[0].pos)),))
            definite_val = np.where(is_def & ~definite, o.val, definite_val)
        else:
            definite_val = np.where(is_def, o.val, np.zeros(n, dtype=dtype) if dtype is not object else o.val)
        definite = definite | is_def
        out = o if out is None else outcomes.equal_priority(COLUMN, out, o)
    out = out if out is not None else _nothing(n, dtype)
    out.err = errors(err, conflicts)
    return out


def decide_outcomes(d, out: Outcomes, b) -> tuple[np.ndarray, np.ndarray, tuple | None]:
    """Values, known mask and errors: NoValue (WG-EVAL-001) in the rows where no rule can give a value."""
    no_value = outcomes.no_value(COLUMN, out)
    err = out.err
    if no_value.any():
        err = errors(err, ((no_value, EvalError("WG-EVAL-001", bericht("WG-EVAL-001.kolom", naam=d.name,
                                                                       bron=d.citation.bericht()), d.pos)),))
    return out.val, outcomes.known_value(COLUMN, out), err


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
