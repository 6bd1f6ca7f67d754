"""The graph diff of an amendment: nodes and edges added or removed, nodes whose content changed, and the impact
set — every definition downstream of a change, in any law."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..graph.queries import dependents

_CONTENT = ("label", "signature", "status", "text", "citation", "vraag", "door")
_DECISION_KINDS = ("begrip", "parameter")


def _edges(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in g.edges(data="kind")}


def _content(g: nx.MultiDiGraph, n: str) -> tuple:
    data = g.nodes[n]
    return tuple(str(data.get(k)) for k in _CONTENT)


def graph_diff(base: nx.MultiDiGraph, amended: nx.MultiDiGraph, impact_limit: int = 500) -> dict[str, Any]:
    base_nodes, new_nodes = set(base.nodes), set(amended.nodes)
    added = sorted(new_nodes - base_nodes)
    removed = sorted(base_nodes - new_nodes)
    changed = sorted(n for n in base_nodes & new_nodes if _content(base, n) != _content(amended, n))
    base_edges, new_edges = _edges(base), _edges(amended)
    edges_added = new_edges - base_edges
    edges_removed = base_edges - new_edges
    # What the amendment touches directly: new, changed, and endpoints of changed edges that still exist.
    # A new article makes its law 'contain' more; that is not a change to everything in the law.
    touched = set(added) | set(changed) | {u for u, _, k in edges_added | edges_removed if k != "contains"}
    touched = {n for n in touched & new_nodes if amended.nodes[n].get("kind") != "wet"}
    impact: dict[str, dict[str, Any]] = {}
    for seed in sorted(touched):
        for hit in dependents(amended, seed):
            data = amended.nodes[hit.node]
            if data.get("kind") not in _DECISION_KINDS or hit.node in impact:
                continue
            impact[hit.node] = {"naam": hit.node.removeprefix("def:"), "soort": data.get("kind"),
                                "wet": hit.node.removeprefix("def:").split(".")[0],
                                "door": seed, "bron": data.get("citation")}
            if len(impact) >= impact_limit:
                break
    gone_decisions = [n.removeprefix("def:") for n in removed if base.nodes[n].get("kind") in _DECISION_KINDS]
    return {
        "knopen_toegevoegd": added,
        "knopen_verwijderd": removed,
        "knopen_gewijzigd": changed,
        "kanten_toegevoegd": [{"van": u, "naar": v, "soort": k} for u, v, k in sorted(edges_added)],
        "kanten_verwijderd": [{"van": u, "naar": v, "soort": k} for u, v, k in sorted(edges_removed)],
        "impact": sorted(impact.values(), key=lambda x: x["naam"]),
        "vervallen_beslissingen": gone_decisions,
        "wetten_geraakt": sorted({x["wet"] for x in impact.values()}),
    }
