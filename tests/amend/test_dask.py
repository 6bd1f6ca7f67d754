"""A population run on a Dask cluster gives exactly the result of the run in this process (amend/partitions.py):
the same rows, counts, transitions and examples. A small local cluster (threads, two workers) stands in for a real
one; partitions are made small so that the population is spread over several of them."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.amend import partitions
from wetgraaf.amend.impact import population_impact
from wetgraaf.amend.population import load_spec

distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'wetgraaf[dask]')")

REPO = Path(__file__).resolve().parents[2]

# The Wams duty decision does not exist before the Wams: every row moves from "(niet gedefinieerd)" to an outcome,
# with an example of each.
AANPAK = textwrap.dedent("""\
    naam: proef-aanpakplicht
    vraag: wmo2015.gecoordineerde_aanpak_plicht(cliënt)
    peildatum: 2026-01-01
    personen: [cliënt]
    feiten:
      onderzoek_op_grond_van(cliënt):
        verdeling: {procedure_2_3_2: 1, procedure_2_3a_1: 2, procedure_2_3a_4: 1, geen_onderzoek: 1}
      aantal_aspecten_sociaal_domein(cliënt): {van: 0, tot: 3, onbekend: 0.1}
      aantal_problemen_aanpalende_domeinen(cliënt): {van: 0, tot: 2}
      problemen_samenhangend(cliënt): {kans: 0.7, onbekend: 0.2}
      hoogste_aantal_diensten_een_client(cliënt): {van: 0, tot: 3}
      aantal_clienten_met_diensten_zelfde_wet(cliënt): {van: 0, tot: 3}
      inburgeringsplicht_art_6_lid_1(cliënt): {kans: 0.2}
      aantal_sd_wetten_in_aanpak(cliënt): {van: 0, tot: 3}
      aantal_aanpalende_diensten(cliënt): {van: 0, tot: 2}
      geen_coordinator_wegens_eigen_regie(cliënt): {kans: 0.1, onbekend: 0.05}
    """)


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture
def small_partitions(monkeypatch):
    monkeypatch.setattr(partitions, "PARTITION", 700)


def _same(a, b) -> None:
    ja, jb = a.to_json(), b.to_json()
    ja.pop("seconden")
    jb.pop("seconden")
    assert json.dumps(ja, sort_keys=True, default=str) == json.dumps(jb, sort_keys=True, default=str)


def test_dask_run_equals_local_run(wg, client, small_partitions, tmp_path):
    path = tmp_path / "aanpak.yaml"
    path.write_text(AANPAK, encoding="utf-8")
    local = population_impact(wg, load_spec(path), (), ("wams",), 3_000, seed=7, examples=3)
    remote = population_impact(wg, load_spec(path), (), ("wams",), 3_000, seed=7, examples=3, dask=client)
    _same(local, remote)
    assert local.pad == "batch" and sum(local.after.values()) == 3_000
    assert len(partitions.partitions(3_000, 7)) == 5  # spread over several partitions
    assert len(set(local.after)) >= 3  # verplicht, bevoegd, geen (and onbekend)


def test_partitions_are_reproducible_and_distinct():
    parts = partitions.partitions(1_000_001, 5, size=250_000)
    assert [p.size for p in parts] == [250_000] * 4 + [1]
    assert parts[0].seed == 5 and len({p.seed for p in parts}) == 5
    assert partitions.partitions(1_000_001, 5, size=250_000) == parts


@pytest.mark.skipif(not (REPO / "law" / "populaties" / "woningzoekenden-aangewezen-gebied.yaml").exists()
                    or not (REPO / "law" / "wijzigingen" / "wbmgp-2025").is_dir(),
                    reason="the Wbmgp 2025 population is not in the corpus")
def test_dask_run_of_the_wbmgp_revision(wg, client, small_partitions):
    spec = REPO / "law" / "populaties" / "woningzoekenden-aangewezen-gebied.yaml"
    local = population_impact(wg, load_spec(spec), (), ("wbmgp-2025",), 2_000, seed=3)
    remote = population_impact(wg, load_spec(spec), (), ("wbmgp-2025",), 2_000, seed=3, dask=client)
    _same(local, remote)
