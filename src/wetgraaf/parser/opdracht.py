"""Reading the instruction sentence of a wijzigingsopdracht (the grammar is data: parser/opdracht.lark).

`lees(sentence)` gives one Opdracht per instruction: the kind, the place (artikel, lid, onderdeel, subonderdeel,
aanhef, slotzin, volzin, begripsbepaling, hoofdstuk), and for word instructions the words and where they go.
"Artikel 8 wordt als volgt gewijzigd: 1. ... 2. ..." gives one Opdracht per numbered sub-instruction, each read
against the article the opening names. Forms and examples: docs/opdrachten.md.
"""

from __future__ import annotations

import copy
import pickle
import re
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from . import ir, parsestore
from .cache import dumps
from .opdracht_ir import Opdracht, OpdrachtFout, Plaats  # the read instruction: pickled without Lark

ORDINAL_TO_NUM = {v: k for k, v in ir.ORDINALS.items()}
MAX_LENGTH = 4000  # an instruction sentence is short; longer input is refused before parsing (linear time)
_GRAMMAR = Path(__file__).with_name("opdracht.lark")
_NUMBERED = re.compile(r"(?:^|\s)(?:\d+|[a-z])\.\s+(?=[A-Z„“‘\"'])")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(_GRAMMAR.read_text(encoding="utf-8"), parser="earley", lexer="dynamic", maybe_placeholders=False)


def _words(tok: Token) -> str:
    return str(tok)[1:-1]


def _ordinal(word: str) -> str:
    return ORDINAL_TO_NUM.get(word.lower(), word.lower())


class _Lezer(Transformer):
    def plaats(self, items):
        p = Plaats()
        for kind, value in items:
            if kind == "ook":
                p.ook.append(value)
                continue
            if kind in ("aanhef", "slotzin"):
                setattr(p, kind, True)
            elif kind == "volzin":
                p.volzin = int(value)
            elif kind in ("onderdelen", "leden"):
                single = kind[:-2] if kind == "onderdelen" else "lid"
                setattr(p, single, value[0])
                p.ook += [(single, v) for v in value[1:]]
            elif getattr(p, kind, None) is not None and kind in ("lid", "onderdeel"):
                p.ook.append((kind, value))  # "het derde en vierde lid"
            else:
                setattr(p, kind, value)
        return p

    def na_plaats(self, items):
        return items[0]

    def artikel(self, items):
        return ("artikel", str(items[0]))

    def lid(self, items):
        values = [_ordinal(str(t)) if t.type == "ORDINAAL" else str(t) for t in items]
        return ("leden", values) if len(values) > 1 else ("lid", values[0])

    def onderdeel(self, items):
        values = [(_words(t) if t.type == "WOORDEN" else str(t)).strip() for t in items]
        return ("onderdelen", values) if len(values) > 1 else ("onderdeel", values[0])

    def onder(self, items):
        tok = [t for t in items if t.type != "ONDER"][0]
        value = (_words(tok) if tok.type == "WOORDEN" else str(tok)).strip()
        return ("sub", value) if value.endswith("°") else ("onderdeel", value)

    def aanhef(self, items):
        return ("aanhef", True)

    def slotzin(self, items):
        return ("slotzin", True)

    def volzin(self, items):
        return ("volzin", _ordinal(str(items[0])))

    def hoofdstuk(self, items):
        return ("hoofdstuk", str(items[0]))

    def paragraaf(self, items):
        return ("paragraaf", str(items[0]))

    def begripsbepaling_plaats(self, items):
        return ("begrip", _words(items[0]))

    def begripsbepaling(self, items):
        return ("begrip", _words(items[0]))

    def telkens(self, items):
        return ("telkens", True)

    def nieuw(self, items):
        tok = items[0]
        return _ordinal(str(tok)) if tok.type == "ORDINAAL" else str(tok)

    def nummering(self, items):
        return ("vernummering", items)

    def puntkomma(self, items):
        return ("puntkomma", items[0][1])

    def alfabetisch(self, items):
        return ("alfabetisch", True)

    def onder_vernummering(self, items):
        return items[0]

    def aantal(self, items):
        return ("aantal", True)

    def soort_eenheid(self, items):
        return ("eenheid", True)

    def _with(self, soort, items) -> Opdracht:
        plaats = next((i for i in items if isinstance(i, Plaats)), Plaats())
        op = Opdracht(soort, plaats)
        woorden = [_words(t) for t in items if isinstance(t, Token) and t.type == "WOORDEN"]
        for i in items:
            if isinstance(i, tuple) and i[0] == "begrip":
                plaats.begrip = i[1]
            elif isinstance(i, tuple) and i[0] == "telkens":
                op.telkens = True
            elif isinstance(i, tuple) and i[0] == "puntkomma":
                op.puntkomma = i[1]
            elif isinstance(i, tuple) and i[0] == "alfabetisch":
                op.alfabetisch = True
            elif isinstance(i, tuple) and i[0] == "vernummering":
                op.vernummering.append(tuple(str(x) if not isinstance(x, tuple) else f"{x[0]} {x[1]}"
                                             for x in i[1]))
            elif isinstance(i, Token) and i.type == "ANKER":
                op.anker = str(i).lower()
        return op, woorden

    def als_volgt(self, items):
        return self._with("als_volgt", items)[0]

    def komt_te_luiden(self, items):
        return self._with("komt_te_luiden", items)[0]

    def vervalt(self, items):
        return self._with("vervalt", items)[0]

    def woorden_vervangen(self, items):
        op, w = self._with("woorden_vervangen", items)
        op.oud, op.nieuw = w[-2], w[-1]
        return op

    def woorden_vervallen(self, items):
        op, w = self._with("woorden_vervallen", items)
        op.oud = w[-1]
        return op

    def woorden_invoegen(self, items):
        op, w = self._with("woorden_invoegen", items)
        op.oud, op.nieuw = w[-2], w[-1]
        return op

    def eenheid_invoegen(self, items):
        op, _ = self._with("eenheid_invoegen", items)
        places = [i for i in items if isinstance(i, tuple) and i[0] in ("artikel", "lid", "onderdeel", "sub",
                                                                        "hoofdstuk", "paragraaf")]
        if places:
            kind, ident = places[0]
            op.na = ("onderdeel" if kind == "sub" else kind, ident)
        return op

    def eenheid_toevoegen(self, items):
        return self._with("eenheid_toevoegen", items)[0]

    def vernummeren(self, items):
        op, _ = self._with("vernummeren", items)
        op.nieuw = next(str(i) for i in items if isinstance(i, str))
        return op

    def citeertitel(self, items):
        return Opdracht("citeertitel", Plaats())

    def start(self, items):
        return items[0]


def _one(sentence: str) -> Opdracht:
    return copy.deepcopy(_read(sentence))  # callers may change what they get; the kept reading stays as read


@lru_cache(maxsize=4096)
def _read(sentence: str) -> Opdracht:
    """One sentence, read once per process: the Earley parse costs a tenth of a second for a long sentence, and an
    amendment folder is read again whenever one of its files changes; and once across processes
    (parser/parsestore.py)."""
    found = parsestore.get("zin", (sentence,))
    if found is not None:
        return pickle.loads(found)
    try:
        tree = _parser().parse(sentence)
    except LarkError:
        raise OpdrachtFout(sentence) from None
    result = _Lezer().transform(tree)
    parsestore.put("zin", (sentence,), dumps(result))
    return result


def lees(opdracht: str) -> list[Opdracht]:
    """The instructions of one `opdracht` text. Raises OpdrachtFout (with the sentence that could not be read)."""
    text = " ".join(opdracht.split())
    if len(text) > MAX_LENGTH:
        raise OpdrachtFout(text[:80] + " …")
    parts = _NUMBERED.split(text)
    head = _one(parts[0])
    if head.soort != "als_volgt":
        if len(parts) > 1:
            raise OpdrachtFout(parts[0])
        return [head]
    out = []
    for sub in parts[1:]:
        op = _one(sub.strip())  # read as it stands; the article of the opening is filled in below
        base = head.plaats
        p = op.plaats
        if p.artikel is None and p.hoofdstuk is None:
            p.artikel = base.artikel
            if p.lid is None and base.lid is not None:
                p.lid = base.lid
        out.append(op)
    return out


__all__ = ["lees", "Opdracht", "Plaats", "OpdrachtFout", "MAX_LENGTH"]
