"""The Wbmgp encoding (law/wbmgp/): every lid of both versions encoded or marked not executable with a reason, the
peildatum picks the version, every article's rules are reached by a scenario, the fact vocabulary page is current,
and the shared cases map (also the 2025-revision cases, which only have to load until the amendment exists)."""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.parser import structure
from wetgraaf.scenario import load_file, load_text

REPO = Path(__file__).parents[2]
VERSIONS = [_dt.date(2024, 1, 1), _dt.date(2026, 6, 4)]
ARTIKELEN = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10a", "10b", "10c", "17", "18", "19"]

_spec = importlib.util.spec_from_file_location("wbmgp_adapter", REPO / "tests" / "shared" / "adapter.py")
adapter = importlib.util.module_from_spec(_spec)
sys.modules["wbmgp_adapter"] = adapter
_spec.loader.exec_module(adapter)


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


def _articles(wg) -> list[structure.Article]:
    return wg.corpus.laws["wbmgp"].articles


# ---------------------------------------------------------------------------------------------------------------
# Coverage and versions


def _leaves(unit: structure.Unit):
    if not unit.children:
        yield unit
    for child in unit.children:
        yield from _leaves(child)


def test_every_article_of_both_versions_is_there(wg):
    for date in VERSIONS:
        sit = wg.program(date).situation
        numbers = sorted(n for (w, n) in sit.articles if w == "wbmgp")
        assert sorted(ARTIKELEN) == numbers, date


def test_coverage_is_complete(wg):
    """Every leaf unit (a lid without onderdelen, an onderdeel, subonderdeel or slotzin, an article without leden)
    has rules or a 'niet uitvoerbaar' with its reason: coverage 100 %."""
    missing, total = [], 0
    for art in _articles(wg):
        for unit in _leaves(art.root):
            total += 1
            decls = [d for b in unit.blocks for d in b.decls]
            if not decls:
                missing.append(f"{art.file}: {unit.citation}")
            for d in decls:
                if isinstance(d, structure.NietUitvoerbaar):
                    assert len(d.reden) > 30, f"{art.file}:{d.pos.line}: give the reason in a sentence"
    assert not missing, "units without rules or 'niet uitvoerbaar':\n" + "\n".join(missing)
    assert total >= 100


def test_both_versions_build_and_the_peildatum_picks_the_version(wg):
    old, new = wg.program(_dt.date(2024, 6, 1)), wg.program(_dt.date(2026, 7, 1))
    assert old.situation.articles[("wbmgp", "10b")].geldig_tot == _dt.date(2026, 6, 3)
    assert new.situation.articles[("wbmgp", "10b")].geldig_vanaf == _dt.date(2026, 6, 4)
    # The 2024 source lacks the closing sentence of art. 10b lid 4; its woonverklaring facts sit in lid 5.
    assert old.definitions["wbmgp.woonverklaring"].citation.lid == "5"
    new_cite = new.definitions["wbmgp.woonverklaring"].citation
    assert (new_cite.lid, new_cite.onderdeel) == ("4", "slot")
    # Art. 1: lettered onderdelen in 2024, named ones in 2026; the same rules in both.
    assert old.definitions.keys() == new.definitions.keys()


def test_chapter_2_is_marked_for_amendments(wg):
    for art in _articles(wg):
        assert (art.meta.get("hoofdstuk") == 2) == (art.nummer in ("2", "3", "4")), art.file


def test_open_norms_name_their_authority(wg):
    program = wg.program(_dt.date(2026, 7, 1))
    doors = {d.door for d in program.definitions.values() if d.wet == "wbmgp" and d.kind == "oordeel"}
    assert doors == {"Onze Minister", "de gemeenteraad", "burgemeester en wethouders", "de burgemeester"}


# ---------------------------------------------------------------------------------------------------------------
# Every article with rules is reached by the project's own scenarios


def _cited_articles(nodes, out: set[str]) -> None:
    for node in nodes:
        cite = node.rule.citation if getattr(node, "rule", None) is not None else node.citation
        if cite is not None and cite.wet == "wbmgp":
            out.add(cite.artikel)
        _cited_articles(node.children, out)


def test_own_scenarios_reach_every_article_with_rules(wg):
    reached: set[str] = set()
    for path in sorted((REPO / "law" / "scenarios").glob("wbmgp-*.yaml")):
        for sc in load_file(path):
            for outcome in wg.run(sc, trace=True):
                assert outcome.ok, f"{path.name}: {sc.naam}: {outcome.problems}"
                _cited_articles((outcome.answer.trace if outcome.answer else None) or [], reached)
    with_rules = {a.nummer for a in _articles(wg)
                  if any(not isinstance(d, structure.NietUitvoerbaar) for d in a.decls())}
    assert with_rules - reached == set()


# ---------------------------------------------------------------------------------------------------------------
# The fact vocabulary page


def test_fact_page_is_current(wg):
    spec = importlib.util.spec_from_file_location("feitenlijst", REPO / "tools" / "feitenlijst.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    page = (REPO / "docs" / "wbmgp-feiten.md").read_text(encoding="utf-8")
    assert page == tool.feitenlijst(wg, "wbmgp"), "run: python tools/feitenlijst.py wbmgp > docs/wbmgp-feiten.md"


# ---------------------------------------------------------------------------------------------------------------
# The shared cases


WBMGP_CASES = [c for c in adapter.load_cases() if c.data["law"] in ("wbmgp", "wbmgp-2025")]
MAPPINGS = adapter.load_mappings()
NOT_IN_CURRENT_LAW = {"voorkeursrecht_gemeente"}  # proposed by the 2025 revision (P1); the current law has none


def test_every_current_law_determination_is_mapped():
    dets = {c.data["determination"] for c in WBMGP_CASES if c.data["law"] == "wbmgp"}
    assert dets - set(MAPPINGS) == set()
    # A decision the current law does not have: its 'false' cases expect that there is no provision for it.
    for det in NOT_IN_CURRENT_LAW:
        assert MAPPINGS[det]["uitkomsten"] == {False: "geen_grondslag"}


@pytest.mark.parametrize("case", [c for c in WBMGP_CASES if c.data["law"] == "wbmgp-2025"
                                  and c.data["determination"] not in NOT_IN_CURRENT_LAW], ids=lambda c: c.id)
def test_revision_cases_load_with_the_mappings(wg, case):
    """Until the 2025 amendment exists, its cases are checked to map onto the current law's facts and load."""
    spec = MAPPINGS[case.data["determination"]]
    program = wg.program(_dt.date.fromisoformat(str(case.data["peildatum"])))
    doc = adapter.build_scenario(case, spec, program)
    (sc,) = load_text(adapter.to_yaml(doc), f"{case.file}#{case.id}")
    assert sc.vragen == [spec["vraag"]]


def test_withdrawal_cases_concern_an_art8_designation():
    """The mapping of aanwijzing_intrekken asks about the art. 8 designation: no case may be about another one."""
    for case in WBMGP_CASES:
        if case.data["determination"] == "aanwijzing_intrekken":
            assert case.data["facts"].get("aanwijzing_grondslag", "art5_lid1_art8") == "art5_lid1_art8", case.id


def test_wams_fact_vocabulary_page_is_current():
    """docs/wams-feiten.md lists every fact and open norm of the laws the Wams amends, as amended."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("feitenlijst_wams", REPO / "tools" / "feitenlijst.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    page = (REPO / "docs" / "wams-feiten.md").read_text(encoding="utf-8")
    assert page == tool.feitenlijst(wetgraaf.load(), "wams"), "run: python tools/feitenlijst.py wams > docs/wams-feiten.md"
    assert "gezinslid" in page and "door college" not in page  # the authority sits in its own column
