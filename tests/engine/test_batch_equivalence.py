"""The batch path (engine/batch.py, NumPy columns) and the single path (engine/compile.py) give the same answer in
every row, unknowns included, for the two benchmark decisions: the Wbmgp permit decision (art. 8 + art. 10, with
a list of income sources, quantifiers and entity-valued facts whose argument differs per row) and the Wams
2.3a.2 duty decision (default logic with exceptions, a soort-valued answer). Rows are random; any fact may be
missing; batches are cut into chunks of random size. Then every other definition that has a column form, on rows of
facts discovered by evaluating it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wetgraaf
from wetgraaf.bench import cases as C
from wetgraaf.engine.batch import BatchEngine
from wetgraaf.engine.compile import Context
from wetgraaf.core.values import Duration, EvalError, Money, Unknown

P, W = C.PERMIT_ARGS
GEBIEDEN = ["g1", "g2"]
GEMEENTEN = ["gem1", "gem2"]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


def maybe(strategy):
    return st.none() | strategy


def dates(lo: str, hi: str):
    return st.dates(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


def near(day: dt.date, years: int = 0):
    """A date a few days around `day` minus `years` (boundaries: the day before, the day itself, the day after)."""
    try:
        base = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        base = day.replace(year=day.year - years, day=28)
    return st.integers(-2, 2).map(lambda d: base + dt.timedelta(days=d))


@st.composite
def permit_row(draw, program, peildatum: dt.date):
    values = lambda soort: st.sampled_from(program.soorten[soort].values)  # noqa: E731
    bronnen = program.definitions["wbmgp.inkomensbronnen"].type.item.name
    aanvraag = draw(dates("2026-06-28", "2026-07-03") | st.just(dt.date(2026, 2, 28)))
    fields = {
        ("wbmgp.gebied_van", (W,)): maybe(st.sampled_from(GEBIEDEN)),
        ("wbmgp.woonruimte_in_categorie_art8", (W,)): maybe(st.booleans()),
        ("wbmgp.woonruimte_in_categorie_art10", (W,)): maybe(st.booleans()),
        ("wbmgp.datum_aanvraag_huisvestingsvergunning", (W,)): maybe(st.just(aanvraag)),
        # Around the six-year line (29 February included) and around the sixteenth birthday.
        ("wbmgp.onafgebroken_ingezetene_regio_sinds", (P,)): maybe(near(aanvraag, 6) | st.just(dt.date(2020, 2, 29))
                                                                  | dates("2016-01-01", "2026-07-01")),
        ("wbmgp.geboortedatum", (P,)): maybe(near(aanvraag, 16) | dates("1950-01-01", "2015-01-01")),
        ("wbmgp.inkomensbronnen", (P,)): maybe(st.lists(values(bronnen), max_size=3).map(tuple)),
        ("wbmgp.aanspraak_op_studiefinanciering", (P,)): maybe(st.booleans()),
        ("wbmgp.beroep_op_hardheidsclausule", (P, W)): maybe(st.booleans()),
        ("wbmgp.onbillijkheid_van_overwegende_aard_art8", (P, W)): maybe(st.booleans()),
        ("wbmgp.onbillijkheid_van_overwegende_aard_art10", (P, W)): maybe(st.booleans()),
        ("wbmgp.vog_overgelegd", (P, W)): maybe(st.booleans()),
        ("wbmgp.woonverklaring_afgegeven", (P, W)): maybe(st.booleans()),
        ("wbmgp.woonverklaring", (P, W)): maybe(values("uitkomst_woonverklaring")),
        ("wbmgp.relevante_politiegegevens_gevonden", (P, W)): maybe(st.booleans()),
        ("wbmgp.gegrond_vermoeden_toename_overlast_of_criminaliteit", (P, W)): maybe(st.booleans()),
    }
    for g in GEBIEDEN:
        fields[("wbmgp.gemeente_van", (g,))] = maybe(st.sampled_from(GEMEENTEN))
        fields[("wbmgp.instrument_aanwijzing_art5_lid3", (g,))] = maybe(values("instrument_art5_lid3"))
        for grond in (C.L1, C.L3):
            # A designation that starts or ends around the peildatum.
            fields[("wbmgp.ingangsdatum_aanwijzing", (g, grond))] = maybe(near(peildatum) | near(peildatum, 4))
            fields[("wbmgp.einddatum_aanwijzing", (g, grond))] = maybe(near(peildatum) | near(peildatum, -4))
            fields[("wbmgp.aanwijzing_ingetrokken", (g, grond))] = maybe(st.booleans())
            fields[("wbmgp.aangewezen_op_peildatum", (g, grond))] = maybe(st.booleans())
    for gem in GEMEENTEN:
        fields[("wbmgp.raad_oordeel_art8", (gem,))] = maybe(st.booleans())
        fields[("wbmgp.raad_oordeel_art10", (gem,))] = maybe(st.booleans())
    return draw(st.fixed_dictionaries(fields))


def duty_row(program):
    c = C.DUTY_ARGS
    counts = maybe(st.integers(0, 3))
    return st.fixed_dictionaries({
        ("wmo2015.onderzoek_op_grond_van", c): maybe(st.sampled_from(program.soorten["onderzoeksprocedure"].values)),
        ("wmo2015.aantal_aspecten_sociaal_domein", c): counts,
        ("wmo2015.aantal_problemen_aanpalende_domeinen", c): counts,
        ("wmo2015.problemen_samenhangend", c): maybe(st.booleans()),
        ("wmo2015.hoogste_aantal_diensten_een_client", c): counts,
        ("wmo2015.aantal_clienten_met_diensten_zelfde_wet", c): counts,
        ("wmo2015.inburgeringsplicht_art_6_lid_1", c): maybe(st.booleans()),
        ("wmo2015.aantal_sd_wetten_in_aanpak", c): counts,
        ("wmo2015.aantal_aanpalende_diensten", c): counts,
        ("wmo2015.geen_coordinator_wegens_eigen_regie", c): maybe(st.booleans()),
    })


# The decision and the parts it rests on, so that a difference deep down is not hidden by an `en` above it.
PERMIT_PARTS = [(C.PERMIT, C.PERMIT_ARGS), (C.ART8, C.PERMIT_ARGS), ("wbmgp.weigeren_op_grond_van_art10", (P, W)),
                ("wbmgp.woonduur_in_regio_te_kort", (P, W)), ("wbmgp.leeftijdsgrens_bereikt_bij_aanvraag", (P, W)),
                ("wbmgp.voldoet_aan_inkomenseis_art8", (P,)), ("wbmgp.inkomenseisen_art8_van_toepassing", (P, W)),
                ("wbmgp.aanwijzing_van_kracht", ("g1", C.L1)), ("wbmgp.gemeente_van_woning", (W,)),
                ("wbmgp.weigeringsgrond_art5_lid3", (P, W))]


def check_rows(wg, qname: str, args: tuple, peildatum: dt.date, wijzigingen: tuple, rows: list[dict], chunk: int):
    program = wg.program(peildatum, wijzigingen)
    batch = BatchEngine(program)
    columns = batch.columns({key: [r[key] for r in rows] for key in rows[0]})
    col = batch.decide(qname, args, columns, peildatum, len(rows), chunk=chunk)
    got = batch.decode(qname, col)
    single = wg.engine_for(program).function(qname)
    for i, row in enumerate(rows):
        value = single(Context({k: v for k, v in row.items() if v is not None}, peildatum), args)
        want = None if isinstance(value, Unknown) else value
        assert got[i] == want, f"row {i}: batch {got[i]!r}, single {want!r}; facts {row}"


@SETTINGS
@given(data=st.data(), chunk=st.sampled_from([3, 8, 4096]),
       peildatum=st.sampled_from([dt.date(2026, 6, 30), dt.date(2026, 7, 1), dt.date(2026, 7, 2)]))
def test_permit_decision_batch_equals_single(wg, data, chunk, peildatum):
    rows = data.draw(st.lists(permit_row(wg.program(peildatum), peildatum), min_size=1, max_size=30))
    for qname, args in PERMIT_PARTS:
        check_rows(wg, qname, args, peildatum, (), rows, chunk)


@SETTINGS
@given(data=st.data(), chunk=st.sampled_from([2, 5, 4096]))
def test_duty_decision_batch_equals_single(wg, data, chunk):
    program = wg.program(C.DUTY_PEILDATUM, C.DUTY_WIJZIGINGEN)
    rows = data.draw(st.lists(duty_row(program), min_size=1, max_size=40))
    check_rows(wg, C.DUTY, C.DUTY_ARGS, C.DUTY_PEILDATUM, C.DUTY_WIJZIGINGEN, rows, chunk)


@pytest.mark.parametrize("unknown, gebieden", [(0.0, ("gebied",)), (0.2, ("gebied",)), (0.3, ("g1", "g2"))])
def test_generated_cases_agree(wg, unknown, gebieden):
    """The benchmark's own generated columns (broadcast constants, count columns for lists, several areas)."""
    program = wg.program(C.PERMIT_PEILDATUM)
    cs = C.permit_cases(program, 600, seed=3, unknown=unknown, gebieden=gebieden)
    batch = BatchEngine(program)
    got = batch.decode(C.PERMIT, batch.decide(C.PERMIT, C.PERMIT_ARGS, cs.columns, C.PERMIT_PEILDATUM, cs.n, chunk=64))
    single = wg.engine_for(program).function(C.PERMIT)
    for i in range(cs.n):
        value = single(Context(C.row_facts(program, cs.columns, i), C.PERMIT_PEILDATUM), C.PERMIT_ARGS)
        assert got[i] == (None if isinstance(value, Unknown) else value), i


# -- every definition with a column form ---------------------------------------------------------------------------


def _random_value(rng, t, program, peildatum: dt.date):
    if t.kind == "soort":
        return rng.choice(program.soorten[t.name].values)
    if t.kind == "entiteit":
        return rng.choice(["e1", "e2"])
    if t.kind == "lijst":
        pool = program.soorten[t.item.name].values if t.item.kind == "soort" else ("e1", "e2", "e3")
        return tuple(rng.sample(pool, rng.randint(0, min(3, len(pool)))))
    if t.name == "waarheid":
        return rng.random() < 0.5
    if t.name == "geheel":
        return rng.randint(0, 5)
    if t.name == "getal":
        return Fraction(rng.randint(0, 20), rng.choice([1, 2, 4]))
    if t.name == "bedrag":
        return Money(rng.randint(0, 300_000))
    if t.name == "datum":  # near the peildatum, a few years back (ages, periods), on and around the boundary
        base = peildatum.replace(year=peildatum.year - rng.choice([0, 0, 1, 4, 6, 16, 18]))
        return base + dt.timedelta(days=rng.randint(-3, 3))
    if t.name == "tekst":
        return rng.choice(["a", "b"])
    if t.name == "duur":
        return Duration.of(rng.randint(0, 8), rng.choice(["dag", "week", "maand", "jaar"]))
    raise KeyError(t.name)


def _discovered_row(single, program, args, peildatum, rng) -> dict:
    """Facts for one row, found the way an interview would: evaluate, give the missing facts a random value (or
    leave some unknown), evaluate again, until nothing new is asked."""
    facts: dict = {}
    for _ in range(30):
        try:
            value = single(Context({k: v for k, v in facts.items() if v is not None}, peildatum), args)
        except EvalError:
            break
        if not isinstance(value, Unknown):
            break
        new = [m for m in list(value.facts) + list(value.oordelen) if m not in facts]
        if not new:
            break
        for key in new:
            d = program.definitions[key[0]]
            facts[key] = None if rng.random() < 0.15 else _random_value(rng, d.type, program, peildatum)
    return facts


@pytest.mark.parametrize("wijzigingen", [(), ("wams",)])
def test_every_definition_with_a_column_form_agrees(wg, wijzigingen):
    """Each definition the batch engine can compile, on 40 rows of facts discovered by evaluating it: the same
    value or onbekend in every row, and an error (NoValue, Conflict) in the batch exactly when a row has one."""
    import random

    from wetgraaf.engine.batch import Unsupported

    peildatum = dt.date(2026, 7, 1)
    program = wg.program(peildatum, wijzigingen)
    engine = wg.engine_for(program)
    batch = BatchEngine(program)
    checked = 0
    for qname, d in program.definitions.items():
        if d.is_input:
            continue
        try:
            batch.compiled.function(qname)
        except Unsupported:
            continue
        rng = random.Random(f"{qname}{wijzigingen}")
        args = tuple(f"a{i}" if p.type.kind == "entiteit" else _random_value(rng, p.type, program, peildatum)
                     for i, p in enumerate(d.params))
        single = engine.function(qname)
        rows = [_discovered_row(single, program, args, peildatum, rng) for _ in range(40)]
        want, failed = [], False
        for row in rows:
            try:
                value = single(Context({k: v for k, v in row.items() if v is not None}, peildatum), args)
                want.append(None if isinstance(value, Unknown) else value)
            except EvalError:
                failed = True
        keys = sorted({k for r in rows for k in r}, key=str)
        try:
            columns = batch.columns({k: [r.get(k) for r in rows] for k in keys})
        except Unsupported:
            continue  # an input without a column form (a list of entities)
        try:
            got = batch.decode(qname, batch.decide(qname, args, columns, peildatum, len(rows)))
        except EvalError as exc:
            assert failed, f"{qname}: the batch fails ({exc.message}) where no row does"
            continue
        except Unsupported:
            continue  # refused on these values (a computed decimal without a float64 form, beyond 62 bits)
        assert not failed, f"{qname}: a row fails in the single path, the batch does not"
        assert got == want, f"{qname}: " + "; ".join(f"row {i}: batch {g!r}, single {w!r}"
                                                    for i, (g, w) in enumerate(zip(got, want)) if g != w)
        checked += 1
    assert checked >= 100
