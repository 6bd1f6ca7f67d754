"""`wetgraaf spiegel`: compare mirror provisions (spiegelbepalingen) with the article they mirror.

    wetgraaf spiegel                                   # every pair in the corpus' spiegels.yaml files
    wetgraaf spiegel --paren mijn-paren.yaml
    wetgraaf spiegel participatiewet.toepassing_2_3a_1_verplicht(p) wmo2015.onderzoek_starten_na_hulpvraag(p) -w wams

Each pair is either equivalent over every combination of the inputs it depends on, or the first distinguishing
case is printed as a scenario file. Exit code 1 when a pair does not come out as its file expects (`verwacht`),
2 on wrong usage. Registered in cli.py; the comparison itself is wetgraaf/analysis/spiegel.py.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Optional

import typer
import yaml
from rich.console import Console

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _pair_files(wg) -> list[Path]:
    """The spiegels.yaml of every amendment folder in the corpus."""
    files = [Path(w.folder) / "spiegels.yaml" for w in wg.corpus.wijzigingen.values()]
    return sorted(f for f in files if f.is_file())


def spiegel(
    links: Optional[str] = typer.Argument(None, help="The mirror provision: a definition with its arguments, e.g. "
                                          "participatiewet.toepassing_2_3a_1_verplicht(p)."),
    rechts: Optional[str] = typer.Argument(None, help="The provision it mirrors, e.g. "
                                           "wmo2015.onderzoek_starten_na_hulpvraag(p)."),
    paren: Optional[Path] = typer.Option(None, "--paren", help="A pair file (YAML; see wetgraaf/analysis/spiegel.py). "
                                         "Default: every spiegels.yaml of the corpus' amendments."),
    wijziging: list[str] = typer.Option([], "--wijziging", "-w", help="Apply this amendment (two definitions "
                                        "given on the command line)."),
    peildatum: Optional[str] = typer.Option(None, help="Date to evaluate on (default: today)."),
    vast: list[str] = typer.Option([], "--vast", help="Fix an input: 'feit(p)=waarde' (repeatable)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default: the shipped corpus)."),
) -> None:
    """Vergelijk spiegelbepalingen: gelijk over alle combinaties van de feiten, of een onderscheidend geval."""
    from .api import load
    from .analysis.spiegel import Paar, feit_sleutel, lees_paren, scenario, show, vergelijk

    if (links is None) != (rechts is None):
        _err.print("wetgraaf spiegel: give two definitions (LINKS RECHTS), or none to check the pair files",
                   markup=False)
        raise typer.Exit(2)
    try:
        datum = _dt.date.fromisoformat(peildatum) if peildatum else _dt.date.today()
    except ValueError:
        _err.print(f"--peildatum: '{peildatum}' is not a date like 2026-01-01", markup=False)
        raise typer.Exit(2) from None
    fixed = {}
    for item in vast:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _err.print(f"--vast: '{item}' is not 'feit(p)=waarde'", markup=False)
            raise typer.Exit(2)
        fixed[name.strip()] = yaml.safe_load(value)
    wg = load(corpus)
    if links is not None:
        pairs = [Paar(f"{links} ~ {rechts}", links, rechts, tuple(wijziging), datum,
                      vast={feit_sleutel(k, None): v for k, v in fixed.items()})]
    else:
        files = [paren] if paren else _pair_files(wg)
        if paren is not None and not paren.exists():
            _err.print(f"{paren}: no such file", markup=False)
            raise typer.Exit(2)
        if not files:
            _err.print("wetgraaf spiegel: no pair file (spiegels.yaml) in the corpus; give two definitions or "
                       "--paren", markup=False)
            raise typer.Exit(2)
        pairs = [p for f in files for p in lees_paren(f)]
    failed = 0
    for paar in pairs:
        result = vergelijk(wg, paar)
        if result.gelijk:
            mark = "[green]✓[/green]" if result.zoals_verwacht else "[red]✗ (verschil verwacht)[/red]"
            _out.print(f"{mark} {paar.naam}: gelijkwaardig over {result.combinaties} combinaties van de feiten "
                       f"{', '.join(result.woorden) or '(geen)'}")
        else:
            mark = "[yellow]≠ (verwacht)[/yellow]" if result.zoals_verwacht else "[red]✗[/red]"
            _out.print(f"{mark} {paar.naam}: verschil — links {show(result.links_waarde)}, rechts "
                       f"{show(result.rechts_waarde)}; onderscheidend geval (scenario):")
            _out.print(yaml.safe_dump(scenario(result, wg), allow_unicode=True, sort_keys=False).rstrip(),
                       markup=False)
        failed += not result.zoals_verwacht
    if failed:
        _err.print(f"{failed} paar/paren anders dan verwacht", markup=False)
        raise typer.Exit(1)
