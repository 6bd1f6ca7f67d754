"""The legal situation to evaluate: the article versions in force on a peildatum, with amendments applied.

Amendments are applied to copies; the parsed base corpus (and the files behind it) are never changed.
"""

from __future__ import annotations

import datetime as _dt
import io
import pickle
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from ..parser import structure
from ..core.errors import LawError, LawErrors
from ..taal import Bericht, bericht

_T = TypeVar("_T")


def _copy(obj: _T) -> _T:
    """A deep copy of parsed IR in which the frozen parts (expressions, types, positions, citations, values:
    frozen dataclasses, whose fields are frozen too) are shared, not copied: only the units, blocks, declarations
    and their lists and dicts are new, and those are what an amendment changes. A pickle round trip that keeps
    the frozen objects out of the pickle; every situation with an amendment pays it per article it changes, and
    the expressions were most of what was copied."""
    buffer, shared = io.BytesIO(), list[object]()
    _Sharing(buffer, shared).dump(obj)
    loader = pickle.Unpickler(io.BytesIO(buffer.getvalue()))
    loader.persistent_load = shared.__getitem__  # type: ignore[method-assign]
    return loader.load()


_FROZEN: dict[type, bool] = {}


def _frozen(cls: type) -> bool:
    found = _FROZEN.get(cls)
    if found is None:
        params = getattr(cls, "__dataclass_params__", None)
        found = _FROZEN[cls] = params is not None and bool(params.frozen)
    return found


class _Sharing(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: list[object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = shared

    def persistent_id(self, obj: object) -> int | None:
        if not _frozen(type(obj)):
            return None
        self.shared.append(obj)
        return len(self.shared) - 1


if TYPE_CHECKING:  # applying amendments needs the amendment reader; a kept program (issue 17) does not
    from ..parser.wijziging import Instruction, Wijziging


@dataclass
class Situation:
    """What is being evaluated: which articles, from which versions and amendments."""

    peildatum: _dt.date | None
    wijzigingen: tuple[str, ...]
    articles: dict[tuple[str, str], structure.Article] = field(default_factory=dict)  # (wet, nummer) -> article
    removed: set[tuple[str, str]] = field(default_factory=set)
    citeertitels: dict[str, str] = field(default_factory=dict)
    copied: dict[tuple[str, str], structure.Article] = field(default_factory=dict, repr=False)  # this situation's copies

    @property
    def key(self) -> tuple:
        return (self.peildatum, self.wijzigingen)


def in_force(article: structure.Article, date: _dt.date | None) -> bool:
    if date is None:
        return article.geldig_tot is None
    if article.geldig_vanaf and date < article.geldig_vanaf:
        return False
    return not (article.geldig_tot and date > article.geldig_tot)


def _change_days(article: structure.Article) -> list[_dt.date]:
    """The days the changes listed in the article's metadata (`wijzigingen`, from the official source) came into
    force; each a date: checked where the file is read."""
    return [_dt.date.fromisoformat(str(change["inwerking"])) for change in article.meta.get("wijzigingen") or ()]


def text_unknown_since(article: structure.Article, date: _dt.date | None) -> _dt.date | None:
    """The day of the change that makes the article's words on `date` unknown to the corpus, from its metadata
    (`wijzigingen`, from the official source); None: the words are known (or no date was asked).

    After this version began: the first change in force after its start and on or before `date` (a version from
    that day would have been selected instead, so none is in the corpus); a version whose `geldig_tot` has passed
    (select() still takes it) counts as changed the day after. Before it (a peildatum before the oldest
    version, which select() then takes): the last change in force after `date` and on or before the version's
    start (the words in force on `date` were changed by it). A day on or before `article.geldig_vanaf` therefore
    means the earlier words are missing, a later day the later ones."""
    if date is None or article.geldig_vanaf is None:
        return None
    days = _change_days(article)
    if date < article.geldig_vanaf:
        return max((day for day in days if date < day <= article.geldig_vanaf), default=None)
    if article.geldig_tot is not None and date > article.geldig_tot:
        days.append(article.geldig_tot + _dt.timedelta(days=1))  # past its end: the words changed the day after
    return min((day for day in days if article.geldig_vanaf < day <= date), default=None)


def values_unknown(article: structure.Article, date: _dt.date | None) -> frozenset[str] | None:
    """Which bound values (`waarde`) of the article are asked on `date` because its words then are not in the corpus
    (text_unknown_since): None when all of them are. Only past `geldig_tot`, with no listed change (`wijzigingen`,
    from the official source) in force in between, can `geldig_tot_betreft` narrow them to the values that what is
    known about the end concerns (Participatiewet art. 21: the amounts, revised every half year); a listed change
    counts whole, whatever it concerns."""
    names = article.meta.get("geldig_tot_betreft")
    if names is None or date is None or article.geldig_tot is None or date <= article.geldig_tot:
        return None
    if article.geldig_vanaf is not None and any(article.geldig_vanaf < day <= date for day in _change_days(article)):
        return None
    return frozenset(str(name) for name in names)  # each a value of the article: parser/markdown checks it


def select(corpus: structure.Corpus, peildatum: _dt.date | None, wijzigingen: tuple[str, ...] = ()) -> Situation:
    """Pick each article's version in force on `peildatum` (the newest when no date is given), then apply the
    named amendments in order, each after the amendments it builds on (`op`)."""
    for naam in wijzigingen:
        if wijzigingen.count(naam) > 1:
            raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.dubbel", naam=naam))])
    from ..parser.wijziging import met_basis

    wijzigingen = met_basis(corpus, tuple(wijzigingen))
    sit = Situation(peildatum, wijzigingen)
    for law in corpus.laws.values():
        sit.citeertitels[law.sleutel] = law.citeertitel
        by_number: dict[str, list[structure.Article]] = {}
        for art in law.articles:
            by_number.setdefault(art.nummer, []).append(art)
        for nummer, versions in by_number.items():
            chosen = [a for a in versions if in_force(a, peildatum)]
            if not chosen and peildatum is not None:
                # Before the first known version (or after the last one ended): take the oldest, so that the
                # article's rules still evaluate; the values of words that were different on the peildatum are
                # asked for instead (text_unknown_since, docs/semantiek.md).
                chosen = sorted(versions, key=lambda a: a.geldig_vanaf or _dt.date.min)[:1]
            if chosen:
                sit.articles[(law.sleutel, nummer)] = max(chosen, key=lambda a: a.geldig_vanaf or _dt.date.min)
    errors: list[LawError] = []
    for naam in wijzigingen:
        wijz = corpus.wijzigingen.get(naam)
        if wijzigingen.count(naam) > 1:
            raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.dubbel", naam=naam))])
        if wijz is None:
            bekend = ", ".join(sorted(corpus.wijzigingen)) or bericht("zin.wijz.geen")
            raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007", naam=naam, bekend=bekend))])
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


def _find(unit: structure.Unit, path: list[tuple[str, str]], instr: Instruction) -> structure.Unit:
    for kind, ident in path:
        match = next((c for c in unit.children if c.ident == ident and
                      (c.kind == kind or (kind == "onderdeel" and c.kind == "slot"))), None)
        if match is None:
            raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.eenheid", opdracht=instr.opdracht,
                                                  plaats=_place(instr, unit), soort=kind, nummer=ident), instr.pos)
        unit = match
    return unit


def _place(instr: Instruction, unit: structure.Unit) -> str:
    """The unit searched, the way a drafter cites it: 'artikel 1', 'artikel 1, tweede lid'."""
    if unit.kind == "artikel":
        return f"artikel {instr.target.artikel}"
    return ", ".join(str(unit.citation).split(", ")[:-1])  # the citation without the law's name


def _article(sit: Situation, instr: Instruction, nummer: str) -> structure.Article:
    key = (instr.wet, nummer)
    if key not in sit.articles:
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.artikel", opdracht=instr.opdracht, wet=instr.wet,
                                              nummer=nummer), instr.pos)
    # Copy on first write, so the base corpus stays as parsed.
    if sit.copied.get(key) is sit.articles[key]:
        return sit.articles[key]
    art = _copy(sit.articles[key])
    sit.articles[key] = sit.copied[key] = art
    return art


def _new_article(instr: Instruction, wijz: Wijziging, unit: structure.Unit, old: structure.Article | None = None) -> structure.Article:
    """An article from an instruction's content. Replacing an article keeps its place in the law (hoofdstuk,
    paragraaf and the other front matter); the instruction block may set hoofdstuk/paragraaf for new ones."""
    nummer = unit.ident.split()[0]
    meta = dict(old.meta) if old is not None else {}
    for key in ("geldig_vanaf", "geldig_tot", "bronbestand", "opmerkingen"):
        meta.pop(key, None)  # those describe the old text, not this one
    meta.update({"wijziging": wijz.naam, "onderdeel": instr.onderdeel, "mvt": instr.meta.get("mvt"),
                 "opdracht": instr.opdracht})
    for key in ("hoofdstuk", "paragraaf"):
        if instr.meta.get(key) is not None:
            meta[key] = instr.meta[key]
    meta.setdefault("hoofdstuk", None)
    # A copy: a later instruction (or amendment) changes this situation's article, never the parsed instruction.
    return structure.Article(instr.wet, nummer, instr.pos.file, None, None, wijz.meta.get("bron"),
                      str(instr.meta.get("herkomst", "herleid")), _copy(unit), meta)


def _articles_of(sit: Situation, instr: Instruction, hoofdstuk: str) -> list[tuple[str, str]]:
    found = [k for k, a in sit.articles.items() if k[0] == instr.wet and str(a.meta.get("hoofdstuk")) == hoofdstuk]
    if not found:
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.hoofdstuk", opdracht=instr.opdracht, wet=instr.wet,
                                              hoofdstuk=hoofdstuk),
                       instr.pos)
    return found


def _only_articles(instr: Instruction, what: Bericht) -> None:
    if not instr.content:
        raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.ontbreekt", opdracht=instr.opdracht, wat=what), instr.pos)
    for unit in instr.content:
        if unit.kind != "artikel":
            raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.artikelen", wat=what), unit.pos)


def _apply_one(sit: Situation, wijz: Wijziging, instr: Instruction) -> None:
    from . import woorden

    t = instr.target
    if instr.kind == "niet_uitvoerbaar":
        return  # recorded with its reason (coverage, site); changes no article
    if instr.meta.get("citeertitel"):
        # The instruction that gives the law its new citation title (usually 'Artikel <n> komt te luiden:').
        sit.citeertitels[instr.wet] = str(instr.meta["citeertitel"])
    if instr.kind == "citeertitel":
        return
    if t.hoofdstuk:
        gone = _articles_of(sit, instr, t.hoofdstuk)
        if instr.kind == "vervangen":
            _only_articles(instr, bericht("zin.wijz.hoofdstuk", hoofdstuk=t.hoofdstuk))
        for k in gone:
            del sit.articles[k]
            sit.removed.add(k)
        if instr.kind == "vervangen":
            for unit in instr.content:
                art = _new_article(instr, wijz, unit)
                art.meta["hoofdstuk"] = t.hoofdstuk
                sit.articles[(instr.wet, art.nummer)] = art
                sit.removed.discard((instr.wet, art.nummer))
        return
    if instr.kind == "invoegen" and t.artikel is None:
        # New articles (or a whole paragraaf or hoofdstuk of them). The article they follow is not looked up: the
        # corpus holds only the articles it needs, and articles are ordered by their numbers.
        _only_articles(instr, bericht("zin.wijz.tussen"))
        for unit in instr.content:
            art = _new_article(instr, wijz, unit)
            if (instr.wet, art.nummer) in sit.articles:
                raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.bestaat_artikel", opdracht=instr.opdracht,
                                                      nummer=art.nummer), instr.pos)
            sit.articles[(instr.wet, art.nummer)] = art
        return
    path = t.path()
    if instr.kind == "woorden":
        art = _article(sit, instr, t.artikel)
        woorden.apply_words(_find(art.root, path, instr) if path else art.root, instr)
        return
    if instr.kind == "vernummeren":
        art = _article(sit, instr, t.artikel)
        parent = _find(art.root, path[:-1], instr)
        kind, old = path[-1]
        woorden.renumber(parent, kind, old, instr.woorden.nieuw, instr)
        return
    if instr.kind == "vervangen" and not path:
        if len(instr.content) != 1 or instr.content[0].kind != "artikel":
            raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.een_artikel"), instr.pos)
        new_nummer = instr.content[0].ident.split()[0]
        if new_nummer != t.artikel:
            raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.ander_artikel", opdracht=instr.opdracht,
                                                  artikel=t.artikel, nieuw=new_nummer), instr.content[0].pos)
        old = _article(sit, instr, t.artikel)  # a missing article is an error, not silently created
        sit.articles[(instr.wet, t.artikel)] = _new_article(instr, wijz, instr.content[0], old)
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
        old_unit = _find(parent, path[-1:], instr)
        if len(instr.content) != 1:
            raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.een_kop", soort=path[-1][0]), instr.pos)
        new_unit = instr.content[0]
        if _kind(new_unit.kind) != _kind(old_unit.kind) or new_unit.ident != old_unit.ident:
            raise LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.andere_kop", opdracht=instr.opdracht, soort=path[-1][0],
                                                  nummer=path[-1][1], nieuw_soort=new_unit.kind,
                                                  nieuw_nummer=new_unit.ident), new_unit.pos)
        new_unit = _copy(new_unit)  # the instruction's units are shared by every situation built
        _keep_unchanged(old_unit, new_unit)
        parent.children[parent.children.index(old_unit)] = new_unit
        return
    # invoegen / toevoegen into a unit
    parent = _find(art.root, path, instr)
    if instr.puntkomma:
        _period_to_semicolon(parent, instr)
    idx = _insert_index(parent, instr)
    for unit in instr.content:
        if any(c.ident == unit.ident and c.kind == unit.kind for c in parent.children):
            raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.bestaat", opdracht=instr.opdracht, soort=unit.kind,
                                                  nummer=unit.ident), instr.pos)
        if instr.alfabetisch:
            idx = next((i for i, c in enumerate(parent.children)
                        if c.kind == unit.kind and c.ident.lower() > unit.ident.lower()), len(parent.children))
        parent.children.insert(idx, _copy(unit))  # later instructions change copies, never the parse
        idx += 1


def _keep_unchanged(old: structure.Unit, new: structure.Unit) -> None:
    """A replaced lid often restates parts that do not change (its onderdelen): those keep their own herkomst and
    citation, so official text restated in a draft is not shown as drafted."""
    olds = {(c.kind, c.ident): c for c in old.children}
    for child in new.children:
        before = olds.get((child.kind, child.ident))
        if before is None:
            continue
        _keep_unchanged(before, child)
        if child.text == before.text and not child.blocks and before.blocks:
            # Rules follow the text they belong to: an onderdeel restated with the same words keeps its rules.
            child.blocks = _copy(before.blocks)
        elif child.text != before.text and not child.blocks and before.blocks:
            # New words, no rules restated: keep the old rules, and report them as needing review.
            child.blocks = _copy(before.blocks)
            child.te_herzien = bericht("zin.wijz.opnieuw_zonder_regels")
        if child.text == before.text and [b.source for b in child.blocks] == [b.source for b in before.blocks]:
            child.herkomst, child.bron_note, child.citation = before.herkomst, before.bron_note, before.citation
            for block in child.blocks:
                for decl in block.decls:
                    decl.citation = before.citation


def _kind(kind: str) -> str:
    return "onderdeel" if kind == "slot" else kind


def _insert_index(parent: structure.Unit, instr: Instruction) -> int:
    """Where new units go: after the sibling named by 'na ...', else at the end ('toegevoegd')."""
    if not instr.na:
        return len(parent.children)
    kind, ident = instr.na
    idx = next((i + 1 for i, c in enumerate(parent.children) if c.ident == ident and _kind(c.kind) == _kind(kind)),
               None)
    if idx is None:
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.eenheid", opdracht=instr.opdracht,
                                              plaats=_place(instr, parent), soort=kind, nummer=ident), instr.pos)
    return idx


def _period_to_semicolon(parent: structure.Unit, instr: Instruction) -> None:
    """'onder vervanging van de punt aan het slot van onderdeel i door een puntkomma'."""
    unit = _find(parent, [("onderdeel", instr.puntkomma)], instr)
    text = unit.text.rstrip()
    if not text.endswith("."):
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.punt", opdracht=instr.opdracht,
                                              onderdeel=instr.puntkomma), instr.pos)
    unit.text = text[:-1] + ";"
