"""The typed intermediate representation of the corpus: what the parser produces and every later pass reads.

Law layer names are Dutch (wet, artikel, lid, onderdeel, begrip, feit, oordeel); the machinery is English.
All nodes are plain dataclasses; expressions are immutable trees with a source position on every node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.positions import Pos  # every IR node carries one; it lives in the foundation with LawError
from ..taal import STANDAARD, bericht, opsomming, zeg

# The declarations of a rule block other than Decl and SoortDecl, and a law's structure (rule blocks, units,
# articles, laws, the corpus): parser/structure.py. What resolved programs keep is here: a warm `wetgraaf vraag`
# answers from kept programs and never creates those classes (issue 17, item 6).


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
# A definition's parameter, and the declarations a program keeps (the others: parser/structure.py)


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
