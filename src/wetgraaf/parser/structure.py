"""The parse pass's declarations (the contents of a rule block) and the structure of a law (rule blocks, units,
articles, laws, municipal data and question declarations, the corpus). Apart from ir.py, which holds what resolved
programs keep (expressions, types, citations, parameters, Decl and SoortDecl): a warm `wetgraaf vraag` answers from
kept programs and never imports this module (issue 17, item 6)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..core.positions import Pos
from .ir import Citation, Decl, Expr, Param, Type

# ---------------------------------------------------------------------------------------------------------------
# Declarations (the contents of a rule block)


@dataclass(slots=True)
class FeitDecl(Decl):
    """A fact the user supplies, with the question a person would be asked."""

    name: str
    params: tuple[Param, ...]
    type: Type
    vraag: str | None = None
    omschrijving: str | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class OordeelDecl(Decl):
    """An open norm: a judgement the law leaves to an authority (`door`). The engine never decides it."""

    name: str
    params: tuple[Param, ...]
    type: Type
    door: str
    vraag: str | None = None
    omschrijving: str | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class BegripDecl(Decl):
    """A defined term or computed value. `body` is its base rule, if written inline with `=`."""

    name: str
    params: tuple[Param, ...]
    type: Type
    body: Expr | None = None
    omschrijving: str | None = None


@dataclass(slots=True)
class RegelDecl(Decl):
    """A conditional rule for a definition: `regel [label] voor naam(p): als C dan V`.

    `excepts` is None for a base rule, else the label (or definition name) it makes an exception to.
    """

    label: str
    target: str
    params: tuple[str, ...]
    cond: Expr | None
    value: Expr
    excepts: str | None = None


@dataclass(slots=True)
class NietUitvoerbaar(Decl):
    """Marks the unit it sits under as deliberately not encoded, with the reason."""

    reden: str


@dataclass(slots=True)
class Parameter(Decl):
    """A delegated value (e.g. set by AMvB or verordening) with its default: `parameter naam: type = waarde`."""

    name: str
    type: Type
    value: Expr
    woorden: str | None = None  # `waarde`: the words of the text the value is read from ("zes jaar")
    omschrijving: str | None = field(default=None, kw_only=True)


# ---------------------------------------------------------------------------------------------------------------
# The structure of a law


@dataclass(slots=True)
class RuleBlock:
    source: str
    pos: Pos
    decls: list[Decl]


@dataclass(slots=True)
class Unit:
    """An artikel, lid, onderdeel, subonderdeel or slot: its official text and the rule blocks under it."""

    kind: str  # 'artikel' | 'lid' | 'onderdeel' | 'subonderdeel' | 'slot'
    ident: str
    text: str
    pos: Pos
    citation: Citation
    blocks: list[RuleBlock] = field(default_factory=list)
    children: list[Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Toelichting: commentary, never law text
    herkomst: str | None = None  # set when this unit came from an amendment: 'herleid' / 'ontwerp' / 'officieel'
    bron_note: str | None = None  # for rebuilt units: the passage they rest on (e.g. 'seed 002, regels 5683-5748')
    te_herzien: str | None = None  # an amendment changed this unit's words but not its rules: the instruction

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def niet_uitvoerbaar(self) -> str | None:
        for block in self.blocks:
            for decl in block.decls:
                if isinstance(decl, NietUitvoerbaar):
                    return decl.reden
        return None


@dataclass(slots=True)
class Article:
    wet: str
    nummer: str
    file: str
    geldig_vanaf: _dt.date | None
    geldig_tot: _dt.date | None
    bron: str | None
    herkomst: str  # 'officieel' | 'herleid' (rebuilt from an explanatory memorandum) | 'ontwerp' (drafted)
    root: Unit
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.wet}.artikel-{self.nummer}"

    def units(self):
        return self.root.walk()

    def decls(self):
        for unit in self.root.walk():
            for block in unit.blocks:
                yield from block.decls


@dataclass(slots=True)
class Law:
    sleutel: str
    titel: str
    citeertitel: str
    afkorting: str
    bwb: str | None
    status: str
    versies: list[dict[str, Any]]
    file: str
    articles: list[Article] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # What the law brings beyond its articles (wet.yaml `uitbreidingen:`), by kind: 'gemeentegegevens' ->
    # GegevensDeclaratie, 'vraag' -> VraagDeclaratie (parser/uitbreidingen.py reads and checks them).
    uitbreidingen: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class GegevensDeclaratie:
    """`uitbreidingen.gemeentegegevens` of a wet.yaml: a folder of municipal data (designations of areas, the
    choices of each verordening) and which facts of the law they fill. Each table names the article it rests on."""

    wet: str  # the declaring law: every fact named here is a fact of this law
    map: str  # the data folder, relative to the corpus root
    grondslag: dict[int, str]  # the article a designation is for -> its value of the law's grondslag soort
    instrumenten: tuple[str, ...]  # the instruments a designation may name ...
    instrument_aanwijzing: int  # ... for a designation under this article
    drempels: dict[str, tuple[str, str]]  # data key -> (fact, 'geheel' | 'getal')
    max_rang: int  # the highest rank of a kenmerk
    kenmerken: tuple[int, str, str]  # (the verordening's article, the list fact, the rank fact)
    oordelen: dict[int, str]  # the verordening's article -> the fact 'the raad applies it'
    verordening: dict[int, dict[str, str | None]]  # further statements per verordening article -> their fact
    # (None: information only, such as the categories of woonruimte, which the rules ask as a fact per woning)
    feiten: dict[str, str]  # the role of a fact for the reader (gemeente_van, ingangsdatum, ...) -> its name
    artikelen: dict[str, str]  # table name -> the article it rests on ("artikel 5, derde lid")
    pos: Pos | None = None

    def alle_feiten(self) -> tuple[str, ...]:
        """Every fact the data may fill, each once (gemeentenaam is read to find a gemeente, never filled)."""
        names = [*(f for k, f in self.feiten.items() if k != "gemeentenaam"), *self.oordelen.values(), self.kenmerken[1], self.kenmerken[2],
                 *(f for f, _ in self.drempels.values()), *(f for d in self.verordening.values() for f in d.values() if f is not None)]
        return tuple(dict.fromkeys(names))


@dataclass(slots=True)
class VraagDeclaratie:
    """`uitbreidingen.vraag` of a wet.yaml: a question a user asks with a few words (who gives which data to whom
    for which purpose), asked as a scenario on the begrip that answers it. The tables turn the words into facts."""

    wet: str
    afkorting: str  # the law's short name, for the citation of `bereik`
    begrip: str  # the begrip(partij, ontvanger, gegevens) that answers the question
    wijzigingen: tuple[str, ...]  # the amendments that insert its rules (the default of `wetgraaf gegevens`)
    bereik: str  # where its rules are ("hoofdstuk 5, paragrafen 4 en 5"): named when no rule applies
    gronden_eerst: str  # citations starting with this are listed first among the grounds
    partij: dict[str, str]  # type, rol (fact), standaardrol, soort_actor (fact)
    gegevens: dict[str, str]  # type, naam (the entity), doel, doelsoort, doelvoorvoegsel, herkomst, herkomstsoort,
    # bijzonder, politie (facts and soorten)
    rollen: dict[str, str]  # a word for a role -> the value of the rol fact
    soort_actor: dict[str, str]  # a word -> the value of the soort_actor fact
    aard: dict[str, tuple[bool, bool]]  # a word for the nature of the data -> (bijzonder, politie)
    herkomst: dict[str, str]  # a short word -> the value of the herkomst soort
    doelen: dict[str, str]  # a short word -> the value of the doel soort
    antwoorden: dict[str, dict[str, str]]  # a value of the begrip's soort -> its words, {nl, en}
    pos: Pos | None = None


@dataclass(slots=True)
class Corpus:
    """The parsed corpus: laws with their articles, and the amendments (wijzigingen) available."""

    root: str
    laws: dict[str, Law] = field(default_factory=dict)
    wijzigingen: dict[str, Any] = field(default_factory=dict)


__all__ = ["FeitDecl", "OordeelDecl", "BegripDecl", "RegelDecl", "NietUitvoerbaar", "Parameter", "RuleBlock", "Unit", "Article", "Law", "GegevensDeclaratie", "VraagDeclaratie", "Corpus"]
