"""`wetgraaf importeer`: an official BWB toestand XML becomes a law folder (the work is wetgraaf/importeer.py).

    wetgraaf importeer content.xml --sleutel zorgtoeslag --wti wti.xml

Exit code 0 when written, 1 when nothing was written (an existing file, an unreadable XML); every problem is
reported with its file, line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .taal import bericht, tekst

_out = Console(highlight=False, soft_wrap=True)


def importeer(
    xml: Path = typer.Argument(..., help=bericht("hulp.importeer.xml")),
    sleutel: str = typer.Option(..., "--sleutel", help=bericht("hulp.importeer.sleutel")),
    wti: Optional[Path] = typer.Option(None, "--wti", help=bericht("hulp.importeer.wti")),
    corpus: Path = typer.Option(Path("law"), "--corpus", help=bericht("hulp.importeer.corpus")),
    bronnen: Path = typer.Option(Path("law-sources"), "--bronnen", help=bericht("hulp.importeer.bronnen")),
) -> None:
    """Import an official BWB toestand XML: wet.yaml and one literate file per article; never overwrites."""
    from .cli import report_errors
    from .importeer import importeer as run
    from .core.errors import LawErrors

    try:
        files = run(xml, sleutel, corpus, bronnen, wti)
    except LawErrors as exc:
        report_errors(exc.errors)
        raise typer.Exit(1) from None
    for f in files:
        _out.print(tekst(bericht("opdracht.importeer.geschreven", pad=f)), markup=False)
    _out.print(tekst(bericht("opdracht.importeer.klaar", n=len(files) - 2, bron=xml.name, map=corpus / sleutel)),
               markup=False)
