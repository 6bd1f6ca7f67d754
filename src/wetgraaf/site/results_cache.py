"""Reuse of the site's costly results between builds: the scenario runs (per scenario file), and per amendment
its report's graph diff and each scenario's part of its outcome table. Each result is stored under a key made of
the contents of everything it can read, so a result is reused only when it would come out the same.

What a result can read is found at the level of laws. Two laws are *joined* when a rule of one uses a definition
of the other (in any situation the site shows: today's law, each amendment, each version date), when the text of
an article of one refers to an article of the other, or when one amendment changes both. A scenario reads the
laws it names (a qualified name, a name some law defines, a law's key, an amendment's name: any word of the file)
and everything joined to them; an amendment the laws it changes (and those of the amendments it builds on) and
everything joined to them. A key holds the bytes of every file of those laws and amendments, the scenario file,
the municipal data (gemeenten/), the names and types of every definition of the corpus (an unqualified name and a
close-name suggestion look at all of them) and the code of wetgraaf. An edit to Wbmgp art. 8 therefore cannot
reuse a Wbmgp result, and leaves the Wmo and Zorgtoeslag results as they were.

A scenario an amendment cannot reach (_OutcomeMemo.alone) is evaluated once for its outcome table, and that part
is keyed by the scenario's own inputs (alone_key), so every report that cannot reach it shares it.

The results live in one file per corpus folder in the cache folder (parser/cache.py: signed, written
atomically); after a build it holds only the results that build used.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..parser import cache as corpus_cache
from ..parser.files import fast_load
from ..parser.wijziging import met_basis
from .model import rule_tree
from .woorden import site_taal

if TYPE_CHECKING:
    from ..scenario import Scenario
    from .build import SiteBuild

_FORMAT = "2"  # 2: each result pickled on its own
# False while a full build (`wetgraaf site --volledig`) runs: nothing is read from earlier builds, all is written.
READ = True
_WORD = re.compile(r"[^\W\d][\w.]*")


def _sha(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\0")
    return h.hexdigest()


def _folder_hash(folder: Path) -> str:
    if not folder.is_dir():
        return "-"
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def code_hash() -> str:
    """wetgraaf's version and every source file of the package (a result is the output of this code)."""
    from importlib.metadata import version  # not the root package: it loads the API the site lies under

    pkg = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(version("wetgraaf").encode())
    for path in sorted(p for p in pkg.rglob("*") if p.suffix in (".py", ".lark") and "law" not in
                       p.relative_to(pkg).parts[:1]):
        h.update(path.relative_to(pkg).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


_ASKED = ("vragen", "verwacht", "ontbrekend", "uitleg_bevat")


_NAMES: dict[bytes, tuple[set[str], set[tuple[str | None, str]]]] = {}  # per file content, in this process


def _names_in(data: bytes) -> tuple[set[str], set[tuple[str | None, str]]]:
    """_read_names, once per content in this process (a rebuild reads the same scenario files again)."""
    digest = hashlib.sha256(data).digest()
    if digest not in _NAMES:
        if len(_NAMES) > 4096:
            _NAMES.clear()
        _NAMES[digest] = _read_names(data)
    words, asked = _NAMES[digest]
    return set(words), set(asked)


def _read_names(data: bytes) -> tuple[set[str], set[tuple[str | None, str]]]:
    """What a scenario file can name: (every word that may be a law, a qualified name or an amendment; the
    definitions its questions ask for, each with the `wet` of its scenario). A fact names no law's content: the
    laws that declare it are found by name and type (in the key's list of all definitions), and its value is read
    only by the rules a question reaches. Not valid YAML: every word, as a question without `wet` (the run
    reports the error; the key still holds the bytes)."""
    import yaml

    text = data.decode("utf-8", "replace")
    words = set(_WORD.findall(text))
    try:
        doc = fast_load(text)
    except yaml.YAMLError:
        return words, {(None, w) for w in words}
    asked: set[tuple[str | None, str]] = set()

    def question(wet: str | None, q: object) -> None:
        m = _WORD.match(str(q).strip())
        if m:
            asked.add((wet, m.group()))

    def walk(node: object, wet: str | None) -> None:
        if isinstance(node, dict):
            wet = str(node["wet"]) if node.get("wet") is not None else wet
            for k, v in node.items():
                if str(k) == "vragen":
                    for q in (v if isinstance(v, list) else [v]):
                        question(wet, q)
                elif str(k) in _ASKED and isinstance(v, dict):
                    for q in v:
                        question(wet, q)
                walk(v, wet)
        elif isinstance(node, list):
            for item in node:
                walk(item, wet)

    walk(doc, None)
    return words, asked


class ResultsCache:
    """The keys of one build's results, the results of the previous build, and those this build used."""

    def __init__(self, b: SiteBuild) -> None:
        model = b.model
        self.corpus = corpus = model.corpus
        self.root = root = Path(corpus.root).resolve()
        # A result can hold text in the site's language (a reason two outcomes cannot be compared): the language is
        # part of every key, and each language keeps its own file, so switching back and forth reuses both.
        self.taal = taal = site_taal()
        suffix = "" if taal == "nl" else f"-{taal}"
        self.file = corpus_cache.cache_dir() / f"site-{_sha(str(root))[:32]}{suffix}.pickle"
        loaded = corpus_cache.read_signed(self.file) if READ and self.file.is_file() else None
        # Each result is kept pickled on its own (its bytes as read from the signed file): a build unpickles only
        # the results it reuses, and writes those back as the bytes they were, pickling only what it computed.
        self.old: dict[str, Any] = loaded if isinstance(loaded, dict) and loaded.get("") == _FORMAT else {}
        self.new: dict[str, Any] = {"": _FORMAT}  # key -> bytes, or None: computed by this build, pickled at save()
        self.live: dict[str, Any] = {}  # the results of this build, as objects
        self.hits = self.misses = 0

        folders = {key: {Path(a.file).resolve().parent for a in law.articles} | {Path(law.file).resolve().parent}
                   for key, law in corpus.laws.items()}
        self.law_hash = {key: _sha(*sorted(_folder_hash(f) for f in fs)) for key, fs in folders.items()}
        self.amendment_hash = {w: _folder_hash(Path(wz.folder)) for w, wz in corpus.wijzigingen.items()}
        # Per situation: which definition exists in which version decides where an unqualified name leads.
        interface = [f"{info.label}|{q}|{d.kind}|{d.type}|{[str(p.type) for p in d.params]}"
                     for info in model.situations for q, d in sorted(info.program.definitions.items())]
        # The municipal data folders the laws declare (wet.yaml uitbreidingen) feed every scenario that names one.
        data = sorted({law.uitbreidingen["gemeentegegevens"].map for law in corpus.laws.values()
                       if "gemeentegegevens" in law.uitbreidingen})
        self.common = _sha(_FORMAT, taal, code_hash(), *(_folder_hash(root / m) for m in data), *interface,
                           *sorted(corpus.laws), *sorted(corpus.wijzigingen), str(root))
        # Which laws define a short name (an unqualified name in a scenario may mean any of them).
        self.short: dict[str, set[str]] = {}
        self.always: dict[str, set[str]] = {}  # law -> the short names it defines in every situation
        self.short_rules: dict[str, set[str]] = {}  # the same, for names of definitions that are not facts
        for n, info in enumerate(model.situations):
            here: dict[str, set[str]] = {}
            for q, d in info.program.definitions.items():
                law, _, name = q.partition(".")
                self.short.setdefault(name, set()).add(law)
                if d.kind != "feit":
                    self.short_rules.setdefault(name, set()).add(law)
                here.setdefault(law, set()).add(name)
            for law in set(self.always) | set(here):
                self.always[law] = here.get(law, set()) if n == 0 else self.always.get(law, set()) & here.get(law, set())
        self.component = self._components(b, text=False)  # what evaluating a rule can reach
        self.text_component = self._components(b, text=True)  # and what the graph (text references) can
        self._file_laws: dict[str, tuple[frozenset[str], tuple[str, ...], bytes]] = {}
        self._file_words: dict[str, tuple[set[str], set[str]]] = {}
        self._unreachable: dict[tuple[str, str, tuple[str, ...]], bool] = {}

    # -- which laws a result reads ------------------------------------------------------------------------------
    def _components(self, b: SiteBuild, text: bool) -> dict[str, frozenset[str]]:
        g = nx.Graph()
        g.add_nodes_from(self.corpus.laws)
        for info in b.model.situations:
            for d in info.program.definitions.values():
                for r in rule_tree(d):
                    for q in b.model.rule_uses(r):
                        g.add_edge(d.wet, q.split(".")[0])
        for page, targets in (b.text_refs.items() if text else ()):
            e = b.entry(page)
            for target in targets:
                t = b.entry(target)
                if e is not None and t is not None:
                    g.add_edge(e.article.wet, t.article.wet)
        for w in self.corpus.wijzigingen:
            laws = self.amendment_laws((w,))
            g.add_nodes_from(laws)
            for a in laws:
                g.add_edge(a, next(iter(sorted(laws))))
        return {law: frozenset(c) for c in nx.connected_components(g) for law in c}

    def amendment_laws(self, names: tuple[str, ...]) -> set[str]:
        laws: set[str] = set()
        for w in met_basis(self.corpus, names):
            wz = self.corpus.wijzigingen.get(w)
            laws |= {i.wet for i in (wz.instructions if wz else []) if i.wet}
        return laws

    def _closure(self, laws: set[str], text: bool = False) -> list[str]:
        out: set[str] = set()
        for law in laws:
            out |= (self.text_component if text else self.component).get(law, {law})
        return sorted(out)

    def _scenario_file(self, path: str) -> tuple[frozenset[str], tuple[str, ...], bytes]:
        """The laws and amendments a scenario file names (any word of it), and its bytes."""
        if path not in self._file_laws:
            data = Path(path).read_bytes()
            laws: set[str] = set()
            amendments: set[str] = set()
            words, asked = _names_in(data)
            for word in words:
                head = word.split(".")[0]
                if head in self.corpus.laws:
                    laws.add(head)
                if word in self.corpus.wijzigingen:
                    amendments.add(word)
            for wet, name in asked:
                law, _, short = name.rpartition(".")
                if law:
                    laws.add(law)
                elif wet is not None and short in self.always.get(wet, set()):
                    laws.add(wet)  # the scenario's own law defines it in every version: the question means that
                else:
                    laws |= self.short.get(short, set()) | ({wet} if wet in self.corpus.laws else set())
            names = tuple(sorted(met_basis(self.corpus, tuple(sorted(amendments)))))
            self._file_laws[path] = (frozenset(laws | self.amendment_laws(names)), names, data)
        return self._file_laws[path]

    def _inputs(self, laws: set[str], amendments: tuple[str, ...], text: bool = False) -> list[str]:
        return ([f"{law}={self.law_hash.get(law, '-')}" for law in self._closure(laws, text)]
                + [f"{w}={self.amendment_hash.get(w, '-')}" for w in sorted(set(amendments))])

    # -- keys ---------------------------------------------------------------------------------------------------
    def scenario_run_key(self, path: Path) -> str:
        laws, names, data = self._scenario_file(str(path))
        return _sha(self.common, "run", str(path), data, *self._inputs(set(laws), names))

    def outcome_key(self, naam: str, sc: Scenario, index: int) -> str:
        laws, names, data = self._scenario_file(sc.file)
        amendments = tuple(met_basis(self.corpus, (naam,))) + names
        return _sha(self.common, "diff", naam, sc.file, str(index), data,
                    *self._inputs(set(laws) | self.amendment_laws((naam,)), amendments))

    def alone_key(self, sc: Scenario, index: int) -> str:
        """A scenario's part of the outcome table of every amendment that cannot reach it (see
        _OutcomeMemo.alone): its own inputs only."""
        laws, names, data = self._scenario_file(sc.file)
        return _sha(self.common, "los", sc.file, str(index), data, *self._inputs(set(laws), names))

    def unreachable(self, naam: str, sc: Scenario) -> bool:
        # What it reads of the scenario: its file and its amendments (the same for every scenario of a file, mostly)
        key = (naam, sc.file, tuple(sc.wijzigingen))
        if key not in self._unreachable:
            self._unreachable[key] = self._find_unreachable(naam, sc)
        return self._unreachable[key]

    def _find_unreachable(self, naam: str, sc: Scenario) -> bool:
        laws, names, _data = self._scenario_file(sc.file)
        changed = self.amendment_laws((naam,))
        theirs = set(self._closure(changed))
        if theirs & set(self._closure(set(laws))) or set(met_basis(self.corpus, (naam,))) & set(sc.wijzigingen):
            return False
        # A question, entity kind or fact is matched by name: no law the amendment changes may define (in any
        # situation the site shows) a name the scenario can use, or the amendment could change what the name means
        # to it. A fact is the exception, unless asked as a question: a value also given to a fact of a law the
        # scenario cannot reach is read by no rule it evaluates (and a value that law refuses is an error, which
        # outcome_diff then evaluates on both sides).
        words, asked = self._words(sc.file)
        return not any(self.short_rules.get(w, set()) & changed or (w in asked and self.short.get(w, set()) & changed)
                       for w in words)

    def _words(self, path: str) -> tuple[set[str], set[str]]:
        """Every name the scenario file can use for a definition (a word, or the last part of a dotted one), and
        the names its questions ask for."""
        if path not in self._file_words:
            words, asked = _names_in(self._scenario_file(path)[2])
            self._file_words[path] = ({w.rpartition(".")[2] for w in words} | words,
                                      {name.rpartition(".")[2] for _wet, name in asked})
        return self._file_words[path]

    def graph_key(self, naam: str) -> str:
        return _sha(self.common, "graaf", naam,
                    *self._inputs(self.amendment_laws((naam,)), tuple(met_basis(self.corpus, (naam,))), text=True))

    # -- store --------------------------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        if key in self.live:
            return self.live[key]
        data = self.old.get(key)
        if isinstance(data, bytes):
            try:
                value = pickle.loads(data)  # noqa: S301 - from the signed file this installation wrote
            except Exception:  # noqa: BLE001 - an unreadable result is computed again
                value = None
            if value is not None:
                self.hits += 1
                self.new[key] = data
                self.live[key] = value
                return value
        self.misses += 1
        return None

    def put(self, key: str, value: Any) -> None:
        self.new[key] = None
        self.live[key] = value

    def save(self) -> None:
        if self.new == {"": _FORMAT} or set(self.new) == set(self.old):
            return
        out: dict[str, Any] = {"": _FORMAT}
        for key, data in self.new.items():
            if key:
                out[key] = data if data is not None else corpus_cache.dumps(self.live[key])
        corpus_cache.write_signed(self.file, out)

    # -- the memo objects the amendment report takes --------------------------------------------------------------
    def outcome_memo(self, naam: str) -> "_OutcomeMemo":
        return _OutcomeMemo(self, naam)

    def graph_memo(self, naam: str) -> "_GraphMemo":
        return _GraphMemo(self, self.graph_key(naam))


class _OutcomeMemo:
    def __init__(self, cache: ResultsCache, naam: str) -> None:
        self.cache, self.naam = cache, naam
        self.index: dict[int, int] = {}  # id(scenario) -> its place in the report's list of scenarios
        self._alone: dict[int, bool] = {}
        self._keys: dict[int, str] = {}  # id(scenario) -> its key (asked by get, then by put)

    def alone(self, sc: Scenario) -> bool:
        """Whether the amendment cannot reach the scenario: no law it reads is joined to a law the amendment (or
        one it builds on) changes, the scenario does not name the amendment, and no law the amendment changes
        defines, in any situation the site shows, a name the scenario can use (facts and questions are matched
        by name). Then its part of the table is the scenario's own (evaluated once, on the side without
        the amendment) and shared by every report that cannot reach it."""
        if id(sc) not in self._alone:
            self._alone[id(sc)] = self.cache.unreachable(self.naam, sc)
        return self._alone[id(sc)]

    def _key(self, sc: Scenario) -> str:
        key = self._keys.get(id(sc))
        if key is None:
            self.index.setdefault(id(sc), len(self.index))
            if self.alone(sc):
                key = self.cache.alone_key(sc, self.index[id(sc)])
            else:
                key = self.cache.outcome_key(self.naam, sc, self.index[id(sc)])
            self._keys[id(sc)] = key
        return key

    def get(self, sc: Scenario):
        return self.cache.get(self._key(sc))

    def put(self, sc: Scenario, part) -> None:
        self.cache.put(self._key(sc), part)


class _GraphMemo:
    def __init__(self, cache: ResultsCache, key: str) -> None:
        self.cache, self.key = cache, key

    def get(self):
        return self.cache.get(self.key)

    def put(self, value) -> None:
        self.cache.put(self.key, value)
