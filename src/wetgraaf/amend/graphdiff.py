"""The graph diff of an amendment: nodes and edges added or removed, nodes whose content changed, and the impact
set — every definition downstream of a change, in any law."""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..graph.queries import dependents
from ..taal import bericht, opsomming

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
    # Rule impact: decisions that use a changed node through the rules. Text impact: decisions reached only when
    # the textual cross-references ("als bedoeld in artikel 8") are followed too — reported apart, as the rules do
    # not read them.
    # (The 'contains' and 'defines' edges that _seeds and _structural_above read are the same without them.)
    impact = _impact(amended, touched, impact_limit, _REFERENCES)
    text_impact = {n: x for n, x in _impact(amended, touched, impact_limit).items() if n not in impact}
    gone_decisions = [n.removeprefix("def:") for n in removed if base.nodes[n].get("kind") in _DECISION_KINDS]
    return {
        "knopen_toegevoegd": added,
        "knopen_verwijderd": removed,
        "knopen_gewijzigd": changed,
        "kanten_toegevoegd": [{"van": u, "naar": v, "soort": k} for u, v, k in sorted(edges_added)],
        "kanten_verwijderd": [{"van": u, "naar": v, "soort": k} for u, v, k in sorted(edges_removed)],
        "impact": sorted(impact.values(), key=lambda x: x["naam"]),
        "impact_tekst": sorted(text_impact.values(), key=lambda x: x["naam"]),
        "vervallen_beslissingen": gone_decisions,
        "wetten_geraakt": sorted({x["wet"] for x in impact.values()}),
    }


_REFERENCES = frozenset({"refers-to"})


def _impact(amended: nx.MultiDiGraph, touched: set[str], limit: int,
            without: frozenset[str] = frozenset()) -> dict[str, dict[str, Any]]:
    """Every decision downstream of a touched node in `amended` (its edges of the kinds `without` not followed),
    with the touched node it is reached through."""
    impact: dict[str, dict[str, Any]] = {}
    for seed in sorted(touched):
        for hit in dependents(amended, seed, without=without):
            data = amended.nodes[hit.node]
            if data.get("kind") not in _DECISION_KINDS or hit.node in impact:
                continue
            impact[hit.node] = {"naam": hit.node.removeprefix("def:"), "soort": data.get("kind"),
                                "wet": hit.node.removeprefix("def:").split(".")[0],
                                "door": seed, "bron": _cite(data.get("citation"))}
            if len(impact) >= limit:
                return impact
    return impact


def _cite(c: Any) -> Any:
    """A node's citation as a catalogue message (ir.Citation.bericht: said in the reader's language where shown)."""
    if not c:
        return None
    return c.bericht() if callable(getattr(c, "bericht", None)) else str(c)


_PARTS = ("lid", "onderdeel", "subonderdeel")


def _unit_name(node: str) -> Any:
    """'wbmgp.artikel-8/lid-1/onderdeel-c' as a reader cites it: 'wbmgp artikel 8, lid 1, onderdeel c' (a catalogue
    message: 'wbmgp article 8, paragraph 1, point c' in English)."""
    head, *parts = node.split("/")
    wet, _, nummer = head.partition(".artikel-")
    said: list[Any] = [bericht("zin.graaf.deel.artikel", wet=wet, artikel=nummer)]
    for part in parts:
        kind, _, ident = part.partition("-")
        if kind in _PARTS and ident:
            said.append(bericht(f"zin.graaf.deel.{kind}", ident=ident))
        else:
            said.append(bericht("zin.graaf.deel.slot") if part == "slot" else part.replace("-", " ", 1))
    return opsomming(said)


def structure_changes(g: dict[str, Any]) -> dict[str, list[Any]]:
    """Articles gone or new, and parts (lid, onderdeel) gone or new in an article that stays: an onderdeel that
    goes is not an article that goes. Parts under a gone or new article are not listed again."""
    def split(nodes: list[str]) -> tuple[list[str], list[str]]:
        units = [n for n in nodes if ".artikel-" in n and not n.startswith(("def:", "regel:", "ext:", "soort:"))
                 and "~" not in n]
        articles = sorted(n for n in units if "/" not in n)
        parts = [n for n in units if "/" in n and n.split("/")[0] not in articles]
        # only the topmost part: a lid that goes takes its onderdelen with it
        parts = sorted(n for n in parts if not any(n.startswith(p + "/") for p in parts))
        return [_unit_name(n) for n in articles], [_unit_name(n) for n in parts]

    gone, gone_parts = split(g.get("knopen_verwijderd", []))
    new, new_parts = split(g.get("knopen_toegevoegd", []))
    return {"artikelen_vervallen": gone, "delen_vervallen": gone_parts, "artikelen_nieuw": new,
            "delen_nieuw": new_parts}
