"""An answer and its explanation trace as Markdown, every step linked to the article (lid, onderdeel) it rests on
and every name to its page; its words in language `taal` (wetgraaf.taal, family uitleg; Dutch by default), the
labels of the law files as the drafters wrote them."""

from __future__ import annotations

from ..engine.evaluate import Answer
from ..engine.explain import relevant, show_value, summary, value_words, words
from ..core.values import Unknown
from ..resolve.situation import Situation
from ..taal import STANDAARD, tekst, zeg
from .model import SiteModel, rel
from .render import md_escape


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def name_link(model: SiteModel, page: str, qname: str, args: tuple = (), program=None, taal: str = STANDAARD) -> str:
    """A step linked to its term page: in words when it has a label (the identifier beside it, for the expert
    view), else by its name."""
    label = qname.split(".", 1)[-1] + (f"({', '.join(map(str, args))})" if args else "")
    said = words(program, qname, args, taal) if program is not None else None
    text = f"{md_escape(said[:1].upper() + said[1:])} <small>`{label}`</small>" if said else md_escape(label)
    if qname in model.def_page:
        return f"[{text}]({rel(page, model.def_page[qname])})"
    return text


def _program(model: SiteModel, sit: Situation):
    return model.wg.program(sit.peildatum, sit.wijzigingen)


def cite_link(model: SiteModel, page: str, sit: Situation, citation, taal: str = STANDAARD) -> str:
    if citation is None:
        return ""
    said = citation.tekst(taal) if hasattr(citation, "tekst") else str(citation)
    link = model.citation_link(sit, citation)
    if link is None:
        return md_escape(said)
    return f"[{md_escape(said)}]({rel(page, link[0], link[1])})"


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
             parent_known: bool = False, taal: str = STANDAARD) -> list[str]:
    lines = []
    pad = "    " * depth
    program = _program(model, sit)
    for node in relevant(nodes, parent_known):
        value = f"**{md_escape(value_words(program, tekst(node.value, taal), taal))}**"
        head = f"{pad}- {name_link(model, page, node.qname, node.args, program, taal)}: {value}"
        if node.kind == "zie":
            lines.append(f"{head} ({zeg('zin.uitleg.zie_boven', taal)})")
            continue
        if node.kind in ("feit", "oordeel"):
            what = zeg(f"zin.uitleg.soort.{node.kind}", taal)
            given = zeg("zin.uitleg.ontbreekt" if isinstance(node.value, Unknown) else "zin.uitleg.gegeven", taal)
            lines.append(f"{head} ({what}, {given}) — {cite_link(model, page, sit, node.citation, taal)}")
            continue
        cite = node.rule.citation if node.rule is not None else node.citation
        rule = ""
        if node.rule is not None and (node.rule.excepts or not node.rule.label.startswith("r")) and node.rule.label:
            kind = zeg("zin.uitleg.uitzondering" if node.rule.excepts else "zin.uitleg.regel", taal)
            rule = f" [{kind} {md_escape(node.rule.label)}]"
        lines.append(f"{head}{rule} — {cite_link(model, page, sit, cite, taal)}")
        lines.extend(trace_md(model, page, sit, node.children, depth + 1, not isinstance(node.value, Unknown),
                              taal))
    return lines


def answer_md(model: SiteModel, page: str, sit: Situation, answer: Answer, taal: str = STANDAARD) -> list[str]:
    """The answer's value, what is missing, the open norms it depends on (with both branches) and the trace."""
    out = []
    if answer.error is not None:
        out.append(f"**{_upper_first(zeg('zin.uitleg.fout', taal))}:** {md_escape(tekst(answer.error.message, taal))}")
        return out
    program = _program(model, sit)
    out.append(_upper_first(zeg("uitleg.antwoord", taal, waarde=f"**{md_escape(show_value(answer.value, taal))}**")))
    out.append("")
    if program.definitions[answer.qname].label:
        out += [f"*{md_escape(summary(answer, program, taal))}*", ""]
    if answer.missing_facts:
        out.append(_upper_first(zeg("uitleg.nog_nodig", taal)))
        out.append("")
        for m in answer.missing_facts:
            out.append(f"- {name_link(model, page, m.qname, m.args, program, taal)}"
                       + (f" — {md_escape(m.vraag)}" if m.vraag else ""))
        out.append("")
    for m in answer.missing_oordelen:
        out.append(_upper_first(zeg("uitleg.hangt_af", taal, door=f"**{md_escape(m.door)}**",
                                    wat=name_link(model, page, m.qname, m.args, program, taal)))
                   + (f" — {md_escape(m.vraag)}" if m.vraag else ""))
        out.append("")
    if answer.branches:
        for combo, value in answer.branches:
            cond = ", ".join(f"{md_escape(k)} = {md_escape(show_value(v, taal))}" for k, v in combo.items())
            out.append("- " + zeg("uitleg.als", taal, voorwaarde=cond,
                                  waarde=f"**{md_escape(show_value(value, taal))}**"))
        out.append("")
    for m in answer.rests_on:
        out.append(_upper_first(zeg("uitleg.berust_op", taal, door=f"**{md_escape(m.door)}**",
                                    wat=name_link(model, page, m.qname, m.args, program, taal))))
        out.append("")
    if answer.trace:
        out.append(_upper_first(zeg("uitleg.uitleg", taal)))
        out.append("")
        out.extend(trace_md(model, page, sit, answer.trace, taal=taal))
        out.append("")
    return out
