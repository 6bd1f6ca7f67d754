"""The interactive dependency graph of the whole corpus: zoom and pan, click a node to open its page, filter by
law and by kind of node. Drawn by the vendored Cytoscape.js; the data is a script next to the page, so the graph
works offline and from disk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .render import esc

if TYPE_CHECKING:
    from .build import SiteBuild

GRAPH_SCRIPT = "assets/wetgraaf/graaf.js"
KIND_NAMES = {"artikel": "artikelen", "begrip": "begrippen", "feit": "feiten", "oordeel": "open normen",
              "parameter": "parameters"}


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
        "verschuiven, klik op een knoop om zijn pagina te openen.", "",
        f"{len(b.graph['nodes'])} knopen, {len(b.graph['edges'])} verbindingen.", "",
        '<form class="wg-graph-filters" id="wg-graph-filters">',
        f'<fieldset><legend>Wet</legend>{law_boxes}</fieldset>',
        f'<fieldset><legend>Soort</legend>{kind_boxes}</fieldset>',
        '<label>Zoek <input type="search" name="zoek" placeholder="naam"></label>',
        "</form>",
        '<div class="wg-graph wg-graph-large" id="wg-graph-corpus" data-graph="global" '
        'data-filters="wg-graph-filters"></div>',
        f'<script src="../{GRAPH_SCRIPT}"></script>', ""])
