"""A place in a source file. Every IR node and every located error carries one, so it sits in the foundation."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Pos"]


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in a source file: 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"
