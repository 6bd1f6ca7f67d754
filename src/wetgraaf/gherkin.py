"""A bridge to Gherkin: peers' feature files run as wetgraaf scenarios, and wetgraaf scenarios are written as Gherkin.

Reading. `lees_feature` reads the subset of Gherkin the peers use (Feature, Background, Scenario, tags, Given / When /
Then / And / But steps, data tables, # comments). A mapping file (YAML, docs/peers.md) says what each step means in
wetgraaf terms; `scenarios` turns every Gherkin scenario into a wetgraaf scenario (the ordinary scenario format,
read by wetgraaf.scenario), so a peer's feature file runs unchanged with only the mapping added:

    wet: participatiewet
    persoon: aanvrager                       # the entity the peer's parameters are about
    vaste_feiten: {nederlander: waar}        # facts about the person the peer leaves implicit
    algemene_feiten: {norm_artikel_21: 1091.71}  # facts of the case (no person) the peer leaves implicit
    stappen:                                 # regex on the step text -> what it does
      - {patroon: 'the calculation date is "(?P<datum>[^"]+)"', peildatum: datum}
      - {patroon: 'the following parameters:', parameters: tabel}
      - {patroon: 'output "(?P<uitvoer>[^"]+)" equals (?P<waarde>\\S+)', verwacht: true}
      - {patroon: 'law "[^"]+" is loaded'}   # understood, does nothing
    parameters:                              # a peer's parameter -> facts (value maps, conversions)
      leeftijd: {feit: geboortedatum, omzetting: leeftijd_naar_geboortedatum}
      is_alleenstaande: {feit: leefvorm, waarden: {"true": alleenstaande, "false": gehuwden}}
    uitvoer:                                 # a peer's output -> a wetgraaf question and how to read its value
      uitkering_bedrag: {vraag: "vastgestelde_bijstand(aanvrager)", omzetting: eurocent}
    afwijkingen:                             # scenarios expected to differ, each with its reason (strict)
      "Scenario name": "reason, with the lid"

A step that no pattern matches is an error naming the file and line (WG-GHK-002): nothing is skipped silently.

Writing. `naar_gherkin` writes wetgraaf scenarios as Dutch Gherkin in one fixed style, which the built-in mapping
`EIGEN_MAPPING` reads back, so a policy team can read them and the round trip is tested.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from .core.errors import LawError, LawErrors, yaml_problem
from .core.positions import Pos
from .taal import bericht
from .yamlpos import yaml_probleem

_KEYWORDS = ("Given", "When", "Then", "And", "But", "Gegeven", "Stel", "Als", "Wanneer", "Dan", "En", "Maar", "*")


@dataclass
class Stap:
    keyword: str
    tekst: str
    regel: int
    tabel: list[list[str]] = field(default_factory=list)


@dataclass
class GherkinScenario:
    naam: str
    regel: int
    tags: list[str]
    stappen: list[Stap]


@dataclass
class Feature:
    naam: str
    bestand: str
    achtergrond: list[Stap]
    scenarios: list[GherkinScenario]


def lees_feature(pad: Path | str, tekst: str | None = None) -> Feature:
    """Read a feature file (the subset above); a line it does not understand is WG-GHK-001 with its position."""
    pad = str(pad)
    tekst = Path(pad).read_text(encoding="utf-8") if tekst is None else tekst
    feature = Feature("", pad, [], [])
    huidig: list[Stap] | None = None
    tags: list[str] = []
    for nr, ruw in enumerate(tekst.splitlines(), 1):
        regel = ruw.strip()
        if not regel or regel.startswith("#"):
            continue
        if regel.startswith("@"):
            tags += regel.split()
            continue
        kop = re.match(r"^(Feature|Functionaliteit|Background|Achtergrond|Scenario|Scenario Outline|Abstract "
                       r"Scenario):\s*(.*)$", regel)
        if kop:
            soort, naam = kop.groups()
            if soort in ("Feature", "Functionaliteit"):
                feature.naam = naam
                huidig = None
            elif soort in ("Background", "Achtergrond"):
                huidig = feature.achtergrond
            elif soort == "Scenario":
                sc = GherkinScenario(naam, nr, tags, [])
                feature.scenarios.append(sc)
                huidig = sc.stappen
            else:
                raise LawErrors([LawError("WG-GHK-001", bericht("WG-GHK-001.outline"), Pos(pad, nr, 1))])
            tags = []
            continue
        if regel.startswith("|"):
            if huidig is None or not huidig:
                raise LawErrors([LawError("WG-GHK-001", bericht("WG-GHK-001.tabel"), Pos(pad, nr, 1))])
            huidig[-1].tabel.append([c.strip() for c in regel.strip("|").split("|")])
            continue
        woord = regel.split(" ", 1)[0]
        if woord in _KEYWORDS and huidig is not None:
            huidig.append(Stap(woord, regel[len(woord):].strip(), nr))
            continue
        if huidig is None and feature.naam:
            continue  # the free description under Feature:
        raise LawErrors([LawError("WG-GHK-001", bericht("WG-GHK-001", regel=regel[:60]),
                                  Pos(pad, nr, ruw.index(regel[0]) + 1))])
    return feature


# Conversions a mapping may name: a peer's value -> the value a wetgraaf fact or answer is written in.
def _eurocent(v: str, _peil: _dt.date) -> str:
    return str((Decimal(v) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _leeftijd_naar_geboortedatum(v: str, peil: _dt.date) -> _dt.date:
    # The youngest birth date with that age on the peildatum: 1 January, N years back, is always exactly N.
    return _dt.date(peil.year - int(v), 1, 1)


OMZETTINGEN = {"eurocent": _eurocent, "leeftijd_naar_geboortedatum": _leeftijd_naar_geboortedatum,
               "euro": lambda v, _p: str(Decimal(v).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))}


@dataclass
class Vertaling:
    """A Gherkin scenario as a wetgraaf scenario (YAML text) plus the reason when it is expected to differ."""

    naam: str
    yaml_tekst: str
    afwijking: str | None
    regel: int


def _fout(pad: str, regel: int, tekst: str, code: str = "WG-GHK-002") -> LawErrors:
    return LawErrors([LawError(code, tekst, Pos(pad, regel, 1))])


def _waarde(v: Any, conf: dict, peil: _dt.date) -> Any:
    v = str(v)
    if "waarden" in conf:
        m = {str(k).lower(): w for k, w in conf["waarden"].items()}
        if v.lower() not in m:
            raise KeyError(v)
        return m[v.lower()]
    if "omzetting" in conf:
        return OMZETTINGEN[conf["omzetting"]](v, peil)
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return v


def scenarios(feature: Feature, mapping: dict, mapping_pad: str = "mapping") -> list[Vertaling]:
    """Every scenario of the feature as a wetgraaf scenario, by the mapping."""
    persoon = mapping.get("persoon", "aanvrager")
    uit: list[Vertaling] = []
    for sc in feature.scenarios:
        peil: _dt.date | None = None
        params: list[tuple[str, str, int]] = []
        verwacht: dict[str, Any] = {}
        for stap in feature.achtergrond + sc.stappen:
            regel = next(((r, m) for r in mapping.get("stappen", [])
                          if (m := re.fullmatch(r["patroon"], stap.tekst))), None)
            if regel is None:
                raise _fout(feature.bestand, stap.regel, bericht("WG-GHK-002.stap", mapping=str(mapping_pad),
                                                                             stap=stap.tekst))
            r, m = regel
            if "peildatum" in r:
                peil = _dt.date.fromisoformat(m.group(r["peildatum"]))
            if r.get("parameters") == "tabel":
                params += [(row[0], row[1], stap.regel) for row in stap.tabel]
            if r.get("verwacht"):
                naam = m.group("uitvoer")
                conf = mapping.get("uitvoer", {}).get(naam)
                if conf is None:
                    raise _fout(feature.bestand, stap.regel, bericht("WG-GHK-002.uitvoer", naam=naam,
                                                                 mapping=str(mapping_pad)))
                verwacht[conf["vraag"]] = (m.group("waarde"), conf)
        if peil is None:
            raise _fout(feature.bestand, sc.regel, bericht("WG-GHK-002.datum", naam=sc.naam))
        feiten: dict[str, Any] = dict(mapping.get("vaste_feiten", {}))
        for key, value, regel in params:
            conf = mapping.get("parameters", {}).get(key)
            if conf is None:
                raise _fout(feature.bestand, regel, bericht("WG-GHK-002.parameter", naam=key,
                                                                     mapping=str(mapping_pad)))
            for doel in conf.get("feiten", [conf] if "feit" in conf else []):
                try:
                    feiten[doel["feit"]] = _waarde(value, doel, peil)
                except KeyError:
                    raise _fout(feature.bestand, regel, bericht("WG-GHK-002.waarde", waarde=value, naam=key,
                                                                         mapping=str(mapping_pad))) from None
        vragen = list(verwacht)
        data = {"naam": sc.naam, "bron": f"{feature.bestand}:{sc.regel}", "peildatum": peil,
                "wet": mapping["wet"], "personen": {persoon: feiten}, "vragen": vragen,
                "verwacht": {v: _waarde(w, c, peil) for v, (w, c) in verwacht.items()}}
        if mapping.get("algemene_feiten"):
            data["feiten"] = dict(mapping["algemene_feiten"])
        tekst = yaml.safe_dump({"scenarios": [data]}, allow_unicode=True, sort_keys=False)
        uit.append(Vertaling(sc.naam, tekst, mapping.get("afwijkingen", {}).get(sc.naam), sc.regel))
    return uit


def lees_mapping(pad: Path) -> dict:
    text = pad.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
        problem, pos = yaml_problem(exc, text, str(pad))
        raise LawErrors([LawError("WG-GHK-003", bericht("WG-GHK-003", probleem=yaml_probleem(problem)), pos)]) \
            from None
    if not isinstance(data, dict) or "wet" not in data or "stappen" not in data:
        raise _fout(str(pad), 1, bericht("WG-GHK-003.velden"), "WG-GHK-003")
    for veld in ("vaste_feiten", "algemene_feiten"):
        if data.get(veld) is not None and not isinstance(data[veld], dict):
            regel = next((i for i, line in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1)
                          if line.startswith(f"{veld}:")), 1)
            raise _fout(str(pad), regel, bericht("WG-GHK-003.feiten", veld=veld), "WG-GHK-003")
    return data


def _gherkin_waarde(v: Any) -> str:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    return str(v)


def naar_gherkin(scenarios_: list, titel: str) -> str:
    """wetgraaf scenarios (wetgraaf.scenario.Scenario) as Dutch Gherkin, read back by EIGEN_MAPPING."""
    out = ["# language: nl", f"Functionaliteit: {titel}", ""]
    for sc in scenarios_:
        raw = sc.raw
        out.append(f"  Scenario: {sc.naam}")
        out.append(f'    Gegeven de peildatum "{sc.peildatum.isoformat()}"')
        personen = raw.get("personen") or {}
        for naam, feiten in personen.items():
            out.append(f'    En de feiten over "{naam}":')
            for k, v in (feiten or {}).items():
                out.append(f"      | {k} | {_gherkin_waarde(v)} |")
        if raw.get("feiten"):
            out.append("    En de feiten:")
            for k, v in raw["feiten"].items():
                out.append(f"      | {k} | {_gherkin_waarde(v)} |")
        for vraag, waarde in (raw.get("verwacht") or {}).items():
            out.append(f'    Dan is "{vraag}" gelijk aan "{_gherkin_waarde(waarde)}"')
        out.append("")
    return "\n".join(out)


def eigen_scenarios(feature: Feature, wet: str) -> list[Vertaling]:
    """Read Gherkin written by naar_gherkin (wetgraaf's own style) back into scenarios."""
    uit = []
    for sc in feature.scenarios:
        data: dict[str, Any] = {"naam": sc.naam, "bron": f"{feature.bestand}:{sc.regel}", "wet": wet,
                                "personen": {}, "feiten": {}, "vragen": [], "verwacht": {}}
        for stap in sc.stappen:
            if m := re.fullmatch(r'de peildatum "([^"]+)"', stap.tekst):
                data["peildatum"] = _dt.date.fromisoformat(m.group(1))
            elif m := re.fullmatch(r'de feiten over "([^"]+)":', stap.tekst):
                data["personen"][m.group(1)] = {r[0]: _lees(r[1]) for r in stap.tabel}
            elif stap.tekst == "de feiten:":
                data["feiten"] = {r[0]: _lees(r[1]) for r in stap.tabel}
            elif m := re.fullmatch(r'is "([^"]+)" gelijk aan "([^"]*)"', stap.tekst):
                data["vragen"].append(m.group(1))
                data["verwacht"][m.group(1)] = _lees(m.group(2))
            else:
                raise _fout(feature.bestand, stap.regel, bericht("WG-GHK-002.stijl", stap=stap.tekst))
        for leeg in ("personen", "feiten"):
            if not data[leeg]:
                del data[leeg]
        uit.append(Vertaling(sc.naam, yaml.safe_dump({"scenarios": [data]}, allow_unicode=True, sort_keys=False),
                             None, sc.regel))
    return uit


def _lees(v: str) -> Any:
    """A table cell as YAML reads a scenario value (dates, numbers, waar/onwaar stay what they are)."""
    try:
        return yaml.safe_load(v) if v not in ("waar", "onwaar") else v
    except yaml.YAMLError:
        return v
