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

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from . import ir
from .errors import LawError, LawErrors, yaml_problem
from .markdown import _to_unit, parse_units

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
            parts.append(f"onderdeel {self.onderdeel}")
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
    content: list[ir.Unit]
    opdracht: str
    onderdeel: str
    pos: ir.Pos  # the opdracht line: errors about applying the instruction point here
    meta: dict[str, Any] = field(default_factory=dict)
    puntkomma: str | None = None  # "onder vervanging van de punt aan het slot van onderdeel X door een puntkomma"


@dataclass
class Wijziging:
    naam: str
    folder: str
    meta: dict[str, Any]
    instructions: list[Instruction]

    @property
    def titel(self) -> str:
        return str(self.meta.get("titel", self.naam))


_REF = (r"(?:(?:het\s+)?\w+\s+lid|(?:artikel|onderdeel|lid|hoofdstuk|paragraaf)\s+[^\s,]+)"
        r"(?:,\s*(?:\w+\s+lid|onderdeel\s+[^\s,]+))*")
_LUIDENDE = r"\s*(?:,\s*luidende)?\s*[:.]?$"
_PATTERNS = [
    ("vervangen", re.compile(r"^(?P<target>(?:artikel|hoofdstuk)\s.+?)\s+komt\s+te\s+luiden\s*:?$", re.I)),
    ("vervalt", re.compile(r"^(?P<target>(?:artikel|hoofdstuk)\s.+?)\s+vervalt\.?$", re.I)),
    ("toevoegen", re.compile(r"^aan\s+(?P<target>artikel\s.+?)\s+(?:wordt|worden)\b,?\s*(?P<rest>.*?)toegevoegd"
                             + _LUIDENDE, re.I)),
    ("invoegen", re.compile(r"^(?:in\s+(?P<target>artikel\s.+?),?\s+)?(?:na\s+(?P<na>" + _REF + r")\s*,?\s+)?"
                            r"(?:wordt|worden)\b,?\s*(?P<rest>.*?)ingevoegd" + _LUIDENDE, re.I)),
    ("citeertitel", re.compile(r"^de\s+citeertitel\s.*$", re.I)),
]
# After 'wordt'/'worden': "na onderdeel a", "na het tweede lid", optionally between commas.
_NA_IN_REST = re.compile(r"^,?\s*na\s+(?P<na>" + _REF + r")\s*,?\s*", re.I)
_PUNTKOMMA = re.compile(r"onder\s+vervanging\s+van\s+de\s+punt\s+aan\s+het\s+slot\s+van\s+onderdeel\s+"
                        r"(?P<ident>[^\s,]+)\s+door\s+een\s+puntkomma", re.I)


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
    raise LawError("WG-WIJZ-003", f"cannot read the place '{text}' after 'na': write e.g. 'na onderdeel a', "
                                  "'na het tweede lid' or 'na artikel 10c'", pos)


def parse_target(text: str, pos: ir.Pos) -> Target:
    """'artikel 8, eerste lid, onderdeel a' -> Target('8', '1', 'a')."""
    text = text.strip().rstrip(",")
    m = re.match(r"^hoofdstuk\s+(\S+)$", text, re.I)
    if m:
        return Target(None, hoofdstuk=m.group(1))
    parts = [p.strip() for p in text.split(",")]
    head = re.match(r"^artikel\s+(\S+)$", parts[0], re.I)
    if not head:
        raise LawError("WG-WIJZ-003", f"cannot read the place '{text}': it should start with 'artikel <nummer>'", pos)
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
            raise LawError("WG-WIJZ-003", f"cannot read '{part}' in '{text}': expected 'eerste lid' or "
                                          "'onderdeel a'", pos)
    return target


def parse_opdracht(opdracht: str, pos: ir.Pos) -> tuple[str, Target | None, tuple[str, str] | None, bool,
                                                        str | None]:
    """(kind, target, na, alfabetisch, puntkomma) of an instruction sentence; a located error when unreadable."""
    sentence = " ".join(opdracht.split())
    for kind, pattern in _PATTERNS:
        m = pattern.match(sentence)
        if not m:
            continue
        if kind == "citeertitel":
            return kind, None, None, False, None
        groups = m.groupdict()
        target = parse_target(groups["target"], pos) if groups.get("target") else None
        na_text, rest = groups.get("na"), groups.get("rest") or ""
        if na_text is None and kind == "invoegen":
            # "In artikel 1, eerste lid, wordt na onderdeel a een onderdeel ingevoegd": the place follows 'wordt'.
            inner = _NA_IN_REST.match(rest)
            if inner:
                na_text, rest = inner.group("na"), rest[inner.end():]
            elif re.search(r"(?:^|[\s,])na\s", rest, re.I):
                raise LawError("WG-WIJZ-003", f"cannot read where '{sentence}' inserts: write the place right after "
                                              "'wordt' or 'worden', e.g. 'wordt na onderdeel a een onderdeel "
                                              "ingevoegd'", pos)
        na = parse_after(na_text, pos) if na_text else None
        puntkomma = _PUNTKOMMA.search(rest)
        alfabetisch = "alfabetische volgorde" in sentence.lower()
        if kind == "invoegen" and target is None and not (na and na[0] in ("artikel", "paragraaf", "hoofdstuk")):
            break
        return kind, target, na, alfabetisch, puntkomma.group("ident") if puntkomma else None
    raise LawError("WG-WIJZ-002", f"cannot read the instruction '{sentence}'. Write it as a wijzigingswet does, "
                   "e.g. 'Artikel 8, eerste lid, komt te luiden:', 'In artikel 1.1.1, eerste lid, wordt na "
                   "onderdeel a een onderdeel ingevoegd:', 'Na artikel 2.3.10 wordt een artikel ingevoegd:', "
                   "'Artikel 4 vervalt.' or 'Hoofdstuk 2 vervalt.'", pos)


def _opdracht_pos(lines: list[str], start: int, end: int, file: str) -> ir.Pos:
    """The position of the 'opdracht:' line of the block between lines `start` and `end` (0-based fences)."""
    for i in range(start + 1, end):
        m = re.match(r"^(\s*)opdracht\s*:", lines[i])
        if m:
            return ir.Pos(file, i + 1, len(m.group(1)) + 1)
    return ir.Pos(file, start + 1, 1)


def _citation_for(corpus: ir.Corpus, wet: str, target: Target | None) -> ir.Citation:
    law = corpus.laws.get(wet)
    naam = law.afkorting if law else wet
    if target is None or target.artikel is None:
        return ir.Citation(wet, naam, "?")
    return ir.Citation(wet, naam, target.artikel, target.lid, target.onderdeel, target.sub)


def _parse_file(path: Path, naam: str, corpus: ir.Corpus, defaults: dict) -> list[Instruction]:
    from .corpus import read_text

    text = read_text(path).replace("\r\n", "\n")
    lines = text.split("\n")
    file = str(path)
    starts = [i for i, line in enumerate(lines) if line.strip() == "```wijziging"]
    if not starts:
        raise LawError("WG-WIJZ-001", "this amendment file has no instruction: start each with a "
                                      "```wijziging block (onderdeel, wet, opdracht)", ir.Pos(file, 1, 1))
    instructions: list[Instruction] = []
    errors: list[LawError] = []
    for n, start in enumerate(starts):
        end = next((j for j in range(start + 1, len(lines)) if lines[j].strip().startswith("```")), None)
        pos = ir.Pos(file, start + 1, 1)
        if end is None:
            errors.append(LawError("WG-FILE-004", "this ```wijziging block is never closed", pos))
            break
        block = "\n".join(lines[start + 1:end])
        opdracht_pos = _opdracht_pos(lines, start, end, file)
        try:
            meta = yaml.safe_load(block) or {}
        except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
            problem, where = yaml_problem(exc, block, file, first_line=start + 2)
            errors.append(LawError("WG-WIJZ-004", f"the instruction block is not valid YAML: {problem}", where))
            continue
        meta = {**defaults, **meta} if isinstance(meta, dict) else None
        if meta and "niet_uitvoerbaar" in meta:
            # A provision of the amending act that changes no law of the corpus (evaluation, entry into force, an
            # article or law whose text the corpus lacks): kept with its reason, never applied.
            reden = meta["niet_uitvoerbaar"]
            if "opdracht" not in meta or not isinstance(reden, str) or not reden.strip():
                errors.append(LawError("WG-WIJZ-010", "a provision marked niet_uitvoerbaar needs 'opdracht' (what it "
                                       "says) and the reason as text: niet_uitvoerbaar: \"...\"", pos))
                continue
            wet, kind, target, na, alfabetisch = str(meta.get("wet", "")), "niet_uitvoerbaar", None, None, False
            puntkomma = None
        else:
            if not meta or "opdracht" not in meta or "wet" not in meta:
                errors.append(LawError("WG-WIJZ-004", "an instruction needs 'wet' and 'opdracht' (and "
                                       "'onderdeel')", pos))
                continue
            wet = str(meta["wet"])
            if wet not in corpus.laws:
                errors.append(LawError("WG-WIJZ-005", f"this instruction amends wet '{wet}', which is not in the "
                                       f"corpus (known: {', '.join(sorted(corpus.laws))}); if the text it amends "
                                       "is not available, mark it with niet_uitvoerbaar: \"reason\"", pos))
                continue
            try:
                kind, target, na, alfabetisch, puntkomma = parse_opdracht(str(meta["opdracht"]), opdracht_pos)
            except LawError as exc:
                errors.append(exc)
                continue
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        drafts = parse_units(lines[:stop], end + 1, file, errors)
        cite = _citation_for(corpus, wet, target)
        content = [_to_unit(d, _parent_cite(cite, d)) for d in drafts]
        # The passage new text rests on: 'mvt' for text rebuilt from a memorie van toelichting, 'bron' for drafted
        # text (herkomst: ontwerp) and the policy lines it follows.
        note = meta.get("mvt") or meta.get("bron")
        if note and meta.get("herkomst") == "ontwerp" and not str(note).startswith("ontwerp"):
            note = f"ontwerp naar {note}"
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
        instructions.append(Instruction(kind, wet, target or Target(None), na, alfabetisch, content,
                                        " ".join(str(meta["opdracht"]).split()), str(meta.get("onderdeel", "")),
                                        opdracht_pos, meta, puntkomma))
    if errors:
        raise LawErrors(errors)
    return instructions


def _parent_cite(cite: ir.Citation, draft) -> ir.Citation:
    """The citation of the place new content lands in: an inserted article cites itself."""
    if draft.kind == "artikel":
        return ir.Citation(cite.wet, cite.wet_naam, draft.ident.split()[0])
    if draft.kind == "lid":
        return ir.Citation(cite.wet, cite.wet_naam, cite.artikel)
    if draft.kind in ("onderdeel", "slot"):
        return ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid)
    return ir.Citation(cite.wet, cite.wet_naam, cite.artikel, cite.lid, cite.onderdeel)


def parse_wijziging(folder: Path, corpus: ir.Corpus) -> Wijziging:
    from .corpus import load_yaml

    meta_file = folder / "wijziging.yaml"
    if not meta_file.exists():
        raise LawError("WG-WIJZ-006", "an amendment folder needs a wijziging.yaml (titel, status, bron)",
                       ir.Pos(str(folder), 1, 1))
    meta = load_yaml(meta_file, "WG-WIJZ-006")
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
