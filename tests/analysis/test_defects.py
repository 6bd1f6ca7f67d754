"""Law defects (analysis/defects.py) and how `wetgraaf controleer` lists them: a seeded cycle and a seeded conflict with
their positions, a gap (NoValue), exceptions that can never apply, never overlap their rule or never decide, the
witness of a conflict as a scenario that reproduces it, severities and --streng."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from corpus_kit import Art, corpus, run_cli  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.cli import app  # noqa: E402
from wetgraaf.analysis.defects import analyse, describe  # noqa: E402
from wetgraaf.scenario import load_text  # noqa: E402

FACTS = """
feit a(p: persoon): waarheid
feit b(p: persoon): waarheid
feit c(p: persoon): waarheid
soort bron: arbeid | bijstand | geen
feit inkomensbron(p: persoon): bron
"""

CONFLICT = FACTS + """
begrip recht(p: persoon): waarheid = onwaar
uitzondering ja op recht(p): als a(p) dan waar
uitzondering nee op recht(p): als b(p) en niet c(p) dan onwaar
begrip gebruikt(p: persoon): waarheid = recht(p) en c(p) en inkomensbron(p) = arbeid
"""

GAP_AND_DEAD = FACTS + """
begrip toeslag(p: persoon): bedrag
regel laag voor toeslag(p): als a(p) en inkomensbron(p) = arbeid dan € 100
regel hoog voor toeslag(p): als niet a(p) en b(p) dan € 200
begrip mag(p: persoon): waarheid = a(p)
uitzondering nooit op mag(p): als b(p) en niet b(p) dan onwaar
begrip stap(p: persoon): geheel
regel basis voor stap(p): als a(p) dan 1
uitzondering los op basis voor stap(p): als niet a(p) dan 2
begrip trap(p: persoon): geheel
regel r0 voor trap(p): als niet c(p) dan 0
regel r voor trap(p): als c(p) dan 1
uitzondering e1 op r voor trap(p): als c(p) en b(p) dan 2
uitzondering e2 op e1 voor trap(p): als b(p) en c(p) dan 3
begrip alles(p: persoon): waarheid = toeslag(p) > € 0 of mag(p) of stap(p) > 0 of trap(p) > 0 of inkomensbron(p) = geen
"""

CYCLE = FACTS + """
begrip arm(p: persoon): waarheid = a(p) en niet rijk(p)
begrip rijk(p: persoon): waarheid = niet arm(p)
"""

DAY = _dt.date(2026, 1, 1)


def _defects(root: Path):
    wg = wetgraaf.load(root)
    return wg, analyse(wg.program(DAY), wg.engine(DAY), wg.graph(DAY))


def _line_of(root: Path, text: str) -> int:
    lines = (root / "testwet" / "artikel-1.md").read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if text in line)


def test_check_reports_a_seeded_conflict_with_both_positions(tmp_path):
    root = corpus(tmp_path, CONFLICT)
    result = run_cli("controleer", str(root))
    assert result.returncode == 0, result.stderr  # a warning: the corpus loads
    assert "Traceback" not in result.stderr + result.stdout
    file = root / "testwet" / "artikel-1.md"
    ja, nee = _line_of(root, "uitzondering ja"), _line_of(root, "uitzondering nee")
    line = next(x for x in result.stderr.split("\n") if "WG-DEF-001" in x)
    assert line.startswith(f"{file}:{nee}:1: waarschuwing: testwet.recht(p) kan tegelijk twee waarden krijgen"), line
    assert f"{file}:{ja}:1" in line and f"{file}:{nee}:1" in line  # both positions
    assert "bijvoorbeeld wanneer testwet.a(p) = waar, testwet.b(p) = waar, testwet.c(p) = onwaar" in line
    assert "corpus in orde" in result.stdout
    # the conflict is the one warning about the law itself (the seeded test law has no labels: WG-LABEL warnings)
    law_warnings = [x for x in result.stderr.split("\n") if ": waarschuwing: " in x and "[WG-LABEL-" not in x]
    assert len(law_warnings) == 1, law_warnings
    strict = run_cli("controleer", str(root), "--streng")
    assert strict.returncode == 1 and "WG-DEF-001" in strict.stderr and "--streng" in strict.stderr


def test_check_reports_a_seeded_cycle_as_a_path_with_articles(tmp_path):
    root = corpus(tmp_path, CYCLE)
    result = run_cli("controleer", str(root))
    assert result.returncode == 1
    file = root / "testwet" / "artikel-1.md"
    assert (f"{file}:{_line_of(root, 'begrip arm')}:1: deze definities hangen in een kring van elkaar af: "
            "testwet.arm (art. 1) -> testwet.rijk (art. 1) -> testwet.arm (art. 1) [WG-CYCLE-001]") in result.stderr
    assert "Traceback" not in result.stderr


def test_the_witness_of_a_conflict_is_a_scenario_that_reproduces_it(tmp_path):
    root = corpus(tmp_path, CONFLICT)
    wg, defects = _defects(root)
    conflict = next(d for d in defects if d.code == "WG-DEF-001")
    text = yaml.safe_dump(conflict.getuige, allow_unicode=True, sort_keys=False)
    (sc,) = load_text(text, "getuige.yaml")
    (outcome,) = wg.run(sc)
    assert outcome.answer.error is not None and outcome.answer.error.code == "WG-EVAL-002"


def test_gaps_and_dead_exceptions(tmp_path):
    root = corpus(tmp_path, GAP_AND_DEAD)
    wg, defects = _defects(root)
    by_code: dict[str, list] = {}
    for d in defects:
        by_code.setdefault(d.code, []).append(d)
    (gap,) = by_code["WG-DEF-002"]
    assert gap.pos.line == _line_of(root, "begrip toeslag") and "testwet.toeslag(p)" in gap.message
    (sc,) = load_text(yaml.safe_dump(gap.getuige, allow_unicode=True), "gat.yaml")
    assert wg.run(sc)[0].answer.error.code == "WG-EVAL-001"
    (never,) = by_code["WG-DEF-003"]
    assert never.pos.line == _line_of(root, "uitzondering nooit") and "kan nooit gelden" in never.message
    (apart,) = by_code["WG-DEF-004"]
    assert apart.pos.line == _line_of(root, "uitzondering los") and "geldt nooit samen" in apart.message
    (shadowed,) = by_code["WG-DEF-005"]
    assert shadowed.pos.line == _line_of(root, "uitzondering e1") and "beslist nooit" in shadowed.message
    assert all(d.severity == "waarschuwing" for d in defects if d.code != "WG-DEF-006")
    assert "WG-DEF-001" not in by_code  # the exceptions of trap are nested, not of equal priority


def test_an_exception_outside_its_rule_can_conflict_with_a_sibling(tmp_path):
    """An exception to a labelled rule replaces that rule's value whenever its own condition holds (semantiek.md),
    also where the rule itself would not apply: then it can meet the rule's siblings."""
    root = corpus(tmp_path, FACTS + """
begrip bedrag_van(p: persoon): bedrag
regel r voor bedrag_van(p): als inkomensbron(p) = arbeid dan € 1
regel s voor bedrag_van(p): als inkomensbron(p) in {bijstand, geen} dan € 2
uitzondering t op s voor bedrag_van(p): als c(p) dan € 3
""")
    _, defects = _defects(root)
    (conflict,) = [d for d in defects if d.code == "WG-DEF-001"]
    assert "testwet.c(p) = waar, testwet.inkomensbron(p) = arbeid" in conflict.message


def test_no_false_alarms_on_well_formed_rules(tmp_path):
    root = corpus(tmp_path, FACTS + """
begrip recht(p: persoon): waarheid = onwaar
uitzondering ja op recht(p): als a(p) en niet b(p) dan waar
uitzondering nee op recht(p): als b(p) dan onwaar
regel r voor bedrag_van(p): als inkomensbron(p) = arbeid dan € 1
regel s voor bedrag_van(p): als inkomensbron(p) in {bijstand, geen} dan € 2
begrip bedrag_van(p: persoon): bedrag
uitzondering t op s voor bedrag_van(p): als c(p) en niet (inkomensbron(p) = arbeid) dan € 3
begrip eind(p: persoon): waarheid = recht(p) of bedrag_van(p) > € 1
""")
    _, defects = _defects(root)
    assert not [d for d in defects if d.code != "WG-DEF-006"], [str(d) for d in defects]


def test_unused_definitions_and_severities_in_check(tmp_path):
    root = corpus(tmp_path, FACTS + "feit ongebruikt(p: persoon): waarheid\nbegrip eind(p: persoon): waarheid = "
                                    "a(p) en b(p) en c(p) en inkomensbron(p) = arbeid\n")
    runner = CliRunner()
    result = runner.invoke(app, ["controleer", str(root)])
    assert result.exit_code == 0, result.output
    assert "feit testwet.ongebruikt is gedeclareerd, maar geen regel gebruikt het [WG-DEF-006]" in result.output
    assert "begrip testwet.eind" not in result.output  # a remark: only with --alles
    assert "1 opmerking(en); --alles toont de opmerkingen" in result.output
    result = runner.invoke(app, ["controleer", str(root), "--alles"])
    assert re.search(r"opmerking: begrip testwet\.eind wordt door geen andere regel gebruikt", result.output)
    assert runner.invoke(app, ["controleer", str(root), "--geen-analyse"]).output.count("WG-DEF") == 0


def test_dangling_references_are_listed(tmp_path):
    art = Art("1", {"1": FACTS + "begrip eind(p: persoon): waarheid = a(p) en b(p) en c(p) en inkomensbron(p) = "
                                 "geen\n"})
    art.tekst = "Zoals bedoeld in het vierde lid van dit artikel."
    root = corpus(tmp_path, art)
    result = CliRunner().invoke(app, ["controleer", str(root)])
    assert re.search(r"artikel-1\.md:\d+:\d+: waarschuwing: de tekst verwijst naar 'het vierde lid van dit artikel'.*\[WG-DEF-007\]",
                     result.output), result.output


def test_every_witness_in_the_real_corpus_reproduces_its_defect():
    """The defects the search reports on the shipped corpus are real: each witness, run as a scenario, gives the
    Conflict or NoValue it claims."""
    wg = wetgraaf.load()
    day = _dt.date(2026, 7, 1)
    program = wg.program(day, ("wams",))
    found = [d for d in analyse(program, wg.engine_for(program)) if d.getuige]
    assert found, "the search finds the known defects of the Wams encoding"
    for d in found:
        (sc,) = load_text(yaml.safe_dump(d.getuige, allow_unicode=True), "getuige.yaml")
        (outcome,) = wg.run(sc)
        want = {"WG-DEF-001": "WG-EVAL-002", "WG-DEF-002": "WG-EVAL-001"}[d.code]
        assert outcome.answer.error is not None and outcome.answer.error.code == want, (d, describe({}))


@pytest.mark.parametrize("text", ["", "niet uitvoerbaar: \"reden\"", FACTS])
def test_a_corpus_without_rules_has_no_rule_defects(tmp_path, text):
    _, defects = _defects(corpus(tmp_path, text))
    assert not [d for d in defects if d.code in ("WG-DEF-001", "WG-DEF-002", "WG-DEF-003", "WG-DEF-004",
                                                 "WG-DEF-005")]
