"""An amount times a decimal in the batch (issue 18, engine/batch_exact.py): cents * numerator / denominator in
integers gives the same cent as the single path's rounding (core/values.py round_half_away) in every row —
half-cent ties and negative amounts included — and the bijstand and zorgtoeslag amount decisions now run as
columns, equal to the single path."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from both_paths import UNSUPPORTED, assert_agree, batch_rows, program_of, row_strategy, rows_agree_test  # noqa: E402

from wetgraaf.engine import forms  # noqa: E402
from wetgraaf.engine.batch import BatchEngine, Unsupported  # noqa: E402
from wetgraaf.engine.batch_exact import Ratio  # noqa: E402
from wetgraaf.engine.columns import Col  # noqa: E402
from wetgraaf.core.values import Money  # noqa: E402

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CENTS = st.integers(-10**11, 10**11)
# Percentages as the law writes them (a whole number, or a decimal of up to 6 places), and other small fractions.
DECIMALS = st.builds(Fraction, st.integers(-10**7, 10**7), st.sampled_from([1, 2, 4, 5, 8, 10, 100, 1000, 10**5,
                                                                             10**6, 3, 7, 12]))


@st.composite
def ties(draw):
    """(cents, fraction) whose exact product lies halfway between two cents: (2t + 1) * m / (2m)."""
    m = draw(st.integers(1, 10**4))
    t = draw(st.integers(-10**6, 10**6))
    sign = draw(st.sampled_from([1, -1]))
    return (2 * t + 1) * m, Fraction(sign, 2 * m)


def _column(cents: list[int], fracs: list[Fraction]) -> list[int]:
    """The exact column form of money_num on one row per pair (each row its own denominator, as one column each)."""
    out = []
    for c, f in zip(cents, fracs):
        x = Col(np.array([c], np.int64), np.array([True]))
        r = Ratio(np.array([f.numerator], np.int64), f.denominator, np.array([True]))
        out.append(int(forms.OPERATORS["money_num"].exact("*")(None, [x, r], None).val[0]))
    return out


def _single(cents: list[int], fracs: list[Fraction]) -> list[int]:
    scalar = forms.OPERATORS["money_num"].scalar("*")
    return [scalar(Money(c), f).cents for c, f in zip(cents, fracs)]


@SETTINGS
@given(st.lists(st.tuples(CENTS, DECIMALS), min_size=1, max_size=20))
def test_amount_times_decimal_gives_the_single_paths_cent(pairs):
    cents, fracs = [c for c, _ in pairs], [f for _, f in pairs]
    assert _column(cents, fracs) == _single(cents, fracs)


@SETTINGS
@given(st.lists(ties(), min_size=1, max_size=20))
def test_half_cent_ties_round_away_from_zero_in_both_paths(pairs):
    cents, fracs = [c for c, _ in pairs], [f for _, f in pairs]
    got = _column(cents, fracs)
    assert got == _single(cents, fracs)
    for c, f, g in zip(cents, fracs, got):  # the tie is really a tie, and goes away from zero
        exact = Fraction(c) * f
        assert exact.denominator == 2 and abs(g) == abs(exact) + Fraction(1, 2)


def test_a_column_of_one_denominator_over_many_rows():
    """The batch's own shape: one denominator per column, numerators per row (5 % of € 1.091,71 = 5458.55 ct)."""
    cents = np.array([109171, -109171, 155958, 1, -1, 0], np.int64)
    r = Ratio(np.array([5, 5, 30, 50, 50, 100], np.int64), 100, np.ones(6, bool))
    col = forms.OPERATORS["money_num"].exact("*")(None, [Col(cents, np.ones(6, bool)), r], None)
    assert col.val.tolist() == _single(cents.tolist(), [Fraction(5, 100), Fraction(5, 100), Fraction(30, 100),
                                                        Fraction(1, 2), Fraction(1, 2), Fraction(1)])
    assert col.val.tolist() == [5459, -5459, 46787, 1, -1, 0]


PROGRAM = """feit a: bedrag
feit b: bedrag
feit pct: getal
feit partner: waarheid
feit categorie: geheel
begrip verlaging: getal = 0
uitzondering eerste op verlaging: als categorie = 1 dan 5
uitzondering tweede op verlaging: als categorie = 2 dan 30
uitzondering derde op verlaging: als categorie = 3 dan 100
begrip percentage: getal = als partner dan 0.04273 anders 0.01896
begrip bijstand: bedrag = a - a * (verlaging / 100)
begrip met_feit: bedrag = a - a * (pct / 100)
begrip normpremie: bedrag = a * percentage + max(€ 0, b - a) * 0.137
begrip half: bedrag = (b - normpremie) * 0.5
begrip drempel: bedrag = a * 12 * 1.08
begrip omgekeerd: bedrag = -0.125 * a + (pct - 1) * b
begrip kleinste: bedrag = a * min(pct, 0.3, percentage)
"""
QUESTIONS = ["tw.bijstand", "tw.met_feit", "tw.normpremie", "tw.half", "tw.drempel", "tw.omgekeerd", "tw.kleinste"]


# Amounts up to € 10 million either way; beyond 62 bits the batch refuses (test_beyond_62_bits_is_refused_...).
AMOUNTS = st.integers(-10**9, 10**9).map(Money)
ROWS = row_strategy({
    ("tw.a", ()): AMOUNTS,
    ("tw.b", ()): AMOUNTS,
    # a getal fact must have an exact binary form to be a column at all (columns.exact_float)
    ("tw.pct", ()): st.builds(Fraction, st.integers(-10**4, 10**4), st.sampled_from([1, 2, 4, 8, 1024])),
    ("tw.partner", ()): st.booleans(),
    ("tw.categorie", ()): st.integers(0, 4),
})


@pytest.fixture(scope="module")
def program():
    return program_of(PROGRAM)


test_amount_decisions_with_percentages_agree_in_every_row = rows_agree_test(
    QUESTIONS, ROWS, "The shapes of the bijstand and zorgtoeslag rules, on random rows (any fact may be unknown): the "
    "batch answers (no refusal) and equals the single path, onbekend in the same rows.")


def test_what_has_no_exact_form_is_still_refused(program):
    """A division by a computed number, and a decimal fact without a binary form, go to the single path."""
    prog = program_of("feit a: bedrag\nfeit x: getal\nbegrip q: bedrag = a * (1 / x)\n")
    with pytest.raises(Unsupported, match="deling door een berekend getal"):
        BatchEngine(prog).compiled.function("tw.q")
    rows = [{("tw.a", ()): Money(100), ("tw.pct", ()): Fraction(1, 10)}]
    assert batch_rows(BatchEngine(program), "tw.met_feit", (), rows, dt.date(2026, 1, 1)) == UNSUPPORTED
    assert assert_agree(program, "tw.met_feit", (), rows) == UNSUPPORTED


def test_beyond_62_bits_is_refused_not_wrapped(program):
    """€ 90 000 billion times 1 000 does not fit in 64 bits: the batch refuses (the single path is unbounded)."""
    rows = [{("tw.a", ()): Money(9 * 10**15), ("tw.pct", ()): Fraction(10**5)},
            {("tw.a", ()): Money(1), ("tw.pct", ()): Fraction(1, 1024)}]
    assert batch_rows(BatchEngine(program), "tw.met_feit", (), rows, dt.date(2026, 1, 1)) == UNSUPPORTED
    assert assert_agree(program, "tw.met_feit", (), rows) == UNSUPPORTED


def test_the_peer_amount_decisions_run_as_columns_equal_to_single():
    """The bench's peers suites: regelrecht's bijstand cases and the zorgtoeslag cases, every row in columns."""
    import wetgraaf
    from wetgraaf.bench.peers import peers

    result = peers(wetgraaf.load(), n=1_000, rounds=1, runs=1)
    for label in ("bijstand", "zorgtoeslag"):
        b = result[label]["batch"]
        assert b["zonder_kolomvorm"] == [], label
        assert b["rij_voor_rij"]["gevallen"] == 0 and b["kolommen"]["gevallen"] >= result[label]["vragen"]
        assert b["verschil_batch_enkel"] == 0
    # the decisions that multiply an amount by a percentage, each as columns
    for label, q in (("bijstand", "participatiewet.vastgestelde_bijstand"),
                     ("zorgtoeslag", "zorgtoeslag.aanspraak_op_zorgtoeslag"),
                     ("zorgtoeslag", "zorgtoeslag.zorgtoeslag_berekeningsjaar")):
        x = result[label]["batch"]["per_vraag"][q]
        assert x["pad"] == "kolommen" and x["gevallen"] > 0, q


def test_a_percentage_that_depends_on_the_person_is_inlined_exactly():
    """As zorgtoeslag art. 2: `percentage_drempelinkomen(p)` is 4,273 % or 1,896 % per person, neither with a
    binary form; the product with an amount still runs as columns and equals the single path."""
    prog = program_of('feit inkomen(p: persoon "de aanvrager"): bedrag\n'
                      'feit partner(p: persoon "de aanvrager"): waarheid\n'
                      'begrip pct(p: persoon "de aanvrager"): getal = als partner(p) dan 0.04273 anders 0.01896\n'
                      'begrip premie(p: persoon "de aanvrager"): bedrag = inkomen(p) * pct(p)\n')
    rows = [{("tw.inkomen", ("x",)): Money(c), ("tw.partner", ("x",)): pa}
            for c in (-3_250_001, -1, 0, 1, 2_630_160, 7_954_700) for pa in (True, False, None)]
    assert batch_rows(BatchEngine(prog), "tw.premie", ("x",), rows, dt.date(2026, 1, 1)) != UNSUPPORTED
    assert assert_agree(prog, "tw.premie", ("x",), rows) == "gelijk"
