"""The generated site: built with mkdocs in strict mode into a temporary folder, every page kind present, every
link resolving, nothing fetched from outside (the only external addresses are plain links to the official
source on wetten.overheid.nl), and no generated Markdown in the repository."""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
OFFICIAL = ("wetten.overheid.nl", "lokaleregelgeving.overheid.nl")  # laws; municipal verordeningen (CVDR)


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run shared by its xdist workers (each worker's basetemp is a folder inside it); without
    xdist, the run's own basetemp."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus's site, built once per test run and shared by every test that reads it (these, tests/site/
    test_toegankelijkheid.py and the browser tests) on whichever worker they run: the first worker to ask builds it
    under a file lock, a worker asking meanwhile waits for that build instead of making its own (~70 s of processor
    time each). Tests only read it."""
    root = run_folder(tmp_path_factory)
    out = root / "wetgraaf-site"
    with (root / "wetgraaf-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also when the build fails
        if not (out / "index.html").is_file():
            from wetgraaf.cli_site import SiteBuildError, build_site

            start = time.monotonic()
            try:
                build_site(out, strict=True, echo=False)
            except SiteBuildError as exc:
                pytest.fail(f"the site does not build (strict):\n{exc}", pytrace=False)
            (root / "wetgraaf-site-build-seconds.txt").write_text(f"{time.monotonic() - start:.1f}")
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_site(tmp_path_factory)


class Links(HTMLParser):
    """Every address a page links to or loads, with the tag and attribute it sits in; and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.refs.append((tag, name, value))


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_pages_of_every_kind_exist(site: Path) -> None:
    import wetgraaf

    wg = wetgraaf.load()
    for page in ("index.html", "wetten/index.html", "begrippen/index.html", "graaf/index.html", "dekking.html",
                 "scenarios/index.html", "wijzigingen/index.html", "assets/wetgraaf/graaf.js",
                 "assets/vendor/cytoscape.min.js", "assets/vendor/LICENSE-cytoscape.txt", "search/search_index.json"):
        assert (site / page).is_file(), page
    for law in wg.corpus.laws.values():
        assert (site / f"wetten/{law.sleutel}/index.html").is_file()
        for art in law.articles:
            stem = Path(art.file).stem.replace("@", "-versie-")
            assert (site / f"wetten/{law.sleutel}/{stem}.html").is_file(), art.file
    for naam in wg.corpus.wijzigingen:
        assert (site / f"wijzigingen/{naam}/index.html").is_file()
    for doc in (REPO / "docs").glob("*.md"):
        assert (site / f"{doc.stem}.html").is_file(), f"docs/{doc.name} is not in the site"
    assert (site / "begrippen/wmo2015/gezinslid.html").is_file()
    assert any((site / "scenarios").glob("*.html"))


def test_every_link_resolves_and_nothing_comes_from_elsewhere(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    ids = {p: parse(p) for p in pages}
    problems = []
    # (folder, path) -> the page it names and whether it exists: pages share most of their links, and resolving a
    # path on disk was a third of this test's time
    targets: dict[tuple[Path, str], tuple[Path, bool]] = {}
    for page, links in ids.items():
        for tag, attr, ref in links.refs:
            url = urlsplit(ref)
            if url.scheme in ("http", "https"):
                # Only the official source may be named outside, and only as a link a person follows.
                if not (tag == "a" and attr == "href" and url.hostname in OFFICIAL):
                    problems.append(f"{page.relative_to(site)}: <{tag} {attr}={ref}>")
                continue
            if url.scheme or ref.startswith("//"):
                if url.scheme not in ("mailto", "data", "javascript"):
                    problems.append(f"{page.relative_to(site)}: <{tag} {attr}={ref}>")
                continue
            if not url.path:
                continue
            # Root-absolute paths (only the 404 page has them) are relative to the site root.
            base = site if url.path.startswith("/") else page.parent
            if (base, url.path) not in targets:
                target = (base / unquote(url.path).lstrip("/")).resolve()
                if target.is_dir():
                    target = target / "index.html"
                targets[base, url.path] = (target, target.exists())
            target, exists = targets[base, url.path]
            if not exists:
                problems.append(f"{page.relative_to(site)}: broken link {ref}")
            elif url.fragment and target.suffix == ".html" and target in ids and \
                    unquote(url.fragment) not in ids[target].ids and tag == "a":
                problems.append(f"{page.relative_to(site)}: no #{url.fragment} in {target.relative_to(site)}")
    assert not problems, "\n".join(problems[:40])


def test_styles_and_scripts_load_nothing_from_elsewhere(site: Path) -> None:
    for path in list((site / "assets" / "wetgraaf").glob("*")) + list((site / "assets" / "stylesheets").glob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), f"{path.name} loads a resource from elsewhere"
        assert "@import url(http" not in text
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "unpkg.com" not in text and "cdn." not in text, page


def test_article_page_has_text_rules_terms_and_source(site: Path) -> None:
    html = (site / "wetten/wmo2015/artikel-1.1.2.html").read_text(encoding="utf-8")
    assert "is sprake indien twee personen hun hoofdverblijf in dezelfde woning hebben" in html  # official text
    assert 'class="wg-regels"' in html  # rule blocks, highlighted
    assert 'id="lid-3"' in html
    assert re.search(r'<a[^>]*class="wg-term"[^>]*href="../../begrippen/wmo2015/gezamenlijke-huishouding.html"', html) \
        or re.search(r'href="../../begrippen/wmo2015/gezamenlijke-huishouding.html"[^>]*class="wg-term"', html)
    assert 'href="https://wetten.overheid.nl/BWBR0035362' in html  # the official source, as a link
    assert "Geldig" in html and "2026-07-01" in html
    assert "Verwijzingen" in html and "Scenario" in html


def test_the_dutch_site_cites_as_a_drafter_does(site: Path) -> None:
    """The units' citations and "Citeren als" in Dutch (the English build says them in English:
    tests/site/test_site_taal.py)."""
    html = (site / "wetten/wbmgp/artikel-8.html").read_text(encoding="utf-8")
    assert '<span class="wg-cite">artikel 8, eerste lid, Wbmgp</span>' in html
    assert '<span class="wg-cite">artikel 8, eerste lid, onderdeel a, Wbmgp</span>' in html
    cite_as = re.search(r"<td>Citeren als</td>\s*<td>(.*?)</td>", html, re.S)
    assert cite_as is not None and cite_as.group(1).strip() == "artikel 8, Wbmgp"


def test_rebuilt_article_has_banner_and_mvt_passage(site: Path) -> None:
    html = (site / "wijzigingen/wams/wmo2015-artikel-1.1.1.html").read_text(encoding="utf-8")
    assert "Herleid uit de memorie van toelichting" in html
    # wetgraaf's own reasoning is never shown under a heading that says it is MvT text (issue 13)
    assert "Toelichting van wetgraaf (geen wettekst)" in html
    assert "Passage uit de memorie van toelichting" not in html
    assert "seed 002" in html
    assert 'id="lid-1-onderdeel-gezinslid-sub-1"' in html


def test_term_page_has_definition_uses_graph_and_form(site: Path) -> None:
    html = (site / "begrippen/wmo2015/gezinslid.html").read_text(encoding="utf-8")
    assert "Gedefinieerd in" in html and "wmo2015-artikel-1.1.1.html#lid-1-onderdeel-gezinslid" in html
    assert 'id="wg-graph-begrip"' in html
    assert 'id="wg-vraag"' in html and "wg-vraag-vocabulaire" in html
    assert "De vraagdienst is niet bereikbaar" in html  # what the form says without the server


def test_open_norm_page_names_the_authority(site: Path) -> None:
    import html as _html

    import wetgraaf
    from wetgraaf.site.model import build_model, html_uri

    model = build_model(wetgraaf.load())
    norms = [d for d in model.definitions.values() if d.kind == "oordeel"]
    if not norms:
        pytest.skip("the corpus has no open norm")
    for norm in norms:
        text = _html.unescape((site / html_uri(model.def_page[norm.qname])).read_text(encoding="utf-8"))
        assert f"Open norm — oordeel van {norm.door}" in text, norm.qname


def test_scenario_and_amendment_pages_show_outcomes(site: Path) -> None:
    html = (site / "scenarios/gezinslid.html").read_text(encoding="utf-8")
    assert "Antwoord:" in html and "Uitleg" in html
    assert "wmo2015-artikel-1.1.1.html#lid-1-onderdeel-gezinslid-sub-1" in html
    wams = (site / "wijzigingen/wams/index.html").read_text(encoding="utf-8")
    for part in ("Wijzigingsopdrachten", "Renvooi", "<ins>", "Verschil in de graaf", "Verschil in uitkomsten"):
        assert part in wams


def test_site_language_and_search(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "gezinslid" in index


def test_build_time_is_reasonable(site: Path) -> None:
    took = site.parent / "wetgraaf-site-build-seconds.txt"
    if took.exists():
        assert float(took.read_text()) < 180, f"the site took {took.read_text()} s to build"


def test_no_generated_markdown_in_the_repository() -> None:
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=REPO, capture_output=True, text=True).stdout.split()
    generated = [f for f in tracked if f.startswith(("docs/wetten/", "docs/begrippen/", "docs/graaf/",
                                                     "docs/scenarios/", "docs/wijzigingen/", "docs/dekking"))]
    assert not generated
    for folder in ("wetten", "begrippen", "graaf", "wijzigingen"):
        assert not (REPO / "docs" / folder).exists()


def test_drafted_text_is_never_labelled_official_and_coverage_shows_the_executable_share(site: Path) -> None:
    html = (site / "wijzigingen/wbmgp-2025/wbmgp-artikel-8.html").read_text(encoding="utf-8")
    assert "Ontwerptekst" in html and "geen officiële wettekst" in html
    assert "ontworpen delen (gemarkeerd)" in html or "ontwerptekst" in html
    cov = (site / "dekking.html").read_text(encoding="utf-8")
    assert "% uitvoerbaar" in cov and "niet uitvoerbaar" in cov
    assert "Buiten bereik:" in cov and "Niet uitvoerbaar: de redenen" in cov


def test_amendment_page_shows_the_wetsvoorstel(site: Path) -> None:
    html = (site / "wijzigingen/wbmgp-2025/index.html").read_text(encoding="utf-8")
    assert "Wetsvoorstel" in html and "Artikel I" in html and "Hoofdstuk 2 vervalt." in html
