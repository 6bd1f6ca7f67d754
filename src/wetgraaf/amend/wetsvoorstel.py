"""The wetsvoorstel written out, and the reverse.

`wetsvoorstel(wijziging, corpus)`: the amending article(s) as a drafter publishes them — "Artikel I", "De <wet>
wordt als volgt gewijzigd:", onderdelen A, B, … each with its instruction in standard wording (Aanwijzingen voor
de regelgeving, ch. 6) and the new text below it. Rendered as text, HTML (the site) and .docx (python-docx).

`opdrachten_voor(oud, nieuw)`: from an edited copy of an article, the instructions that turn the old text into the
new one, in standard wording: word instructions where one span of words changed (with enough context to be
unambiguous), "vervalt", "wordt … ingevoegd/toegevoegd, luidende:" and "komt te luiden:" otherwise.
tests/amend/test_wetsvoorstel.py checks the round trip over the corpus: edit → derive → apply → the same text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..parser import ir, structure
from ..parser.wijziging import Instruction, Target, Wijziging
from .renvooi import printed

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_COUNT = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf"}
_PLURAL = {"artikel": "artikelen", "lid": "leden", "onderdeel": "onderdelen", "subonderdeel": "subonderdelen",
           "paragraaf": "paragrafen", "hoofdstuk": "hoofdstukken", "slot": "slotzinnen"}


def q(words: str) -> str:
    """Words quoted the way the Aanwijzingen quote them."""
    return f"“{words}”"


def place(target: Target) -> str:
    """'artikel 8, eerste lid, onderdeel a' (lower case; capitalise at the start of a sentence)."""
    return str(target)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _subject(where: str) -> str:
    """The place as the subject of a sentence: 'Artikel 8, eerste lid,' (a place of several parts is closed by a
    comma before the verb, as the Aanwijzingen write it)."""
    return _cap(where) + ("," if "," in where else "")


def _units_word(units: list[structure.Unit]) -> str:
    kind = units[0].kind if units else "lid"
    n = len(units)
    return f"{_COUNT.get(n, str(n))} {kind if n == 1 else _PLURAL.get(kind, kind)}"


def sentence(instr: Instruction) -> str:
    """The instruction in standard wording."""
    t, kind = instr.target, instr.kind
    where = place(t) if (t.artikel or t.hoofdstuk) else ""
    if kind == "niet_uitvoerbaar":
        return instr.opdracht
    if kind == "citeertitel":
        return instr.opdracht
    if kind == "vervangen":
        return f"{_subject(where)} komt te luiden:"
    if kind == "vervalt":
        return f"{_subject(where)} vervalt."
    if kind == "vernummeren":
        op = instr.woorden
        what = "vernummerd" if t.path()[-1][0] == "lid" else "verletterd"
        new = f"{ir.ORDINALS.get(op.nieuw, op.nieuw)} lid" if t.path()[-1][0] == "lid" else op.nieuw
        return f"{_subject(where)} wordt {what} tot {new}."
    if kind == "woorden":
        op = instr.woorden
        scope = ", aanhef" if op.plaats.aanhef else ", slotzin" if op.plaats.slotzin else (
            f", {ir.ORDINALS.get(str(op.plaats.volzin), str(op.plaats.volzin))} volzin" if op.plaats.volzin else "")
        begrip = f" in de begripsbepaling van {q(op.plaats.begrip)}" if op.plaats.begrip else ""
        telkens = " telkens" if op.telkens else ""
        comma = "," if scope or "," in where else ""  # "In artikel 19 wordt", "In artikel 8, eerste lid, wordt"
        if op.soort == "woorden_vervangen":
            return f"In {where}{scope}{comma} wordt{begrip}{telkens} {q(op.oud)} vervangen door {q(op.nieuw)}."
        if op.soort == "woorden_vervallen":
            return f"In {where}{scope}{comma} vervalt{begrip}{telkens} {q(op.oud)}."
        return f"In {where}{scope}{comma} wordt{begrip} {op.anker} {q(op.oud)} ingevoegd {q(op.nieuw)}."
    units = _units_word(instr.content)
    verb = "worden" if len(instr.content) > 1 else "wordt"
    if kind == "toevoegen":
        punt = (f", onder vervanging van de punt aan het slot van onderdeel {instr.puntkomma} door een puntkomma,"
                if instr.puntkomma else "")
        return f"Aan {where}{',' if ',' in where else ''} {verb}{punt} {units} toegevoegd, luidende:"
    # invoegen
    if instr.alfabetisch:
        return f"In {where}{',' if ',' in where else ''} worden in de alfabetische volgorde ingevoegd:"
    if instr.na:
        nk, ni = instr.na
        after = f"het {ir.ORDINALS.get(ni, ni)} lid" if nk == "lid" else f"{nk} {ni}"
        if where and nk not in ("artikel", "paragraaf", "hoofdstuk"):
            return f"In {where}{',' if ',' in where else ''} {verb} na {after} {units} ingevoegd, luidende:"
        return f"Na {after} {verb} {units} ingevoegd, luidende:"
    return f"In {where} {verb} {units} ingevoegd, luidende:"


def unit_text(unit: structure.Unit) -> list[str]:
    """The printed text of a unit and everything under it, one paragraph per unit."""
    out = []
    for u in unit.walk():
        if u.kind == "artikel":
            out.append(f"Artikel {u.ident}")
        if (u.text or "").strip():
            out.append(" ".join(printed(u.text).split()))
    return out


@dataclass
class Onderdeel:
    letter: str
    items: list[tuple[str, list[str]]] = field(default_factory=list)  # (instruction, new text paragraphs)
    herkomst: str | None = None

    def numbered(self) -> list[tuple[str, list[str]]]:
        """Several instructions of one onderdeel are numbered 1., 2., ... as the Aanwijzingen do."""
        if len(self.items) == 1:
            return self.items
        return [(f"{i}. {zin}", tekst) for i, (zin, tekst) in enumerate(self.items, 1)]


@dataclass
class Artikel:
    nummer: str  # I, II, ...
    wet: str
    aanhef: str
    onderdelen: list[Onderdeel] = field(default_factory=list)


@dataclass
class Wetsvoorstel:
    titel: str
    status: str
    artikelen: list[Artikel]

    def text(self) -> str:
        lines = [self.titel, f"({self.status})", ""]
        for art in self.artikelen:
            lines += [f"ARTIKEL {art.nummer}", "", art.aanhef, ""]
            for o in art.onderdelen:
                lines += [o.letter, ""]
                for zin, tekst in o.numbered():
                    lines += [zin, ""] + [p for t in tekst for p in (t, "")]
        return "\n".join(lines).rstrip() + "\n"

    def html(self) -> str:
        out = [f'<div class="wg-wetsvoorstel"><p class="wg-ws-titel"><strong>{html.escape(self.titel)}</strong> '
               f'({html.escape(self.status)})</p>']
        for art in self.artikelen:
            out.append(f"<h3>Artikel {art.nummer}</h3><p>{html.escape(art.aanhef)}</p>")
            for o in art.onderdelen:
                out.append(f'<p class="wg-ws-letter"><strong>{html.escape(o.letter)}</strong></p>')
                for zin, tekst in o.numbered():
                    out.append(f"<p>{html.escape(zin)}</p>")
                    if tekst:
                        out.append('<blockquote class="wg-ws-tekst">' + "".join(f"<p>{html.escape(t)}</p>"
                                                                               for t in tekst) + "</blockquote>")
        out.append("</div>")
        return "\n".join(out)


def _split_onderdeel(code: str, index: int) -> tuple[str, str]:
    """'I.A' -> ('I', 'A'); 'A' -> ('I', 'A'); '' -> ('I', the next letter)."""
    code = str(code or "").strip()
    if "." in code:
        art, letter = code.split(".", 1)
        return art.strip(), letter.strip()
    if re.fullmatch(r"[IVX]+", code):
        return code, ""
    return "I", code or chr(ord("A") + index)


def wetsvoorstel(wijz: Wijziging, corpus: structure.Corpus) -> Wetsvoorstel:
    artikelen: dict[str, Artikel] = {}
    for i, instr in enumerate(wijz.instructions):
        art_no, letter = _split_onderdeel(instr.onderdeel, i)
        law = corpus.laws.get(instr.wet)
        naam = law.citeertitel if law else instr.wet
        art = artikelen.get(art_no)
        if art is None:
            art = artikelen[art_no] = Artikel(art_no, instr.wet, f"De {naam} wordt als volgt gewijzigd:")
        tekst = [p for unit in instr.content for p in unit_text(unit)]
        zin = sentence(instr)
        if instr.kind == "niet_uitvoerbaar":
            zin += f" [niet uitgewerkt: {instr.meta.get('niet_uitvoerbaar')}]"
        if art.onderdelen and art.onderdelen[-1].letter == letter and letter:
            art.onderdelen[-1].items.append((zin, tekst))
            continue
        art.onderdelen.append(Onderdeel(letter, [(zin, tekst)], instr.meta.get("herkomst")))
    order = sorted(artikelen.values(), key=lambda a: ROMAN.index(a.nummer) if a.nummer in ROMAN else 99)
    return Wetsvoorstel(str(wijz.meta.get("titel", wijz.naam)), str(wijz.meta.get("status", "")), order)


def write_docx(vs: Wetsvoorstel, report=None) -> bytes:
    """The wetsvoorstel, and (with a report) the renvooi and the outcome table, as a Word document."""
    import io

    from docx import Document

    doc = Document()
    doc.add_heading(vs.titel, level=0)
    doc.add_paragraph(f"Status: {vs.status}")
    doc.add_heading("Wetsvoorstel", level=1)
    for art in vs.artikelen:
        doc.add_heading(f"Artikel {art.nummer}", level=2)
        doc.add_paragraph(art.aanhef)
        for o in art.onderdelen:
            doc.add_paragraph().add_run(o.letter).bold = True
            for zin, tekst in o.numbered():
                doc.add_paragraph(zin)
                for t in tekst:
                    doc.add_paragraph(t, style="Quote")
    if report is not None:
        doc.add_heading("Renvooi", level=1)
        for a in report.articles:
            doc.add_heading(f"{a.wet} artikel {a.artikel} ({a.status})", level=2)
            for u in a.units:
                if u.status == "ongewijzigd":
                    continue
                doc.add_paragraph().add_run(f"{u.path} — {u.status}").bold = True
                p = doc.add_paragraph()
                for op in u.ops:
                    run = p.add_run(op.text)
                    if op.kind == "geschrapt":
                        run.font.strike = True
                    elif op.kind == "ingevoegd":
                        run.font.underline = True
        flips = report.outcomes.flips if hasattr(report.outcomes, "flips") else []
        doc.add_heading("Uitkomsten die omslaan", level=1)
        table = doc.add_table(rows=1, cols=4)
        for cell, title in zip(table.rows[0].cells, ("scenario", "vraag", "voor", "na")):
            cell.text = title
        for f in flips:
            row = table.add_row().cells
            row[0].text, row[1].text = str(getattr(f, "scenario", "")), str(getattr(f, "question", ""))
            row[2].text, row[3].text = str(getattr(f, "before", "")), str(getattr(f, "after", ""))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# -- the reverse: instructions from an edited copy ----------------------------------------------------------------


def _units(article: structure.Article) -> dict[tuple, structure.Unit]:
    out: dict[tuple, structure.Unit] = {}

    def walk(unit: structure.Unit, path: tuple) -> None:
        out[path] = unit
        for c in unit.children:
            walk(c, path + ((c.kind, c.ident),))

    walk(article.root, ())
    return out


def _where(nummer: str, path: tuple) -> str:
    """The place of the unit at `path`: 'artikel 7, eerste lid, onderdeel a'; the closing words of a lid or
    onderdeel (a `slot` unit) are its 'slotzin', as the Aanwijzingen name them ('artikel 7, eerste lid, slotzin')."""
    if path and path[-1][0] == "slot":
        return f"{_where(nummer, path[:-1])}, slotzin"
    return place(_target(nummer, path)) if path else f"artikel {nummer}"


def _target(nummer: str, path: tuple) -> Target:
    t = Target(nummer)
    for kind, ident in path:
        if kind == "lid":
            t.lid = ident
        elif kind == "onderdeel":
            t.onderdeel = ident
        elif kind == "subonderdeel":
            t.sub = ident
    return t


def _norm(s: str) -> list[str]:
    return printed(s or "").split()


def _unique(unit: structure.Unit, needle: list[str]) -> bool:
    """Do the words occur exactly once where the instruction will search them (resolve/woorden.py)?"""
    from ..resolve.woorden import count

    return bool(needle) and count(unit, " ".join(needle)) == 1


def _word_instruction(where: str, unit: structure.Unit, old: list[str], new: list[str]) -> str | None:
    """One word instruction turning `old` (the unit's own words) into `new`, or None when the change is not one
    span or cannot be named unambiguously."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    b = 0
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    o, n = old[a:len(old) - b], new[a:len(new) - b]
    if not o and not n:
        return None
    # widen the span with context until the old words occur once in the place named
    lo, hi = a, len(old) - b
    for _ in range(len(old) + 1):
        span = old[lo:hi]
        if span and _unique(unit, span):
            break
        if hi < len(old):
            hi += 1
        elif lo > 0:
            lo -= 1
        else:
            return None
    else:  # pragma: no cover
        return None
    old_span = old[lo:hi]
    new_span = old[lo:a] + n + old[len(old) - b:hi]
    lead = f"In {where}{',' if ',' in where else ''}"
    if not new_span:
        return f"{lead} vervalt {q(' '.join(old_span))}."
    return f"{lead} wordt {q(' '.join(old_span))} vervangen door {q(' '.join(new_span))}."


def opdrachten_voor(old: structure.Article, new: structure.Article) -> list[tuple[str, list[str]]]:
    """(instruction, new text paragraphs) that turn article `old` into `new`, in standard wording."""
    return [(zin, tekst) for zin, tekst, _ in _derive(old, new)]


def _derive(old: structure.Article, new: structure.Article) -> list[tuple[str, list[str], tuple | None]]:
    """(instruction, new text paragraphs, path of the new unit the text is) per instruction."""
    nummer = old.nummer
    a, b = _units(old), _units(new)
    out: list[tuple[str, list[str], tuple | None]] = []
    done: set[tuple] = set()
    for path, unit in b.items():
        if any(path[:i] in done for i in range(len(path))):
            continue
        if path not in a:
            parent = path[:-1]
            siblings = [p for p in b if p[:-1] == parent and len(p) == len(path)]
            i = siblings.index(path)
            where = _where(nummer, parent)
            kind = path[-1][0]
            if i == len(siblings) - 1:
                out.append((f"Aan {where}{',' if ',' in where else ''} wordt een {kind} toegevoegd, luidende:",
                            unit_text(unit), path))
            else:
                pk, pi = siblings[i - 1][-1] if i > 0 else (None, None)
                after = (f"het {ir.ORDINALS.get(pi, pi)} lid" if pk == "lid" else f"{pk} {pi}") if pk else None
                if after is None:
                    out.append((f"{_subject(_where(nummer, parent))} komt te luiden:",
                                unit_text(b[parent]), parent))
                    done.add(parent)
                    continue
                out.append((f"In {where}{',' if ',' in where else ''} wordt na {after} een {kind} ingevoegd, "
                            "luidende:", unit_text(unit), path))
            done.add(path)
            continue
        old_words, new_words = _norm(a[path].text), _norm(unit.text)
        if old_words == new_words:
            continue
        where = _where(nummer, path)
        word = _word_instruction(where, a[path], old_words, new_words)
        if word is not None:
            out.append((word, [], None))
        else:
            out.append((f"{_subject(where)} komt te luiden:", unit_text(unit), path))
            done.add(path)
    for path in a:
        if path not in b and not any(path[:i] not in b for i in range(1, len(path))):
            out.append((f"{_subject(_where(nummer, path))} vervalt.", [], None))
    return out


def unit_markdown(unit: structure.Unit, level: int = 1) -> str:
    """A unit and everything under it in the law-file format (headings, text), for the new text of an
    instruction."""
    word = {"artikel": "Artikel", "lid": "Lid", "onderdeel": "Onderdeel", "subonderdeel": "Subonderdeel",
            "slot": "Slot"}[unit.kind]
    head = f"{'#' * level} {word}" + ("" if unit.kind == "slot" else f" {unit.ident}")
    parts = [head, "", (unit.text or "").strip(), ""]
    for block in unit.blocks:
        parts += ["```regels", block.source.strip("\n"), "```", ""]
    for child in unit.children:
        parts.append(unit_markdown(child, level + 1))
    return "\n".join(parts)


def opdrachten_markdown(old: structure.Article, new: structure.Article, onderdeel: str = "A") -> str:
    """The derived instructions as an amendment file (law/wijzigingen/<naam>/<x>.md) a drafter can edit further."""
    parts = []
    units = _units(new)
    for i, (zin, _tekst, path) in enumerate(_derive(old, new)):
        letter = onderdeel if i == 0 else f"{onderdeel}{i + 1}"
        parts.append(f"```wijziging\nonderdeel: {letter}\nwet: {old.wet}\nopdracht: {_yaml_str(zin)}\n```\n")
        if path is not None:
            parts.append(unit_markdown(units[path], max(1, len(path)) + 1 if path else 1))
    return "\n".join(parts)


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


__all__ = ["wetsvoorstel", "Wetsvoorstel", "sentence", "opdrachten_voor", "opdrachten_markdown", "write_docx",
           "place", "unit_text"]
