"""The law text of one unit, read again from its file with line and column of every character, so that a cross-
reference found in it can be reported as file:line:col.

The parser keeps a unit's text without positions; here the same lines are taken from the file, with the parser's
own heading and fence patterns: the lines after the unit's heading up to the next heading, without fenced blocks
(rules are not law text) and without Toelichting commentary.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from ..parser import structure
from ..parser.markdown import FENCE, HEADING


@dataclass(slots=True)
class LocatedText:
    """A unit's text with a map from offsets to (line, column) in its file."""

    text: str
    file: str
    _starts: list[int]
    _lines: list[int]

    def position(self, offset: int) -> tuple[int, int]:
        i = max(bisect_right(self._starts, offset) - 1, 0)
        if not self._lines:
            return 1, 1
        return self._lines[i], offset - self._starts[i] + 1


class SourceFiles:
    """Reads each law file once per graph build."""

    def __init__(self) -> None:
        self._cache: dict[str, list[str] | None] = {}

    def lines(self, file: str) -> list[str] | None:
        if file not in self._cache:
            try:
                self._cache[file] = Path(file).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
            except (OSError, UnicodeDecodeError):
                self._cache[file] = None
        return self._cache[file]

    def unit_text(self, unit: structure.Unit) -> LocatedText:
        lines = self.lines(unit.pos.file)
        if lines is None or not (0 < unit.pos.line <= len(lines)) or not HEADING.match(lines[unit.pos.line - 1]):
            # The file is gone or changed since it was parsed: fall back to the parsed text, positions approximate.
            parts = unit.text.split("\n")
            return _located([(unit.pos.line + 1 + k, p) for k, p in enumerate(parts)], unit.pos.file)
        level = len(HEADING.match(lines[unit.pos.line - 1]).group(1))
        return _located(_own_lines(lines, unit.pos.line, level), unit.pos.file)


def _own_lines(lines: list[str], start: int, level: int) -> list[tuple[int, str]]:
    """(1-based line number, line) of the unit whose heading is line `start` (1-based), at heading `level`."""
    out: list[tuple[int, str]] = []
    i = start  # 0-based index of the line after the heading
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            j = i + 1
            while j < len(lines) and not lines[j].startswith(fence.group(1)):
                j += 1
            i = j + 1
            continue
        heading = HEADING.match(line)
        if heading:
            if heading.group(2).lower() != "toelichting" or len(heading.group(1)) <= level:
                break
            i += 1
            while i < len(lines) and not HEADING.match(lines[i]) and not FENCE.match(lines[i]):
                i += 1
            continue
        out.append((i + 1, line))
        i += 1
    return out


def _located(numbered: list[tuple[int, str]], file: str) -> LocatedText:
    starts, nums, parts, offset = [], [], [], 0
    for num, line in numbered:
        starts.append(offset)
        nums.append(num)
        parts.append(line)
        offset += len(line) + 1
    return LocatedText("\n".join(parts), file, starts, nums)
