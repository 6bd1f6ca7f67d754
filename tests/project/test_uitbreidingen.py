"""Law-specific extensions live where the corpus declares them (issue 17, item 2): a law's wet.yaml declares what it
brings beyond its articles (`uitbreidingen:`), the parser checks the declaration located (WG-WET-006), generic
readers follow it, and the framework's code names no law (a scan of src/wetgraaf, with a short allowlist)."""

from __future__ import annotations

import ast
import io
import re
import shutil
import textwrap
import tokenize
from pathlib import Path

import pytest

from wetgraaf.core.errors import LawErrors
from wetgraaf.parser.corpus import load_corpus
from wetgraaf.parser.uitbreidingen import lees_map

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "wetgraaf"
LAW = REPO / "law"

# -- the framework names no law ----------------------------------------------------------------------------------

# Files that may name a law (a law's key or an amendment's name) in code, each with the reason it must stay.
ALLOWED = {
    "bench/": "the benchmark times the shipped corpus's own cases (Wbmgp article 8, the Wmo, the peers' zorgtoeslag "
              "and bijstand cases) beside figures published for exactly those laws",
    "server_requests.py": "the question service's OpenAPI examples are real questions on the shipped corpus",
    "site/plugin.py": "the site's navigation lists the hand-written fact pages of two laws (docs/wams-feiten.md, "
                      "docs/wbmgp-feiten.md)",
    "cli_gegevens.py": "--zonder-wams, the flag --zonder-wijzigingen replaced, kept as an alias so no script breaks",
    "taal/hulp.py": "the commands' help texts (the help= texts the scan skips, now in the catalogue) give examples "
                    "on the shipped corpus",
}
# Packages that must not name a law at all: no allowlist entry may be under them (the import contract 'wetneutraal'
# in pyproject.toml keeps them from importing code made for one law).
NEUTRAL = ("resolve/", "engine/", "graph/", "parser/", "core/")


def law_keys() -> list[str]:
    """Every law's key and every amendment's name in the shipped corpus."""
    keys = {p.parent.name for p in LAW.glob("*/wet.yaml")}
    keys |= {p.name for p in (LAW / "wijzigingen").iterdir() if p.is_dir()}
    return sorted(keys)


def _skipped_spans(tree: ast.AST) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where docstrings and help texts are (start, end): words for people, where an example may name a law."""
    nodes = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                nodes.append(first.value)
        if isinstance(node, ast.keyword) and node.arg == "help":  # a command's --help text (Typer/Click)
            nodes.append(node.value)
    return [((n.lineno, n.col_offset), (n.end_lineno or n.lineno, n.end_col_offset or 0)) for n in nodes]


def law_names_in(path: Path, keys: list[str]) -> list[tuple[int, str]]:
    """(line, key) for every name or string in `path` that names a law, outside comments, docstrings, help texts."""
    pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, keys)) + r")(?![A-Za-z0-9])", re.I)
    text = path.read_text(encoding="utf-8")
    spans = _skipped_spans(ast.parse(text))
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT:
            continue
        # Columns: tokenize counts characters, ast counts UTF-8 bytes; a law key is ASCII and so are the lines'
        # starts in practice, and a token inside a skipped span starts at or after it either way.
        if any(start <= tok.start and tok.end <= end for start, end in spans):
            continue
        for m in pattern.finditer(tok.string):
            found.append((tok.start[0], m.group(1)))
    return found


def test_the_framework_names_no_law_outside_the_allowlist():
    keys = law_keys()
    assert {"wbmgp", "wmo2015", "wams", "participatiewet", "zorgtoeslag"} <= set(keys)
    hits = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("law/") or any(rel.startswith(a) for a in ALLOWED):
            continue
        found = law_names_in(path, keys)
        if found:
            hits[rel] = found
    assert not hits, ("code that names a law (declare it in the law's wet.yaml under uitbreidingen, or add the file "
                      f"to ALLOWED with its reason): {hits}")


def test_the_allowlist_is_short_explained_and_needed():
    keys = law_keys()
    assert len(ALLOWED) <= 5
    for entry, reason in ALLOWED.items():
        assert not entry.startswith(NEUTRAL), f"{entry}: resolve, engine, graph, parser and core name no law"
        assert len(reason.split()) >= 6, entry
        paths = [p for p in SRC.rglob("*.py") if p.relative_to(SRC).as_posix().startswith(entry)]
        assert any(law_names_in(p, keys) for p in paths), f"{entry} names no law any more: drop it from ALLOWED"


def test_the_scan_sees_a_law_name_and_skips_words_for_people(tmp_path):
    sample = tmp_path / "voorbeeld.py"
    sample.write_text(textwrap.dedent('''
        """Docstring about the wbmgp."""
        import typer
        # a comment about the wams
        WET = "wbmgp"
        def f(x: str = typer.Option("", help="e.g. wmo2015.gezinslid")) -> str:
            """The wams."""
            return f"{x}.zorgtoeslag_hoogte" + wmo2015_x + "zorgtoeslagen"
        '''), encoding="utf-8")
    found = law_names_in(sample, law_keys())
    # A key inside a longer name counts ('wbmgp_gemeente' names the law too); a longer word ('zorgtoeslagen') not.
    assert found == [(5, "wbmgp"), (8, "zorgtoeslag"), (8, "wmo2015")], found


# -- the declarations --------------------------------------------------------------------------------------------


def test_the_shipped_laws_declare_their_extensions():
    corpus = load_corpus(LAW)
    gem = corpus.laws["wbmgp"].uitbreidingen["gemeentegegevens"]
    assert gem.wet == "wbmgp" and gem.map == "gemeenten" and gem.grondslag[10] == "art5_lid3_art10"
    assert gem.max_rang == 3 and gem.instrument_aanwijzing == 10
    assert set(gem.artikelen) == {"grondslag", "instrumenten", "drempels", "max_rang"}
    assert all(a.startswith("artikel ") for a in gem.artikelen.values())
    vraag = corpus.laws["wmo2015"].uitbreidingen["vraag"]
    assert vraag.begrip == "gegevensverstrekking" and vraag.wijzigingen == ("wams",)
    assert vraag.aard["politiegegevens"] == (True, True) and vraag.rollen["college"] == "rol_college"
    # Read from the wet.yaml files alone (a warm start), the same declarations.
    assert lees_map(LAW) == {k: law.uitbreidingen for k, law in corpus.laws.items() if law.uitbreidingen}


def _corpus_with(tmp_path: Path, wet_yaml: str) -> Path:
    root = tmp_path / "law"
    shutil.copytree(LAW / "wbmgp", root / "wbmgp")
    (root / "wbmgp" / "wet.yaml").write_text(textwrap.dedent(wet_yaml).lstrip("\n"), encoding="utf-8")
    return root


def _errors(root: Path) -> list:
    with pytest.raises(LawErrors) as info:
        load_corpus(root)
    return info.value.errors


BAD_GEGEVENS = """
    sleutel: wbmgp
    titel: Wet bijzondere maatregelen grootstedelijke problematiek
    afkorting: Wbmgp
    status: in werking
    uitbreidingen:
      gemeentegegevens:
        map: ../elders
        grondslag:
          artikel: artikel 55, eerste lid
          waarden: {8: art5_lid1_art8, 9: Art 9}
        instrumenten:
          artikel: vijf
          aanwijzing: 10
          waarden: [verklaring_omtrent_het_gedrag]
        drempels:
          artikel: artikel 9, eerste lid
          waarden:
            uren_per_week: {feit: drempel_uren_per_week_ncd, type: breuk}
        max_rang: {artikel: artikel 9, eerste lid, waarde: drie}
        kenmerken: {verordening: 9, feit: kenmerken_art9, rang: rang_kenmerk_art9}
        oordelen: {8: raad_oordeel_art8}
        verordening: {}
        feiten:
          gemeentenaam: gemeentenaam
          gemeente_van: gemeente_van
          ingangsdatum: ingangsdatum_aanwijzing
          einddatum: einddatum_aanwijzing
          verlengingen: aantal_verlengingen
          ingetrokken: aanwijzing_ingetrokken
          aangewezen: aangewezen_op_peildatum
          instrument: instrument_aanwijzing_art5_lid3
          extra: iets
"""


def test_a_wrong_declaration_is_reported_at_each_place(tmp_path):
    errors = _errors(_corpus_with(tmp_path, BAD_GEGEVENS))
    assert errors and all(e.code == "WG-WET-006" and e.pos.file.endswith("wet.yaml") for e in errors)
    at = {e.pos.line: e.message for e in errors}
    assert "../elders" in at[7]                                     # a folder outside the corpus
    assert "'9'" in at[10] and "een naam" in at[10]                 # 'Art 9' is no name
    assert "'vijf' noemt geen artikel" in at[12]
    assert "'type' in" in at[18] and "geheel, getal" in at[18]      # breuk is no threshold type
    assert "'waarde'" in at[19] and "een geheel getal" in at[19]    # drie is no number
    assert "onbekende sleutel 'extra'" in at[32]
    assert "geen artikel van de Wbmgp" in at[9]                     # artikel 55 does not exist


def test_an_article_the_law_does_not_have_is_reported(tmp_path):
    text = (LAW / "wbmgp" / "wet.yaml").read_text(encoding="utf-8")
    text = text.replace("artikel: artikel 5, eerste, tweede en derde lid", "artikel: artikel 55, eerste lid")
    root = _corpus_with(tmp_path, text)
    (err,) = _errors(root)
    line = text.split("\n").index("      artikel: artikel 55, eerste lid") + 1
    assert err.code == "WG-WET-006" and err.pos.line == line and "'artikel 55, eerste lid'" in err.message
    assert "geen artikel van de Wbmgp" in err.message


def test_a_table_about_an_article_no_designation_is_for(tmp_path):
    text = (LAW / "wbmgp" / "wet.yaml").read_text(encoding="utf-8").replace(
        "oordelen: {8: raad_oordeel_art8,", "oordelen: {7: raad_oordeel_art8,")
    (err,) = _errors(_corpus_with(tmp_path, text))
    assert err.code == "WG-WET-006" and "artikel 7" in err.message and "8, 9, 10" in err.message


def test_a_declared_folder_is_read_under_another_name(tmp_path):
    """The reader follows the declaration: the same data in a folder of another name, declared so, fill the same
    facts for the declaring law (resolve/gegevens.py names neither the folder nor the law)."""
    import wetgraaf
    from wetgraaf.scenario import load_text

    text = (LAW / "wbmgp" / "wet.yaml").read_text(encoding="utf-8").replace("map: gemeenten", "map: data/gem")
    root = _corpus_with(tmp_path, text)
    shutil.copytree(LAW / "gemeenten", root / "data" / "gem")
    wg = wetgraaf.load(root)
    (data,) = wg.gegevens()
    assert data.declaratie.wet == "wbmgp" and "zaanstad" in data.gemeenten
    scenario = ("naam: z\npeildatum: 2026-07-01\nwet: wbmgp\nentiteiten: {gemeente: {gem: {gemeentenaam: Zaanstad}}}"
                "\nvragen: [drempel_uren_per_week_ncd(gem)]\n")
    (outcome,) = wg.run(load_text(scenario, "z.yaml")[0])
    assert outcome.answer.value == 18 and outcome.aanvullingen
    assert all("data/gem/zaanstad.yaml" in str(a.pos.file) for a in outcome.aanvullingen)


def test_what_a_verordening_states_is_allowed_under_the_article_that_declares_it(tmp_path):
    """`verordening: {8: {categorieen: ~}}` allows the categories (information only, no fact) under artikel_8, and
    nowhere else, as before the declaration existed."""
    from wetgraaf.resolve.gegevens import load_gegevens

    (tmp_path / "voorbeeld.yaml").write_text(
        "gemeente: Voorbeeld\nverordening:\n  artikel_8: {toegepast: true, categorieen: x, bron: fictief}\n"
        "  artikel_9: {toegepast: true, categorieen: x, bron: fictief}\n", encoding="utf-8")
    with pytest.raises(LawErrors) as info:
        load_gegevens(tmp_path)
    (err,) = info.value.errors
    assert err.code == "WG-GEM-002" and err.pos.line == 4 and "'categorieen' in 'artikel_9'" in err.message
