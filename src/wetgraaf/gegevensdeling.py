"""The data-sharing question: may partij X give data of category Y to Z for purpose P?

The answer comes from the rules of the Wmo 2015, chapter 5, paragrafen 4 and 5 (inserted by the Wams): the begrip
`gegevensverstrekking(o, z, d)` has one rule per kind of provision, each under the lid that carries it (5.4.1 lid 1,
5.4.2 lid 1-4 together and lid 6, 5.4.3 lid 2 and 4, 5.4.4 lid 1-5 and 8, 5.5.2 lid 1-5, 5.5.3). This module only turns the question
into a scenario (two organisations, one set of data and the facts the command line names), asks the engine, and
words the outcome; it decides nothing itself.

    from wetgraaf import load
    from wetgraaf.gegevensdeling import Vraag, beantwoord
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
from .scenario import Scenario, load_text

VRAAG = "wmo2015.gegevensverstrekking"
GEGEVENS = "gegevens"

# Words a user types for the roles that the rules name (soort rol_bij_gegevensverwerking). Any other name is a
# partij: an organisation that the rules test with the definition of partij (Wmo 1.1.1).
ROLLEN = {
    "college": "rol_college", "meldpunt": "rol_college", "gemeente": "rol_college",
    "coordinator": "rol_coordinator", "coördinator": "rol_coordinator",
    "burgemeester": "rol_burgemeester",
    "casusoverleg": "rol_casusoverleg",
    "ander_college": "rol_ander_college", "andere_gemeente": "rol_ander_college",
    "nieuwe_gemeente": "rol_ander_college",
}

# Who the organisation is (soort actorsoort, Wmo 1.1.1 onder 'partij'), for the words that name one. The burgemeester
# is a partij under 5.4.2 lid 1 as well, with the regime of lid 4 for the data of his four tasks: what decides is who
# he is and which data, not the role word, so the word also gives his soort_actor (unless the scenario says it).
SOORT_ACTOR = {"burgemeester": "actor_burgemeester"}

# The nature of the data: which of the two boolean facts hold (5.4.1 lid 2, 5.4.3 lid 4 onder c; 5.4.2 lid 3).
AARD = {
    "gewoon": (False, False), "gewone_persoonsgegevens": (False, False),
    "gezondheid": (True, False), "gezondheidsgegevens": (True, False), "bijzonder": (True, False),
    "bijzondere_persoonsgegevens": (True, False), "strafrechtelijk": (True, False),
    "politiegegevens": (True, True), "justitiele_gegevens": (True, True), "justitiële_gegevens": (True, True),
}

# Short words for the origin of the data (soort herkomst_gegevens); the full names are accepted as well.
HERKOMST = {"melddossier": "melddossiergegevens", "casusoverleg": "gegevens_uit_casusoverleg",
            "eigen": "gegevens_uit_eigen_taak", "eigen_gegevens": "gegevens_uit_eigen_taak"}

# Short words for purposes (soort verwerkingsdoel, whose values start with doel_); the full names are accepted.
DOELEN = {"fraude": "doel_fraudebestrijding", "huisverbod": "doel_burgemeester_tijdelijk_huisverbod",
          "wvggz": "doel_burgemeester_wvggz", "bijstand": "doel_dienst_participatiewet",
          "participatiewet": "doel_dienst_participatiewet", "inburgering": "doel_dienst_wet_inburgering_2021",
          "jeugdhulp": "doel_jeugdhulp_of_kinderbescherming",
          "kinderbescherming": "doel_jeugdhulp_of_kinderbescherming",
          "raad_voor_de_kinderbescherming": "doel_verzoek_raad_voor_de_kinderbescherming",
          "triage": "doel_triage_melding", "doorgeleiding": "doel_doorgeleiding_melding",
          "nieuwe_gemeente": "doel_melddossier_naar_nieuwe_gemeente", "overdracht": "doel_overdracht_na_einde_aanpak",
          "eigen_taak": "doel_eigen_taak_in_aanpak"}

STATUS_TEKST = {
    "verstrekking_verplicht": "ja — verplicht",
    "verstrekking_toegestaan": "ja — toegestaan, niet verplicht",
    "verstrekking_niet_verplicht": "niet verplicht — de verstrekker ziet af of hoeft niet",
    "verstrekking_niet_toegestaan": "nee — niet toegestaan op grond van deze artikelen",
}


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

    @property
    def status(self) -> str | None:
        """The soort value (verstrekking_verplicht, ...), or None when unknown or without ground."""
        a = self.answer
        return None if self.geen_grondslag or not a.known else str(a.value)

    def tekst(self) -> str:
        """The answer in plain words, the leden it rests on, and the explanation with citations."""
        v = self.vraag
        cat = ", ".join(v.categorieen) or "(niet opgegeven)"
        head = (f"Mag {v.partij} gegevens ({cat}) aan {v.ontvanger} verstrekken voor {v.doel}?")
        if self.geen_grondslag:
            return (f"{head}\n  antwoord: geen grondslag in hoofdstuk 5, paragrafen 4 en 5, Wmo 2015 — geen van de "
                    "leden regelt deze verstrekking (andere wetten kunnen dat wel doen).")
        a = self.answer
        if a.known:
            antwoord = STATUS_TEKST.get(str(a.value), show_value(a.value))
        else:
            antwoord = "hangt af van de feiten en oordelen hieronder"
        lines = [head, f"  antwoord: {antwoord}"]
        if self.gronden:
            lines.append(("  berust op: " if a.known else "  mogelijke grond: ") + "; ".join(self.gronden))
        if a.branches and all(_unknown(value) for _, value in a.branches):
            # Judgements alone do not decide it while facts are missing: the branches would all say onbekend.
            a = copy.copy(a)
            a.branches = []
        lines.append(explain_text(a, self.program))
        return "\n".join(lines)


def _slug(name: str) -> str:
    """An entity name from what the user typed: lower case, spaces to underscores."""
    slug = re.sub(r"\s+", "_", name.strip().lower())
    if not re.fullmatch(r"[^\W\d]\w*", slug):
        raise VraagFout(f"'{name}' cannot be used as a name: use letters, digits and underscores, "
                                     "starting with a letter (e.g. huisarts, woningcorporatie)")
    return slug


def _choose(word: str, aliases: dict[str, str], values: tuple[str, ...], prefix: str, what: str) -> str:
    key = _slug(word)
    for candidate in (key, aliases.get(key), prefix + key):
        if candidate in values:
            return candidate
    shown = sorted(set(aliases) | {v.removeprefix(prefix) for v in values})
    raise VraagFout(f"unknown {what} '{word}'; choose one of: {', '.join(shown)}")


def _soort(program, name: str) -> tuple[str, ...]:
    return tuple(program.soorten[name].values)


def scenario_document(vraag: Vraag, program, basis: Scenario | None, peildatum: _dt.date,
                      wijzigingen: tuple[str, ...]) -> tuple[dict, tuple[str, str, str]]:
    """The scenario (as a dict in the scenario-file format) that asks the question, and the question's arguments.

    The facts of `basis` (a scenario file) are kept; the command line adds the roles, the purpose and the kind of
    data unless the scenario already gives them."""
    raw = _plain(basis.raw) if basis is not None else {}
    partij, ontvanger = _slug(vraag.partij), _slug(vraag.ontvanger)
    doel = _choose(vraag.doel, DOELEN, _soort(program, "verwerkingsdoel"), "doel_", "doel")
    herkomsten = _soort(program, "herkomst_gegevens")
    gegevens_feiten: dict[str, Any] = {"doel_van_verwerking": doel}
    for cat in vraag.categorieen:
        key = _slug(cat)
        if key in AARD:
            bijzonder, politie = AARD[key]
            gegevens_feiten["bijzondere_of_strafrechtelijke_gegevens"] = bijzonder
            gegevens_feiten["politie_of_justitiele_gegevens"] = politie
        else:
            shown = sorted(AARD) + sorted(set(HERKOMST) | set(herkomsten))
            try:
                gegevens_feiten["gegevenssoort"] = _choose(cat, HERKOMST, herkomsten, "", "categorie")
            except VraagFout:
                raise VraagFout(f"unknown categorie '{cat}'; choose one or more (comma-separated) "
                                             f"of: {', '.join(shown)}") from None
    entiteiten = raw.setdefault("entiteiten", {}) or {}
    raw["entiteiten"] = entiteiten
    orgs = entiteiten.setdefault("organisatie", {}) or {}
    entiteiten["organisatie"] = orgs
    for name, word in ((partij, vraag.partij), (ontvanger, vraag.ontvanger)):
        facts = orgs.setdefault(name, {}) or {}
        orgs[name] = facts
        facts.setdefault("rol_bij_gegevensverwerking", ROLLEN.get(_slug(word), "rol_partij"))
        if _slug(word) in SOORT_ACTOR:
            facts.setdefault("soort_actor", SOORT_ACTOR[_slug(word)])
    data = entiteiten.setdefault("gegevens", {}) or {}
    entiteiten["gegevens"] = data
    own = data.setdefault(GEGEVENS, {}) or {}
    data[GEGEVENS] = own
    for key, value in gegevens_feiten.items():
        own.setdefault(key, value)
    question = f"gegevensverstrekking({partij}, {ontvanger}, {GEGEVENS})"
    raw.update({"naam": raw.get("naam") or "gegevensdeling", "peildatum": peildatum, "wet": "wmo2015",
                "wijzigingen": list(wijzigingen), "vragen": [question]})
    for key in ("verwacht", "ontbrekend", "uitleg_bevat", "per_versie"):
        raw.pop(key, None)
    return raw, (partij, ontvanger, GEGEVENS)


def _plain(value: Any) -> Any:
    """A copy as plain dicts and lists (a loaded scenario keeps positions in its own mapping types)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _gronden(answer: Answer) -> list[str]:
    """The leden the answer rests on: the citation of each rule used (of the definition, while its value is still
    unknown), in the order of the explanation, the Wmo chapter 5 first."""
    seen: list[str] = []

    def walk(nodes, known):
        for node in relevant(nodes, known):
            # The question itself is declared under 5.4.1: only the rule that applied names its lid.
            cite = node.rule.citation if node.rule is not None else (
                node.citation if node.qname != VRAAG else None)
            if node.kind == "begrip" and cite is not None:
                text = str(cite).split(" (herleid")[0]
                if text not in seen:
                    seen.append(text)
            walk(node.children, not _unknown(node.value))

    walk(answer.trace or [], False)
    return sorted(seen, key=lambda c: (not c.startswith("artikel 5."), seen.index(c)))


def _unknown(value) -> bool:
    from .core.values import Unknown

    return isinstance(value, Unknown)


def beantwoord(wg, vraag: Vraag, basis: Scenario | None = None, peildatum: _dt.date | None = None,
               wijzigingen: tuple[str, ...] = ("wams",)) -> GegevensAntwoord:
    """Answer the data-sharing question on the legal situation of `peildatum` with `wijzigingen` applied."""
    peildatum = peildatum or (basis.peildatum if basis is not None else _dt.date.today())
    program = wg.program(peildatum, wijzigingen)
    if VRAAG not in program.definitions:
        raise VraagFout("this legal situation has no rules for the data-sharing question "
                                     "(Wmo 2015, hoofdstuk 5, paragrafen 4 en 5 as inserted by the Wams): "
                                     "apply the amendment with --wijziging wams")
    raw, _args = scenario_document(vraag, program, basis, peildatum, wijzigingen)
    text = yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
    (sc,) = load_text(text, basis.file if basis is not None else "<gegevens>")
    (outcome,) = wg.run(sc, trace=True)
    answer = outcome.answer
    # No rule of gegevensverstrekking applies: these leden do not regulate this provision (an error deeper down is
    # a real defect and is shown as such).
    geen = (answer.error is not None and answer.error.code == "WG-EVAL-001"
            and "'gegevensverstrekking'" in answer.error.message)
    return GegevensAntwoord(vraag, answer, program, geen, [] if geen else _gronden(answer))


__all__ = ["Vraag", "VraagFout", "GegevensAntwoord", "beantwoord", "scenario_document", "ROLLEN", "SOORT_ACTOR", "AARD",
           "HERKOMST", "DOELEN"]
