"""The column representation of the batch engine (engine/batch.py): values as NumPy arrays with a `known` mask,
lists of soort values as counts per value, entities as stable codes, dates as days since 1970-01-01; encoding
Python values into columns and back, and the calendar on columns (age, date + duration)."""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from fractions import Fraction

from ..parser import ir
from .lazy_numpy import np  # NumPy on first use: the single path imports this module but computes no columns
from ..core.values import Duration, EvalError, Money
from ..taal import bericht

EPOCH = _dt.date(1970, 1, 1)


class Unsupported(Exception):
    """This definition has no column form; evaluate it row by row. The message is a catalogue message (taal/kolom.py):
    a user reads it inside WG-POP-006 and in the bench report."""


# The errors of a column: (rows, error) pairs in the order the single path would meet them; a row's error is the
# first pair whose mask holds it. An error is a value of the rows it occurs in, never of the batch: it is masked to
# the rows where the single path evaluates the operand (the live rows), and raised only by BatchEngine.decide.
Errors = tuple  # tuple[tuple[np.ndarray, EvalError], ...]


@dataclass
class Col:
    val: np.ndarray
    known: np.ndarray
    err: Errors | None = None


@dataclass
class ListCol:
    """A `lijst van <soort>` per row: counts[j, i] is how often the j-th value of the soort is in row i's list."""

    counts: np.ndarray  # shape (number of soort values, n)
    known: np.ndarray
    err: Errors | None = None


def errors(*parts) -> Errors | None:
    """The errors of several columns (or error tuples, or None), in evaluation order."""
    out: tuple = ()
    for p in parts:
        e = p if p is None or isinstance(p, tuple) else p.err
        if e:
            out += e
    return out or None


def live(err: Errors | None, rows: np.ndarray) -> Errors | None:
    """The errors that occur in `rows` only (the rows where the operand is evaluated)."""
    if not err:
        return None
    out = tuple((m & rows, e) for m, e in err)
    out = tuple(x for x in out if x[0].any())
    return out or None


def if_columns(c: Col, x: Col, y: Col) -> Col:
    """`als c dan x anders y` on columns (also for the exact decimals of engine/batch_exact.py)."""
    val = np.where(c.val, x.val, y.val)
    same = x.known & y.known & (x.val == y.val)
    known = (c.known & np.where(c.val, x.known, y.known)) | (~c.known & same)
    err = None
    if c.err or x.err or y.err:  # a branch is evaluated where the condition takes it or is unknown
        err = errors(c, live(x.err, c.val | ~c.known), live(y.err, ~c.val | ~c.known))
    return Col(val, known, err)


def with_errors(col, err, first: bool = False, replace: bool = False):
    """`col` with errors `err` added (after its own, or before them when `first`; instead of them when
    `replace`); a new object, since `col` may be a memoised column."""
    if not err and not replace:
        return col
    new = errors(err) if replace else errors(err, col.err) if first else errors(col.err, err)
    if isinstance(col, ListCol):
        return ListCol(col.counts, col.known, new)
    return Col(col.val, col.known, new)


def first_error(err: Errors | None) -> tuple[int, EvalError] | None:
    """The lowest row with an error, and that row's error (the first met in evaluation order)."""
    best: tuple[int, EvalError] | None = None
    for m, e in err or ():
        i = int(np.argmax(m))
        if m[i] and (best is None or i < best[0]):
            best = (i, e)
    return best


_ENTITY_NAMES: dict[int, str] = {}


def entity_code(name: str) -> int:
    """A stable 63-bit code for an entity name (the same in every process, so partitions can be run anywhere)."""
    code = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "little") >> 1
    _ENTITY_NAMES.setdefault(code, name)
    return code


def entity_name(code: int, strict: bool = False) -> str:
    """The name behind an entity code made in this process (strict: a code made elsewhere is an error)."""
    if strict:
        return _ENTITY_NAMES[code]
    return _ENTITY_NAMES.get(code, f"#{code}")


def date_to_days(d: _dt.date) -> int:
    return (d - EPOCH).days


def dtype_of(t: ir.Type):
    if t.kind == "prim":
        return {"waarheid": np.bool_, "geheel": np.int64, "getal": np.float64, "bedrag": np.int64,
                "datum": np.int64, "tekst": object}.get(t.name, None)
    if t.kind == "soort":
        return np.int32
    if t.kind == "entiteit":
        return np.int64
    return None


def exact_float(v) -> float:
    """A decimal as float64 when that is exact; else Unsupported (0.1 has no binary form: the single path keeps
    it exact, so the batch refuses rather than answer differently)."""
    f = float(v)
    if Fraction(f) != v:
        raise Unsupported(bericht("zin.kolom.niet_binair", waarde=str(v)))
    return f


def constant(n: int, value, dtype, known: bool = True) -> Col:
    """A column with one value in every row: broadcast views, no memory per row."""
    return Col(np.broadcast_to(np.array(value, dtype=dtype), (n,)), np.broadcast_to(np.bool_(known), (n,)))


def encode_column(values: list, t: ir.Type, soorten: dict):
    """Python values (None = unknown) -> a column of type t. Unsupported for a value the column cannot hold
    exactly (a whole number or amount beyond 64 bits, a decimal without an exact binary form)."""
    try:
        return _encode(values, t, soorten)
    except OverflowError:
        raise Unsupported(bericht("zin.kolom.waarde_64", type=str(t))) from None


def _encode(values: list, t: ir.Type, soorten: dict):
    n = len(values)
    known = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    if t.kind == "lijst":
        if t.item is None or t.item.kind != "soort":
            raise Unsupported(bericht("zin.kolom.geen_vorm", type=str(t)))
        codes = {v: i for i, v in enumerate(soorten[t.item.name].values)}
        counts = np.zeros((len(codes), n), dtype=np.uint8)
        for i, items in enumerate(values):
            for item in items or ():
                counts[codes[item], i] += 1
        return ListCol(counts, known)
    dtype = dtype_of(t)
    if dtype is None:
        raise Unsupported(bericht("zin.kolom.geen_vorm", type=str(t)))
    if t.kind == "soort":
        codes = {v: i for i, v in enumerate(soorten[t.name].values)}
        val = np.fromiter((codes[v] if v is not None else 0 for v in values), dtype=np.int32, count=n)
    elif t.kind == "entiteit":
        val = np.fromiter((entity_code(v) if v is not None else 0 for v in values), dtype=np.int64, count=n)
    elif t.name == "datum":
        val = np.fromiter((date_to_days(v) if v is not None else 0 for v in values), dtype=np.int64, count=n)
    elif t.name == "bedrag":
        val = np.fromiter((v.cents if v is not None else 0 for v in values), dtype=np.int64, count=n)
    elif dtype is object:
        val = np.array([v if v is not None else "" for v in values], dtype=object)
    elif t.name == "getal":
        val = np.array([exact_float(v) if v is not None else 0.0 for v in values], dtype=np.float64)
    else:
        val = np.array([v if v is not None else 0 for v in values], dtype=dtype)
    return Col(val, known)


def decode_value(v, t: ir.Type, soorten: dict):
    if t.kind == "soort":
        return soorten[t.name].values[int(v)]
    if t.kind == "entiteit":
        return entity_name(int(v))
    if t.name == "datum":
        return EPOCH + _dt.timedelta(days=int(v))
    if t.name == "bedrag":
        return Money(int(v))
    if t.name == "waarheid":
        return bool(v)
    if t.name == "geheel":
        return int(v)
    if t.name == "getal":
        return Fraction(float(v))  # exact: the batch holds only decimals with an exact binary form
    return v


def decode_list(counts: np.ndarray, i: int, t: ir.Type, soorten: dict) -> tuple:
    values = soorten[t.item.name].values
    return tuple(v for j, v in enumerate(values) for _ in range(int(counts[j, i])))


# Dates as (year, month * 32 + day) by table lookup for 1800-2199 (two gathers per row instead of calendar
# arithmetic); dates outside that range use NumPy's calendar.
_TABLE_FROM = date_to_days(_dt.date(1800, 1, 1))
_TABLE: tuple[np.ndarray, np.ndarray] | None = None


def _tables() -> tuple[np.ndarray, np.ndarray]:
    global _TABLE
    if _TABLE is None:
        days = np.arange(_TABLE_FROM, date_to_days(_dt.date(2200, 1, 1)), dtype=np.int64)
        y, m, d = _ymd_calendar(days)
        _TABLE = (y.astype(np.int16), (m * 32 + d).astype(np.int16))
    return _TABLE


def year_md(days: np.ndarray):
    years, mds = _tables()
    offset = days - _TABLE_FROM
    if offset.size and (offset.min() < 0 or offset.max() >= len(years)):
        y, m, d = _ymd_calendar(days)
        return y, m * 32 + d
    return years[offset], mds[offset]


def _ymd_calendar(days: np.ndarray):
    dates = days.astype("datetime64[D]")
    months = dates.astype("datetime64[M]")
    year = months.astype("datetime64[Y]").astype(np.int64) + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (dates - months).astype(np.int64) + 1
    return year, month, day


def age_between(birth_days: np.ndarray, on_year, on_md) -> np.ndarray:
    """Whole years from birth to `on` (values.age_on): the year difference, less one before the birthday."""
    by, bmd = year_md(birth_days)
    return on_year - by.astype(np.int64) - (on_md < bmd)


FIRST_DAY = date_to_days(_dt.date.min)
LAST_DAY = date_to_days(_dt.date.max)
_SPAN_MONTHS = 12 * 10_000  # a month step beyond this leaves the calendar from any date


def add_duration_days(c: Col, dur: Duration, pos, rounding: str | None = None) -> Col:
    """date + duration on a column, as values.add_duration: a day missing in the target month (31 January + 1
    month) is WG-EVAL-011 unless `rounding` says 'omlaag' (the last day of that month) or 'omhoog' (the first day
    of the next), and a result outside years 1-9999 is WG-EVAL-012 — each in the rows where it happens, in the
    order the single path checks them."""
    days, known = c.val, c.known
    months = dur.years * 12 + dur.months
    if abs(months) > _SPAN_MONTHS or abs(dur.days) > LAST_DAY - FIRST_DAY:
        raise Unsupported(bericht("zin.kolom.duur", duur=str(dur)))  # beyond any calendar: the single path says which error
    err: tuple = ()
    failed = None
    dates = days.astype("datetime64[D]")
    if months:
        month_start = dates.astype("datetime64[M]")
        mday = (dates - month_start).astype(np.int64)
        target = month_start + np.timedelta64(months, "M")
        first = target.astype("datetime64[D]")
        length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - first).astype(np.int64)
        missing = mday >= length
        step = first.astype(np.int64)
        outside_month = (step < FIRST_DAY) | (step > LAST_DAY)
        if rounding is None:
            failed = known & missing
            if failed.any():
                err += ((failed, EvalError("WG-EVAL-011", bericht("WG-EVAL-011.kolom", duur=str(dur)), pos)),)
            outside = known & ~failed & outside_month
        else:
            mday = np.where(missing, length - 1 if rounding == "omlaag" else length, mday)
            failed = np.zeros(len(days), bool)
            outside = known & outside_month
        if outside.any():
            err += ((outside, _outside(dur, pos)),)
            failed = failed | outside
        dates = first + mday
    result = (dates + np.timedelta64(dur.days, "D")).astype(np.int64)
    outside = known & ((result < FIRST_DAY) | (result > LAST_DAY))
    if failed is not None:
        outside &= ~failed
    if outside.any():
        err += ((outside, _outside(dur, pos)),)
    if err:
        result = np.where(np.logical_or.reduce([m for m, _ in err]), 0, result)  # no value where an error is
    return Col(result, known, errors(c, err or None))


def first_of_next_month(c: Col, pos) -> Col:
    """eerste_dag_volgende_maand on a column (operations.first_of_next_month): the first day of the month after
    each date; December 9999 has no next month, WG-EVAL-012 in those rows."""
    nxt = (c.val.astype("datetime64[D]").astype("datetime64[M]") + np.timedelta64(1, "M")).astype("datetime64[D]")
    result = nxt.astype(np.int64)
    outside = c.known & (result > LAST_DAY)
    err = None
    if outside.any():
        err = ((outside, EvalError("WG-EVAL-012", bericht("WG-EVAL-012.december"), pos)),)
        result = np.where(outside, 0, result)  # no value where an error is
    return Col(result, c.known, errors(c, err))


def _outside(dur: Duration, pos) -> EvalError:
    return EvalError("WG-EVAL-012", bericht("WG-EVAL-012.kolom", duur=str(dur)), pos)
