"""Amendments (wijzigingen) in the style of a wijzigingswet.

A folder law/wijzigingen/<naam>/ holds `wijziging.yaml` (title, kamerstuk or source, status, intended entry into
force) and Markdown files. Each file holds one or more instructions; an instruction is a fenced block

    ```wijziging
    onderdeel: I.A
    wet: wmo2015
    opdracht: In artikel 1.1.1, eerste lid, worden in de alfabetische volgorde ingevoegd:
    ```

followed by the new text and rule blocks in the law-file format (headings say Artikel/Lid/Onderdeel/...), up to the
next instruction. The instruction sentence is read as a drafter writes it; the forms understood are listed in
docs/wetsbestand.md (Instruction sentences). An instruction that cannot be read is a located error, never skipped.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from . import ir, structure
from ..core.errors import LawError, LawErrors, yaml_problem
from ..taal import bericht
from ..yamlpos import yaml_probleem
from .files import load_yaml, read_text, safe_load
from .markdown import FENCE, HEADING, to_unit, parse_units

ORDINAL_TO_NUM = {v: k for k, v in ir.ORDINALS.items()}


@dataclass
class Target:
    """A place in a law: artikel, optionally lid and onderdeel (and subonderdeel)."""

    artikel: str | None
    lid: str | None = None
    onderdeel: str | None = None
    sub: str | None = None
    hoofdstuk: str | None = None

    def path(self) -> list[tuple[str, str]]:
        steps = []
        if self.lid:
            steps.append(("lid", self.lid))
        if self.onderdeel:
            steps.append(("onderdeel", self.onderdeel))
        if self.sub:
            steps.append(("subonderdeel", self.sub))
        return steps

    def __str__(self) -> str:
        if self.hoofdstuk:
            return f"hoofdstuk {self.hoofdstuk}"
        parts = [f"artikel {self.artikel}"]
        if self.lid:
            parts.append(f"{ir.ORDINALS.get(self.lid, self.lid)} lid")
        if self.onderdeel:
            # a begripsbepaling named by a term with a comma in it is quoted, so the comma cannot end the place
            parts.append(f"onderdeel “{self.onderdeel}”" if "," in self.onderdeel else f"onderdeel {self.onderdeel}")
        if self.sub:
            parts.append(f"onder {self.sub}")
        return ", ".join(parts)


@dataclass
class Instruction:
    kind: str  # 'vervangen' | 'invoegen' | 'vervalt' | 'toevoegen' | 'citeertitel' | 'niet_uitvoerbaar'
    wet: str
    target: Target
    na: tuple[str, str] | None  # insert after this sibling: ('onderdeel', 'a'), ('lid', '2'), ('artikel', '10c')
    alfabetisch: bool
    content: list[structure.Unit]
    opdracht: str
    onderdeel: str
    pos: ir.Pos  # the opdracht line: errors about applying the instruction point here
    meta: dict[str, Any] = field(default_factory=dict)
    puntkomma: str | None = None  # "onder vervanging van de punt aan het slot van onderdeel X door een puntkomma"
    woorden: Any = None  # kind 'woorden' / 'vernummeren': the parser.opdracht.Opdracht with words and scope
    # A word instruction may restate the rules of the unit whose words it changes (a ```regels block right under
    # it): they replace that unit's rules. None: the rules stay, reported as needing review when no value followed.
    regels: list[structure.RuleBlock] | None = None
    notes: list[str] = field(default_factory=list)  # a Toelichting under a word instruction


@dataclass
class Wijziging:
    naam: str
    folder: str
    meta: dict[str, Any]
    instructions: list[Instruction]

    @property
    def titel(self) -> str:
        return str(self.meta.get("titel", self.naam))

    @property
    def op(self) -> tuple[str, ...]:
        """The amendments this one builds on (`op: [wams]`): it changes their text, so they apply first."""
        raw = self.meta.get("op") or ()
        return (raw,) if isinstance(raw, str) else tuple(str(x) for x in raw)


def met_basis(corpus: structure.Corpus, names: tuple[str, ...]) -> tuple[str, ...]:
    """The amendments to apply for `names`: each preceded by the amendments it builds on (`op`), each once, in
    order. Unknown names are kept for the caller to report; a circle of `op` is a located error."""
    out: list[str] = []

    def add(naam: str, path: tuple[str, ...]) -> None:
        if naam in out:
            return
        wijz = corpus.wijzigingen.get(naam)
        if wijz is not None:
            for base in wijz.op:
                if base in path:
                    raise LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.kring", naam=naam, basis=base,
                                                  keten=" → ".join(path + (naam, base))),
                                   ir.Pos(str(Path(wijz.folder) / "wijziging.yaml"),
                                          _line_of(Path(wijz.folder) / "wijziging.yaml", "op"), 1))
                add(base, path + (naam,))
        if naam not in out:
            out.append(naam)

    for naam in names:
        add(naam, ())
    return tuple(out)


def parse_after(text: str, pos: ir.Pos) -> tuple[str, str]:
    """'onderdeel a' -> ('onderdeel', 'a'); 'het tweede lid' -> ('lid', '2'); 'artikel 10c' -> ('artikel', '10c')."""
    text = " ".join(text.split()).rstrip(",")
    m = re.match(r"^(?:het\s+)?(\w+)\s+lid$", text, re.I)
    if m and m.group(1).lower() != "lid":
        word = m.group(1).lower()
        return "lid", ORDINAL_TO_NUM.get(word, word)
    m = re.match(r"^(artikel|onderdeel|lid|hoofdstuk|paragraaf)\s+['\"]?([^'\",\s]+)['\"]?$", text, re.I)
    if m:
        return m.group(1).lower(), m.group(2)
    raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.na", tekst=text), pos)


def parse_target(text: str, pos: ir.Pos) -> Target:
    """'artikel 8, eerste lid, onderdeel a' -> Target('8', '1', 'a')."""
    text = text.strip().rstrip(",")
    m = re.match(r"^hoofdstuk\s+(\S+)$", text, re.I)
    if m:
        return Target(None, hoofdstuk=m.group(1))
    parts = [p.strip() for p in text.split(",")]
    head = re.match(r"^artikel\s+(\S+)$", parts[0], re.I)
    if not head:
        raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.artikel", tekst=text), pos)
    target = Target(head.group(1))
    for part in parts[1:]:
        lid = re.match(r"^(\w+)\s+lid$", part, re.I)
        ond = re.match(r"^(?:onderdeel|onder)\s+['\"]?([^'\"]+?)['\"]?$", part, re.I)
        sub = re.match(r"^onder\s+(\d+°)$", part, re.I)
        if lid:
            word = lid.group(1).lower()
            target.lid = ORDINAL_TO_NUM.get(word, word)
        elif sub:
            target.sub = sub.group(1)
        elif ond:
            target.onderdeel = ond.group(1)
        else:
            raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.deel", deel=part, tekst=text), pos)
    return target


_KINDS = {"komt_te_luiden": "vervangen", "vervalt": "vervalt", "eenheid_invoegen": "invoegen",
          "eenheid_toevoegen": "toevoegen", "citeertitel": "citeertitel", "woorden_vervangen": "woorden",
          "woorden_vervallen": "woorden", "woorden_invoegen": "woorden", "vernummeren": "vernummeren"}


def read_opdracht(opdracht: str, pos: ir.Pos) -> list[tuple]:
    """The instructions of an opdracht text, each (kind, target, na, alfabetisch, puntkomma, opdracht) — read
    with the grammar of parser/opdracht.lark; a located error when it cannot be read."""
    from .opdracht import OpdrachtFout, lees

    sentence = " ".join(opdracht.split())
    try:
        ops = lees(sentence)
    except OpdrachtFout as exc:
        verb = re.search(r"\b(?:wordt|worden)\b", sentence, re.I)  # then ", na " after it: linear, unlike one
        if verb and re.search(r",\s*na\s", sentence[verb.end() + 1:], re.I) \
                and re.search(r"ingevoegd", sentence, re.I):
            raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.invoegen", zin=sentence[:200]), pos) from None
        part = str(exc)
        where = bericht("zin.wijz.deel", deel=part) if part and part != sentence else ""
        raise LawError("WG-WIJZ-002", bericht("WG-WIJZ-002", zin=sentence[:300], deel=where), pos) from None
    out = []
    for op in ops:
        kind = _KINDS[op.soort]
        p = op.plaats
        if kind == "citeertitel":
            out.append((kind, None, None, False, None, op))
            continue
        targets = [Target(p.artikel, p.lid, p.onderdeel, p.sub, p.hoofdstuk)]
        for what, ident in p.ook:  # "het derde en vierde lid vervallen": one instruction per unit
            extra = Target(p.artikel, p.lid, p.onderdeel, p.sub, p.hoofdstuk)
            setattr(extra, "lid" if what == "lid" else "onderdeel", ident)
            targets.append(extra)
        for target in targets:
            if target.artikel is None and target.hoofdstuk is None and not (kind == "invoegen" and op.na):
                raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.welk", zin=sentence[:200]), pos)
            if kind == "invoegen" and p.artikel is None and op.na and op.na[0] not in ("artikel", "paragraaf",
                                                                                       "hoofdstuk"):
                raise LawError("WG-WIJZ-003", bericht("WG-WIJZ-003.waar", zin=sentence[:200], soort=op.na[0]), pos)
            out.append((kind, target if (target.artikel or target.hoofdstuk) else None, op.na, op.alfabetisch,
                        op.puntkomma, op))
    return out


def parse_opdracht(opdracht: str, pos: ir.Pos) -> tuple[str, Target | None, tuple[str, str] | None, bool,
                                                        str | None]:
    """(kind, target, na, alfabetisch, puntkomma) of a one-instruction sentence; a located error when unreadable."""
    first = read_opdracht(opdracht, pos)
    if len(first) != 1:
        raise LawError("WG-WIJZ-002", bericht("WG-WIJZ-002.aantal", zin=" ".join(opdracht.split())[:200],
                                                            aantal=len(first)), pos)
    return first[0][:5]


def _opdracht_pos(lines: list[str], start: int, end: int, file: str) -> ir.Pos:
    """The position of the 'opdracht:' line of the block between lines `start` and `end` (0-based fences)."""
    for i in range(start + 1, end):
        m = re.match(r"^(\s*)opdracht\s*:", lines[i])
        if m:
            return ir.Pos(file, i + 1, len(m.group(1)) + 1)
    return ir.Pos(file, start + 1, 1)


def _citation_for(corpus: structure.Corpus, wet: str, target: Target | None) -> ir.Citation:
    law = corpus.laws.get(wet)
    naam = law.afkorting if law else wet
    if target is None or target.artikel is None:
        return ir.Citation(wet, naam, "?")
    return ir.Citation(wet, naam, target.artikel, target.lid, target.onderdeel, target.sub)


def _parse_file(path: Path, naam: str, corpus: structure.Corpus, defaults: dict) -> list[Instruction]:
    text = read_text(path).replace("\r\n", "\n")
    lines = text.split("\n")
    file = str(path)
    starts = [i for i, line in enumerate(lines) if line.strip() == "```wijziging"]
    if not starts:
        raise LawError("WG-WIJZ-001", bericht("WG-WIJZ-001"), ir.Pos(file, 1, 1))
    instructions: list[Instruction] = []
    errors: list[LawError] = []
    for n, start in enumerate(starts):
        end = next((j for j in range(start + 1, len(lines)) if lines[j].strip().startswith("```")), None)
        pos = ir.Pos(file, start + 1, 1)
        if end is None:
            errors.append(LawError("WG-FILE-004", bericht("WG-FILE-004.wijziging"), pos))
            break
        block = "\n".join(lines[start + 1:end])
        opdracht_pos = _opdracht_pos(lines, start, end, file)
        try:
            meta = safe_load(block) or {}
        except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
            problem, where = yaml_problem(exc, block, file, first_line=start + 2)
            errors.append(LawError("WG-WIJZ-004", bericht("WG-WIJZ-004", probleem=yaml_probleem(problem)), where))
            continue
        meta = {**defaults, **meta} if isinstance(meta, dict) else None
        if meta and "niet_uitvoerbaar" in meta:
            # A provision of the amending act that changes no law of the corpus (evaluation, entry into force, an
            # article or law whose text the corpus lacks): kept with its reason, never applied.
            reden = meta["niet_uitvoerbaar"]
            if "opdracht" not in meta or not isinstance(reden, str) or not reden.strip():
                errors.append(LawError("WG-WIJZ-010", bericht("WG-WIJZ-010"), pos))
                continue
            wet = str(meta.get("wet", ""))
            read = [("niet_uitvoerbaar", None, None, False, None, None)]
        else:
            if not meta or "opdracht" not in meta or "wet" not in meta:
                errors.append(LawError("WG-WIJZ-004", bericht("WG-WIJZ-004.velden"), pos))
                continue
            wet = str(meta["wet"])
            if wet not in corpus.laws:
                errors.append(LawError("WG-WIJZ-005", bericht("WG-WIJZ-005", wet=wet,
                                                              bekend=", ".join(sorted(corpus.laws))), pos))
                continue
            try:
                read = read_opdracht(str(meta["opdracht"]), opdracht_pos)
            except LawError as exc:
                errors.append(exc)
                continue
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        below = _rules_below(lines, end + 1, stop, file, errors) if all(r[0] == "woorden" for r in read) else None
        if below is not None:
            blocks, notes = below
            if blocks and len(read) > 1:
                errors.append(LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.regels"),
                                       opdracht_pos))
                continue
            for kind, target, na, alfabetisch, puntkomma, op in read:
                instr = _instruction(kind, wet, target, na, alfabetisch, puntkomma, op, [], corpus, meta, opdracht_pos)
                instr.regels, instr.notes = blocks or None, notes
                instructions.append(instr)
            continue
        drafts = parse_units(lines[:stop], end + 1, file, errors)
        with_text = [r for r in read if r[0] in ("vervangen", "invoegen", "toevoegen")]
        if len(with_text) > 1 and drafts:
            errors.append(LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.teksten"),
                                   opdracht_pos))
            continue
        for kind, target, na, alfabetisch, puntkomma, op in read:
            gets_text = kind in ("vervangen", "invoegen", "toevoegen")
            if not gets_text and drafts and len(read) == 1 and kind not in ("niet_uitvoerbaar", "citeertitel"):
                errors.append(LawError("WG-WIJZ-009", bericht("WG-WIJZ-009.geen_tekst",
                                                              zin=" ".join(str(meta["opdracht"]).split())[:120]),
                                       drafts[0].pos if hasattr(drafts[0], "pos") else opdracht_pos))
                break
            instructions.append(_instruction(kind, wet, target, na, alfabetisch, puntkomma, op,
                                             drafts if gets_text or kind == "niet_uitvoerbaar" else [], corpus, meta,
                                             opdracht_pos))
    if errors:
        raise LawErrors(errors)
    return instructions


def _rules_below(lines: list[str], start: int, stop: int, file: str,
                 errors: list[LawError]) -> tuple[list[structure.RuleBlock], list[str]] | None:
    """What follows a word instruction up to the next one: ```regels blocks (the restated rules of the unit whose
    words it changes) and a Toelichting (shown with that unit). None when anything else follows (a heading of new text), which a word
    instruction does not take; the caller reports that."""
    blocks: list[structure.RuleBlock] = []
    notes: list[str] = []
    i = start
    while i < stop:
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            if fence.group(2) != "regels":
                return None
            j = next((k for k in range(i + 1, stop) if lines[k].startswith(fence.group(1))), None)
            if j is None:
                return None  # parse_units reports the open fence
            body = "\n".join(lines[i + 1:j])
            from .rules import parse_block  # Lark on first parse: a warm cache never parses

            try:
                blocks.append(structure.RuleBlock(body, ir.Pos(file, i + 2, 1), parse_block(body, file, line_offset=i + 1)))
            except LawError as exc:
                errors.append(exc)
            i = j + 1
            continue
        heading = HEADING.match(line)
        if heading:
            if heading.group(2).lower() != "toelichting":
                return None  # new text: not what a word instruction takes
            j = i + 1
            while j < stop and not HEADING.match(lines[j]) and not FENCE.match(lines[j]):
                j += 1
            notes.append("\n".join(lines[i + 1:j]).strip())
            i = j
            continue
        if line.strip():
            return None
        i += 1
    return blocks, notes


def bron_note(meta: dict[str, Any]) -> str | None:
    """The passage new text rests on: 'mvt' for text rebuilt from a memorie van toelichting, 'bron' for drafted
    text (herkomst: ontwerp) and the policy lines it follows."""
    note = meta.get("mvt") or meta.get("bron")
    if note and meta.get("herkomst") == "ontwerp" and not str(note).startswith("ontwerp"):
        note = f"ontwerp naar {note}"
    return str(note) if note else None


def _instruction(kind, wet, target, na, alfabetisch, puntkomma, op, drafts, corpus, meta, opdracht_pos):
    """One Instruction from a read instruction and the text below it."""
    cite = _citation_for(corpus, wet, target)
    content = [to_unit(d, _parent_cite(cite, d)) for d in drafts]
    note = bron_note(meta)
    for unit in content:
        for u in unit.walk():
            u.herkomst = meta.get("herkomst", "herleid")
            u.bron_note = note
            if note:
                # Explanations cite the passage a rebuilt or drafted rule rests on, beside its artikel and lid.
                u.citation = replace(u.citation, toelichting=str(note))
                for block in u.blocks:
                    for decl in block.decls:
                        decl.citation = u.citation
    return Instruction(kind, wet, target or Target(None), na, alfabetisch, content,
                       " ".join(str(meta["opdracht"]).split()), str(meta.get("onderdeel", "")),
                       opdracht_pos, meta, puntkomma, op)


def _parent_cite(cite: ir.Citation, draft) -> ir.Citation:
    """The citation of the place new content lands in: an inserted article cites itself."""
    if draft.kind == "artikel":
        return ir.Citation(cite.wet, cite.wet_naam, draft.ident.split()[0])
    if draft.kind == "lid":
        return ir.Citation(cite.wet, cite.wet_naam, cite.artikel)
    if draft.kind in ("onderdeel", "slot"):
        return ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid)
    return ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid, cite.onderdeel)


def _line_of(path: Path, key: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return i
    return 1


def check_op(corpus: structure.Corpus, errors: list[LawError]) -> None:
    """Every amendment named in an `op` exists, and no amendment builds (through others) on itself."""
    for naam, wijz in corpus.wijzigingen.items():
        meta_file = Path(wijz.folder) / "wijziging.yaml"
        for base in wijz.op:
            if base not in corpus.wijzigingen:
                errors.append(LawError("WG-WIJZ-006", bericht("WG-WIJZ-006", naam=base,
                                                              bekend=", ".join(sorted(corpus.wijzigingen))),
                                       ir.Pos(str(meta_file), _line_of(meta_file, "op"), 1)))
        try:
            met_basis(corpus, (naam,))
        except LawError as exc:
            if str(exc) not in {str(e) for e in errors}:
                errors.append(exc)


def parse_wijziging(folder: Path, corpus: structure.Corpus) -> Wijziging:
    meta_file = folder / "wijziging.yaml"
    if not meta_file.exists():
        raise LawError("WG-WIJZ-006", bericht("WG-WIJZ-006.map"),
                       ir.Pos(str(folder), 1, 1))
    meta = load_yaml(meta_file, "WG-WIJZ-006")
    entry = meta.get("inwerkingtreding")
    if entry is not None and not isinstance(entry, _dt.date):
        try:
            _dt.date.fromisoformat(str(entry))
        except ValueError:
            raise LawError("WG-WIJZ-006", bericht("WG-WIJZ-006.datum", waarde=str(entry)),
                           ir.Pos(str(meta_file), _line_of(meta_file, "inwerkingtreding"), 1)) from None
    op = meta.get("op")
    if op is not None and not (isinstance(op, str) or (isinstance(op, list) and all(isinstance(x, str) for x in op))):
        raise LawError("WG-WIJZ-006", bericht("WG-WIJZ-006.op"),
                       ir.Pos(str(meta_file), _line_of(meta_file, "op"), 1))
    defaults = {k: meta[k] for k in ("herkomst", "wet") if k in meta}
    instructions: list[Instruction] = []
    errors: list[LawError] = []
    for path in sorted(folder.glob("*.md")):
        try:
            instructions.extend(_parse_file(path, folder.name, corpus, defaults))
        except LawErrors as exc:
            errors.extend(exc.errors)
        except LawError as exc:
            errors.append(exc)
    if errors:
        raise LawErrors(errors)
    return Wijziging(folder.name, str(folder), meta, instructions)
