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
from .limits import check as check_deadline
from .parser import ir
from .parser.errors import LawError, LawErrors
from .resolve.gemeenten import Aanvulling, Gemeentegegevens, aanvullen, load_gemeenten
from .resolve.program import Program, build
from .resolve.situation import select
from .scenario import BASIS, GEEN_GRONDSLAG, Scenario, Versie, expected_value, inputs, question_target
from .yamlpos import pos_of


@dataclass
class Outcome:
    """One question of a scenario: the answer and how it compares with what the scenario expects."""

    question: str
    answer: Answer | None
    expected: object = None
    has_expectation: bool = False
    problems: list[str] = field(default_factory=list)  # what does not match
    aanvullingen: list[Aanvulling] = field(default_factory=list)  # facts taken from law/gemeenten/, with sources
    versie: str = BASIS  # the version of per_versie this outcome is for ('basis': the scenario's own)
    wijzigingen: tuple[str, ...] = ()  # every amendment applied for this outcome (wg.program(peildatum, these))

    @property
    def ok(self) -> bool:
        return not self.problems


class Wetgraaf:
    """A loaded corpus with a cache of compiled legal situations."""

    def __init__(self, corpus: ir.Corpus | None, cache_key: str | None = None, prebuilt: dict | None = None,
                 root: Path | None = None) -> None:
        # corpus None: read from the cache (key cache_key, folder root) when first needed — a warm `wetgraaf vraag`
        # answers from kept programs (keep_situations) and never needs it.
        self._corpus = corpus
        self._root = root
        self._programs: dict[tuple, Program] = {}
        self._engines: dict[tuple, Engine] = {}
        self._gemeenten: Gemeentegegevens | None = None
        # Programs and graphs read from the cache bundle (parser/cache.py), by _stable_key; see prepare().
        self._cache_key = cache_key
        self._bundle_prebuilt: dict[tuple, tuple] = prebuilt or {}
        self._loaded_wijzigingen = dict(corpus.wijzigingen) if corpus is not None else {}
        self._kept: dict | None = None  # the index of kept programs (keep_situations), read when first asked
        self._kept_programs: dict[str, Program] = {}  # by file name: dates that share a program share the object
        self.lazy_engines = False  # True: engines compile each definition when first asked (`wetgraaf vraag`)

    @property
    def corpus(self) -> ir.Corpus:
        if self._corpus is None:
            self._read_corpus()
        return self._corpus  # type: ignore[return-value]

    @property
    def _prebuilt(self) -> dict[tuple, tuple]:
        if self._corpus is None:
            self._read_corpus()
        return self._bundle_prebuilt

    def _read_corpus(self) -> None:
        """The corpus from the cache bundle (with its programs and graphs), else the cached corpus, else parsed."""
        from .parser import cache as corpus_cache

        key, folder = self._cache_key, self._root
        bundle = corpus_cache.read_bundle(key) if key else None
        if bundle is not None:
            corpus, self._bundle_prebuilt = bundle["corpus"], bundle.get("situations") or {}
        else:
            corpus = corpus_cache.read(key) if key else None
            if corpus is None:
                from .parser.corpus import load_corpus  # the parser only when there is no cache entry

                corpus = load_corpus(folder)
                if key:
                    corpus_cache.write(key, corpus)
        self._corpus = corpus
        self._loaded_wijzigingen = dict(corpus.wijzigingen)

    def gemeenten(self) -> Gemeentegegevens:
        """The municipal data (designations, verordening choices) in <corpus>/gemeenten/, read once."""
        if self._gemeenten is None:
            root = self._root if self._corpus is None and self._root is not None else Path(self.corpus.root)
            self._gemeenten = load_gemeenten(root / "gemeenten")
        return self._gemeenten

    def _kept_index(self) -> dict:
        if self._kept is None:
            from .parser import cache as corpus_cache

            self._kept = (corpus_cache.read_situations(self._cache_key) if self._cache_key else None) or {
                "wijzigingen": None, "situaties": {}}
        return self._kept

    def _kept_program(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> Program | None:
        """The program of this situation as keep_situations left it in the cache; None when there is none, or when
        the corpus was read in this process (its amendments may have been replaced by drafts since)."""
        if self._corpus is not None or self._cache_key is None:
            return None
        name = self._kept_index()["situaties"].get((peildatum, wijzigingen))
        if name is None:
            return None
        if name not in self._kept_programs:
            from .parser import cache as corpus_cache

            program = corpus_cache.read_program(self._cache_key, name)
            if not isinstance(program, Program):
                return None
            self._kept_programs[name] = program
        return self._kept_programs[name]

    def amendment_names(self) -> set[str]:
        """The names of the corpus's amendments (from the index of kept programs when the corpus is not read)."""
        if self._corpus is None and self._cache_key is not None:
            names = self._kept_index()["wijzigingen"]
            if names is not None:
                return set(names)
        return set(self.corpus.wijzigingen)

    def _version_key(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> tuple:
        # Keyed on the base versions (before amendments): amendments apply to fresh copies, so keying on the
        # amended articles would give every peildatum its own program, built and compiled again.
        base = select(self.corpus, peildatum, ())
        return tuple(sorted((k, id(a)) for k, a in base.articles.items())) + wijzigingen

    def program(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Program:
        """The checked program for the articles in force on `peildatum`, with the amendments applied."""
        key = (peildatum, tuple(wijzigingen))
        if key not in self._programs and (kept := self._kept_program(peildatum, tuple(wijzigingen))) is not None:
            self._programs[key] = kept
        if key not in self._programs:
            vkey = self._version_key(peildatum, tuple(wijzigingen))
            # Dates that select the same article versions share one program.
            shared = next((p for k, p in self._programs.items() if getattr(p, "_vkey", None) == vkey), None)
            if shared is None:
                pre = self._prebuilt.get(self._stable_key(peildatum, tuple(wijzigingen)))
                shared = pre[0] if pre else build(select(self.corpus, peildatum, tuple(wijzigingen)))
                if pre and pre[1] is not None:
                    self.__dict__.setdefault("_graphs", {})[id(shared)] = pre[1]
                shared._vkey = vkey  # type: ignore[attr-defined]
            self._programs[key] = shared
        return self._programs[key]

    def _stable_key(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> tuple | None:
        """_version_key by file instead of object identity (the same in every process); None for an amendment
        added after loading (a draft), which the cache does not describe."""
        if any(self.corpus.wijzigingen.get(w) is not self._loaded_wijzigingen.get(w) for w in wijzigingen):
            return None
        base = select(self.corpus, peildatum, ())
        return tuple(sorted((k, a.file) for k, a in base.articles.items())) + wijzigingen

    def prepare(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> None:
        """Build the program and dependency graph of the law on `peildatum` (today's: None) and keep them in the
        cache with the parsed corpus, so that the next load() starts with them (docs/prestaties.md)."""
        self.graph(peildatum, tuple(wijzigingen))
        skey = self._stable_key(peildatum, tuple(wijzigingen))
        if self._cache_key is None or skey is None or self._prebuilt.get(skey, (None, None))[1] is not None \
                or self.corpus.wijzigingen != self._loaded_wijzigingen:
            return  # not loaded through the cache, already there, or a draft amendment was added since loading
        from .parser import cache as corpus_cache

        program = self.program(peildatum, tuple(wijzigingen))
        self._prebuilt[skey] = (program, self.__dict__["_graphs"][id(program)])
        corpus_cache.write_bundle(self._cache_key, {"corpus": self.corpus, "situations": self._prebuilt})

    def keep_situations(self) -> None:
        """Keep the programs built in this process in the cache, each on its own with an index by peildatum and
        amendments, so that the next load() of this corpus answers on those dates without reading the corpus,
        resolving or type-checking: `wetgraaf vraag` on a warm cache (issue 17). Programs of draft amendments (added
        after loading) are not kept; nothing is written when nothing is new."""
        if self._cache_key is None or self._corpus is None or self.corpus.wijzigingen != self._loaded_wijzigingen:
            return
        from .parser import cache as corpus_cache

        index = self._kept_index()
        situaties = dict(index["situaties"])
        written: dict[int, str] = {}
        for (peildatum, wijzigingen), program in self._programs.items():
            skey = self._stable_key(peildatum, wijzigingen)
            if skey is None or (peildatum, wijzigingen) in situaties:
                continue
            name = written.get(id(program))
            if name is None:
                name = written[id(program)] = repr(skey)
                if name not in situaties.values():  # another date with the same articles kept it already
                    corpus_cache.write_program(self._cache_key, name, program)
            situaties[(peildatum, wijzigingen)] = name
        if written or index["wijzigingen"] is None:
            self._kept = {"wijzigingen": sorted(self.corpus.wijzigingen), "situaties": situaties}
            corpus_cache.write_situations(self._cache_key, self._kept)

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
            self._engines[pid] = Engine(program, self.lazy_engines)
        return self._engines[pid]

    def run(self, sc: Scenario, trace: bool = False) -> list[Outcome]:
        """Evaluate every question of a scenario and compare with its expectations: first in the scenario's own
        version, then in each version of its `per_versie` (its amendments applied on top)."""
        names = self.amendment_names()
        unknown = [w for w in sc.wijzigingen if w not in names]
        if unknown:  # located at the name in the scenario (select() would not know where it was written)
            where = pos_of(sc.raw.get("wijzigingen"), sc.wijzigingen.index(unknown[0]), pos_of(sc.raw, "wijzigingen",
                                                                                                sc.pos))
            raise LawErrors([LawError("WG-WIJZ-007", f"unknown amendment '{unknown[0]}' (known: "
                                      f"{', '.join(sorted(names)) or 'none'})", where)])
        for versie in sc.per_versie.values():
            unknown = [w for w in versie.wijzigingen if w not in names]
            if unknown:
                raise LawErrors([LawError("WG-WIJZ-007", f"per_versie names the amendment '{unknown[0]}', which the "
                                          f"corpus does not have (known: {', '.join(sorted(names))})",
                                          versie.pos)])
        # A fact may exist in only some of the versions (introduced or removed by an amendment): each version skips
        # the facts it does not know, as long as one of the versions knows them.
        known: set[str] | bool = False
        if sc.per_versie:
            known = set()
            for w in [sc.wijzigingen] + [sc.wijzigingen + v.wijzigingen for v in sc.per_versie.values()]:
                for d in self.program(sc.peildatum, w).definitions.values():
                    known.update((d.name, d.qname))
        outcomes = self._run_version(sc, sc.wijzigingen, None, trace, known)
        for versie in sc.per_versie.values():
            outcomes.extend(self._run_version(sc, sc.wijzigingen + versie.wijzigingen, versie, trace, known))
        return outcomes

    def _run_version(self, sc: Scenario, wijzigingen: tuple[str, ...], versie: Versie | None, trace: bool,
                     known: set[str] | bool = False) -> list[Outcome]:
        exp = versie or sc  # where this version's expectations are
        engine = self.engine(sc.peildatum, wijzigingen)
        program = engine.program
        facts, entities = inputs(sc, program, lenient=known)
        # Gemeente and gebied entities get the facts the municipal data state for the peildatum (scenario wins).
        facts, aangevuld = aanvullen(self.gemeenten(), program, sc.peildatum, facts, entities)
        label = versie.naam if versie else BASIS
        outcomes = []
        for question in sc.vragen:
            check_deadline()  # a request over its time limit stops here (wetgraaf.limits)
            if sc.per_versie and not (question in exp.verwacht or question in exp.ontbrekend
                                      or question in exp.uitleg_bevat):
                continue  # with per_versie, each version answers the questions it states expectations for
            out = Outcome(question, None, aanvullingen=aangevuld, versie=label, wijzigingen=wijzigingen)
            try:
                qname, args = question_target(sc, program, question, entities,
                                              hint=exp.verwacht.get(question) != GEEN_GRONDSLAG)
            except LawError as exc:
                if exc.code != "WG-SCEN-019" or exp.verwacht.get(question) != GEEN_GRONDSLAG:
                    raise
                # Expected and found: this version has no provision that answers the question.
                out.expected, out.has_expectation = GEEN_GRONDSLAG, True
                outcomes.append(out)
                continue
            answer = engine.answer(question, qname, args, facts, sc.peildatum, trace or bool(exp.uitleg_bevat))
            out.answer = answer
            if question in exp.verwacht:
                out.has_expectation = True
                out.expected = expected_value(sc, program, question, qname, entities, versie)
                if out.expected == GEEN_GRONDSLAG:
                    out.problems.append(f"expected no provision for this question in this version, but "
                                        f"{program.definitions[qname].citation} answers it")
                else:
                    out.problems.extend(_compare(out.expected, answer))
            if question in exp.ontbrekend:
                want = sorted(str(x) for x in exp.ontbrekend[question])
                got = sorted(_short(m.label) for m in answer.missing_facts + answer.missing_oordelen)
                if sorted(_short(w) for w in want) != got:
                    out.problems.append(f"missing facts: expected {want}, got {got}")
            if question in exp.uitleg_bevat:
                from .engine.explain import explain_text

                text = explain_text(answer, program)
                for fragment in exp.uitleg_bevat[question]:
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


def load(root: Path | str | None = None, cache: bool = True, lazy: bool = False) -> Wetgraaf:
    """Load and parse the corpus (the packaged one by default). Raises LawErrors listing every problem.

    The parsed corpus is cached by the content hash of its files (parser/cache.py); set WETGRAAF_NO_CACHE=1 or
    cache=False to always parse. lazy=True (`wetgraaf vraag`): when programs were kept for this corpus
    (Wetgraaf.keep_situations), the corpus itself is read only when something needs it, and engines compile each
    definition when first asked."""
    import os

    from .parser import cache as corpus_cache
    from .parser.corpus import default_root

    folder = Path(root) if root is not None else default_root()
    if not cache or os.environ.get("WETGRAAF_NO_CACHE") or not folder.is_dir():
        from .parser.corpus import load_corpus

        return Wetgraaf(load_corpus(folder))
    key = corpus_cache.content_key(folder)
    wg = Wetgraaf(None, key, root=folder)
    wg.lazy_engines = lazy
    wg._kept = corpus_cache.read_situations(key) if lazy else None
    if not wg._kept:  # read (or parse, raising LawErrors) now, unless programs were kept for a warm start
        wg._kept = None
        wg._read_corpus()
    return wg


__all__ = ["load", "Wetgraaf", "Outcome", "LawError", "LawErrors"]
