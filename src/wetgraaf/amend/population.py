"""Population impact of an amendment: a seeded, documented generator of cases, and counts of outcomes before and
after, the transitions between them, and explained examples of each transition.

A population file (law/populaties/<naam>.yaml) names the question, the situation and a distribution per fact:

    naam: woningzoekenden-aangewezen-gebied
    bron: seed 001, regels ...; seed 004, regels ...
    wijzigingen: [wbmgp-2025]                 # optional: run by default only for these (default: every amendment
                                              # that changes the law of the question)
    vraag: wbmgp.huisvestingsvergunning_weigeren(aanvrager, woning)
    wet: wbmgp                                # optional: the law of unqualified fact names (default: the question's)
    peildatum: 2026-07-01
    personen: [aanvrager]
    entiteiten: {woning: [woning], gebied: [gebied]}                   # other entities, by type
    feiten:
      inkomensbron(aanvrager):
        verdeling: {arbeid_in_dienstbetrekking: 0.5, bijstand: 0.2, ...}   # soort: shares (normalised)
        bron: seed 001, regel 1490                                       # where the figure comes from, per fact
      inkomensbronnen(aanvrager): {verdeling: {bijstandsuitkering: 0.2, geen: 0.05, ...}}
                                                     # lijst van soort: a one-value list per row; `geen`: empty list
      beroep_op_hardheidsclausule(aanvrager): {kans: 0.03}             # waarheid: probability of waar
      datum_onafgebroken_ingezetene_regio_sinds(aanvrager): {van: 1960-01-01, tot: 2026-06-30}   # datum: uniform
      aantal_kinderen(aanvrager): {van: 0, tot: 4}                      # geheel: uniform, inclusive
      inkomen(aanvrager): {van: 0, tot: 60000}                          # bedrag: uniform euros
      gebied_van(woning): {waarde: gebied}                              # any type (entities too): constant
      # every fact may add `onbekend: 0.1`: the share of cases where it is not known

A fact may belong to either version (one an amendment removes, one it introduces): each version reads the facts it
knows. Columns are generated with NumPy's PCG64 from the seed, so a run is reproducible; the same rows are
evaluated before and after the amendment with the batch engine (engine/batch.py), row by row with the single path
where a rule has no column form.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..engine.batch import BatchEngine, Col, ListCol, Unsupported, date_to_days, decode_list, decode_value
from ..engine.compile import Context
from ..core.values import Unknown
from ..core.errors import LawError
from ..core.positions import Pos
from ..scenario import parse_question
from ..taal import bericht, van_fout

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
    entiteiten: dict[str, str] = field(default_factory=dict)  # entity name -> type (persons included)
    drawn: set[str] = field(default_factory=set)  # the facts that vary between rows (not a constant `waarde`)
    unused: set[str] = field(default_factory=set)  # facts that only other versions of the law have (still drawn)

    def bronnen(self) -> dict[str, str]:
        """Where each fact's distribution comes from (its `bron`), for the report."""
        return {str(k): str(v.get("bron")) for k, v in self.feiten.items() if isinstance(v, dict) and v.get("bron")}


def load_spec(path: Path) -> PopulationSpec:
    """Read and check a population file (amend/population_check.py): every problem a located LawError (LawErrors
    when there are several), never another exception."""
    from ..parser.files import read_text  # refuses a FIFO, device or huge file before opening it
    from ..yamlpos import load
    from .population_check import check_file

    path = Path(path)
    text = read_text(path)
    try:
        data = load(text, str(path))
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. a date not on the calendar
        from ..core.errors import yaml_problem
        from ..yamlpos import yaml_probleem

        problem, pos = yaml_problem(exc, text, str(path))  # where, and in the catalogue's words
        raise LawError("WG-POP-001", bericht("WG-POP-001.yaml", probleem=yaml_probleem(problem)), pos) from None
    check_file(data, str(path))
    entiteiten = {str(p): "persoon" for p in data.get("personen") or []}
    for typ, names in (data.get("entiteiten") or {}).items():
        entiteiten.update({str(name): str(typ) for name in names})
    # The mapping as loaded, which knows where each fact is written (a fact the law lacks is reported there).
    return PopulationSpec(str(data["naam"]), str(path), str(data["vraag"]), data["peildatum"],
                          list(data.get("personen") or []), data["feiten"], data.get("bron"), data, entiteiten)


def generate(spec: PopulationSpec, program, n: int, seed: int = 20261125, *others) -> dict[tuple, Col]:
    """The population as columns {(fact qname, args): Col}. A fact is looked up in `program`, then in `others`
    (the other version compared), so a fact that only one version has is generated too."""
    from ..yamlpos import key_pos
    from .population_check import check_distribution

    rng = np.random.Generator(np.random.PCG64(seed))
    columns: dict[tuple, Col] = {}
    # Unqualified fact names are looked up in the law of the question first (geboortedatum is in several laws).
    asked = parse_question(spec.vraag, None)[0]
    wet = spec.raw.get("wet") or next((d.wet for p in (program, *others)
                                       for d in [p.definitions.get(asked) or p.lookup(asked)] if d is not None), None)
    compared = 2 if others else 1  # program and the first other: the two versions compared; the rest: other versions
    for key, dist in spec.feiten.items():
        pos = key_pos(spec.feiten, key) or Pos(spec.file, 1, 1)
        name, args = parse_question(key, pos)
        d, owner = None, program
        for i, prog in enumerate((program, *others)):
            d = prog.definitions.get(name) or prog.definitions.get(f"{wet}.{name}") or prog.lookup(name)
            if d is not None:
                owner = prog
                if i >= compared:
                    spec.unused.add(str(key))
                break
        if d is None or not (d.is_input or d.kind == "parameter"):
            raise LawError("WG-POP-003", bericht("WG-POP-003", naam=name), pos)
        if not isinstance(dist, dict):
            raise LawError("WG-POP-004", bericht("WG-POP-004.mapping", feit=name), pos)
        t = d.type
        kind = "soort" if t.kind == "soort" else "lijst" if t.kind == "lijst" and t.item is not None and \
            t.item.kind == "soort" else "basis"
        check_distribution(dist, str(d.type.name), kind, str(key), pos)
        val = _draw(rng, dist, d, owner, n, pos, spec.entiteiten)
        known = rng.random(n) >= float(dist.get("onbekend", 0.0))
        columns[(d.qname, args)] = ListCol(val, known) if d.type.kind == "lijst" else Col(val, known)
        if "waarde" not in dist:
            spec.drawn.add(fact_label((d.qname, args)))
    return columns


def fact_label(key: tuple) -> str:
    return f"{key[0]}({', '.join(key[1])})" if key[1] else key[0]


def _draw(rng, dist: dict, d, program, n: int, pos, entities: dict[str, str] | None = None) -> np.ndarray:
    t = d.type
    if "waarde" in dist:
        from ..scenario import read_value

        value = read_value(dist["waarde"], t, program, entities or {}, pos, bericht("zin.pop.waarde_van", naam=d.name))
        try:
            enc = BatchEngine(program).columns({(d.qname, ()): [value]})[(d.qname, ())]
        except Unsupported as exc:  # e.g. a decimal without an exact binary form: the batch would not be exact
            raise LawError("WG-POP-006", bericht("WG-POP-006.waarde", feit=d.name, reden=van_fout(exc)), pos) from None
        if isinstance(enc, ListCol):
            return np.repeat(enc.counts, n, axis=1)
        return np.full(n, enc.val[0])
    if t.kind == "lijst" and t.item is not None and t.item.kind == "soort":
        # One value per row (or none: `geen`), as a column of counts per value of the soort.
        values = program.soorten[t.item.name].values
        codes = _shares_draw(rng, dist, list(values) + ["geen"], d, n, pos)
        counts = np.zeros((len(values), n), dtype=np.uint8)
        has = codes < len(values)
        counts[codes[has], np.nonzero(has)[0]] = 1
        return counts
    if t.kind == "soort":
        return _shares_draw(rng, dist, list(program.soorten[t.name].values), d, n, pos).astype(np.int32)
    if t.name == "waarheid":
        return rng.random(n) < float(dist.get("kans", 0.5))
    if t.name == "datum":
        lo, hi = date_to_days(dist["van"]), date_to_days(dist["tot"])
        return rng.integers(lo, hi + 1, size=n, dtype=np.int64)
    if t.name == "geheel":
        return rng.integers(int(dist["van"]), int(dist["tot"]) + 1, size=n, dtype=np.int64)
    if t.name == "bedrag":
        return rng.integers(int(dist["van"]) * 100, int(dist["tot"]) * 100 + 1, size=n, dtype=np.int64)
    raise LawError("WG-POP-006", bericht("WG-POP-006.type", type=str(t)), pos)


def _shares_draw(rng, dist: dict, values: list[str], d, n: int, pos) -> np.ndarray:
    shares = dist.get("verdeling") or {}
    unknown = [v for v in shares if v not in values]
    if unknown:
        raise LawError("WG-POP-005", bericht("WG-POP-005.waarde", waarde=unknown[0], feit=d.name,
                                                         waarden=" | ".join(values)), pos)
    p = np.array([float(shares.get(v, 0.0)) for v in values])
    if p.sum() <= 0:
        raise LawError("WG-POP-005", bericht("WG-POP-005.nul", feit=d.name), pos)
    return rng.choice(len(values), size=n, p=p / p.sum())


def row_facts(columns: dict, program, i: int) -> dict:
    """Row i of the columns this version knows, as the single path's facts."""
    out = {}
    for k, c in columns.items():
        d = program.definitions.get(k[0])
        if d is None or not c.known[i]:
            continue
        out[k] = decode_list(c.counts, i, d.type, program.soorten) if isinstance(c, ListCol) else \
            decode_value(c.val[i], d.type, program.soorten)
    return out


def _labels(engine: BatchEngine, qname: str, col: Col) -> np.ndarray:
    t = engine.program.definitions[qname].type
    out = np.empty(len(col.val), dtype=object)
    if t.name == "waarheid":
        out[:] = np.where(col.val, "waar", "onwaar")
    else:
        out[:] = [str(decode_value(v, t, engine.program.soorten)) for v in col.val]
    out[~col.known] = UNKNOWN_LABEL
    return out


def decide_partition(wg, program, qname, args, columns, peildatum, n) -> tuple[np.ndarray, str]:
    engine = BatchEngine(program)
    try:
        return _labels(engine, qname, engine.decide(qname, args, columns, peildatum, n)), "batch"
    except Unsupported:
        return _row_by_row(wg, program, qname, args, columns, peildatum, n), "rij voor rij"


def _row_by_row(wg, program, qname, args, columns, peildatum, n) -> np.ndarray:
    """The single path, one row at a time (for rules without a column form)."""
    from ..engine.explain import show_value

    func = wg.engine_for(program).function(qname)
    out = np.empty(n, dtype=object)
    for i in range(n):
        v = func(Context(row_facts(columns, program, i), peildatum), args)
        out[i] = UNKNOWN_LABEL if isinstance(v, Unknown) else show_value(v)
    return out
