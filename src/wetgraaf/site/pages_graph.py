"""The interactive dependency graph of the whole corpus: zoom and pan, click a node to open its page, filter by
law and by kind of node (the view re-fits to what is left). Drawn by the vendored Cytoscape.js; the data is a script
next to the page, so the graph works offline and from disk. Beside the drawing: a legend and the same graph as a
text list (each node in words, with what it uses), which the same filters narrow, for keyboard and screen-reader
users."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .model import html_uri
from .pages_terms import title
from .render import esc
from .woorden import woord

if TYPE_CHECKING:
    from .build import SiteBuild

GRAPH_SCRIPT = "assets/wetgraaf/graaf.js"
KINDS = ("artikel", "begrip", "feit", "oordeel", "parameter")  # the kinds of node, in the filters' order
SHAPES = {"artikel": "rechthoek", "begrip": "bolletje", "feit": "bolletje", "oordeel": "ruit", "parameter": "bolletje"}


def _kind_one(kind: str) -> str:
    return woord(f"site.graaf.een.{kind}") if kind in KINDS else kind


def _words(b: SiteBuild) -> dict[str, str]:
    """Node url -> the node in words: a definition's label (roles filled in), an article's citation."""
    by_url = {html_uri(page): q for q, page in b.model.def_page.items()}
    out = {}
    for n in b.graph["nodes"]:
        q = by_url.get(n.get("url"))
        out[n["id"]] = title(b.model.definitions[q]) if q in b.model.definitions else n.get("title") or n["label"]
    return out


def legend(kinds: list[str]) -> str:
    items = [f'<li><span class="wg-swatch wg-swatch-{k}" aria-hidden="true"></span>{_kind_one(k)} '
             f"({woord('site.graaf.vorm.' + SHAPES[k])})</li>" for k in kinds]
    items += ['<li><span class="wg-swatch wg-swatch-pijl" aria-hidden="true"></span>'
              + woord("site.graaf.legenda.pijl") + "</li>",
              '<li><span class="wg-swatch wg-swatch-definieert" aria-hidden="true"></span>'
              + woord("site.graaf.legenda.definieert") + "</li>"]
    return f'<ul class="wg-graph-legend" aria-label="{woord("site.graaf.legenda")}">' + "".join(items) + "</ul>"


def text_list(b: SiteBuild) -> str:
    """Every node as a list item (in words, linked to its page) with the nodes it points to; data attributes let
    the filters of the drawing narrow the list too."""
    words = _words(b)
    nodes = {n["id"]: n for n in b.graph["nodes"]}
    out_edges: dict[str, list[str]] = defaultdict(list)
    for e in b.graph["edges"]:
        if e["source"] in nodes and e["target"] in nodes and e.get("kind") != "definieert":
            out_edges[e["source"]].append(e["target"])
    items = []
    for nid in sorted(nodes, key=lambda i: (nodes[i]["wet"], nodes[i]["kind"] != "artikel", words[i].lower())):
        n = nodes[nid]
        law = b.model.corpus.laws.get(n["wet"])
        uses = sorted({words[t] for t in out_edges.get(nid, [])}, key=str.lower)
        link = f'<a href="../{esc(n["url"])}">{esc(words[nid])}</a>' if n.get("url") else esc(words[nid])
        extra = woord("site.graaf.gebruikt", wat=esc('; '.join(uses))) if uses else ""
        items.append(f'<li data-wet="{esc(n["wet"])}" data-soort="{esc(n["kind"])}" '
                     f'data-zoek="{esc((words[nid] + " " + n["label"]).lower())}">{link} '
                     f"<small>({_kind_one(n['kind'])}, {esc(law.afkorting if law else n['wet'])})"
                     f"</small>{extra}</li>")
    count = f'<span class="wg-graph-lijst-aantal">{len(items)}</span>'
    return ('<details class="wg-graph-lijst-blok" open><summary>' + woord("site.graaf.lijst_aantal", aantal=count)
            + f'</summary><ul class="wg-graph-lijst" id="wg-graph-lijst" aria-label="{woord("site.graaf.lijst")}">'
            + "".join(items) + "</ul></details>")


def graph_page(b: SiteBuild) -> str:
    laws = sorted({n["wet"] for n in b.graph["nodes"]})
    kinds = [k for k in KINDS if any(n["kind"] == k for n in b.graph["nodes"])]
    law_boxes = "".join(f'<label><input type="checkbox" name="wet" value="{esc(w)}" checked> '
                        f"{esc(b.model.corpus.laws[w].afkorting if w in b.model.corpus.laws else w)}</label>"
                        for w in laws)
    kind_boxes = "".join(f'<label class="wg-kind-{k}"><input type="checkbox" name="soort" value="{k}" checked> '
                         f"{woord('site.graaf.veel.' + k)}</label>" for k in kinds)
    return "\n".join([
        "# " + woord("site.graaf.kop"), "", woord("site.graaf.uitleg"), "",
        woord("site.graaf.telling", knopen=len(b.graph['nodes']), kanten=len(b.graph['edges'])), "",
        f'<form class="wg-graph-filters" id="wg-graph-filters" aria-label="{woord("site.graaf.filters")}" '
        'data-list="wg-graph-lijst">',
        f'<fieldset><legend>{woord("site.graaf.wet")}</legend>{law_boxes}</fieldset>',
        f'<fieldset><legend>{woord("site.graaf.soort")}</legend>{kind_boxes}</fieldset>',
        f'<label>{woord("site.graaf.zoek")} <input type="search" name="zoek" '
        f'placeholder="{woord("site.graaf.zoek_plaats")}" aria-label="{woord("site.graaf.zoek_label")}"></label>',
        "</form>",
        legend(kinds),
        '<div class="wg-graph wg-graph-large" id="wg-graph-corpus" data-graph="global" '
        f'data-filters="wg-graph-filters" role="img" aria-label="{woord("site.graaf.tekening")}"></div>',
        text_list(b),
        f'<script src="../{GRAPH_SCRIPT}"></script>', ""])
