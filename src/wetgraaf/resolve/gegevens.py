"""Municipal data a law declares (wet.yaml `uitbreidingen.gemeentegegevens`): a folder of <gemeente>.yaml files
with a minister's designations per area and the choices each municipality made in its verordening.

The data are facts, not law. Which law they belong to, which articles a designation can be for, the instruments,
thresholds and ranks a file may state, and which facts of the law they fill: all of that is the declaration's
(parser/uitbreidingen.py), so this reader names no law. Loading validates every file and reports every problem
located (file:line:col). `aanvullen` turns the data into engine facts for a scenario that names a gemeente or gebied
entity, for its peildatum; facts the scenario gives itself always win. The legal computations (is a designation in
force, how long may it run) stay in the rules; this module only copies what the sources state. The file format is
documented in law/gemeenten/README.md.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..parser import ir, structure
from ..core.errors import LawError, LawErrors
from ..taal import Bericht, bericht
from ..yamlpos import load as load_yaml
from ..yamlpos import pos_of

if TYPE_CHECKING:
    from .model import Program

# The Python types of a declared threshold type.
_DREMPEL_TYPEN: dict[str, tuple[type, ...]] = {"geheel": (int,), "getal": (int, float)}
_BRON = re.compile(r"^(seed \d{3}, regels? \d+(-\d+)?|law-sources |fictief)")

_TOP = {"gemeente", "namen", "bron", "toelichting", "gebieden", "verordening"}  # and '<wet>_gemeente'
_GEBIED = {"id", "naam", "bron", "toelichting", "aanwijzingen"}
_AANWIJZING = {"artikel", "bron", "toelichting", "besluitdatum", "ingangsdatum", "einddatum", "verlengingen",
               "ingetrokken_per", "verlopen_uiterlijk", "instrument"}
_VERLENGING = {"besluitdatum", "tot", "bron"}
_ART = {"toegepast", "bron", "toelichting"}  # and what the declaration adds per article
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
    grondslag: str  # the declared value of the article's grondslag
    bron: str
    pos: ir.Pos | None
    ingangsdatum: _dt.date | None = None
    einddatum: _dt.date | None = None
    verlengingen: list[Waarde] = field(default_factory=list)  # each: the new last day ('tot')
    ingetrokken: Waarde | None = None  # waarde: the date, or None = not withdrawn according to the source
    verlopen_uiterlijk: _dt.date | None = None
    instrument: str | None = None


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
    verordening: dict[str, Waarde] = field(default_factory=dict)  # declared statement -> what the source says


@dataclass
class Gemeentegegevens:
    """The data of one declared folder, with the declaration that says what they mean (None: no law declares it)."""

    declaratie: structure.GegevensDeclaratie | None = None
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

    def __init__(self, file: str, errors: list[LawError], decl: structure.GegevensDeclaratie) -> None:
        self.file = file
        self.errors = errors
        self.decl = decl

    def error(self, code: str, message: Bericht, pos: ir.Pos | None) -> None:
        self.errors.append(LawError(code, message, pos or ir.Pos(self.file, 1, 1)))

    def keys(self, d: dict, allowed: set[str], what: str) -> None:
        for key in d:
            if key not in allowed:
                self.error("WG-GEM-002", bericht("WG-GEM-002", sleutel=key, wat=what,
                                                 toegestaan=", ".join(sorted(allowed))), pos_of(d, key))

    def mapping(self, value: Any, what: str, pos: ir.Pos | None) -> dict | None:
        if not isinstance(value, dict):
            self.error("WG-GEM-004", bericht("WG-GEM-004.mapping", wat=what), pos)
            return None
        return value

    def get(self, d: dict, key: str, types: tuple, what: str, required: bool = False) -> Any:
        if key not in d or d[key] is None:
            if required:
                self.error("WG-GEM-003", bericht("WG-GEM-003", wat=what, sleutel=key), getattr(d, "pos", None))
            return None
        value = d[key]
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            self.error("WG-GEM-004", bericht("WG-GEM-004", sleutel=key, wat=what, verwacht=_describe(types),
                                             waarde=repr(value)), pos_of(d, key))
            return None
        return value

    def bron(self, d: dict, what: str) -> str:
        bron = self.get(d, "bron", (str,), what, required=True)
        if bron is not None and not _BRON.match(bron):
            self.error("WG-GEM-008", bericht("WG-GEM-008", wat=what, wet=self.decl.wet, bron=repr(bron)),
                       pos_of(d, "bron"))
        return bron or ""


def _describe(types: tuple) -> Any:
    """What a value must be, in the reader's language: 'een tekst', 'een geheel getal of een getal', ..."""
    names = {str: "tekst", int: "geheel", float: "getal", bool: "waarheid", _dt.date: "datum", list: "lijst",
             dict: "tabel"}
    delen = [bericht(f"zin.gem.soort.{names[t]}") if t in names else t.__name__ for t in types]
    if len(delen) == 1:
        return delen[0]
    return bericht("zin.gem.of", a=delen[0] if len(delen) == 2 else ", ".join(map(str, delen[:-1])), b=delen[-1])


def _of(delen: list[str]) -> Any:
    """'8, 9 or 10'."""
    return bericht("zin.gem.of", a=", ".join(delen[:-1]), b=delen[-1]) if len(delen) > 1 else "".join(delen)


def declaratie_voor(folder: Path) -> structure.GegevensDeclaratie | None:
    """The declaration of a data folder: the one a law beside it declares for it, else (a folder of example data
    elsewhere) the first one of the shipped corpus; None when no law declares municipal data."""
    from ..parser.corpus import default_root
    from ..parser.uitbreidingen import lees_map

    for root in (folder.parent, default_root()):
        try:
            decls = [d["gemeentegegevens"] for d in lees_map(root).values() if "gemeentegegevens" in d]
        except (LawError, LawErrors):
            if root == folder.parent:  # not a corpus, or one whose own check (wetgraaf controleer) reports it
                continue
            raise
        mine = [d for d in decls if (root / d.map).resolve() == folder.resolve()]
        if mine or (root != folder.parent and decls):
            return (mine or decls)[0]
    return None


def __getattr__(name: str) -> Any:
    # The facts the shipped corpus's declaration lets this reader fill (tests/resolve/test_gemeenten.py checks that its law
    # declares each as a fact); computed on use, as they live in the corpus, not here.
    if name == "GEGENEREERDE_FEITEN":
        from ..parser.corpus import default_root

        decl = declaratie_voor(default_root() / "_")
        return decl.alle_feiten() if decl is not None else ()
    raise AttributeError(name)


def load_gegevens(folder: Path | str, declaratie: structure.GegevensDeclaratie | None = None) -> Gemeentegegevens:
    """Read and validate every <gemeente>.yaml in `folder` (none: empty data) as `declaratie` says (None: the
    declaration of the law that declares this folder, see declaratie_voor). Raises LawErrors listing every problem,
    each at its file:line:col."""
    folder = Path(folder)
    decl = declaratie if declaratie is not None else declaratie_voor(folder) if folder.is_dir() else None
    data = Gemeentegegevens(decl)
    errors: list[LawError] = []
    if not folder.is_dir() or decl is None:
        return data
    for path in sorted(folder.glob("*.yaml")):
        reader = _Reader(str(path), errors, decl)
        try:
            from ..parser.files import read_text  # not the parser's modules on a warm start (issue 17)

            raw = load_yaml(read_text(path), str(path))
        except LawError as exc:
            if exc.code.startswith("WG-FILE"):  # not readable: a folder named x.yaml, a FIFO, not UTF-8
                errors.append(exc)
                continue
            errors.append(LawError("WG-GEM-001", exc.message, exc.pos))
            continue
        except UnicodeDecodeError:
            reader.error("WG-GEM-001", bericht("WG-GEM-001"), None)
            continue
        gem = _gemeente(reader, raw, path)
        if gem is None:
            continue
        if gem.id in data.gemeenten:
            reader.error("WG-GEM-005", bericht("WG-GEM-005.gemeente", gemeente=gem.id), None)
        data.gemeenten[gem.id] = gem
        for gebied in gem.gebieden:
            if gebied.id in data.gebieden:
                other = data.gebieden[gebied.id]
                reader.error("WG-GEM-005", bericht("WG-GEM-005.gebied", gebied=gebied.id, gemeente=other.gemeente),
                             gebied.pos)
            data.gebieden[gebied.id] = gebied
    if errors:
        raise LawErrors(errors)
    return data


def _gemeente(r: _Reader, raw: Any, path: Path) -> Gemeente | None:
    raw = r.mapping(raw, bericht("zin.gem.bestand_gemeente"), ir.Pos(str(path), 1, 1))
    if raw is None:
        return None
    eigen = f"{r.decl.wet}_gemeente"  # statements that the gemeente applies the law (information only)
    r.keys(raw, _TOP | {eigen}, bericht("zin.gem.gemeente"))
    naam = r.get(raw, "gemeente", (str,), bericht("zin.gem.bestand"), required=True)
    if naam is None:
        return None
    gem_id = path.stem
    if sleutel(naam) != gem_id:
        r.error("WG-GEM-007", bericht("WG-GEM-007.bestand", gemeente=naam, bestand=f"{sleutel(naam)}.yaml"),
                pos_of(raw, "gemeente"))
    namen = r.get(raw, "namen", (list,), bericht("zin.gem.gemeente")) or []
    gem = Gemeente(gem_id, naam, str(path), tuple(str(n) for n in namen))
    for i, item in enumerate(r.get(raw, eigen, (list,), bericht("zin.gem.gemeente")) or []):
        # Statements that the gemeente applies the law (information only; they give no facts).
        item = r.mapping(item, f"a '{eigen}' statement", pos_of(raw[eigen], i))
        if item is not None:
            r.keys(item, {"stand", "bron"}, f"a '{eigen}' statement")
            r.get(item, "stand", (str,), f"a '{eigen}' statement", required=True)
            r.bron(item, f"a '{eigen}' statement")
    for i, item in enumerate(r.get(raw, "gebieden", (list,), bericht("zin.gem.gemeente")) or []):
        gebied = _gebied(r, item, gem_id, pos_of(raw["gebieden"], i))
        if gebied is not None:
            gem.gebieden.append(gebied)
    verordening = raw.get("verordening")
    if verordening is not None and r.mapping(verordening, "'verordening'", pos_of(raw, "verordening")) is not None:
        artikelen = {f"artikel_{n}": n for n in r.decl.grondslag}
        r.keys(verordening, set(artikelen), "'verordening'")
        for key, n in artikelen.items():
            if verordening.get(key) is not None:
                _artikel(r, gem, key, n, verordening[key], pos_of(verordening, key))
    return gem


def _gebied(r: _Reader, item: Any, gem_id: str, pos: ir.Pos | None) -> Gebied | None:
    item = r.mapping(item, bericht("zin.gem.gebied"), pos)
    if item is None:
        return None
    r.keys(item, _GEBIED, bericht("zin.gem.gebied"))
    gid = r.get(item, "id", (str,), bericht("zin.gem.gebied"), required=True)
    naam = r.get(item, "naam", (str,), bericht("zin.gem.gebied"), required=True)
    bron = r.bron(item, bericht("zin.gem.gebied"))
    if gid is None or naam is None:
        return None
    if sleutel(gid) != gid:
        r.error("WG-GEM-007", bericht("WG-GEM-007.id", id=sleutel(gid)), pos_of(item, "id"))
    gebied = Gebied(sleutel(gid), naam, gem_id, bron, getattr(item, "pos", pos))
    gebied.aanwijzingen = _unique_items(
        r, item, "aanwijzingen", bericht("zin.gem.gebied"), _aanwijzing, lambda a: a.artikel,
        lambda a: bericht("WG-GEM-005.aanwijzing", gebied=gebied.id, artikel=a.artikel))
    return gebied


def _unique_items(r: _Reader, parent: dict, key: str, what: str, read: Callable[[_Reader, Any, ir.Pos | None], Any],
                  ident: Callable[[Any], object], duplicate: Callable[[Any], Bericht]) -> list:
    """The list under `key`, each item read by `read`; an item whose `ident` came before is reported (WG-GEM-005)
    and kept, so the errors after it are still found."""
    out: list = []
    seen: set[object] = set()
    for i, raw in enumerate(r.get(parent, key, (list,), what) or []):
        item = read(r, raw, pos_of(parent[key], i))
        if item is None:
            continue
        if ident(item) in seen:
            r.error("WG-GEM-005", duplicate(item), item.pos)
        seen.add(ident(item))
        out.append(item)
    return out


def _aanwijzing(r: _Reader, a: Any, pos: ir.Pos | None) -> Aanwijzing | None:
    a = r.mapping(a, bericht("zin.gem.aanwijzing_lijst"), pos)
    if a is None:
        return None
    r.keys(a, _AANWIJZING, bericht("zin.gem.aanwijzing"))
    artikel = r.get(a, "artikel", (int,), bericht("zin.gem.aanwijzing"), required=True)
    bron = r.bron(a, bericht("zin.gem.aanwijzing"))
    if artikel is None:
        return None
    decl = r.decl
    if artikel not in decl.grondslag:
        r.error("WG-GEM-007", bericht("WG-GEM-007.artikel", artikelen=_of([str(n) for n in decl.grondslag]),
                                      grondslag=decl.artikelen["grondslag"], artikel=artikel), pos_of(a, "artikel"))
        return None
    out = Aanwijzing(artikel, decl.grondslag[artikel], bron, getattr(a, "pos", pos))
    out.ingangsdatum = r.get(a, "ingangsdatum", (_dt.date,), bericht("zin.gem.aanwijzing"))
    out.einddatum = r.get(a, "einddatum", (_dt.date,), bericht("zin.gem.aanwijzing"))
    r.get(a, "besluitdatum", (_dt.date,), bericht("zin.gem.aanwijzing"))
    out.verlopen_uiterlijk = r.get(a, "verlopen_uiterlijk", (_dt.date,), bericht("zin.gem.aanwijzing"))
    if (out.ingangsdatum is None) != (out.einddatum is None):
        r.error("WG-GEM-003", bericht("WG-GEM-003.data"), out.pos)
    elif out.ingangsdatum and out.einddatum < out.ingangsdatum:
        r.error("WG-GEM-006", bericht("WG-GEM-006"), pos_of(a, "einddatum"))
    vorige = out.einddatum
    for i, v in enumerate(r.get(a, "verlengingen", (list,), bericht("zin.gem.aanwijzing")) or []):
        vpos = pos_of(a["verlengingen"], i)
        v = r.mapping(v, bericht("zin.gem.verlenging_lijst"), vpos)
        if v is None:
            continue
        r.keys(v, _VERLENGING, bericht("zin.gem.verlenging"))
        tot = r.get(v, "tot", (_dt.date,), bericht("zin.gem.verlenging"), required=True)
        vbron = r.bron(v, bericht("zin.gem.verlenging"))
        r.get(v, "besluitdatum", (_dt.date,), bericht("zin.gem.verlenging"))
        if tot is None:
            continue
        if vorige is None:
            r.error("WG-GEM-003", bericht("WG-GEM-003.verlenging"), vpos)
        elif tot <= vorige:
            r.error("WG-GEM-006", bericht("WG-GEM-006.verlenging", vorige=vorige), pos_of(v, "tot"))
        vorige = tot
        out.verlengingen.append(Waarde(tot, vbron, vpos))
    if "ingetrokken_per" in a:
        value = a["ingetrokken_per"]
        if value is not None and not isinstance(value, _dt.date):
            r.error("WG-GEM-004", bericht("WG-GEM-004.ingetrokken"), pos_of(a, "ingetrokken_per"))
        else:
            out.ingetrokken = Waarde(value, bron, pos_of(a, "ingetrokken_per"))
    instrument = r.get(a, "instrument", (str,), bericht("zin.gem.aanwijzing"))
    if instrument is not None:
        if artikel != decl.instrument_aanwijzing or instrument not in decl.instrumenten:
            r.error("WG-GEM-007", bericht("WG-GEM-007.instrument", artikel=decl.instrument_aanwijzing,
                                          instrumenten=", ".join(decl.instrumenten)), pos_of(a, "instrument"))
        else:
            out.instrument = instrument
    return out


def _artikel(r: _Reader, gem: Gemeente, key: str, artikel: int, d: Any, pos: ir.Pos | None) -> None:
    d = r.mapping(d, f"'{key}'", pos)
    if d is None:
        return
    decl = r.decl
    extra = set(decl.verordening.get(artikel, {})) | ({"kenmerken"} if artikel == decl.kenmerken[0] else set())
    r.keys(d, _ART | extra, f"'{key}'")
    bron = r.bron(d, f"'{key}'")
    toegepast = r.get(d, "toegepast", (bool,), f"'{key}'")
    if toegepast is not None:
        gem.toegepast[artikel] = Waarde(toegepast, bron, pos_of(d, "toegepast"))
    for name, fact in decl.verordening.get(artikel, {}).items():
        if name in d and fact is not None:  # None: information only, not read
            value = r.get(d, name, (bool,), f"'{key}'")
            if value is not None:
                gem.verordening[name] = Waarde(value, bron, pos_of(d, name))
    if artikel == decl.kenmerken[0] and d.get("kenmerken") is not None:
        gem.kenmerken = []
        gem.kenmerken_bron = Waarde(None, bron, pos_of(d, "kenmerken"))
        gem.kenmerken = _unique_items(r, d, "kenmerken", "'artikel_9'", _kenmerk, lambda k: k.kenmerk,
                                      lambda k: bericht("WG-GEM-005.kenmerk", kenmerk=k.kenmerk))


def _kenmerk(r: _Reader, k: Any, pos: ir.Pos | None) -> Kenmerk | None:
    k = r.mapping(k, bericht("zin.gem.kenmerk"), pos)
    if k is None:
        return None
    r.keys(k, _KENMERK, bericht("zin.gem.kenmerk"))
    naam = r.get(k, "kenmerk", (str,), bericht("zin.gem.kenmerk"), required=True)
    rang = r.get(k, "rang", (int,), bericht("zin.gem.kenmerk"), required=True)
    bron = r.bron(k, bericht("zin.gem.kenmerk"))
    if naam is None or rang is None:
        return None
    if not 1 <= rang <= r.decl.max_rang:
        r.error("WG-GEM-007", bericht("WG-GEM-007.rang", max=r.decl.max_rang), pos_of(k, "rang"))
    out = Kenmerk(naam, rang, bron, pos_of(k, "kenmerk"))
    drempels = k.get("drempels")
    if drempels is not None and r.mapping(drempels, "'drempels'", pos_of(k, "drempels")) is not None:
        r.keys(drempels, set(r.decl.drempels), "'drempels'")
        for name, (_fact, typ) in r.decl.drempels.items():
            value = r.get(drempels, name, _DREMPEL_TYPEN[typ], "'drempels'")
            if value is not None:
                out.drempels[name] = Waarde(value, bron, pos_of(drempels, name))
    return out


# ---------------------------------------------------------------------------------------------------------------
# From data to the facts of one scenario


class _Aanvuller:
    def __init__(self, program: Program, facts: dict, decl: structure.GegevensDeclaratie) -> None:
        self.program = program
        self.facts = facts
        self.decl = decl
        self.added: list[Aanvulling] = []

    def feit(self, rol: str) -> str:
        """The law's fact for a role of the reader (gemeente_van, ingangsdatum, ...)."""
        return self.decl.feiten[rol]

    def zet(self, name: str, args: tuple, value: Any, bron: str, pos: ir.Pos | None) -> None:
        """Add fact `name` of the declaring law, unless the law version lacks it or the scenario gives it itself."""
        wet = self.decl.wet
        d = self.program.definitions.get(f"{wet}.{name}")
        key = (f"{wet}.{name}", args)
        if d is None or d.type is None or not d.is_input or key in self.facts:
            return
        self.facts[key] = _typed(self.program, d.type, value, pos, name)
        label = f"{name}({', '.join(map(str, args))})" if args else name
        self.added.append(Aanvulling(label, value, bron, pos))


def _typed(program: Program, typ: ir.Type, value: Any, pos: ir.Pos | None, name: str) -> Any:
    """The engine value for a data value; a located error when the data and the law disagree on its type."""
    if typ.kind == "lijst" and typ.item is not None:
        return tuple(_typed(program, typ.item, v, pos, name) for v in value)
    if typ.kind == "soort":
        values = program.soorten[typ.name].values
        if value not in values:
            raise LawError("WG-GEM-007", bericht("WG-GEM-007.waarde", waarde=value, feit=name,
                                                 waarden=" | ".join(values)), pos)
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
    decl = gegevens.declaratie
    if decl is None or not (gegevens.gemeenten or gegevens.gebieden):
        return facts, []
    out = _Aanvuller(program, facts, decl)
    gemeente_entities: dict[str, str] = {}  # gemeente id -> entity name
    for ent, typ in list(entities.items()):
        if typ != "gemeente":
            continue
        naam = facts.get((f"{decl.wet}.{out.feit('gemeentenaam')}", (ent,)), ent)
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
            out.zet(out.feit("gemeente_van"), (ent,), gem_ent, gebied.bron, gebied.pos)
        for a in gebied.aanwijzingen:
            _aanwijzing_feiten(out, ent, a, peildatum)
    return facts, out.added


def _gemeente_feiten(out: _Aanvuller, gem: Gemeente, ent: str) -> None:
    decl = out.decl
    for artikel, w in gem.toegepast.items():
        if artikel in decl.oordelen:
            out.zet(decl.oordelen[artikel], (ent,), w.waarde, w.bron, w.pos)
    _, lijst, rang = decl.kenmerken
    if gem.kenmerken is not None and gem.kenmerken_bron is not None:
        out.zet(lijst, (ent,), [k.kenmerk for k in gem.kenmerken], gem.kenmerken_bron.bron, gem.kenmerken_bron.pos)
        for k in gem.kenmerken:
            out.zet(rang, (ent, k.kenmerk), k.rang, k.bron, k.pos)
            for name, w in k.drempels.items():
                out.zet(decl.drempels[name][0], (ent,), w.waarde, w.bron, w.pos)
    feiten = {name: fact for d in decl.verordening.values() for name, fact in d.items() if fact is not None}
    for name, w in gem.verordening.items():
        out.zet(feiten[name], (ent,), w.waarde, w.bron, w.pos)


def _aanwijzing_feiten(out: _Aanvuller, ent: str, a: Aanwijzing, peildatum: _dt.date) -> None:
    args = (ent, a.grondslag)
    if a.ingangsdatum is not None and a.einddatum is not None:
        einde = a.verlengingen[-1] if a.verlengingen else Waarde(a.einddatum, a.bron, a.pos)
        out.zet(out.feit("ingangsdatum"), args, a.ingangsdatum, a.bron, a.pos)
        out.zet(out.feit("einddatum"), args, einde.waarde, einde.bron, einde.pos)
        out.zet(out.feit("verlengingen"), args, len(a.verlengingen), a.bron, a.pos)
        if a.ingetrokken is not None:
            # A withdrawal counts from its date on; no date means the source says it was not withdrawn.
            ingetrokken = a.ingetrokken.waarde is not None and a.ingetrokken.waarde <= peildatum
            out.zet(out.feit("ingetrokken"), args, ingetrokken, a.ingetrokken.bron, a.ingetrokken.pos)
    elif a.verlopen_uiterlijk is not None and peildatum >= a.verlopen_uiterlijk:
        # An expired designation stays expired; a new one would be a new decision with its own entry.
        out.zet(out.feit("aangewezen"), args, False, a.bron, a.pos)
    if a.instrument is not None:
        out.zet(out.feit("instrument"), (ent,), a.instrument, a.bron, a.pos)


__all__ = ["Gemeentegegevens", "Gemeente", "Gebied", "Aanwijzing", "Kenmerk", "Aanvulling", "declaratie_voor",
           "load_gegevens", "aanvullen", "sleutel"]
