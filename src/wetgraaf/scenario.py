"""Scenario files (YAML): the facts of a case, the questions asked and the outcomes expected.

Format (documented with examples in docs/scenarios.md):

    naam: Kind in pleeggezin
    peildatum: 2026-01-01
    wet: wmo2015                 # default law for unqualified names
    wijzigingen: [wams]          # amendments applied before evaluating
    feiten: {...}                # facts without arguments (or 'naam(a, b)': value)
    personen:                    # entities of type persoon, each with its facts
      kind: {verblijft_elders: waar, geboortedatum: 2013-06-20}
    entiteiten: {woning: {w1: {...}}}
    vragen: [gezinslid(kind)]
    verwacht: {gezinslid(kind): waar}
    ontbrekend: {gezinslid(kind): [geboortedatum(kind)]}     # optional: exactly these facts are missing
    uitleg_bevat: {gezinslid(kind): ["artikel 1.1.1"]}      # optional: explanation fragments
    per_versie:                  # optional: expectations per version of the law (docs/scenarios.md)
      basis: {verwacht: {...}}                 # the scenario's own version (its `wijzigingen`)
      wbmgp-2025: {verwacht: {...}}            # that version with this amendment applied on top
      wbmgp-2012 + wbmgp-2025: {verwacht: {...}}   # amendments stacked, in this order

Every problem is a LawError located at the offending key or value.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .core.values import Duration, Money
from .parser import ir
from .core.errors import LawError, LawErrors
from .resolve.model import Program
from .taal import bericht
from .yamlpos import LocatedList, key_pos, load, pos_of

if TYPE_CHECKING:
    from .engine.evaluate import Answer

# A question is `name` or `name(arg, ...)`. Read by a scanner, not one regex: the regex this replaces backtracked
# cubically on `recht(` followed by many spaces (issue 16). The name is one greedy run, linear on its own.
_NAME = re.compile(r"[^\W\d][\w.]*")
_FIELDS = {"naam", "omschrijving", "peildatum", "wet", "wijzigingen", "feiten", "personen", "entiteiten", "vragen",
           "verwacht", "ontbrekend", "uitleg_bevat", "bron", "per_versie", "id"}


BASIS = "basis"
_EXPECTATIONS = ("verwacht", "ontbrekend", "uitleg_bevat")


@dataclass
class Versie:
    """One version of the law a scenario states expectations for: the scenario's own (`basis`) or that one with
    amendments applied on top."""

    naam: str
    wijzigingen: tuple[str, ...]  # applied on top of the scenario's own
    pos: ir.Pos
    verwacht: dict[str, Any] = field(default_factory=dict)
    ontbrekend: dict[str, list[str]] = field(default_factory=dict)
    uitleg_bevat: dict[str, list[str]] = field(default_factory=dict)
    posities: dict[tuple[str, str], ir.Pos] = field(default_factory=dict)  # (field, question) -> where written


@dataclass
class Scenario:
    naam: str
    file: str
    pos: ir.Pos
    peildatum: _dt.date
    wet: str | None
    wijzigingen: tuple[str, ...]
    raw: dict
    vragen: list[str] = field(default_factory=list)
    verwacht: dict[str, Any] = field(default_factory=dict)
    ontbrekend: dict[str, list[str]] = field(default_factory=dict)
    uitleg_bevat: dict[str, list[str]] = field(default_factory=dict)
    bron: str | None = None
    per_versie: dict[str, Versie] = field(default_factory=dict)  # the other versions (not basis), in file order
    posities: dict[tuple[str, str], ir.Pos] = field(default_factory=dict)  # (field, question) -> where written
    # An expectation written under a key that is not one of the vragen but close to one: (key as written, field,
    # its position), by the question it is held under. Which of the two is misspelled is known only with the law
    # (question_target decides), so the mistake is reported at the right place.
    bijna: dict[str, tuple[str, str, ir.Pos]] = field(default_factory=dict)

    @property
    def has_expectations(self) -> bool:
        return bool(self.verwacht or self.ontbrekend or self.uitleg_bevat or self.per_versie)


def parse_question(text: str, pos: ir.Pos | None) -> tuple[str, tuple[str, ...]]:
    written = str(text).strip()  # the same whitespace as the regex's \s
    m = _NAME.match(written)
    rest = written[m.end():].lstrip() if m else ""
    # After the name: nothing, or '(' ... up to the first ')', which must end the text.
    if m is None or (rest and (rest[0] != "(" or rest.find(")") != len(rest) - 1)):
        raise LawError("WG-SCEN-010", bericht("WG-SCEN-010", tekst=text), pos)
    inner = rest[1:-1].strip()
    args = tuple(a.strip() for a in inner.split(",")) if inner else ()
    return m.group(), args


def load_file(path: Path | str, kept: bool = False) -> list[Scenario]:
    """The scenarios of a file. `kept` (`wetgraaf vraag`): read back from the cache when this file, with this
    content, was read before by this code, else read and kept there: a warm start imports no YAML parser."""
    from .parser.files import read_text  # refuses a FIFO or device (reading one would hang) and huge files

    path = Path(path)
    try:
        text = read_text(path)
    except LawError as exc:
        if exc.code == "WG-FILE-019":
            raise LawErrors([exc]) from None
        if exc.code == "WG-FILE-015":
            raise LawErrors([LawError("WG-SCEN-001", bericht("WG-SCEN-001.utf8"), ir.Pos(str(path), 1, 1))]) \
                from None
        raise LawErrors([LawError("WG-SCEN-001", exc.message, None)]) from None
    key = (str(path), text)
    if key not in _LOADED:  # the site and every amendment report read the same files: read YAML once per content
        if len(_LOADED) > 512:
            _LOADED.clear()
        _LOADED[key] = _read_kept(text, str(path)) if kept else load_text(text, str(path))
    return list(_LOADED[key])


def _read_kept(text: str, file: str) -> list[Scenario]:
    from .parser import cache

    h = hashlib.sha256()
    for code in (Path(__file__), Path(__file__).with_name("yamlpos.py")):  # what reads the file: its code
        h.update(code.read_bytes())
    for part in (file, text):
        h.update(part.encode())
        h.update(b"\0")
    key = h.hexdigest()
    found = cache.read_scenarios(key)
    if isinstance(found, list) and all(isinstance(sc, Scenario) for sc in found) and found:
        return found
    scenarios = load_text(text, file)
    cache.write_scenarios(key, scenarios)
    return scenarios


# Scenarios read per (file, content). Callers treat a Scenario as read-only once loaded.
_LOADED: dict[tuple[str, str], list[Scenario]] = {}


def load_text(text: str, file: str) -> list[Scenario]:
    try:
        data = load(text, file)
    except LawError as exc:
        raise LawErrors([exc]) from None
    if isinstance(data, dict) and "scenarios" in data:
        items = data["scenarios"]
    elif isinstance(data, list):
        items = data
    else:
        items = [data]
    if not isinstance(items, list) or not items:
        raise LawErrors([LawError("WG-SCEN-006", bericht("WG-SCEN-006"), ir.Pos(file, 1, 1))])
    out, errors = [], []
    for i, item in enumerate(items):
        try:
            out.append(scenario_from_yaml(item, file, pos_of(items, i, ir.Pos(file, 1, 1))))
        except LawError as exc:
            errors.append(exc)
    if errors:
        raise LawErrors(errors)
    return out


def _require(d: dict, key: str, types: tuple, what: str, pos: ir.Pos) -> Any:
    if key not in d:
        raise LawError("WG-SCEN-007", bericht("WG-SCEN-007", sleutel=key, wat=what), pos)
    value = d[key]
    if not isinstance(value, types):
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008", sleutel=key, wat=what), pos_of(d, key, pos))
    return value


def scenario_from_yaml(item: Any, file: str, pos: ir.Pos) -> Scenario:
    if not isinstance(item, dict):
        raise LawError("WG-SCEN-006", bericht("WG-SCEN-006.mapping"), pos)
    pos = getattr(item, "pos", pos) or pos
    for key in item:
        if key not in _FIELDS:
            raise LawError("WG-SCEN-009", bericht("WG-SCEN-009", veld=key, velden=", ".join(sorted(_FIELDS))),
                           key_pos(item, key, pos))
    naam = str(item.get("naam") or item.get("id") or "")
    if not naam:
        raise LawError("WG-SCEN-007", bericht("WG-SCEN-007.naam"), pos)
    peildatum = _require(item, "peildatum", (_dt.date,), bericht("zin.scen.datum"), pos)
    if isinstance(peildatum, _dt.datetime):  # YAML reads '2026-01-01 12:00' as a moment, not a date
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.tijd"),
                       pos_of(item, "peildatum", pos))
    vragen = _require(item, "vragen", (list,), bericht("zin.scen.vragen"), pos)
    for i, v in enumerate(vragen):
        parse_question(v, pos_of(vragen, i, pos))
    wijz = item.get("wijzigingen") or []
    if not isinstance(wijz, list) or not all(isinstance(w, str) for w in wijz):
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.wijzigingen"), pos_of(item, "wijzigingen"))
    twice = sorted({w for w in wijz if wijz.count(w) > 1})
    if twice:
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.dubbel", namen=", ".join(twice)),
                       pos_of(item, "wijzigingen"))
    sc = Scenario(naam, file, pos, peildatum, item.get("wet"), tuple(wijz), item, [str(v) for v in vragen])
    _expectations(item, sc, sc, pos)
    sc.bron = item.get("bron")
    _per_versie(item, sc, pos)
    return sc


def _expectations(d: dict, sc: Scenario, target, pos: ir.Pos) -> None:
    """Read verwacht / ontbrekend / uitleg_bevat of `d` into `target` (the scenario or one of its versions)."""
    for key in _EXPECTATIONS:
        value = d.get(key) or {}
        if not isinstance(value, dict):
            raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.verwachting", sleutel=key), pos_of(d, key, pos))
        renamed: dict[str, str] = {}
        for q in value:
            if str(q) not in sc.vragen:
                import difflib  # only for a key that is not one of the questions

                # a near question whose name differs: a spelling mistake on one side (the same name with other
                # arguments is another question, not asked)
                close = [v for v in difflib.get_close_matches(str(q), sc.vragen, n=1, cutoff=0.75)
                         if str(q).split("(")[0].strip() != v.split("(")[0].strip()]
                if not close or close[0] in value:
                    raise LawError("WG-SCEN-011", bericht("WG-SCEN-011", vraag=q, sleutel=key),
                                   key_pos(value, q, pos))
                sc.bijna[close[0]] = (str(q), key, key_pos(value, q, pos))
                renamed[str(q)] = close[0]
            if key != "verwacht" and not isinstance(value[q], list):
                raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.lijst", sleutel=key, vraag=q), pos_of(value, q, pos))
            if str(q) in getattr(target, key):
                raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.twee_keer", sleutel=key, vraag=q),
                               key_pos(value, q, pos))
        getattr(target, key).update({renamed.get(str(q), str(q)): v for q, v in value.items()})
        target.posities.update({(key, renamed.get(str(q), str(q))): pos_of(value, q, pos) for q in value})


def _per_versie(item: dict, sc: Scenario, pos: ir.Pos) -> None:
    """`per_versie: {basis: {...}, <amendment>[ + <amendment>...]: {...}}`: expectations per version."""
    raw = item.get("per_versie")
    if raw is None:
        return
    if not isinstance(raw, dict) or not raw:
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.per_versie"), pos_of(item, "per_versie", pos))
    for key, body in raw.items():
        kpos = key_pos(raw, key, pos)
        names = tuple(n.strip() for n in str(key).split("+"))
        if not all(names) or (BASIS in names and len(names) > 1):
            raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.versie", versie=key), kpos)
        if not isinstance(body, dict):
            raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.versie_inhoud", versie=key), pos_of(raw, key, pos))
        for field_name in body:
            if field_name not in _EXPECTATIONS:
                raise LawError("WG-SCEN-009", bericht("WG-SCEN-009.per_versie", veld=field_name,
                                                      velden=", ".join(_EXPECTATIONS)), key_pos(body, field_name, kpos))
        if names == (BASIS,):
            _expectations(body, sc, sc, kpos)
            continue
        versie = Versie(" + ".join(names), names, kpos)
        _expectations(body, sc, versie, kpos)
        sc.per_versie[versie.naam] = versie


# ---------------------------------------------------------------------------------------------------------------
# From scenario values to engine inputs (needs the program: types decide how a value is read)


def _signature(d) -> tuple:
    return (d.type, tuple(p.type for p in d.params))


def _resolve_fact(program: Program, name: str, wet: str | None, arity: int, pos: ir.Pos | None,
                  hint: bool = True) -> list:
    """The fact(s) a scenario key names. An unqualified name that several laws declare with the same type and
    parameters (e.g. geboortedatum) names one real-world fact: the value goes to each of them. `hint=False` skips
    the close-name suggestion (costly) when the error will be ignored."""
    if "." in name:
        found = program.definitions.get(name)
        candidates = [found] if found is not None else []
    else:
        candidates = [program.definitions[q] for q in program.input_names().get(name, ())]
        if wet:
            preferred = [d for d in candidates if d.wet == wet]
            candidates = preferred or candidates
        if len({_signature(d) for d in candidates}) > 1:
            raise LawError("WG-SCEN-020", bericht("WG-SCEN-020", naam=name,
                                                  namen=", ".join(d.qname for d in candidates)), pos)
    if not candidates or not all(d.is_input or d.kind == "parameter" for d in candidates):
        what = bericht("zin.scen.berekend") if candidates else bericht("zin.scen.geen_feit")
        hint = program.suggest(name) if hint else []
        raise LawError("WG-SCEN-012", bericht("WG-SCEN-012.bedoelt", naam=name, wat=what, namen=", ".join(hint))
                       if hint else bericht("WG-SCEN-012", naam=name, wat=what), pos)
    d = candidates[0]
    if len(d.params) != arity:
        params = ", ".join(f"{p.name}: {p.type}" for p in d.params) or bericht("zin.scen.het_geval")
        raise LawError("WG-SCEN-013", bericht("WG-SCEN-013", naam=d.name, aantal=len(d.params), parameters=params,
                                              gegeven=arity), pos)
    return candidates


def _resolve_lenient(program: Program, name: str, wet: str | None, arity: int, pos,
                     lenient: bool | set[str]) -> list:
    ignored = lenient is True or (isinstance(lenient, set) and name in lenient)
    try:
        return _resolve_fact(program, name, wet, arity, pos, hint=not ignored)
    except LawError as exc:
        if exc.code == "WG-SCEN-012" and ignored:
            return []
        raise


MAGNITUDE_DIGITS = 15  # numbers and amounts below 10^15 (a thousand trillion): beyond that no law means it
MAX_MAGNITUDE = 10 ** MAGNITUDE_DIGITS
DECIMALS = 15  # and no finer than 10^-15


def _too_large(what: str, value: Any, pos: ir.Pos | None) -> LawError:
    return LawError("WG-SCEN-030", bericht("WG-SCEN-030", wat=what, waarde=str(value)[:40],
                                           cijfers=MAGNITUDE_DIGITS, decimalen=DECIMALS), pos)


def read_value(value: Any, typ: ir.Type, program: Program, entities: dict[str, str], pos: ir.Pos | None,
               what: str) -> Any:
    """Read a scenario value as a value of `typ`; a located error when it is not one."""
    def bad(expected: str):
        return LawError("WG-SCEN-014", bericht("WG-SCEN-014", wat=what, verwacht=expected, waarde=value), pos)

    if typ.kind == "lijst":
        if not isinstance(value, list):
            raise bad(bericht("zin.scen.lijst"))
        return tuple(read_value(v, typ.item, program, entities, pos_of(value, i, pos), what)
                     for i, v in enumerate(value))
    if typ.kind == "entiteit":
        if str(value) not in entities:
            raise LawError("WG-SCEN-015", bericht("WG-SCEN-015", wat=what, waarde=value, bekend=", ".join(
                sorted(entities)) or bericht("zin.scen.geen")), pos)
        if entities[str(value)] != typ.name:
            raise bad(bericht("zin.scen.een_soort", soort=typ.name))
        return str(value)
    if typ.kind == "soort":
        values = program.soorten[typ.name].values
        if str(value) not in values:
            raise LawError("WG-SCEN-016", bericht("WG-SCEN-016", wat=what, waarde=value, waarden=" | ".join(values)),
                           pos)
        return str(value)
    name = typ.name
    if name == "waarheid":
        if value in (True, "waar", "ja"):
            return True
        if value in (False, "onwaar", "nee"):
            return False
        raise bad(bericht("zin.scen.waarheid"))
    if name == "geheel":
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(bericht("zin.scen.geheel"))
        if abs(value) >= MAX_MAGNITUDE:
            raise _too_large(what, value, pos)
        return value
    if name in ("getal", "bedrag"):
        if isinstance(value, bool):
            raise bad(bericht("zin.scen.getal"))
        text = str(value).replace("€", "").strip()
        if isinstance(value, str) and re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", text):
            # Dutch notation, as the law writes amounts: 70.100 is seventy thousand one hundred, 2.096,92 has cents
            text = text.replace(".", "").replace(",", ".")
        elif isinstance(value, str) and re.fullmatch(r"\d+,\d+", text):
            text = text.replace(",", ".")
        try:
            decimal = Decimal(text)
        except (InvalidOperation, ValueError):
            raise bad(bericht("zin.scen.getal")) from None
        if not decimal.is_finite():  # .inf, -.inf, .nan: no law means an infinite amount
            raise bad(bericht("zin.scen.eindig"))
        if decimal and not -DECIMALS <= decimal.adjusted() < MAGNITUDE_DIGITS:  # before Fraction: 1e99999999 hung
            raise _too_large(what, value, pos)
        number = Fraction(decimal)
        if name == "getal":
            return number
        if number < 0:
            raise bad(bericht("zin.scen.niet_negatief"))
        if (number * 100).denominator != 1:
            raise bad(bericht("zin.scen.twee_decimalen"))
        return Money(int(number * 100))
    if name == "datum":
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        raise bad(bericht("zin.scen.datum"))
    if name == "duur":
        m = re.match(r"^\s*(\d+)\s+(jaar|jaren|maand|maanden|week|weken|dag|dagen)\s*$", str(value))
        if not m:
            raise bad(bericht("zin.scen.duur"))
        unit = {"jaren": "jaar", "maanden": "maand", "weken": "week", "dagen": "dag"}.get(m.group(2), m.group(2))
        return Duration.of(int(m.group(1)), unit)
    if name == "tekst":
        return str(value)
    raise bad(str(typ))


def inputs(sc: Scenario, program: Program, lenient: bool | set[str] = False) -> tuple[dict, dict[str, str]]:
    """Turn the scenario's facts into the engine's {(qname, args): value}; also return the entities.

    `lenient` skips facts this version of the law does not know (used when comparing versions: a fact introduced
    by an amendment simply does not exist before it): all of them (True), or those whose name is in the set (the
    names another version knows)."""
    raw = sc.raw
    entities: dict[str, str] = {}
    groups: list[tuple[str, dict, Any]] = []
    personen = raw.get("personen") or {}
    if not isinstance(personen, dict):
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.personen"), pos_of(raw, "personen"))
    groups.extend(("persoon", personen, k) for k in personen)
    ents = raw.get("entiteiten") or {}
    if not isinstance(ents, dict):
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.entiteiten"),
                       pos_of(raw, "entiteiten"))
    for typ, members in ents.items():
        if typ not in ir.ENTITY_TYPES:
            raise LawError("WG-SCEN-017", bericht("WG-SCEN-017", soort=typ, bekend=", ".join(ir.ENTITY_TYPES)),
                           key_pos(ents, typ))
        if not isinstance(members, dict):
            raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.soort_entiteit", soort=typ), pos_of(ents, typ))
        groups.extend((typ, members, k) for k in members)
    for typ, members, name in groups:
        if str(name) in entities:
            raise LawError("WG-SCEN-018", bericht("WG-SCEN-018", naam=name), key_pos(members, name))
        entities[str(name)] = typ
    facts: dict = {}
    feiten = raw.get("feiten") or {}
    if not isinstance(feiten, dict):
        raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.feiten"), pos_of(raw, "feiten"))
    for key, value in feiten.items():
        kpos, vpos = key_pos(feiten, key), pos_of(feiten, key)  # errors about the name / about the value
        name, args = parse_question(key, kpos)
        for d in _resolve_lenient(program, name, sc.wet, len(args), kpos, lenient):
            for a, p in zip(args, d.params):
                read_value(a, p.type, program, entities, kpos, bericht("zin.scen.argument_van", param=p.name, naam=d.name))
            facts[(d.qname, args)] = read_value(value, d.type, program, entities, vpos, bericht("zin.scen.feit", naam=d.name))
    for typ, members, ent in groups:
        own = members[ent] or {}
        if not isinstance(own, dict):
            raise LawError("WG-SCEN-008", bericht("WG-SCEN-008.feiten_van", entiteit=ent), pos_of(members, ent))
        for key, value in own.items():
            kpos, vpos = key_pos(own, key), pos_of(own, key)
            for d in _resolve_lenient(program, str(key), sc.wet, 1, kpos, lenient):
                if d.params[0].type.name != typ:
                    raise LawError("WG-SCEN-013", bericht("WG-SCEN-013.soort", naam=d.name, entiteit=ent,
                                                          soort=d.params[0].type.name, eigen_soort=typ), kpos)
                facts[(d.qname, (str(ent),))] = read_value(value, d.type, program, entities, vpos,
                                                           bericht("zin.scen.feit_van", naam=d.name, entiteit=ent))
    return facts, entities


def question_target(sc: Scenario, program: Program, question: str, entities: dict[str, str],
                    hint: bool = True, index: int | None = None) -> tuple[str, tuple]:
    """The definition a question asks for and its arguments. `hint=False`: a caller that takes WG-SCEN-019 as "this
    version does not define it" gets no (costly) close-name suggestion. `index`: where the question stands in
    `sc.vragen`, when the caller knows (looking it up per question made a request's cost quadratic)."""
    pos = pos_of(sc.raw.get("vragen"), sc.vragen.index(question) if index is None else index, sc.pos)
    name, args = parse_question(question, pos)
    d = program.definitions.get(name) if "." in name else (
        program.definitions.get(f"{sc.wet}.{name}") if sc.wet else None) or program.lookup(name)
    if question in sc.bijna:
        written, key, kpos = sc.bijna[question]
        if d is None:  # the question is misspelled, not the key
            raise LawError("WG-SCEN-011", bericht("WG-SCEN-011.vraag", naam=name, sleutel=key, geschreven=written,
                                                  regel=kpos.line if kpos else "?"), pos)
        raise LawError("WG-SCEN-011", bericht("WG-SCEN-011.sleutel", geschreven=written, sleutel=key,
                                              vraag=question), kpos)
    if d is None:
        close = program.suggest(name) if hint else []
        raise LawError("WG-SCEN-019", bericht("WG-SCEN-019.bedoelt", naam=name, namen=", ".join(close)) if close
                       else bericht("WG-SCEN-019", naam=name), pos)
    if len(args) != len(d.params):
        raise LawError("WG-SCEN-013", bericht("WG-SCEN-013.argumenten", naam=d.name, aantal=len(d.params),
                                              gegeven=len(args)), pos)
    values = tuple(read_value(a, p.type, program, entities, pos, bericht("zin.scen.argument", param=p.name))
                   for a, p in zip(args, d.params))
    return d.qname, values


GEEN_GRONDSLAG = "geen_grondslag"  # expected: this version of the law has no provision that answers the question


def expected_value(sc: Scenario, program: Program, question: str, qname: str, entities: dict[str, str],
                   verwacht: Versie | None = None):
    """The expected answer to `question`, read with the type of its definition (of a version, when given)."""
    owner = sc if verwacht is None else verwacht
    raw = owner.verwacht[question]
    if raw in ("onbekend", GEEN_GRONDSLAG):
        return raw
    return read_value(raw, program.definitions[qname].type, program, entities,
                      owner.posities.get(("verwacht", question), sc.pos),
                      bericht("zin.scen.verwachte_waarde", vraag=question))


__all__ = ["Scenario", "Versie", "BASIS", "GEEN_GRONDSLAG", "load_file", "load_text", "inputs", "question_target",
           "expected_value", "LocatedList"]


def compare_answer(expected: Any, answer: Answer) -> list[str]:
    """What does not match between a scenario's expected value and the answer (empty: it matches)."""
    from .engine.explain import shown  # lazily: the CLI imports this module at start-up

    if answer.error is not None:
        return [bericht("zin.berekening_mislukt", melding=answer.error.message)]
    if expected == "onbekend":
        return [] if not answer.known else [bericht("zin.verwacht", verwacht=shown(expected),
                                                    antwoord=shown(answer.value))]
    if not answer.known:
        return [bericht("zin.verwacht", verwacht=shown(expected), antwoord=shown(answer.value))]
    if expected != answer.value or type(expected) is bool and type(answer.value) is not bool:
        return [bericht("zin.verwacht", verwacht=shown(expected), antwoord=shown(answer.value))]
    return []
