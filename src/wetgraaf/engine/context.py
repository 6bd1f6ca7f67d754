"""The state of one evaluation (facts, peildatum, memo table) and the trace it may keep, apart from the compiler so
that the builtins (engine/operations.py), which the compiler calls, can add trace nodes without importing it."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..parser import ir
from ..resolve.model import Rule


class TraceNode:
    __slots__ = ("kind", "qname", "args", "value", "citation", "rule", "children", "pos")

    def __init__(self, kind: str, qname: str, args: tuple, citation: ir.Citation | None, pos: ir.Pos | None) -> None:
        self.kind = kind  # 'begrip' | 'feit' | 'oordeel' | 'parameter' | 'zie'
        self.qname = qname
        self.args = args
        self.value: Any = None
        self.citation = citation
        self.rule: Rule | None = None
        self.children: list[TraceNode] = []
        self.pos = pos


class Context:
    """The state of one evaluation: the facts, the peildatum, the memo table and (optionally) the trace."""

    __slots__ = ("facts", "peildatum", "memo", "trace", "stack", "entities")

    def __init__(self, facts: dict, peildatum: _dt.date, trace: bool = False, entities: dict | None = None) -> None:
        self.facts = facts
        self.peildatum = peildatum
        self.memo: dict = {}
        self.trace: list[TraceNode] | None = [] if trace else None
        self.stack: list[TraceNode] = []
        self.entities = entities or {}


def add_node(ctx: Context, node: TraceNode) -> None:
    if ctx.stack:
        ctx.stack[-1].children.append(node)
    elif ctx.trace is not None:
        ctx.trace.append(node)
