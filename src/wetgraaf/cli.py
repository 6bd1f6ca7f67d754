"""The `wetgraaf` command line: check a corpus, answer scenarios, query the graph.

Exit codes: 0 = fine, 1 = problems in the law files or scenarios (or expectations not met), 2 = wrong usage.
No command ever shows a Python traceback: every problem is reported as file:line:col and a plain message.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional

import typer
from rich.console import Console

from .cli_taal import eigen, gebruiksfout, help_in_taal, hulp_in_taal, kies_taal, klik_fout, taal_uit_argv
from .core.errors import LawError, LawErrors
from .taal import TALEN, bericht, kies, tekst, van_fout

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help=bericht("hulp.wetgraaf"))
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CorpusOption = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus"))


def report_errors(errors: list[LawError]) -> None:
    for e in errors:
        err.print(e.render(), markup=False)
    fouten = sum(1 for e in errors if e.severity == "fout")
    err.print(tekst(bericht("zin.telling", fouten=fouten, waarschuwingen=len(errors) - fouten)), markup=False)


@app.callback()
def _algemeen(taal: Optional[str] = typer.Option(None, "--taal", metavar="nl|en",
                                                 help=bericht("cli.help.taal"))) -> None:
    if taal is not None and kies(taal) not in TALEN:
        raise typer.BadParameter(eigen(bericht("cli.taal_onbekend", waarde=taal)), param_hint="'--taal'")
    kies_taal(taal)


def load_wetgraaf(corpus: Optional[Path]):
    from .api import load

    return load(corpus)


from .cli_check import check  # noqa: E402 - errors and law defects (analysis/defects.py)


# Commands are named in Dutch; the English names they had before (`check`, `serve`, `bench`) are still accepted, so
# older scripts keep working, but never shown.
ENGELSE_NAMEN = {"controleer": "check", "dienst": "serve", "meet": "bench"}


def opdracht(naam: str, functie: Callable[..., None], hulp: str) -> None:
    """Register `functie` as the command `naam`, and under its former English name as a hidden alias."""
    app.command(naam, help=hulp)(functie)
    if naam in ENGELSE_NAMEN:
        app.command(ENGELSE_NAMEN[naam], help=hulp, hidden=True)(functie)


opdracht("controleer", check, bericht("hulp.controleer"))


@app.command(help=bericht("hulp.vraag"))
def vraag(scenario: Path = typer.Argument(..., help=bericht("hulp.vraag.scenario")),
          uitleg: bool = typer.Option(False, "--uitleg", help=bericht("hulp.vraag.uitleg")),
          as_json: bool = typer.Option(False, "--json", help=bericht("hulp.vraag.json")),
          corpus: Optional[Path] = CorpusOption) -> None:
    """Answer the questions of a scenario: value or onbekend, missing facts, open norms, explanation."""
    from .cli_vraag import run_vraag  # its own module: the quick entry point (cli_start.py) runs it without Typer

    try:
        run_vraag(scenario, uitleg, as_json, corpus)
    except SystemExit as exc:
        raise typer.Exit(exc.code if isinstance(exc.code, int) else 1) from None


from .cli_wijziging import afleiden, mutatie, wijziging  # noqa: E402 - commands live in their own modules

app.command(help=bericht("hulp.wijziging"))(wijziging)
app.command(help=bericht("hulp.mutatie"))(mutatie)
app.command(help=bericht("hulp.afleiden"))(afleiden)

from .cli_graaf import graaf_app  # noqa: E402

app.add_typer(graaf_app, name="graaf", help=bericht("hulp.graaf"))

from .cli_site import register as register_site  # noqa: E402 - site, serve, interview

register_site(opdracht)

from .cli_gegevens import gegevens  # noqa: E402
app.command(help=bericht("hulp.gegevens"))(gegevens)

from .cli_spiegel import spiegel  # noqa: E402
app.command(help=bericht("hulp.spiegel"))(spiegel)

from .cli_bench import bench  # noqa: E402
opdracht("meet", bench, bericht("hulp.meet"))

from .cli_dev import dev_app  # noqa: E402 - what each pass makes of the law

app.add_typer(dev_app, name="dev", help=bericht("hulp.dev"))

from .cli_importeer import importeer  # noqa: E402 - BWB toestand XML -> law folder
app.command(help=bericht("hulp.importeer"))(importeer)

from .cli_gherkin import gherkin  # noqa: E402 - peers' feature files through the Gherkin bridge
app.command(help=bericht("hulp.gherkin"))(gherkin)


def main() -> None:
    """Entry point: run the app and turn every known problem into a located message and exit code 1."""
    kies_taal(taal_uit_argv(sys.argv[1:]))  # before Click parses: its usage errors and the help in that language
    help_in_taal()
    try:
        command = typer.main.get_command(app)  # what app() runs, built here to put its help in the language chosen
        hulp_in_taal(command)
        code = command(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        sys.exit(exit_code(exc))


def exit_code(exc: Exception) -> int:
    """Report a problem that ended a command (a located message, never a traceback) and give its exit code; also
    used by the quick entry point (cli_start.py)."""
    if isinstance(exc, LawErrors):
        report_errors(exc.errors)
        return 1
    if isinstance(exc, LawError):
        report_errors([exc])
        return 1
    if isinstance(exc, typer.Exit):
        return exc.exit_code
    if isinstance(exc, typer.Abort):
        err.print(tekst(bericht("zin.afgebroken")), markup=False)
        return 1
    if isinstance(exc, OSError) and exc.filename is not None:  # a path the system refuses: the user's to change
        from .atomic import reason

        name = str(exc.filename)
        err.print(f"{name if len(name) <= 200 else name[:200] + '…'}: {tekst(reason(exc))}", markup=False)
        return 2
    # By class name: typer >= 0.20 raises its own vendored copy of click's exceptions (typer._click).
    kinds = {c.__name__ for c in type(exc).__mro__}
    if "NoArgsIsHelpError" in kinds:
        exc.show()  # type: ignore[attr-defined]
        return 2
    if "UsageError" in kinds:
        err.print(gebruiksfout(exc), markup=False)
        return 2
    if "ClickException" in kinds:
        err.print(klik_fout(exc), markup=False)
        return exc.exit_code  # type: ignore[attr-defined]
    err.print(tekst(bericht("zin.interne_fout", soort=type(exc).__name__, fout=van_fout(exc))), markup=False)
    if __import__("os").environ.get("WETGRAAF_DEBUG"):
        raise exc
    return 3


if __name__ == "__main__":  # pragma: no cover
    main()
