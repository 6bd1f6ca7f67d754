"""Municipal delegated data for the Wbmgp (law/gemeenten/<gemeente>.yaml): the Minister's designations per area and
the choices each municipality made in its huisvestingsverordening.

The data are facts, not law: a designation is a decision of the Minister on the council's application (Wbmgp art.
5), the art. 8 categories and the art. 9 characteristics are set in the verordening. Loading validates every file
and reports every problem located (file:line:col). `aanvullen` turns the data into engine facts for a scenario that
names a gemeente or gebied entity, for its peildatum; facts the scenario gives itself always win. The legal
computations (is a designation in force, how long may it run) stay in the rules (Wbmgp art. 5 lid 4); this module
only copies what the sources state. The file format is documented in law/gemeenten/README.md.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..parser import ir
from ..core.errors import LawError, LawErrors
from ..yamlpos import load as load_yaml
from ..yamlpos import pos_of

if TYPE_CHECKING:
    from .model import Program

WET = "wbmgp"
GRONDSLAG = {8: "art5_lid1_art8", 9: "art5_lid2_art9", 10: "art5_lid3_art10"}
INSTRUMENTEN = ("verklaring_omtrent_het_gedrag", "onderzoek_politiegegevens")
DREMPELS = {"maanden_inkomen": ("drempel_maanden_inkomen_ncd", int),
            "contractduur_maanden": ("drempel_contractduur_ncd_maanden", int),
            "uren_per_week": ("drempel_uren_per_week_ncd", (int, float))}
MAX_RANG = 3  # the rules rank at most three levels (Wbmgp art. 9, voorrang_art9_rang)
# The Wbmgp facts this module can fill (tests/resolve/test_gemeenten.py checks that the law declares each as a fact).
GEGENEREERDE_FEITEN = (
    "gemeente_van", "raad_oordeel_art8", "raad_oordeel_art9", "raad_oordeel_art10", "kenmerken_art9",
    "rang_kenmerk_art9", "drempel_maanden_inkomen_ncd", "drempel_contractduur_ncd_maanden", "drempel_uren_per_week_ncd",
    "voorrang_art9_boven_urgenten", "verordening_vergunningplicht_latere_inwoners", "ingangsdatum_aanwijzing",
    "einddatum_aanwijzing", "aantal_verlengingen", "aanwijzing_ingetrokken", "aangewezen_op_peildatum",
    "instrument_aanwijzing_art5_lid3")
_BRON = re.compile(r"^(seed \d{3}, regels? \d+(-\d+)?|law-sources |fictief)")

_TOP = {"gemeente", "namen", "bron", "toelichting", "wbmgp_gemeente", "gebieden", "verordening"}
_GEBIED = {"id", "naam", "bron", "toelichting", "aanwijzingen"}
_AANWIJZING = {"artikel", "bron", "toelichting", "besluitdatum", "ingangsdatum", "einddatum", "verlengingen",
               "ingetrokken_per", "verlopen_uiterlijk", "instrument"}
_VERLENGING = {"besluitdatum", "tot", "bron"}
_VERORDENING = {"artikel_8", "artikel_9", "artikel_10"}
_ART = {"artikel_8": {"toegepast", "categorieen", "bron", "toelichting"},
        "artikel_9": {"toegepast", "kenmerken", "voorrang_boven_urgenten", "bron", "toelichting"},
        "artikel_10": {"toegepast", "vergunningplicht_latere_inwoners", "bron", "toelichting"}}
_KENMERK = {"kenmerk", "rang", "tekst", "drempels", "bron"}


@dataclass
class Waarde:
    """A value the sources state, with where it is written down and where it comes from."""

    waarde: Any
    bron: str
    pos: ir.Pos | None


@dataclass
class Aanwijzing:
    artikel: int
    bron: str
    pos: ir.Pos | None
    ingangsdatum: _dt.date | None = None
    einddatum: _dt.date | None = None
    verlengingen: list[Waarde] = field(default_factory=list)  # each: the new last day ('tot')
    ingetrokken: Waarde | None = None  # waarde: the date, or None = not withdrawn according to the source
    verlopen_uiterlijk: _dt.date | None = None
    instrument: str | None = None

    @property
    def grondslag(self) -> str:
        return GRONDSLAG[self.artikel]


@dataclass
class Gebied:
    id: str
    naam: str
    gemeente: str  # id of the gemeente
    bron: str
    pos: ir.Pos | None
    aanwijzingen: list[Aanwijzing] = field(default_factory=list)


@dataclass
class Kenmerk:
    kenmerk: str
    rang: int
    bron: str
    pos: ir.Pos | None
    drempels: dict[str, Any] = field(default_factory=dict)


@dataclass
class Gemeente:
    id: str
    naam: str
    file: str
    namen: tuple[str, ...] = ()
    gebieden: list[Gebied] = field(default_factory=list)
    toegepast: dict[int, Waarde] = field(default_factory=dict)  # artikel 8/9/10 -> applied in the verordening
    kenmerken: list[Kenmerk] | None = None  # None: the sources do not state them
    kenmerken_bron: Waarde | None = None
    voorrang_boven_urgenten: Waarde | None = None
    vergunningplicht_latere_inwoners: Waarde | None = None


@dataclass
class Gemeentegegevens:
    gemeenten: dict[str, Gemeente] = field(default_factory=dict)
    gebieden: dict[str, Gebied] = field(default_factory=dict)

    def gemeente(self, naam: str) -> Gemeente | None:
        key = sleutel(naam)
        for g in self.gemeenten.values():
            if key == g.id or key == sleutel(g.naam) or key in (sleutel(n) for n in g.namen):
                return g
        return None

    def gebied(self, naam: str) -> Gebied | None:
        return self.gebieden.get(sleutel(naam))


@dataclass
class Aanvulling:
    """One fact added to a scenario from the municipal data: its label, value, source and place in the data."""

    label: str
    waarde: Any
    bron: str
    pos: ir.Pos | None

    def __str__(self) -> str:
        return f"{self.label} = {self.waarde} (bron: {self.bron}; {self.pos})"


def sleutel(naam: str) -> str:
    """'Capelle aan den IJssel' -> 'capelle_aan_den_ijssel'; "'s-Hertogenbosch" -> 's_hertogenbosch'."""
    return re.sub(r"[^0-9a-z]+", "_", naam.lower()).strip("_")


# ---------------------------------------------------------------------------------------------------------------
# Loading and validation


class _Reader:
    """Reads one file; every problem is collected with its position."""

    def __init__(self, file: str, errors: list[LawError]) -> None:
        self.file = file
        self.errors = errors

    def error(self, code: str, message: str, pos: ir.Pos | None) -> None:
        self.errors.append(LawError(code, message, pos or ir.Pos(self.file, 1, 1)))

    def keys(self, d: dict, allowed: set[str], what: str) -> None:
        for key in d:
            if key not in allowed:
                self.error("WG-GEM-002", f"unknown key '{key}' in {what}; allowed: {', '.join(sorted(allowed))}",
                           pos_of(d, key))

    def mapping(self, value: Any, what: str, pos: ir.Pos | None) -> dict | None:
        if not isinstance(value, dict):
            self.error("WG-GEM-004", f"{what} must be 'key: value' lines", pos)
            return None
        return value

    def get(self, d: dict, key: str, types: tuple, what: str, required: bool = False) -> Any:
        if key not in d or d[key] is None:
            if required:
                self.error("WG-GEM-003", f"{what} lacks '{key}'", getattr(d, "pos", None))
            return None
        value = d[key]
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            self.error("WG-GEM-004", f"'{key}' in {what} must be {_describe(types)}, not {value!r}",
                       pos_of(d, key))
            return None
        return value

    def bron(self, d: dict, what: str) -> str:
        bron = self.get(d, "bron", (str,), what, required=True)
        if bron is not None and not _BRON.match(bron):
            self.error("WG-GEM-008", f"'bron' in {what} must name its source like 'seed 004, regels 2359-2368' "
                                     f"or 'law-sources wbmgp art. 5', not {bron!r}", pos_of(d, "bron"))
        return bron or ""


def _describe(types: tuple) -> str:
    names = {str: "a text", int: "a whole number", float: "a number", bool: "waar/onwaar (true/false)",
             _dt.date: "a date like 2024-01-26", list: "a list", dict: "'key: value' lines"}
    return " or ".join(names.get(t, t.__name__) for t in types)


def load_gemeenten(folder: Path | str) -> Gemeentegegevens:
    """Read and validate every <gemeente>.yaml in `folder` (none: empty data). Raises LawErrors listing every
    problem, each at its file:line:col."""
    folder = Path(folder)
    data = Gemeentegegevens()
    errors: list[LawError] = []
    if not folder.is_dir():
        return data
    for path in sorted(folder.glob("*.yaml")):
        reader = _Reader(str(path), errors)
        try:
            from ..parser.corpus import read_text  # not the parser's modules on a warm start (issue 17)

            raw = load_yaml(read_text(path), str(path))
        except LawError as exc:
            if exc.code.startswith("WG-FILE"):  # not readable: a folder named x.yaml, a FIFO, not UTF-8
                errors.append(exc)
                continue
            errors.append(LawError("WG-GEM-001", exc.message, exc.pos))
            continue
        except UnicodeDecodeError:
            reader.error("WG-GEM-001", "this file is not UTF-8 text", None)
            continue
        gem = _gemeente(reader, raw, path)
        if gem is None:
            continue
        if gem.id in data.gemeenten:
            reader.error("WG-GEM-005", f"gemeente '{gem.id}' is described twice", None)
        data.gemeenten[gem.id] = gem
        for gebied in gem.gebieden:
            if gebied.id in data.gebieden:
                other = data.gebieden[gebied.id]
                reader.error("WG-GEM-005", f"gebied id '{gebied.id}' is used twice (also in gemeente "
                                           f"'{other.gemeente}'); ids are unique over all gemeenten", gebied.pos)
            data.gebieden[gebied.id] = gebied
    if errors:
        raise LawErrors(errors)
    return data


def _gemeente(r: _Reader, raw: Any, path: Path) -> Gemeente | None:
    raw = r.mapping(raw, "a gemeente file", ir.Pos(str(path), 1, 1))
    if raw is None:
        return None
    r.keys(raw, _TOP, "the gemeente")
    naam = r.get(raw, "gemeente", (str,), "the file", required=True)
    if naam is None:
        return None
    gem_id = path.stem
    if sleutel(naam) != gem_id:
        r.error("WG-GEM-007", f"the file of gemeente '{naam}' must be called '{sleutel(naam)}.yaml'",
                pos_of(raw, "gemeente"))
    namen = r.get(raw, "namen", (list,), "the gemeente") or []
    gem = Gemeente(gem_id, naam, str(path), tuple(str(n) for n in namen))
    for i, item in enumerate(r.get(raw, "wbmgp_gemeente", (list,), "the gemeente") or []):
        # Statements that the gemeente applies the Wbmgp (information only; they give no facts).
        item = r.mapping(item, "a 'wbmgp_gemeente' statement", pos_of(raw["wbmgp_gemeente"], i))
        if item is not None:
            r.keys(item, {"stand", "bron"}, "a 'wbmgp_gemeente' statement")
            r.get(item, "stand", (str,), "a 'wbmgp_gemeente' statement", required=True)
            r.bron(item, "a 'wbmgp_gemeente' statement")
    for i, item in enumerate(r.get(raw, "gebieden", (list,), "the gemeente") or []):
        gebied = _gebied(r, item, gem_id, pos_of(raw["gebieden"], i))
        if gebied is not None:
            gem.gebieden.append(gebied)
    verordening = raw.get("verordening")
    if verordening is not None and r.mapping(verordening, "'verordening'", pos_of(raw, "verordening")) is not None:
        r.keys(verordening, _VERORDENING, "'verordening'")
        for key in _VERORDENING:
            if verordening.get(key) is not None:
                _artikel(r, gem, key, verordening[key], pos_of(verordening, key))
    return gem


def _gebied(r: _Reader, item: Any, gem_id: str, pos: ir.Pos | None) -> Gebied | None:
    item = r.mapping(item, "a gebied", pos)
    if item is None:
        return None
    r.keys(item, _GEBIED, "a gebied")
    gid = r.get(item, "id", (str,), "a gebied", required=True)
    naam = r.get(item, "naam", (str,), "a gebied", required=True)
    bron = r.bron(item, "a gebied")
    if gid is None or naam is None:
        return None
    if sleutel(gid) != gid:
        r.error("WG-GEM-007", f"a gebied id is lower-case words joined by '_': write '{sleutel(gid)}'",
                pos_of(item, "id"))
    gebied = Gebied(sleutel(gid), naam, gem_id, bron, getattr(item, "pos", pos))
    seen: set[int] = set()
    for i, a in enumerate(r.get(item, "aanwijzingen", (list,), "a gebied") or []):
        aanwijzing = _aanwijzing(r, a, pos_of(item["aanwijzingen"], i))
        if aanwijzing is None:
            continue
        if aanwijzing.artikel in seen:
            r.error("WG-GEM-005", f"gebied '{gebied.id}' has two designations for artikel {aanwijzing.artikel}; "
                                  "describe one, with its extensions", aanwijzing.pos)
        seen.add(aanwijzing.artikel)
        gebied.aanwijzingen.append(aanwijzing)
    return gebied


def _aanwijzing(r: _Reader, a: Any, pos: ir.Pos | None) -> Aanwijzing | None:
    a = r.mapping(a, "a designation (aanwijzing)", pos)
    if a is None:
        return None
    r.keys(a, _AANWIJZING, "a designation")
    artikel = r.get(a, "artikel", (int,), "a designation", required=True)
    bron = r.bron(a, "a designation")
    if artikel is None:
        return None
    if artikel not in GRONDSLAG:
        r.error("WG-GEM-007", f"artikel must be 8, 9 or 10 (art. 5 lid 1, 2 or 3), not {artikel}", pos_of(a, "artikel"))
        return None
    out = Aanwijzing(artikel, bron, getattr(a, "pos", pos))
    out.ingangsdatum = r.get(a, "ingangsdatum", (_dt.date,), "a designation")
    out.einddatum = r.get(a, "einddatum", (_dt.date,), "a designation")
    r.get(a, "besluitdatum", (_dt.date,), "a designation")
    out.verlopen_uiterlijk = r.get(a, "verlopen_uiterlijk", (_dt.date,), "a designation")
    if (out.ingangsdatum is None) != (out.einddatum is None):
        r.error("WG-GEM-003", "give both 'ingangsdatum' and 'einddatum' of the designation, or neither", out.pos)
    elif out.ingangsdatum and out.einddatum < out.ingangsdatum:
        r.error("WG-GEM-006", "the einddatum lies before the ingangsdatum", pos_of(a, "einddatum"))
    vorige = out.einddatum
    for i, v in enumerate(r.get(a, "verlengingen", (list,), "a designation") or []):
        vpos = pos_of(a["verlengingen"], i)
        v = r.mapping(v, "an extension (verlenging)", vpos)
        if v is None:
            continue
        r.keys(v, _VERLENGING, "an extension")
        tot = r.get(v, "tot", (_dt.date,), "an extension", required=True)
        vbron = r.bron(v, "an extension")
        r.get(v, "besluitdatum", (_dt.date,), "an extension")
        if tot is None:
            continue
        if vorige is None:
            r.error("WG-GEM-003", "an extension needs the designation's ingangsdatum and einddatum", vpos)
        elif tot <= vorige:
            r.error("WG-GEM-006", f"an extension must run past the previous last day ({vorige})", pos_of(v, "tot"))
        vorige = tot
        out.verlengingen.append(Waarde(tot, vbron, vpos))
    if "ingetrokken_per" in a:
        value = a["ingetrokken_per"]
        if value is not None and not isinstance(value, _dt.date):
            r.error("WG-GEM-004", "'ingetrokken_per' must be a date, or leeg (~) when the source says the "
                                  "designation was not withdrawn", pos_of(a, "ingetrokken_per"))
        else:
            out.ingetrokken = Waarde(value, bron, pos_of(a, "ingetrokken_per"))
    instrument = r.get(a, "instrument", (str,), "a designation")
    if instrument is not None:
        if artikel != 10 or instrument not in INSTRUMENTEN:
            r.error("WG-GEM-007", f"'instrument' belongs to an artikel 10 designation and is one of "
                                  f"{', '.join(INSTRUMENTEN)}", pos_of(a, "instrument"))
        else:
            out.instrument = instrument
    return out


def _artikel(r: _Reader, gem: Gemeente, key: str, d: Any, pos: ir.Pos | None) -> None:
    d = r.mapping(d, f"'{key}'", pos)
    if d is None:
        return
    r.keys(d, _ART[key], f"'{key}'")
    bron = r.bron(d, f"'{key}'")
    artikel = int(key.split("_")[1])
    toegepast = r.get(d, "toegepast", (bool,), f"'{key}'")
    if toegepast is not None:
        gem.toegepast[artikel] = Waarde(toegepast, bron, pos_of(d, "toegepast"))
    for name in ("voorrang_boven_urgenten", "vergunningplicht_latere_inwoners"):
        if name in d and name in _ART[key]:
            value = r.get(d, name, (bool,), f"'{key}'")
            if value is not None:
                setattr(gem, name, Waarde(value, bron, pos_of(d, name)))
    if key == "artikel_9" and d.get("kenmerken") is not None:
        gem.kenmerken = []
        gem.kenmerken_bron = Waarde(None, bron, pos_of(d, "kenmerken"))
        names: set[str] = set()
        for i, k in enumerate(r.get(d, "kenmerken", (list,), "'artikel_9'") or []):
            kenmerk = _kenmerk(r, k, pos_of(d["kenmerken"], i))
            if kenmerk is None:
                continue
            if kenmerk.kenmerk in names:
                r.error("WG-GEM-005", f"kenmerk '{kenmerk.kenmerk}' is listed twice", kenmerk.pos)
            names.add(kenmerk.kenmerk)
            gem.kenmerken.append(kenmerk)


def _kenmerk(r: _Reader, k: Any, pos: ir.Pos | None) -> Kenmerk | None:
    k = r.mapping(k, "a kenmerk", pos)
    if k is None:
        return None
    r.keys(k, _KENMERK, "a kenmerk")
    naam = r.get(k, "kenmerk", (str,), "a kenmerk", required=True)
    rang = r.get(k, "rang", (int,), "a kenmerk", required=True)
    bron = r.bron(k, "a kenmerk")
    if naam is None or rang is None:
        return None
    if not 1 <= rang <= MAX_RANG:
        r.error("WG-GEM-007", f"rang must be 1 to {MAX_RANG} (1 goes first)", pos_of(k, "rang"))
    out = Kenmerk(naam, rang, bron, pos_of(k, "kenmerk"))
    drempels = k.get("drempels")
    if drempels is not None and r.mapping(drempels, "'drempels'", pos_of(k, "drempels")) is not None:
        r.keys(drempels, set(DREMPELS), "'drempels'")
        for name, (_fact, typ) in DREMPELS.items():
            value = r.get(drempels, name, typ if isinstance(typ, tuple) else (typ,), "'drempels'")
            if value is not None:
                out.drempels[name] = Waarde(value, bron, pos_of(drempels, name))
    return out


# ---------------------------------------------------------------------------------------------------------------
# From data to the facts of one scenario


class _Aanvuller:
    def __init__(self, program: Program, facts: dict) -> None:
        self.program = program
        self.facts = facts
        self.added: list[Aanvulling] = []

    def zet(self, name: str, args: tuple, value: Any, bron: str, pos: ir.Pos | None) -> None:
        """Add one fact, unless the law version lacks it or the scenario gives it itself."""
        assert name in GEGENEREERDE_FEITEN, name  # keep the documented list complete
        d = self.program.definitions.get(f"{WET}.{name}")
        key = (f"{WET}.{name}", args)
        if d is None or not d.is_input or key in self.facts:
            return
        self.facts[key] = _typed(self.program, d.type, value, pos, name)
        label = f"{name}({', '.join(map(str, args))})" if args else name
        self.added.append(Aanvulling(label, value, bron, pos))


def _typed(program: Program, typ: ir.Type, value: Any, pos: ir.Pos | None, name: str) -> Any:
    """The engine value for a data value; a located error when the data and the law disagree on its type."""
    if typ.kind == "lijst":
        return tuple(_typed(program, typ.item, v, pos, name) for v in value)
    if typ.kind == "soort":
        values = program.soorten[typ.name].values
        if value not in values:
            raise LawError("WG-GEM-007", f"'{value}' is not a value the law knows for {name} "
                                         f"({' | '.join(values)})", pos)
        return value
    if typ.name == "getal" and not isinstance(value, bool):
        return Fraction(str(value))
    return value


def aanvullen(gegevens: Gemeentegegevens, program: Program, peildatum: _dt.date, facts: dict,
              entities: dict[str, str]) -> tuple[dict, list[Aanvulling]]:
    """Add the municipal facts for the gemeente and gebied entities of a scenario. A gemeente entity is found by
    its fact `gemeentenaam` or by its own name; a gebied entity by its name (the id in the data). Returns the
    facts (a new dict) and the list of additions with their sources. `entities` gains a gemeente entity when a
    known gebied's gemeente is not in the scenario."""
    facts = dict(facts)
    out = _Aanvuller(program, facts)
    gemeente_entities: dict[str, str] = {}  # gemeente id -> entity name
    for ent, typ in list(entities.items()):
        if typ != "gemeente":
            continue
        naam = facts.get((f"{WET}.gemeentenaam", (ent,)), ent)
        gem = gegevens.gemeente(str(naam))
        if gem is not None:
            gemeente_entities.setdefault(gem.id, ent)
            _gemeente_feiten(out, gem, ent)
    for ent, typ in list(entities.items()):
        if typ != "gebied":
            continue
        gebied = gegevens.gebied(ent)
        if gebied is None:
            continue
        gem_ent = gemeente_entities.get(gebied.gemeente)
        if gem_ent is None and entities.get(gebied.gemeente, "gemeente") == "gemeente":
            gem_ent = gebied.gemeente
            entities[gem_ent] = "gemeente"
            gemeente_entities[gebied.gemeente] = gem_ent
            _gemeente_feiten(out, gegevens.gemeenten[gebied.gemeente], gem_ent)
        if gem_ent is not None:
            out.zet("gemeente_van", (ent,), gem_ent, gebied.bron, gebied.pos)
        for a in gebied.aanwijzingen:
            _aanwijzing_feiten(out, ent, a, peildatum)
    return facts, out.added


def _gemeente_feiten(out: _Aanvuller, gem: Gemeente, ent: str) -> None:
    oordeel = {8: "raad_oordeel_art8", 9: "raad_oordeel_art9", 10: "raad_oordeel_art10"}
    for artikel, w in gem.toegepast.items():
        out.zet(oordeel[artikel], (ent,), w.waarde, w.bron, w.pos)
    if gem.kenmerken is not None and gem.kenmerken_bron is not None:
        out.zet("kenmerken_art9", (ent,), [k.kenmerk for k in gem.kenmerken], gem.kenmerken_bron.bron,
                gem.kenmerken_bron.pos)
        for k in gem.kenmerken:
            out.zet("rang_kenmerk_art9", (ent, k.kenmerk), k.rang, k.bron, k.pos)
            for name, w in k.drempels.items():
                out.zet(DREMPELS[name][0], (ent,), w.waarde, w.bron, w.pos)
    for w, fact in ((gem.voorrang_boven_urgenten, "voorrang_art9_boven_urgenten"),
                    (gem.vergunningplicht_latere_inwoners, "verordening_vergunningplicht_latere_inwoners")):
        if w is not None:
            out.zet(fact, (ent,), w.waarde, w.bron, w.pos)


def _aanwijzing_feiten(out: _Aanvuller, ent: str, a: Aanwijzing, peildatum: _dt.date) -> None:
    args = (ent, a.grondslag)
    if a.ingangsdatum is not None and a.einddatum is not None:
        einde = a.verlengingen[-1] if a.verlengingen else Waarde(a.einddatum, a.bron, a.pos)
        out.zet("ingangsdatum_aanwijzing", args, a.ingangsdatum, a.bron, a.pos)
        out.zet("einddatum_aanwijzing", args, einde.waarde, einde.bron, einde.pos)
        out.zet("aantal_verlengingen", args, len(a.verlengingen), a.bron, a.pos)
        if a.ingetrokken is not None:
            # A withdrawal counts from its date on; no date means the source says it was not withdrawn.
            ingetrokken = a.ingetrokken.waarde is not None and a.ingetrokken.waarde <= peildatum
            out.zet("aanwijzing_ingetrokken", args, ingetrokken, a.ingetrokken.bron, a.ingetrokken.pos)
    elif a.verlopen_uiterlijk is not None and peildatum >= a.verlopen_uiterlijk:
        # An expired designation stays expired; a new one would be a new decision with its own entry.
        out.zet("aangewezen_op_peildatum", args, False, a.bron, a.pos)
    if a.instrument is not None:
        out.zet("instrument_aanwijzing_art5_lid3", (ent,), a.instrument, a.bron, a.pos)


__all__ = ["GEGENEREERDE_FEITEN", "Gemeentegegevens", "Gemeente", "Gebied", "Aanwijzing", "Kenmerk", "Aanvulling",
           "load_gemeenten", "aanvullen", "sleutel"]
