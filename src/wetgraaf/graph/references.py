"""Read the cross-references in Dutch law text: "artikel 2.3.2, eerste lid", "het vierde lid, onderdeel d",
"onderdeel 3°", "de artikelen 77g tot en met 77gg van het Wetboek van Strafrecht", "artikel 12, eerste lid, of
artikel 14, van de Huisvestingswet 2014", and Markdown links to wetten.overheid.nl (`[artikel 8](…#Artikel8)`).

This module only reads text: every reference becomes a `Reference` (the matched text and its offset) with one or
more `Target`s (law, artikel, lid, onderdeel path), absolute or relative to the citing unit. Whether a target
exists is decided later, against the articles of a legal situation (graph/build.py).

Conventions of Dutch drafting followed here (Aanwijzingen voor de regelgeving, ch. 3.6):
- a lid or onderdeel after an enumeration of articles belongs to the article just before it;
- "van de <wet>" at the end of an enumeration applies to every article in it;
- "die wet" / "dat wetboek" point to the law named last; "deze wet" to the citing law;
- "het derde lid" is a lid of the citing article; "onderdeel a" an onderdeel of the nearest enclosing unit
  that has one.
Anaphora that cannot be resolved from the text alone ("dat artikel", "dat lid") are skipped, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..taal import bericht, opsomming

ORD_TO_NUM = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15,
    "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20,
}

_I = re.I
_ORD = re.compile(r"(" + "|".join(sorted(ORD_TO_NUM, key=len, reverse=True)) + r")\b", _I)
_SEP = re.compile(r"\s*,\s*(?:(?:en|of)\s+)?(?!(?:en|of)\b)|\s+(?:en|of)\s+|\s+(?P<tot>tot\s+(?:en\s+)?met)\s+", _I)
_ART = re.compile(r"(\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*)(?![\w°])", _I)
_ART_KW = re.compile(r"(?:de\s+)?artikel(?:en)?\s+(?=\d)", _I)
_LID_WORD = re.compile(r"\s+(?:lid|leden)\b", _I)
_OND_KW = re.compile(r"\s*,?\s*(?P<aanhef>aanhef\s+en\s+)?(?:onderdelen|onderdeel|onder)\s+", _I)
_SUB_KW = re.compile(r"\s*,?\s*onder\s+(?=\d+°)", _I)
_AANHEF = re.compile(r"\s*,\s*aanhef\b(?!\s+en\b)", _I)
_IDENT = re.compile(r"(\d+°|\d+(?![\w°.])|[a-z]{1,2}(?![\w°]))", _I)
_ZIN = re.compile(r"\s*,?\s*(?:eerste|tweede|derde|vierde|laatste)\s+(?:volzin|zin)\b", _I)
_COMMA_OPT = re.compile(r"\s*,?\s*")
_VAN = re.compile(r"\s*(?P<comma>,)?\s+van\s+", _I)
_DEZE_WET = re.compile(r"deze\s+wet\b", _I)
_DIE_WET = re.compile(r"(?:die|dat)\s+(?:wet|wetboek|besluit|regeling)\b", _I)
_DIT_ARTIKEL = re.compile(r"\s+van\s+dit\s+artikel\b", _I)
_DAT_ARTIKEL = re.compile(r"\s+van\s+(?:dat|die)\s+(?:artikel|artikelen)\b", _I)
_VAN_ARTIKEL = re.compile(r"\s+van\s+(?=(?:de\s+)?artikel(?:en)?\s+\d)", _I)
_VAN_LID = re.compile(r"\s+van\s+het\s+(?=(?:" + "|".join(ORD_TO_NUM) + r")\s+lid\b)", _I)
_BEGRIP = re.compile(r"\s+van\s+de\s+begripsbepaling\s+van\s+((?:[\w'’-]+\s*){1,8})", _I)
# An external law's name: capitalised, up to the first punctuation or a word that starts the rest of the sentence.
_EXT_NAME = re.compile(
    r"(?:(?i:de|het)\s+)?(?P<name>[A-Z][\w'’/-]*(?:\s+[\w'’/-]+){0,9}?)"
    r"(?=\s*(?:[,;:.()\[\]«»]|$)|\s+(?i:is|zijn|wordt|worden|bedoeld|genoemd|heeft|hebben|verleend|verlaten|dat|"
    r"die|indien|tenzij|waarin|waarbij|voor|behoudens|gestelde|vastgestelde|bepaalde|tot|"
    r"(?:en|of)\s+(?:de|het|in|met|artikel|artikelen))\b)")
# Two-letter words that are never onderdeel letters: 'onderdeel is', 'onderdelen en'.
_STOP = {"de", "en", "of", "in", "is", "op", "te", "om", "na", "al", "zo", "nu", "er", "ze", "je", "we", "ij", "at"}
_TRIGGER = re.compile(r"\b(?:(?P<art>(?:de\s+)?artikel(?:en)?\s+(?=\d))|(?P<lid>(?:het|de)\s+(?=(?:"
                      + "|".join(ORD_TO_NUM) + r")\b))|(?P<ond>onderde(?:el|len)\s+(?=\d|[a-z]{1,2}\b)))", _I)
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_URL = re.compile(r"https?://wetten\.overheid\.nl/(?P<bwb>BWB[RV]\d+)(?:/[\d-]+)?/?(?:#(?P<anchor>[\w.:-]+))?$", _I)


@dataclass(frozen=True, slots=True)
class LawRef:
    """A law named in the text: a key of the corpus, or an external law (BWB number and/or name)."""

    key: str | None = None
    bwb: str | None = None
    naam: str | None = None

    @property
    def extern_id(self) -> str:
        return self.bwb or re.sub(r"[^\w.]+", "-", self.naam or "onbekend").strip("-")


@dataclass(frozen=True, slots=True)
class Target:
    """What a reference points to.

    scope: 'wet' (an article of `law`), 'artikel' (a lid of the citing article), 'lokaal' (an onderdeel of the
    nearest enclosing unit that has it). `path` is the onderdeel/subonderdeel idents below the lid (or article).
    `artikel` None with scope 'wet' is the law as a whole (or a hoofdstuk/paragraaf of it, in `detail`).
    """

    scope: str
    law: LawRef | None = None
    artikel: str | None = None
    artikel_tot: str | None = None  # end of a range of articles
    lid: str | None = None
    path: tuple[str, ...] = ()
    begrip: str | None = None  # 'onderdeel 1° van de begripsbepaling van jeugdhulp': words after 'van'
    detail: str | None = None
    optioneel: bool = False  # inside a range ('onderdelen a tot en met g'): need not exist (one may have lapsed)
    huidig: bool = False  # 'het huidige artikel 5.4.1' in an amendment: the text before the amendment

    def describe(self) -> Any:
        """What the reference points to, in wetgraaf's words ('artikel 2.3.2, lid 1, onder a'): a catalogue message,
        said in the reader's language where it is shown; a link's own words (`detail`) stay as written."""
        parts: list[Any] = []
        if self.artikel:
            parts.append(bericht("zin.graaf.doel.artikelen", artikel=self.artikel, tot=self.artikel_tot)
                         if self.artikel_tot else bericht("zin.graaf.doel.artikel", artikel=self.artikel))
        if self.lid:
            parts.append(bericht("zin.graaf.doel.lid", lid=self.lid))
        if self.begrip:
            parts.append(bericht("zin.graaf.doel.begrip", begrip=self.begrip))
        parts.extend(bericht("zin.graaf.doel.onder", plek=p) for p in self.path)
        if self.detail:
            parts.append(self.detail)
        return opsomming(parts) if parts else bericht("zin.graaf.doel.wet")


@dataclass(slots=True)
class Reference:
    """One reference in a text: the words that make it (text[start:end]) and what it points to."""

    text: str
    start: int
    end: int
    targets: list[Target] = field(default_factory=list)
    url: str | None = None
    anker: str | None = None  # the link's #Artikel anchor when it names another article than the text does


@dataclass
class LawNames:
    """How the laws of the corpus are named in text and links."""

    by_name: dict[str, str] = field(default_factory=dict)  # lower-case name -> key
    by_bwb: dict[str, str] = field(default_factory=dict)
    _rx: re.Pattern | None = None

    def add(self, key: str, names: list[str], bwb: str | None) -> None:
        for n in names:
            if n:
                self.by_name[" ".join(n.split()).lower()] = key
        if bwb:
            self.by_bwb[bwb.upper()] = key
        self._rx = None

    def pattern(self) -> re.Pattern:
        if self._rx is None:
            names = sorted(self.by_name, key=len, reverse=True)
            alts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) or "(?!)"
            self._rx = re.compile(r"(?:(?:de|het)\s+)?(" + alts + r")(?![\w])", _I)
        return self._rx


class _Cursor:
    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.pos = pos

    def match(self, rx: re.Pattern) -> re.Match | None:
        m = rx.match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m


@dataclass
class _Item:
    artikel: str
    keyword: bool = False  # starts with its own 'artikel': 'artikel 12, eerste lid, of artikel 14'
    lids: list[str] = field(default_factory=list)
    paths: list[tuple[str, ...]] = field(default_factory=list)
    aanhef: bool = False
    tot: str | None = None


class _Parser:
    def __init__(self, text: str, names: LawNames, current: str) -> None:
        self.text = text
        self.names = names
        self.current = LawRef(key=current)
        self.mentions: list[tuple[int, LawRef]] = []  # laws named so far (offset), for 'die wet'

    # -- small pieces ---------------------------------------------------------------------------------------------
    def lid_list(self, cur: _Cursor) -> list[str] | None:
        start = cur.pos
        m = cur.match(_ORD)
        if not m:
            return None
        nums = [ORD_TO_NUM[m.group(1).lower()]]
        while True:
            save = cur.pos
            sep = cur.match(_SEP)
            m2 = cur.match(_ORD) if sep else None
            if not m2:
                cur.pos = save
                break
            n2 = ORD_TO_NUM[m2.group(1).lower()]
            if sep.group("tot"):
                nums.extend(_Interior(n) for n in range(int(nums[-1]) + 1, n2))
            nums.append(n2)
        if not cur.match(_LID_WORD):
            cur.pos = start
            return None
        return [n if isinstance(n, _Interior) else str(n) for n in nums]

    def ident_list(self, cur: _Cursor) -> list[str] | None:
        first = self._ident(cur)
        if first is None:
            return None
        idents = [first]
        while True:
            save = cur.pos
            sep = cur.match(_SEP)
            nxt = self._ident(cur) if sep else None
            if nxt is None:
                cur.pos = save
                break
            if sep.group("tot"):
                idents.extend(_Interior(i) for i in _ident_range(idents[-1], nxt)[1:-1])
            idents.append(nxt)
        return idents

    @staticmethod
    def _ident(cur: _Cursor) -> str | None:
        m = _IDENT.match(cur.text, cur.pos)
        if not m or m.group(1).lower() in _STOP:
            return None
        cur.pos = m.end()
        return m.group(1)

    def onderdelen(self, cur: _Cursor) -> tuple[list[tuple[str, ...]], bool]:
        """', onderdeel a, onder 1°' / ', onderdelen a tot en met g' / ', aanhef en onderdeel h'."""
        save = cur.pos
        aanhef = bool(cur.match(_AANHEF))
        if aanhef:
            return [], True
        kw = cur.match(_OND_KW)
        idents = self.ident_list(cur) if kw else None
        if not idents:
            cur.pos = save
            return [], False
        paths = [(i,) for i in idents]
        save = cur.pos
        subs = self.ident_list(cur) if cur.match(_SUB_KW) else None
        if subs:
            paths = [p + (s,) for p in paths for s in subs]
        else:
            cur.pos = save
        return paths, bool(kw.group("aanhef"))

    def item(self, cur: _Cursor) -> _Item | None:
        m = cur.match(_ART)
        if not m:
            return None
        it = _Item(m.group(1))
        save = cur.pos
        cur.match(_COMMA_OPT)
        lids = self.lid_list(cur)
        if lids:
            it.lids = lids
        else:
            cur.pos = save
        it.paths, it.aanhef = self.onderdelen(cur)
        cur.match(_ZIN)
        return it

    def law_suffix(self, cur: _Cursor) -> tuple[LawRef | None, bool]:
        """', van de Wet X' / 'van die wet' after a reference: the law, and whether a comma set it apart (then it
        applies to the whole enumeration before it)."""
        save = cur.pos
        van = cur.match(_VAN)
        if not van:
            return None, False
        comma = bool(van.group("comma"))
        if cur.match(_DEZE_WET):
            return self.current, comma
        if cur.match(_DIE_WET):
            return self.last_law(save), comma
        m = cur.match(self.names.pattern())
        if m:
            return LawRef(key=self.names.by_name[" ".join(m.group(1).split()).lower()]), comma
        m = cur.match(_EXT_NAME)
        if m:
            return LawRef(naam=" ".join(m.group("name").split())), comma
        cur.pos = save
        return None, False

    def last_law(self, before: int) -> LawRef | None:
        found = [law for pos, law in self.mentions if pos < before]
        return found[-1] if found else None

    # -- references -----------------------------------------------------------------------------------------------
    def articles(self, cur: _Cursor, law: LawRef | None) -> tuple[list[Target], LawRef | None]:
        """'artikel 5, eerste lid, onderdeel a, en 6 van de Wet X' (cursor after 'artikel'), or bare numbers in a
        link text. Returns the targets and the law named at the end (if any)."""
        items: list[_Item] = []
        it = self.item(cur)
        if it is None:
            return [], None
        items.append(it)
        while True:
            save = cur.pos
            sep = cur.match(_SEP)
            keyword = bool(sep and cur.match(_ART_KW))
            nxt = self.item(cur) if sep else None
            if nxt is None:
                cur.pos = save
                break
            nxt.keyword = keyword
            if sep.group("tot"):
                items[-1].tot = nxt.artikel
            else:
                items.append(nxt)
        named, comma = self.law_suffix(cur)
        # 'artikel 1, derde lid, en artikel 4 van de Wet X': the law belongs to the last 'artikel' only;
        # 'artikel 12, eerste lid, of artikel 14, van de Huisvestingswet 2014': to both (Ar 3.6 drafting).
        own = len(items) - next((i for i, it in enumerate(reversed(items)) if it.keyword), len(items) - 1) - 1
        targets = []
        for n, it in enumerate(items):
            target_law = law or (named if named and (comma or n >= own) else None) or self.current
            base = Target("wet", target_law, it.artikel, it.tot)
            if it.tot:
                targets.append(base)
                continue
            lids = it.lids or [None]
            for lid in lids:
                if it.aanhef or not it.paths:
                    targets.append(replace(base, lid=lid))
                targets.extend(replace(base, lid=lid, path=p) for p in it.paths)
        return targets, named

    def relative_lid(self, cur: _Cursor) -> list[Target] | None:
        """'het derde lid[, onderdeel d]' — of this article, or of 'artikel N' when followed by 'van artikel N'."""
        lids = self.lid_list(cur)
        if not lids:
            return None
        paths, aanhef = self.onderdelen(cur)
        cur.match(_ZIN)
        if cur.match(_DAT_ARTIKEL):
            return []  # 'het eerste lid van dat artikel': which article is not in the words themselves
        cur.match(_DIT_ARTIKEL)
        scope, law, artikel = "artikel", None, None
        save = cur.pos
        if cur.match(_VAN_ARTIKEL):
            cur.match(_ART_KW)
            inner, _ = self.articles(cur, None)
            if inner:
                scope, law, artikel = "wet", inner[0].law, inner[0].artikel
            else:
                cur.pos = save
        out = []
        for lid in lids:
            if aanhef or not paths:
                out.append(Target(scope, law, artikel, lid=lid))
            out.extend(Target(scope, law, artikel, lid=lid, path=p) for p in paths)
        return out

    def relative_onderdeel(self, cur: _Cursor) -> list[Target] | None:
        """'onderdeel a', 'onderdelen 1° en 2°', 'onderdeel 1° van de begripsbepaling van jeugdhulp',
        'onderdeel b van het eerste lid'."""
        idents = self.ident_list(cur)
        if not idents:
            return None
        save = cur.pos
        subs = self.ident_list(cur) if cur.match(_SUB_KW) else None
        if not subs:
            cur.pos = save
        paths = [(i,) + ((s,) if s else ()) for i in idents for s in (subs or [None])]
        m = cur.match(_BEGRIP)
        if m:
            return [Target("lokaal", path=p, begrip=" ".join(m.group(1).split())) for p in paths]
        if cur.match(_VAN_LID):
            lids = self.lid_list(cur)
            if lids:
                return [Target("artikel", lid=lids[0], path=p) for p in paths]
        return [Target("lokaal", path=p) for p in paths]

    def link(self, m: re.Match) -> Reference | None:
        label, url = m.group(1), m.group(2)
        ref = Reference(" ".join(label.split()), m.start(), m.end(), url=url)
        u = _URL.match(url)
        if not u:
            if not label.strip():
                return None
            law = LawRef(naam=" ".join(label.split()), bwb=url)  # e.g. a CELEX number of an EU act
            ref.targets.append(Target("wet", law))
            return ref
        bwb = u.group("bwb").upper()
        anchor = u.group("anchor") or ""
        key = self.names.by_bwb.get(bwb)
        law = LawRef(key=key) if key else LawRef(bwb=bwb)
        stripped = label.strip()
        offset = m.start() + 1 + (len(label) - len(label.lstrip()))
        cur = _Cursor(self.text[: m.start() + 1 + len(label)], offset)
        kw = cur.match(_ART_KW)
        targets, named = self.articles(cur, law) if (kw or _ART.match(stripped)) else ([], None)
        if not key and named and named.naam:
            law = LawRef(bwb=bwb, naam=named.naam)
            targets = [replace(t, law=law) for t in targets]
        anchor_art = anchor[len("Artikel"):] if anchor.lower().startswith("artikel") else None
        if not targets:
            if anchor_art:
                targets = [Target("wet", law, anchor_art, detail=stripped or None)]
            else:
                detail = re.sub(r"(?<=[a-z])(?=\d)", " ", anchor).lower() if anchor else None
                if not key:
                    law = LawRef(bwb=bwb, naam=stripped or None)
                targets = [Target("wet", law, detail=detail)]
        elif key and anchor_art and anchor_art.replace(":", "") != targets[0].artikel.replace(":", ""):
            ref.anker = anchor
        ref.targets = targets
        self.mentions.append((m.start(), law))
        return ref


class _Interior(str):
    """A lid or onderdeel filled in between the ends of a range; marked so it may be absent."""


def _ident_range(a: str, b: str) -> list[str]:
    """'a tot en met g' -> a..g; '1° tot en met 4°' -> 1°..4°; otherwise just the two ends."""
    if len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha() and a <= b:
        return [chr(c) for c in range(ord(a), ord(b) + 1)]
    na, nb = a.rstrip("°"), b.rstrip("°")
    if na.isdigit() and nb.isdigit() and int(na) <= int(nb):
        suffix = "°" if b.endswith("°") else ""
        return [f"{n}{suffix}" for n in range(int(na), int(nb) + 1)]
    return [a, b]


# parse_references per (text, law, the names of the laws), in this process: every situation's graph reads the
# same articles again (7 graphs per site build), and a rebuild reads the unchanged articles of the build before.
_READ: dict[tuple, list[Reference]] = {}


def parse_references(text: str, names: LawNames, current: str) -> list[Reference]:
    """Every cross-reference in `text` (the law text of one unit of law `current`), in order of appearance."""
    key = (text, current, tuple(names.by_name.items()), tuple(names.by_bwb.items()))
    found = _READ.get(key)
    if found is None:
        if len(_READ) > 20_000:
            _READ.clear()
        found = _READ[key] = _parse_references(text, names, current)
    # fresh objects: a caller may change a reference (its targets list); the targets themselves are frozen
    return [Reference(r.text, r.start, r.end, list(r.targets), r.url, r.anker) for r in found]


def _parse_references(text: str, names: LawNames, current: str) -> list[Reference]:
    p = _Parser(text, names, current)
    refs: list[Reference] = []
    # Links first: their targets are certain (the URL names the law), and they name laws for 'die wet'.
    blanked = list(text)
    for m in _LINK.finditer(text):
        ref = p.link(m)
        if ref is not None:
            refs.append(ref)
            blanked[m.start():m.end()] = " " * (m.end() - m.start())
    plain = "".join(blanked)
    p.text = plain
    pos = 0
    while True:
        m = _TRIGGER.search(plain, pos)
        if not m:
            break
        cur = _Cursor(plain, m.end())
        targets: list[Target] | None
        if m.group("art"):
            targets, named = p.articles(cur, None)
            if named:
                p.mentions.append((m.start(), named))
        elif m.group("lid"):
            targets = p.relative_lid(cur)
        else:
            targets = p.relative_onderdeel(cur)
        if targets is None:
            pos = m.end()
            continue
        if targets:
            refs.append(Reference(" ".join(plain[m.start():cur.pos].split()), m.start(), cur.pos, targets))
        pos = max(cur.pos, m.end())
    for r in refs:
        huidig = bool(_HUIDIG.search(text, max(0, r.start - 30), r.start))
        r.targets = [_finish(t, huidig) for t in r.targets]
    refs.sort(key=lambda r: r.start)
    return refs


_HUIDIG = re.compile(r"\bhuidige\s+$", _I)


def _finish(t: Target, huidig: bool) -> Target:
    """Plain strings again, with the range and 'huidige' marks as fields."""
    optional = any(isinstance(x, _Interior) for x in (t.lid,) + t.path)
    if optional or huidig:
        t = replace(t, lid=str(t.lid) if t.lid is not None else None, path=tuple(str(x) for x in t.path),
                    optioneel=optional, huidig=huidig and t.scope == "wet")
    return t


def article_key(nummer: str) -> tuple:
    """Sort key for article numbers: '2.3.10' after '2.3.9', '10a' after '10', '23c' before '24'."""
    parts = re.findall(r"\d+|[a-z]+", nummer.lower())
    return tuple((0, int(x), "") if x.isdigit() else (1, 0, x) for x in parts)
