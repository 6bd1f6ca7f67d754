"""The peers' cases on which wetgraaf and the peer differ: each one runs, and must fail, with the reason and the lid.

The agreeing cases are ordinary scenario files (law/scenarios/participatiewet-regelrecht-bijstand.yaml,
law/scenarios/zorgtoeslag-peers.yaml). The cases here are translated just as faithfully, with the peer's expected
answers, in tests/peers/afwijkend/*.yaml; each is a strict xfail: when wetgraaf came to agree with the peer, the
test would fail and the disagreement would have to be looked at again. docs/peers.md lists them all.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from wetgraaf.core.errors import LawError, LawErrors
from wetgraaf.scenario import load_file

AFWIJKEND = Path(__file__).parents[1] / "peers" / "afwijkend"

NORMPREMIE = ("Wzt art. 2, tweede en derde lid: de normpremie is 1,896% van het drempelinkomen, vermeerderd met "
              "13,700% van het toetsingsinkomen voor zover dat het drempelinkomen te boven gaat. De peer rekent 1,896% "
              "van het toetsingsinkomen (2112 - 0,01896 x 795,47 = 2096,92) en laat het drempelinkomen weg; wetgraaf "
              "volgt de wet: 2112 - 0,01896 x drempelinkomen.")
WZT_2024 = ("Wzt art. 1 tot en met 3 (versie 2024 niet in het corpus): de wijzigingsgegevens noemen een wijziging "
            "van artikel 1, 2 en 3 per 2025-01-01, en het corpus heeft alleen de tekst van die dag. Wat die tekst met "
            "woorden vastlegt (de leeftijd van art. 1 lid 1 onder c, de percentages van art. 2 lid 3, de "
            "vermogensgrenzen van art. 3) vraagt wetgraaf daarom voor een peildatum in 2024 (docs/semantiek.md, 'Text "
            "unknown after a change'); zonder die waarden is het antwoord onbekend. De peer rekent met de waarden van "
            "2024 (1,879% van het toetsingsinkomen, zonder drempelinkomen: 1987 - 0,01879 x 795,47 = 1972,05).")
REDENEN = {
    "(bedrag)": NORMPREMIE,
    "Partner met gecombineerd inkomen": (
        "Wzt art. 2, eerste tot en met derde lid: met een partner tweemaal de standaardpremie, het gezamenlijke "
        "toetsingsinkomen (€ 55.000) en 4,273% van het drempelinkomen; de normpremie is dan hoger dan € 4.224, dus "
        "geen aanspraak. regelrecht zegt zelf dat het gezamenlijke toetsingsinkomen ontbreekt (#377)."),
    "Minderjarige met actieve polis heeft recht op zorgtoeslag (2024)": (
        "Wzt art. 1, eerste lid, onderdeel c: verzekerde pas 'vanaf de eerste dag van de kalendermaand volgende op de "
        "maand waarin hij achttien jaar wordt'; geboren 2007-01-01 is hij op 2024-01-01 zeventien: geen aanspraak. "
        "regelrecht heeft de leeftijdsgrens zelf verwijderd (#375) en verwacht € 1.987."),
    "regelrecht 2024": WZT_2024,
    "poc-machine-law 2024": WZT_2024,
    "poc-machine-law 2025: Persoon onder 18": (
        "Wzt art. 1, eerste lid, onderdeel c: verzekerde 'vanaf de eerste dag van de kalendermaand volgende op de "
        "maand waarin hij achttien jaar wordt'. Geboren 2007-01-01, achttien in januari 2025: verzekerde vanaf "
        "2025-02-01, de peildatum van het geval. De peer zegt: geen recht."),
    "poc-machine-law Amsterdam": (
        "Participatiewet art. 21, onderdeel a: de norm is € 1.091,71 (de versie van 2022-03-15, de enige in het "
        "corpus, die wetgraaf ook op 2025-03-01 toepast; docs/semantiek.md). De peer heeft geen officiële bron voor "
        "zijn bedragen: 'BASISBEDRAG 1089 euro - Artikel 20 lid 1 onder a' (artikel 20 gaat over 18- tot "
        "21-jarigen), woonkostentoeslag € 600, startkapitaal € 2.000 en 20% vrijlating zijn constanten van de peer "
        "(laws/participatiewet/bijstand/gemeenten/GEMEENTE_AMSTERDAM-2023-01-01.yaml). Hij noemt CVDR645455, "
        "beleidsregels van het college (Awb art. 4:81), geen verordening van de raad op grond van artikel 8; geen "
        "officiële tekst met deze bedragen gevonden, en de opvolger CVDR736729 kent bij ontbrekende woonkosten een "
        "verlaging (art. 2.2), geen toeslag (docs/peers.md). 1089,69 komt uit een dubbele deling door 12."),
}


def _reden(naam: str) -> str:
    for key, reden in REDENEN.items():
        if key in naam:
            return reden
    raise KeyError(f"geen reden voor de afwijking van '{naam}'")


CASES = [
    pytest.param(sc, id=sc.naam, marks=pytest.mark.xfail(strict=True, reason=_reden(sc.naam)))
    for f in sorted(AFWIJKEND.glob("*.yaml")) for sc in load_file(f)
]


def test_every_case_has_a_reason() -> None:
    assert len(CASES) == 21  # 17 zorgtoeslag (amounts and rights) + 4 Amsterdam amounts
    for p in CASES:
        assert p.marks[0].kwargs["reason"]


@pytest.mark.parametrize("sc", CASES)
def test_afwijking(sc, request) -> None:
    from wetgraaf.pytest_plugin import world

    wg = world(request.config)
    try:
        outcomes = wg.run(sc)
    except (LawErrors, LawError) as exc:
        errors = exc.errors if isinstance(exc, LawErrors) else [exc]
        pytest.fail("wetgraaf geeft geen antwoord: " + "; ".join(str(e) for e in errors))
    failing = [f"{o.question}: {'; '.join(o.problems)}" for o in outcomes if not o.ok]
    assert not failing, "\n".join(failing)
