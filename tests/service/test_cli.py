"""The command line as a user runs it: `wetgraaf controleer` and `wetgraaf vraag` on the shipped corpus and on tiny
corpora; exit codes 0 / 1 / 2, explanations with citations, the documented JSON shape. Through the entry point in
this process (corpus_kit.run_cli), except the usage errors and the installed script, which run as real processes
(the end-to-end path: start-up, exit status, no traceback)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_kit import REPO, corpus, run_cli, run_cli_process  # noqa: E402

GEZINSLID = str(REPO / "law" / "scenarios" / "gezinslid.yaml")
ANSWER_KEYS = {"vraag", "naam", "waarde", "bekend", "grondslag", "ontbrekende_feiten", "open_normen", "berust_op",
               "takken", "uitleg"}


def test_check_on_the_shipped_corpus():
    result = run_cli("controleer")
    assert result.returncode == 0, result.stderr
    assert "corpus in orde" in result.stdout
    assert "Traceback" not in result.stderr


def test_vraag_with_explanation_cites_article_and_onderdeel():
    result = run_cli("vraag", GEZINSLID, "--uitleg")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "artikel 1.1.1" in out and "1°" in out
    assert "gezinslid(kind, cliënt) = waar" in out
    assert "uitleg:" in out


def test_vraag_json_has_the_documented_keys():
    result = run_cli("vraag", GEZINSLID, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    scenarios = data if isinstance(data, list) else [data]
    assert len(scenarios) == 2
    for sc in scenarios:
        assert {"scenario", "bestand", "peildatum", "wijzigingen", "antwoorden"} <= set(sc)
        for answer in sc["antwoorden"]:
            assert ANSWER_KEYS <= set(answer), ANSWER_KEYS - set(answer)
            assert answer["grondslag"]["artikel"] == "1.1.1"
            assert answer["klopt"] is True
    known, unknown = (sc["antwoorden"][0] for sc in scenarios)
    assert known["waarde"] is True and known["bekend"] is True and known["ontbrekende_feiten"] == []
    assert unknown["waarde"] == {"onbekend": True} and unknown["bekend"] is False


def test_the_age_unknown_scenario_reports_onbekend_and_names_geboortedatum():
    result = run_cli("vraag", GEZINSLID, "--json")
    data = json.loads(result.stdout)
    age = next(sc for sc in data if "leeftijd onbekend" in sc["scenario"])
    answer = age["antwoorden"][0]
    assert answer["bekend"] is False
    assert [(m["naam"].split(".")[-1], m["argumenten"]) for m in answer["ontbrekende_feiten"]] == [
        ("geboortedatum", ["kind"])]
    text = run_cli("vraag", GEZINSLID).stdout
    assert "onbekend" in text and "geboortedatum(kind)" in text


# -- tiny corpora ------------------------------------------------------------------------------------------------

RULES = """
feit inkomen(p: persoon): bedrag
  vraag "Wat is het inkomen van {p}?"
oordeel noodzakelijk(p: persoon): waarheid door college
begrip laag(p: persoon): waarheid = inkomen(p) < € 1_500
begrip recht(p: persoon): waarheid = laag(p) en noodzakelijk(p)
"""


def _scenario(tmp_path: Path, body: str) -> str:
    path = tmp_path / "geval.yaml"
    path.write_text("naam: Geval\npeildatum: 2026-01-01\n" + body, encoding="utf-8")
    return str(path)


def test_check_on_a_tiny_corpus(tmp_path):
    result = run_cli("controleer", str(corpus(tmp_path, RULES)))
    assert result.returncode == 0 and "corpus in orde: 1 wetten, 1 artikelbestanden" in result.stdout


def test_an_expectation_that_is_not_met_exits_1(tmp_path):
    root = corpus(tmp_path, RULES)
    path = _scenario(tmp_path, "personen: {an: {inkomen: 1200}}\nvragen: [laag(an)]\nverwacht: {laag(an): onwaar}\n")
    result = run_cli("vraag", path, "--corpus", str(root))
    assert result.returncode == 1
    assert "1 antwoord(en) wijken af van wat het scenario verwacht" in result.stderr
    assert "verwacht onwaar, antwoord waar" in result.stdout
    assert "Traceback" not in result.stderr


def test_open_norm_through_the_cli(tmp_path):
    root = corpus(tmp_path, RULES)
    path = _scenario(tmp_path, "personen: {an: {inkomen: 1200}}\nvragen: [recht(an)]\n")
    result = run_cli("vraag", path, "--corpus", str(root), "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)["antwoorden"][0]
    assert answer["bekend"] is False
    assert answer["open_normen"] == [{"naam": "testwet.noodzakelijk", "argumenten": ["an"], "vraag": None, "label": None,
                                      "door": "college"}]
    assert [t["waarde"] for t in answer["takken"]] == [True, False]
    text = run_cli("vraag", path, "--corpus", str(root), "--uitleg").stdout
    assert "hangt af van het oordeel van college over testwet.noodzakelijk(an)" in text


def test_an_evaluation_error_is_reported_not_raised(tmp_path):
    root = corpus(tmp_path, "feit d: datum\nbegrip later: datum = d + 1 maand")
    path = _scenario(tmp_path, "feiten: {d: 2026-01-31}\nvragen: [later]\n")
    result = run_cli("vraag", path, "--corpus", str(root), "--uitleg")
    assert result.returncode == 0
    assert "2026-01-31 + 1 maand bestaat niet" in result.stdout  # Dutch, the default surface
    assert "Traceback" not in result.stdout + result.stderr


def test_usage_errors_exit_2(tmp_path):
    result = run_cli_process("vraag")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run_cli_process("bestaat-niet")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_installed_script_runs():
    script = shutil.which("wetgraaf") or str(Path(sys.executable).parent / "wetgraaf")
    if not Path(script).exists():
        pytest.skip("the wetgraaf script is not installed next to this interpreter")
    result = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "controleer" in result.stdout and "vraag" in result.stdout


def test_an_impossible_peildatum_is_a_usage_error():
    result = run_cli("controleer", "--peildatum", "2026-02-30")
    assert result.returncode == 2
    assert "--peildatum 2026-02-30: geen datum op de kalender" in result.stderr
    assert "interne fout" not in result.stderr and "Traceback" not in result.stderr
