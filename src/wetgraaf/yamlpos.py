"""Safe YAML loading that remembers where every value came from, so that errors in scenario files point at
file:line:col. Aliases are refused (no alias bombs) and nesting is bounded."""

from __future__ import annotations

from typing import Any

import yaml

from .parser.errors import LawError
from .parser.ir import Pos

MAX_DEPTH = 50


class Located(dict):
    """A dict that also knows the position of each of its values (`pos_of`) and keys (`key_pos`)."""

    __slots__ = ("positions", "key_positions", "pos")

    def __init__(self) -> None:
        super().__init__()
        self.positions: dict[Any, Pos] = {}
        self.key_positions: dict[Any, Pos] = {}
        self.pos: Pos | None = None


class LocatedList(list):
    __slots__ = ("positions", "pos")

    def __init__(self) -> None:
        super().__init__()
        self.positions: list[Pos] = []
        self.pos: Pos | None = None


def pos_of(container, key, default: Pos | None = None) -> Pos | None:
    positions = getattr(container, "positions", None)
    if isinstance(positions, dict):
        return positions.get(key, getattr(container, "pos", default))
    if isinstance(positions, list) and isinstance(key, int) and key < len(positions):
        return positions[key]
    return getattr(container, "pos", default)


def key_pos(container, key, default: Pos | None = None) -> Pos | None:
    """Where a key is written (for errors about the key itself: an unknown field, an unknown fact name)."""
    positions = getattr(container, "key_positions", None)
    if isinstance(positions, dict) and key in positions:
        return positions[key]
    return pos_of(container, key, default)


# libyaml when PyYAML was built with it: the same events and nodes, several times faster (scenario files and the
# municipal data are read by every `wetgraaf vraag`). A text it refuses is read again by the Python loader, so a
# mistake is always reported in the Python loader's words.
_FAST = getattr(yaml, "CSafeLoader", None)


def load(text: str, file: str) -> Any:
    """Parse YAML text into plain values (dicts/lists carry positions). Raises LawError with a position."""
    if _FAST is not None:
        try:
            node = _compose(text, file, _FAST)
        except yaml.YAMLError:
            node = _compose_or_raise(text, file, yaml.SafeLoader)
    else:
        node = _compose_or_raise(text, file, yaml.SafeLoader)
    if node is None:
        return None
    return _convert(node, file, 0)


def _compose_or_raise(text: str, file: str, loader) -> Any:
    try:
        return _compose(text, file, loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        pos = Pos(file, mark.line + 1, mark.column + 1) if mark else Pos(file, 1, 1)
        problem = getattr(exc, "problem", None) or str(exc)
        raise LawError("WG-SCEN-001", f"this is not valid YAML: {problem}", pos) from None


def _compose(text: str, file: str, loader) -> Any:
    """The node tree of `text`; aliases and deep nesting refused (LawError) before composing."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            m = event.start_mark
            raise LawError("WG-SCEN-002", "YAML aliases (*name) are not allowed in scenario files; write the "
                                          "value out", Pos(file, m.line + 1, m.column + 1))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:  # refused before composing: PyYAML's composer recurses per level
                m = event.start_mark
                raise LawError("WG-SCEN-003", f"nested deeper than {MAX_DEPTH} levels",
                               Pos(file, m.line + 1, m.column + 1))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.compose(text, Loader=loader)


def _pos(node, file: str) -> Pos:
    return Pos(file, node.start_mark.line + 1, node.start_mark.column + 1)


_constructor = yaml.SafeLoader("")


def _convert(node, file: str, depth: int):
    if depth > MAX_DEPTH:
        raise LawError("WG-SCEN-003", f"nested deeper than {MAX_DEPTH} levels", _pos(node, file))
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.pos = _pos(node, file)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise LawError("WG-SCEN-003", "a key must be a plain word", _pos(key_node, file))
            key = _convert(key_node, file, depth + 1)
            if key in out:
                raise LawError("WG-SCEN-004", f"the key '{key}' appears twice", _pos(key_node, file))
            out[key] = _convert(value_node, file, depth + 1)
            out.positions[key] = _pos(value_node, file)
            out.key_positions[key] = _pos(key_node, file)
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LocatedList()
        seq.pos = _pos(node, file)
        for item in node.value:
            seq.append(_convert(item, file, depth + 1))
            seq.positions.append(_pos(item, file))
        return seq
    try:
        return _constructor.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        text = node.value
        if node.tag.endswith(":timestamp"):
            raise LawError("WG-SCEN-005", f"{text} is not a date on the calendar", _pos(node, file)) from None
        raise LawError("WG-SCEN-005", f"cannot read the value {text!r}: {exc}", _pos(node, file)) from None
