"""An answer and its explanation trace as Markdown, every step linked to the article (lid, onderdeel) it rests on
and every name to its page."""

from __future__ import annotations

from ..engine.evaluate import Answer
from ..engine.explain import relevant, show_value, summary, value_words, words
from ..core.values import Unknown
from ..resolve.situation import Situation
from .model import SiteModel, rel
from .render import md_escape


def name_link(model: SiteModel, page: str, qname: str, args: tuple = (), program=None) -> str:
    """A step linked to its term page: in words when it has a label (the identifier beside it, for the expert
    view), else by its name."""
    label = qname.split(".", 1)[-1] + (f"({', '.join(map(str, args))})" if args else "")
    said = words(program, qname, args) if program is not None else None
    text = f"{md_escape(said[:1].upper() + said[1:])} <small>`{label}`</small>" if said else md_escape(label)
    if qname in model.def_page:
        return f"[{text}]({rel(page, model.def_page[qname])})"
    return text


def _program(model: SiteModel, sit: Situation):
    return model.wg.program(sit.peildatum, sit.wijzigingen)


def cite_link(model: SiteModel, page: str, sit: Situation, citation) -> str:
    if citation is None:
        return ""
    link = model.citation_link(sit, citation)
    if link is None:
        return md_escape(str(citation))
    return f"[{md_escape(str(citation))}]({rel(page, link[0], link[1])})"


def touched_articles(nodes) -> set[tuple[str, str]]:
    """(wet, artikel) of every step of a trace."""
    out: set[tuple[str, str]] = set()
    stack = list(nodes or [])
    while stack:
        node = stack.pop()
        cite = node.rule.citation if node.rule is not None else node.citation
        if cite is not None:
            out.add((cite.wet, cite.artikel))
        stack.extend(node.children)
    return out


def trace_md(model: SiteModel, page: str, sit: Situation, nodes, depth: int = 0,
             parent_known: bool = False) -> list[str]:
    lines = []
    pad = "    " * depth
    program = _program(model, sit)
    for node in relevant(nodes, parent_known):
        value = f"**{md_escape(value_words(program, node.value))}**"
        head = f"{pad}- {name_link(model, page, node.qname, node.args, program)}: {value}"
        if node.kind == "zie":
            lines.append(f"{head} (zie boven)")
            continue
        if node.kind in ("feit", "oordeel"):
            what = "oordeel" if node.kind == "oordeel" else "feit"
            given = "ontbreekt" if isinstance(node.value, Unknown) else "gegeven"
            lines.append(f"{head} ({what}, {given}) — {cite_link(model, page, sit, node.citation)}")
            continue
        cite = node.rule.citation if node.rule is not None else node.citation
        rule = ""
        if node.rule is not None and (node.rule.excepts or not node.rule.label.startswith("r")) and node.rule.label:
            rule = f" [{'uitzondering' if node.rule.excepts else 'regel'} {md_escape(node.rule.label)}]"
        lines.append(f"{head}{rule} — {cite_link(model, page, sit, cite)}")
        lines.extend(trace_md(model, page, sit, node.children, depth + 1, not isinstance(node.value, Unknown)))
    return lines


def answer_md(model: SiteModel, page: str, sit: Situation, answer: Answer) -> list[str]:
    """The answer's value, what is missing, the open norms it depends on (with both branches) and the trace."""
    out = []
    if answer.error is not None:
        out.append(f"**Fout:** {md_escape(answer.error.message)}")
        return out
    program = _program(model, sit)
    out.append(f"Antwoord: **{md_escape(show_value(answer.value))}**")
    out.append("")
    if program.definitions[answer.qname].label:
        out += [f"*{md_escape(summary(answer, program))}*", ""]
    if answer.missing_facts:
        out.append("Nog nodig (ontbrekende feiten):")
        out.append("")
        for m in answer.missing_facts:
            out.append(f"- {name_link(model, page, m.qname, m.args, program)}"
                       + (f" — {md_escape(m.vraag)}" if m.vraag else ""))
        out.append("")
    for m in answer.missing_oordelen:
        out.append(f"Hangt af van het oordeel van **{md_escape(m.door)}** over "
                   f"{name_link(model, page, m.qname, m.args, program)}"
                   + (f" — {md_escape(m.vraag)}" if m.vraag else ""))
        out.append("")
    if answer.branches:
        for combo, value in answer.branches:
            cond = ", ".join(f"{md_escape(k)} = {md_escape(show_value(v))}" for k, v in combo.items())
            out.append(f"- als {cond}: **{md_escape(show_value(value))}**")
        out.append("")
    for m in answer.rests_on:
        out.append(f"Berust op het oordeel van **{md_escape(m.door)}**: "
                   f"{name_link(model, page, m.qname, m.args, program)}")
        out.append("")
    if answer.trace:
        out.append("Uitleg:")
        out.append("")
        out.extend(trace_md(model, page, sit, answer.trace))
        out.append("")
    return out
