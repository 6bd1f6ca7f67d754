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

_out = Console(highlight=False, soft_wrap=True)


def importeer(
    xml: Path = typer.Argument(..., help="The BWB toestand XML (from repository.officiele-overheidspublicaties.nl)."),
    sleutel: str = typer.Option(..., "--sleutel", help="The law's key, and its folder name (e.g. zorgtoeslag)."),
    wti: Optional[Path] = typer.Option(None, "--wti", help="The WTI file: each article's amendment history."),
    corpus: Path = typer.Option(Path("law"), "--corpus", help="The corpus folder to write the law folder into."),
    bronnen: Path = typer.Option(Path("law-sources"), "--bronnen", help="Where the copy of the official text goes."),
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
        _out.print(f"geschreven: {f}", markup=False)
    _out.print(f"✓ {len(files) - 2} artikelen van {xml.name} geïmporteerd in {corpus / sleutel}; voeg de regels toe "
               "onder de leden die ze coderen (docs/wetsbestand.md)", markup=False)
