"""Map the neutral test cases of ../shared/scenarios/ onto wetgraaf scenarios.

Each determination has a mapping file (tests/shared/mapping/*.yaml) that says which question to ask, which
entities to create, and how each neutral fact key becomes one or more of the project's facts:

    gezinslid:
      wet: wmo2015
      wijzigingen: [wams]
      vraag: gezinslid(betrokkene, cliënt)
      personen: [betrokkene, cliënt, kind_in_huishouding]
      vaste_feiten: {kinderen_in_huishouding(cliënt): [kind_in_huishouding]}
      feiten:
        hoofdverblijf_zelfde_woning_als_client: {hoofdverblijf_in_dezelfde_woning(betrokkene, cliënt): $}
      waarden: {verblijfplaats: {pleeggezin: pleeggezin}}     # neutral value -> project value, per key
      uitkomsten: {sociaal_domein: sociaal}                    # neutral expected value -> project value
      onwaar_tenzij_gegeven: [gehuwd_met(betrokkene, cliënt)]  # project facts no neutral key covers: false
      wetten: {wbmgp-2025: {wijzigingen: [wbmgp-2025]}}        # per case `law`: keys replacing those above
      aangenomen: {instrument_aanwijzing_art5_lid3: onderzoek_politiegegevens}  # presupposed when not given
      onderbepaald: {wbmgp-art10-010: reason}                  # cases too thin to decide on the text (xfail)

`$` stands for the case's value; a mapping instead of `$` is a table of the target's own value for each value of
the case (`{omwonenden: false, wijkagent: true}`), used when one neutral key sets facts of different kinds; `null`
in such a table leaves the target as an earlier key set it (`{true: false, false: null}`: only 'true' overrides).
`uitkomsten` also translates true/false: `{false: geen_grondslag}` says that in this version of the law the
answer is 'no' because no provision gives it (scenario expectation `geen_grondslag`, docs/scenarios.md).

The README's conventions are applied: a boolean key the case does not list is
false (its facts are set to onwaar), except a judgement (a fact declared as `oordeel`) in a case whose expected
outcome is unknown — that judgement has not been made. Keys marked `beschrijvend` are descriptive only.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[3] / "shared" / "scenarios"
DOLLAR = "$"


@dataclass
class Case:
    file: str
    data: dict

    @property
    def id(self) -> str:
        return self.data["id"]


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(SHARED.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            cases.append(Case(path.name, item))
    return cases


def load_mappings() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted((HERE / "mapping").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for det, spec in data.items():
            if det in out:
                raise ValueError(f"determination {det} mapped twice ({path.name})")
            spec["_file"] = path.name
            out[det] = spec
    return out


def _fact_name(target: str) -> str:
    return target.split("(", 1)[0].strip()


def build_scenario(case: Case, spec: dict, program) -> dict:
    """The wetgraaf scenario (as a dict in the scenario-file format) for one neutral case."""
    facts_in = dict(case.data.get("facts") or {})
    mapped = spec.get("feiten") or {}
    descriptive = set(spec.get("beschrijvend") or [])
    unknown_case = case.data.get("expected") == "unknown"
    unmapped = [k for k in facts_in if k not in mapped and k not in descriptive]
    if unmapped:
        raise KeyError(f"case {case.id}: fact key(s) {unmapped} have no mapping in {spec['_file']}")
    feiten: dict[str, Any] = dict(spec.get("vaste_feiten") or {})
    # "Facts not listed do not apply": the project's own boolean facts that no neutral key covers.
    for target in spec.get("onwaar_tenzij_gegeven") or []:
        feiten[target] = False
    for key, targets in mapped.items():
        if key in facts_in:
            raw = value = facts_in[key]
            value = (spec.get("waarden") or {}).get(key, {}).get(value, value) if not isinstance(value, bool) else value
        elif key in (spec.get("aangenomen") or {}):
            # The determination presupposes this value when a case does not give the key (see the mapping file).
            raw = value = spec["aangenomen"][key]
            value = (spec.get("waarden") or {}).get(key, {}).get(value, value) if not isinstance(value, bool) else value
            facts_in = {**facts_in, key: raw}
        else:
            # Missing keys: booleans are false, except an unmade judgement in an 'unknown' case.
            if not all(_is_bool_input(program, _fact_name(t), spec) for t in targets):
                continue
            if unknown_case and any(_is_oordeel(program, _fact_name(t), spec) for t in targets):
                continue
            value = False
        for target, template in targets.items():
            if isinstance(template, dict) and key in facts_in:
                # A table of its own: this target's value for each value of the case's key.
                if raw not in template:
                    raise KeyError(f"case {case.id}: {key}: {raw!r} is not in the table for {target} in "
                                   f"{spec['_file']}")
                if template[raw] is not None:
                    feiten[target] = template[raw]
            else:
                feiten[target] = value if template == DOLLAR or isinstance(template, dict) else template
    doc = {
        "naam": case.id,
        "peildatum": case.data["peildatum"],
        "wet": spec.get("wet"),
        "wijzigingen": list(spec.get("wijzigingen") or []),
        "personen": {p: {} for p in spec.get("personen") or []},
        "entiteiten": spec.get("entiteiten") or {},
        "feiten": feiten,
        "vragen": [spec["vraag"]],
        "verwacht": {spec["vraag"]: expected_of(case, spec)},
    }
    return doc


def expected_of(case: Case, spec: dict):
    value = case.data["expected"]
    if value == "unknown":
        return "onbekend"
    table = spec.get("uitkomsten") or {}
    if isinstance(value, bool):
        # `uitkomsten: {false: geen_grondslag}`: in this version 'false' means that no provision gives the decision.
        # Only a boolean key translates a boolean (True == 1 in a dict).
        return next((v for k, v in table.items() if k is value), value)
    return table.get(value, value)


def _definition(program, name: str, spec: dict):
    wet = spec.get("wet")
    if "." in name:
        return program.definitions.get(name)
    return program.definitions.get(f"{wet}.{name}") or program.lookup(name)


def _is_bool_input(program, name: str, spec: dict) -> bool:
    d = _definition(program, name, spec)
    return d is not None and d.is_input and d.type.name == "waarheid"


def _is_oordeel(program, name: str, spec: dict) -> bool:
    d = _definition(program, name, spec)
    return d is not None and d.kind == "oordeel"


def to_yaml(doc: dict) -> str:
    def default(o):
        if isinstance(o, _dt.date):
            return o.isoformat()
        raise TypeError
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
