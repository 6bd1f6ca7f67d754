"""Law defects found without a scenario: what `wetgraaf controleer` lists beside the errors that stop loading.

Found by searching the inputs of the rules (the engine itself is the oracle, so nothing here re-implements its
semantics):

- WG-DEF-001 a possible Conflict: a case in which two rules of equal priority both apply with different results;
- WG-DEF-002 a possible NoValue: a case in which no rule of a begrip applies;
- WG-DEF-003 an exception whose condition is never true;
- WG-DEF-004 an exception that never applies together with the rule it departs from;
- WG-DEF-005 a rule that never decides: whenever its condition holds, an exception overrides it;
- WG-DEF-006 a definition that nothing uses; WG-DEF-007 a reference in the text to a lid or onderdeel that does
  not exist; WG-DEF-008 a link whose anchor names another article than its words (these three come from the graph
  pass, graph/queries.py).

Circular definitions stop loading (WG-CYCLE-001, resolve/program.py) and are therefore errors, not defects.

The search. A case is an assignment of values to inputs (facts and open norms). It starts from the empty case
and asks the engine; an answer that is onbekend lists exactly the inputs it still rests on, and the search
branches on one of them. Three-valued logic makes this sound: once the answer is known (or an error) with some
inputs unset, no value of the others changes it, so the branch is closed. Booleans, soorten and lists of a soort
are tried exhaustively; dates, numbers, amounts and durations only at a few sample values (a case found with
them is real, but "never" is claimed only when every branch was closed with exhaustive values). Every search is
bounded (BUDGET evaluations); a search that ran out is not reported as proof of anything.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import itertools
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable, Iterator

from ..engine.compile import Compiled, Context
from ..engine.evaluate import Engine
from ..engine.explain import shown
from ..core.values import Duration, EvalError, Money, Unknown, merge_unknowns
from ..parser import ir
from ..core.errors import LawError
from ..graph.queries import anchor_mismatches, dangling, unused
from ..resolve.model import Definition, Program, Rule
from ..taal import Bericht, bericht, opsomming

BUDGET = 1500  # evaluations per search
MAX_SOORT_SUBSETS = 4  # a list of a soort with at most this many values: every subset is tried
Key = tuple[str, tuple]


@dataclass
class Defect(LawError):
    """A law defect: a LawError with severity fout, waarschuwing or opmerking, and for the defects found by the
    search the case that shows it (`getuige`, a scenario in the scenario file format)."""

    getuige: dict | None = None


@dataclass
class _Result:
    found: dict[str, tuple[dict, Any]] = field(default_factory=dict)  # tag -> (case, detail)
    complete: bool = True  # every branch closed, with exhaustive values only
    evaluations: int = 0


class _Search:
    """Depth-first search over the inputs the engine says it still needs."""

    def __init__(self, engine: Engine, peildatum: _dt.date, budget: int = BUDGET) -> None:
        self.engine = engine
        self.program = engine.program
        self.peildatum = peildatum
        self.budget = budget

    def domain(self, key: Key) -> tuple[list, bool] | None:
        """The values to try for an input, and whether they are all its values."""
        d = self.program.definitions.get(key[0])
        if d is None:
            return None
        t = d.type
        if t == ir.BOOL:
            return [True, False], True
        if t.kind == "soort" and t.name in self.program.soorten:
            return list(self.program.soorten[t.name].values), True
        if t.kind == "lijst" and t.item is not None:
            if t.item.kind == "soort" and t.item.name in self.program.soorten:
                values = self.program.soorten[t.item.name].values
                if len(values) <= MAX_SOORT_SUBSETS:
                    return [tuple(c) for r in range(len(values) + 1) for c in itertools.combinations(values, r)], True
                return [()] + [(v,) for v in values], False
            if t.item.kind == "entiteit":
                return [(), (f"{t.item.name}_1",)], False
            return [()], False
        if t.kind == "entiteit":
            return [f"{t.name}_1"], False
        p = self.peildatum
        samples: dict[str, list] = {
            "datum": [_years_before(p, 40), _years_before(p, 16), p - _dt.timedelta(days=30),
                      p + _dt.timedelta(days=30)],
            "geheel": [0, 1, 3, 20], "getal": [Fraction(0), Fraction(1, 2), Fraction(2)],
            "bedrag": [Money(0), Money(100_000), Money(5_000_000)],
            "duur": [Duration(days=0), Duration(months=6), Duration(years=5)], "tekst": ["x"]}
        return (samples[t.name], False) if t.name in samples else None

    def run(self, test: Callable[[dict], Any], want: set[str]) -> _Result:
        """`test(case)` returns an Unknown (branch on its inputs), a tag (a finding: the case is kept) or None
        (this branch is closed). Stops when every tag in `want` is found or the budget is spent."""
        result = _Result()
        stack: list[dict] = [{}]
        while stack:
            if result.evaluations >= self.budget:
                result.complete = False
                break
            case = stack.pop()
            result.evaluations += 1
            outcome = test(case)
            if isinstance(outcome, Unknown):
                choice = self._pick(outcome, case)
                if choice is None:
                    result.complete = False  # it rests on inputs that cannot be tried
                    continue
                key, values, exhaustive = choice
                result.complete &= exhaustive
                stack.extend({**case, key: v} for v in reversed(values))
            elif isinstance(outcome, tuple):
                tag, detail = outcome
                if tag not in result.found:
                    result.found[tag] = self._minimise(test, case, tag, detail)
                if want <= set(result.found):
                    break
        return result

    @staticmethod
    def _minimise(test: Callable[[dict], Any], case: dict, tag: str, detail: Any) -> tuple[dict, Any]:
        """Drop every input the finding does not need, so the case shown is short."""
        for key in sorted(case, key=lambda k: (k[0], tuple(map(str, k[1]))), reverse=True):
            trial = {k: v for k, v in case.items() if k != key}
            outcome = test(trial)
            if isinstance(outcome, tuple) and outcome[0] == tag:
                case, detail = trial, outcome[1]
        return case, detail

    def _pick(self, unknown: Unknown, case: dict) -> tuple[Key, list, bool] | None:
        options = []
        for key in sorted(unknown.facts | unknown.oordelen, key=lambda k: (k[0], tuple(map(str, k[1])))):
            if key in case:
                continue
            dom = self.domain(key)
            if dom is not None:
                options.append((not dom[1], len(dom[0]), key, dom))
        if not options:
            return None
        *_, key, (values, exhaustive) = min(options, key=lambda o: o[:2])
        return key, values, exhaustive


def _years_before(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# -- the cases in which a definition is asked ----------------------------------------------------------------------


def _arguments(d: Definition, program: Program) -> Iterator[tuple]:
    """Argument tuples to ask `d` with: an entity per entity parameter (named after it), every value of a soort
    parameter. Nothing for parameters of other types (the definition is then not searched)."""
    choices = []
    for p in d.params:
        if p.type.kind == "entiteit":
            choices.append([p.name])
        elif p.type.kind == "soort" and p.type.name in program.soorten:
            choices.append(list(program.soorten[p.type.name].values))
        else:
            return
    yield from itertools.product(*choices)


def _tiers(d: Definition) -> Iterator[list[Rule]]:
    """Every group of rules of equal priority: the base rules, the exceptions to all of them, the exceptions of
    each rule."""
    yield d.rules
    yield d.exceptions
    stack = list(d.rules) + list(d.exceptions)
    while stack:
        r = stack.pop()
        yield r.exceptions
        stack.extend(r.exceptions)


def _all_rules(d: Definition) -> Iterator[tuple[Rule, Rule | None, bool]]:
    """Every rule with the rule it departs from (None for a base rule or an exception to all base rules) and
    whether it sits under the base rules (then the exceptions to all base rules outrank it)."""
    stack: list[tuple[Rule, Rule | None, bool]] = [(r, None, True) for r in d.rules]
    stack += [(r, None, False) for r in d.exceptions]
    while stack:
        r, parent, in_base = stack.pop()
        yield r, parent, in_base
        stack.extend((x, r, in_base) for x in r.exceptions)


def _may_conflict_or_fail(d: Definition) -> bool:
    if any(len(t) > 1 for t in _tiers(d)):
        return True
    return bool(d.rules) and all(r.cond is not None for r in d.rules)


def _label(key: Key) -> str:
    qname, args = key
    return f"{qname}({', '.join(map(str, args))})" if args else qname


def describe(case: dict) -> Any:
    """A case in one line: 'a(p) = waar, b(p) = onwaar', or 'in every case'; a catalogue message, so the value words
    (waar, onwaar, onbekend) are said in the reader's language ('a(p) = true')."""
    if not case:
        return bericht("zin.def.elk_geval")
    return opsomming([bericht("zin.def.gelijk", naam=_label(k), waarde=_shown(v))
                      for k, v in sorted(case.items(), key=lambda kv: _label(kv[0]))])


def _shown(v: Any) -> Any:
    """A value as show_value says it, with its words as catalogue messages (a list item by item)."""
    if isinstance(v, tuple):
        return bericht("zin.def.lijst", waarden=opsomming([_shown(x) for x in v]))
    return shown(v)


def witness(program: Program, peildatum: _dt.date, wijzigingen: tuple[str, ...], d: Definition, args: tuple,
            case: dict) -> dict:
    """The case as a scenario (docs/scenarios.md) asking the definition: `wetgraaf vraag` reproduces the defect."""
    entities: dict[str, str] = {}
    for p, a in zip(d.params, args):
        if p.type.kind == "entiteit":
            entities[str(a)] = p.type.name
    for (qname, key_args), value in case.items():
        for p, a in zip(program.definitions[qname].params, key_args):
            if p.type.kind == "entiteit":
                entities.setdefault(str(a), p.type.name)
        t = program.definitions[qname].type
        for item in (value if isinstance(value, tuple) else (value,)):
            if (t.item or t).kind == "entiteit":
                entities.setdefault(str(item), (t.item or t).name)
    feiten = {}
    for key, value in sorted(case.items(), key=lambda kv: _label(kv[0])):
        feiten[_label(key)] = _scenario_value(value)
    question = _label((d.qname, args))
    out: dict[str, Any] = {"naam": f"getuige: {question}", "peildatum": peildatum}
    if wijzigingen:
        out["wijzigingen"] = list(wijzigingen)
    personen: dict[str, dict] = {n: {} for n, soort in sorted(entities.items()) if soort == "persoon"}
    others: dict[str, dict] = {}
    for n, soort in sorted(entities.items()):
        if soort != "persoon":
            others.setdefault(soort, {})[n] = {}
    if personen:
        out["personen"] = personen
    if others:
        out["entiteiten"] = others
    if feiten:
        out["feiten"] = feiten
    out["vragen"] = [question]
    return out


def _scenario_value(v: Any) -> Any:
    if isinstance(v, Money):
        return f"{v.cents // 100}.{v.cents % 100:02d}"
    if isinstance(v, Fraction):
        return str(float(v))
    if isinstance(v, Duration):
        unit = next((f"{n} {u}" for n, u in ((v.years, "jaar"), (v.months, "maanden"), (v.days, "dagen")) if n), None)
        return unit or "0 dagen"
    if isinstance(v, tuple):
        return [_scenario_value(x) for x in v]
    return v


# -- the analyses ------------------------------------------------------------------------------------------------


class Analysis:
    """The defects of one program (one peildatum with its amendments)."""

    def __init__(self, program: Program, engine: Engine | None = None, budget: int = BUDGET) -> None:
        self.program = program
        self.engine = engine or Engine(program)
        self.peildatum = program.situation.peildatum or _dt.date.today()
        self.wijzigingen = tuple(program.situation.wijzigingen)
        self.search = _Search(self.engine, self.peildatum, budget)
        self.unchecked: list[str] = []  # definitions whose search ran out of budget or could not be done

    def defects(self, graph=None) -> list[Defect]:
        out: list[Defect] = []
        for d in self.program.definitions.values():
            if d.kind not in ("begrip", "parameter") or not d.rules:
                continue
            out.extend(self.conflicts_and_gaps(d))
            out.extend(self.exceptions(d))
        if graph is not None:
            out.extend(graph_defects(graph))
        return out

    # Conflict and NoValue: ask the definition itself
    def conflicts_and_gaps(self, d: Definition) -> list[Defect]:
        if not _may_conflict_or_fail(d):
            return []
        out: list[Defect] = []
        engine = self.engine
        for args in _arguments(d, self.program):
            def test(case: dict, args=args):
                try:
                    value, _ = engine.decide(d.qname, args, case, self.peildatum)
                except EvalError as exc:
                    if exc.code in ("WG-EVAL-001", "WG-EVAL-002"):
                        return exc.code, exc
                    return None
                return value if isinstance(value, Unknown) else None

            res = self.search.run(test, {"WG-EVAL-001", "WG-EVAL-002"})
            if not res.complete and res.evaluations >= self.search.budget:
                self.unchecked.append(d.qname)
            q = _label((d.qname, args))
            for code, (case, exc) in sorted(res.found.items()):
                scen = witness(self.program, self.peildatum, self.wijzigingen, d, args, case)
                if code == "WG-EVAL-002":
                    # the two rules and their values (a Bericht's argument, so it renders in the reader's language)
                    detail = exc.message.args.get("detail") if isinstance(exc.message, Bericht) else None
                    detail = detail or exc.message.split(": ", 1)[-1]
                    out.append(Defect("WG-DEF-001", bericht("WG-DEF-001", vraag=q, detail=detail,
                                                            geval=describe(case)), exc.pos or d.pos,
                                      "waarschuwing", bericht("WG-DEF-001.hint"), getuige=scen))
                else:
                    out.append(Defect("WG-DEF-002", bericht("WG-DEF-002", vraag=q, geval=describe(case),
                                                            bron=d.citation.bericht()), d.pos, "waarschuwing",
                                      bericht("WG-DEF-002.hint"), getuige=scen))
            if res.found:
                break  # one argument combination that shows the defect is enough
        return out

    # Exceptions that never apply, never overlap their rule, or never decide
    def exceptions(self, d: Definition) -> list[Defect]:
        out: list[Defect] = []
        args_list = list(itertools.islice(_arguments(d, self.program), 8))
        if not args_list:
            return out
        for rule, parent, in_base in _all_rules(d):
            is_exception = rule.excepts is not None
            if is_exception and rule.cond is not None and self._never(d, args_list, [(rule, True)]):
                out.append(Defect("WG-DEF-003", bericht("WG-DEF-003", label=rule.label, naam=d.name), rule.pos,
                                  "waarschuwing", bericht("WG-DEF-003.hint")))
                continue
            if (parent is not None and parent.cond is not None
                    and self._never(d, args_list, [(rule, True), (parent, True)])):
                out.append(Defect("WG-DEF-004", bericht("WG-DEF-004", label=rule.label, naam=d.name,
                                                        regel=parent.label, plaats=str(parent.pos)), rule.pos,
                                  "waarschuwing", bericht("WG-DEF-004.hint")))
                continue
            overriders = list(rule.exceptions) + (list(d.exceptions) if in_base else [])
            if not overriders:
                continue
            if any(x.cond is None for x in overriders):
                x = next(x for x in overriders if x.cond is None)
                out.append(self._shadowed(d, rule, bericht("zin.def.geldt_altijd", label=x.label, plaats=str(x.pos))))
            elif self._never(d, args_list, [(rule, True)] + [(x, False) for x in overriders]):
                out.append(self._shadowed(d, rule, bericht("zin.def.altijd_uitzondering")))
        return out

    def _shadowed(self, d: Definition, rule: Rule, why: str) -> Defect:
        what = bericht("zin.def.uitzondering") if rule.excepts else bericht("zin.def.regel")
        label = rule.label or bericht("zin.def.eigen_regel")
        return Defect("WG-DEF-005", bericht("WG-DEF-005", wat=what, label=label, naam=d.name, waarom=why), rule.pos,
                      "waarschuwing", bericht("WG-DEF-005.hint"))

    def _never(self, d: Definition, args_list: list[tuple], conds: list[tuple[Rule, bool]]) -> bool:
        """Proved: for no argument combination is there a case where each rule's condition has the wanted truth
        value (a condition-less rule is always true)."""
        compiled = [(_condition(self.engine, r), r.params, want) for r, want in conds]
        for args in args_list:
            def test(case: dict, args=args):
                ctx = Context(case, self.peildatum)
                pending = []
                for fn, params, want in compiled:
                    try:
                        v = True if fn is None else fn(ctx, _env(params, args))
                    except (EvalError, RecursionError):
                        return None
                    if isinstance(v, Unknown):
                        pending.append(v)
                    elif v is not want:
                        return None
                if pending:
                    return pending[0] if len(pending) == 1 else merge_unknowns(pending)
                return "kan", None

            res = self.search.run(test, {"kan"})
            if res.found or not res.complete:
                return False
        return True


def _condition(engine: Engine, rule: Rule) -> Callable | None:
    """The compiled condition of a rule, `f(ctx, env)`; None when the rule has no condition."""
    if rule.cond is None:
        return None
    if _POSITIONAL:
        return engine.compiled.expr(rule.cond, rule.params)
    return engine.compiled.expr(rule.cond)


def _env(params: tuple[str, ...], args: tuple) -> Any:
    """The environment of a rule's expressions: positional (the rule's parameters in order) or by name, as the
    compiler of this version expects."""
    return tuple(args) if _POSITIONAL else dict(zip(params, args))


_POSITIONAL = "scope" in inspect.signature(Compiled.expr).parameters


# -- from the graph pass -----------------------------------------------------------------------------------------


def graph_defects(g) -> list[Defect]:
    """Unused definitions, dangling references and misdirected links (graph/queries.py), as defects."""
    out: list[Defect] = []
    for n in unused(g):
        d = g.nodes[n]
        pos = ir.Pos(d["file"], d.get("line", 1), d.get("col", 1)) if d.get("file") else None
        if d["kind"] == "begrip":
            out.append(Defect("WG-DEF-006", bericht("WG-DEF-006.begrip", label=d["label"]), pos, "opmerking"))
        else:
            out.append(Defect("WG-DEF-006", bericht("WG-DEF-006", soort=bericht(f"zin.graaf.soort.{d['kind']}"),
                                                    label=d["label"]), pos,
                              "waarschuwing", bericht("WG-DEF-006.hint")))
    for i in dangling(g):
        out.append(Defect("WG-DEF-007", bericht("WG-DEF-007", tekst=i.tekst, reden=i.reden),
                          ir.Pos(i.file, i.line, i.col), "waarschuwing", bericht("WG-DEF-007.hint")))
    for i in anchor_mismatches(g):
        out.append(Defect("WG-DEF-008", bericht("WG-DEF-008", tekst=i.tekst, reden=i.reden),
                          ir.Pos(i.file, i.line, i.col), "waarschuwing", bericht("WG-DEF-008.hint")))
    return out


def analyse(program: Program, engine: Engine | None = None, graph=None, budget: int = BUDGET) -> list[Defect]:
    """Every defect of a program, in the order of the files."""
    found = Analysis(program, engine, budget).defects(graph)
    return sorted(found, key=lambda e: (e.pos.file, e.pos.line, e.pos.col, e.code) if e.pos else ("", 0, 0, e.code))


__all__ = ["Defect", "Analysis", "analyse", "describe", "graph_defects", "witness", "BUDGET"]
