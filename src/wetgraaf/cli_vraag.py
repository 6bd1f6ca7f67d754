"""`wetgraaf vraag`: answer the questions of a scenario file. Apart from the Typer app (cli.py) so that the quick
entry point (cli_start.py) runs it without importing Typer: on a warm cache the command then takes the time of the
answer, not of the imports (docs/prestaties.md, "opstarten")."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    # emoji=False: the law's words and the answers are printed as written (an `:x:` in them is no emoji code), and
    # Rich does not read its emoji table (a twentieth of a warm start); the output is the same as Rich's otherwise.
    return Console(stderr=stderr, highlight=False, soft_wrap=True, emoji=False)


def run_vraag(scenario: Path, uitleg: bool = False, as_json: bool = False, corpus: Path | None = None) -> None:
    """Answer the questions of a scenario: value or onbekend, missing facts, open norms, explanation. Raises
    SystemExit with the exit code when the file is missing (2) or an answer differs from what it expects (1)."""
    from .api import load
    from .engine.explain import explain_text, json_value, show_value, summary, words
    from .scenario import load_file
    from .taal import bericht, taal, tekst

    if not scenario.exists():
        _console(stderr=True).print(tekst(bericht("cli.geen_bestand", pad=scenario)), markup=False)
        raise SystemExit(2)
    scenarios = load_file(scenario, kept=True)
    t = taal()  # the reader's language (--taal, WETGRAAF_TAAL, LANG) for the answers and explanations too
    out = None  # rich only for the table: --json prints without it
    wg = load(corpus, lazy=True)  # a warm cache: the kept programs, and only the definitions the questions use
    failed = 0
    results = []
    for sc in scenarios:
        outcomes = wg.run(sc, trace=uitleg or as_json)
        failed += sum(1 for o in outcomes if not o.ok)
        if as_json:
            results.append({
                "scenario": sc.naam, "bestand": sc.file, "peildatum": sc.peildatum.isoformat(),
                "wijzigingen": list(sc.wijzigingen),
                "antwoorden": [{**_answer_json(wg, sc, o, t),
                                **({"verwacht": json_value(o.expected) if o.expected != "onbekend"
                                    else {"onbekend": True}, "klopt": o.ok,
                                    "afwijkingen": [tekst(p, t) for p in o.problems]}
                                   if o.has_expectation else {})} for o in outcomes],
            })
            continue
        from rich.table import Table

        out = out or _console()

        title = tekst(bericht("opdracht.vraag.titel", naam=sc.naam, peildatum=sc.peildatum)) + (
            tekst(bericht("opdracht.vraag.met", wijzigingen=", ".join(sc.wijzigingen))) if sc.wijzigingen else "")
        table = Table(title=title, title_justify="left", show_lines=False)
        for col in ("opdracht.vraag.kolom.vraag", "opdracht.vraag.kolom.antwoord", "opdracht.vraag.kolom.ontbreekt",
                    "opdracht.vraag.kolom.verwacht"):
            table.add_column(tekst(bericht(col)), overflow="fold")
        for o in outcomes:
            a = o.answer
            if a is None:  # per_versie: this version has no provision for the question, as expected
                value, missing = tekst(bericht("opdracht.vraag.geen_grondslag")), []
            else:  # the value, then in words (issue 15: labels, not identifiers, for a resident)
                program = wg.program(sc.peildatum, o.wijzigingen)
                value = (tekst(bericht("opdracht.vraag.fout", melding=a.error.melding)) if a.error
                         else show_value(a.value, t))
                if program.definitions[a.qname].label:
                    value += "\n" + summary(a, program, t)
                said = {id(m): words(program, m.qname, m.args, t) for m in a.missing_facts + a.missing_oordelen}
                missing = [m.label + (f" ({said[id(m)]})" if said[id(m)] else "") for m in a.missing_facts] + [
                    tekst(bericht("opdracht.vraag.oordeel", door=m.door, wat=m.label))
                    + (f" ({said[id(m)]})" if said[id(m)] else "") for m in a.missing_oordelen]
            expected = "" if not o.has_expectation else (
                "[green]✓[/green]" if o.ok else "[red]✗ " + "; ".join(str(tekst(p)) for p in o.problems) + "[/red]")
            question = o.question if o.versie == "basis" else tekst(bericht("opdracht.vraag.versie", vraag=o.question,
                                                                            versie=o.versie))
            table.add_row(question, value, "\n".join(missing), expected)
        out.print(table)
        if uitleg:
            for o in outcomes:
                if o.answer is not None:
                    out.print(explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen), t), markup=False)
                    out.print()
    wg.keep_situations()  # the next `vraag` on this corpus reads its programs from the cache bundle
    if as_json:
        import json

        print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False, indent=2))
    if failed:
        _console(stderr=True).print(tekst(bericht("cli.wijken_af", aantal=failed)), markup=False)
        raise SystemExit(1)


def _answer_json(wg, sc, o, taal: str) -> dict:
    """One answer as JSON (docs/json.md); an answer of another version of per_versie names that version."""
    from .engine.explain import answer_json

    if o.answer is None:
        return {"vraag": o.question, "versie": o.versie, "geen_grondslag": True}
    data = answer_json(o.answer, wg.program(sc.peildatum, o.wijzigingen), taal)
    return data if o.versie == "basis" else {**data, "versie": o.versie}


__all__ = ["run_vraag"]
