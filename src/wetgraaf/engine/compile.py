"""Compile a checked Program into Python closures, once; evaluate them many times.

Every expression becomes a function `f(ctx, env) -> value`, where `env` is the tuple of the enclosing definition's
arguments followed by any quantifier variables (names are resolved to positions at compile time); every definition
a function `f(ctx, args) -> value` memoised per evaluation. The syntax tree is never walked during evaluation.

Three-valued logic: a missing fact evaluates to an `Unknown` that carries exactly the missing inputs. `en`/`of`
short-circuit where the law allows (onwaar en onbekend = onwaar). Default logic: a definition's base rules and its
exceptions are evaluated as sets of possible outcomes, so that an exception whose condition is unknown does not
make the answer unknown when every possible outcome is the same.

Speed (docs/prestaties.md): the common shapes get their own closures with the same semantics as the general
default logic (engine/default_logic.py) — a definition with one unconditional rule evaluates its expression
directly, one with a single exception on such a rule uses `default_logic.one_exception`; small definitions are
evaluated in place, without a memo entry, when no trace is kept; chains of `en`/`of` are flattened; arguments that
are parameters or literals are passed without checks (engine/closures.py); a quantifier whose body only compares
the variable with literals is a membership test. The general path (`default_logic.definition`) stays for everything else.
"""

from __future__ import annotations

from typing import Any, Callable

from ..parser import ir
from ..resolve.model import Definition, Program, Rule
from .closures import (and_chain, arg_builder, chain, defrefs, literal_test, one_computed_arg, or_chain,
                       pass_unknown, position, static_args)
from .default_logic import definition, one_exception
from .forms import BUILTINS, operation
from ..core.values import EvalError, Money, Unknown, merge_unknowns
from .context import Context, TraceNode, add_node

Fn = Callable[[Any, tuple], Any]
_MISSING = object()


class Compiled:
    """The compiled form of a program: one function per definition."""

    def __init__(self, program: Program, lazy: bool = False) -> None:
        self.program = program
        # lazy: compiled on first use, with everything it uses. A question touches a few dozen of the program's
        # hundreds of definitions, and compiling them all was most of the start-up of `wetgraaf vraag` (issue 17).
        # Otherwise all at once, here (the service compiles outside its time limit, limits.not_counted).
        self.functions: dict[str, Callable[[Context, tuple], Any]] = _Functions(self)
        self._holders: dict[str, list] = {}  # late binding: a use may be compiled before what it uses
        self._bodies: dict[str, list] = {}  # the bare expression of each definition in _inline
        self._inline = _Inline(self)
        self._pending: list[str] = []  # definitions referred to by what was just compiled, not compiled yet
        if not lazy:
            for qname in program.definitions:
                self._compile_uses(qname)

    def release(self) -> None:
        """Let go of the compiled functions (the compiled form is unusable after). The closures, their holders and
        the tables that hold them refer to each other, so without this only Python's cyclic garbage collector frees
        them, and with them the program they read: every object of it walked once more by a full collection (a
        site build drops 18 engines at once; docs/prestaties.md)."""
        table = self.functions
        if isinstance(table, _Functions):
            table.release()
        self._holders.clear()
        self._bodies.clear()
        self._pending.clear()
        self._inline.release()

    def _holder(self, qname: str) -> list:
        holder = self._holders.get(qname)
        if holder is None:
            holder = self._holders[qname] = [dict.get(self.functions, qname)]
            if holder[0] is None and qname in self.program.definitions:
                # bound by _compile_uses when `qname` is compiled; compiles it if called first
                holder[0] = lambda ctx, args: self.functions[qname](ctx, args)
                self._pending.append(qname)
        return holder

    def _body(self, qname: str) -> list:
        body = self._bodies.get(qname)
        if body is None:  # filled when `qname` is compiled (_compile_definition_rules); compiles it if called first
            body = self._bodies[qname] = [None]

            def first(ctx, args):
                self.functions[qname]  # noqa: B018 - compiling it sets body[0]
                return body[0](ctx, args)

            body[0] = first
        return body

    def _compile_uses(self, qname: str) -> None:
        """Compile `qname` and every definition its rules reach (each rule's references make holders, so the
        closure is complete), then bind the holders: a call never meets an uncompiled definition."""
        functions, definitions = self.functions, self.program.definitions
        todo, done = [qname], []
        while todo:
            q = todo.pop()
            if dict.__contains__(functions, q) or q not in definitions:
                continue
            dict.__setitem__(functions, q, self._compile_definition(definitions[q]))
            done.append(q)
            todo.extend(self._pending)
            self._pending.clear()
        for q in done:
            holder = self._holders.get(q)
            if holder is not None:
                holder[0] = functions[q]

    def _inlinable(self, d: Definition) -> bool:
        """One unconditional rule that uses at most one other definition (facts aside): without the trace it is
        evaluated in place, without a memo entry. Re-evaluating it is cheap and cannot cascade (each such body
        leads to at most one further definition), and the value is the same: definitions have no side effects."""
        if d.is_input or d.kind == "parameter" or d.exceptions or len(d.rules) != 1:
            return False
        rule = d.rules[0]
        if rule.cond is not None or rule.exceptions:
            return False
        uses = [q for q in defrefs(rule.value) if not getattr(self.program.definitions.get(q), "is_input", False)]
        return len(uses) <= 1

    # -- definitions ----------------------------------------------------------------------------------------
    def _compile_definition(self, d: Definition):
        if d.is_input:
            return _input_function(d)
        if d.kind == "parameter":
            # A delegated value (AMvB, verordening, a reading of the law): the scenario may set it.
            default = self._compile_definition_rules(d)
            qn = d.qname

            def parameter(ctx: Context, args: tuple):
                value = ctx.facts.get((qn, args), _MISSING)
                if value is _MISSING:
                    return default(ctx, args)
                if ctx.trace is not None:  # a value set by the scenario is shown, with the law that delegates it
                    node = TraceNode("parameter", qn, args, d.citation, d.pos)
                    node.value = value
                    add_node(ctx, node)
                return value

            return parameter
        return self._compile_definition_rules(d)

    def _compile_definition_rules(self, d: Definition):
        rules, excs = d.rules, d.exceptions
        simple = len(rules) == 1 and rules[0].cond is None and not rules[0].exceptions
        if simple and not excs:
            rule = rules[0]
            value = self.expr(rule.value, rule.params)

            def compute(ctx, env):
                v = value(ctx, env)
                return v, (rule if type(v) is not Unknown else None)

            if d.qname in self._inline:
                self._body(d.qname)[0] = value
            return _memoised(d, value, compute)
        if simple and len(excs) == 1 and excs[0].cond is not None and not excs[0].exceptions:
            compute = one_exception(rules[0], self.expr(rules[0].value, rules[0].params), excs[0],
                                     self.expr(excs[0].cond, excs[0].params), self.expr(excs[0].value, excs[0].params))
            return _memoised(d, lambda ctx, env: compute(ctx, env)[0], compute)
        base = [self._compile_rule(r) for r in rules]
        exceptions = [self._compile_rule(r) for r in excs]

        compute_general = definition(d, exceptions, base)
        return _memoised(d, lambda ctx, env: compute_general(ctx, env)[0], compute_general)

    def _compile_rule(self, rule: Rule):
        cond = self.expr(rule.cond, rule.params) if rule.cond is not None else None
        value = self.expr(rule.value, rule.params)
        exceptions = [self._compile_rule(r) for r in rule.exceptions]
        return (rule, cond, value, exceptions)

    # -- expressions ----------------------------------------------------------------------------------------
    def expr(self, e: ir.Expr, scope: tuple = ()) -> Fn:
        """`scope` names the positions of env: the definition's parameters, then quantifier variables."""
        return getattr(self, "_" + type(e).__name__)(e, scope)

    def _Literal(self, e: ir.Literal, scope) -> Fn:
        v = e.value
        return lambda ctx, env: v

    def _Ref(self, e: ir.Ref, scope) -> Fn:
        i = position(scope, e.name)
        return lambda ctx, env: env[i]

    def _DefRef(self, e: ir.DefRef, scope) -> Fn:
        qname = e.qname
        holder = self._holder(qname)
        target = self.program.definitions.get(qname)
        # How to call the target when it is not simply holder[0] (then None).
        if target is not None and target.is_input:
            def invoke(ctx, args):  # a fact: looked up here, unless it is missing or the trace is kept
                if ctx.trace is None:
                    v = ctx.facts.get((qname, args), _MISSING)
                    if v is not _MISSING:
                        return v
                return holder[0](ctx, args)
        elif qname in self._inline:
            body = self._body(qname)

            def invoke(ctx, args):  # a small definition: without the trace, its memo costs more than it saves
                return body[0](ctx, args) if ctx.trace is None else holder[0](ctx, args)
        else:
            invoke = None
        static = static_args(e.args, scope)
        if static is not None:
            build = arg_builder(static, len(scope))
            if invoke is None:
                return (lambda ctx, env: holder[0](ctx, env)) if build is None else \
                    (lambda ctx, env: holder[0](ctx, build(env)))
            return invoke if build is None else (lambda ctx, env: invoke(ctx, build(env)))
        target_call = invoke or (lambda ctx, args: holder[0](ctx, args))
        specs = [("ref", position(scope, a.name)) if isinstance(a, ir.Ref) else ("lit", a.value)
                 if isinstance(a, ir.Literal) else ("fn", self.expr(a, scope)) for a in e.args]
        if sum(1 for k, _ in specs if k == "fn") == 1 and len(specs) <= 2:
            return one_computed_arg(specs, target_call)

        def call(ctx, env):
            values = tuple([x(ctx, env) if k == "fn" else env[x] if k == "ref" else x for k, x in specs])
            for v in values:
                if type(v) is Unknown:
                    # Every unknown argument is needed, so each one's missing inputs are listed.
                    unknown = [x for x in values if type(x) is Unknown]
                    return unknown[0] if len(unknown) == 1 else merge_unknowns(unknown)
            return target_call(ctx, values)

        return call

    def _Builtin(self, e: ir.Builtin, scope) -> Fn:
        impl = BUILTINS[e.name].scalar
        if e.name == "peildatum":
            return lambda ctx, env: impl(ctx)
        args = [self.expr(a, scope) for a in e.args]
        pos = e.pos
        if len(args) == 1:
            (a0,) = args

            def call1(ctx, env):
                x = a0(ctx, env)
                if type(x) is Unknown:
                    return merge_unknowns((x,))
                try:
                    return impl(ctx, x)
                except EvalError as exc:
                    exc.pos = exc.pos or pos
                    raise
            return call1
        if len(args) == 2:
            a0, a1 = args

            def call2(ctx, env):
                x = a0(ctx, env)
                y = a1(ctx, env)
                if type(x) is Unknown or type(y) is Unknown:
                    return merge_unknowns((x, y))
                try:
                    return impl(ctx, x, y)
                except EvalError as exc:
                    exc.pos = exc.pos or pos
                    raise
            return call2

        def call(ctx, env):
            values = [a(ctx, env) for a in args]
            unknown = [v for v in values if type(v) is Unknown]
            if unknown:
                return merge_unknowns(unknown)
            try:
                return impl(ctx, *values)
            except EvalError as exc:
                exc.pos = exc.pos or pos
                raise

        return call

    def _Unary(self, e: ir.Unary, scope) -> Fn:
        f = self.expr(e.operand, scope)
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

    def _Binary(self, e: ir.Binary, scope) -> Fn:
        # a en b en c: one closure over the flattened chain, evaluated left to right exactly as the nested form.
        parts = [self.expr(x, scope) for x in chain(e, e.op)]
        return and_chain(parts) if e.op == "en" else or_chain(parts)

    def _Op(self, e: ir.Op, scope) -> Fn:
        left = self.expr(e.left, scope)
        impl = operation(e)
        pos = e.pos
        if isinstance(e.right, ir.Literal):
            b = e.right.value

            def op_lit(ctx, env):
                a = left(ctx, env)
                if type(a) is Unknown:
                    return merge_unknowns((a,))
                try:
                    return impl(a, b)
                except EvalError as exc:
                    exc.pos = exc.pos or pos
                    raise
            return op_lit
        right = self.expr(e.right, scope)

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

    def _InSet(self, e: ir.InSet, scope) -> Fn:
        value = self.expr(e.value, scope)
        negated = e.negated
        if all(isinstance(o, ir.Literal) for o in e.options):
            options = frozenset(o.value for o in e.options)

            def member(ctx, env):
                v = value(ctx, env)
                if type(v) is Unknown:
                    return v
                return (v in options) != negated
            return member
        opts = [self.expr(o, scope) for o in e.options]

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

    def _IfThen(self, e: ir.IfThen, scope) -> Fn:
        cond, then, other = self.expr(e.cond, scope), self.expr(e.then, scope), self.expr(e.otherwise, scope)

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

    def _Quantifier(self, e: ir.Quantifier, scope) -> Fn:
        coll = self.expr(e.collection, scope)
        kind = e.kind
        test = literal_test(e.body, e.var)
        if test is not None:
            # The body only compares the variable with literals: it is never unknown, never fails and leaves
            # nothing in the trace, so the loop can be a plain membership test.
            if kind == "bestaat":
                return lambda ctx, env: pass_unknown(coll(ctx, env), lambda items: any(map(test, items)))
            if kind == "alle":
                return lambda ctx, env: pass_unknown(coll(ctx, env), lambda items: all(map(test, items)))
            return lambda ctx, env: pass_unknown(coll(ctx, env), lambda items: sum(map(test, items)))
        body = self.expr(e.body, scope + (e.var,))

        def quant(ctx, env):
            items = coll(ctx, env)
            if type(items) is Unknown:
                return items
            results = [body(ctx, env + (item,)) for item in items]
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

    def _Known(self, e: ir.Known, scope) -> Fn:
        f = self.expr(e.operand, scope)
        return lambda ctx, env: type(f(ctx, env)) is not Unknown


# ---------------------------------------------------------------------------------------------------------------
# Memo and trace around a definition


class _Functions(dict):
    """Compiled.functions: a definition is compiled, with all it uses, when first asked for."""

    def __init__(self, compiled: Compiled) -> None:
        super().__init__()
        self._compiled = compiled

    def release(self) -> None:
        self.clear()
        del self._compiled  # the cycle with Compiled

    def __missing__(self, qname: str):
        self._compiled._compile_uses(qname)
        fn = dict.get(self, qname)
        if fn is None:
            raise KeyError(qname)  # the program has no such definition
        return fn


class _Inline:
    """Which definitions are evaluated in place (Compiled._inlinable), decided per definition when first asked."""

    def __init__(self, compiled: Compiled) -> None:
        self._compiled = compiled
        self._known: dict[str, bool] = {}

    def release(self) -> None:
        self._known.clear()
        del self._compiled  # the cycle with Compiled

    def __contains__(self, qname: str) -> bool:
        known = self._known.get(qname)
        if known is None:
            d = self._compiled.program.definitions.get(qname)
            known = self._known[qname] = d is not None and self._compiled._inlinable(d)
        return known


def _memoised(d: Definition, plain: Fn, compute: Callable[[Context, tuple], tuple]):
    """`plain(ctx, args)` gives the value; `compute(ctx, args)` gives (value, deciding rule) for the trace."""
    qname, kind, citation, pos = d.qname, d.kind, d.citation, d.pos

    def evaluate(ctx: Context, args: tuple):
        key = (qname, args)
        memo = ctx.memo
        value = memo.get(key, _MISSING)
        if value is not _MISSING:
            if ctx.trace is not None and ctx.stack:
                ref = TraceNode("zie", qname, args, citation, pos)
                ref.value = value
                ctx.stack[-1].children.append(ref)
            return value
        if ctx.trace is None:
            value = plain(ctx, args)
        else:
            node = TraceNode(kind, qname, args, citation, pos)
            add_node(ctx, node)
            ctx.stack.append(node)
            try:
                value, node.rule = compute(ctx, args)
                node.value = value
            finally:
                ctx.stack.pop()
        memo[key] = value
        return value

    return evaluate


# ---------------------------------------------------------------------------------------------------------------
# Inputs


def _input_function(d: Definition):
    qname = d.qname
    is_oordeel = d.kind == "oordeel"
    unknowns: dict[tuple, Unknown] = {}  # values are immutable, so one Unknown per argument tuple is shared

    def lookup(ctx: Context, args: tuple):
        key = (qname, args)
        value = ctx.facts.get(key, _MISSING)
        if value is _MISSING:
            value = unknowns.get(args)
            if value is None:
                value = Unknown(oordelen=frozenset((key,))) if is_oordeel else Unknown(facts=frozenset((key,)))
                if len(unknowns) < 4096:
                    unknowns[args] = value
        if ctx.trace is not None:
            node = TraceNode(d.kind, qname, args, d.citation, d.pos)
            node.value = value
            add_node(ctx, node)
        return value

    return lookup


