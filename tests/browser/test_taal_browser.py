"""An English page of the site in a real browser (Debian's chromium through Playwright): a site built with
`--taal en` shows the theme, wetgraaf's words and the question form's script in English, the law's text in Dutch,
and its script runs without errors (checked by the `page` fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

RULES = """
feit aanvrager(p: persoon "de persoon"): waarheid label "{p} vraagt aan"
begrip recht_op_steun(p: persoon "de persoon"): waarheid label "{p} heeft recht op steun"
  = aanvrager(p)
"""
LAW = "De aanvrager woont in de gemeente."  # the article's text (the law's words: not translated)


@pytest.fixture(scope="module")
def english_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from corpus_kit import Art, corpus

    from wetgraaf.cli_site import build_site

    tmp = tmp_path_factory.mktemp("site-en-browser")
    root = corpus(tmp, Art("1", {"1": RULES}, tekst=LAW))
    out = tmp / "site"
    build_site(out, root, None, strict=True, echo=False, taal="en")
    return out


def test_an_english_page_opened_from_disk(page, english_site: Path, shot) -> None:
    page.goto((english_site / "wetten/testwet/artikel-1.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().rstrip("¶ \n") == "Article 1 Wet testwet"
    assert page.locator("h2", has_text="Text and rules").count() == 1
    assert page.locator(f"text={LAW}").count() == 1  # the law's text, in Dutch
    assert page.locator("nav.md-nav--primary", has_text="Coverage").count() >= 1
    # the theme's own words: the search box
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Search"
    page.goto((english_site / "begrippen/testwet/recht-op-steun.html").as_uri())
    page.wait_for_selector("#wg-vraag[data-offline]")
    message = page.locator(".wg-vraag-offline")
    assert message.is_visible() and "cannot be reached" in message.inner_text()
    assert page.locator(".wg-vraag-start button[type=submit]").inner_text().strip() == "Start"
    intro = page.locator(".wg-vraag-intro").inner_text()
    assert "This decision can depend on 1 facts and judgements" in intro, intro  # written by the script
    message.scroll_into_view_if_needed()
    shot(page, "engels")
