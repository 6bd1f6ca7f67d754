"""Random, well-typed rule programs for comparing the engine's two back ends (tests/engine/test_one_semantics.py).

The generator follows the grammar of the rule language (parser/regels.lark) as the grammar fuzzer does
(tests/fuzz/test_grammatica.py: atoms, unary and binary forms, quantifiers, declarations), but chooses every
sub-expression by the type it must have, so that (nearly) every program passes the resolver's type checker and
reaches both evaluators: definitions with a value, rules (`regel`) and exceptions (`uitzondering`, also on an
exception), definitions that use earlier ones, and every operator and builtin of the language.
"""

from __future__ import annotations

import datetime as _dt
import random
from fractions import Fraction

from wetgraaf.core.values import Money

PRELUDE = """soort bron: arbeid | bijstand | geen
feit a: waarheid
feit b: waarheid
feit n: geheel
feit m: geheel
feit f: getal
feit g: bedrag
feit h: bedrag
feit d: datum
feit e: datum
feit s: bron
feit l: lijst van bron
"""
FACT_TYPES = {"a": "waarheid", "b": "waarheid", "n": "geheel", "m": "geheel", "f": "getal", "g": "bedrag",
              "h": "bedrag", "d": "datum", "e": "datum", "s": "bron", "l": "lijst"}
TYPES = ["waarheid", "geheel", "getal", "bedrag", "datum", "bron"]
LEAVES = {
    "waarheid": ["a", "b", "waar", "onwaar"],
    "geheel": ["n", "m", "0", "1", "2", "7"],
    "getal": ["f", "0.5", "2.25", "3"],
    "bedrag": ["g", "h", "€ 10", "€ 0.50", "€ 1_500.50"],
    "datum": ["d", "e", "peildatum", "2024-02-29", "2026-01-31"],
    "bron": ["s", "arbeid", "geen"],
}
DURATIONS = ["1 maand", "2 jaar", "3 dagen", "6 weken", "13 maanden", "1 jaar"]
NUMERIC = ("geheel", "getal")
ORDERED = ("geheel", "getal", "bedrag", "datum")
BRONNEN = ("arbeid", "bijstand", "geen")
DATES = [_dt.date(2026, 1, 31), _dt.date(2024, 2, 29), _dt.date(9999, 12, 1), _dt.date(1, 1, 15),
         _dt.date(2008, 1, 1), _dt.date(2025, 12, 31)]


class Gen:
    def __init__(self, rng: random.Random, defs: dict[str, str], var: str | None = None) -> None:
        self.rng = rng
        self.defs = defs  # name -> type of the definitions that may be used
        self.var = var  # the quantifier variable in scope (a bron)

    def expr(self, t: str, depth: int) -> str:
        r = self.rng
        if depth <= 0 or r.random() < 0.25:
            pool = list(LEAVES[t]) + [n for n, dt in self.defs.items() if dt == t]
            if t == "bron" and self.var:
                pool += [self.var] * 3
            if t == "getal" and r.random() < 0.03:
                return "0.1"  # an inexact decimal now and then: the batch must refuse, not answer differently
            return r.choice(pool)
        return getattr(self, "_" + t)(depth - 1)

    def _sub(self, t: str, depth: int) -> str:
        return f"({self.expr(t, depth)})"

    def _if(self, t: str, depth: int) -> str:
        return f"als {self._sub('waarheid', depth)} dan {self._sub(t, depth)} anders {self._sub(t, depth)}"

    def _waarheid(self, depth: int) -> str:
        r, x = self.rng, self._sub
        k = r.randrange(12)
        if k == 0:
            return f"niet {x('waarheid', depth)}"
        if k in (1, 2):
            return f" {r.choice(['en', 'of'])} ".join(x("waarheid", depth) for _ in range(r.randint(2, 3)))
        if k in (3, 4):
            t = r.choice(ORDERED)
            u = r.choice(NUMERIC) if t in NUMERIC else t
            return f"{x(t, depth)} {r.choice(['<', '<=', '>', '>='])} {x(u, depth)}"
        if k == 5:
            t = r.choice(TYPES)
            u = r.choice(NUMERIC) if t in NUMERIC else t
            return f"{x(t, depth)} {r.choice(['=', '!='])} {x(u, depth)}"
        if k == 6:
            opts = ", ".join(r.sample(BRONNEN, r.randint(1, 2)))
            return f"{x('bron', depth)} {r.choice(['in', 'niet in'])} {{{opts}}}"
        if k == 7:
            return f"bekend({self.expr(r.choice(TYPES), depth)})"
        if k in (8, 9):
            body = Gen(r, self.defs, "x").expr("waarheid", depth)
            return r.choice([f"bestaat x in l waarvoor ({body})", f"voor alle x in l geldt ({body})"])
        if k == 10:
            return f"{x('datum', depth)} + {r.choice(DURATIONS)} <= {x('datum', depth)}"
        return self._if("waarheid", depth)

    def _geheel(self, depth: int) -> str:
        r, x = self.rng, self._sub
        k = r.randrange(10)
        if k in (0, 1):
            return f"{x('geheel', depth)} {r.choice(['+', '-', '*'])} {x('geheel', depth)}"
        if k == 2:
            return f"-{x('geheel', depth)}"
        if k == 3:
            body = Gen(r, self.defs, "x").expr("waarheid", depth)
            return f"aantal x in l waarvoor ({body})"
        if k == 4:
            return f"leeftijd({self.expr('datum', depth)})"
        if k == 5:
            return f"leeftijd_op({self.expr('datum', depth)}, {self.expr('datum', depth)})"
        if k == 6:
            return f"dagen_tussen({self.expr('datum', depth)}, {self.expr('datum', depth)})"
        if k == 7:
            return f"{r.choice(['min', 'max'])}({self.expr('geheel', depth)}, {self.expr('geheel', depth)})"
        if k == 8:
            return f"afronden({self.expr(r.choice(NUMERIC), depth)})"
        return self._if("geheel", depth)

    def _getal(self, depth: int) -> str:
        r, x = self.rng, self._sub
        k = r.randrange(6)
        if k in (0, 1):
            return f"{x('getal', depth)} {r.choice(['+', '-', '*'])} {x(r.choice(NUMERIC), depth)}"
        if k == 2:
            return f"{x(r.choice(NUMERIC), depth)} / {x(r.choice(NUMERIC), depth)}"
        if k == 3:
            return f"-{x('getal', depth)}"
        if k == 4:
            return f"{r.choice(['min', 'max'])}({self.expr('getal', depth)}, {self.expr(r.choice(NUMERIC), depth)})"
        return self._if("getal", depth)

    def _bedrag(self, depth: int) -> str:
        r, x = self.rng, self._sub
        k = r.randrange(8)
        if k in (0, 1):
            return f"{x('bedrag', depth)} {r.choice(['+', '-'])} {x('bedrag', depth)}"
        if k == 2:
            return f"{x('bedrag', depth)} * {x(r.choice(NUMERIC), depth)}"
        if k == 3:
            return f"{x(r.choice(NUMERIC), depth)} * {x('bedrag', depth)}"
        if k == 4:
            return f"{x('bedrag', depth)} / {x(r.choice(NUMERIC), depth)}"
        if k == 5:
            return f"naar_bedrag({self.expr(r.choice(NUMERIC), depth)})"
        if k == 6:
            return f"{r.choice(['min', 'max'])}({self.expr('bedrag', depth)}, {self.expr('bedrag', depth)})"
        return self._if("bedrag", depth)

    def _datum(self, depth: int) -> str:
        r, x = self.rng, self._sub
        k = r.randrange(5)
        if k in (0, 1):
            return f"{x('datum', depth)} {r.choice(['+', '-'])} {r.choice(DURATIONS)}"
        if k == 2:
            return f"{r.choice(['optellen_omlaag', 'optellen_omhoog'])}({self.expr('datum', depth)}, " \
                   f"{r.choice(DURATIONS)})"
        if k == 3:
            return f"{r.choice(['min', 'max'])}({self.expr('datum', depth)}, {self.expr('datum', depth)})"
        if k == 4 and r.random() < 0.5:
            return f"eerste_dag_volgende_maand({self.expr('datum', depth)})"
        return self._if("datum", depth)

    def _bron(self, depth: int) -> str:
        return self._if("bron", depth)


def program(rng: random.Random, depth: int = 3) -> tuple[str, list[str]]:
    """A rule block (the prelude of facts, then the generated definitions) and the names to ask."""
    lines = [PRELUDE]
    defs: dict[str, str] = {}
    t0 = rng.choice(TYPES)
    g = Gen(rng, defs)
    rules = rng.randint(0, 2)
    if rules == 0 or rng.random() < 0.6:
        lines.append(f"begrip v0: {t0} = {g.expr(t0, depth)}")
    else:
        lines.append(f"begrip v0: {t0}")
    for i in range(rules):
        lines.append(f"regel r{i} voor v0: als {g.expr('waarheid', depth - 1)} dan {g.expr(t0, depth - 1)}")
    for i in range(rng.randint(0, 2)):
        target = f"e{i - 1} voor v0" if i and rng.random() < 0.5 else "v0"
        lines.append(f"uitzondering e{i} op {target}: als {g.expr('waarheid', depth - 1)} dan "
                     f"{g.expr(t0, depth - 1)}")
    defs["v0"] = t0
    for i in range(1, rng.randint(1, 4)):
        t = rng.choice(TYPES)
        lines.append(f"begrip v{i}: {t} = {Gen(rng, dict(defs)).expr(t, depth)}")
        defs[f"v{i}"] = t
    return "\n".join(lines), list(defs)


def fact_value(rng: random.Random, t: str):
    if t == "waarheid":
        return rng.random() < 0.5
    if t == "geheel":
        return rng.randint(-3, 40)
    if t == "getal":
        return Fraction(1, 10) if rng.random() < 0.02 else Fraction(rng.randint(-8, 80), rng.choice([1, 2, 4]))
    if t == "bedrag":
        return Money(rng.choice([0, 50, 1_000, rng.randint(-1_000, 300_000)]))
    if t == "datum":
        if rng.random() < 0.5:
            return rng.choice(DATES)
        return _dt.date(1950, 1, 1) + _dt.timedelta(days=rng.randint(0, 30_000))
    if t == "bron":
        return rng.choice(BRONNEN)
    return tuple(rng.sample(BRONNEN, rng.randint(0, 3)))


def rows(rng: random.Random, law: str, n: int) -> list[dict]:
    """n rows of facts; each fact is missing (onbekend) in about one row in eight."""
    return [{(f"{law}.{name}", ()): None if rng.random() < 0.12 else fact_value(rng, t)
             for name, t in FACT_TYPES.items()} for _ in range(n)]
