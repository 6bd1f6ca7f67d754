"""What an instruction sentence of a wijzigingsopdracht is read into (parser/opdracht.py reads it with Lark).

Apart from the reader because amendments keep these objects in the parsed corpus: unpickling the corpus from the
cache then needs only this module, not Lark (issue 17: `wetgraaf vraag` on a warm cache imports no parser)."""

from __future__ import annotations

from dataclasses import dataclass, field


class OpdrachtFout(ValueError):
    """The sentence is not an instruction wetgraaf can read; the message says which forms exist."""


@dataclass
class Plaats:
    artikel: str | None = None
    lid: str | None = None
    onderdeel: str | None = None
    sub: str | None = None
    hoofdstuk: str | None = None
    paragraaf: str | None = None
    aanhef: bool = False
    slotzin: bool = False
    volzin: int | None = None
    begrip: str | None = None  # "de begripsbepaling van 'gezinslid'"
    ook: list[tuple[str, str]] = field(default_factory=list)  # "het derde en vierde lid": the further units


@dataclass
class Opdracht:
    soort: str  # komt_te_luiden | vervalt | woorden_vervangen | woorden_vervallen | woorden_invoegen |
    #             eenheid_invoegen | eenheid_toevoegen | vernummeren | citeertitel | als_volgt
    plaats: Plaats
    oud: str | None = None  # the words replaced, removed, or the anchor of an insertion
    nieuw: str | None = None  # the new words, or the new number/letter
    anker: str | None = None  # 'na' | 'voor' (woorden_invoegen)
    telkens: bool = False  # "telkens": every occurrence
    na: tuple[str, str] | None = None  # eenheid_invoegen: after this sibling
    alfabetisch: bool = False
    puntkomma: str | None = None
    vernummering: list[tuple[str, str]] = field(default_factory=list)  # 'onder vernummering van ... tot ...'


__all__ = ["Opdracht", "OpdrachtFout", "Plaats"]
