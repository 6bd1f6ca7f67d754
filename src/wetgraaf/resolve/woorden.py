"""Word-level amendment instructions: "In artikel 8, eerste lid, wordt 'zes jaar' vervangen door 'vier jaar'.",
"... vervalt 'X'.", "... wordt na 'X' ingevoegd 'Y'.", within a unit, its aanhef, its slotzin, one of its volzinnen
or a begripsbepaling; and renumbering ("Het derde lid wordt vernummerd tot vierde lid.").

The words must occur exactly once in the place named (or at least once with "telkens"); otherwise the instruction
is a located error that shows every place the words occur, and nothing is applied. Values bound to the words
(`waarde ... = "zes jaar"`) follow them, so the rules read the new value with no rule restated; rules under text
that changed otherwise are recorded as needing review (`te_herzien`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from ..parser import structure
from ..core.errors import LawError
from ..taal import Bericht, bericht
from ..parser.wijziging import bron_note

_SENTENCE_END = re.compile(r"(?<=[.;:])\s+(?=[A-Z0-9])")


def _pattern(words: str) -> re.Pattern:
    """The words, with any whitespace (a line break of the text) between them, as whole words: "de" does not match
    inside "dezelfde"."""
    parts = [re.escape(p) for p in words.split()]
    lead = r"\s*" if words[:1].isspace() else (r"(?<!\w)" if words[:1].isalnum() else "")
    trail = r"\s*" if words[-1:].isspace() else (r"(?!\w)" if words[-1:].isalnum() else "")
    return re.compile(lead + r"\s+".join(parts) + trail)


# Link text and address never hold a bracket: so each "[" is tried once and the scan is linear ("[a](" * 10 000
# took 11 s with a text and address that could run on over other links).
_LINK = re.compile(r"\[([^\]\[]*)\]\((?:https?:)?[^)\s\[\]]*\)")


def _links(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end) in the text and (start, end) in the printed text of every Markdown link."""
    out, shift = [], 0
    for m in _LINK.finditer(text):
        ps = m.start() - shift
        out.append((m.start(), m.end(), ps, ps + len(m.group(1))))
        shift += (m.end() - m.start()) - len(m.group(1))
    return out


def printed_view(text: str) -> tuple[str, list[int]]:
    """The text as printed (a Markdown link shows only its words) and, per printed character, its index in the
    text, so words found in the printed text are changed in the text itself."""
    out, where, pos = [], [], 0
    for m in _LINK.finditer(text):
        out.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        out.append(m.group(1))
        where.extend(range(m.start(1), m.end(1)))
        pos = m.end()
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    where.append(len(text))
    return "".join(out), where


def count(unit: structure.Unit, words: str) -> int:
    """How often the words occur, as printed, in the unit and everything under it (what an instruction naming
    the unit searches)."""
    pattern = _pattern(words)
    return sum(len(pattern.findall(printed_view(u.text or "")[0])) for u in unit.walk())


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each volzin of a text."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _scopes(unit: structure.Unit, op, instr) -> list[tuple[structure.Unit, int, int]]:
    """(unit, start, end) of the text the instruction searches."""
    p = op.plaats
    if p.begrip:
        found = [u for u in unit.walk() if u.kind in ("onderdeel", "begrip") and u.ident.strip("'\"") == p.begrip]
        if not found:
            raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.begrip", opdracht=instr.opdracht,
                                                  plaats=str(unit.citation), begrip=p.begrip), instr.pos)
        unit = found[0]
        return [(u, 0, len(u.text or "")) for u in unit.walk()]
    if p.slotzin:
        slot = [c for c in unit.children if c.kind == "slot"]
        if slot:
            return [(slot[0], 0, len(slot[0].text or ""))]
        spans = _sentences(unit.text or "")
        if not spans:
            raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.slotzin", opdracht=instr.opdracht,
                                                  plaats=str(unit.citation)),
                           instr.pos)
        return [(unit, *spans[-1])]
    if p.volzin is not None:
        spans = _sentences(unit.text or "")
        if p.volzin > len(spans):
            raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.volzin", opdracht=instr.opdracht,
                                                  plaats=str(unit.citation), aantal=len(spans), volzin=p.volzin),
                           instr.pos)
        return [(unit, *spans[p.volzin - 1])]
    if p.aanhef:
        return [(unit, 0, len(unit.text or ""))]  # the unit's own words, before its onderdelen
    return [(u, 0, len(u.text or "")) for u in unit.walk()]


def apply_words(unit: structure.Unit, instr) -> None:
    """Apply a word instruction to `unit` (the place it names) in place."""
    from ..parser.rules import bound_value

    op = instr.woorden
    pattern = _pattern(op.oud)
    hits = []
    for u, start, end in _scopes(unit, op, instr):
        view, where = printed_view(u.text or "")
        lo = next((i for i, raw in enumerate(where) if raw >= start), len(view))
        hi = next((i for i, raw in enumerate(where) if raw >= end), len(view))
        links = _links(u.text or "")
        for m in pattern.finditer(view, lo, hi):
            hits.append((u, _span(m, view, where, links)))
    places = "; ".join(f"{u.citation}: …{_snippet(h.view, h.m)}…" for u, h in hits[:8])
    if not hits:
        raise LawError("WG-WIJZ-011", bericht("WG-WIJZ-011", opdracht=instr.opdracht, woorden=op.oud,
                                              plaats=str(unit.citation), bijna=_near(unit, op.oud)), instr.pos)
    if len(hits) > 1 and not op.telkens:
        raise LawError("WG-WIJZ-012", bericht("WG-WIJZ-012", opdracht=instr.opdracht, woorden=op.oud,
                                              aantal=len(hits), plaatsen=places), instr.pos)
    # Apply from the last hit backwards so the earlier positions stay valid. A value bound to words the change
    # touches (`waarde ... = "zes jaar"`, "zes" replaced by "vier") follows: its words become the new ones.
    changed: dict[int, tuple[structure.Unit, bool]] = {}
    for u, m in reversed(hits):
        text = u.text
        if op.soort == "woorden_vervangen":
            start, end, insert = m.start(), m.end(), m.before + op.nieuw + m.after
        elif op.soort == "woorden_vervallen":
            start, end, insert = m.start(), m.end(), m.before + m.after
        elif op.anker == "na":
            sep = "" if op.nieuw[:1] in ",.;:)" or op.nieuw[:1].isspace() else " "
            start = end = m.end()
            insert = sep + op.nieuw
        else:
            sep = "" if op.nieuw[-1:].isspace() else " "
            start = end = m.start()
            insert = op.nieuw + sep
        followed = _follow_bound_values(u, text, start, end, insert, bound_value)
        new_text = text[:start] + insert + text[end:]
        u.text = _tidy(new_text) if op.soort == "woorden_vervallen" else new_text
        changed[id(u)] = (u, followed or changed.get(id(u), (u, False))[1])
    note = bron_note(instr.meta)
    for u, followed in changed.values():
        # The changed words are the amendment's: the unit's text now rests on its source (ontwerp, herleid).
        u.herkomst, u.bron_note = instr.meta.get("herkomst", "herleid"), note
        rules = [d for b in u.blocks for d in b.decls if not isinstance(d, (structure.Parameter, structure.NietUitvoerbaar))]
        if rules and not followed:
            u.te_herzien = instr.opdracht  # the text under these rules changed; the amendment did not restate them
    if instr.regels is not None:
        _restate_rules(_home(unit, op, instr), instr, note)
    elif instr.notes:
        home = _home(unit, op, instr)
        home.notes = home.notes + list(instr.notes)  # why the words changed, beside the unit's own notes


def _home(unit: structure.Unit, op, instr) -> structure.Unit:
    """The unit an instruction names: the begripsbepaling it names, else the unit of its place (an aanhef, slotzin
    or volzin belongs to its unit)."""
    if op.plaats.begrip:
        return next(u for u in unit.walk() if u.kind in ("onderdeel", "begrip")
                    and u.ident.strip("'\"") == op.plaats.begrip)
    if op.plaats.slotzin:  # a slotzin written as a unit of its own (a Slot heading) holds its own rules
        return next((c for c in unit.children if c.kind == "slot"), unit)
    return unit


def _restate_rules(home: structure.Unit, instr, note: str | None) -> None:
    """Rules restated under a word instruction replace the rules of the unit it names; they cite that unit and the
    passage the amendment rests on. Rules of other units whose words changed stay, reported as needing review."""
    citation = replace(home.citation, toelichting=note) if note else home.citation
    blocks = copy.deepcopy(instr.regels)  # the instruction's blocks are shared by every situation built
    for block in blocks:
        for decl in block.decls:
            decl.citation = citation
    home.blocks, home.citation, home.te_herzien = blocks, citation, None
    home.herkomst, home.bron_note = instr.meta.get("herkomst", "herleid"), note
    if instr.notes:
        home.notes = list(instr.notes)  # the old Toelichting explains the rules that were replaced


def _follow_bound_values(u: structure.Unit, text: str, start: int, end: int, insert: str, bound_value) -> bool:
    """Bound values whose words overlap the changed span take the changed words; True when one did."""
    followed = False
    for block in u.blocks:
        for decl in block.decls:
            if not (isinstance(decl, structure.Parameter) and decl.woorden is not None):
                continue
            for m in _pattern(decl.woorden).finditer(text):
                overlaps = start < m.end() and end > m.start()
                inside = start == end and m.start() < start < m.end()  # an insertion between its words
                if overlaps or inside:
                    words = text[m.start():start] + insert + text[end:m.end()]
                    if not words.strip():
                        break  # the words are gone: nothing to follow; check reports the value (WG-WAARDE-002)
                    decl.woorden = " ".join(words.split())
                    decl.value = bound_value(decl.woorden, decl.type, decl.pos)
                    followed = True
                    break
    return followed


def renumber(parent: structure.Unit, kind: str, old: str, new: str, instr) -> None:
    """'Het derde lid wordt vernummerd tot vierde lid.' / 'Onderdeel c wordt verletterd tot d.'"""
    match = [c for c in parent.children if c.ident == old and (c.kind == kind or (kind == "onderdeel" and
                                                                                    c.kind == "slot"))]
    if not match:
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.hier", opdracht=instr.opdracht, soort=kind,
                                              nummer=old),
                       instr.pos)
    if any(c.ident == new and c.kind == match[0].kind for c in parent.children):
        raise LawError("WG-WIJZ-008", bericht("WG-WIJZ-008.al", opdracht=instr.opdracht, soort=kind,
                                              nummer=new),
                       instr.pos)
    unit = match[0]
    unit.ident = new
    if unit.text:
        unit.text = re.sub(rf"^{re.escape(old)}(\.?)(\s)", rf"{new}\g<1>\g<2>", unit.text, count=1)


class _Span:
    """A match found in the printed text, with its start and end in the text itself. Where the words run into or
    out of a link, the whole link is part of the span and its other printed words are kept around the change
    (`before`, `after`): the change never leaves half a link."""

    def __init__(self, start: int, end: int, view: str, m: re.Match, before: str = "", after: str = "") -> None:
        self._start, self._end, self.view, self.m = start, end, view, m
        self.before, self.after = before, after

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _span(m: re.Match, view: str, where: list[int], links) -> _Span:
    ps, pe = m.start(), m.end()
    ps2, pe2 = ps, pe
    raw_s = where[ps]
    raw_e = where[pe - 1] + 1 if pe > ps else where[ps]
    for ls_raw, le_raw, ls, le in links:
        overlaps = ls < pe and le > ps
        inside = ls <= ps and pe <= le
        if overlaps and not inside:
            if ls < ps2:
                ps2, raw_s = ls, ls_raw
            elif ls == ps2:
                raw_s = ls_raw
            if le > pe2:
                pe2, raw_e = le, le_raw
            elif le == pe2:
                raw_e = le_raw
    return _Span(raw_s, raw_e, view, m, view[ps2:ps], view[pe:pe2])


def _tidy(text: str) -> str:
    """After words are removed: no double spaces, no space before punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" ([,.;:])", r"\1", text)


def _snippet(text: str, m: re.Match) -> str:
    a, b = max(0, m.start() - 30), min(len(text), m.end() + 30)
    return " ".join(text[a:b].split())


def _near(unit: structure.Unit, words: str) -> Bericht | str:
    """A hint when the words differ only in case or quotes from words that do occur."""
    flat = " ".join((" ".join(u.text or "" for u in unit.walk())).split())
    i = flat.lower().find(" ".join(words.split()).lower())
    return bericht("zin.wijz.hoofdletters", woorden=flat[i:i + len(words)]) if i >= 0 else ""


__all__ = ["apply_words", "renumber", "count", "printed_view"]
