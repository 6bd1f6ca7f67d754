"""`wetgraaf gherkin`: run a peer's feature file through the Gherkin bridge, or print scenarios as Gherkin.

    wetgraaf gherkin bijstand.feature --koppeling bijstand.mapping.yaml
    wetgraaf gherkin --naar law/scenarios/participatiewet-regelrecht-bijstand.yaml > bijstand.feature

Exit code 1 when a case does not come out as expected: a case that fails, or a case the mapping lists under
`afwijkingen` that passes (the difference is gone and must be looked at). The bridge is wetgraaf/gherkin.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .taal import bericht, tekst

_out = Console(highlight=False, soft_wrap=True)


def gherkin(
    feature: Optional[Path] = typer.Argument(None, help=bericht("hulp.gherkin.feature")),
    mapping: Optional[Path] = typer.Option(None, "--koppeling", "--mapping", help=bericht("hulp.gherkin.mapping")),
    naar: Optional[Path] = typer.Option(None, "--naar", help=bericht("hulp.gherkin.naar")),
) -> None:
    """Run a peer's feature file with a mapping file, or print wetgraaf scenarios as Gherkin."""
    from .cli import err, load_wetgraaf, report_errors
    from .gherkin import lees_feature, lees_mapping, naar_gherkin, scenarios
    from .core.errors import LawError, LawErrors
    from .scenario import load_file, load_text

    try:
        if naar is not None:
            _out.print(naar_gherkin(load_file(naar), naar.stem), markup=False)
            return
        if feature is None or mapping is None:
            err.print(tekst(bericht("opdracht.gherkin.gebruik")), markup=False)
            raise typer.Exit(2)
        for pad in (feature, mapping):  # a file that is not there: said as such, not as the system's 'no folder'
            if not pad.is_file():
                err.print(tekst(bericht("cli.geen_bestand", pad=pad)), markup=False)
                raise typer.Exit(2)
        vertalingen = scenarios(lees_feature(feature), lees_mapping(mapping), str(mapping))
        wg = load_wetgraaf(None)
        slecht = 0
        for v in vertalingen:
            sc = load_text(v.yaml_tekst, f"{feature}:{v.regel}")[0]
            ok = all(o.ok for o in wg.run(sc))
            if v.afwijking:
                mark = tekst(bericht("opdracht.gherkin.afwijking" if not ok else "opdracht.gherkin.verdwenen"))
                slecht += ok
            else:
                mark = "✓" if ok else "✗"
                slecht += not ok
            _out.print(f"{mark}  {v.naam}" + (f"\n     {v.afwijking}" if v.afwijking else ""), markup=False)
        _out.print(tekst(bericht("opdracht.gherkin.totaal", n=len(vertalingen), slecht=slecht)), markup=False)
        if slecht:
            raise typer.Exit(1)
    except (LawErrors, LawError) as exc:
        report_errors(exc.errors if isinstance(exc, LawErrors) else [exc])
        raise typer.Exit(1) from None
