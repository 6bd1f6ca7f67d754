"""`wetgraaf bench`: the benchmark of issue 8 (wetgraaf/bench/run.py) as a command: progress, a table of every
target with the measured figure, and the JSON written to build/bench.json."""

from __future__ import annotations

import math
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out = Console(highlight=False, soft_wrap=True, width=150)  # a log file or CI: room for the table


def bench(aantal: int = typer.Option(1_000_000, "--aantal", min=1_000, help="Cases in the batch runs."),
          enkel: int = typer.Option(2_000, "--enkel", min=10, help="Distinct cases for the single decisions."),
          rondes: int = typer.Option(10, "--rondes", min=1, help="Times each single case is decided."),
          json_path: Path = typer.Option(Path("build/bench.json"), "--json", help="Where to write the results."),
          overschrijf: bool = typer.Option(False, "--overschrijf",
                                           help="Replace result files wetgraaf did not write (kept as NAME.orig)."),
          site: bool = typer.Option(False, "--site", help="Only the site: a full build and a one-article rebuild "
                                                          "of a copy of the corpus (bench/site.py)."),
          alleen: str = typer.Option("", "--alleen", metavar="NAAM[,NAAM]",
                                     help="Measure only these parts: corpus, opstarten, enkel, batch, openfisca, "
                                          "populatie, peers.")
          ) -> None:
    """Measure corpus load, the start-up of `wetgraaf vraag`, single and batch decisions, the population report and
    OpenFisca on the same cases; print every target with the figure measured now (docs/prestaties.md)."""
    if site:
        from .bench.site import report, site_rebuild

        r = site_rebuild(log=lambda s: out.print(f"[dim]{escape(s)}[/dim]"))
        for line in report(r):
            out.print(escape(line))
        raise typer.Exit(0 if r["gehaald"] else 1)
    from .atomic import OutputRefused, check_writable, made_by_wetgraaf
    from .bench.run import PARTS, markdown_path, run

    parts = tuple(p.strip() for p in alleen.split(",") if p.strip())
    unknown = [p for p in parts if p not in PARTS]
    if unknown or (alleen and not parts):
        what = f"onbekend onderdeel '{escape(unknown[0])}'" if unknown else "geen onderdeel genoemd"
        out.print(f"bench: --alleen {escape(alleen)}: {what}; kies uit {', '.join(PARTS)} (meerdere met komma's, "
                  "bijvoorbeeld --alleen opstarten,enkel)", markup=True)
        raise typer.Exit(2)

    for path in (json_path, markdown_path(json_path)):  # refuse before a run of minutes, not after it
        if path.exists() and not overschrijf and not made_by_wetgraaf(path):
            out.print(f"bench: {escape(str(path))}: dit bestand bestaat al en is niet door wetgraaf gemaakt; kies "
                      "een andere --json, of geef --overschrijf (het bestaande bestand wordt dan bewaard als "
                      f"{escape(path.name)}.orig)", markup=True)
            raise typer.Exit(2)
        try:
            check_writable(path)
        except OutputRefused as exc:
            out.print(f"bench: {escape(str(exc))}")
            raise typer.Exit(2) from None
    try:
        result = run(aantal, enkel, rondes, out=json_path, log=lambda s: out.print(f"[dim]{escape(s)}[/dim]"),
                     overwrite=overschrijf, alleen=parts)
    except OutputRefused as exc:
        out.print(f"bench: {escape(str(exc))}")
        raise typer.Exit(2) from None
    table = Table(title=f"wetgraaf bench — {result['datum']}, {result['processoren']} processoren, Python "
                        f"{result['python']}, NumPy {result['numpy']}, openfisca-core {result['openfisca_core']}",
                  title_justify="left")
    for col in ("doel", "gemeten", "grens", "", "toelichting"):
        table.add_column(col, overflow="fold")
    failed = 0
    for t in result["doelen"]:
        value = "—" if isinstance(t["gemeten"], float) and math.isnan(t["gemeten"]) else _fmt(t["gemeten"])
        mark = {True: "[green]gehaald[/green]", False: "[red]NIET gehaald[/red]", None: "[yellow]niet gemeten[/yellow]"}
        failed += t["gehaald"] is not True
        table.add_row(escape(t["naam"]), f"{value} {t['eenheid']}", escape(t["grens"]), mark[t["gehaald"]],
                      escape(t["toelichting"]))
    out.print(table)
    if "peers" in result:
        from .bench.peers import rows

        side = Table(title="naast de peers (issue 18): wetgraaf hier gemeten, de peers zoals zij publiceren",
                     title_justify="left")
        for col in ("geval", "gemeten", "waar"):
            side.add_column(col, overflow="fold")
        for row in rows(result["peers"]):
            side.add_row(*(escape(x) for x in row))
        out.print(side)
    mib = result["proces_piekgeheugen_bytes"] / 2 ** 20
    out.print(f"piekgeheugen van het hele proces: {mib:,.0f} MiB; resultaten in {json_path} en "
              f"{markdown_path(json_path)}")
    if failed:
        out.print(f"[red]{failed} doel(en) niet gehaald of niet gemeten[/red]")
        raise typer.Exit(1)


def _fmt(x: float) -> str:
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:.3f}" if abs(x) < 10 else f"{x:.1f}"
