"""The legal situation to evaluate: the article versions in force on a peildatum, with amendments applied.

Amendments are applied to copies; the parsed base corpus (and the files behind it) are never changed.
"""

from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, field

from ..parser import ir
from ..parser.errors import LawError, LawErrors
from ..parser.wijziging import Instruction, Wijziging


@dataclass
class Situation:
    """What is being evaluated: which articles, from which versions and amendments."""

    peildatum: _dt.date | None
    wijzigingen: tuple[str, ...]
    articles: dict[tuple[str, str], ir.Article] = field(default_factory=dict)  # (wet, nummer) -> article
    removed: set[tuple[str, str]] = field(default_factory=set)
    citeertitels: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        return (self.peildatum, self.wijzigingen)


def in_force(article: ir.Article, date: _dt.date | None) -> bool:
    if date is None:
        return article.geldig_tot is None
    if article.geldig_vanaf and date < article.geldig_vanaf:
        return False
    return not (article.geldig_tot and date > article.geldig_tot)


def select(corpus: ir.Corpus, peildatum: _dt.date | None, wijzigingen: tuple[str, ...] = ()) -> Situation:
    """Pick each article's version in force on `peildatum` (the newest when no date is given), then apply the
    named amendments in order."""
    sit = Situation(peildatum, tuple(wijzigingen))
    for law in corpus.laws.values():
        sit.citeertitels[law.sleutel] = law.citeertitel
        by_number: dict[str, list[ir.Article]] = {}
        for art in law.articles:
            by_number.setdefault(art.nummer, []).append(art)
        for nummer, versions in by_number.items():
            chosen = [a for a in versions if in_force(a, peildatum)]
            if not chosen and peildatum is not None:
                # Before the first known version: take the oldest, so that a peildatum just before an article's
                # recorded date still evaluates (the text is known only from that date; noted in the docs).
                chosen = sorted(versions, key=lambda a: a.geldig_vanaf or _dt.date.min)[:1]
            if chosen:
                sit.articles[(law.sleutel, nummer)] = max(chosen, key=lambda a: a.geldig_vanaf or _dt.date.min)
    errors: list[LawError] = []
    for naam in wijzigingen:
        wijz = corpus.wijzigingen.get(naam)
        if wijz is None:
            raise LawErrors([LawError("WG-WIJZ-007", f"unknown amendment '{naam}' (known: "
                                      f"{', '.join(sorted(corpus.wijzigingen)) or 'none'})")])
        apply(sit, wijz, errors)
    if errors:
        raise LawErrors(errors)
    return sit


def apply(sit: Situation, wijz: Wijziging, errors: list[LawError]) -> None:
    for instr in wijz.instructions:
        try:
            _apply_one(sit, wijz, instr)
        except LawError as exc:
            errors.append(exc)


def _find(unit: ir.Unit, path: list[tuple[str, str]], instr: Instruction) -> ir.Unit:
    for kind, ident in path:
        match = next((c for c in unit.children if c.ident == ident and
                      (c.kind == kind or (kind == "onderdeel" and c.kind == "slot"))), None)
        if match is None:
            raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' does not apply: {_place(instr, unit)} has no "
                                          f"{kind} {ident} in this version", instr.pos)
        unit = match
    return unit


def _place(instr: Instruction, unit: ir.Unit) -> str:
    """The unit searched, the way a drafter cites it: 'artikel 1', 'artikel 1, tweede lid'."""
    if unit.kind == "artikel":
        return f"artikel {instr.target.artikel}"
    return ", ".join(str(unit.citation).split(", ")[:-1])  # the citation without the law's name


def _article(sit: Situation, instr: Instruction, nummer: str) -> ir.Article:
    key = (instr.wet, nummer)
    if key not in sit.articles:
        raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' does not apply: there is no artikel {nummer} in "
                                      f"{instr.wet} on this date", instr.pos)
    # Copy on first write, so the base corpus stays as parsed.
    art = copy.deepcopy(sit.articles[key])
    sit.articles[key] = art
    return art


def _new_article(instr: Instruction, wijz: Wijziging, unit: ir.Unit) -> ir.Article:
    nummer = unit.ident.split()[0]
    return ir.Article(instr.wet, nummer, instr.pos.file, None, None, wijz.meta.get("bron"),
                      str(instr.meta.get("herkomst", "herleid")), unit,
                      {"wijziging": wijz.naam, "onderdeel": instr.onderdeel, "mvt": instr.meta.get("mvt"),
                       "hoofdstuk": instr.meta.get("hoofdstuk"), "opdracht": instr.opdracht})


def _apply_one(sit: Situation, wijz: Wijziging, instr: Instruction) -> None:
    t = instr.target
    if instr.kind == "niet_uitvoerbaar":
        return  # recorded with its reason (coverage, site); changes no article
    if instr.kind == "citeertitel":
        sit.citeertitels[instr.wet] = str(instr.meta.get("citeertitel", ""))
        return
    if instr.kind == "vervalt" and t.hoofdstuk:
        gone = [k for k, a in sit.articles.items() if k[0] == instr.wet and str(a.meta.get("hoofdstuk")) == t.hoofdstuk]
        if not gone:
            raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' does not apply: no article of {instr.wet} is in "
                                          f"hoofdstuk {t.hoofdstuk}", instr.pos)
        for k in gone:
            del sit.articles[k]
            sit.removed.add(k)
        return
    if instr.kind == "invoegen" and t.artikel is None:
        # New articles (or a whole paragraaf of them).
        for unit in instr.content:
            if unit.kind != "artikel":
                raise LawError("WG-WIJZ-009", "only whole articles can be inserted between articles; start the "
                                              "new text with '# Artikel <nummer>'", unit.pos)
            art = _new_article(instr, wijz, unit)
            if (instr.wet, art.nummer) in sit.articles:
                raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' inserts artikel {art.nummer}, which exists "
                                              "already", instr.pos)
            sit.articles[(instr.wet, art.nummer)] = art
        return
    path = t.path()
    if instr.kind == "vervangen" and not path:
        if len(instr.content) != 1 or instr.content[0].kind != "artikel":
            raise LawError("WG-WIJZ-009", "'komt te luiden' for a whole article needs exactly one "
                                          "'# Artikel <nummer>' below it", instr.pos)
        sit.articles[(instr.wet, t.artikel)] = _new_article(instr, wijz, instr.content[0])
        return
    art = _article(sit, instr, t.artikel)
    if instr.kind == "vervalt":
        if not path:
            del sit.articles[(instr.wet, t.artikel)]
            sit.removed.add((instr.wet, t.artikel))
            return
        parent = _find(art.root, path[:-1], instr)
        victim = _find(parent, path[-1:], instr)
        parent.children.remove(victim)
        return
    if instr.kind == "vervangen":
        parent = _find(art.root, path[:-1], instr)
        old = _find(parent, path[-1:], instr)
        if len(instr.content) != 1:
            raise LawError("WG-WIJZ-009", f"'komt te luiden' replaces one {path[-1][0]}: put exactly one heading "
                                          "below the instruction", instr.pos)
        parent.children[parent.children.index(old)] = instr.content[0]
        return
    # invoegen / toevoegen into a unit
    parent = _find(art.root, path, instr)
    for unit in instr.content:
        if any(c.ident == unit.ident and c.kind == unit.kind for c in parent.children):
            raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' inserts {unit.kind} {unit.ident}, which exists "
                                          "already", instr.pos)
        if instr.alfabetisch:
            idx = next((i for i, c in enumerate(parent.children)
                        if c.kind == unit.kind and c.ident.lower() > unit.ident.lower()), len(parent.children))
        elif instr.na:
            na_ident = instr.na.split()[-1]
            idx = next((i + 1 for i, c in enumerate(parent.children) if c.ident == na_ident), None)
            if idx is None:
                raise LawError("WG-WIJZ-008", f"'{instr.opdracht}' does not apply: there is no {instr.na} in "
                                              f"{t}", instr.pos)
        else:
            idx = len(parent.children)
        parent.children.insert(idx, unit)
