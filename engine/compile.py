"""Compile a checked Program into Python closures, once; evaluate them many times.

Every expression becomes a function `f(ctx, env) -> value`; every definition a function `f(ctx, args) -> value`
memoised per evaluation. The syntax tree is never walked during evaluation.

Three-valued logic: a missing fact evaluates to an `Unknown` that carries exactly the missing inputs. `en`/`of`
short-circuit where the law allows (onwaar en onbekend = onwaar). Default logic: a definition's base rules and its
exceptions are evaluated as sets of possible outcomes, so that an exception whose condition is unknown does not
make the answer unknown when every possible outcome is the same.
"""

from __future__ import annotations

import datetime as _dt
import operator
from fractions import Fraction
from typing import Any, Callable

from ..parser import ir
from ..resolve.program import Definition, Program, Rule
from .values import Duration, EvalError, Money, Unknown, add_duration, age_on, merge_unknowns, round_half_away

Fn = Callable[[Any, Any], Any]

NONE = object()  # no rule applies
ANY = object()  # some value we cannot name yet (the rule's value itself is unknown)


class TraceNode:
    __slots__ = ("kind", "qname", "args", "value", "citation", "rule", "children", "pos")

    def __init__(self, kind: str, qname: str, args: tuple, citation: ir.Citation | None, pos: ir.Pos | None) -> None:
        self.kind = kind  # 'begrip' | 'feit' | 'oordeel' | 'parameter'
        self.qname = qname
        self.args = args
        self.value: Any = None
        self.citation = citation
        self.rule: Rule | None = None
        self.children: list[TraceNode] = []
        self.pos = pos


class Context:
    """The state of one evaluation: the facts, the peildatum, the memo table and (optionally) the trace."""

    __slots__ = ("facts", "peildatum", "memo", "trace", "stack", "entities")

    def __init__(self, facts: dict, peildatum: _dt.date, trace: bool = False, entities: dict | None = None) -> None:
        self.facts = facts
        self.peildatum = peildatum
        self.memo: dict = {}
        self.trace = [] if trace else None
        self.stack: list[TraceNode] = []
        self.entities = entities or {}


class Compiled:
    """The compiled form of a program: one function per definition."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.functions: dict[str, Callable[[Context, tuple], Any]] = {}
        for qname, d in program.definitions.items():
            self.functions[qname] = self._compile_definition(d)

    # -- definitions ----------------------------------------------------------------------------------------
    def _compile_definition(self, d: Definition):
        qname = d.qname
        if d.is_input:
            return _input_function(d)
        base = [self._compile_rule(r) for r in d.rules]
        if d.kind == "parameter":
            # A delegated value (AMvB, verordening, a reading of the law): the scenario may set it.
            default = self._compile_definition_rules(d, base)
            qn = d.qname

            def parameter(ctx: Context, args: tuple):
                value = ctx.facts.get((qn, args), _MISSING)
                if value is _MISSING:
                    return default(ctx, args)
                if ctx.trace is not None:  # a value set by the scenario is shown, with the law that delegates it
                    node = TraceNode("parameter", qn, args, d.citation, d.pos)
                    node.value = value
                    (ctx.stack[-1].children if ctx.stack else ctx.trace).append(node)
                return value

            return parameter
        return self._compile_definition_rules(d, base)

    def _compile_definition_rules(self, d: Definition, base):
        qname = d.qname
        exceptions = [self._compile_rule(r) for r in d.exceptions]
        params = tuple(p.name for p in d.params)

        def evaluate(ctx: Context, args: tuple):
            key = (qname, args)
            memo = ctx.memo
            if key in memo:
                if ctx.trace is not None and ctx.stack:
                    ref = TraceNode("zie", qname, args, d.citation, d.pos)
                    ref.value = memo[key]
                    ctx.stack[-1].children.append(ref)
                return memo[key]
            node = None
            if ctx.trace is not None:
                node = TraceNode(d.kind, qname, args, d.citation, d.pos)
                (ctx.stack[-1].children if ctx.stack else ctx.trace).append(node)
                ctx.stack.append(node)
            try:
                env = dict(zip(params, args))
                outcome, unknown, rule = _tier(exceptions, ctx, env) if exceptions else ((NONE,), None, None)
                if outcome == (NONE,):
                    outcome, unknown, rule = _tier(base, ctx, env)
                elif NONE in outcome:
                    # An exception may apply (its condition is unknown); the base rules decide the other case, and
                    # when both cases give one value it is the base rule that is recorded as deciding.
                    b_outcome, b_unknown, rule = _tier(base, ctx, env)
                    outcome = tuple(_unique([v for v in outcome if v is not NONE] + list(b_outcome)))
                    unknown = _merge(unknown, b_unknown)
                value = _decide(d, outcome, unknown, args)
                if node is not None:
                    node.value = value
                    node.rule = rule
            finally:
                if node is not None:
                    ctx.stack.pop()
            memo[key] = value
            return value

        return evaluate

    def _compile_rule(self, rule: Rule):
        cond = self.expr(rule.cond) if rule.cond is not None else None
        value = self.expr(rule.value)
        exceptions = [self._compile_rule(r) for r in rule.exceptions]
        return (rule, cond, value, exceptions)

    # -- expressions ----------------------------------------------------------------------------------------
    def expr(self, e: ir.Expr) -> Fn:
        return getattr(self, "_" + type(e).__name__)(e)

    def _Literal(self, e: ir.Literal) -> Fn:
        v = e.value
        return lambda ctx, env: v

    def _Ref(self, e: ir.Ref) -> Fn:
        name = e.name
        return lambda ctx, env: env[name]

    def _DefRef(self, e: ir.DefRef) -> Fn:
        functions = self.functions
        qname = e.qname
        args = [self.expr(a) for a in e.args]
        if not args:
            return lambda ctx, env: functions[qname](ctx, ())

        def call(ctx, env):
            values = tuple(a(ctx, env) for a in args)
            unknown = [v for v in values if type(v) is Unknown]
            if unknown:
                # Every unknown argument is needed, so each one's missing inputs are listed.
                return unknown[0] if len(unknown) == 1 else merge_unknowns(unknown)
            return functions[qname](ctx, values)

        return call

    def _Builtin(self, e: ir.Builtin) -> Fn:
        if e.name == "peildatum":
            return lambda ctx, env: ctx.peildatum
        args = [self.expr(a) for a in e.args]
        impl = _BUILTINS[e.name]

        def call(ctx, env):
            values = [a(ctx, env) for a in args]
            unknown = [v for v in values if type(v) is Unknown]
            if unknown:
                return merge_unknowns(unknown)
            try:
                return impl(ctx, *values)
            except EvalError as exc:
                exc.pos = exc.pos or e.pos
                raise

        return call

    def _Unary(self, e: ir.Unary) -> Fn:
        f = self.expr(e.operand)
        if e.op == "niet":
            def not_(ctx, env):
                v = f(ctx, env)
                return v if type(v) is Unknown else not v
            return not_

        def neg(ctx, env):
            v = f(ctx, env)
            if type(v) is Unknown:
                return v
            return Money(-v.cents) if isinstance(v, Money) else -v
        return neg

    def _Binary(self, e: ir.Binary) -> Fn:
        left, right = self.expr(e.left), self.expr(e.right)
        if e.op == "en":
            def and_(ctx, env):
                a = left(ctx, env)
                if a is False:
                    return False
                b = right(ctx, env)
                if b is False:
                    return False
                if a is True and b is True:
                    return True
                return merge_unknowns((a, b))
            return and_

        def or_(ctx, env):
            a = left(ctx, env)
            if a is True:
                return True
            b = right(ctx, env)
            if b is True:
                return True
            if a is False and b is False:
                return False
            return merge_unknowns((a, b))
        return or_

    def _Op(self, e: ir.Op) -> Fn:
        left, right = self.expr(e.left), self.expr(e.right)
        impl = _operation(e)
        pos = e.pos

        def op(ctx, env):
            a = left(ctx, env)
            b = right(ctx, env)
            if type(a) is Unknown or type(b) is Unknown:
                return merge_unknowns((a, b))
            try:
                return impl(a, b)
            except EvalError as exc:
                exc.pos = exc.pos or pos
                raise
        return op

    def _InSet(self, e: ir.InSet) -> Fn:
        value = self.expr(e.value)
        literal = all(isinstance(o, ir.Literal) for o in e.options)
        negated = e.negated
        if literal:
            options = frozenset(o.value for o in e.options)

            def member(ctx, env):
                v = value(ctx, env)
                if type(v) is Unknown:
                    return v
                return (v in options) != negated
            return member
        opts = [self.expr(o) for o in e.options]

        def member_dyn(ctx, env):
            v = value(ctx, env)
            values = [o(ctx, env) for o in opts]
            if type(v) is Unknown:
                return v
            if v in [x for x in values if type(x) is not Unknown]:
                return not negated
            unknown = [x for x in values if type(x) is Unknown]
            return merge_unknowns(unknown) if unknown else negated
        return member_dyn

    def _IfThen(self, e: ir.IfThen) -> Fn:
        cond, then, other = self.expr(e.cond), self.expr(e.then), self.expr(e.otherwise)

        def if_(ctx, env):
            c = cond(ctx, env)
            if c is True:
                return then(ctx, env)
            if c is False:
                return other(ctx, env)
            a, b = then(ctx, env), other(ctx, env)
            if type(a) is not Unknown and type(b) is not Unknown and a == b:
                return a  # both branches agree: the unknown condition does not matter
            return merge_unknowns((c, a, b))
        return if_

    def _Quantifier(self, e: ir.Quantifier) -> Fn:
        coll, body = self.expr(e.collection), self.expr(e.body)
        var, kind = e.var, e.kind

        def quant(ctx, env):
            items = coll(ctx, env)
            if type(items) is Unknown:
                return items
            results = []
            for item in items:
                inner = dict(env)
                inner[var] = item
                results.append(body(ctx, inner))
            unknown = [r for r in results if type(r) is Unknown]
            if kind == "bestaat":
                if True in results:
                    return True
                return merge_unknowns(unknown) if unknown else False
            if kind == "alle":
                if False in [r for r in results if type(r) is not Unknown]:
                    return False
                return merge_unknowns(unknown) if unknown else True
            return merge_unknowns(unknown) if unknown else sum(1 for r in results if r is True)
        return quant

    def _Known(self, e: ir.Known) -> Fn:
        f = self.expr(e.operand)
        return lambda ctx, env: type(f(ctx, env)) is not Unknown


# ---------------------------------------------------------------------------------------------------------------
# Default logic over sets of possible outcomes


def _merge(a: Unknown | None, b: Unknown | None) -> Unknown | None:
    if a is None:
        return b
    if b is None:
        return a
    return a.merge(b)


def _rule_outcome(compiled_rule, ctx: Context, env) -> tuple[tuple, Unknown | None, Rule | None]:
    rule, cond, value, exceptions = compiled_rule
    unknown = None
    if exceptions:
        outcome, unknown, winner = _tier(exceptions, ctx, env)
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
        unknown = _merge(unknown, v)
        v = ANY
    if c is True:
        return exc_values + (v,), unknown, rule
    return exc_values + (v, NONE), _merge(unknown, c), rule


def _tier(rules, ctx: Context, env) -> tuple[tuple, Unknown | None, Rule | None]:
    """Evaluate rules of equal priority. Returns (possible outcomes, unknown inputs, the rule that applied)."""
    definite: list[tuple[Any, Rule]] = []
    possible: list[Any] = []
    unknown = None
    all_may_be_none = True
    for compiled in rules:
        outcome, unk, rule = _rule_outcome(compiled, ctx, env)
        unknown = _merge(unknown, unk)
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
    outcome = tuple(_unique(possible)) + ((NONE,) if all_may_be_none else ())
    winner = definite[0][1] if definite else None
    return outcome or (NONE,), unknown, winner


def _key(v):
    return (type(v).__name__, v) if not isinstance(v, (int, Fraction)) or isinstance(v, bool) else ("num", v)


def _unique(values):
    seen = []
    for v in values:
        if v is ANY:
            if not any(s is ANY for s in seen):
                seen.append(v)
        elif not any(s is not ANY and _key(s) == _key(v) for s in seen):
            seen.append(v)
    return seen


def _decide(d: Definition, outcome: tuple, unknown: Unknown | None, args: tuple):
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


# ---------------------------------------------------------------------------------------------------------------
# Inputs


def _input_function(d: Definition):
    qname = d.qname
    is_oordeel = d.kind == "oordeel"

    def lookup(ctx: Context, args: tuple):
        key = (qname, args)
        value = ctx.facts.get(key, _MISSING)
        if value is _MISSING:
            value = Unknown(oordelen=frozenset((key,))) if is_oordeel else Unknown(facts=frozenset((key,)))
        if ctx.trace is not None:
            node = TraceNode(d.kind, qname, args, d.citation, d.pos)
            node.value = value
            (ctx.stack[-1].children if ctx.stack else ctx.trace).append(node)
        return value

    return lookup


_MISSING = object()


# ---------------------------------------------------------------------------------------------------------------
# Operations and builtins


def _operation(e: ir.Op):
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


def _age(ctx, birth):
    return age_on(birth, ctx.peildatum)


_BUILTINS: dict[str, Callable] = {
    "leeftijd": _age,
    "leeftijd_op": lambda ctx, birth, on: age_on(birth, on),
    "optellen_omlaag": lambda ctx, d, dur: add_duration(d, dur, "omlaag"),
    "optellen_omhoog": lambda ctx, d, dur: add_duration(d, dur, "omhoog"),
    "dagen_tussen": lambda ctx, a, b: (b - a).days,
    "afronden": lambda ctx, x: round_half_away(Fraction(x)),
    "naar_bedrag": lambda ctx, x: Money.from_number(x),
    "min": lambda ctx, *xs: _extreme(xs, -1),
    "max": lambda ctx, *xs: _extreme(xs, 1),
}
