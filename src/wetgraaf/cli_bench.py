"""`wetgraaf meet`: the benchmark of issue 8 (wetgraaf/bench/run.py) as a command: progress, a table of every
target with the measured figure, and the JSON written to build/bench.json."""

from __future__ import annotations

import math
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .taal import bericht, getal, tekst, van_fout

out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out = Console(highlight=False, soft_wrap=True, width=150)  # a log file or CI: room for the table


def bench(aantal: int = typer.Option(1_000_000, "--aantal", min=1_000, help=bericht("hulp.meet.aantal")),
          enkel: int = typer.Option(2_000, "--enkel", min=10, help=bericht("hulp.meet.enkel")),
          rondes: int = typer.Option(10, "--rondes", min=1, help=bericht("hulp.meet.rondes")),
          json_path: Path = typer.Option(Path("build/bench.json"), "--json", help=bericht("hulp.meet.json")),
          overschrijf: bool = typer.Option(False, "--overschrijf", help=bericht("hulp.meet.overschrijf")),
          site: bool = typer.Option(False, "--site", help=bericht("hulp.meet.site")),
          alleen: str = typer.Option("", "--alleen", metavar="NAAM[,NAAM]", help=bericht("hulp.meet.alleen"))
          ) -> None:
    """Measure corpus load, the start-up of `wetgraaf vraag`, single and batch decisions, the population report and
    OpenFisca on the same cases; print every target with the figure measured now (docs/prestaties.md)."""
    if site:
        from .bench.site import report, site_rebuild

        r = site_rebuild(log=lambda s: out.print(escape(s), style="dim"))
        for line in report(r):
            out.print(escape(line))
        raise typer.Exit(0 if r["gehaald"] else 1)
    from .atomic import OutputRefused, check_writable, made_by_wetgraaf
    from .bench.run import PARTS, markdown_path, run

    parts = tuple(p.strip() for p in alleen.split(",") if p.strip())
    unknown = [p for p in parts if p not in PARTS]
    if unknown or (alleen and not parts):
        what = bericht("opdracht.bench.onbekend_onderdeel", naam=escape(unknown[0])) if unknown else \
            bericht("opdracht.bench.geen_onderdeel")
        out.print(tekst(bericht("opdracht.bench.alleen", waarde=escape(alleen), wat=what, delen=", ".join(PARTS))),
                  markup=True)
        raise typer.Exit(2)

    for path in (json_path, markdown_path(json_path)):  # refuse before a run of minutes, not after it
        if path.exists() and not overschrijf and not made_by_wetgraaf(path):
            out.print(tekst(bericht("opdracht.bench.bestaat", pad=escape(str(path)), naam=escape(path.name))),
                      markup=True)
            raise typer.Exit(2)
        try:
            check_writable(path)
        except OutputRefused as exc:
            out.print(tekst(bericht("opdracht.bench.fout", fout=escape(str(tekst(van_fout(exc)))))))
            raise typer.Exit(2) from None
    try:
        result = run(aantal, enkel, rondes, out=json_path, log=lambda s: out.print(escape(s), style="dim"),
                     overwrite=overschrijf, alleen=parts)
    except OutputRefused as exc:
        out.print(tekst(bericht("opdracht.bench.fout", fout=escape(str(tekst(van_fout(exc)))))))
        raise typer.Exit(2) from None
    table = Table(title=tekst(bericht("opdracht.bench.titel", datum=result["datum"], processoren=result["processoren"],
                                      python=result["python"], numpy=result["numpy"],
                                      openfisca=result["openfisca_core"])), title_justify="left")
    for col in ("doel", "gemeten", "grens", "", "toelichting"):
        table.add_column(tekst(bericht(f"opdracht.bench.kolom.{col}")) if col else "", overflow="fold")
    failed = 0
    for t in result["doelen"]:
        value = "—" if isinstance(t["gemeten"], float) and math.isnan(t["gemeten"]) else _fmt(t["gemeten"])
        mark = {True: tekst(bericht("opdracht.bench.gehaald")), False: tekst(bericht("opdracht.bench.niet_gehaald")),
                None: tekst(bericht("opdracht.bench.niet_gemeten"))}
        failed += t["gehaald"] is not True
        table.add_row(escape(t["naam"]), f"{value} {t['eenheid']}", escape(t["grens"]), mark[t["gehaald"]],
                      escape(t["toelichting"]))
    out.print(table)
    if "peers" in result:
        from .bench.peers import rows

        side = Table(title=tekst(bericht("opdracht.bench.peers")), title_justify="left")
        for col in ("geval", "gemeten", "waar"):
            side.add_column(tekst(bericht(f"opdracht.bench.kolom.{col}")), overflow="fold")
        for row in rows(result["peers"]):
            side.add_row(*(escape(x) for x in row))
        out.print(side)
    mib = result["proces_piekgeheugen_bytes"] / 2 ** 20
    out.print(tekst(bericht("opdracht.bench.geheugen", mib=getal(mib), json=json_path,
                            md=markdown_path(json_path))))
    if failed:
        out.print(tekst(bericht("opdracht.bench.mislukt", n=failed)))
        raise typer.Exit(1)


def _fmt(x: float) -> str:
    if x == int(x):
        return getal(x)
    return getal(x, 3 if abs(x) < 10 else 1)
