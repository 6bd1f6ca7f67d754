"""One language per surface for the amendment report (issue 17): `wetgraaf wijziging --json` (and the API's diff)
says its citations, places and statuses in the reader's language; the fixed values a program reads (`status`,
`herkomst`, `soort`) stay the same in both, with `status_tekst` and `herkomst_tekst` beside them; the Dutch report
is the Dutch it was."""

from __future__ import annotations

import pytest

import wetgraaf
from wetgraaf.amend.report import AmendmentReport, build_report
from wetgraaf.taal import in_taal


@pytest.fixture(scope="module")
def report() -> AmendmentReport:
    return build_report(wetgraaf.load(), ("wams",))


@pytest.fixture(scope="module")
def nl(report: AmendmentReport) -> dict:
    with in_taal("nl"):
        return report.to_json()


@pytest.fixture(scope="module")
def en(report: AmendmentReport) -> dict:
    with in_taal("en"):
        return report.to_json()


def _unit(body: dict, wet: str, artikel: str, index: int = 0) -> dict:
    return next(a for a in body["renvooi"] if (a["wet"], a["artikel"]) == (wet, artikel))["delen"][index]


def test_renvooi_places_citations_and_statuses(nl: dict, en: dict) -> None:
    art_nl = next(a for a in nl["renvooi"] if a["artikel"] == "1.1.1")
    art_en = next(a for a in en["renvooi"] if a["artikel"] == "1.1.1")
    assert (art_nl["status"], art_nl["status_tekst"]) == ("gewijzigd", "gewijzigd")
    assert (art_en["status"], art_en["status_tekst"]) == ("gewijzigd", "changed")
    new_nl = next(u for u in art_nl["delen"] if u["plaats"] == "lid 1, onderdeel gezinslid")
    index = art_nl["delen"].index(new_nl)
    new_en = art_en["delen"][index]
    assert new_en["plaats"] == "paragraph 1, point gezinslid"
    assert (new_nl["status"], new_nl["status_tekst"], new_en["status"], new_en["status_tekst"]) == \
        ("nieuw", "nieuw", "nieuw", "new")
    assert new_nl["bron"] == "artikel 1.1.1, eerste lid, onder 'gezinslid', Wmo 2015"
    assert new_en["bron"] == "article 1.1.1, paragraph 1, under 'gezinslid', Wmo 2015"
    assert (new_nl["herkomst"], new_nl["herkomst_tekst"]) == (new_en["herkomst"], "herleid") == ("herleid", "herleid")
    assert new_en["herkomst_tekst"] == "derived"
    # a whole new article: its place is the article
    assert (_unit(nl, "jeugdwet", "2.4a")["plaats"], _unit(en, "jeugdwet", "2.4a")["plaats"]) == ("artikel", "article")
    # the law's text and the word diff's kinds are the same in both
    assert new_nl["nieuw"] == new_en["nieuw"] and new_nl["verschil"] == new_en["verschil"]


def test_rules_and_graph_impact_cite_in_the_readers_language(nl: dict, en: dict) -> None:
    rule_nl = next(c for c in nl["regels"] if c["naam"] == "wmo2015.gezinslid")
    rule_en = next(c for c in en["regels"] if c["naam"] == "wmo2015.gezinslid")
    assert rule_nl["bron"].startswith("artikel 1.1.1, eerste lid") and rule_nl["bron"].endswith(", Wmo 2015")
    assert rule_en["bron"].startswith("article 1.1.1, paragraph 1") and rule_en["bron"].endswith(", Wmo 2015")
    assert (rule_nl["status"], rule_nl["soort"]) == (rule_en["status"], rule_en["soort"]) == ("toegevoegd", "begrip")
    assert (rule_nl["status_tekst"], rule_en["status_tekst"]) == ("toegevoegd", "added")
    assert rule_nl["oud"] == rule_en["oud"] and rule_nl["nieuw"] == rule_en["nieuw"]  # rule language: as written
    cited_nl = [x["bron"] for x in nl["graaf"]["impact"] if x["bron"]]
    cited_en = [x["bron"] for x in en["graaf"]["impact"] if x["bron"]]
    assert cited_nl and all(c.startswith("artikel ") for c in cited_nl)
    assert len(cited_en) == len(cited_nl) and all(c.startswith("article ") for c in cited_en)


def test_dutch_citations_are_the_drafters_citation(report: AmendmentReport, nl: dict) -> None:
    """The Dutch report says each citation as the law's own citation (ir.Citation's str), as before."""
    units = [u for a in report.articles for u in a.units if u.status != "ongewijzigd"]
    said = [u["bron"] for a in nl["renvooi"] for u in a["delen"]]
    assert said == [str(u.citation) for u in units]
    assert all(type(x) is str for x in said)  # plain JSON text, no message object


def test_the_terminal_report_in_english(report: AmendmentReport) -> None:
    from wetgraaf import cli_wijziging

    def rendered(lang: str) -> str:
        with in_taal(lang), cli_wijziging.out.capture() as cap:
            cli_wijziging.render_report(report)
        return cap.get()

    dutch, english = rendered("nl"), rendered("en")
    assert "wmo2015 artikel 1.1.1 (gewijzigd)" in dutch and "lid 1, onderdeel gezinslid — nieuw (herleid)" in dutch
    assert "wmo2015 article 1.1.1 (changed)" in english
    assert "paragraph 1, point gezinslid — new (derived)" in english
    assert "added term wmo2015.gezinslid — article 1.1.1, paragraph 1" in english
    assert "toegevoegd begrip wmo2015.gezinslid — artikel 1.1.1, eerste lid" in dutch
