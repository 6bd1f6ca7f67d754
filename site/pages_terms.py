"""Pages for every defined term, fact, open norm and parameter: its signature and definition, the article that
defines it, its rules, every place that uses it (rules and article text), its graph neighbourhood and, for a
decision about people or things, the "Komt dit in aanmerking?" form that asks the questions still needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph.build import def_id
from ..parser import ir
from ..resolve.program import Definition
from .graphdata import neighbourhood
from .model import KIND_LABEL, rel, rule_tree
from .render import json_script, md_escape

if TYPE_CHECKING:
    from .build import SiteBuild


def signature(d: Definition) -> str:
    params = ", ".join(f"{p.name}: {p.type}" for p in d.params)
    return f"{d.name}({params}): {d.type}" if params else f"{d.name}: {d.type}"


def type_json(t: ir.Type, soorten: dict) -> dict:
    out = {"kind": t.kind, "name": t.name}
    if t.item is not None:
        out["item"] = type_json(t.item, soorten)
    if t.kind == "soort" and t.name in soorten:
        out["opties"] = list(soorten[t.name].values)
    return out


def vocabulary(b: SiteBuild, qname: str) -> list[dict]:
    """The facts and open norms a decision can depend on (through every rule, transitively): the form's fields."""
    model = b.model
    seen, stack, out = set(), [qname], []
    soorten = {k: v for info in model.situations for k, v in info.program.soorten.items()}
    while stack:
        q = stack.pop()
        if q in seen or q not in model.definitions:
            continue
        seen.add(q)
        d = model.definitions[q]
        if d.is_input:
            out.append({"naam": q, "kort": d.name, "soort": d.kind, "vraag": d.vraag, "door": d.door,
                        "params": [{"naam": p.name, "type": type_json(p.type, soorten)} for p in d.params],
                        "type": type_json(d.type, soorten)})
        stack.extend(sorted(d.uses))
    return sorted(out, key=lambda v: v["naam"])


def _askable(d: Definition) -> bool:
    from .pages_vraag import askable  # the question form lives in pages_vraag.py

    return askable(d)


def _first_situation(b: SiteBuild, qname: str):
    """The first situation (the law in force first, then with each amendment) that defines a name."""
    return next(info for info in b.model.situations if qname in info.program.definitions)


def _situation_of(b: SiteBuild, qname: str) -> tuple[str, ...]:
    """The amendments a definition needs: none when the law in force has it."""
    return _first_situation(b, qname).wijzigingen


def form_html(b: SiteBuild, qname: str) -> list[str]:
    from .pages_vraag import form_html as form  # the question form lives in pages_vraag.py

    return form(b, qname, vocabulary(b, qname))


def term_page(b: SiteBuild, qname: str) -> str:
    model = b.model
    d = model.definitions[qname]
    page = model.def_page[qname]
    law = model.corpus.laws.get(d.wet)
    lines = [f"# {md_escape(d.name)}", "",
             f"*{KIND_LABEL[d.kind]} van de {md_escape(law.afkorting if law else d.wet)}*", "",
             f"`{signature(d)}`", ""]
    if d.omschrijving:
        lines += [md_escape(d.omschrijving), ""]
    if d.kind == "oordeel":
        lines += [f'!!! info "Open norm — oordeel van {md_escape(d.door)}"', "",
                  f"    Dit is een oordeel dat de wet aan **{md_escape(d.door)}** laat. wetgraaf beslist het nooit: "
                  "zolang het oordeel niet is gegeven, toont een antwoord beide uitkomsten.", ""]
    if d.vraag:
        lines += [f"Vraag: *{md_escape(d.vraag)}*", ""]
    link = b.def_link.get(qname)
    where = f"[{md_escape(str(d.citation))}]({rel(page, link[0], link[1])})" if link else md_escape(str(d.citation))
    lines += [f"Gedefinieerd in: {where}", ""]
    labels = model.found_in.get(qname, [])
    if labels and "geldend" not in labels:
        lines += [f"Alleen in: {md_escape(', '.join(labels))}.", ""]
    rules = rule_tree(d)
    if rules:
        lines += ["## Regels", ""]
        for r in rules:
            what = "uitzondering" if r.excepts else "regel"
            label = f" {md_escape(r.label)}" if r.label and not r.label.startswith("r") or r.excepts else ""
            on = f" op {md_escape(r.excepts)}" if r.excepts and r.excepts != "*" else ""
            rlink = model.citation_link(_first_situation(b, qname).program.situation, r.citation) or link
            cite = (f"[{md_escape(str(r.citation))}]({rel(page, rlink[0], rlink[1])})" if rlink
                    else md_escape(str(r.citation)))
            lines.append(f"- {what}{label}{on} — {cite}")
        lines.append("")
    if d.uses:
        lines += ["## Hangt af van", ""]
        lines += [f"- [{md_escape(u.split('.', 1)[1])}]({rel(page, model.def_page[u])}) — "
                  f"{KIND_LABEL[model.definitions[u].kind]}" for u in sorted(d.uses) if u in model.def_page] + [""]
    lines += ["## Gebruikt in regels", ""]
    uses = model.uses.get(qname, [])
    if uses:
        for u in sorted(uses, key=lambda u: (u.page, u.frag, u.by)):
            lines.append(f"- [{md_escape(u.by.split('.', 1)[1])}]({rel(page, model.def_page[u.by])}) in "
                         f"[{md_escape(str(u.citation))}]({rel(page, u.page, u.frag)})")
    else:
        lines.append("Geen regel gebruikt dit.")
    lines += ["", "## In de wettekst", ""]
    text_uses = model.text_uses.get(qname, [])
    if text_uses:
        lines += [f"- [{md_escape(label)}]({rel(page, p, frag)})" for p, frag, label in text_uses]
    else:
        lines.append("Dit woord komt niet letterlijk in de gecodeerde wetteksten voor.")
    lines.append("")
    local = neighbourhood(b.graph, {def_id(qname)}, 1)
    if local["nodes"]:
        gid = "wg-graph-begrip"
        lines += ["## Graaf", "", json_script(gid + "-data", local),
                  f'<div class="wg-graph wg-graph-small" id="{gid}" data-graph="{gid}-data"></div>', ""]
    if _askable(d):
        lines += form_html(b, qname)
    return "\n".join(lines) + "\n"


def terms_index(b: SiteBuild) -> str:
    page = "begrippen/index.md"
    model = b.model
    lines = ["# Begrippen, feiten en open normen", "",
             "Elk begrip (met zijn regels), elk feit dat een gebruiker opgeeft, elke open norm (een oordeel dat de "
             "wet aan een bestuursorgaan laat) en elke parameter van het corpus. Bij een beslissing staat het "
             "formulier *Komt dit in aanmerking?*.", ""]
    for law in model.corpus.laws.values():
        names = sorted((q for q, d in model.definitions.items() if d.wet == law.sleutel),
                       key=lambda q: (model.definitions[q].kind, q))
        if not names:
            continue
        lines += [f"## {md_escape(law.citeertitel)}", "", "| naam | soort | type | gedefinieerd in |",
                  "| --- | --- | --- | --- |"]
        for q in names:
            d = model.definitions[q]
            link = b.def_link.get(q)
            where = (f"[{md_escape(d.citation.short())}]({rel(page, link[0], link[1])})" if link
                     else md_escape(d.citation.short()))
            ask = " · *vraag het*" if _askable(d) else ""
            lines.append(f"| [{md_escape(d.name)}]({rel(page, model.def_page[q])}){ask} | {KIND_LABEL[d.kind]} | "
                         f"{md_escape(str(d.type))} | {where} |")
        lines.append("")
    return "\n".join(lines) + "\n"
