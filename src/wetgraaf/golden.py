"""Golden answers beside the scenario files: for every scenario file in a `scenarios/` folder that has a `golden/`
folder, `golden/<file stem>.txt` holds each scenario's answers with their explanations (the Dutch text of
`wetgraaf vraag --uitleg`, citing artikel, lid and onderdeel). The pytest plugin compares them on every run, so any
change to an answer or to the words of an explanation is a diff a reviewer sees; `pytest --wetgraaf-ververs` writes
them anew (docs/scenarios.md, "Golden files"). A file may also keep its answers in English, `golden/<file
stem>.en.txt` (`wetgraaf --taal en vraag --uitleg`): where that file exists it is compared and written anew too."""

from __future__ import annotations

import difflib
from pathlib import Path

from .taal import STANDAARD, TALEN, bericht, tekst, zeg

GOLDEN_DIR = "golden"


def golden_path(scenario_file: Path, taal: str = STANDAARD) -> Path:
    """Where the golden file of a scenario file lives: golden/<stem>.txt beside it (golden/<stem>.en.txt for the
    English one)."""
    suffix = "" if taal == STANDAARD else f".{taal}"
    return scenario_file.parent / GOLDEN_DIR / f"{scenario_file.stem}{suffix}.txt"


def languages(scenario_file: Path) -> list[str]:
    """The languages the file keeps golden answers in: Dutch always, another where its golden file exists."""
    return [t for t in TALEN if t == STANDAARD or golden_path(scenario_file, t).is_file()]


def has_golden(scenario_file: Path) -> bool:
    """A scenario folder takes part when it has a golden/ folder (the corpus's law/scenarios does)."""
    return (scenario_file.parent / GOLDEN_DIR).is_dir()


def render(wg, scenario_file: Path, taal: str = STANDAARD) -> str:
    """Every answer of every scenario in the file with its explanation, as plain text in language `taal`."""
    from .engine.explain import explain_text
    from .scenario import load_file

    parts = [zeg("uitleg.goud.kop", taal, naam=scenario_file.name)]
    for sc in load_file(scenario_file):
        title = zeg("uitleg.goud.titel", taal, naam=sc.naam, peildatum=sc.peildatum)
        if sc.wijzigingen:
            title += zeg("zin.uitleg.goud.met", taal, wijzigingen=", ".join(sc.wijzigingen))
        parts.append(title + "\n")
        for o in wg.run(sc, trace=True):
            label = "" if o.versie == "basis" else zeg("zin.uitleg.goud.versie", taal, versie=o.versie)
            if o.answer is None:
                parts.append(label + zeg("uitleg.goud.geen_grondslag", taal, vraag=o.question) + "\n")
            else:
                parts.append(label + explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen), taal).rstrip()
                             + "\n")
    return "\n".join(parts)


def difference(wg, scenario_file: Path, taal: str = STANDAARD) -> str | None:
    """None when the golden file holds exactly what wetgraaf answers now; else a unified diff (or why there is
    none to compare with)."""
    path = golden_path(scenario_file, taal)
    now = render(wg, scenario_file, taal)
    if not path.is_file():
        return tekst(bericht("uitleg.goud.geen", pad=path, naam=scenario_file.name))
    was = path.read_text(encoding="utf-8")
    if was == now:
        return None
    return "".join(difflib.unified_diff(was.splitlines(keepends=True), now.splitlines(keepends=True),
                                        f"{path} (vastgelegd)", f"{path} (nu)", n=2))


def refresh(wg, scenario_file: Path, taal: str = STANDAARD) -> bool:
    """Write the golden file anew; True when it changed."""
    from .atomic import write_text

    path = golden_path(scenario_file, taal)
    now = render(wg, scenario_file, taal)
    if path.is_file() and path.read_text(encoding="utf-8") == now:
        return False
    write_text(path, now, backup=False)  # a generated file under version control: git keeps the old one
    return True


__all__ = ["GOLDEN_DIR", "difference", "golden_path", "has_golden", "languages", "refresh", "render"]
