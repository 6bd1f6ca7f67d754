"""Vectorised evaluation: one decision over a whole population at once, column by column with NumPy.

Each expression compiles to a function from the batch to a `Col`: a value array plus a `known` mask (three-valued
logic kept in the mask). Default logic is evaluated over per-row sets of possible outcomes, exactly as the single
path does (engine/compile.py), so both paths give the same answer for every row (tested with hypothesis).

Representations: waarheid bool, geheel int64, getal float64 (documented: batch arithmetic on decimals is binary
floating point; rules compare against decimal literals exactly representable or not at all), bedrag int64 cents,
datum int64 days since 1970-01-01, soort int codes, tekst object. Constructs without a column form (lists,
quantifiers, durations other than literals added to dates) raise `Unsupported` at compile time; callers then fall
back to the single path row by row (`evaluate_rows`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable

import numpy as np

from ..parser import ir
from ..resolve.program import Definition, Program, Rule
from .values import Duration, EvalError, Money

EPOCH = _dt.date(1970, 1, 1)


class Unsupported(Exception):
    """This definition has no column form; evaluate it row by row."""


@dataclass
class Col:
    val: np.ndarray
    known: np.ndarray


@dataclass
class Outcomes:
    """Per row, the set of possible outcomes of a rule tier: NONE possible, ANY (an unknown value) possible, and
    0, 1 or 2+ distinct known values (the value itself when exactly one)."""

    none: np.ndarray
    any: np.ndarray
    n: np.ndarray  # int8: 0, 1 or 2 (two or more distinct values)
    val: np.ndarray


class Batch:
    __slots__ = ("n", "columns", "peildatum", "memo", "soorten")

    def __init__(self, n: int, columns: dict, peildatum: _dt.date, soorten: dict) -> None:
        self.n = n
        self.columns = columns
        self.peildatum = peildatum
        self.memo: dict = {}
        self.soorten = soorten


def date_to_days(d: _dt.date) -> int:
    return (d - EPOCH).days


def _dtype(t: ir.Type):
    if t.kind == "prim":
        return {"waarheid": np.bool_, "geheel": np.int64, "getal": np.float64, "bedrag": np.int64,
                "datum": np.int64, "tekst": object}.get(t.name, None)
    if t.kind == "soort":
        return np.int32
    return None


def encode_column(values: list, t: ir.Type, soorten: dict) -> Col:
    """Python values (None = unknown) -> a column of type t."""
    dtype = _dtype(t)
    if dtype is None:
        raise Unsupported(f"no column form for {t}")
    n = len(values)
    known = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    if t.kind == "soort":
        codes = {v: i for i, v in enumerate(soorten[t.name].values)}
        val = np.fromiter((codes[v] if v is not None else 0 for v in values), dtype=np.int32, count=n)
    elif t.name == "datum":
        val = np.fromiter((date_to_days(v) if v is not None else 0 for v in values), dtype=np.int64, count=n)
    elif t.name == "bedrag":
        val = np.fromiter((v.cents if v is not None else 0 for v in values), dtype=np.int64, count=n)
    elif dtype is object:
        val = np.array([v if v is not None else "" for v in values], dtype=object)
    else:
        val = np.array([v if v is not None else 0 for v in values], dtype=dtype)
    return Col(val, known)


def decode_value(v, t: ir.Type, soorten: dict):
    if t.kind == "soort":
        return soorten[t.name].values[int(v)]
    if t.name == "datum":
        return EPOCH + _dt.timedelta(days=int(v))
    if t.name == "bedrag":
        return Money(int(v))
    if t.name == "waarheid":
        return bool(v)
    if t.name == "geheel":
        return int(v)
    if t.name == "getal":
        return Fraction(float(v)).limit_denominator(10 ** 9)
    return v


class BatchCompiled:
    """The column form of a program's definitions (compiled lazily, one definition at a time)."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.functions: dict[str, Callable[[Batch, tuple], Col]] = {}
        self.soort_codes = {name: {v: i for i, v in enumerate(s.values)} for name, s in program.soorten.items()}

    def function(self, qname: str):
        if qname not in self.functions:
            self.functions[qname] = self._compile_definition(self.program.definitions[qname])
        return self.functions[qname]

    # -- definitions ------------------------------------------------------------------------------------------
    def _compile_definition(self, d: Definition):
        qname = d.qname
        dtype = _dtype(d.type)
        if dtype is None:
            raise Unsupported(f"{qname} has type {d.type}")
        if d.is_input:
            def column(b: Batch, args: tuple) -> Col:
                col = b.columns.get((qname, args))
                if col is None:
                    return Col(np.zeros(b.n, dtype=dtype), np.zeros(b.n, dtype=bool))
                return col
            return column
        params = tuple(p.name for p in d.params)
        base = [self._compile_rule(r, params) for r in d.rules]
        exceptions = [self._compile_rule(r, params) for r in d.exceptions]
        is_parameter = d.kind == "parameter"

        def evaluate(b: Batch, args: tuple) -> Col:
            key = (qname, args)
            if key in b.memo:
                return b.memo[key]
            if is_parameter and key in b.columns:
                return b.columns[key]
            env = dict(zip(params, args))
            out = _tier(exceptions, b, env, dtype) if exceptions else None
            if out is None:
                out = _tier(base, b, env, dtype)
            else:
                base_out = _tier(base, b, env, dtype)
                # Where the exceptions may not apply, the base rules' outcomes join in.
                out = _union_where(out, base_out, out.none)
            col = _decide(d, out, b.n)
            b.memo[key] = col
            return col

        return evaluate

    def _compile_rule(self, rule: Rule, params: tuple):
        cond = self.expr(rule.cond) if rule.cond is not None else None
        value = self.expr(rule.value)
        exceptions = [self._compile_rule(r, params) for r in rule.exceptions]
        return (rule, cond, value, exceptions)

    # -- expressions -------------------------------------------------------------------------------------------
    def expr(self, e: ir.Expr):
        method = getattr(self, "_" + type(e).__name__, None)
        if method is None:
            raise Unsupported(type(e).__name__)
        return method(e)

    def _Literal(self, e: ir.Literal):
        t = e.type
        v = e.value
        if t.kind == "soort":
            code = self.soort_codes[t.name][v]
            return lambda b, env: Col(np.full(b.n, code, dtype=np.int32), np.ones(b.n, dtype=bool))
        if isinstance(v, bool):
            raw, dtype = v, np.bool_
        elif isinstance(v, _dt.date):
            raw, dtype = date_to_days(v), np.int64
        elif isinstance(v, Money):
            raw, dtype = v.cents, np.int64
        elif isinstance(v, int):
            raw, dtype = v, np.int64
        elif isinstance(v, Fraction):
            raw, dtype = float(v), np.float64
        elif isinstance(v, Duration):
            return _DurationLiteral(v)
        else:
            raw, dtype = v, object
        return lambda b, env: Col(np.full(b.n, raw, dtype=dtype), np.ones(b.n, dtype=bool))

    def _Ref(self, e: ir.Ref):
        raise Unsupported("entity variables (quantifiers) have no column form")

    def _DefRef(self, e: ir.DefRef):
        qname = e.qname
        for a in e.args:
            if not isinstance(a, ir.Ref):
                raise Unsupported("computed arguments")
        arg_names = tuple(a.name for a in e.args)
        fn = self.function(qname)
        return lambda b, env: fn(b, tuple(env[a] for a in arg_names))

    def _Builtin(self, e: ir.Builtin):
        if e.name == "peildatum":
            return lambda b, env: Col(np.full(b.n, date_to_days(b.peildatum), dtype=np.int64),
                                      np.ones(b.n, dtype=bool))
        args = [self.expr(a) for a in e.args]
        if e.name == "leeftijd":
            (arg,) = args

            def age(b, env):
                col = arg(b, env)
                return Col(_age_days(col.val, b.peildatum), col.known)
            return age
        if e.name in ("min", "max"):
            reduce = np.minimum if e.name == "min" else np.maximum

            def extreme(b, env):
                cols = [a(b, env) for a in args]
                val = cols[0].val
                known = cols[0].known
                for c in cols[1:]:
                    val = reduce(val, c.val)
                    known = known & c.known
                return Col(val, known)
            return extreme
        if e.name == "dagen_tussen":
            a, c = args
            return lambda b, env: _binary(a(b, env), c(b, env), lambda x, y: y - x)
        raise Unsupported(f"builtin {e.name}")

    def _Unary(self, e: ir.Unary):
        f = self.expr(e.operand)
        if e.op == "niet":
            return lambda b, env: (lambda c: Col(~c.val, c.known))(f(b, env))
        return lambda b, env: (lambda c: Col(-c.val, c.known))(f(b, env))

    def _Binary(self, e: ir.Binary):
        left, right = self.expr(e.left), self.expr(e.right)
        if e.op == "en":
            def and_(b, env):
                x, y = left(b, env), right(b, env)
                false_x = x.known & ~x.val
                false_y = y.known & ~y.val
                known = (x.known & y.known) | false_x | false_y
                return Col(x.val & y.val & known, known)
            return and_

        def or_(b, env):
            x, y = left(b, env), right(b, env)
            true_x = x.known & x.val
            true_y = y.known & y.val
            known = (x.known & y.known) | true_x | true_y
            return Col((true_x | true_y), known)
        return or_

    def _Op(self, e: ir.Op):
        left, right = self.expr(e.left), self.expr(e.right)
        op, kind = e.op, e.kind
        if isinstance(left, _DurationLiteral) or isinstance(right, _DurationLiteral):
            if kind != "date_dur" or not isinstance(right, _DurationLiteral):
                raise Unsupported("durations other than 'date + literal'")
            dur = right.value if op == "+" else -right.value
            pos = e.pos

            def add(b, env):
                c = left(b, env)
                return Col(_add_duration_days(c.val, c.known, dur, pos), c.known)
            return add
        if kind in ("eq", "cmp"):
            fn = {"=": np.equal, "!=": np.not_equal, "<": np.less, "<=": np.less_equal, ">": np.greater,
                  ">=": np.greater_equal}[op]
            return lambda b, env: _binary(left(b, env), right(b, env), fn)
        if kind == "num":
            fn = {"+": np.add, "-": np.subtract, "*": np.multiply}[op]
            return lambda b, env: _binary(left(b, env), right(b, env), fn)
        if kind == "same" and e.left is not None:
            fn = np.add if op == "+" else np.subtract
            return lambda b, env: _binary(left(b, env), right(b, env), fn)
        raise Unsupported(f"operation {op} ({kind})")

    def _InSet(self, e: ir.InSet):
        value = self.expr(e.value)
        if not all(isinstance(o, ir.Literal) for o in e.options):
            raise Unsupported("non-literal set options")
        options = []
        for o in e.options:
            if o.type.kind == "soort":
                options.append(self.soort_codes[o.type.name][o.value])
            elif isinstance(o.value, Money):
                options.append(o.value.cents)
            elif isinstance(o.value, _dt.date):
                options.append(date_to_days(o.value))
            else:
                options.append(o.value)
        opts = np.array(options)
        negated = e.negated

        def member(b, env):
            c = value(b, env)
            hit = np.isin(c.val, opts)
            return Col(hit != negated, c.known)
        return member

    def _IfThen(self, e: ir.IfThen):
        cond, then, other = self.expr(e.cond), self.expr(e.then), self.expr(e.otherwise)

        def if_(b, env):
            c, x, y = cond(b, env), then(b, env), other(b, env)
            val = np.where(c.val, x.val, y.val)
            same = x.known & y.known & (x.val == y.val)
            known = (c.known & np.where(c.val, x.known, y.known)) | (~c.known & same)
            return Col(val, known)
        return if_

    def _Known(self, e: ir.Known):
        f = self.expr(e.operand)
        return lambda b, env: (lambda c: Col(c.known.copy(), np.ones(b.n, dtype=bool)))(f(b, env))


class _DurationLiteral:
    """A duration literal: only usable as the right operand of date + duration in batch mode."""

    def __init__(self, value: Duration) -> None:
        self.value = value

    def __call__(self, b, env):  # pragma: no cover - never evaluated on its own
        raise Unsupported("a duration on its own")


def _binary(x: Col, y: Col, fn) -> Col:
    return Col(fn(x.val, y.val), x.known & y.known)


def _age_days(days: np.ndarray, peildatum: _dt.date) -> np.ndarray:
    dates = days.astype("datetime64[D]")
    years = dates.astype("datetime64[Y]").astype(np.int64) + 1970
    months = dates.astype("datetime64[M]").astype(np.int64) % 12 + 1
    mday = (dates - dates.astype("datetime64[M]")).astype(np.int64) + 1
    before = (months > peildatum.month) | ((months == peildatum.month) & (mday > peildatum.day))
    return peildatum.year - years - before.astype(np.int64)


def _add_duration_days(days: np.ndarray, known: np.ndarray, dur: Duration, pos) -> np.ndarray:
    dates = days.astype("datetime64[D]")
    if dur.years or dur.months:
        month_start = dates.astype("datetime64[M]")
        mday = (dates - month_start).astype(np.int64)
        target = month_start + np.timedelta64(dur.years * 12 + dur.months, "M")
        length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(
            np.int64)
        bad = known & (mday >= length)
        if bad.any():
            raise EvalError("WG-EVAL-011", f"a date + {dur} does not exist in the target month (e.g. 31 January + 1 "
                                           "month); say how to round", pos)
        dates = target.astype("datetime64[D]") + mday
    return (dates + np.timedelta64(dur.days, "D")).astype(np.int64)


# ---------------------------------------------------------------------------------------------------------------
# Default logic over per-row outcome sets (the column form of engine/compile.py _tier/_rule_outcome/_decide)


def _empty(n: int, dtype) -> Outcomes:
    return Outcomes(np.zeros(n, bool), np.zeros(n, bool), np.zeros(n, np.int8), np.zeros(n, dtype=dtype))


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


def _rule_outcome(compiled, b: Batch, env, dtype) -> Outcomes:
    rule, cond, value, exceptions = compiled
    n = b.n
    if exceptions:
        exc = _tier(exceptions, b, env, dtype)
    else:
        exc = Outcomes(np.ones(n, bool), np.zeros(n, bool), np.zeros(n, np.int8), np.zeros(n, dtype=dtype))
    if cond is None:
        c_val, c_known = np.ones(n, bool), np.ones(n, bool)
    else:
        c = cond(b, env)
        c_val, c_known = c.val, c.known
    v = value(b, env)
    applies = c_known & c_val
    maybe = ~c_known
    own = Outcomes(
        none=(c_known & ~c_val) | maybe,
        any=(applies | maybe) & ~v.known,
        n=((applies | maybe) & v.known).astype(np.int8),
        val=v.val.astype(dtype, copy=False) if dtype is not object else v.val,
    )
    # Where an exception certainly applies, its outcomes stand; elsewhere the rule's own join the rest.
    return _union_where(exc, own, exc.none)


def _tier(rules, b: Batch, env, dtype) -> Outcomes:
    n = b.n
    out = None
    definite_val = None
    definite = np.zeros(n, bool)
    for compiled in rules:
        o = _rule_outcome(compiled, b, env, dtype)
        is_def = ~o.none & ~o.any & (o.n == 1)
        if definite_val is not None:
            clash = definite & is_def & (definite_val != o.val)
            if clash.any():
                i = int(np.argmax(clash))
                raise EvalError("WG-EVAL-002", f"conflict: two rules of equal priority apply with different "
                                               f"results (row {i}; rule at {compiled[0].pos})", compiled[0].pos)
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
    return out if out is not None else Outcomes(np.ones(n, bool), np.zeros(n, bool), np.zeros(n, np.int8),
                                               np.zeros(n, dtype=dtype))


def _decide(d: Definition, out: Outcomes, n: int) -> Col:
    no_value = ~out.any & (out.n == 0)
    if no_value.any():
        i = int(np.argmax(no_value))
        raise EvalError("WG-EVAL-001", f"no rule gives '{d.name}' a value (row {i}); see {d.citation}", d.pos)
    known = ~out.none & ~out.any & (out.n == 1)
    return Col(out.val, known)


# ---------------------------------------------------------------------------------------------------------------


class BatchEngine:
    """Evaluate one decision for N rows. `columns` maps (fact qname, args) to lists of Python values (None =
    unknown) or ready Cols."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.compiled = BatchCompiled(program)

    def columns(self, rows: dict[tuple, list]) -> dict[tuple, Col]:
        out = {}
        for key, values in rows.items():
            d = self.program.definitions[key[0]]
            out[key] = values if isinstance(values, Col) else encode_column(values, d.type, self.program.soorten)
        return out

    def decide(self, qname: str, args: tuple, columns: dict[tuple, Col], peildatum: _dt.date, n: int) -> Col:
        fn = self.compiled.function(qname)
        return fn(Batch(n, columns, peildatum, self.program.soorten), args)

    def decode(self, qname: str, col: Col) -> list[Any]:
        """Back to Python values; None where unknown."""
        t = self.program.definitions[qname].type
        return [decode_value(v, t, self.program.soorten) if k else None for v, k in zip(col.val, col.known)]
