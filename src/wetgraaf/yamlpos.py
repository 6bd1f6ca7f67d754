"""Safe YAML loading that remembers where every value came from, so that errors in scenario files point at
file:line:col. Aliases are refused (no alias bombs) and nesting is bounded. PyYAML is imported only to parse: the
positions' helpers serve a scenario read back from the cache too (a warm `wetgraaf vraag`, scenario.load_file)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .core.errors import LawError
from .core.positions import Pos
from .taal import Bericht, bericht, volgens_tabel

MAX_DEPTH = 50

# PyYAML's English problem texts -> catalogue phrases (the groups are their arguments, a token's name said in words
# by `_token`), the specific before the general; compiled on first use (YAML_PROBLEEM); a text not listed is quoted as PyYAML's, in a sentence of the
# catalogue (zin.yaml.bibliotheek), so no English reaches a Dutch reader unmarked.
_PROBLEMEN = [
    (r"expected <block end>, but found (?P<gevonden>.+)$", "zin.yaml.blok"),
    (r"(?:expected a single document in the stream, )?but found another document$", "zin.yaml.documenten"),
    (r"expected alphabetic or numeric character, but found (?P<gevonden>.+)$", "zin.yaml.ankernaam"),
    (r"expected a comment or a line break, but found (?P<gevonden>.+)$", "zin.yaml.regeleinde"),
    (r"expected the node content, but found (?P<gevonden>.+)$", "zin.yaml.inhoud"),
    (r"expected chomping or indentation indicators, but found (?P<gevonden>.+)$", "zin.yaml.blokteken"),
    (r"expected (?P<a>'[^']+') or (?P<b>'[^']+'), but (?:got|found) (?P<gevonden>.+)$", "zin.yaml.een_van"),
    (r"expected (?P<verwacht><[^>]+>|'[^']+'), but (?:got|found) (?P<gevonden>.+)$", "zin.yaml.verwacht"),
    (r"mapping values are not allowed here$", "zin.yaml.mapping"),
    (r"mapping keys are not allowed here$", "zin.yaml.sleutel_hier"),
    (r"block sequence entries are not allowed here$", "zin.yaml.lijst_hier"),
    (r"could not find expected ':'$", "zin.yaml.dubbelepunt"),
    (r"found character (?P<teken>.+) that cannot start any token$", "zin.yaml.teken"),
    (r"found a tab character (?:that violates indentation|where an indentation space is expected)$", "zin.yaml.tab"),
    (r"found unexpected end of stream$", "zin.yaml.einde"),
    (r"found unexpected ':'$", "zin.yaml.losse_dubbelepunt"),
    (r"did not find expected key$", "zin.yaml.sleutel"),
    (r"did not find expected '-' indicator$", "zin.yaml.streepje"),
    (r"did not find expected (?:node content|<document start>)$", "zin.yaml.geen_inhoud"),
    (r"found undefined alias (?P<naam>.+)$", "zin.yaml.alias"),
    (r"found unknown escape character (?P<teken>.+)$", "zin.yaml.escape"),
    (r"found unhashable key$", "zin.yaml.sleutel_lijst"),
    (r"could not determine a constructor for the tag (?P<tag>.+)$", "zin.yaml.tag"),
    (r"found duplicate anchor.*$", "zin.yaml.anker_dubbel"),
]


@cache
def _problemen() -> list[tuple[re.Pattern[str], str]]:
    """YAML_PROBLEEM, compiled when PyYAML first reports a problem (not at the start of every command)."""
    return [(re.compile(p), k) for p, k in _PROBLEMEN]


def __getattr__(name: str) -> Any:
    if name == "YAML_PROBLEEM":  # the table, compiled on first use (tests read it as a module attribute)
        return _problemen()
    raise AttributeError(name)


# PyYAML's names of what it expected or found ('<block mapping start>'), said in words; a character ('-', ':')
# stays as it is.
_TOKENS = {"<block end>": "blokeinde", "<block mapping start>": "sleutel", "<block sequence start>": "lijst",
           "<scalar>": "waarde", "<document start>": "document", "<document end>": "documenteinde",
           "<stream end>": "bestandseinde", "<stream start>": "bestandsbegin", "<alias>": "alias",
           "<anchor>": "anker", "<tag>": "tag", "<directive>": "directive", "<block entry>": "lijstitem",
           "?": "sleutelbegin"}


def _token(name: str) -> Any:
    bare = name.strip()
    bare = bare[1:-1] if len(bare) > 2 and bare[0] == bare[-1] == "'" and bare[1] in "<?" else bare
    return bericht(f"zin.yaml.token.{_TOKENS[bare]}") if bare in _TOKENS else name


def yaml_probleem(problem: str) -> str | Bericht:
    """PyYAML's problem in the catalogue's words; one the catalogue does not know, quoted as PyYAML's. A catalogue
    message (what core.errors.yaml_problem says itself) is returned as it is."""
    if isinstance(problem, Bericht):
        return problem
    text = str(problem).strip()
    said = volgens_tabel(text, _problemen(), lambda k, v: _token(v) if k in ("gevonden", "verwacht", "a", "b") else v)
    return said if said is not None else bericht("zin.yaml.bibliotheek", tekst=text.replace("\n", " "))


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
        problem = getattr(exc, "problem", None)
        reden = yaml_probleem(problem) if problem else bericht("zin.yaml.bibliotheek", tekst=str(exc))
        raise LawError("WG-SCEN-005", bericht("WG-SCEN-005.waarde", tekst=text, reden=reden),
                       _pos(node, file)) from None
