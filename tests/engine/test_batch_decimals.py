"""Exact decimals in the batch (issue 17, engine/batch_exact.py): a decimal is a column of integer numerators over
one denominator, and every exact form in engine/forms.py (`Form.exact`) gives in every row what the scalar form
gives — ties and negatives included —, on columns made directly and on whole programs with the shapes of the
zorgtoeslag's unrounded normpremie. What has no exact form (a division by a number that differs per row, an
intermediate beyond 62 bits) is refused, never wrapped."""

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
from wetgraaf.engine.batch_exact import Ratio, to_col  # noqa: E402
from wetgraaf.engine.columns import Col  # noqa: E402
from wetgraaf.engine.compile import Context  # noqa: E402
from wetgraaf.core.values import Money  # noqa: E402

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DENS = st.sampled_from([1, 2, 4, 10, 100, 1000, 10**4, 10**5, 3, 7, 12])
NUMS = st.integers(-10**9, 10**9)


@st.composite
def columns(draw, size: int | None = None):
    """A decimal column: numerators over one denominator (as the batch holds it), with its rows as Fractions."""
    den = draw(DENS)
    n = size if size is not None else draw(st.integers(1, 12))
    nums = draw(st.lists(NUMS | st.sampled_from([0, den // 2, -(den // 2), den, -den]), min_size=n, max_size=n))
    return Ratio(np.array(nums, np.int64), den, np.ones(n, bool)), [Fraction(x, den) for x in nums]


@st.composite
def two_columns(draw):
    n = draw(st.integers(1, 12))
    return draw(columns(n)), draw(columns(n))


@SETTINGS
@given(two_columns(), st.sampled_from(["+", "-", "*"]))
def test_arithmetic_on_decimal_columns_is_the_scalar_arithmetic(pair, op):
    (x, xs), (y, ys) = pair
    r = forms.OPERATORS["num"].exact(op)(None, [x, y], None)
    scalar = forms.OPERATORS["num"].scalar(op)
    assert [Fraction(int(v), r.den) for v in r.num] == [scalar(a, b) for a, b in zip(xs, ys)]


@SETTINGS
@given(two_columns(), st.sampled_from(["=", "!=", "<", "<=", ">", ">="]))
def test_comparisons_of_decimal_columns_are_the_scalar_comparisons(pair, op):
    (x, xs), (y, ys) = pair
    kind = "eq" if op in ("=", "!=") else "cmp"
    got = forms.OPERATORS[kind].exact(op)(None, [x, y], None).val.tolist()
    scalar = forms.OPERATORS[kind].scalar(op)
    assert got == [scalar(a, b) for a, b in zip(xs, ys)]
    same = forms.OPERATORS[kind].exact(op)(None, [x, x], None).val.tolist()  # equal values: the ties of <, <=
    assert same == [scalar(a, a) for a in xs]


@SETTINGS
@given(two_columns(), st.sampled_from(["min", "max"]))
def test_min_and_max_of_decimal_columns(pair, name):
    (x, xs), (y, ys) = pair
    r = forms.BUILTINS[name].exact(None, [x, y], None)
    scalar = forms.BUILTINS[name].scalar
    assert [Fraction(int(v), r.den) for v in r.num] == [scalar(None, a, b) for a, b in zip(xs, ys)]


@SETTINGS
@given(columns(), st.sampled_from(["naar_bedrag", "afronden"]))
def test_naar_bedrag_and_afronden_round_as_the_single_path(col, name):
    """Half a cent (naar_bedrag) and half a unit (afronden) go away from zero, as values.round_half_away."""
    x, xs = col
    got = forms.BUILTINS[name].exact(None, [x], None).val.tolist()
    scalar = forms.BUILTINS[name].scalar
    want = [scalar(Context({}, dt.date(2026, 1, 1)), a) for a in xs]
    assert got == [w.cents if isinstance(w, Money) else w for w in want]


@SETTINGS
@given(st.integers(-10**6, 10**6), st.integers(1, 10**4), st.sampled_from([1, -1]), st.sampled_from([1, 100]))
def test_exact_ties_round_away_from_zero(t, m, sign, scale):
    """(2t + 1) / (2 * scale) * sign: exactly halfway between two cents (scale 100) or two units (scale 1)."""
    v = Fraction(sign * (2 * t + 1), 2 * scale)
    x = Ratio(np.array([v.numerator * m], np.int64), v.denominator * m, np.ones(1, bool))
    name = "naar_bedrag" if scale == 100 else "afronden"
    got = forms.BUILTINS[name].exact(None, [x], None).val[0]
    assert abs(got) == abs(v * scale) + Fraction(1, 2) and (got > 0) == (v > 0)


@SETTINGS
@given(columns(), st.integers(-10**4, 10**4).filter(bool), st.sampled_from([1, 3, 100]))
def test_division_by_one_divisor_is_exact(col, p, q):
    x, xs = col
    d = Fraction(p, q)
    divisor = Ratio(np.full(len(xs), d.numerator, np.int64), d.denominator, np.ones(len(xs), bool))
    r = forms.OPERATORS["div"].exact("/")(None, [x, divisor], None)
    assert [Fraction(int(v), r.den) for v in r.num] == [forms.OPERATORS["div"].scalar("/")(a, d) for a in xs]


@SETTINGS
@given(st.lists(st.integers(-10**11, 10**11), min_size=1, max_size=12), st.sampled_from([1, 100, -7, 250]))
def test_amount_over_amount_is_the_scalar_ratio(cents, divisor):
    """`bedrag / € 1`: the amount in euros, exactly."""
    x = Col(np.array(cents, np.int64), np.ones(len(cents), bool))
    y = Col(np.full(len(cents), divisor, np.int64), np.ones(len(cents), bool))
    r = forms.OPERATORS["money_ratio"].exact("/")(None, [x, y], None)
    scalar = forms.OPERATORS["money_ratio"].scalar("/")
    assert [Fraction(int(v), r.den) for v in r.num] == [scalar(Money(c), Money(divisor)) for c in cents]


def test_a_divisor_that_differs_per_row_or_is_zero_is_refused():
    x = Ratio(np.array([1, 2], np.int64), 10, np.ones(2, bool))
    for nums in ([3, 4], [0, 0]):
        with pytest.raises(Unsupported, match="deling door een berekend getal of door nul"):
            forms.OPERATORS["div"].exact("/")(None, [x, Ratio(np.array(nums, np.int64), 1, np.ones(2, bool))], None)


def test_beyond_62_bits_is_refused_not_wrapped():
    big = Ratio(np.array([2**40], np.int64), 1, np.ones(1, bool))
    with pytest.raises(Unsupported, match="niet in 64 bits past"):
        forms.OPERATORS["num"].exact("*")(None, [big, big], None)
    with pytest.raises(Unsupported, match="niet in 62 bits past"):  # a common denominator beyond 62 bits
        forms.OPERATORS["num"].exact("+")(None, [Ratio(np.array([1]), 10**10 + 1, np.ones(1, bool)),
                                                 Ratio(np.array([1]), 10**10 + 3, np.ones(1, bool))], None)


def test_a_decimal_becomes_a_float64_column_only_where_that_is_exact():
    assert to_col(Ratio(np.array([50, -25, 0]), 100, np.ones(3, bool))).val.tolist() == [0.5, -0.25, 0.0]
    with pytest.raises(Unsupported, match="exacte binaire vorm"):
        to_col(Ratio(np.array([1896]), 100000, np.ones(1, bool)))
    # an unknown row holds no value: it does not make the column inexact
    assert to_col(Ratio(np.array([1, 1]), 10, np.array([False, False]))).known.tolist() == [False, False]


# -- whole programs: the shapes of zorgtoeslag art. 1 f and art. 2 (second reading), both paths -----------------------

PROGRAM = """feit loon: bedrag
feit inkomen: bedrag
feit premie: bedrag
feit partner: waarheid
feit x: getal
parameter pct_laag: getal = 0.01896
parameter pct_hoog: getal = 0.04273
parameter pct_inkomen: getal = 0.137
begrip drempel_onafgerond: getal = loon / € 1 * 12 * 1.08
begrip drempel: bedrag = naar_bedrag(drempel_onafgerond)
begrip pct: getal = als partner dan pct_hoog anders pct_laag
begrip norm_onafgerond: getal = drempel_onafgerond * pct + max(0, inkomen / € 1 - drempel_onafgerond) * pct_inkomen
begrip norm: bedrag = naar_bedrag(norm_onafgerond)
begrip aanspraak: waarheid = drempel_onafgerond * pct < premie / € 1 en norm_onafgerond < premie / € 1
begrip toeslag: bedrag = als aanspraak dan naar_bedrag((premie / € 1 - norm_onafgerond) * 0.5) anders € 0
begrip heel: geheel = afronden(x * 2.5 - inkomen / € 100)
begrip gelijk: waarheid = x / 4 = min(x, 0.25) / 4 of x * 3 >= drempel_onafgerond / 1000
begrip half: getal = (x + 0.5) / 2
"""
QUESTIONS = ["tw.drempel", "tw.norm", "tw.aanspraak", "tw.toeslag", "tw.heel", "tw.gelijk", "tw.half"]


AMOUNTS = st.integers(-10**9, 10**9) | st.sampled_from([0, 1, -1, 50, -50, 221088, 2_630_160])
ROWS = row_strategy({
    ("tw.loon", ()): AMOUNTS.map(Money),
    ("tw.inkomen", ()): AMOUNTS.map(Money),
    ("tw.premie", ()): AMOUNTS.map(Money),
    ("tw.partner", ()): st.booleans(),
    ("tw.x", ()): st.builds(Fraction, st.integers(-10**6, 10**6), st.sampled_from([1, 2, 4, 8, 64])),
})


@pytest.fixture(scope="module")
def program():
    return program_of(PROGRAM)


test_unrounded_decimals_agree_with_the_single_path_in_every_row = rows_agree_test(
    QUESTIONS, ROWS, "The batch answers (no refusal) and equals the single path in every row, onbekend in the same rows.")


def test_the_compared_normpremie_is_the_unrounded_one(program):
    """A normpremie a fraction of a cent below the premie gives aanspraak in both paths (rounding first would
    not): loon € 0,50 → drempel 6.48, × 1,896 % = 0.1228608; premie € 0,13 and € 0,12."""
    rows = [{("tw.loon", ()): Money(50), ("tw.inkomen", ()): Money(0), ("tw.premie", ()): Money(p),
             ("tw.partner", ()): False} for p in (13, 12)]
    assert batch_rows(BatchEngine(program), "tw.aanspraak", (), rows, dt.date(2026, 1, 1)) == [True, False]
    assert assert_agree(program, "tw.aanspraak", (), rows) == "gelijk"


def test_a_division_by_a_computed_number_is_still_refused():
    prog = program_of("feit a: getal\nfeit x: getal\nbegrip q: getal = a / x\n")
    with pytest.raises(Unsupported, match="deling door een berekend getal"):
        BatchEngine(prog).compiled.function("tw.q")
    rows = [{("tw.a", ()): Fraction(1), ("tw.x", ()): Fraction(2)}]
    assert assert_agree(prog, "tw.q", (), rows) == UNSUPPORTED


def test_half_a_cent_of_the_unrounded_amount_rounds_away_from_zero(program):
    """(€ 0,01 − 0) × 0,5 = 0,005 and (€ 0,03 − 0) × 0,5 = 0,015: ties, rounded up to € 0,01 and € 0,02."""
    rows = [{("tw.loon", ()): Money(0), ("tw.inkomen", ()): Money(0), ("tw.premie", ()): Money(p),
             ("tw.partner", ()): True} for p in (1, 3)]
    assert batch_rows(BatchEngine(program), "tw.toeslag", (), rows, dt.date(2026, 1, 1)) == [Money(1), Money(2)]
    assert assert_agree(program, "tw.toeslag", (), rows) == "gelijk"
