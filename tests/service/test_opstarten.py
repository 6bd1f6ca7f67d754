"""Issue 17, item 6: `wetgraaf vraag` on a warm cache takes the time of its answer, not of imports. Checked three
ways: what the quick entry point imports (no Typer, NumPy, Lark, networkx, ...), that a warm run answers from the
kept programs without reading the corpus and gives the same answers as a cold one, and the whole-process time as a
ratio to `python -c pass` (the bench's own measurement, with a bound loose enough for a shared CI machine)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from wetgraaf.api import load
from wetgraaf.bench.run import STARTUP_BOUND_RATIO, startup
from wetgraaf.cli_start import quick_vraag
from wetgraaf.resolve.kept import KeptDefinitions, KeptProgram
from wetgraaf.scenario import load_file

REPO = Path(__file__).resolve().parents[2]
SCENARIO = REPO / "law" / "scenarios" / "gezinslid.yaml"
HEAVY = ("typer", "click", "numpy", "lark", "networkx", "fastapi", "uvicorn", "mkdocs", "lxml", "holidays")


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ, WETGRAAF_CACHE=str(tmp_path / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def test_quick_vraag_takes_only_plain_arguments():
    assert quick_vraag(["vraag", "a.yaml"]) == {"scenario": Path("a.yaml"), "uitleg": False, "as_json": False,
                                                "corpus": None}
    assert quick_vraag(["vraag", "--uitleg", "a.yaml", "--corpus", "law", "--json"])["corpus"] == Path("law")
    assert quick_vraag(["vraag", "a.yaml", "--corpus=law"])["corpus"] == Path("law")
    # Everything else is the Typer app's: help, unknown options, two files, a flag without its value, no file.
    for argv in (["vraag", "--help"], ["vraag", "a.yaml", "--uitlg"], ["vraag", "a.yaml", "b.yaml"],
                 ["vraag", "a.yaml", "--corpus"], ["vraag"], ["controleer"], []):
        assert quick_vraag(argv) is None, argv


def test_warm_vraag_imports_no_heavy_library(tmp_path):
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr))\n"
            "sys.argv = ['wetgraaf', 'vraag', sys.argv[1]]\n"
            "from wetgraaf.cli_start import main\nmain()\n")
    runs = [subprocess.run([sys.executable, "-c", code, str(SCENARIO)], capture_output=True, text=True,
                           env=_env(tmp_path)) for _ in range(2)]  # cold (fills the cache), then warm
    for done in runs:
        assert done.returncode == 0, done.stderr
        assert "Kind in een pleeggezin" in done.stdout
    assert runs[1].stderr.strip().splitlines()[-1:] in ([], [""]), runs[1].stderr


# Cut from the warm path by the second round of issue 17, item 6: the municipal data's reader (and the wet.yaml files
# it reads) for a scenario without a gemeente or gebied entity, the temp-file machinery that only writing the cache
# needs, importlib.resources (the corpus folder is found beside the package) and, with --json, Rich.
NOT_ON_THE_WARM_PATH = ("wetgraaf.resolve.gegevens", "wetgraaf.parser.uitbreidingen", "tempfile",
                        "importlib.resources", "zipfile",
                        # third round: the scenario file is read back from the cache, parsed; the resolver only
                        # builds programs; Rich prints without its emoji table (law text is printed as written)
                        "yaml", "wetgraaf.resolve.program", "wetgraaf.resolve.types", "wetgraaf.resolve.situation",
                        "json", "rich._emoji_codes",
                        # fourth round: the parsed document's classes (kept programs hold none), the batch's column
                        # helpers, the calendar module, and the catalogue's families no answer needs
                        "wetgraaf.parser.structure", "wetgraaf.engine.columns", "calendar", "wetgraaf.taal.site",
                        "wetgraaf.taal.hulp", "wetgraaf.taal.cli")


def test_warm_vraag_imports_only_what_answering_needs(tmp_path):
    watched = HEAVY + NOT_ON_THE_WARM_PATH + ("rich",)
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: print(' '.join(m for m in {watched!r} if m in sys.modules), file=sys.stderr))\n"
            "sys.argv = ['wetgraaf', 'vraag'] + sys.argv[1:]\n"
            "from wetgraaf.cli_start import main\nmain()\n")

    def imported(*args: str) -> set[str]:
        done = subprocess.run([sys.executable, "-c", code, str(SCENARIO), *args], capture_output=True, text=True,
                              env=_env(tmp_path))
        assert done.returncode == 0, done.stderr
        return set(done.stderr.strip().splitlines()[-1].split()) if done.stderr.strip() else set()

    imported()  # cold: fills the cache (and may read whatever it needs)
    assert imported() == {"rich"}  # the table is Rich's
    assert imported("--json") == {"json"}  # to print the answers, and nothing else


def test_warm_vraag_answers_from_kept_programs_as_a_cold_load_does(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    scenarios = load_file(SCENARIO) + load_file(REPO / "law" / "scenarios" / "wbmgp-2025-stapeling.yaml")

    def answers(wg) -> list:
        return [(o.question, repr(o.answer.value), [m.label for m in o.answer.missing_facts], o.ok)
                for sc in scenarios for o in wg.run(sc, trace=True)]

    cold = load(cache=False)
    expected = answers(cold)
    first = load()
    assert answers(first) == expected
    first.keep_situations()
    assert load()._corpus is not None  # the API reads the corpus at load() unless asked to be lazy
    warm = load(lazy=True)
    assert answers(warm) == expected
    assert warm._corpus is None  # answered without reading (or parsing) the corpus
    # Dates that select the same articles share one program, as they do when built from the corpus.
    dates = {(sc.peildatum, sc.wijzigingen) for sc in scenarios}
    assert len({id(warm.program(*d)) for d in dates}) == len({id(first.program(*d)) for d in dates})
    assert warm.corpus.wijzigingen  # and the corpus is still there when asked for


def test_a_kept_program_reads_only_what_the_questions_reach(tmp_path, monkeypatch):
    """A kept program (resolve/kept.py) unpickles a definition when it is first asked, and makes its situation (all
    article IR) from the corpus when it is first read; read in full, it equals the program built from the corpus."""
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    sc = load_file(SCENARIO)[0]
    first = load()
    first.run(sc)
    first.keep_situations()
    built = first.program(sc.peildatum, sc.wijzigingen)
    warm = load(lazy=True)
    expected = [(o.question, repr(o.answer.value)) for o in first.run(sc, trace=True)]
    assert [(o.question, repr(o.answer.value)) for o in warm.run(sc, trace=True)] == expected
    program = warm.program(sc.peildatum, sc.wijzigingen)
    assert isinstance(program, KeptProgram) and isinstance(program.definitions, KeptDefinitions)
    read = len(program.definitions._read)
    assert 0 < read < len(built.definitions) / 10, (read, len(built.definitions))
    assert "situation" not in vars(program)
    assert list(program.definitions) == list(built.definitions)
    assert program.lookup("gezinslid") == built.lookup("gezinslid")
    assert program.input_names() == built.input_names()
    assert dict(program.definitions) == built.definitions
    assert warm._corpus is None  # nothing read the corpus so far
    assert program.situation == built.situation and program.soorten == built.soorten
    assert pickle.loads(pickle.dumps(program)) == built  # pickled as the Program it is


def test_a_kept_scenario_file_is_read_again_when_it_changes(tmp_path, monkeypatch):
    """`wetgraaf vraag` keeps the scenarios it read (load_file(kept=True)), keyed by the file's name and content:
    a changed file is read again, never answered from what was kept of it before."""
    from wetgraaf import scenario

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "geval.yaml"
    text = SCENARIO.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = load_file(path, kept=True)
    assert len(list((tmp_path / "cache").glob("scenario-*.pickle"))) == 1
    scenario._LOADED.clear()  # as a new process: only the disk cache
    again = load_file(path, kept=True)
    assert [(sc.naam, sc.raw, sc.vragen, sc.verwacht) for sc in again] == [
        (sc.naam, sc.raw, sc.vragen, sc.verwacht) for sc in first]
    assert again[0].raw.positions == first[0].raw.positions  # errors are still located
    scenario._LOADED.clear()
    path.write_text(text.replace("naam: ", "naam: Gewijzigd ", 1), encoding="utf-8")
    changed = load_file(path, kept=True)
    assert changed[0].naam.startswith("Gewijzigd ") and not first[0].naam.startswith("Gewijzigd ")


def test_a_missing_scenario_file_is_a_usage_error_without_typer(tmp_path):
    done = subprocess.run([sys.executable, "-m", "wetgraaf", "vraag", str(tmp_path / "geen.yaml")],
                          capture_output=True, text=True, env=_env(tmp_path))
    assert done.returncode == 2 and "geen.yaml" in done.stderr and "Traceback" not in done.stderr
    bad = tmp_path / "kapot.yaml"
    bad.write_text("naam: x\n  peildatum: [\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wetgraaf", "vraag", str(bad)], capture_output=True, text=True,
                          env=_env(tmp_path))
    assert done.returncode == 1 and "kapot.yaml:" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(os.cpu_count() == 1, reason="one processor: the two processes disturb each other too much")
def test_startup_ratio_to_python_pass(tmp_path, monkeypatch):
    """The bench's measurement (minimum of runs, whole processes). The bound of the bench is STARTUP_BOUND_RATIO;
    a shared, loaded CI machine gets twice that on wall time, and the processor time (which waiting for a
    processor does not inflate) must be within the bound itself. Before issue 17 both were about 60; after its
    third round the processor time was about 12 times `python -c pass` on a loaded machine (docs/prestaties.md),
    so the bound leaves room for a slower or busier one without letting most of the gain go unnoticed."""
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    r = startup(print, runs=5)
    print(f"wetgraaf vraag {r['vraag_s']:.3f} s, python -c pass {r['python_pass_s']:.3f} s: {r['verhouding']:.1f}× "
          f"(processortijd {r['verhouding_cpu']:.1f}×)")
    assert r["verhouding"] <= 2 * STARTUP_BOUND_RATIO, r
    assert r["verhouding_cpu"] <= STARTUP_BOUND_RATIO, r


def test_the_quick_path_prints_what_the_typer_app_prints(tmp_path):
    for option in ("--json", "--uitleg"):
        quick, full = (subprocess.run([sys.executable, "-m", module, "vraag", str(SCENARIO), option],
                                      capture_output=True, text=True, env=_env(tmp_path))
                       for module in ("wetgraaf", "wetgraaf.cli"))
        assert quick.returncode == full.returncode == 0, (quick.stderr, full.stderr)
        assert quick.stdout == full.stdout and quick.stdout
