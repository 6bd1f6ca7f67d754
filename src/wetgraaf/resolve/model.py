"""The resolved program's data model: a checked Program of Definitions with their Rules, as resolve.program builds
it and the engine, graph, analyses and site read it. Only data and lookups here; the builder is resolve.program."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import LawError
from ..parser import ir

if TYPE_CHECKING:  # a kept program reads its situation (and so this module) only when asked (resolve/kept.py)
    from .situation import Situation

__all__ = ["Definition", "Program", "Rule"]


@dataclass
class Rule:
    """One rule of a definition: applies when `cond` holds (always, when None) and then gives `value`."""

    label: str
    params: tuple[str, ...]
    cond: ir.Expr | None
    value: ir.Expr
    excepts: str | None  # None: base rule; '*': exception to the base rules; else the label it excepts
    citation: ir.Citation
    pos: ir.Pos
    exceptions: list[Rule] = field(default_factory=list)


@dataclass
class Definition:
    qname: str
    wet: str
    name: str
    kind: str  # 'begrip' | 'feit' | 'oordeel' | 'parameter'
    params: tuple[ir.Param, ...]
    type: ir.Type
    citation: ir.Citation
    pos: ir.Pos
    vraag: str | None = None
    door: str | None = None
    omschrijving: str | None = None
    label: str | None = None  # words for people (resolve/labels.py); {param} marks where an argument goes
    rules: list[Rule] = field(default_factory=list)  # base rules (each with its exception tree)
    exceptions: list[Rule] = field(default_factory=list)  # exceptions to all base rules ('op <definitie>')
    uses: set[str] = field(default_factory=set)  # qualified names this definition depends on

    @property
    def is_input(self) -> bool:
        return self.kind in ("feit", "oordeel")


@dataclass
class Program:
    situation: Situation
    definitions: Mapping[str, Definition]  # a dict, or a kept program's (resolve/kept.py)
    soorten: dict[str, ir.SoortDecl]
    enum_values: dict[str, str]  # value -> soort
    warnings: list[LawError] = field(default_factory=list)

    def lookup(self, name: str, wet: str | None = None) -> Definition | None:
        if name in self.definitions:
            return self.definitions[name]
        if wet and f"{wet}.{name}" in self.definitions:
            return self.definitions[f"{wet}.{name}"]
        # by qualified name: a kept program (resolve/kept.py) reads a definition only when it is returned
        matches = [q for q in self.definitions if q.split(".", 1)[1] == name]
        return self.definitions[matches[0]] if len(matches) == 1 else None

    def input_names(self) -> dict[str, list[str]]:
        """The facts and parameters by unqualified name (their qualified names), built once per program: a scenario
        names its facts this way, and a scan of every definition per fact cost facts times definitions. A kept
        program (resolve/kept.py) brings it along, so that reading facts reads no definition a question never asks."""
        index = self.__dict__.get("_input_names")
        if index is None:
            index = {}
            for d in self.definitions.values():
                if d.is_input or d.kind == "parameter":
                    index.setdefault(d.name, []).append(d.qname)
            self.__dict__["_input_names"] = index
        return index

    def suggest(self, name: str, wet: str | None = None) -> list[str]:
        """Close names, each once; names of `wet` itself are given without the law prefix. Remembered per name:
        difflib over every name is slow, and a scenario run asks for the same missing names again and again."""
        memo = self.__dict__.setdefault("_suggested", {})
        if (name, wet) not in memo:
            memo[(name, wet)] = self._suggest(name, wet)
        return list(memo[(name, wet)])

    def _suggest(self, name: str, wet: str | None) -> list[str]:
        import difflib  # only to suggest a name for a mistake: not on a warm start

        short = {q.split(".", 1)[1]: q for q in self.definitions}
        out: list[str] = []
        for m in difflib.get_close_matches(name, list(short) + list(self.definitions), 4):
            q = short.get(m, m)
            q = q.split(".", 1)[1] if wet and q.startswith(f"{wet}.") else q
            if q not in out:
                out.append(q)
        return out[:3]
