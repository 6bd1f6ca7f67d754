"""An amendment states what it builds on (`op: [wams]` in wijziging.yaml, issue 14 item 3): one that changes Wams
text applies after the Wams wherever it is named — `controleer`, a stacked report, a scenario's `per_versie` — and an
unknown or circular `op` is a located error. The amendment used raises the age limit of the Wams gezinslid
definition by one word instruction, with the rules of the slotzin it changes restated under it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from wetgraaf.taal import tekst

REPO = Path(__file__).resolve().parents[2]
NAAM = "gezinslid-21"

WIJZIGING_YAML = f"""\
naam: {NAAM}
titel: Leeftijdsgrens gezinslid naar eenentwintig jaar (proef)
status: voorstel
herkomst: ontwerp
wet: wmo2015
bron: proef
op: [wams]
"""

# The rules of the slotzin, restated: the limit is now a bound value, read from the new words.
OPDRACHT = """\
# Onderdeel A

```wijziging
onderdeel: A
opdracht: "In artikel 1.1.1, eerste lid, onderdeel gezinslid, slotzin, wordt 'geen jeugdige in de zin van de Jeugdwet meer zijn' vervangen door 'de leeftijd van eenentwintig jaar hebben bereikt'."
```

```regels
waarde leeftijdsgrens_gezinslid: geheel = "eenentwintig jaar"

uitzondering leeftijdsgrens_kind op gezinslid_kind_elders(p, c):
  als leeftijd(jeugdwet.geboortedatum(p)) >= leeftijdsgrens_gezinslid dan onwaar
uitzondering leeftijdsgrens_ouder op gezinslid_voormalig_partner(p, c):
  als niet (bestaat k in kinderen_in_huishouding(c)
            waarvoor ouder_van(p, k) en leeftijd(jeugdwet.geboortedatum(k)) < leeftijdsgrens_gezinslid)
  dan onwaar
uitzondering leeftijdsgrens_broer_of_zus op gezinslid_broer_of_zus_elders(p, c):
  als leeftijd(jeugdwet.geboortedatum(p)) >= leeftijdsgrens_gezinslid dan onwaar
```

### Toelichting

Proef: de grens is niet meer het einde van de jeugdige, maar eenentwintig jaar.
"""

# A child of twenty of the cliënt's partner, staying elsewhere: no jeugdige, so no gezinslid under the Wams; under
# the age limit of twenty-one it is.
SCENARIO = """\
naam: Kind van twintig elders
peildatum: 2026-01-01
wet: wmo2015
personen:
  cliënt: {}
  kind:
    geboortedatum: 2005-06-20
    adolescentenstrafrecht_toegepast: onwaar
    jeugdhulp_bestaat_uit_pleegzorg: onwaar
    voortzetting_jeugdhulp_noodzakelijk_bepaald: onwaar
    jeugdhulp_noodzakelijk_bepaald_voor_18: onwaar
    hervatting_jeugdhulp_noodzakelijk_bepaald: onwaar
feiten:
  kind_van_partner_van(kind, cliënt): waar
  kind_van(kind, cliënt): onwaar
  verblijft_elders(kind, cliënt): waar
  hoofdverblijf_in_dezelfde_woning(kind, cliënt): onwaar
  kind_in_huishouding_van(kind, cliënt): onwaar
  gehuwd_met(kind, cliënt): onwaar
  geregistreerd_partner_van(kind, cliënt): onwaar
  voormalig_partner_van_volwassene_in_huishouding(kind, cliënt): onwaar
  broer_of_zus_van_kind_in_huishouding(kind, cliënt): onwaar
  kinderen_in_huishouding(cliënt): []
vragen:
  - gezinslid(kind, cliënt)
per_versie:
  wams:
    verwacht:
      gezinslid(kind, cliënt): onwaar
  {versie}:
    verwacht:
      gezinslid(kind, cliënt): waar
"""


def _corpus(tmp_path: Path, yaml_text: str = WIJZIGING_YAML, naam: str = NAAM) -> Path:
    root = tmp_path / "law"
    shutil.copytree(REPO / "law", root, ignore=shutil.ignore_patterns("__pycache__"))
    folder = root / "wijzigingen" / naam
    folder.mkdir()
    (folder / "wijziging.yaml").write_text(yaml_text, encoding="utf-8")
    (folder / "A.md").write_text(OPDRACHT, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("op")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WETGRAAF_CACHE", str(tmp / "cache"))  # this module's corpus copy gets a cache of its own
        yield _corpus(tmp)


@pytest.fixture(scope="module")
def wg(corpus_root):
    import wetgraaf

    return wetgraaf.load(corpus_root)


def test_named_alone_it_applies_after_the_wams(wg):
    program = wg.program(dt.date(2026, 1, 1), (NAAM,))
    assert program.situation.wijzigingen == ("wams", NAAM)
    art = program.situation.articles[("wmo2015", "1.1.1")]
    lid = next(c for c in art.root.children if c.ident == "1")
    gezinslid = next(c for c in lid.children if c.ident == "gezinslid")
    slot = next(c for c in gezinslid.children if c.kind == "slot")
    assert "de leeftijd van eenentwintig jaar hebben bereikt" in " ".join(slot.text.split())
    assert slot.te_herzien is None and slot.herkomst == "ontwerp"  # its rules are restated under the instruction
    limit = program.definitions["wmo2015.leeftijdsgrens_gezinslid"]
    assert limit.rules[0].value.value == 21
    # the rules of the unchanged subonderdelen stay the Wams's
    assert program.definitions["wmo2015.gezinslid_kind_elders"].citation.toelichting == "seed 002, regels 5674-5748"


def test_check_passes_with_it(corpus_root):
    from typer.testing import CliRunner

    from wetgraaf.cli import app

    result = CliRunner().invoke(app, ["controleer", str(corpus_root), "--wijziging", NAAM, "--peildatum", "2026-01-01",
                                      "--geen-analyse"])
    assert result.exit_code == 0, result.output
    assert "corpus in orde" in result.output


def test_stacked_on_the_wams_the_report_shows_only_its_own_change(wg):
    from wetgraaf.amend.report import build_report

    report = build_report(wg, (NAAM,), ("wams",), dt.date(2026, 1, 1), scenario_paths=[], with_graph=False)
    changed = {(a.wet, a.artikel) for a in report.articles}
    assert changed == {("wmo2015", "1.1.1")}
    units = {u.path: u for a in report.articles for u in a.units if u.status != "ongewijzigd"}
    (slot,) = [u for p, u in units.items() if p.endswith("onderdeel gezinslid, slotzin")]
    assert "eenentwintig jaar" in slot.new and "jeugdige" in slot.old
    status = {c.qname: c.status for c in report.rules}
    assert status["wmo2015.leeftijdsgrens_gezinslid"] == "toegevoegd"
    assert status["wmo2015.gezinslid_kind_elders"] == "gewijzigd"  # its exception now reads the age limit


@pytest.mark.parametrize("versie", [NAAM, f"wams + {NAAM}"])
def test_per_versie_names_it_alone_or_stacked(wg, versie):
    from wetgraaf.scenario import load_text

    (sc,) = load_text(SCENARIO.replace("{versie}", versie), "s.yaml")
    outcomes = wg.run(sc)
    assert [(o.versie, o.ok) for o in outcomes] == [("wams", True), (versie, True)], [o.problems for o in outcomes]
    assert [o.answer.value for o in outcomes] == [False, True]


@pytest.mark.parametrize("op,message", [("[wams-2030]", "op names amendment 'wams-2030'"),
                                        (f"[{NAAM}]", "cannot build on itself"),
                                        ("{a: b}", "op names the amendments")])
def test_a_bad_op_is_a_located_error(tmp_path, monkeypatch, op, message):
    import wetgraaf
    from wetgraaf.core.errors import LawError, LawErrors

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = _corpus(tmp_path, WIJZIGING_YAML.replace("op: [wams]", f"op: {op}"))
    with pytest.raises((LawError, LawErrors)) as info:
        wetgraaf.load(root)
    errors = info.value.errors if isinstance(info.value, LawErrors) else [info.value]
    (err,) = [e for e in errors if message in tekst(e.message, "en")]  # the catalogue's English; Dutch is the default
    assert err.code in ("WG-WIJZ-006", "WG-WIJZ-007")
    assert Path(err.pos.file).name == "wijziging.yaml" and err.pos.line == 7
