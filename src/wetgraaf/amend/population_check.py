"""Checks of a population file (law/populaties/*.yaml, the format in amend/population.py and docs/wijzigingen.md)
where it enters: every field of the right kind, probabilities in [0, 1], shares not negative and not all zero (they
are normalised), ranges with `van` not after `tot` and within what a law can mean. Every problem is a located
LawError (file, line, column), all of them collected; nothing malformed reaches the generator.

`check_file` needs no law: the shape of the file. `check_distribution` needs the fact's type (called by the
generator for each fact, before drawing)."""

from __future__ import annotations

import datetime as _dt
import math
from decimal import Decimal
from typing import Any

from ..core.errors import LawError, LawErrors
from ..parser.ir import Pos
from ..taal import Bericht, bericht, getal

TOP_KEYS = {"naam", "titel", "bron", "wijzigingen", "vraag", "wet", "peildatum", "personen", "entiteiten", "feiten"}
DIST_KEYS = {"waarde", "kans", "verdeling", "van", "tot", "onbekend", "bron"}
MAX_MAGNITUDE = 10**12  # a whole number or an amount in euros beyond this is no figure a law can mean


def _pos(container: Any, key: Any, fallback: Pos) -> Pos:
    from ..yamlpos import pos_of

    return pos_of(container, key, fallback) or fallback


def _key_pos(container: Any, key: Any, fallback: Pos) -> Pos:
    from ..yamlpos import key_pos

    return key_pos(container, key, fallback) or fallback


def _kind(value: Any) -> Bericht:
    if isinstance(value, bool):
        return bericht("zin.pop.waar_of_onwaar")
    if isinstance(value, (int, float, Decimal)):
        return bericht("zin.pop.getal")
    if isinstance(value, dict):
        return bericht("zin.pop.mapping")
    if isinstance(value, list):
        return bericht("zin.pop.lijst")
    if isinstance(value, _dt.date):
        return bericht("zin.pop.datum")
    if value is None:
        return bericht("zin.pop.leeg")
    return bericht("zin.pop.tekst")


def _number(value: Any) -> float | None:
    """The value as a finite number, or None (bool, text, infinite and NaN are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        number = float(value)
    except (OverflowError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _names(value: Any, where: Any, pos: Pos, errors: list[LawError]) -> None:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        errors.append(LawError("WG-POP-001", bericht("WG-POP-001.namen", waar=where, soort=_kind(value)), pos))


def check_file(data: Any, file: str) -> None:
    """The shape of a population file as loaded (yamlpos), every problem located; raises LawErrors."""
    start = Pos(file, 1, 1)
    if not isinstance(data, dict):
        raise LawErrors([LawError("WG-POP-001", bericht("WG-POP-001.mapping"), start)])
    errors: list[LawError] = []
    for key in data:
        if key not in TOP_KEYS:
            errors.append(LawError("WG-POP-009", bericht("WG-POP-009", veld=key, bekend=", ".join(sorted(TOP_KEYS))),
                                   _key_pos(data, key, start)))
    for key in ("naam", "vraag", "peildatum", "feiten"):
        if key not in data:
            errors.append(LawError("WG-POP-001", bericht("WG-POP-001.mist", veld=key), start))
    for key in ("naam", "titel", "vraag", "wet"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            errors.append(LawError("WG-POP-001", bericht("WG-POP-001.tekst", veld=key, soort=_kind(data[key])),
                                   _pos(data, key, start)))
    if "bron" in data and not isinstance(data["bron"], str):
        errors.append(LawError("WG-POP-001", bericht("WG-POP-001.tekst", veld="bron", soort=_kind(data["bron"])),
                               _pos(data, "bron", start)))
    if "peildatum" in data and not isinstance(data["peildatum"], _dt.date):
        errors.append(LawError("WG-POP-002", bericht("WG-POP-002", soort=_kind(data["peildatum"])),
                               _pos(data, "peildatum", start)))
    if "vraag" in data and isinstance(data["vraag"], str) and data["vraag"].strip():
        from ..scenario import parse_question

        try:
            parse_question(data["vraag"], _pos(data, "vraag", start))
        except LawError as exc:
            errors.append(exc)
    if data.get("wijzigingen") is not None:
        _names(data["wijzigingen"], "'wijzigingen'", _pos(data, "wijzigingen", start), errors)
    if data.get("personen") is not None:
        _names(data["personen"], "'personen'", _pos(data, "personen", start), errors)
    others = data.get("entiteiten")
    if others is not None:
        if not isinstance(others, dict):
            errors.append(LawError("WG-POP-001", bericht("WG-POP-001.entiteiten"), _pos(data, "entiteiten", start)))
        else:
            for typ, names in others.items():
                _names(names, bericht("zin.pop.entiteiten_van", soort=typ), _pos(others, typ, start), errors)
    feiten = data.get("feiten")
    if "feiten" in data:
        if not isinstance(feiten, dict):
            errors.append(LawError("WG-POP-001", bericht("WG-POP-001.feiten"),
                                   _pos(data, "feiten", start)))
        else:
            for key, dist in feiten.items():
                errors.extend(_check_shape(feiten, key, dist, start))
    if errors:
        raise LawErrors(errors)


def _check_shape(feiten: dict, key: Any, dist: Any, start: Pos) -> list[LawError]:
    """A distribution's keys and the values that need no type: probabilities, the kinds of van and tot, shares."""
    from ..scenario import parse_question

    pos = _key_pos(feiten, key, start)
    if not isinstance(key, str):
        return [LawError("WG-POP-001", bericht("WG-POP-001.feit", soort=_kind(key)), pos)]
    try:
        parse_question(key, pos)
    except LawError as exc:
        return [exc]
    if not isinstance(dist, dict):
        return [LawError("WG-POP-004", bericht("WG-POP-004", feit=key, soort=_kind(dist)), pos)]
    errors: list[LawError] = []
    for k in dist:
        if k not in DIST_KEYS:
            errors.append(LawError("WG-POP-009", bericht("WG-POP-009.verdeling", veld=k, feit=key,
                                                           bekend=", ".join(sorted(DIST_KEYS))), _key_pos(dist, k, pos)))
    for k in ("kans", "onbekend"):
        if k in dist:
            p = _number(dist[k])
            if p is None or not 0 <= p <= 1:
                errors.append(LawError("WG-POP-007", bericht("WG-POP-007", veld=k, feit=key, waarde=dist[k]),
                                       _pos(dist, k, pos)))
    kinds = [k for k in ("waarde", "kans", "verdeling") if k in dist] + (["van/tot"] if "van" in dist or "tot" in
                                                                         dist else [])
    if len(kinds) > 1:
        errors.append(LawError("WG-POP-004", bericht("WG-POP-004.twee", feit=key, soorten=_and(kinds)), pos))
    if ("van" in dist) != ("tot" in dist):
        errors.append(LawError("WG-POP-008", bericht("WG-POP-008.bereik", feit=key,
                                                           veld="tot" if "van" in dist else "van"), pos))
    if "verdeling" in dist:
        shares = dist["verdeling"]
        where = _pos(dist, "verdeling", pos)
        if not isinstance(shares, dict) or not shares:
            errors.append(LawError("WG-POP-005", bericht("WG-POP-005.verdeling", feit=key, soort=_kind(shares)), where))
        else:
            for value, share in shares.items():
                s = _number(share)
                if s is None or s < 0:
                    errors.append(LawError("WG-POP-005", bericht("WG-POP-005.aandeel", waarde=value, feit=key,
                                                                           aandeel=share), _pos(shares, value, where)))
    return errors


def _and(parts: list[str]) -> Any:
    """'a en b en c', with the conjunction in the reader's language."""
    out: Any = parts[0]
    for part in parts[1:]:
        out = bericht("zin.pop.en", a=out, b=part)
    return out


def check_distribution(dist: dict, type_name: str, kind: str, fact: str, pos: Pos) -> None:
    """The distribution fits the fact's type (`kind`: 'soort', 'lijst' or 'basis'; `type_name` the basic type):
    `kans` only for waarheid, `verdeling` only for a soort, `van`/`tot` for datum, geheel and bedrag, with `van`
    not after `tot` and within MAX_MAGNITUDE. Raises a located LawError."""
    fits = {"kans": type_name == "waarheid", "verdeling": kind in ("soort", "lijst"),
            "van": type_name in ("datum", "geheel", "bedrag")}
    for k, ok in fits.items():
        if k in dist and not ok:
            raise LawError("WG-POP-006", bericht("WG-POP-006", veld=k, feit=fact, type=type_name), pos)
    if kind in ("soort", "lijst") and "waarde" not in dist and "verdeling" not in dist:
        raise LawError("WG-POP-005", bericht("WG-POP-005.soort", feit=fact), pos)
    if "van" not in dist:
        if type_name in ("datum", "geheel", "bedrag") and "waarde" not in dist:
            raise LawError("WG-POP-008", bericht("WG-POP-008", feit=fact, type=type_name), pos)
        return
    lo, hi = dist["van"], dist["tot"]
    if type_name == "datum":
        bad = [x for x in (lo, hi) if not isinstance(x, _dt.date)]
        if bad:
            raise LawError("WG-POP-008", bericht("WG-POP-008.datums", feit=fact, waarde=bad[0]), pos)
    else:
        whole = type_name == "geheel"
        for x in (lo, hi):
            n = _number(x)
            if n is None or (whole and not (isinstance(x, int) or n.is_integer())):
                raise LawError("WG-POP-008", bericht("WG-POP-008.gehele" if whole else "WG-POP-008.getallen",
                                                               feit=fact, waarde=x), pos)
            if abs(n) > MAX_MAGNITUDE:
                raise LawError("WG-POP-008", bericht("WG-POP-008.groot", waarde=x, feit=fact,
                                                               max=getal(MAX_MAGNITUDE)), pos)
    if lo > hi:
        raise LawError("WG-POP-008", bericht("WG-POP-008.volgorde", van=lo, tot=hi, feit=fact), pos)


__all__ = ["check_file", "check_distribution", "MAX_MAGNITUDE"]
