"""The Python API: load the corpus once, then ask questions on any legal situation.

    import wetgraaf
    wg = wetgraaf.load()
    answers = wg.run(wetgraaf.scenario.load_file("geval.yaml")[0])
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from .engine.evaluate import Answer, Engine
from .parser import ir
from .parser.corpus import load_corpus
from .parser.errors import LawError, LawErrors
from .resolve.gemeenten import Aanvulling, Gemeentegegevens, aanvullen, load_gemeenten
from .resolve.program import Program, build
from .resolve.situation import select
from .scenario import Scenario, expected_value, inputs, question_target


@dataclass
class Outcome:
    """One question of a scenario: the answer and how it compares with what the scenario expects."""

    question: str
    answer: Answer | None
    expected: object = None
    has_expectation: bool = False
    problems: list[str] = field(default_factory=list)  # what does not match
    aanvullingen: list[Aanvulling] = field(default_factory=list)  # facts taken from law/gemeenten/, with sources

    @property
    def ok(self) -> bool:
        return not self.problems


class Wetgraaf:
    """A loaded corpus with a cache of compiled legal situations."""

    def __init__(self, corpus: ir.Corpus) -> None:
        self.corpus = corpus
        self._programs: dict[tuple, Program] = {}
        self._engines: dict[tuple, Engine] = {}
        self._gemeenten: Gemeentegegevens | None = None

    def gemeenten(self) -> Gemeentegegevens:
        """The municipal data (designations, verordening choices) in <corpus>/gemeenten/, read once."""
        if self._gemeenten is None:
            self._gemeenten = load_gemeenten(Path(self.corpus.root) / "gemeenten")
        return self._gemeenten

    def _version_key(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> tuple:
        # Keyed on the base versions (before amendments): amendments apply to fresh copies, so keying on the
        # amended articles would give every peildatum its own program, built and compiled again.
        base = select(self.corpus, peildatum, ())
        return tuple(sorted((k, id(a)) for k, a in base.articles.items())) + wijzigingen

    def program(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Program:
        """The checked program for the articles in force on `peildatum`, with the amendments applied."""
        key = (peildatum, tuple(wijzigingen))
        if key not in self._programs:
            vkey = self._version_key(peildatum, tuple(wijzigingen))
            # Dates that select the same article versions share one program.
            shared = next((p for k, p in self._programs.items() if getattr(p, "_vkey", None) == vkey), None)
            if shared is None:
                shared = build(select(self.corpus, peildatum, tuple(wijzigingen)))
                shared._vkey = vkey  # type: ignore[attr-defined]
            self._programs[key] = shared
        return self._programs[key]

    def engine(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Engine:
        return self.engine_for(self.program(peildatum, wijzigingen))

    def graph(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()):
        """The dependency graph (networkx MultiDiGraph, see wetgraaf.graph.build) of the situation; built once
        per program and shared, so treat it as read-only."""
        from .graph.build import build_graph

        program = self.program(peildatum, tuple(wijzigingen))
        graphs = self.__dict__.setdefault("_graphs", {})
        if id(program) not in graphs:
            graphs[id(program)] = build_graph(program, self.corpus)
        return graphs[id(program)]

    def engine_for(self, program: Program) -> Engine:
        """The compiled engine of a program (compiled once, then reused)."""
        pid = id(program)
        if pid not in self._engines:
            self._engines[pid] = Engine(program)
        return self._engines[pid]

    def run(self, sc: Scenario, trace: bool = False) -> list[Outcome]:
        """Evaluate every question of a scenario and compare with its expectations."""
        engine = self.engine(sc.peildatum, sc.wijzigingen)
        program = engine.program
        facts, entities = inputs(sc, program)
        # Gemeente and gebied entities get the facts the municipal data state for the peildatum (scenario wins).
        facts, aangevuld = aanvullen(self.gemeenten(), program, sc.peildatum, facts, entities)
        outcomes = []
        for question in sc.vragen:
            qname, args = question_target(sc, program, question, entities)
            answer = engine.answer(question, qname, args, facts, sc.peildatum, trace or bool(sc.uitleg_bevat))
            out = Outcome(question, answer, aanvullingen=aangevuld)
            if question in sc.verwacht:
                out.has_expectation = True
                out.expected = expected_value(sc, program, question, qname, entities)
                out.problems.extend(_compare(out.expected, answer))
            if question in sc.ontbrekend:
                want = sorted(str(x) for x in sc.ontbrekend[question])
                got = sorted(_short(m.label) for m in answer.missing_facts + answer.missing_oordelen)
                if sorted(_short(w) for w in want) != got:
                    out.problems.append(f"missing facts: expected {want}, got {got}")
            if question in sc.uitleg_bevat:
                from .engine.explain import explain_text

                text = explain_text(answer, program)
                for fragment in sc.uitleg_bevat[question]:
                    if str(fragment) not in text:
                        out.problems.append(f"the explanation does not contain {fragment!r}")
            outcomes.append(out)
        return outcomes


def _short(label: str) -> str:
    """Compare fact labels without their law prefix: 'wmo2015.geboortedatum(kind)' ~ 'geboortedatum(kind)'."""
    head, _, rest = label.partition("(")
    return head.split(".")[-1] + (("(" + rest) if rest else "")


def _compare(expected, answer: Answer) -> list[str]:
    from .engine.explain import show_value

    if answer.error is not None:
        return [f"evaluation failed: {answer.error.message}"]
    if expected == "onbekend":
        return [] if not answer.known else [f"expected onbekend, got {show_value(answer.value)}"]
    if not answer.known:
        return [f"expected {show_value(expected)}, got onbekend"]
    if expected != answer.value or type(expected) is bool and type(answer.value) is not bool:
        return [f"expected {show_value(expected)}, got {show_value(answer.value)}"]
    return []


def load(root: Path | str | None = None, cache: bool = True) -> Wetgraaf:
    """Load and parse the corpus (the packaged one by default). Raises LawErrors listing every problem.

    The parsed corpus is cached by the content hash of its files (parser/cache.py); set WETGRAAF_NO_CACHE=1 or
    cache=False to always parse."""
    import os

    from .parser import cache as corpus_cache
    from .parser.corpus import default_root

    folder = Path(root) if root is not None else default_root()
    if not cache or os.environ.get("WETGRAAF_NO_CACHE") or not folder.is_dir():
        return Wetgraaf(load_corpus(folder))
    key = corpus_cache.content_key(folder)
    corpus = corpus_cache.read(key)
    if corpus is None:
        corpus = load_corpus(folder)
        corpus_cache.write(key, corpus)
    return Wetgraaf(corpus)


__all__ = ["load", "Wetgraaf", "Outcome", "LawError", "LawErrors"]
