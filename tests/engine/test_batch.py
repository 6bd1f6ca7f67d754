"""The column (batch) path and the single path give the same answer for every row, unknowns included."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wetgraaf
from wetgraaf.engine.batch import BatchEngine
from wetgraaf.engine.compile import Context
from wetgraaf.core.values import Unknown

PEIL = dt.date(2026, 1, 1)
JEUGD_FACTS = ["adolescentenstrafrecht_toegepast", "jeugdhulp_bestaat_uit_pleegzorg", "pleegzorg_aangevangen_voor_18",
               "pleegzorg_hervat_binnen_half_jaar", "voortzetting_jeugdhulp_noodzakelijk_bepaald",
               "jeugdhulp_noodzakelijk_bepaald_voor_18", "hervatting_jeugdhulp_noodzakelijk_bepaald"]


@pytest.fixture(scope="module")
def engines():
    wg = wetgraaf.load()
    return wg.engine(PEIL), BatchEngine(wg.program(PEIL))


row = st.fixed_dictionaries({
    "geboortedatum": st.none() | st.dates(dt.date(1995, 1, 1), dt.date(2026, 12, 31)),
    **{f: st.none() | st.booleans() for f in JEUGD_FACTS},
})


def _single(engine, facts: dict):
    value = engine.function("jeugdwet.jeugdige")(Context(facts, PEIL), ("p",))
    return None if isinstance(value, Unknown) else value


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row, min_size=1, max_size=60))
def test_batch_equals_single_for_jeugdige(engines, rows):
    single, batch = engines
    columns = {(f"jeugdwet.{k}", ("p",)): [r[k] for r in rows] for k in rows[0]}
    col = batch.decide("jeugdwet.jeugdige", ("p",), batch.columns(columns), PEIL, len(rows))
    got = batch.decode("jeugdwet.jeugdige", col)
    want = [_single(single, {(f"jeugdwet.{k}", ("p",)): v for k, v in r.items() if v is not None}) for r in rows]
    assert got == want


def test_age_boundary_in_batch(engines):
    """Age 18 is reached on the 18th birthday: the day before still jeugdige under 1°, the day itself not."""
    _, batch = engines
    births = [dt.date(2008, 1, 2), dt.date(2008, 1, 1), dt.date(2007, 12, 31)]
    columns = {("jeugdwet.geboortedatum", ("p",)): births}
    col = batch.decide("jeugdwet.jeugdige_onder_18", ("p",), batch.columns(columns), PEIL, 3)
    assert batch.decode("jeugdwet.jeugdige_onder_18", col) == [True, False, False]
