"""The typed intermediate representation of the corpus: what the parser produces and every later pass reads.

Law layer names are Dutch (wet, artikel, lid, onderdeel, begrip, feit, oordeel); the machinery is English.
All nodes are plain dataclasses; expressions are immutable trees with a source position on every node.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from ..core.positions import Pos  # every IR node carries one; it lives in the foundation with LawError
from ..taal import STANDAARD, bericht, opsomming, zeg

# ---------------------------------------------------------------------------------------------------------------
# Positions and citations


# The ordinal words of the law's own text ("het eerste lid"), read by the amendment parsers; a citation a user reads
# takes its words from the catalogue (zin.bron.rang.N), in the reader's language.
ORDINALS = {
    "1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "5": "vijfde", "6": "zesde", "7": "zevende",
    "8": "achtste", "9": "negende", "10": "tiende", "11": "elfde", "12": "twaalfde", "13": "dertiende",
}


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a rule lives in the law: wet, artikel, and optionally lid, onderdeel and subonderdeel."""

    wet: str
    wet_naam: str
    artikel: str
    lid: str | None = None
    onderdeel: str | None = None
    sub: str | None = None
    url: str | None = None
    toelichting: str | None = None  # rebuilt (herleid) text: the memorie van toelichting passage it rests on

    def short(self) -> str:
        """'art. 1.1.1 lid 1 onder gezinslid 1°' — compact, for tables."""
        parts = [f"art. {self.artikel}"]
        if self.lid:
            parts.append(f"lid {self.lid}")
        if self.onderdeel:
            parts.append(f"onder {self.onderdeel}" if not _is_letter(self.onderdeel) else f"onder {self.onderdeel}")
        if self.sub:
            parts.append(self.sub)
        return " ".join(parts)

    def kort(self) -> Any:
        """`short()` as a catalogue message: its value is the same Dutch text ('art. 1.1.1 lid 1 onder a'), and it
        says itself in the reader's language ('art. 1.1.1 para. 1 point a') where it is shown."""
        out: Any = bericht("zin.kort.artikel", artikel=self.artikel)
        if self.lid:
            out = bericht("zin.kort.lid", voor=out, lid=self.lid)
        if self.onderdeel:
            if _is_letter(self.onderdeel):
                out = bericht("zin.kort.onderdeel", voor=out, onderdeel=self.onderdeel)
            elif self.onderdeel == "slot":
                out = bericht("zin.kort.slot", voor=out)
            else:
                out = bericht("zin.kort.onder", voor=out, plek=self.onderdeel)
        if self.sub:
            out = bericht("zin.kort.sub", voor=out,
                          sub=bericht("zin.bron.slotzin") if self.sub == "slotzin" else self.sub)
        return out

    def __str__(self) -> str:
        """'artikel 8, eerste lid, onderdeel a, Wbmgp' — the way a drafter cites."""
        return self.tekst(STANDAARD)

    def bericht(self) -> Any:
        """The citation as a catalogue message, for a message that cites it: its value is the Dutch text, and the
        message it is put into says it in the reader's language."""
        parts: list[Any] = [bericht("zin.bron.artikel", artikel=self.artikel)]
        if self.lid:
            parts.append(bericht("zin.bron.lid", lid=bericht(f"zin.bron.rang.{self.lid}") if self.lid in ORDINALS
                                 else self.lid))
        if self.onderdeel:
            if _is_letter(self.onderdeel):
                parts.append(bericht("zin.bron.onderdeel", onderdeel=self.onderdeel))
            elif self.onderdeel == "slot":
                parts.append(bericht("zin.bron.slotzin"))
            else:
                parts.append(bericht("zin.bron.onder", plek=f"'{self.onderdeel}'"))
        if self.sub == "slotzin":
            parts.append(bericht("zin.bron.slotzin"))
        elif self.sub:
            parts.append(bericht("zin.bron.onder", plek=self.sub))
        return opsomming([*parts, self.wet_naam])

    def tekst(self, taal: str = STANDAARD) -> str:
        """The citation in words of language `taal` (wetgraaf.taal): 'artikel 8, eerste lid, onderdeel a, Wbmgp',
        in English 'article 8, paragraph 1, point a, Wbmgp'; the law's name and its onderdeel's term stay."""
        parts = [zeg("zin.bron.artikel", taal, artikel=self.artikel)]
        if self.lid:
            rang = zeg(f"zin.bron.rang.{self.lid}", taal) if self.lid in ORDINALS else self.lid
            parts.append(zeg("zin.bron.lid", taal, lid=rang))
        if self.onderdeel:
            if _is_letter(self.onderdeel):
                parts.append(zeg("zin.bron.onderdeel", taal, onderdeel=self.onderdeel))
            elif self.onderdeel == "slot":
                parts.append(zeg("zin.bron.slotzin", taal))
            else:
                parts.append(zeg("zin.bron.onder", taal, plek=f"'{self.onderdeel}'"))
        if self.sub == "slotzin":
            parts.append(zeg("zin.bron.slotzin", taal))
        elif self.sub:
            parts.append(zeg("zin.bron.onder", taal, plek=self.sub))
        return ", ".join(parts) + f", {self.wet_naam}"


def _is_letter(ident: str) -> bool:
    return len(ident) <= 2 and ident.isalpha() and ident.islower()


# ---------------------------------------------------------------------------------------------------------------
# Types


@dataclass(frozen=True, slots=True)
class Type:
    """A value type. `name` is one of the primitive names, an enumeration (soort) or an entity type.

    kind: 'prim' (waarheid, geheel, getal, bedrag, datum, duur, tekst), 'soort', 'entiteit', 'lijst'.
    """

    kind: str
    name: str
    item: Type | None = None

    def __str__(self) -> str:
        if self.kind == "lijst":
            return f"lijst van {self.item}"
        return self.name


PRIMITIVES = ("waarheid", "geheel", "getal", "bedrag", "datum", "duur", "tekst")
ENTITY_TYPES = ("persoon", "huishouden", "woning", "gemeente", "organisatie", "gebied", "dienst", "melding",
                "verzoek", "gegevens", "aanpak")

BOOL = Type("prim", "waarheid")
INT = Type("prim", "geheel")
DEC = Type("prim", "getal")
MONEY = Type("prim", "bedrag")
DATE = Type("prim", "datum")
DURATION = Type("prim", "duur")
TEXT = Type("prim", "tekst")
ANY = Type("prim", "?")  # only for the type checker's error recovery


# ---------------------------------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True)
class Expr:
    pos: Pos


@dataclass(frozen=True, slots=True)
class Literal(Expr):
    value: Any
    type: Type


@dataclass(frozen=True, slots=True)
class Name(Expr):
    """A bare or qualified name: a parameter, a quantifier variable, a parameterless definition or fact, an
    enumeration value, or `peildatum`."""

    name: str


@dataclass(frozen=True, slots=True)
class Call(Expr):
    name: str
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Unary(Expr):
    op: str  # 'niet', '-'
    operand: Expr


@dataclass(frozen=True, slots=True)
class Binary(Expr):
    op: str  # 'en', 'of', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/'
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True)
class InSet(Expr):
    """`x in {a, b, c}` — membership in a literal set (enumeration values, numbers, text)."""

    value: Expr
    options: tuple[Expr, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class IfThen(Expr):
    cond: Expr
    then: Expr
    otherwise: Expr


@dataclass(frozen=True, slots=True)
class Quantifier(Expr):
    """`bestaat x in L waarvoor e`, `voor alle x in L geldt e`, `aantal x in L waarvoor e`."""

    kind: str  # 'bestaat', 'alle', 'aantal'
    var: str
    collection: Expr
    body: Expr


@dataclass(frozen=True, slots=True)
class Known(Expr):
    """`bekend(e)`: waar when e has a value; never onbekend itself."""

    operand: Expr


# ---------------------------------------------------------------------------------------------------------------
# Declarations (the contents of a rule block)


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: Type
    pos: Pos
    label: str | None = None  # the role in words ("de cliënt"), used where no argument is known yet


@dataclass(slots=True)
class Decl:
    pos: Pos
    citation: Citation | None = field(default=None, kw_only=True)
    # Words for people: `label` (a phrase, or a sentence with {param} placeholders) and a one-line `omschrijving`.
    label: str | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class SoortDecl(Decl):
    """An enumeration: `soort inkomensbron: arbeid | bijstand | ...`."""

    name: str
    values: tuple[str, ...]
    omschrijving: str | None = field(default=None, kw_only=True)
    labels: dict[str, str] = field(default_factory=dict, kw_only=True)  # value -> its words


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


# ---------------------------------------------------------------------------------------------------------------
# Resolved expressions (produced by the resolver; the engine compiles only these and the plain nodes above)


@dataclass(frozen=True, slots=True)
class Ref(Expr):
    """A parameter of the enclosing definition or a quantifier variable."""

    name: str


@dataclass(frozen=True, slots=True)
class DefRef(Expr):
    """A use of a definition, fact, open norm or parameter, by qualified name, with its arguments."""

    qname: str
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Builtin(Expr):
    name: str
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Op(Expr):
    """A binary operation whose operand types are known: `kind` picks the runtime operation
    (e.g. 'num', 'money', 'date+dur', 'money*num', 'cmp', 'cmp_dur', 'eq')."""

    op: str
    kind: str
    left: Expr
    right: Expr
