"""Pages for every defined term, fact, open norm and parameter: its signature and definition, the article that
defines it, its rules, every place that uses it (rules and article text), its graph neighbourhood and, for a
decision about people or things, the "Komt dit in aanmerking?" form that asks the questions still needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph.build import def_id
from ..parser import ir
from ..resolve import labels as words
from ..resolve.model import Definition
from .graphdata import neighbourhood
from .model import rel, rule_tree
from .render import json_script, md_escape
from .woorden import citaat, kind_label, kort, woord

if TYPE_CHECKING:
    from .build import SiteBuild


def signature(d: Definition) -> str:
    params = ", ".join(f"{p.name}: {p.type}" for p in d.params)
    return f"{d.name}({params}): {d.type}" if params else f"{d.name}: {d.type}"


def title(d: Definition) -> str:
    """A definition in words for a heading: its label with the roles filled in, else its name."""
    said = words.phrase(d) if d.label else d.name
    return said[:1].upper() + said[1:]


def type_json(t: ir.Type, soorten: dict) -> dict:
    out = {"kind": t.kind, "name": t.name}
    if t.item is not None:
        out["item"] = type_json(t.item, soorten)
    if t.kind == "soort" and t.name in soorten:
        soort = soorten[t.name]
        out["opties"] = list(soort.values)
        # the words of each value and of the soort itself, for the form (issue 15: labels, not identifiers)
        out["opties_labels"] = {v: soort.labels.get(v) or v.replace("_", " ") for v in soort.values}
        out["label"] = soort.label
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
                        "label": d.label, "omschrijving": d.omschrijving,
                        "params": [{"naam": p.name, "type": type_json(p.type, soorten), "label": p.label}
                                   for p in d.params],
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


def _role(p: ir.Param) -> str:
    said = p.label or p.name
    return said[:1].upper() + said[1:]


def term_page(b: SiteBuild, qname: str) -> str:
    model = b.model
    d = model.definitions[qname]
    page = model.def_page[qname]
    law = model.corpus.laws.get(d.wet)
    lines = [f"# {md_escape(title(d))}", "",
             "*" + woord("site.begrip.soort_van", soort=kind_label(d.kind), wet=md_escape(law.afkorting if law else d.wet))
             + "* · " + woord("site.begrip.naam", naam=signature(d)), ""]
    if d.omschrijving:
        lines += [md_escape(d.omschrijving), ""]
    if d.params:
        lines += [woord("site.begrip.rollen_tabel"), "| --- | --- | --- |"]
        lines += [f"| {md_escape(_role(p))} | `{p.name}` | {md_escape(str(p.type))} |" for p in d.params] + [""]
    value_type = d.type.item if d.type.kind == "lijst" else d.type  # a list of soort values: the soort's words
    soort = next((info.program.soorten.get(value_type.name) for info in model.situations
                  if value_type.kind == "soort" and value_type.name in info.program.soorten), None)
    if soort is not None:
        lines += [woord("site.begrip.waarden") + "; ".join(
            f"{md_escape(soort.labels.get(v, v))} (`{v}`)" for v in soort.values) + ".", ""]
    if d.kind == "oordeel":
        lines += [f'!!! info "{woord("site.begrip.open_norm", door=md_escape(d.door))}"', "",
                  "    " + woord("site.begrip.open_norm_tekst", door=md_escape(d.door)), ""]
    if d.vraag:
        lines += [woord("site.begrip.vraag", vraag=md_escape(d.vraag)), ""]
    link = b.def_link.get(qname)
    where = f"[{md_escape(citaat(d.citation))}]({rel(page, link[0], link[1])})" if link else md_escape(citaat(d.citation))
    lines += [woord("site.begrip.gedefinieerd_in", waar=where), ""]
    labels = model.found_in.get(qname, [])
    if labels and model.base.label not in labels:
        lines += [woord("site.begrip.alleen_in", waar=md_escape(', '.join(labels))), ""]
    rules = rule_tree(d)
    if rules:
        lines += ["## " + woord("site.regels"), ""]
        for r in rules:
            what = woord("site.uitzondering") if r.excepts else woord("site.regel")
            label = f" {md_escape(r.label)}" if r.label and not r.label.startswith("r") or r.excepts else ""
            on = woord("site.begrip.op", regel=md_escape(r.excepts)) if r.excepts and r.excepts != "*" else ""
            rlink = model.citation_link(_first_situation(b, qname).program.situation, r.citation) or link
            cite = (f"[{md_escape(citaat(r.citation))}]({rel(page, rlink[0], rlink[1])})" if rlink
                    else md_escape(citaat(r.citation)))
            lines.append(f"- {what}{label}{on} — {cite}")
        lines.append("")
    if d.uses:
        lines += ["## " + woord("site.begrip.hangt_af_van"), ""]
        lines += [f"- [{md_escape(title(model.definitions[u]))}]({rel(page, model.def_page[u])}) — "
                  f"{kind_label(model.definitions[u].kind)} `{u.split('.', 1)[1]}`"
                  for u in sorted(d.uses) if u in model.def_page] + [""]
    lines += ["## " + woord("site.begrip.gebruikt_in"), ""]
    uses = model.uses.get(qname, [])
    if uses:
        for u in sorted(uses, key=lambda u: (u.page, u.frag, u.by)):
            lines.append(f"- [{md_escape(title(model.definitions[u.by]))}]({rel(page, model.def_page[u.by])})"
                         + woord("site.begrip.in") + f"[{md_escape(citaat(u.citation))}]({rel(page, u.page, u.frag)})")
    else:
        lines.append(woord("site.begrip.niet_gebruikt"))
    lines += ["", "## " + woord("site.begrip.in_wettekst"), ""]
    text_uses = model.text_uses.get(qname, [])
    if text_uses:
        lines += [f"- [{md_escape(label)}]({rel(page, p, frag)})" for p, frag, label in text_uses]
    else:
        lines.append(woord("site.begrip.niet_in_tekst"))
    lines.append("")
    local = neighbourhood(b.graph, {def_id(qname)}, 1)
    if local["nodes"]:
        gid = "wg-graph-begrip"
        lines += ["## " + woord("site.graaf"), "", json_script(gid + "-data", local),
                  f'<div class="wg-graph wg-graph-small" id="{gid}" data-graph="{gid}-data"></div>', ""]
    if _askable(d):
        lines += form_html(b, qname)
    return "\n".join(lines) + "\n"


def terms_index(b: SiteBuild) -> str:
    page = "begrippen/index.md"
    model = b.model
    lines = ["# " + woord("site.begrippen"), "", woord("site.begrippen.uitleg"), ""]
    for law in model.corpus.laws.values():
        names = sorted((q for q, d in model.definitions.items() if d.wet == law.sleutel),
                       key=lambda q: (model.definitions[q].kind, q))
        if not names:
            continue
        lines += [f"## {md_escape(law.citeertitel)}", "", woord("site.begrippen.tabel"),
                  "| --- | --- | --- | --- | --- |"]
        for q in names:
            d = model.definitions[q]
            link = b.def_link.get(q)
            where = (f"[{md_escape(kort(d.citation))}]({rel(page, link[0], link[1])})" if link
                     else md_escape(kort(d.citation)))
            ask = woord("site.begrippen.vraag_het") if _askable(d) else ""
            lines.append(f"| [{md_escape(title(d))}]({rel(page, model.def_page[q])}){ask} | `{d.name}` | "
                         f"{kind_label(d.kind)} | {md_escape(str(d.type))} | {where} |")
        lines.append("")
    return "\n".join(lines) + "\n"
