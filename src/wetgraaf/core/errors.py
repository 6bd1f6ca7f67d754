"""Errors in law files and scenarios, located and in plain words.

Every problem a user can cause is a `LawError` with a stable code (see docs/fouten.md), a message and a position.
The CLI prints them as `file:line:col: message` with the offending line and a caret; it never shows a traceback.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any
from functools import lru_cache
from pathlib import Path

from .positions import Pos
from ..taal import bericht, tekst

_DATE_VALUE = re.compile(r"(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])")


@dataclass
class LawError(Exception):
    code: str
    message: str
    pos: Pos | None = None
    severity: str = "fout"  # 'fout' (error) | 'waarschuwing' (warning)
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.pos}: " if self.pos else ""
        return f"{where}{self.melding} [{self.code}]"

    @property
    def melding(self) -> str:
        """The message in the reader's language (wetgraaf.taal); `message` holds the Dutch text."""
        return tekst(self.message)

    def render(self, source: str | None = None) -> str:
        """The message, a window of the source line (at most WINDOW characters each side of the column) and a caret
        under the column (when the file can be read). The window keeps the output of a long line bounded: one
        message per problem on a 100 KB line must not print the line each time."""
        lines = [str(self)]
        text = source
        if text is None and self.pos and self.pos.file:
            text = _source(self.pos.file)
        if text is not None and self.pos and self.pos.line >= 1:
            line = _line(text, self.pos.line)
            if line is not None:
                col = max(self.pos.col - 1, 0)
                start, stop = (0, len(line)) if len(line) <= 2 * WINDOW else (max(0, col - WINDOW), col + WINDOW)
                shown = line[start:stop]
                lead = "…" if start > 0 else ""
                tail = "…" if stop < len(line) else ""
                lines.append(f"    {lead}{shown}{tail}")
                lines.append("    " + " " * (len(lead) + col - start) + "^")
        if self.hint:
            lines.append("    " + tekst(bericht("zin.hint", hint=self.hint)))
        return "\n".join(lines)


WINDOW = 80


@lru_cache(maxsize=8)
def _read_source(file: str, mtime_ns: int, size: int) -> str | None:
    try:
        return Path(file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _source(file: str) -> str | None:
    """A file's text, read once for all the messages about it (keyed by its change time and size)."""
    try:
        st = Path(file).stat()
    except OSError:
        return None
    if not Path(file).is_file():
        return None
    return _read_source(file, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in re.finditer("\n", text)))


def _line(text: str, number: int) -> str | None:
    """Line `number` (1-based) of `text`; the line offsets are computed once per text, not once per message."""
    starts = _line_starts(text)
    if number > len(starts):
        return None
    end = starts[number] - 1 if number < len(starts) else len(text)
    return text[starts[number - 1]:end].rstrip("\r")


class LawErrors(Exception):
    """Several errors found in one pass; each is reported, the pass does not stop at the first."""

    def __init__(self, errors: list[LawError]) -> None:
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


_LEESREDENEN = ("ENOENT", "EACCES", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "ELOOP", "EIO")


def systeemreden(exc: OSError, familie: str, bekend: tuple[str, ...]) -> Any:
    """Why the system refused, as the catalogue says it: the message `familie`.<errno name> when the name is one of
    `bekend` (EPERM reads as EACCES); another reason quoted as the system's own words inside the catalogue's sentence
    (the system's text is English whatever the reader's language)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    name = "EACCES" if name == "EPERM" else name
    if name in bekend:
        return bericht(f"{familie}.{name}")
    return bericht("zin.lezen.systeem", tekst=exc.strerror or str(exc))


def leesreden(exc: OSError) -> Any:
    """Why a file could not be read, as the catalogue says it (systeemreden)."""
    return systeemreden(exc, "zin.lezen", _LEESREDENEN)


def yaml_problem(exc: Exception, text: str, file: str, first_line: int = 1) -> tuple[str, Pos]:
    """Plain words and a position for a YAML syntax error, for a value PyYAML cannot build (it raises a bare
    ValueError for a date like 2026-02-30), or for nesting so deep that PyYAML's recursion gives out
    (RecursionError). `first_line` is the file line on which `text` starts. The words are the catalogue's
    (a Bericht), or PyYAML's own problem text, which the caller words with yamlpos.yaml_probleem."""
    if isinstance(exc, RecursionError):
        line, col = _too_deep(text)
        return bericht("zin.yaml.te_diep"), Pos(file, first_line + line, col)
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        problem = getattr(exc, "problem", None) or bericht("zin.yaml.ongeldig")
        return problem, Pos(file, first_line + mark.line, mark.column + 1)
    offset = getattr(exc, "position", None)
    char = getattr(exc, "character", None)
    if isinstance(offset, int) and char is not None:
        # PyYAML's ReaderError: a character YAML does not allow (a NUL, a control character), at a text offset
        shown = f"#x{char:04x}" if isinstance(char, int) else repr(char)
        before = text[:offset]
        line, col = before.count("\n"), offset - (before.rfind("\n") + 1) + 1
        return bericht("zin.yaml.onleesbaar_teken", teken=shown), Pos(file, first_line + line, col)
    for i, row in enumerate(text.split("\n")):
        for m in _DATE_VALUE.finditer(row.split("#", 1)[0]):
            try:
                _dt.date.fromisoformat(m.group(1))
            except ValueError:
                return bericht("zin.yaml.kalender", datum=m.group(1)), Pos(file, first_line + i, m.start(1) + 1)
    return str(exc), Pos(file, first_line, 1)


_DEEP = 100


def _too_deep(text: str) -> tuple[int, int]:
    """Where to point for YAML nested too deeply: the 0-based line and 1-based column where flow brackets first
    nest deeper than _DEEP levels (else the start)."""
    depth = 0
    for i, line in enumerate(text.split("\n")):
        for j, ch in enumerate(line):
            if ch in "[{":
                depth += 1
                if depth > _DEEP:
                    return i, j + 1
            elif ch in "]}":
                depth -= 1
    return 0, 1
