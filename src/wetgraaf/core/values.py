"""Runtime values of the engine: money, durations, date arithmetic and the three-valued unknown.

The contract (docs/semantiek.md): values are immutable; money is whole cents with rounding half away from zero;
durations keep years, months and days apart; comparing a duration in months with one in days is an error; adding
months to a date whose day does not exist in the target month is an error unless a rounding is asked for.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from collections.abc import Iterable
from fractions import Fraction

from .positions import Pos
from ..taal import bericht, tekst


class EvalError(Exception):
    """A law defect or misuse found while evaluating (NoValue, Conflict, unit mismatch, ...)."""

    def __init__(self, code: str, message: str, pos: Pos | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.pos = pos

    @property
    def melding(self) -> str:
        """The message in the reader's language (wetgraaf.taal); `message` holds the Dutch text."""
        return tekst(self.message)

    def __str__(self) -> str:
        return self.melding


@dataclass(frozen=True, slots=True)
class Unknown:
    """*onbekend*: the value depends on facts still missing or judgements not yet made.

    `facts` and `oordelen` hold exactly the inputs whose absence this value rests on, as (name, args) pairs.
    """

    facts: frozenset = frozenset()
    oordelen: frozenset = frozenset()

    def __bool__(self) -> bool:  # guard against accidental truthiness: unknown is neither true nor false
        raise TypeError("onbekend has no truth value; handle Unknown explicitly")

    def merge(self, other: Unknown) -> Unknown:
        if other is self or (not other.facts and not other.oordelen):
            return self
        return Unknown(self.facts | other.facts, self.oordelen | other.oordelen)

    def __str__(self) -> str:
        return "onbekend"


def merge_unknowns(values: Iterable[object]) -> Unknown:
    facts: set = set()
    oordelen: set = set()
    for v in values:
        if isinstance(v, Unknown):
            facts |= v.facts
            oordelen |= v.oordelen
    return Unknown(frozenset(facts), frozenset(oordelen))


def round_half_away(value: Fraction) -> int:
    """Round to the nearest integer, halves away from zero (2.5 -> 3, -2.5 -> -3)."""
    sign = -1 if value < 0 else 1
    mag = abs(value)
    whole = mag.numerator // mag.denominator
    if mag - whole >= Fraction(1, 2):
        whole += 1
    return sign * whole


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in whole euro cents."""

    cents: int

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        euros, cents = divmod(abs(self.cents), 100)
        return f"€ {sign}{euros:,}".replace(",", ".") + f",{cents:02d}"

    def to_json(self) -> str:
        sign = "-" if self.cents < 0 else ""
        euros, cents = divmod(abs(self.cents), 100)
        return f"{sign}{euros}.{cents:02d}"

    @staticmethod
    def from_number(value: Fraction | int) -> Money:
        return Money(round_half_away(Fraction(value) * 100))


@dataclass(frozen=True, slots=True)
class Duration:
    """A duration with years, months and days kept apart (a week is seven days)."""

    years: int = 0
    months: int = 0
    days: int = 0

    @staticmethod
    def of(amount: int, unit: str) -> Duration:
        if unit == "jaar":
            return Duration(years=amount)
        if unit == "maand":
            return Duration(months=amount)
        if unit == "week":
            return Duration(days=7 * amount)
        return Duration(days=amount)

    def __str__(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years} jaar")
        if self.months:
            parts.append(f"{self.months} {'maand' if self.months == 1 else 'maanden'}")
        if self.days or not parts:
            parts.append(f"{self.days} {'dag' if self.days == 1 else 'dagen'}")
        return " en ".join(parts)

    def _calendar_units(self) -> bool:
        return bool(self.years or self.months)

    def comparable_key(self, other: Duration) -> tuple[int, int]:
        """Keys to compare two durations; an error when one counts months and the other days."""
        if (self._calendar_units() and (other.days or self.days)) or (other._calendar_units() and self.days):
            raise EvalError("WG-EVAL-010", bericht("WG-EVAL-010", a=str(self), b=str(other)))
        if self._calendar_units() or other._calendar_units():
            return self.years * 12 + self.months, other.years * 12 + other.months
        return self.days, other.days

    def __add__(self, other: Duration) -> Duration:
        return Duration(self.years + other.years, self.months + other.months, self.days + other.days)

    def __neg__(self) -> Duration:
        return Duration(-self.years, -self.months, -self.days)

    def scaled(self, factor: int) -> Duration:
        return Duration(self.years * factor, self.months * factor, self.days * factor)


def add_duration(date: _dt.date, dur: Duration, rounding: str | None = None) -> _dt.date:
    """date + duration. Years and months first, then days. A day that does not exist in the target month
    (31 January + 1 month) is an error unless rounding is 'omlaag' (to the last day of that month) or
    'omhoog' (to the first day of the next month)."""
    try:
        return _add_duration(date, dur, rounding)
    except (ValueError, OverflowError):  # past year 9999 or before year 1
        raise EvalError("WG-EVAL-012", bericht("WG-EVAL-012", datum=date.isoformat(), duur=str(dur))) from None


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month in the proleptic Gregorian calendar (calendar.monthrange's, without importing
    calendar and locale at the start of every command)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


def _add_duration(date: _dt.date, dur: Duration, rounding: str | None) -> _dt.date:
    if dur.years or dur.months:
        total = date.year * 12 + (date.month - 1) + dur.years * 12 + dur.months
        year, month0 = divmod(total, 12)
        month = month0 + 1
        last = days_in_month(year, month)
        if date.day > last:
            if rounding == "omlaag":
                date = _dt.date(year, month, last)
            elif rounding == "omhoog":
                date = _dt.date(year, month, last) + _dt.timedelta(days=1)
            else:
                raise EvalError("WG-EVAL-011", bericht("WG-EVAL-011", datum=date.isoformat(), duur=str(dur),
                                                               maand=f"{year}-{month:02d}", dagen=last))
        else:
            date = _dt.date(year, month, date.day)
    if dur.days:
        date = date + _dt.timedelta(days=dur.days)
    return date


def age_on(birth: _dt.date, on: _dt.date) -> int:
    """Age in whole years on a date: age N is reached on the N-th birthday. Someone born on 29 February reaches
    it on 1 March in years without 29 February (documented choice, docs/semantiek.md)."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years
