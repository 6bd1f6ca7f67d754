"""Parse the text of one ```regels block into declarations (IR), with positions in the law file.

The grammar lives in regels.lark. Lark errors are translated into plain-language messages; no Lark internals
(terminal names, state numbers) ever reach the user.
"""

from __future__ import annotations

import datetime as _dt
import pickle
import re
from typing import Any
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer, Tree, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from ..core.errors import LawError
from ..core.values import Duration, Money  # the literals the parser builds
from . import ir, parsestore, structure
from .cache import dumps
from ..taal import bericht, opsomming

_GRAMMAR = Path(__file__).with_name("regels.lark")

# Readable names for what the parser expected, in the words a drafter uses.
_EXPECTED_WORDS = {  # a catalogue phrase (zin.parse.<TERM>) or the symbol itself
    "NAME": "zin.parse.NAME", "QNAME": "zin.parse.NAME", "NUMBER": "zin.parse.NUMBER", "STRING": "zin.parse.STRING",
    "DATE": "zin.parse.DATE", "UNIT": "zin.parse.UNIT", "CMP": "zin.parse.CMP", "ADD": "zin.parse.ADD",
    "MUL": "zin.parse.MUL", "LPAR": "'('", "RPAR": "')'", "COLON": "':'", "COMMA": "','", "EQUAL": "'='",
    "VBAR": "'|'", "LBRACE": "'{'", "RBRACE": "'}'", "MINUS": "'-'", "$END": "zin.parse.$END",
    "NIET_UITVOERBAAR": "'niet uitvoerbaar'",
}

DECL_KEYWORDS = ("soort", "feit", "oordeel", "begrip", "regel", "uitzondering", "parameter", "waarde",
                 "niet uitvoerbaar")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    # cache=True keeps the built LALR tables in the temp folder (keyed by the grammar's hash): loading a corpus
    # then costs milliseconds instead of building the parser again in every process.
    return Lark(_GRAMMAR.read_text(encoding="utf-8"), parser="lalr", propagate_positions=True,
                maybe_placeholders=False, cache=True)


# Expected terminals that are listed as one group: after a complete expression almost anything may follow.
_OPERATOR_TERMS = {"CMP", "ADD", "MUL", "en", "of", "in", "niet"}
_DECL_TERMS = {"soort", "feit", "oordeel", "begrip", "regel", "uitzondering", "parameter", "waarde",
               "NIET_UITVOERBAAR"}
_VALUE_TERMS = {"NUMBER", "DATE", "STRING", "NAME", "QNAME", "waar", "onwaar", "€", "(", "-", "niet", "als",
                "bestaat", "voor", "aantal", "bekend"}


def _expected_words(expected: set[str]) -> Any:
    groups: list[Any] = []
    if len(expected & _VALUE_TERMS) >= 5:
        expected = expected - _VALUE_TERMS
        groups.append(bericht("zin.parse.waarde"))
    if len(expected & _OPERATOR_TERMS) >= 3:
        expected = expected - _OPERATOR_TERMS
        groups.append(bericht("zin.parse.operator"))
    if len(expected & _DECL_TERMS) >= 3:
        expected = expected - _DECL_TERMS
        groups.append(bericht("zin.parse.declaratie"))
    words: list[Any] = []
    for term in sorted(expected):
        if term in _EXPECTED_WORDS:
            word = _EXPECTED_WORDS[term]
            word = bericht(word) if word.startswith("zin.") else word
        elif term.isupper():
            word = f"'{term.lower()}'"  # keyword terminals are named after the keyword
        else:
            word = f"'{term}'"
        if word not in words:
            words.append(word)
    if len(words) > 8:
        words = words[:8] + ["..."]
    return opsomming(words + groups)


@lru_cache(maxsize=1)
def _keywords() -> frozenset[str]:
    return frozenset(t.pattern.value for t in _parser().terminals
                     if t.pattern.type == "str" and t.pattern.value.isalpha())


def _literal_name(parser: Lark, term: str) -> str:
    """Turn a terminal name into what it looks like in the source (keywords and punctuation)."""
    for t in parser.terminals:
        if t.name == term and t.pattern.type == "str":
            return t.pattern.value
    return term


# Blocks parsed in this process, by (text, file, line offset, column offset): the IR pickled, so each hit is a
# fresh copy (callers set citations on the declarations). After one edit, reloading the corpus (the site's
# incremental build, `dienst --herlaad`) parses only the blocks that changed or moved.
_PARSED: dict[tuple[str, str, int, int], bytes] = {}
_PARSED_MAX = 8192


def parse_block(text: str, file: str, line_offset: int, col_offset: int = 0) -> list[ir.Decl]:
    """Parse a rule block. `line_offset` is the file line of the block's first line, minus one."""
    key = (text, file, line_offset, col_offset)
    found = _PARSED.get(key)
    if found is None:
        found = parsestore.get("blok", key)  # parsed by an earlier process (parser/parsestore.py)
        if found is not None:
            _PARSED[key] = found
    if found is not None:
        return pickle.loads(found)
    decls = _parse_block(text, file, line_offset, col_offset)
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[key] = data = dumps(decls)
    parsestore.put("blok", key, data)
    return decls


def _parse_block(text: str, file: str, line_offset: int, col_offset: int) -> list[ir.Decl]:
    parser = _parser()
    if len(text) > MAX_BLOCK:  # Lark's LALR parser costs tens of microseconds a token: bound the work up front
        raise LawError("WG-PARSE-006", bericht("WG-PARSE-006", kib=len(text) // 1024, max=MAX_BLOCK // 1024),
                       ir.Pos(file, line_offset + 1, 1))
    try:
        tree = parser.parse(text)
    except UnexpectedInput as exc:
        raise _located_error(parser, exc, text, file, line_offset, col_offset) from None
    _check_depth(tree, file, line_offset, col_offset)
    try:
        return _ToIR(file, line_offset, col_offset).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, LawError):
            raise exc.orig_exc from None
        raise


def _located_error(parser: Lark, exc: UnexpectedInput, text: str, file: str, line_offset: int,
                   col_offset: int) -> LawError:
    line = getattr(exc, "line", None) or 1
    col = getattr(exc, "column", None) or 1
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        lines = text.rstrip("\n").split("\n")
        line, col = len(lines), len(lines[-1]) + 1
        expected = {(_literal_name(parser, t)) for t in exc.expected}
        msg = bericht("WG-PARSE-001.einde", verwacht=_expected_words(expected))
    elif isinstance(exc, UnexpectedCharacters):
        ch = text.split("\n")[line - 1][col - 1:col] if line - 1 < len(text.split("\n")) else "?"
        msg = bericht("WG-PARSE-001.teken_komma" if ch == "," else "WG-PARSE-001.teken", teken=ch)
    else:
        assert isinstance(exc, UnexpectedToken)
        got = exc.token
        expected = {_literal_name(parser, t) for t in exc.expected}
        msg = bericht("WG-PARSE-001", gevonden=_describe_token(got), verwacht=_expected_words(expected))
        prev = (getattr(exc, "token_history", None) or [None])[-1]
        around = text.split("\n")[line - 1][max(col - 2, 0):col + 1] if line <= len(text.split("\n")) else ""
        if str(got) == "," and re.fullmatch(r"\d,\d", around):
            msg = bericht("WG-PARSE-001.komma")
        elif prev is not None and prev.type in ("NAME", "QNAME") and str(prev) in _keywords():
            # A keyword where no keyword fits is read as a name ('a en en b'); the mistake is that word.
            msg = bericht("WG-PARSE-001.sleutelwoord", woord=str(prev))
            line, col = prev.line, prev.column
        elif got.type in ("NAME", "QNAME") and str(got) in _keywords():
            msg = bericht("WG-PARSE-001.woord", gevonden=_describe_token(got), verwacht=_expected_words(expected),
                          woord=str(got))
    pos = ir.Pos(file, line + line_offset, col + (col_offset if line == 1 else 0))
    return LawError("WG-PARSE-001", msg, pos)


# How deep an expression may nest. Every later stage (the transformer below, name resolution, type checking, the
# evaluator, explanations) walks an expression recursively, a few Python frames per level; these bounds keep them
# all well inside Python's recursion limit (measured: about 250 levels broke). The corpus's deepest is 18.
MAX_DEPTH = 100
MAX_BLOCK = 32 * 1024  # characters in one rule block; the corpus's largest is 14 000
_MAX_TREE_DEPTH = 3 * MAX_DEPTH  # the parse tree itself: brackets around one name add levels only there
_CHAINS = ("and_chain", "or_chain")  # flat in the parse tree, one level per term in the IR (see _ToIR._chain)


def _check_depth(tree: Tree, file: str, line_offset: int, col_offset: int) -> None:
    """A located WG-PARSE-005 where an expression nests deeper than MAX_DEPTH. Walks the tree with its own stack
    (no recursion), counting a chain of k terms joined by `en`/`of` as the k - 1 levels it becomes."""
    stack: list[tuple[Tree, int, int]] = [(tree, 0, 0)]  # node, its depth in the IR, its depth in the tree
    while stack:
        node, depth, raw = stack.pop()
        step = 1
        if node.data in _CHAINS:  # one term only: no level of its own in the IR (Lark keeps the alias even then)
            depth += len(node.children) - 1
            step = 1 if len(node.children) > 1 else 0
        if depth > MAX_DEPTH or raw > _MAX_TREE_DEPTH:
            meta = node.meta
            line = getattr(meta, "line", 1)
            col = getattr(meta, "column", 1)
            raise LawError("WG-PARSE-005", bericht("WG-PARSE-005", max=MAX_DEPTH),
                           ir.Pos(file, line + line_offset, col + (col_offset if line == 1 else 0)))
        stack.extend((kid, depth + step, raw + 1) for kid in node.children if isinstance(kid, Tree))


def _describe_token(tok: Token) -> Any:
    if tok.type in ("NAME", "QNAME"):
        return bericht("zin.parse.token_naam", tekst=str(tok))
    if tok.type == "STRING":
        return bericht("zin.parse.token_tekst", tekst=str(tok))
    if tok.type in ("NUMBER", "DATE"):
        return bericht("zin.parse.token_waarde", tekst=str(tok))
    return f"'{tok}'"


def _num(text: str) -> Fraction | int:
    text = text.replace("_", "")
    if "." in text:
        return Fraction(Decimal(text))
    return int(text)


_UNITS = {"jaar": "jaar", "jaren": "jaar", "maand": "maand", "maanden": "maand", "week": "week", "weken": "week",
          "dag": "dag", "dagen": "dag"}


@v_args(meta=True)
class _ToIR(Transformer):
    def __init__(self, file: str, line_offset: int, col_offset: int) -> None:
        super().__init__()
        self.file = file
        self.line_offset = line_offset
        self.col_offset = col_offset

    def _pos(self, meta) -> ir.Pos:
        line = getattr(meta, "line", 1)
        col = getattr(meta, "column", 1)
        return ir.Pos(self.file, line + self.line_offset, col + (self.col_offset if line == 1 else 0))

    def _tpos(self, tok: Token) -> ir.Pos:
        return ir.Pos(self.file, tok.line + self.line_offset, tok.column + (self.col_offset if tok.line == 1 else 0))

    # -- declarations -------------------------------------------------------------------------------------------
    def start(self, meta, items):
        return list(items)

    def soort(self, meta, items):
        name, *values, words = items
        self._only(words, ("label", "omschrijving"), "soort")
        labels = {str(v): lb for v, lb in values if lb is not None}
        return ir.SoortDecl(self._pos(meta), str(name), tuple(str(v) for v, _ in values),
                            label=words.get("label"), omschrijving=words.get("omschrijving"), labels=labels)

    def soortwaarde(self, meta, items):
        return (items[0], str(items[1])[1:-1] if len(items) > 1 else None)

    def _split_tail(self, items):
        params: tuple = ()
        rest = list(items)
        if rest and isinstance(rest[0], tuple):
            params = rest.pop(0)
        return params, rest

    # -- words for people: label, omschrijving, vraag (each at most once per declaration) -----------------------
    def woorden(self, meta, items):
        words: dict[str, str] = {}
        for kind, text, tok in items:
            if kind in words:
                raise LawError("WG-PARSE-001", bericht("WG-PARSE-001.twee_keer", soort=kind),
                               self._tpos(tok))
            words[kind] = text
        return _Words(words, {k: self._tpos(t) for k, _, t in items})

    def vraag(self, meta, items):
        return ("vraag", str(items[0])[1:-1], items[0])

    def label(self, meta, items):
        return ("label", str(items[0])[1:-1], items[0])

    def omschrijving(self, meta, items):
        return ("omschrijving", str(items[0])[1:-1], items[0])

    def _only(self, words: "_Words", allowed: tuple[str, ...], what: str) -> None:
        for kind in words:
            if kind not in allowed:
                raise LawError("WG-PARSE-001", bericht("WG-PARSE-001.geen_vraag", wat=what, soort=kind),
                               words.pos[kind])

    def feit(self, meta, items):
        name, *rest = items
        params, rest = self._split_tail(rest)
        typ, words = rest
        return structure.FeitDecl(self._pos(meta), str(name), params, typ, words.get("vraag"), label=words.get("label"),
                           omschrijving=words.get("omschrijving"))

    def oordeel(self, meta, items):
        name, *rest = items
        params, rest = self._split_tail(rest)
        typ, door, words = rest
        door = door[1:-1] if door.type == "STRING" else str(door)
        return structure.OordeelDecl(self._pos(meta), str(name), params, typ, door, words.get("vraag"),
                              label=words.get("label"), omschrijving=words.get("omschrijving"))

    def begrip(self, meta, items):
        name, *rest = items
        params, rest = self._split_tail(rest)
        typ = rest.pop(0)
        bare = None
        if rest and isinstance(rest[0], Token) and rest[0].type == "STRING":
            bare = rest.pop(0)
        words = rest.pop(0)
        self._only(words, ("label", "omschrijving"), "begrip")
        if bare is not None and "omschrijving" in words:
            raise LawError("WG-PARSE-001", bericht("WG-PARSE-001.omschrijving"), self._tpos(bare))
        omschrijving = words.get("omschrijving", str(bare)[1:-1] if bare is not None else None)
        body = rest.pop(0) if rest else None
        return structure.BegripDecl(self._pos(meta), str(name), params, typ, body, omschrijving, label=words.get("label"))

    def regel(self, meta, items):
        items = list(items)
        label = str(items.pop(0)) if items[0].type == "NAME" else None
        target = str(items.pop(0))
        args = items.pop(0) if isinstance(items[0], list) else []
        cond, value = items
        return structure.RegelDecl(self._pos(meta), label or "", target, tuple(args), cond, value)

    def uitzondering(self, meta, items):
        items = list(items)
        label = str(items.pop(0)) if items[0].type == "NAME" else ""
        first = str(items.pop(0))
        if isinstance(items[0], Token) and items[0].type == "QNAME":
            excepts, target = first, str(items.pop(0))  # `op <label> voor <definition>`
        else:
            excepts, target = "*", first  # `op <definition>`: an exception to its base rules
        args = items.pop(0) if isinstance(items[0], list) else []
        cond, value = items
        return structure.RegelDecl(self._pos(meta), label, target, tuple(args), cond, value, excepts=excepts)

    def parameter(self, meta, items):
        name, typ, words, value = items
        self._only(words, ("label", "omschrijving"), "parameter")
        return structure.Parameter(self._pos(meta), str(name), typ, value, label=words.get("label"),
                            omschrijving=words.get("omschrijving"))

    def waarde(self, meta, items):
        name, typ, words, text_tok = items
        self._only(words, ("label", "omschrijving"), "waarde")
        pos = self._tpos(text_tok)
        text = str(text_tok)[1:-1]
        return structure.Parameter(self._pos(meta), str(name), typ, bound_value(text, typ, pos), woorden=text,
                            label=words.get("label"), omschrijving=words.get("omschrijving"))

    def niet_uitvoerbaar(self, meta, items):
        return structure.NietUitvoerbaar(self._pos(meta), str(items[-1])[1:-1])

    def params(self, meta, items):
        return tuple(items)

    def param(self, meta, items):
        name, typ, *role = items
        return ir.Param(str(name), typ, self._tpos(name), str(role[0])[1:-1] if role else None)

    def arglist(self, meta, items):
        return [str(i) for i in items]

    def simple_type(self, meta, items):
        name = str(items[0])
        if name in ir.PRIMITIVES:
            return ir.Type("prim", name)
        if name in ir.ENTITY_TYPES:
            return ir.Type("entiteit", name)
        return ir.Type("soort", name)  # checked by the resolver: an unknown soort is an error there

    def list_type(self, meta, items):
        return ir.Type("lijst", "lijst", items[0])

    # -- expressions ------------------------------------------------------------------------------------------
    def if_expr(self, meta, items):
        return ir.IfThen(self._pos(meta), *items)

    def _chain(self, meta, op, items):
        result = items[0]
        for item in items[1:]:
            result = ir.Binary(result.pos, op, result, item)
        return result

    def or_chain(self, meta, items):
        return self._chain(meta, "of", items)

    def and_chain(self, meta, items):
        return self._chain(meta, "en", items)

    def not_(self, meta, items):
        return ir.Unary(self._pos(meta), "niet", items[0])

    def neg(self, meta, items):
        return ir.Unary(self._pos(meta), "-", items[0])

    def compare(self, meta, items):
        left, op, right = items
        op = {"≤": "<=", "≥": ">=", "≠": "!="}.get(str(op), str(op))
        return ir.Binary(left.pos, op, left, right)

    def arith(self, meta, items):
        left, op, right = items
        return ir.Binary(left.pos, str(op), left, right)

    def in_set(self, meta, items):
        return ir.InSet(items[0].pos, items[0], tuple(items[1]))

    def not_in_set(self, meta, items):
        return ir.InSet(items[0].pos, items[0], tuple(items[1]), negated=True)

    def set(self, meta, items):
        return list(items)

    def name(self, meta, items):
        return ir.Name(self._tpos(items[0]), str(items[0]))

    def call(self, meta, items):
        name, *args = items
        return ir.Call(self._tpos(name), str(name), tuple(args))

    def exists(self, meta, items):
        var, coll, body = items
        return ir.Quantifier(self._pos(meta), "bestaat", str(var), coll, body)

    def forall(self, meta, items):
        var, coll, body = items
        return ir.Quantifier(self._pos(meta), "alle", str(var), coll, body)

    def count(self, meta, items):
        var, coll, body = items
        return ir.Quantifier(self._pos(meta), "aantal", str(var), coll, body)

    def known(self, meta, items):
        return ir.Known(self._pos(meta), items[0])

    def true(self, meta, items):
        return ir.Literal(self._pos(meta), True, ir.BOOL)

    def false(self, meta, items):
        return ir.Literal(self._pos(meta), False, ir.BOOL)

    def number(self, meta, items):
        value = _num(str(items[0]))
        return ir.Literal(self._tpos(items[0]), value, ir.INT if isinstance(value, int) else ir.DEC)

    def duration(self, meta, items):
        amount = _num(str(items[0]))
        pos = self._tpos(items[0])
        if not isinstance(amount, int):
            raise LawError("WG-PARSE-002", bericht("WG-PARSE-002", eenheid=str(items[1])), pos)
        return ir.Literal(pos, Duration.of(amount, _UNITS[str(items[1])]), ir.DURATION)

    def money(self, meta, items):
        pos = self._tpos(items[0])
        if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", str(items[0])):
            # "€ 70.100" is seventy thousand one hundred in the law's notation, 70.10 in the rule language's:
            # refused rather than guessed
            raise LawError("WG-PARSE-003", bericht("WG-PARSE-003.punt", bedrag=str(items[0]),
                                                   goed=str(items[0]).replace(".", "_")), pos)
        amount = Fraction(Decimal(str(items[0]).replace("_", "")))
        if (amount * 100).denominator != 1:
            raise LawError("WG-PARSE-003", bericht("WG-PARSE-003", bedrag=str(items[0])), pos)
        return ir.Literal(pos, Money(int(amount * 100)), ir.MONEY)

    def date(self, meta, items):
        pos = self._tpos(items[0])
        try:
            value = _dt.date.fromisoformat(str(items[0]))
        except ValueError:
            raise LawError("WG-PARSE-004", bericht("WG-PARSE-004", datum=str(items[0])), pos) from None
        return ir.Literal(pos, value, ir.DATE)

    def string(self, meta, items):
        return ir.Literal(self._tpos(items[0]), str(items[0])[1:-1], ir.TEXT)


class _Words(dict):
    """The words written under one declaration (label, omschrijving, vraag), with the position of each."""

    def __init__(self, words: dict[str, str], pos: dict[str, ir.Pos]) -> None:
        super().__init__(words)
        self.pos = pos


def bound_value(words: str, typ: ir.Type, pos: ir.Pos) -> ir.Literal:
    """The literal a `waarde` stands for, read from its words ("zes jaar" -> 6 jaar); a located error when the
    words are no quantity of the declared type."""
    from .hoeveelheid import NotAQuantity, read_quantity

    try:
        kind, amount = read_quantity(words)
    except NotAQuantity as exc:
        raise LawError("WG-WAARDE-001", bericht("WG-WAARDE-001", woorden=words, reden=exc.args[0]), pos) from None
    name = typ.name if typ.kind == "prim" else str(typ)
    if name == "duur" and kind == "duur":
        return ir.Literal(pos, Duration.of(*amount), ir.DURATION)
    if name == "bedrag" and kind == "bedrag":
        if (amount * 100) != int(amount * 100):
            raise LawError("WG-WAARDE-001", bericht("WG-WAARDE-001.decimalen", woorden=words), pos)
        return ir.Literal(pos, Money(int(amount * 100)), ir.MONEY)
    if name == "geheel" and (kind == "getal" or (kind == "duur" and amount[1] == "jaar")):
        n = amount[0] if kind == "duur" else amount  # "16 jaar" as an age: 16
        if n != int(n):
            raise LawError("WG-WAARDE-001", bericht("WG-WAARDE-001.geheel", woorden=words), pos)
        return ir.Literal(pos, int(n), ir.INT)
    if name == "getal" and kind in ("getal", "procent"):  # "108%" is the factor 1.08
        return ir.Literal(pos, Fraction(amount), ir.DEC)
    what = bericht({"duur": "zin.waarde.duur", "bedrag": "zin.waarde.bedrag"}.get(kind, "zin.waarde.getal"))
    raise LawError("WG-WAARDE-001", bericht("WG-WAARDE-001.type", woorden=words, wat=what, type=str(typ)), pos)


def is_tree(x) -> bool:  # pragma: no cover - convenience for debugging
    return isinstance(x, Tree)
