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

if TYPE_CHECKING:
    from .build import SiteBuild

GRAPH_SCRIPT = "assets/wetgraaf/graaf.js"
KIND_NAMES = {"artikel": "artikelen", "begrip": "begrippen", "feit": "feiten", "oordeel": "open normen",
              "parameter": "parameters"}
KIND_ONE = {"artikel": "artikel", "begrip": "begrip", "feit": "feit", "oordeel": "open norm", "parameter": "parameter"}
SHAPES = {"artikel": "rechthoek", "begrip": "bolletje", "feit": "bolletje", "oordeel": "ruit", "parameter": "bolletje"}


def _words(b: SiteBuild) -> dict[str, str]:
    """Node url -> the node in words: a definition's label (roles filled in), an article's citation."""
    by_url = {html_uri(page): q for q, page in b.model.def_page.items()}
    out = {}
    for n in b.graph["nodes"]:
        q = by_url.get(n.get("url"))
        out[n["id"]] = title(b.model.definitions[q]) if q in b.model.definitions else n.get("title") or n["label"]
    return out


def legend(kinds: list[str]) -> str:
    items = [f'<li><span class="wg-swatch wg-swatch-{k}" aria-hidden="true"></span>{KIND_ONE[k]} '
             f"({SHAPES[k]})</li>" for k in kinds]
    items += ['<li><span class="wg-swatch wg-swatch-pijl" aria-hidden="true"></span>gebruikt (pijl naar wat de '
              "regels gebruiken)</li>",
              '<li><span class="wg-swatch wg-swatch-definieert" aria-hidden="true"></span>gedefinieerd in '
              "(artikel)</li>"]
    return '<ul class="wg-graph-legend" aria-label="Legenda">' + "".join(items) + "</ul>"


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
        extra = f" — gebruikt: {esc('; '.join(uses))}" if uses else ""
        items.append(f'<li data-wet="{esc(n["wet"])}" data-soort="{esc(n["kind"])}" '
                     f'data-zoek="{esc((words[nid] + " " + n["label"]).lower())}">{link} '
                     f"<small>({KIND_ONE.get(n['kind'], n['kind'])}, {esc(law.afkorting if law else n['wet'])})"
                     f"</small>{extra}</li>")
    return ('<details class="wg-graph-lijst-blok" open><summary>De graaf als lijst '
            f'(<span class="wg-graph-lijst-aantal">{len(items)}</span> knopen)</summary>'
            '<ul class="wg-graph-lijst" id="wg-graph-lijst" aria-label="De graaf als lijst">'
            + "".join(items) + "</ul></details>")


def graph_page(b: SiteBuild) -> str:
    laws = sorted({n["wet"] for n in b.graph["nodes"]})
    kinds = [k for k in KIND_NAMES if any(n["kind"] == k for n in b.graph["nodes"])]
    law_boxes = "".join(f'<label><input type="checkbox" name="wet" value="{esc(w)}" checked> '
                        f"{esc(b.model.corpus.laws[w].afkorting if w in b.model.corpus.laws else w)}</label>"
                        for w in laws)
    kind_boxes = "".join(f'<label class="wg-kind-{k}"><input type="checkbox" name="soort" value="{k}" checked> '
                         f"{KIND_NAMES[k]}</label>" for k in kinds)
    return "\n".join([
        "# Afhankelijkheidsgraaf", "",
        "Alle begrippen, feiten, open normen en parameters van het corpus, met de artikelen die ze definiëren. "
        "Een pijl loopt van een begrip naar wat zijn regels gebruiken. Zoom met het scrollwiel, sleep om te "
        "verschuiven, klik op een knoop om zijn pagina te openen. Onder de tekening staat dezelfde graaf als "
        "lijst; de filters werken op allebei.", "",
        f"{len(b.graph['nodes'])} knopen, {len(b.graph['edges'])} verbindingen.", "",
        '<form class="wg-graph-filters" id="wg-graph-filters" aria-label="Filters van de graaf" '
        'data-list="wg-graph-lijst">',
        f'<fieldset><legend>Wet</legend>{law_boxes}</fieldset>',
        f'<fieldset><legend>Soort</legend>{kind_boxes}</fieldset>',
        '<label>Zoek <input type="search" name="zoek" placeholder="naam of woorden" '
        'aria-label="Zoek een knoop op naam of woorden"></label>',
        "</form>",
        legend(kinds),
        '<div class="wg-graph wg-graph-large" id="wg-graph-corpus" data-graph="global" '
        'data-filters="wg-graph-filters" role="img" aria-label="Tekening van de afhankelijkheidsgraaf; dezelfde '
        'graaf staat hieronder als lijst"></div>',
        text_list(b),
        f'<script src="../{GRAPH_SCRIPT}"></script>', ""])
