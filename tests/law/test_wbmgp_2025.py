"""The 2025 revision of the Wbmgp as a draft amendment (law/wijzigingen/wbmgp-2025) and the amendment report on it:
the renvooi of art. 8 and 10a, chapter 2 gone from the graph, the outcome flips explained by the lid that changed,
the JSON against its schema, the population impact, stacking on and comparing with the 2012 proposal, and the base
files left alone. Also the instruction forms the draft needs (parser/wijziging.py, resolve/situation.py) and the
per-version expectations of scenarios (per_versie)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import wetgraaf
from wetgraaf.amend.impact import population_impact, runs_for
from wetgraaf.amend.population import load_spec
from wetgraaf.amend.report import build_report
from wetgraaf.core.errors import LawError, LawErrors
from wetgraaf.scenario import load_text
from wetgraaf.taal import tekst

from corpus_kit import amendment_corpus, small_article

REPO = Path(__file__).resolve().parents[2]
LAW = REPO / "law"
SCHEMA = REPO / "docs" / "wijzigingsrapport.schema.json"
SHARED = REPO.parent / "shared" / "scenarios"
POPULATION = LAW / "populaties" / "woningzoekenden-aangewezen-gebied.yaml"
SIX_YEARS = ("Zes jaar ingezetene zonder inkomen uit werk", "huisvestingsvergunning_weigeren(aanvrager, woning)")
OWN_BUURT = ("Nieuwkomer met bijstand die binnen de eigen aangewezen buurt verhuist",
             "huisvestingsvergunning_weigeren(aanvrager, woning)")


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


@pytest.fixture(scope="module")
def report(wg):
    return build_report(wg, ("wbmgp-2025",))


def _law_digest() -> str:
    h = hashlib.sha256()
    for p in sorted(LAW.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(LAW)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _wetgraaf(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True, cwd=REPO)


# -- the report on the 2025 draft --------------------------------------------------------------------------------


def test_renvooi_of_article_8_and_10a(report):
    arts = {(a.wet, a.artikel): a for a in report.articles}
    art8 = {u.path: u for u in arts[("wbmgp", "8")].units}
    lid1 = art8["lid 1"]
    assert lid1.status == "gewijzigd" and lid1.herkomst == "ontwerp"
    struck = "".join(op.text for op in lid1.ops if op.kind == "geschrapt")
    assert "minder dan zes jaar" in struck and "onafgebroken ingezetene" in struck
    assert not [op for op in lid1.ops if op.kind == "ingevoegd"]  # only the residence clause goes
    assert art8["lid 3"].status == "nieuw" and "algemene bijstand" in art8["lid 3"].new
    # The onderdelen a-f and the hardship clause are restated or kept unchanged.
    assert all(art8[p].status == "ongewijzigd" for p in ("lid 1, onderdeel a", "lid 1, onderdeel f", "lid 2"))
    art10a = {u.path: u for u in arts[("wbmgp", "10a")].units}
    assert art10a["lid 2, onderdeel j"].status == "nieuw" and "ondermijnende criminaliteit" in art10a[
        "lid 2, onderdeel j"].new
    assert art10a["lid 2, onderdeel k"].status == "nieuw"
    assert art10a["lid 2, onderdeel i"].status == "gewijzigd"  # its closing period becomes a semicolon
    assert art10a["lid 2, onderdeel i"].new.endswith(";")
    assert arts[("wbmgp", "10d")].status == "nieuw" and arts[("wbmgp", "19")].status == "gewijzigd"


def test_chapter_2_is_gone_from_the_graph(report):
    gone = set(report.graph["knopen_verwijderd"])
    assert {"wbmgp.artikel-2", "wbmgp.artikel-3", "wbmgp.artikel-4"} <= gone
    assert {"def:wbmgp.kansenzone_aanwijsbaar", "def:wbmgp.ozb_vermindering_toegestaan"} <= gone
    assert {"wbmgp.kansenzone_aanwijsbaar", "wbmgp.ozb_vermindering_toegestaan"} <= set(
        report.graph["vervallen_beslissingen"])
    assert "def:wbmgp.voorkeursrecht_gemeente" in report.graph["knopen_toegevoegd"]


def test_six_year_resident_without_work_income_is_now_refused_by_the_new_first_lid(report):
    flips = {(f.scenario, f.question): f for f in report.outcomes.flips}
    flip = flips[SIX_YEARS]
    assert (flip.before, flip.after) == (False, True)  # niet weigeren -> weigeren
    assert flip.parting.qname == "wbmgp.inkomenseisen_art8_van_toepassing"
    assert flip.parting.citation.startswith("artikel 8, eerste lid, Wbmgp (ontwerp naar seed 004, regels 171-182)")
    own = flips[OWN_BUURT]
    assert (own.before, own.after) == (True, False)  # weigeren -> niet weigeren, by the new third lid
    assert own.parting.citation.startswith("artikel 8, derde lid, Wbmgp")


def test_rule_diff_names_what_the_draft_removes_and_adds(report):
    status = {c.qname: c.status for c in report.rules}
    assert status["wbmgp.woonduur_in_regio_te_kort"] == "verwijderd"
    assert status["wbmgp.inkomenseisen_art8_van_toepassing"] == "gewijzigd"
    assert status["wbmgp.voorkeursrecht_gemeente"] == "toegevoegd"
    assert status["wbmgp.citeertitel"] == "gewijzigd"


def test_cli_report_and_json_against_the_schema_leave_the_base_files_alone():
    jsonschema = pytest.importorskip("jsonschema")
    before = _law_digest()
    text = _wetgraaf("wijziging", "law/wijzigingen/wbmgp-2025", "--aantal", "20000")
    assert text.returncode == 0, text.stderr
    for part in ("wbmgp artikel 8 (gewijzigd)", "wbmgp artikel 10a (gewijzigd)", "[-die minder dan zes jaar",
                 "artikelen vervallen: wbmgp artikel 2; wbmgp artikel 3; wbmgp artikel 4",
                 "Zes jaar ingezetene zonder inkomen uit werk: huisvestingsvergunning_weigeren(aanvrager, woning): "
                 "onwaar → waar", "splitst bij wbmgp.inkomenseisen_art8_van_toepassing", "onwaar → waar"):
        assert part in text.stdout, part
    run = _wetgraaf("wijziging", "law/wijzigingen/wbmgp-2025", "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert data["populatie"][0]["aantal"] == 100_000
    assert _law_digest() == before


def test_the_schema_rejects_a_report_that_lacks_a_section(report):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = report.to_json()
    jsonschema.validate(data, schema)
    del data["uitkomsten"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_population_of_100000_on_the_batch_path_reports_transitions(wg):
    spec = load_spec(POPULATION)
    assert runs_for(wg, spec, "wbmgp-2025")  # no `wijzigingen`: it serves every amendment of the Wbmgp
    assert all(isinstance(d, dict) and d.get("bron") for d in spec.feiten.values()), "every fact names its bron"
    impact = population_impact(wg, spec, (), ("wbmgp-2025",), 100_000)
    data = impact.to_json()
    assert data["pad"] == "batch" and data["seconden"] < 30
    assert sum(data["voor"].values()) == sum(data["na"].values()) == 100_000
    moves = {(t["van"], t["naar"]): t["aantal"] for t in data["overgangen"]}
    assert moves[("onwaar", "waar")] > 10_000  # six-year residents without a-f income are now refused
    assert moves[("waar", "onwaar")] > 0  # bijstand recipients moving within their own buurt
    example = next(e for e in data["voorbeelden"] if (e["van"], e["naar"]) == ("onwaar", "waar"))["gevallen"][0]
    assert example["splitsing"]["bron"].startswith("artikel 8, eerste lid")
    again = population_impact(wg, spec, (), ("wbmgp-2025",), 5_000).to_json()
    assert again["overgangen"] == population_impact(wg, spec, (), ("wbmgp-2025",), 5_000).to_json()["overgangen"]


def test_stacking_2025_on_2012_and_comparing_them(wg):
    data = build_report(wg, ("wbmgp-2025",), ("wbmgp-2012",), with_graph=False).to_json()
    assert data["op"] == ["wbmgp-2012"] and data["wijzigingen"] == ["wbmgp-2025"]
    # On top of 2012 the extension rule of 2012 stays; 2025 changes art. 8 as before.
    flips = {(f["scenario"], f["vraag"]): f for f in data["uitkomsten"]["omgeslagen"]}
    assert (flips[SIX_YEARS]["voor"], flips[SIX_YEARS]["na"]) == (False, True)
    assert not [k for k in flips if k[1] == "verlenging_toegestaan(vijfde)"]
    compared = _wetgraaf("wijziging", "wbmgp-2025", "--vergelijk", "wbmgp-2012", "--json", "--aantal", "1000")
    assert compared.returncode == 0, compared.stderr
    both = json.loads(compared.stdout)
    a, b = both["a"], both["b"]
    assert a["wijzigingen"] == ["wbmgp-2025"] and b["wijzigingen"] == ["wbmgp-2012"]
    b_flips = {(f["scenario"], f["vraag"]): f for f in b["uitkomsten"]["omgeslagen"]}
    fifth = b_flips[("Vijfde verlenging van een aanwijzing en een zes jaar ingezetene, per versie",
                     "verlenging_toegestaan(vijfde)")]
    assert (fifth["voor"], fifth["na"]) == (False, True)
    assert fifth["splitsing"]["bron"].startswith("artikel 5, vierde lid, Wbmgp (ontwerp naar seed 000")
    assert SIX_YEARS not in b_flips
    # side by side in one table: each answer either draft changes, without, with A and with B
    table = both["vergelijking"]
    rows = {(r["scenario"], r["vraag"]): r for r in table["uitkomsten"]}
    assert (rows[SIX_YEARS]["zonder"], rows[SIX_YEARS]["a"], rows[SIX_YEARS]["b"]) == (False, True, False)
    fifth_row = rows[("Vijfde verlenging van een aanwijzing en een zes jaar ingezetene, per versie",
                      "verlenging_toegestaan(vijfde)")]
    assert (fifth_row["zonder"], fifth_row["a"], fifth_row["b"], fifth_row["verschil"]) == (False, False, True, True)
    assert len(rows) == len({(f["scenario"], f["vraag"]) for f in a["uitkomsten"]["omgeslagen"]}
                            | set(b_flips))
    places = {(r["artikel"], r["plaats"]): (r["a"], r["b"]) for r in table["tekst"]}
    assert places[("wbmgp artikel 8", "lid 3")] == ("nieuw", "—")
    assert places[("wbmgp artikel 5", "lid 4")] == ("—", "gewijzigd")
    (pop,) = table["populatie"]  # the same rows for both drafts: the counts without either are equal
    assert pop["aantal"] == 1000 and sum(r["zonder"] for r in pop["uitkomsten"]) == 1000
    assert a["populatie"][0]["voor"] == b["populatie"][0]["voor"]
    from io import StringIO

    from rich.console import Console

    from wetgraaf import cli_wijziging

    saved, cli_wijziging.out = cli_wijziging.out, Console(file=StringIO(), width=1000, no_color=True)
    try:
        cli_wijziging.render_comparison(table)
        shown = cli_wijziging.out.file.getvalue()
    finally:
        cli_wijziging.out = saved
    assert "Uitkomsten die wbmgp-2025 of wbmgp-2012 verandert" in shown and "Populatie woningzoekenden" in shown
    assert shown.count("Zes jaar ingezetene zonder inkomen uit werk") == 1  # one row, not one per report


def test_every_shared_2025_case_is_mapped_and_paired():
    if not SHARED.is_dir():
        pytest.skip("no shared scenarios")
    mappings = {}
    for path in (REPO / "tests" / "shared" / "mapping").glob("*.yaml"):
        mappings.update(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    cases = [c for p in sorted(SHARED.glob("wbmgp-*.yaml")) for c in yaml.safe_load(p.read_text(encoding="utf-8"))]
    ids = {c["id"] for c in cases}
    drafts = [c for c in cases if c["law"] == "wbmgp-2025"]
    assert drafts
    for case in drafts:
        spec = mappings[case["determination"]]
        assert spec["wetten"]["wbmgp-2025"]["wijzigingen"] == ["wbmgp-2025"], case["id"]
    for case in cases:
        if case.get("pair"):
            assert case["pair"] in ids, case["id"]  # both sides of every pair exist, so both run as tests


# -- the instruction forms the draft needs ----------------------------------------------------------------------


ARTIKEL_1 = small_article(hoofdstuk=2)


def _corpus(tmp_path: Path, instructions: str, extra: dict[str, str] | None = None) -> Path:
    return amendment_corpus(tmp_path, instructions, ARTIKEL_1, extra)


def _article(tmp_path: Path, instructions: str, nummer: str = "1", extra: dict[str, str] | None = None):
    from wetgraaf.resolve.situation import select

    wg = wetgraaf.load(_corpus(tmp_path, instructions, extra))
    return select(wg.corpus, None, ("proef",)).articles.get(("w", nummer)), wg


def _errors(tmp_path: Path, instructions: str) -> list[LawError]:
    from wetgraaf.resolve.situation import select

    try:
        wg = wetgraaf.load(_corpus(tmp_path, instructions))
        select(wg.corpus, None, ("proef",))
    except LawErrors as exc:
        return exc.errors
    raise AssertionError("no error")


def _idents(unit) -> list[str]:
    return [f"{c.kind} {c.ident}" for c in unit.children]


def test_na_onderdeel_after_wordt_inserts_after_that_onderdeel(tmp_path):
    art, _ = _article(tmp_path, """\
        ```wijziging
        opdracht: "In artikel 1, eerste lid, wordt na onderdeel a een onderdeel ingevoegd, luidende:"
        ```

        ### Onderdeel aa

        aa. anderhalf;
        """)
    assert _idents(art.root.children[0]) == ["onderdeel a", "onderdeel aa", "onderdeel b"]


def test_na_het_eerste_lid_inserts_after_lid_1(tmp_path):
    art, _ = _article(tmp_path, """\
        ```wijziging
        opdracht: "In artikel 1 wordt na het eerste lid een lid ingevoegd, luidende:"
        ```

        ## Lid 1a

        1a Nieuw lid.
        """)
    assert _idents(art.root) == ["lid 1", "lid 1a", "lid 2"]


def test_na_a_missing_sibling_is_a_located_error_at_the_opdracht_line(tmp_path):
    (err,) = _errors(tmp_path, """\
        # Proef

        ```wijziging
        onderdeel: A
        herkomst: ontwerp
        opdracht: "In artikel 1, eerste lid, wordt na onderdeel z een onderdeel ingevoegd:"
        ```

        ### Onderdeel c

        c. drie.
        """)
    assert err.code == "WG-WIJZ-008" and "no onderdeel z" in tekst(err.message, "en")
    assert (err.pos.line, err.pos.col) == (6, 1)  # the opdracht line, wherever it sits in the block


def test_an_unreadable_na_is_an_error_not_ignored(tmp_path):
    (err,) = _errors(tmp_path, """\
        ```wijziging
        opdracht: "In artikel 1, eerste lid, wordt een onderdeel, na onderdeel a, ingevoegd:"
        ```

        ### Onderdeel c

        c. drie.
        """)
    assert err.code == "WG-WIJZ-003" and err.pos.line == 2


def test_toegevoegd_luidende_and_the_period_that_becomes_a_semicolon(tmp_path):
    art, _ = _article(tmp_path, """\
        ```wijziging
        opdracht: "Aan artikel 1, eerste lid, worden, onder vervanging van de punt aan het slot van onderdeel b
          door een puntkomma, twee onderdelen toegevoegd, luidende:"
        ```

        ### Onderdeel c

        c. drie;

        ### Onderdeel d

        d. vier.
        """)
    lid = art.root.children[0]
    assert _idents(lid) == ["onderdeel a", "onderdeel b", "onderdeel c", "onderdeel d"]
    assert lid.children[1].text == "b. twee;"


def test_replacing_a_missing_article_is_an_error(tmp_path):
    (err,) = _errors(tmp_path, """\
        ```wijziging
        opdracht: "Artikel 9 komt te luiden:"
        ```

        # Artikel 9

        Nieuw.
        """)
    assert err.code == "WG-WIJZ-008" and "no artikel 9" in tekst(err.message, "en")


def test_replacing_an_article_keeps_its_hoofdstuk(tmp_path):
    art, _ = _article(tmp_path, """\
        ```wijziging
        opdracht: "Artikel 1 komt te luiden:"
        ```

        # Artikel 1

        Nieuwe tekst.
        """)
    assert art.meta["hoofdstuk"] == 2 and art.herkomst == "ontwerp" and art.root.text == "Nieuwe tekst."


def test_hoofdstuk_komt_te_luiden_replaces_its_articles(tmp_path):
    from wetgraaf.resolve.situation import select

    wg = wetgraaf.load(_corpus(tmp_path, """\
        ```wijziging
        opdracht: "Hoofdstuk 2 komt te luiden:"
        ```

        # Artikel 2

        Het nieuwe hoofdstuk.
        """))
    sit = select(wg.corpus, None, ("proef",))
    assert ("w", "1") not in sit.articles and ("w", "1") in sit.removed
    new = sit.articles[("w", "2")]
    assert new.nummer == "2" and str(new.meta["hoofdstuk"]) == "2"
    assert all(k[1] is not None for k in sit.articles)


def test_the_draft_cites_its_seed_lines_and_restated_official_text_keeps_its_own(wg):
    program = wg.program(None, ("wbmgp-2025",))
    drafted = program.definitions["wbmgp.inkomenseisen_art8_van_toepassing"].citation
    assert drafted.toelichting == "ontwerp naar seed 004, regels 171-182"
    official = program.definitions["wbmgp.beschikt_over_aow_ouderdomspensioen"].citation
    assert official.toelichting is None and str(official) == "artikel 8, eerste lid, onderdeel d, Wbmgp"
    assert wg.program(None, ("wbmgp-2025",)).definitions["wbmgp.citeertitel"]
    from wetgraaf.resolve.situation import select

    assert select(wg.corpus, None, ("wbmgp-2025",)).citeertitels["wbmgp"] == \
        "Wet versterking leefbaarheid en veiligheid"


# -- expectations per version (per_versie) ----------------------------------------------------------------------


SCENARIO = """\
naam: zes jaar
peildatum: 2026-07-01
wet: wbmgp
personen:
  aanvrager: {onafgebroken_ingezetene_regio_sinds: 2015-01-01, inkomensbronnen: [bijstandsuitkering],
              aanspraak_op_studiefinanciering: onwaar, woont_in_aangewezen_buurt: onwaar}
entiteiten:
  gemeente: {gem: {}}
  gebied: {gb: {gemeente_van: gem}}
  woning: {woning: {gebied_van: gb, datum_aanvraag_huisvestingsvergunning: 2026-07-01,
                    woonruimte_in_categorie_art8: waar}}
feiten:
  raad_oordeel_art8(gem): waar
  aangewezen_op_peildatum(gb, art5_lid1_art8): waar
  aangewezen_op_peildatum(gb, art5_lid3_art10): onwaar
  beroep_op_hardheidsclausule(aanvrager, woning): onwaar
  onbillijkheid_van_overwegende_aard_art8(aanvrager, woning): onwaar
vragen:
  - huisvestingsvergunning_weigeren(aanvrager, woning)
  - kansenzone_aanwijsbaar(gb)
per_versie:
  basis:
    verwacht:
      huisvestingsvergunning_weigeren(aanvrager, woning): onwaar
  {versie}:
    verwacht:
      huisvestingsvergunning_weigeren(aanvrager, woning): {na}
      kansenzone_aanwijsbaar(gb): geen_grondslag
"""


def test_per_versie_evaluates_each_version(wg):
    (sc,) = load_text(SCENARIO.replace("{versie}", "wbmgp-2012 + wbmgp-2025").replace("{na}", "waar"), "s.yaml")
    outcomes = wg.run(sc)
    assert [(o.versie, o.question, o.ok) for o in outcomes] == [
        ("basis", "huisvestingsvergunning_weigeren(aanvrager, woning)", True),
        ("wbmgp-2012 + wbmgp-2025", "huisvestingsvergunning_weigeren(aanvrager, woning)", True),
        ("wbmgp-2012 + wbmgp-2025", "kansenzone_aanwijsbaar(gb)", True)]
    assert outcomes[1].wijzigingen == ("wbmgp-2012", "wbmgp-2025")


def test_per_versie_reports_a_wrong_expectation_with_its_version(wg):
    (sc,) = load_text(SCENARIO.replace("{versie}", "wbmgp-2025").replace("{na}", "onwaar"), "s.yaml")
    bad = [o for o in wg.run(sc) if not o.ok]
    assert [(o.versie, o.problems) for o in bad] == [("wbmgp-2025", ["verwacht onwaar, antwoord waar"])]


def test_per_versie_errors_are_located(wg):
    with pytest.raises(LawErrors) as unknown:
        (sc,) = load_text(SCENARIO.replace("{versie}", "wbmgp-2030").replace("{na}", "waar"), "s.yaml")
        wg.run(sc)
    assert unknown.value.errors[0].code == "WG-WIJZ-007" and unknown.value.errors[0].pos.line == 25
    with pytest.raises(LawErrors) as field:
        load_text(SCENARIO.replace("{versie}", "wbmgp-2025").replace("verwacht:\n      huis",
                                                                      "verwachting:\n      huis").replace(
            "{na}", "waar"), "s.yaml")
    assert field.value.errors[0].code == "WG-SCEN-009"


# -- the wetsvoorstel of the revision, in standard wording (issue 14) ---------------------------------------------


def test_the_wetsvoorstel_of_the_revision_is_written_as_docx_and_html(wg, tmp_path):
    """The revision's instructions are the drafter's sentences (words struck from the aanhef of art. 8 lid 1, the
    name replaced in art. 19 and art. 1 lid 2), and they come out as the .docx a drafter opens and as the HTML the
    site shows."""
    docx = pytest.importorskip("docx")
    from wetgraaf.amend.wetsvoorstel import wetsvoorstel

    wijz = wg.corpus.wijzigingen["wbmgp-2025"]
    assert not [i.opdracht for i in wijz.instructions if i.kind == "vervangen"]  # no lid or article restated
    sentences = ("In artikel 8, eerste lid, aanhef, vervalt “die minder dan zes jaar voorafgaand aan de aanvraag",
                 "Aan artikel 8 wordt een lid toegevoegd, luidende:",
                 "In artikel 19 wordt “Wet bijzondere maatregelen grootstedelijke problematiek” vervangen door "
                 "“Wet versterking leefbaarheid en veiligheid”.",
                 "In artikel 1, tweede lid, wordt “Wet bijzondere maatregelen grootstedelijke problematiek”",
                 "Hoofdstuk 2 vervalt.")
    html = wetsvoorstel(wijz, wg.corpus).html()
    for zin in sentences:
        assert zin.replace("“", "&ldquo;").replace("”", "&rdquo;") in html or zin in html, zin
    out = tmp_path / "voorstel.docx"
    run = _wetgraaf("wijziging", "wbmgp-2025", "--docx", str(out))
    assert run.returncode == 0, run.stderr
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    for zin in sentences:
        assert zin in text, zin
    struck = "".join(r.text for p in doc.paragraphs for r in p.runs if r.font.strike)
    assert "minder dan zes jaar" in struck  # the renvooi in the same document
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Zes jaar ingezetene zonder inkomen uit werk" in cells  # and the outcome table


def test_the_restated_rules_of_the_first_lid_replace_only_its_own(wg):
    """Onderdeel A strikes words from the aanhef and restates the rules of the first lid under the instruction:
    those replace the lid's rules (the woonduur goes), the onderdelen a-f keep theirs, and nothing is left to
    review."""
    program = wg.program(None, ("wbmgp-2025",))
    art = program.situation.articles[("wbmgp", "8")]
    lid1 = next(c for c in art.root.children if c.ident == "1")
    assert lid1.te_herzien is None and lid1.herkomst == "ontwerp"
    assert "wbmgp.woonduur_in_regio_te_kort" not in program.definitions
    assert "wbmgp.minimale_woonduur_art8" not in program.definitions
    assert all(u.herkomst is None and u.blocks for u in lid1.children)  # a-f: official text and rules
    assert "Geschrapt uit de aanhef" in lid1.notes[0]
    lid2 = next(c for c in program.situation.articles[("wbmgp", "1")].root.children if c.ident == "2")
    assert lid2.te_herzien and "Wet versterking leefbaarheid en veiligheid" in " ".join(lid2.text.split())
