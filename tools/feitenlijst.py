"""Print the fact vocabulary of one law as Markdown: every fact and open norm (oordeel) with its type, question and
citation, the decisions (begrippen) it feeds, and the enumerations. It reads the checked program of every version
of the law (wet.yaml: versies), so the page stays true to the rules.

    python tools/feitenlijst.py wbmgp > docs/wbmgp-feiten.md
    python tools/feitenlijst.py wams > docs/wams-feiten.md      # an amendment: the laws it amends, as amended
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


def _gegevensfeiten(wg, wet: str) -> set[str]:
    """Facts that the law's declared municipal data can fill (wet.yaml `uitbreidingen.gemeentegegevens`, read by
    resolve/gegevens.py); none when the law declares no such data."""
    law = wg.corpus.laws.get(wet)
    decl = law.uitbreidingen.get("gemeentegegevens") if law is not None else None
    return set(decl.alle_feiten()) if decl is not None else set()


def feitenlijst(wg, wet: str) -> str:
    """The Markdown page for law `wet`, or for an amendment (e.g. `wams`): then every fact of the laws it amends,
    as amended."""
    if wet in wg.corpus.wijzigingen:
        wijz = wg.corpus.wijzigingen[wet]
        laws = sorted({i.wet for i in wijz.instructions if i.wet in wg.corpus.laws})
        titel = f"{wijz.titel} ({', '.join(wg.corpus.laws[w].afkorting for w in laws)}, zoals gewijzigd)"
        return _page(wg, wet, titel, laws, [None], (wet,), f"law/wijzigingen/{wet}/` en de gewijzigde wetten `law/")
    law = wg.corpus.laws[wet]
    return _page(wg, wet, f"{law.titel} ({law.afkorting})", [wet], _versions(wg, wet), (), f"law/{wet}/")


def _page(wg, key: str, titel: str, laws: list[str], dates: list, wijzigingen: tuple, where: str) -> str:
    seen: dict[str, tuple] = {}  # qname -> (definition, [dates])
    soorten: dict[str, tuple] = {}
    for date in dates:
        program = wg.program(date, wijzigingen)
        for qname, d in program.definitions.items():
            if d.wet in laws:
                seen.setdefault(qname, (d, []))[1].append(date)
        for name, s in program.soorten.items():
            if s.citation is not None and s.citation.wet in laws:
                soorten.setdefault(name, (s, []))[1].append(date)
    gemeente = _gegevensfeiten(wg, key)

    def versies(ds: list[_dt.date]) -> str:
        return "alle" if len(ds) == len(dates) else ", ".join(map(str, ds))

    def order(item):
        d = item[1][0]
        return (d.wet, _article_key(d.citation.artikel), d.pos.line, d.name)

    versions = ", ".join(str(d) if d else "de nieuwste" for d in dates)
    out = [f"# Feiten van de {titel}", "",
           f"Gegenereerd met `python tools/feitenlijst.py {key} > docs/{key}-feiten.md` uit de regels in "
           f"`{where}`, voor de versies: {versions}. Niet met de hand bewerken: een test controleert dat deze "
           "pagina gelijk is aan de regels.", "",
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
        for _qname, (d, ds) in rows:
            name = f"`{_cell(_signature(d))}`" + (" ¹" if d.name in gemeente else "")
            cells = [name, f"`{d.type}`"] + ([_cell(d.door)] if kind == "oordeel" else [])
            cells += [_cell(d.vraag), _cell(_where(d, laws)), versies(ds)]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if gemeente:
        out += [f"¹ Kan per gemeente of gebied uit `law/gemeenten/` komen (`resolve/gegevens.py`, zoals "
                f"`law/{key}/wet.yaml` het onder `uitbreidingen` declareert); een waarde in het scenario gaat voor.", ""]
    rows = sorted(((q, v) for q, v in seen.items() if v[0].kind == "begrip"), key=order)
    out += ["## Beslissingen en tussenbegrippen (berekend door de regels)", "",
            "| naam | type | omschrijving | grondslag | versies |", "|---|---|---|---|---|"]
    for _qname, (d, ds) in rows:
        out.append(f"| `{_cell(_signature(d))}` | `{d.type}` | {_cell(d.omschrijving)} | {_cell(_where(d, laws))} | "
                   f"{versies(ds)} |")
    out += ["", "## Soorten (opsommingen)", "", "| soort | waarden | grondslag |", "|---|---|---|"]
    for name, (s, _ds) in sorted(soorten.items(), key=lambda kv: (kv[1][0].citation.wet,
                                                                   _article_key(kv[1][0].citation.artikel), kv[0])):
        out.append(f"| `{name}` | {', '.join(f'`{v}`' for v in s.values)} | {_cell(_where(s, laws))} |")
    return "\n".join(out) + "\n"


def _where(d, laws: list[str]) -> str:
    """The citation, with the law's name when the page covers several laws."""
    short = d.citation.short()
    return f"{d.citation.wet_naam} {short}" if len(laws) > 1 else short


def _article_key(nummer: str) -> tuple:
    digits = "".join(ch for ch in nummer if ch.isdigit())
    return (int(digits) if digits else 0, nummer)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("gebruik: python tools/feitenlijst.py WET   (bijvoorbeeld: wbmgp)", file=sys.stderr)
        return 2
    import wetgraaf
    from wetgraaf.core.errors import LawErrors

    try:
        wg = wetgraaf.load()
    except LawErrors as exc:
        for e in exc.errors:
            print(e.render(), file=sys.stderr)
        return 1
    if argv[1] not in wg.corpus.laws and argv[1] not in wg.corpus.wijzigingen:
        known = sorted(wg.corpus.laws) + sorted(wg.corpus.wijzigingen)
        print(f"onbekende wet of wijziging '{argv[1]}' (bekend: {', '.join(known)})", file=sys.stderr)
        return 2
    sys.stdout.write(feitenlijst(wg, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
