"""The site's reused results (site/results_cache.py) are invalidated by every kind of edit: after an edit to a rule,
an amendment, a scenario, a municipality's data or a law's wet.yaml, the pages generated with the results of the
previous build are exactly those generated with none (nav, graph data and warnings too), and what the edit cannot
reach is reused.

A small corpus of four laws in two groups (Wbmgp with its 2025 revision; the Wet op de zorgtoeslag with the two
standaardpremie regulations), the municipal data and four scenario files (corpus_kit.subset). The HTML step is tested byte for byte
in tests/site/test_site_incremental.py; this file tests the Markdown every page is made from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def _edit_rule(root: Path) -> None:
    # Art. 8 Wbmgp: "zes jaar" becomes "vier jaar" in the text, its bound value and the revision that quotes it.
    for old, new in (("minder dan zes jaar voorafgaand", "minder dan vier jaar voorafgaand"),
                     ('  = "zes jaar"', '  = "vier jaar"')):
        _replace(root / "wbmgp" / "artikel-8.md", old, new)
    _replace(root / "wijzigingen" / "wbmgp-2025" / "A-artikel-8.md", "minder dan zes jaar voorafgaand",
             "minder dan vier jaar voorafgaand")


def _edit_amendment(root: Path) -> None:
    path = root / "wijzigingen" / "wbmgp-2025" / "B-artikel-10a.md"
    text = path.read_text(encoding="utf-8")
    assert "van personen tijdens of vanwege" in text
    path.write_text(text.replace("van personen tijdens of vanwege", "van mensen tijdens of vanwege"), encoding="utf-8")


def _edit_scenario(root: Path) -> None:
    _replace(root / "scenarios" / "wbmgp-art9.yaml", "aanvrager: {betaald_werk_uren_per_week: 1,",
             "aanvrager: {betaald_werk_uren_per_week: 2,")


def _edit_gemeente(root: Path) -> None:
    # Rotterdam's verordening ranks paid work second instead of first (the art. 9 scenario's rank follows).
    _replace(root / "gemeenten" / "rotterdam.yaml", "- kenmerk: betaald_werk\n        rang: 1",
             "- kenmerk: betaald_werk\n        rang: 2")


def _edit_wet_yaml(root: Path) -> None:
    _replace(root / "zorgtoeslag" / "wet.yaml", "\ntitel: Wet op de zorgtoeslag\n",
             "\ntitel: Wet op de zorgtoeslag (gewijzigd)\n")


EDITS = {"regel": _edit_rule, "wijziging": _edit_amendment, "scenario": _edit_scenario,
         "gemeente": _edit_gemeente, "wet.yaml": _edit_wet_yaml}


def _generate(root: Path, read: bool) -> tuple[dict, tuple[int, int]]:
    from wetgraaf.api import load
    from wetgraaf.site import results_cache
    from wetgraaf.site.build import generate, nav

    results_cache.READ = read
    try:
        b = generate(load(root))
    finally:
        results_cache.READ = True
    out = {"pages": b.pages, "warnings": b.warnings, "graph": b.graph, "nav": nav(b, [])}
    return out, (b.results.hits, b.results.misses)


@pytest.fixture(scope="module")
def edits(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from corpus_kit import subset

    base = tmp_path_factory.mktemp("resultaten")
    root = subset(base / "law")
    old_cache = os.environ.get("WETGRAAF_CACHE")
    os.environ["WETGRAAF_CACHE"] = str(base / "cache")
    try:
        previous, counts = _generate(root, read=True)
        assert counts[0] == 0 and counts[1] > 0  # an empty cache: everything computed
        again, counts = _generate(root, read=True)
        found = {"ongewijzigd": (previous, again, previous, counts)}
        for kind, edit in EDITS.items():
            edit(root)
            reused, counts = _generate(root, read=True)
            fresh, _ = _generate(root, read=False)
            found[kind] = (previous, reused, fresh, counts)
            previous = fresh
    finally:
        if old_cache is None:
            os.environ.pop("WETGRAAF_CACHE", None)
        else:
            os.environ["WETGRAAF_CACHE"] = old_cache
    return found


def test_nothing_changed_everything_reused(edits: dict) -> None:
    before, reused, fresh, (hits, misses) = edits["ongewijzigd"]
    assert reused == fresh
    assert misses == 0 and hits > 0


@pytest.mark.parametrize("kind", list(EDITS))
def test_an_edit_gives_the_pages_of_a_build_without_reuse(edits: dict, kind: str) -> None:
    before, reused, fresh, _ = edits[kind]
    assert [uri for uri in fresh["pages"] if reused["pages"].get(uri) != fresh["pages"][uri]] == []
    assert reused == fresh
    changed = [uri for uri in fresh["pages"] if before["pages"].get(uri) != fresh["pages"][uri]]
    assert changed, f"the {kind} edit changed no page: the test would prove nothing"


@pytest.mark.parametrize("kind", ["regel", "wijziging", "scenario", "wet.yaml"])
def test_an_edit_recomputes_only_what_it_can_reach(edits: dict, kind: str) -> None:
    _, _, _, (hits, misses) = edits[kind]
    assert hits > 0 and misses > 0, (hits, misses)


def test_municipal_data_is_read_by_every_result(edits: dict) -> None:
    _, _, _, (hits, misses) = edits["gemeente"]
    assert hits == 0 and misses > 0


def test_stored_results_of_many_corpora_are_pruned_like_the_parse_cache(tmp_path: Path) -> None:
    # One file per corpus folder (test copies, checkouts): the least recently used go, as for the parsed corpora.
    import time

    from wetgraaf.parser import cache

    folder = tmp_path / "cache"
    folder.mkdir()
    now = time.time()
    for i in range(cache.KEEP + 3):
        p = folder / f"site-{i:032d}.pickle"
        p.write_bytes(b"x")
        os.utime(p, (now - i * 60, now - i * 60))
    removed = cache.prune(folder, now)
    assert sorted(p.name for p in folder.glob("site-*.pickle")) == [f"site-{i:032d}.pickle" for i in range(cache.KEEP)]
    assert len(removed) == 3


def test_a_scenario_an_amendment_cannot_reach_is_evaluated_once_with_the_same_table(tmp_path: Path) -> None:
    # The site's memo says which scenarios an amendment cannot reach (the zorgtoeslag scenarios for the Wbmgp
    # revision): they are evaluated on one side only. The table must be the one both sides give.
    from corpus_kit import subset

    from wetgraaf.amend.report import build_report
    from wetgraaf.api import load
    from wetgraaf.site import results_cache
    from wetgraaf.site.build import prepare

    root = subset(tmp_path / "law")
    old_cache = os.environ.get("WETGRAAF_CACHE")
    os.environ["WETGRAAF_CACHE"] = str(tmp_path / "cache")
    results_cache.READ = False
    try:
        wg = load(root)
        b = prepare(wg)
        assert b.results is not None
        for naam in wg.corpus.wijzigingen:
            memo = b.results.outcome_memo(naam)
            once = build_report(wg, (naam,), outcome_memo=memo, with_graph=False).outcomes.to_json()
            both = build_report(wg, (naam,), with_graph=False).outcomes.to_json()
            assert once == both
            alone = [sc for sc, a in memo._alone.items() if a]
            assert alone and len(alone) < len(memo._alone), (naam, len(alone), len(memo._alone))
    finally:
        results_cache.READ = True
        if old_cache is None:
            os.environ.pop("WETGRAAF_CACHE", None)
        else:
            os.environ["WETGRAAF_CACHE"] = old_cache
