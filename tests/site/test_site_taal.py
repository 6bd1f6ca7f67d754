"""The site in English (issue 17, item 4: one language per surface): `wetgraaf --taal en site` (or WETGRAAF_TAAL=en,
LANG=en_…) builds the site with wetgraaf's own words in English — the theme and its search, the html lang
attribute, headings, table heads, labels, tooltips, the navigation, the form's script — from the catalogue
(taal/site.py); the law's text and the drafters' labels stay Dutch. A page built in one language is never reused
in a build in the other (site/incremental.py, site/results_cache.py key on the language)."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_kit import REPO, Art, corpus, subset

# wetgraaf's own Dutch words on the pages (the catalogue's Dutch for taal/site.py), as they would show in headings,
# table heads, labels, buttons, the navigation and tooltips: none may be left in an English build.
DUTCH_CHROME = ("Tekst en regels", "Verwijzingen", "Gedefinieerd in", "Hangt af van", "Gebruikt in regels",
                "In de wettekst", "Komt dit in aanmerking", "Dekking", "Afhankelijkheidsgraaf",
                "Wijzigingsopdrachten", "Verschil in de graaf", "Verschil in uitkomsten", "Scenario's", "Feiten",
                "Regels", "Begrippen", "Wetten", "Wijzigingen", "Graaf", "Citeren als", "Geldig", "Herkomst",
                "Andere versies", "Officiële bron", "Legenda", "Zoek", "Soort", "Begin", "peildatum", "uitvoerbaar",
                "De graaf als lijst", "Wetsvoorstel", "Artikelen", "Documentatie", "Artikel", "Lid",
                "gebruikt:", "knopen", "Betrokkenen", "Titel", "Afkorting", "rol", "in woorden", "gedefinieerd in",
                "open onderdelen", "Niet uitvoerbaar", "reden", "eenheden", "Zoeken", "Vorige", "Volgende")
ENGLISH_CHROME = {
    "wetten/wbmgp/artikel-8.html": ("Article 8 Wbmgp", "Text and rules", "References", "Cite as", "Coverage",
                                    "Scenarios", "Paragraph 1", "% executable"),
    "dekking.html": ("Coverage", "Whole corpus", "Not executable: the reasons"),
    "graaf/index.html": ("Dependency graph", "The graph as a list", "Legend", "open norms"),
    "begrippen/index.html": ("Terms, facts and open norms", "in words", "ask it"),
    "wijzigingen/wbmgp-2025/index.html": ("Amending instructions", "Difference in the graph",
                                          "Difference in outcomes", "Bill"),
    "scenarios/wbmgp-art8.html": ("Scenarios: wbmgp-art8", "reference date", "Facts"),
    "vragen/index.html": ("Does this qualify?",),
}
# A sentence of the official text of article 8 of the Wbmgp: the law's own words are not translated.
LAW_TEXT = "De gemeenteraad kan, indien dat naar zijn oordeel noodzakelijk en geschikt is"


def _chrome(page: str) -> list[str]:
    """What wetgraaf and the theme say on a page, not the law's text: headings, table heads, labels, buttons,
    summaries, legends, tooltips and the navigation (each as plain text). Some of it is the law's or a drafter's
    words (a law's title, a term in words, a scenario's case); the caller leaves those out."""
    out = []
    for tag in ("th", "label", "button", "summary", "legend"):
        out += re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page, re.S)
    out += re.findall(r'(?:aria-label|placeholder)="([^"]*)"', page)
    out += re.findall(r'class="md-ellipsis">(.*?)</span>', page, re.S)  # the navigation's titles
    out += re.findall(r"<h[123]\b[^>]*>(.*?)</h[123]>", page, re.S)
    return [t for t in (_plain(x) for x in out) if t]


def _plain(fragment: str) -> str:
    """A piece of HTML as the reader sees it, without the headings' permalink sign."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("¶", " ").split())


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A site of part of the shipped corpus (two groups of laws, an amendment, scenarios), built in English as a
    user does: `wetgraaf --taal en site`."""
    tmp = tmp_path_factory.mktemp("site-en")
    root = subset(tmp / "law")
    out = tmp / "site"
    result = _wetgraaf("--taal", "en", "site", "-o", str(out), "--corpus", str(root))
    assert result.returncode == 0, result.stderr
    return root, out


def test_the_english_site_has_english_chrome_and_the_law_in_dutch(english) -> None:
    _root, out = english
    for name, words in ENGLISH_CHROME.items():
        page = (out / name).read_text(encoding="utf-8")
        assert '<html lang="en"' in page, name
        for word in words:
            assert word in page, (name, word)
    article = (out / "wetten/wbmgp/artikel-8.html").read_text(encoding="utf-8")
    assert LAW_TEXT in article  # the law's text as it is
    assert "artikel 8, eerste lid, Wbmgp" in article  # a drafter's words citing it (a rule's omschrijving): Dutch
    index = json.loads((out / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en"]
    script = (out / "assets/wetgraaf/wetgraaf.js").read_text(encoding="utf-8")
    assert '"I don\'t know"' in script and '"Weet ik niet"' not in script and "{{site." not in script


def test_the_english_site_cites_the_law_in_english(english) -> None:
    """A unit's citation on a law page, the article's "Cite as" and a term's "Defined in" are said in the reader's
    language by the citation catalogue (zin.bron.*), as the CLI's and the API's explanations say them."""
    _root, out = english
    article = (out / "wetten/wbmgp/artikel-8.html").read_text(encoding="utf-8")
    assert '<span class="wg-cite">article 8, paragraph 1, Wbmgp</span>' in article
    assert '<span class="wg-cite">artikel' not in article
    cite_as = re.search(r"<td>Cite as</td>\s*<td>(.*?)</td>", article, re.S)
    assert cite_as is not None and _plain(cite_as.group(1)) == "article 8, Wbmgp", article[:2000]
    terms = [p.read_text(encoding="utf-8") for p in (out / "begrippen").rglob("*.html")]
    assert any("article 8, paragraph 1" in t for t in terms)
    assert not any(re.search(r">artikel \d[^<]*, (?:eerste|tweede|derde) lid", t) for t in terms)


def test_no_dutch_chrome_is_left_in_the_english_site(english) -> None:
    _root, out = english
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 100
    law_words = _law_words(english[0])
    found: dict[str, list[str]] = {}
    words = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in DUTCH_CHROME))
    for path in pages:
        rel = path.relative_to(out).as_posix()
        page = path.read_text(encoding="utf-8")
        docs = (REPO / "docs" / rel.replace(".html", ".md")).is_file()  # a hand-written page: only the navigation
        # the headings of a term or scenario page (the drafter's words), of a docs page (and its table of contents)
        own = rel.startswith(("begrippen/", "scenarios/")) or docs
        drafted = law_words | (_drafted_headings(page) if own else set())
        texts = [_plain(x) for x in re.findall(r'class="md-ellipsis">(.*?)</span>', page, re.S)] if docs \
            else _chrome(page)
        for text in texts:
            if text in drafted or re.fullmatch(r"Artikel [IVXLC]+", text):
                continue  # a law's title, a term in words, a scenario's case, an amending bill's article
            hits = words.findall(text)
            if hits:
                found.setdefault(rel, []).append(f"{text!r}: {hits}")
    assert not found, "\n".join(f"{k}: {v}" for k, v in list(found.items())[:20])


def _drafted_headings(page: str) -> set[str]:
    """The headings of a page that are not wetgraaf's section headings: on a term or scenario page the term or the
    case in the drafter's words (its label, the scenario's name, a question), on a docs page its own (Dutch)."""
    own = {"Rules", "Depends on", "Used in rules", "In the law text", "Graph", "Does this qualify?", "Facts"}
    heads = {_plain(h) for h in re.findall(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", page, re.S)}
    return heads - own


def _law_words(root: Path) -> set[str]:
    """Titles of the laws and amendments of the corpus (the law's words, shown as headings and in tables)."""
    import yaml

    words = set()
    for f in list(root.glob("*/wet.yaml")) + list(root.glob("wijzigingen/*/wijziging.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for key in ("titel", "citeertitel", "afkorting"):
            if data.get(key):
                words.add(str(data[key]))
    return words


# -- the language is part of every key ---------------------------------------------------------------------------

RULES = """
feit aanvrager(p: persoon "de persoon"): waarheid label "{p} vraagt aan"
begrip recht_op_steun(p: persoon "de persoon"): waarheid label "{p} heeft recht op steun"
  = aanvrager(p)
"""
LAW = "De aanvrager woont in de gemeente."  # the article's text (the law's words: not translated)


def test_switching_the_language_renders_every_page_again_and_the_results_cache_keys_on_it(tmp_path) -> None:
    from wetgraaf.cli_site import build_site
    from wetgraaf.site import results_cache

    root = corpus(tmp_path, Art("1", {"1": RULES}, tekst=LAW))
    out = tmp_path / "site"
    build_site(out, root, None, strict=True, echo=False, taal="nl")
    assert '<html lang="nl"' in (out / "dekking.html").read_text(encoding="utf-8")
    stats: list = []
    build_site(out, root, None, strict=True, echo=False, stats=stats, taal="en")
    assert stats[0].reused == [] and stats[0].rendered, stats[0]  # nothing of the Dutch build is reused
    page = (out / "dekking.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in page and "Whole corpus" in page and "Hele corpus" not in page
    stats = []
    build_site(out, root, None, strict=True, echo=False, stats=stats, taal="en")
    assert stats[0].rendered == [] and "dekking.md" in stats[0].reused  # the same language again: all reused
    stats = []
    build_site(out, root, None, strict=True, echo=False, stats=stats, taal="nl")
    assert stats[0].reused == [], stats[0]  # and back
    assert "Hele corpus" in (out / "dekking.html").read_text(encoding="utf-8")

    from wetgraaf.api import load
    from wetgraaf.site.build import prepare
    from wetgraaf.taal import in_taal

    caches = {}
    for t in ("nl", "en"):
        with in_taal(t):
            caches[t] = prepare(load(root)).results
    assert caches["nl"].common != caches["en"].common  # every key holds the language
    assert caches["nl"].file != caches["en"].file  # and each language keeps its own results
    assert results_cache.READ


def _wetgraaf(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    """`wetgraaf ARGS` as a user runs it, Dutch unless asked otherwise (a site build on a busy machine may take
    longer than corpus_kit.run_cli allows)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_DEBUG", "WETGRAAF_TAAL", "LC_ALL",
                                                               "LC_MESSAGES", "LANG")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True, env=env,
                          timeout=900, cwd=REPO)


@pytest.mark.parametrize("variable", ["LANG", "WETGRAAF_TAAL"])
def test_the_environment_chooses_the_english_site(tmp_path, variable) -> None:
    root = corpus(tmp_path, Art("1", {"1": RULES}, tekst=LAW))
    out = tmp_path / "site"
    result = _wetgraaf("site", "-o", str(out), "--corpus", str(root),
                       **{variable: "en_US.UTF-8" if variable == "LANG" else "en"})
    assert result.returncode == 0, result.stderr
    page = (out / "wetten/testwet/artikel-1.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in page and "Text and rules" in page and "Tekst en regels" not in page
    assert LAW in page  # the law's text stays Dutch


# -- the graph's data --------------------------------------------------------------------------------------------

REFERS = """
begrip steun(p: persoon "de persoon"): waarheid label "{p} krijgt steun"
  = recht_op_steun(p)
"""


def _graph_data(page: str, ident: str) -> dict:
    """The graph data a page carries (a json_script with this id)."""
    found = re.search(rf'<script[^>]*id="{ident}"[^>]*>(.*?)</script>', page, re.S)
    assert found, ident
    return json.loads(html.unescape(found.group(1)))


def test_the_graph_data_of_the_site_is_in_the_language_of_the_build(tmp_path) -> None:
    """The graph's data on the site (the corpus graph's script, an article page's neighbourhood, the graph page's
    list and the reference lists): an article is 'artikel 1 …' on the Dutch site and 'article 1 …' on the English
    one, a unit in short 'art. 1 lid 1' / 'art. 1 para. 1'; the law's name stays."""
    from wetgraaf.cli_site import build_site

    root = corpus(tmp_path, Art("1", {"1": RULES}, tekst=LAW), Art("2", REFERS, tekst="Zie artikel 1, eerste lid."))
    pages = {}
    for t in ("nl", "en"):
        out = tmp_path / f"site-{t}"
        build_site(out, root, None, strict=True, echo=False, taal=t)
        script = (out / "assets/wetgraaf/graaf.js").read_text(encoding="utf-8")
        data = json.loads(script.removeprefix("window.WETGRAAF_GRAAF = ").rstrip().rstrip(";"))
        titles = {n["id"]: n.get("title") for n in data["nodes"]}
        article = (out / "wetten/testwet/artikel-2.html").read_text(encoding="utf-8")
        local = _graph_data(article, "wg-graph-artikel-data")
        pages[t] = (titles, {n["id"]: n.get("title") for n in local["nodes"]}, article,
                    (out / "graaf/index.html").read_text(encoding="utf-8"),
                    (out / "begrippen/index.html").read_text(encoding="utf-8"))
    nl, en = pages["nl"], pages["en"]
    assert nl[0]["testwet.artikel-1"] == "artikel 1 Wet testwet" and en[0]["testwet.artikel-1"] == "article 1 Wet testwet"
    assert nl[1]["testwet.artikel-2"] == "artikel 2 Wet testwet" and en[1]["testwet.artikel-2"] == "article 2 Wet testwet"
    assert set(nl[0]) == set(en[0])  # the same nodes in both languages
    assert not [t for t in en[0].values() if t and t.startswith("artikel ")]
    assert not [t for t in en[1].values() if t and t.startswith("artikel ")]
    # the references of article 2's text, and the graph page's list
    assert "article 1 Wet testwet" in en[2] and "artikel 1 Wet testwet" not in _plain(en[2]).replace(LAW, "")
    assert "artikel 1 Wet testwet" in nl[2]
    assert "article 1 Wet testwet" in en[3] and "artikel 1 Wet testwet" not in en[3]
    assert "artikel 1 Wet testwet" in nl[3] and "article 1 Wet testwet" not in nl[3]
    # a citation in short, where the terms are listed: 'art. 1 lid 1' / 'art. 1 para. 1'
    assert "art. 1 lid 1" in nl[4] and "art. 1 para. 1" not in nl[4]
    assert "art. 1 para. 1" in en[4] and "art. 1 lid 1" not in en[4]
