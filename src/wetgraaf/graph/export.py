"""Write the graph as JSON (networkx node-link), GraphML or Graphviz DOT (written here; no pygraphviz needed).

GraphML takes only scalar attributes (text, numbers, booleans) and no empty values; the graph keeps only those,
and anything else is turned into text on the way out, so every export reads back with networkx. wetgraaf's own words
in the graph (labels, reasons: catalogue messages) are written in the reader's language (wetgraaf.taal).
"""

from __future__ import annotations

import io
import json

import networkx as nx

from ..parser import ir
from ..taal import Bericht, taal, tekst

FORMATS = ("json", "graphml", "dot")

_SHAPES = {
    "wet": "folder", "artikel": "box", "lid": "box", "onderdeel": "box", "subonderdeel": "box", "slot": "box",
    "begrip": "ellipse", "feit": "parallelogram", "oordeel": "hexagon", "parameter": "cds", "soort": "component",
    "regel": "note", "uitzondering": "note", "extern": "box3d", "buiten-corpus": "box3d", "ontbrekend": "octagon",
    "vorige-versie": "box3d",
}
_COLOURS = {
    "wet": "#d9d9d9", "artikel": "#e8eef7", "begrip": "#dbeed3", "feit": "#fff2cc", "oordeel": "#fde0c8",
    "parameter": "#ece0f5", "regel": "#f5f5f5", "uitzondering": "#fbe4e4", "extern": "#ffffff",
    "buiten-corpus": "#ffffff", "ontbrekend": "#f4b6b6", "soort": "#e0f0f5",
}
_EDGE_STYLE = {"contains": 'color="#999999", arrowhead=none', "defines": 'color="#2e7d32"', "uses": 'color="#1f4e9b"',
               "excepts": 'color="#c62828", style=dashed', "refers-to": 'color="#6d4c41", style=dotted'}


def _scalar(value):
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return str(value)


def rendered(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `g` with every catalogue message and citation among its attributes said in the reader's language
    (the graph itself keeps the messages and the citations: it is shared, and cached for readers of either
    language)."""
    lang = taal()

    def said(v):
        if isinstance(v, Bericht):
            return tekst(v, lang)
        return v.tekst(lang) if isinstance(v, ir.Citation) else v

    def say(attrs: dict) -> dict:
        return {k: said(v) for k, v in attrs.items()}

    out = nx.MultiDiGraph(**say(g.graph))
    out.add_nodes_from((n, say(d)) for n, d in g.nodes(data=True))
    out.add_edges_from((u, v, k, say(d)) for u, v, k, d in g.edges(keys=True, data=True))
    return out


def to_json(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(rendered(g), edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


def from_json(text: str) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")


def to_graphml(g: nx.MultiDiGraph) -> str:
    g = rendered(g)
    clean = nx.MultiDiGraph(**{k: _scalar(v) for k, v in g.graph.items() if v is not None})
    clean.add_nodes_from((n, {k: _scalar(v) for k, v in d.items() if v is not None}) for n, d in g.nodes(data=True))
    clean.add_edges_from((u, v, k, {a: _scalar(x) for a, x in d.items() if x is not None})
                         for u, v, k, d in g.edges(keys=True, data=True))
    buf = io.BytesIO()
    nx.write_graphml(clean, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _q(text: object) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(g: nx.MultiDiGraph, name: str = "wetgraaf") -> str:
    """Graphviz DOT: one cluster per law for its articles and units, shapes and colours per kind of node."""
    g = rendered(g)
    lines = [f"digraph {_q(name)} {{", "  rankdir=LR;", '  node [fontname="Helvetica", fontsize=10, style=filled, '
             'fillcolor="#ffffff"];', '  edge [fontname="Helvetica", fontsize=8];']
    by_law: dict[str, list[str]] = {}
    loose: list[str] = []
    for n, d in g.nodes(data=True):
        shape = _SHAPES.get(d["kind"], "box")
        colour = _COLOURS.get(d["kind"], "#ffffff")
        tip = d.get("citation") or d.get("reden") or d.get("url") or ""
        line = (f"{_q(n)} [label={_q(d.get('label', n))}, shape={shape}, fillcolor={_q(colour)}, "
                f"tooltip={_q(tip)}{', URL=' + _q(d['url']) if d.get('url') else ''}];")
        wet = d.get("wet") if d["kind"] not in ("wet",) else None
        (by_law.setdefault(wet, []) if wet else loose).append(line)
    for wet, nodes in sorted(by_law.items()):
        label = g.nodes[wet]["label"] if wet in g else wet
        lines.append(f"  subgraph {_q('cluster_' + wet)} {{")
        lines.append(f"    label={_q(label)}; style=rounded; color=\"#bbbbbb\";")
        lines.extend("    " + n for n in nodes)
        lines.append("  }")
    lines.extend("  " + n for n in loose)
    for u, v, d in g.edges(data=True):
        style = _EDGE_STYLE.get(d["kind"], "")
        where = f"{d.get('file', '')}:{d.get('line', '')}" if d.get("file") else ""
        label = d["kind"] if d["kind"] != "contains" else ""
        lines.append(f"  {_q(u)} -> {_q(v)} [label={_q(label)}, tooltip={_q(where)}{', ' + style if style else ''}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def export(g: nx.MultiDiGraph, formaat: str) -> str:
    if formaat == "json":
        return to_json(g)
    if formaat == "graphml":
        return to_graphml(g)
    if formaat == "dot":
        return to_dot(g)
    raise ValueError(f"unknown format '{formaat}': choose {', '.join(FORMATS)}")


def neighbourhood(g: nx.MultiDiGraph, nid: str, radius: int) -> nx.MultiDiGraph:
    """The part of the graph within `radius` steps of `nid`, in either direction (for a picture of one term)."""
    keep = set(nx.ego_graph(g.to_undirected(as_view=True), nid, radius=radius).nodes)
    return g.subgraph(keep).copy()
