"""`wetgraaf graaf`: questions to the dependency graph of the corpus — what depends on what, cycles, dangling
references, unused definitions, coverage — and exports (JSON, GraphML, DOT).

Exit codes: 0 fine; 1 the check found problems (dangling references, circular definitions, coverage below
--minimum); 2 wrong usage (unknown name, bad date or format).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .taal import bericht, catalogus, getal, tekst, van_fout

graaf_app = typer.Typer(name="graaf", no_args_is_help=True, add_completion=False, help=bericht("hulp.graaf"))
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

PeildatumOpt = typer.Option(None, "--peildatum", help=bericht("hulp.optie.graaf_peildatum"))
WijzigingOpt = typer.Option([], "--wijziging", "-w", help=bericht("hulp.optie.graaf_wijziging"))
CorpusOpt = typer.Option(None, "--corpus", help=bericht("hulp.controleer.path"))
JsonOpt = typer.Option(False, "--json", help=bericht("hulp.optie.graaf_json"))


def _graph(peildatum: Optional[str], wijziging: list[str], corpus: Optional[Path]):
    from .api import load

    date = None
    if peildatum:
        try:
            date = _dt.date.fromisoformat(peildatum)
        except ValueError:
            err.print(tekst(bericht("opdracht.graaf.peildatum", waarde=peildatum)), markup=False)
            raise typer.Exit(2) from None
    return load(corpus).graph(date, tuple(wijziging))


def _node(g, name: str) -> str:
    from .graph.queries import UnknownName, find

    try:
        return find(g, name)
    except UnknownName as exc:
        err.print(str(tekst(van_fout(exc))), markup=False)  # a catalogue message: said in the reader's language
        raise typer.Exit(2) from None


def _kind(kind: str) -> str:
    """A node's kind in the reader's words (the Dutch is the kind itself, as --soort takes it)."""
    key = f"zin.graaf.soort.{kind}"
    return tekst(bericht(key)) if key in catalogus() else kind


def _label(g, nid: str) -> str:
    """A node's label in the reader's language (the graph keeps wetgraaf's words as catalogue messages)."""
    return tekst(g.nodes[nid]["label"])


def _where(d: dict) -> str:
    file = d.get("file")
    if not file:
        return d.get("url", "")
    try:
        file = os.path.relpath(file)
    except ValueError:
        pass
    return f"{file}:{d.get('line', 1)}" + (f":{d['col']}" if d.get("col", 1) != 1 else "")


def _hits_command(name: str, forward: bool, diepte: Optional[int], soort: list[str], peildatum, wijziging, corpus,
                  as_json: bool) -> None:
    from .graph.queries import dependencies, dependents

    g = _graph(peildatum, wijziging, corpus)
    nid = _node(g, name)
    hits = (dependencies if forward else dependents)(g, nid, diepte)
    if soort:
        hits = [h for h in hits if g.nodes[h.node]["kind"] in soort]
    if as_json:
        print(json.dumps({"node": nid, "richting": "afhankelijk van" if forward else "gebruikt door",
                          "resultaat": [{"node": h.node, "soort": g.nodes[h.node]["kind"],
                                         "label": _label(g, h.node), "afstand": h.distance, "via": h.via,
                                         "vindplaats": _where(g.nodes[h.node])} for h in hits]},
                         ensure_ascii=False, indent=2))
        return
    title = bericht("opdracht.graaf.hangt_af" if forward else "opdracht.graaf.wat_afhangt", naam=g.nodes[nid]["label"],
                    n=len(hits))
    table = Table(title=escape(tekst(title)), title_justify="left")
    for col in ("soort", "naam", "vindplaats", "afstand", "via"):
        table.add_column(tekst(bericht(f"opdracht.graaf.kolom.{col}")), overflow="fold")
    for h in hits:
        d = g.nodes[h.node]
        via = _label(g, h.via) if h.via and h.via in g else ""
        table.add_row(_kind(d["kind"]), escape(_label(g, h.node)), escape(_where(d)), str(h.distance), escape(via))
    out.print(table)


@graaf_app.command(help=bericht("hulp.graaf.afhankelijk"))
def afhankelijk(naam: str = typer.Argument(..., help=bericht("hulp.graaf.afhankelijk.naam")),
                diepte: Optional[int] = typer.Option(None, "--diepte", min=1, help=bericht("hulp.optie.graaf_diepte")),
                soort: list[str] = typer.Option([], "--soort", help=bericht("hulp.graaf.afhankelijk.soort")),
                peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
                corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Waarvan NAAM afhangt: definities, feiten, open normen, regels en de wettekst waarnaar verwezen wordt."""
    _hits_command(naam, True, diepte, soort, peildatum, wijziging, corpus, as_json)


@graaf_app.command("gebruikt-door", help=bericht("hulp.graaf.gebruikt-door"))
def gebruikt_door(naam: str = typer.Argument(..., help=bericht("hulp.graaf.gebruikt-door.naam")),
                  diepte: Optional[int] = typer.Option(None, "--diepte", min=1,
                                                       help=bericht("hulp.optie.graaf_diepte")),
                  soort: list[str] = typer.Option([], "--soort", help=bericht("hulp.graaf.gebruikt-door.soort")),
                  peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
                  corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Wat van NAAM afhangt: de impact van een wijziging van NAAM."""
    _hits_command(naam, False, diepte, soort, peildatum, wijziging, corpus, as_json)


@graaf_app.command(help=bericht("hulp.graaf.cycli"))
def cycli(peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
          corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Kringen: definities die (via andere) zichzelf gebruiken (fout, exit 1), en ter informatie groepen artikelen
    die naar elkaar verwijzen (gewoon in wetgeving)."""
    from .graph.queries import cycles

    g = _graph(peildatum, wijziging, corpus)
    found = cycles(g)
    if as_json:
        print(json.dumps({"definities": found.definitions, "verwijzingen": found.references}, ensure_ascii=False,
                         indent=2))
    else:
        for cyc in found.definitions:
            first = g.nodes[cyc[0]]
            err.print(tekst(bericht("opdracht.graaf.kring", plaats=_where(first),
                                    kring=" -> ".join(_label(g, n) for n in cyc))), markup=False)
        if not found.definitions:
            out.print(tekst(bericht("opdracht.graaf.geen_kringen")))
        if found.references:
            out.print(tekst(bericht("opdracht.graaf.ter_informatie", n=len(found.references))))
            for group in found.references:
                out.print("  " + escape(", ".join(_label(g, n) for n in group)))
    if found.definitions:
        raise typer.Exit(1)


@graaf_app.command(help=bericht("hulp.graaf.bungelend"))
def bungelend(peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
              corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Verwijzingen in de wettekst naar een lid of onderdeel dat niet bestaat (exit 1), en links waarvan het
    #Artikel-anker een ander artikel noemt dan de tekst (waarschuwing)."""
    from .graph.queries import anchor_mismatches, dangling

    g = _graph(peildatum, wijziging, corpus)
    issues, anchors = dangling(g), anchor_mismatches(g)
    if as_json:
        def said(i) -> dict:
            return {**i.__dict__, "reden": tekst(i.reden)}

        print(json.dumps({"bungelend": [said(i) for i in issues], "ankers": [said(i) for i in anchors]},
                         ensure_ascii=False, indent=2))
    else:
        for i in issues:
            err.print(tekst(bericht("opdracht.graaf.bungelend", plaats=_where({"file": i.file, "line": i.line,
                                                                               "col": i.col}),
                                    tekst=i.tekst, reden=i.reden)), markup=False)
        for i in anchors:
            err.print(tekst(bericht("opdracht.graaf.anker", plaats=_where({"file": i.file, "line": i.line,
                                                                           "col": i.col}),
                                    tekst=i.tekst, reden=i.reden)), markup=False)
        n_refs = sum(1 for *_, k in g.edges(data="kind") if k == "refers-to")
        if not issues:
            out.print(tekst(bericht("opdracht.graaf.geen_bungelend", n=n_refs)))
        else:
            err.print(tekst(bericht("opdracht.graaf.n_bungelend", n=len(issues), van=n_refs)), markup=False)
    if issues:
        raise typer.Exit(1)


@graaf_app.command(help=bericht("hulp.graaf.ongebruikt"))
def ongebruikt(peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
               corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Definities, feiten, open normen, parameters en soorten die niets gebruikt. Een begrip hier kan een
    eindvraag zijn (bv. gezinslid); een feit hier wordt nooit gevraagd."""
    from .graph.queries import unused

    g = _graph(peildatum, wijziging, corpus)
    found = unused(g)
    if as_json:
        print(json.dumps([{"node": n, "soort": g.nodes[n]["kind"], "vindplaats": _where(g.nodes[n])} for n in found],
                         ensure_ascii=False, indent=2))
        return
    table = Table(title=tekst(bericht("opdracht.graaf.ongebruikt", n=len(found))), title_justify="left")
    for col in ("soort", "naam", "vindplaats"):
        table.add_column(tekst(bericht(f"opdracht.graaf.kolom.{col}")), overflow="fold")
    for n in found:
        d = g.nodes[n]
        table.add_row(_kind(d["kind"]), escape(_label(g, n)), escape(_where(d)))
    out.print(table)


@graaf_app.command(help=bericht("hulp.graaf.dekking"))
def dekking(wet: Optional[str] = typer.Option(None, "--wet", help=bericht("hulp.graaf.dekking.wet")),
            minimum: Optional[float] = typer.Option(None, "--minimum", min=0, max=100,
                                                    help=bericht("hulp.graaf.dekking.minimum")),
            kort: bool = typer.Option(False, "--kort", help=bericht("hulp.graaf.dekking.kort")),
            gewijzigd: bool = typer.Option(False, "--gewijzigd", help=bericht("hulp.graaf.dekking.gewijzigd")),
            peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
            corpus: Optional[Path] = CorpusOpt, as_json: bool = JsonOpt) -> None:
    """Dekking per wet en artikel: elke eenheid (lid zonder onderdelen, onderdeel, subonderdeel, slot) is
    gecodeerd (heeft regels), gemarkeerd `niet uitvoerbaar`, of open."""
    from .graph.queries import coverage

    g = _graph(peildatum, wijziging, corpus)
    laws = sorted(n for n, kind in g.nodes(data="kind") if kind == "wet")
    if wet and wet not in laws:
        err.print(tekst(bericht("opdracht.graaf.onbekende_wet", wet=wet, bekend=", ".join(laws))), markup=False)
        raise typer.Exit(2)
    cov = coverage(g, wet, gewijzigd)
    below = [r for r in cov.laws if minimum is not None and r.percentage < minimum]
    if as_json:
        def row(r) -> dict:
            return {"wet": r.wet, "artikel": r.artikel, "eenheden": r.eenheden, "gecodeerd": r.gecodeerd,
                    "niet_uitvoerbaar": r.niet_uitvoerbaar, "open": r.open, "percentage": round(r.percentage, 1)}

        print(json.dumps({"wetten": [row(r) for r in cov.laws], "artikelen": [row(r) for r in cov.articles],
                          "open": [{"node": n, "label": _label(g, n), "vindplaats": _where(g.nodes[n])}
                                   for n in cov.open_units]}, ensure_ascii=False, indent=2))
    else:
        for title, rows, first in (("opdracht.graaf.dekking_wet", cov.laws, "wet"),
                                   ("opdracht.graaf.dekking_artikel", cov.articles, "artikel")):
            table = Table(title=tekst(bericht(title)), title_justify="left")
            for col in (first, "eenheden", "gecodeerd", "niet uitvoerbaar", "open", "dekking"):
                table.add_column(tekst(bericht(f"opdracht.graaf.kolom.{col}")),
                                 justify="left" if col == first else "right")
            for r in rows:
                name = _label(g, r.node)
                pct = f"{int(r.percentage)}%"  # rounded down: 100% only when nothing is open
                colour = "green" if r.open == 0 else ("yellow" if r.percentage >= 50 else "red")
                table.add_row(escape(name), str(r.eenheden), str(r.gecodeerd), str(r.niet_uitvoerbaar), str(r.open),
                              f"[{colour}]{pct}[/{colour}]")
            out.print(table)
        if cov.open_units and not kort:
            out.print(tekst(bericht("opdracht.graaf.open", n=len(cov.open_units))))
            for n in cov.open_units:
                out.print("  " + escape(_label(g, n)) + "  ", end="")
                out.print(escape(_where(g.nodes[n])), style="dim")
    if below:
        err.print(tekst(bericht("opdracht.graaf.minimum", minimum=minimum,
                                wetten=", ".join(f"{r.wet} ({getal(r.percentage, 1)}%)" for r in below))), markup=False)
        raise typer.Exit(1)


@graaf_app.command(help=bericht("hulp.graaf.export"))
def export(formaat: str = typer.Option("json", "--formaat", "-f", help=bericht("hulp.graaf.export.formaat")),
           uitvoer: Optional[Path] = typer.Option(None, "--uitvoer", "-o", help=bericht("hulp.graaf.export.uitvoer")),
           rond: Optional[str] = typer.Option(None, "--rond", help=bericht("hulp.graaf.export.rond")),
           diepte: int = typer.Option(2, "--diepte", min=1, help=bericht("hulp.graaf.export.diepte")),
           peildatum: Optional[str] = PeildatumOpt, wijziging: list[str] = WijzigingOpt,
           corpus: Optional[Path] = CorpusOpt,
           overschrijf: bool = typer.Option(False, "--overschrijf",
                                            help=bericht("hulp.graaf.export.overschrijf"))) -> None:
    """Schrijf de graaf als JSON (node-link), GraphML of DOT (Graphviz)."""
    from .graph.export import FORMATS, export as render, neighbourhood

    if formaat not in FORMATS:
        err.print(tekst(bericht("opdracht.graaf.formaat", formaten=", ".join(FORMATS), formaat=formaat)), markup=False)
        raise typer.Exit(2)
    g = _graph(peildatum, wijziging, corpus)
    if rond:
        g = neighbourhood(g, _node(g, rond), diepte)
    text = render(g, formaat)
    if uitvoer is None:
        print(text, end="")
        return
    from .atomic import OutputRefused, write_output

    try:
        saved = write_output(uitvoer, text, overschrijf)  # atomically; never replaces what wetgraaf did not write
    except OutputRefused as exc:  # a place the user must change: a usage error
        err.print(tekst(bericht("opdracht.graaf.export_fout", fout=van_fout(exc))), markup=False)
        raise typer.Exit(2) from None
    done = bericht("opdracht.graaf.geschreven", knopen=g.number_of_nodes(), verbindingen=g.number_of_edges(),
                   pad=uitvoer)
    err.print(tekst(bericht("opdracht.graaf.bewaard", melding=done, pad=saved) if saved else done), markup=False)
