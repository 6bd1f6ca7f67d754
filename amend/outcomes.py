"""The outcome diff: every scenario evaluated without and with the amendment; for each outcome that flips, the
first point where the two explanations part, with the lid responsible."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine.compile import TraceNode
from ..engine.explain import cite_text, json_value, show_value
from ..engine.values import Unknown
from ..parser.errors import LawError, LawErrors
from ..scenario import Scenario, inputs, load_file, question_target


@dataclass
class Parting:
    """Where the base and amended explanations part: the deepest node whose value changed."""

    qname: str
    args: tuple
    before: Any
    after: Any
    citation: str
    rule: str | None


@dataclass
class Flip:
    scenario: str
    file: str
    question: str
    before: Any
    after: Any
    parting: Parting | None


@dataclass
class OutcomeDiff:
    flips: list[Flip] = field(default_factory=list)
    unchanged: int = 0
    not_comparable: list[tuple[str, str, str]] = field(default_factory=list)  # (scenario, question, why)

    def to_json(self) -> dict:
        return {
            "omgeslagen": [{
                "scenario": f.scenario, "bestand": f.file, "vraag": f.question,
                "voor": json_value(f.before), "na": json_value(f.after),
                "splitsing": None if f.parting is None else {
                    "naam": f.parting.qname, "argumenten": list(map(str, f.parting.args)),
                    "voor": json_value(f.parting.before), "na": json_value(f.parting.after),
                    "bron": f.parting.citation, "regel": f.parting.rule},
            } for f in self.flips],
            "ongewijzigd": self.unchanged,
            "niet_vergelijkbaar": [{"scenario": s, "vraag": q, "reden": r} for s, q, r in self.not_comparable],
        }


def corpus_scenarios(root: Path, extra: list[Path] | None = None) -> list[Scenario]:
    files = sorted((root / "scenarios").glob("*.yaml")) if (root / "scenarios").is_dir() else []
    for path in extra or []:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    out: list[Scenario] = []
    for f in files:
        out.extend(load_file(f))
    return out


def _same(a, b) -> bool:
    if isinstance(a, Unknown) or isinstance(b, Unknown):
        return isinstance(a, Unknown) and isinstance(b, Unknown)
    return type(a) is type(b) and a == b


def _index(nodes: list[TraceNode], out: dict) -> dict:
    for n in nodes:
        out.setdefault((n.qname, n.args), n.value)
        _index(n.children, out)
    return out


def parting(base: list[TraceNode], amended: list[TraceNode]) -> Parting | None:
    """Follow the amended explanation down through changed values to the deepest node that changed.

    A node that exists in both explanations and changed is followed into a child that also exists in both and
    changed. When there is none, the node's own rule changed: that is the parting (so a flip is explained by the
    lid whose rule the amendment rewrote, not by a new input the new rule happens to read first) — unless the node
    became unknown, when the new input that is missing explains it."""
    before = _index(base, {})
    _missing = object()

    def is_new(n: TraceNode) -> bool:
        return (n.qname, n.args) not in before

    def differs(n: TraceNode) -> bool:
        old = before.get((n.qname, n.args), _missing)
        return old is _missing or not _same(old, n.value)

    def changed(n: TraceNode) -> bool:
        return not is_new(n) and differs(n)

    node = next((n for n in amended if differs(n)), None)
    while node is not None:
        kids = [c for c in node.children if c.kind != "zie"]
        unknown = isinstance(node.value, Unknown)
        child = None
        if not is_new(node):
            child = next((c for c in kids if changed(c)), None)
        if child is None and unknown:
            child = next((c for c in kids if is_new(c) and isinstance(c.value, Unknown)), None)
        if child is None and is_new(node) and not unknown:
            child = next((c for c in kids if differs(c)), None)
        if child is None:
            break
        node = child
    if node is None:
        return None
    cite = node.rule.citation if node.rule is not None else node.citation
    return Parting(node.qname, node.args, before.get((node.qname, node.args)), node.value, cite_text(cite),
                   node.rule.label if node.rule is not None else None)


def outcome_diff(wg, scenarios: list[Scenario], amendments: tuple[str, ...],
                 on_top_of: tuple[str, ...] = ()) -> OutcomeDiff:
    """Evaluate each scenario on `on_top_of` (the base) and on base + amendments."""
    diff = OutcomeDiff()
    for sc in scenarios:
        own = tuple(w for w in sc.wijzigingen if w not in amendments and w not in on_top_of)
        base_w = on_top_of + own
        new_w = on_top_of + own + amendments
        results = []
        for wijz in (base_w, new_w):
            try:
                engine = wg.engine(sc.peildatum, wijz)
                facts, entities = inputs(sc, engine.program, lenient=True)
                results.append((engine, facts, entities))
            except (LawError, LawErrors) as exc:
                results.append(exc)
        for question in sc.vragen:
            answers = []
            for side in results:
                if isinstance(side, Exception):
                    answers.append(side)
                    continue
                engine, facts, entities = side
                try:
                    qname, args = question_target(sc, engine.program, question, entities, hint=False)
                    answers.append(engine.answer(question, qname, args, facts, sc.peildatum, trace=True))
                except (LawError, LawErrors) as exc:
                    # A question about a definition this version does not have: it 'did not exist'.
                    answers.append(NOT_DEFINED if getattr(exc, "code", "") == "WG-SCEN-019" else exc)
            a, b = answers
            if a is NOT_DEFINED or b is NOT_DEFINED:
                if a is not b:
                    diff.flips.append(Flip(sc.naam, sc.file, question, _value(a), _value(b), None))
                continue
            if isinstance(a, Exception) or isinstance(b, Exception):
                bad = a if isinstance(a, Exception) else b
                side = "zonder" if bad is a else "met"
                diff.not_comparable.append((sc.naam, question, f"{side} de wijziging niet te beantwoorden: "
                                                               f"{_message(bad)}"))
                continue
            if a.error or b.error:
                diff.not_comparable.append((sc.naam, question, (a.error or b.error).message))
                continue
            if _same(a.value, b.value):
                diff.unchanged += 1
                continue
            diff.flips.append(Flip(sc.naam, sc.file, question, a.value, b.value, parting(a.trace, b.trace)))
    return diff


class _NotDefined:
    def __str__(self) -> str:
        return "(niet gedefinieerd)"


NOT_DEFINED = _NotDefined()


def _value(answer):
    return answer if answer is NOT_DEFINED else answer.value


def _message(exc: Exception) -> str:
    if isinstance(exc, LawErrors):
        return "; ".join(str(e) for e in exc.errors[:3])
    return str(exc)


def describe_flip(f: Flip) -> str:
    text = f"{f.scenario}: {f.question}: {show_value(f.before)} → {show_value(f.after)}"
    if f.parting:
        p = f.parting
        label = f"{p.qname}({', '.join(map(str, p.args))})" if p.args else p.qname
        old = show_value(p.before) if p.before is not None else "(bestond niet)"
        text += (f"\n    splitst bij {label}: {old} → {show_value(p.after)} — {p.citation}"
                 + (f" [regel {p.rule}]" if p.rule else ""))
    return text
