"""Print expressions and declarations back in the rule language: for rule diffs, the site and error messages.

Works on parsed and resolved expressions alike; the output parses back to the same tree (tested)."""

from __future__ import annotations

import datetime as _dt
from fractions import Fraction

from . import ir

_PRECEDENCE = {"of": 1, "en": 2, "niet": 3, "cmp": 4, "+": 5, "-": 5, "*": 6, "/": 6}


def _literal(v, t: ir.Type) -> str:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        if v.denominator == 1:
            return str(v.numerator)
        text = f"{float(v):.10f}".rstrip("0")
        return text
    if t.kind == "prim" and t.name == "tekst":
        return f'"{v}"'
    if t.kind == "prim" and t.name == "bedrag":
        cents = v.cents
        return f"€ {cents // 100}" + (f".{cents % 100:02d}" if cents % 100 else "")
    if t.kind == "prim" and t.name == "duur":
        parts = []
        if v.years:
            parts.append(f"{v.years} jaar")
        if v.months:
            parts.append(f"{v.months} {'maand' if v.months == 1 else 'maanden'}")
        if v.days or not parts:
            if v.days % 7 == 0 and v.days:
                parts.append(f"{v.days // 7} {'week' if v.days == 7 else 'weken'}")
            else:
                parts.append(f"{v.days} {'dag' if v.days == 1 else 'dagen'}")
        return " + ".join(parts)
    return str(v)


def expr(e: ir.Expr, parent: int = 0) -> str:
    """The expression as rule-language text, with only the parentheses precedence needs."""
    text, prec = _expr(e)
    return f"({text})" if prec < parent else text


def _args(args) -> str:
    return ", ".join(expr(a) for a in args)


def _expr(e: ir.Expr) -> tuple[str, int]:
    if isinstance(e, ir.Literal):
        return _literal(e.value, e.type), 9
    if isinstance(e, (ir.Name, ir.Ref)):
        return e.name, 9
    if isinstance(e, ir.Call):
        return f"{e.name}({_args(e.args)})", 9
    if isinstance(e, ir.DefRef):
        return (f"{e.qname}({_args(e.args)})" if e.args else e.qname), 9
    if isinstance(e, ir.Builtin):
        return (f"{e.name}({_args(e.args)})" if e.name != "peildatum" else "peildatum"), 9
    if isinstance(e, ir.Unary):
        if e.op == "niet":
            return f"niet {expr(e.operand, 3)}", 3
        return f"-{expr(e.operand, 7)}", 7
    if isinstance(e, (ir.Binary, ir.Op)):
        key = e.op if e.op in _PRECEDENCE else "cmp"
        prec = _PRECEDENCE[key]
        # Left-associative: the right operand needs parentheses at equal precedence (except en/of chains).
        right_prec = prec if e.op in ("en", "of") else prec + 1
        return f"{expr(e.left, prec)} {e.op} {expr(e.right, right_prec)}", prec
    if isinstance(e, ir.InSet):
        word = "niet in" if e.negated else "in"
        return f"{expr(e.value, 5)} {word} {{{_args(e.options)}}}", 4
    if isinstance(e, ir.IfThen):
        return f"als {expr(e.cond)} dan {expr(e.then)} anders {expr(e.otherwise)}", 0
    if isinstance(e, ir.Quantifier):
        coll = expr(e.collection, 5)
        body = expr(e.body, 2)
        # The body extends as far as it can, so a quantifier inside an operator is always parenthesised.
        if e.kind == "bestaat":
            return f"bestaat {e.var} in {coll} waarvoor {body}", 0
        if e.kind == "alle":
            return f"voor alle {e.var} in {coll} geldt {body}", 0
        return f"aantal {e.var} in {coll} waarvoor {body}", 0
    if isinstance(e, ir.Known):
        return f"bekend({expr(e.operand)})", 9
    raise TypeError(f"cannot print {type(e).__name__}")


def signature(name: str, params, typ: ir.Type) -> str:
    ps = ", ".join(f"{p.name}: {p.type}" for p in params)
    return f"{name}({ps}): {typ}" if params else f"{name}: {typ}"
