"""Population impact of an amendment: a seeded, documented generator of cases, and counts of outcomes before and
after, the transitions between them, and explained examples of each transition.

A population file (law/populaties/<naam>.yaml) names the question, the situation and a distribution per fact:

    naam: woningzoekenden-aangewezen-gebied
    bron: seed 001, regels ...; seed 004, regels ...
    vraag: wbmgp.huisvestingsvergunning_weigeren(aanvrager)
    peildatum: 2026-07-01
    personen: [aanvrager]
    feiten:
      inkomensbron(aanvrager):
        verdeling: {arbeid_in_dienstbetrekking: 0.5, bijstand: 0.2, ...}   # soort: shares (normalised)
        bron: seed 001, regel 1490
      beroep_op_hardheidsclausule(aanvrager): {kans: 0.03}             # waarheid: probability of waar
      datum_onafgebroken_ingezetene_regio_sinds(aanvrager): {van: 1960-01-01, tot: 2026-06-30}   # datum: uniform
      aantal_kinderen(aanvrager): {van: 0, tot: 4}                      # geheel: uniform, inclusive
      inkomen(aanvrager): {van: 0, tot: 60000}                          # bedrag: uniform euros
      vaste_waarde(aanvrager): {waarde: waar}                           # any type: constant
      # every fact may add `onbekend: 0.1`: the share of cases where it is not known

Columns are generated with NumPy's PCG64 from the seed, so a run is reproducible; the same rows are evaluated before
and after the amendment with the batch engine (engine/batch.py), row by row with the single path where a rule has
no column form.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from ..engine.batch import BatchEngine, Col, Unsupported, date_to_days, decode_value
from ..engine.compile import Context
from ..engine.values import Unknown
from ..parser.errors import LawError
from ..parser.ir import Pos
from ..scenario import parse_question

UNKNOWN_LABEL = "onbekend"


@dataclass
class PopulationSpec:
    naam: str
    file: str
    vraag: str
    peildatum: _dt.date
    personen: list[str]
    feiten: dict[str, dict]
    bron: str | None = None
    raw: dict = field(default_factory=dict)


def load_spec(path: Path) -> PopulationSpec:
    from ..yamlpos import load, pos_of

    data = load(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(data, dict):
        raise LawError("WG-POP-001", "a population file is a mapping (naam, vraag, peildatum, feiten)",
                       Pos(str(path), 1, 1))
    for key in ("naam", "vraag", "peildatum", "feiten"):
        if key not in data:
            raise LawError("WG-POP-001", f"the population file lacks '{key}'", Pos(str(path), 1, 1))
    if not isinstance(data["peildatum"], _dt.date):
        raise LawError("WG-POP-002", "peildatum must be a date", pos_of(data, "peildatum"))
    return PopulationSpec(str(data["naam"]), str(path), str(data["vraag"]), data["peildatum"],
                          list(data.get("personen") or []), dict(data["feiten"]), data.get("bron"), data)


def generate(spec: PopulationSpec, program, n: int, seed: int = 20261125) -> dict[tuple, Col]:
    """The population as columns {(fact qname, args): Col}."""
    from ..yamlpos import pos_of

    rng = np.random.Generator(np.random.PCG64(seed))
    columns: dict[tuple, Col] = {}
    for key, dist in spec.feiten.items():
        pos = pos_of(spec.feiten, key)
        name, args = parse_question(key, pos)
        d = program.definitions.get(name) or program.lookup(name)
        if d is None or not (d.is_input or d.kind == "parameter"):
            raise LawError("WG-POP-003", f"'{name}' is not a fact of this version of the law", pos)
        if not isinstance(dist, dict):
            raise LawError("WG-POP-004", f"the distribution of {name} must be a mapping", pos)
        val = _draw(rng, dist, d, program, n, pos)
        known = rng.random(n) >= float(dist.get("onbekend", 0.0))
        columns[(d.qname, args)] = Col(val, known)
    return columns


def _draw(rng, dist: dict, d, program, n: int, pos) -> np.ndarray:
    t = d.type
    if "waarde" in dist:
        from ..scenario import read_value

        value = read_value(dist["waarde"], t, program, {}, pos, f"the value of {d.name}")
        enc = BatchEngine(program).columns({(d.qname, ()): [value]})[(d.qname, ())].val[0]
        return np.full(n, enc)
    if t.kind == "soort":
        values = program.soorten[t.name].values
        shares = dist.get("verdeling") or {}
        unknown = [v for v in shares if v not in values]
        if unknown:
            raise LawError("WG-POP-005", f"{unknown[0]} is not a value of {t.name} ({' | '.join(values)})", pos)
        p = np.array([float(shares.get(v, 0.0)) for v in values])
        if p.sum() <= 0:
            raise LawError("WG-POP-005", f"the shares of {d.name} add up to zero", pos)
        return rng.choice(len(values), size=n, p=p / p.sum()).astype(np.int32)
    if t.name == "waarheid":
        return rng.random(n) < float(dist.get("kans", 0.5))
    if t.name == "datum":
        lo, hi = date_to_days(dist["van"]), date_to_days(dist["tot"])
        return rng.integers(lo, hi + 1, size=n, dtype=np.int64)
    if t.name == "geheel":
        return rng.integers(int(dist["van"]), int(dist["tot"]) + 1, size=n, dtype=np.int64)
    if t.name == "bedrag":
        return rng.integers(int(dist["van"]) * 100, int(dist["tot"]) * 100 + 1, size=n, dtype=np.int64)
    raise LawError("WG-POP-006", f"no generator for facts of type {t}", pos)


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

    def to_json(self) -> dict:
        return {"populatie": self.naam, "vraag": self.vraag, "aantal": self.n, "zaad": self.seed,
                "voor": dict(self.before), "na": dict(self.after),
                "overgangen": [{"van": a, "naar": b, "aantal": c} for (a, b), c in self.transitions.most_common()],
                "voorbeelden": [{"van": a, "naar": b, "gevallen": ex} for (a, b), ex in self.examples.items()],
                "seconden": round(self.seconds, 3)}


def _labels(engine: BatchEngine, qname: str, col: Col) -> np.ndarray:
    t = engine.program.definitions[qname].type
    out = np.empty(len(col.val), dtype=object)
    if t.name == "waarheid":
        out[:] = np.where(col.val, "waar", "onwaar")
    else:
        out[:] = [str(decode_value(v, t, engine.program.soorten)) for v in col.val]
    out[~col.known] = UNKNOWN_LABEL
    return out


def _decide(wg, program, qname, args, columns, peildatum, n) -> np.ndarray:
    engine = BatchEngine(program)
    try:
        return _labels(engine, qname, engine.decide(qname, args, columns, peildatum, n))
    except Unsupported:
        return _row_by_row(wg, program, qname, args, columns, peildatum, n)


def _row_by_row(wg, program, qname, args, columns, peildatum, n) -> np.ndarray:
    """The single path, one row at a time (for rules without a column form)."""
    from ..engine.explain import show_value

    func = wg.engine_for(program).function(qname)
    t = {k: program.definitions[k[0]].type for k in columns}
    out = np.empty(n, dtype=object)
    for i in range(n):
        facts = {k: decode_value(c.val[i], t[k], program.soorten) for k, c in columns.items() if c.known[i]}
        v = func(Context(facts, peildatum), args)
        out[i] = UNKNOWN_LABEL if isinstance(v, Unknown) else show_value(v)
    return out


def population_impact(wg, spec: PopulationSpec, base_w: tuple, new_w: tuple, n: int, seed: int = 20261125,
                      examples: int = 2) -> PopulationImpact:
    import time

    start = time.perf_counter()
    base_prog = wg.program(spec.peildatum, base_w)
    new_prog = wg.program(spec.peildatum, new_w)
    name, args = parse_question(spec.vraag, None)
    qname_new = (new_prog.definitions.get(name) or new_prog.lookup(name)).qname
    base_def = base_prog.definitions.get(qname_new) or base_prog.lookup(name)
    columns = generate(spec, new_prog, n, seed)
    base_cols = {k: c for k, c in columns.items() if k[0] in base_prog.definitions}
    after = _decide(wg, new_prog, qname_new, args, columns, spec.peildatum, n)
    if base_def is None:
        before = np.full(n, "(niet gedefinieerd)", dtype=object)
    else:
        before = _decide(wg, base_prog, base_def.qname, args, base_cols, spec.peildatum, n)
    pairs = Counter(zip(before.tolist(), after.tolist()))
    transitions = Counter({k: v for k, v in pairs.items() if k[0] != k[1]})
    found: dict[tuple[str, str], list[dict]] = {}
    for (a, b) in transitions:
        rows = np.nonzero((before == a) & (after == b))[0][:examples]
        found[(a, b)] = [_example(wg, new_prog, base_prog, spec, columns, int(i), qname_new, args) for i in rows]
    return PopulationImpact(spec.naam, spec.vraag, n, seed, Counter(before.tolist()), Counter(after.tolist()),
                            transitions, found, time.perf_counter() - start)


def _example(wg, new_prog, base_prog, spec, columns, i: int, qname: str, args: tuple) -> dict[str, Any]:
    """One row as a case: its facts, and where the base and amended explanations part."""
    from ..amend.outcomes import parting
    from ..engine.explain import json_value

    t = {k: new_prog.definitions[k[0]].type for k in columns}
    facts = {k: decode_value(c.val[i], t[k], new_prog.soorten) for k, c in columns.items() if c.known[i]}
    new_ctx = Context(facts, spec.peildatum, trace=True)
    wg.engine_for(new_prog).function(qname)(new_ctx, args)
    split = None
    if qname in base_prog.definitions:
        base_facts = {k: v for k, v in facts.items() if k[0] in base_prog.definitions}
        base_ctx = Context(base_facts, spec.peildatum, trace=True)
        wg.engine_for(base_prog).function(qname)(base_ctx, args)
        p = parting(base_ctx.trace, new_ctx.trace)
        if p is not None:
            split = {"naam": p.qname, "voor": json_value(p.before), "na": json_value(p.after), "bron": p.citation}
    return {"rij": i, "feiten": {f"{k[0]}({', '.join(k[1])})": json_value(v) for k, v in facts.items()},
            "splitsing": split}


def find_specs(root: Path) -> list[Path]:
    folder = root / "populaties"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
