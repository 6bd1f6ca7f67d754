"""The data-sharing question (`wetgraaf gegevens`, wetgraaf/vraagscenario.py) on the shipped corpus: each kind of
provision of Wmo 2015 ch. 5 par. 4 and 5 (Wams) gives its status and the leden it rests on; missing facts and
unmade judgements stay visible; a provision no lid regulates has no ground; wrong words are plain usage errors."""

from __future__ import annotations

import re
import datetime as _dt
import json

import pytest
import yaml

import wetgraaf

from corpus_kit import run_cli  # noqa: E402
from wetgraaf.taal import tekst
from wetgraaf.vraagscenario import Vraag, VraagFout, beantwoord  # noqa: E402
from wetgraaf.scenario import load_text  # noqa: E402

DAG = _dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


def geval(organisaties: dict | None = None, gegevens: dict | None = None, feiten: dict | None = None,
          **entiteiten) -> object:
    """A scenario with the facts of a case (the question is added by the query)."""
    ents = {"organisatie": organisaties or {}, "gegevens": {"gegevens": gegevens or {}}, **entiteiten}
    doc = {"naam": "geval", "peildatum": DAG, "wet": "wmo2015", "wijzigingen": ["wams"], "entiteiten": ents,
           "feiten": feiten or {}, "vragen": ["rol_bij_gegevensverwerking(college)"]}
    return load_text(yaml.safe_dump(doc, allow_unicode=True), "<test>")[0]


# A partij that the AMvB of 2.3a.5 lets be involved in the research (5.4.2 lid 1, second reading: issue 13).
PARTIJ = {"soort_actor": "actor_overig", "partij_met_verstrekkingsplicht_jeugdwet_7_4_0": False,
          "aangewezen_bij_amvb_artikel_2_3a_5": True}
# Data of the client himself, touching no topic he keeps out of the research (5.4.1 lid 1: the limits of the research).
BINNEN = {"onderwerpen_van_gegevens": [], "gegevens_over_gezinslid": False}
# A research on a partij's request (2.3a.4); the limits of samenspraak do not apply to it.
ROUTE = {"route_van_onderzoek": "onderzoek_op_verzoek_van_partij"}


def vraag(wg, partij, categorie, ontvanger, doel, basis=None):
    cats = [c for c in categorie.split(",") if c]
    return beantwoord(wg, Vraag(partij, cats, ontvanger, doel), basis, DAG)


def test_geheimhouder_met_toestemming_mag(wg):
    basis = geval({"huisarts": {**PARTIJ, "optreden": "werk_geneeskundige_zorg",
                                "geheimhoudingsplicht": "geheimhouding_bw_7_457"}},
                  {"noodzakelijk_voor_onderzoek": True, "verzoek_college_gemotiveerd": True,
                   "toestemming_client_voor_verstrekking": True, **BINNEN}, ROUTE)
    a = vraag(wg, "huisarts", "gezondheid", "college", "onderzoek", basis)
    assert a.status == "verstrekking_toegestaan"
    assert a.gronden[0] == "artikel 5.4.2, eerste lid, Wmo 2015"
    assert "artikel 5.4.2, tweede lid, Wmo 2015" in a.gronden
    assert "ja — toegestaan, niet verplicht" in a.tekst()


@pytest.mark.parametrize("zwaarwegend, status", [(False, "verstrekking_verplicht"),
                                                 (True, "verstrekking_niet_verplicht")])
def test_partij_zonder_beroepsgeheim(wg, zwaarwegend, status):
    basis = geval({"woningcorporatie": {**PARTIJ, "optreden": "werk_wonen",
                                        "geheimhoudingsplicht": "geen_wettelijke_geheimhoudingsplicht"}},
                  {"noodzakelijk_voor_onderzoek": True, "verzoek_college_gemotiveerd": True, **BINNEN},
                  {"zwaarwegende_redenen_tegen_verstrekking(woningcorporatie, gegevens)": zwaarwegend, **ROUTE})
    a = vraag(wg, "woningcorporatie", "gewoon", "college", "onderzoek", basis)
    assert a.status == status
    assert a.gronden[0] == "artikel 5.4.2, eerste lid, Wmo 2015"


@pytest.mark.parametrize("zwaarwegend", [False, True])
def test_politiegegevens_die_de_wpg_niet_toelaat_zijn_niet_toegestaan(wg, zwaarwegend):
    """5.4.2 lid 3: the closed regime forbids them; weighty reasons of the provider do not turn that into 'niet
    verplicht' (issue 13, finding 6)."""
    basis = geval({"politie": {**PARTIJ, "optreden": "werk_openbare_orde_en_veiligheid",
                               "geheimhoudingsplicht": "geen_wettelijke_geheimhoudingsplicht"}},
                  {"noodzakelijk_voor_onderzoek": True, "verzoek_college_gemotiveerd": True, **BINNEN,
                   "wpg_of_wjsg_staat_verstrekking_toe": False},
                  {"zwaarwegende_redenen_tegen_verstrekking(politie, gegevens)": zwaarwegend, **ROUTE})
    a = vraag(wg, "politie", "politiegegevens", "college", "onderzoek", basis)
    assert a.status == "verstrekking_niet_toegestaan"
    assert "artikel 5.4.2, derde lid, Wmo 2015" in a.gronden


@pytest.mark.parametrize("taakgegevens, status", [(False, "verstrekking_verplicht"),
                                                  (True, "verstrekking_niet_toegestaan")])
def test_burgemeester_is_ook_partij_ongeacht_het_rolwoord(wg, taakgegevens, status):
    """5.4.2 lid 1 and 4: the burgemeester is a partij; lid 4 governs only the data of his four tasks (here: he does
    not find them necessary). The answer is the same whether he is named 'burgemeester' or as an organisation that
    says it is the burgemeester (issue 13, finding 7)."""
    burgemeester = {"soort_actor": "actor_burgemeester", "optreden": "werk_openbare_orde_en_veiligheid",
                    "geheimhoudingsplicht": "geen_wettelijke_geheimhoudingsplicht",
                    "partij_met_verstrekkingsplicht_jeugdwet_7_4_0": False,
                    "aangewezen_bij_amvb_artikel_2_3a_5": True}
    gegevens = {"noodzakelijk_voor_onderzoek": True, "verzoek_college_gemotiveerd": True, **BINNEN,
                "politie_of_justitiele_gegevens": False, "gegevens_uit_taak_burgemeester": taakgegevens,
                "verstrekking_noodzakelijk_volgens_burgemeester": False}
    uitkomsten = set()
    for naam in ("burgemeester", "burgemeester_van_de_gemeente"):
        basis = geval({naam: burgemeester}, gegevens,
                      {f"zwaarwegende_redenen_tegen_verstrekking({naam}, gegevens)": False, **ROUTE})
        uitkomsten.add(vraag(wg, naam, "gewoon", "college", "onderzoek", basis).status)
    assert uitkomsten == {status}


def test_woord_burgemeester_geeft_soort_actor(wg):
    from wetgraaf.vraagscenario import scenario_document
    program = wg.program(DAG, ("wams",))
    doc, _ = scenario_document(Vraag("burgemeester", ["gewoon"], "college", "onderzoek"), program, None, DAG,
                               ("wams",))
    assert doc["entiteiten"]["organisatie"]["burgemeester"] == {"rol_bij_gegevensverwerking": "rol_burgemeester",
                                                                "soort_actor": "actor_burgemeester"}


def test_onderwerp_buiten_de_samenspraak(wg):
    """5.4.1 lid 1 with 2.3a.1 lid 4: data on a topic the client keeps out of the research are not processed for it,
    even when a partij would otherwise have to provide them (issue 13, finding 5)."""
    basis = geval({"woningcorporatie": {**PARTIJ, "optreden": "werk_wonen",
                                        "geheimhoudingsplicht": "geen_wettelijke_geheimhoudingsplicht"}},
                  {"noodzakelijk_voor_onderzoek": True, "verzoek_college_gemotiveerd": True,
                   "onderwerpen_van_gegevens": ["schulden"], "cliënt_van_onderzoek": "cliënt",
                   "gegevens_over_gezinslid": False},
                  {"zwaarwegende_redenen_tegen_verstrekking(woningcorporatie, gegevens)": False,
                   "route_van_onderzoek": "onderzoek_na_hulpvraag",
                   "client_wil_onderwerp_betrekken(cliënt, schulden)": False},
                  persoon={"cliënt": {}})
    a = vraag(wg, "woningcorporatie", "gewoon", "college", "onderzoek", basis)
    assert a.status == "verstrekking_niet_toegestaan"
    assert "artikel 5.4.1, eerste lid, Wmo 2015" in a.gronden


def test_zonder_feiten_blijft_zichtbaar_wat_ontbreekt(wg):
    a = vraag(wg, "huisarts", "gezondheid", "college", "onderzoek")
    assert a.status is None and not a.answer.known
    missing = {m.label for m in a.answer.missing_facts}
    norms = {m.label for m in a.answer.missing_oordelen}
    assert "wmo2015.geheimhoudingsplicht(huisarts)" in missing
    assert "wmo2015.zwaarwegende_redenen_tegen_verstrekking(huisarts, gegevens)" in norms
    assert "mogelijke grond: artikel 5.4.2, eerste lid" in a.tekst()


def test_onderzoeksgegevens_niet_voor_fraude(wg):
    a = vraag(wg, "college", "onderzoeksgegevens", "college", "fraude")
    assert a.status == "verstrekking_niet_toegestaan"
    assert a.gronden == ["artikel 5.4.4, eerste lid, Wmo 2015"]


def test_burgemeester_huisverbod_en_ontvanger_moet_passen(wg):
    # No aanpak followed and the client is not yet informed of the outcome: the retention period of 5.4.5 lid 1,
    # which limits the use (second reading, issue 13), has not started.
    basis = geval(gegevens={"noodzaak_gebleken_uit_onderzoek": True, "gecoordineerde_aanpak_gevolgd": False,
                            "client_over_uitkomst_geinformeerd": False})
    assert vraag(wg, "college", "onderzoeksgegevens", "burgemeester", "huisverbod", basis).status == \
        "verstrekking_toegestaan"
    # The same purpose, but the data would go to the college itself: not what 5.4.4 lid 1 allows.
    assert vraag(wg, "college", "onderzoeksgegevens", "college", "huisverbod", basis).status == \
        "verstrekking_niet_toegestaan"


def test_coordinator_krijgt_relevante_onderzoeksgegevens(wg):
    basis = geval(gegevens={"noodzakelijk_voor_coordinatietaak": True})
    a = vraag(wg, "college", "onderzoeksgegevens", "coordinator", "coordinatie", basis)
    assert a.status == "verstrekking_verplicht"
    assert a.gronden[0] == "artikel 5.4.4, derde lid, Wmo 2015"


@pytest.mark.parametrize("ambtenaar, loopt, status", [(False, False, "verstrekking_verplicht"),
                                                       (True, False, "verstrekking_niet_verplicht"),
                                                       (False, True, "verstrekking_niet_toegestaan")])
def test_overdracht_na_einde_aanpak(wg, ambtenaar, loopt, status):
    basis = geval(gegevens={"aanpak_van": "a"},
                  aanpak={"a": {"coordinator_aangewezen_voor_aanpak": True,
                                "coordinator_is_gemeenteambtenaar": ambtenaar, "aanpak_loopt": loopt}})
    assert vraag(wg, "coordinator", "coordinatiegegevens", "college", "overdracht", basis).status == status


def test_casusoverleg_bijzondere_gegevens_zonder_eigen_bevoegdheid(wg):
    basis = geval({"reintegratiebedrijf": {}}, {},
                  {"noodzakelijk_voor_eigen_taak_in_aanpak(reintegratiebedrijf, gegevens)": True,
                   "inbrengende_partij_stemt_in(reintegratiebedrijf, gegevens)": True,
                   "eigen_wettelijke_bevoegdheid_tot_verwerking(reintegratiebedrijf, gegevens)": False})
    a = vraag(wg, "casusoverleg", "gezondheid", "reintegratiebedrijf", "eigen_taak", basis)
    assert a.status == "verstrekking_niet_toegestaan"
    assert "artikel 5.4.3, vierde lid, onderdeel c, Wmo 2015" in a.gronden


def test_triage_is_een_bevoegdheid_geen_plicht(wg):
    basis = geval(gegevens={"noodzakelijk_voor_triage": True, "verzoek_meldpunt_gemotiveerd": True})
    a = vraag(wg, "ggz_instelling", "gezondheid", "meldpunt", "triage", basis)
    assert a.status == "verstrekking_toegestaan"
    assert a.gronden == ["artikel 5.5.3, Wmo 2015"]


@pytest.mark.parametrize("toestemming, status", [(True, "verstrekking_toegestaan"),
                                                 (False, "verstrekking_niet_toegestaan")])
def test_melddossier_naar_nieuwe_gemeente_alleen_met_toestemming(wg, toestemming, status):
    basis = geval(gegevens={"melding_van": "m"},
                  melding={"m": {"toestemming_gemelde": toestemming, "triage_wvggz_melding": False,
                                 "datum_melding": _dt.date(2025, 12, 1)}})
    a = vraag(wg, "college", "melddossier", "nieuwe_gemeente", "nieuwe_gemeente", basis)
    assert a.status == status
    assert "artikel 5.5.2, vijfde lid, Wmo 2015" in a.gronden


def test_geen_grondslag(wg):
    a = vraag(wg, "huisarts", "gezondheid", "woningcorporatie", "onderzoek")
    assert a.geen_grondslag and a.status is None
    assert "geen grondslag in hoofdstuk 5, paragrafen 4 en 5" in a.tekst()


def test_onbekend_woord_en_zonder_wams(wg):
    with pytest.raises(VraagFout) as info:
        vraag(wg, "huisarts", "gezondheid", "college", "vakantie")
    assert re.search("unknown doel 'vakantie'; choose one of: .*onderzoek", tekst(info.value.args[0], "en"))
    assert re.search("onbekende doel 'vakantie'; kies een van: .*onderzoek", str(info.value))  # Dutch by default
    with pytest.raises(VraagFout, match="--wijziging wams"):
        beantwoord(wg, Vraag("huisarts", [], "college", "onderzoek"), None, DAG, ())


def test_cli(tmp_path):
    case = tmp_path / "geval.yaml"
    case.write_text(yaml.safe_dump({
        "naam": "Huisarts met toestemming", "peildatum": DAG, "wet": "wmo2015", "wijzigingen": ["wams"],
        "entiteiten": {"organisatie": {"huisarts": {**PARTIJ, "optreden": "werk_geneeskundige_zorg",
                                                    "geheimhoudingsplicht": "geheimhouding_bw_7_457"}},
                       "gegevens": {"gegevens": {"noodzakelijk_voor_onderzoek": True,
                                                 "verzoek_college_gemotiveerd": True,
                                                 "toestemming_client_voor_verstrekking": True, **BINNEN}}},
        "feiten": ROUTE,
        "vragen": ["geheimhouder(huisarts)"]}, allow_unicode=True), encoding="utf-8")
    args = ["gegevens", "--partij", "huisarts", "--categorie", "gezondheid", "--ontvanger", "college",
            "--doel", "onderzoek", str(case)]
    out = run_cli(*args)
    assert out.returncode == 0, out.stderr
    assert "ja — toegestaan, niet verplicht" in out.stdout and "artikel 5.4.2, tweede lid" in out.stdout
    data = json.loads(run_cli(*args, "--json").stdout)
    assert data["status"] == "verstrekking_toegestaan" and data["gronden"][0].startswith("artikel 5.4.2")
    bad = run_cli("--taal", "en", "gegevens", "--partij", "huisarts", "--ontvanger", "college", "--doel", "vakantie")
    assert bad.returncode == 2 and "unknown doel 'vakantie'" in bad.stderr and "Traceback" not in bad.stderr
