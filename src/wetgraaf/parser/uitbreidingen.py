"""Read and check the `uitbreidingen:` key of a wet.yaml: what a law brings beyond its articles.

Two kinds exist. `gemeentegegevens` names a folder of municipal data and the facts of the law it fills (read by
resolve/gegevens.py); `vraag` describes a question asked with a few words on the command line and answered by a
begrip of the law (vraagscenario.py). The framework names no law: whatever is law-specific about these extensions
is written here, in the corpus, and checked like every other wet.yaml field (WG-WET-006, each problem at its
file:line:col). docs/wetsbestand.md describes the format.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import ir, structure
from ..core.errors import LawError, LawErrors
from ..taal import Bericht, bericht
from ..yamlpos import load as load_yaml
from ..yamlpos import key_pos, pos_of

SOORTEN = ("gemeentegegevens", "vraag")
_NAAM = re.compile(r"^[a-z][a-z0-9_]*$")
_ARTIKEL = re.compile(r"^artikel (\d+[a-z]?(?:\.\d+[a-z]?)*)\b")

_GEGEVENS = {"map", "grondslag", "instrumenten", "drempels", "max_rang", "kenmerken", "oordelen", "verordening",
             "feiten"}
_GEGEVENS_FEITEN = ("gemeentenaam", "gemeente_van", "ingangsdatum", "einddatum", "verlengingen", "ingetrokken",
                    "aangewezen", "instrument")
_DREMPEL_TYPEN = ("geheel", "getal")
_VRAAG = {"begrip", "wijzigingen", "bereik", "gronden_eerst", "partij", "gegevens", "rollen", "soort_actor", "aard",
          "herkomst", "doelen", "antwoorden"}
_PARTIJ = ("type", "rol", "standaardrol", "soort_actor")
_VRAAG_GEGEVENS = ("type", "naam", "doel", "doelsoort", "doelvoorvoegsel", "herkomst", "herkomstsoort", "bijzonder",
                   "politie")


class _Lezer:
    """Checks one declaration; every problem is kept with its position, the first wrong value of a field stops
    only that field."""

    def __init__(self, file: str, errors: list[LawError]) -> None:
        self.file = file
        self.errors = errors
        self.artikelen: list[tuple[str, ir.Pos | None]] = []  # cited articles, checked once the articles are read
        self.meta: dict = {}  # the whole wet.yaml (its afkorting)

    def fout(self, bericht_: Bericht, pos: ir.Pos | None) -> None:
        self.errors.append(LawError("WG-WET-006", bericht_, pos or ir.Pos(self.file, 1, 1)))

    def sleutels(self, d: dict, toegestaan: set[str] | tuple[str, ...], wat: str, alle: bool = False) -> None:
        for key in d:
            if key not in toegestaan:
                self.fout(bericht("WG-WET-006.sleutel", sleutel=key, wat=wat,
                                  toegestaan=", ".join(sorted(toegestaan))), key_pos(d, key))
        if alle:
            for key in toegestaan:
                if key not in d:
                    self.fout(bericht("WG-WET-006.ontbreekt", sleutel=key, wat=wat), getattr(d, "pos", None))

    def waarde(self, d: dict, key: str, wat: str, soort: str) -> Any:
        """d[key] when it is of `soort` (tekst, naam, geheel, tabel, lijst, waarheid); else None and an error."""
        if key not in d:
            self.fout(bericht("WG-WET-006.ontbreekt", sleutel=key, wat=wat), getattr(d, "pos", None))
            return None
        value = d[key]
        goed = {"tekst": isinstance(value, str) and value.strip() != "",
                "naam": isinstance(value, str) and bool(_NAAM.match(value)),
                "geheel": isinstance(value, int) and not isinstance(value, bool),
                "tabel": isinstance(value, dict),
                "lijst": isinstance(value, list),
                "waarheid": isinstance(value, bool)}[soort]
        if not goed:
            self.fout(bericht("WG-WET-006.soort", sleutel=key, wat=wat, verwacht=bericht(f"zin.uitbr.{soort}"),
                              waarde=repr(value)), pos_of(d, key))
            return None
        return value

    def namen(self, d: dict, wat: str, sleutel_soort: str = "tekst", leeg: bool = False) -> dict:
        """A table whose values are names (of facts, soort values): every entry checked (leeg: ~ allowed)."""
        out: dict[Any, Any] = {}
        for key in d:
            if leeg and d[key] is None:
                out[key] = None
                continue
            if sleutel_soort == "geheel" and (not isinstance(key, int) or isinstance(key, bool)):
                self.fout(bericht("WG-WET-006.soort", sleutel=key, wat=wat, verwacht=bericht("zin.uitbr.geheel"),
                                  waarde=repr(key)), key_pos(d, key))
                continue
            value = self.waarde(d, key, wat, "naam")
            if value is not None:
                out[key] = value
        return out

    def artikel(self, d: dict, wat: str) -> str:
        """The article a table rests on ('artikel 5, derde lid'); checked against the law's articles later."""
        text = self.waarde(d, "artikel", wat, "tekst")
        if text is None:
            return ""
        if not _ARTIKEL.match(text):
            self.fout(bericht("WG-WET-006.artikel_vorm", artikel=text), pos_of(d, "artikel"))
        else:
            self.artikelen.append((text, pos_of(d, "artikel")))
        return text


def lees(wet: str, meta: dict, text: str, file: str, errors: list[LawError]) -> tuple[dict[str, Any], list]:
    """The declared extensions of law `wet` (meta: its wet.yaml as read, text: the file's text), and the articles
    they cite as (citation, position) for `check_artikelen`. Problems are added to `errors`."""
    if meta.get("uitbreidingen") is None:
        return {}, []
    try:
        raw = load_yaml(text, file)["uitbreidingen"]  # again, with positions
    except LawError as exc:
        errors.append(LawError("WG-WET-006", exc.message, exc.pos))
        return {}, []
    r = _Lezer(file, errors)
    r.meta = meta
    if not isinstance(raw, dict):
        r.fout(bericht("WG-WET-006.soort", sleutel="uitbreidingen", wat="wet.yaml",
                       verwacht=bericht("zin.uitbr.tabel"), waarde=repr(raw)), getattr(raw, "pos", None))
        return {}, []
    r.sleutels(raw, SOORTEN, "uitbreidingen")
    out: dict[str, Any] = {}
    for soort, lezen in (("gemeentegegevens", _gemeentegegevens), ("vraag", _vraag)):
        if soort in raw:
            d = r.waarde(raw, soort, "uitbreidingen", "tabel")
            before = len(errors)
            decl = lezen(r, wet, d, f"uitbreidingen.{soort}") if d is not None else None
            if decl is not None and len(errors) == before:
                out[soort] = decl
    return out, r.artikelen


def _tabel_met_artikel(r: _Lezer, d: dict, key: str, wat: str, artikelen: dict[str, str]) -> Any:
    """A table {artikel: ..., waarden|waarde: ...}: its value, with its article noted in `artikelen`."""
    t = r.waarde(d, key, wat, "tabel")
    if t is None:
        return None
    wat = f"{wat}.{key}"
    inhoud = "waarde" if key == "max_rang" else "waarden"
    r.sleutels(t, {"artikel", inhoud} | ({"aanwijzing"} if key == "instrumenten" else set()), wat, alle=True)
    artikelen[key] = r.artikel(t, wat)
    if key == "max_rang":
        return r.waarde(t, inhoud, wat, "geheel")
    if key == "instrumenten":
        lijst = r.waarde(t, inhoud, wat, "lijst")
        aanwijzing = r.waarde(t, "aanwijzing", wat, "geheel")
        if lijst is None or aanwijzing is None:
            return None
        for i, v in enumerate(lijst):
            if not isinstance(v, str) or not _NAAM.match(v):
                r.fout(bericht("WG-WET-006.soort", sleutel=i + 1, wat=f"{wat}.waarden",
                               verwacht=bericht("zin.uitbr.naam"), waarde=repr(v)), pos_of(lijst, i))
        return tuple(str(v) for v in lijst), aanwijzing
    waarden = r.waarde(t, inhoud, wat, "tabel")
    if waarden is None:
        return None
    if key == "grondslag":
        return r.namen(waarden, f"{wat}.waarden", "geheel")
    out = {}  # drempels: name -> {feit, type}
    for name in waarden:
        e = r.waarde(waarden, name, f"{wat}.waarden", "tabel")
        if e is None:
            continue
        r.sleutels(e, ("feit", "type"), f"{wat}.waarden.{name}", alle=True)
        feit, typ = r.waarde(e, "feit", f"{wat}.{name}", "naam"), r.waarde(e, "type", f"{wat}.{name}", "naam")
        if typ is not None and typ not in _DREMPEL_TYPEN:
            r.fout(bericht("WG-WET-006.keuze", sleutel="type", wat=f"{wat}.{name}",
                           toegestaan=", ".join(_DREMPEL_TYPEN)), pos_of(e, "type"))
        elif feit is not None and typ is not None:
            out[str(name)] = (feit, typ)
    return out


def _gemeentegegevens(r: _Lezer, wet: str, d: dict, wat: str) -> structure.GegevensDeclaratie | None:
    r.sleutels(d, _GEGEVENS, wat, alle=True)
    if any(k not in d for k in _GEGEVENS):
        return None
    artikelen: dict[str, str] = {}
    map_ = r.waarde(d, "map", wat, "tekst")
    if map_ is not None and (Path(map_).is_absolute() or ".." in Path(map_).parts):
        r.fout(bericht("WG-WET-006.map", map=map_), pos_of(d, "map"))
    grondslag = _tabel_met_artikel(r, d, "grondslag", wat, artikelen)
    instrumenten = _tabel_met_artikel(r, d, "instrumenten", wat, artikelen)
    drempels = _tabel_met_artikel(r, d, "drempels", wat, artikelen)
    max_rang = _tabel_met_artikel(r, d, "max_rang", wat, artikelen)
    kenmerken: tuple[Any, Any, Any] | None = None
    k = r.waarde(d, "kenmerken", wat, "tabel")
    if k is not None:
        r.sleutels(k, ("verordening", "feit", "rang"), f"{wat}.kenmerken", alle=True)
        kenmerken = (r.waarde(k, "verordening", f"{wat}.kenmerken", "geheel"),
                     r.waarde(k, "feit", f"{wat}.kenmerken", "naam"), r.waarde(k, "rang", f"{wat}.kenmerken", "naam"))
    o = r.waarde(d, "oordelen", wat, "tabel")
    oordelen: dict[int, str] | None = r.namen(o, f"{wat}.oordelen", "geheel") if o is not None else None
    v = r.waarde(d, "verordening", wat, "tabel")
    verordening: dict[int, dict[str, str | None]] | None = None
    if v is not None:
        verordening = {}
        for artikel in v:
            t = r.waarde(v, artikel, f"{wat}.verordening", "tabel")
            if t is not None:
                verordening[artikel] = r.namen(t, f"{wat}.verordening.{artikel}", leeg=True)
    f = r.waarde(d, "feiten", wat, "tabel")
    feiten: dict[str, str] | None = None
    if f is not None:
        r.sleutels(f, _GEGEVENS_FEITEN, f"{wat}.feiten", alle=True)
        feiten = r.namen(f, f"{wat}.feiten")
    if (map_ is None or grondslag is None or instrumenten is None or drempels is None or max_rang is None
            or kenmerken is None or None in kenmerken or oordelen is None or verordening is None or feiten is None):
        return None
    # The articles the other tables speak of are articles a designation can be for.
    for key, artikel, pos in [("instrumenten", instrumenten[1], pos_of(d["instrumenten"], "aanwijzing")),
                              ("kenmerken", kenmerken[0], pos_of(d["kenmerken"], "verordening"))] + [
            ("oordelen", a, key_pos(d["oordelen"], a)) for a in oordelen] + [
            ("verordening", a, key_pos(d["verordening"], a)) for a in verordening]:
        if artikel not in grondslag:
            r.fout(bericht("WG-WET-006.aanwijzing", wat=f"{wat}.{key}", artikel=artikel,
                           artikelen=", ".join(map(str, grondslag))), pos)
    return structure.GegevensDeclaratie(wet, map_, grondslag, instrumenten[0], instrumenten[1], drempels, max_rang,
                                 kenmerken, oordelen, verordening, feiten, artikelen, getattr(d, "pos", None))


def _vraag(r: _Lezer, wet: str, d: dict, wat: str) -> structure.VraagDeclaratie | None:
    r.sleutels(d, _VRAAG, wat, alle=True)
    if any(k not in d for k in _VRAAG):
        return None
    begrip = r.waarde(d, "begrip", wat, "naam")
    wijzigingen = r.waarde(d, "wijzigingen", wat, "lijst")
    if wijzigingen is not None:
        for i, w in enumerate(wijzigingen):
            if not isinstance(w, str) or not w.strip():
                r.fout(bericht("WG-WET-006.soort", sleutel=i + 1, wat=f"{wat}.wijzigingen",
                               verwacht=bericht("zin.uitbr.tekst"), waarde=repr(w)), pos_of(wijzigingen, i))
    bereik = r.waarde(d, "bereik", wat, "tekst")
    eerst = r.waarde(d, "gronden_eerst", wat, "tekst")
    tabellen: dict[str, Any] = {}
    for key, vast in (("partij", _PARTIJ), ("gegevens", _VRAAG_GEGEVENS)):
        t = r.waarde(d, key, wat, "tabel")
        if t is not None:
            r.sleutels(t, vast, f"{wat}.{key}", alle=True)
            tabellen[key] = r.namen(t, f"{wat}.{key}")
    for key in ("rollen", "soort_actor", "herkomst", "doelen"):
        t = r.waarde(d, key, wat, "tabel")
        if t is not None:
            tabellen[key] = r.namen(t, f"{wat}.{key}")
    aard = r.waarde(d, "aard", wat, "tabel")
    if aard is not None:
        tabellen["aard"] = {}
        for word, pair in aard.items():
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(b, bool) for b in pair)):
                r.fout(bericht("WG-WET-006.soort", sleutel=word, wat=f"{wat}.aard", verwacht=bericht("zin.uitbr.paar"),
                               waarde=repr(pair)), pos_of(aard, word))
            else:
                tabellen["aard"][word] = (pair[0], pair[1])
    antwoorden = r.waarde(d, "antwoorden", wat, "tabel")
    if antwoorden is not None:
        tabellen["antwoorden"] = {}
        for value in antwoorden:
            t = r.waarde(antwoorden, value, f"{wat}.antwoorden", "tabel")
            if t is None:
                continue
            r.sleutels(t, ("nl", "en"), f"{wat}.antwoorden.{value}", alle=True)
            if all(isinstance(t.get(k), str) for k in ("nl", "en")):
                tabellen["antwoorden"][value] = {"nl": t["nl"], "en": t["en"]}
    if None in (begrip, wijzigingen, bereik, eerst) or len(tabellen) != 8:
        return None
    afkorting = str(r.meta.get("afkorting") or r.meta.get("titel") or wet)
    return structure.VraagDeclaratie(wet, afkorting, begrip, tuple(str(w) for w in wijzigingen), bereik, eerst, tabellen["partij"],
                              tabellen["gegevens"], tabellen["rollen"], tabellen["soort_actor"], tabellen["aard"],
                              tabellen["herkomst"], tabellen["doelen"], tabellen["antwoorden"], getattr(d, "pos", None))


def check_artikelen(law: structure.Law, artikelen: list[tuple[str, ir.Pos | None]], errors: list[LawError]) -> None:
    """Every article a declaration cites is an article of the law (any of its versions)."""
    nummers = {a.nummer for a in law.articles}
    for text, pos in artikelen:
        m = _ARTIKEL.match(text)
        if m and m.group(1) not in nummers:
            errors.append(LawError("WG-WET-006", bericht("WG-WET-006.artikel", artikel=text, wet=law.afkorting),
                                   pos or ir.Pos(law.file, 1, 1)))


def lees_map(root: Path) -> dict[str, dict[str, Any]]:
    """The extensions every law under `root` declares, from the wet.yaml files alone (no article is parsed): a
    warm start that answers from the cache needs no more. Raises LawErrors for a wrong declaration."""
    out: dict[str, dict[str, Any]] = {}
    errors: list[LawError] = []
    for wet_file in sorted(root.glob("*/wet.yaml")):
        if not wet_file.is_file():  # a folder or a FIFO by that name: reported by the corpus's own reading
            continue
        try:
            text = wet_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):  # reported, located, by the corpus's own reading (wetgraaf controleer)
            continue
        if "uitbreidingen" not in text:
            continue
        meta = load_yaml(text, str(wet_file))
        if isinstance(meta, dict):
            decls, _ = lees(wet_file.parent.name, meta, text, str(wet_file), errors)
            if decls:
                out[wet_file.parent.name] = decls
    if errors:
        raise LawErrors(errors)
    return out


__all__ = ["SOORTEN", "lees", "check_artikelen", "lees_map"]
