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

from .taal import bericht, tekst

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _pair_files(wg) -> list[Path]:
    """The spiegels.yaml of every amendment folder in the corpus."""
    files = [Path(w.folder) / "spiegels.yaml" for w in wg.corpus.wijzigingen.values()]
    return sorted(f for f in files if f.is_file())


def spiegel(
    links: Optional[str] = typer.Argument(None, help=bericht("hulp.spiegel.links")),
    rechts: Optional[str] = typer.Argument(None, help=bericht("hulp.spiegel.rechts")),
    paren: Optional[Path] = typer.Option(None, "--paren", help=bericht("hulp.spiegel.paren")),
    wijziging: list[str] = typer.Option([], "--wijziging", "-w", help=bericht("hulp.spiegel.wijziging")),
    peildatum: Optional[str] = typer.Option(None, help=bericht("hulp.spiegel.peildatum")),
    vast: list[str] = typer.Option([], "--vast", help=bericht("hulp.spiegel.vast")),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.controleer.path")),
) -> None:
    """Vergelijk spiegelbepalingen: gelijk over alle combinaties van de feiten, of een onderscheidend geval."""
    from .api import load
    from .analysis.spiegel import Paar, feit_sleutel, lees_paren, scenario, show, vergelijk

    if (links is None) != (rechts is None):
        _err.print(tekst(bericht("opdracht.spiegel.twee")), markup=False)
        raise typer.Exit(2)
    try:
        datum = _dt.date.fromisoformat(peildatum) if peildatum else _dt.date.today()
    except ValueError:
        _err.print(tekst(bericht("opdracht.peildatum_zoals", waarde=peildatum)), markup=False)
        raise typer.Exit(2) from None
    fixed = {}
    for item in vast:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _err.print(tekst(bericht("opdracht.spiegel.vast", waarde=item)), markup=False)
            raise typer.Exit(2)
        try:
            fixed[name.strip()] = yaml.safe_load(value)
        except (yaml.YAMLError, ValueError, RecursionError):  # a value YAML cannot read ('[1', a date not on the calendar)
            _err.print(tekst(bericht("opdracht.spiegel.vast", waarde=item)), markup=False)
            raise typer.Exit(2) from None
    wg = load(corpus)
    if links is not None:
        pairs = [Paar(f"{links} ~ {rechts}", links, rechts, tuple(wijziging), datum,
                      vast={feit_sleutel(k, None): v for k, v in fixed.items()})]
    else:
        files = [paren] if paren else _pair_files(wg)
        if paren is not None and not paren.exists():
            _err.print(tekst(bericht("cli.geen_bestand", pad=paren)), markup=False)
            raise typer.Exit(2)
        if not files:
            _err.print(tekst(bericht("opdracht.spiegel.geen_paren")), markup=False)
            raise typer.Exit(2)
        pairs = [p for f in files for p in lees_paren(f)]
    failed = 0
    for paar in pairs:
        result = vergelijk(wg, paar)
        if result.gelijk:
            mark = "[green]✓[/green]" if result.zoals_verwacht else \
                tekst(bericht("opdracht.spiegel.verschil_verwacht"))
            _out.print(tekst(bericht("opdracht.spiegel.gelijk", teken=mark, naam=paar.naam, n=result.combinaties,
                                     feiten=", ".join(result.woorden) or bericht("opdracht.spiegel.geen"))))
        else:
            mark = tekst(bericht("opdracht.spiegel.zoals_verwacht")) if result.zoals_verwacht else "[red]✗[/red]"
            _out.print(tekst(bericht("opdracht.spiegel.verschil", teken=mark, naam=paar.naam,
                                     links=show(result.links_waarde), rechts=show(result.rechts_waarde))))
            _out.print(yaml.safe_dump(scenario(result, wg), allow_unicode=True, sort_keys=False).rstrip(),
                       markup=False)
        failed += not result.zoals_verwacht
    if failed:
        _err.print(tekst(bericht("opdracht.spiegel.anders", n=failed)), markup=False)
        raise typer.Exit(1)
