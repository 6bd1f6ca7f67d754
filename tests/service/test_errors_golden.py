"""Golden error messages: every bad input in tests/golden/errors/ is run through the command line's entry point
(corpus_kit.run_cli: wetgraaf.cli.main in the test process, as `python -m wetgraaf.cli` runs it), and what
it prints on stderr must equal the expected text stored next to it (NAME.stderr, the temporary folder written as
<tmp>). Every message is located (file:line:col), shows the offending line with a caret, and never a traceback.

Inputs, by how their name ends:
  NAME.md              an article file: law/testwet/artikel-1.md, then `wetgraaf controleer law`
  NAME.wet.yaml        the law's wet.yaml (with _basis.md as its article), then `wetgraaf controleer law`
  NAME.wijziging.md    an amendment file: law/wijzigingen/test/I-A.md, then `wetgraaf controleer law`
  NAME.scenario.yaml   a scenario on the _basis.md corpus: `wetgraaf vraag NAME.yaml --corpus law`

A case with a NAME.en.stderr beside it is also run with `--taal en`: the same message from the catalogue in
English (wetgraaf.taal), with the same location, line and caret.

`UPDATE_GOLDEN=1 python -m pytest tests/service/test_errors_golden.py` rewrites the .stderr files; read every changed
message before committing it: it must be plain words a drafter understands.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from corpus_kit import run_cli, run_cli_process  # noqa: E402

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "errors"
BASIS = GOLDEN / "_basis.md"
WET_YAML = "sleutel: testwet\ntitel: Testwet\nafkorting: Testwet\nstatus: in werking\n"
WIJZIGING_YAML = "naam: test\ntitel: Testwijziging\nstatus: wetsvoorstel\nherkomst: officieel\n"
SUFFIXES = (".scenario.yaml", ".wijziging.md", ".wet.yaml", ".md")
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))


def _split(path: Path) -> tuple[str, str]:
    for suffix in SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)], suffix
    raise AssertionError(f"unknown kind of golden input: {path.name}")


CASES = sorted(p for p in GOLDEN.iterdir() if not p.name.startswith("_") and not p.name.endswith(".stderr"))


def _run(case: Path, tmp: Path, taal: str | None = None):
    name, kind = _split(case)
    lang = ("--taal", taal) if taal else ()
    law = tmp / "law"
    (law / "testwet").mkdir(parents=True)
    (law / "testwet" / "wet.yaml").write_text(WET_YAML, encoding="utf-8")
    article = case if kind == ".md" else BASIS
    shutil.copyfile(article, law / "testwet" / "artikel-1.md")
    if kind == ".wet.yaml":
        shutil.copyfile(case, law / "testwet" / "wet.yaml")
    if kind == ".wijziging.md":
        (law / "wijzigingen" / "test").mkdir(parents=True)
        (law / "wijzigingen" / "test" / "wijziging.yaml").write_text(WIJZIGING_YAML, encoding="utf-8")
        shutil.copyfile(case, law / "wijzigingen" / "test" / "I-A.md")
    if kind == ".scenario.yaml":
        scenario = tmp / f"{name}.yaml"
        shutil.copyfile(case, scenario)
        return name, run_cli(*lang, "vraag", str(scenario), "--corpus", str(law))
    return name, run_cli(*lang, "controleer", str(law))


def test_there_are_enough_cases():
    assert len(CASES) >= 15
    for case in CASES:
        name, _ = _split(case)
        assert (GOLDEN / f"{name}.stderr").exists() or UPDATE, f"{case.name} has no {name}.stderr"


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    """Every case run once through the command line's entry point (corpus_kit.run_cli: in this process, one at a
    time, since it captures this process's stdout and stderr)."""
    folders = {case: tmp_path_factory.mktemp(_split(case)[0]) for case in CASES}
    folders.update({(case, "en"): tmp_path_factory.mktemp(_split(case)[0] + "-en") for case in ENGLISH})
    return {key: (folder, _run(key[0], folder, "en") if isinstance(key, tuple) else _run(key, folder))
            for key, folder in folders.items()}


ENGLISH = [c for c in CASES if (GOLDEN / f"{_split(c)[0]}.en.stderr").exists()]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_error(case: Path, results: dict):
    _check(results[case], "")


@pytest.mark.parametrize("case", ENGLISH, ids=lambda p: p.name)
def test_golden_error_in_english(case: Path, results: dict):
    """`--taal en`: the English text of the same catalogue entry, located the same way; it differs from the Dutch."""
    _check(results[(case, "en")], ".en")
    name = _split(case)[0]
    dutch = (GOLDEN / f"{name}.stderr").read_text(encoding="utf-8").split("\n")
    english = (GOLDEN / f"{name}.en.stderr").read_text(encoding="utf-8").split("\n")
    assert dutch[0] != english[0] and dutch[0].split(": ")[0] == english[0].split(": ")[0]  # same place, new words
    assert dutch[0].rsplit(" [", 1)[1] == english[0].rsplit(" [", 1)[1]  # same code
    assert dutch[1:3] == english[1:3]  # the same source line and caret
    assert "error(s)" in english[-2] and "fout(en)" in dutch[-2]


def _check(run, suffix: str) -> None:
    tmp_path, (name, result) = run
    stderr = result.stderr.replace(str(tmp_path), "<tmp>")
    assert "Traceback" not in result.stderr + result.stdout
    assert "interne fout" not in stderr
    assert result.returncode == 1, stderr
    expected_file = GOLDEN / f"{name}{suffix}.stderr"
    if UPDATE:
        expected_file.write_text(stderr, encoding="utf-8")
    assert stderr == expected_file.read_text(encoding="utf-8")
    # located: file:line:col, the offending line, and a caret under the column
    lines = stderr.split("\n")
    first = next(i for i, line in enumerate(lines) if re.match(r"^<tmp>/\S+:\d+:\d+: \S", line))
    assert lines[first + 1].startswith("    ") and lines[first + 1].strip(), "the offending line is shown"
    assert re.fullmatch(r" {4,}\^", lines[first + 2]), "a caret marks the column"
    assert re.search(r"\[WG-[A-Z]+-\d{3}\]$", lines[first]), "every message ends with its code"


def test_a_missing_scenario_file_is_a_usage_error(tmp_path):
    result = run_cli_process("vraag", str(tmp_path / "bestaat-niet.yaml"))
    assert result.returncode == 2
    assert result.stderr.replace(str(tmp_path), "<tmp>") == "<tmp>/bestaat-niet.yaml: bestand bestaat niet\n"
    assert "Traceback" not in result.stderr
