"""Print the fact vocabulary of one law as Markdown: every fact and open norm (oordeel) with its type, question and
citation, the decisions (begrippen) it feeds, and the enumerations. It reads the checked program of every version
of the law (wet.yaml: versies), so the page stays true to the rules.

    python tools/feitenlijst.py wbmgp > docs/wbmgp-feiten.md
"""

from __future__ import annotations

import datetime as _dt
import sys


def _cell(text: object) -> str:
    return str(text or "").replace("|", "\\|").replace("\n", " ")


def _signature(d) -> str:
    return f"{d.name}({', '.join(f'{p.name}: {p.type}' for p in d.params)})" if d.params else d.name


def _versions(wg, wet: str) -> list[_dt.date]:
    law = wg.corpus.laws[wet]
    return sorted(_dt.date.fromisoformat(str(v["versie"])) for v in law.versies)


def _gemeentefeiten() -> set[str]:
    """Facts that law/gemeenten/ can fill (resolve/gemeenten.py)."""
    from wetgraaf.resolve.gemeenten import GEGENEREERDE_FEITEN

    return set(GEGENEREERDE_FEITEN)


def feitenlijst(wg, wet: str) -> str:
    """The Markdown page for law `wet`."""
    law = wg.corpus.laws[wet]
    dates = _versions(wg, wet)
    seen: dict[str, tuple] = {}  # qname -> (definition, [dates])
    soorten: dict[str, tuple] = {}
    for date in dates:
        program = wg.program(date)
        for qname, d in program.definitions.items():
            if d.wet == wet:
                seen.setdefault(qname, (d, []))[1].append(date)
        for name, s in program.soorten.items():
            if s.citation is not None and s.citation.wet == wet:
                soorten.setdefault(name, (s, []))[1].append(date)
    gemeente = _gemeentefeiten() if wet == "wbmgp" else set()

    def versies(ds: list[_dt.date]) -> str:
        return "alle" if len(ds) == len(dates) else ", ".join(map(str, ds))

    def order(item):
        d = item[1][0]
        return (_article_key(d.citation.artikel), d.pos.line, d.name)

    out = [f"# Feiten van de {law.titel} ({law.afkorting})", "",
           f"Gegenereerd met `python tools/feitenlijst.py {wet} > docs/{wet}-feiten.md` uit de regels in "
           f"`law/{wet}/`, voor de versies {', '.join(map(str, dates))}. Niet met de hand bewerken: "
           "`tests/test_wbmgp.py` controleert dat deze pagina gelijk is aan de regels.", "",
           "Elke naam is te gebruiken in een scenario (`feiten`, `personen`, `entiteiten`); een oordeel is een open "
           "norm: de engine velt het nooit, zonder oordeel is het antwoord *onbekend* met beide uitkomsten.", ""]
    groups = [("Feiten", "feit"), ("Oordelen (open normen)", "oordeel"), ("Gedelegeerde waarden", "parameter")]
    for title, kind in groups:
        rows = sorted(((q, v) for q, v in seen.items() if v[0].kind == kind), key=order)
        if not rows:
            continue
        out += [f"## {title}", ""]
        if kind == "oordeel":
            out += ["| naam | type | door | vraag | grondslag | versies |", "|---|---|---|---|---|---|"]
        else:
            out += ["| naam | type | vraag | grondslag | versies |", "|---|---|---|---|---|"]
        for qname, (d, ds) in rows:
            name = f"`{_cell(_signature(d))}`" + (" ¹" if d.name in gemeente else "")
            cells = [name, f"`{d.type}`"] + ([_cell(d.door)] if kind == "oordeel" else [])
            cells += [_cell(d.vraag), _cell(d.citation.short()), versies(ds)]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if gemeente:
        out += ["¹ Kan per gemeente of gebied uit `law/gemeenten/` komen (`resolve/gemeenten.py`); een waarde in het "
                "scenario gaat voor.", ""]
    rows = sorted(((q, v) for q, v in seen.items() if v[0].kind == "begrip"), key=order)
    out += ["## Beslissingen en tussenbegrippen (berekend door de regels)", "",
            "| naam | type | omschrijving | grondslag | versies |", "|---|---|---|---|---|"]
    for qname, (d, ds) in rows:
        out.append(f"| `{_cell(_signature(d))}` | `{d.type}` | {_cell(d.omschrijving)} | {_cell(d.citation.short())} | "
                   f"{versies(ds)} |")
    out += ["", "## Soorten (opsommingen)", "", "| soort | waarden | grondslag |", "|---|---|---|"]
    for name, (s, _ds) in sorted(soorten.items(), key=lambda kv: (_article_key(kv[1][0].citation.artikel), kv[0])):
        out.append(f"| `{name}` | {', '.join(f'`{v}`' for v in s.values)} | {_cell(s.citation.short())} |")
    return "\n".join(out) + "\n"


def _article_key(nummer: str) -> tuple:
    digits = "".join(ch for ch in nummer if ch.isdigit())
    return (int(digits) if digits else 0, nummer)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("gebruik: python tools/feitenlijst.py WET   (bijvoorbeeld: wbmgp)", file=sys.stderr)
        return 2
    import wetgraaf
    from wetgraaf.parser.errors import LawErrors

    try:
        wg = wetgraaf.load()
    except LawErrors as exc:
        for e in exc.errors:
            print(e.render(), file=sys.stderr)
        return 1
    if argv[1] not in wg.corpus.laws:
        print(f"onbekende wet '{argv[1]}' (bekend: {', '.join(sorted(wg.corpus.laws))})", file=sys.stderr)
        return 2
    sys.stdout.write(feitenlijst(wg, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
