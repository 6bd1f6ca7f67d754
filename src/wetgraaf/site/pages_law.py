"""Law pages, article pages and the coverage page.

An article page shows the official text per lid/onderdeel with the rule blocks that encode it beside it (stacked
on narrow screens), defined terms linked, the citation and the official source, validity dates, the notes on the
source (inconsistencies are shown, not smoothed over), a banner on units rebuilt from a memorie van toelichting
with the passage they rest on, the references in and out, the scenarios that touch it and its graph neighbourhood.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..parser import structure
from .coverage import Coverage, article_coverage, bar, unit_status
from ..graph.build import article_id, def_id
from .graphdata import neighbourhood, unit_node_ids
from .model import anchor, rel, slug
from .render import TermLinker, esc, highlight_rules, json_script, md_escape, meta_table
from .woorden import citaat, kind_label, kort, woord

if TYPE_CHECKING:
    from .build import ArticleEntry, SiteBuild

_HERKOMST = ("officieel", "herleid", "ontwerp")
_UNITS = ("lid", "onderdeel", "subonderdeel", "slot", "artikel")


def _unit_label(kind: str) -> str:
    return woord(f"site.eenheid.{kind}") if kind in _UNITS else kind


def _law_name(b: SiteBuild, wet: str) -> str:
    law = b.model.corpus.laws.get(wet)
    return law.afkorting if law else wet


def _page_title(b: SiteBuild, page: str) -> str:
    e = b.entry(page)
    if e is None:
        return page
    title = woord("site.artikel.titel", nummer=e.article.nummer, wet=_law_name(b, e.article.wet))
    if e.wijziging:
        title += woord("site.artikel.gewijzigd_door", titel=b.model.corpus.wijzigingen[e.wijziging].titel)
    elif "-versie-" in page:
        title += woord("site.artikel.versie", datum=e.article.geldig_vanaf)
    return title


def _is_herleid(article: structure.Article) -> bool:
    return article.herkomst == "herleid" or any(u.herkomst == "herleid" for u in article.units())


def _unit_lines(b: SiteBuild, e: ArticleEntry, unit: structure.Unit, linker: TermLinker, status: dict[int, str],
                parent_herleid: bool = False) -> list[str]:
    aid = anchor(unit.citation) or "artikel"
    cls = f"wg-unit wg-{unit.kind}"
    if id(unit) in status:
        cls += " wg-status-" + status[id(unit)].replace(" ", "-")
    if unit.herkomst == "herleid":
        cls += " wg-herleid"
    lines = [f'<section class="{cls}" id="{aid}" markdown="block">', ""]
    if unit.kind != "artikel":
        label = f"{_unit_label(unit.kind)} {unit.ident}" if unit.kind != "slot" else _unit_label("slot")
        lines += [f'<p class="wg-label"><a href="#{aid}">{esc(label)}</a> '
                  f'<span class="wg-cite">{esc(citaat(unit.citation))}</span></p>', ""]
    if unit.herkomst == "herleid" and not parent_herleid:
        lines += ['<div class="wg-banner wg-banner-herleid" markdown="block">', "",
                  woord("site.banner.herleid")
                  + (woord("site.banner.bron", bron=md_escape(unit.bron_note)) if unit.bron_note else "") + ".", "",
                  "</div>", ""]
    text = linker.link(unit.text, e.page, aid, citaat(unit.citation)) if unit.text.strip() else ""
    lines += ['<div class="wg-row" markdown="block">', "", '<div class="wg-text" markdown="block">', "",
              text or "", "", "</div>", ""]
    if unit.blocks:
        lines.append('<div class="wg-rules">' + "".join(highlight_rules(bl.source, e.article.wet, b.model, e.page)
                                                       for bl in unit.blocks) + "</div>")
        lines.append("")
    lines += ["</div>", ""]
    if unit.herkomst == "ontwerp" and not parent_herleid:
        lines += ['<div class="wg-banner wg-banner-ontwerp" markdown="block">', "",
                  woord("site.banner.ontwerp")
                  + (woord("site.banner.bron", bron=md_escape(unit.bron_note)) if unit.bron_note else "") + ".", "",
                  "</div>", ""]
    for note in unit.notes:
        # The notes are wetgraaf's own reasoning about the text (readings, choices, inconsistencies), also where the
        # text itself is rebuilt from the memorie van toelichting: never presented as MvT text (issue 13).
        title = woord("site.toelichting")
        lines += ['<div class="wg-toelichting" markdown="block">', "", f"**{title}**", "", note, "", "</div>", ""]
    for child in unit.children:
        lines += _unit_lines(b, e, child, linker, status, unit.herkomst == "herleid")
    lines += ["</section>", ""]
    return lines


def _meta_table(b: SiteBuild, e: ArticleEntry) -> list[str]:
    art, model = e.article, b.model
    law = model.corpus.laws[art.wet]
    rows = [(woord("site.meta.wet"), f"[{md_escape(law.citeertitel)}]({rel(e.page, f'wetten/{law.sleutel}/index.md')})"
                                     + (f" ({law.bwb})" if law.bwb else "")),
            (woord("site.meta.citeren_als"), md_escape(citaat(art.root.citation)))]
    geldig = woord("site.geldig.vanaf", datum=art.geldig_vanaf) if art.geldig_vanaf else woord("site.geldig.onbekend")
    if art.geldig_tot:
        geldig += woord("site.geldig.tot", datum=art.geldig_tot)
    rows.append((woord("site.meta.geldig"), geldig))
    if art.bron and str(art.bron).startswith(("https://", "http://")):
        rows.append((woord("site.meta.officiele_bron"), f"[{md_escape(art.bron)}]({art.bron})"))
    elif art.bron:
        rows.append((woord("site.meta.bron"), md_escape(art.bron)))
    herkomst = woord(f"site.herkomst.{art.herkomst}") if art.herkomst in _HERKOMST else art.herkomst
    others_herkomst = {u.herkomst for u in art.units()} - {art.herkomst, None}
    if others_herkomst:  # e.g. an official article with drafted onderdelen: never all "officiële tekst"
        parts = sorted(woord(f"site.herkomst.delen.{h}") if h in _HERKOMST else woord("site.herkomst.delen", soort=h)
                       for h in others_herkomst)
        herkomst += woord("site.herkomst.met", delen=woord("site.en").join(parts))
    rows.append((woord("site.meta.herkomst"), herkomst + (f" ({md_escape(art.meta['bronbestand'])})"
                                                           if art.meta.get("bronbestand") else "")))
    if e.wijziging:
        w = model.corpus.wijzigingen[e.wijziging]
        base = model.page_of_article(model.base.program.situation, art.wet, art.nummer)
        rows.append((woord("site.meta.gewijzigd_door"),
                     f"[{md_escape(w.titel)}]({rel(e.page, f'wijzigingen/{slug(e.wijziging)}/index.md')})"
                     + (woord("site.meta.zonder_wijziging", link=rel(e.page, base)) if base and base != e.page
                        else "")))
    others = [x for x in b.articles if x.article.wet == art.wet and x.article.nummer == art.nummer and x.page != e.page]
    if others:
        rows.append((woord("site.meta.andere_versies"), ", ".join(f"[{md_escape(_page_title(b, x.page))}]({rel(e.page, x.page)})"
                                                 for x in others)))
    rows.append((woord("site.meta.dekking"), bar(article_coverage(b.graph_of(e), art))))
    return meta_table(rows)


def _references(b: SiteBuild, e: ArticleEntry) -> list[str]:
    model = b.model
    out_text = sorted(b.text_refs.get(e.page, ()))
    in_text = sorted(p for p, refs in b.text_refs.items() if e.page in refs)
    here = set(b.defined_on.get(e.page, ()))
    out_rules: dict[str, set[str]] = {}
    in_rules: dict[str, set[str]] = {}
    for used in b.used_on(e.page):
        target = b.def_link.get(used, ("", ""))[0]
        if target and target != e.page:
            out_rules.setdefault(target, set()).add(used)
    for used in sorted(here):
        for u in model.uses.get(used, ()):
            if u.page != e.page:
                in_rules.setdefault(u.page, set()).add(used)
    lines = ["## " + woord("site.verwijzingen"), ""]

    def listing(title: str, pages: list[str], names: dict[str, set[str]] | None = None) -> None:
        lines.extend([f"**{title}**", ""])
        if not pages:
            lines.extend([woord("site.geen"), ""])
            return
        for p in pages:
            extra = ""
            if names:
                extra = " — " + ", ".join(f"[{md_escape(q.split('.', 1)[1])}]({rel(e.page, model.def_page[q])})"
                                          for q in sorted(names[p]))
            lines.append(f"- [{md_escape(_page_title(b, p))}]({rel(e.page, p)}){extra}")
        lines.append("")

    listing(woord("site.verwijzingen.uit_tekst"), out_text)
    listing(woord("site.verwijzingen.naar_tekst"), in_text)
    listing(woord("site.verwijzingen.uit_regels"), sorted(out_rules), out_rules)
    listing(woord("site.verwijzingen.naar_regels"), sorted(in_rules), in_rules)
    return lines


def _linker(b: SiteBuild, laws: frozenset[str]) -> TermLinker:
    """One TermLinker per set of laws per build (its pattern joins every term of those laws; most articles of a
    law ask for the same set)."""
    if laws not in b.linkers:
        b.linkers[laws] = TermLinker(b.model, set(laws))
    return b.linkers[laws]


def article_page(b: SiteBuild, e: ArticleEntry) -> str:
    art, model = e.article, b.model
    laws = {art.wet} | {used.split(".", 1)[0] for used in b.used_on(e.page)}
    linker = _linker(b, frozenset(laws))
    lines = ["# " + woord("site.artikel.kop", nummer=md_escape(art.nummer), wet=md_escape(_law_name(b, art.wet))), ""]
    if e.wijziging:
        w = model.corpus.wijzigingen[e.wijziging]
        lines += [f'!!! info "{woord("site.artikel.zoals_gewijzigd", titel=md_escape(w.titel))}"', "",
                  "    " + woord("site.artikel.na_wijziging", status=md_escape(w.meta.get('status', ''))), ""]
    if _is_herleid(art):
        mvt = art.meta.get("mvt") or next((u.bron_note for u in art.units() if u.bron_note), None)
        lines += [f'!!! warning "{woord("site.herleid.kop")}"', "",
                  "    " + woord("site.herleid.tekst") + (f" ({md_escape(mvt)})" if mvt else "") + ".", ""]
    lines += _meta_table(b, e)
    remarks = [str(r) for r in art.meta.get("opmerkingen") or []]
    if remarks:
        lines += [f'!!! note "{woord("site.opmerkingen")}"', ""] + [f"    - {md_escape(r)}" for r in remarks] + [""]
    from ..importeer import geschiedenis_markdown  # imported laws: the WTI amendment history
    lines += geschiedenis_markdown(art.meta)
    lines += ["## " + woord("site.tekst_en_regels"), ""]
    lines += _unit_lines(b, e, art.root, linker, unit_status(b.graph_of(e), art))
    defined = b.defined_on.get(e.page, [])
    if defined:
        lines += ["## " + woord("site.gedefinieerd_hier"), ""]
        for q in sorted(defined):
            d = model.definitions[q]
            lines.append(f"- [{md_escape(d.name)}]({rel(e.page, model.def_page[q])}) — {kind_label(d.kind)}, "
                         f"{md_escape(str(d.type))}")
        lines.append("")
    lines += _references(b, e)
    lines += ["## " + woord("site.scenarios"), ""]
    touching = [f"- [{md_escape(r.title)}]({rel(e.page, uri)}#{r.frag})" for uri, r in b.touching(e.page)]
    lines += (touching or [woord("site.artikel.geen_scenario")]) + [""]
    centres = {article_id(art.wet, art.nummer)} | {def_id(q) for q in defined}
    local = neighbourhood(b.graph, centres, 1)
    if local["nodes"]:
        gid = "wg-graph-artikel"
        lines += ["## " + woord("site.graaf"), "", json_script(gid + "-data", local),
                  f'<div class="wg-graph wg-graph-small" id="{gid}" data-graph="{gid}-data"></div>', ""]
    return "\n".join(lines) + "\n"


def law_coverage(law: structure.Law, b: SiteBuild) -> Coverage:
    cov = Coverage()
    for e in b.articles:
        if e.article.wet == law.sleutel and e.wijziging is None and "-versie-" not in e.page:
            cov = cov.add(article_coverage(b.graph_of(e), e.article))
    return cov


def law_page(b: SiteBuild, law: structure.Law) -> str:
    page = f"wetten/{law.sleutel}/index.md"
    lines = [f"# {md_escape(law.citeertitel)}", ""]
    rows = [(woord("site.meta.titel"), md_escape(law.titel)), (woord("site.meta.afkorting"), md_escape(law.afkorting)),
            ("BWB-id", f"[{law.bwb}](https://wetten.overheid.nl/{law.bwb})" if law.bwb else "—"),
            (woord("site.meta.status"), md_escape(law.status)), (woord("site.meta.dekking"), bar(law_coverage(law, b)))]
    lines += meta_table(rows)
    lines += ["## " + woord("site.wet.versies"), ""]
    for v in law.versies:
        bron = v.get("bron")
        lines.append("- " + woord("site.wet.versie", versie=md_escape(v.get('versie', '?')))
                     + (f": [{md_escape(bron)}]({bron})" if bron else "")
                     + (woord("site.wet.herkomst", herkomst=md_escape(v['herkomst'])) if v.get("herkomst") else ""))
    lines += ["", "## " + woord("site.wet.artikelen"), "", woord("site.wet.tabel"), "| --- | --- | --- | --- |"]
    for e in b.articles:
        if e.article.wet != law.sleutel:
            continue
        art = e.article
        geldig = woord("site.geldig.vanaf", datum=art.geldig_vanaf) if art.geldig_vanaf else "—"
        if art.geldig_tot:
            geldig += woord("site.geldig.tot", datum=art.geldig_tot)
        if e.wijziging:
            geldig = woord("site.geldig.na", titel=md_escape(b.model.corpus.wijzigingen[e.wijziging].titel))
        lines.append(f"| [{md_escape(_page_title(b, e.page))}]({rel(page, e.page)}) | {geldig} | "
                     f"{md_escape(art.herkomst)} | {bar(article_coverage(b.graph_of(e), art))} |")
    lines.append("")
    names = sorted(q for q, d in b.model.definitions.items() if d.wet == law.sleutel)
    if names:
        lines += ["## " + woord("site.begrippen"), ""]
        lines += [f"- [{md_escape(b.model.definitions[q].name)}]({rel(page, b.model.def_page[q])}) — "
                  f"{kind_label(b.model.definitions[q].kind)}" for q in names] + [""]
    return "\n".join(lines) + "\n"


def laws_index(b: SiteBuild) -> str:
    page = "wetten/index.md"
    lines = ["# " + woord("site.wetten"), "", woord("site.wetten.tabel"), "| --- | --- | --- | --- | --- |"]
    for law in b.model.corpus.laws.values():
        n = len({a.nummer for a in law.articles})
        lines.append(f"| [{md_escape(law.citeertitel)}]({rel(page, f'wetten/{law.sleutel}/index.md')}) | "
                     f"{law.bwb or '—'} | {md_escape(law.status)} | {n} | {bar(law_coverage(law, b))} |")
    return "\n".join(lines) + "\n"


def coverage_page(b: SiteBuild) -> str:
    page = "dekking.md"
    lines = ["# " + woord("site.dekking"), "", woord("site.dekking.uitleg"), ""]
    total = Coverage()
    for law in b.model.corpus.laws.values():
        total = total.add(law_coverage(law, b))
    lines += [woord("site.dekking.corpus", balk=bar(total)), ""]
    for law in b.model.corpus.laws.values():
        lines += [f"## {md_escape(law.citeertitel)}", "", bar(law_coverage(law, b)), ""]
        lines += _out_of_scope(b, law) + _not_executable_reasons(b, law)
        lines += [woord("site.dekking.tabel"), "| --- | --- | --- |"]
        for e in b.articles:
            if e.article.wet != law.sleutel or e.wijziging is not None or "-versie-" in e.page:
                continue
            status = unit_status(b.graph_of(e), e.article)
            open_units = [u for u in e.article.units() if status.get(id(u)) == "open"]
            links = ", ".join(f"[{md_escape(kort(u.citation))}]({rel(page, e.page, anchor(u.citation) or 'artikel')})"
                              for u in open_units[:8]) + (" …" if len(open_units) > 8 else "")
            lines.append(f"| [{md_escape(_page_title(b, e.page))}]({rel(page, e.page)}) | "
                         f"{bar(article_coverage(b.graph_of(e), e.article))} | {links or '—'} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def _out_of_scope(b: SiteBuild, law: structure.Law) -> list[str]:
    """How many articles of the official source(s) the corpus does not hold: out of scope, counted apart.

    A `bronbestand` (law-sources/...) is looked up beside the corpus being built: in its repository, then in the
    shared folder beside that. Not beside the installed package: then the page of any corpus (a test's copy) read
    whatever that machine's folders held at that moment, and two builds of one corpus could differ."""
    import re

    here = Path(b.model.corpus.root).resolve().parent
    present = {e.article.nummer for e in b.articles if e.article.wet == law.sleutel}
    sources = {e.article.meta.get("bronbestand") for e in b.articles
               if e.article.wet == law.sleutel and e.article.meta.get("bronbestand")}
    in_source: set[str] = set()
    for src in sorted(str(s) for s in sources):
        for root in (here, here.parent / "shared"):
            path = root / str(src)
            if path.is_file():
                in_source |= set(re.findall(r"^## Artikel (\S+)", path.read_text(encoding="utf-8"), re.M))
                break
    if not in_source:
        return []
    missing = sorted(in_source - present)
    if not missing:  # law-sources holds only the articles the project took over; the rest of the law is out
        return [woord("site.dekking.alle_in_corpus", n=len(in_source)), ""]
    return [woord("site.dekking.buiten_bereik", n=len(missing), van=len(in_source),
                  artikelen=md_escape(', '.join(missing[:12])) + (" …" if len(missing) > 12 else "")), ""]


def _not_executable_reasons(b: SiteBuild, law: structure.Law) -> list[str]:
    """The reasons given for the units marked niet uitvoerbaar, with how many units each covers."""
    from collections import Counter

    reasons: Counter = Counter()
    for e in b.articles:
        if e.article.wet != law.sleutel or e.wijziging is not None or "-versie-" in e.page:
            continue
        g = b.graph_of(e)
        status = unit_status(g, e.article)
        ids = unit_node_ids(e.article)
        for u in e.article.units():
            if status.get(id(u)) == "niet uitvoerbaar":
                reden = g.nodes[ids[id(u)]].get("reden") or woord("site.dekking.geen_reden")
                reasons[str(reden).split(";")[0].split(". ")[0].strip()] += 1
    if not reasons:
        return []
    out = [f"<details markdown=\"block\"><summary>{woord('site.dekking.redenen')}</summary>", "",
           woord("site.dekking.redenen_tabel"), "| --- | ---: |"]
    out += [f"| {md_escape(r)} | {n} |" for r, n in reasons.most_common()]
    return out + ["", "</details>", ""]
