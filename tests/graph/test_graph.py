"""The graph pass (graph/build.py, queries.py, export.py) and `wetgraaf graaf`: on a small corpus written here, and
on the real corpus."""

from __future__ import annotations

import gc
import io
import json
import re
import shutil
import statistics
import time
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import wetgraaf
from wetgraaf.cli import app
from wetgraaf.graph import export, queries
from wetgraaf.graph.build import build_graph

REPO = Path(__file__).resolve().parents[2]
FENCE = "```"

ARTIKEL_1 = f"""\
---
wet: proefwet
artikel: "1"
herkomst: officieel
---

# Artikel 1

## Lid 1

1 In deze wet wordt verstaan onder:

### Onderdeel a

a. volwassene: persoon van achttien jaar of ouder;

{FENCE}regels
feit leeftijd_van(p: persoon): geheel
  vraag "Hoe oud is {{p}}?"
begrip volwassene(p: persoon): waarheid = leeftijd_van(p) >= 18
{FENCE}

### Onderdeel b

b. aanvrager: volwassene als bedoeld in onderdeel a die een aanvraag doet.

{FENCE}regels
feit aanvraag_gedaan(p: persoon): waarheid
begrip aanvrager(p: persoon): waarheid = volwassene(p) en aanvraag_gedaan(p)
{FENCE}

### Onderdeel c

c. minister: de minister van Binnenlandse Zaken;

{FENCE}regels
niet uitvoerbaar: "aanwijzing van een orgaan"
{FENCE}

### Onderdeel d

d. steun: een bijdrage in geld.

{FENCE}regels
niet uitvoerbaar: "omschrijving zonder eigen beslissing"
{FENCE}

## Lid 2

2 Het eerste lid, onderdeel e, en artikel 2, derde lid, zijn van overeenkomstige toepassing; zie ook
artikel 2, eerste lid, en artikel 9.

## Lid 3

3 Bij ministeriële regeling kunnen nadere regels worden gesteld.

{FENCE}regels
niet uitvoerbaar: "delegatie aan de minister"
{FENCE}
"""

ARTIKEL_2 = f"""\
---
wet: proefwet
artikel: "2"
herkomst: officieel
---

# Artikel 2

## Lid 1

1 De aanvrager, bedoeld in artikel 1, eerste lid, onderdeel b, heeft recht op steun, tenzij het tweede lid
van toepassing is; het huidige artikel 3 blijft gelden.

{FENCE}regels
feit ongebruikt_feit(p: persoon): waarheid
begrip recht_op_steun(p: persoon): waarheid = aanvrager(p)
{FENCE}

## Lid 2

2 Geen recht op steun heeft de aanvrager die in het buitenland woont; artikel 1, derde lid, en artikel 4 van de
Wet X zijn van toepassing, en artikel 1, eerste lid, onderdelen a tot en met d.

{FENCE}regels
feit woont_in_buitenland(p: persoon): waarheid
uitzondering buitenland op recht_op_steun(p):
  als woont_in_buitenland(p) dan onwaar
{FENCE}
"""

WIJZIGING = f"""\
{FENCE}wijziging
onderdeel: I.A
wet: proefwet
opdracht: Artikel 1, derde lid, vervalt.
herkomst: ontwerp
{FENCE}

{FENCE}wijziging
onderdeel: I.B
wet: proefwet
opdracht: Artikel 1, eerste lid, onderdeel c, vervalt.
herkomst: ontwerp
{FENCE}
"""


def write_corpus(root: Path) -> Path:
    law = root / "proefwet"
    law.mkdir(parents=True)
    (law / "wet.yaml").write_text("sleutel: proefwet\ntitel: Proefwet\nciteertitel: Proefwet\nafkorting: Pw\n"
                                  "bwb: BWBR9999999\nstatus: in werking\n", encoding="utf-8")
    (law / "artikel-1.md").write_text(ARTIKEL_1, encoding="utf-8")
    (law / "artikel-2.md").write_text(ARTIKEL_2, encoding="utf-8")
    wijz = root / "wijzigingen" / "schrap"
    wijz.mkdir(parents=True)
    (wijz / "wijziging.yaml").write_text("titel: Schrapping van lid 3\nstatus: voorstel\nherkomst: ontwerp\n",
                                         encoding="utf-8")
    (wijz / "A.md").write_text(WIJZIGING, encoding="utf-8")
    return root


def line_of(path: Path, fragment: str) -> tuple[int, int]:
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if fragment in line:
            return n, line.index(fragment) + 1
    raise AssertionError(f"{fragment!r} not in {path}")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("proef") / "law")
    wg = wetgraaf.load(root)
    return root, wg, wg.graph()


@pytest.fixture(scope="module")
def real():
    return wetgraaf.load()


def kinds(g, u, v) -> set[str]:
    return {d["kind"] for d in g.get_edge_data(u, v, default={}).values()}


# -- the small corpus -------------------------------------------------------------------------------------------------

def test_nodes_and_edges(small):
    root, _, g = small
    assert g.nodes["proefwet.artikel-1/lid-1/onderdeel-b"]["kind"] == "onderdeel"
    assert g.nodes["def:proefwet.leeftijd_van"]["kind"] == "feit"
    assert g.nodes["def:proefwet.aanvrager"]["kind"] == "begrip"
    assert kinds(g, "proefwet", "proefwet.artikel-1") == {"contains"}
    assert kinds(g, "proefwet.artikel-1/lid-1/onderdeel-b", "def:proefwet.aanvrager") == {"defines"}
    assert kinds(g, "def:proefwet.aanvrager", "def:proefwet.volwassene") == {"uses"}
    assert kinds(g, "regel:proefwet.recht_op_steun/buitenland", "def:proefwet.recht_op_steun") == {"excepts",
                                                                                                     "defines"}
    assert g.nodes["regel:proefwet.recht_op_steun/buitenland"]["kind"] == "uitzondering"
    # Every edge carries its source position.
    for u, v, d in g.edges(data=True):
        if d["kind"] != "contains" or g.nodes[v]["kind"] != "buiten-corpus":
            assert d["file"] and d["line"] >= 1 and d["col"] >= 1, (u, v, d)
    edge = g.get_edge_data("def:proefwet.aanvrager", "def:proefwet.volwassene")[0]
    assert (edge["line"], edge["col"]) == line_of(root / "proefwet" / "artikel-1.md", "volwassene(p) en")


def test_references_resolved(small):
    root, _, g = small
    src = "proefwet.artikel-2/lid-1"
    e = g.get_edge_data(src, "proefwet.artikel-1/lid-1/onderdeel-b")[0]
    assert (e["kind"], e["status"], e["tekst"]) == ("refers-to", "intern", "artikel 1, eerste lid, onderdeel b")
    assert (e["line"], e["col"]) == line_of(root / "proefwet" / "artikel-2.md", "artikel 1, eerste lid")
    assert kinds(g, src, "proefwet.artikel-2/lid-2") == {"refers-to"}
    assert kinds(g, "proefwet.artikel-1/lid-1/onderdeel-b", "proefwet.artikel-1/lid-1/onderdeel-a") == {"refers-to"}
    assert g.nodes["proefwet.artikel-9"]["kind"] == "buiten-corpus"
    assert g.nodes["ext:Wet-X/artikel-4"]["kind"] == "extern"
    # 'het huidige artikel 3' (as an amendment says it): the text before the change, not a dangling reference.
    assert g.nodes["vorig:proefwet.artikel-3"]["kind"] == "vorige-versie"


def test_dangling_with_position(small):
    root, _, g = small
    found = {(i.target, i.line, i.col) for i in queries.dangling(g)}
    path = root / "proefwet" / "artikel-1.md"
    assert ("proefwet.artikel-1/lid-1/onderdeel-e",) + line_of(path, "Het eerste lid, onderdeel e") in found
    assert ("proefwet.artikel-2/lid-3",) + line_of(path, "artikel 2, derde lid") in found
    assert len(found) == 2  # artikel 9 is outside the corpus, artikel 4 of 'Wet X' external: neither dangles


def test_dangling_after_an_amendment(small):
    root, wg, _ = small
    g = wg.graph(None, ("schrap",))
    found = {i.target: i for i in queries.dangling(g)}
    issue = found["proefwet.artikel-1/lid-3"]
    assert (issue.line, issue.col) == line_of(root / "proefwet" / "artikel-2.md", "artikel 1, derde lid")
    assert "geen derde lid" in issue.reden
    # Onderdeel c lapsed too: 'onderdelen a tot en met d' still reads (a, b, d), it does not dangle.
    assert len(found) == 3
    cited = {v for _, v, d in g.out_edges("proefwet.artikel-2/lid-2", data=True) if d["kind"] == "refers-to"}
    assert {"proefwet.artikel-1/lid-1/onderdeel-a", "proefwet.artikel-1/lid-1/onderdeel-d"} <= cited


def test_dependencies_and_dependents(small):
    _, _, g = small
    deps = {h.node for h in queries.dependencies(g, "def:proefwet.recht_op_steun")}
    assert {"def:proefwet.aanvrager", "def:proefwet.volwassene", "def:proefwet.leeftijd_van",
            "def:proefwet.woont_in_buitenland", "regel:proefwet.recht_op_steun/buitenland",
            "proefwet.artikel-1/lid-1/onderdeel-b"} <= deps
    direct = {h.node for h in queries.dependencies(g, "def:proefwet.recht_op_steun", depth=1)}
    assert "def:proefwet.leeftijd_van" not in direct and "def:proefwet.aanvrager" in direct
    users = {h.node for h in queries.dependents(g, "def:proefwet.leeftijd_van")}
    assert {"def:proefwet.volwassene", "def:proefwet.aanvrager", "def:proefwet.recht_op_steun"} <= users
    # A change to the text of onderdeel b reaches the term it defines and the lid that cites it, not its container.
    users = {h.node for h in queries.dependents(g, "proefwet.artikel-1/lid-1/onderdeel-b")}
    assert {"def:proefwet.aanvrager", "def:proefwet.recht_op_steun", "proefwet.artikel-2/lid-1"} <= users
    assert "proefwet.artikel-1/lid-1" not in users
    # What a lid depends on includes what its rules use, and what its text cites.
    deps = {h.node for h in queries.dependencies(g, "proefwet.artikel-2/lid-1")}
    assert {"def:proefwet.aanvrager", "proefwet.artikel-2/lid-2", "proefwet.artikel-1/lid-1/onderdeel-b"} <= deps
    deps = {h.node for h in queries.dependencies(g, "proefwet.artikel-2/lid-2")}
    assert {"ext:Wet-X/artikel-4", "proefwet.artikel-1/lid-3"} <= deps


def test_dependents_without_references_equal_those_of_the_filtered_graph(small):
    # graph_diff's rule impact: the edge kinds left out of the view give what the graph without those edges gives.
    _, _, g = small
    filtered = nx.subgraph_view(g, filter_edge=lambda u, v, k: g[u][v][k].get("kind") != "refers-to")
    without = frozenset({"refers-to"})
    lid = "proefwet.artikel-1/lid-1/onderdeel-b"
    differs = 0
    for nid in g.nodes:
        got = queries.dependents(g, nid, without=without)
        assert got == queries.dependents(filtered, nid), nid
        differs += got != queries.dependents(g, nid)
    assert differs  # the references are followed without it: the comparison is not empty
    assert "proefwet.artikel-2/lid-1" in {h.node for h in queries.dependents(g, lid)}
    assert queries.dependency_view(g, without) is queries.dependency_view(g, without)  # built once per graph


def test_find(small):
    _, _, g = small
    assert queries.find(g, "aanvrager") == "def:proefwet.aanvrager"
    assert queries.find(g, "proefwet.aanvrager") == "def:proefwet.aanvrager"
    assert queries.find(g, "proefwet 1 lid 1 onderdeel b") == "proefwet.artikel-1/lid-1/onderdeel-b"
    assert queries.find(g, "proefwet artikel 2, tweede lid") == "proefwet.artikel-2/lid-2"
    with pytest.raises(queries.UnknownName, match="aanvrager"):
        queries.find(g, "aanvragr")


def test_unused(small):
    _, _, g = small
    assert queries.unused(g) == ["def:proefwet.ongebruikt_feit", "def:proefwet.recht_op_steun"]


def test_coverage(small):
    _, _, g = small
    cov = queries.coverage(g)
    [law] = cov.laws
    assert (law.eenheden, law.gecodeerd, law.niet_uitvoerbaar, law.open) == (8, 4, 3, 1)
    assert law.percentage == 87.5
    art1 = next(r for r in cov.articles if r.artikel == "1")
    assert (art1.eenheden, art1.open, round(art1.percentage, 1)) == (6, 1, 83.3)
    assert cov.open_units == ["proefwet.artikel-1/lid-2"]
    assert g.nodes["proefwet.artikel-1/lid-3"]["reden"] == "delegatie aan de minister"


def test_cycles(small):
    _, _, g = small
    found = queries.cycles(g)
    assert found.definitions == []
    assert found.references == [["proefwet.artikel-1", "proefwet.artikel-2"]]
    bad = g.copy()
    bad.add_edge("def:proefwet.volwassene", "def:proefwet.aanvrager", kind="uses", file="x", line=1, col=1)
    [cycle] = queries.cycles(bad).definitions
    assert cycle[0] == cycle[-1] and {"def:proefwet.volwassene", "def:proefwet.aanvrager"} <= set(cycle)


def test_exports_read_back(small):
    _, _, g = small
    data = json.loads(export.to_json(g))
    assert len(data["nodes"]) == g.number_of_nodes()
    back = export.from_json(export.to_json(g))
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    gml = nx.read_graphml(io.BytesIO(export.to_graphml(g).encode("utf-8")))
    assert (gml.number_of_nodes(), gml.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert gml.nodes["def:proefwet.aanvrager"]["kind"] == "begrip"
    dot = export.to_dot(g)
    assert dot.startswith('digraph "wetgraaf" {') and dot.rstrip().endswith("}")
    assert dot.count("{") == dot.count("}")
    declared = set(re.findall(r'^\s*("(?:[^"\\]|\\.)*") \[label=', dot, re.M))
    for a, b in re.findall(r'^\s*("(?:[^"\\]|\\.)*") -> ("(?:[^"\\]|\\.)*")', dot, re.M):
        assert a in declared and b in declared


def test_cli_on_small_corpus(small, tmp_path):
    root, _, _ = small
    run = CliRunner().invoke
    res = run(app, ["graaf", "bungelend", "--corpus", str(root)])
    assert res.exit_code == 1 and "onderdeel e" in res.output and "artikel-1.md:" in res.output
    res = run(app, ["graaf", "dekking", "--wet", "proefwet", "--corpus", str(root)])
    assert res.exit_code == 0 and "87%" in res.output and "Pw art. 1 lid 2" in res.output
    res = run(app, ["graaf", "dekking", "--minimum", "90", "--kort", "--corpus", str(root)])
    assert res.exit_code == 1
    res = run(app, ["graaf", "afhankelijk", "recht_op_steun", "--soort", "feit", "--json", "--corpus", str(root)])
    assert res.exit_code == 0
    assert {r["node"] for r in json.loads(res.output)["resultaat"]} == {
        "def:proefwet.leeftijd_van", "def:proefwet.aanvraag_gedaan", "def:proefwet.woont_in_buitenland"}
    res = run(app, ["graaf", "gebruikt-door", "onbekend_ding", "--corpus", str(root)])
    assert res.exit_code == 2 and "staat niet in de graaf" in res.output  # a Dutch run says it in Dutch
    res = run(app, ["graaf", "cycli", "--corpus", str(root)])
    assert res.exit_code == 0 and "Pw art. 1, Pw art. 2" in res.output
    target = tmp_path / "g.graphml"
    res = run(app, ["graaf", "export", "--formaat", "graphml", "-o", str(target), "--corpus", str(root)])
    assert res.exit_code == 0 and nx.read_graphml(target).number_of_nodes() > 10
    res = run(app, ["graaf", "export", "--formaat", "svg", "--corpus", str(root)])
    assert res.exit_code == 2


# -- the real corpus ------------------------------------------------------------------------------------------------

def test_gezinslid_depends_on_jeugdige(real):
    g = real.graph(None, ("wams",))
    assert "def:jeugdwet.jeugdige" in {h.node for h in queries.dependencies(g, "def:wmo2015.gezinslid")}
    assert "def:wmo2015.gezinslid" in {h.node for h in queries.dependents(g, queries.find(g, "jeugdwet.jeugdige"))}


def test_wmo_1_1_2_lid_5_refers_to_lid_4_onderdeel_d(real):
    g = real.graph()
    [edge] = g.get_edge_data("wmo2015.artikel-1.1.2/lid-5", "wmo2015.artikel-1.1.2/lid-4/onderdeel-d").values()
    assert edge["kind"] == "refers-to" and edge["tekst"] == "het vierde lid, onderdeel d"
    path = REPO / "law" / "wmo2015" / "artikel-1.1.2.md"
    assert (edge["line"], edge["col"]) == line_of(path, "het vierde lid, onderdeel d")


def test_real_dangling_references_are_located(real):
    issues = queries.dangling(real.graph())
    assert all(i.file and i.line > 0 and i.reden for i in issues)
    # Official Huisvestingswet 2014, art. 33a, onder b cites 'het eerste lid' of an article without leden.
    assert any(i.source == "huisvestingswet2014.artikel-33a/onderdeel-b" and i.tekst == "het eerste lid"
               for i in issues)


def test_seeded_dangling_reference_in_a_copy_of_the_corpus(tmp_path):
    root = tmp_path / "law"
    shutil.copytree(REPO / "law", root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    path = root / "wmo2015" / "artikel-1.1.2.md"
    text = path.read_text(encoding="utf-8")
    seeded = "zoals bedoeld in het derde lid, onderdeel q."
    path.write_text(text.replace("zoals bedoeld in het derde lid.", seeded, 1), encoding="utf-8")
    g = wetgraaf.load(root).graph()
    line, col = line_of(path, "het derde lid, onderdeel q")
    [issue] = [i for i in queries.dangling(g) if i.target == "wmo2015.artikel-1.1.2/lid-3/onderdeel-q"]
    assert (Path(issue.file).name, issue.line, issue.col) == ("artikel-1.1.2.md", line, col)


def test_real_exports_read_back(real):
    g = real.graph(None, ("wams",))
    assert export.from_json(export.to_json(g)).number_of_edges() == g.number_of_edges()
    assert nx.read_graphml(io.BytesIO(export.to_graphml(g).encode())).number_of_nodes() == g.number_of_nodes()


def test_graph_is_cached_and_fast(real):
    assert real.graph() is real.graph()
    program = real.program(None, ("wams",))
    times = []
    gc.collect()
    gc.disable()  # the collector scanning the whole test process's heap is not the graph build's work
    try:
        for _ in range(3):
            start = time.process_time()  # CPU time: other work on a busy test machine does not count
            build_graph(program, real.corpus)
            times.append(time.process_time() - start)
    finally:
        gc.enable()
    assert statistics.median(times) < 0.3, times


def test_real_coverage_is_complete_for_the_leden_in_scope(real):
    cov = queries.coverage(real.graph())
    assert {r.wet for r in cov.laws} >= {"wmo2015", "jeugdwet", "wbmgp"}
    for row in cov.laws:
        assert row.eenheden == row.gecodeerd + row.niet_uitvoerbaar + row.open
    arts = {r.node: r for r in cov.articles}
    assert arts["wmo2015.artikel-1.1.2"].open == 0  # every lid encoded or marked niet uitvoerbaar


def test_unit_text_positions(small):
    from wetgraaf.graph.text import SourceFiles

    root, wg, _ = small
    art = next(a for a in wg.corpus.laws["proefwet"].articles if a.nummer == "2")
    lid2 = art.root.children[1]
    located = SourceFiles().unit_text(lid2)
    assert "woont_in_buitenland" not in located.text  # rule blocks are not law text
    offset = located.text.index("artikel 4")
    assert located.position(offset) == line_of(root / "proefwet" / "artikel-2.md", "artikel 4")


def test_a_law_with_a_draft_applied_is_not_shown_as_in_force():
    import wetgraaf

    wg = wetgraaf.load()
    assert wg.graph(None, ()).nodes["wbmgp"]["status"] == "in werking"
    draft = wg.graph(None, ("wbmgp-2025",)).nodes["wbmgp"]
    assert draft["status"].endswith("niet in werking") and "wbmgp-2025 (beleidsbrief)" in draft["status"]
    assert draft["label"] == "Wet versterking leefbaarheid en veiligheid"
    assert "wams (wetsvoorstel)" in wg.graph(None, ("wams",)).nodes["wmo2015"]["status"]
