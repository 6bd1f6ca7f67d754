"""The Gherkin bridge: a peer's feature file, copied unchanged, runs through wetgraaf with only a mapping file added;
wetgraaf's own scenarios are written as Gherkin and read back with the same outcomes."""
from __future__ import annotations

from pathlib import Path

import pytest

from wetgraaf.gherkin import eigen_scenarios, lees_feature, lees_mapping, naar_gherkin, scenarios
from wetgraaf.core.errors import LawErrors
from wetgraaf.scenario import load_file, load_text

HIER = Path(__file__).parents[1] / "peers" / "gherkin"
FEATURE = HIER / "bijstand.feature"
MAPPING = HIER / "bijstand.mapping.yaml"


def _run(request, tekst: str, naam: str) -> list[str]:
    from wetgraaf.pytest_plugin import world

    sc = load_text(tekst, naam)[0]
    outcomes = world(request.config).run(sc)
    assert outcomes, "no question was asked"
    return [f"{o.question}: {'; '.join(o.problems)}" for o in outcomes if not o.ok]


VERTALINGEN = scenarios(lees_feature(FEATURE), lees_mapping(MAPPING), str(MAPPING))


def test_the_feature_file_is_the_peers_own() -> None:
    text = FEATURE.read_text(encoding="utf-8")
    assert text.startswith("Feature: Bijstandsaanvraag via Participatiewet")
    assert len(VERTALINGEN) == 11 and sum(v.afwijking is not None for v in VERTALINGEN) == 2


@pytest.mark.parametrize("v", [
    pytest.param(v, id=v.naam, marks=[pytest.mark.xfail(strict=True, reason=v.afwijking)] if v.afwijking else [])
    for v in VERTALINGEN])
def test_peer_feature_runs_through_the_bridge(v, request) -> None:
    failing = _run(request, v.yaml_tekst, f"{FEATURE}:{v.regel}")
    assert not failing, "\n".join(failing)


def test_own_scenarios_round_trip_as_gherkin(request, tmp_path) -> None:
    bron = Path(__file__).parents[2] / "law" / "scenarios" / "participatiewet-regelrecht-bijstand.yaml"
    eigen = load_file(bron)
    tekst = naar_gherkin(eigen, "Participatiewet: de gevallen van regelrecht")
    assert "Functionaliteit:" in tekst and 'Dan is "vastgestelde_bijstand(aanvrager)" gelijk aan "1037.12"' in tekst
    pad = tmp_path / "eigen.feature"
    pad.write_text(tekst, encoding="utf-8")
    terug = eigen_scenarios(lees_feature(pad), "participatiewet")
    assert [v.naam for v in terug] == [sc.naam for sc in eigen]
    for v in terug:
        failing = _run(request, v.yaml_tekst, str(pad))
        assert not failing, f"{v.naam}: " + "\n".join(failing)


def test_unknown_step_is_located(tmp_path) -> None:
    pad = tmp_path / "x.feature"
    pad.write_text('Feature: x\n  Scenario: y\n    Given the calculation date is "2022-06-01"\n'
                   '    When something the mapping does not know\n', encoding="utf-8")
    with pytest.raises(LawErrors) as exc:
        scenarios(lees_feature(pad), lees_mapping(MAPPING), str(MAPPING))
    err = exc.value.errors[0]
    assert err.code == "WG-GHK-002" and err.pos.line == 4 and "something the mapping" in err.message


@pytest.mark.parametrize("veld", ["vaste_feiten", "algemene_feiten"])
def test_a_mapping_whose_facts_are_not_a_table_is_located(tmp_path, veld) -> None:
    pad = tmp_path / "m.yaml"
    pad.write_text(f"wet: participatiewet\npersoon: aanvrager\n{veld}: [nederlander]\nstappen: []\n", encoding="utf-8")
    with pytest.raises(LawErrors) as exc:
        lees_mapping(pad)
    err = exc.value.errors[0]
    assert err.code == "WG-GHK-003" and err.pos.line == 3 and f"'{veld}'" in err.message, err.message


def test_unreadable_line_is_located(tmp_path) -> None:
    pad = tmp_path / "x.feature"
    pad.write_text("Feature: x\n  Scenario: y\n    Gegeven iets\n    dit is geen stap\n", encoding="utf-8")
    with pytest.raises(LawErrors) as exc:
        lees_feature(pad)
    assert exc.value.errors[0].code == "WG-GHK-001" and exc.value.errors[0].pos.line == 4


def test_cli(tmp_path) -> None:
    from typer.testing import CliRunner

    from wetgraaf.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["gherkin", str(FEATURE), "--mapping", str(MAPPING)])
    assert res.exit_code == 0 and "11 scenario's, 0 niet zoals verwacht" in res.output
    # Without the afwijkingen the two under-21 cases fail, and the command says so with exit code 1.
    import yaml
    m = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    del m["afwijkingen"]
    zonder = tmp_path / "zonder.yaml"
    zonder.write_text(yaml.safe_dump(m, allow_unicode=True), encoding="utf-8")
    res = runner.invoke(app, ["gherkin", str(FEATURE), "--mapping", str(zonder)])
    assert res.exit_code == 1 and "2 niet zoals verwacht" in res.output
    res = runner.invoke(app, ["gherkin", "--naar",
                              str(Path(__file__).parents[2] / "law" / "scenarios" / "participatiewet-amsterdam.yaml")])
    assert res.exit_code == 0 and res.output.startswith("# language: nl")
