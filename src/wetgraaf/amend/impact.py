"""The impact of an amendment on a population (amend/population.py generates the rows and decides them): counts of
outcomes before and after, the transitions between them, and explained examples of each transition; and which
population files serve which amendment. Run in partitions (amend/partitions.py), here or on a Dask cluster."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..engine.compile import Context
from ..scenario import parse_question
from . import partitions
from .population import PopulationSpec, fact_label, generate, row_facts


@dataclass
class PopulationImpact:
    naam: str
    vraag: str
    n: int
    seed: int
    before: Counter
    after: Counter
    transitions: Counter
    examples: dict[tuple[str, str], list[dict]]
    seconds: float
    bronnen: dict[str, str] = field(default_factory=dict)
    pad: str = "batch"  # 'batch' (column form) or 'rij voor rij' (the single path, row by row)
    verdelingen: list[str] = field(default_factory=list)  # the facts drawn per row (the rest are constants)
    ongebruikt: list[str] = field(default_factory=list)  # facts of the file neither version compared has

    def to_json(self) -> dict:
        return {"populatie": self.naam, "vraag": self.vraag, "aantal": self.n, "zaad": self.seed,
                "bronnen": self.bronnen, "pad": self.pad, "verdelingen": self.verdelingen,
                "ongebruikt": self.ongebruikt,
                "voor": dict(self.before), "na": dict(self.after),
                "overgangen": [{"van": a, "naar": b, "aantal": c} for (a, b), c in self.transitions.most_common()],
                "voorbeelden": [{"van": a, "naar": b, "gevallen": ex} for (a, b), ex in self.examples.items()],
                "seconden": round(self.seconds, 3)}



def population_impact(wg, spec: PopulationSpec, base_w: tuple, new_w: tuple, n: int, seed: int = 20261125,
                      examples: int = 2, dask=None) -> PopulationImpact:
    """`dask`: None to run here, else where to run the partitions (amend/partitions.py): "lokaal", a scheduler
    address or a distributed.Client. The result is the same either way."""
    start = time.perf_counter()
    base_prog = wg.program(spec.peildatum, base_w)
    new_prog = wg.program(spec.peildatum, new_w)
    name, args = parse_question(spec.vraag, None)
    qname_new = (new_prog.definitions.get(name) or new_prog.lookup(name)).qname
    base_def = base_prog.definitions.get(qname_new) or base_prog.lookup(name)
    job = partitions.Job(spec, new_prog, base_prog, qname_new, base_def.qname if base_def else None, args,
                         other_versions(wg, spec, base_w, new_w, (new_prog, base_prog)))
    parts = partitions.partitions(n, seed)
    results = partitions.run(job, parts, dask, wg)
    before = np.concatenate([r[0] for r in results])
    after = np.concatenate([r[1] for r in results])
    path = "batch" if all(r[2] == "batch" for r in results) else "rij voor rij"
    if dask is not None:
        # which facts vary (spec.drawn) is noted where they are drawn
        generate(spec, new_prog, 1, seed, base_prog, *job.others)
    pairs = Counter(zip(before.tolist(), after.tolist()))
    transitions = Counter({k: v for k, v in pairs.items() if k[0] != k[1]})
    found: dict[tuple[str, str], list[dict]] = {}
    for (a, b) in transitions:
        rows = np.nonzero((before == a) & (after == b))[0][:examples]
        found[(a, b)] = []
        for i in rows:
            columns, local = job.row(parts, int(i))
            found[(a, b)].append({**_example(wg, new_prog, base_prog, spec, columns, local, qname_new, args),
                                  "rij": int(i)})
    return PopulationImpact(spec.naam, spec.vraag, n, seed, Counter(before.tolist()), Counter(after.tolist()),
                            transitions, found, time.perf_counter() - start, spec.bronnen(), path,
                            sorted(spec.drawn), sorted(spec.unused))


def _example(wg, new_prog, base_prog, spec, columns, i: int, qname: str, args: tuple) -> dict[str, Any]:
    """One row as a case: its facts, and where the base and amended explanations part."""
    from ..amend.outcomes import parting, rule_positions
    from ..engine.explain import json_value

    facts = row_facts(columns, new_prog, i)
    base_facts = row_facts(columns, base_prog, i)
    new_ctx = Context(facts, spec.peildatum, trace=True)
    wg.engine_for(new_prog).function(qname)(new_ctx, args)
    split = None
    if qname in base_prog.definitions:
        base_ctx = Context(base_facts, spec.peildatum, trace=True)
        wg.engine_for(base_prog).function(qname)(base_ctx, args)
        p = parting(base_ctx.trace or [], new_ctx.trace or [], rule_positions(base_prog), set(new_prog.definitions))
        if p is not None:
            split = {"naam": p.qname, "voor": json_value(p.before), "na": json_value(p.after), "bron": p.citation}
    every = {**base_facts, **facts}
    return {"rij": i, "feiten": {fact_label(k): json_value(v) for k, v in every.items()}, "splitsing": split}


def _fact_names(spec: PopulationSpec) -> list[str]:
    return [parse_question(str(key), None)[0] for key in spec.feiten]


def _knows(program, name: str) -> bool:
    return program.definitions.get(name) is not None or program.lookup(name) is not None


def other_versions(wg, spec: PopulationSpec, base_w: tuple, new_w: tuple, compared: tuple) -> tuple:
    """The programs of the law's other amendments, for the facts the two versions compared do not have.

    A population file serves every amendment of its law: a fact that only another version has (one an amendment
    introduces) is still drawn, from that version's type, so every amendment sees the same rows for the same file,
    size and seed; the versions compared simply do not read it (the report lists it as unused)."""
    missing = [n for n in _fact_names(spec) if not any(_knows(p, n) for p in compared)]
    if not missing:
        return ()
    out = []
    for naam in sorted(wg.corpus.wijzigingen):
        if naam in new_w:
            continue
        try:
            prog = wg.program(spec.peildatum, base_w + (naam,))
        except Exception:  # noqa: BLE001 — an amendment that does not apply here (it needs another below it)
            continue
        if any(_knows(prog, n) for n in missing):
            out.append(prog)
            missing = [n for n in missing if not _knows(prog, n)]
        if not missing:
            break
    return tuple(out)


def law_of(wg, spec: PopulationSpec) -> str | None:
    """The law whose decision the population asks (its `wet`, else the law of the question in today's law)."""
    if spec.raw.get("wet"):
        return str(spec.raw["wet"])
    name = parse_question(spec.vraag, None)[0]
    if "." in name:
        return name.split(".")[0]
    d = wg.program(spec.peildatum, ()).lookup(name)
    return d.wet if d is not None else None


def runs_for(wg, spec: PopulationSpec, amendment: str) -> bool:
    """Whether `wetgraaf wijziging <amendment>` runs this population by default: the amendments its
    `wijzigingen` names, or, without that key, every amendment that changes the law of its question."""
    named = spec.raw.get("wijzigingen")
    if named is not None:
        return amendment in (named or [])
    wijz = wg.corpus.wijzigingen.get(amendment)
    if wijz is None:
        return False
    laws = {i.wet for i in wijz.instructions if i.kind != "niet_uitvoerbaar"} | (
        {str(wijz.meta["wet"])} if wijz.meta.get("wet") else set())
    return law_of(wg, spec) in laws


def find_specs(root: Path) -> list[Path]:
    folder = root / "populaties"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
