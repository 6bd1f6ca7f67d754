"""Safe YAML loading that remembers where every value came from, so that errors in scenario files point at
file:line:col. Aliases are refused (no alias bombs) and nesting is bounded. PyYAML is imported only to parse: the
positions' helpers serve a scenario read back from the cache too (a warm `wetgraaf vraag`, scenario.load_file)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .core.errors import LawError
from .core.positions import Pos
from .taal import Bericht, bericht

MAX_DEPTH = 50

# PyYAML's English problem texts -> catalogue phrases (the groups are their arguments); an unknown one is shown as is
YAML_PROBLEEM = [(re.compile(p), k) for p, k in [
    (r"expected <block end>, but found (?P<gevonden>.+)$", "zin.yaml.blok"),
    (r"expected (?P<a>'[^']+') or (?P<b>'[^']+'), but (?:got|found) (?P<gevonden>.+)$", "zin.yaml.een_van"),
    (r"expected (?P<verwacht>.+), but (?:got|found) (?P<gevonden>.+)$", "zin.yaml.verwacht"),
    (r"mapping values are not allowed here$", "zin.yaml.mapping"),
    (r"could not find expected ':'$", "zin.yaml.dubbelepunt"),
    (r"found character (?P<teken>.+) that cannot start any token$", "zin.yaml.teken"),
    (r"found unexpected end of stream$", "zin.yaml.einde"),
    (r"did not find expected key$", "zin.yaml.sleutel"),
]]


def yaml_probleem(problem: str) -> str | Bericht:
    """PyYAML's problem in the catalogue's words, or as PyYAML wrote it."""
    for pattern, key in YAML_PROBLEEM:
        m = pattern.match(problem.strip())
        if m:
            return bericht(key, **m.groupdict())
    return problem


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


def load(text: str, file: str) -> Any:
    """Parse YAML text into plain values (dicts/lists carry positions). Raises LawError with a position."""
    import yaml

    # libyaml when PyYAML was built with it: the same events and nodes, several times faster (scenario files and the
    # municipal data are read by `wetgraaf vraag`). A text it refuses is read again by the Python loader, so a
    # mistake is always reported in the Python loader's words.
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            node = _compose(text, file, fast)
        except yaml.YAMLError:
            node = _compose_or_raise(text, file, yaml.SafeLoader)
    else:
        node = _compose_or_raise(text, file, yaml.SafeLoader)
    if node is None:
        return None
    return _convert(node, file, 0)


def _compose_or_raise(text: str, file: str, loader) -> Any:
    import yaml

    try:
        return _compose(text, file, loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        pos = Pos(file, mark.line + 1, mark.column + 1) if mark else Pos(file, 1, 1)
        problem = getattr(exc, "problem", None) or str(exc)
        raise LawError("WG-SCEN-001", bericht("WG-SCEN-001", probleem=yaml_probleem(problem)), pos) from None


def _compose(text: str, file: str, loader) -> Any:
    """The node tree of `text`; aliases and deep nesting refused (LawError) before composing."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            m = event.start_mark
            raise LawError("WG-SCEN-002", bericht("WG-SCEN-002"), Pos(file, m.line + 1, m.column + 1))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:  # refused before composing: PyYAML's composer recurses per level
                m = event.start_mark
                raise LawError("WG-SCEN-003", bericht("WG-SCEN-003", max=MAX_DEPTH),
                               Pos(file, m.line + 1, m.column + 1))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.compose(text, Loader=loader)


def _pos(node, file: str) -> Pos:
    return Pos(file, node.start_mark.line + 1, node.start_mark.column + 1)


@cache
def _constructor() -> Any:
    import yaml

    return yaml.SafeLoader("")


def _convert(node, file: str, depth: int):
    import yaml

    if depth > MAX_DEPTH:
        raise LawError("WG-SCEN-003", bericht("WG-SCEN-003", max=MAX_DEPTH), _pos(node, file))
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.pos = _pos(node, file)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise LawError("WG-SCEN-003", bericht("WG-SCEN-003.sleutel"), _pos(key_node, file))
            key = _convert(key_node, file, depth + 1)
            if key in out:
                raise LawError("WG-SCEN-004", bericht("WG-SCEN-004", sleutel=key), _pos(key_node, file))
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
        return _constructor().construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as exc:
        text = node.value
        if node.tag.endswith(":timestamp"):
            raise LawError("WG-SCEN-005", bericht("WG-SCEN-005", tekst=text), _pos(node, file)) from None
        raise LawError("WG-SCEN-005", bericht("WG-SCEN-005.waarde", tekst=text, reden=str(exc)),
                       _pos(node, file)) from None
