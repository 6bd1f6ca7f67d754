"""The mirror-provision check (wetgraaf/analysis/spiegel.py, `wetgraaf spiegel`): two definitions compared over every
combination of the inputs they depend on — an equivalent pair, a deliberately different pair (with a distinguishing
scenario that the engine confirms), input discovery, value domains, the Wams pairs, and the command line."""

from __future__ import annotations

import datetime as _dt
import textwrap
from pathlib import Path

import pytest
import yaml

import wetgraaf

from corpus_kit import Art, corpus, run_cli  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.scenario import load_text  # noqa: E402
from wetgraaf.analysis.spiegel import Paar, Woord, lees_paren, scenario, vergelijk  # noqa: E402
from wetgraaf.taal import tekst  # noqa: E402

HOOFDWET = Art("1", """
    feit verzoek(p: persoon): waarheid
    oordeel vermoeden(p: persoon): waarheid door college
    begrip onderzoek(p: persoon): waarheid = verzoek(p) en vermoeden(p)
    """, wet="hoofdwet")


def _mirror(body: str) -> Art:
    return Art("1", f"""
        feit melding(p: persoon): waarheid
        begrip toepassing(p: persoon): waarheid = {body}
        """, wet="spiegelwet")


def _pair(**kw) -> Paar:
    woord = Woord("verzoek", ["waar", "onwaar"], links={("spiegelwet.melding", ("p",)): "$"},
                  rechts={("hoofdwet.verzoek", ("p",)): "$"})
    return Paar("spiegel ~ hoofd", "spiegelwet.toepassing(p)", "hoofdwet.onderzoek(p)", (),
                _dt.date(2026, 1, 1), [woord], **kw)


def test_equivalent_pair(tmp_path):
    root = corpus(tmp_path, HOOFDWET, _mirror("melding(p) en hoofdwet.vermoeden(p)"))
    result = vergelijk(wetgraaf.load(root), _pair())
    assert result.gelijk and result.zoals_verwacht
    assert result.combinaties == 4
    assert result.woorden == ["verzoek", "hoofdwet.vermoeden(p)"]


def test_different_pair_gives_a_distinguishing_scenario_the_engine_confirms(tmp_path):
    root = corpus(tmp_path, HOOFDWET, _mirror("melding(p) of hoofdwet.vermoeden(p)"))  # 'of': deliberately wrong
    wg = wetgraaf.load(root)
    result = vergelijk(wg, _pair())
    assert not result.gelijk and not result.zoals_verwacht
    assert (result.links_waarde, result.rechts_waarde) == (True, False)
    docs = scenario(result, wg)
    assert len(docs) == 2  # the shared word is spelled differently on each side: one scenario per side
    for doc in docs:
        (sc,) = load_text(yaml.safe_dump(doc, allow_unicode=True), "spiegel.yaml")
        outcomes = wg.run(sc)
        assert all(o.ok for o in outcomes), [o.problems for o in outcomes]
    assert docs[0]["verwacht"] == {"spiegelwet.toepassing(p)": "waar"}
    assert docs[1]["verwacht"] == {"hoofdwet.onderzoek(p)": "onwaar"}


def test_expected_difference_is_as_expected(tmp_path):
    root = corpus(tmp_path, HOOFDWET, _mirror("melding(p) of hoofdwet.vermoeden(p)"))
    result = vergelijk(wetgraaf.load(root), _pair(verwacht="verschil"))
    assert not result.gelijk and result.zoals_verwacht


def test_inputs_found_behind_a_list_and_enum_values_enumerated(tmp_path):
    root = corpus(tmp_path, Art("1", """
        soort grond: grond_a | grond_b | grond_c
        feit gronden(p: persoon): lijst van grond
        feit hoofdgrond(p: persoon): grond
        feit telt(p: persoon, g: persoon): waarheid
        feit leden(p: persoon): lijst van persoon
        begrip x(p: persoon): waarheid = bestaat g in gronden(p) waarvoor g = grond_a
        begrip y(p: persoon): waarheid = grond_a in {grond_a} en (aantal g in gronden(p) waarvoor g = grond_a) >= 1
        begrip z(p: persoon): waarheid = hoofdgrond(p) in {grond_a, grond_b}
        begrip z2(p: persoon): waarheid = hoofdgrond(p) != grond_c
        """, wet="w"))
    wg = wetgraaf.load(root)
    same = vergelijk(wg, Paar("x ~ y", "w.x(p)", "w.y(p)"))
    assert same.gelijk and same.combinaties == 8  # every subset of three values
    enum = vergelijk(wg, Paar("z ~ z2", "w.z(p)", "w.z2(p)"))
    assert enum.gelijk and enum.combinaties == 3


def test_a_date_must_be_fixed(tmp_path):
    root = corpus(tmp_path, Art("1", """
        feit datum_verzoek(p: persoon): datum
        feit datum_besluit(p: persoon): datum
        begrip tijdig(p: persoon): waarheid = datum_besluit(p) <= datum_verzoek(p) + 2 weken
        begrip tijdig2(p: persoon): waarheid = datum_besluit(p) <= datum_verzoek(p) + 14 dagen
        """, wet="w"))
    wg = wetgraaf.load(root)
    with pytest.raises(LawError) as exc:
        vergelijk(wg, Paar("t", "w.tijdig(p)", "w.tijdig2(p)"))
    assert exc.value.code == "WG-SPGL-003" and "vast" in exc.value.message
    fixed = {("w.datum_verzoek", ("p",)): _dt.date(2026, 4, 1)}
    result = vergelijk(wg, Paar("t", "w.tijdig(p)", "w.tijdig2(p)", domein={
        ("w.datum_besluit", ("p",)): [_dt.date(2026, 4, 15), _dt.date(2026, 4, 16)]}, vast=fixed))
    assert result.gelijk and result.combinaties == 2


def test_the_wams_mirror_pairs():
    """Pw 7a and Wgs 3b route into research exactly as Wmo 2.3a.1, eerste lid; Jeugdwet 2.4a reaches further
    (a kinderbeschermingsmaatregel the college considers is no request for help)."""
    wg = wetgraaf.load()
    pairs = {p.naam.split(",")[0].split(" ~")[0]: p for p in
             lees_paren(Path(wg.corpus.wijzigingen["wams"].folder) / "spiegels.yaml")}
    for naam in ("Participatiewet 7a", "Wet gemeentelijke schuldhulpverlening 3b"):
        result = vergelijk(wg, pairs[naam])
        assert result.gelijk and result.combinaties == 8, naam
    jeugd = vergelijk(wg, pairs["Jeugdwet 2.4a"])
    assert not jeugd.gelijk and jeugd.zoals_verwacht
    assert jeugd.links_feiten[("jeugdwet.kinderbeschermingsmaatregel_overwogen", ("p",))] is True
    assert jeugd.links_feiten[("wmo2015.hulpvragen", ("p",))] == ()
    assert (jeugd.links_waarde, jeugd.rechts_waarde) == (True, False)


def _pair_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "paren.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_pair_file_errors_are_located(tmp_path):
    path = _pair_file(tmp_path, """\
        paren:
          - naam: zonder rechts
            links: w.x(p)
          - links: w.x(p)
            rechts: w.y(p)
            verwacht: misschien
        """)
    with pytest.raises(LawErrors) as exc:
        lees_paren(path)
    errors = exc.value.errors
    assert [e.code for e in errors] == ["WG-SPGL-001", "WG-SPGL-001"]
    assert errors[0].pos.line == 2 and "rechts" in errors[0].message
    assert errors[1].pos.line == 6 and "gelijk or verschil" in tekst(errors[1].message, "en")


def test_cli(tmp_path):
    root = corpus(tmp_path, HOOFDWET, _mirror("melding(p) en hoofdwet.vermoeden(p)"))
    paren = _pair_file(tmp_path, """\
        peildatum: 2026-01-01
        paren:
          - naam: spiegel ~ hoofd
            links: spiegelwet.toepassing(p)
            rechts: hoofdwet.onderzoek(p)
            woordenlijst:
              verzoek:
                links: {spiegelwet.melding(p): $}
                rechts: {hoofdwet.verzoek(p): $}
        """)
    ok = run_cli("spiegel", "--paren", str(paren), "--corpus", str(root))
    assert ok.returncode == 0, ok.stderr
    assert "gelijkwaardig over 4 combinaties" in ok.stdout
    # Without the vocabulary the two sides read different facts: a difference, exit code 1, and a scenario.
    diff = run_cli("spiegel", "spiegelwet.toepassing(p)", "hoofdwet.onderzoek(p)", "--corpus", str(root),
                   "--peildatum", "2026-01-01")
    assert diff.returncode == 1
    assert "onderscheidend geval" in diff.stdout and "vragen:" in diff.stdout
    assert run_cli("spiegel", "spiegelwet.toepassing(p)", "--corpus", str(root)).returncode == 2
    unknown = run_cli("spiegel", "spiegelwet.bestaat_niet(p)", "hoofdwet.onderzoek(p)", "--corpus", str(root))
    assert unknown.returncode == 1 and "WG-SPGL-002" in unknown.stderr and "Traceback" not in unknown.stderr
