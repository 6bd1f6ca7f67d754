"""An accessible site (issue 15, item 7): WCAG AA contrast of the rule-block colours (computed from the CSS, in the
light and the dark scheme), an accessible name for every input of every page, a graph page with a legend and a text
list beside the drawing, page titles that name the law, term pages in words."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CSS = REPO / "src" / "wetgraaf" / "site" / "assets" / "wetgraaf.css"
AA = 4.5  # WCAG 2.x, 1.4.3: normal text


# -- contrast -------------------------------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _schemes() -> dict[str, dict[str, str]]:
    """The --wg-code-* colours of each block of the stylesheet that sets them (light, dark)."""
    text = CSS.read_text(encoding="utf-8")
    out = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*--wg-code-bg:[^{}]*)\}", text):
        out[selector.strip().splitlines()[-1]] = dict(re.findall(r"--wg-code-([\w-]+):\s*(#[0-9a-fA-F]{6})", body))
    return out


def test_the_contrast_formula_is_wcags():
    assert round(contrast("#000000", "#ffffff"), 2) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48  # the classic just-failing grey


def test_every_rule_block_colour_has_aa_contrast_in_both_schemes():
    schemes = _schemes()
    assert len(schemes) == 2, f"expected a light and a dark set of rule-block colours, found {list(schemes)}"
    for selector, colours in schemes.items():
        bg = colours.pop("bg")
        assert len(colours) >= 9, f"{selector}: too few colours found ({colours})"
        low = {name: round(contrast(fg, bg), 2) for name, fg in colours.items() if contrast(fg, bg) < AA}
        assert not low, f"{selector}: below {AA}:1 on {bg}: {low}"


def test_the_rule_block_styles_use_those_colours_only():
    """No token colour is written in the rules themselves: each comes from a checked variable."""
    text = CSS.read_text(encoding="utf-8")
    rules = re.findall(r"(\.wg-regels[^{]*|pre\.wg-regels code)\{([^}]*)\}", text)
    assert len(rules) >= 8
    for selector, body in rules:
        for prop, value in re.findall(r"(?<![-\w])(color|background):\s*([^;]+);", body):
            assert value.strip().startswith("var(--wg-code-"), f"{selector.strip()}: {prop}: {value}"


# -- the built site -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_site import built_site

    return built_site(tmp_path_factory)


class Inputs(HTMLParser):
    """Every form control, and whether it has an accessible name (a wrapping label, a label[for], aria-label,
    aria-labelledby, or a title)."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict] = []
        self.label_for: set[str] = set()
        self.ids: set[str] = set()
        self.depth = 0  # open <label> elements

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "label":
            self.depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        # The theme's own toggles (class md-toggle) are display:none, so not in the accessibility tree.
        hidden = a.get("type") in ("hidden", "submit", "button", "reset") or "md-toggle" in (a.get("class") or "")
        if tag in ("input", "select", "textarea") and not hidden:
            self.controls.append({**a, "tag": tag, "in_label": self.depth > 0})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self.depth:
            self.depth -= 1


def _named(c: dict, parser: Inputs) -> bool:
    if c["in_label"] or c.get("aria-label") or c.get("title"):
        return True
    if c.get("id") and c["id"] in parser.label_for:
        return True
    return bool(c.get("aria-labelledby")) and all(i in parser.ids for i in c["aria-labelledby"].split())


def test_every_input_of_every_page_has_an_accessible_name(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    checked, nameless = 0, []
    for path in pages:
        p = Inputs()
        p.feed(path.read_text(encoding="utf-8"))
        for c in p.controls:
            checked += 1
            if not _named(c, p):
                nameless.append(f"{path.relative_to(site)}: <{c['tag']} {c.get('name') or c.get('id') or ''}>")
    assert checked >= 100, "the scan found too few inputs"
    assert not nameless, "inputs without an accessible name:\n" + "\n".join(nameless[:20])


def test_the_graph_page_has_a_legend_and_the_graph_as_a_text_list(site: Path) -> None:
    import json

    page = (site / "graaf/index.html").read_text(encoding="utf-8")
    data = (site / "assets/wetgraaf/graaf.js").read_text(encoding="utf-8")
    graph = json.loads(data[data.index("=") + 1:].rstrip().rstrip(";"))
    legend = re.search(r'<ul class="wg-graph-legend" aria-label="Legenda">(.*?)</ul>', page, re.S)
    assert legend, "no legend"
    for kind in {n["kind"] for n in graph["nodes"]}:
        assert f"wg-swatch-{kind}" in legend.group(1), f"the legend does not explain {kind}"
    items = re.findall(r'<li data-wet="([^"]*)" data-soort="([^"]*)"', page)
    assert len(items) == len(graph["nodes"]), "the text list must hold every node of the drawing"
    assert 'data-list="wg-graph-lijst"' in page and 'id="wg-graph-lijst"' in page  # the filters narrow it
    text = _html.unescape(page)
    assert ">Het mogelijke gezinslid is gezinslid van de cliënt</a>" in text  # nodes in words
    assert 'role="img"' in page and "dezelfde graaf staat hieronder als lijst" in text


@pytest.mark.parametrize("page, title", [
    ("wetten/wbmgp/artikel-8.html", "Artikel 8 Wbmgp"),
    ("wetten/wmo2015/artikel-1.1.2.html", "Artikel 1.1.2 Wmo 2015"),
    ("begrippen/wmo2015/gezinslid.html", "Het mogelijke gezinslid is gezinslid van de cliënt"),
])
def test_page_titles_name_the_law_or_say_the_term_in_words(site: Path, page: str, title: str) -> None:
    html = _html.unescape((site / page).read_text(encoding="utf-8"))
    assert f"<title>{title} - wetgraaf</title>" in html


def test_term_pages_say_roles_and_values_in_words(site: Path) -> None:
    gezinslid = _html.unescape((site / "begrippen/wmo2015/gezinslid.html").read_text(encoding="utf-8"))
    assert "Een echtgenoot, kind of ander persoon die tot het gezin van de cliënt hoort" in gezinslid
    assert "<td>Het mogelijke gezinslid</td>" in gezinslid and "<td>De cliënt</td>" in gezinslid
    bronnen = _html.unescape((site / "begrippen/wbmgp/inkomensbronnen.html").read_text(encoding="utf-8"))
    assert "bijstandsuitkering (<code>bijstandsuitkering</code>)" in bronnen
    assert "werk in loondienst (<code>arbeid_in_dienstbetrekking</code>)" in bronnen
