"""Split a literate law file (Markdown) into its structure: front matter, artikel/lid/onderdeel units with their
official text, and the ```regels blocks under each unit (parsed by rules.py).

The heading word decides the kind of unit (Artikel, Lid, Onderdeel, Subonderdeel, Slot); the heading level decides
the parent. `Toelichting` headings hold commentary (e.g. the memorie van toelichting passage a rebuilt rule rests
on): shown beside the law text, never taken as law text.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

import yaml

from . import ir, structure
from ..core.errors import LawError, LawErrors, yaml_problem
from .files import safe_load
from ..taal import bericht
from ..yamlpos import yaml_probleem

# A heading: level, word, and the rest of the line (group 3, raw). The closing '#'s of the rest are taken off by
# `heading_ident`, not by the regex: a lazy `(.*?)[ \t]*#*[ \t]*$` backtracked quadratically on a heading with
# thousands of spaces inside (issue 16). Every part here is a run that stops at a fixed character class: linear.
HEADING = re.compile(r"^(#{1,6})[ \t]+(\S+)(?:[ \t]+(.*))?$")


def heading_ident(heading: re.Match[str]) -> str:
    """The number or letter a heading gives, without the optional closing '#'s (`## Lid 1 ##`)."""
    return (heading.group(3) or "").rstrip(" \t").rstrip("#").rstrip(" \t").strip()


_KINDS = {"artikel": "artikel", "lid": "lid", "onderdeel": "onderdeel", "subonderdeel": "subonderdeel",
          "slot": "slot", "toelichting": "toelichting"}
FENCE = re.compile(r"^(```+|~~~+)[ \t]*([\w-]*)")


@dataclass
class _Draft:
    kind: str
    ident: str
    level: int
    pos: ir.Pos
    text: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line number (1-based) of each line of `text`
    blocks: list[structure.RuleBlock] = field(default_factory=list)
    children: list[_Draft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def split_front_matter(text: str, file: str) -> tuple[dict, int]:
    """Return (front matter, index of the first body line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise LawError("WG-FILE-001", bericht("WG-FILE-001"), ir.Pos(file, 1, 1))
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            front = "\n".join(lines[1:i])
            try:
                meta = safe_load(front) or {}
            except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
                problem, pos = yaml_problem(exc, front, file, first_line=2)
                raise LawError("WG-FILE-002", bericht("WG-FILE-002", probleem=yaml_probleem(problem)), pos) from None
            if not isinstance(meta, dict):
                raise LawError("WG-FILE-002", bericht("WG-FILE-002.sleutels"),
                               ir.Pos(file, 2, 1))
            return meta, i + 1
    raise LawError("WG-FILE-001", bericht("WG-FILE-001.open"), ir.Pos(file, 1, 1))


def front_pos(text: str, key: str, file: str) -> ir.Pos:
    """The position of `key:` in the front matter (its value, when there is one), else its first line."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            break
        m = re.match(rf"^{re.escape(key)}\s*:\s*", lines[i])
        if m:
            return ir.Pos(file, i + 1, m.end() + 1 if m.end() < len(lines[i].rstrip()) else 1)
    return ir.Pos(file, 2, 1)


def _date(meta: dict, key: str, file: str, text: str) -> _dt.date | None:
    value = meta.get(key)
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise LawError("WG-FILE-003", bericht("WG-FILE-003", sleutel=key, waarde=value),
                       front_pos(text, key, file)) from None


def _changes(meta: dict, file: str, text: str) -> None:
    """The article's list of changes (`wijzigingen`, from the official source): each an entry whose `inwerking` is a
    date. resolve/situation.text_unknown_since reads them: a day that is not a date must not be skipped silently."""
    changes = meta.get("wijzigingen")
    if changes is None:
        return
    entries = changes if isinstance(changes, list) else [changes]
    for i, change in enumerate(entries):
        value = change.get("inwerking") if isinstance(change, dict) else change
        if isinstance(value, _dt.date):
            continue
        try:
            _dt.date.fromisoformat(str(value))
        except ValueError:
            raise LawError("WG-FILE-003", bericht("WG-FILE-003", sleutel=f"wijzigingen[{i}].inwerking", waarde=value),
                           front_pos(text, "wijzigingen", file)) from None


def parse_units(lines: list[str], start: int, file: str, errors: list[LawError]) -> list[_Draft]:
    """Parse body lines (0-based index `start` onward) into a forest of unit drafts."""
    roots: list[_Draft] = []
    stack: list[_Draft] = []
    i = start
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            marker, lang = fence.group(1), fence.group(2)
            j = i + 1
            while j < len(lines) and not lines[j].startswith(marker):
                j += 1
            if j >= len(lines):
                errors.append(LawError("WG-FILE-004", bericht("WG-FILE-004", taal=lang, teken=marker),
                                       ir.Pos(file, i + 1, 1)))
                return roots
            body = "\n".join(lines[i + 1:j])
            if lang == "regels":
                if not stack:
                    errors.append(LawError("WG-FILE-005", bericht("WG-FILE-005"), ir.Pos(file, i + 1, 1)))
                else:
                    try:
                        from .rules import parse_block  # Lark on first parse: a warm cache never parses

                        decls = parse_block(body, file, line_offset=i + 1)
                        stack[-1].blocks.append(structure.RuleBlock(body, ir.Pos(file, i + 2, 1), decls))
                    except LawError as exc:
                        errors.append(exc)
            elif stack:
                stack[-1].text.extend(lines[i:j + 1])
                stack[-1].lines.extend(range(i + 1, j + 2))
            i = j + 1
            continue
        heading = HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            word = heading.group(2).lower()
            ident = heading_ident(heading)
            kind = _KINDS.get(word)
            pos = ir.Pos(file, i + 1, 1)
            if kind is None:
                errors.append(LawError("WG-FILE-006", bericht("WG-FILE-006", kop=heading.group(2)), pos))
                i += 1
                continue
            while stack and stack[-1].level >= level:
                stack.pop()
            if kind == "toelichting":
                # Commentary lines are collected until the next heading; they belong to the enclosing unit.
                j = i + 1
                while j < len(lines) and not HEADING.match(lines[j]) and not FENCE.match(lines[j]):
                    j += 1
                if stack:
                    stack[-1].notes.append("\n".join(lines[i + 1:j]).strip())
                i = j
                continue
            if kind not in ("artikel", "slot") and not ident:
                errors.append(LawError("WG-FILE-007", bericht("WG-FILE-007", soort=kind,
                                       voorbeeld=f"{heading.group(1)} {heading.group(2)} 1"), pos))
            draft = _Draft(kind, ident or kind, level, pos)
            (stack[-1].children if stack else roots).append(draft)
            stack.append(draft)
        elif stack:
            stack[-1].text.append(line)
            stack[-1].lines.append(i + 1)
        elif line.strip():
            errors.append(LawError("WG-FILE-008", bericht("WG-FILE-008"), ir.Pos(file, i + 1, 1)))
        i += 1
    _check_numbering(roots, errors)
    return roots


_LEADING_NUMBER = re.compile(r"(\d+[a-z]*)\.?[ \t]")
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*(\d+[a-z]*)\.?[ \t]+[A-Z]")


def _check_numbering(drafts: list[_Draft], errors: list[LawError]) -> None:
    """Lid headings against the numbering of the text: the official text of a lid starts with its number ("2 ...",
    "2. ..."). A heading deleted, duplicated or skipped would otherwise cite every rule below it under the wrong
    lid. Text with no leading number (a placeholder of a rebuilt lid) is not checked."""
    for draft in drafts:
        seen: dict[tuple[str, str], _Draft] = {}
        for child in draft.children:
            key = (child.kind, child.ident)
            if child.kind in ("lid", "onderdeel", "subonderdeel") and key in seen:
                errors.append(LawError("WG-FILE-020", bericht("WG-FILE-020.dubbel", soort=child.kind,
                                       nummer=child.ident, regel=seen[key].pos.line), child.pos))
            seen.setdefault(key, child)
            if child.kind == "lid":
                _check_lid(child, errors)
        _check_numbering(draft.children, errors)


def _check_lid(lid: _Draft, errors: list[LawError]) -> None:
    text = "\n".join(lid.text).strip("\n")
    lead = _LEADING_NUMBER.match(text.lstrip())
    if lead is None:
        return
    if lead.group(1) != lid.ident:
        errors.append(LawError("WG-FILE-020", bericht("WG-FILE-020", kop=lid.ident, tekst=lead.group(1)), lid.pos))
        return
    for i, line in enumerate(lid.text):
        later = _PARAGRAPH_NUMBER.match(line)
        after_blank = i and not lid.text[i - 1].strip() and lid.lines[i - 1] == lid.lines[i] - 1
        if after_blank and later is not None and later.group(1) != lid.ident:
            errors.append(LawError("WG-FILE-020", bericht("WG-FILE-020.alinea", kop=lid.ident, tekst=later.group(1)),
                                   ir.Pos(lid.pos.file, lid.lines[i], 1)))
            return


def to_unit(draft: _Draft, cite: ir.Citation) -> structure.Unit:
    if draft.kind == "lid":
        cite = ir.Citation(cite.wet, cite.wet_naam, cite.artikel, lid=draft.ident, url=cite.url)
    elif draft.kind == "slot" and cite.onderdeel:
        # The closing sentence of an onderdeel (after its subonderdelen).
        cite = ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid, cite.onderdeel, sub="slotzin",
                           url=cite.url)
    elif draft.kind in ("onderdeel", "slot"):
        cite = ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid,
                           onderdeel=draft.ident if draft.kind == "onderdeel" else "slot", url=cite.url)
    elif draft.kind == "subonderdeel":
        cite = ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid, cite.onderdeel, sub=draft.ident,
                           url=cite.url)
    unit = structure.Unit(draft.kind, draft.ident, "\n".join(draft.text).strip("\n"), draft.pos, cite, draft.blocks,
                   [to_unit(c, cite) for c in draft.children], [n for n in draft.notes if n])
    for block in draft.blocks:
        for decl in block.decls:
            decl.citation = cite
    return unit


def parse_article(text: str, file: str, wet: str, wet_naam: str) -> structure.Article:
    """Parse one article file. Raises LawErrors with every problem found in it."""
    errors: list[LawError] = []
    if "\x00" in text:
        raise LawErrors([LawError("WG-FILE-009", bericht("WG-FILE-009"),
                                  ir.Pos(file, 1, 1))])
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    meta, body_start = split_front_matter(text, file)
    lines = text.split("\n")
    roots = parse_units(lines, body_start, file, errors)
    articles = [r for r in roots if r.kind == "artikel"]
    if len(roots) != 1 or len(articles) != 1:
        # Point at the heading that is out of place: one above the article, else the second article.
        stray = [r for r in roots if r.kind != "artikel"] + articles[1:]
        pos = min((r.pos for r in stray), key=lambda p: p.line) if stray else ir.Pos(file, body_start + 1, 1)
        if stray and not articles:
            msg = bericht("WG-FILE-010.geen")
        elif stray and stray[0].kind != "artikel" and stray[0].pos.line < articles[0].pos.line:
            msg = bericht("WG-FILE-010.boven", soort=stray[0].kind)
        else:
            msg = bericht("WG-FILE-010")
        errors.append(LawError("WG-FILE-010", msg, pos))
    if errors:
        raise LawErrors(errors)
    root = articles[0]
    nummer = str(meta.get("artikel", root.ident.split()[0] if root.ident != "artikel" else ""))
    heading_num = root.ident.split()[0] if root.ident != "artikel" else ""
    if heading_num and heading_num != nummer:
        raise LawErrors([LawError("WG-FILE-011", bericht("WG-FILE-011", kop=heading_num, nummer=nummer), root.pos)])
    if meta.get("wet", wet) != wet:
        raise LawErrors([LawError("WG-FILE-012", bericht("WG-FILE-012", wet=wet, gezegd=str(meta.get("wet"))),
                                  front_pos(text, "wet", file))])
    herkomst = str(meta.get("herkomst", "officieel"))
    if herkomst not in ("officieel", "herleid", "ontwerp"):
        raise LawErrors([LawError("WG-FILE-013", bericht("WG-FILE-013", herkomst=herkomst),
                                  front_pos(text, "herkomst", file))])
    if herkomst == "herleid" and not meta.get("mvt"):
        raise LawErrors([LawError("WG-FILE-014", bericht("WG-FILE-014"), front_pos(text, "herkomst", file))])
    try:
        vanaf, tot = _date(meta, "geldig_vanaf", file, text), _date(meta, "geldig_tot", file, text)
        _changes(meta, file, text)
    except LawError as exc:
        raise LawErrors([exc]) from None
    cite = ir.Citation(wet, wet_naam, nummer, url=meta.get("bron"))
    unit = to_unit(root, cite)
    article = structure.Article(wet, nummer, file, vanaf, tot, meta.get("bron"), herkomst, unit, meta)
    _end_concerns(article, text)
    return article


def _end_concerns(article: structure.Article, text: str) -> None:
    """`geldig_tot_betreft`: the bound values (`waarde`) that what is known about the version's end concerns; past
    `geldig_tot` only these are asked (resolve/situation.values_unknown). A name that is no value of this article,
    or the key without a `geldig_tot`, would silently ask nothing or everything, so it is refused."""
    names = article.meta.get("geldig_tot_betreft")
    if names is None:
        return
    pos = front_pos(text, "geldig_tot_betreft", article.file)
    values = {d.name for d in article.decls() if isinstance(d, structure.Parameter)}
    if article.geldig_tot is None:
        raise LawErrors([LawError("WG-FILE-021", bericht("WG-FILE-021.zonder_einde"), pos)])
    if not isinstance(names, list) or not names:
        raise LawErrors([LawError("WG-FILE-021", bericht("WG-FILE-021.lijst", waarde=repr(names)), pos)])
    for name in names:
        if not isinstance(name, str) or name not in values:
            raise LawErrors([LawError("WG-FILE-021", bericht("WG-FILE-021", naam=str(name),
                                                             bekend=", ".join(sorted(values)) or "-"), pos)])
