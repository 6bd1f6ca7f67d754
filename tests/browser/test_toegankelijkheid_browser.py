"""The graph page in a real browser (issue 15, item 7): its filters re-fit the drawing to what is left and narrow
the text list beside it the same way; its inputs are found by their accessible names."""

from __future__ import annotations


def test_graph_filters_refit_the_view_and_narrow_the_list(page, server: str, shot) -> None:
    page.goto(server + "graaf/index.html")
    page.wait_for_selector("#wg-graph-corpus[data-ready]")
    total = page.locator("#wg-graph-lijst li").count()
    assert total == page.evaluate("() => window.wetgraafGraphs['wg-graph-corpus'].nodes().length")
    before = page.evaluate("() => window.wetgraafGraphs['wg-graph-corpus'].zoom()")
    # keep one law: uncheck every other law by its label, as a keyboard or screen-reader user would find it
    laws = page.locator("#wg-graph-filters input[name=wet]")
    keep = "jeugdwet"
    for i in range(laws.count()):
        box = laws.nth(i)
        if box.get_attribute("value") != keep:
            box.uncheck()
    state = page.evaluate("""() => {
        const cy = window.wetgraafGraphs['wg-graph-corpus'];
        const shown = cy.nodes().not('.wg-hidden');
        const bb = shown.renderedBoundingBox();
        const box = document.getElementById('wg-graph-corpus').getBoundingClientRect();
        return {zoom: cy.zoom(), shown: shown.length, wetten: [...new Set(shown.map(n => n.data('wet')))],
                inside: bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= box.width + 1 && bb.y2 <= box.height + 1};
    }""")
    assert state["wetten"] == [keep] and 0 < state["shown"] < total
    assert state["inside"], "the view does not fit the nodes left after filtering"
    assert state["zoom"] > before, "the view was not re-fitted to the fewer nodes"
    visible = page.locator("#wg-graph-lijst li:not([hidden])")
    assert visible.count() == state["shown"]
    assert page.locator(".wg-graph-lijst-aantal").inner_text() == str(state["shown"])
    # the search box is found by its accessible name, and narrows the list further
    page.get_by_label("Zoek een knoop op naam of woorden").fill("jeugdige")
    assert 0 < page.locator("#wg-graph-lijst li:not([hidden])").count() < state["shown"]
    shot(page, "graaf-gefilterd")
