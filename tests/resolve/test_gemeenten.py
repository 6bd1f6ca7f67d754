"""The municipal data of the Wbmgp (law/gemeenten/, resolve/gegevens.py): the shipped files load and fit the law,
bad files give located errors, and a scenario naming a gemeente or gebied gets the right facts for its peildatum."""

from __future__ import annotations

import datetime as _dt
import textwrap
from pathlib import Path

import pytest

from wetgraaf.taal import tekst
import wetgraaf
from wetgraaf.core.errors import LawError, LawErrors
from wetgraaf.resolve.gegevens import GEGENEREERDE_FEITEN, aanvullen, sleutel
from wetgraaf.resolve.gegevens import load_gegevens as load_gemeenten
from wetgraaf.scenario import load_text

LAW = Path(__file__).parents[2] / "law"
DATES = [_dt.date(2024, 1, 1), _dt.date(2026, 6, 4)]


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


@pytest.fixture(scope="module")
def shipped():
    return load_gemeenten(LAW / "gemeenten")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------------------------
# The shipped data


def test_shipped_data_loads(shipped):
    assert {"rotterdam", "zaanstad", "schiedam", "capelle_aan_den_ijssel", "tilburg", "nissewaard", "vlaardingen",
            "dordrecht", "s_hertogenbosch", "nijmegen"} == set(shipped.gemeenten)
    assert shipped.gebied("rotterdam_zuid").gemeente == "rotterdam"
    assert shipped.gemeente("Den Bosch").id == "s_hertogenbosch"
    assert shipped.gemeente("Capelle aan den IJssel").id == "capelle_aan_den_ijssel"


@pytest.mark.parametrize("date", DATES, ids=str)
def test_generated_facts_are_facts_of_the_law(wg, date):
    program = wg.program(date)
    for name in GEGENEREERDE_FEITEN:
        d = program.definitions.get(f"wbmgp.{name}")
        assert d is not None and d.is_input, f"{name} is not a fact or oordeel of the Wbmgp on {date}"


@pytest.mark.parametrize("date", DATES, ids=str)
def test_shipped_kenmerken_are_values_of_the_law(wg, shipped, date):
    values = wg.program(date).soorten["kenmerk_art9"].values
    for gem in shipped.gemeenten.values():
        for k in gem.kenmerken or []:
            assert k.kenmerk in values, f"{gem.file}: kenmerk {k.kenmerk} is not in soort kenmerk_art9"


def test_every_stated_value_has_a_source(shipped):
    for gem in shipped.gemeenten.values():
        for w in gem.toegepast.values():
            assert w.bron.startswith("seed ")
        for gebied in gem.gebieden:
            assert gebied.bron.startswith("seed ")
            for a in gebied.aanwijzingen:
                assert a.bron.startswith("seed ")


def test_sleutel():
    assert sleutel("'s-Hertogenbosch") == "s_hertogenbosch"
    assert sleutel("Capelle aan den IJssel") == "capelle_aan_den_ijssel"


# ---------------------------------------------------------------------------------------------------------------
# Validation: every problem located


def _errors(folder: Path) -> list:
    with pytest.raises(LawErrors) as info:
        load_gemeenten(folder)
    return info.value.errors


def test_invalid_yaml_is_located(tmp_path):
    _write(tmp_path, "voorbeeld.yaml", """
        gemeente: Voorbeeld
        gebieden: [
    """)
    (err,) = _errors(tmp_path)
    assert err.code == "WG-GEM-001" and err.pos.file.endswith("voorbeeld.yaml") and err.pos.line >= 2


def test_structural_errors_are_all_reported_with_their_line(tmp_path):
    _write(tmp_path, "voorbeeld.yaml", """
        gemeente: Voorbeeld
        onbekend: 1
        gebieden:
          - id: Centrum Noord
            naam: Centrum
            bron: fictief
            aanwijzingen:
              - artikel: 11
                bron: fictief
              - artikel: 10
                bron: ergens
                ingangsdatum: 2024-07-01
                einddatum: 2024-06-30
                instrument: camera
        verordening:
          artikel_9:
            toegepast: ja
            bron: fictief
            kenmerken:
              - {kenmerk: betaald_werk, rang: 4, bron: fictief}
    """)
    errors = _errors(tmp_path)
    by_code = {}
    for e in errors:
        by_code.setdefault(e.code, []).append(e)
    lines = {e.pos.line for e in errors}
    assert by_code["WG-GEM-002"][0].pos.line == 2                  # unknown key 'onbekend'
    assert any(e.pos.line == 4 and "centrum_noord" in e.message for e in by_code["WG-GEM-007"])  # id spelling
    assert any("artikel must be 8, 9 or 10" in tekst(e.message, "en") and e.pos.line == 8 for e in errors)
    assert any(e.code == "WG-GEM-008" and e.pos.line == 11 for e in errors)      # bron without a source
    assert any(e.code == "WG-GEM-006" and e.pos.line == 13 for e in errors)      # einddatum before ingangsdatum
    assert any("instrument" in e.message and e.pos.line == 14 for e in errors)
    assert any(e.code == "WG-GEM-004" and e.pos.line == 17 for e in errors)      # toegepast: ja is no boolean
    assert any("rang must be 1 to 3" in tekst(e.message, "en") and e.pos.line == 20 for e in errors)
    assert all(e.pos.file.endswith("voorbeeld.yaml") for e in errors) and len(lines) >= 7


def test_file_name_and_duplicate_ids(tmp_path):
    _write(tmp_path, "een.yaml", """
        gemeente: Een
        gebieden:
          - {id: hart, naam: Hart, bron: fictief}
    """)
    _write(tmp_path, "twee.yaml", """
        gemeente: Drie
        gebieden:
          - {id: hart, naam: Hart, bron: fictief}
    """)
    errors = _errors(tmp_path)
    assert any(e.code == "WG-GEM-007" and "'drie.yaml'" in e.message and e.pos.line == 1 for e in errors)
    assert any(e.code == "WG-GEM-005" and "hart" in e.message for e in errors)


def test_extensions_must_follow_each_other(tmp_path):
    _write(tmp_path, "voorbeeld.yaml", """
        gemeente: Voorbeeld
        gebieden:
          - id: hart
            naam: Hart
            bron: fictief
            aanwijzingen:
              - artikel: 8
                bron: fictief
                ingangsdatum: 2020-07-01
                einddatum: 2024-06-30
                verlengingen:
                  - {tot: 2024-06-30, bron: fictief}
    """)
    (err,) = _errors(tmp_path)
    assert err.code == "WG-GEM-006" and err.pos.line == 12


# ---------------------------------------------------------------------------------------------------------------
# From data to facts


VOORBEELD = """
    gemeente: Voorbeeldstad
    gebieden:
      - id: voorbeeldwijk
        naam: Voorbeeldwijk
        bron: fictief
        aanwijzingen:
          - artikel: 8
            bron: fictief
            besluitdatum: 2016-05-01
            ingangsdatum: 2016-07-01
            einddatum: 2020-06-30
            verlengingen:
              - {besluitdatum: 2020-05-01, tot: 2024-06-30, bron: fictief}
              - {besluitdatum: 2024-05-01, tot: 2028-06-30, bron: fictief}
            ingetrokken_per: ~
          - artikel: 10
            bron: fictief
            ingangsdatum: 2024-01-01
            einddatum: 2027-12-31
            ingetrokken_per: 2026-03-01
            instrument: onderzoek_politiegegevens
          - artikel: 9
            bron: fictief
            verlopen_uiterlijk: 2025-01-01
    verordening:
      artikel_8: {toegepast: true, bron: fictief}
      artikel_9:
        toegepast: true
        voorrang_boven_urgenten: false
        bron: fictief
        kenmerken:
          - {kenmerk: startkwalificatie_leerplichtwet, rang: 1, bron: fictief}
"""


@pytest.fixture()
def voorbeeld(tmp_path):
    _write(tmp_path, "voorbeeldstad.yaml", VOORBEELD)
    return load_gemeenten(tmp_path)


def test_facts_for_a_gebied_on_a_peildatum(wg, voorbeeld):
    program = wg.program(_dt.date(2026, 7, 1))
    entities = {"voorbeeldwijk": "gebied"}
    facts, added = aanvullen(voorbeeld, program, _dt.date(2026, 7, 1), {}, entities)
    assert entities["voorbeeldstad"] == "gemeente"  # the gemeente entity is added
    a8 = ("voorbeeldwijk", "art5_lid1_art8")
    assert facts[("wbmgp.gemeente_van", ("voorbeeldwijk",))] == "voorbeeldstad"
    assert facts[("wbmgp.ingangsdatum_aanwijzing", a8)] == _dt.date(2016, 7, 1)
    assert facts[("wbmgp.einddatum_aanwijzing", a8)] == _dt.date(2028, 6, 30)
    assert facts[("wbmgp.aantal_verlengingen", a8)] == 2
    assert facts[("wbmgp.aanwijzing_ingetrokken", a8)] is False
    assert facts[("wbmgp.aanwijzing_ingetrokken", ("voorbeeldwijk", "art5_lid3_art10"))] is True
    assert facts[("wbmgp.instrument_aanwijzing_art5_lid3", ("voorbeeldwijk",))] == "onderzoek_politiegegevens"
    assert facts[("wbmgp.aangewezen_op_peildatum", ("voorbeeldwijk", "art5_lid2_art9"))] is False
    assert facts[("wbmgp.raad_oordeel_art8", ("voorbeeldstad",))] is True
    assert facts[("wbmgp.kenmerken_art9", ("voorbeeldstad",))] == ("startkwalificatie_leerplichtwet",)
    assert facts[("wbmgp.voorrang_art9_boven_urgenten", ("voorbeeldstad",))] is False
    assert all(a.bron == "fictief" and a.pos.file.endswith("voorbeeldstad.yaml") for a in added)


def test_status_before_the_stated_expiry_is_left_open(wg, voorbeeld):
    program = wg.program(_dt.date(2024, 6, 1))
    facts, _ = aanvullen(voorbeeld, program, _dt.date(2024, 6, 1), {}, {"voorbeeldwijk": "gebied"})
    assert ("wbmgp.aangewezen_op_peildatum", ("voorbeeldwijk", "art5_lid2_art9")) not in facts
    assert facts[("wbmgp.aanwijzing_ingetrokken", ("voorbeeldwijk", "art5_lid3_art10"))] is False


def test_scenario_facts_win(wg, voorbeeld):
    program = wg.program(_dt.date(2026, 7, 1))
    key = ("wbmgp.raad_oordeel_art8", ("vs",))
    given = {key: False, ("wbmgp.gemeentenaam", ("vs",)): "Voorbeeldstad"}
    facts, added = aanvullen(voorbeeld, program, _dt.date(2026, 7, 1), given, {"vs": "gemeente"})
    assert facts[key] is False
    assert facts[("wbmgp.kenmerken_art9", ("vs",))] == ("startkwalificatie_leerplichtwet",)
    assert all(a.label != "raad_oordeel_art8(vs)" for a in added)


def test_a_value_the_law_does_not_know_is_a_located_error(wg, tmp_path):
    _write(tmp_path, "voorbeeldstad.yaml", """
        gemeente: Voorbeeldstad
        verordening:
          artikel_9:
            bron: fictief
            kenmerken:
              - {kenmerk: hondenbezit, rang: 1, bron: fictief}
    """)
    data = load_gemeenten(tmp_path)
    program = wg.program(_dt.date(2026, 7, 1))
    with pytest.raises(LawError) as info:
        aanvullen(data, program, _dt.date(2026, 7, 1), {}, {"voorbeeldstad": "gemeente"})
    assert "hondenbezit" in info.value.message and info.value.pos.line == 6


# ---------------------------------------------------------------------------------------------------------------
# End to end: the designation's dates from the data decide whether art. 8 applies (art. 5 lid 4)


SCENARIO = """
naam: Voorbeeldwijk op {peildatum}
peildatum: {peildatum}
wet: wbmgp
entiteiten:
  gebied: {{voorbeeldwijk: {{}}}}
  woning: {{woning: {{gebied_van: voorbeeldwijk, datum_aanvraag_huisvestingsvergunning: {peildatum},
                     woonruimte_in_categorie_art8: waar}}}}
vragen: [aangewezen_voor_art8(woning), "uiterste_einddatum_aanwijzing(voorbeeldwijk, art5_lid1_art8)",
         "verlenging_nog_mogelijk(voorbeeldwijk, art5_lid1_art8)"]
"""


@pytest.mark.parametrize("peildatum, in_force", [("2028-06-30", True), ("2028-07-01", False)])
def test_end_to_end_with_data(wg, voorbeeld, monkeypatch, peildatum, in_force):
    monkeypatch.setattr(wg, "_gemeenten", voorbeeld)
    (sc,) = load_text(SCENARIO.format(peildatum=peildatum), "voorbeeld.yaml")
    aangewezen, uiterste, verlengbaar = wg.run(sc)
    assert aangewezen.answer.value is in_force
    assert uiterste.answer.value == _dt.date(2036, 6, 30)  # 1 July 2016 + 20 years - 1 day
    assert verlengbaar.answer.value is True  # two of four extensions used
    assert any(a.label == "einddatum_aanwijzing(voorbeeldwijk, art5_lid1_art8)" for a in aangewezen.aanvullingen)


def test_shared_case_gets_the_verordening_by_name(wg):
    text = """
    naam: Zaanstad
    peildatum: 2026-07-01
    wet: wbmgp
    entiteiten: {gemeente: {gem: {gemeentenaam: Zaanstad}}}
    vragen: [kenmerken_art9(gem), drempel_uren_per_week_ncd(gem)]
    """
    (sc,) = load_text(textwrap.dedent(text), "zaanstad.yaml")
    kenmerken, uren = wg.run(sc)
    assert kenmerken.answer.value == ("inkomen_non_commerciele_dienstverlening", "startkwalificatie_leerplichtwet")
    assert uren.answer.value == 18


def test_a_repeated_designation_or_feature_is_reported_where_it_repeats(tmp_path):
    _write(tmp_path, "voorbeeld.yaml", """
        gemeente: Voorbeeld
        gebieden:
          - id: hart
            naam: Hart
            bron: fictief
            aanwijzingen:
              - {artikel: 8, bron: fictief}
              - {artikel: 8, bron: fictief}
        verordening:
          artikel_9:
            toegepast: true
            bron: fictief
            kenmerken:
              - {kenmerk: betaald_werk, rang: 1, bron: fictief}
              - {kenmerk: betaald_werk, rang: 1, bron: fictief}
    """)
    repeated = sorted((e.pos.line, e.message) for e in _errors(tmp_path) if e.code == "WG-GEM-005")
    assert [line for line, _ in repeated] == [8, 15]
    assert "hart" in repeated[0][1] and "8" in repeated[0][1]
    assert "betaald_werk" in repeated[1][1]
