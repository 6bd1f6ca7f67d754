"""The site model: which pages exist, where each article, definition and citation lives on the site, and which
definitions use which. Shared by the mkdocs plugin (to write pages) and the question service (to link an
explanation to the article pages). Imports nothing from mkdocs.

Page addresses are source URIs ('wetten/wmo2015/artikel-1.1.2.md'); the built site has the same path with .html
(the plugin turns directory URLs off, so the site also works when opened from disk).
"""

from __future__ import annotations

import datetime as _dt
import functools
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..parser import ir, structure
from ..resolve.model import Definition, Program, Rule
from ..resolve.situation import Situation
from .woorden import woord

if TYPE_CHECKING:  # the site lies under the API that loads the corpus; only its type is named here
    from ..api import Wetgraaf



def slug(text: str) -> str:
    """An ASCII slug for file names and anchors: 'bijzondere categorieën' -> 'bijzondere-categorieen'."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-") or "x"


def anchor(c: ir.Citation | None) -> str:
    """The HTML id of the unit a citation names on its article page ('' for the article itself)."""
    if c is None:
        return ""
    parts = []
    if c.lid:
        parts.append(f"lid-{slug(c.lid)}")
    if c.onderdeel:
        parts.append(f"onderdeel-{slug(c.onderdeel)}")
    if c.sub:
        parts.append(f"sub-{slug(c.sub)}")
    return "-".join(parts)


def rel(from_uri: str, to_uri: str, frag: str = "", html: bool = False) -> str:
    """A relative link from one page to another; Markdown links keep .md (mkdocs checks them), raw HTML gets .html."""
    target = to_uri[:-3] + ".html" if html and to_uri.endswith(".md") else to_uri
    path = _relpath(target, posixpath.dirname(from_uri) or ".")
    return path + (f"#{frag}" if frag else "")


@functools.lru_cache(maxsize=1 << 16)
def _relpath(target: str, start: str) -> str:
    # A pure function of two page addresses; the pages ask it tens of thousands of times per build.
    return posixpath.relpath(target, start)


def html_uri(uri: str) -> str:
    return uri[:-3] + ".html" if uri.endswith(".md") else uri


@dataclass
class Use:
    """One place where a definition is used: by definition `by`, in the rule cited at `citation`."""

    by: str
    citation: ir.Citation
    page: str
    frag: str


@dataclass
class SituationInfo:
    """A legal situation the site shows: a label, how to select it, and its checked program."""

    label: str
    peildatum: _dt.date | None
    wijzigingen: tuple[str, ...]
    program: Program


@dataclass
class SiteModel:
    wg: Wetgraaf
    situations: list[SituationInfo]
    article_page: dict[int, str]  # id(structure.Article) -> page uri (corpus articles and amended copies)
    amended: dict[tuple[str, str, str], str]  # (wijziging, wet, nummer) -> page uri of the amended article
    definitions: dict[str, Definition]  # qname -> the definition shown on its page (newest base version first)
    found_in: dict[str, list[str]]  # qname -> labels of the situations that define it
    def_page: dict[str, str]  # qname -> page uri
    uses: dict[str, list[Use]] = field(default_factory=dict)  # qname -> where it is used in rules
    text_uses: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # qname -> (page, frag, label)
    page_anchors: dict[str, set[str]] = field(default_factory=dict)  # page uri -> unit anchors of its article
    _rule_uses: dict[int, tuple[Rule, set[str]]] = field(default_factory=dict, repr=False)

    # ---------------------------------------------------------------------------------------------------------
    def rule_uses(self, r: Rule) -> set[str]:
        """The qualified names a rule's condition and value use (referenced), once per rule of this model's
        programs: the uses of the pages and the keys of the stored results both walk every rule (do not change
        the set)."""
        found = self._rule_uses.get(id(r))
        if found is None or found[0] is not r:
            found = self._rule_uses[id(r)] = (r, referenced(r.cond) | referenced(r.value))
        return found[1]

    @property
    def corpus(self) -> structure.Corpus:
        return self.wg.corpus

    @property
    def base(self) -> SituationInfo:
        return next(s for s in self.situations if s.peildatum is None and not s.wijzigingen)

    def page_of_article(self, sit: Situation, wet: str, nummer: str) -> str | None:
        """The page showing artikel `nummer` of `wet` as it reads in `sit`."""
        art = sit.articles.get((wet, nummer))
        if art is not None and id(art) in self.article_page:
            return self.article_page[id(art)]
        for w in reversed(sit.wijzigingen):
            if (w, wet, nummer) in self.amended:
                return self.amended[(w, wet, nummer)]
        law = self.corpus.laws.get(wet)
        newest = [a for a in (law.articles if law else []) if a.nummer == nummer]
        if newest:
            return self.article_page[id(max(newest, key=lambda a: a.geldig_vanaf or _dt.date.min))]
        return None

    def citation_link(self, sit: Situation, c: ir.Citation | None) -> tuple[str, str] | None:
        """(page uri, fragment) of a citation in a situation, or None when the site has no page for it.

        A stack of amendments has no page of its own: its article is shown on the page of one amendment alone,
        which may lack the unit cited (a lid the other amendment inserted). Then the page of an earlier amendment
        of the stack that shows the unit is taken, else the article without a fragment: never a broken link."""
        if c is None:
            return None
        page = self.page_of_article(sit, c.wet, c.artikel)
        frag = anchor(c)
        if page is None or not frag or frag in self._anchors(page, frag):
            return (page, frag) if page else None
        for w in reversed(sit.wijzigingen):
            other = self.amended.get((w, c.wet, c.artikel))
            if other is not None and frag in self._anchors(other, frag):
                return other, frag
        return page, ""

    def _anchors(self, page: str, frag: str) -> set[str]:
        """The unit anchors of the article a page shows (for a page that shows no known article, `frag`: it is
        not second-guessed)."""
        if not self.page_anchors:
            for info in self.situations:
                for art in info.program.situation.articles.values():
                    uri = self.article_page.get(id(art))
                    if uri is not None and uri not in self.page_anchors:
                        self.page_anchors[uri] = {anchor(u.citation) for u in art.root.walk()}
            for law in self.corpus.laws.values():
                for art in law.articles:
                    self.page_anchors.setdefault(self.article_page[id(art)],
                                                 {anchor(u.citation) for u in art.root.walk()})
        found = self.page_anchors.get(page)
        return found if found is not None else {frag}

    def situation_for(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> Situation:
        return self.wg.program(peildatum, wijzigingen).situation


def version_page(article: structure.Article) -> str:
    stem = Path(article.file).stem.replace("@", "-versie-")
    return f"wetten/{article.wet}/{stem}.md"


def _version_dates(corpus: structure.Corpus) -> list[_dt.date]:
    return sorted({a.geldig_vanaf for law in corpus.laws.values() for a in law.articles if a.geldig_vanaf})


def build_model(wg: Wetgraaf) -> SiteModel:
    """Select every situation the site shows (each version date, the newest law, the newest law with each
    amendment), check their programs, and lay out the pages."""
    corpus = wg.corpus
    situations = [SituationInfo(woord("site.situatie.geldend"), None, (), wg.program(None, ()))]
    for w in sorted(corpus.wijzigingen):
        titel = corpus.wijzigingen[w].titel
        situations.append(SituationInfo(woord("site.situatie.wijziging", titel=titel), None, (w,),
                                        wg.program(None, (w,))))
    for date in _version_dates(corpus):
        situations.append(SituationInfo(woord("site.situatie.versie", datum=date.isoformat()), date, (),
                                        wg.program(date, ())))

    article_page: dict[int, str] = {}
    for law in corpus.laws.values():
        for art in law.articles:
            article_page[id(art)] = version_page(art)
    amended: dict[tuple[str, str, str], str] = {}
    base_sit = situations[0].program.situation
    for info in situations[1:]:
        if not info.wijzigingen:
            continue
        w = info.wijzigingen[-1]
        for key, art in info.program.situation.articles.items():
            if id(art) in article_page or base_sit.articles.get(key) is art:
                continue
            uri = f"wijzigingen/{slug(w)}/{key[0]}-artikel-{slug(key[1])}.md"
            amended[(w, key[0], key[1])] = uri
            article_page[id(art)] = uri

    definitions: dict[str, Definition] = {}
    found_in: dict[str, list[str]] = {}
    for info in situations:
        for qname, d in info.program.definitions.items():
            definitions.setdefault(qname, d)
            found_in.setdefault(qname, []).append(info.label)
    def_page: dict[str, str] = {}
    taken: set[str] = set()
    for qname in sorted(definitions):
        d = definitions[qname]
        uri = f"begrippen/{d.wet}/{slug(d.name)}.md"
        n = 2
        while uri in taken:  # two names that differ only in accents
            uri = f"begrippen/{d.wet}/{slug(d.name)}-{n}.md"
            n += 1
        taken.add(uri)
        def_page[qname] = uri

    model = SiteModel(wg, situations, article_page, amended, definitions, found_in, def_page)
    _collect_uses(model)
    return model


def rule_tree(d: Definition) -> list[Rule]:
    """Every rule of a definition: base rules, exceptions to all of them, and nested exceptions."""
    out: list[Rule] = []
    stack = list(d.rules) + list(d.exceptions)
    while stack:
        r = stack.pop(0)
        out.append(r)
        stack.extend(r.exceptions)
    return out


def referenced(expr) -> set[str]:
    """The qualified names of definitions an expression uses."""
    found: set[str] = set()
    stack = [expr]
    while stack:
        e = stack.pop()
        if e is None:
            continue
        if isinstance(e, ir.DefRef):
            found.add(e.qname)
        if isinstance(e, tuple):
            stack.extend(e)
            continue
        if isinstance(e, ir.Expr):
            for name in getattr(type(e), "__slots__", ()):
                value = getattr(e, name, None)
                if isinstance(value, (ir.Expr, tuple)):
                    stack.append(value)
    return found


def _collect_uses(model: SiteModel) -> None:
    seen: set[tuple] = set()
    for info in model.situations:
        sit = info.program.situation
        for d in info.program.definitions.values():
            for r in rule_tree(d):
                link = model.citation_link(sit, r.citation)
                if link is None:
                    continue
                for used in model.rule_uses(r):
                    key = (used, d.qname, link)
                    if key in seen:
                        continue
                    seen.add(key)
                    model.uses.setdefault(used, []).append(Use(d.qname, r.citation, link[0], link[1]))
