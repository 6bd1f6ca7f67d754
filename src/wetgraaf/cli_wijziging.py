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

from .core.errors import LawError, LawErrors
from .taal import bericht, catalogus, getal, gezegd, tekst as _t, van_fout

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
    raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.geen", naam=arg, bekend=", ".join(
        sorted(wg.corpus.wijzigingen)) or bericht("opdracht.wijz.geen_bekend")))])


_STYLE = {"geschrapt": "red strike", "ingevoegd": "green underline"}
_MARK = {"geschrapt": ("[-", "-]"), "ingevoegd": ("{+", "+}")}  # without colour: the marks of `git diff --word-diff`


def _styled_lines(ops) -> list[str]:
    """Diff ops as markup lines; a tag never spans a line break. Without colour (a file, a pipe) deletions read
    [-so-] and insertions {+so+}, so the renvooi stays readable."""
    plain = out.no_color or not out.is_terminal
    lines = [""]
    for op in ops:
        for i, piece in enumerate(op.text.split("\n")):
            if i:
                lines.append("")
            if not piece:
                continue
            style = _STYLE.get(op.kind)
            if style and plain:
                lines[-1] += escape(f"{_MARK[op.kind][0]}{piece}{_MARK[op.kind][1]}")
            else:
                lines[-1] += f"[{style}]{escape(piece)}[/{style}]" if style else escape(piece)
    return lines


def render_report(report) -> None:
    from .amend.outcomes import describe_flip
    from .amend.report import herkomst_tekst, status_tekst

    names = " + ".join(report.names)
    out.print(RichRule(_t(bericht("opdracht.wijz.kop_op", namen=names, basis=" + ".join(report.on_top_of))
                          if report.on_top_of else bericht("opdracht.wijz.kop", namen=names))))
    meta = report.meta
    title = bericht("opdracht.wijz.titel", titel=escape(str(meta.get("titel", names))), status=meta.get("status", "?"))
    if meta.get("kamerstuk"):
        title = bericht("opdracht.wijz.kamerstuk", melding=title, kamerstuk=meta["kamerstuk"])
    out.print(_t(title))
    out.print(RichRule(_t(bericht("opdracht.wijz.renvooi"))))
    for art in report.articles:
        out.print(_t(bericht("opdracht.wijz.artikel", wet=art.wet, artikel=art.artikel,
                             status=status_tekst(art.status))))
        for unit in art.units:
            if unit.status == "ongewijzigd":
                continue
            head = bericht("opdracht.wijz.eenheid", pad=escape(_t(unit.path)), status=status_tekst(unit.status))
            out.print(_t(bericht("opdracht.wijz.herkomst", melding=head, herkomst=herkomst_tekst(unit.herkomst))
                         if unit.herkomst else head))
            if unit.status in ("nieuw", "vervallen"):
                # Wholly new or gone: the status says it; the text is shown as it reads.
                colour = "green" if unit.status == "nieuw" else "red"
                for line in (unit.new or unit.old).split("\n"):
                    out.print("    " + escape(line) if line else "", style=colour)
                continue
            for line in _styled_lines(unit.ops):
                out.print(f"    {line}")
            if unit.te_herzien:
                out.print(_t(bericht("opdracht.wijz.te_herzien")))
    out.print(RichRule(_t(bericht("opdracht.wijz.regels"))))
    for c in report.rules:
        colour = {"toegevoegd": "green", "verwijderd": "red", "gewijzigd": "yellow"}[c.status]
        out.print(_t(bericht("opdracht.wijz.regel", kleur=colour, status=status_tekst(c.status),
                             soort=_soort(c.kind), naam=c.qname, bron=escape(_t(c.citation)))))
        for line in c.old:
            if line not in c.new:
                out.print(_t(bericht("opdracht.wijz.min", regel=escape(line))))
        for line in c.new:
            if line not in c.old:
                out.print(_t(bericht("opdracht.wijz.plus", regel=escape(line))))
    if report.graph:
        _render_graph(report.graph)
    out.print(RichRule(_t(bericht("opdracht.wijz.uitkomsten"))))
    o = report.outcomes
    out.print(_t(bericht("opdracht.wijz.telling", omgeslagen=len(o.flips), ongewijzigd=o.unchanged,
                         niet=len(o.not_comparable))))
    for f in o.flips:
        out.print(escape(describe_flip(f)))
    for sc, q, why in o.not_comparable:
        out.print(_t(bericht("opdracht.wijz.niet_vergelijkbaar", scenario=escape(sc), vraag=escape(q),
                             reden=escape(str(_t(why))))))
    for pop in report.population or []:
        _render_population(pop)
    for w in report.warnings:
        out.print(_t(bericht("opdracht.wijz.let_op", melding=escape(str(_t(w))))))


def render_comparison(table: dict) -> None:
    """Two drafts side by side: per section one table with a column for each (docs/wijzigingen.md)."""
    from rich.table import Table

    from .amend.vergelijking import UNCHANGED

    a, b = table["a"], table["b"]
    base = " + ".join(table["op"]) or bericht("opdracht.wijz.geldende_wet")
    out.print(RichRule(_t(bericht("opdracht.wijz.vergelijking", a=a, b=b, basis=base))))

    def col(name: str) -> str:  # a column named by the catalogue (the two drafts keep their names)
        return _t(bericht(f"opdracht.wijz.kolom.{name}"))

    def grid(title: str, columns: list[str]) -> Table:
        t = Table(title=_t(title), title_justify="left")
        for column in columns:
            t.add_column(escape(column), overflow="fold")
        return t

    def mark(a_val: str, b_val: str, differ: bool) -> tuple[str, str]:
        return (f"[bold]{escape(a_val)}[/bold]", f"[bold]{escape(b_val)}[/bold]") if differ else \
            (escape(a_val), escape(b_val))

    tekst = grid(bericht("opdracht.wijz.tekst"), [col("artikel"), col("plaats"), a, b])
    for row in table["tekst"]:
        tekst.add_row(escape(_t(row["artikel"])), escape(_t(row["plaats"])),
                      *mark(_status(row["a"]), _status(row["b"]), row["a"] != row["b"]))
    out.print(tekst)
    regels = grid(bericht("opdracht.wijz.regels"), [col("definitie"), a, b])
    for row in table["regels"]:
        regels.add_row(escape(row["naam"]), *mark(_status(row["a"]), _status(row["b"]), row["a"] != row["b"]))
    out.print(regels)
    flips = grid(bericht("opdracht.wijz.uitkomsten_ab", a=a, b=b, n=table["ongewijzigd_in_beide"]),
                 [col("scenario"), col("vraag"), col("zonder"), a, b, col("verschil")])
    for row in table["uitkomsten"]:
        flips.add_row(escape(row["scenario"]), escape(row["vraag"]), _show(row["zonder"]),
                      *mark(_show(row["a"]), _show(row["b"]), row["verschil"]), "≠" if row["verschil"] else "")
    out.print(flips)
    for pop in table["populatie"]:
        counts = grid(bericht("opdracht.wijz.populatie_ab", naam=pop["populatie"], vraag=pop["vraag"],
                              aantal=getal(pop["aantal"])), [col("uitkomst"), col("zonder"), a, b, f"{b} − {a}"])
        for row in pop["uitkomsten"]:
            counts.add_row(escape(_uitkomst(row["uitkomst"])), getal(row["zonder"]), getal(row["a"]), getal(row["b"]),
                           getal(row["b"] - row["a"], teken=True))
        out.print(counts)
    if not table["tekst"] and not table["uitkomsten"]:
        out.print(_t(bericht("opdracht.wijz.geen_verschil", teken=UNCHANGED)))


def _render_graph(g: dict) -> None:
    """What the amendment does to the dependency graph: articles and decisions gone or new, and what is affected."""
    out.print(RichRule(_t(bericht("opdracht.wijz.graaf"))))
    keys = ("knopen_toegevoegd", "knopen_verwijderd", "kanten_toegevoegd", "kanten_verwijderd")
    out.print(", ".join(_t(bericht("opdracht.wijz.telt", wat=bericht(f"opdracht.wijz.{key}"), n=len(g[key])))
                        for key in keys if key in g))

    from .amend.graphdiff import structure_changes

    parts = structure_changes(g)
    for key, colour in (("artikelen_vervallen", "red"), ("delen_vervallen", "red"), ("artikelen_nieuw", "green"),
                        ("delen_nieuw", "green")):
        if parts[key] or key.startswith("artikelen"):
            label = _t(bericht(f"opdracht.wijz.{key}"))
            listed = "; ".join(_t(p) for p in parts[key]) or _t(bericht("opdracht.wijz.geen"))
            out.print(f"[{colour}]{label}[/{colour}]: {escape(listed)}")
    if g.get("vervallen_beslissingen"):
        out.print(_t(bericht("opdracht.wijz.beslissingen_vervallen",
                             namen=escape(", ".join(g["vervallen_beslissingen"])))))
    _render_impact(g.get("impact", []), _t(bericht("opdracht.wijz.impact", n=len(g.get("impact", [])), wetten=", ".join(
        g.get("wetten_geraakt", [])) or bericht("opdracht.wijz.geen_wet"))))
    _render_impact(g.get("impact_tekst", []), _t(bericht("opdracht.wijz.impact_tekst",
                                                         n=len(g.get("impact_tekst", [])))))


def _render_impact(impact: list[dict], title: str) -> None:
    if not impact:
        return
    out.print(f"{escape(title)}:")
    for item in impact[:40]:
        out.print(_t(bericht("opdracht.wijz.impact_regel", naam=escape(item["naam"]),
                             bron=escape(str(_t(item["bron"]))), door=escape(item["door"]))))
    if len(impact) > 40:
        out.print(_t(bericht("opdracht.wijz.meer", n=len(impact) - 40)))


def _render_population(pop: dict) -> None:
    """Counts per outcome before and after, the transitions, and an explained example of each."""
    from rich.table import Table

    out.print(RichRule(_t(bericht("opdracht.wijz.populatie", naam=pop["populatie"]))))
    out.print(_t(bericht("opdracht.wijz.vraag", vraag=escape(pop["vraag"]), aantal=getal(pop["aantal"]),
                         zaad=pop["zaad"], seconden=getal(pop["seconden"], 3), pad=pop.get("pad", "batch"))))
    if pop.get("ongebruikt"):
        out.print(_t(bericht("opdracht.wijz.ongebruikt", feiten=escape(", ".join(pop["ongebruikt"])))))
    counts = Table(title=_t(bericht("opdracht.wijz.voor_en_na")), title_justify="left")
    for col in ("uitkomst", "voor", "na", "verschil"):
        counts.add_column(_t(bericht(f"opdracht.wijz.kolom.{col}")), justify="left" if col == "uitkomst" else "right")
    for label in sorted(set(pop["voor"]) | set(pop["na"])):
        a, b = pop["voor"].get(label, 0), pop["na"].get(label, 0)
        counts.add_row(escape(_uitkomst(label)), getal(a), getal(b), getal(b - a, teken=True))
    out.print(counts)
    moves = Table(title=_t(bericht("opdracht.wijz.overgangen")), title_justify="left")
    for col in ("van → naar", "aantal", "aandeel"):
        moves.add_column(_t(bericht(f"opdracht.wijz.kolom.{col}")),
                         justify="left" if col == "van → naar" else "right")
    for t in pop["overgangen"]:
        moves.add_row(escape(f"{_uitkomst(t['van'])} → {_uitkomst(t['naar'])}"), getal(t["aantal"]),
                      getal(100 * t["aantal"] / pop["aantal"], 1) + "%")
    out.print(moves)
    varying = set(pop.get("verdelingen") or [])
    for ex in pop["voorbeelden"]:
        for case in ex["gevallen"][:1]:
            out.print(_t(bericht("opdracht.wijz.voorbeeld", van=escape(_uitkomst(ex["van"])),
                                 naar=escape(_uitkomst(ex["naar"])), rij=case["rij"])))
            split = case["splitsing"]
            if split:
                out.print(_t(bericht("opdracht.wijz.splitst", naam=escape(split["naam"]), voor=_show(split["voor"]),
                                     na=_show(split["na"]), bron=escape(_t(split["bron"])))))
            facts = [f"{k.split('.', 1)[-1]} = {_show(v)}" for k, v in case["feiten"].items()
                     if not varying or k in varying]
            out.print(_t(bericht("opdracht.wijz.feiten", feiten=escape("; ".join(facts)))))


def _show(value) -> str:
    if value is True:
        return _t(bericht("zin.uitleg.waar"))
    if value is False:
        return _t(bericht("zin.uitleg.onwaar"))
    if value is None:
        return _t(bericht("opdracht.wijz.bestond_niet"))
    if isinstance(value, dict) and value.get("onbekend"):
        return _t(bericht("zin.uitleg.onbekend"))
    if isinstance(value, list):
        return "[" + ", ".join(map(_show, value)) + "]"
    return str(value)


# A population's outcome as the report counts it (the JSON keys: 'waar', 'onwaar', 'onbekend', or a value as text),
# said in the reader's language.
_UITKOMST = {"waar": "zin.uitleg.waar", "onwaar": "zin.uitleg.onwaar", "onbekend": "zin.uitleg.onbekend"}


def _uitkomst(label: str) -> str:
    return _t(bericht(_UITKOMST[label])) if label in _UITKOMST else label


def _soort(kind: str) -> object:
    """A definition's kind (begrip, feit, ...) in the reader's language."""
    return bericht(f"zin.graaf.soort.{kind}") if f"zin.graaf.soort.{kind}" in catalogus() else kind


def _status(value: str) -> str:
    """A status in the comparison's tables ('gewijzigd', or '—' where a draft leaves the place alone)."""
    from .amend.report import status_tekst

    return str(_t(status_tekst(value))) if value != "—" else value


def wijziging(amendment: str = typer.Argument(..., metavar="wijziging", help=bericht("hulp.wijziging.amendment")),
              op: list[str] = typer.Option([], "--op", help=bericht("hulp.wijziging.op")),
              vergelijk: Optional[str] = typer.Option(None, "--vergelijk", help=bericht("hulp.wijziging.vergelijk")),
              peildatum: Optional[str] = typer.Option(None, help=bericht("hulp.wijziging.peildatum")),
              scenarios: list[Path] = typer.Option([], "--scenarios", help=bericht("hulp.wijziging.scenarios")),
              populatie: list[str] = typer.Option([], "--populatie", help=bericht("hulp.wijziging.populatie")),
              aantal: int = typer.Option(100_000, "--aantal", min=1, help=bericht("hulp.wijziging.aantal")),
              zaad: int = typer.Option(20261125, "--zaad", help=bericht("hulp.wijziging.zaad")),
              dask: bool = typer.Option(False, "--dask", help=bericht("hulp.wijziging.dask")),
              dask_adres: Optional[str] = typer.Option(None, "--dask-adres", help=bericht("hulp.wijziging.dask_adres")),
              as_json: bool = typer.Option(False, "--json", help=bericht("hulp.wijziging.json")),
              wetsvoorstel: bool = typer.Option(False, "--wetsvoorstel", help=bericht("hulp.wijziging.wetsvoorstel")),
              docx: Optional[Path] = typer.Option(None, "--docx", help=bericht("hulp.wijziging.docx")),
              overschrijf: bool = typer.Option(False, "--overschrijf", help=bericht("hulp.wijziging.overschrijf")),
              corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_kort"))) -> None:
    """Apply an amendment in memory and report the renvooi, rule diff, graph diff, outcome flips and the impact on
    a generated population."""
    import datetime as _dt

    from .amend.report import build_report as _report
    from .api import load

    if dask or dask_adres:
        try:
            import distributed  # noqa: F401
        except ImportError:
            out.print(_t(bericht("opdracht.wijz.dask")), markup=False)
            raise typer.Exit(2) from None

    if docx is not None:  # a place that cannot be written is refused before the report, not after it
        from .atomic import OutputRefused, check_writable

        try:
            check_writable(docx)
        except OutputRefused as exc:
            out.print(_t(bericht("opdracht.wijz.docx_fout", fout=escape(str(_t(van_fout(exc)))))))
            raise typer.Exit(2) from None

    def build_report(*args, **kwargs):
        try:
            return _report(*args, **kwargs)
        except ConnectionError as exc:  # --dask-adres: no scheduler there
            out.print(escape(str(_t(van_fout(exc)))))
            raise typer.Exit(1) from None

    wg = load(corpus)
    name = _amendment_name(wg, amendment)
    # Without --op, an amendment is reported on top of what it builds on (`op:` in its wijziging.yaml).
    on_top = tuple(_amendment_name(wg, a) for a in op) or wg.corpus.wijzigingen[name].op
    try:
        date = _dt.date.fromisoformat(peildatum) if peildatum is not None else None
    except ValueError:
        out.print(_t(bericht("opdracht.wijz.peildatum", waarde=escape(peildatum or ""))))
        raise typer.Exit(2) from None
    if vergelijk:
        # A and B each on the same base, side by side in one table per section.
        other = _amendment_name(wg, vergelijk)
        sizes = {"population_size": aantal, "seed": zaad, "dask": dask_adres or ("lokaal" if dask else None)}
        report = build_report(wg, (name,), on_top, date, scenarios, populations=_populations(wg, name, populatie),
                              **sizes)
        report_b = build_report(wg, (other,), on_top, date, scenarios,
                                populations=_populations(wg, other, populatie), **sizes)
        from .amend.vergelijking import compare

        table = compare(report, report_b)
        if as_json:
            print(json.dumps({"a": report.to_json(), "b": report_b.to_json(), "vergelijking": gezegd(table)},
                             ensure_ascii=False, indent=2))
        else:
            render_comparison(table)
        return
    if wetsvoorstel and not docx:
        from .amend.wetsvoorstel import wetsvoorstel as _write

        print(_write(wg.corpus.wijzigingen[name], wg.corpus).text(), end="")
        return
    pops = _populations(wg, name, populatie)
    report = build_report(wg, (name,), on_top, date, scenarios, populations=pops, population_size=aantal, seed=zaad,
                          dask=dask_adres or ("lokaal" if dask else None))
    if docx is not None:
        _write_docx(wg, name, report, docx, overschrijf)
        return
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        render_report(report)


def _write_docx(wg, name: str, report, path: Path, overschrijf: bool) -> None:
    from .amend.wetsvoorstel import wetsvoorstel as _write, write_docx
    from .atomic import OutputRefused, write_output

    try:
        data = write_docx(_write(wg.corpus.wijzigingen[name], wg.corpus), report)
    except ImportError:
        out.print(_t(bericht("opdracht.wijz.docx_nodig")), markup=False)
        raise typer.Exit(2) from None
    try:
        write_output(path, data, overschrijf)
    except OutputRefused as exc:  # a place the user must change: a usage error
        out.print(_t(bericht("opdracht.wijz.docx_fout", fout=escape(str(_t(van_fout(exc)))))))
        raise typer.Exit(2) from None
    out.print(_t(bericht("opdracht.wijz.geschreven", pad=escape(str(path)))))


def afleiden(oud: Path = typer.Argument(..., help=bericht("hulp.afleiden.oud")),
             nieuw: Path = typer.Argument(..., help=bericht("hulp.afleiden.nieuw")),
             onderdeel: str = typer.Option("A", "--onderdeel", help=bericht("hulp.afleiden.onderdeel"))) -> None:
    """Derive, from an edited copy of an article, the instructions that produce it, in standard wording, as an
    amendment file (print it, or save it in law/wijzigingen/<naam>/)."""
    from .amend.wetsvoorstel import opdrachten_markdown
    from .parser.markdown import parse_article

    articles = []
    for path in (oud, nieuw):
        if not path.is_file():
            out.print(_t(bericht("opdracht.wijz.geen_bestand", pad=escape(str(path)))))
            raise typer.Exit(2)
        wet = path.parent.name
        articles.append(parse_article(path.read_text(encoding="utf-8"), str(path), wet, wet))
    text = opdrachten_markdown(articles[0], articles[1], onderdeel)
    print(text if text.strip() else _t(bericht("opdracht.wijz.gelijk")), end="\n")


def _populations(wg, amendment: str, asked: list[str]) -> list[Path]:
    """The population files to run: those asked for, else those that serve this amendment (population.runs_for)."""
    from .amend.impact import find_specs, runs_for
    from .amend.population import load_spec

    root = Path(wg.corpus.root)
    if asked:
        out = []
        for item in asked:
            path = Path(item)
            if not path.exists():
                path = root / "populaties" / f"{item}.yaml"
            if not path.exists():
                raise LawErrors([LawError("WG-POP-001", bericht("WG-POP-001.geen", naam=item,
                                                                 map=str(root / "populaties")))])
            load_spec(path)  # checked now, not after the minutes the report takes
            out.append(path)
        return out
    return [path for path in find_specs(root) if runs_for(wg, load_spec(path), amendment)]


def mutatie(wet: str = typer.Argument(..., help=bericht("hulp.mutatie.wet")),
            artikel: str = typer.Argument(..., help=bericht("hulp.mutatie.artikel")),
            scenarios: list[Path] = typer.Option([], "--scenarios", help=bericht("hulp.mutatie.scenarios")),
            wijziging: Optional[str] = typer.Option(None, "--wijziging", help=bericht("hulp.mutatie.wijziging")),
            as_json: bool = typer.Option(False, "--json", help=bericht("hulp.mutatie.json")),
            corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_kort"))) -> None:
    """Mutation check: which deliberate mistakes in an article's rules does no scenario notice?"""
    from rich.table import Table

    from .analysis.mutation import mutation_check
    from .amend.outcomes import corpus_scenarios
    from .api import load

    wg = load(corpus)
    if scenarios:
        scs = corpus_scenarios(Path("/nonexistent"), scenarios)
    else:
        scs = corpus_scenarios(Path(wg.corpus.root))
    name = _amendment_name(wg, wijziging) if wijziging else None
    report = mutation_check(wg, wet, artikel, scs, name)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    if not report.mutants:
        out.print(_t(bericht("opdracht.wijz.geen_mutanten_met", artikel=escape(report.article), naam=escape(name))
                     if name else bericht("opdracht.wijz.geen_mutanten", artikel=escape(report.article))))
        raise typer.Exit(1)
    table = Table(title=_t(bericht("opdracht.wijz.mutaties", artikel=escape(report.article), n=report.scenarios)),
                  title_justify="left")
    for col in ("lid / onderdeel", "mutanten", "ontdekt", "niet ontdekt"):
        table.add_column(_t(bericht(f"opdracht.wijz.kolom.{col}")), overflow="fold")
    for ms in report.per_unit().values():
        missed = [f"{m.qname.split('.')[-1]}: {_t(m.description)}" for m in ms if not m.detected_by]
        table.add_row(_t(ms[0].bron.bericht()), str(len(ms)), str(len(ms) - len(missed)), escape("\n".join(missed)))
    out.print(table)
