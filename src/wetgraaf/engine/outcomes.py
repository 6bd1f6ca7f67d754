"""The outcome-set algebra of default logic, written once for both back ends.

Rules of one priority, and exceptions over what they except, are evaluated to the set of outcomes still possible:
`none` (possibly no rule applies), `any` (possibly a value we cannot name: the rule's value is unknown), and the
known values, of which only whether there are 0, 1 or 2+ distinct ones matters (`n`, with `val` the value when
there is one). The functions below combine such sets. They are written over "lanes": the single path
(engine/default_logic.py) runs them on one case with Python values (`SCALAR`), the batch path
(engine/batch_logic.py) on a whole column of cases with NumPy arrays (`COLUMN`) — the same algebra, so the two
cannot drift apart. What each back end adds is its own: the single path which inputs are missing and which rule
decided (for the explanation), the batch the per-row errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .lazy_numpy import np  # NumPy on first use: the single path runs the SCALAR lane only


@dataclass(slots=True)
class Outcomes:
    none: Any  # bool, or a bool array per row
    any: Any
    n: Any  # 0, 1 or 2 (two or more distinct known values); int8 per row in the batch
    val: Any
    err: Any = None  # the batch's per-row errors (engine/columns.py); unused by the single path


def _key(v):
    """Values are equal when their type and value are (1 and 1.0 as numbers, waar never 1)."""
    return (type(v).__name__, v) if not isinstance(v, (int, Fraction)) or isinstance(v, bool) else ("num", v)


class _Scalar:
    """One case: Python values."""

    @staticmethod
    def where(c, a, b):
        return a if c else b

    @staticmethod
    def not_(x):
        return not x

    @staticmethod
    def eq(a, b):
        return _key(a) == _key(b)

    @staticmethod
    def maximum(a, b):
        return a if a >= b else b

    @staticmethod
    def count(x):
        return 1 if x else 0

    @staticmethod
    def false_like(x):
        return False


class _Column:
    """Many cases: NumPy arrays, one element per row."""

    @staticmethod
    def where(c, a, b):
        return np.where(c, a, b)

    @staticmethod
    def not_(x):
        return ~x

    @staticmethod
    def eq(a, b):
        return a == b

    @staticmethod
    def maximum(a, b):
        return np.maximum(a, b)

    @staticmethod
    def count(x):
        return x.astype(np.int8)

    @staticmethod
    def false_like(x):
        return np.zeros_like(x)


SCALAR = _Scalar()
COLUMN = _Column()


def union(L, a: Outcomes, c: Outcomes) -> Outcomes:
    """Either set of outcomes is possible."""
    both = (a.n >= 1) & (c.n >= 1)
    equal = both & (a.n == 1) & (c.n == 1) & L.eq(a.val, c.val)
    n = L.where(both, L.where(equal, 1, 2), L.maximum(a.n, c.n))
    return Outcomes(a.none | c.none, a.any | c.any, n, L.where(a.n >= 1, a.val, c.val))


def union_where(L, exc: Outcomes, base: Outcomes, where) -> Outcomes:
    """Where `where` holds (the exceptions may not apply): the exceptions' other outcomes and the base's; elsewhere
    the exceptions' outcomes stand."""
    joined = union(L, Outcomes(L.false_like(exc.none), exc.any, exc.n, exc.val), base)
    return Outcomes(L.where(where, joined.none, exc.none), L.where(where, joined.any, exc.any),
                    L.where(where, joined.n, exc.n), L.where(where, joined.val, exc.val))


def rule(L, exc: Outcomes, c_val, c_known, v_known, v_val) -> Outcomes:
    """One rule `als c dan v` under its own exceptions `exc`: where an exception surely applies its outcomes stand;
    elsewhere the rule adds NONE where its condition is onwaar or unknown, and its value (or ANY) where the
    condition is waar or unknown."""
    applies = c_known & c_val
    maybe = L.not_(c_known)
    live = applies | maybe
    own = Outcomes((c_known & L.not_(c_val)) | maybe, live & L.not_(v_known), L.count(live & v_known), v_val)
    return union_where(L, exc, own, exc.none)


def definite(L, o: Outcomes):
    """The rule surely applies with one known value."""
    return L.not_(o.none) & L.not_(o.any) & (o.n == 1)


def equal_priority(L, acc: Outcomes, o: Outcomes) -> Outcomes:
    """Two rules of one priority: their outcomes together; no rule applies only where neither may apply."""
    out = union(L, acc, o)
    out.none = acc.none & o.none
    return out


def known_value(L, o: Outcomes):
    """Where the outcome is one known value (else onbekend, or NoValue where `no_value`)."""
    return L.not_(o.none) & L.not_(o.any) & (o.n == 1)


def no_value(L, o: Outcomes):
    """No rule can give a value: NoValue (WG-EVAL-001)."""
    return L.not_(o.any) & (o.n == 0)
