"""`wetgraaf meet` runs end to end on a small population and reports every target of docs/prestaties.md; the
cache bundle behind the warm load is used when present and never trusted when stale or corrupt. (Timing targets are
not asserted here: CI machines are shared; the real run is `wetgraaf meet`.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.api import load
from wetgraaf.bench.run import run
from wetgraaf.parser import cache

REPO = Path(__file__).resolve().parents[2]


def test_bench_runs_and_reports_every_target(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "bench.json"
    result = run(n=3_000, single_cases=30, rounds=1, runs=1, out=out)
    assert json.loads(out.read_text(encoding="utf-8"))["gevallen"] == 3_000
    names = [t["naam"] for t in result["doelen"]]
    for expected in ("enkel vergunning, zonder uitleg (mediaan)", "enkel aanpakplicht, met volledige uitleg (mediaan)",
                     "batch vergunning", "batch aanpakplicht", "piekgeheugen batch vergunning", "corpus laden, koud",
                     "corpus laden, warm", "enkel art. 8: tijd wetgraaf / OpenFisca",
                     "batch art. 8: doorvoer wetgraaf / OpenFisca", "hele benchmark",
                     "opstarten: wetgraaf vraag / python -c pass (warm)",
                     "peers bijstand: antwoorden = verwachting van de scenario's", "peers bijstand: batch = enkel",
                     "peers zorgtoeslag: antwoorden = verwachting van de scenario's", "peers zorgtoeslag: batch = enkel",
                     "peers bijstand: alle beslissingen als kolommen", "peers zorgtoeslag: alle beslissingen als kolommen"):
        assert expected in names
    by_name = {t["naam"]: t for t in result["doelen"]}
    # What does not depend on the machine's speed must hold in every run.
    for t in result["doelen"]:
        if t["naam"].startswith(("batch = enkel", "art. 8: antwoorden", "cache:", "peers ")):
            assert t["gehaald"] is True, t
    assert result["corpus"]["warm_uit_bundel"]
    assert "gemeten elders" in (tmp_path / "bench.md").read_text(encoding="utf-8")
    if result["openfisca_core"] is None:
        assert by_name["batch art. 8: doorvoer wetgraaf / OpenFisca"]["gehaald"] is None  # said, not hidden


def test_warm_load_uses_the_bundle_and_a_changed_file_is_seen(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "law"
    shutil.copytree(REPO / "law", root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    cold = load(root)
    assert not cold.bundled
    cold.prepare()
    warm = load(root)
    situation = warm.situation()
    assert warm.bundled and situation.from_bundle and warm.program() is situation.program
    assert situation.graph is not None and warm.graph() is situation.graph  # the bundle's graph, not built again
    path = root / "wbmgp" / "artikel-8.md"
    path.write_text(path.read_text(encoding="utf-8").replace("minder dan zes jaar", "minder dan zeven jaar")
                    .replace('= "zes jaar"', '= "zeven jaar"'), encoding="utf-8")
    changed = load(root)
    assert not changed.bundled  # another content, another key
    value = changed.program().definitions["wbmgp.minimale_woonduur_art8"].rules[0].value
    assert "7" in repr(value)


def test_a_corrupt_bundle_is_discarded(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    wetgraaf.api.load().prepare()
    (bundle,) = (tmp_path / "cache").glob("bundel-*.pickle")
    for damage in (b"", bundle.read_bytes()[:200], cache.FORMAT + b"0" * 64 + b"\nnot a pickle"):
        bundle.write_bytes(damage)
        wg = load()
        assert not wg.bundled and not bundle.exists()
        assert "wbmgp.huisvestingsvergunning_weigeren" in wg.program().definitions
        wg.prepare()
        assert bundle.exists() and load().bundled


def test_a_draft_amendment_is_never_written_into_the_bundle(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    wg = load()
    wg.corpus.wijzigingen["ontwerp"] = wg.corpus.wijzigingen["wams"]
    wg.prepare()
    assert not list((tmp_path / "cache").glob("bundel-*.pickle"))
    assert wg._stable_key(None, ("ontwerp",)) is None


@pytest.mark.parametrize("n", [1, 70_000])
def test_batch_decides_every_row_in_chunks(n):
    from wetgraaf.bench import cases as C
    from wetgraaf.engine.batch import BatchEngine

    wg = load()
    program = wg.program(C.DUTY_PEILDATUM, C.DUTY_WIJZIGINGEN)
    cs = C.duty_cases(program, n, unknown=0.1)
    batch = BatchEngine(program)
    whole = batch.decide(C.DUTY, C.DUTY_ARGS, cs.columns, C.DUTY_PEILDATUM, n, chunk=1 << 20)
    chunked = batch.decide(C.DUTY, C.DUTY_ARGS, cs.columns, C.DUTY_PEILDATUM, n, chunk=4_096)
    assert (whole.known == chunked.known).all() and (whole.val[whole.known] == chunked.val[chunked.known]).all()


def test_the_peers_cases_run_single_and_batch_and_answer_as_expected():
    """Every expected answer of the translated peer scenarios is a timed case; single and batch agree in every
    row; the peers' own figures are only the published ones, each labelled with its source."""
    from wetgraaf.bench.peers import REFERENCE, SUITES, peers, rows
    from wetgraaf.scenario import load_file

    wg = load()
    result = peers(wg, n=2_000, rounds=2, runs=1)
    for label, files in SUITES.items():
        scenarios = [sc for f in files for sc in load_file(REPO / "law" / "scenarios" / f)]
        r = result[label]
        assert r["vragen"] == sum(len(sc.verwacht) for sc in scenarios) > 0
        assert r["scenarios"] == len(scenarios)
        assert r["afwijkend_van_verwacht"] == 0
        b = r["batch"]
        assert b["verschil_batch_enkel"] == 0
        assert b["kolommen"]["gevallen"] >= r["vragen"] and b["rij_voor_rij"]["gevallen"] == 0  # amounts too
        assert r["zonder_uitleg"]["metingen"] == 2 * r["vragen"]
    assert len([sc for sc in load_file(REPO / "law" / "scenarios" / "participatiewet-regelrecht-bijstand.yaml")]) == 11
    ref = result["zorgtoeslag"]["referentiegeval"]
    assert (ref["scenario"], ref["vraag"]) == REFERENCE and ref["antwoord"].startswith("€")
    table = rows(result)
    elsewhere = [r for r in table if r[2].startswith("gemeten elders")]
    assert elsewhere and all("b2f24f36" in r[2] for r in elsewhere)  # the commit that publishes them
    assert all(r[2] in ("hier gemeten",) or r[2].startswith(("gemeten elders", "niet gepubliceerd")) for r in table)


def test_bench_alleen_measures_only_the_parts_named_and_refuses_an_unknown_one(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from wetgraaf.bench.run import PARTS
    from wetgraaf.cli import app

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    r = CliRunner().invoke(app, ["meet", "--alleen", "opstarten,snelheid", "--json", str(tmp_path / "b.json")])
    assert r.exit_code == 2 and "onbekend onderdeel 'snelheid'" in r.output
    assert all(p in r.output for p in PARTS)
    assert not (tmp_path / "b.json").exists()
    result = run(n=3_000, single_cases=30, rounds=1, runs=1, out=None, alleen=("enkel",))
    assert result["onderdelen"] == ["enkel"] and "enkel" in result and "batch" not in result
    names = [t["naam"] for t in result["doelen"]]
    assert "enkel vergunning, zonder uitleg (mediaan)" in names and "batch vergunning" not in names
    with pytest.raises(ValueError):
        run(out=None, alleen=("snelheid",))
