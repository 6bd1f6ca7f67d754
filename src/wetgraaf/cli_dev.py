"""`wetgraaf dev`: what each pass makes of the law, for a developer or a drafter who wants to see inside (as Catala's
`catala Scopelang`/`Dcalc` do): the parsed structure of one file, the resolved rules of a definition with their
citations, and its exception tree. Read-only; output is plain text, or JSON with --json.

    wetgraaf dev ir FILE                  the units of one law file (artikel, lid, onderdeel) and the declarations
                                          under each, with line numbers
    wetgraaf dev programma NAAM           the resolved definition: kind, type, citation, uses, and every rule
    wetgraaf dev uitzonderingen NAAM      the tree of base rules and the exceptions that override them
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any, Optional

import typer

from .parser import ir, structure
from .core.errors import LawError, LawErrors
from .parser.printer import expr, signature
from .taal import bericht, tekst

dev_app = typer.Typer(help=bericht("hulp.dev"), no_args_is_help=True)


def _decl_line(d: ir.Decl) -> str:
    """One declaration in the rule language (as written, not resolved)."""
    if isinstance(d, ir.SoortDecl):
        return f"soort {d.name}: {' | '.join(d.values)}"
    if isinstance(d, structure.FeitDecl):
        return f"feit {signature(d.name, d.params, d.type)}"
    if isinstance(d, structure.OordeelDecl):
        return f"oordeel {signature(d.name, d.params, d.type)} door {d.door}"
    if isinstance(d, structure.BegripDecl):
        body = f" = {expr(d.body)}" if d.body is not None else ""
        return f"begrip {signature(d.name, d.params, d.type)}{body}"
    if isinstance(d, structure.RegelDecl):
        kind = "regel" if d.excepts is None else f"uitzondering op {d.excepts}"
        cond = f"als {expr(d.cond)} dan " if d.cond is not None else ""
        return f"{kind} {d.label} voor {d.target}({', '.join(d.params)}): {cond}{expr(d.value)}"
    if isinstance(d, structure.Parameter):
        words = f' = "{d.woorden}"' if d.woorden else f" = {expr(d.value)}"
        return f"{'waarde' if d.woorden else 'parameter'} {d.name}: {d.type}{words}"
    if isinstance(d, structure.NietUitvoerbaar):
        return f"niet uitvoerbaar: {d.reden}"
    return type(d).__name__


def _unit_json(u: structure.Unit) -> dict[str, Any]:
    return {"soort": u.kind, "id": u.ident, "regel": u.pos.line, "citaat": str(u.citation),
            "declaraties": [{"regel": d.pos.line, "tekst": _decl_line(d)} for b in u.blocks for d in b.decls],
            "delen": [_unit_json(c) for c in u.children]}


def _unit_text(u: structure.Unit, depth: int = 0) -> list[str]:
    pad = "  " * depth
    out = [pad + tekst(bericht("opdracht.dev.eenheid", soort=u.kind, id=u.ident, regel=u.pos.line,
                                   citaat=str(u.citation)))]
    out += [f"{pad}  {d.pos.line:>4}  {_decl_line(d)}" for b in u.blocks for d in b.decls]
    for c in u.children:
        out += _unit_text(c, depth + 1)
    return out


def _fail(exc: LawError | LawErrors) -> None:
    for e in exc.errors if isinstance(exc, LawErrors) else [exc]:
        typer.echo(e.render(), err=True)
    raise typer.Exit(1)


@dev_app.command("ir", help=bericht("hulp.dev.ir"))
def dev_ir(file: Path = typer.Argument(..., metavar="bestand", help=bericht("hulp.dev.ir.file")),
           as_json: bool = typer.Option(False, "--json", help=bericht("hulp.optie.json"))) -> None:
    """The parsed structure of one law file: its units and the declarations under each, with line numbers."""
    from .parser.files import load_yaml, read_text
    from .parser.markdown import parse_article

    if not file.is_file():
        typer.echo(tekst(bericht("opdracht.dev.geen_bestand", pad=file)), err=True)
        raise typer.Exit(2)
    wet_yaml = file.parent / "wet.yaml"
    if not wet_yaml.is_file():
        typer.echo(tekst(bericht("opdracht.dev.geen_wet_yaml", pad=file, map=file.parent)), err=True)
        raise typer.Exit(2)
    try:
        # read as the corpus reads them: a YAML mistake or another encoding is a located error in the reader's words
        meta = load_yaml(wet_yaml, "WG-WET-001")
        article = parse_article(read_text(file), str(file), str(meta.get("sleutel", "")),
                                str(meta.get("citeertitel", "")))
    except (LawError, LawErrors) as exc:
        _fail(exc)
        return
    if as_json:
        typer.echo(json.dumps({"wet": article.wet, "artikel": article.nummer, "herkomst": article.herkomst,
                               "structuur": _unit_json(article.root)}, ensure_ascii=False, indent=2))
        return
    typer.echo(tekst(bericht("opdracht.dev.artikel", wet=article.wet, nummer=article.nummer,
                             herkomst=article.herkomst)))
    typer.echo("\n".join(_unit_text(article.root)))


def _definition(naam: str, peildatum: str, wijziging: list[str], corpus: Optional[Path]):
    from .api import load

    try:
        date = _dt.date.fromisoformat(peildatum)
    except ValueError:
        typer.echo(tekst(bericht("opdracht.dev.peildatum", waarde=peildatum)), err=True)
        raise typer.Exit(2) from None
    try:
        program = load(corpus).program(date, tuple(wijziging))
    except (LawError, LawErrors) as exc:
        _fail(exc)
    d = program.lookup(naam)
    if d is None:
        close = program.suggest(naam)
        melding = bericht("opdracht.dev.geen_definitie", naam=naam, datum=date.isoformat())
        typer.echo(tekst(bericht("opdracht.dev.bedoelt_u", melding=melding, namen=", ".join(close)) if close
                         else melding), err=True)
        raise typer.Exit(1)
    return d


def _rule_json(r) -> dict[str, Any]:
    return {"label": r.label, "citaat": str(r.citation), "plaats": str(r.pos),
            "als": expr(r.cond) if r.cond is not None else None, "dan": expr(r.value),
            "uitzonderingen": [_rule_json(x) for x in r.exceptions]}


def _rule_text(r, depth: int) -> list[str]:
    pad = "  " * depth
    cond = f"als {expr(r.cond)} dan " if r.cond is not None else ""
    out = [f"{pad}{r.label or 'basisregel'}: {cond}{expr(r.value)}", f"{pad}  ({r.citation}; {r.pos})"]
    for x in r.exceptions:
        out += _rule_text(x, depth + 1)
    return out


_OPTIONS = dict(
    peildatum=typer.Option(_dt.date.today().isoformat(), "--peildatum", help=bericht("hulp.optie.datum")),
    wijziging=typer.Option([], "--wijziging", "-w", help=bericht("hulp.optie.wijziging")),
    corpus=typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_meegeleverd")),
    as_json=typer.Option(False, "--json", help=bericht("hulp.optie.json")),
)


@dev_app.command("programma", help=bericht("hulp.dev.programma"))
def dev_programma(naam: str = typer.Argument(..., help=bericht("hulp.dev.programma.naam")),
                  peildatum: str = _OPTIONS["peildatum"], wijziging: list[str] = _OPTIONS["wijziging"],
                  corpus: Optional[Path] = _OPTIONS["corpus"], as_json: bool = _OPTIONS["as_json"]) -> None:
    """The resolved definition: kind, type, citation, what it uses, and its rules with their citations."""
    d = _definition(naam, peildatum, wijziging, corpus)
    if as_json:
        typer.echo(json.dumps({"naam": d.qname, "soort": d.kind, "signatuur": signature(d.name, d.params, d.type),
                               "citaat": str(d.citation), "plaats": str(d.pos), "gebruikt": sorted(d.uses),
                               "regels": [_rule_json(r) for r in d.rules],
                               "uitzonderingen_op_alle": [_rule_json(r) for r in d.exceptions]},
                              ensure_ascii=False, indent=2))
        return
    typer.echo(f"{d.kind} {d.wet}.{signature(d.name, d.params, d.type)}")
    typer.echo(f"  {d.citation}  ({d.pos})")
    if d.uses:
        typer.echo(tekst(bericht("opdracht.dev.gebruikt", namen=", ".join(sorted(d.uses)))))
    for r in d.rules:
        typer.echo("\n".join(_rule_text(r, 1)))
    for r in d.exceptions:
        typer.echo("\n".join([tekst(bericht("opdracht.dev.uitzondering_alle"))] + _rule_text(r, 2)))
    if not d.rules and not d.exceptions:
        typer.echo(tekst(bericht("opdracht.dev.invoer" if d.is_input else "opdracht.dev.geen_regels")))


@dev_app.command("uitzonderingen", help=bericht("hulp.dev.uitzonderingen"))
def dev_uitzonderingen(naam: str = typer.Argument(..., help=bericht("hulp.dev.uitzonderingen.naam")),
                       peildatum: str = _OPTIONS["peildatum"], wijziging: list[str] = _OPTIONS["wijziging"],
                       corpus: Optional[Path] = _OPTIONS["corpus"], as_json: bool = _OPTIONS["as_json"]) -> None:
    """The exception tree: each base rule with the exceptions that override it, and the exceptions to all rules."""
    d = _definition(naam, peildatum, wijziging, corpus)

    def tree(r) -> dict[str, Any]:
        return {"label": r.label or "basisregel", "citaat": str(r.citation),
                "uitzonderingen": [tree(x) for x in r.exceptions]}

    data = {"naam": d.qname, "basisregels": [tree(r) for r in d.rules],
            "uitzonderingen_op_alle": [tree(r) for r in d.exceptions]}
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return

    def lines(node: dict, depth: int) -> list[str]:
        out = ["  " * depth + f"└ {node['label']}  ({node['citaat']})"]
        for child in node["uitzonderingen"]:
            out += lines(child, depth + 1)
        return out

    typer.echo(d.qname)
    for node in data["basisregels"]:
        typer.echo("\n".join(lines(node, 1)))
    if data["uitzonderingen_op_alle"]:
        typer.echo(tekst(bericht("opdracht.dev.uitzonderingen_alle")))
        for node in data["uitzonderingen_op_alle"]:
            typer.echo("\n".join(lines(node, 2)))


__all__ = ["dev_app"]
