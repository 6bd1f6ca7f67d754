"""Amendment pages: each wijziging with its instructions in renvooi form (what is inserted, replaced or struck),
the articles as amended, the difference in the dependency graph, and the difference in the outcomes of the
scenarios that apply it."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..api import Wetgraaf
from ..engine.explain import show_value
from ..parser import ir
from ..parser.errors import LawError, LawErrors
from .model import rel, slug
from .pages_scenarios import ScenarioResult
from .render import md_escape, meta_table

if TYPE_CHECKING:
    from .build import SiteBuild


def graph_diff(wg: Wetgraaf, naam: str) -> dict:
    """Definitions and dependencies added, removed or changed by an amendment (newest law, with and without)."""
    before = wg.program(None, ()).definitions
    after = wg.program(None, (naam,)).definitions
    changed = []
    for q in sorted(set(before) & set(after)):
        x, y = before[q], after[q]
        if x.uses != y.uses or len(x.rules) != len(y.rules) or len(x.exceptions) != len(y.exceptions) \
                or str(x.type) != str(y.type):
            changed.append(q)
    edges_before = {(q, u) for q, d in before.items() for u in d.uses}
    edges_after = {(q, u) for q, d in after.items() for u in d.uses}
    return {"toegevoegd": sorted(set(after) - set(before)), "vervallen": sorted(set(before) - set(after)),
            "gewijzigd": changed, "nieuwe_afhankelijkheden": sorted(edges_after - edges_before),
            "vervallen_afhankelijkheden": sorted(edges_before - edges_after)}


def outcome_diff(wg: Wetgraaf, scenarios: dict[str, list[ScenarioResult]], naam: str) -> list[dict]:
    """For each scenario that applies the amendment: every answer with it and without it."""
    rows = []
    for uri, results in sorted(scenarios.items()):
        for r in results:
            if r.scenario is None or naam not in r.scenario.wijzigingen:
                continue
            without = dataclasses.replace(r.scenario, wijzigingen=tuple(w for w in r.scenario.wijzigingen
                                                                        if w != naam))
            try:
                other = {o.question: _value(o.answer) for o in wg.run(without)}
            except (LawError, LawErrors) as exc:
                errs = exc.errors if isinstance(exc, LawErrors) else [exc]
                other = {o.question: "niet te beantwoorden: " + errs[0].message for o in r.outcomes}
            for o in r.outcomes:
                rows.append({"scenario": r.title, "page": uri, "frag": r.frag, "vraag": o.question,
                             "met": _value(o.answer), "zonder": other.get(o.question, "—")})
    return rows


def _value(answer) -> str:
    if answer is None:
        return "—"
    if answer.error is not None:
        return f"fout: {answer.error.message}"
    return show_value(answer.value)


def _unit_text(unit: ir.Unit, tag: str) -> list[str]:
    out = []
    for u in unit.walk():
        if u.text.strip():
            out += [f'<{tag} class="wg-renvooi" markdown="block">', "", u.text, "", f"</{tag}>", ""]
    return out


def _old_unit(b: SiteBuild, instr) -> ir.Unit | None:
    sit = b.model.base.program.situation
    t = instr.target
    art = sit.articles.get((instr.wet, t.artikel)) if t.artikel else None
    if art is None:
        return None
    unit = art.root
    for kind, ident in t.path():
        unit = next((c for c in unit.children if c.ident == ident and (c.kind == kind or kind == "onderdeel")), None)
        if unit is None:
            return None
    return unit


def amendment_pages(b: SiteBuild, naam: str) -> dict[str, str]:
    model = b.model
    w = model.corpus.wijzigingen[naam]
    page = f"wijzigingen/{slug(naam)}/index.md"
    lines = [f"# {md_escape(w.titel)}", ""]
    rows = [(k, md_escape(str(w.meta[k]))) for k in ("kamerstuk", "status", "herkomst", "bron", "inwerkingtreding")
            if w.meta.get(k) is not None]
    lines += meta_table(rows)
    if w.meta.get("toelichting"):
        lines += ['!!! warning "Herkomst van de tekst"', "", "    " + md_escape(w.meta["toelichting"]), ""]
    lines += ["## Wijzigingsopdrachten", "",
              "Per onderdeel de opdracht zoals de wetgever die formuleert, en de tekst die wordt ingevoegd "
              "(<ins>onderstreept</ins>) of vervalt (<del>doorgehaald</del>).", ""]
    for instr in w.instructions:
        target = model.page_of_article(model.situation_for(None, (naam,)), instr.wet, instr.target.artikel) \
            if instr.target.artikel else None
        lines += [f"### Onderdeel {md_escape(instr.onderdeel)} — {md_escape(instr.wet)}", "",
                  f"> {md_escape(instr.opdracht)}", ""]
        meta = [f"herkomst: {md_escape(instr.meta['herkomst'])}" if instr.meta.get("herkomst") else "",
                f"memorie van toelichting: {md_escape(instr.meta['mvt'])}" if instr.meta.get("mvt") else "",
                f"[artikel zoals gewijzigd]({rel(page, target)})" if target else ""]
        lines += ["*" + "; ".join(m for m in meta if m) + "*", ""] if any(meta) else []
        if instr.kind in ("vervangen", "vervalt"):
            old = _old_unit(b, instr)
            if old is not None:
                lines += _unit_text(old, "del")
        for unit in instr.content:
            lines += _unit_text(unit, "ins")
    lines += ["## Gewijzigde artikelen", ""]
    amended = sorted((k, v) for k, v in model.amended.items() if k[0] == naam)
    lines += [f"- [artikel {md_escape(nr)} {md_escape(model.corpus.laws[wet].afkorting)}]({rel(page, uri)})"
              for (_, wet, nr), uri in amended] or ["Geen."]
    lines += ["", "## Verschil in de graaf", ""]
    diff = graph_diff(model.wg, naam)

    def names(qs: list[str]) -> str:
        return ", ".join(f"[{md_escape(q)}]({rel(page, model.def_page[q])})" for q in qs if q in model.def_page) or "—"

    lines += [f"- toegevoegd: {names(diff['toegevoegd'])}", f"- vervallen: {names(diff['vervallen'])}",
              f"- gewijzigd: {names(diff['gewijzigd'])}",
              f"- nieuwe afhankelijkheden: {len(diff['nieuwe_afhankelijkheden'])}",
              f"- vervallen afhankelijkheden: {len(diff['vervallen_afhankelijkheden'])}", ""]
    lines += ["## Verschil in uitkomsten", ""]
    rows_out = outcome_diff(model.wg, b.scenarios, naam)
    if rows_out:
        lines += ["| scenario | vraag | met de wijziging | zonder |", "| --- | --- | --- | --- |"]
        lines += [f"| [{md_escape(r['scenario'])}]({rel(page, r['page'])}#{r['frag']}) | {md_escape(r['vraag'])} | "
                  f"{md_escape(r['met'])} | {md_escape(r['zonder'])} |" for r in rows_out]
    else:
        lines.append("Geen scenario past deze wijziging toe.")
    return {page: "\n".join(lines) + "\n"}


def amendments_index(b: SiteBuild) -> str:
    page = "wijzigingen/index.md"
    lines = ["# Wijzigingen", "",
             "Wijzigingswetten en wetsvoorstellen, als opdrachten op de geldende tekst. Per wijziging: de opdrachten "
             "(renvooi), de gewijzigde artikelen, het verschil in de graaf en in de uitkomsten.", ""]
    for naam, w in sorted(b.model.corpus.wijzigingen.items()):
        lines.append(f"- [{md_escape(w.titel)}]({rel(page, f'wijzigingen/{slug(naam)}/index.md')}) — "
                     f"{md_escape(str(w.meta.get('status', '')))}")
    if not b.model.corpus.wijzigingen:
        lines.append("Het corpus bevat geen wijzigingen.")
    return "\n".join(lines) + "\n"
