"""The rule diff: definitions, rules, exceptions, facts and open norms added, removed or changed between two
programs (base and amended), each shown in the rule language with its citation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..parser import printer
from ..resolve.model import Definition, Program, Rule


@dataclass
class DefinitionChange:
    qname: str
    kind: str  # begrip | feit | oordeel | parameter
    status: str  # 'toegevoegd' | 'verwijderd' | 'gewijzigd'
    citation: str  # a catalogue message (ir.Citation.bericht)
    old: list[str] = field(default_factory=list)  # the definition as text, one line per rule
    new: list[str] = field(default_factory=list)


def describe(d: Definition) -> list[str]:
    """A definition as lines of rule-language text: its signature, then each rule and exception with citation."""
    head = f"{d.kind} {printer.signature(d.name, d.params, d.type)}"
    if d.door:
        head += f" door {d.door}"
    lines = [head]

    def rule_lines(rule: Rule, depth: int) -> None:
        pad = "  " * depth
        where = rule.citation.short() if rule.citation else ""
        if rule.cond is None:
            lines.append(f"{pad}= {printer.expr(rule.value)}    [{where}]")
        else:
            word = "uitzondering" if rule.excepts else "regel"
            lines.append(f"{pad}{word} {rule.label}: als {printer.expr(rule.cond)} dan {printer.expr(rule.value)}"
                         f"    [{where}]")
        for exc in rule.exceptions:
            rule_lines(exc, depth + 1)

    for rule in d.rules:
        rule_lines(rule, 1)
    for exc in d.exceptions:
        rule_lines(exc, 1)
    return lines


def _cite(d: Definition | None) -> str:
    """The definition's citation as a catalogue message (said in the reader's language where it is shown)."""
    c = d.citation if d is not None else None
    return c.bericht() if c is not None else ""


def rule_diff(base: Program, amended: Program) -> list[DefinitionChange]:
    changes = []
    for qname in sorted(set(base.definitions) | set(amended.definitions)):
        old, new = base.definitions.get(qname), amended.definitions.get(qname)
        if old is None:
            changes.append(DefinitionChange(qname, new.kind, "toegevoegd", _cite(new), [], describe(new)))
        elif new is None:
            changes.append(DefinitionChange(qname, old.kind, "verwijderd", _cite(old), describe(old), []))
        else:
            a, b = describe(old), describe(new)
            if a != b:
                changes.append(DefinitionChange(qname, new.kind, "gewijzigd", _cite(new), a, b))
    return changes
