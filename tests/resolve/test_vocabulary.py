"""Every fact key and value documented in ../shared/scenarios/README.md maps, through tests/shared/mapping, for
every determination it can affect (issue 13): not only where a case happens to use it.

The README groups its fact keys by topic; AFFECTS says which determinations each group can affect. For each of
those determinations (and each law variant of its mapping, `wetten`), every key of the group is either mapped
(`feiten`) or declared descriptive for it (`beschrijvend`, with the reason as a comment in the mapping file).
Every value the README lists for a key (after a colon, or "e.g.") is accepted: it is in the mapping's `waarden`
table for that key, in a per-target table, or it is itself a value of the project's soort the key maps onto.
"""

from __future__ import annotations

import re

import pytest

from shared_adapter_loader import adapter  # noqa: E402

README = adapter.SHARED / "README.md"

AFFECTS: dict[str, tuple[str, ...]] = {
    "Wams: persons, household, cliënt": ("gezinslid", "client"),
    "Wams: problems, domains, partij": ("meervoudige_problematiek", "domein", "partij"),
    "Wams: research (2.3a.1, 2.3a.4, mirror articles)": (
        "onderzoek_verplicht", "onderzoek_procedure", "onderzoek_reikwijdte_omvat", "onderzoek_tijdig"),
    "Wams: gecoördineerde aanpak, coordinator, application, urgency": (
        "gecoordineerde_aanpak_plicht", "eigen_regie_toegestaan", "coordinator_benoembaar",
        "aparte_aanvraag_vereist", "beschikking_tijdig", "tijdelijke_maatwerkvoorziening_toegestaan"),
    "Wams: request by a partij (2.3a.4)": ("verzoek_partij_geldig",),
    "Wams: data processing (ch. 5 par. 4)": (
        "verstrekkingsplicht", "verstrekking_geheimhouder_toegestaan", "casusoverleg_deelname_toegestaan",
        "client_uitnodigen_casusoverleg", "verwerking_buiten_casusoverleg_toegestaan",
        "gebruik_onderzoeksgegevens_toegestaan", "verwerkingsverantwoordelijke", "gegevens_overdragen_aan_college",
        "bewaartermijn_verstreken"),
    "Wams: meldpunt (2.2.5, ch. 5 par. 5)": (
        "melding_in_behandeling", "persoonsgegevens_registreren", "anoniem_jegens_gemelde_mogelijk",
        "melddossier_bewaarstatus", "melddossier_verstrekking_toegestaan"),
    "Wams: Zorg- en Veiligheidshuis (Art. VIII)": (
        "zvh_aanmelding_toegestaan", "zvh_afstemming_toegestaan", "verzoekende_partij_informeren"),
    "Wbmgp: chapter 2 (kansenzones, OZB)": (
        "kansenzone_aanwijsbaar", "ozb_vermindering_toegestaan", "ozb_aanslag_na_vermindering"),
    "Wbmgp: huisvestingsvergunning (art. 5 lid 3, 8, 10-10b)": (
        "huisvestingsvergunning_weigeren", "gedraging_meeweegbaar", "politiegegevens_verstrekbaar", "hoorplicht"),
    "Wbmgp: priority (art. 9, municipal verordening)": ("voorrang_art9", "voorrang_art9_rang"),
    "Wbmgp: designation (art. 3 lid 4, 5, 6, 7)": (
        "aanwijzing_toegestaan", "verlenging_toegestaan", "aanwijzing_geacht_genomen", "aanwijzing_intrekken"),
    "Wbmgp: 2025 revision (voorkeursrecht)": ("voorkeursrecht_gemeente",),
}
_VALUE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


def _sections() -> dict[str, list[tuple[str, str, str]]]:
    """README fact-key tables: section title -> [(key, type, meaning)]."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    title = None
    in_keys = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            in_keys = line.strip() == "## Fact keys"
            continue
        if in_keys and line.startswith("### "):
            title = line[4:].strip()
            out[title] = []
            continue
        if in_keys and title and line.startswith("| `"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out[title].append((cells[0].strip("`"), cells[1], cells[2]))
    return out


def documented_values(meaning: str) -> list[str]:
    """The values a README meaning lists: after 'e.g.' or after the last colon, comma-separated snake_case words."""
    m = re.search(r"(?:e\.g\.|:)\s*([a-z0-9_]+(?:\s*,\s*[a-z0-9_]+)+)", meaning)
    if not m:
        return []
    return [v.strip() for v in m.group(1).split(",") if _VALUE.match(v.strip())]


SECTIONS = _sections()
MAPPINGS = adapter.load_mappings()


def _variants(spec: dict) -> list[tuple[str, dict]]:
    out = [("basis", spec)]
    for law, per_law in (spec.get("wetten") or {}).items():
        out.append((law, {**spec, **per_law}))
    return out


def test_the_readme_and_the_table_of_groups_agree():
    assert set(SECTIONS) == set(AFFECTS), "a README key group is missing from AFFECTS (or renamed)"
    assert sum(len(v) for v in SECTIONS.values()) > 150


KEY_CASES = [(title, det) for title, dets in AFFECTS.items() for det in dets]


@pytest.mark.parametrize("title,det", KEY_CASES, ids=[f"{d}<-{t.split(':')[0]}:{t.split(':')[1][:20].strip()}"
                                                       for t, d in KEY_CASES])
def test_every_documented_key_maps_for_every_determination_it_can_affect(title, det):
    assert det in MAPPINGS, f"determination {det} has no mapping"
    missing = []
    for law, spec in _variants(MAPPINGS[det]):
        known = set(spec.get("feiten") or {}) | set(spec.get("beschrijvend") or [])
        missing += [f"{key} ({law})" for key, _, _ in SECTIONS[title] if key not in known]
    assert not missing, (f"{det} ({MAPPINGS[det]['_file']}): documented keys neither mapped nor declared "
                         f"descriptive: {', '.join(missing)}")


VALUE_CASES = [(title, key, meaning) for title, rows in SECTIONS.items() for key, typ, meaning in rows
               if typ == "text" and documented_values(meaning)]


@pytest.fixture(scope="module")
def programs():
    import datetime as dt

    import wetgraaf

    wg = wetgraaf.load()
    return lambda wijzigingen: wg.program(dt.date(2026, 7, 1), tuple(wijzigingen))


@pytest.mark.parametrize("title,key,meaning", VALUE_CASES, ids=[k for _, k, _ in VALUE_CASES])
def test_every_documented_value_maps(title, key, meaning, programs):
    problems = []
    for det in AFFECTS[title]:
        for law, spec in _variants(MAPPINGS[det]):
            targets = (spec.get("feiten") or {}).get(key)
            if targets is None:
                continue  # descriptive for this determination
            table = (spec.get("waarden") or {}).get(key, {})
            program = programs(spec.get("wijzigingen") or ())
            for value in documented_values(meaning):
                if value in table:
                    continue
                for target, template in (targets or {}).items():
                    if isinstance(template, dict):
                        if value not in template:
                            problems.append(f"{det} ({law}): {value} not in the table for {target}")
                        continue
                    d = adapter._definition(program, adapter._fact_name(target), spec)
                    if d is None:
                        problems.append(f"{det} ({law}): target {target} is not a definition")
                        continue
                    t = d.type.item if d.type.kind == "lijst" else d.type
                    if t.kind == "soort" and value not in program.soorten[t.name].values:
                        problems.append(f"{det} ({law}): {value} is not a value of {t.name} ({target})")
    assert not problems, "\n".join(problems)
