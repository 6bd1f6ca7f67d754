"""The interview: ask only the questions still needed to decide, one at a time, most decisive first.

Shared by the question service (`POST /api/interview/next`) and the terminal (`wetgraaf interview`). The state is
just the facts given so far, keyed as in a scenario file ('wmo2015.kind_van(kind, cliënt)': true), so every
step is stateless: evaluate with the facts given, take the answer's missing facts, and pick the next.

'Most decisive': for each missing fact whose possible values can be listed (waar/onwaar, the values of a soort, an
empty list), the answer is evaluated once per value; the fact that decides the answer for most of its values comes
first, then the one that leaves the fewest facts missing, then the order of the law text. Facts whose values cannot
be listed (dates, amounts) keep the order of the law text after those. Open norms are never asked as if they were
facts: when only judgements remain, the answer says it depends on the judgement of the authority (both branches).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from .api import Wetgraaf
from .engine.evaluate import Answer, Engine, Missing
from .engine.values import EvalError, Unknown
from .parser import ir
from .parser.errors import LawError
from .resolve.program import Definition, Program
from .scenario import _scenario, inputs, parse_question, question_target
from .yamlpos import Located

MAX_RANKED = 40  # rank at most this many missing facts by trial evaluation; the rest keep their text order
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Question:
    """The next fact to ask: its key (to send the answer under), the question text, and its type."""

    key: str
    missing: Missing
    definition: Definition

    @property
    def type(self) -> ir.Type:
        return self.definition.type


@dataclass
class Step:
    answer: Answer
    question: Question | None  # None: nothing more to ask (decided, or only judgements remain)
    program: Program

    @property
    def done(self) -> bool:
        return self.question is None


def fact_key(qname: str, args: tuple) -> str:
    return f"{qname}({', '.join(map(str, args))})" if args else qname


def iso_dates(value: Any) -> Any:
    """Dates written as text ('2013-06-20', as JSON and terminals give them) become dates; the scenario reader
    does the rest of the checking."""
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, list):
        return [iso_dates(v) for v in value]
    return value


def _entities(program: Program, wet: str | None, vraag: str, feiten: dict[str, Any]) -> dict[str, str]:
    """Name -> entity type, read from the question's and the facts' argument types and from lists of entities."""
    found: dict[str, str] = {}

    def note(name: str, definition: Definition | None) -> None:
        name_args = parse_question(name, None)
        d = definition or program.lookup(name_args[0], wet)
        if d is None or len(d.params) != len(name_args[1]):
            return
        for arg, p in zip(name_args[1], d.params):
            if p.type.kind == "entiteit":
                found.setdefault(arg, p.type.name)

    try:
        note(vraag, None)
    except LawError:
        pass  # the question is checked (and its error reported) by the scenario reader
    for key, value in feiten.items():
        try:
            name, _ = parse_question(key, None)
        except LawError:
            continue
        d = program.lookup(name, wet)
        note(key, d)
        if d is not None and d.type.kind == "lijst" and d.type.item.kind == "entiteit" and isinstance(value, list):
            for v in value:
                found.setdefault(str(v), d.type.item.name)
    return found


def situation(wg: Wetgraaf, vraag: str, wet: str | None, peildatum: _dt.date, wijzigingen: tuple[str, ...],
              feiten: dict[str, Any], positions: dict[str, ir.Pos] | None = None):
    """Read the interview state as a scenario: (engine, facts, qname, args). Errors are the scenario reader's."""
    program = wg.program(peildatum, wijzigingen)
    entities = _entities(program, wet, vraag, feiten)
    pos = ir.Pos("verzoek", 1, 1)
    raw = Located()
    raw.pos = pos
    facts_in = Located()
    facts_in.pos = (positions or {}).get("feiten", pos)
    for k, v in feiten.items():
        facts_in[k] = iso_dates(v)
        facts_in.positions[k] = (positions or {}).get(f"feiten.{k}", facts_in.pos)
    groups: dict[str, dict] = {}
    for name, typ in entities.items():
        groups.setdefault(typ, {})[name] = {}
    raw.update({"naam": "interview", "peildatum": peildatum, "wet": wet, "wijzigingen": list(wijzigingen),
                "feiten": facts_in, "personen": groups.pop("persoon", {}), "entiteiten": groups, "vragen": [vraag]})
    raw.positions.update({k: (positions or {}).get(k, pos) for k in raw})
    sc = _scenario(raw, "verzoek", pos)  # the scenario reader: same checks and messages as a scenario file
    facts, ents = inputs(sc, program)
    qname, args = question_target(sc, program, vraag, ents)
    return wg.engine(peildatum, wijzigingen), facts, qname, args


def _trial_values(t: ir.Type, program: Program) -> list:
    if t.kind == "prim" and t.name == "waarheid":
        return [True, False]
    if t.kind == "soort" and t.name in program.soorten:
        return list(program.soorten[t.name].values)
    if t.kind == "lijst":
        return [()]
    return []


def rank(engine: Engine, qname: str, args: tuple, facts: dict, peildatum: _dt.date,
         missing: list[Missing]) -> list[Missing]:
    """The missing facts, most decisive first (see the module docstring)."""
    program = engine.program

    def text_order(m: Missing) -> tuple:
        d = program.definitions[m.qname]
        return (d.pos.file, d.pos.line, tuple(map(str, m.args)))

    ordered = sorted(missing, key=text_order)
    scored = []
    for i, m in enumerate(ordered):
        values = _trial_values(program.definitions[m.qname].type, program) if i < MAX_RANKED else []
        decided, left = 0, 0
        for v in values:
            trial = dict(facts)
            trial[(m.qname, m.args)] = v
            try:
                value, _ = engine.decide(qname, args, trial, peildatum)
            except EvalError:
                decided += 1  # this value ends the question too (with an error the answer will show)
                continue
            if isinstance(value, Unknown):
                left += len(value.facts)
            else:
                decided += 1
        if values:
            score = (0, -decided / len(values), left / len(values))
        else:
            score = (1, 0.0, 0.0)
        scored.append((score, i, m))
    return [m for _, _, m in sorted(scored, key=lambda s: (s[0], s[1]))]


def step(wg: Wetgraaf, vraag: str, wet: str | None, peildatum: _dt.date, wijzigingen: tuple[str, ...],
         feiten: dict[str, Any], positions: dict[str, ir.Pos] | None = None) -> Step:
    """Evaluate with the facts given so far; return the answer and the next question (None when done)."""
    engine, facts, qname, args = situation(wg, vraag, wet, peildatum, wijzigingen, feiten, positions)
    answer = engine.answer(vraag, qname, args, facts, peildatum, trace=True)
    if answer.error is not None or not answer.missing_facts:
        return Step(answer, None, engine.program)
    first = rank(engine, qname, args, facts, peildatum, answer.missing_facts)[0]
    return Step(answer, Question(fact_key(first.qname, first.args), first, engine.program.definitions[first.qname]),
                engine.program)


def read_answer(text: str, t: ir.Type) -> Any:
    """A typed answer from a terminal line: ja/nee, numbers, dates, soort values, comma-separated lists.
    The scenario reader checks the value (and says what is wrong) afterwards."""
    text = text.strip()
    if t.kind == "lijst":
        return [read_answer(part, t.item) for part in text.split(",") if part.strip()]
    if t.kind == "prim" and t.name == "waarheid":
        low = text.lower()
        return True if low in ("ja", "j", "waar", "true") else False if low in ("nee", "n", "onwaar", "false") else text
    if t.kind == "prim" and t.name == "geheel" and re.fullmatch(r"-?\d+", text):
        return int(text)
    return iso_dates(text)


__all__ = ["Question", "Step", "step", "rank", "fact_key", "read_answer", "iso_dates"]
