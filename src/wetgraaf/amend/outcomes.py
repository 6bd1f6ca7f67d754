"""The outcome diff: every scenario evaluated without and with the amendment; for each outcome that flips, the
first point where the two explanations part, with the lid responsible."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engine.compile import TraceNode
from ..engine.explain import cite_bericht, json_value, show_value
from ..core.values import Unknown
from ..core.errors import LawError, LawErrors
from ..scenario import Scenario, inputs, load_file, question_target
from ..taal import taal, tekst, zeg


@dataclass
class Parting:
    """Where the base and amended explanations part: the deepest node whose value changed."""

    qname: str
    args: tuple
    before: Any
    after: Any
    citation: str  # a catalogue message (engine.explain.cite_bericht), said in the reader's language where shown
    rule: str | None
    # When the rule that decided before no longer does and an unchanged rule now gives the value: that rule's
    # citation (the parting is then credited to the rule that stopped deciding, not to the unchanged one).
    now: str | None = None


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
                    "bron": f.parting.citation, "regel": f.parting.rule, "nu": f.parting.now},
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


def _nodes(nodes: list[TraceNode], out: dict) -> dict:
    for n in nodes:
        out.setdefault((n.qname, n.args), n)
        _nodes(n.children, out)
    return out


def _where(rule) -> tuple:
    return (rule.pos.file, rule.pos.line, rule.pos.col)


def rule_positions(program) -> set[tuple]:
    """Where every rule and exception of a program is written: a rule at the same place in both versions is
    unchanged (an amendment's rules are written in the amendment; restated unchanged parts keep their place)."""
    out: set[tuple] = set()

    def add(rules) -> None:
        for r in rules:
            out.add(_where(r))
            add(r.exceptions)
    for d in program.definitions.values():
        add(d.rules)
        add(d.exceptions)
    return out


def parting(base: list[TraceNode], amended: list[TraceNode], base_rules: set[tuple] | None = None,
            new_names: set[str] | None = None) -> Parting | None:
    """Follow the amended explanation down through changed values to the deepest node that changed.

    A node that exists in both explanations and changed is followed into a child that also exists in both and
    changed. When there is none, the node's own rule changed: that is the parting (so a flip is explained by the
    lid whose rule the amendment rewrote, not by a new input the new rule happens to read first) — unless the node
    became unknown, when the new input that is missing explains it.

    With `base_rules` (rule_positions of the base program; `new_names`: the amended program's definitions) a rule
    the amendment left alone is never credited: when the same unchanged rule decided in both, its inputs changed
    and any differing child is followed (one the base explanation never evaluated, too); when an unchanged rule
    decides now because the rule that decided before no longer does (an exception that went), the parting is
    credited to that rule, or, when no rule decided before, to what the base asked and the amended law lacks."""
    before = _index(base, {})
    old_nodes = _nodes(base, {}) if base_rules is not None else {}
    _missing = object()

    def is_new(n: TraceNode) -> bool:
        return (n.qname, n.args) not in before

    def differs(n: TraceNode) -> bool:
        old = before.get((n.qname, n.args), _missing)
        return old is _missing or not _same(old, n.value)

    def changed(n: TraceNode) -> bool:
        return not is_new(n) and differs(n)

    def unchanged_rule(n: TraceNode) -> bool:
        return base_rules is not None and n.rule is not None and _where(n.rule) in base_rules

    def old_rule(n: TraceNode):
        old = old_nodes.get((n.qname, n.args))
        return old.rule if old is not None else None

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
        if child is None and not is_new(node) and unchanged_rule(node) and old_rule(node) is not None \
                and _where(old_rule(node)) == _where(node.rule):
            child = next((c for c in kids if differs(c)), None)  # the same rule: its inputs explain the change
        if child is None:
            break
        node = child
    if node is None:
        return None
    old = old_rule(node) if not is_new(node) else None
    if unchanged_rule(node) and old is not None and _where(old) != _where(node.rule):
        return Parting(node.qname, node.args, before.get((node.qname, node.args)), node.value,
                       cite_bericht(old.citation), old.label or None, now=cite_bericht(node.rule.citation))
    if unchanged_rule(node) and old is None and not is_new(node):
        # No rule decided before (an input was missing) and an unchanged rule decides now: what the base asked for
        # and the amended law no longer has (an exception's input, its lid gone) explains the change.
        after = _index(amended, {})
        vanished = [c for c in old_nodes[(node.qname, node.args)].children
                    if c.kind != "zie" and (c.qname, c.args) not in after]
        # a decision the amended law no longer has, else one it no longer asks here
        gone = next((c for c in vanished if new_names is not None and c.qname not in new_names), None) or \
            next((c for c in vanished if c.kind in ("begrip", "parameter")), None)
        if gone is not None:
            cite = gone.rule.citation if gone.rule is not None else gone.citation
            return Parting(node.qname, node.args, before.get((node.qname, node.args)), node.value, cite_bericht(cite),
                           gone.rule.label if gone.rule is not None else None, now=cite_bericht(node.rule.citation))
    cite = node.rule.citation if node.rule is not None else node.citation
    return Parting(node.qname, node.args, before.get((node.qname, node.args)), node.value, cite_bericht(cite),
                   node.rule.label if node.rule is not None else None)


def outcome_diff(wg, scenarios: list[Scenario], amendments: tuple[str, ...],
                 on_top_of: tuple[str, ...] = (), memo=None) -> OutcomeDiff:
    """Evaluate each scenario on `on_top_of` (the base) and on base + amendments. `memo` (optional, with
    get(sc) -> OutcomeDiff | None and put(sc, OutcomeDiff)) gives one scenario's part of the diff from an earlier
    run whose inputs were the same (the site's incremental build, site/results_cache.py). A memo may also say,
    with alone(sc) -> bool, that the amendments cannot reach a scenario: it is then evaluated once, as both
    sides would answer the same."""
    diff = OutcomeDiff()
    positions: dict[int, set] = {}  # rule_positions per base program
    for sc in scenarios:
        part = memo.get(sc) if memo is not None else None
        if part is None:
            once = memo is not None and hasattr(memo, "alone") and memo.alone(sc)
            part = _scenario_diff(wg, sc, amendments, on_top_of, positions, once)
            if once and part.not_comparable:
                # An error's message may name what the amendment changed (a close name): both sides, not kept.
                part = _scenario_diff(wg, sc, amendments, on_top_of, positions)
            elif memo is not None:
                memo.put(sc, part)
        diff.flips += part.flips
        diff.unchanged += part.unchanged
        diff.not_comparable += part.not_comparable
    return diff


def _scenario_diff(wg, sc: Scenario, amendments: tuple[str, ...], on_top_of: tuple[str, ...],
                   positions: dict[int, set], once: bool = False) -> OutcomeDiff:
    """One scenario's part of the outcome diff (depends only on the scenario and the laws it reaches). `once`:
    the amendments cannot reach the scenario, so the side without them stands for both."""
    diff = OutcomeDiff()
    own = tuple(w for w in sc.wijzigingen if w not in amendments and w not in on_top_of)
    base_w = on_top_of + own
    new_w = on_top_of + own + amendments
    results: list = []
    for wijz in ((base_w,) if once else (base_w, new_w)):
        try:
            engine = wg.engine(sc.peildatum, wijz)
            facts, entities = inputs(sc, engine.program, lenient=True)
            results.append((engine, facts, entities))
        except (LawError, LawErrors) as exc:
            results.append(exc)
    for question in sc.vragen:
        answers: list = []
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
        a, b = (answers[0], answers[0]) if once else answers
        if a is NOT_DEFINED or b is NOT_DEFINED:
            if a is not b:
                diff.flips.append(Flip(sc.naam, sc.file, question, _value(a), _value(b), None))
            continue
        if isinstance(a, Exception) or isinstance(b, Exception):
            bad = a if isinstance(a, Exception) else b
            side = "wijz.uitkomst.zonder_onbeantwoord" if bad is a else "wijz.uitkomst.met_onbeantwoord"
            diff.not_comparable.append((sc.naam, question, zeg(side, taal(), melding=_message(bad))))
            continue
        if a.error or b.error:
            diff.not_comparable.append((sc.naam, question, (a.error or b.error).message))
            continue
        if _same(a.value, b.value):
            diff.unchanged += 1
            continue
        base_prog = results[0][0].program
        if id(base_prog) not in positions:
            positions[id(base_prog)] = rule_positions(base_prog)
        base_rules = positions[id(base_prog)]
        diff.flips.append(Flip(sc.naam, sc.file, question, a.value, b.value,
                               parting(a.trace, b.trace, base_rules, set(results[-1][0].program.definitions))))
    return diff


class _NotDefined:
    def __str__(self) -> str:
        return zeg("wijz.uitkomst.niet_gedefinieerd", taal())


NOT_DEFINED = _NotDefined()


def _value(answer):
    return answer if answer is NOT_DEFINED else answer.value


def _message(exc: Exception) -> str:
    if isinstance(exc, LawErrors):
        return "; ".join(str(e) for e in exc.errors[:3])
    return str(exc)


def describe_flip(f: Flip) -> str:
    """One flip in the reader's language: the scenario, the question, before → after, and where the two parted."""
    t = taal()
    text = f"{f.scenario}: {f.question}: {show_value(f.before, t)} → {show_value(f.after, t)}"
    if f.parting:
        p = f.parting
        label = f"{p.qname}({', '.join(map(str, p.args))})" if p.args else p.qname
        old = show_value(p.before, t) if p.before is not None else zeg("wijz.uitkomst.bestond_niet", t)
        text += (zeg("wijz.uitkomst.splitst", t, naam=label, oud=old, nieuw=show_value(p.after, t),
                     bron=tekst(p.citation, t))
                 + (zeg("wijz.uitkomst.regel", t, regel=p.rule) if p.rule else "")
                 + (zeg("wijz.uitkomst.nu_geldt", t, nu=tekst(p.now, t)) if p.now else ""))
    return text
