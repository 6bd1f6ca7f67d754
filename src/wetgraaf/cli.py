"""The `wetgraaf` command line: check a corpus, answer scenarios, query the graph.

Exit codes: 0 = fine, 1 = problems in the law files or scenarios (or expectations not met), 2 = wrong usage.
No command ever shows a Python traceback: every problem is reported as file:line:col and a plain message.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .cli_taal import gebruiksfout, help_in_taal, kies_taal, klik_fout, taal_uit_argv
from .core.errors import LawError, LawErrors
from .taal import TALEN, bericht, kies, tekst

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="wetgraaf — Nederlandse wetten als code: wettekst naast regels, één afhankelijkheidsgraaf, "
                       "uitgelegde antwoorden.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CorpusOption = typer.Option(None, "--corpus", help="Corpus folder (default: the corpus shipped with wetgraaf).")


def report_errors(errors: list[LawError]) -> None:
    for e in errors:
        err.print(e.render(), markup=False)
    fouten = sum(1 for e in errors if e.severity == "fout")
    err.print(tekst(bericht("zin.telling", fouten=fouten, waarschuwingen=len(errors) - fouten)), markup=False)


@app.callback()
def _algemeen(taal: Optional[str] = typer.Option(None, "--taal", metavar="nl|en",
                                                 help=tekst(bericht("cli.help.taal")))) -> None:
    if taal is not None and kies(taal) not in TALEN:
        raise typer.BadParameter(tekst(bericht("cli.taal_onbekend", waarde=taal)), param_hint="'--taal'")
    kies_taal(taal)


def load_wetgraaf(corpus: Optional[Path]):
    from .api import load

    return load(corpus)


from .cli_check import check  # noqa: E402 - errors and law defects (analysis/defects.py)

app.command()(check)


@app.command()
def vraag(scenario: Path = typer.Argument(..., help="Scenario file (YAML)."),
          uitleg: bool = typer.Option(False, "--uitleg", help="Show the explanation with citations."),
          as_json: bool = typer.Option(False, "--json", help="Print the answers as JSON (docs/json.md)."),
          corpus: Optional[Path] = CorpusOption) -> None:
    """Answer the questions of a scenario: value or onbekend, missing facts, open norms, explanation."""
    from .engine.explain import explain_text, json_value, show_value, summary, words
    from .scenario import load_file

    if not scenario.exists():
        err.print(tekst(bericht("cli.geen_bestand", pad=scenario)), markup=False)
        raise typer.Exit(2)
    scenarios = load_file(scenario)
    wg = load_wetgraaf(corpus)
    failed = 0
    results = []
    for sc in scenarios:
        outcomes = wg.run(sc, trace=uitleg or as_json)
        failed += sum(1 for o in outcomes if not o.ok)
        if as_json:
            results.append({
                "scenario": sc.naam, "bestand": sc.file, "peildatum": sc.peildatum.isoformat(),
                "wijzigingen": list(sc.wijzigingen),
                "antwoorden": [{**_answer_json(wg, sc, o),
                                **({"verwacht": json_value(o.expected) if o.expected != "onbekend"
                                    else {"onbekend": True}, "klopt": o.ok, "afwijkingen": o.problems}
                                   if o.has_expectation else {})} for o in outcomes],
            })
            continue
        title = f"{sc.naam} — peildatum {sc.peildatum}" + (f", met {', '.join(sc.wijzigingen)}" if sc.wijzigingen
                                                             else "")
        table = Table(title=title, title_justify="left", show_lines=False)
        for col in ("vraag", "antwoord", "ontbreekt / open normen", "verwacht"):
            table.add_column(col, overflow="fold")
        for o in outcomes:
            a = o.answer
            if a is None:  # per_versie: this version has no provision for the question, as expected
                value, missing = "geen grondslag in deze versie", []
            else:  # the value, then in words (issue 15: labels, not identifiers, for a resident)
                program = wg.program(sc.peildatum, o.wijzigingen)
                value = f"fout: {a.error.message}" if a.error else show_value(a.value)
                if program.definitions[a.qname].label:
                    value += "\n" + summary(a, program)
                said = {id(m): words(program, m.qname, m.args) for m in a.missing_facts + a.missing_oordelen}
                missing = [m.label + (f" ({said[id(m)]})" if said[id(m)] else "") for m in a.missing_facts] + [
                    f"oordeel {m.door}: {m.label}" + (f" ({said[id(m)]})" if said[id(m)] else "")
                    for m in a.missing_oordelen]
            expected = "" if not o.has_expectation else (
                "[green]✓[/green]" if o.ok else "[red]✗ " + "; ".join(o.problems) + "[/red]")
            question = o.question if o.versie == "basis" else f"{o.question} \\[versie {o.versie}]"
            table.add_row(question, value, "\n".join(missing), expected)
        out.print(table)
        if uitleg:
            for o in outcomes:
                if o.answer is not None:
                    out.print(explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen)), markup=False)
                    out.print()
    if as_json:
        print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False, indent=2))
    if failed:
        err.print(tekst(bericht("cli.wijken_af", aantal=failed)), markup=False)
        raise typer.Exit(1)


def _answer_json(wg, sc, o) -> dict:
    """One answer as JSON (docs/json.md); an answer of another version of per_versie names that version."""
    from .engine.explain import answer_json

    if o.answer is None:
        return {"vraag": o.question, "versie": o.versie, "geen_grondslag": True}
    data = answer_json(o.answer, wg.program(sc.peildatum, o.wijzigingen))
    return data if o.versie == "basis" else {**data, "versie": o.versie}


from .cli_wijziging import afleiden, mutatie, wijziging  # noqa: E402 - commands live in their own modules

app.command()(wijziging)
app.command()(mutatie)
app.command()(afleiden)

from .cli_graaf import graaf_app  # noqa: E402

app.add_typer(graaf_app, name="graaf")

from .cli_site import register as register_site  # noqa: E402 - site, serve, interview

register_site(app)

from .cli_gegevens import gegevens  # noqa: E402
app.command()(gegevens)

from .cli_spiegel import spiegel  # noqa: E402
app.command()(spiegel)

from .cli_bench import bench  # noqa: E402
app.command()(bench)

from .cli_dev import dev_app  # noqa: E402 - what each pass makes of the law

app.add_typer(dev_app, name="dev")

from .cli_importeer import importeer  # noqa: E402 - BWB toestand XML -> law folder
app.command()(importeer)

from .cli_gherkin import gherkin  # noqa: E402 - peers' feature files through the Gherkin bridge
app.command()(gherkin)


def main() -> None:
    """Entry point: run the app and turn every known problem into a located message and exit code 1."""
    kies_taal(taal_uit_argv(sys.argv[1:]))  # before Click parses: its usage errors and the help in that language
    help_in_taal()
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except LawErrors as exc:
        report_errors(exc.errors)
        sys.exit(1)
    except LawError as exc:
        report_errors([exc])
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print(tekst(bericht("zin.afgebroken")), markup=False)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if isinstance(exc, OSError) and exc.filename is not None:  # a path the system refuses: the user's to change
            from .atomic import reason

            name = str(exc.filename)
            err.print(f"{name if len(name) <= 200 else name[:200] + '…'}: {reason(exc)}", markup=False)
            sys.exit(2)
        # By class name: typer >= 0.20 raises its own vendored copy of click's exceptions (typer._click).
        kinds = {c.__name__ for c in type(exc).__mro__}
        if "NoArgsIsHelpError" in kinds:
            exc.show()
            sys.exit(2)
        if "UsageError" in kinds:
            err.print(gebruiksfout(exc), markup=False)
            sys.exit(2)
        if "ClickException" in kinds:
            err.print(klik_fout(exc), markup=False)
            sys.exit(exc.exit_code)
        err.print(tekst(bericht("zin.interne_fout", soort=type(exc).__name__, fout=exc)), markup=False)
        if __import__("os").environ.get("WETGRAAF_DEBUG"):
            raise
        sys.exit(3)


if __name__ == "__main__":  # pragma: no cover
    main()
