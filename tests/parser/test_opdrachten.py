"""Wijzigingsopdrachten in the drafter's own wording (issue 14): every form of docs/opdrachten.md is read as that
form; a word instruction changes text and bound values, so the rules follow with nothing restated; every kind of
mistake is a located error (golden messages in tests/golden/opdrachten.txt) and nothing applies half."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from wetgraaf.taal import tekst

from wetgraaf.parser.opdracht import OpdrachtFout, lees

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "opdrachten.md"
GOLDEN = REPO / "tests" / "golden" / "opdrachten.txt"


def _forms() -> list[tuple[str, str, list[str]]]:
    rows = []
    in_table = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## De vormen"):
            in_table = True
        elif line.startswith("## "):
            in_table = False
        if in_table and line.startswith("| ") and not line.startswith("| vorm") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append((cells[0], cells[1], [k.strip() for k in cells[2].split(",")]))
    return rows


FORMS = _forms()


def test_the_reference_page_lists_every_kind():
    kinds = {k for _, _, ks in FORMS for k in ks}
    assert kinds == {"komt_te_luiden", "woorden_vervangen", "woorden_vervallen", "woorden_invoegen", "vervalt",
                     "eenheid_invoegen", "eenheid_toevoegen", "vernummeren", "citeertitel"}
    assert len(FORMS) >= 30


@pytest.mark.parametrize("vorm,voorbeeld,soorten", FORMS, ids=[f[0] for f in FORMS])
def test_every_documented_form_is_read_as_that_form(vorm, voorbeeld, soorten):
    ops = lees(voorbeeld)
    assert [op.soort for op in ops] == soorten


def test_word_instruction_details():
    (op,) = lees("In artikel 8, eerste lid, onder f, wordt 'x y' vervangen door 'z'.")
    assert (op.plaats.artikel, op.plaats.lid, op.plaats.onderdeel, op.oud, op.nieuw) == ("8", "1", "f", "x y", "z")
    (op,) = lees("In artikel 1.1.1, eerste lid, wordt in de begripsbepaling van 'gezinslid' 'a' vervangen door 'b'.")
    assert op.plaats.begrip == "gezinslid"
    (op,) = lees("In artikel 10, tweede lid, tweede volzin, vervalt 'niet'.")
    assert op.plaats.volzin == 2 and op.oud == "niet"
    first, second = lees("Artikel 8 wordt als volgt gewijzigd: 1. In het eerste lid wordt 'a' vervangen door 'b'. "
                         "2. Het tweede lid vervalt.")
    assert (first.plaats.artikel, first.plaats.lid, second.plaats.artikel, second.plaats.lid) == ("8", "1", "8", "2")
    (op,) = lees("In artikel 10 wordt na het tweede lid, onder vernummering van het derde lid tot vierde lid, een "
                 "lid ingevoegd, luidende:")
    assert op.na == ("lid", "2") and op.vernummering == [("lid 3", "4")]


@pytest.mark.parametrize("zin", ["Artikel 8 wordt een beetje anders.", "", "In artikel 8 wordt 'a vervangen door 'b'.",
                                 "x" * 5000])
def test_unreadable_sentences_are_refused(zin):
    with pytest.raises(OpdrachtFout):
        lees(zin)


# -- applied to the corpus ---------------------------------------------------------------------------------------

WIJZIGING_YAML = "naam: {naam}\ntitel: proef\nstatus: voorstel\nherkomst: ontwerp\nwet: wbmgp\nbron: proef\n"


def _corpus_with(tmp_path: Path, naam: str, body: str) -> Path:
    root = tmp_path / "law"
    shutil.copytree(REPO / "law", root, ignore=shutil.ignore_patterns("__pycache__"))
    folder = root / "wijzigingen" / naam
    folder.mkdir()
    (folder / "wijziging.yaml").write_text(WIJZIGING_YAML.format(naam=naam), encoding="utf-8")
    (folder / "A.md").write_text(body, encoding="utf-8")
    return root


def _block(opdracht: str, text: str = "") -> str:
    return f"# Onderdeel A\n\n```wijziging\nonderdeel: A\nopdracht: \"{opdracht}\"\n```\n{text}"


def test_six_to_four_years_in_one_sentence_changes_text_value_and_outcomes(tmp_path, monkeypatch):
    import datetime as dt

    import wetgraaf

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = _corpus_with(tmp_path, "vier-jaar", _block("In artikel 8, eerste lid, wordt 'zes jaar' vervangen door "
                                                      "'vier jaar'."))
    wg = wetgraaf.load(root)
    day = dt.date(2026, 7, 1)
    before, after = wg.program(day, ()), wg.program(day, ("vier-jaar",))
    art_before = before.situation.articles[("wbmgp", "8")]
    art_after = after.situation.articles[("wbmgp", "8")]
    lid = next(c for c in art_after.root.children if c.ident == "1")
    assert "minder dan vier jaar voorafgaand" in " ".join(lid.text.split())
    assert "minder dan zes jaar" in " ".join(next(c for c in art_before.root.children if c.ident == "1").text.split())
    facts = {("wbmgp.onafgebroken_ingezetene_regio_sinds", ("p",)): dt.date(2021, 7, 1),
             ("wbmgp.datum_aanvraag_huisvestingsvergunning", ("w",)): day}
    value = {}
    for name, program in (("voor", before), ("na", after)):
        engine = wg.engine(day, program.situation.wijzigingen)
        value[name], _ = engine.decide("wbmgp.woonduur_in_regio_te_kort", ("p", "w"), facts, day)
    assert (value["voor"], value["na"]) == (True, False)  # five years: short of six, not of four
    # the parsed corpus is unchanged: building the situation again gives the same result
    assert wg.program(day, ("vier-jaar",)).situation.articles[("wbmgp", "8")] is not art_before


GOLDEN_CASES = {
    "geen_treffer": _block("In artikel 8, eerste lid, wordt 'zeven jaar' vervangen door 'vier jaar'."),
    "meer_treffers": _block("In artikel 8, eerste lid, wordt 'inkomen' vervangen door 'loon'."),
    "onleesbaar": _block("Artikel 8 wordt een beetje anders."),
    "geen_artikel": _block("In het eerste lid wordt 'zes jaar' vervangen door 'vier jaar'."),
    "tekst_zonder_opdracht": _block("Artikel 4 vervalt.", "\n# Artikel 4\n\nNieuwe tekst.\n"),
    "geen_volzin": _block("In artikel 8, tweede lid, derde volzin, vervalt 'kunnen'."),
}


def _messages(tmp_path, monkeypatch) -> str:
    import datetime as dt

    import wetgraaf
    from wetgraaf.core.errors import LawError, LawErrors

    out = []
    for name, body in GOLDEN_CASES.items():
        monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / name / "cache"))
        root = _corpus_with(tmp_path / name, name.replace("_", "-"), body)
        try:
            wg = wetgraaf.load(root)
            wg.program(dt.date(2026, 7, 1), (name.replace("_", "-"),))
            out.append(f"== {name}\n(geen fout)")
        except (LawError, LawErrors) as exc:
            errors = exc.errors if isinstance(exc, LawErrors) else [exc]
            lines = [f"{Path(e.pos.file).name if e.pos else '?'}:{e.pos.line if e.pos else 0}: {e.message} "
                     f"[{e.code}]" for e in errors]
            out.append(f"== {name}\n" + "\n".join(lines))
    return re.sub(r"/tmp/\S+", "<tmp>", "\n".join(out)) + "\n"


def test_every_kind_of_mistake_is_a_located_error_golden(tmp_path, monkeypatch):
    import os

    got = _messages(tmp_path, monkeypatch)
    if os.environ.get("UPDATE_GOLDEN"):  # UPDATE_GOLDEN=1 rewrites the file; review the diff
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")
    assert "(geen fout)" not in got


# -- defects found by a new drafter (issue 14, item 7) -------------------------------------------------------------


def test_a_bad_peildatum_is_a_usage_error_not_an_internal_one():
    from typer.testing import CliRunner

    from wetgraaf.cli import app

    result = CliRunner().invoke(app, ["wijziging", "wbmgp-2012", "--peildatum", "x"])
    assert result.exit_code == 2 and "geen datum" in result.output and "Traceback" not in result.output


def test_an_invalid_inwerkingtreding_is_a_located_error(tmp_path, monkeypatch):
    import wetgraaf
    from wetgraaf.core.errors import LawError, LawErrors

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = _corpus_with(tmp_path, "datum", _block("In artikel 8, eerste lid, wordt 'zes jaar' vervangen door "
                                                  "'vier jaar'."))
    meta = root / "wijzigingen" / "datum" / "wijziging.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "inwerkingtreding: volgend jaar\n", encoding="utf-8")
    with pytest.raises((LawError, LawErrors)) as info:
        wetgraaf.load(root)
    errors = info.value.errors if isinstance(info.value, LawErrors) else [info.value]
    (err,) = [e for e in errors if "inwerkingtreding" in e.message]
    assert err.code == "WG-WIJZ-006" and err.pos.line == 7


def test_dutch_thousands_separators_are_read_or_refused():
    from wetgraaf.core.values import Money
    from wetgraaf.core.errors import LawError, LawErrors
    from wetgraaf.parser.rules import parse_block
    from wetgraaf.scenario import load_text

    with pytest.raises((LawError, LawErrors)) as info:
        parse_block("begrip grens: bedrag = € 70.100\n", "w.md", 0)
    errors = info.value.errors if isinstance(info.value, LawErrors) else [info.value]
    assert errors[0].code == "WG-PARSE-003" and "70_100" in errors[0].message
    import wetgraaf

    wg = wetgraaf.load()
    (sc,) = load_text("naam: s\npeildatum: 2026-07-01\nwet: wbmgp\nfeiten: {woz_waarde: '€ 270.100,50'}\n"
                      "vragen: [woz_waarde]\n", "s.yaml")
    (outcome,) = wg.run(sc)
    assert outcome.answer.value == Money(27_010_050)


def test_stacking_lists_only_articles_that_differ(tmp_path):
    import wetgraaf
    from wetgraaf.amend.report import build_report

    wg = wetgraaf.load()
    report = build_report(wg, ("wbmgp-2025",), ("wbmgp-2012",), with_graph=False, scenario_paths=[])
    changed = {(a.wet, a.artikel) for a in report.articles}
    assert ("wbmgp", "5") not in changed  # changed by the base amendment only: not a change of this one
    assert ("wbmgp", "8") in changed


def test_a_value_bound_to_a_longer_phrase_follows_only_its_own_words(tmp_path, monkeypatch):
    """Wbmgp art. 5 lid 4 says "vier jaar" twice: each value is bound to the phrase that occurs once, so changing
    the extension's words changes only the extension's value."""
    import datetime as dt

    import wetgraaf
    from wetgraaf.core.values import Duration
    from wetgraaf.parser.hoeveelheid import read_quantity

    assert read_quantity("de duur van ten hoogste vier jaar") == ("duur", (4, "jaar"))
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = _corpus_with(tmp_path, "verlenging", _block("In artikel 5, vierde lid, wordt 'telkens ten hoogste vier jaar' "
                                                       "vervangen door 'telkens ten hoogste twee jaar'."))
    wg = wetgraaf.load(root)
    program = wg.program(dt.date(2026, 7, 1), ("verlenging",))
    value = {name: program.definitions[f"wbmgp.{name}"].rules[0].value.value
             for name in ("maximale_duur_aanwijzing_art5", "maximale_verlengingsduur_art5")}
    assert value == {"maximale_duur_aanwijzing_art5": Duration(years=4),
                     "maximale_verlengingsduur_art5": Duration(years=2)}


# -- rules restated under a word instruction (issue 14: the known hard case of art. 8 lid 1) -----------------------


def _parsed(tmp_path: Path, body: str):
    import wetgraaf
    from wetgraaf.parser.wijziging import parse_wijziging

    folder = tmp_path / "proef"
    folder.mkdir()
    (folder / "wijziging.yaml").write_text(WIJZIGING_YAML.format(naam="proef"), encoding="utf-8")
    (folder / "A.md").write_text(body, encoding="utf-8")
    return parse_wijziging(folder, wetgraaf.load().corpus)


REGELS = "\n```regels\nbegrip x(p: persoon): waarheid = waar\n```\n"


def test_rules_and_a_toelichting_under_a_word_instruction_are_read_with_it(tmp_path):
    wijz = _parsed(tmp_path, _block("In artikel 8, eerste lid, aanhef, vervalt 'onafgebroken'.",
                                    REGELS + "\n### Toelichting\n\nWaarom.\n"))
    (instr,) = wijz.instructions
    assert instr.kind == "woorden" and [d.name for b in instr.regels for d in b.decls] == ["x"]
    assert instr.notes == ["Waarom."] and instr.regels[0].pos.line == 9  # the line after the ```regels fence


@pytest.mark.parametrize("opdracht,below,fout,line", [
    ("Artikel 8 wordt als volgt gewijzigd: 1. In het eerste lid vervalt 'onafgebroken'. 2. In het tweede lid "
     "vervalt 'kunnen'.", REGELS, "replace the rules of the one unit", 5),  # the opdracht line
    ("In artikel 8, eerste lid, vervalt 'onafgebroken'.", "\n## Lid 1\n\n1 Nieuwe tekst.\n", "takes no new text",
     8),  # the heading of the text it cannot take
])
def test_what_a_word_instruction_cannot_carry_is_a_located_error(tmp_path, opdracht, below, fout, line):
    from wetgraaf.core.errors import LawErrors

    with pytest.raises(LawErrors) as info:
        _parsed(tmp_path, _block(opdracht, below))
    (err,) = info.value.errors
    assert err.code == "WG-WIJZ-009" and fout in tekst(err.message, "en")  # the catalogue's English
    assert Path(err.pos.file).name == "A.md" and err.pos.line == line


def test_every_unit_the_wams_changes_is_marked_rebuilt_with_its_mvt_lines():
    """The Wams text is rebuilt from its memorie van toelichting: a unit whose words it changes (word instructions
    included) or adds is marked herleid and names the MvT lines it rests on; where the MvT names the words, the
    instruction changes only those (the rest stays the official text)."""
    import wetgraaf
    from wetgraaf.resolve.woorden import printed_view

    wg = wetgraaf.load()
    base, wams = wg.program(None, ()).situation, wg.program(None, ("wams",)).situation

    def units(sit):
        out = {}
        for (wet, nummer), art in sit.articles.items():
            def walk(u, path):
                out[(wet, nummer) + path] = u
                for c in u.children:
                    walk(c, path + ((c.kind, c.ident),))
            walk(art.root, ())
        return out

    before, after = units(base), units(wams)
    changed = [k for k, u in after.items() if k not in before or " ".join((u.text or "").split())
               != " ".join((before[k].text or "").split())]
    assert len(changed) > 20
    for key in changed:
        u = after[key]
        assert u.herkomst == "herleid" and u.bron_note and "seed 002" in u.bron_note, key
    words = {("wmo2015", "5.1.2", ("lid", "2")): "voor zover deze noodzakelijk zijn voor:",
             ("wmo2015", "5.1.1", ("lid", "5"), ("onderdeel", "a")): "a. de persoonsgegevens met toepassing van",
             ("wmo2015", "2.1.2", ("lid", "4"), ("onderdeel", "e")): "geen jeugdhulp, jeugdreclassering of "
                                                                      "kinderbeschermingsmaatregel als bedoeld in"}
    for key, text in words.items():
        assert key in changed and text in " ".join(printed_view(after[key].text)[0].split())


def test_percentages_are_read_as_the_fraction_they_stand_for():
    from decimal import Decimal

    from wetgraaf.parser.hoeveelheid import read_quantity

    assert read_quantity("108%") == ("procent", Decimal("1.08"))
    assert read_quantity("4,273%") == ("procent", Decimal("0.04273"))
    assert read_quantity("vijftig procent") == ("procent", Decimal("0.5"))
    assert read_quantity("108% van het twaalfvoud") == ("procent", Decimal("1.08"))


def test_replacing_the_108_percent_of_the_drempelinkomen_changes_the_value_with_no_rule_restated(tmp_path,
                                                                                                 monkeypatch):
    import datetime as dt
    from fractions import Fraction

    import wetgraaf
    from wetgraaf.core.values import Money

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = _corpus_with(tmp_path, "drempel", _block("In artikel 1, eerste lid, onderdeel f, wordt '108%' vervangen "
                                                    "door '110%'."))
    (root / "wijzigingen" / "drempel" / "wijziging.yaml").write_text(
        WIJZIGING_YAML.format(naam="drempel").replace("wet: wbmgp", "wet: zorgtoeslag"), encoding="utf-8")
    wg = wetgraaf.load(root)
    day = dt.date(2025, 6, 1)
    facts = {("zorgtoeslag.minimumloon_per_maand_januari", ()): Money(200000)}
    value = {}
    for name, wijz in (("voor", ()), ("na", ("drempel",))):
        engine = wg.engine(day, wg.program(day, wijz).situation.wijzigingen)
        value[name], _ = engine.decide("zorgtoeslag.drempelinkomen_onafgerond", (), facts, day)
    assert value == {"voor": Fraction(25920), "na": Fraction(26400)}  # 2000 x 12 x 1.08, x 1.10
