"""The cases the benchmark (and the equivalence tests) run: generated columns for the two benchmark decisions, the
same rows as single-path fact dicts, and the same rows as OpenFisca inputs.

Every generator is seeded (NumPy PCG64), so a run is reproducible. The distributions are chosen to reach every
branch of the rules (the six-year line, designation dates around the peildatum, each income source, the hardship
clause, the art. 10 grounds), not to describe a real population; `unknown` is the share of rows in which each fact
is left unknown (0 for the comparison with OpenFisca, which has no unknowns).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine.batch import Col, ListCol, constant, date_to_days, decode_list, decode_value, entity_code

PERMIT = "wbmgp.huisvestingsvergunning_weigeren"
ART8 = "wbmgp.weigeren_op_grond_van_art8"
PERMIT_ARGS = ("aanvrager", "woning")
PERMIT_PEILDATUM = _dt.date(2026, 7, 1)
DUTY = "wmo2015.gecoordineerde_aanpak_plicht"
DUTY_ARGS = ("cliënt",)
DUTY_PEILDATUM = _dt.date(2026, 1, 1)
DUTY_WIJZIGINGEN = ("wams",)

P, W = PERMIT_ARGS
L1, L3 = "art5_lid1_art8", "art5_lid3_art10"


def _d(text: str) -> _dt.date:
    return _dt.date.fromisoformat(text)


# (fact, args, kind, parameters). Kinds: bool (chance of waar), date (from, to), soort (values or None = all,
# uniformly), list (chance per soort value), int (from, to), entity (names: one chosen per row).
PERMIT_FACTS: list[tuple[str, tuple, str, Any]] = [
    ("wbmgp.gebied_van", (W,), "entity", ["gebied"]),
    ("wbmgp.gemeente_van", ("gebied",), "entity", ["gemeente"]),
    ("wbmgp.ingangsdatum_aanwijzing", ("gebied", L1), "date", (_d("2022-01-01"), _d("2026-12-31"))),
    ("wbmgp.einddatum_aanwijzing", ("gebied", L1), "date", (_d("2026-01-01"), _d("2030-12-31"))),
    ("wbmgp.aanwijzing_ingetrokken", ("gebied", L1), "bool", 0.05),
    ("wbmgp.aangewezen_op_peildatum", ("gebied", L1), "bool", 0.7),
    ("wbmgp.woonruimte_in_categorie_art8", (W,), "bool", 0.8),
    ("wbmgp.raad_oordeel_art8", ("gemeente",), "bool", 0.9),
    ("wbmgp.onafgebroken_ingezetene_regio_sinds", (P,), "date", (_d("2016-01-01"), _d("2026-06-30"))),
    ("wbmgp.datum_aanvraag_huisvestingsvergunning", (W,), "date", (_d("2026-06-01"), _d("2026-07-31"))),
    ("wbmgp.inkomensbronnen", (P,), "list", {"arbeid_in_dienstbetrekking": 0.35, "zelfstandig_beroep_of_bedrijf": 0.08,
                                             "vrijwillig_vervroegd_uittreden": 0.02, "ouderdomspensioen_aow": 0.1,
                                             "pensioen_wet_lb_1964": 0.08, "bijstandsuitkering": 0.25,
                                             "werkloosheidsuitkering": 0.1, "ander_inkomen": 0.05}),
    ("wbmgp.aanspraak_op_studiefinanciering", (P,), "bool", 0.08),
    ("wbmgp.beroep_op_hardheidsclausule", (P, W), "bool", 0.15),
    ("wbmgp.onbillijkheid_van_overwegende_aard_art8", (P, W), "bool", 0.4),
    # Article 10 (with art. 5, third paragraph): the other ground of the permit decision.
    ("wbmgp.ingangsdatum_aanwijzing", ("gebied", L3), "date", (_d("2022-01-01"), _d("2026-12-31"))),
    ("wbmgp.einddatum_aanwijzing", ("gebied", L3), "date", (_d("2026-01-01"), _d("2030-12-31"))),
    ("wbmgp.aanwijzing_ingetrokken", ("gebied", L3), "bool", 0.05),
    ("wbmgp.aangewezen_op_peildatum", ("gebied", L3), "bool", 0.5),
    ("wbmgp.woonruimte_in_categorie_art10", (W,), "bool", 0.7),
    ("wbmgp.geboortedatum", (P,), "date", (_d("1940-01-01"), _d("2012-12-31"))),
    ("wbmgp.instrument_aanwijzing_art5_lid3", ("gebied",), "soort", None),
    ("wbmgp.vog_overgelegd", (P, W), "bool", 0.8),
    ("wbmgp.woonverklaring_afgegeven", (P, W), "bool", 0.5),
    ("wbmgp.woonverklaring", (P, W), "soort", None),
    ("wbmgp.relevante_politiegegevens_gevonden", (P, W), "bool", 0.2),
    ("wbmgp.gegrond_vermoeden_toename_overlast_of_criminaliteit", (P, W), "bool", 0.5),
    ("wbmgp.raad_oordeel_art10", ("gemeente",), "bool", 0.9),
    ("wbmgp.onbillijkheid_van_overwegende_aard_art10", (P, W), "bool", 0.3),
]

C = DUTY_ARGS[0]
DUTY_FACTS: list[tuple[str, tuple, str, Any]] = [
    ("wmo2015.onderzoek_op_grond_van", (C,), "soort", None),
    ("wmo2015.aantal_aspecten_sociaal_domein", (C,), "int", (0, 3)),
    ("wmo2015.aantal_problemen_aanpalende_domeinen", (C,), "int", (0, 2)),
    ("wmo2015.problemen_samenhangend", (C,), "bool", 0.7),
    ("wmo2015.hoogste_aantal_diensten_een_client", (C,), "int", (0, 3)),
    ("wmo2015.aantal_clienten_met_diensten_zelfde_wet", (C,), "int", (0, 3)),
    ("wmo2015.inburgeringsplicht_art_6_lid_1", (C,), "bool", 0.15),
    ("wmo2015.aantal_sd_wetten_in_aanpak", (C,), "int", (0, 3)),
    ("wmo2015.aantal_aanpalende_diensten", (C,), "int", (0, 2)),
    ("wmo2015.geen_coordinator_wegens_eigen_regie", (C,), "bool", 0.1),
]


@dataclass
class Cases:
    """n generated rows: columns keyed like facts, (qualified name, arguments)."""

    n: int
    columns: dict[tuple, Any]


def generate(program, facts: list, n: int, seed: int, unknown: float = 0.0,
             entities: dict[str, list[str]] | None = None) -> Cases:
    """Columns for `facts`. `entities` overrides the names an entity fact chooses from (more than one name makes
    the argument of the next definition differ per row)."""
    rng = np.random.Generator(np.random.PCG64(seed))
    columns: dict[tuple, Any] = {}
    for qname, args, kind, par in facts:
        d = program.definitions[qname]
        known = rng.random(n) >= unknown if unknown else np.ones(n, dtype=bool)
        if kind == "bool":
            columns[(qname, args)] = Col(rng.random(n) < par, known)
        elif kind == "date":
            lo, hi = date_to_days(par[0]), date_to_days(par[1])
            columns[(qname, args)] = Col(rng.integers(lo, hi + 1, size=n, dtype=np.int64), known)
        elif kind == "int":
            columns[(qname, args)] = Col(rng.integers(par[0], par[1] + 1, size=n, dtype=np.int64), known)
        elif kind == "soort":
            values = program.soorten[d.type.name].values
            columns[(qname, args)] = Col(rng.integers(0, len(values), size=n).astype(np.int32), known)
        elif kind == "list":
            values = program.soorten[d.type.item.name].values
            counts = np.stack([rng.random(n) < float(par.get(v, 0.0)) for v in values]).astype(np.uint8)
            columns[(qname, args)] = ListCol(counts, known)
        elif kind == "entity":
            names = (entities or {}).get(qname, par)
            if len(names) == 1 and not unknown:
                columns[(qname, args)] = constant(n, entity_code(names[0]), np.int64)
            else:
                codes = np.array([entity_code(x) for x in names], dtype=np.int64)
                columns[(qname, args)] = Col(codes[rng.integers(0, len(names), size=n)], known)
        else:  # pragma: no cover - a mistake in the tables above
            raise ValueError(kind)
    return Cases(n, columns)


def permit_cases(program, n: int, seed: int = 8, unknown: float = 0.0, gebieden: tuple = ("gebied",)) -> Cases:
    """Cases for the Wbmgp permit decision. With several gebieden, each gets its own designation facts."""
    facts = []
    for qname, args, kind, par in PERMIT_FACTS:
        if "gebied" in args and len(gebieden) > 1:
            facts.extend((qname, tuple(g if a == "gebied" else a for a in args), kind, par) for g in gebieden)
        else:
            facts.append((qname, args, kind, par))
    extra = {"wbmgp.gebied_van": list(gebieden)} if len(gebieden) > 1 else None
    if len(gebieden) > 1:
        facts.extend(("wbmgp.gemeente_van", (g,), "entity", ["gemeente"]) for g in gebieden)
        facts = [f for f in facts if f[:2] != ("wbmgp.gemeente_van", ("gebied",))]
    return generate(program, facts, n, seed, unknown, extra)


def duty_cases(program, n: int, seed: int = 23, unknown: float = 0.0) -> Cases:
    return generate(program, DUTY_FACTS, n, seed, unknown)


def row_facts(program, columns: dict, i: int) -> dict:
    """Row i as the facts of the single path (unknown facts left out)."""
    facts = {}
    for key, col in columns.items():
        if not bool(col.known[i]):
            continue
        t = program.definitions[key[0]].type
        if isinstance(col, ListCol):
            facts[key] = decode_list(col.counts, i, t, program.soorten)
        else:
            facts[key] = decode_value(col.val[i], t, program.soorten)
    return facts


# -- the same rows as OpenFisca inputs (openfisca_wbmgp.py), for the art. 8 decision ----------------------------

_OF_FACTS = {
    "aanwijzing_ingangsdatum": ("wbmgp.ingangsdatum_aanwijzing", ("gebied", L1)),
    "aanwijzing_einddatum": ("wbmgp.einddatum_aanwijzing", ("gebied", L1)),
    "aanwijzing_ingetrokken": ("wbmgp.aanwijzing_ingetrokken", ("gebied", L1)),
    "woonruimte_in_categorie_art8": ("wbmgp.woonruimte_in_categorie_art8", (W,)),
    "raad_oordeel_art8": ("wbmgp.raad_oordeel_art8", ("gemeente",)),
    "ingezetene_regio_sinds": ("wbmgp.onafgebroken_ingezetene_regio_sinds", (P,)),
    "datum_aanvraag": ("wbmgp.datum_aanvraag_huisvestingsvergunning", (W,)),
    "studiefinanciering": ("wbmgp.aanspraak_op_studiefinanciering", (P,)),
    "beroep_op_hardheidsclausule": ("wbmgp.beroep_op_hardheidsclausule", (P, W)),
    "onbillijkheid_van_overwegende_aard": ("wbmgp.onbillijkheid_van_overwegende_aard_art8", (P, W)),
}


def openfisca_columns(program, cases: Cases, inkomens: dict[str, str]) -> dict[str, np.ndarray]:
    """The rows as OpenFisca input arrays (dates as datetime64[D]); `inkomens` maps an OpenFisca variable to the
    value of `inkomensbronnen` it stands for. Only for cases in which every fact is known."""
    cols = cases.columns
    out: dict[str, np.ndarray] = {}
    for name, key in _OF_FACTS.items():
        col = cols[key]
        if not np.all(col.known):
            raise ValueError("OpenFisca has no unknowns: compare on cases in which every fact is known")
        val = np.asarray(np.broadcast_to(col.val, (cases.n,)))
        out[name] = val.astype("datetime64[D]") if program.definitions[key[0]].type.name == "datum" else val
    sources = program.soorten[program.definitions["wbmgp.inkomensbronnen"].type.item.name].values
    counts = cols[("wbmgp.inkomensbronnen", (P,))].counts
    for name, value in inkomens.items():
        out[name] = counts[sources.index(value)] > 0
    return out


def openfisca_row(columns: dict[str, np.ndarray], i: int) -> dict:
    """Row i of openfisca_columns as the JSON values of an OpenFisca situation."""
    return {name: (str(col[i]) if col.dtype.kind == "M" else bool(col[i])) for name, col in columns.items()}
