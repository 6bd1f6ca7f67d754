"""The runtime values of the engine (core/values.py) as a unit: money, durations, date arithmetic, ages and the
three-valued unknown. The same contract is tested end to end, through rule files, in test_engine.py."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from wetgraaf.core.values import (Duration, EvalError, Money, Unknown, add_duration, age_on, merge_unknowns,
                                    round_half_away)
from wetgraaf.taal import tekst

D = dt.date


@pytest.mark.parametrize("value, rounded", [
    (Fraction(5, 2), 3), (Fraction(-5, 2), -3), (Fraction(3, 2), 2), (Fraction(-3, 2), -2),
    (Fraction(249, 100), 2), (Fraction(251, 100), 3), (Fraction(-249, 100), -2), (Fraction(0), 0),
    (Fraction(1, 2), 1), (Fraction(-1, 2), -1), (Fraction(7), 7), (Fraction(-1, 3), 0),
])
def test_round_half_away_from_zero(value, rounded):
    assert round_half_away(value) == rounded
    assert isinstance(round_half_away(value), int)


def test_money_is_whole_cents():
    assert Money.from_number(Fraction(1, 200)) == Money(1)  # € 0.005 -> 1 cent
    assert Money.from_number(Fraction(-1, 200)) == Money(-1)
    assert Money.from_number(Fraction(1, 300)) == Money(0)
    assert Money.from_number(12) == Money(1200)
    assert Money(150) < Money(151)


@pytest.mark.parametrize("cents, shown, json", [
    (0, "€ 0,00", "0.00"), (5, "€ 0,05", "0.05"), (123456789, "€ 1.234.567,89", "1234567.89"),
    (-250, "€ -2,50", "-2.50"),
])
def test_money_display(cents, shown, json):
    assert str(Money(cents)) == shown
    assert Money(cents).to_json() == json


def test_duration_units_are_kept_apart():
    assert Duration.of(6, "week") == Duration(days=42)
    assert Duration.of(2, "jaar") == Duration(years=2)
    assert Duration.of(1, "maand") + Duration.of(3, "dag") == Duration(months=1, days=3)
    assert -Duration(1, 2, 3) == Duration(-1, -2, -3)
    assert Duration(0, 1, 2).scaled(3) == Duration(0, 3, 6)
    assert str(Duration(months=1, days=3)) == "1 maand en 3 dagen"
    assert str(Duration()) == "0 dagen"


def test_durations_compare_within_their_units():
    assert Duration(years=1).comparable_key(Duration(months=12)) == (12, 12)
    assert Duration(days=14).comparable_key(Duration(days=10)) == (14, 10)
    assert Duration().comparable_key(Duration(months=1)) == (0, 1)


@pytest.mark.parametrize("a, b", [
    (Duration(months=1), Duration(days=30)),
    (Duration(days=30), Duration(months=1)),
    (Duration(years=1), Duration(days=365)),
    (Duration(months=1, days=1), Duration(months=1)),
])
def test_months_against_days_is_an_error(a, b):
    with pytest.raises(EvalError) as err:
        a.comparable_key(b)
    assert err.value.code == "WG-EVAL-010"
    assert "maanden en dagen zijn verschillende eenheden" in err.value.message
    assert "months and days are different units" in tekst(err.value.message, "en")


@pytest.mark.parametrize("start, dur, rounding, result", [
    (D(2026, 1, 31), Duration(months=1), "omlaag", D(2026, 2, 28)),
    (D(2026, 1, 31), Duration(months=1), "omhoog", D(2026, 3, 1)),
    (D(2024, 1, 31), Duration(months=1), "omlaag", D(2024, 2, 29)),  # leap year
    (D(2024, 2, 29), Duration(years=1), "omlaag", D(2025, 2, 28)),
    (D(2024, 2, 29), Duration(years=1), "omhoog", D(2025, 3, 1)),
    (D(2026, 2, 2), Duration(days=42), None, D(2026, 3, 16)),  # 2 February + 6 weken
    (D(2026, 1, 15), Duration(months=1), None, D(2026, 2, 15)),
    (D(2026, 11, 15), Duration(months=3), None, D(2027, 2, 15)),
    (D(2026, 3, 15), Duration(months=-3), None, D(2025, 12, 15)),
    (D(2026, 1, 31), Duration(months=1, days=1), "omlaag", D(2026, 3, 1)),  # months first, then days
    (D(2026, 5, 10), Duration(years=-2), None, D(2024, 5, 10)),  # "2 jaar voor": same calendar day
])
def test_add_duration(start, dur, rounding, result):
    assert add_duration(start, dur, rounding) == result


@pytest.mark.parametrize("start, dur", [
    (D(2026, 1, 31), Duration(months=1)),
    (D(2024, 2, 29), Duration(years=1)),
    (D(2026, 3, 31), Duration(months=-1)),
])
def test_a_day_that_does_not_exist_is_an_error_without_rounding(start, dur):
    with pytest.raises(EvalError) as err:
        add_duration(start, dur)
    assert err.value.code == "WG-EVAL-011"
    assert "optellen_omlaag" in err.value.message and "optellen_omhoog" in err.value.message


def test_date_arithmetic_outside_the_calendar_is_an_error_not_a_crash():
    with pytest.raises(EvalError):
        add_duration(D(9999, 12, 1), Duration(months=1))
    with pytest.raises(EvalError):
        add_duration(D(9999, 12, 31), Duration(days=1))
    with pytest.raises(EvalError):
        add_duration(D(1, 1, 1), Duration(years=-1))


@pytest.mark.parametrize("birth, on, age", [
    (D(2008, 3, 1), D(2026, 3, 1), 18),   # age reached on the birthday
    (D(2008, 3, 2), D(2026, 3, 1), 17),
    (D(2008, 2, 29), D(2026, 2, 28), 17),  # born on 29 February: 18 on 1 March in a common year
    (D(2008, 2, 29), D(2026, 3, 1), 18),
    (D(2026, 1, 1), D(2026, 1, 1), 0),
])
def test_age_on(birth, on, age):
    assert age_on(birth, on) == age


def test_unknown_has_no_truth_value_and_merges_its_inputs():
    a = Unknown(facts=frozenset({("w.a", ())}))
    b = Unknown(facts=frozenset({("w.b", ())}), oordelen=frozenset({("w.o", ("x",))}))
    with pytest.raises(TypeError):
        bool(a)
    merged = a.merge(b)
    assert merged.facts == {("w.a", ()), ("w.b", ())} and merged.oordelen == {("w.o", ("x",))}
    assert a.merge(Unknown()) is a
    assert merge_unknowns([a, True, 3, b]) == merged
    assert str(a) == "onbekend"
