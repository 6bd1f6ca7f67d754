"""Mirror provisions compared (spiegelbepalingen): do two definitions give the same answer for every combination of
the facts they depend on?

A pair names two definitions with their arguments, e.g. `participatiewet.toepassing_2_3a_1_verplicht(p)` and
`wmo2015.onderzoek_starten_na_hulpvraag(p)`. Which inputs (facts and open norms) each side needs is found by asking
the engine: an answer that is onbekend lists exactly the inputs still missing. Every input found becomes a word of
the shared vocabulary; all combinations of the words' values are evaluated on both sides, and the search repeats
until no new input appears (a quantifier over a list, for instance, shows its body's inputs only once the list is
known). Booleans take waar and onwaar, a soort its values, a list of a soort every subset; other inputs must be
fixed (`vast`). The result is "equivalent over N combinations" or the first combination where the answers differ,
written as a scenario file that `wetgraaf vraag` can run.

A pair file (YAML), e.g. law/wijzigingen/wams/spiegels.yaml:

    wijzigingen: [wams]
    peildatum: 2026-01-01
    paren:
      - naam: Participatiewet 7a ~ Wmo 2015 2.3a.1
        links: participatiewet.toepassing_2_3a_1_verplicht(p)
        rechts: wmo2015.onderzoek_starten_na_hulpvraag(p)
        woordenlijst:               # one shared word, spelled differently on each side
          verzoek:
            waarden: [waar, onwaar]  # the default
            links: {wmo2015.hulpvragen(p): {waar: [participatiewet_ondersteuning], onwaar: []}}
            rechts: {wmo2015.hulpvragen(p): {waar: [wmo_maatwerkvoorziening], onwaar: []}}
        domein: {feit(p): [a, b]}   # restrict the values of an input (both sides)
        vast: {feit(p): waarde}     # fix an input; it is not enumerated
        verwacht: gelijk            # or verschil: a documented difference is not a failure

In a side's template `$` is the shared value, a mapping translates it, any other value is fixed.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.values import EvalError, Unknown
from ..engine.explain import show_value
from ..parser import ir
from ..core.errors import LawError, LawErrors, leesreden
from ..taal import Bericht, bericht, taal
from ..scenario import parse_question, read_value
from ..yamlpos import load as load_yaml, pos_of

MAX_COMBINATIES = 1 << 16
MAX_LIJSTWAARDEN = 6  # a list of a soort enumerates every subset: 2**6 at most
Key = tuple[str, tuple[str, ...]]


@dataclass
class Woord:
    """A word of the shared vocabulary: its values and, per side, the input facts it sets."""

    naam: str
    waarden: list[Any]
    links: dict[Key, Any] = field(default_factory=dict)  # key -> template ('$', a translation dict, or a value)
    rechts: dict[Key, Any] = field(default_factory=dict)
    feit: Key | None = None  # a word found by the search: one input, the same on both sides


@dataclass
class Paar:
    naam: str
    links: str
    rechts: str
    wijzigingen: tuple[str, ...] = ()
    peildatum: _dt.date = _dt.date(2026, 1, 1)
    woorden: list[Woord] = field(default_factory=list)
    domein: dict[Key, list[Any]] = field(default_factory=dict)
    vast: dict[Key, Any] = field(default_factory=dict)
    verwacht: str = "gelijk"
    pos: ir.Pos | None = None


@dataclass
class Uitkomst:
    paar: Paar
    gelijk: bool
    combinaties: int
    woorden: list[str]
    links_feiten: dict[Key, Any] = field(default_factory=dict)  # the distinguishing case, per side
    rechts_feiten: dict[Key, Any] = field(default_factory=dict)
    links_waarde: Any = None
    rechts_waarde: Any = None

    @property
    def zoals_verwacht(self) -> bool:
        return self.gelijk == (self.paar.verwacht == "gelijk")


def feit_sleutel(text: str, pos: ir.Pos | None) -> Key:
    """The key of an input or a question: naam(a, b) -> (naam, ("a", "b"))."""
    name, args = parse_question(text, pos)
    return name, tuple(args)


def _label(key: Key) -> str:
    return f"{key[0]}({', '.join(key[1])})" if key[1] else key[0]


def _shared_value(v: Any) -> Any:
    if v in ("waar", True):
        return True
    if v in ("onwaar", False):
        return False
    return tuple(v) if isinstance(v, list) else v


class _Sides:
    """The program the pair is evaluated in, and the conversion of written values into engine values."""

    def __init__(self, wg, paar: Paar) -> None:
        self.paar = paar
        self.engine = wg.engine(paar.peildatum, paar.wijzigingen)
        self.program = self.engine.program
        self.sides = {kant: self._side(getattr(paar, kant), kant) for kant in ("links", "rechts")}

    def definition(self, qname: str, pos: ir.Pos | None, what: Bericht):
        d = self.program.definitions.get(qname) if "." in qname else self.program.lookup(qname)
        if d is None:
            hint = self.program.suggest(qname)
            raise LawError("WG-SPGL-002", bericht("WG-SPGL-002", wat=what, naam=qname,
                                                   wijzigingen=", ".join(self.paar.wijzigingen)
                                                   or bericht("zin.spgl.geen_wijzigingen"),
                                                   suggestie=bericht("zin.spgl.bedoelt_u", namen=", ".join(hint))
                                                   if hint else ""), pos)
        return d

    def _side(self, text: str, kant: str) -> Key:
        name, args = feit_sleutel(text, self.paar.pos)
        d = self.definition(name, self.paar.pos, bericht(f"zin.spgl.{kant}"))
        if len(args) != len(d.params):
            raise LawError("WG-SPGL-002", bericht("WG-SPGL-002.argumenten", naam=d.name, aantal=len(d.params),
                                                          tekst=text, gegeven=len(args)), self.paar.pos)
        return d.qname, args

    def entities(self, keys) -> dict[str, str]:
        """Every entity an input or a question names, with its type (from the parameters that take it)."""
        out: dict[str, str] = {}
        for qname, args in keys:
            for p, a in zip(self.program.definitions[qname].params, args):
                if p.type.kind == "entiteit":
                    out.setdefault(a, p.type.name)
        return out

    def value(self, key: Key, raw: Any, what: Bericht) -> Any:
        d = self.definition(key[0], self.paar.pos, bericht("zin.spgl.invoer"))
        if raw in ("waar", "onwaar") and d.type == ir.BOOL:
            raw = raw == "waar"
        value = read_value(list(raw) if isinstance(raw, tuple) else raw, d.type, self.program,
                           self.entities([key]), self.paar.pos, what)
        return value

    def domain(self, key: Key) -> list[Any]:
        if key in self.paar.domein:
            return [self.value(key, v, bericht("zin.spgl.domein", invoer=_label(key))) for v in self.paar.domein[key]]
        t = self.program.definitions[key[0]].type
        if t == ir.BOOL:
            return [True, False]
        if t.kind == "soort":
            return list(self.program.soorten[t.name].values)
        if t.kind == "lijst" and t.item.kind == "soort":
            values = self.program.soorten[t.item.name].values
            if len(values) <= MAX_LIJSTWAARDEN:
                return [tuple(c) for r in range(len(values) + 1) for c in itertools.combinations(values, r)]
        raise LawError("WG-SPGL-003", bericht("WG-SPGL-003", invoer=_label(key), type=str(t)), self.paar.pos)

    def translate(self, woord: Woord, shared: Any, kant: str) -> dict[Key, Any]:
        out = {}
        for key, template in getattr(woord, kant).items():
            if template == "$":
                raw = shared
            elif isinstance(template, dict):
                options = {_shared_value(k): v for k, v in template.items()}
                if shared not in options:
                    raise LawError("WG-SPGL-004", bericht("WG-SPGL-004", woord=woord.naam, waarde=shared, kant=kant,
                                                          invoer=_label(key)), self.paar.pos)
                raw = options[shared]
            else:
                raw = template
            out[key] = self.value(key, raw, bericht("zin.spgl.kant", kant=kant, invoer=_label(key),
                                                            woord=woord.naam))
        return out

    def ask(self, kant: str, facts: dict) -> Any:
        qname, args = self.sides[kant]
        try:
            value, _ = self.engine.decide(qname, args, facts, self.paar.peildatum)
        except EvalError as exc:
            return exc
        return value


def vergelijk(wg, paar: Paar, max_combinaties: int = MAX_COMBINATIES) -> Uitkomst:
    """Compare the two sides of a pair over every combination of the inputs they depend on."""
    s = _Sides(wg, paar)
    vast = {k: s.value(k, v, bericht("zin.spgl.vast", invoer=_label(k))) for k, v in paar.vast.items()}
    words = list(paar.woorden)
    covered = set(vast) | {k for w in words for k in (*w.links, *w.rechts)}
    while True:
        domains = [s.domain(w.feit) if w.feit else [_shared_value(v) for v in w.waarden] for w in words]
        total = 1
        for dom in domains:
            total *= len(dom)
        if total > max_combinaties:
            raise LawError("WG-SPGL-005", bericht("WG-SPGL-005", totaal=total, aantal=len(words), max=max_combinaties),
                           paar.pos)
        new: set[Key] = set()
        first_difference = None
        for combo in itertools.product(*domains):
            facts = {"links": dict(vast), "rechts": dict(vast)}
            for w, v in zip(words, combo):
                if w.feit:
                    facts["links"][w.feit] = facts["rechts"][w.feit] = v
                else:
                    for kant in facts:
                        facts[kant].update(s.translate(w, v, kant))
            answers = {kant: s.ask(kant, facts[kant]) for kant in facts}
            for a in answers.values():
                if isinstance(a, Unknown):
                    new |= {k for k in (a.facts | a.oordelen) if k not in covered}
            if first_difference is None and not new and not _same(answers["links"], answers["rechts"]):
                first_difference = (facts, answers)
        if new:
            for key in sorted(new):
                words.append(Woord(_label(key), [], feit=key))
                covered.add(key)
            continue
        names = [w.naam for w in words]
        if first_difference is None:
            return Uitkomst(paar, True, total, names)
        facts, answers = first_difference
        return Uitkomst(paar, False, total, names, facts["links"], facts["rechts"], answers["links"],
                        answers["rechts"])


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, EvalError) or isinstance(b, EvalError):
        return isinstance(a, EvalError) and isinstance(b, EvalError) and a.message == b.message
    if isinstance(a, Unknown) or isinstance(b, Unknown):
        return False
    return type(a) is type(b) and a == b


# ---------------------------------------------------------------------------------------------------------------
# Pair files


def lees_paren(path: Path | str) -> list[Paar]:
    """Read a pair file; every problem is a located error."""
    path = Path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        raise LawErrors([LawError("WG-SPGL-001", bericht("WG-SPGL-001.lezen", reden=leesreden(exc)),
                                  ir.Pos(str(path), 1, 1))]) from None
    top = ir.Pos(str(path), 1, 1)
    if not isinstance(data, dict) or not isinstance(data.get("paren"), list):
        raise LawErrors([LawError("WG-SPGL-001", bericht("WG-SPGL-001"), top)])
    wijzigingen = tuple(data.get("wijzigingen") or ())
    peildatum = data.get("peildatum") or _dt.date(2026, 1, 1)
    paren, errors = [], []
    for i, item in enumerate(data["paren"]):
        pos = pos_of(data["paren"], i, top)
        try:
            paren.append(_paar(item, pos, wijzigingen, peildatum))
        except LawError as exc:
            errors.append(exc)
    if errors:
        raise LawErrors(errors)
    return paren


_VELDEN = {"naam", "links", "rechts", "woordenlijst", "domein", "vast", "verwacht", "wijzigingen", "peildatum"}


def _paar(item: Any, pos: ir.Pos, wijzigingen: tuple, peildatum: _dt.date) -> Paar:
    if not isinstance(item, dict) or not {"links", "rechts"} <= set(item):
        raise LawError("WG-SPGL-001", bericht("WG-SPGL-001.kanten"), pos)
    for key in item:
        if key not in _VELDEN:
            raise LawError("WG-SPGL-001", bericht("WG-SPGL-001.veld", veld=key, velden=", ".join(sorted(_VELDEN))),
                           pos_of(item, key, pos))
    verwacht = str(item.get("verwacht", "gelijk"))
    if verwacht not in ("gelijk", "verschil"):
        raise LawError("WG-SPGL-001", bericht("WG-SPGL-001.verwacht"), pos_of(item, "verwacht", pos))
    woorden = []
    for naam, spec in (item.get("woordenlijst") or {}).items():
        wpos = pos_of(item["woordenlijst"], naam, pos)
        if not isinstance(spec, dict) or not (spec.get("links") or spec.get("rechts")):
            raise LawError("WG-SPGL-001", bericht("WG-SPGL-001.woord", naam=naam), wpos)
        woorden.append(Woord(str(naam), list(spec.get("waarden") or ["waar", "onwaar"]),
                             {feit_sleutel(k, wpos): v for k, v in (spec.get("links") or {}).items()},
                             {feit_sleutel(k, wpos): v for k, v in (spec.get("rechts") or {}).items()}))
    return Paar(str(item.get("naam") or f"{item['links']} ~ {item['rechts']}"), str(item["links"]),
                str(item["rechts"]), tuple(item.get("wijzigingen") or wijzigingen),
                item.get("peildatum") or peildatum, woorden,
                {feit_sleutel(k, pos): list(v) for k, v in (item.get("domein") or {}).items()},
                {feit_sleutel(k, pos): v for k, v in (item.get("vast") or {}).items()}, verwacht, pos)


# ---------------------------------------------------------------------------------------------------------------
# Output


def _written(v: Any) -> Any:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    if isinstance(v, tuple):
        return [_written(x) for x in v]
    return v if isinstance(v, (str, int, _dt.date)) else str(v)


def scenario(uitkomst: Uitkomst, wg) -> list[dict]:
    """The distinguishing case as scenarios (the scenario-file format): one with both questions when both sides
    read the same facts, else one per side."""
    s = _Sides(wg, uitkomst.paar)
    paar = uitkomst.paar
    vragen = {kant: _label(s.sides[kant]) for kant in ("links", "rechts")}
    waarden = {"links": uitkomst.links_waarde, "rechts": uitkomst.rechts_waarde}
    groepen = [("links", "rechts")] if uitkomst.links_feiten == uitkomst.rechts_feiten else [("links",), ("rechts",)]
    out = []
    for kanten in groepen:
        feiten = uitkomst.links_feiten if kanten[0] == "links" else uitkomst.rechts_feiten
        ents = s.entities([*feiten, *(s.sides[k] for k in kanten)])
        doc: dict[str, Any] = {
            "naam": f"Spiegel: {paar.naam} — onderscheidend geval" + ("" if len(kanten) == 2 else f" ({kanten[0]})"),
            "peildatum": paar.peildatum,
            "wijzigingen": list(paar.wijzigingen),
            "personen": {e: {} for e, t in ents.items() if t == "persoon"},
        }
        others: dict[str, dict] = {}
        for e, t in ents.items():
            if t != "persoon":
                others.setdefault(t, {})[e] = {}
        if others:
            doc["entiteiten"] = others
        doc["feiten"] = {_label(k): _written(v) for k, v in sorted(feiten.items(), key=lambda kv: _label(kv[0]))}
        doc["vragen"] = [vragen[k] for k in kanten]
        verwacht = {vragen[k]: _written(waarden[k]) for k in kanten if not isinstance(waarden[k], EvalError)}
        if verwacht:
            doc["verwacht"] = verwacht
        out.append(doc)
    return out


def show(v: Any) -> str:
    """A value as the mirror check's report shows it, in the reader's language."""
    return show_value(v, taal())  # an evaluation error too: show_value says it as 'fout: ...'


__all__ = ["Paar", "Woord", "Uitkomst", "vergelijk", "lees_paren", "scenario", "show", "feit_sleutel"]
