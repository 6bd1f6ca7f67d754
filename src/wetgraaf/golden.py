"""Golden answers beside the scenario files: for every scenario file in a `scenarios/` folder that has a `golden/`
folder, `golden/<file stem>.txt` holds each scenario's answers with their explanations (the Dutch text of
`wetgraaf vraag --uitleg`, citing artikel, lid and onderdeel). The pytest plugin compares them on every run, so any
change to an answer or to the words of an explanation is a diff a reviewer sees; `pytest --wetgraaf-ververs` writes
them anew (docs/scenarios.md, "Golden files")."""

from __future__ import annotations

import difflib
from pathlib import Path

GOLDEN_DIR = "golden"
HEADER = ("# Antwoorden en uitleg van {name}, zoals wetgraaf ze nu geeft. Gemaakt met `pytest --wetgraaf-ververs`;\n"
          "# niet met de hand bewerken: een verschil hier is een veranderd antwoord of een veranderde uitleg.\n")


def golden_path(scenario_file: Path) -> Path:
    """Where the golden file of a scenario file lives: golden/<stem>.txt beside it."""
    return scenario_file.parent / GOLDEN_DIR / f"{scenario_file.stem}.txt"


def has_golden(scenario_file: Path) -> bool:
    """A scenario folder takes part when it has a golden/ folder (the corpus's law/scenarios does)."""
    return (scenario_file.parent / GOLDEN_DIR).is_dir()


def render(wg, scenario_file: Path) -> str:
    """Every answer of every scenario in the file with its explanation, as plain text."""
    from .engine.explain import explain_text
    from .scenario import load_file

    parts = [HEADER.format(name=scenario_file.name)]
    for sc in load_file(scenario_file):
        title = f"## {sc.naam} — peildatum {sc.peildatum}"
        if sc.wijzigingen:
            title += f", met {', '.join(sc.wijzigingen)}"
        parts.append(title + "\n")
        for o in wg.run(sc, trace=True):
            label = "" if o.versie == "basis" else f"[versie {o.versie}] "
            if o.answer is None:
                parts.append(f"{label}{o.question}: geen grondslag in deze versie\n")
            else:
                parts.append(label + explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen)).rstrip() + "\n")
    return "\n".join(parts)


def difference(wg, scenario_file: Path) -> str | None:
    """None when the golden file holds exactly what wetgraaf answers now; else a unified diff (or why there is
    none to compare with)."""
    path = golden_path(scenario_file)
    now = render(wg, scenario_file)
    if not path.is_file():
        return f"{path}: er is nog geen goudbestand voor {scenario_file.name}"
    was = path.read_text(encoding="utf-8")
    if was == now:
        return None
    return "".join(difflib.unified_diff(was.splitlines(keepends=True), now.splitlines(keepends=True),
                                        f"{path} (vastgelegd)", f"{path} (nu)", n=2))


def refresh(wg, scenario_file: Path) -> bool:
    """Write the golden file anew; True when it changed."""
    from .atomic import write_text

    path = golden_path(scenario_file)
    now = render(wg, scenario_file)
    if path.is_file() and path.read_text(encoding="utf-8") == now:
        return False
    write_text(path, now, backup=False)  # a generated file under version control: git keeps the old one
    return True


__all__ = ["GOLDEN_DIR", "difference", "golden_path", "has_golden", "refresh", "render"]
