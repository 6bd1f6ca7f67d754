"""`wetgraaf meet`: how fast wetgraaf loads the corpus and takes decisions, measured in this process, against the
targets of docs/prestaties.md and against the same article 8 decision in OpenFisca, run here on the same cases.

Every figure is measured when the command runs: medians and 95th percentiles over many runs, ratios from the same
run, peak memory from tracemalloc (the batch) and the operating system (the whole process). Nothing is copied from
an earlier run; a target that is not met is reported as not met, with the measured number.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from . import cases as C

GIB = 1024 ** 3
PEER_ROWS = 200_000  # rows of the peers' population (issue 18): the figures settle well before a million


@dataclass
class Target:
    """One target of issue 8: what was measured, the bound, and whether it was met."""

    naam: str
    gemeten: float
    eenheid: str
    grens: str
    gehaald: bool | None  # None: not measured (with the reason in `toelichting`)
    toelichting: str = ""


def _median_p95(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s), s[min(len(s) - 1, int(0.95 * len(s)))]


# -- corpus load ----------------------------------------------------------------------------------------------


def _load_once(cache: bool) -> tuple[float, Any]:
    from ..api import load

    start = time.perf_counter()
    wg = load(cache=cache)
    wg.prepare()  # resolve today's law and build its dependency graph (from the cache bundle when warm)
    return time.perf_counter() - start, wg


def _whole_process(cache: bool) -> float:
    """A fresh interpreter: `import wetgraaf`, load, resolve, graph; the wall time as seen from outside."""
    env = dict(os.environ)
    if not cache:
        env["WETGRAAF_NO_CACHE"] = "1"
    code = "import wetgraaf.api as a; a.load().prepare()"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - start


def corpus_load(log: Callable[[str], None]) -> dict:
    """Cold: parse every file, resolve today's law, build its graph, no cache. Warm: the same from the cache bundle
    (parser/cache.py). In this process after a first load (the imports are then done); whole-process figures
    beside them."""
    _load_once(True)  # imports, and the cache bundle is written if missing
    cold = [(_load_once(False))[0] for _ in range(3)]
    warm_runs = [_load_once(True) for _ in range(7)]
    warm = [t for t, _ in warm_runs]
    hit = all(wg.bundled for _, wg in warm_runs)
    log(f"corpus: koud {statistics.median(cold):.3f} s, warm {statistics.median(warm):.3f} s")
    process = {"koud": statistics.median(_whole_process(False) for _ in range(3)),
               "warm": statistics.median(_whole_process(True) for _ in range(3))}
    return {"koud_s": statistics.median(cold), "warm_s": statistics.median(warm), "koud_runs": cold,
            "warm_runs": warm, "warm_uit_bundel": hit, "heel_proces_s": process, "controles": cache_checks()}


def cache_checks() -> dict:
    """The cache is keyed by content: a changed law file gives a new key (rebuilt, the change is seen); a corrupt
    cache file is discarded, never read. Checked on a copy of the corpus with its own cache folder."""
    from ..api import load
    from ..parser import cache
    from ..parser.corpus import default_root

    out = {}
    old_env = os.environ.get("WETGRAAF_CACHE")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WETGRAAF_CACHE"] = str(Path(tmp) / "cache")
        try:
            root = Path(tmp) / "law"
            shutil.copytree(default_root(), root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
            load(root).prepare()
            out["warm_na_eerste_keer"] = bool(load(root).bundled)
            bundle = next((Path(tmp) / "cache").glob("bundel-*.pickle"))
            bundle.write_bytes(bundle.read_bytes()[:-100] + b"x" * 100)  # corrupt the payload
            wg = load(root)
            out["corrupt_weggegooid"] = not wg.bundled and not bundle.exists()
            article = root / "wbmgp" / "artikel-8.md"
            article.write_text(article.read_text(encoding="utf-8").replace(
                "en niet voldoet_aan_inkomenseis_art8(p)", "en voldoet_aan_inkomenseis_art8(p)"), encoding="utf-8")
            changed = load(root)
            out["gewijzigd_bestand_nieuwe_sleutel"] = not changed.bundled and cache.content_key(root) != \
                cache.content_key(default_root())
            qname = "wbmgp.weigeren_op_grond_van_art8"
            before = load(default_root()).program(None).definitions[qname].rules[0].value
            out["wijziging_gezien"] = repr(changed.program(None).definitions[qname].rules[0].value) != repr(before)
        finally:
            if old_env is None:
                os.environ.pop("WETGRAAF_CACHE", None)
            else:
                os.environ["WETGRAAF_CACHE"] = old_env
    return out


# -- start-up of `wetgraaf vraag` (issue 17) --------------------------------------------------------------------

STARTUP_SCENARIO = "gezinslid.yaml"  # law/scenarios/: the tour's first question
STARTUP_BOUND_S = 0.25  # whole process on a warm cache
STARTUP_BOUND_RATIO = 20.0  # the same bound as a ratio to `python -c pass` (about 12.5 ms on the project's machine)


def _process_seconds(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall and processor seconds (user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(log: Callable[[str], None], runs: int = 7, scenario: Path | None = None) -> dict:
    """`wetgraaf vraag` on a warm cache as a whole process (the interpreter, the imports, the answer, the table)
    beside `python -c pass`, run in turn; the minimum of each over `runs` (the least disturbed run of a shared
    machine) and their ratio. Bytecode is written as an installed package has it; a first run warms the cache."""
    from ..parser.corpus import default_root

    path = scenario or default_root() / "scenarios" / STARTUP_SCENARIO
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    vraag = [sys.executable, "-m", "wetgraaf", "vraag", str(path)]
    empty = [sys.executable, "-c", "pass"]
    _process_seconds(vraag, env)  # warm: the cache entries and the bytecode
    vraag_runs, empty_runs = [], []
    for _ in range(runs):
        vraag_runs.append(_process_seconds(vraag, env))
        empty_runs.append(_process_seconds(empty, env))
    best, base = min(w for w, _ in vraag_runs), min(w for w, _ in empty_runs)
    best_cpu, base_cpu = min(c for _, c in vraag_runs), min(c for _, c in empty_runs)
    log(f"opstarten: wetgraaf vraag {best:.3f} s, python -c pass {base:.3f} s: {best / base:.1f}× (processortijd "
        f"{best_cpu:.3f} s tegen {base_cpu:.3f} s: {best_cpu / max(base_cpu, 1e-3):.1f}×)")
    return {"scenario": path.name, "vraag_s": best, "python_pass_s": base, "verhouding": best / base,
            "vraag_cpu_s": best_cpu, "python_pass_cpu_s": base_cpu,
            "verhouding_cpu": best_cpu / max(base_cpu, 1e-3),  # rusage counts in milliseconds at best
            "vraag_runs": [w for w, _ in vraag_runs], "python_pass_runs": [w for w, _ in empty_runs]}


# -- single decisions -------------------------------------------------------------------------------------------


def _time_single(engine, qname: str, args: tuple, facts_list: list, peildatum, trace: bool, rounds: int) -> list:
    decide = engine.decide
    clock = time.perf_counter_ns
    for facts in facts_list[:200]:  # warm-up
        decide(qname, args, facts, peildatum, trace)
    samples = []
    for _ in range(rounds):
        for facts in facts_list:
            t0 = clock()
            decide(qname, args, facts, peildatum, trace)
            samples.append(clock() - t0)
    return [s / 1000 for s in samples]  # µs


def single_decisions(wg, k: int, rounds: int, log) -> dict:
    """Both decisions on k generated cases (a tenth of the facts unknown), each case `rounds` times, without and
    with the explanation trace; and the batch path on the same cases gives the same answers."""
    from ..engine.batch import BatchEngine
    from ..core.values import Unknown

    out = {}
    for label, qname, args, peil, w, gen in _decisions():
        program = wg.program(peil, w)
        engine = wg.engine_for(program)
        cs = gen(program, k, seed=11, unknown=0.1)
        facts_list = [C.row_facts(program, cs.columns, i) for i in range(k)]
        res = {}
        for trace in (False, True):
            med, p95 = _median_p95(_time_single(engine, qname, args, facts_list, peil, trace, rounds))
            res["met_uitleg" if trace else "zonder_uitleg"] = {"mediaan_us": med, "p95_us": p95,
                                                                "metingen": k * rounds}
        batch = BatchEngine(program)
        got = batch.decode(qname, batch.decide(qname, args, cs.columns, peil, k))
        single = [engine.decide(qname, args, f, peil)[0] for f in facts_list]
        res["verschil_batch_enkel"] = sum(1 for a, b in zip(got, single)
                                          if a != (None if isinstance(b, Unknown) else b))
        res["uitkomsten"] = {str(v): got.count(v) for v in set(got)}
        res["gevallen"] = k
        out[label] = res
        log(f"enkel {label}: {res['zonder_uitleg']['mediaan_us']:.1f} µs, met uitleg "
            f"{res['met_uitleg']['mediaan_us']:.1f} µs")
    return out


def _decisions():
    return [("vergunning", C.PERMIT, C.PERMIT_ARGS, C.PERMIT_PEILDATUM, (), C.permit_cases),
            ("aanpakplicht", C.DUTY, C.DUTY_ARGS, C.DUTY_PEILDATUM, C.DUTY_WIJZIGINGEN, C.duty_cases)]


# -- batch ----------------------------------------------------------------------------------------------------------


def batch(wg, n: int, runs: int, log) -> dict:
    """Both decisions over n generated cases (5% of the facts unknown): the decision time alone (the columns are
    generated first), its median over `runs`; peak memory of generating and deciding, from tracemalloc."""
    from ..engine.batch import BatchEngine

    out = {}
    for label, qname, args, peil, w, gen in _decisions():
        program = wg.program(peil, w)
        engine = BatchEngine(program)
        t0 = time.perf_counter()
        cs = gen(program, n, seed=5, unknown=0.05)
        generated = time.perf_counter() - t0
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            col = engine.decide(qname, args, cs.columns, peil, n)
            times.append(time.perf_counter() - t0)
        known = int(np.count_nonzero(col.known))
        del cs, col
        tracemalloc.start()
        tracemalloc.reset_peak()
        cs = gen(program, n, seed=5, unknown=0.05)
        engine.decide(qname, args, cs.columns, peil, n)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        del cs
        med = statistics.median(times)
        out[label] = {"gevallen": n, "seconden": med, "runs": times, "per_seconde": n / med,
                      "genereren_s": generated, "bekend": known, "piekgeheugen_bytes": peak}
        log(f"batch {label}: {n / med / 1e6:.1f} miljoen beslissingen per seconde, piek {peak / 2 ** 20:.0f} MiB")
    return out


# -- OpenFisca --------------------------------------------------------------------------------------------------------


def openfisca(wg, n: int, k: int, rounds: int, runs: int, log) -> dict:
    """Article 8 in wetgraaf and in OpenFisca (openfisca_wbmgp.py) on the same fully known cases: single cases
    and the vectorised calculation, each engine's answers checked against the other's in every row."""
    try:
        from . import openfisca_wbmgp as of
    except ImportError as exc:
        return {"overgeslagen": f"openfisca-core is niet geïnstalleerd ({exc}); pip install 'wetgraaf[bench]'"}
    from openfisca_core.simulations import SimulationBuilder

    from ..engine.batch import BatchEngine

    program = wg.program(C.PERMIT_PEILDATUM)
    engine = wg.engine_for(program)
    period = C.PERMIT_PEILDATUM.isoformat()
    tbs = of.tax_benefit_system()
    inkomens = {name: value for name, (value, _) in of.INKOMENS.items()}

    # Single cases.
    cs = C.permit_cases(program, k, seed=17)
    facts_list = [C.row_facts(program, cs.columns, i) for i in range(k)]
    ofcols = C.openfisca_columns(program, cs, inkomens)
    rows = [C.openfisca_row(ofcols, i) for i in range(k)]
    wg_us = _median_p95(_time_single(engine, C.ART8, C.PERMIT_ARGS, facts_list, C.PERMIT_PEILDATUM, False, rounds))
    build_calc, calc_only, disagree = [], [], 0
    for i, row in enumerate(rows):
        t0 = time.perf_counter_ns()
        answer = of.single(tbs, row, period)
        build_calc.append((time.perf_counter_ns() - t0) / 1000)
        sim = SimulationBuilder().build_from_entities(tbs, of.situation(row, period))
        t0 = time.perf_counter_ns()
        sim.calculate("weigeren_op_grond_van_art8", period)
        calc_only.append((time.perf_counter_ns() - t0) / 1000)
        disagree += answer != engine.decide(C.ART8, C.PERMIT_ARGS, facts_list[i], C.PERMIT_PEILDATUM)[0]
    of_single = _median_p95(build_calc)
    of_calc = _median_p95(calc_only)
    log(f"enkel art. 8: wetgraaf {wg_us[0]:.1f} µs, OpenFisca {of_single[0]:.0f} µs (berekenen alleen "
        f"{of_calc[0]:.0f} µs)")

    # Vectorised, on n fully known cases.
    cs = C.permit_cases(program, n, seed=29)
    ofcols = C.openfisca_columns(program, cs, inkomens)
    batch_engine = BatchEngine(program)
    wg_times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        col = batch_engine.decide(C.ART8, C.PERMIT_ARGS, cs.columns, C.PERMIT_PEILDATUM, n)
        wg_times.append(time.perf_counter() - t0)
    sim = of.simulation(tbs, n)
    for name, values in ofcols.items():
        sim.set_input(name, period, values)
    of_times = []
    for _ in range(runs):
        for variable in of.FORMULAS:
            sim.delete_arrays(variable.__name__)
        t0 = time.perf_counter()
        result = sim.calculate("weigeren_op_grond_van_art8", period)
        of_times.append(time.perf_counter() - t0)
    vector_disagree = int(np.count_nonzero(result != col.val)) + int(np.count_nonzero(~col.known))
    wg_rate, of_rate = n / statistics.median(wg_times), n / statistics.median(of_times)
    log(f"batch art. 8: wetgraaf {wg_rate / 1e6:.1f} M/s, OpenFisca {of_rate / 1e6:.1f} M/s")
    return {
        "enkel": {"wetgraaf_mediaan_us": wg_us[0], "wetgraaf_p95_us": wg_us[1],
                  "openfisca_mediaan_us": of_single[0], "openfisca_p95_us": of_single[1],
                  "openfisca_alleen_berekenen_mediaan_us": of_calc[0], "gevallen": k,
                  "verhouding_wetgraaf_openfisca": wg_us[0] / of_single[0],
                  "verhouding_wetgraaf_openfisca_alleen_berekenen": wg_us[0] / of_calc[0],
                  "verschillende_antwoorden": int(disagree)},
        "batch": {"gevallen": n, "wetgraaf_s": statistics.median(wg_times), "openfisca_s": statistics.median(of_times),
                  "wetgraaf_per_seconde": wg_rate, "openfisca_per_seconde": of_rate,
                  "verhouding_doorvoer_wetgraaf_openfisca": wg_rate / of_rate,
                  "verschillende_antwoorden": vector_disagree},
    }


# -- population report -----------------------------------------------------------------------------------------------


def population(wg, n: int, log) -> dict:
    """The population report of the Wbmgp 2025 revision (the law/populaties/ files that serve it, as `wetgraaf
    wijziging` chooses them: population.runs_for) over n households."""
    from ..amend.impact import find_specs, population_impact, runs_for
    from ..amend.population import load_spec

    name = "wbmgp-2025"
    if name not in wg.corpus.wijzigingen:
        return {"overgeslagen": f"de wijziging {name} staat niet in het corpus"}
    specs = [p for p in find_specs(Path(wg.corpus.root)) if runs_for(wg, load_spec(p), name)]
    if not specs:
        return {"overgeslagen": f"geen populatiebestand in law/populaties/ dient {name}"}
    out = {}
    for path in specs:
        spec = load_spec(path)
        t0 = time.perf_counter()
        impact = population_impact(wg, spec, (), (name,), n)
        seconds = time.perf_counter() - t0
        out[spec.naam] = {"gevallen": n, "seconden": seconds, "pad": getattr(impact, "pad", "batch"),
                          "voor": dict(impact.before), "na": dict(impact.after)}
        log(f"populatie {spec.naam}: {n:,} huishoudens in {seconds:.2f} s")
    return out


# -- the whole run -----------------------------------------------------------------------------------------------------


PARTS = ("corpus", "opstarten", "enkel", "batch", "openfisca", "populatie", "peers")  # `wetgraaf meet --alleen`


def run(n: int = 1_000_000, single_cases: int = 2_000, rounds: int = 10, runs: int = 3,
        out: Path | None = Path("build/bench.json"), log: Callable[[str], None] = lambda s: None,
        overwrite: bool = False, alleen: tuple[str, ...] = ()) -> dict:
    """Measure every part of PARTS, or only those named in `alleen`; the targets of the parts measured."""
    import wetgraaf
    from ..api import load

    unknown = [a for a in alleen if a not in PARTS]
    if unknown:
        raise ValueError(f"unknown bench part {unknown[0]!r}")
    wanted = set(alleen or PARTS)
    started = time.perf_counter()
    result: dict[str, Any] = {
        "datum": _dt.datetime.now().isoformat(timespec="seconds"), "wetgraaf": wetgraaf.__version__,
        "python": platform.python_version(), "numpy": np.__version__, "machine": platform.machine(),
        "processoren": os.cpu_count(), "besturingssysteem": platform.platform(), "gevallen": n,
        "onderdelen": [p for p in PARTS if p in wanted],
    }
    try:
        import openfisca_core

        result["openfisca_core"] = getattr(openfisca_core, "__version__", None) or _dist_version("openfisca-core")
    except ImportError:
        result["openfisca_core"] = None
    if "corpus" in wanted:
        result["corpus"] = corpus_load(log)
    if "opstarten" in wanted:
        result["opstarten"] = startup(log)
    wg = load()
    if "enkel" in wanted:
        result["enkel"] = single_decisions(wg, single_cases, rounds, log)
    if "batch" in wanted:
        result["batch"] = batch(wg, n, runs, log)
    if "openfisca" in wanted:
        result["openfisca"] = openfisca(wg, n, min(single_cases, 300), rounds, runs, log)
    if "populatie" in wanted:
        result["populatie"] = population(wg, n, log)
    if "peers" in wanted:
        from .peers import peers

        result["peers"] = peers(wg, min(n, PEER_ROWS), rounds, runs, log)
    result["proces_piekgeheugen_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result["seconden"] = time.perf_counter() - started
    result["doelen"] = [asdict(t) for t in targets(result)]
    if out is not None:
        from ..atomic import write_output

        write_output(out, json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n", overwrite)
        write_output(markdown_path(out), markdown(result), overwrite)
    return result


def markdown_path(out: Path) -> Path:
    """Where the Markdown table goes beside the JSON file (never the JSON file itself)."""
    md = out.with_suffix(".md")
    return md if md != out else out.with_suffix(".tabel.md")


def markdown(r: dict) -> str:
    """The targets as a Markdown table (for docs/prestaties.md), with the run's machine and versions."""
    lines = [f"Run of {r['datum']}: {r['processoren']} processors ({r['machine']}), Python {r['python']}, NumPy "
             f"{r['numpy']}, openfisca-core {r['openfisca_core']}; {r['gevallen']:,} cases per batch; the whole "
             f"benchmark took {r['seconden']:.0f} s.", "",
             "| target | measured | bound | met | note |", "|---|---|---|---|---|"]
    for t in r["doelen"]:
        value = "—" if t["gemeten"] != t["gemeten"] else (f"{t['gemeten']:.3g}" if abs(t["gemeten"]) < 1000
                                                         else f"{t['gemeten']:,.0f}")
        met = {True: "yes", False: "**no**", None: "not measured"}[t["gehaald"]]
        lines.append(f"| {t['naam']} | {value} {t['eenheid']} | {t['grens']} | {met} | {t['toelichting']} |")
    if "peers" in r:
        from .peers import rows

        lines += ["", "Side by side with the peers (issue 18):", "", "| case | figure | measured |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in rows(r["peers"])]
    return "\n".join(lines) + "\n"


def _dist_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def targets(r: dict) -> list[Target]:
    """Each target of issue 8 against what this run measured."""
    t: list[Target] = []
    for label in ("vergunning", "aanpakplicht") if "enkel" in r else ():
        s = r["enkel"][label]
        t.append(Target(f"enkel {label}, zonder uitleg (mediaan)", s["zonder_uitleg"]["mediaan_us"], "µs", "≤ 30",
                        s["zonder_uitleg"]["mediaan_us"] <= 30, f"p95 {s['zonder_uitleg']['p95_us']:.1f} µs"))
        t.append(Target(f"enkel {label}, met volledige uitleg (mediaan)", s["met_uitleg"]["mediaan_us"], "µs",
                        "≤ 150", s["met_uitleg"]["mediaan_us"] <= 150, f"p95 {s['met_uitleg']['p95_us']:.1f} µs"))
        t.append(Target(f"batch = enkel, {label} ({s['gevallen']:,} gevallen)",
                        s["verschil_batch_enkel"], "verschillen", "= 0", s["verschil_batch_enkel"] == 0))
    of = r.get("openfisca", {})
    if not of:
        pass  # not asked for (--alleen)
    elif "overgeslagen" in of:
        # Same rows as a measured run, marked not measured (gehaald None): said, not hidden.
        t.append(Target("enkel art. 8: tijd wetgraaf / OpenFisca", float("nan"), "×", "≤ 0,1", None,
                        of["overgeslagen"]))
        t.append(Target("batch art. 8: doorvoer wetgraaf / OpenFisca", float("nan"), "×", "≥ 1,0", None,
                        of["overgeslagen"]))
    else:
        e, b = of["enkel"], of["batch"]
        t.append(Target("enkel art. 8: tijd wetgraaf / OpenFisca", e["verhouding_wetgraaf_openfisca"], "×", "≤ 0,1",
                        e["verhouding_wetgraaf_openfisca"] <= 0.1,
                        f"{e['wetgraaf_mediaan_us']:.1f} µs tegen {e['openfisca_mediaan_us']:.0f} µs (opbouwen + "
                        f"berekenen); alleen berekenen {e['openfisca_alleen_berekenen_mediaan_us']:.0f} µs: "
                        f"{e['verhouding_wetgraaf_openfisca_alleen_berekenen']:.3f}"))
        t.append(Target("batch art. 8: doorvoer wetgraaf / OpenFisca", b["verhouding_doorvoer_wetgraaf_openfisca"],
                        "×", "≥ 1,0", b["verhouding_doorvoer_wetgraaf_openfisca"] >= 1.0,
                        f"{b['wetgraaf_per_seconde'] / 1e6:.1f} M/s tegen {b['openfisca_per_seconde'] / 1e6:.1f} M/s"))
        t.append(Target("art. 8: antwoorden wetgraaf = OpenFisca", e["verschillende_antwoorden"] +
                        b["verschillende_antwoorden"], "verschillen", "= 0",
                        e["verschillende_antwoorden"] + b["verschillende_antwoorden"] == 0))
    for label in ("vergunning", "aanpakplicht") if "batch" in r else ():
        b = r["batch"][label]
        t.append(Target(f"batch {label}", b["per_seconde"] / 1e6, "M/s", "≥ 5", b["per_seconde"] >= 5e6,
                        f"{b['gevallen']:,} gevallen in {b['seconden']:.3f} s"))
        t.append(Target(f"piekgeheugen batch {label}", b["piekgeheugen_bytes"] / GIB, "GiB", "< 2",
                        b["piekgeheugen_bytes"] < 2 * GIB, "genereren en beslissen (tracemalloc)"))
    if "opstarten" in r:
        o = r["opstarten"]
        t.append(Target("opstarten: wetgraaf vraag / python -c pass (warm)", o["verhouding"], "×",
                        f"≤ {STARTUP_BOUND_RATIO:.0f}".replace(".", ","), o["verhouding"] <= STARTUP_BOUND_RATIO,
                        f"heel proces {o['vraag_s']:.3f} s (grens {STARTUP_BOUND_S} s), python -c pass "
                        f"{o['python_pass_s']:.3f} s; processortijd {o['vraag_cpu_s']:.3f} s tegen "
                        f"{o['python_pass_cpu_s']:.3f} s ({o['verhouding_cpu']:.1f}×); minimum van "
                        f"{len(o['vraag_runs'])} runs, {o['scenario']}"))
    if "corpus" in r:
        t.extend(_corpus_targets(r["corpus"]))
    t.extend(_rest_targets(r))
    t.append(Target("hele benchmark", r["seconden"], "s", "< 300", r["seconden"] < 300))
    return t


def _corpus_targets(c: dict) -> list[Target]:
    t = []
    t.append(Target("corpus laden, koud", c["koud_s"], "s", "≤ 1", c["koud_s"] <= 1,
                    f"heel proces (met opstarten en imports) {c['heel_proces_s']['koud']:.2f} s"))
    t.append(Target("corpus laden, warm", c["warm_s"], "s", "≤ 0,1", c["warm_s"] <= 0.1 and c["warm_uit_bundel"],
                    f"heel proces {c['heel_proces_s']['warm']:.2f} s"))
    checks = c["controles"]
    t.append(Target("cache: gewijzigd bestand herbouwd, corrupte cache weggegooid", sum(map(bool, checks.values())),
                    f"van {len(checks)}", "alle", all(checks.values()), ", ".join(f"{k}: {v}" for k, v in
                                                                           checks.items())))
    return t


def _rest_targets(r: dict) -> list[Target]:
    t: list[Target] = []
    pops = r.get("populatie", {})
    if "overgeslagen" in pops:
        t.append(Target("populatierapport Wbmgp 2025", float("nan"), "s", "≤ 10", None, pops["overgeslagen"]))
    for naam, p in pops.items() if "overgeslagen" not in pops else ():
        t.append(Target(f"populatierapport Wbmgp 2025 ({naam})", p["seconden"], "s", "≤ 10", p["seconden"] <= 10,
                        f"{p['gevallen']:,} huishoudens, pad: {p['pad']}"))
    for label in ("bijstand", "zorgtoeslag") if "peers" in r else ():
        p = r["peers"][label]
        t.append(Target(f"peers {label}: antwoorden = verwachting van de scenario's", p["afwijkend_van_verwacht"],
                        "verschillen", "= 0", p["afwijkend_van_verwacht"] == 0,
                        f"{p['vragen']} vragen uit {p['scenarios']} scenario's ({', '.join(p['bestanden'])})"))
        b = p["batch"]
        t.append(Target(f"peers {label}: batch = enkel", b["verschil_batch_enkel"], "verschillen", "= 0",
                        b["verschil_batch_enkel"] == 0, f"{b['kolommen']['gevallen']:,} rijen als kolommen, "
                        f"{b['rij_voor_rij']['gevallen']:,} rij voor rij"))
        # Every decision, the amounts included (bedrag x percentage, engine/batch_exact.py), has a column form.
        cols = b["kolommen"]
        t.append(Target(f"peers {label}: alle beslissingen als kolommen", b["rij_voor_rij"]["gevallen"],
                        "rijen rij voor rij", "= 0", b["rij_voor_rij"]["gevallen"] == 0,
                        f"{cols['per_processor_seconde']:,.0f} rijen per processorseconde over {cols['gevallen']:,} "
                        f"rijen; zonder kolomvorm: {', '.join(b['zonder_kolomvorm']) or 'geen'}"))
    return t
