"""The site's view of the dependency graph (wetgraaf.graph): articles, definitions, facts, open norms and
parameters as nodes; 'gebruikt' edges from a definition to what its rules use, 'definieert' edges from an
article to what it declares, 'verwijst' edges from an article to the articles its text refers to.

The graph package builds one graph per legal situation (units, rules, soorten and all); the site draws the union
over the situations it shows, collapsed to this level, with node ids as the graph package names them
('def:wmo2015.gezinslid', 'wmo2015.artikel-1.1.2'), so the site, the API and `wetgraaf graaf` speak alike."""

from __future__ import annotations

import networkx as nx

from ..graph.build import DEF_KINDS, UNIT_KINDS, article_id, def_id, segment
from ..parser import structure
from .model import SiteModel, SituationInfo, html_uri
from .woorden import woord

KINDS = ("artikel",) + DEF_KINDS


def situation_graph(model: SiteModel, info: SituationInfo) -> nx.MultiDiGraph:
    return model.wg.graph(info.peildatum, info.wijzigingen)


def unit_node_ids(article: structure.Article) -> dict[int, str]:
    """id(unit) -> its node id in the graph (the graph package's naming: 'wmo2015.artikel-1.1.2/lid-4')."""
    out: dict[int, str] = {}
    taken: set[str] = set()

    def walk(unit: structure.Unit, nid: str) -> None:
        out[id(unit)] = nid
        taken.add(nid)
        for child in unit.children:
            base = f"{nid}/{segment(child.kind, child.ident)}"
            cid, n = base, 2
            while cid in taken:
                cid, n = f"{base}~{n}", n + 1
            walk(child, cid)

    walk(article.root, article_id(article.wet, article.nummer))
    return out


def _article_node(g: nx.MultiDiGraph, nid: str) -> tuple[str, str] | None:
    d = g.nodes[nid]
    if d.get("kind") in UNIT_KINDS and d.get("wet") and d.get("artikel"):
        return d["wet"], d["artikel"]
    return None


def corpus_graph(model: SiteModel) -> dict:
    """{'nodes': [...], 'edges': [...]} over every situation the site shows; urls are relative to the site root.
    Its words (an article's title) are in the language of the reader it is built for (site/woorden.py)."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], dict] = {}
    base_names = set(model.base.program.definitions)
    for info in model.situations:
        g = situation_graph(model, info)
        sit = info.program.situation

        def art_node(wet: str, nummer: str) -> str | None:
            aid = article_id(wet, nummer)
            if aid not in nodes:
                page = model.page_of_article(sit, wet, nummer)
                if page is None:
                    return None
                law = model.corpus.laws.get(wet)
                afk = law.afkorting if law else wet
                nodes[aid] = {"id": aid, "label": f"art. {nummer} {afk}", "kind": "artikel", "wet": wet,
                              "url": html_uri(page), "title": woord("site.artikel.titel", nummer=nummer, wet=afk)}
            return aid

        for qname, d in info.program.definitions.items():
            nid = def_id(qname)
            if nid not in nodes:
                node = {"id": nid, "label": d.name, "kind": d.kind, "wet": d.wet, "url": html_uri(model.def_page[qname]),
                        "title": f"{d.qname}: {d.type}"}
                if qname not in base_names:
                    node["wijziging"] = ", ".join(info.wijzigingen)
                nodes[nid] = node
        for u, v, kind in g.edges(data="kind"):
            if kind == "uses" and u in nodes and v in nodes and u.startswith("def:") and v.startswith("def:"):
                edges.setdefault((u, v, "gebruikt"), {"source": u, "target": v, "kind": "gebruikt"})
            elif kind == "defines" and v.startswith("def:") and v in nodes and g.nodes[u].get("kind") in UNIT_KINDS:
                where = _article_node(g, u)
                aid = art_node(*where) if where else None
                if aid:
                    edges.setdefault((aid, v, "definieert"), {"source": aid, "target": v, "kind": "definieert"})
            elif kind == "refers-to" and g.nodes[v].get("kind") in UNIT_KINDS:
                a, b = _article_node(g, u), _article_node(g, v)
                if a and b and a != b:
                    src, dst = art_node(*a), art_node(*b)
                    if src and dst:
                        edges.setdefault((src, dst, "verwijst"), {"source": src, "target": dst, "kind": "verwijst"})
    known = set(nodes)
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]),
            "edges": [e for e in edges.values() if e["source"] in known and e["target"] in known]}


# By id of the graph dict, holding the graph itself (a dict cannot be weakly referenced): the few graphs of the
# current build only, so the `dienst --herlaad` loop does not keep every earlier build's graph alive.
_INDEX: dict[int, tuple] = {}
_INDEX_KEPT = 4


def _index(graph: dict) -> tuple[dict, dict, dict]:
    """Adjacency, nodes by id and edges by source of a graph dict, built once (pages ask for hundreds of
    neighbourhoods)."""
    cached = _INDEX.get(id(graph))
    if cached is None or cached[0] is not graph:
        adjacent: dict[str, set[str]] = {}
        by_source: dict[str, list[dict]] = {}
        for e in graph["edges"]:
            adjacent.setdefault(e["source"], set()).add(e["target"])
            adjacent.setdefault(e["target"], set()).add(e["source"])
            by_source.setdefault(e["source"], []).append(e)
        cached = (graph, adjacent, {n["id"]: n for n in graph["nodes"]}, by_source)
        if len(_INDEX) >= _INDEX_KEPT:
            _INDEX.pop(next(iter(_INDEX)))  # the oldest: dicts keep insertion order
        _INDEX[id(graph)] = cached
    return cached[1], cached[2], cached[3]


def neighbourhood(graph: dict, centres: set[str], depth: int = 1) -> dict:
    """The nodes within `depth` steps of the centres (either direction) and the edges between them."""
    adjacent, by_id, by_source = _index(graph)
    keep = {c for c in centres if c in by_id}
    frontier = set(keep)
    for _ in range(depth):
        frontier = {m for n in frontier for m in adjacent.get(n, ())} - keep
        keep |= frontier
    return {"nodes": [dict(by_id[k], centre=k in centres) for k in sorted(keep)],
            "edges": [e for k in sorted(keep) for e in by_source.get(k, ()) if e["target"] in keep]}


def text_references(model: SiteModel, info: SituationInfo, article: structure.Article) -> list[tuple[str, str, str]]:
    """The references in an article's text to other articles of the corpus: (unit node, target wet, artikel)."""
    g = situation_graph(model, info)
    out = []
    for nid in unit_node_ids(article).values():
        if nid not in g:
            continue
        for _, v, data in g.out_edges(nid, data=True):
            if data.get("kind") == "refers-to" and data.get("status") == "intern":
                target = _article_node(g, v)
                if target and target != (article.wet, article.nummer):
                    out.append((nid, *target))
    return out
