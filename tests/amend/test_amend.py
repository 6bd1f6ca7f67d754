"""The amendment report (renvooi, rule diff, outcome diff) and the mutation check, on the Wams amendment."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.analysis.mutation import mutation_check
from wetgraaf.amend.renvooi import word_diff
from wetgraaf.amend.report import build_report
from wetgraaf.scenario import load_file

from corpus_kit import run_cli  # noqa: E402

LAW = Path(__file__).resolve().parents[2] / "law"


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


def test_word_diff_marks_insertions_and_deletions():
    ops = word_diff("minder dan zes jaar ingezetene", "minder dan tien jaar ingezetene")
    kinds = [(op.kind, op.text) for op in ops]
    assert ("geschrapt", "zes") in kinds and ("ingevoegd", "tien") in kinds
    assert "".join(op.text for op in ops if op.kind != "ingevoegd") == "minder dan zes jaar ingezetene"
    assert "".join(op.text for op in ops if op.kind != "geschrapt") == "minder dan tien jaar ingezetene"


def test_wams_report_shows_new_definition_and_renvooi(wg):
    report = build_report(wg, ("wams",))
    art = next(a for a in report.articles if (a.wet, a.artikel) == ("wmo2015", "1.1.1"))
    new_units = [u.path for u in art.units if u.status == "nieuw"]
    assert "lid 1, onderdeel gezinslid" in new_units
    added = {c.qname for c in report.rules if c.status == "toegevoegd"}
    assert "wmo2015.gezinslid" in added
    flips = {(f.scenario, f.question): (f.before, f.after) for f in report.outcomes.flips}
    assert flips[("Kind van de partner in een pleeggezin", "gezinslid(kind, cliënt)")][1] is True
    data = report.to_json()
    json.dumps(data)  # the JSON shape is serialisable
    assert data["schema"] == 1 and data["wijzigingen"] == ["wams"]


def test_base_files_unchanged_by_a_report(wg):
    def digest() -> str:
        h = hashlib.sha256()
        for p in sorted(LAW.rglob("*")):
            if p.is_file():
                h.update(p.read_bytes())
        return h.hexdigest()

    before = digest()
    assert run_cli("wijziging", "wams", "--json").returncode == 0
    assert digest() == before


def test_mutation_check_finds_surviving_mutants(wg):
    scenarios = load_file(LAW / "scenarios" / "gezinslid.yaml")
    report = mutation_check(wg, "wmo2015", "1.1.1", scenarios)
    units = report.per_unit()
    first = "artikel 1.1.1, eerste lid, onder 'gezinslid', onder 1°, Wmo 2015"
    assert first in units
    # The pleeggezin scenarios do notice some mutations of onderdeel 1°, and miss others.
    assert any(m.detected_by for m in units[first])
    assert any(not m.detected_by for ms in units.values() for m in ms)


def test_graph_diff_of_the_wams(wg):
    from wetgraaf.amend.graphdiff import graph_diff

    diff = graph_diff(wg.graph(None, ()), wg.graph(None, ("wams",)))
    assert "def:wmo2015.gezinslid" in diff["knopen_toegevoegd"]
    impacted = {x["naam"] for x in diff["impact"]}
    assert "wmo2015.cliënt" in impacted  # changed by the Wams: its onderdelen are replaced
    assert {"wmo2015", "jeugdwet"} <= set(diff["wetten_geraakt"])


def test_a_flip_is_described_in_the_readers_language():
    """describe_flip (amend/outcomes.py) words come from the catalogue: Dutch by default, English with --taal en."""
    from wetgraaf.amend.outcomes import Flip, Parting, describe_flip
    from wetgraaf.taal import in_taal

    parting = Parting("w.eis", ("w",), None, True, "artikel 8, eerste lid, Wbmgp", "r12", "artikel 9")
    flip = Flip("s", "s.yaml", "vergunning(w)", True, False, parting)
    assert describe_flip(flip) == ("s: vergunning(w): waar → onwaar\n    splitst bij w.eis(w): (bestond niet) → waar — "
                                   "artikel 8, eerste lid, Wbmgp [regel r12] geldt niet meer; nu geldt artikel 9")
    with in_taal("en"):
        assert describe_flip(flip) == ("s: vergunning(w): true → false\n    parts at w.eis(w): (did not exist) → true — "
                                       "artikel 8, eerste lid, Wbmgp [rule r12] no longer applies; now artikel 9 applies")


def test_the_mutation_report_speaks_the_readers_language(wg):
    """A mutant's unit and description are catalogue messages: Dutch by default, English with --taal en; the rule
    language's own words ('niet', 'en', '<=') stay as written."""
    from wetgraaf.taal import in_taal, tekst

    report = mutation_check(wg, "wmo2015", "1.1.1", load_file(LAW / "scenarios" / "gezinslid.yaml"))
    mutants = [m for ms in report.per_unit().values() for m in ms]
    dutch = [tekst(m.description, "nl") for m in mutants]
    english = [tekst(m.description, "en") for m in mutants]
    assert any("weggelaten" in d for d in dutch) and not any("weggelaten" in e for e in english)
    assert any("left out" in e for e in english)
    assert tekst(mutants[0].bron.bericht(), "nl") == mutants[0].citation
    assert tekst(mutants[0].bron.bericht(), "en") != mutants[0].citation  # "paragraph 1, …" in English
    with in_taal("en"):
        said = report.to_json()
    assert "weggelaten" not in json.dumps(said) and "left out" in json.dumps(said)
    assert report.to_json()["per_lid"][0]["bron"] == mutants[0].citation  # Dutch by default, as before
