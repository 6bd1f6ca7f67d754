"""Mutation check of a scenario set: are the test cases strong enough to notice a wrong rule?

For every rule of an article, small deliberate mistakes are made, one at a time: `en` ↔ `of`, `<` ↔ `<=`,
`>` ↔ `>=`, `=` ↔ `!=`, dropping a `niet`, dropping an exception, shifting a number, date, amount or duration by
one. Each mutant program is compiled and every scenario is run against it; a mutant is *detected* when at least one
scenario's expectation fails. The report lists, per lid, the mutants no scenario detects.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ..engine.evaluate import Engine
from ..core.values import Duration, EvalError, Money
from ..parser import ir, printer
from ..core.errors import LawError, LawErrors
from ..resolve.model import Definition, Program, Rule
from ..taal import bericht, gezegd
from ..scenario import GEEN_GRONDSLAG, Scenario, compare_answer, expected_value, inputs, question_target

_SWAP = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "=": "!=", "!=": "="}


@dataclass
class Mutant:
    qname: str
    bron: ir.Citation  # the unit of the mutated rule
    description: Any  # a catalogue message, or the change in the rule language's own words ("'<' → '<='")
    pos: ir.Pos
    detected_by: list[str] = field(default_factory=list)

    @property
    def citation(self) -> str:
        """The unit in Dutch words: the key the report groups by."""
        return str(self.bron)


@dataclass
class MutationReport:
    article: str
    scenarios: int
    mutants: list[Mutant]

    def per_unit(self) -> dict[str, list[Mutant]]:
        out: dict[str, list[Mutant]] = {}
        for m in self.mutants:
            out.setdefault(m.citation, []).append(m)
        return out

    def to_json(self) -> dict:
        """The report as JSON, its words in the reader's language."""
        return gezegd({"artikel": self.article, "scenarios": self.scenarios,
                       "per_lid": [{"bron": ms[0].bron.bericht(), "mutanten": len(ms),
                                    "ontdekt": sum(1 for m in ms if m.detected_by),
                                    "onopgemerkt": [{"definitie": m.qname, "mutatie": m.description,
                                                     "plaats": str(m.pos)} for m in ms if not m.detected_by]}
                                   for ms in self.per_unit().values()]})


def _shift(lit: ir.Literal) -> Iterator[tuple[str, ir.Literal]]:
    v = lit.value
    if isinstance(v, bool) or v is None:
        return
    if isinstance(v, int) or isinstance(v, Fraction):
        for d in (1, -1):
            yield f"{printer.expr(lit)} → {printer.expr(dataclasses.replace(lit, value=v + d))}", \
                dataclasses.replace(lit, value=v + d)
    elif isinstance(v, _dt.date):
        for d in (1, -1):
            new = dataclasses.replace(lit, value=v + _dt.timedelta(days=d))
            yield f"{v.isoformat()} → {new.value.isoformat()}", new
    elif isinstance(v, Money):
        for d in (100, -100):
            new = dataclasses.replace(lit, value=Money(v.cents + d))
            yield f"{printer.expr(lit)} → {printer.expr(new)}", new
    elif isinstance(v, Duration):
        unit = "years" if v.years else "months" if v.months else "days"
        for d in (1, -1):
            new = dataclasses.replace(lit, value=dataclasses.replace(v, **{unit: getattr(v, unit) + d}))
            if getattr(new.value, unit) >= 0:
                yield f"{printer.expr(lit)} → {printer.expr(new)}", new


def expr_mutants(e: ir.Expr) -> Iterator[tuple[str, ir.Pos, ir.Expr]]:
    """Every single-point mutation of an expression: (description, position, mutated expression)."""
    if isinstance(e, ir.Binary) and e.op in ("en", "of"):
        other = "of" if e.op == "en" else "en"
        yield f"'{e.op}' → '{other}'", e.pos, dataclasses.replace(e, op=other)
    if isinstance(e, ir.Op) and e.op in _SWAP and e.kind in ("cmp", "eq", "cmp_dur"):
        yield f"'{e.op}' → '{_SWAP[e.op]}'", e.pos, dataclasses.replace(e, op=_SWAP[e.op])
    if isinstance(e, ir.Unary) and e.op == "niet":
        yield bericht("opdracht.mutant.niet_weg"), e.pos, e.operand
    if isinstance(e, ir.InSet):
        yield "'in' ↔ 'niet in'", e.pos, dataclasses.replace(e, negated=not e.negated)
    if isinstance(e, ir.Literal):
        for desc, new in _shift(e):
            yield desc, e.pos, new
    for f in dataclasses.fields(e):
        child = getattr(e, f.name)
        if isinstance(child, ir.Expr):
            for desc, pos, new in expr_mutants(child):
                yield desc, pos, dataclasses.replace(e, **{f.name: new})
        elif isinstance(child, tuple) and child and isinstance(child[0], ir.Expr):
            for i, item in enumerate(child):
                for desc, pos, new in expr_mutants(item):
                    yield desc, pos, dataclasses.replace(e, **{f.name: child[:i] + (new,) + child[i + 1:]})


def _said(rule: Rule, desc: Any) -> Any:
    return (bericht("opdracht.mutant.in_regel", label=rule.label, wijziging=desc) if rule.label
            else bericht("opdracht.mutant.regel", wijziging=desc))


def _rule_mutants(rules: list[Rule]) -> Iterator[tuple[Any, ir.Pos, Rule, list[Rule]]]:
    """Mutants of a list of rules (with nested exceptions): (description, pos, the rule changed, new list)."""
    for i, rule in enumerate(rules):
        def put(new_rule: Rule) -> list[Rule]:
            return rules[:i] + [new_rule] + rules[i + 1:]
        if rule.excepts:
            yield bericht("opdracht.mutant.uitzondering_weg", label=rule.label), rule.pos, rule, rules[:i] + rules[i + 1:]
        if rule.cond is not None:
            for desc, pos, new in expr_mutants(rule.cond):
                yield _said(rule, desc), pos, rule, put(dataclasses.replace(rule, cond=new))
        for desc, pos, new in expr_mutants(rule.value):
            yield _said(rule, desc), pos, rule, put(dataclasses.replace(rule, value=new))
        for desc, pos, c, new_exc in _rule_mutants(rule.exceptions):
            yield desc, pos, c, put(dataclasses.replace(rule, exceptions=new_exc))


def mutant_programs(program: Program, wet: str, artikel: str) -> Iterator[tuple[Mutant, Program]]:
    for qname, d in program.definitions.items():
        if d.kind not in ("begrip", "parameter"):
            continue
        for field_name in ("rules", "exceptions"):
            for desc, pos, rule, new_rules in _rule_mutants(getattr(d, field_name)):
                cite = str(rule.citation)
                if not cite.startswith(f"artikel {artikel},") or d.wet != wet:
                    continue
                new_def: Definition = dataclasses.replace(d, **{field_name: new_rules})
                defs = dict(program.definitions)
                defs[qname] = new_def
                yield Mutant(qname, rule.citation, desc, pos), dataclasses.replace(program, definitions=defs)


def _passes(engine: Engine, sc: Scenario, versie=None) -> bool:
    """Do all of the scenario's expectations (of `versie`, a per_versie entry, when given) hold on this (possibly
    mutated) program?"""
    exp = versie or sc
    try:
        # A scenario with per_versie may give facts of another version only; its basis expectations are checked.
        facts, entities = inputs(sc, engine.program, lenient=bool(sc.per_versie))
        for question in sc.vragen:
            if question not in exp.verwacht or exp.verwacht[question] == GEEN_GRONDSLAG:
                continue
            qname, args = question_target(sc, engine.program, question, entities)
            answer = engine.answer(question, qname, args, facts, sc.peildatum)
            if compare_answer(expected_value(sc, engine.program, question, qname, entities, versie), answer):
                return False
    except (LawError, LawErrors, EvalError):
        return False
    return True


def _checks(scenarios: list[Scenario], wijziging: str | None) -> list[tuple[tuple[str, ...], Scenario, object]]:
    """(situation, scenario, its per_versie entry or None) for every set of expectations that tests the law to
    mutate: without an amendment, each scenario's own version; with one, the versions that include it."""
    out = []
    for sc in scenarios:
        if wijziging is None:
            if sc.verwacht:
                out.append((sc.wijzigingen, sc, None))
            continue
        if wijziging in sc.wijzigingen and sc.verwacht:
            out.append((sc.wijzigingen, sc, None))
        for versie in sc.per_versie.values():
            if wijziging in versie.wijzigingen and versie.verwacht:
                out.append((sc.wijzigingen + versie.wijzigingen, sc, versie))
    return out


def mutation_check(wg, wet: str, artikel: str, scenarios: list[Scenario],
                   wijziging: str | None = None) -> MutationReport:
    """Run every mutant of the article's rules against the scenarios (grouped by the legal situation they
    evaluate in); a mutant counts as detected when any scenario notices it. With `wijziging`, the article as that
    amendment leaves it is mutated, against the expectations scenarios state for versions that include it."""
    checks = _checks(scenarios, wijziging)
    groups: dict[int, tuple[Program, list]] = {}
    for wijz, sc, versie in checks:
        try:
            program = wg.program(sc.peildatum, wijz)
        except LawErrors:
            continue
        groups.setdefault(id(program), (program, []))[1].append((sc, versie))
    found: dict[tuple, Mutant] = {}
    for program, group in groups.values():
        seen: dict[tuple, int] = {}
        for mutant, mutated in mutant_programs(program, wet, artikel):
            # Operators of one chain share a position: number repeated (definition, mutation, place) triples.
            base_key = (mutant.qname, mutant.description, str(mutant.pos))
            seen[base_key] = seen.get(base_key, 0) + 1
            key = base_key + (seen[base_key],)
            mutant = found.setdefault(key, mutant)
            engine = Engine(mutated)
            mutant.detected_by.extend(sc.naam + (f" ({versie.naam})" if versie else "") for sc, versie in group
                                      if not _passes(engine, sc, versie))
    article = f"{wet} artikel {artikel}" + (f" na {wijziging}" if wijziging else "")
    return MutationReport(article, len(checks), list(found.values()))
