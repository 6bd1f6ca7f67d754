"""Values bound to the text (`waarde`): a number, amount, period or age a rule uses is declared once, tied to the
words it stands for. Two checks keep text and rules together:

- WG-WAARDE-002 (fout): a bound value whose words no longer appear in the text of its unit — an amendment
  changed the words without the binding following them, or the declaration sits under the wrong lid;
- WG-WAARDE-004 (waarschuwing): a value bound to words that occur more than once in its unit;
- WG-WAARDE-003 (waarschuwing): a literal in a rule whose unit's text states that same quantity in words ("zes
  jaar" in the lid, `6 jaar` in the rule) but is not bound: an amendment of the words would not reach the rule.
"""

from __future__ import annotations

import re
from dataclasses import fields
from decimal import Decimal
from fractions import Fraction

from ..core.errors import LawError
from ..taal import bericht
from ..core.values import Duration, Money
from ..parser import ir, structure
from ..parser.hoeveelheid import QUANTITY_TAIL, NotAQuantity, read_quantity

_PHRASE = re.compile(r"(?:€\s*[\d.,]+|\b[\w.,]+" + QUANTITY_TAIL + ")", re.I)


def _norm(text: str) -> str:
    return " ".join(text.split())


# A run of 100 or more word characters, dots and commas is never part of a quantity phrase; `_PHRASE` would scan it
# again from every word boundary inside it (quadratic: 20 000 characters of "a." took 33 s). Such runs are blanked
# out first with a character that is neither a word character nor a space, so no new phrase appears.
_LONG_RUN = re.compile(r"[\w.,]{100,}")


# _quantities per text, in this process: every situation's program checks the same articles again (25 situations
# per site build), and a rebuild checks the unchanged articles of the build before (docs/prestaties.md).
_STATED: dict[str, dict[object, str]] = {}


def _quantities(text: str) -> dict[object, str]:
    """The quantities a text states in words: value -> the words (the dict is shared: do not change it)."""
    found = _STATED.get(text)
    if found is None:
        if len(_STATED) > 20_000:
            _STATED.clear()
        found = _STATED[text] = _read_quantities(text)
    return found


def _read_quantities(text: str) -> dict[object, str]:
    out: dict[object, str] = {}
    text = _LONG_RUN.sub("\x00", text)
    for m in _PHRASE.finditer(text):
        words = m.group(0).rstrip(".,")
        try:
            kind, amount = read_quantity(words)
        except NotAQuantity:
            continue
        if kind == "procent":
            # "108%" is the factor 1.08 in a rule, "30 procent" (of a norm) may also be written as 30 percent points
            assert isinstance(amount, Decimal)  # read_quantity gives a percentage as a Decimal fraction
            amount = Fraction(amount)
            if (amount * 100).denominator == 1:
                out[("procentpunt", int(amount * 100))] = words
        out[(kind, amount)] = words
    return out


_FIELDS: dict[type, tuple[str, ...]] = {}


def _expr_fields(cls: type) -> tuple[str, ...]:
    """The fields of an expression class other than its position (dataclasses.fields looks them up each time)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls) if f.name != "pos")
    return names


def _literals(e, out: list[tuple[ir.Literal, bool]]) -> None:
    """The literals of an expression that may stand for a quantity, each with whether it is an age: durations,
    amounts and fractions ("108%" as 1.08), whole numbers compared with an age (`leeftijd(...) < 18`, which the text
    states as "18 jaar") and other whole numbers (a percentage written as its points: "30 procent" as 30)."""
    if isinstance(e, ir.Literal):
        if not isinstance(e.value, bool):
            out.append((e, False))
        return
    if isinstance(e, ir.Binary) and e.op in ("<", "<=", ">", ">=", "=", "!="):
        for age, other in ((e.left, e.right), (e.right, e.left)):
            if isinstance(age, ir.Call) and age.name in ("leeftijd", "leeftijd_op") and isinstance(other, ir.Literal) \
                    and isinstance(other.value, int) and not isinstance(other.value, bool):
                out.append((other, True))
                _literals(age, out)
                return
    if isinstance(e, ir.Binary) and e.op in ("*", "/"):
        # a whole number that multiplies or divides converts a unit (a fraction to percent points: `f * 100`); it
        # is not a quantity of the text, so only the other operand is looked at when it is one
        for side, other in ((e.left, e.right), (e.right, e.left)):
            if isinstance(side, ir.Literal) and isinstance(side.value, int) and not isinstance(side.value, bool):
                _literals(other, out)
                return
    for name in _expr_fields(type(e)):
        v = getattr(e, name)
        if isinstance(v, ir.Expr):
            _literals(v, out)
        elif isinstance(v, tuple):
            for item in v:
                if isinstance(item, ir.Expr):
                    _literals(item, out)


def _as_quantity(lit: ir.Literal, age: bool) -> tuple[object, ...] | None:
    """The quantity a literal stands for, in the terms _read_quantities uses; None for other literals."""

    v = lit.value
    if isinstance(v, Duration):
        y, m, d = v.years, v.months, v.days
        if y and not m and not d:
            return ("duur", (y, "jaar"))
        if m and not y and not d:
            return ("duur", (m, "maand"))
        if d and not y and not m:
            return ("duur", (d // 7, "week")) if d % 7 == 0 else ("duur", (d, "dag"))
        return None
    if isinstance(v, Money):
        return ("bedrag", Decimal(v.cents) / 100)
    if isinstance(v, int) and not isinstance(v, bool):
        return ("duur", (v, "jaar")) if age else ("procentpunt", v)  # an age in whole years ("16 jaar")
    if isinstance(v, (Fraction, Decimal)):
        return ("procent", Fraction(v))
    return None


def check(articles, errors: list[LawError]) -> None:
    """Run both checks over the articles of a situation."""
    for art in articles:
        for unit in art.root.walk():
            if not unit.blocks:
                continue  # both checks look at the rule blocks of the unit
            text = _norm(unit.text or "")
            stated = _quantities(text)
            bound: set = set()
            for block in unit.blocks:
                for decl in block.decls:
                    if isinstance(decl, structure.Parameter) and decl.woorden is not None:
                        if _norm(decl.woorden) not in text:
                            errors.append(LawError(
                                "WG-WAARDE-002", bericht("WG-WAARDE-002", naam=decl.name, woorden=decl.woorden,
                                                 plaats=str(unit.citation)), decl.pos))
                        elif len(re.findall(r"\s+".join(map(re.escape, decl.woorden.split())), text)) > 1:
                            errors.append(LawError(
                                "WG-WAARDE-004", bericht("WG-WAARDE-004", woorden=decl.woorden, naam=decl.name,
                                                 plaats=str(unit.citation)),
                                decl.pos, severity="waarschuwing"))
                        bound.add(id(decl.value))
            if not stated:
                continue  # a literal is only reported when the text states its quantity: none to find
            for block in unit.blocks:
                for decl in block.decls:
                    if isinstance(decl, structure.Parameter) and decl.woorden is not None:
                        continue  # a parameter written as a literal is checked like a rule
                    lits: list[tuple[ir.Literal, bool]] = []
                    for name in ("body", "cond", "value"):
                        e = getattr(decl, name, None)
                        if isinstance(e, ir.Expr):
                            _literals(e, lits)
                    for lit, age in lits:
                        q = _as_quantity(lit, age)
                        if q is not None and q in stated:
                            errors.append(LawError(
                                "WG-WAARDE-003", bericht("WG-WAARDE-003", woorden=stated[q], plaats=str(unit.citation)),
                                lit.pos, severity="waarschuwing"))
