"""Compile-time helpers of engine/compile.py: argument builders and the specialised closures for `en`/`of` chains,
definitions used with one computed argument, and quantifier bodies that only compare the variable with literals."""

from __future__ import annotations

import dataclasses
from typing import Any, Callable

from ..parser import ir
from ..core.values import Unknown, merge_unknowns

Fn = Callable[[Any, tuple], Any]


def position(scope: tuple, name: str) -> int:
    """The position of a name in env; the innermost binding wins."""
    for i in range(len(scope) - 1, -1, -1):
        if scope[i] == name:
            return i
    raise KeyError(name)


def static_args(args: tuple, scope: tuple) -> list | None:
    """Arguments that are parameters, quantifier variables or literals (never unknown): ('ref', i) / ('lit', v)."""
    out = []
    for a in args:
        if isinstance(a, ir.Ref):
            out.append(("ref", position(scope, a.name)))
        elif isinstance(a, ir.Literal):
            out.append(("lit", a.value))
        else:
            return None
    return out


def arg_builder(specs: list, width: int):
    """env -> argument tuple; None when the arguments are env itself (the same parameters in the same order)."""
    if [s for s in specs] == [("ref", i) for i in range(width)]:
        return None
    if not specs:
        return lambda env: ()
    if len(specs) == 1:
        kind, x = specs[0]
        if kind == "ref":
            return lambda env: (env[x],)
        const = (x,)
        return lambda env: const
    if len(specs) == 2:
        (k0, x0), (k1, x1) = specs
        if k0 == "ref" and k1 == "ref":
            return lambda env: (env[x0], env[x1])
        if k0 == "ref":
            return lambda env: (env[x0], x1)
        if k1 == "ref":
            return lambda env: (x0, env[x1])
        const = (x0, x1)
        return lambda env: const
    getters = [(lambda env, i=x: env[i]) if k == "ref" else (lambda env, v=x: v) for k, x in specs]
    return lambda env: tuple([g(env) for g in getters])


def one_computed_arg(specs: list, target_call) -> Fn:
    """f(g(x)), f(g(x), lit), f(p, g(x)): one argument computed, the others never unknown."""
    if len(specs) == 1:
        (_, f), = specs

        def call1(ctx, env):
            a = f(ctx, env)
            return a if type(a) is Unknown else target_call(ctx, (a,))
        return call1
    (k0, x0), (k1, x1) = specs
    if k0 == "fn":
        if k1 == "lit":
            return lambda ctx, env: _then(x0(ctx, env), lambda a: target_call(ctx, (a, x1)))
        return lambda ctx, env: _then(x0(ctx, env), lambda a: target_call(ctx, (a, env[x1])))
    if k0 == "lit":
        return lambda ctx, env: _then(x1(ctx, env), lambda a: target_call(ctx, (x0, a)))
    return lambda ctx, env: _then(x1(ctx, env), lambda a: target_call(ctx, (env[x0], a)))


def _then(value, then):
    return value if type(value) is Unknown else then(value)


def defrefs(e) -> list[str]:
    """The qualified names an expression uses."""
    out: list[str] = []
    stack = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, ir.DefRef):
            out.append(x.qname)
        if isinstance(x, ir.Expr):
            for f in dataclasses.fields(x):
                v = getattr(x, f.name)
                if isinstance(v, ir.Expr):
                    stack.append(v)
                elif isinstance(v, tuple):
                    stack.extend(y for y in v if isinstance(y, ir.Expr))
    return out


def chain(e: ir.Expr, op: str) -> list[ir.Expr]:
    if isinstance(e, ir.Binary) and e.op == op:
        return chain(e.left, op) + chain(e.right, op)
    return [e]


def and_chain(parts: list[Fn]) -> Fn:
    if len(parts) == 2:
        left, right = parts

        def and2(ctx, env):
            a = left(ctx, env)
            if a is False:
                return False
            b = right(ctx, env)
            if b is False:
                return False
            if a is True and b is True:
                return True
            return merge_unknowns((a, b))
        return and2

    def and_n(ctx, env):
        unknown = None
        for f in parts:
            v = f(ctx, env)
            if v is False:
                return False
            if v is not True:
                unknown = [v] if unknown is None else unknown + [v]
        return True if unknown is None else merge_unknowns(unknown)
    return and_n


def or_chain(parts: list[Fn]) -> Fn:
    if len(parts) == 2:
        left, right = parts

        def or2(ctx, env):
            a = left(ctx, env)
            if a is True:
                return True
            b = right(ctx, env)
            if b is True:
                return True
            if a is False and b is False:
                return False
            return merge_unknowns((a, b))
        return or2

    def or_n(ctx, env):
        unknown = None
        for f in parts:
            v = f(ctx, env)
            if v is True:
                return True
            if v is not False:
                unknown = [v] if unknown is None else unknown + [v]
        return False if unknown is None else merge_unknowns(unknown)
    return or_n


def literal_test(body: ir.Expr, var: str):
    """For `i = lit`, `i != lit`, `i in {lits}`, `waar`/`onwaar`: a Python predicate on the item; else None."""
    if isinstance(body, ir.Literal) and isinstance(body.value, bool):
        value = body.value
        return lambda item: value
    if isinstance(body, ir.Op) and body.kind == "eq" and isinstance(body.left, ir.Ref) and body.left.name == var \
            and isinstance(body.right, ir.Literal):
        lit = body.right.value
        return (lambda item: item == lit) if body.op == "=" else (lambda item: item != lit)
    if isinstance(body, ir.InSet) and isinstance(body.value, ir.Ref) and body.value.name == var \
            and all(isinstance(o, ir.Literal) for o in body.options):
        options = frozenset(o.value for o in body.options)
        negated = body.negated
        return lambda item: (item in options) != negated
    return None


def pass_unknown(items, then):
    return items if type(items) is Unknown else then(items)


