"""The site in a real browser (Debian's chromium through Playwright) against `wetgraaf dienst`: follow a term link,
click a node of the graph, run the "Komt dit in aanmerking?" interview to an answer whose explanation cites the
right onderdeel, and see the form say so when the site is opened without the server. No page requests anything
outside localhost (checked by the `page` fixture for every test)."""

from __future__ import annotations

import re
from pathlib import Path


def test_article_term_link_opens_the_term_page(page, server: str, shot) -> None:
    page.goto(server + "wetten/wmo2015/artikel-1.1.2.html")
    link = page.locator('a.wg-term[title="wmo2015.gezamenlijke_huishouding"]').first
    link.scroll_into_view_if_needed()
    shot(page, "artikel-1.1.2")
    link.click()
    page.wait_for_url(re.compile(r"begrippen/wmo2015/gezamenlijke-huishouding\.html$"))
    # the heading says the term in words (its label with the roles); the identifier stays beside it
    assert page.locator("h1").inner_text().rstrip("¶ \n") == "De een en de ander voeren een gezamenlijke huishouding"
    assert page.locator("text=gezamenlijke_huishouding(a: persoon, b: persoon)").count() >= 1
    assert page.locator("text=Gedefinieerd in").count() == 1


def test_graph_node_click_opens_its_page(page, server: str, shot) -> None:
    page.goto(server + "graaf/index.html")
    page.wait_for_selector("#wg-graph-corpus[data-ready]")
    point = page.evaluate("""() => {
        const cy = window.wetgraafGraphs['wg-graph-corpus'];
        const node = cy.getElementById('def:wmo2015.gezinslid');
        // The corpus graph is dense: bring the node to the top, so the click lands on it and not a neighbour.
        node.style({'z-index': 9999, 'width': 40, 'height': 40});
        cy.zoom(2); cy.center(node);
        const box = document.getElementById('wg-graph-corpus').getBoundingClientRect();
        const p = node.renderedPosition();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    shot(page, "graaf")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(re.compile(r"begrippen/wmo2015/gezinslid\.html$"))
    assert page.locator("h1").inner_text().rstrip("¶ \n") == "Het mogelijke gezinslid is gezinslid van de cliënt"


TRUE = ("kind_van_partner_van", "verblijft_elders", "pleegzorg")  # the pleegkind of the partner (scenario 004)


def test_interview_for_gezinslid_reaches_the_answer_and_cites_the_onderdeel(page, server: str, shot) -> None:
    page.goto(server + "begrippen/wmo2015/gezinslid.html")
    page.wait_for_selector("#wg-vraag[data-online]")
    page.fill("input[name=arg-0]", "kind")
    page.fill("input[name=arg-1]", "cliënt")
    page.fill("input[name=peildatum]", "2026-01-01")
    page.click("#wg-vraag .wg-vraag-start button[type=submit]")
    for asked in range(40):
        page.wait_for_selector(".wg-vraag-stap, .wg-vraag-uitkomst, .wg-vraag-fout")
        if page.locator(".wg-vraag-uitkomst, .wg-vraag-fout").count():
            break
        form = page.locator(".wg-vraag-stap")
        key = form.get_attribute("data-sleutel")
        if asked == 1:
            shot(page, "interview-vraag")
        if form.locator("button[data-waarde]").count():
            yes = any(t in key for t in TRUE)
            form.locator(f"button[data-waarde={'true' if yes else 'false'}]").click()
        else:
            field = form.locator("input, select").first
            if field.get_attribute("type") == "date":
                field.fill("2013-06-20")
            form.locator("button[type=submit]").click()  # a list left empty: none
        page.wait_for_function("k => !document.querySelector('.wg-vraag-stap') || "
                               "document.querySelector('.wg-vraag-stap').dataset.sleutel !== k", arg=key)
    assert page.locator(".wg-vraag-fout").count() == 0, page.locator(".wg-vraag-resultaat").inner_text()
    assert page.locator(".wg-antwoord").inner_text().strip() == "Antwoord: waar"
    cite = page.locator('.wg-vraag-uitkomst a.wg-bron[href*="#lid-1-onderdeel-gezinslid-sub-1"]').first
    assert "onder 1°" in cite.inner_text()
    cite.scroll_into_view_if_needed()
    shot(page, "interview-antwoord")
    cite.click()
    page.wait_for_url(re.compile(r"wijzigingen/wams/wmo2015-artikel-1\.1\.1\.html#lid-1-onderdeel-gezinslid-sub-1$"))
    assert page.locator("#lid-1-onderdeel-gezinslid-sub-1").is_visible()


def test_form_says_the_service_is_offline_when_opened_from_disk(page, site_dir: Path, shot) -> None:
    page.goto((site_dir / "begrippen/wmo2015/gezinslid.html").as_uri())
    page.wait_for_selector("#wg-vraag[data-offline]")
    message = page.locator(".wg-vraag-offline")
    assert message.is_visible() and "niet bereikbaar" in message.inner_text()
    assert page.locator(".wg-vraag-start button[type=submit]").is_disabled()
    message.scroll_into_view_if_needed()
    shot(page, "offline")
