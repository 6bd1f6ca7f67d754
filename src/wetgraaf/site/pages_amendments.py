"""Amendment pages: each wijziging with its instructions as the drafter wrote them, and the amendment report
(wetgraaf.amend, also `wetgraaf wijziging`): the renvooi per article and unit (struck and inserted words), the
changed rules, the difference in the dependency graph with the decisions it reaches, and the scenario outcomes
that flip, with where the explanations part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..amend.report import AmendmentReport, build_report
from ..engine.explain import show_value
from .model import rel, slug
from ..taal import tekst
from .render import esc, md_escape, meta_table
from .woorden import site_taal, woord

# The report's words for what happened to an article, a unit or a rule, and its kinds of definitions (Dutch data
# values of amend/): shown in the site's language.
_STATUSES = ("nieuw", "vervallen", "gewijzigd", "ongewijzigd", "ingevoegd", "toegevoegd", "verwijderd", "vernummerd",
             "geschrapt")
_KINDS = ("begrip", "feit", "oordeel", "parameter", "artikel")

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


def _status(status: str) -> str:
    """A status of the report (gewijzigd, ingevoegd, ...) in the site's language; an unknown one as it is."""
    return woord(f"site.wijz.status.{status}") if status in _STATUSES else status


def _kind(kind: object) -> str:
    return woord(f"site.wijz.soort.{kind}") if kind in _KINDS else str(kind)


def _instructions(b: SiteBuild, naam: str, page: str) -> list[str]:
    model = b.model
    w = model.corpus.wijzigingen[naam]
    sit = model.situation_for(None, (naam,))
    lines = ["## " + woord("site.wijz.opdrachten"), ""]
    for instr in w.instructions:
        target = model.page_of_article(sit, instr.wet, instr.target.artikel) if instr.target.artikel else None
        lines += [f"- **{md_escape(instr.onderdeel)}** ({md_escape(instr.wet)}): {md_escape(instr.opdracht)}"
                  + (woord("site.wijz.zoals_gewijzigd", link=rel(page, target)) if target else "")
                  + (f" — *{md_escape(instr.meta['mvt'])}*" if instr.meta.get("mvt") else "")]
    return lines + [""]


def _wetsvoorstel(b: SiteBuild, naam: str) -> list[str]:
    """The amending article(s) as a drafter publishes them (amend/wetsvoorstel.py); `wetgraaf wijziging NAAM
    --docx` writes the same as a Word file."""
    from ..amend.wetsvoorstel import wetsvoorstel

    vs = wetsvoorstel(b.model.corpus.wijzigingen[naam], b.model.corpus)
    return ["## " + woord("site.wijz.wetsvoorstel"), "", woord("site.wijz.wetsvoorstel_uitleg", naam=naam), "",
            '<div markdown="0">', vs.html(), "</div>", ""]


def _renvooi(b: SiteBuild, r: AmendmentReport, naam: str, page: str) -> list[str]:
    lines = ["## " + woord("site.wijz.renvooi"), "", woord("site.wijz.renvooi_uitleg"), ""]
    for a in r.articles:
        law = b.model.corpus.laws.get(a.wet)
        target = b.model.amended.get((naam, a.wet, a.artikel))
        title = woord("site.wijz.artikel", nummer=a.artikel, wet=law.afkorting if law else a.wet,
                      status=_status(a.status))
        lines += [f"### [{md_escape(title)}]({rel(page, target)})" if target else f"### {md_escape(title)}", ""]
        for u in a.units:
            if u.status == "ongewijzigd":
                continue
            herkomst = woord("site.wijz.herleid") if u.herkomst == "herleid" else ""
            empty = woord("site.wijz.geen_tekst")
            place = esc(tekst(u.path, site_taal()))
            lines += [f'<div class="wg-renvooi-unit"><p class="wg-label">{place} ({esc(_status(u.status))})'
                      f'{esc(herkomst)}</p><div class="wg-renvooi">{_ops_html(u.ops) or empty}</div></div>', ""]
    return lines


def _rules(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## " + woord("site.regels"), ""]
    if not r.rules:
        return lines + [woord("site.wijz.geen_regel"), ""]
    lines += [woord("site.wijz.regels_tabel"), "| --- | --- | --- | --- |"]
    lines += [f"| {_def_link(b, page, c.qname)} | {_kind(c.kind)} | {_status(c.status)} | "
              f"{md_escape(tekst(c.citation, site_taal()))} |"
              for c in r.rules]
    return lines + [""]


def _graph(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## " + woord("site.wijz.graaf"), ""]
    g = r.graph
    if not g:
        return lines + [woord("site.wijz.niet_beschikbaar"), ""]
    lines += ["- " + woord("site.wijz.knopen", toegevoegd=len(g['knopen_toegevoegd']),
                           verwijderd=len(g['knopen_verwijderd']), gewijzigd=len(g['knopen_gewijzigd'])),
              "- " + woord("site.wijz.kanten", toegevoegd=len(g['kanten_toegevoegd']),
                           verwijderd=len(g['kanten_verwijderd'])),
              "- " + woord("site.wijz.wetten", wetten=md_escape(', '.join(g['wetten_geraakt']) or '—')), ""]
    if g["impact"]:
        lines += [woord("site.wijz.beslissingen"), ""]
        lines += [f"- {_def_link(b, page, x['naam'])} ({md_escape(_kind(x['soort']))})" for x in g["impact"]] + [""]
    if g["vervallen_beslissingen"]:
        lines += [woord("site.wijz.vervallen") + ", ".join(md_escape(x) for x in g["vervallen_beslissingen"]), ""]
    return lines


def _outcomes(b: SiteBuild, r: AmendmentReport, page: str) -> list[str]:
    lines = ["## " + woord("site.wijz.uitkomsten"), ""]
    o = r.outcomes
    frags = {res.title: (uri, res.frag) for uri, results in b.scenarios.items() for res in results}
    if o.flips:
        lines += [woord("site.wijz.uitkomsten_tabel"), "| --- | --- | --- | --- | --- |"]
        for f in o.flips:
            where = frags.get(f.scenario)
            name = f"[{md_escape(f.scenario)}]({rel(page, where[0])}#{where[1]})" if where else md_escape(f.scenario)
            t = site_taal()
            part = (f"{md_escape(f.parting.qname)}: {md_escape(show_value(f.parting.before, t))} → "
                    f"{md_escape(show_value(f.parting.after, t))} ({md_escape(tekst(f.parting.citation, t))})") \
                if f.parting else "—"
            lines.append(f"| {name} | {md_escape(f.question)} | {md_escape(show_value(f.before, t))} | "
                         f"{md_escape(show_value(f.after, t))} | {part} |")
        lines.append("")
    lines += [woord("site.wijz.telling", om=len(o.flips), gelijk=o.unchanged, niet=len(o.not_comparable)), ""]
    for scenario, question, why in o.not_comparable[:20]:
        lines.append(f"- {md_escape(scenario)} — {md_escape(question)}: {md_escape(tekst(why))}")
    return lines + [""]


def amendment_pages(b: SiteBuild, naam: str) -> dict[str, str]:
    w = b.model.corpus.wijzigingen[naam]
    page = f"wijzigingen/{slug(naam)}/index.md"
    r = report(b, naam)
    lines = [f"# {md_escape(w.titel)}", ""]
    rows = [(woord(f"site.wijz.meta.{k}"), md_escape(str(w.meta[k])))
            for k in ("kamerstuk", "status", "herkomst", "bron", "inwerkingtreding") if w.meta.get(k) is not None]
    lines += meta_table(rows)
    if w.meta.get("toelichting"):
        lines += [f'!!! warning "{woord("site.wijz.herkomst")}"', "", "    " + md_escape(w.meta["toelichting"]), ""]
    lines += _instructions(b, naam, page)
    lines += _wetsvoorstel(b, naam)
    lines += _renvooi(b, r, naam, page)
    lines += _rules(b, r, page)
    lines += _graph(b, r, page)
    lines += _outcomes(b, r, page)
    return {page: "\n".join(lines) + "\n"}


def amendments_index(b: SiteBuild) -> str:
    page = "wijzigingen/index.md"
    lines = ["# " + woord("site.wijzigingen"), "", woord("site.wijzigingen.uitleg"), ""]
    for naam, w in sorted(b.model.corpus.wijzigingen.items()):
        lines.append(f"- [{md_escape(w.titel)}]({rel(page, f'wijzigingen/{slug(naam)}/index.md')}) — "
                     f"{md_escape(str(w.meta.get('status', '')))}")
    if not b.model.corpus.wijzigingen:
        lines.append(woord("site.wijzigingen.geen"))
    return "\n".join(lines) + "\n"
