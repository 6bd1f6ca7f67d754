"""Amendment pages: each wijziging with its instructions as the drafter wrote them, and the amendment report
(wetgraaf.amend, also `wetgraaf wijziging`): the renvooi per article and unit (struck and inserted words), the
changed rules, the difference in the dependency graph with the decisions it reaches, and the scenario outcomes
that flip, with where the explanations part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..amend.report import AmendmentReport, build_report
from ..engine.explain import show_value
from .model import rel, slug
from .render import esc, md_escape, meta_table

if TYPE_CHECKING:
    from .build import SiteBuild


def report(b: SiteBuild, naam: str) -> AmendmentReport:
    """The amendment report, built once per build (the scenarios of the corpus, with and without)."""
    cache = b.__dict__.setdefault("_reports", {})
    if naam not in cache:
        reuse = b.results
        cache[naam] = build_report(b.model.wg, (naam,),
                                   outcome_memo=reuse.outcome_memo(naam) if reuse is not None else None,
                                   graph_memo=reuse.graph_memo(naam) if reuse is not None else None)
    return cache[naam]


def _ops_html(ops) -> str:
    tags = {"ingevoegd": "ins", "geschrapt": "del"}
    return "".join(f"<{tags[op.kind]}>{esc(op.text)}</{tags[op.kind]}>" if op.kind in tags else esc(op.text)
                   for op in ops)


def _def_link(b: SiteBuild, page: str, qname: str) -> str:
    if qname in b.model.def_page:
        return f"[{md_escape(qname)}]({rel(page, b.model.def_page[qname])})"
    return md_escape(qname)


def _instructions(b: SiteBuild, naam: str, page: str) -> list[str]:
    model = b.model
    w = model.corpus.wijzigingen[naam]
    sit = model.situation_for(None, (naam,))
    lines = ["## Wijzigingsopdrachten", ""]
    for instr in w.instructions:
        target = model.page_of_article(sit, instr.wet, instr.target.artikel) if instr.target.artikel else None
        lines += [f"- **{md_escape(instr.onderdeel)}** ({md_escape(instr.wet)}): {md_escape(instr.opdracht)}"
                  + (f" — [artikel zoals gewijzigd]({rel(page, target)})" if target else "")
                  + (f" — *{md_escape(instr.meta['mvt'])}*" if instr.meta.get("mvt") else "")]
    return lines + [""]


def _wetsvoorstel(b: SiteBuild, naam: str) -> list[str]:
    """The amending article(s) as a drafter publishes them (amend/wetsvoorstel.py); `wetgraaf wijziging NAAM
    --docx` writes the same as a Word file."""
    from ..amend.wetsvoorstel import wetsvoorstel

    vs = wetsvoorstel(b.model.corpus.wijzigingen[naam], b.model.corpus)
    return ["## Wetsvoorstel", "", "De wijzigingsopdrachten in de standaardformulering van de Aanwijzingen voor de "
            "regelgeving, met de nieuwe tekst. Als Word-bestand: `wetgraaf wijziging " + naam + " --docx "
            "wetsvoorstel.docx`.", "", '<div markdown="0">', vs.html(), "</div>", ""]


def _renvooi(b: SiteBuild, r: AmendmentReport, naam: str, page: str) -> list[str]:
    lines = ["## Renvooi", "", "Per artikel en onderdeel de tekst voor en na de wijziging: <del>geschrapt</del>, "
             "<ins>ingevoegd</ins>.", ""]
    for a in r.articles:
        law = b.model.corpus.laws.get(a.wet)
        target = b.model.amended.get((naam, a.wet, a.artikel))
        title = f"artikel {a.artikel} {law.afkorting if law else a.wet} ({a.status})"
        lines += [f"### [{md_escape(title)}]({rel(page, target)})" if target else f"### {md_escape(title)}", ""]
        for u in a.units:
            if u.status == "ongewijzigd":
                continue
            herkomst = " — herleid uit de memorie van toelichting" if u.herkomst == "herleid" else ""
            lines += [f'<div class="wg-renvooi-unit"><p class="wg-label">{esc(u.path)} ({esc(u.status)}){esc(herkomst)}'
                      f'</p><div class="wg-renvooi">{_ops_html(u.ops) or "<em>(geen tekst)</em>"}</div></div>', ""]
    return lines


def _rules(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## Regels", ""]
    if not r.rules:
        return lines + ["Geen regel verandert.", ""]
    lines += ["| naam | soort | wijziging | bron |", "| --- | --- | --- | --- |"]
    lines += [f"| {_def_link(b, page, c.qname)} | {c.kind} | {c.status} | {md_escape(c.citation)} |" for c in r.rules]
    return lines + [""]


def _graph(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## Verschil in de graaf", ""]
    g = r.graph
    if not g:
        return lines + ["Niet beschikbaar.", ""]
    lines += [f"- knopen: {len(g['knopen_toegevoegd'])} toegevoegd, {len(g['knopen_verwijderd'])} verwijderd, "
              f"{len(g['knopen_gewijzigd'])} gewijzigd",
              f"- verbindingen: {len(g['kanten_toegevoegd'])} toegevoegd, {len(g['kanten_verwijderd'])} verwijderd",
              f"- geraakte wetten: {md_escape(', '.join(g['wetten_geraakt']) or '—')}", ""]
    if g["impact"]:
        lines += ["Beslissingen die de wijziging raakt:", ""]
        lines += [f"- {_def_link(b, page, x['naam'])} ({md_escape(x['soort'])})" for x in g["impact"]] + [""]
    if g["vervallen_beslissingen"]:
        lines += ["Vervallen: " + ", ".join(md_escape(x) for x in g["vervallen_beslissingen"]), ""]
    return lines


def _outcomes(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## Verschil in uitkomsten", ""]
    o = r.outcomes
    frags = {res.title: (uri, res.frag) for uri, results in b.scenarios.items() for res in results}
    if o.flips:
        lines += ["| scenario | vraag | zonder | met | waar het uiteenloopt |", "| --- | --- | --- | --- | --- |"]
        for f in o.flips:
            where = frags.get(f.scenario)
            name = f"[{md_escape(f.scenario)}]({rel(page, where[0])}#{where[1]})" if where else md_escape(f.scenario)
            part = (f"{md_escape(f.parting.qname)}: {md_escape(show_value(f.parting.before))} → "
                    f"{md_escape(show_value(f.parting.after))} ({md_escape(f.parting.citation)})") if f.parting else "—"
            lines.append(f"| {name} | {md_escape(f.question)} | {md_escape(show_value(f.before))} | "
                         f"{md_escape(show_value(f.after))} | {part} |")
        lines.append("")
    lines += [f"{len(o.flips)} antwoord(en) slaan om, {o.unchanged} blijven gelijk, "
              f"{len(o.not_comparable)} niet te vergelijken.", ""]
    for scenario, question, why in o.not_comparable[:20]:
        lines.append(f"- {md_escape(scenario)} — {md_escape(question)}: {md_escape(why)}")
    return lines + [""]


def amendment_pages(b: SiteBuild, naam: str) -> dict[str, str]:
    w = b.model.corpus.wijzigingen[naam]
    page = f"wijzigingen/{slug(naam)}/index.md"
    r = report(b, naam)
    lines = [f"# {md_escape(w.titel)}", ""]
    rows = [(k, md_escape(str(w.meta[k]))) for k in ("kamerstuk", "status", "herkomst", "bron", "inwerkingtreding")
            if w.meta.get(k) is not None]
    lines += meta_table(rows)
    if w.meta.get("toelichting"):
        lines += ['!!! warning "Herkomst van de tekst"', "", "    " + md_escape(w.meta["toelichting"]), ""]
    lines += _instructions(b, naam, page)
    lines += _wetsvoorstel(b, naam)
    lines += _renvooi(b, r, naam, page)
    lines += _rules(b, r, page)
    lines += _graph(b, r, page)
    lines += _outcomes(b, r, page)
    return {page: "\n".join(lines) + "\n"}


def amendments_index(b: SiteBuild) -> str:
    page = "wijzigingen/index.md"
    lines = ["# Wijzigingen", "",
             "Wijzigingswetten en wetsvoorstellen, als opdrachten op de geldende tekst. Per wijziging: de opdrachten, "
             "de renvooi, de gewijzigde regels, het verschil in de graaf en in de uitkomsten van de scenario's "
             "(ook `wetgraaf wijziging <naam>`).", ""]
    for naam, w in sorted(b.model.corpus.wijzigingen.items()):
        lines.append(f"- [{md_escape(w.titel)}]({rel(page, f'wijzigingen/{slug(naam)}/index.md')}) — "
                     f"{md_escape(str(w.meta.get('status', '')))}")
    if not b.model.corpus.wijzigingen:
        lines.append("Het corpus bevat geen wijzigingen.")
    return "\n".join(lines) + "\n"
