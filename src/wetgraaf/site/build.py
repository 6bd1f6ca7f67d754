"""Generate every page of the site from the corpus, in memory: {uri: Markdown}, the navigation, and the data
files the pages' scripts read. The mkdocs plugin hands these to mkdocs; nothing generated is written to the repo.

Order matters a little: articles are rendered before term pages, because rendering an article records where each
defined term occurs in its text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..parser import structure
from ..resolve.situation import Situation
import networkx as nx

from .graphdata import corpus_graph, situation_graph, text_references
from .model import SiteModel, SituationInfo, build_model
from .pages_scenarios import ScenarioResult, run_scenarios
from .render import TermLinker
from .results_cache import ResultsCache
from .woorden import woord

if TYPE_CHECKING:  # the site lies under the API that loads the corpus; only its type is named here
    from ..api import Wetgraaf


@dataclass
class ArticleEntry:
    """One article page: the article as it reads there, the situation its names resolve in, and (for an amended
    article) the amendment that changed it."""

    page: str
    article: structure.Article
    info: SituationInfo
    wijziging: str | None = None

    @property
    def sit(self) -> Situation:
        return self.info.program.situation


@dataclass
class SiteBuild:
    model: SiteModel
    scenarios: dict[str, list[ScenarioResult]]
    graph: dict
    articles: list[ArticleEntry] = field(default_factory=list)
    defined_on: dict[str, list[str]] = field(default_factory=dict)  # page -> qnames defined there
    def_link: dict[str, tuple[str, str]] = field(default_factory=dict)  # qname -> (page, frag) of its definition
    text_refs: dict[str, set[str]] = field(default_factory=dict)  # page -> pages its text refers to
    pages: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    results: ResultsCache | None = None  # results reused from the previous build (site/results_cache.py)
    linkers: dict[frozenset[str], TermLinker] = field(default_factory=dict)  # per set of laws (pages_law._linker)

    _uses_by_page: dict[str, set[str]] | None = None
    _touching: dict[str, list[tuple[str, ScenarioResult]]] | None = None

    def entry(self, page: str) -> ArticleEntry | None:
        return next((e for e in self.articles if e.page == page), None)

    def used_on(self, page: str) -> set[str]:
        """The qualified names the rules shown on `page` use (model.uses, indexed by page once per build)."""
        if self._uses_by_page is None:
            self._uses_by_page = {}
            for used, uses in self.model.uses.items():
                for u in uses:
                    self._uses_by_page.setdefault(u.page, set()).add(used)
        return self._uses_by_page.get(page, set())

    def touching(self, page: str) -> list[tuple[str, ScenarioResult]]:
        """The scenario results (page uri, result; in page order) whose answers pass through the article on
        `page`, as it reads in the scenario's own situation. Indexed once per build: per page, not per pair."""
        if self._touching is None:
            self._touching = {}
            for uri, results in sorted(self.scenarios.items()):
                for r in results:
                    if r.scenario is None:
                        continue
                    sit = self.model.situation_for(r.scenario.peildatum, r.scenario.wijzigingen)
                    pages = {self.model.page_of_article(sit, w, n) for w, n in r.touched}
                    for p in sorted(x for x in pages if x):
                        self._touching.setdefault(p, []).append((uri, r))
        return self._touching.get(page, [])

    def graph_of(self, e: ArticleEntry) -> nx.MultiDiGraph:
        """The graph of the situation the article page shows (its coverage and references come from it)."""
        return situation_graph(self.model, e.info)


def _situation_of(model: SiteModel, art: structure.Article) -> SituationInfo:
    for info in model.situations:
        if info.program.situation.articles.get((art.wet, art.nummer)) is art:
            return info
    return model.base


def prepare(wg: Wetgraaf) -> SiteBuild:
    model = build_model(wg)
    b = SiteBuild(model, {}, corpus_graph(model))
    for law in model.corpus.laws.values():
        for art in sorted(law.articles, key=lambda a: (_sort_number(a.nummer), str(a.geldig_vanaf or ""))):
            b.articles.append(ArticleEntry(model.article_page[id(art)], art, _situation_of(model, art)))
    for info in model.situations:
        if not info.wijzigingen:
            continue
        sit = info.program.situation
        for (w, wet, nummer), page in model.amended.items():
            if w == info.wijzigingen[-1] and not b.entry(page):
                b.articles.append(ArticleEntry(page, sit.articles[(wet, nummer)], info, w))
    for info in model.situations:
        for qname, d in info.program.definitions.items():
            link = model.citation_link(info.program.situation, d.citation)
            if link is None:
                continue
            b.def_link.setdefault(qname, link)
            names = b.defined_on.setdefault(link[0], [])
            if qname not in names:
                names.append(qname)
    for e in b.articles:
        refs = b.text_refs.setdefault(e.page, set())
        for _unit, wet, nummer in text_references(model, e.info, e.article):
            target = model.page_of_article(e.sit, wet, nummer)
            if target and target != e.page:
                refs.add(target)
    b.results = ResultsCache(b)
    b.scenarios = run_scenarios(model, b.results)
    return b


def _sort_number(nummer: str) -> tuple:
    """'1.1.2' < '1.1.10', '10' < '10a'."""
    return tuple((int(m.group(1)), m.group(2)) for m in re.finditer(r"(\d+)([^\d.]*)", nummer)) or ((0, nummer),)


def generate(wg: Wetgraaf) -> SiteBuild:
    """Every generated page, in dependency order."""
    from . import pages_amendments, pages_graph, pages_law, pages_scenarios, pages_terms, pages_vraag

    b = prepare(wg)
    for e in b.articles:
        b.pages[e.page] = pages_law.article_page(b, e)
    for law in b.model.corpus.laws.values():
        b.pages[f"wetten/{law.sleutel}/index.md"] = pages_law.law_page(b, law)
    b.pages["wetten/index.md"] = pages_law.laws_index(b)
    b.pages["dekking.md"] = pages_law.coverage_page(b)
    for qname in b.model.definitions:
        b.pages[b.model.def_page[qname]] = pages_terms.term_page(b, qname)
    b.pages["begrippen/index.md"] = pages_terms.terms_index(b)
    for uri, results in b.scenarios.items():
        b.pages[uri] = pages_scenarios.scenario_page(b.model, uri, results)
        b.warnings += [f"{uri}: {e}" for r in results for e in r.errors]
    b.pages["scenarios/index.md"] = pages_scenarios.scenarios_index(b.model, b.scenarios)
    for naam in b.model.corpus.wijzigingen:
        b.pages.update(pages_amendments.amendment_pages(b, naam))
    b.pages["wijzigingen/index.md"] = pages_amendments.amendments_index(b)
    b.pages["graaf/index.md"] = pages_graph.graph_page(b)
    b.pages[pages_vraag.PAGE] = pages_vraag.questions_page(b)
    if b.results is not None:
        b.results.save()
    for e in b.articles:  # the form is offered on the article pages that define a decision
        b.pages[e.page] += pages_vraag.article_offer(b, e.page)
    return b


def graph_script(b: SiteBuild) -> str:
    """The corpus graph as a script (not JSON fetched at run time: a page opened from disk can read it too)."""
    return "window.WETGRAAF_GRAAF = " + json.dumps(b.graph, ensure_ascii=False) + ";\n"


def nav(b: SiteBuild, docs: list[tuple[str, str]]) -> list:
    """The navigation: the generated sections, each law with its articles, and the reference documentation."""
    laws = []
    for law in b.model.corpus.laws.values():
        arts = [{_nav_title(e, law.afkorting): e.page} for e in b.articles
                if e.article.wet == law.sleutel and e.wijziging is None]
        laws.append({law.afkorting: [f"wetten/{law.sleutel}/index.md"] + arts})
    out: list = []
    home = [uri for title, uri in docs if uri == "index.md"]
    out.append({woord("site.nav.start"): home[0] if home else "index.md"})
    out.append({woord("site.wetten"): ["wetten/index.md"] + laws})
    out.append({woord("site.vraag.kop"): "vragen/index.md"})
    out.append({woord("site.nav.begrippen"): "begrippen/index.md"})
    out.append({woord("site.graaf"): "graaf/index.md"})
    out.append({woord("site.scenarios"): "scenarios/index.md"})
    out.append({woord("site.wijzigingen"): "wijzigingen/index.md"})
    out.append({woord("site.dekking"): "dekking.md"})
    rest = [{title: uri} for title, uri in docs if uri != "index.md"]
    if rest:
        out.append({woord("site.nav.documentatie"): rest})
    return out


def _nav_title(e: ArticleEntry, afkorting: str) -> str:
    # The nav title is also the page's <title>: it names the law ("Artikel 8 Wbmgp"), for tabs and screen readers.
    title = woord("site.artikel.kop", nummer=e.article.nummer, wet=afkorting)
    if "-versie-" in e.page:
        title += woord("site.artikel.versie", datum=e.article.geldig_vanaf)
    return title
