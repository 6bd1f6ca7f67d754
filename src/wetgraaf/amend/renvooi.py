"""The renvooi: per article and lid, the old and the new text side by side, insertions and deletions marked.

Compares the article versions of two situations (base and amended); only articles an amendment touched are listed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from ..parser import structure
from ..resolve.woorden import printed_view
from ..resolve.situation import Situation
from ..taal import bericht, opsomming


@dataclass
class TextOp:
    kind: str  # 'gelijk' | 'ingevoegd' | 'geschrapt'
    text: str


@dataclass
class UnitChange:
    path: str  # 'lid 1, onderdeel a' (a catalogue message: said in the reader's language where it is shown)
    status: str  # 'nieuw' | 'vervallen' | 'gewijzigd' | 'ongewijzigd'
    old: str
    new: str
    ops: list[TextOp] = field(default_factory=list)
    citation: str = ""  # a catalogue message (ir.Citation.bericht)
    herkomst: str | None = None
    te_herzien: str | None = None  # the instruction that changed these words but left the rules under them


@dataclass
class ArticleChange:
    wet: str
    artikel: str
    status: str  # 'nieuw' | 'vervallen' | 'gewijzigd'
    units: list[UnitChange]


_WORD = re.compile(r"\S+\s*")


def word_diff(old: str, new: str) -> list[TextOp]:
    """Word-level diff so a drafter sees exactly which words changed. Words are compared without the whitespace
    around them (a lid re-wrapped over other lines is not a change); the text shown keeps the new line breaks, and
    deleted words their own."""
    lead_a, lead_b = old[:len(old) - len(old.lstrip())], new[:len(new) - len(new.lstrip())]
    a, b = _WORD.findall(old), _WORD.findall(new)
    ops: list[TextOp] = [TextOp("gelijk", lead_b)] if lead_b else []
    if lead_a and not lead_b:
        ops.append(TextOp("geschrapt", lead_a))
    words_a, words_b = [t.rstrip() for t in a], [t.rstrip() for t in b]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(TextOp("gelijk", "".join(b[j1:j2])))
            continue
        gone, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if gone and added:
            # A replacement: the words only; the space after them is the new text's and unchanged.
            tail = added[len(added.rstrip()):]
            ops += [TextOp("geschrapt", gone.rstrip()), TextOp("ingevoegd", added.rstrip())]
            if tail:
                ops.append(TextOp("gelijk", tail))
        elif gone:
            ops.append(TextOp("geschrapt", gone))
        else:
            ops.append(TextOp("ingevoegd", added))
    return ops


def _units(article: structure.Article | None) -> dict[str, structure.Unit]:
    out: dict[str, structure.Unit] = {}
    if article is None:
        return out

    # A place is a catalogue message ('lid 1, onderdeel a'; 'paragraph 1, point a' in English): its value, the
    # Dutch text, is the key that matches a unit of the old version to one of the new.
    def walk(unit: structure.Unit, prefix: list[Any]) -> None:
        for child in unit.children:
            label = bericht("zin.wijz.plaats.slotzin") if child.kind == "slot" else \
                bericht(f"zin.graaf.deel.{child.kind}", ident=child.ident) if child.kind in _PARTS else \
                f"{child.kind} {child.ident}"
            path = [*prefix, label]
            out[opsomming(path)] = child
            walk(child, path)

    out[bericht("zin.wijz.plaats.artikel")] = article.root
    walk(article.root, [])
    return out


_PARTS = ("lid", "onderdeel", "subonderdeel")


def _article_change(wet: str, nummer: str, old: structure.Article | None, new: structure.Article | None) -> ArticleChange:
    old_units, new_units = _units(old), _units(new)
    paths = list(old_units)
    for p in new_units:
        if p not in old_units:
            paths.append(p)
    changes = []
    for path in paths:
        o, n = old_units.get(path), new_units.get(path)
        old_text = printed(o.text) if o else ""
        new_text = printed(n.text) if n else ""
        if o is None:
            status = "nieuw"
        elif n is None:
            status = "vervallen"
        elif old_text != new_text or _rules(o) != _rules(n):
            status = "gewijzigd"
        else:
            status = "ongewijzigd"
        unit = n or o
        changes.append(UnitChange(path, status, old_text, new_text, word_diff(old_text, new_text),
                                  unit.citation.bericht(), n.herkomst if n else None,
                                  getattr(n, "te_herzien", None) if n else None))
    status = "nieuw" if old is None else "vervallen" if new is None else "gewijzigd"
    return ArticleChange(wet, nummer, status, changes)


def _rules(unit: structure.Unit) -> list[str]:
    return [b.source for b in unit.blocks]


def printed(text: str) -> str:
    """The text as it is printed: a Markdown link shows only its words (the renvooi never shows link syntax or
    URLs). The same reading of links as word instructions use (resolve/woorden.py)."""
    return printed_view(text or "")[0]


def _same(old: structure.Article, new: structure.Article) -> bool:
    """Equal in content: the same units with the same text and rules (an article copied by an amendment it was
    not changed by is not a change)."""
    a, b = _units(old), _units(new)
    return list(a) == list(b) and all(a[k].text == b[k].text and _rules(a[k]) == _rules(b[k]) for k in a)


def renvooi(base: Situation, amended: Situation) -> list[ArticleChange]:
    """Every article that differs between the two situations, in law and article order."""
    keys = sorted(set(base.articles) | set(amended.articles), key=lambda k: (k[0], _natural(k[1])))
    out = []
    for key in keys:
        old, new = base.articles.get(key), amended.articles.get(key)
        if old is new or (old is not None and new is not None and _same(old, new)):
            continue
        out.append(_article_change(key[0], key[1], old, new))
    return out


def _natural(nummer: str) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", nummer)]
