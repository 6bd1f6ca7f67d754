"""The interview: ask only the questions still needed to decide, one at a time, most decisive first.

Shared by the question service (`POST /api/interview/next`) and the terminal (`wetgraaf interview`). The state is
just the facts given so far, keyed as in a scenario file ('wmo2015.kind_van(kind, cliënt)': true), so every
step is stateless: evaluate with the facts given, take the answer's missing facts, and pick the next.

'Most decisive': for each missing fact whose possible values can be listed (waar/onwaar, the values of a soort, an
empty list), the answer is evaluated once per value; the fact that decides the answer for most of its values comes
first, then the one that leaves the fewest facts missing, then the order of the law text. Facts whose values cannot
be listed (dates, amounts) keep the order of the law text after those. Open norms are never asked as if they were
facts: when only judgements remain, the answer says it depends on the judgement of the authority (both branches).

Every interview can be finished: a fact whose value is an entity (a gebied, a gemeente, a person) is asked as a
choice among the entities known so far, the ones the municipal data know by name (law/gemeenten/), and "een ander
..." (a fresh name, whose own facts are asked next). A fact the user does not know is skipped (`onbekend`): it is
never asked again, and when only skipped facts remain the interview ends with the answer onbekend and the facts
still missing, as the engine gives them.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .api import Wetgraaf
from .engine.evaluate import Answer, Engine, Missing
from .core.values import Duration, EvalError, Money, Unknown, add_duration
from .limits import check as check_deadline
from .parser import ir
from .core.errors import LawError
from .resolve.gegevens import aanvullen
from .resolve.model import Definition, Program
from .resolve.situation import in_force
from .scenario import scenario_from_yaml, inputs, parse_question, question_target
from .yamlpos import Located

MAX_RANKED = 40  # rank at most this many missing facts by trial evaluation; the rest keep their text order
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Keuze:
    """One choice for an entity-valued fact: the value to send and the words to show."""

    waarde: str
    tekst: str
    nieuw: bool = False  # "een ander ...": a fresh entity, whose own facts are asked next


@dataclass
class Question:
    """The next fact to ask: its key (to send the answer under), the question text, its type and, for an entity
    (or a list of entities), the choices."""

    key: str
    missing: Missing
    definition: Definition
    keuzes: list[Keuze] = field(default_factory=list)

    @property
    def type(self) -> ir.Type:
        return self.definition.type

    @property
    def tekst(self) -> str:
        return self.missing.vraag or label_of(self.definition, self.missing.args)


@dataclass
class Step:
    answer: Answer
    question: Question | None  # None: nothing more to ask (decided, only judgements remain, or only skipped facts)
    program: Program
    skipped: list[Missing] = field(default_factory=list)  # missing facts the user said he does not know
    bound: int | None = None  # at most this many questions remain (None: no finite bound, e.g. a list of people)
    warnings: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.question is None


def label_of(d: Definition, args: tuple | None = None) -> str:
    """The words for a definition: its Dutch label with the arguments (or, without them, the roles) in its {param}
    places when the law file gives one (resolve.labels.phrase), else its name."""
    from .resolve.labels import phrase

    return phrase(d, args)


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
    """Name -> entity type, read from the question's and the facts' argument types, from the values of facts whose
    value is an entity (a value not seen before is a new entity: "een ander gebied") and from lists of entities."""
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
        if d is None:
            continue
        if d.type.kind == "entiteit" and isinstance(value, str) and _NAME.match(value):
            found.setdefault(value, d.type.name)
        if d.type.kind == "lijst" and d.type.item.kind == "entiteit" and isinstance(value, list):
            for v in value:
                if isinstance(v, str) and _NAME.match(v):
                    found.setdefault(v, d.type.item.name)
    return found


_NAME = re.compile(r"^[^\W\d]\w*$")  # an entity name as a scenario writes it (no spaces, commas or brackets)


def situation(wg: Wetgraaf, vraag: str, wet: str | None, peildatum: _dt.date, wijzigingen: tuple[str, ...],
              feiten: dict[str, Any], positions: dict[str, ir.Pos] | None = None):
    """Read the interview state as a scenario: (engine, facts, qname, args, entities). Errors are the scenario
    reader's. Gemeente and gebied entities get the facts the municipal data state (law/gemeenten/)."""
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
    sc = scenario_from_yaml(raw, "verzoek", pos)  # the scenario reader: same checks and messages as a scenario file
    facts, ents = inputs(sc, program)
    for data in wg.gegevens():  # one reader per law that declares municipal data
        facts, _ = aanvullen(data, program, peildatum, facts, ents)
    qname, args = question_target(sc, program, vraag, ents)
    return wg.engine(peildatum, wijzigingen), facts, qname, args, ents


MAX_PROBES = 8  # trial values per date, amount or number: either side of the boundaries nearest to the peildatum


def _trial_values(t: ir.Type, program: Program, peildatum: _dt.date | None = None) -> list:
    if t.kind == "prim" and t.name == "waarheid":
        return [True, False]
    if t.kind == "soort" and t.name in program.soorten:
        return list(program.soorten[t.name].values)
    if t.kind == "lijst":
        return [()]
    if t.kind == "prim" and peildatum is not None:
        return probes(t.name, program, peildatum)
    return []


def boundaries(program: Program) -> dict[str, set]:
    """Every literal the rules compare with, by kind: durations, amounts, whole numbers and dates. Found once per
    program and kept on the program itself (as Program.suggest keeps its memo), so the cache lives and dies with
    the compiled situation that owns the program, never keyed by the id() of an object that may be gone."""
    kept: dict[str, set] | None = program.__dict__.get("_boundaries")
    if kept is None:
        found: dict[str, set] = {"duur": set(), "bedrag": set(), "geheel": set(), "datum": set()}
        seen: set[int] = set()

        def walk(x: Any) -> None:
            if id(x) in seen or x is None or isinstance(x, (str, int, float, bool, ir.Pos, ir.Type)):
                return
            seen.add(id(x))
            if isinstance(x, ir.Literal):
                v = x.value
                kind = ("duur" if isinstance(v, Duration) else "bedrag" if isinstance(v, Money) else
                        "datum" if isinstance(v, _dt.date) else
                        "geheel" if isinstance(v, int) and not isinstance(v, bool) else None)
                if kind:
                    found[kind].add(v)
                return
            if isinstance(x, (list, tuple)):
                for y in x:
                    walk(y)
                return
            for name in getattr(x, "__slots__", ()) or getattr(x, "__dataclass_fields__", ()):
                walk(getattr(x, name, None))

        for d in program.definitions.values():
            for r in d.rules + d.exceptions:
                walk(r)
        program.__dict__["_boundaries"] = kept = found
    return kept


def probes(type_name: str, program: Program, peildatum: _dt.date) -> list:
    """Trial values around the boundaries the rules compare with: for a date, a day either side of the peildatum
    less each duration (an age of 18, six years of residence) and of each date literal; for an amount or number,
    either side of each literal. The nearest boundaries first, at most MAX_PROBES."""
    b = boundaries(program)
    if type_name == "datum":
        edges = [peildatum] + sorted(b["datum"], key=lambda d: abs((d - peildatum).days))
        for dur in sorted(b["duur"], key=lambda d: (d.years, d.months, d.days)):
            try:
                edges.append(add_duration(peildatum, -dur))
            except (ValueError, OverflowError, EvalError):
                continue
        for n in sorted(x for x in b["geheel"] if 0 < x <= 120):  # 'leeftijd(...) >= 18': whole years
            try:
                edges.append(add_duration(peildatum, -Duration(years=n)))
            except (ValueError, OverflowError, EvalError):
                continue
        out: list = []
        for e in edges:
            for days in (-1, 1):
                try:
                    v = e + _dt.timedelta(days=days)
                except OverflowError:  # a peildatum at the end of the calendar
                    continue
                if v not in out:
                    out.append(v)
        return out[:MAX_PROBES]
    if type_name == "bedrag":
        vals = sorted(b["bedrag"], key=lambda m: m.cents)
        return _either_side([m.cents for m in vals], lambda c: Money(c), 1)
    if type_name == "geheel":
        return _either_side(sorted(b["geheel"]), int, 1)
    return []


def _either_side(edges: list[int], make, step_: int) -> list:
    out: list = []
    for e in edges:
        for v in (e - step_, e):
            if make(v) not in out:
                out.append(make(v))
    return out[:MAX_PROBES]


def rank(engine: Engine, qname: str, args: tuple, facts: dict, peildatum: _dt.date,
         missing: list[Missing]) -> list[Missing]:
    """The missing facts, the one that most reduces what remains to ask first: for each fact, the answer is
    evaluated with each of its possible values (waar/onwaar, a soort's values, an empty list, and for dates,
    amounts and numbers values either side of every boundary the rules compare with); the fact with the fewest
    facts still missing on average comes first (a decided answer leaves none), then the order of the law text."""
    program = engine.program

    def text_order(m: Missing) -> tuple:
        d = program.definitions[m.qname]
        return (d.pos.file, d.pos.line, tuple(map(str, m.args)))

    ordered = sorted(missing, key=text_order)
    scored = []
    for i, m in enumerate(ordered):
        values = _trial_values(program.definitions[m.qname].type, program, peildatum) if i < MAX_RANKED else []
        left = 0
        for v in values:
            check_deadline()
            trial = dict(facts)
            trial[(m.qname, m.args)] = v
            try:
                value, _ = engine.decide(qname, args, trial, peildatum)
            except EvalError:
                continue  # this value ends the question too (with an error the answer will show)
            if isinstance(value, Unknown):
                left += len(value.facts)
        score = (0, left / len(values)) if values else (1, float(len(missing)))
        scored.append((score, i, m))
    return [m for _, _, m in sorted(scored, key=lambda s: (s[0], s[1]))]


def choices(wg: Wetgraaf, t: ir.Type, entities: dict[str, str]) -> list[Keuze]:
    """The choices for a fact whose value is an entity of type `t` (or a list of them): the entities known so
    far, those the municipal data know by name, and a fresh one ("een ander gebied")."""
    if t.kind == "lijst" and t.item is not None:
        t = t.item
    if t.kind != "entiteit":
        return []
    out = [Keuze(n, n) for n, typ in entities.items() if typ == t.name]
    seen = {k.waarde for k in out}
    known: list[tuple[str, str]] = []
    for data in wg.gegevens():  # one reader per law that declares municipal data
        if t.name == "gemeente":
            known += [(g.id, g.naam) for g in data.gemeenten.values()]
        elif t.name == "gebied":
            known += [(g.id, f"{g.naam} ({data.gemeenten[g.gemeente].naam})" if g.gemeente in data.gemeenten
                       else g.naam) for g in data.gebieden.values()]
    known = list(dict.fromkeys(known))
    out += [Keuze(k, naam) for k, naam in sorted(known, key=lambda x: x[1]) if k not in seen]
    n = 1
    while f"{t.name}{n}" in entities:
        n += 1
    out.append(Keuze(f"{t.name}{n}", f"een ander{'e' if t.name in _DE_WOORDEN else ''} {t.name}", nieuw=True))
    return out


_DE_WOORDEN = {"persoon", "gemeente", "woning", "organisatie", "dienst", "melding", "aanpak"}  # 'een andere ...'


def question_json(q: Question, program: Program) -> dict:
    """A question as the service sends it: key, words, type (with the values of a soort) and choices."""
    from .site.pages_terms import type_json

    t = type_json(q.type, program.soorten)
    soort = q.type.item if q.type.kind == "lijst" and q.type.item is not None else q.type
    if soort.kind == "soort" and soort.name in program.soorten:
        labels = getattr(program.soorten[soort.name], "labels", None) or {}
        t["teksten"] = {v: labels.get(v) or v.replace("_", " ") for v in program.soorten[soort.name].values}
    return {"sleutel": q.key, "naam": q.missing.qname, "argumenten": list(map(str, q.missing.args)),
            "tekst": q.tekst, "label": label_of(q.definition, q.missing.args),
            "omschrijving": getattr(q.definition, "omschrijving", None), "soort": q.definition.kind, "type": t,
            "keuzes": [{"waarde": k.waarde, "tekst": k.tekst, "nieuw": k.nieuw} for k in q.keuzes]}


def applicable_amendments(wg: Wetgraaf, vraag: str, wet: str | None, peildatum: _dt.date,
                          wijzigingen: tuple[str, ...]) -> list[str]:
    """The amendments (not yet applied) that change a law the decision rests on."""
    program = wg.program(peildatum, wijzigingen)
    try:
        name, _ = parse_question(vraag, None)
    except LawError:
        return []
    d = program.lookup(name, wet)
    if d is None:
        return []
    wetten = {x.wet for x in reachable(program, d.qname)}
    return [naam for naam, w in sorted(wg.corpus.wijzigingen.items())
            if naam not in wijzigingen and any(i.wet in wetten for i in w.instructions)]


def reachable(program: Program, qname: str) -> list[Definition]:
    """Every definition a decision can depend on, through every rule, itself included."""
    seen, stack, out = set(), [qname], []
    while stack:
        q = stack.pop()
        if q in seen or q not in program.definitions:
            continue
        seen.add(q)
        out.append(program.definitions[q])
        stack.extend(program.definitions[q].uses)
    return out


def reachable_inputs(program: Program, qname: str) -> list[Definition]:
    """The facts (not the judgements) a decision can depend on, through every rule."""
    return [d for d in reachable(program, qname) if d.kind == "feit"]


def bound(program: Program, qname: str, entities: dict[str, str], given: set[tuple[str, tuple]]) -> int | None:
    """At most how many questions can still come: every instance of every fact the decision can depend on, over
    the entities known now plus one new entity for every entity-valued fact still open, less the facts given.
    None when there is no finite bound (a list of entities, a fact about a text)."""
    inputs_ = reachable_inputs(program, qname)
    known: dict[str, int] = {}
    for typ in entities.values():
        known[typ] = known.get(typ, 0) + 1
    new: dict[str, int] = {}
    for _ in range(12):  # the entity types form a short chain (woning -> gebied -> gemeente): a fixpoint is quick
        sizes = {t: known.get(t, 0) + new.get(t, 0) for t in set(known) | set(new)}
        total, grown = 0, {}
        for d in inputs_:
            count = 1
            for p in d.params:
                if p.type.kind == "entiteit":
                    count *= sizes.get(p.type.name, 0)
                elif p.type.kind == "soort" and p.type.name in program.soorten:
                    count *= len(program.soorten[p.type.name].values)
                else:
                    return None
            open_ = count - sum(1 for (q, _a) in given if q == d.qname)
            open_ = max(open_, 0)
            total += open_
            if d.type.kind == "lijst" and d.type.item is not None and d.type.item.kind == "entiteit" and open_:
                return None
            if d.type.kind == "entiteit":
                grown[d.type.name] = grown.get(d.type.name, 0) + open_
        if grown == new:
            return total
        new = grown
    return None


def step(wg: Wetgraaf, vraag: str, wet: str | None, peildatum: _dt.date, wijzigingen: tuple[str, ...],
         feiten: dict[str, Any], positions: dict[str, ir.Pos] | None = None, onbekend: Iterable[str] = ()) -> Step:
    """Evaluate with the facts given so far; return the answer and the next question (None when done). Facts named
    in `onbekend` (keys as in `feiten`) are not known to the user: they are never asked again."""
    engine, facts, qname, args, entities = situation(wg, vraag, wet, peildatum, wijzigingen, feiten, positions)
    program = engine.program
    answer = engine.answer(vraag, qname, args, facts, peildatum, trace=True)
    skip = {k.replace(" ", "") for k in onbekend}
    warnings = peildatum_warnings(wg, program, qname, peildatum)
    if answer.error is not None or not answer.missing_facts:
        return Step(answer, None, program, [], 0, warnings)

    def skipped(m: Missing) -> bool:
        return fact_key(m.qname, m.args).replace(" ", "") in skip or \
            fact_key(m.qname.split(".", 1)[1], m.args).replace(" ", "") in skip

    open_ = [m for m in answer.missing_facts if not skipped(m)]
    gone = [m for m in answer.missing_facts if skipped(m)]
    limit = bound(program, qname, entities, set(facts) | {(m.qname, m.args) for m in gone} | _keys(program, wet, skip))
    if not open_:
        return Step(answer, None, program, gone, 0, warnings)
    first = rank(engine, qname, args, facts, peildatum, open_)[0]
    d = program.definitions[first.qname]
    q = Question(fact_key(first.qname, first.args), first, d, choices(wg, d.type, entities))
    return Step(answer, q, program, gone, limit, warnings)


def known_facts(program: Program, wet: str | None, feiten: dict[str, Any]) -> dict[str, Any]:
    """The facts another version of the law knows (a fact an amendment removes simply does not exist there)."""
    out = {}
    for k, v in feiten.items():
        try:
            name, _ = parse_question(k, None)
        except LawError:
            out[k] = v  # the scenario reader reports it
            continue
        if program.lookup(name, wet) is not None:
            out[k] = v
    return out


def _keys(program: Program, wet: str | None, keys: Iterable[str]) -> set[tuple[str, tuple]]:
    """Fact keys as the engine names them: 'gebied_van(w)' -> ('wbmgp.gebied_van', ('w',))."""
    out = set()
    for k in keys:
        try:
            name, args = parse_question(k, None)
        except LawError:
            continue
        d = program.lookup(name, wet)
        if d is not None:
            out.add((d.qname, tuple(args)))
    return out


def peildatum_warnings(wg: Wetgraaf, program: Program, qname: str, peildatum: _dt.date) -> list[str]:
    """A warning for every article the decision rests on of which no version was in force on the peildatum (the
    situation then uses the oldest text known, resolve/situation.py)."""
    articles = {(d.wet, d.citation.artikel) for d in reachable(program, qname)
                if d.citation is not None and d.citation.artikel}
    groups: dict[tuple[str, str], list[str]] = {}  # (wet, what is known) -> article numbers
    for wet, nummer in sorted(articles):
        law = wg.corpus.laws.get(wet)
        versions = [a for a in law.articles if a.nummer == nummer] if law else []
        if versions and not any(in_force(a, peildatum) for a in versions):
            first = min((a.geldig_vanaf for a in versions if a.geldig_vanaf), default=None)
            last = max((a.geldig_tot for a in versions if a.geldig_tot), default=None)
            since = (f"de tekst is bekend vanaf {first.isoformat()}" if first and peildatum < first else
                     f"de laatste bekende tekst gold tot en met {last.isoformat()}" if last else "")
            groups.setdefault((wet, since), []).append(nummer)
    out = []
    for (wet, since), nummers in groups.items():
        nummers = sorted(nummers, key=lambda n: [(0, int(x), "") if x.isdigit() else (1, 0, x)
                                                 for x in re.findall(r"\d+|\D+", n)])
        law = wg.corpus.laws[wet]
        arts = (f"artikel {nummers[0]}" if len(nummers) == 1 else
                f"de artikelen {', '.join(nummers[:-1])} en {nummers[-1]}")
        out.append(f"Op de peildatum {peildatum.isoformat()} gold geen tekst die wetgraaf kent van {arts} "
                   f"{law.afkorting or law.citeertitel}{'; ' + since if since else ''}. Het antwoord gebruikt de "
                   "oudste bekende tekst en kan daarom afwijken van het recht op die dag.")
    return out

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


__all__ = ["Question", "Keuze", "Step", "step", "rank", "choices", "bound", "fact_key", "label_of", "read_answer",
           "iso_dates", "peildatum_warnings", "question_json", "applicable_amendments",
           "known_facts"]
