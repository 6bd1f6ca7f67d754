"""`wetgraaf wijziging`: apply an amendment in memory and report what it changes (renvooi, rules, graph,
outcomes). Base law files are never written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.rule import Rule as RichRule

from .parser.errors import LawError, LawErrors

out = Console(highlight=False, soft_wrap=True)


def _amendment_name(wg, arg: str) -> str:
    """Accept a name ('wams') or a folder ('law/wijzigingen/wams', or a draft elsewhere)."""
    path = Path(arg)
    if arg in wg.corpus.wijzigingen:
        return arg
    if path.is_dir():
        if path.name in wg.corpus.wijzigingen and Path(wg.corpus.wijzigingen[path.name].folder).resolve() == \
                path.resolve():
            return path.name
        from .parser.wijziging import parse_wijziging

        wijz = parse_wijziging(path, wg.corpus)  # a draft outside the corpus: loaded, never written
        wg.corpus.wijzigingen[wijz.naam] = wijz
        return wijz.naam
    raise LawErrors([LawError("WG-WIJZ-007", f"no amendment '{arg}': give a name "
                              f"({', '.join(sorted(wg.corpus.wijzigingen)) or 'none known'}) or a folder")])


_STYLE = {"geschrapt": "red strike", "ingevoegd": "green underline"}


def _styled_lines(ops) -> list[str]:
    """Diff ops as markup lines; a tag never spans a line break."""
    lines = [""]
    for op in ops:
        for i, piece in enumerate(op.text.split("\n")):
            if i:
                lines.append("")
            if piece:
                style = _STYLE.get(op.kind)
                lines[-1] += f"[{style}]{escape(piece)}[/{style}]" if style else escape(piece)
    return lines


def render_report(report) -> None:
    from .amend.outcomes import describe_flip

    names = " + ".join(report.names)
    out.print(RichRule(f"Wijziging {names}" + (f" op {' + '.join(report.on_top_of)}" if report.on_top_of else "")))
    meta = report.meta
    out.print(f"{escape(str(meta.get('titel', names)))} — status {meta.get('status', '?')}"
              + (f", Kamerstuk {meta['kamerstuk']}" if meta.get("kamerstuk") else ""))
    out.print(RichRule("Renvooi"))
    for art in report.articles:
        out.print(f"[bold]{art.wet} artikel {art.artikel}[/bold] ({art.status})")
        for unit in art.units:
            if unit.status == "ongewijzigd":
                continue
            out.print(f"  [bold]{escape(unit.path)}[/bold] — {unit.status}"
                      + (f" [yellow]({unit.herkomst})[/yellow]" if unit.herkomst else ""))
            for line in _styled_lines(unit.ops):
                out.print(f"    {line}")
    out.print(RichRule("Regels"))
    for c in report.rules:
        colour = {"toegevoegd": "green", "verwijderd": "red", "gewijzigd": "yellow"}[c.status]
        out.print(f"[{colour}]{c.status}[/{colour}] {c.kind} [bold]{c.qname}[/bold] — {escape(c.citation)}")
        for line in c.old:
            if line not in c.new:
                out.print(f"    [red]- {escape(line)}[/red]")
        for line in c.new:
            if line not in c.old:
                out.print(f"    [green]+ {escape(line)}[/green]")
    if report.graph:
        out.print(RichRule("Graaf"))
        g = report.graph
        for key in ("knopen_toegevoegd", "knopen_verwijderd", "kanten_toegevoegd", "kanten_verwijderd"):
            if key in g:
                out.print(f"{key.replace('_', ' ')}: {len(g[key])}")
        for item in g.get("impact", [])[:40]:
            out.print(f"  impact: {escape(str(item))}")
    out.print(RichRule("Uitkomsten"))
    o = report.outcomes
    out.print(f"{len(o.flips)} uitkomst(en) omgeslagen, {o.unchanged} ongewijzigd, "
              f"{len(o.not_comparable)} niet vergelijkbaar")
    for f in o.flips:
        out.print(escape(describe_flip(f)))
    for sc, q, why in o.not_comparable:
        out.print(f"  [dim]{escape(sc)}: {escape(q)}: {escape(why)}[/dim]")
    for pop in report.population or []:
        out.print(RichRule(f"Populatie {pop['populatie']} ({pop['aantal']:,} gevallen, zaad {pop['zaad']}, "
                           f"{pop['seconden']} s)"))
        out.print(f"vraag: {escape(pop['vraag'])}")
        out.print("voor: " + ", ".join(f"{k} {v:,}" for k, v in sorted(pop["voor"].items())))
        out.print("na:   " + ", ".join(f"{k} {v:,}" for k, v in sorted(pop["na"].items())))
        for t in pop["overgangen"]:
            out.print(f"  {t['van']} → {t['naar']}: {t['aantal']:,}")
        for ex in pop["voorbeelden"]:
            for case in ex["gevallen"][:1]:
                split = case["splitsing"]
                where = f" — splitst bij {split['naam']} ({split['bron']})" if split else ""
                out.print(f"  voorbeeld {ex['van']} → {ex['naar']}: rij {case['rij']}{escape(where)}")
    for w in report.warnings:
        out.print(f"[yellow]let op:[/yellow] {escape(w)}")


def wijziging(amendment: str = typer.Argument(..., help="Amendment name or folder (law/wijzigingen/<naam>)."),
              op: list[str] = typer.Option([], "--op", help="Apply on top of this amendment (stacking)."),
              vergelijk: Optional[str] = typer.Option(None, "--vergelijk",
                                                       help="Compare with another amendment on the same base."),
              peildatum: Optional[str] = typer.Option(None, help="Date for text and rules (default: entry date)."),
              scenarios: list[Path] = typer.Option([], "--scenarios", help="Extra scenario files or folders."),
              populatie: list[str] = typer.Option([], "--populatie",
                                                  help="Population file or name (law/populaties/<naam>.yaml); "
                                                       "default: those that name this amendment."),
              aantal: int = typer.Option(100_000, "--aantal", min=1, help="Size of the generated population."),
              zaad: int = typer.Option(20261125, "--zaad", help="Seed of the population generator."),
              as_json: bool = typer.Option(False, "--json", help="Print the report as JSON (docs/wijzigingen.md)."),
              corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder.")) -> None:
    """Apply an amendment in memory and report the renvooi, rule diff, graph diff, outcome flips and the impact on
    a generated population."""
    import datetime as _dt

    from .amend.report import build_report
    from .api import load

    wg = load(corpus)
    name = _amendment_name(wg, amendment)
    on_top = tuple(_amendment_name(wg, a) for a in op)
    date = _dt.date.fromisoformat(peildatum) if peildatum else None
    if vergelijk:
        # A against B: apply B on the same base, then report B -> A (what A does differently from B).
        other = _amendment_name(wg, vergelijk)
        report = build_report(wg, (name,), on_top, date, scenarios)
        report_b = build_report(wg, (other,), on_top, date, scenarios)
        if as_json:
            print(json.dumps({"a": report.to_json(), "b": report_b.to_json()}, ensure_ascii=False, indent=2))
        else:
            render_report(report)
            render_report(report_b)
        return
    pops = _populations(wg, name, populatie)
    report = build_report(wg, (name,), on_top, date, scenarios, populations=pops, population_size=aantal, seed=zaad)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        render_report(report)


def _populations(wg, amendment: str, asked: list[str]) -> list[Path]:
    """The population files to run: those asked for, else those whose `wijzigingen` name this amendment."""
    import yaml

    from .amend.population import find_specs

    root = Path(wg.corpus.root)
    if asked:
        out = []
        for item in asked:
            path = Path(item)
            if not path.exists():
                path = root / "populaties" / f"{item}.yaml"
            if not path.exists():
                raise LawErrors([LawError("WG-POP-001", f"no population '{item}' (looked in {root / 'populaties'})")])
            out.append(path)
        return out
    chosen = []
    for path in find_specs(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if amendment in (data.get("wijzigingen") or []):
            chosen.append(path)
    return chosen


def mutatie(wet: str = typer.Argument(..., help="Law key, e.g. wbmgp."),
            artikel: str = typer.Argument(..., help="Article number, e.g. 8."),
            scenarios: list[Path] = typer.Option([], "--scenarios",
                                                  help="Scenario files or folders (default: the corpus scenarios)."),
            as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
            corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder.")) -> None:
    """Mutation check: which deliberate mistakes in an article's rules does no scenario notice?"""
    from rich.table import Table

    from .amend.mutation import mutation_check
    from .amend.outcomes import corpus_scenarios
    from .api import load

    wg = load(corpus)
    if scenarios:
        scs = corpus_scenarios(Path("/nonexistent"), scenarios)
    else:
        scs = corpus_scenarios(Path(wg.corpus.root))
    report = mutation_check(wg, wet, artikel, scs)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    if not report.mutants:
        out.print(f"geen regels gevonden in {wet} artikel {artikel} om te muteren")
        raise typer.Exit(1)
    table = Table(title=f"Mutaties van {report.article} tegen {report.scenarios} scenario's", title_justify="left")
    for col in ("lid / onderdeel", "mutanten", "ontdekt", "niet ontdekt"):
        table.add_column(col, overflow="fold")
    for cite, ms in report.per_unit().items():
        missed = [f"{m.qname.split('.')[-1]}: {m.description}" for m in ms if not m.detected_by]
        table.add_row(cite, str(len(ms)), str(len(ms) - len(missed)), escape("\n".join(missed)))
    out.print(table)
