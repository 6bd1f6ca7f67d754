"""One language per surface for the graph (issue 17): the words wetgraaf stores in the dependency graph — unit and
rule labels, why a reference dangles, a link whose anchor names another article, what a reference points to, a
law's status under a draft, citations — are catalogue messages, not finished Dutch text, so every `wetgraaf graaf`
command says them in Dutch by default (unchanged) and in English with `--taal en`; the law's own words (the words
cited, law names) stay as the law writes them. A graph cached in a Dutch run reads back in an English one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from test_graph import write_corpus

import wetgraaf
from wetgraaf.cli import app
from wetgraaf.graph import queries
from wetgraaf.taal import Bericht, in_taal, tekst

REPO = Path(__file__).resolve().parents[2]

# A third article: a link whose #Artikel anchor names another article, a range of articles of a law outside the
# corpus, and a begripsbepaling the article does not have.
ARTIKEL_3 = """\
---
wet: proefwet
artikel: "3"
herkomst: officieel
---

# Artikel 3

Zie [artikel 2](https://wetten.overheid.nl/BWBR9999999#Artikel1) en de artikelen 5 tot en met 7 van de Wet Y.
Hetzelfde geldt voor onderdeel 1° van de begripsbepaling van vreemd.
"""

# wetgraaf's own Dutch words as the graph stores them: none may be left in English output (outside the law's own
# words, which are quoted and taken out first).
DUTCH = ("heeft geen", "de tekst noemt", "de link wijst", "naar begrip benoemd", "geen begripsbepaling",
         "tekst vóór de wijziging", "niet in werking", " t/m ", "Pw art. 1 lid", "Pw art. 2 lid", " voor proefwet.",
         "eerste lid", "tweede lid", "artikel 1,", "artikel 2,", "(de wet)", "begripsbepaling ", "onder b")
ENGLISH = ("has no", "the text names", "the link points", "named after a term", "no definition of",
           "text before the amendment", "not in force", " to 7 ", "para.", "exception buitenland for", "paragraph",
           "article 1,", "article 2,", "(the law)", "definition of", "point b")


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = write_corpus(tmp_path_factory.mktemp("proef-taal") / "law")
    (root / "proefwet" / "artikel-3.md").write_text(ARTIKEL_3, encoding="utf-8")
    return root


def graaf(root: Path, taal: str, *args: str):
    """`wetgraaf [--taal en] graaf ARGS --corpus ROOT` in this process; the language is set back afterwards."""
    from wetgraaf import cli_graaf

    # Wide tables: a cell wrapped over lines (a long temporary path under xdist widens the location column) would
    # split the words the tests look for. The console's width is set here, not read from COLUMNS at its creation.
    before = cli_graaf.out._width
    cli_graaf.out.width = 250
    try:
        with in_taal(None):  # --taal sets the language for the rest of the context: keep it to this command
            res = CliRunner().invoke(app, [*(["--taal", "en"] if taal == "en" else []), "graaf", *args, "--corpus",
                                           str(root)], env={"COLUMNS": "250", "WETGRAAF_TAAL": "nl"})
    finally:
        cli_graaf.out._width = before
    assert res.exception is None or isinstance(res.exception, SystemExit), res.output
    return res


def own_words(text: str) -> str:
    """The output without the law's own words: what a message quotes between single quotes."""
    return re.sub(r"'[^'\n]*'", "''", text)


def assert_english(text: str) -> None:
    left = [w for w in DUTCH if w in text]
    assert not left, (left, text)


def assert_dutch(text: str) -> None:
    left = [w for w in ENGLISH if w in text]
    assert not left, (left, text)


def test_bungelend_in_dutch_and_english(root) -> None:
    nl, en = graaf(root, "nl", "bungelend"), graaf(root, "en", "bungelend")
    assert nl.exit_code == en.exit_code == 1
    for line in ("heeft geen onderdeel e", "Pw art. 1 lid 1 heeft geen onderdeel e",
                 "artikel 2 Pw heeft geen derde lid", "de tekst noemt artikel 2, de link wijst naar #Artikel1",
                 "geen begripsbepaling 'vreemd' gevonden"):
        assert line in nl.output, (line, nl.output)
    assert_dutch(nl.output)
    for line in ("Pw art. 1 para. 1 has no point e", "article 2 Pw has no paragraph 3",
                 "the text names article 2, the link points to #Artikel1", "no definition of 'vreemd' found"):
        assert line in en.output, (line, en.output)
    assert "'Het eerste lid, onderdeel e'" in en.output  # the law's words stay as the law writes them
    assert_english(own_words(en.output))
    # the same places in both languages
    assert re.findall(r"artikel-\d\.md:\d+:\d+", nl.output) == re.findall(r"artikel-\d\.md:\d+:\d+", en.output)


def test_bungelend_json_in_dutch_and_english(root) -> None:
    nl = json.loads(graaf(root, "nl", "bungelend", "--json").output)
    en = json.loads(graaf(root, "en", "bungelend", "--json").output)
    assert [i["tekst"] for i in nl["bungelend"]] == [i["tekst"] for i in en["bungelend"]]  # the law's words
    reasons_nl = [i["reden"] for i in nl["bungelend"] + nl["ankers"]]
    reasons_en = [i["reden"] for i in en["bungelend"] + en["ankers"]]
    assert "Pw art. 1 lid 1 heeft geen onderdeel e" in reasons_nl
    assert "Pw art. 1 para. 1 has no point e" in reasons_en
    assert_dutch(" ".join(reasons_nl))
    assert_english(own_words(" ".join(reasons_en)))


@pytest.mark.parametrize("command, nl_words, en_words", [
    (("afhankelijk", "recht_op_steun"), ("uitzondering buitenland voor proefwet.recht_op_steun", "Pw art. 2 lid 2"),
     ("exception buitenland for proefwet.recht_op_steun", "Pw art. 2 para. 2")),
    (("gebruikt-door", "proefwet 1 lid 1 onderdeel b"), ("Pw art. 1 lid 1 onder b", "Pw art. 2 lid 1"),
     ("Pw art. 1 para. 1 point b", "Pw art. 2 para. 1")),
    (("cycli",), ("Pw art. 1, Pw art. 2",), ("Pw art. 1, Pw art. 2",)),
    (("ongebruikt",), ("proefwet.ongebruikt_feit",), ("proefwet.ongebruikt_feit",)),
    (("dekking", "--wet", "proefwet"), ("Pw art. 1 lid 2",), ("Pw art. 1 para. 2",)),
])
def test_graaf_commands_in_dutch_and_english(root, command, nl_words, en_words) -> None:
    nl, en = graaf(root, "nl", *command), graaf(root, "en", *command)
    assert nl.exit_code == en.exit_code, (nl.output, en.output)
    for word in nl_words:
        assert word in nl.output, (word, nl.output)
    for word in en_words:
        assert word in en.output, (word, en.output)
    assert_dutch(nl.output)
    assert_english(own_words(en.output))


def test_a_name_not_in_the_graph_in_dutch_and_english(root) -> None:
    """The message for a name `graaf` cannot find was English in a Dutch run; now a catalogue message."""
    nl, en = graaf(root, "nl", "afhankelijk", "recht_op_stuen"), graaf(root, "en", "afhankelijk", "recht_op_stuen")
    assert nl.exit_code == en.exit_code == 2
    assert "'recht_op_stuen' staat niet in de graaf; bedoelt u" in nl.output and "recht_op_steun" in nl.output
    assert "'recht_op_stuen' is not in the graph; did you mean" in en.output
    nl = graaf(root, "nl", "afhankelijk", "xyzzy")
    assert "staat niet in de graaf; geef een definitie" in nl.output and "not in the graph" not in nl.output


def test_the_kind_of_a_node_in_the_tables(root) -> None:
    """The kind column says a node's kind in the reader's words; in Dutch the kind itself, as --soort takes it."""
    row = r"│ {kind}\s+│ {name}"
    nl, en = graaf(root, "nl", "ongebruikt"), graaf(root, "en", "ongebruikt")
    assert re.search(row.format(kind="feit", name=r"proefwet\.ongebruikt_feit"), nl.output), nl.output
    assert re.search(row.format(kind="fact", name=r"proefwet\.ongebruikt_feit"), en.output), en.output
    nl, en = graaf(root, "nl", "afhankelijk", "recht_op_steun"), graaf(root, "en", "afhankelijk", "recht_op_steun")
    assert re.search(row.format(kind="uitzondering", name="uitzondering buitenland"), nl.output), nl.output
    assert re.search(row.format(kind="exception", name="exception buitenland"), en.output), en.output
    assert not re.search(r"│ (?:uitzondering|regel|feit|begrip|onderdeel|lid) ", en.output), en.output


@pytest.mark.parametrize("command", [("afhankelijk", "recht_op_steun", "--json"), ("dekking", "--json")])
def test_graaf_json_labels_in_dutch_and_english(root, command) -> None:
    nl, en = json.loads(graaf(root, "nl", *command).output), json.loads(graaf(root, "en", *command).output)
    labels = {"nl": [], "en": []}
    for t, data in (("nl", nl), ("en", en)):
        for row in data.get("resultaat", []) + data.get("open", []):
            labels[t].append(row["label"])
    assert labels["nl"] and len(labels["nl"]) == len(labels["en"])
    assert any(" lid " in x for x in labels["nl"]) and any(" para. " in x for x in labels["en"])
    assert_dutch(" ".join(labels["nl"]))
    assert_english(" ".join(labels["en"]))


def _said(g: nx.MultiDiGraph) -> str:
    """The words of an exported graph that are wetgraaf's: labels, reasons, statuses, targets, citations (an edge's
    `tekst` is the law's own words)."""
    words = [str(d.get(k)) for _, d in g.nodes(data=True) for k in ("label", "reden", "status", "citation")
             if d.get(k) and not (k == "reden" and d.get("kind") != "ontbrekend")]  # a unit's reason is the encoder's
    words += [str(d.get(k)) for *_, d in g.edges(data=True) for k in ("doel", "reden") if d.get(k)]
    return "\n".join(words)


@pytest.mark.parametrize("formaat", ["json", "graphml", "dot"])
def test_export_in_dutch_and_english(root, tmp_path, formaat) -> None:
    def read(taal: str) -> str:
        target = tmp_path / f"g-{taal}.{formaat}"
        res = graaf(root, taal, "export", "-w", "schrap", "--formaat", formaat, "-o", str(target))
        assert res.exit_code == 0, res.output
        return target.read_text(encoding="utf-8")

    nl, en = read("nl"), read("en")
    if formaat == "dot":
        assert "Pw art. 1 lid 1" in nl and "artikel 1, eerste lid, onderdeel b, Pw" in nl
        assert "Pw art. 1 para. 1" in en and "article 1, paragraph 1, point b, Pw" in en
        assert_dutch(nl)
        assert_english(en)
        return
    from wetgraaf.graph.export import from_json

    g_nl = from_json(nl) if formaat == "json" else nx.read_graphml(tmp_path / "g-nl.graphml")
    g_en = from_json(en) if formaat == "json" else nx.read_graphml(tmp_path / "g-en.graphml")
    assert sorted(g_nl.nodes) == sorted(g_en.nodes)
    status = {"nl": g_nl.nodes["proefwet"]["status"], "en": g_en.nodes["proefwet"]["status"]}
    assert status == {"nl": "in werking, met schrap (voorstel) — niet in werking",
                      "en": "in werking, with schrap (voorstel) — not in force"}  # 'in werking': the wet.yaml's
    said_nl, said_en = _said(g_nl), _said(g_en)
    for word in ("uitzondering buitenland voor proefwet.recht_op_steun", "Pw artikel 3 (tekst vóór de wijziging)",
                 "art. 5 t/m 7 Wet Y", "artikel 1, eerste lid, onderdeel b, Pw", "artikel 1, lid 1, onder b"):
        assert word in said_nl, (word, said_nl)
    for word in ("exception buitenland for proefwet.recht_op_steun", "Pw article 3 (text before the amendment)",
                 "art. 5 to 7 Wet Y", "article 1, paragraph 1, point b, Pw", "article 1, paragraph 1, under b"):
        assert word in said_en, (word, said_en)
    assert_dutch(said_nl.replace("in werking", ""))
    assert_english(said_en.replace("in werking", ""))


def test_the_graph_keeps_messages_not_text(root) -> None:
    g = wetgraaf.load(root).graph()
    issues = queries.dangling(g) + queries.anchor_mismatches(g)
    assert issues and all(isinstance(i.reden, Bericht) for i in issues)
    label = g.nodes["proefwet.artikel-1/lid-1"]["label"]
    assert isinstance(label, Bericht) and label == "Pw art. 1 lid 1"  # the Dutch text, as before
    with in_taal("en"):
        assert tekst(label) == "Pw art. 1 para. 1"


# -- the cache ---------------------------------------------------------------------------------------------------


def test_a_graph_cached_in_a_dutch_run_reads_back_in_english(root, tmp_path, monkeypatch) -> None:
    """The bundle (parser/cache.py) keeps the graph with its messages as key and arguments: built and cached in
    Dutch, read back by an English run, it says its words in English."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("WETGRAAF_CACHE", str(cache))
    monkeypatch.delenv("WETGRAAF_NO_CACHE", raising=False)
    with in_taal("nl"):
        wetgraaf.load(root).prepare()  # build the graph and keep it in the cache bundle
        dutch = [str(i.reden) for i in queries.dangling(wetgraaf.load(root).graph())]
    assert list(cache.glob("bundel-*.pickle"))
    again = wetgraaf.load(root)
    assert again.situation().from_bundle  # the graph below is the cached one, not built again
    g = again.graph()
    issues = queries.dangling(g)
    assert all(isinstance(i.reden, Bericht) for i in issues)
    assert [str(i.reden) for i in issues] == dutch  # Dutch, as it was
    with in_taal("en"):
        english = [tekst(i.reden) for i in issues]
        label = tekst(g.nodes["proefwet.artikel-1/lid-1"]["label"])
    assert "Pw art. 1 para. 1 has no point e" in english and label == "Pw art. 1 para. 1"
    assert_english(own_words("\n".join(english)))
    # and as a user runs it: a fresh English process reading the cache the Dutch run wrote
    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_DEBUG", "WETGRAAF_NO_CACHE", "LC_ALL",
                                                             "LC_MESSAGES", "LANG")}
    env.update(WETGRAAF_CACHE=str(cache), WETGRAAF_TAAL="nl", COLUMNS="250")
    before = sorted(p.name for p in cache.glob("bundel-*.pickle"))
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "--taal", "en", "graaf", "bungelend", "--corpus",
                             str(root)], capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert result.returncode == 1, result.stderr
    assert "Pw art. 1 para. 1 has no point e" in result.stderr and "the text names article 2" in result.stderr
    assert_english(own_words(result.stderr))
    assert sorted(p.name for p in cache.glob("bundel-*.pickle")) == before  # the same bundle, read


def test_the_catalogue_is_part_of_the_cache_key(root, tmp_path, monkeypatch) -> None:
    """A message is kept with its Dutch text: a change to the catalogue gives the cache another key."""
    from wetgraaf.parser import cache

    sources: list[str] = []
    original = cache.file_digests

    def spy(paths, stats, name):
        sources.extend(paths)
        return original(paths, stats, name)

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "file_digests", spy)
    cache.content_key(root)
    taal = Path(wetgraaf.__file__).parent / "taal"
    assert {str(p) for p in taal.glob("*.py")} <= set(sources)
    assert str(taal / "graaf.py") in sources


def test_the_real_corpus_dangles_in_english(tmp_path) -> None:
    """The examples of the issue: the Huisvestingswet's onderdelen named by term and the Wmo 2015's misdirected
    link, said in English, the law's words as they are."""
    res = graaf(REPO / "law", "en", "bungelend")
    assert res.exit_code == 1
    assert ("Huisvestingswet 2014 art. 1 para. 1 has no point l (the points here are named after a term, without a "
            "letter: ") in res.output
    assert "'het eerste lid, onderdeel l, onder 1°'" in res.output
    assert "the text names article 2.3.2, the link points to #Artikel2.3.3" in res.output
    assert_english(own_words(res.output))
    nl = graaf(REPO / "law", "nl", "bungelend")
    assert ("Huisvestingswet 2014 art. 1 lid 1 heeft geen onderdeel l (de onderdelen zijn hier naar begrip benoemd, "
            "zonder letter: ") in nl.output
    assert "de tekst noemt artikel 2.3.2, de link wijst naar #Artikel2.3.3" in nl.output
