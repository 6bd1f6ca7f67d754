"""`wetgraaf controleer`: validate a corpus, then list its law defects.

First every law and amendment is parsed, resolved and type-checked on each version date (errors stop here, exit 1).
Then, for each version, the defect analysis (analysis/defects.py) looks for cases in which two rules conflict or no
rule applies, exceptions that can never apply or never decide, definitions nothing uses, references to leden that
do not exist. Each defect is listed with its place and severity: fout, waarschuwing or opmerking. Exit 1 only on a
fout, or with --streng also on a waarschuwing.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .core.errors import LawError, LawErrors
from .taal import Bericht, bericht, catalogus, opsomming, tekst

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
SEVERITIES = ("fout", "waarschuwing", "opmerking")


def check(path: Optional[Path] = typer.Argument(None, metavar="corpus", help=bericht("hulp.controleer.path")),
          peildatum: Optional[str] = typer.Option(None, help=bericht("hulp.controleer.peildatum")),
          wijziging: list[str] = typer.Option([], "--wijziging", "-w", help=bericht("hulp.controleer.wijziging")),
          streng: bool = typer.Option(False, "--streng", help=bericht("hulp.controleer.streng")),
          alles: bool = typer.Option(False, "--alles", help=bericht("hulp.controleer.alles")),
          analyse: bool = typer.Option(True, "--analyse/--geen-analyse", help=bericht("hulp.controleer.analyse"))) -> None:
    """Validate a corpus: parse, resolve and type-check every law and amendment; list every error and law defect."""
    from .api import load
    from .cli import report_errors

    try:  # before loading: a wrong date is a usage error, and an empty one is not "no date"
        asked = _dt.date.fromisoformat(peildatum) if peildatum is not None else None
    except ValueError:
        err.print(tekst(bericht("opdracht.check.peildatum", waarde=peildatum)), markup=False)
        raise typer.Exit(2) from None
    wg = load(path)
    dates = [asked] if asked is not None else version_dates(wg.corpus)
    combos = [()] + [(w,) for w in (wijziging or sorted(wg.corpus.wijzigingen))]
    versions, errors, warnings = _build_all(wg, dates, combos)
    if errors:
        report_errors(errors + warnings)
        raise typer.Exit(1)
    defects = list(warnings) + (_defects(wg, versions) if analyse else [])
    counts = {s: sum(1 for d in defects if d.severity == s) for s in SEVERITIES}
    for d in defects:
        if d.severity != "opmerking" or alles:
            err.print(render(d), markup=False)
    n_laws = len(wg.corpus.laws)
    n_art = sum(len(law.articles) for law in wg.corpus.laws.values())
    tail = opsomming([bericht(f"opdracht.check.{s}", n=counts[s]) for s in SEVERITIES[1:] if counts[s]])
    if counts["opmerking"] and not alles:
        tail = bericht("opdracht.check.alles", staart=tail)
    failed = counts["fout"] or (streng and counts["waarschuwing"])
    if failed:
        telling = bericht("zin.telling", fouten=counts["fout"], waarschuwingen=counts["waarschuwing"])
        err.print(tekst(bericht("opdracht.check.streng", telling=telling) if streng and not counts["fout"]
                        else telling), markup=False)
        raise typer.Exit(1)
    ok = bericht("opdracht.check.in_orde", wetten=n_laws, artikelen=n_art, wijzigingen=len(wg.corpus.wijzigingen),
                 data=", ".join(str(d) for d in dates if d) or bericht("opdracht.check.nieuwste"))
    out.print(tekst(bericht("opdracht.met_staart", tekst=ok, staart=tail) if tail else ok))


def version_dates(corpus) -> list:
    """One date per distinct version of the corpus: each article version start, and today's law."""
    dates = {a.geldig_vanaf for law in corpus.laws.values() for a in law.articles if a.geldig_vanaf}
    return sorted(dates)[-3:] if dates else [None]


def _build_all(wg, dates: list, combos: list) -> tuple[list, list[LawError], list[LawError]]:
    """Build every version; the errors and warnings each once. Returns the versions that built."""
    errors: list[LawError] = []
    warnings: list[LawError] = []
    seen: set[str] = set()
    versions = []
    for date in dates:
        for combo in combos:
            try:
                program = wg.program(date, combo)
                versions.append((date, combo, program))
                warnings.extend(w for w in program.warnings if str(w) not in seen and not seen.add(str(w)))
            except LawErrors as exc:
                for e in exc.errors:
                    if str(e) not in seen:
                        seen.add(str(e))
                        errors.append(e)
    return versions, errors, warnings


def _defects(wg, versions: list) -> list[LawError]:
    """The defects of every distinct program, each once, in the order of the files; a defect found only with an
    amendment or on one date says so."""
    from .analysis.defects import analyse

    found: dict[tuple, tuple[LawError, list[str]]] = {}
    done: set[int] = set()
    for date, combo, program in versions:
        if id(program) in done:
            continue
        done.add(id(program))
        where = bericht("zin.def.versie_met", datum=str(date), wijzigingen=", ".join(combo)) if combo else str(date)
        graph = wg.graph(date, combo)
        for d in analyse(program, wg.engine_for(program), graph):
            # one Conflict, whatever example case each version found for it
            example = d.message.args.get("geval") if d.code == "WG-DEF-001" and isinstance(d.message, Bericht) \
                else None
            key = (d.code, str(d.pos), d.message.replace(str(example), "") if example is not None else d.message)
            found.setdefault(key, (d, []))[1].append(where)
    n_versions = len(done)
    out = []
    for d, wheres in found.values():
        if len(wheres) < n_versions:
            d.message = bericht("zin.def.op_versies", melding=d.message, versies=opsomming(wheres))
        out.append(d)
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(out, key=lambda e: (order.get(e.severity, 3), str(e.pos.file) if e.pos else "",
                                      e.pos.line if e.pos else 0, e.code))


def render(e: LawError) -> str:
    """A located message with its severity: `file:line:col: waarschuwing: message [code]`, the line, a caret."""
    text = e.render()
    if e.severity == "fout":
        return text
    where = f"{e.pos}: " if e.pos else ""
    first, _, rest = text.partition("\n")
    key = f"opdracht.check.ernst.{e.severity}"
    severity = tekst(bericht(key)) if key in catalogus() else e.severity
    first = f"{where}{severity}: {first[len(where):]}"
    return first + ("\n" + rest if rest else "")
