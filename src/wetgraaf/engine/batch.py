"""Vectorised evaluation: one decision over a whole population at once, column by column with NumPy.

Each expression compiles to a function from the batch to a `Col`: a value array, a `known` mask (three-valued logic
kept in the mask) and the rows' errors. It is the second back end of one semantics (docs/semantiek.md): operators
and builtins come from the table in engine/forms.py, the default logic from engine/outcomes.py, and an error counts
only in the rows where the single path (engine/compile.py) evaluates that operand — so both paths give the same
answer for every row, or the batch refuses.

Representations (engine/columns.py): waarheid bool, geheel int64, getal float64 (only decimals with an exact binary
form; a computation on decimals runs in engine/batch_exact.py as exact rationals, integer numerators over one
denominator per column, and becomes float64 again only where that is exact), bedrag int64 cents, datum int64 days since 1970-01-01, soort int32 codes,
entities int64 codes (a stable hash of the name, so every process gives a name the same code), tekst object,
`lijst van <soort>` a `ListCol` of counts per value (so `bestaat`, `voor alle` and `aantal` are column operations).
Constants are broadcast views, never filled arrays. The default logic on columns is engine/batch_logic.py.

A definition whose argument is computed per row (`gemeente_van(gebied_van(w))`) is evaluated once per distinct
argument value (engine/batch_calls.py). Large batches run in chunks that fit the processor's caches, spread over a
thread pool (NumPy releases the GIL). What has no faithful column form (lists of entities, durations other than a
literal added to a date, inexact decimals, whole numbers beyond 64 bits) raises `Unsupported`; callers then fall
back to the single path row by row.
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from typing import Any, Callable

import numpy as np

from ..parser import ir
from ..resolve.model import Definition, Program, Rule
from .batch_calls import computed_call
from .batch_exact import ratio, to_col
from .batch_logic import decide_outcomes, join_where_none, one_exception, tier
from .closures import literal_test
from .forms import BUILTINS as FORM_BUILTINS
from .forms import OPERATORS, Form
from .columns import (EPOCH, Col, ListCol, Unsupported, constant, date_to_days, decode_list, decode_value,
                      dtype_of, encode_column, entity_code, entity_name, errors, exact_float, first_error, live,
                      if_columns, with_errors)
from ..core.values import Duration, EvalError, Money
from ..taal import bericht

_NO_FORM = Form(scalar=None, refused=bericht("zin.kolom.reden.onopgelost"))
CHUNK = 1 << 16  # rows per chunk: the live columns of a decision stay close to the caches
_MISSING = object()
__all__ = ["BatchEngine", "Batch", "BatchCompiled", "Col", "ListCol", "Unsupported", "CHUNK", "EPOCH", "constant",
           "date_to_days", "decode_list", "decode_value", "encode_column", "entity_code"]


class Batch:
    """The rows being evaluated: a chunk (`select` a slice) or a subset (`select` an index array) of `source`, which
    is the dict of full columns or a parent Batch. Columns are sliced on first use."""

    __slots__ = ("n", "source", "select", "peildatum", "memo", "soorten", "_cols", "rows")

    def __init__(self, n: int, source, peildatum: _dt.date, soorten: dict, select=None, rows=0) -> None:
        self.n = n
        self.source = source
        self.select = select
        self.peildatum = peildatum
        self.memo: dict = {}
        self.soorten = soorten
        self._cols: dict = {}
        self.rows = rows  # row numbers in the whole population (for messages): an offset, or an index array

    @property
    def columns(self) -> dict:
        return self.source if isinstance(self.source, dict) and self.select is None else {}

    def column(self, key):
        col = self._cols.get(key, _MISSING)
        if col is _MISSING:
            src = self.source.column(key) if isinstance(self.source, Batch) else self.source.get(key)
            col = None if src is None else _take(src, self.select)
            self._cols[key] = col
        return col

    def row(self, i: int) -> int:
        return i + self.rows if isinstance(self.rows, int) else int(self.rows[i])

    def subset(self, idx: np.ndarray) -> Batch:
        return Batch(len(idx), self, self.peildatum, self.soorten, idx, self.rows + idx if isinstance(
            self.rows, int) else self.rows[idx])


def _take(col, sel):
    if sel is None:
        return col
    if isinstance(col, ListCol):
        return ListCol(col.counts[:, sel], col.known[sel], _take_err(col.err, sel))
    return Col(col.val[sel], col.known[sel], _take_err(col.err, sel))


def _take_err(err, sel):
    return None if not err else tuple((m[sel], e) for m, e in err)


class BatchCompiled:
    """The column form of a program's definitions (compiled lazily, one definition at a time)."""

    # the one operator table (engine/forms.py), also read by the exact decimal forms of batch_exact.py, which the
    # table itself uses: handing it over here keeps the two modules free of an import cycle
    operators = OPERATORS
    builtins = FORM_BUILTINS

    def __init__(self, program: Program) -> None:
        self.program = program
        self.functions: dict[str, Callable[[Batch, tuple], Col]] = {}
        self.soort_codes = {name: {v: i for i, v in enumerate(s.values)} for name, s in program.soorten.items()}

    def function(self, qname: str):
        if qname not in self.functions:
            try:
                self.functions[qname] = self._compile_definition(self.program.definitions[qname])
            except RecursionError:  # a chain of definitions hundreds deep: the single path reports it
                raise Unsupported(bericht("zin.kolom.te_diep", naam=qname)) from None
        return self.functions[qname]

    # -- definitions ------------------------------------------------------------------------------------------
    def _compile_definition(self, d: Definition):
        qname = d.qname
        if d.type.kind == "lijst":
            if not (d.is_input and d.type.item is not None and d.type.item.kind == "soort"):
                raise Unsupported(bericht("zin.kolom.type", naam=qname, type=str(d.type)))
            width = len(self.program.soorten[d.type.item.name].values)

            def list_column(b: Batch, args: tuple) -> ListCol:
                col = b.column((qname, args))
                if col is None:
                    return ListCol(np.zeros((width, b.n), np.uint8), np.zeros(b.n, bool))
                return col
            return list_column
        dtype = dtype_of(d.type)
        if dtype is None:
            raise Unsupported(bericht("zin.kolom.type", naam=qname, type=str(d.type)))
        if d.is_input:
            def column(b: Batch, args: tuple) -> Col:
                col = b.column((qname, args))
                return constant(b.n, 0 if dtype is not object else "", dtype, False) if col is None else col
            return column
        types = tuple(p.type for p in d.params)
        rules, excs = d.rules, d.exceptions
        simple = len(rules) == 1 and rules[0].cond is None and not rules[0].exceptions
        if simple and not excs:
            value = self.expr(rules[0].value, _scope(rules[0], types))

            def compute(b, env):
                v = value(b, env)
                return Col(_cast(v.val, dtype), v.known, v.err)
        elif simple and len(excs) == 1 and excs[0].cond is not None and not excs[0].exceptions:
            base = self.expr(rules[0].value, _scope(rules[0], types))
            cond = self.expr(excs[0].cond, _scope(excs[0], types))
            exc = self.expr(excs[0].value, _scope(excs[0], types))

            def compute(b, env):
                return one_exception(cond(b, env), _cast_col(exc(b, env), dtype), _cast_col(base(b, env), dtype), Col)
        else:
            base_rules = [self._compile_rule(r, types) for r in rules]
            exceptions = [self._compile_rule(r, types) for r in excs]

            def compute(b, env):
                out = tier(exceptions, b, env, dtype) if exceptions else None
                if out is None:
                    out = tier(base_rules, b, env, dtype)
                else:
                    out = join_where_none(out, tier(base_rules, b, env, dtype))
                val, known, err = decide_outcomes(d, out, b)
                return Col(val, known, err)
        is_parameter = d.kind == "parameter"

        def evaluate(b: Batch, args: tuple) -> Col:
            key = (qname, args)
            col = b.memo.get(key)
            if col is None:
                col = b.column(key) if is_parameter else None
                if col is None:
                    col = compute(b, args)
                b.memo[key] = col
            return col

        return evaluate

    def _compile_rule(self, rule: Rule, types: tuple):
        scope = _scope(rule, types)
        cond = self.expr(rule.cond, scope) if rule.cond is not None else None
        value = self.expr(rule.value, scope)
        exceptions = [self._compile_rule(r, types) for r in rule.exceptions]
        return (rule, cond, value, exceptions)

    # -- expressions -------------------------------------------------------------------------------------------
    def expr(self, e: ir.Expr, scope: tuple):
        """`scope`: (name, type) for each position of env (parameters, then quantifier variables)."""
        if isinstance(e, ir.Literal) and isinstance(e.value, Duration):
            raise Unsupported(bericht("zin.kolom.losse_duur"))  # columns hold no durations: only `date + literal`
        method = getattr(self, "_" + type(e).__name__, None)
        if method is None:
            raise Unsupported(bericht("zin.kolom.uitdrukking", soort=type(e).__name__))
        return method(e, scope)

    def raw_literal(self, e: ir.Literal):
        """(raw value, dtype) of a literal in column representation."""
        t, v = e.type, e.value
        if t.kind == "soort":
            return self.soort_codes[t.name][v], np.int32
        if isinstance(v, bool):
            return v, np.bool_
        if isinstance(v, _dt.date):
            return date_to_days(v), np.int64
        if isinstance(v, Money):
            return v.cents, np.int64
        if isinstance(v, int):
            return v, np.int64
        if isinstance(v, Fraction):
            return exact_float(v), np.float64
        if isinstance(v, Duration):
            raise Unsupported(bericht("zin.kolom.losse_duur"))
        return v, object

    def _Literal(self, e: ir.Literal, scope):
        raw, dtype = self.raw_literal(e)
        return lambda b, env: constant(b.n, raw, dtype)

    def _Ref(self, e: ir.Ref, scope):
        i = _position(scope, e.name)
        t = scope[i][1]
        if t.kind == "entiteit":
            return lambda b, env: constant(b.n, entity_code(env[i]), np.int64)
        if t.kind == "soort":
            codes = self.soort_codes[t.name]
            return lambda b, env: constant(b.n, codes[env[i]], np.int32)
        raise Unsupported(bericht("zin.kolom.variabele", type=str(t)))

    def _DefRef(self, e: ir.DefRef, scope):
        fn = self.function(e.qname)
        static = []
        for a in e.args:
            if isinstance(a, ir.Ref):
                static.append(("ref", _position(scope, a.name)))
            elif isinstance(a, ir.Literal):
                static.append(("lit", a.value))
            else:
                static.append(("col", self._entity_arg(a, scope)))
        if all(k != "col" for k, _ in static):
            spec = tuple(static)
            return lambda b, env: fn(b, tuple(env[x] if k == "ref" else x for k, x in spec))
        t = self.program.definitions[e.qname].type
        if t.kind == "lijst":
            width = len(self.program.soorten[t.item.name].values)
            empty = lambda n: ListCol(np.zeros((width, n), np.uint8), np.zeros(n, bool))  # noqa: E731
        else:
            dtype = dtype_of(t)
            empty = lambda n: Col(np.zeros(n, dtype=dtype), np.zeros(n, bool))  # noqa: E731
        return computed_call(fn, tuple(static), empty)

    def _entity_arg(self, a: ir.Expr, scope):
        """An argument computed per row: (its column function, code -> the argument's value)."""
        if not isinstance(a, ir.DefRef):
            raise Unsupported(bericht("zin.kolom.berekend_argument"))
        t = self.program.definitions[a.qname].type
        if t.kind == "entiteit":
            return self.expr(a, scope), lambda code: entity_name(code, strict=True)
        if t.kind == "soort":
            values = self.program.soorten[t.name].values
            return self.expr(a, scope), lambda code: values[code]
        raise Unsupported(bericht("zin.kolom.berekend_argument_type", type=str(t)))

    def _Builtin(self, e: ir.Builtin, scope):
        exact = FORM_BUILTINS[e.name].exact
        if exact is not None and any(self._decimal(a, scope) for a in e.args):
            # decimals as exact rationals (engine/batch_exact.py), rounded or compared as the single path
            args, pos = [ratio(self, a, scope) for a in e.args], e.pos
            return lambda b, env: to_col(exact(b, [a(b, env) for a in args], pos))
        form = self._form(FORM_BUILTINS[e.name], e.args, scope, bericht("zin.kolom.functie", naam=e.name))
        column, pos = form.column, e.pos
        if e.name in ("optellen_omlaag", "optellen_omhoog"):
            d, dur = e.args
            if not (isinstance(dur, ir.Literal) and isinstance(dur.value, Duration)):
                raise Unsupported(bericht("zin.kolom.functie_duur", naam=e.name))
            date, dur = self.expr(d, scope), dur.value
            column(None, [Col(np.zeros(0, np.int64), np.zeros(0, bool)), dur], pos)  # Unsupported beyond a calendar
            return lambda b, env: column(b, [date(b, env), dur], pos)
        args = [self.expr(a, scope) for a in e.args]
        if len(args) == 1:
            (a0,) = args
            return lambda b, env: column(b, [a0(b, env)], pos)
        return lambda b, env: column(b, [a(b, env) for a in args], pos)

    def _form(self, form, operands, scope, what: str):  # what: a catalogue message
        """The table's entry when it has a column form that holds for these operands; else Unsupported."""
        if form.column is None:
            raise Unsupported(bericht("zin.kolom.geweigerd", wat=what, reden=form.refused))
        if form.exact_only and any(self._decimal(x, scope) for x in operands):
            raise Unsupported(bericht("zin.kolom.op_decimalen", wat=what))
        return form

    def _Unary(self, e: ir.Unary, scope):
        f = self.expr(e.operand, scope)
        if e.op == "niet":
            return lambda b, env: (lambda c: Col(~c.val, c.known, c.err))(f(b, env))
        return lambda b, env: (lambda c: Col(-c.val, c.known, c.err))(f(b, env))

    def _Binary(self, e: ir.Binary, scope):
        parts = [self.expr(x, scope) for x in _chain(e, e.op)]
        conj = e.op == "en"

        def logic(b, env):
            # en: known where some operand is known onwaar or all are known waar; of: the mirror image.
            decided = everything = err = None
            for f in parts:
                c = f(b, env)
                if c.err:  # a part is evaluated only where no part before it decided (as and_chain/or_chain)
                    err = errors(err, c.err if decided is None else live(c.err, ~decided))
                if conj:
                    sure = c.known & c.val
                    hit = c.known ^ sure  # known and onwaar
                else:
                    hit = c.known & c.val
                    sure = c.known ^ hit
                if decided is None:
                    decided, everything = hit, sure  # fresh arrays: the loop may update them in place
                else:
                    decided |= hit
                    everything &= sure
            known = decided | everything
            return Col(everything if conj else decided, known, err)
        return logic

    def _Op(self, e: ir.Op, scope):
        exact = OPERATORS[e.kind].exact if e.kind in OPERATORS else None
        if exact is not None and any(self._decimal(x, scope) for x in (e, e.left, e.right)):
            # decimals as exact rationals (engine/batch_exact.py); a decimal result becomes a float64 column
            # only where that is exact
            if e.kind in ("num", "div", "money_ratio"):
                whole = ratio(self, e, scope)
                return lambda b, env: to_col(whole(b, env))
            column, pos = exact(e.op), e.pos
            left, right = (ratio(self, x, scope) if self._decimal(x, scope) else self.expr(x, scope)
                           for x in (e.left, e.right))
            return lambda b, env: to_col(column(b, [left(b, env), right(b, env)], pos))
        form = self._form(OPERATORS[e.kind] if e.kind in OPERATORS else _NO_FORM, (e.left, e.right), scope,
                          bericht("zin.kolom.bewerking", op=e.op, soort=e.kind))
        column = form.column(e.op)
        left = self.expr(e.left, scope)
        if e.kind == "date_dur":
            if not (isinstance(e.right, ir.Literal) and isinstance(e.right.value, Duration)):
                raise Unsupported(bericht("zin.kolom.datum_duur"))
            dur, pos = e.right.value, e.pos
            column(None, [Col(np.zeros(0, np.int64), np.zeros(0, bool)), dur], pos)  # Unsupported beyond a calendar
            return lambda b, env: column(b, [left(b, env), dur], pos)
        if not isinstance(column, np.ufunc):
            right, pos = self.expr(e.right, scope), e.pos
            return lambda b, env: column(b, [left(b, env), right(b, env)], pos)
        fn = column
        if isinstance(e.right, ir.Literal):
            raw, dtype = self.raw_literal(e.right)
            scalar = np.array(raw, dtype=dtype)[()] if dtype is not object else raw
            return lambda b, env: (lambda c: Col(fn(c.val, scalar), c.known, c.err))(left(b, env))
        right = self.expr(e.right, scope)
        return lambda b, env: _binary(left(b, env), right(b, env), fn)

    def _InSet(self, e: ir.InSet, scope):
        value = self.expr(e.value, scope)
        if not all(isinstance(o, ir.Literal) for o in e.options):
            raise Unsupported(bericht("zin.kolom.opties"))
        negated = e.negated
        first = e.options[0] if e.options else None
        if first is not None and first.type.kind == "soort":
            # A lookup table over the soort's codes: one gather per row.
            codes = self.soort_codes[first.type.name]
            table = np.full(len(codes), negated, dtype=bool)
            for o in e.options:
                table[codes[o.value]] = not negated
            return lambda b, env: (lambda c: Col(table[c.val], c.known, c.err))(value(b, env))
        raws = [self.raw_literal(o)[0] for o in e.options]

        def member(b, env):
            c = value(b, env)
            hit = np.zeros(b.n, bool)
            for r in raws:
                hit = hit | (c.val == r)
            return Col(hit != negated, c.known, c.err)
        return member

    def _IfThen(self, e: ir.IfThen, scope):
        cond, then, other = self.expr(e.cond, scope), self.expr(e.then, scope), self.expr(e.otherwise, scope)

        return lambda b, env: if_columns(cond(b, env), then(b, env), other(b, env))

    def _Quantifier(self, e: ir.Quantifier, scope):
        if not isinstance(e.collection, ir.DefRef):
            raise Unsupported(bericht("zin.kolom.kwantor_lijst"))
        d = self.program.definitions[e.collection.qname]
        if d.type.kind != "lijst" or d.type.item is None or d.type.item.kind != "soort":
            raise Unsupported(bericht("zin.kolom.kwantor_type", type=str(d.type)))
        coll = self.expr(e.collection, scope)
        values = self.program.soorten[d.type.item.name].values
        kind = e.kind
        test = literal_test(e.body, e.var)
        if test is not None:
            # The body only compares the variable with literals: which values satisfy it is known beforehand.
            chosen = [j for j, v in enumerate(values) if test(v)]
            return lambda b, env: with_errors(_counted(items := coll(b, env), chosen, len(values), kind, b.n),
                                            items.err)
        body = self.expr(e.body, scope + ((e.var, d.type.item),))

        def quant(b, env):
            items = coll(b, env)
            counts = items.counts
            true = unknown = total = None
            err = items.err
            for j, v in enumerate(values):
                c = body(b, env + (v,))
                present = counts[j] > 0
                if c.err:  # the body is evaluated for the items in a known list only
                    err = errors(err, live(c.err, present & items.known))
                if kind == "aantal":
                    hit = np.where(c.known & c.val, counts[j], 0).astype(np.int64)
                    total = hit if total is None else total + hit
                    hit_or = None
                else:
                    hit_or = present & c.known & (c.val if kind == "bestaat" else ~c.val)
                    true = hit_or if true is None else true | hit_or
                gap = present & ~c.known
                unknown = gap if unknown is None else unknown | gap
            if unknown is None:  # a soort without values
                empty = np.zeros(b.n, bool)
                true, unknown, total = empty, empty, np.zeros(b.n, np.int64)
            if kind == "aantal":
                return Col(total, items.known & ~unknown, err)
            known = items.known & (true | ~unknown)
            return Col(true if kind == "bestaat" else ~true, known, err)
        return quant

    def _Known(self, e: ir.Known, scope):
        f = self.expr(e.operand, scope)
        return lambda b, env: (lambda c: Col(c.known, np.broadcast_to(np.True_, (b.n,)), c.err))(f(b, env))

    def _decimal(self, e: ir.Expr, scope) -> bool:
        """Whether an expression has type getal (its column would be float64)."""
        if isinstance(e, ir.Literal):
            return isinstance(e.value, Fraction)
        if isinstance(e, ir.DefRef):
            t = self.program.definitions[e.qname].type
            return t.kind == "prim" and t.name == "getal"
        if isinstance(e, ir.Ref):
            t = scope[_position(scope, e.name)][1]
            return t.kind == "prim" and t.name == "getal"
        if isinstance(e, ir.Op):
            return e.kind in ("div", "money_ratio") or (e.kind == "num" and (self._decimal(e.left, scope)
                                                                              or self._decimal(e.right, scope)))
        if isinstance(e, ir.Unary):
            return e.op == "-" and self._decimal(e.operand, scope)
        if isinstance(e, ir.IfThen):
            return self._decimal(e.then, scope) or self._decimal(e.otherwise, scope)
        if isinstance(e, ir.Builtin):
            return e.name in ("min", "max") and any(self._decimal(a, scope) for a in e.args)
        return False


def _counted(items: ListCol, chosen: list[int], width: int, kind: str, n: int) -> Col:
    """bestaat / voor alle / aantal over a list column when the body holds for exactly the values `chosen`."""
    counts = items.counts
    if kind == "aantal":
        total = np.zeros(n, np.int64)
        for j in chosen:
            total = total + counts[j]
        return Col(total, items.known)
    if kind == "bestaat":
        hit = np.zeros(n, bool)
        for j in chosen:
            hit = hit | (counts[j] > 0)
        return Col(hit, items.known)
    miss = np.zeros(n, bool)
    for j in range(width):
        if j not in chosen:
            miss = miss | (counts[j] > 0)
    return Col(~miss, items.known)


def _scope(rule: Rule, types: tuple) -> tuple:
    return tuple(zip(rule.params, types))


def _position(scope: tuple, name: str) -> int:
    for i in range(len(scope) - 1, -1, -1):
        if scope[i][0] == name:
            return i
    raise KeyError(name)


def _chain(e: ir.Expr, op: str) -> list[ir.Expr]:
    if isinstance(e, ir.Binary) and e.op == op:
        return _chain(e.left, op) + _chain(e.right, op)
    return [e]


def _cast(val: np.ndarray, dtype) -> np.ndarray:
    return val if dtype is object or val.dtype == dtype else val.astype(dtype)


def _cast_col(c: Col, dtype) -> Col:
    return Col(_cast(c.val, dtype), c.known, c.err)


def _binary(x: Col, y: Col, fn) -> Col:
    return Col(fn(x.val, y.val), x.known & y.known, errors(x, y) if x.err or y.err else None)


# ---------------------------------------------------------------------------------------------------------------

_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1), thread_name_prefix="wetgraaf-batch")
        return _POOL


def _raise_first(col, b: Batch) -> None:
    """An error in a row is the answer's error, as the single path raises it for that row."""
    found = first_error(col.err)
    if found is not None:
        i, exc = found
        raise EvalError(exc.code, bericht("zin.eval.rij", melding=exc.message, rij=b.row(i)), exc.pos)


class BatchEngine:
    """Evaluate one decision for N rows. `columns` maps (fact qname, args) to lists of Python values (None =
    unknown) or ready Cols / ListCols."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.compiled = BatchCompiled(program)

    def columns(self, rows: dict[tuple, list]) -> dict[tuple, Any]:
        out = {}
        for key, values in rows.items():
            d = self.program.definitions[key[0]]
            out[key] = values if isinstance(values, (Col, ListCol)) else encode_column(values, d.type,
                                                                                     self.program.soorten)
        return out

    def decide(self, qname: str, args: tuple, columns: dict, peildatum: _dt.date, n: int,
               chunk: int = CHUNK, threads: bool = True) -> Col:
        """The decision for every row, as full arrays. Raises Unsupported (at compile time) or EvalError."""
        fn = self.compiled.function(qname)
        try:
            return self._decide(fn, qname, args, columns, peildatum, n, chunk, threads)
        except RecursionError:  # a chain of definitions too deep to evaluate: the single path reports it
            raise Unsupported(bericht("zin.kolom.te_diep_rekenen", naam=qname)) from None

    def _decide(self, fn, qname: str, args: tuple, columns: dict, peildatum: _dt.date, n: int, chunk: int,
                threads: bool) -> Col:
        dtype = dtype_of(self.program.definitions[qname].type)
        soorten = self.program.soorten
        if n <= chunk:
            b = Batch(n, columns, peildatum, soorten)
            col = fn(b, args)
            _raise_first(col, b)
            return Col(np.array(np.broadcast_to(col.val, (n,)), dtype=dtype),
                       np.array(np.broadcast_to(col.known, (n,)), dtype=bool))
        val = np.empty(n, dtype=dtype)
        known = np.empty(n, dtype=bool)

        def run(lo: int) -> None:
            hi = min(n, lo + chunk)
            b = Batch(hi - lo, columns, peildatum, soorten, slice(lo, hi), lo)
            c = fn(b, args)
            _raise_first(c, b)
            val[lo:hi] = c.val
            known[lo:hi] = c.known

        starts = range(0, n, chunk)
        if threads and (os.cpu_count() or 1) > 1:
            for _ in _pool().map(run, starts):
                pass
        else:
            for lo in starts:
                run(lo)
        return Col(val, known)

    def decode(self, qname: str, col: Col) -> list[Any]:
        """Back to Python values; None where unknown."""
        t = self.program.definitions[qname].type
        return [decode_value(v, t, self.program.soorten) if k else None for v, k in zip(col.val, col.known)]
