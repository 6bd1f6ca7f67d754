"""Evaluate questions against a compiled program: the answer, the facts still missing, the open norms it rests on
(with both branches when a judgement has not been made) and, on request, the explanation trace."""

from __future__ import annotations

import datetime as _dt
import itertools
from dataclasses import dataclass, field
from typing import Any

from ..resolve.model import Program
from .compile import Compiled, Context, TraceNode
from ..core.values import EvalError, Unknown
from ..taal import bericht

MAX_BRANCH_NORMS = 4  # 2**4 combinations at most when showing the branches of unmade judgements


@dataclass
class Missing:
    qname: str
    args: tuple
    vraag: str | None
    door: str | None = None  # for open norms: the authority

    @property
    def label(self) -> str:
        return f"{self.qname}({', '.join(map(str, self.args))})" if self.args else self.qname


@dataclass
class Answer:
    question: str
    qname: str
    args: tuple
    value: Any  # a value, or Unknown
    missing_facts: list[Missing] = field(default_factory=list)
    missing_oordelen: list[Missing] = field(default_factory=list)
    rests_on: list[Missing] = field(default_factory=list)  # judgements given in the scenario that were used
    branches: list[tuple[dict[str, Any], Any]] = field(default_factory=list)
    trace: list[TraceNode] | None = None
    error: EvalError | None = None

    @property
    def known(self) -> bool:
        return not isinstance(self.value, Unknown) and self.error is None


class Engine:
    """Evaluates questions on one legal situation (peildatum + amendments)."""

    def __init__(self, program: Program, lazy: bool = False) -> None:
        self.program = program
        self.compiled = Compiled(program, lazy)  # lazy: each definition when first asked (engine/compile.py)
        # The judgements given in the last facts asked about: a request asks many questions on one facts dict, and
        # finding them per question made its cost grow with questions times facts.
        self._given: tuple[dict, int, list] | None = None

    def release(self) -> None:
        """Free the compiled closures now (Compiled.release); the engine cannot answer after this."""
        self.compiled.release()
        self._given = None

    def function(self, qname: str):
        return self.compiled.functions[qname]

    def decide(self, qname: str, args: tuple, facts: dict, peildatum: _dt.date, trace: bool = False):
        """The fast path: just the value (or Unknown), optionally with the trace."""
        ctx = Context(facts, peildatum, trace)
        try:
            value = self.compiled.functions[qname](ctx, args)
        except RecursionError:
            d = self.program.definitions[qname]
            raise EvalError("WG-EVAL-013", bericht("WG-EVAL-013", naam=d.name), d.pos) from None
        return value, ctx

    def answer(self, question: str, qname: str, args: tuple, facts: dict, peildatum: _dt.date,
               trace: bool = False) -> Answer:
        try:
            value, ctx = self.decide(qname, args, facts, peildatum, trace)
        except EvalError as exc:
            return Answer(question, qname, args, None, error=exc)
        answer = Answer(question, qname, args, value, trace=ctx.trace)
        if isinstance(value, Unknown):
            answer.missing_facts = [self._missing(q, a) for q, a in sorted(value.facts, key=_sort_key)]
            answer.missing_oordelen = [self._missing(q, a) for q, a in sorted(value.oordelen, key=_sort_key)]
            if value.oordelen and len(value.oordelen) <= MAX_BRANCH_NORMS:
                answer.branches = self._branches(qname, args, facts, peildatum, sorted(value.oordelen, key=_sort_key))
        answer.rests_on = self._judgements_used(qname, args, facts, peildatum, ctx)
        return answer

    def _missing(self, qname: str, args: tuple) -> Missing:
        d = self.program.definitions[qname]
        vraag = d.vraag
        if vraag and args:
            for p, a in zip(d.params, args):
                vraag = vraag.replace("{" + p.name + "}", str(a))
        return Missing(qname, args, vraag, d.door)

    def _branches(self, qname, args, facts, peildatum, norms) -> list[tuple[dict[str, Any], Any]]:
        """Evaluate once per combination of the unmade boolean judgements: 'depends on the judgement of ...'."""
        out = []
        bool_norms = [n for n in norms if self.program.definitions[n[0]].type.name == "waarheid"]
        if len(bool_norms) != len(norms):
            return out
        for combo in itertools.product((True, False), repeat=len(norms)):
            trial = dict(facts)
            trial.update(dict(zip(norms, combo)))
            try:
                value, _ = self.decide(qname, args, trial, peildatum)
            except EvalError as exc:
                value = exc
            label = {self._missing(*n).label: v for n, v in zip(norms, combo)}
            out.append((label, value))
        return out

    def _judgements_used(self, qname, args, facts, peildatum, ctx) -> list[Missing]:
        """Open norms given in the scenario that the answer depends on (a change would be looked up)."""
        cached = self._given
        if cached is not None and cached[0] is facts and cached[1] == len(facts):
            given = cached[2]
        else:
            given = [k for k in facts if self.program.definitions.get(k[0]) is not None
                     and self.program.definitions[k[0]].kind == "oordeel"]
            self._given = (facts, len(facts), given)
        used = []
        for key in given:
            trial = dict(facts)
            del trial[key]
            try:
                value, _ = self.decide(qname, args, trial, peildatum)
            except EvalError:
                continue
            if isinstance(value, Unknown) and key in value.oordelen:
                used.append(self._missing(*key))
        return used


def _sort_key(item):
    return (item[0], tuple(map(str, item[1])))
