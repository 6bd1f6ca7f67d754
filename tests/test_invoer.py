"""Input validated where it enters (issue 16): what a careless user gives a command gets a Dutch, located message and
a non-zero exit — never "corpus in orde" for the wrong folder, never a traceback."""

from __future__ import annotations

import subprocess
import sys


def _wetgraaf(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def test_check_on_a_folder_without_laws_is_an_error(tmp_path):
    r = _wetgraaf("check", str(tmp_path))
    assert r.returncode == 1
    assert "WG-FILE-018" in r.stdout + r.stderr and "geen wetten" in r.stdout + r.stderr
    assert "corpus in orde" not in r.stdout
    assert "Traceback" not in r.stderr


def _wet_yaml(tmp_path, body: str):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "wet.yaml").write_text(body, encoding="utf-8")
    return _wetgraaf("check", str(tmp_path))


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
    r = _wetgraaf("vraag", str(fifo))  # would hang forever if it were opened
    assert r.returncode == 1 and "WG-FILE-019" in r.stdout + r.stderr
