"""Errors in law files and scenarios, located and in plain words.

Every problem a user can cause is a `LawError` with a stable code (see docs/fouten.md), a message and a position.
The CLI prints them as `file:line:col: message` with the offending line and a caret; it never shows a traceback.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from .ir import Pos

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
        return f"{where}{self.message} [{self.code}]"

    def render(self, source: str | None = None) -> str:
        """The message, the source line and a caret under the column (when the file can be read)."""
        lines = [str(self)]
        text = source
        if text is None and self.pos and self.pos.file and Path(self.pos.file).is_file():
            try:
                text = Path(self.pos.file).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = None
        if text is not None and self.pos and self.pos.line >= 1:
            src_lines = text.split("\n")
            if self.pos.line <= len(src_lines):
                line = src_lines[self.pos.line - 1].rstrip("\r")
                lines.append(f"    {line}")
                lines.append("    " + " " * max(self.pos.col - 1, 0) + "^")
        if self.hint:
            lines.append(f"    hint: {self.hint}")
        return "\n".join(lines)


class LawErrors(Exception):
    """Several errors found in one pass; each is reported, the pass does not stop at the first."""

    def __init__(self, errors: list[LawError]) -> None:
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


def yaml_problem(exc: Exception, text: str, file: str, first_line: int = 1) -> tuple[str, Pos]:
    """Plain words and a position for a YAML syntax error, for a value PyYAML cannot build (it raises a bare
    ValueError for a date like 2026-02-30), or for nesting so deep that PyYAML's recursion gives out
    (RecursionError). `first_line` is the file line on which `text` starts."""
    if isinstance(exc, RecursionError):
        line, col = _too_deep(text)
        return "the YAML is nested too deeply to read; write it flat", Pos(file, first_line + line, col)
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        problem = getattr(exc, "problem", None) or "this is not valid YAML"
        return problem, Pos(file, first_line + mark.line, mark.column + 1)
    for i, line in enumerate(text.split("\n")):
        for m in _DATE_VALUE.finditer(line.split("#", 1)[0]):
            try:
                _dt.date.fromisoformat(m.group(1))
            except ValueError:
                return f"{m.group(1)} is not a date on the calendar", Pos(file, first_line + i, m.start(1) + 1)
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
