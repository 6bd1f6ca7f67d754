"""Article 8 of the Wbmgp written as an OpenFisca model, for the benchmark only (openfisca-core is a `bench` extra).

A TaxBenefitSystem with one entity (the woningzoekende, with the woning he applies for) and the variables of
art. 8, first and second paragraph, written from the official text (law/wbmgp/artikel-8.md, quoted in the
`reference`/docstrings below) the way an OpenFisca modeller would: NumPy column formulas, every input known.
The designation of the area (art. 5, first paragraph, which art. 8 presupposes) is taken as in wetgraaf's
`aanwijzing_van_kracht`: in force from its start date through its end date unless withdrawn.

OpenFisca has no unknowns: a missing input takes the variable's default. The benchmark therefore compares the two
engines on cases in which every fact is known, and checks that both give the same answer in every row.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.periods import DateUnit
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

ART8 = "https://wetten.overheid.nl/BWBR0019388/2026-06-04#Artikel8"

Woningzoekende = build_entity(
    key="woningzoekende", plural="woningzoekenden", label="Woningzoekende (met de woning waarvoor hij een "
    "huisvestingsvergunning aanvraagt)", is_person=True)


def _invoer(name: str, value_type, label: str) -> type:
    """An input variable (OpenFisca reads a variable's attributes from its own class, not from a base class)."""
    return type(name, (Variable,), {"value_type": value_type, "label": label, "entity": Woningzoekende,
                                    "definition_period": DateUnit.DAY, "reference": ART8})


INPUTS = {
    "aanwijzing_ingangsdatum": (_invoer("aanwijzing_ingangsdatum", _dt.date,
                                        "Ingangsdatum van de aanwijzing van het gebied (art. 5, eerste lid)"),
                                "wbmgp.ingangsdatum_aanwijzing"),
    "aanwijzing_einddatum": (_invoer("aanwijzing_einddatum", _dt.date, "Einddatum van de aanwijzing (art. 5)"),
                             "wbmgp.einddatum_aanwijzing"),
    "aanwijzing_ingetrokken": (_invoer("aanwijzing_ingetrokken", bool, "De aanwijzing is ingetrokken"),
                               "wbmgp.aanwijzing_ingetrokken"),
    "woonruimte_in_categorie_art8": (_invoer("woonruimte_in_categorie_art8", bool,
                                             "in die verordening aangewezen categorieën van woonruimte"),
                                     "wbmgp.woonruimte_in_categorie_art8"),
    "raad_oordeel_art8": (_invoer("raad_oordeel_art8", bool, "indien dat naar zijn oordeel noodzakelijk en "
                                  "geschikt is ... (de gemeenteraad heeft het in de verordening bepaald)"),
                          "wbmgp.raad_oordeel_art8"),
    "ingezetene_regio_sinds": (_invoer("ingezetene_regio_sinds", _dt.date,
                                       "Sinds wanneer onafgebroken ingezetene van de regio"),
                               "wbmgp.onafgebroken_ingezetene_regio_sinds"),
    "datum_aanvraag": (_invoer("datum_aanvraag", _dt.date, "Datum van de aanvraag van de huisvestingsvergunning"),
                       "wbmgp.datum_aanvraag_huisvestingsvergunning"),
    "studiefinanciering": (_invoer("studiefinanciering", bool, "f. een aanspraak op studiefinanciering als "
                                   "bedoeld in de Wet studiefinanciering 2000"),
                           "wbmgp.aanspraak_op_studiefinanciering"),
    "beroep_op_hardheidsclausule": (_invoer("beroep_op_hardheidsclausule", bool,
                                            "De woningzoekende doet een beroep op de hardheidsclausule"),
                                    "wbmgp.beroep_op_hardheidsclausule"),
    "onbillijkheid_van_overwegende_aard": (_invoer("onbillijkheid_van_overwegende_aard", bool,
                                                   "indien het weigeren van die huisvestingsvergunning tot een "
                                                   "onbillijkheid van overwegende aard zou leiden"),
                                           "wbmgp.onbillijkheid_van_overwegende_aard_art8"),
}

# Onderdelen a-e: an income of that kind (wetgraaf's list `inkomensbronnen` holds the same as booleans here).
INKOMENS = {
    "inkomen_dienstbetrekking": ("arbeid_in_dienstbetrekking",
                                 "a. een inkomen op grond van het in dienstbetrekking verrichten van arbeid"),
    "inkomen_zelfstandig": ("zelfstandig_beroep_of_bedrijf", "b. een inkomen uit zelfstandig beroep of bedrijf"),
    "inkomen_vervroegd_uittreden": ("vrijwillig_vervroegd_uittreden", "c. een inkomen op grond van een regeling "
                                    "voor vrijwillig vervroegd uittreden"),
    "ouderdomspensioen_aow": ("ouderdomspensioen_aow", "d. een ouderdomspensioen als bedoeld in de Algemene "
                              "Ouderdomswet"),
    "pensioen_wet_lb_1964": ("pensioen_wet_lb_1964", "e. een ouderdoms- of nabestaandenpensioen als bedoeld in de "
                             "Wet op de loonbelasting 1964"),
}
for _name, (_value, _label) in INKOMENS.items():
    INPUTS[_name] = (_invoer(_name, bool, _label), None)


def _jaar_maand_dag(d: np.ndarray):
    maand = d.astype("datetime64[M]")
    return d.astype("datetime64[Y]").astype(int) + 1970, maand.astype(int) % 12 + 1, (d - maand).astype(int) + 1


def _leeftijd(geboren: np.ndarray, op: np.ndarray) -> np.ndarray:
    """Whole years from `geboren` to `op`: N years are full on the N-th anniversary."""
    gj, gm, gd = _jaar_maand_dag(geboren)
    oj, om, od = _jaar_maand_dag(op)
    return oj - gj - ((om < gm) | ((om == gm) & (od < gd)))


class aangewezen_voor_art8(Variable):
    value_type = bool
    entity = Woningzoekende
    definition_period = DateUnit.DAY
    label = "De woning ligt in een gebied dat op grond van artikel 5, eerste lid, is aangewezen"

    def formula(persoon, period, parameters):
        dag = np.datetime64(period.start.date)
        return ((persoon("aanwijzing_ingangsdatum", period) <= dag) & (dag <= persoon("aanwijzing_einddatum", period))
                & ~persoon("aanwijzing_ingetrokken", period))


class woonduur_in_regio_te_kort(Variable):
    value_type = bool
    entity = Woningzoekende
    definition_period = DateUnit.DAY
    label = ("woningzoekenden die minder dan zes jaar voorafgaand aan de aanvraag van een huisvestingsvergunning "
             "onafgebroken ingezetene zijn van de regio waarin de gemeente is gelegen")
    reference = ART8

    def formula(persoon, period, parameters):
        return _leeftijd(persoon("ingezetene_regio_sinds", period), persoon("datum_aanvraag", period)) < 6


class inkomenseisen_art8_van_toepassing(Variable):
    value_type = bool
    entity = Woningzoekende
    definition_period = DateUnit.DAY
    label = "Art. 8, eerste lid, aanhef: de eisen gelden voor deze woningzoekende en deze woning"
    reference = ART8

    def formula(persoon, period, parameters):
        return (persoon("aangewezen_voor_art8", period) & persoon("woonruimte_in_categorie_art8", period)
                & persoon("raad_oordeel_art8", period) & persoon("woonduur_in_regio_te_kort", period))


class voldoet_aan_inkomenseis_art8(Variable):
    value_type = bool
    entity = Woningzoekende
    definition_period = DateUnit.DAY
    label = "indien zij beschikken over: a ... f (een inkomen of aanspraak uit onderdeel a tot en met f)"
    reference = ART8

    def formula(persoon, period, parameters):
        heeft = persoon("studiefinanciering", period)
        for name in INKOMENS:
            heeft = heeft | persoon(name, period)
        return heeft


class weigeren_op_grond_van_art8(Variable):
    value_type = bool
    entity = Woningzoekende
    definition_period = DateUnit.DAY
    label = ("De huisvestingsvergunning wordt op grond van art. 8 geweigerd (eerste lid), tenzij burgemeester en "
             "wethouders haar wegens een onbillijkheid van overwegende aard verlenen (tweede lid)")
    reference = ART8

    def formula(persoon, period, parameters):
        hardheid = persoon("onbillijkheid_van_overwegende_aard", period)  # no beroep needed (art. 8 lid 2)
        return (persoon("inkomenseisen_art8_van_toepassing", period)
                & ~persoon("voldoet_aan_inkomenseis_art8", period) & ~hardheid)


FORMULAS = [aangewezen_voor_art8, woonduur_in_regio_te_kort, inkomenseisen_art8_van_toepassing,
            voldoet_aan_inkomenseis_art8, weigeren_op_grond_van_art8]


def tax_benefit_system() -> TaxBenefitSystem:
    tbs = TaxBenefitSystem([Woningzoekende])
    for variable, _ in INPUTS.values():
        tbs.add_variable(variable)
    for variable in FORMULAS:
        tbs.add_variable(variable)
    return tbs


def simulation(tbs: TaxBenefitSystem, n: int):
    """An empty simulation of n woningzoekenden (inputs are then set column by column)."""
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    builder.declare_person_entity("woningzoekende", [f"w{i}" for i in range(n)])
    return builder.build(tbs)


def situation(inputs: dict, period: str) -> dict:
    """One case as an OpenFisca situation (the JSON form of the web API): {variable: {period: value}}."""
    return {"woningzoekenden": {"w": {name: {period: value} for name, value in inputs.items()}}}


def single(tbs: TaxBenefitSystem, inputs: dict, period: str) -> bool:
    """One case, the way OpenFisca computes a single situation: build the simulation, then calculate."""
    sim = SimulationBuilder().build_from_entities(tbs, situation(inputs, period))
    return bool(sim.calculate("weigeren_op_grond_van_art8", period)[0])
