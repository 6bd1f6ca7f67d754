"""Amendment provisions that change no law of the corpus (`niet_uitvoerbaar`, WG-WIJZ-010), and the passage of the
toelichting that rebuilt rules cite in explanations (the `mvt` of an instruction)."""

from __future__ import annotations

import datetime as _dt
import textwrap
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.engine.explain import explain_text
from wetgraaf.core.errors import LawErrors

from corpus_kit import Art, corpus  # noqa: E402

DAY = _dt.date(2026, 1, 1)


def _amendment(root: Path, body: str) -> None:
    folder = root / "wijzigingen" / "proef"
    folder.mkdir(parents=True)
    (folder / "wijziging.yaml").write_text("naam: proef\ntitel: Proefwet\nstatus: wetsvoorstel\nherkomst: herleid\n",
                                           encoding="utf-8")
    (folder / "a.md").write_text(textwrap.dedent(body), encoding="utf-8")


def test_a_non_executable_provision_is_kept_and_never_applied(tmp_path):
    root = corpus(tmp_path, Art("1", "feit a(p: persoon): waarheid", wet="w"))
    _amendment(root, """\
        ```wijziging
        onderdeel: IX
        opdracht: "Zelfstandige bepaling: evaluatie binnen vijf jaar"
        niet_uitvoerbaar: "Wijzigt geen wet."
        mvt: seed 002, regels 8605-8614
        ```
        """)
    wg = wetgraaf.load(root)
    (instr,) = wg.corpus.wijzigingen["proef"].instructions
    assert instr.kind == "niet_uitvoerbaar" and instr.meta["niet_uitvoerbaar"] == "Wijzigt geen wet."
    assert set(wg.program(DAY, ("proef",)).definitions) == set(wg.program(DAY).definitions)


def test_a_non_executable_provision_needs_its_reason(tmp_path):
    root = corpus(tmp_path, Art("1", "feit a(p: persoon): waarheid", wet="w"))
    _amendment(root, """\
        ```wijziging
        onderdeel: X
        opdracht: "Inwerkingtreding"
        niet_uitvoerbaar: ""
        ```
        """)
    with pytest.raises(LawErrors) as exc:
        wetgraaf.load(root)
    assert [e.code for e in exc.value.errors] == ["WG-WIJZ-010"]
    assert exc.value.errors[0].pos.line == 1


def test_rebuilt_rules_cite_the_passage_they_rest_on(tmp_path):
    root = corpus(tmp_path, Art("1", "feit a(p: persoon): waarheid", wet="w"))
    _amendment(root, """\
        ```wijziging
        onderdeel: I.A
        wet: w
        opdracht: Na artikel 1 wordt een artikel ingevoegd, luidende
        mvt: seed 002, regels 10-20
        ```

        # Artikel 2

        *[Herleid — wettekst niet beschikbaar.]* Samenvatting.

        ## Lid 1

        ```regels
        begrip b(p: persoon): waarheid = a(p)
        ```
        """)
    wg = wetgraaf.load(root)
    program = wg.program(DAY, ("proef",))
    assert program.definitions["w.b"].citation.toelichting == "seed 002, regels 10-20"
    answer = wg.engine(DAY, ("proef",)).answer("b(p)", "w.b", ("p",), {("w.a", ("p",)): True}, DAY, trace=True)
    text = explain_text(answer, program)
    assert "artikel 2, eerste lid, Wet w (herleid uit de toelichting: seed 002, regels 10-20)" in text
    assert program.definitions["w.a"].citation.toelichting is None  # official text cites no toelichting
