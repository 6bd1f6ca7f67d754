"""Build a checked Program from a Situation: every definition, fact and open norm by qualified name, with its
rules and exceptions attached, names resolved and types checked. Problems are collected, each located. The data
model it builds (Program, Definition, Rule) is resolve.model."""

from __future__ import annotations

import difflib
import re
from typing import Any

from ..parser import ir, structure
from . import waarden
from .labels import check as check_labels
from ..core.errors import LawError, LawErrors
from .model import Definition, Program, Rule
from ..taal import bericht
from .situation import Situation, text_unknown_since, values_unknown
from .types import Checker, Scope

_RESERVED = {"waar", "onwaar", "en", "of", "niet", "als", "dan", "anders", "in", "bestaat", "waarvoor", "voor",
             "alle", "geldt", "aantal", "bekend", "peildatum", "soort", "feit", "oordeel", "begrip", "regel",
             "uitzondering", "parameter", "waarde", "lijst", "van", "door", "vraag", "op", "label", "omschrijving"}


def build(sit: Situation) -> Program:
    """Collect, resolve and check. Raises LawErrors with every error; warnings are kept on the program."""
    errors: list[LawError] = []
    defs: dict[str, Definition] = {}
    soorten: dict[str, ir.SoortDecl] = {}
    enum_values: dict[str, str] = {}
    rules: list[tuple[str, structure.RegelDecl]] = []
    bodies: dict[str, ir.Expr] = {}

    for (wet, _nummer), art in sorted(sit.articles.items(), key=lambda kv: kv[0]):
        unknown_since = text_unknown_since(art, sit.peildatum)
        only = values_unknown(art, sit.peildatum)  # None: every value of the article's words
        for decl in art.decls():
            name = getattr(decl, "name", None)
            if name in _RESERVED:
                errors.append(LawError("WG-NAME-004", bericht("WG-NAME-004", naam=name), decl.pos))
                continue
            if isinstance(decl, ir.SoortDecl):
                prev = soorten.get(decl.name)
                if prev and prev.values != decl.values:
                    errors.append(LawError("WG-NAME-002", bericht("WG-NAME-002.soort", naam=decl.name,
                                                                  plaats=str(prev.pos)), decl.pos))
                soorten[decl.name] = decl
                for v in decl.values:
                    if enum_values.get(v, decl.name) != decl.name:
                        errors.append(LawError("WG-NAME-002", bericht("WG-NAME-002.waarde", waarde=v,
                                                                      eerste=enum_values[v], tweede=decl.name),
                                               decl.pos))
                    enum_values.setdefault(v, decl.name)  # keep the first: no follow-on errors
            elif isinstance(decl, (structure.FeitDecl, structure.OordeelDecl, structure.BegripDecl, structure.Parameter)):
                qname = f"{wet}.{decl.name}"
                if qname in defs:
                    first = defs[qname]
                    errors.append(LawError("WG-NAME-002", bericht("WG-NAME-002", naam=decl.name, wet=wet,
                                                                  plaats=str(first.pos), bron=first.citation.bericht()),
                                           decl.pos))
                    continue
                kind = {structure.FeitDecl: "feit", structure.OordeelDecl: "oordeel", structure.BegripDecl: "begrip",
                        structure.Parameter: "parameter"}[type(decl)]
                vraag = getattr(decl, "vraag", None)
                body = decl.body if isinstance(decl, structure.BegripDecl) else (
                    decl.value if isinstance(decl, structure.Parameter) else None)
                if unknown_since is not None and isinstance(decl, structure.Parameter) and (only is None or decl.name in only):
                    # The value this version's words give is not the value on the peildatum, and the words of the
                    # version in force then are not in the corpus: the value is asked for, like a fact, never
                    # taken from the older words (docs/semantiek.md, "Text unknown after a change").
                    kind, body = "feit", None
                    earlier = art.geldig_vanaf is not None and unknown_since <= art.geldig_vanaf
                    vraag = bericht("zin.naam.waarde_voor_versie" if earlier else "zin.naam.waarde_na_wijziging",
                                    label=decl.label or decl.name, nummer=art.nummer,
                                    wet=art.root.citation.wet_naam, datum=unknown_since.isoformat())
                d = Definition(qname, wet, decl.name, kind, getattr(decl, "params", ()), decl.type,
                               decl.citation, decl.pos, vraag=vraag,
                               door=getattr(decl, "door", None), omschrijving=getattr(decl, "omschrijving", None),
                               label=decl.label)
                defs[qname] = d
                if body is not None:
                    bodies[qname] = body
            elif isinstance(decl, structure.RegelDecl):
                rules.append((wet, decl))

    program = Program(sit, defs, soorten, enum_values)
    checker = Checker(program, errors)

    for d in defs.values():
        for p in d.params:
            checker.check_type(p.type, p.pos)
        checker.check_type(d.type, d.pos)

    # Base bodies become unconditional base rules.
    for qname, body in bodies.items():
        d = defs[qname]
        scope = Scope(d.wet, {p.name: p.type for p in d.params}, d)
        expr = checker.expect(body, scope, d.type, lambda: bericht("zin.naam.definitie_van", naam=d.name))
        d.rules.append(Rule("", tuple(p.name for p in d.params), None, expr, None, d.citation, d.pos))

    # Conditional rules and exceptions: attach to their definition; exceptions after all base rules exist.
    pending: list[tuple[Definition, Rule]] = []
    for wet, decl in rules:
        d = program.lookup(decl.target, wet) if "." in decl.target else defs.get(f"{wet}.{decl.target}")
        if d is None:
            hint = ", ".join(program.suggest(decl.target, wet))
            errors.append(LawError("WG-NAME-001", bericht("WG-NAME-001.regel_bedoelt", naam=decl.target, namen=hint)
                                   if hint else bericht("WG-NAME-001.regel", naam=decl.target), decl.pos))
            continue
        if d.kind != "begrip":
            errors.append(LawError("WG-RULE-001", bericht("WG-RULE-001", naam=d.name, soort=d.kind), decl.pos))
            continue
        if len(decl.params) != len(d.params):
            errors.append(LawError("WG-TYPE-002", bericht("WG-TYPE-002.regel", naam=d.name, aantal=len(d.params),
                                                          parameters=_sig(d), gegeven=len(decl.params)), decl.pos))
            continue
        scope = Scope(wet, {a: p.type for a, p in zip(decl.params, d.params)}, d)
        cond = checker.expect(decl.cond, scope, ir.BOOL, lambda: bericht("zin.type.voorwaarde")) \
            if decl.cond is not None else None
        value = checker.expect(decl.value, scope, d.type, lambda: bericht("zin.type.waarde_van", naam=d.name))
        rule = Rule(decl.label or f"r{decl.pos.line}", decl.params, cond, value, decl.excepts, decl.citation,
                    decl.pos)
        (pending if decl.excepts else d.rules).append((d, rule) if decl.excepts else rule)
    _attach_exceptions(pending, errors)

    for qname, d in defs.items():
        if d.kind == "begrip" and not d.rules:
            errors.append(LawError("WG-RULE-002", bericht("WG-RULE-002", naam=d.name), d.pos))
        d.uses |= checker.uses.get(qname, set())
    _check_cycles(program, errors)
    bound: list[LawError] = []
    waarden.check(sit.articles.values(), bound)  # values bound to the text (resolve/waarden.py)
    errors.extend(e for e in bound if e.severity == "fout")
    program.warnings = checker.warnings + [e for e in bound if e.severity != "fout"] + check_labels(program)
    if errors:
        raise LawErrors(errors)
    return program


def _sig(d: Definition) -> str:
    return ", ".join(f"{p.name}: {p.type}" for p in d.params) or "none"


def _attach_exceptions(pending: list[tuple[Definition, Rule]], errors: list[LawError]) -> None:
    remaining = list(pending)
    while remaining:
        progress = False
        for item in list(remaining):
            d, rule = item
            if rule.excepts == "*":
                if not d.rules:
                    errors.append(LawError("WG-RULE-003", bericht("WG-RULE-003", naam=d.name), rule.pos))
                    remaining.remove(item)
                    continue
                d.exceptions.append(rule)
                remaining.remove(item)
                progress = True
                continue
            parent = _find_rule(d.rules + d.exceptions, rule.excepts)
            if parent is not None:
                parent.exceptions.append(rule)
                remaining.remove(item)
                progress = True
        if not progress:
            for d, rule in remaining:
                labels = [lb for lb in _labels(d.rules + d.exceptions) if lb and not re.fullmatch(r"r\d+", lb)]
                if labels:
                    close = difflib.get_close_matches(rule.excepts, labels, 1)
                    hint = bericht("zin.naam.bedoelt", naam=close[0]) if close else ""
                    msg = bericht("WG-RULE-004.labels", regel=rule.excepts, naam=d.name, bedoelt=hint,
                                  labels=", ".join(labels))
                else:
                    own = rule.label if not re.fullmatch(r"r\d+", rule.label) else "<label>"
                    msg = bericht("WG-RULE-004.geen_labels", regel=rule.excepts, naam=d.name, eigen=own)
                errors.append(LawError("WG-RULE-004", msg, rule.pos))
            return


def _find_rule(rules: list[Rule], label: str) -> Rule | None:
    for r in rules:
        if r.label == label:
            return r
        found = _find_rule(r.exceptions, label)
        if found:
            return found
    return None


def _labels(rules: list[Rule]) -> list[str]:
    out = []
    for r in rules:
        out.append(r.label)
        out.extend(_labels(r.exceptions))
    return out


def _find_cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """One circle per back edge of a depth-first search: every circular dependency shows up, each circle once,
    in linear time (listing every simple cycle can take exponential time). Iterative: chains may be long."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []
    seen: set[frozenset] = set()
    for root in edges:
        if root in state:
            continue
        path: list[str] = [root]
        todo = [iter(edges.get(root, ()))]
        state[root] = 1
        while todo:
            nxt = next(todo[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                todo.pop()
            elif state.get(nxt) == 1:
                cycle = path[path.index(nxt):]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    cycles.append(cycle)
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                todo.append(iter(edges.get(nxt, ())))
    return cycles


def _check_cycles(program: Program, errors: list[LawError]) -> None:
    # sorted: `uses` is a set, and the report must not change from run to run
    edges = {q: sorted(d.uses) for q, d in program.definitions.items()}
    for cycle in _find_cycles(edges):
        # Start the path at the definition written first, so the same circle is always printed the same way.
        start = min(range(len(cycle)), key=lambda i: _place(program.definitions[cycle[i]].pos))
        cycle = cycle[start:] + cycle[:start]
        first = program.definitions[cycle[0]]
        path: Any = None  # 'a (art. 1 lid 2) -> b (art. 3) -> a (art. 1 lid 2)', its citations in the reader's words
        for c in cycle + cycle[:1]:
            step = bericht("zin.naam.kring_stap", naam=c, plaats=program.definitions[c].citation.kort())
            path = step if path is None else bericht("zin.naam.kring_pijl", a=path, b=step)
        errors.append(LawError("WG-CYCLE-001", bericht("WG-CYCLE-001", pad=path), first.pos))
        if len(errors) > 50:
            return


def _place(pos: ir.Pos) -> tuple[str, int, int]:
    return (pos.file, pos.line, pos.col)
