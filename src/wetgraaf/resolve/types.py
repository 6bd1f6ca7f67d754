"""Name resolution and type checking of expressions: turns parsed expressions into resolved ones (Ref, DefRef,
Builtin, Op) and reports unknown names, wrong argument counts and type mismatches, each at its position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from ..parser import ir
from ..core.errors import LawError
from ..taal import Bericht, bericht

if TYPE_CHECKING:
    from .model import Definition, Program

NUMERIC = ("geheel", "getal")

# name -> (argument types or None for 'check specially', result type)
BUILTINS: dict[str, tuple[tuple[ir.Type, ...] | None, ir.Type]] = {
    "leeftijd": ((ir.DATE,), ir.INT),
    "leeftijd_op": ((ir.DATE, ir.DATE), ir.INT),
    "optellen_omlaag": ((ir.DATE, ir.DURATION), ir.DATE),
    "optellen_omhoog": ((ir.DATE, ir.DURATION), ir.DATE),
    "dagen_tussen": ((ir.DATE, ir.DATE), ir.INT),
    "eerste_dag_volgende_maand": ((ir.DATE,), ir.DATE),
    "verlengd_volgens_atw": ((ir.DATE, ir.DATE), ir.DATE),
    "afronden": ((ir.DEC,), ir.INT),
    "naar_bedrag": ((ir.DEC,), ir.MONEY),
    "min": (None, ir.ANY),
    "max": (None, ir.ANY),
}


@dataclass
class Scope:
    wet: str
    vars: dict[str, ir.Type]
    owner: Definition | None = None
    uses: set[str] = field(default_factory=set)

    def child(self, name: str, typ: ir.Type) -> Scope:
        return Scope(self.wet, {**self.vars, name: typ}, self.owner, self.uses)


def _is_num(t: ir.Type) -> bool:
    return t.kind == "prim" and t.name in NUMERIC


def same(a: ir.Type, b: ir.Type) -> bool:
    if a == ir.ANY or b == ir.ANY:
        return True
    if _is_num(a) and _is_num(b):
        return True
    if a.kind == "lijst" and b.kind == "lijst":
        return same(a.item, b.item)
    return a.kind == b.kind and a.name == b.name


def _article_of(t: ir.Type) -> Bericht:
    if t.name in ("waarheid", "geheel", "getal", "bedrag", "datum", "duur", "tekst") and t.kind != "lijst":
        return bericht(f"zin.type.{t.name}")
    return bericht("zin.type.anders", type=str(t))


class Checker:
    def __init__(self, program: Program, errors: list[LawError]) -> None:
        self.program = program
        self.errors = errors
        self.warnings: list[LawError] = []
        self.uses: dict[str, set[str]] = {}

    def error(self, code: str, msg: str, pos: ir.Pos) -> None:
        self.errors.append(LawError(code, msg, pos))

    def check_type(self, t: ir.Type, pos: ir.Pos) -> None:
        if t.kind == "lijst":
            self.check_type(t.item, pos)
        elif t.kind == "soort" and t.name not in self.program.soorten:
            self.error("WG-TYPE-005", bericht("WG-TYPE-005", naam=t.name, basis=", ".join(ir.PRIMITIVES),
                                              entiteiten=", ".join(ir.ENTITY_TYPES)), pos)

    def expect(self, expr: ir.Expr, scope: Scope, want: ir.Type, what: str | Callable[[], str]) -> ir.Expr:
        """`expr` checked against type `want`; `what` names the place in a message (a function that makes it: the
        message is made only when there is an error, and most expressions have none)."""
        out, got = self.infer(expr, scope)
        if (want == ir.INT and got == ir.DEC) or not same(got, want):
            what = what() if callable(what) else what
        if want == ir.INT and got == ir.DEC:
            # A number may have decimals (7 / 2 = 3.5); a whole number needs a rounding the law chooses.
            self.error("WG-TYPE-001", bericht("WG-TYPE-001.geheel", wat=what), expr.pos)
        elif not same(got, want):
            self.error("WG-TYPE-001", bericht("WG-TYPE-001", wat=what, gewenst=_article_of(want),
                                              gegeven=_article_of(got)), expr.pos)
        return out

    # ------------------------------------------------------------------------------------------------------------
    def infer(self, e: ir.Expr, scope: Scope) -> tuple[ir.Expr, ir.Type]:
        method = getattr(self, "_" + type(e).__name__)
        return method(e, scope)

    def _Literal(self, e: ir.Literal, scope: Scope):
        return e, e.type

    def _Name(self, e: ir.Name, scope: Scope):
        if e.name in scope.vars:
            return ir.Ref(e.pos, e.name), scope.vars[e.name]
        if e.name == "peildatum":
            return ir.Builtin(e.pos, "peildatum", ()), ir.DATE
        if e.name in self.program.enum_values and "." not in e.name:
            soort = self.program.enum_values[e.name]
            return ir.Literal(e.pos, e.name, ir.Type("soort", soort)), ir.Type("soort", soort)
        return self._Call(ir.Call(e.pos, e.name, ()), scope, bare=True)

    def _resolve(self, name: str, scope: Scope) -> Definition | None:
        if "." in name:
            return self.program.definitions.get(name)
        return self.program.definitions.get(f"{scope.wet}.{name}")

    def _Call(self, e: ir.Call, scope: Scope, bare: bool = False):
        if e.name in BUILTINS and not bare:
            return self._builtin(e, scope)
        d = self._resolve(e.name, scope)
        if d is None:
            msg = bericht("WG-NAME-001", naam=e.name)
            elsewhere = [q for q in self.program.definitions if q.split(".", 1)[1] == e.name]
            if elsewhere:
                msg = bericht("WG-NAME-001.elders", naam=e.name, namen=" | ".join(elsewhere))
            else:
                hint = self.program.suggest(e.name, scope.wet)
                if hint:
                    msg = bericht("WG-NAME-001.bedoelt", naam=e.name, namen=", ".join(hint))
            self.error("WG-NAME-001", msg, e.pos)
            for a in e.args:
                self.infer(a, scope)
            return ir.Literal(e.pos, None, ir.ANY), ir.ANY
        if len(e.args) != len(d.params):
            sig = ", ".join(f"{p.name}: {p.type}" for p in d.params) or "no arguments"
            self.error("WG-TYPE-002", bericht("WG-TYPE-002", naam=d.name, aantal=len(d.params), parameters=sig,
                                              gegeven=len(e.args)), e.pos)
        args = []
        for a, p in zip(e.args, d.params):
            args.append(self.expect(a, scope, p.type,
                                    lambda: bericht("zin.type.argument_van", param=p.name, naam=d.name)))
        if scope.owner is not None:
            self.uses.setdefault(scope.owner.qname, set()).add(d.qname)
        return ir.DefRef(e.pos, d.qname, tuple(args)), d.type

    def _builtin(self, e: ir.Call, scope: Scope):
        sig, result = BUILTINS[e.name]
        if e.name in ("min", "max"):
            if len(e.args) < 2:
                self.error("WG-TYPE-002", bericht("WG-TYPE-002.min", functie=e.name), e.pos)
            pairs = [self.infer(a, scope) for a in e.args]
            first = pairs[0][1] if pairs else ir.ANY
            for a, t in pairs[1:]:
                if not same(t, first):
                    self.error("WG-TYPE-001", bericht("WG-TYPE-001.vergelijk", functie=e.name, dit=_article_of(t),
                                                      eerste=_article_of(first)), a.pos)
            if all(_is_num(t) for _, t in pairs) and any(t == ir.DEC for _, t in pairs):
                first = ir.DEC  # min(3, 2.5) may have decimals
            return ir.Builtin(e.pos, e.name, tuple(a for a, _ in pairs)), first
        if len(e.args) != len(sig):
            self.error("WG-TYPE-002", bericht("WG-TYPE-002.functie", functie=e.name, aantal=len(sig),
                                              gegeven=len(e.args)), e.pos)
        args = tuple(self.expect(a, scope, t, lambda: bericht("zin.type.argument_n", n=i + 1, naam=e.name))
                     for i, (a, t) in enumerate(zip(e.args, sig)))
        return ir.Builtin(e.pos, e.name, args), result

    def _Unary(self, e: ir.Unary, scope: Scope):
        if e.op == "niet":
            operand = self.expect(e.operand, scope, ir.BOOL, lambda: bericht("zin.type.niet"))
            return ir.Unary(e.pos, "niet", operand), ir.BOOL
        operand, t = self.infer(e.operand, scope)
        if not (_is_num(t) or t in (ir.MONEY, ir.DURATION, ir.ANY)):
            self.error("WG-TYPE-001", bericht("WG-TYPE-001.min", soort=_article_of(t)), e.pos)
        return ir.Unary(e.pos, "-", operand), t

    def _Binary(self, e: ir.Binary, scope: Scope):
        if e.op in ("en", "of"):
            left = self.expect(e.left, scope, ir.BOOL, lambda: bericht("zin.type.kant", op=e.op))
            right = self.expect(e.right, scope, ir.BOOL, lambda: bericht("zin.type.kant", op=e.op))
            return ir.Binary(e.pos, e.op, left, right), ir.BOOL
        left, lt = self.infer(e.left, scope)
        right, rt = self.infer(e.right, scope)
        kind, result = self._op_kind(e.op, lt, rt)
        if kind is None:
            self.error("WG-TYPE-003", bericht("WG-TYPE-003", op=e.op, links=_article_of(lt), rechts=_article_of(rt)),
                       e.pos)
            return ir.Op(e.pos, e.op, "any", left, right), ir.ANY
        return ir.Op(e.pos, e.op, kind, left, right), result

    @staticmethod
    def _op_kind(op: str, lt: ir.Type, rt: ir.Type) -> tuple[str | None, ir.Type]:
        any_ = ir.ANY in (lt, rt)
        if op in ("=", "!="):
            if lt == rt == ir.DURATION:
                return "eq_dur", ir.BOOL  # 1 jaar = 12 maanden; months against days is an error
            return ("eq" if same(lt, rt) else None), ir.BOOL
        if op in ("<", "<=", ">", ">="):
            if any_ or (_is_num(lt) and _is_num(rt)) or (lt == rt and lt in (ir.MONEY, ir.DATE)):
                return "cmp", ir.BOOL
            if lt == rt == ir.DURATION:
                return "cmp_dur", ir.BOOL
            return None, ir.BOOL
        if any_:
            return "any", ir.ANY
        if _is_num(lt) and _is_num(rt):
            if op == "/":
                return "div", ir.DEC
            return "num", (ir.INT if lt == rt == ir.INT else ir.DEC)
        if op in ("+", "-"):
            if lt == rt and lt in (ir.MONEY, ir.DURATION):
                return "same", lt
            if lt == ir.DATE and rt == ir.DURATION:
                return "date_dur", ir.DATE
            return None, ir.ANY
        if op == "*":
            if lt == ir.MONEY and _is_num(rt):
                return "money_num", ir.MONEY
            if _is_num(lt) and rt == ir.MONEY:
                return "num_money", ir.MONEY
            if lt == ir.DURATION and rt == ir.INT:
                return "dur_int", ir.DURATION
            return None, ir.ANY
        if op == "/":
            if lt == ir.MONEY and _is_num(rt):
                return "money_div", ir.MONEY
            if lt == rt == ir.MONEY:
                return "money_ratio", ir.DEC
        return None, ir.ANY

    def _InSet(self, e: ir.InSet, scope: Scope):
        value, t = self.infer(e.value, scope)
        options = []
        for o in e.options:
            if isinstance(o, ir.Name) and t.kind == "soort" and t.name in self.program.soorten:
                if o.name not in self.program.soorten[t.name].values:
                    self.error("WG-TYPE-004", bericht("WG-TYPE-004", naam=o.name, soort=t.name,
                                                      waarden=" | ".join(self.program.soorten[t.name].values)), o.pos)
                options.append(ir.Literal(o.pos, o.name, t))
                continue
            options.append(self.expect(o, scope, t, lambda: bericht("zin.type.keuze")))
        return ir.InSet(e.pos, value, tuple(options), e.negated), ir.BOOL

    def _IfThen(self, e: ir.IfThen, scope: Scope):
        cond = self.expect(e.cond, scope, ir.BOOL, lambda: bericht("zin.type.als"))
        then, t1 = self.infer(e.then, scope)
        other, t2 = self.infer(e.otherwise, scope)
        if not same(t1, t2):
            self.error("WG-TYPE-001", bericht("WG-TYPE-001.takken", dan=_article_of(t1), anders=_article_of(t2)),
                       e.otherwise.pos)
        result = t1 if t1 != ir.ANY else t2
        if _is_num(t1) and _is_num(t2) and ir.DEC in (t1, t2):
            result = ir.DEC  # 'als c dan 1 anders 2.5' may have decimals
        return ir.IfThen(e.pos, cond, then, other), result

    def _Quantifier(self, e: ir.Quantifier, scope: Scope):
        coll, ct = self.infer(e.collection, scope)
        if ct.kind != "lijst" and ct != ir.ANY:
            self.error("WG-TYPE-001", bericht("WG-TYPE-001.lijst", soort=e.kind, gegeven=_article_of(ct)),
                       e.collection.pos)
            item = ir.ANY
        else:
            item = ct.item if ct.kind == "lijst" else ir.ANY
        body = self.expect(e.body, scope.child(e.var, item), ir.BOOL, lambda: bericht("zin.type.waarvoor"))
        return ir.Quantifier(e.pos, e.kind, e.var, coll, body), (ir.INT if e.kind == "aantal" else ir.BOOL)

    def _Known(self, e: ir.Known, scope: Scope):
        operand, _ = self.infer(e.operand, scope)
        return ir.Known(e.pos, operand), ir.BOOL
