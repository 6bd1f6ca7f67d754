"""The "Komt dit in aanmerking?" form in Chromium as a resident or caseworker uses it (issue 15): the art. 8
newcomer on bijstand and the art. 10 screening case reach an answer with their reasons, by mouse on a 1366 px
screen and by keyboard on a 375 px phone; the gebied is chosen among the known ones or made new ("een ander
gebied"); a question can be skipped ("Weet ik niet") and an answered line changed; the question page is in the
navigation and the article page offers the form."""

from __future__ import annotations

import re

import pytest


# The answers, by fact (name, or name with its arguments); a fact not listed is answered "Weet ik niet".
NEWCOMER = {  # law/scenarios/wbmgp-art8.yaml: in the region since May 2023, on bijstand, a designated gebied
    "gebied_van": "nieuw", "gemeente_van": "Rotterdam", "woonruimte_in_categorie_art8": True,
    "woonruimte_in_categorie_art10": False, "aangewezen_op_peildatum(gebied1, art5_lid1_art8)": True,
    "aangewezen_op_peildatum(gebied1, art5_lid3_art10)": False, "ingezetene_van_de_regio": True,
    "onafgebroken_ingezetene_regio_sinds": "2023-05-01", "inkomensbronnen": ["bijstandsuitkering"],
    "aanspraak_op_studiefinanciering": False, "datum_aanvraag_huisvestingsvergunning": "2026-07-01",
    "beroep_op_hardheidsclausule": False, "woonverklaring_afgegeven": False,
}
SCREENING = {  # law/scenarios/wbmgp-art10.yaml: sixteen on the day of the application, no VOG
    "gebied_van": "nieuw", "gemeente_van": "Tilburg",  # Tilburg's verordening applies art. 10 (law/gemeenten/)
    "instrument_aanwijzing_art5_lid3": "verklaring_omtrent_het_gedrag",
    "aangewezen_op_peildatum(gebied1, art5_lid3_art10)": True, "woonruimte_in_categorie_art10": True,
    "geboortedatum": "2010-07-01", "datum_aanvraag_huisvestingsvergunning": "2026-07-01", "vog_overgelegd": False,
    "beroep_op_hardheidsclausule": False, "woonverklaring_afgegeven": False,
}


def start(page, server: str, term: str, peildatum: str = "2026-07-01") -> None:
    page.goto(server + term)
    page.wait_for_selector("#wg-vraag[data-online]")
    page.fill("input[name=peildatum]", peildatum)
    page.click("#wg-vraag .wg-vraag-start button[type=submit]")


def press(page, locator, key: str = "Enter") -> None:
    locator.focus()
    page.keyboard.press(key)


def answer_all(page, answers: dict, keyboard: bool, limit: int = 60) -> list[str]:
    """Answer every question the form asks from `answers`, by mouse or by keyboard; return the keys asked."""
    asked: list[str] = []
    for _ in range(limit):
        page.wait_for_selector(".wg-vraag-stap, .wg-vraag-uitkomst, .wg-vraag-fout")
        if page.locator(".wg-vraag-uitkomst").count():
            return asked
        assert page.locator(".wg-vraag-fout").count() == 0, page.locator(".wg-vraag-resultaat").inner_text()
        form = page.locator(".wg-vraag-stap")
        key = form.get_attribute("data-sleutel")
        asked.append(key)
        name = key.split(".", 1)[1]
        short = name.split("(", 1)[0]
        value = answers.get(name, answers.get(short, None))
        act = (lambda loc, k="Enter": press(page, loc, k)) if keyboard else (lambda loc, k="Enter": loc.click())
        if value is None:
            act(form.locator(".wg-vraag-weetniet"))
        elif isinstance(value, bool):
            act(form.locator(f"button[data-waarde={'true' if value else 'false'}]"))
        elif form.locator("fieldset input[type=radio]").count():
            if value == "nieuw":
                choice = form.locator("input[type=radio][data-nieuw]")
            else:
                choice = form.locator("label", has_text=value).locator("input")
            act(choice, "Space")
            act(form.locator("button[type=submit]"))
        elif form.locator("fieldset input[type=checkbox]").count():
            for v in value:
                act(form.locator(f"input[type=checkbox][value='{v}']"), "Space")
            act(form.locator("button[type=submit]"))
        elif form.locator("select").count():
            sel = form.locator("select")
            assert sel.input_value() == "", "a soort has no preselected answer"
            sel.select_option(value)
            act(form.locator("button[type=submit]"))
        else:
            field = form.locator("input").first
            if keyboard and field.get_attribute("type") == "date":
                # Chromium's date field takes its segments in the order of the browser's language: day-month-year
                # or month-day-year. Type one order; if the field did not read the date, type the other over it.
                y, m, d = value.split("-")
                for typed in (m + d + y, d + m + y):
                    field.evaluate("e => e.blur()")  # focus again: the caret starts in the first segment
                    field.focus()
                    page.keyboard.type(typed)
                    if field.input_value() == value:
                        break
                assert field.input_value() == value, (field.input_value(), value)
                page.keyboard.press("Enter")
            elif keyboard:
                field.focus()
                page.keyboard.type(value)
                page.keyboard.press("Enter")
            else:
                field.fill(value)
                form.locator("button[type=submit]").click()
        page.wait_for_function("k => !document.querySelector('.wg-vraag-stap') || "
                               "document.querySelector('.wg-vraag-stap').dataset.sleutel !== k", arg=key)
    pytest.fail(f"no answer after {limit} questions: {asked}")


@pytest.mark.parametrize("width,keyboard", [(1366, False), (375, True)])
def test_art8_newcomer_on_bijstand_reaches_an_answer(browser, server: str, width: int, keyboard: bool) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    context.set_default_timeout(45_000)
    page = context.new_page()
    try:
        start(page, server, "begrippen/wbmgp/huisvestingsvergunning-weigeren.html")
        page.wait_for_selector(".wg-vraag-stap")
        assert re.search(r"nog ten hoogste \d+ vragen", page.locator(".wg-vraag-voortgang").inner_text())
        asked = answer_all(page, NEWCOMER, keyboard)
        assert any("gebied_van" in k for k in asked) and any("gemeente_van(gebied1)" in k for k in asked)
        out = page.locator(".wg-vraag-uitkomst")
        text = out.inner_text()
        assert "Antwoord:" in text and "artikel 8" in text, text
        # the reasons: the open norms (the council's choice, the hardheidsclausule) or the articles it rests on
        assert page.locator(".wg-vraag-uitkomst a.wg-bron").count() or page.locator(".wg-oordeel").count()
        assert page.locator(".wg-vraag-vergelijking li[data-wijziging=wbmgp-2025]").count() == 1
        page.screenshot(path=f"test-artifacts/interview-art8-{width}.png", full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("width,keyboard", [(1366, False), (375, True)])
def test_art10_screening_reaches_an_answer(browser, server: str, width: int, keyboard: bool) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    context.set_default_timeout(45_000)
    page = context.new_page()
    try:
        start(page, server, "begrippen/wbmgp/weigeren-op-grond-van-art10.html")
        answer_all(page, SCREENING, keyboard)
        text = page.locator(".wg-vraag-uitkomst").inner_text()
        # Refused — unless burgemeester en wethouders judge the refusal a hardship (an open norm the engine never
        # decides): the answer gives that branch.
        assert "Antwoord: waar" in text or re.search(r"onbillijkheid_van_overwegende_aard_art10\(p, w\) = onwaar: "
                                                     r"waar", text), text
        assert "oordeel van de gemeenteraad" not in text, text  # the council's choice comes from Tilburg's data
    finally:
        context.close()


def test_weet_ik_niet_names_what_is_missing_and_a_line_can_be_changed(page, server: str) -> None:
    start(page, server, "begrippen/wmo2015/gezinslid.html", "2026-01-01")
    first = page.locator(".wg-vraag-stap").get_attribute("data-sleutel")
    answer_all(page, {}, keyboard=False)  # "Weet ik niet" to everything
    out = page.locator(".wg-vraag-uitkomst")
    assert "Antwoord: onbekend" in out.inner_text()
    assert page.locator(".wg-vraag-ontbreekt li").count() >= 1
    line = page.locator(f".wg-vraag-stappen li[data-sleutel='{first}']")
    assert "weet ik niet" in line.inner_text()
    line.locator(".wg-vraag-wijzig").click()  # change the first line: the same question is asked again
    page.wait_for_selector(f".wg-vraag-stap[data-sleutel='{first}']")
    page.locator(".wg-vraag-stap button[data-waarde=true]").click()
    page.wait_for_function("k => !document.querySelector('.wg-vraag-stap') || "
                           "document.querySelector('.wg-vraag-stap').dataset.sleutel !== k", arg=first)
    assert "weet ik niet" not in page.locator(f".wg-vraag-stappen li[data-sleutel='{first}']").inner_text()


def test_the_question_page_is_in_the_navigation_and_articles_offer_the_form(page, server: str) -> None:
    page.goto(server + "index.html")
    link = page.locator("a.md-nav__link[href$='vragen/index.html']").first
    assert link.count()
    page.goto(server + "vragen/index.html")
    assert page.locator("a[href*='huisvestingsvergunning-weigeren.html#komt-dit-in-aanmerking']").count()
    page.goto(server + "wetten/wbmgp/artikel-8.html")
    offer = page.locator("a[href*='#komt-dit-in-aanmerking']")
    assert offer.count() >= 1


def test_focus_moves_to_the_answer_and_the_answer_is_announced(browser, server: str) -> None:
    """Issue 15, accessible: after the last answer (given by keyboard), focus is on the answer itself, so a screen
    reader reads it and the keyboard user continues from there; the answer sits in a live region (aria-live), so it
    is announced even to a user who moved focus away."""
    _warm(server, {"vraag": "gezinslid(p, c)", "wet": "wmo2015", "peildatum": "2026-01-01", "wijzigingen": ["wams"]})
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-NL")
    context.set_default_timeout(45_000)
    page = context.new_page()
    try:
        start(page, server, "begrippen/wmo2015/gezinslid.html", "2026-01-01")
        # by keyboard: the child lives in the client's household (the one answer that decides), the rest unknown
        asked = answer_all(page, {"kind_in_huishouding_van": True}, keyboard=True)
        assert asked, "the form asked at least one question"
        page.wait_for_function("() => document.activeElement && document.activeElement.closest('.wg-vraag-uitkomst')")
        focus = page.evaluate("""() => {
            const a = document.activeElement, live = a.closest('[aria-live]');
            return {cls: a.className, tabindex: a.getAttribute('tabindex'), text: a.textContent,
                    live: live ? live.getAttribute('aria-live') : null, body: a === document.body};
        }""")
        assert not focus["body"] and "wg-antwoord" in focus["cls"], focus
        assert focus["tabindex"] == "-1", "focusable by script, not a tab stop"
        assert focus["text"].startswith("Antwoord:"), focus
        assert focus["live"] in ("polite", "assertive"), "the answer region is announced"
    finally:
        context.close()


def _warm(server: str, body: dict) -> None:
    """Ask the interview once before the browser does: on a busy machine the first evaluation of a fresh service can
    pass the 2 s limit (503, WG-API-003), which is the time limit working, not the form."""
    import json
    import time
    import urllib.error
    import urllib.request

    for _ in range(5):
        request = urllib.request.Request(server + "api/interview/next", data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60):
                return
        except urllib.error.HTTPError as exc:
            if exc.code != 503:
                raise
            time.sleep(1)
