"""A program kept in the cache for a warm `wetgraaf vraag` (issue 17; api.Wetgraaf.keep_situations), stored in parts
so that a new process unpickles only what its questions reach: each definition on its own, read when first asked.
A scenario's questions reach a few dozen of the program's hundreds of definitions. The situation (the IR of every
article in force: four fifths of the program) is not kept: answering and printing read no article, and what does
gets it from the corpus when it first asks (as the program was built: resolve.situation.select).

Each definition is pickled on its own, so objects two definitions shared are equal copies in a kept program, no
longer one object: the program is data, and nothing compares its nodes by identity."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..parser.cache import dumps
from .model import Definition, Program

if TYPE_CHECKING:
    from .situation import Situation

FORMAT = "programma-in-delen-1"


def parts(program: Program) -> dict[str, Any]:
    """What the cache keeps of `program`; `read` makes a program of it again."""
    return {"format": FORMAT, "definitions": {q: dumps(d) for q, d in program.definitions.items()},
            "soorten": program.soorten, "enum_values": program.enum_values, "warnings": program.warnings,
            "input_names": program.input_names()}


def read(kept: object, situation: Callable[[], Situation]) -> Program | None:
    """The program of `parts`, each definition read when first asked and the situation made by `situation` when
    first read; None when `kept` is not that (a cache entry of another shape)."""
    if not isinstance(kept, dict) or kept.get("format") != FORMAT:
        return None
    return KeptProgram(kept, situation)


class KeptDefinitions(Mapping[str, Definition]):
    """A kept program's definitions by qualified name, each unpickled when first asked. Which names there are and
    in what order is known without reading any."""

    def __init__(self, stored: dict[str, bytes]) -> None:
        self._stored = stored
        self._read: dict[str, Definition] = {}

    def __getitem__(self, qname: str) -> Definition:
        found = self._read.get(qname)
        if found is None:
            found = self._read[qname] = pickle.loads(self._stored[qname])  # KeyError: no such definition
        return found

    def __contains__(self, qname: object) -> bool:
        return qname in self._stored

    def __iter__(self) -> Iterator[str]:
        return iter(self._stored)

    def __len__(self) -> int:
        return len(self._stored)


class KeptProgram(Program):
    """A Program read from its kept parts. Not made by Program's constructor: the situation is made when something
    first reads it (by __getattr__, which Python calls only for an attribute not set)."""

    def __init__(self, kept: dict[str, Any], situation: Callable[[], Situation]) -> None:
        self.definitions = KeptDefinitions(kept["definitions"])
        self.soorten = kept["soorten"]
        self.enum_values = kept["enum_values"]
        self.warnings = kept["warnings"]
        self._input_names = kept["input_names"]  # Program.input_names() finds it: no definition read for it
        self._make_situation = situation

    def __getattr__(self, name: str) -> Any:
        make = self.__dict__.get("_make_situation")
        if name != "situation" or make is None:
            raise AttributeError(name)
        self.situation = make()
        del self.__dict__["_make_situation"]
        return self.situation

    def __reduce__(self) -> tuple:  # pickled as the Program it is, read in full
        return Program, (self.situation, dict(self.definitions), self.soorten, self.enum_values, self.warnings)


__all__ = ["FORMAT", "KeptDefinitions", "KeptProgram", "parts", "read"]
