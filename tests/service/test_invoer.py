"""Input validated where it enters (issue 16): what a careless user gives a command gets a Dutch, located message and
a non-zero exit — never "corpus in orde" for the wrong folder, never a traceback. Most commands run through the
command line's entry point in this process (corpus_kit.run_cli); the two that could hang or start a server if the
check failed run in a real process, with a timeout."""

from __future__ import annotations

import time

import pytest

from corpus_kit import run_cli as _wetgraaf  # noqa: E402
from corpus_kit import run_cli_process  # noqa: E402


def test_check_on_a_folder_without_laws_is_an_error(tmp_path):
    r = _wetgraaf("controleer", str(tmp_path))
    assert r.returncode == 1
    assert "WG-FILE-018" in r.stdout + r.stderr and "geen wetten" in r.stdout + r.stderr
    assert "corpus in orde" not in r.stdout
    assert "Traceback" not in r.stderr


def _wet_yaml(tmp_path, body: str):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "wet.yaml").write_text(body, encoding="utf-8")
    return _wetgraaf("controleer", str(tmp_path))


def test_wrong_typed_wet_yaml_fields_are_located_errors(tmp_path):
    r = _wet_yaml(tmp_path, "sleutel: t\ntitel: [1]\nstatus: in werking\nversies: [{versie: gisteren}, 3]\n")
    out = r.stdout + r.stderr
    assert r.returncode == 1 and "interne fout" not in out and "Traceback" not in out
    assert "wet.yaml:2:8: 'titel' moet een tekst zijn, niet een lijst [WG-WET-005]" in out
    assert "'gisteren' is geen datum" in out and "versie 2 in 'versies'" in out


def test_a_folder_named_like_a_municipal_file_is_a_located_error(tmp_path):
    import shutil

    from wetgraaf.parser.corpus import default_root

    root = tmp_path / "law"
    shutil.copytree(default_root(), root, ignore=shutil.ignore_patterns("scenarios"))
    (root / "gemeenten" / "x.yaml").mkdir()
    r = _wetgraaf("vraag", str(default_root() / "scenarios" / "wbmgp-art8.yaml"), "--corpus", str(root))
    out = r.stdout + r.stderr
    assert r.returncode == 1 and "interne fout" not in out
    assert "gemeenten/x.yaml:1:1:" in out and "WG-FILE-017" in out


def test_a_fifo_given_as_scenario_is_refused_not_waited_on(tmp_path):
    import os

    fifo = tmp_path / "scenario.yaml"
    os.mkfifo(fifo)
    r = run_cli_process("vraag", str(fifo))  # would hang forever if it were opened
    assert r.returncode == 1 and "WG-FILE-019" in r.stdout + r.stderr


@pytest.mark.parametrize("value, code", [("1e99999999", "WG-SCEN-030"), ("1e5000", "WG-SCEN-030"),
                                         ("1e-20", "WG-SCEN-030"), (".inf", "WG-SCEN-014"), ("-.inf", "WG-SCEN-014"),
                                         (".nan", "WG-SCEN-014")])
def test_numbers_no_law_can_mean_are_located_errors_in_bounded_time(tmp_path, value, code):
    file = tmp_path / "s.yaml"
    file.write_text(f"naam: t\npeildatum: 2026-01-01\nfeiten:\n  wbmgp.woz_waarde: {value}\n"
                    "vragen: [wbmgp.woz_waarde]\n", encoding="utf-8")
    start = time.monotonic()
    r = _wetgraaf("vraag", str(file))
    assert time.monotonic() - start < 60  # 1e99999999 once hung in Fraction()
    out = r.stdout + r.stderr
    assert r.returncode == 1 and code in out and f"{file}:4:" in out and "interne fout" not in out


def test_a_port_out_of_range_is_a_usage_error_before_anything_is_built(tmp_path):
    r = run_cli_process("serve", "--port", "99999", "--site", str(tmp_path / "site"), cwd=tmp_path)
    assert r.returncode == 2 and "geen poort" in r.stderr
    assert not (tmp_path / "site").exists()  # refused before the site was built
