"""`wetgraaf gegevens`: may partij X give data of category Y to Z for purpose P? Asked of the law that declares the
question (wet.yaml `uitbreidingen.vraag`; in the shipped corpus the Wmo 2015, chapter 5, paragrafen 4 and 5).

    wetgraaf gegevens --partij huisarts --categorie gezondheid --ontvanger college --doel onderzoek geval.yaml

The amendments the declaration names are applied unless `--zonder-wijzigingen` (the older `--zonder-wams` is kept
as an alias, so no script breaks). Registered in cli.py. A wrong word on the command line is a usage error (exit code 2); problems in the corpus or the
scenario file are located messages (the CLI's main turns LawError into file:line:col output).
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .taal import bericht, taal, tekst

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def gegevens(
    partij: str = typer.Option(..., "--partij", help=bericht("hulp.gegevens.partij")),
    ontvanger: str = typer.Option(..., "--ontvanger", help=bericht("hulp.gegevens.ontvanger")),
    doel: str = typer.Option(..., "--doel", help=bericht("hulp.gegevens.doel")),
    categorie: str = typer.Option("", "--categorie", help=bericht("hulp.gegevens.categorie")),
    scenario: Optional[Path] = typer.Argument(None, help=bericht("hulp.gegevens.scenario")),
    peildatum: Optional[str] = typer.Option(None, help=bericht("hulp.gegevens.peildatum")),
    zonder_wijzigingen: bool = typer.Option(False, "--zonder-wijzigingen", "--zonder-wams",
                                            help=bericht("hulp.gegevens.zonder_wijzigingen")),
    wet: Optional[str] = typer.Option(None, "--wet", help=bericht("hulp.gegevens.wet")),
    as_json: bool = typer.Option(False, "--json", help=bericht("hulp.gegevens.json")),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.controleer.path")),
) -> None:
    """Mag partij X gegevens van soort Y aan Z verstrekken voor doel P? Antwoord met de leden die het dragen."""
    from .api import load
    from .engine.explain import answer_json
    from .vraagscenario import Vraag, VraagFout, beantwoord, fout_tekst
    from .scenario import load_file

    basis = None
    if scenario is not None:
        if not scenario.exists():
            _err.print(tekst(bericht("cli.geen_bestand", pad=scenario)), markup=False)
            raise typer.Exit(2)
        basis = load_file(scenario)[0]
    datum = None
    if peildatum:
        try:
            datum = _dt.date.fromisoformat(peildatum)
        except ValueError:
            _err.print(tekst(bericht("opdracht.peildatum_zoals", waarde=peildatum)), markup=False)
            raise typer.Exit(2) from None
    vraag = Vraag(partij, [c for c in (x.strip() for x in categorie.split(",")) if c], ontvanger, doel)
    try:
        antwoord = beantwoord(load(corpus), vraag, basis, datum, () if zonder_wijzigingen else None, wet)
    except VraagFout as exc:  # a wrong word on the command line: usage, not a corpus problem
        _err.print(tekst(bericht("opdracht.gegevens.fout", fout=fout_tekst(exc))), markup=False)
        raise typer.Exit(2) from None
    if as_json:
        data = answer_json(antwoord.answer, antwoord.program, taal())
        data.update({"status": antwoord.status, "geen_grondslag": antwoord.geen_grondslag,
                     "gronden": antwoord.gronden})
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _out.print(antwoord.tekst(), markup=False)
