"""The Python API: load the corpus once, then ask questions on any legal situation.

    import wetgraaf
    wg = wetgraaf.load()
    answers = wg.run(wetgraaf.scenario.load_file("geval.yaml")[0])
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engine.evaluate import Answer, Engine
from .limits import check as check_deadline
from .core.errors import LawError, LawErrors
from .taal import bericht
from .resolve.model import Program
from .scenario import (BASIS, GEEN_GRONDSLAG, Scenario, Versie, compare_answer, expected_value, inputs,
                       question_target)

if TYPE_CHECKING:  # the municipal data's reader only for a scenario with a gemeente or gebied (issue 17)
    from .resolve.gegevens import Aanvulling, Gemeentegegevens
    from .parser.structure import Corpus  # the parsed document: never read by a warm `vraag`


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


@dataclass(eq=False)
class CompiledSituation:
    """One legal situation (the article versions in force on a peildatum, with amendments applied) and what is built
    from it, each at most once: the checked Program, its compiled Engine and its dependency graph (both on first
    use; the graph is shared, so read-only)."""

    program: Program
    engine: Engine | None = None
    graph: Any = None  # networkx MultiDiGraph (wetgraaf.graph.build)
    from_bundle: bool = False  # program (and graph) read from the cache bundle (parser/cache.py), not built here


class Wetgraaf:
    """A loaded corpus with its compiled legal situations."""

    def __init__(self, corpus: Corpus | None, cache_key: str | None = None, prebuilt: dict | None = None,
                 root: Path | None = None) -> None:
        # corpus None: read from the cache (key cache_key, folder root) when first needed — a warm `wetgraaf vraag`
        # answers from kept programs (keep_situations) and never needs it.
        self._corpus = corpus
        self._root = root
        # The municipal data, one reader per law that declares them (a test may set one Gemeentegegevens).
        self._gemeenten: list[Gemeentegegevens] | Gemeentegegevens | None = None
        self._uitbreidingen: dict[str, dict[str, Any]] | None = None
        self._cache_key = cache_key
        self._loaded_wijzigingen = dict(corpus.wijzigingen) if corpus is not None else {}
        # The one cache: situations by _situation_key. Dates that select the same article versions share one
        # situation; _versions only remembers which versions a peildatum selects, as select() is not free.
        self._situations: dict[tuple, CompiledSituation] = {}
        self._bundle(prebuilt)
        self._versions: dict[_dt.date | None, tuple] = {}
        self._asked: dict[tuple, tuple] = {}  # (peildatum, wijzigingen) -> situation key, for keep_situations
        # Kept programs (keep_situations): their index, read when first asked, and the situations made of them,
        # by (peildatum, wijzigingen) and by program file (dates that share a program share the situation).
        self._kept: dict | None = None
        self._kept_situations: dict[tuple, CompiledSituation] = {}
        self._kept_by_name: dict[str, CompiledSituation] = {}
        self.lazy_engines = False  # True: engines compile each definition when first asked (`wetgraaf vraag`)
        self._graph_memo: Any = None  # graph.build.GraphMemo of this corpus's graphs, made with the first

    def _bundle(self, prebuilt: dict | None) -> None:
        for key, (program, graph) in (prebuilt or {}).items():
            self._situations.setdefault(key, CompiledSituation(program, graph=graph, from_bundle=True))

    @property
    def corpus(self) -> Corpus:
        if self._corpus is None:
            self._read_corpus()
        return self._corpus  # type: ignore[return-value]

    def _read_corpus(self) -> None:
        """The corpus from the cache bundle (with its programs and graphs), else the cached corpus, else parsed."""
        from .parser import cache as corpus_cache

        key, folder = self._cache_key, self._root
        bundle = corpus_cache.read_bundle(key) if key else None
        if bundle is not None:
            corpus = bundle["corpus"]
            self._bundle(bundle.get("situations"))
        else:
            corpus = corpus_cache.read(key) if key else None
            if corpus is None:
                from .parser.corpus import load_corpus  # the parser only when there is no cache entry

                corpus = load_corpus(folder)
                if key:
                    corpus_cache.write(key, corpus)
        self._corpus = corpus
        self._loaded_wijzigingen = dict(corpus.wijzigingen)

    def _kept_index(self) -> dict:
        if self._kept is None:
            from .parser import cache as corpus_cache

            self._kept = (corpus_cache.read_situations(self._cache_key) if self._cache_key else None) or {
                "wijzigingen": None, "situaties": {}}
        return self._kept

    def _kept_situation(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> CompiledSituation | None:
        """The situation of a program keep_situations left in the cache; None when there is none, or when the
        corpus was read in this process (its amendments may have been replaced by drafts since)."""
        if self._corpus is not None or self._cache_key is None:
            return None
        found = self._kept_situations.get((peildatum, wijzigingen))
        if found is not None:
            return found
        name = self._kept_index()["situaties"].get((peildatum, wijzigingen))
        if name is None:
            return None
        if name not in self._kept_by_name:
            from .parser import cache as corpus_cache

            from .resolve import kept

            def situation():  # as the program was built (see situation()), when something reads its articles
                from .resolve.situation import select

                return select(self.corpus, peildatum, wijzigingen)

            program = kept.read(corpus_cache.read_program(self._cache_key, name), situation)
            if program is None:
                return None
            self._kept_by_name[name] = CompiledSituation(program)
        found = self._kept_situations[(peildatum, wijzigingen)] = self._kept_by_name[name]
        return found

    def amendment_names(self) -> set[str]:
        """The names of the corpus's amendments (from the index of kept programs when the corpus is not read)."""
        if self._corpus is None and self._cache_key is not None:
            names = self._kept_index()["wijzigingen"]
            if names is not None:
                return set(names)
        return set(self.corpus.wijzigingen)

    @property
    def bundled(self) -> int:
        """How many situations were read from the cache bundle at load (see prepare())."""
        return sum(s.from_bundle for s in self._situations.values())

    def uitbreidingen(self) -> dict[str, dict[str, Any]]:
        """What each law declares beyond its articles (wet.yaml `uitbreidingen:`), by law and kind: from the corpus
        when it is read, else from the wet.yaml files alone (a warm start parses no article for this)."""
        if self._uitbreidingen is None:
            if self._corpus is None and self._root is not None:
                from .parser.uitbreidingen import lees_map

                self._uitbreidingen = lees_map(self._root)
            else:
                self._uitbreidingen = {k: law.uitbreidingen for k, law in self.corpus.laws.items()
                                       if law.uitbreidingen}
        return self._uitbreidingen

    def gegevens(self) -> list[Gemeentegegevens]:
        """The municipal data: one reader per law that declares a data folder (`gemeentegegevens`), read once."""
        from .resolve.gegevens import Gemeentegegevens, load_gegevens

        if self._gemeenten is None:
            root = self._root if self._corpus is None and self._root is not None else Path(self.corpus.root)
            self._gemeenten = [load_gegevens(root / d["gemeentegegevens"].map, d["gemeentegegevens"])
                               for d in self.uitbreidingen().values() if "gemeentegegevens" in d]
        return [self._gemeenten] if isinstance(self._gemeenten, Gemeentegegevens) else self._gemeenten

    def gemeenten(self, wet: str | None = None) -> Gemeentegegevens:
        """The municipal data law `wet` declares (None: the first law that declares any); empty when none does."""
        from .resolve.gegevens import Gemeentegegevens

        for data in self.gegevens():
            if wet is None or (data.declaratie is not None and data.declaratie.wet == wet):
                return data
        return Gemeentegegevens()

    def _situation_key(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> tuple:
        # The base versions (before amendments) by file, and each amendment by name and folder: amendments apply to
        # fresh copies, so keying on the amended articles would give every peildatum its own program. Files, not
        # object identities, so the key is the same in every process and names the bundle's entries too.
        from .resolve.situation import select, text_unknown_since, values_unknown  # the resolver only with the corpus

        if peildatum not in self._versions:
            base = select(self.corpus, peildatum, ())
            # An article whose words on the peildatum are not in the corpus builds another program (its values are
            # asked for: resolve/situation.text_unknown_since), so the day that began is part of the key, and which
            # values are asked (all, or those `geldig_tot_betreft` names: values_unknown).
            unknown = {k: text_unknown_since(a, peildatum) for k, a in base.articles.items()}
            only = {k: values_unknown(a, peildatum) for k, a in base.articles.items()}
            self._versions[peildatum] = tuple(sorted(
                (k, a.file) if unknown[k] is None else (k, a.file, unknown[k], tuple(sorted(only[k] or ())))
                for k, a in base.articles.items()))
        amendments = tuple((w, getattr(self.corpus.wijzigingen.get(w), "folder", None)) for w in wijzigingen)
        return self._versions[peildatum], amendments

    def _stable_key(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> tuple | None:
        """The situation's key when the cache bundle may hold it; None for an amendment added after loading (a
        draft), which the cache does not describe."""
        if any(self.corpus.wijzigingen.get(w) is not self._loaded_wijzigingen.get(w) for w in wijzigingen):
            return None
        return self._situation_key(peildatum, wijzigingen)

    def situation(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> CompiledSituation:
        """The legal situation on `peildatum` (today's: None) with the amendments applied, built once."""
        wijzigingen = tuple(wijzigingen)
        kept = self._kept_situation(peildatum, wijzigingen)
        if kept is not None:
            return kept
        key = self._situation_key(peildatum, wijzigingen)
        self._asked[(peildatum, wijzigingen)] = key
        found = self._situations.get(key)
        if found is None or (found.from_bundle and self._stable_key(peildatum, wijzigingen) is None):
            from .resolve.program import build
            from .resolve.situation import select

            found = CompiledSituation(build(select(self.corpus, peildatum, wijzigingen)))
            self._situations[key] = found
        return found

    def compiled(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> bool:
        """Whether the engine of the situation was built already in this process (nothing is built to find out):
        the question service's forked children use only what the service compiled."""
        wijzigingen = tuple(wijzigingen)
        found = self._kept_situations.get((peildatum, wijzigingen))
        if found is None:
            key = self._asked.get((peildatum, wijzigingen))
            found = self._situations.get(key) if key is not None else None
        return found is not None and found.engine is not None

    def program(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Program:
        """The checked program for the articles in force on `peildatum`, with the amendments applied."""
        return self.situation(peildatum, wijzigingen).program

    def prepare(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> None:
        """Build the program and dependency graph of the law on `peildatum` (today's: None) and keep them in the
        cache with the parsed corpus, so that the next load() starts with them (docs/prestaties.md)."""
        wijzigingen = tuple(wijzigingen)
        self.graph(peildatum, wijzigingen)
        key = self._stable_key(peildatum, wijzigingen)
        situation = self.situation(peildatum, wijzigingen)
        if self._cache_key is None or key is None or situation.from_bundle \
                or self.corpus.wijzigingen != self._loaded_wijzigingen:
            return  # not loaded through the cache, already there, or a draft amendment was added since loading
        from .parser import cache as corpus_cache

        situation.from_bundle = True  # written now: the bundle holds it
        bundled = {k: (s.program, s.graph) for k, s in self._situations.items() if s.from_bundle}
        corpus_cache.write_bundle(self._cache_key, {"corpus": self.corpus, "situations": bundled})

    def engine(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Engine:
        return self._compiled(self.situation(peildatum, wijzigingen))

    def graph(self, peildatum: _dt.date | None = None, wijzigingen: tuple[str, ...] = ()) -> Any:
        """The dependency graph (networkx MultiDiGraph, see wetgraaf.graph.build) of the situation; built once
        per program and shared, so treat it as read-only."""
        from .graph.build import GraphMemo, build_graph

        situation = self.situation(peildatum, wijzigingen)
        if situation.graph is None:
            if self._graph_memo is None:  # the situations share most article objects: their units built once
                self._graph_memo = GraphMemo()
            situation.graph = build_graph(situation.program, self.corpus, self._graph_memo)
        return situation.graph

    def engine_for(self, program: Program) -> Engine:
        """The compiled engine of a program: one of this corpus's situations is compiled once, then reused; any
        other program (a mutant, one built by hand) is compiled on each call."""
        situations = list(self._situations.values()) + list(self._kept_by_name.values())
        situation = next((s for s in situations if s.program is program), None)
        return Engine(program) if situation is None else self._compiled(situation)

    def _compiled(self, situation: CompiledSituation) -> Engine:
        if situation.engine is None:
            situation.engine = Engine(situation.program, self.lazy_engines)
        return situation.engine

    def release(self) -> None:
        """Let go of every situation built in this process: engines freed (Engine.release), graphs emptied, the
        tables emptied. For a caller that is done with this Wetgraaf (a site build, after its last page): an engine's
        closures refer to each other, so the programs, graphs and IR they reach would otherwise wait for a full
        run of Python's cyclic garbage collector, which walks every one of them (a third of a one-article
        rebuild's collection; docs/prestaties.md). Anything asked after this is built again."""
        for found in list(self._situations.values()) + list(self._kept_by_name.values()):
            if found.engine is not None:
                found.engine.release()
                found.engine = None
            if found.graph is not None:
                found.graph.clear()
                found.graph = None
        self._situations.clear()
        self._kept_situations.clear()
        self._graph_memo = None
        self._kept_by_name.clear()
        self._asked.clear()

    def keep_situations(self) -> None:
        """Keep the programs of the situations asked in this process in the cache, each on its own with an index by
        peildatum and amendments, so that the next load(lazy=True) of this corpus answers on those dates without
        reading the corpus, resolving or type-checking: `wetgraaf vraag` on a warm cache (issue 17). Programs of draft
        amendments (added after loading) are not kept; nothing is written when nothing is new."""
        if self._cache_key is None or self._corpus is None or self.corpus.wijzigingen != self._loaded_wijzigingen:
            return
        from .parser import cache as corpus_cache

        index = self._kept_index()
        situaties = dict(index["situaties"])
        written: set[str] = set()
        for (peildatum, wijzigingen), key in self._asked.items():
            if (peildatum, wijzigingen) in situaties or self._stable_key(peildatum, wijzigingen) is None:
                continue
            name = repr(key)
            if name not in written and name not in situaties.values():  # another date may have kept it already
                from .resolve import kept

                corpus_cache.write_program(self._cache_key, name, kept.parts(self._situations[key].program))
                written.add(name)
            situaties[(peildatum, wijzigingen)] = name
        if written or index["wijzigingen"] is None:
            self._kept = {"wijzigingen": sorted(self.corpus.wijzigingen), "situaties": situaties}
            corpus_cache.write_situations(self._cache_key, self._kept)

    def run(self, sc: Scenario, trace: bool = False) -> list[Outcome]:
        """Evaluate every question of a scenario and compare with its expectations: first in the scenario's own
        version, then in each version of its `per_versie` (its amendments applied on top)."""
        names = self.amendment_names()
        unknown = [w for w in sc.wijzigingen if w not in names]
        if unknown:  # located at the name in the scenario (select() would not know where it was written)
            from .yamlpos import pos_of

            where = pos_of(sc.raw.get("wijzigingen"), sc.wijzigingen.index(unknown[0]), pos_of(sc.raw, "wijzigingen",
                                                                                                sc.pos))
            raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.api", naam=unknown[0], bekend=", ".join(
                sorted(names)) or bericht("api.geen")), where)])
        for versie in sc.per_versie.values():
            unknown = [w for w in versie.wijzigingen if w not in names]
            if unknown:
                raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.per_versie", naam=unknown[0], bekend=", ".join(
                    sorted(names)) or bericht("api.geen")), versie.pos)])
        # A fact may exist in only some of the versions (introduced or removed by an amendment): each version skips
        # the facts it does not know, as long as one of the versions knows them.
        known: set[str] | bool = False
        if sc.per_versie:
            known = set()
            for w in [sc.wijzigingen] + [sc.wijzigingen + v.wijzigingen for v in sc.per_versie.values()]:
                for qname in self.program(sc.peildatum, w).definitions:  # names only: a kept program reads none
                    known.update((qname, qname.split(".", 1)[1]))
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
        aangevuld: list[Aanvulling] = []
        if any(typ in ("gemeente", "gebied") for typ in entities.values()):  # the only entities aanvullen fills
            from .resolve.gegevens import aanvullen

            for data in self.gegevens():
                facts, added = aanvullen(data, program, sc.peildatum, facts, entities)
                aangevuld.extend(added)
        label = versie.naam if versie else BASIS
        outcomes = []
        for index, question in enumerate(sc.vragen):
            check_deadline()  # a request over its time limit stops here (wetgraaf.limits)
            if sc.per_versie and not (question in exp.verwacht or question in exp.ontbrekend
                                      or question in exp.uitleg_bevat):
                continue  # with per_versie, each version answers the questions it states expectations for
            out = Outcome(question, None, aanvullingen=aangevuld, versie=label, wijzigingen=wijzigingen)
            try:
                qname, args = question_target(sc, program, question, entities, index=index,
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
                    out.problems.append(bericht("zin.verwacht.geen_grondslag",
                                                bron=program.definitions[qname].citation.bericht()))
                else:
                    out.problems.extend(compare_answer(out.expected, answer))
            if question in exp.ontbrekend:
                want = sorted(str(x) for x in exp.ontbrekend[question])
                got = sorted(_short(m.label) for m in answer.missing_facts + answer.missing_oordelen)
                if sorted(_short(w) for w in want) != got:
                    out.problems.append(bericht("zin.verwacht.ontbrekend", verwacht=want, antwoord=got))
            if question in exp.uitleg_bevat:
                from .engine.explain import explain_text

                text = explain_text(answer, program)
                for fragment in exp.uitleg_bevat[question]:
                    if str(fragment) not in text:
                        out.problems.append(bericht("zin.verwacht.uitleg", fragment=str(fragment)))
            outcomes.append(out)
        return outcomes


def _short(label: str) -> str:
    """Compare fact labels without their law prefix: 'wmo2015.geboortedatum(kind)' ~ 'geboortedatum(kind)'."""
    head, _, rest = label.partition("(")
    return head.split(".")[-1] + (("(" + rest) if rest else "")


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


__all__ = ["load", "Wetgraaf", "CompiledSituation", "Outcome", "LawError", "LawErrors"]
