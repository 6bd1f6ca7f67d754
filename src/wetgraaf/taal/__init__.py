"""One language per surface: every message a user reads is written once, in the catalogue, in Dutch and in English.

The catalogue is one table per family of error codes (`taal/scen.py`, `taal/api.py`, ...): each entry is keyed by
its WG code (with a `.suffix` when one code has several messages) or, for a phrase used inside messages, by a
`zin.` key, and holds the Dutch (`nl`) and English (`en`) text with named `{placeholders}` (str.format).

A message is built with `bericht(key, **args)`: a `Bericht` is a `str` whose value is the Dutch text (the default
surface, so code that stores or compares messages is unchanged) and which remembers its key and arguments, so it can
be rendered again in the language the reader asked for (`tekst`). Arguments that are Berichten themselves (phrases)
are rendered in that language too.

The language: `--taal en` on the command line, `WETGRAAF_TAAL`, the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting
with `en`), or, in the question service, the request's `taal` parameter or Accept-Language header. Dutch otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from _thread import allocate_lock
from importlib import import_module
from typing import Any

TALEN = ("nl", "en")
STANDAARD = "nl"
# The tables of the catalogue, one module per family (each defines BERICHTEN). A message is looked up in the
# families read so far, reading the next ones in this order until it is found: the families a warm `wetgraaf vraag`
# needs come first, so it reads five of them instead of every one (issue 17, item 6); catalogus() reads them all.
FAMILIES = ("algemeen", "scen", "uitleg", "opdracht", "kolom", "api", "cli", "defecten", "namen", "typen", "parse",
            "pop", "hulp", "uitbr", "gem", "vraag", "wet", "wijz", "eval", "waarde", "spiegel", "invoer", "site", "graaf",
            "uitvoer")

_gekozen: ContextVar[str | None] = ContextVar("wetgraaf_taal", default=None)
_gelezen: dict[str, Mapping[str, str]] = {}  # the entries of the families read so far
_families_gelezen = 0
_lezen = allocate_lock()  # the service's threads may read the next family at the same time: one reads it


def _lees_familie() -> None:
    """Read the next family of FAMILIES into _gelezen (a key defined in two families is an error)."""
    global _families_gelezen
    family = FAMILIES[_families_gelezen]
    table = import_module(f"{__name__}.{family}").BERICHTEN
    twice = set(_gelezen) & set(table)
    if twice:
        raise RuntimeError(f"catalogue keys defined twice: {sorted(twice)}")
    _gelezen.update(table)
    _families_gelezen += 1


def _entry(sleutel: str) -> Mapping[str, str]:
    """The catalogue's entry `sleutel`, reading families until it is found (KeyError when none has it)."""
    if sleutel not in _gelezen:
        with _lezen:
            while sleutel not in _gelezen and _families_gelezen < len(FAMILIES):
                _lees_familie()
    return _gelezen[sleutel]


def catalogus() -> dict[str, Mapping[str, str]]:
    """Every entry of every family, by key."""
    if _families_gelezen < len(FAMILIES):
        with _lezen:
            while _families_gelezen < len(FAMILIES):
                _lees_familie()
    return _gelezen


def taal() -> str:
    """The language of the current reader: chosen for this command or request, else from the environment."""
    chosen = _gekozen.get()
    return chosen if chosen else uit_omgeving(os.environ)


def uit_omgeving(env: Mapping[str, str]) -> str:
    """The language the environment asks for: WETGRAAF_TAAL, else the first locale variable set (as gettext reads
    them); English only when it starts with 'en', Dutch otherwise (C, POSIX, nl_NL, ...)."""
    for var in ("WETGRAAF_TAAL", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return "en" if value.lower().startswith("en") else STANDAARD
    return STANDAARD


def kies(waarde: str | None) -> str | None:
    """A supported language from a `--taal` value, a `taal` parameter or an Accept-Language header ('en-GB,en;q=0.8,
    nl;q=0.5'): the one with the highest weight; None when none is supported."""
    if not waarde:
        return None
    best, best_q = None, -1.0
    for part in waarde.split(","):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-")[0].split("_")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if lang in TALEN and q > best_q:
            best, best_q = lang, q
    return best


def zet_taal(t: str | None) -> None:
    """Choose the language for the rest of this context (the CLI's --taal)."""
    _gekozen.set(t if t in TALEN else None)


@contextmanager
def in_taal(t: str | None) -> Iterator[None]:
    """Render in language `t` inside the block (a request of the question service, a test)."""
    token = _gekozen.set(t if t in TALEN else None)
    try:
        yield
    finally:
        _gekozen.reset(token)


class Bericht(str):
    """A message from the catalogue: its value is the Dutch text; `in_taal` renders it in another language."""

    sleutel: str
    args: dict[str, Any]

    def __new__(cls, sleutel: str, /, **args: Any) -> Bericht:
        self = super().__new__(cls, _vorm(sleutel, STANDAARD, args))
        self.sleutel, self.args = sleutel, args
        return self

    def in_taal(self, t: str) -> str:
        return _vorm(self.sleutel, t, self.args)

    def __reduce__(self) -> tuple:
        # Pickled (the parse cache, the graphs in the bundle) as key and arguments, so it is said in either language
        # when read back; with its Dutch text, so reading it back formats nothing. The catalogue's sources are part of
        # the caches' keys (parser/cache.py): a Dutch text kept there is the catalogue's of now.
        return (_herbouw, (self.sleutel, self.args, str.__str__(self)))


def _herbouw(sleutel: str, args: dict[str, Any], nl: str | None = None) -> Bericht:
    if nl is None:
        return Bericht(sleutel, **args)
    self = str.__new__(Bericht, nl)
    self.sleutel, self.args = sleutel, args
    return self


def _vorm(sleutel: str, t: str, args: Mapping[str, Any]) -> str:
    entry = _entry(sleutel)
    text = entry.get(t) or entry[STANDAARD]
    if t == STANDAARD:  # a Bericht inside is its Dutch text already: not said again (nested phrases stay linear);
        return text.format(**args)  # str.__format__ of a Bericht (a str subclass, no __format__ of its own) is that text
    return text.format(**{k: tekst(v, t) for k, v in args.items()})


def bericht(sleutel: str, /, **args: Any) -> Bericht:
    """The catalogue's message `sleutel` with its placeholders filled in."""
    return Bericht(sleutel, **args)


def zeg(sleutel: str, t: str, /, **args: Any) -> str:
    """The catalogue's text `sleutel` in language `t`, filled in: for a renderer that is handed its language (an
    explanation); no Bericht is kept."""
    return _vorm(sleutel, t, args)


def opsomming(delen: list[Any]) -> Any:
    """Parts joined with ', ', each rendered in the reader's language when it is a Bericht."""
    if not delen:
        return ""
    out = delen[0]
    for deel in delen[1:]:
        out = Bericht("zin.komma", a=out, b=deel)
    return out


def volgens_tabel(text: str, tabel: Iterable[tuple[Any, str]],
                  deel: Callable[[str, str], Any] | None = None) -> Bericht | None:
    """Another library's English `text` as a catalogue message: the first (compiled pattern, key) of `tabel` that
    matches it, its named groups the arguments (each said by `deel(naam, waarde)` when given); None when no pattern
    matches, so the caller quotes the library's own words."""
    for pattern, key in tabel:
        m = pattern.match(text)
        if m:
            return bericht(key, **{k: deel(k, v) if deel else v for k, v in m.groupdict().items()})
    return None


def tekst(waarde: Any, t: str | None = None) -> Any:
    """`waarde` for the reader: a Bericht rendered in language `t` (default: the current one); anything else as it
    is."""
    if isinstance(waarde, Bericht):
        return waarde.in_taal(t or taal())
    return waarde


def gezegd(waarde: Any, t: str | None = None) -> Any:
    """`waarde` (JSON-like: dicts, lists, tuples) with every Bericht in it rendered in language `t` (default: the
    current one): a report built once, with messages, handed to a reader as JSON."""
    lang = t or taal()
    if isinstance(waarde, Bericht):
        return waarde.in_taal(lang)
    if isinstance(waarde, dict):
        return {k: gezegd(v, lang) for k, v in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [gezegd(v, lang) for v in waarde]
    return waarde


def getal(waarde: float, decimalen: int = 0, teken: bool = False, t: str | None = None) -> str:
    """A number for the reader: Dutch groups thousands with a point and writes a decimal comma ("100.000", "1,9"),
    English the other way round ("100,000", "1.9"); `teken` writes a + before a positive number (a difference)."""
    vorm = f"{waarde:{'+' if teken else ''},.{decimalen}f}"
    return vorm.translate(_NL_GETAL) if (t or taal()) == "nl" else vorm


_NL_GETAL = str.maketrans(",.", ".,")  # Python's English grouping and decimal point, the Dutch way round


def van_fout(exc: BaseException) -> Any:
    """What an exception says: its catalogue message when it was raised with one (an argument of another message,
    or `tekst()` where it is shown, renders it in the reader's language), else its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Bericht) else str(exc)


__all__ = ["TALEN", "STANDAARD", "Bericht", "bericht", "zeg", "opsomming", "getal", "tekst", "gezegd", "van_fout", "taal", "kies", "zet_taal", "in_taal",
           "uit_omgeving",
           "catalogus",
           # the message tables, one module per family
           "algemeen", "api", "cli", "defecten", "namen", "parse", "scen", "typen", "pop", "opdracht", "hulp", "gem", "uitbr", "vraag",
           "wet", "wijz", "eval", "waarde", "spiegel", "invoer", "uitleg", "site", "graaf", "uitvoer", "kolom"]
