"""The peers' cases in the bench (issue 18): the bijstand and zorgtoeslag scenarios translated from MinBZK/regelrecht
and MinBZK/poc-machine-law (docs/peers.md), timed in wetgraaf as single decisions and as a batch.

The cases are the scenario files themselves: each question with an expectation is decided through `Engine.decide`
on the scenario's facts (read by the same `scenario.inputs` and municipal `aanvullen` as `wetgraaf test`), and the
scenario must pass (`Wetgraaf.run`). The batch is a population drawn from the same cases: row i is case i mod k,
so every row has a known right answer, and every row of the batch must equal the single answer of its case.
The peers' own figures are not measured here (neither engine is installable in this process): PEER_FIGURES gives
what they publish, with the source.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

SUITES: dict[str, tuple[str, ...]] = {
    "bijstand": ("participatiewet-regelrecht-bijstand.yaml", "participatiewet-amsterdam.yaml"),
    "zorgtoeslag": ("zorgtoeslag-peers.yaml",),
}

# What the peers publish about their own speed, measured on their machines ("gemeten elders"). regelrecht's
# criterion benchmark service_e2e/zorgtoeslag_full (packages/engine/benches/service_e2e.rs) decides
# hoogte_zorgtoeslag for one person born 2005-01-01 on 2025-01-01; the figures are in the message of commit
# b2f24f3699b16e36605d023e1a07a805b4cd3559 (PR #314, 2026-03-22), hardware not stated. poc-machine-law publishes
# no timings; neither publishes a bijstand timing or a batch figure.
PEER_FIGURES: list[dict[str, Any]] = [
    {"peer": "MinBZK/regelrecht", "wet": "zorgtoeslag", "wat": "enkel, hoogte_zorgtoeslag 2025, zonder uitleg",
     "us": 69.7, "bron": "commit b2f24f36 (PR #314), criterion service_e2e/zorgtoeslag_full"},
    {"peer": "MinBZK/regelrecht", "wet": "zorgtoeslag", "wat": "enkel, hoogte_zorgtoeslag 2025, met trace",
     "us": 103.0, "bron": "commit b2f24f36 (PR #314), criterion service_e2e/zorgtoeslag_with_trace"},
]
# The case of regelrecht's own benchmark (born 2005-01-01, box 1 € 795,47, policy active, 2025-01-01) is the first
# scenario of zorgtoeslag-peers.yaml; its amount question is that benchmark's hoogte_zorgtoeslag.
REFERENCE = ("regelrecht 2025: Meerderjarige met actieve polis heeft recht op zorgtoeslag",
             "zorgtoeslag_berekeningsjaar(aanvrager)")
ROW_BY_ROW = 10_000  # rows of a decision without column form (single path, row by row)
NOT_PUBLISHED = ("MinBZK/poc-machine-law publiceert geen tijden; MinBZK/regelrecht geen tijd voor bijstand en geen "
                 "doorvoer voor een batch")


def _cases(wg, files: tuple[str, ...], extra: tuple[str, str] | None = None) -> list[dict]:
    """Every question with an expectation in the suite's scenarios, with its program, facts and expectation;
    `extra` (scenario, question) adds one question without expectation (expected None: not checked)."""
    from ..resolve.gegevens import aanvullen
    from ..scenario import expected_value, inputs, load_file, question_target

    root = Path(wg.corpus.root) / "scenarios"
    out = []
    for name in files:
        for sc in load_file(root / name):
            outcomes = wg.run(sc)
            passed = all(not o.problems for o in outcomes)
            program = wg.program(sc.peildatum, sc.wijzigingen)
            facts, entities = inputs(sc, program)
            for data in wg.gegevens():
                facts, _ = aanvullen(data, program, sc.peildatum, facts, entities)
            for question in sc.vragen:
                if question not in sc.verwacht:
                    continue
                qname, args = question_target(sc, program, question, entities)
                out.append({"scenario": sc.naam, "question": question, "qname": qname, "args": args,
                            "facts": facts, "peildatum": sc.peildatum, "program": program, "passed": passed,
                            "expected": expected_value(sc, program, question, qname, entities)})
            if extra and sc.naam == extra[0]:
                asked = dataclasses.replace(sc, vragen=[*sc.vragen, extra[1]])  # the scenario itself is kept as is
                qname, args = question_target(asked, program, extra[1], entities)
                out.append({"scenario": sc.naam, "question": extra[1], "qname": qname, "args": args,
                            "facts": facts, "peildatum": sc.peildatum, "program": program, "passed": passed,
                            "expected": None, "reference": True})
    return out


def _time(engine, case: dict, trace: bool, rounds: int) -> list[float]:
    decide, clock = engine.decide, time.perf_counter_ns
    qname, args, facts, peil = case["qname"], case["args"], case["facts"], case["peildatum"]
    decide(qname, args, facts, peil, trace)  # warm-up
    samples = []
    for _ in range(rounds):
        t0 = clock()
        decide(qname, args, facts, peil, trace)
        samples.append(clock() - t0)
    return [s / 1000 for s in samples]


def _plain(value) -> Any:
    from ..core.values import Unknown

    return None if isinstance(value, Unknown) else value


def _batch(wg, cases: list[dict], single: list, n: int, runs: int) -> dict:
    """A population of n rows drawn from the cases (row i = case i mod k, per decision): the decision time alone,
    median of `runs`, CPU time beside it; every row checked against its case's single answer."""
    from ..engine.batch import BatchEngine
    from ..engine.columns import Unsupported

    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(cases):
        groups[(id(c["program"]), c["qname"], c["args"], c["peildatum"])].append(i)
    # Per path: [rows, wall seconds, processor seconds]. Columns and row by row are reported apart.
    paths = {"kolommen": [0, 0.0, 0.0], "rij_voor_rij": [0, 0.0, 0.0]}
    differ = 0
    unsupported: list[str] = []
    per_question: dict[str, dict[str, Any]] = {}  # the amount decisions apart from the yes/no questions
    for (_, qname, args, peil), members in groups.items():
        program = cases[members[0]]["program"]
        k = len(members)
        m = max(k, n * k // len(cases))  # the population in proportion to the cases of this decision
        keys = sorted({key for i in members for key in cases[i]["facts"]}, key=repr)
        # One column per fact, cycling over the cases; a fact a case does not state is unknown in its rows.
        per_case = [[cases[i]["facts"].get(key) for i in members] for key in keys]
        engine = BatchEngine(program)
        try:
            columns = engine.columns({key: (vals * (m // k + 1))[:m] for key, vals in zip(keys, per_case)})
            times, cpus = [], []
            for _ in range(runs):
                c0, t0 = time.process_time(), time.perf_counter()
                col = engine.decide(qname, args, columns, peil, m)
                times.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            got = engine.decode(qname, col)
            path = "kolommen"
        except Unsupported as exc:
            # No column form (the amounts have one since engine/batch_exact.py): the population goes row by row
            # through the single path, as a population report does; timed the same way, on fewer rows.
            unsupported.append(f"{qname}: {exc}")
            m = min(m, ROW_BY_ROW)
            single_engine = wg.engine_for(program)
            facts_rows = [cases[members[r % k]]["facts"] for r in range(m)]
            times, cpus = [], []
            for _ in range(runs):
                c0, t0 = time.process_time(), time.perf_counter()
                got = [_plain(single_engine.decide(qname, args, f, peil)[0]) for f in facts_rows]
                times.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            path = "rij_voor_rij"
        differ += sum(got[r] != _plain(single[members[r % k]]) for r in range(m))
        q = per_question.setdefault(qname, {"pad": path, "gevallen": 0, "processor_s": 0.0})
        q["gevallen"] += m
        q["processor_s"] += statistics.median(cpus)
        acc = paths[path]
        acc[0] += m
        acc[1] += statistics.median(times)
        acc[2] += statistics.median(cpus)
    for q in per_question.values():
        q["per_processor_seconde"] = q["gevallen"] / q["processor_s"] if q["processor_s"] else float("nan")
    out: dict[str, Any] = {"verschil_batch_enkel": differ, "zonder_kolomvorm": sorted(set(unsupported)),
                           "per_vraag": dict(sorted(per_question.items()))}
    for path, (rows, wall, cpu) in paths.items():
        out[path] = {"gevallen": rows, "seconden": wall, "processor_s": cpu,
                     "per_seconde": rows / wall if wall else float("nan"),
                     "per_processor_seconde": rows / cpu if cpu else float("nan")}
    return out


def peers(wg, n: int, rounds: int, runs: int, log: Callable[[str], None] = lambda s: None) -> dict:
    """Each suite: single decisions (median and p95 over every case, `rounds` times each, without and with the
    explanation trace), the batch over n rows, and whether every answer equals the scenario's expectation."""
    out: dict[str, Any] = {"gemeten_elders": PEER_FIGURES, "niet_gepubliceerd": NOT_PUBLISHED}
    for label, files in SUITES.items():
        cases = _cases(wg, files, REFERENCE if label == "zorgtoeslag" else None)
        reference = [c for c in cases if c.get("reference")]
        cases = [c for c in cases if not c.get("reference")]
        single, wrong = [], 0
        timings: dict[bool, list[float]] = {False: [], True: []}
        c0 = time.process_time()
        for c in cases:
            engine = wg.engine_for(c["program"])
            value = engine.decide(c["qname"], c["args"], c["facts"], c["peildatum"])[0]
            single.append(value)
            expected = c["expected"]
            wrong += (not c["passed"]) or (expected != "onbekend" and _plain(value) != expected) \
                or (expected == "onbekend" and _plain(value) is not None)
            for trace in (False, True):
                timings[trace].extend(_time(engine, c, trace, rounds))
        cpu_single = time.process_time() - c0
        res: dict[str, Any] = {"bestanden": list(files), "vragen": len(cases),
                               "scenarios": len({c["scenario"] for c in cases}), "afwijkend_van_verwacht": wrong,
                               "enkel_processor_s": cpu_single}
        for trace, samples in timings.items():
            s = sorted(samples)
            res["met_uitleg" if trace else "zonder_uitleg"] = {
                "mediaan_us": statistics.median(s), "p95_us": s[min(len(s) - 1, int(0.95 * len(s)))],
                "metingen": len(s)}
        # Per case: one checked decision, then per trace setting one warm-up and `rounds` timed ones.
        res["enkel_processor_us_per_beslissing"] = cpu_single * 1e6 / ((1 + 2 * (1 + rounds)) * len(cases))
        per_q: dict[str, list[float]] = defaultdict(list)
        for c, i in zip(cases, range(0, len(timings[False]), rounds)):
            per_q[c["qname"]].extend(timings[False][i:i + rounds])
        res["per_vraag_mediaan_us"] = {q: statistics.median(v) for q, v in sorted(per_q.items())}
        # The batch also holds the reference case: its question is the yearly amount (zorgtoeslag_berekeningsjaar).
        ref_single = [wg.engine_for(c["program"]).decide(c["qname"], c["args"], c["facts"], c["peildatum"])[0]
                      for c in reference]
        res["batch"] = _batch(wg, cases + reference, single + ref_single, n, runs)
        for c in reference:
            engine = wg.engine_for(c["program"])
            value = engine.decide(c["qname"], c["args"], c["facts"], c["peildatum"])[0]
            ref: dict[str, Any] = {"scenario": c["scenario"], "vraag": c["question"], "antwoord": str(_plain(value))}
            for trace in (False, True):
                c0 = time.process_time()
                samples = _time(engine, c, trace, 50 * rounds)
                ref["met_uitleg" if trace else "zonder_uitleg"] = {
                    "mediaan_us": statistics.median(samples),
                    "processor_us": (time.process_time() - c0) * 1e6 / len(samples)}
            res["referentiegeval"] = ref
        out[label] = res
        b = res["batch"]
        log(f"peers {label}: {len(cases)} vragen, enkel {res['zonder_uitleg']['mediaan_us']:.1f} µs, batch "
            f"kolommen {b['kolommen']['per_processor_seconde'] / 1e6:.2f} M/s, rij voor rij "
            f"{b['rij_voor_rij']['per_processor_seconde'] / 1e3:.1f} k/s (processortijd), {wrong} afwijkend")
    return out


def rows(p: dict) -> list[tuple[str, str, str]]:
    """The side-by-side table: (what, figure, where measured). wetgraaf's figures are from this run; the peers'
    are what they publish, measured elsewhere on other hardware, so no ratio is formed with them."""
    out = []
    for label in SUITES:
        r = p[label]
        b = r["batch"]
        out.append((f"wetgraaf {label}: enkel, {r['vragen']} vragen uit {r['scenarios']} peer-scenario's (mediaan)",
                    f"{r['zonder_uitleg']['mediaan_us']:.1f} µs (p95 {r['zonder_uitleg']['p95_us']:.0f}); met uitleg "
                    f"{r['met_uitleg']['mediaan_us']:.1f} µs; gemiddelde processortijd "
                    f"{r['enkel_processor_us_per_beslissing']:.0f}"
                    " µs per beslissing", "hier gemeten"))
        for q, us in r["per_vraag_mediaan_us"].items():
            out.append((f"wetgraaf {label}: enkel {q}", f"{us:.1f} µs (mediaan)", "hier gemeten"))
        for path, what in (("kolommen", "batch, kolommen"), ("rij_voor_rij", "batch, rij voor rij (geen kolomvorm)")):
            x = b[path]
            if x["gevallen"]:
                out.append((f"wetgraaf {label}: {what}", f"{x['per_processor_seconde']:,.0f} per processorseconde "
                            f"({x['gevallen']:,} rijen)", "hier gemeten"))
        for q, x in b["per_vraag"].items():
            how = "kolommen" if x["pad"] == "kolommen" else "rij voor rij"
            out.append((f"wetgraaf {label}: batch {q} ({how})", f"{x['per_processor_seconde']:,.0f} per "
                        f"processorseconde ({x['gevallen']:,} rijen)", "hier gemeten"))
        ref = r.get("referentiegeval")
        if ref:
            out.append((f"wetgraaf {label}: referentiegeval van regelrecht, {ref['vraag']} = {ref['antwoord']}",
                        f"{ref['zonder_uitleg']['mediaan_us']:.1f} µs, met uitleg "
                        f"{ref['met_uitleg']['mediaan_us']:.1f} µs (mediaan)", "hier gemeten"))
    for f in p["gemeten_elders"]:
        out.append((f"{f['peer']} {f['wet']}: {f['wat']}", f"{f['us']:.1f} µs", f"gemeten elders ({f['bron']})"))
    out.append(("MinBZK/poc-machine-law; regelrecht bijstand en batch", "—", f"niet gepubliceerd ({p['niet_gepubliceerd']})"))
    return out
