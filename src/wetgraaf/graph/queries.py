"""Questions to the graph: what X depends on, what depends on X (impact), cycles, dangling references, unused
definitions, coverage (which leden are encoded, marked `niet uitvoerbaar`, or neither).

"X depends on Y" is read from the graph's edges as follows (the dependency view):
    definition → the definitions and soorten it uses, and its rules
    rule → what it uses, the unit whose text it encodes, the rule it makes an exception to
    open norm (oordeel) → the unit that states it
    unit → the units, laws and external articles its text refers to, and its own parts (lid → onderdelen)
A fact (feit) does not depend on the unit it happens to be declared under: 'geboortedatum' is declared at
'jeugdige', but a change to that text does not change anyone's date of birth. A reference to a whole law does not
make the referring unit depend on every article of it.
"""

from __future__ import annotations

import difflib
import re
import weakref
from collections import deque
from dataclasses import dataclass, field

import networkx as nx

from ..taal import Bericht, bericht
from .build import DEF_KINDS, RULE_KINDS, UNIT_KINDS, article_id, def_id, segment
from .references import ORD_TO_NUM, article_key

STRUCTURE = UNIT_KINDS + ("wet", "buiten-corpus")
_VIEWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def dependency_view(g: nx.MultiDiGraph, without: frozenset[str] = frozenset()) -> nx.DiGraph:
    """A plain DiGraph with an edge u → v for every 'u depends on v' (built once per graph); `without`: edge kinds
    left out (the rules alone: {'refers-to'}), the same as the view of the graph filtered on those kinds."""
    views = _VIEWS.setdefault(g, {})
    view = views.get(without)
    if view is not None:
        return view
    view = nx.DiGraph()
    view.add_nodes_from(g.nodes)
    kinds = g.nodes
    for u, v, kind in g.edges(data="kind"):
        if kind in without:
            continue
        ku, kv = kinds[u]["kind"], kinds[v]["kind"]
        if kind == "contains":
            if ku in UNIT_KINDS and kv in UNIT_KINDS:
                view.add_edge(u, v)
            elif kv in RULE_KINDS:
                view.add_edge(v, u)
        elif kind == "defines" and (ku in RULE_KINDS or kv == "oordeel"):
            view.add_edge(v, u)
        elif kind == "uses" or kind == "refers-to" or (kind == "excepts" and kv in RULE_KINDS):
            view.add_edge(u, v)
    views[without] = view
    return view


# -- finding a node by name -----------------------------------------------------------------------------------------

class UnknownName(LookupError):
    """A name that is not in the graph; the message suggests near matches."""


_CASUAL = re.compile(r"^(?P<wet>[a-z][\w]*)[\s.:/]+(?:art(?:ikel)?\.?[\s-]*)?(?P<art>\d[\w.:]*?)"
                     r"(?:,?\s*(?:lid\s+(?P<lid>\d+)|(?P<ord>\w+)\s+lid))?"
                     r"(?:,?\s*(?:onderdeel|onder)\s+(?P<ond>[^\s,]+))?(?:,?\s*(?:onder\s+)?(?P<sub>\d+°))?\s*$", re.I)


def find(g: nx.MultiDiGraph, name: str) -> str:
    """The node meant by `name`: a node id, a definition ('gezinslid', 'wmo2015.gezinslid'), or a place in a law
    ('wmo2015 1.1.2 lid 5', 'wmo2015 artikel 1.1.2, vijfde lid, onderdeel d'). Raises UnknownName."""
    name = " ".join(name.split())
    for cand in (name, def_id(name), f"regel:{name}", f"soort:{name}"):
        if cand in g:
            return cand
    short = [n for n, d in g.nodes(data=True) if d["kind"] in DEF_KINDS and d.get("naam") == name]
    if len(short) == 1:
        return short[0]
    if len(short) > 1:
        raise UnknownName(bericht("zin.graaf.naam.meer_wetten", naam=name,
                                  wetten=", ".join(sorted(s[4:] for s in short)), voorbeeld=short[0][4:]))
    m = _CASUAL.match(name)
    if m and m.group("wet") in g:
        lid = m.group("lid") or (str(ORD_TO_NUM[m.group("ord").lower()]) if m.group("ord") and
                                 m.group("ord").lower() in ORD_TO_NUM else None)
        nid = article_id(m.group("wet"), m.group("art").rstrip(".,"))
        for kind, ident in (("lid", lid), ("onderdeel", m.group("ond")), ("subonderdeel", m.group("sub"))):
            if not ident:
                continue
            options = [f"{nid}/{segment(k, ident)}" for k in ((kind,) if kind == "lid" else
                                                               ("onderdeel", "subonderdeel"))]
            nid = next((o for o in options if o in g), options[0])
        if nid in g:
            return nid
    pool = [n for n in g.nodes if not n.startswith(("ext:",))]
    pool += [d["naam"] for _, d in g.nodes(data=True) if d["kind"] in DEF_KINDS]
    close = difflib.get_close_matches(name, pool, 4, 0.6)
    raise UnknownName(bericht("zin.graaf.naam.bedoelt", naam=name, namen=", ".join(close)) if close else
                      bericht("zin.graaf.naam.onbekend", naam=name))


# -- dependencies and dependents ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    node: str
    distance: int
    via: str | None  # the node it was reached from (one step closer to X)


def _structural_below(g: nx.MultiDiGraph, nid: str) -> list[str]:
    out, stack = [], [nid]
    while stack:
        n = stack.pop()
        for _, v, kind in g.out_edges(n, data="kind"):
            if kind == "contains" and g.nodes[v]["kind"] in STRUCTURE:
                out.append(v)
                stack.append(v)
    return out


def _structural_above(g: nx.MultiDiGraph, nid: str) -> set[str]:
    out, stack = set(), [nid]
    while stack:
        n = stack.pop()
        for u, _, kind in g.in_edges(n, data="kind"):
            if kind == "contains" and u not in out:
                out.add(u)
                stack.append(u)
    return out


def _seeds(g: nx.MultiDiGraph, nid: str, with_declared: bool) -> set[str]:
    seeds = {nid}
    if g.nodes[nid]["kind"] in STRUCTURE:
        seeds.update(_structural_below(g, nid))
        if with_declared:
            for s in list(seeds):
                seeds.update(v for _, v, k in g.out_edges(s, data="kind") if k in ("contains", "defines")
                             and g.nodes[v]["kind"] in DEF_KINDS + RULE_KINDS + ("soort",))
    return seeds


def _bfs(view: nx.DiGraph, seeds: set[str], forward: bool, depth: int | None) -> list[Hit]:
    step = view.successors if forward else view.predecessors
    seen = {s: (0, None) for s in seeds}
    queue = deque(seeds)
    while queue:
        n = queue.popleft()
        dist = seen[n][0]
        if depth is not None and dist >= depth:
            continue
        for m in step(n):
            if m not in seen:
                seen[m] = (dist + 1, n)
                queue.append(m)
    return [Hit(n, d, via) for n, (d, via) in seen.items() if n not in seeds]


def dependencies(g: nx.MultiDiGraph, nid: str, depth: int | None = None) -> list[Hit]:
    """Everything `nid` depends on (transitively, or up to `depth` steps), nearest first."""
    hits = _bfs(dependency_view(g), _seeds(g, nid, True), True, depth)
    return sorted(hits, key=lambda h: (h.distance, h.node))


def dependents(g: nx.MultiDiGraph, nid: str, depth: int | None = None,
               without: frozenset[str] = frozenset()) -> list[Hit]:
    """Everything that depends on `nid` — what an amendment of it may affect — nearest first. The units that
    merely contain `nid` (its lid, article, law) are passed through but not listed. `without`: edge kinds not
    followed (dependency_view); the units and what they contain are read from `g` as it is."""
    above = _structural_above(g, nid)
    hits = _bfs(dependency_view(g, without), _seeds(g, nid, False), False, depth)
    return sorted((h for h in hits if h.node not in above), key=lambda h: (h.distance, h.node))


# -- checks ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RefIssue:
    source: str
    target: str
    tekst: str
    file: str
    line: int
    col: int
    reden: str | Bericht  # a catalogue message: say it with wetgraaf.taal.tekst


def dangling(g: nx.MultiDiGraph) -> list[RefIssue]:
    """References to a lid or onderdeel that does not exist (or to an article an amendment removed)."""
    out = [RefIssue(u, v, d.get("tekst", ""), d.get("file", ""), d.get("line", 0), d.get("col", 0),
                    d.get("reden", ""))
           for u, v, d in g.edges(data=True) if d["kind"] == "refers-to" and d.get("status") == "ontbrekend"]
    return sorted(out, key=lambda r: (r.file, r.line, r.col))


def anchor_mismatches(g: nx.MultiDiGraph) -> list[RefIssue]:
    """Links whose #Artikel anchor names another article than the linked words (the words are followed)."""
    out = [RefIssue(u, v, d.get("tekst", ""), d.get("file", ""), d.get("line", 0), d.get("col", 0),
                    bericht("zin.graaf.anker", artikel=g.nodes[v].get("artikel", "?"), anker=d["anker"]))
           for u, v, d in g.edges(data=True) if d["kind"] == "refers-to" and d.get("anker")]
    return sorted(out, key=lambda r: (r.file, r.line, r.col))


@dataclass
class Cycles:
    definitions: list[list[str]] = field(default_factory=list)  # a definition that (indirectly) uses itself
    references: list[list[str]] = field(default_factory=list)  # articles that refer to each other in a ring


def cycles(g: nx.MultiDiGraph) -> Cycles:
    """Circular definitions (an error) and rings of articles referring to each other (normal in law: reported
    for information, per group of articles)."""
    view = dependency_view(g)
    logic = view.subgraph(n for n in view if g.nodes[n]["kind"] in DEF_KINDS + RULE_KINDS + ("soort",))
    out = Cycles()
    for comp in nx.strongly_connected_components(logic):
        if len(comp) > 1 or any(logic.has_edge(n, n) for n in comp):
            cyc = nx.find_cycle(logic.subgraph(comp))
            out.definitions.append([u for u, _ in cyc] + [cyc[0][0]])
    arts = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        if d["kind"] == "refers-to" and d.get("status") == "intern":
            au, av = _article_of(g, u), _article_of(g, v)
            if au and av and au != av:
                arts.add_edge(au, av)
    for comp in nx.strongly_connected_components(arts):
        if len(comp) > 1:
            out.references.append(sorted(comp, key=_article_sort))
    out.references.sort(key=lambda c: _article_sort(c[0]))
    return out


def _article_of(g: nx.MultiDiGraph, nid: str) -> str | None:
    d = g.nodes[nid]
    return article_id(d["wet"], d["artikel"]) if d["kind"] in UNIT_KINDS else None


def _article_sort(nid: str) -> tuple:
    wet, _, nummer = nid.partition(".artikel-")
    return wet, article_key(nummer)


def unused(g: nx.MultiDiGraph) -> list[str]:
    """Definitions, facts, open norms, parameters and soorten that no rule or definition uses. A begrip listed
    here may be a question the law answers (e.g. wmo2015.gezinslid); a feit listed here is never asked for."""
    out = []
    for n, d in g.nodes(data=True):
        if d["kind"] in DEF_KINDS + ("soort",):
            if not any(k == "uses" for _, _, k in g.in_edges(n, data="kind")):
                out.append(n)
    order = {k: i for i, k in enumerate(("feit", "oordeel", "parameter", "soort", "begrip"))}
    return sorted(out, key=lambda n: (order[g.nodes[n]["kind"]], n))


# -- coverage -------------------------------------------------------------------------------------------------------

@dataclass
class CoverageRow:
    """Leaf units (a lid without onderdelen, an onderdeel, subonderdeel or slot; an article without leden) of a
    law or article: encoded (rule blocks), marked `niet uitvoerbaar`, or open."""

    wet: str
    artikel: str | None
    node: str
    gecodeerd: int = 0
    niet_uitvoerbaar: int = 0
    open: int = 0

    @property
    def eenheden(self) -> int:
        return self.gecodeerd + self.niet_uitvoerbaar + self.open

    @property
    def percentage(self) -> float:
        return 100.0 * (self.gecodeerd + self.niet_uitvoerbaar) / self.eenheden if self.eenheden else 100.0


@dataclass
class Coverage:
    laws: list[CoverageRow] = field(default_factory=list)
    articles: list[CoverageRow] = field(default_factory=list)
    open_units: list[str] = field(default_factory=list)  # node ids of the units neither encoded nor marked


def coverage(g: nx.MultiDiGraph, wet: str | None = None, gewijzigd: bool = False) -> Coverage:
    """Coverage of the leaf units in scope: all, or of law `wet`, or (`gewijzigd`) only the units an amendment
    brought in (e.g. the Wams: `coverage(wg.graph(None, ('wams',)), gewijzigd=True)`)."""
    laws: dict[str, CoverageRow] = {}
    arts: dict[str, CoverageRow] = {}
    out = Coverage()
    for n, d in g.nodes(data=True):
        if d["kind"] not in UNIT_KINDS or not d.get("blad") or d.get("status") is None:
            continue
        if (wet and d["wet"] != wet) or (gewijzigd and not d.get("gewijzigd")):
            continue
        aid = article_id(d["wet"], d["artikel"])
        rows = (laws.setdefault(d["wet"], CoverageRow(d["wet"], None, d["wet"])),
                arts.setdefault(aid, CoverageRow(d["wet"], d["artikel"], aid)))
        attr = {"gecodeerd": "gecodeerd", "niet uitvoerbaar": "niet_uitvoerbaar", "open": "open"}[d["status"]]
        for row in rows:
            setattr(row, attr, getattr(row, attr) + 1)
        if d["status"] == "open":
            out.open_units.append(n)
    out.laws = sorted(laws.values(), key=lambda r: r.wet)
    out.articles = sorted(arts.values(), key=lambda r: (r.wet, article_key(r.artikel or "")))
    out.open_units.sort(key=lambda n: (g.nodes[n].get("file", ""), g.nodes[n].get("line", 0)))
    return out
