"""Statutory time limits as the Algemene termijnenwet (Atw) counts them.

Atw art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag
eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende
feestdag is." Art. 2: a term of at least three days is extended, where needed, so that it holds at least two days
that are not such a day. Art. 3 lid 1 names the algemeen erkende feestdagen (Nieuwjaarsdag, tweede Paas- en
Pinksterdag, beide Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated, and "de vijfde mei");
lid 2 puts Goede Vrijdag on a par with them.

The dates of the movable feasts come from the maintained `holidays` library (country NL), never from a table typed
here. The library lists Bevrijdingsdag only in lustrum years, as a day off; the Atw names the fifth of May every
year, so that day is taken from the Atw's own words. Days the Crown puts on a par by decree (art. 3 lid 3, e.g.
the Friday after Hemelvaartsdag) are not in the sources and not applied: the explanation says which day the term
ends on, so a reader can check such a decree.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from ..taal import Bericht, bericht

# The holidays library's English names of the days art. 3 lid 1-2 Atw names.
_ATW_DAYS = {
    "New Year's Day": "Nieuwjaarsdag",
    "Good Friday": "Goede Vrijdag",
    "Easter Monday": "tweede Paasdag",
    "Whit Monday": "tweede Pinksterdag",
    "Pentecost Monday": "tweede Pinksterdag",
    "Ascension Day": "Hemelvaartsdag",
    "King's Day": "Koningsdag",
    "Queen's Day": "Koninginnedag",
    "Christmas Day": "eerste Kerstdag",
    "Second Day of Christmas": "tweede Kerstdag",
}


@lru_cache(maxsize=256)
def _feestdagen(year: int) -> dict[_dt.date, str]:
    import holidays

    days: dict[_dt.date, str] = {}
    for day, name in holidays.country_holidays("NL", years=year, language="en_US").items():
        for part in str(name).split("; "):
            if part in _ATW_DAYS:
                days[day] = _ATW_DAYS[part]
    days[_dt.date(year, 5, 5)] = "de vijfde mei"  # art. 3 lid 1 Atw: every year
    return days


def feestdag(day: _dt.date) -> str | None:
    """The name of the algemeen erkende feestdag (art. 3 Atw) on `day`, or None."""
    return _feestdagen(day.year).get(day)


def geen_werkdag(day: _dt.date) -> Bericht | None:
    """Why `day` is a Saturday, Sunday or algemeen erkende feestdag in the sense of the Atw ('zaterdag',
    'donderdag, Hemelvaartsdag': the weekday in the reader's language, the feestdag in the Atw's words); None
    otherwise."""
    weekday = bericht(f"zin.uitleg.dag.{day.weekday()}")
    if day.weekday() >= 5:
        return weekday
    name = feestdag(day)
    return bericht("zin.komma", a=weekday, b=name) if name else None


def verleng(begin: _dt.date, einde: _dt.date) -> tuple[_dt.date, list[Bericht]]:
    """The last day of a statutory term that runs from `begin` and would end on `einde`, extended as art. 1 and
    art. 2 Atw say, with a sentence per extension applied (empty when the term was not extended; a catalogue
    message, so an explanation says it in the reader's language)."""
    reasons: list[Bericht] = []
    day = einde
    while geen_werkdag(day) is not None:
        day += _dt.timedelta(days=1)
    if day != einde:
        reasons.append(bericht("uitleg.atw.1", einde=einde.isoformat(), waarom=geen_werkdag(einde),
                               dag=day.isoformat()))
    if (einde - begin).days >= 3:
        workdays = sum(1 for n in range(1, (day - begin).days + 1)
                       if geen_werkdag(begin + _dt.timedelta(days=n)) is None)
        before = day
        while workdays < 2:
            day += _dt.timedelta(days=1)
            if geen_werkdag(day) is None:
                workdays += 1
        if day != before:
            reasons.append(bericht("uitleg.atw.2", dag=day.isoformat()))
    return day, reasons


__all__ = ["feestdag", "geen_werkdag", "verleng"]
