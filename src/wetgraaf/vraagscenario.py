"""A question asked with a few words, answered as a scenario: may partij X give data of category Y to Z for purpose P?

The law that answers it declares the question in its wet.yaml (`uitbreidingen.vraag`, parser/uitbreidingen.py): the
begrip(partij, ontvanger, gegevens) whose rules decide it, the amendments that insert those rules, and the tables
that turn the words a user types into facts (roles, the nature and origin of the data, purposes). This module names
no law: it turns the question into a scenario (two organisations, one set of data and the facts the words name),
asks the engine, and words the outcome; it decides nothing itself. In the shipped corpus the Wmo 2015 declares it
(chapter 5, paragrafen 4 and 5, inserted by the Wams), asked by `wetgraaf gegevens`.

    from wetgraaf import load
    from wetgraaf.vraagscenario import Vraag, beantwoord
    antwoord = beantwoord(load(), Vraag("huisarts", ["gezondheid"], "college", "onderzoek"))
    print(antwoord.tekst())
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .engine.evaluate import Answer
from .engine.explain import explain_text, relevant, show_value
from .parser import structure
from .scenario import Scenario, load_text
from .taal import Bericht, bericht, taal, tekst


class VraagFout(ValueError):
    """The question cannot be asked as typed (an unknown word, or a legal situation without these rules); the
    command line reports it as wrong usage (exit code 2)."""


@dataclass
class Vraag:
    """Who gives (partij), what (categorieën: the nature and/or origin of the data), to whom, for which purpose."""

    partij: str
    categorieen: list[str]
    ontvanger: str
    doel: str


@dataclass
class GegevensAntwoord:
    vraag: Vraag
    answer: Answer
    program: Any
    geen_grondslag: bool = False
    gronden: list[str] = field(default_factory=list)
    declaratie: structure.VraagDeclaratie | None = None

    @property
    def status(self) -> str | None:
        """The soort value (verstrekking_verplicht, ...), or None when unknown or without ground."""
        a = self.answer
        return None if self.geen_grondslag or not a.known else str(a.value)

    def tekst(self) -> str:
        """The answer in plain words, the leden it rests on, and the explanation with citations."""
        v, decl = self.vraag, self.declaratie
        cat = ", ".join(v.categorieen) or tekst(bericht("zin.vraag.niet_opgegeven"))
        head = tekst(bericht("vraag.kop", partij=v.partij, categorieen=cat, ontvanger=v.ontvanger, doel=v.doel))
        if self.geen_grondslag:
            bereik = f"{decl.bereik}, {decl.afkorting}" if decl is not None else ""
            return f"{head}\n{tekst(bericht('vraag.geen_grondslag', bereik=bereik))}"
        a = self.answer
        if a.known:
            words = decl.antwoorden.get(str(a.value)) if decl is not None else None
            antwoord = words.get(taal(), words["nl"]) if words else show_value(a.value, taal())
        else:
            antwoord = tekst(bericht("zin.vraag.hangt_af"))
        lines = [head, tekst(bericht("vraag.antwoord", antwoord=antwoord))]
        if self.gronden:
            key = "vraag.berust_op" if a.known else "vraag.mogelijke_grond"
            lines.append(tekst(bericht(key, gronden="; ".join(self.gronden))))
        if a.branches and all(_unknown(value) for _, value in a.branches):
            # Judgements alone do not decide it while facts are missing: the branches would all say onbekend.
            a = copy.copy(a)
            a.branches = []
        lines.append(explain_text(a, self.program, taal()))
        return "\n".join(lines)


def declaratie(wg: Any, wet: str | None = None) -> structure.VraagDeclaratie:
    """The question law `wet` declares (None: the one law that declares a question)."""
    found = {k: d["vraag"] for k, d in wg.uitbreidingen().items() if "vraag" in d}
    if wet is not None:
        if wet not in found:
            raise VraagFout(bericht("vraag.geen_declaratie_wet", wet=wet, wetten=", ".join(sorted(found)) or "-"))
        return found[wet]
    if len(found) != 1:
        raise VraagFout(bericht("vraag.geen_declaratie", wetten=", ".join(sorted(found)) or "-"))
    return next(iter(found.values()))


def _slug(name: str) -> str:
    """An entity name from what the user typed: lower case, spaces to underscores."""
    slug = re.sub(r"\s+", "_", name.strip().lower())
    if not re.fullmatch(r"[^\W\d]\w*", slug):
        raise VraagFout(bericht("vraag.naam", naam=name))
    return slug


def _choose(word: str, aliases: dict[str, str], values: tuple[str, ...], prefix: str, what: str) -> str:
    key = _slug(word)
    for candidate in (key, aliases.get(key), prefix + key):
        if candidate in values:
            return candidate
    shown = sorted(set(aliases) | {v.removeprefix(prefix) for v in values})
    raise VraagFout(bericht("vraag.onbekend", wat=what, woord=word, keuzes=", ".join(shown)))


def _soort(program, name: str) -> tuple[str, ...]:
    return tuple(program.soorten[name].values)


def _declaratie_van(program) -> structure.VraagDeclaratie:
    """The shipped corpus's question whose begrip this program has (scenario_document called on its own)."""
    from .parser.corpus import default_root
    from .parser.uitbreidingen import lees_map

    for decls in lees_map(default_root()).values():
        decl = decls.get("vraag")
        if decl is not None and f"{decl.wet}.{decl.begrip}" in program.definitions:
            return decl
    raise VraagFout(bericht("vraag.geen_declaratie", wetten="-"))


def scenario_document(vraag: Vraag, program, basis: Scenario | None, peildatum: _dt.date,
                      wijzigingen: tuple[str, ...], declaratie: structure.VraagDeclaratie | None = None,
                      ) -> tuple[dict, tuple[str, str, str]]:
    """The scenario (as a dict in the scenario-file format) that asks the question, and the question's arguments.

    The facts of `basis` (a scenario file) are kept; the words of the question add the roles, the purpose and the
    kind of data unless the scenario already gives them."""
    decl = declaratie or _declaratie_van(program)
    p, g = decl.partij, decl.gegevens
    raw = _plain(basis.raw) if basis is not None else {}
    partij, ontvanger = _slug(vraag.partij), _slug(vraag.ontvanger)
    doel = _choose(vraag.doel, decl.doelen, _soort(program, g["doelsoort"]), g["doelvoorvoegsel"], "doel")
    herkomsten = _soort(program, g["herkomstsoort"])
    gegevens_feiten: dict[str, Any] = {g["doel"]: doel}
    for cat in vraag.categorieen:
        key = _slug(cat)
        if key in decl.aard:
            gegevens_feiten[g["bijzonder"]], gegevens_feiten[g["politie"]] = decl.aard[key]
        else:
            shown = sorted(decl.aard) + sorted(set(decl.herkomst) | set(herkomsten))
            try:
                gegevens_feiten[g["herkomst"]] = _choose(cat, decl.herkomst, herkomsten, "", "categorie")
            except VraagFout:
                raise VraagFout(bericht("vraag.categorie", categorie=cat, keuzes=", ".join(shown))) from None
    entiteiten = raw.setdefault("entiteiten", {}) or {}
    raw["entiteiten"] = entiteiten
    orgs = entiteiten.setdefault(p["type"], {}) or {}
    entiteiten[p["type"]] = orgs
    for name, word in ((partij, vraag.partij), (ontvanger, vraag.ontvanger)):
        facts = orgs.setdefault(name, {}) or {}
        orgs[name] = facts
        facts.setdefault(p["rol"], decl.rollen.get(_slug(word), p["standaardrol"]))
        if _slug(word) in decl.soort_actor:
            facts.setdefault(p["soort_actor"], decl.soort_actor[_slug(word)])
    data = entiteiten.setdefault(g["type"], {}) or {}
    entiteiten[g["type"]] = data
    own = data.setdefault(g["naam"], {}) or {}
    data[g["naam"]] = own
    for key, value in gegevens_feiten.items():
        own.setdefault(key, value)
    question = f"{decl.begrip}({partij}, {ontvanger}, {g['naam']})"
    raw.update({"naam": raw.get("naam") or decl.begrip, "peildatum": peildatum, "wet": decl.wet,
                "wijzigingen": list(wijzigingen), "vragen": [question]})
    for key in ("verwacht", "ontbrekend", "uitleg_bevat", "per_versie"):
        raw.pop(key, None)
    return raw, (partij, ontvanger, g["naam"])


def _plain(value: Any) -> Any:
    """A copy as plain dicts and lists (a loaded scenario keeps positions in its own mapping types)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _gronden(answer: Answer, decl: structure.VraagDeclaratie) -> list[str]:
    """The leden the answer rests on: the citation of each rule used (of the definition, while its value is still
    unknown), in the order of the explanation, those the declaration puts first (`gronden_eerst`) first."""
    seen: list[str] = []
    vraag = f"{decl.wet}.{decl.begrip}"

    def walk(nodes, known):
        for node in relevant(nodes, known):
            # The question itself is declared in one article: only the rule that applied names its lid.
            cite = node.rule.citation if node.rule is not None else (
                node.citation if node.qname != vraag else None)
            if node.kind == "begrip" and cite is not None:
                text = str(cite).split(" (herleid")[0]
                if text not in seen:
                    seen.append(text)
            walk(node.children, not _unknown(node.value))

    walk(answer.trace or [], False)
    return sorted(seen, key=lambda c: (not c.startswith(decl.gronden_eerst), seen.index(c)))


def _unknown(value) -> bool:
    from .core.values import Unknown

    return isinstance(value, Unknown)


def beantwoord(wg, vraag: Vraag, basis: Scenario | None = None, peildatum: _dt.date | None = None,
               wijzigingen: tuple[str, ...] | None = None, wet: str | None = None) -> GegevensAntwoord:
    """Answer the question law `wet` declares (None: the one that does) on the legal situation of `peildatum`,
    with `wijzigingen` applied (None: the amendments the declaration names)."""
    decl = declaratie(wg, wet)
    if wijzigingen is None:
        wijzigingen = decl.wijzigingen
    peildatum = peildatum or (basis.peildatum if basis is not None else _dt.date.today())
    program = wg.program(peildatum, wijzigingen)
    if f"{decl.wet}.{decl.begrip}" not in program.definitions:
        raise VraagFout(bericht("vraag.geen_regels", begrip=decl.begrip, bereik=decl.bereik, wet=decl.afkorting,
                                wijzigingen=" ".join(f"--wijziging {w}" for w in decl.wijzigingen)))
    raw, _args = scenario_document(vraag, program, basis, peildatum, wijzigingen, decl)
    text = yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
    (sc,) = load_text(text, basis.file if basis is not None else "<gegevens>")
    (outcome,) = wg.run(sc, trace=True)
    answer = outcome.answer
    # No rule of the begrip applies: these leden do not regulate this provision (an error deeper down is a real
    # defect and is shown as such).
    geen = (answer.error is not None and answer.error.code == "WG-EVAL-001"
            and f"'{decl.begrip}'" in answer.error.message)
    return GegevensAntwoord(vraag, answer, program, geen, [] if geen else _gronden(answer, decl), decl)


def fout_tekst(exc: VraagFout) -> str:
    """A VraagFout in the reader's language."""
    message = exc.args[0] if exc.args else ""
    return str(tekst(message)) if isinstance(message, Bericht) else str(message)


__all__ = ["Vraag", "VraagFout", "GegevensAntwoord", "beantwoord", "declaratie", "scenario_document", "fout_tekst"]
