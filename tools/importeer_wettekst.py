#!/usr/bin/env python3
"""Zet law-sources-wetteksten (Markdown) om in literate wetbestanden: law/<wet>/wet.yaml en artikel-<nr>.md.

Gebruik:
    python tools/importeer_wettekst.py ../shared/law-sources/wmo2015/BWBR0035362_2026-07-01.md
    python tools/importeer_wettekst.py ../shared/law-sources/wbmgp/*.md      # meerdere versies van één wet

De tekst wordt letterlijk overgenomen (zelfde regelafbreking, links en nummering); alleen de regel "Bron: …"
gaat naar de front matter. Structuur komt uit koppen: # Artikel, ## Lid, ### Onderdeel, #### Subonderdeel, Slot.
Bij meerdere versies krijgt elke reeks opeenvolgende versies met gelijke tekst (witruimte genormaliseerd) één
bestand; oudere afwijkende versies heten artikel-<nr>@<geldig_vanaf>.md.

Het script overschrijft nooit: een bestaand bestand wordt overgeslagen en dan eindigt het met exitcode 1.
Alleen stdlib en PyYAML (voor een controle van de geschreven front matter).
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# Beoordeling van bekende versieverschillen, samengevat uit law-sources/README.md ("Verschillen").
BEOORDELING: dict[tuple[str, str], str] = {
    ("wbmgp", "1"): "Beoordeling law-sources/README.md: echt versieverschil in de bron. 2024: geletterde lijst "
    "(a. huisvestingsvergunning, b. regio, c. huisvestingsverordening, d. 'Onze Minister voor …'); 2026: "
    "ongeletterde alfabetische lijst met 'Onze Minister van …'. Lid 2 verwijst in beide versies naar "
    "'onderdeel a' en 'onderdeel c'.",
    ("wbmgp", "3"): "Beoordeling law-sources/README.md: artefact van het samenvoegen van regels "
    "('sociaal- economische' in 2026 tegen 'sociaal-economische' in 2024), geen wetswijziging.",
    ("wbmgp", "10b"): "Beoordeling law-sources/README.md: waarschijnlijk een artefact van de oudere harvester "
    "(splitste per lid/onderdeel en verloor tekst na een opsomming): de slotzin van lid 4 ontbreekt in de "
    "2024-bron. Niet zonder controle op wetten.overheid.nl als wetswijziging behandelen.",
}

# Bekende harvest-artefacten per (wet, artikel, versie of None = elke versie); zie law-sources/README.md.
ARTEFACTEN: dict[tuple[str, str, str | None], str] = {
    ("wbmgp", "1", "2026-06-04"): "Harvest-artefact (law-sources README): begripsbepalingen in lid 1 als "
    "ongeletterde opsomming, terwijl lid 2 naar 'onderdeel a' en 'onderdeel c' verwijst; onderdelen hier "
    "benoemd naar het begrip.",
    ("huisvestingswet2014", "1", None): "Harvest-artefact (law-sources README): begripsbepalingen in lid 1 als "
    "ongeletterde opsomming, terwijl lid 3 naar 'het eerste lid, onderdeel l' (= woonruimte) verwijst; "
    "onderdelen hier benoemd naar het begrip.",
    ("jeugdwet", "1.1", None): "Bronfouten zo overgenomen (law-sources README): 'in[ paragraaf 3.1 …' bij "
    "'bijzondere categorieën van persoonsgegevens' en '[Boek 1 van het Burgerlijk Wetboe](…)k' bij "
    "'kinderbeschermingsmaatregel'.",
    ("wmo2015", "1.1.1", None): "Zo overgenomen uit de bron: bij 'Richtlijn 2004/38/EG' staan links met een "
    "CELEX-nummer in plaats van een URL (bijv. '(32004L0038)') en is de link '[93/96/EEG] (31993L0096)' over "
    "twee regels gebroken; bij 'toezichthoudende ambtenaar' wijst de link 'artikelen 4.3.1' naar #Artikel4.3.2.",
    ("wmo2015", "5.1.1", None): "Zo overgenomen uit de bron: in lid 4 wijst de link 'artikel 2.3.2' naar "
    "#Artikel2.3.3.",
}

ARTIKEL_KOP = re.compile(r"^## Artikel (\S+)\s*$", re.M)
BRON_REGEL = re.compile(r"^Bron: (\S+)\s*$", re.M)
LID = re.compile(r"(\d+) ")
LETTER = re.compile(r"([a-z]{1,2})\. ")
GRAAD = re.compile(r"(\d+)°\.\s")
DEFINITIE = re.compile(r"[ \t]*- \*")
BEGRIP = re.compile(r"\*([^*]+?)(?::\*|\*:)")
# Begin van een begripsbepaling: opsommingsregel, of (artefact) inline na "; – " midden in een andere.
DEF_REGEL = re.compile(r"^[ \t]*- (?=\*)", re.M)
DEF_INLINE = re.compile(r"(?<=[;.] )– (?=\*[^*\n]+?(?::\*|\*:))")


@dataclass
class Artikel:
    nummer: str
    tekst: str  # letterlijk, zonder "Bron:"-regel
    bron_url: str


@dataclass
class Bron:
    pad: Path
    wet: str
    titel: str
    afkorting: str
    bwb: str
    geldig_vanaf: dt.date
    url: str
    herkomst: str
    artikelen: dict[str, Artikel]

    @property
    def bronbestand(self) -> str:
        return f"law-sources/{self.pad.parent.name}/{self.pad.name}"


@dataclass
class Deel:
    soort: str  # Artikel | Lid | Onderdeel | Subonderdeel | Slot
    id: str
    tekst: list[str] = field(default_factory=list)  # letterlijke alinea's
    kinderen: list[Deel] = field(default_factory=list)

    def onderdelen(self) -> list[Deel]:
        return [k for k in self.kinderen if k.soort == "Onderdeel"]


def kopveld(kop: str, sleutel: str) -> str:
    m = re.search(rf"^- {re.escape(sleutel)}[^:]*: (.+)$", kop, re.M)
    if not m:
        raise ValueError(f"veld '{sleutel}' ontbreekt in de kop")
    return m.group(1).strip()


def lees_bron(pad: Path) -> Bron:
    """Leest een law-sources-bestand: kop plus artikelen (tekst zonder Bron-regel)."""
    tekst = pad.read_text(encoding="utf-8")
    delen = ARTIKEL_KOP.split(tekst)
    kop, artikelen = delen[0], {}
    for nummer, body in zip(delen[1::2], delen[2::2]):
        m = BRON_REGEL.search(body)
        if not m:
            raise ValueError(f"{pad}: artikel {nummer} heeft geen Bron-regel")
        artikelen[nummer] = Artikel(nummer, body[: m.start()].strip("\n"), m.group(1))
    titelregel = kop.splitlines()[0].lstrip("# ").strip()
    afk = re.search(r"\(([^()]+)\)$", titelregel)
    herkomst = kopveld(kop, "Overgenomen uit")
    repo = re.search(r"GitHub (\S+), `([^`]+)` \(commit ([0-9a-f]{40})", herkomst)
    if not repo:
        raise ValueError(f"{pad}: herkomst (repository, pad, commit) niet gevonden")
    titel = kopveld(kop, "Wet")
    return Bron(
        pad=pad,
        wet=pad.parent.name,
        titel=titel,
        afkorting=afk.group(1) if afk else titel,
        bwb=kopveld(kop, "BWB-id"),
        geldig_vanaf=dt.date.fromisoformat(kopveld(kop, "valid_from")),
        url=kopveld(kop, "Bron-URL"),
        herkomst=f"law-sources/{pad.parent.name}/{pad.name} ({repo[1]}, {repo[2]}, commit {repo[3]})",
        artikelen=artikelen,
    )


def alineas(tekst: str) -> list[str]:
    return [a.strip("\n") for a in re.split(r"\n[ \t]*\n", tekst.strip("\n")) if a.strip()]


def splits_graden(tekst: str, naam: str, notities: list[str]) -> tuple[str, list[str]]:
    """Splitst inline subonderdelen '1°. … 2°. …' (oplopend genummerd) uit een begripsbepaling."""
    starts, verwacht = [], 1
    for m in re.finditer(r"(?<!\S)(\d+)°\.(?=\s)", tekst):
        if int(m.group(1)) == verwacht:
            starts.append(m.start())
            verwacht += 1
    if not starts and re.search(r"(?::\*|\*:) 1° ", tekst):  # artefact: '1° ' zonder punt
        for m in re.finditer(r"(?<=\s)(\d+)° ", tekst):
            if int(m.group(1)) == verwacht:
                starts.append(m.start())
                verwacht += 1
        notities.append(f"Subonderdelen van '{naam}' staan in de bron als '1°', '2°' zonder punt; "
                        "toch als subonderdelen gekopt.")
    if len(starts) < 2:
        return tekst, []
    grenzen = starts + [len(tekst)]
    return tekst[: starts[0]].rstrip(), [tekst[a:b].rstrip() for a, b in zip(grenzen, grenzen[1:])]


def begripsbepalingen(alinea: str, notities: list[str]) -> list[Deel]:
    """Eén onderdeel per begrip (id = het begrip), met eventuele inline subonderdelen."""
    inline = {m.start() for m in DEF_INLINE.finditer(alinea)}
    starts = sorted({m.start() for m in DEF_REGEL.finditer(alinea)} | inline)
    grenzen = starts + [len(alinea)]
    delen: list[Deel] = []
    for a, b in zip(grenzen, grenzen[1:]):
        stuk = alinea[a:b].rstrip()
        begrip = BEGRIP.search(stuk)
        naam = " ".join(begrip.group(1).split()) if begrip else str(len(delen) + 1)
        if a in inline:
            vorige = delen[-1].id if delen else "?"
            notities.append(f"Begrip '{naam}' staat in de bron niet als eigen opsommingsregel maar midden in de "
                            f"tekst van '{vorige}' (na '– '); hier als eigen onderdeel gekopt, tekst ongewijzigd.")
        eigen, graden = splits_graden(stuk, naam, notities)
        deel = Deel("Onderdeel", naam, [eigen])
        for g in graden:
            deel.kinderen.append(Deel("Subonderdeel", re.match(r"\d+°", g).group(0), [g]))
        delen.append(deel)
    return delen


def volgende_letter(ouder: Deel) -> str:
    letters = [o.id for o in ouder.onderdelen() if re.fullmatch(r"[a-z]{1,2}", o.id)]
    return chr(ord(letters[-1]) + 1) if letters else "a"


def vul(ouder: Deel, stukken: list[str], plaats: str, notities: list[str]) -> None:
    """Verdeelt de alinea's van een lid (of artikel zonder leden) over tekst, onderdelen en slot."""
    for alinea in stukken:
        laatste = ouder.onderdelen()[-1] if ouder.onderdelen() else None
        letter, graad = LETTER.match(alinea), GRAAD.match(alinea)
        if letter and letter.group(1) == volgende_letter(ouder):
            ouder.kinderen.append(Deel("Onderdeel", letter.group(1), [alinea]))
        elif graad and laatste is not None:
            laatste.kinderen.append(Deel("Subonderdeel", f"{graad.group(1)}°", [alinea]))
        elif DEFINITIE.match(alinea):
            ouder.kinderen.extend(begripsbepalingen(alinea, notities))
        elif ouder.kinderen and ouder.kinderen[-1].soort == "Slot":
            ouder.kinderen[-1].tekst.append(alinea)
        elif laatste is not None and alinea[:1].islower() and laatste.kinderen:
            # Vervolg van een onderdeel na zijn subonderdelen ("en, indien …"): slot van dat onderdeel.
            laatste.kinderen.append(Deel("Slot", "", [alinea]))
            notities.append(f"{plaats}, onderdeel {laatste.id}: de alinea '{alinea[:25]}…' na de subonderdelen "
                            f"hoort bij onderdeel {laatste.id} en staat onder 'Slot' van dat onderdeel.")
        elif laatste is not None:
            ouder.kinderen.append(Deel("Slot", "", [alinea]))
        else:
            if ouder.tekst and alinea[:1].islower():
                notities.append(f"{plaats}: de bron heeft een alinea-afbreking midden in de zin (voor "
                                f"'{alinea[:25]}…'); beide stukken staan onder {plaats.lower()}.")
            ouder.tekst.append(alinea)


def structuur(artikel: Artikel, notities: list[str]) -> Deel:
    """Bouwt de boom Artikel > Lid > Onderdeel > Subonderdeel uit de letterlijke tekst."""
    root = Deel("Artikel", artikel.nummer)
    leden: list[list[str]] = []
    for alinea in alineas(artikel.tekst):
        m = LID.match(alinea)
        if m and int(m.group(1)) == len(leden) + 1:
            leden.append([alinea])
        elif leden:
            leden[-1].append(alinea)
        else:
            root.tekst.append(alinea)
    if root.tekst and leden:
        raise ValueError(f"artikel {artikel.nummer}: tekst vóór het eerste lid")
    if not leden:
        stukken, root.tekst = root.tekst, []
        vul(root, stukken, "Artikel", notities)
    for i, stukken in enumerate(leden, 1):
        lid = Deel("Lid", str(i))
        vul(lid, stukken, f"Lid {i}", notities)
        root.kinderen.append(lid)
    return root


def render(deel: Deel, niveau: int = 1) -> list[str]:
    kop = "Slot" if deel.soort == "Slot" else f"{deel.soort} {deel.id}"
    blokken = [f"{'#' * niveau} {kop}", *deel.tekst]
    for kind in deel.kinderen:
        blokken += render(kind, niveau + 1)
    return blokken


def q(waarde: str) -> str:
    """YAML-scalar: onbewerkt als dat veilig terugleest, anders dubbel-gequote (JSON is geldige YAML)."""
    if re.fullmatch(r"[\w][\w .,/()#:-]*", waarde) and ": " not in waarde and yaml.safe_load(waarde) == waarde:
        return waarde
    return json.dumps(waarde, ensure_ascii=False)


def front_matter(velden: dict[str, object]) -> str:
    regels = ["---"]
    for sleutel, waarde in velden.items():
        if isinstance(waarde, list):
            regels.append(f"{sleutel}: []" if not waarde else f"{sleutel}:")
            regels += [f"  - {json.dumps(w, ensure_ascii=False)}" for w in waarde]
        elif isinstance(waarde, dt.date):
            regels.append(f"{sleutel}: {waarde.isoformat()}")
        else:
            regels.append(f"{sleutel}: {json.dumps(waarde) if sleutel == 'artikel' else q(str(waarde))}")
    regels.append("---")
    tekst = "\n".join(regels) + "\n"
    assert yaml.safe_load(tekst.strip("-\n")) is not None  # controle: front matter is geldige YAML
    return tekst


def norm(tekst: str) -> str:
    return " ".join(tekst.split())


def verschil(oud: str, nieuw: str, max_wijzigingen: int = 3) -> str:
    """Korte woordsgewijze samenvatting van de verschillen tussen twee teksten."""
    a, b = norm(oud).split(), norm(nieuw).split()
    wijzigingen = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]

    def kort(woorden: list[str]) -> str:
        s = " ".join(woorden)
        return f"'{s[:120]}…'" if len(s) > 120 else (f"'{s}'" if s else "(niets)")

    delen = [f"{kort(a[i1:i2])} → {kort(b[j1:j2])}" for _, i1, i2, j1, j2 in wijzigingen]
    woorden = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in wijzigingen)
    if len(delen) <= max_wijzigingen and woorden <= 30:
        return "; ".join(delen)
    return f"{len(delen)} wijzigingen (samen ca. {woorden} woorden), de eerste: {delen[0]}"


def schrijf(pad: Path, inhoud: str, overgeslagen: list[Path]) -> None:
    """Maakt een bestand aan; een bestaand bestand wordt nooit overschreven."""
    if pad.exists():
        print(f"overgeslagen (bestaat al): {pad}")
        overgeslagen.append(pad)
        return
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(inhoud, encoding="utf-8")
    print(f"geschreven: {pad}")


def wet_yaml(bronnen: list[Bron], status: str, afkorting: str | None) -> str:
    nieuwste = bronnen[-1]
    regels = [f"sleutel: {nieuwste.wet}", f"titel: {q(nieuwste.titel)}", f"citeertitel: {q(nieuwste.titel)}",
              f"afkorting: {q(afkorting or nieuwste.afkorting)}", f"bwb: {nieuwste.bwb}", f"status: {q(status)}",
              "versies:"]
    for b in bronnen:
        regels += [f"  - versie: {b.geldig_vanaf.isoformat()}", f"    bron: {b.url}",
                   f"    herkomst: {json.dumps(b.herkomst, ensure_ascii=False)}"]
    return "\n".join(regels) + "\n"


def artikelbestanden(bronnen: list[Bron]) -> list[tuple[str, str]]:
    """(bestandsnaam, inhoud) per artikel en per reeks opeenvolgende versies met gelijke tekst."""
    wet, uit = bronnen[-1].wet, []
    nummers = list(dict.fromkeys(n for b in reversed(bronnen) for n in b.artikelen))
    for nr in nummers:
        versies = [(b, b.artikelen[nr]) for b in bronnen if nr in b.artikelen]
        groepen: list[list[tuple[Bron, Artikel]]] = []
        for v in versies:
            if groepen and norm(groepen[-1][-1][1].tekst) == norm(v[1].tekst):
                groepen[-1].append(v)
            else:
                groepen.append([v])
        if nr not in bronnen[-1].artikelen:
            print(f"let op: artikel {nr} ontbreekt in de nieuwste versie; geen geldig_tot gezet")
        for gi, groep in enumerate(groepen):
            bron, artikel = groep[-1]  # tekst en bron van de nieuwste versie in de reeks
            vanaf = groep[0][0].geldig_vanaf
            notities: list[str] = []
            if len(groep) > 1:
                datums = " en ".join(b.geldig_vanaf.isoformat() for b, _ in groep)
                notities.append(f"Tekst gelijk (na witruimtenormalisatie) in de bronversies {datums}; "
                                f"letterlijke tekst en regelafbreking uit {bron.bronbestand}.")
            buren = [(groepen[gi - 1], True)] if gi > 0 else []
            buren += [(groepen[gi + 1], False)] if gi + 1 < len(groepen) else []
            for buur, ouder in buren:
                ander = buur[-1]
                (ob, oud), (nb, nieuw) = (ander, (bron, artikel)) if ouder else ((bron, artikel), ander)
                notities.append(f"Tekst verschilt van de versie geldig vanaf {buur[0][0].geldig_vanaf} "
                                f"({ander[0].bronbestand}); {ob.geldig_vanaf} → {nb.geldig_vanaf}: "
                                f"{verschil(oud.tekst, nieuw.tekst)}")
            if len(groepen) > 1 and (wet, nr) in BEOORDELING:
                notities.append(BEOORDELING[(wet, nr)])
            for b, _ in groep:
                for versie in (b.geldig_vanaf.isoformat(), None):
                    if (wet, nr, versie) in ARTEFACTEN and ARTEFACTEN[(wet, nr, versie)] not in notities:
                        notities.append(ARTEFACTEN[(wet, nr, versie)])
            boom = structuur(artikel, notities)
            velden: dict[str, object] = {"wet": wet, "artikel": nr, "geldig_vanaf": vanaf}
            if gi + 1 < len(groepen):
                velden["geldig_tot"] = groepen[gi + 1][0][0].geldig_vanaf - dt.timedelta(days=1)
            velden |= {"bron": artikel.bron_url, "herkomst": "officieel", "bronbestand": bron.bronbestand,
                       "opmerkingen": notities}
            naam = f"artikel-{nr}.md" if gi == len(groepen) - 1 else f"artikel-{nr}@{vanaf.isoformat()}.md"
            uit.append((naam, front_matter(velden) + "\n" + "\n\n".join(render(boom)) + "\n"))
    return uit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bronnen", nargs="+", type=Path, help="law-sources-bestand(en) van één wet")
    parser.add_argument("--law-dir", type=Path, default=Path(__file__).resolve().parents[1] / "law")
    parser.add_argument("--wet", help="wetsleutel (standaard: mapnaam van het bronbestand)")
    parser.add_argument("--status", default="in werking", choices=["in werking", "wetsvoorstel", "voorstel"])
    parser.add_argument("--afkorting", help="afkorting (standaard: uit de titelregel, anders de titel)")
    args = parser.parse_args(argv)

    bronnen = sorted((lees_bron(p) for p in args.bronnen), key=lambda b: b.geldig_vanaf)
    if args.wet:
        for b in bronnen:
            b.wet = args.wet
    if len({b.wet for b in bronnen}) != 1 or len({b.bwb for b in bronnen}) != 1:
        parser.error("alle bronbestanden moeten bij dezelfde wet (map en BWB-id) horen")
    doel = args.law_dir / bronnen[-1].wet
    overgeslagen: list[Path] = []
    schrijf(doel / "wet.yaml", wet_yaml(bronnen, args.status, args.afkorting), overgeslagen)
    for naam, inhoud in artikelbestanden(bronnen):
        schrijf(doel / naam, inhoud, overgeslagen)
    if overgeslagen:
        print(f"{len(overgeslagen)} bestand(en) overgeslagen; bestaande bestanden worden nooit overschreven.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
