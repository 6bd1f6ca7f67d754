"""`wetgraaf importeer`: an official BWB toestand XML becomes a law folder in wetgraaf's literate format.

    wetgraaf importeer content.xml --sleutel zorgtoeslag [--wti wti.xml] [--corpus law] [--bronnen law-sources]

Writes law/<sleutel>/wet.yaml, one artikel-<nr>.md per article (the official text verbatim per lid, onderdeel and
subonderdeel, under the headings docs/wetsbestand.md describes, with the BWB id, the version date and the jci
reference of the article in its front matter) and a copy of the text in the law-sources format
(law-sources/<sleutel>/<bwb>_<datum>.md), which the fidelity test compares the articles with. With a WTI file
each article's amendment history goes into its front matter (`wijzigingen`), which the site shows.

Nothing is overwritten: when any file it would write exists, nothing is written and each existing file is
reported (WG-IMP-001). An XML file that cannot be read is WG-IMP-002, one that is not a BWB toestand WG-IMP-003.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from .core.errors import LawError, LawErrors, leesreden
from .core.positions import Pos
from .taal import bericht, tekst

SITE = "https://wetten.overheid.nl"


@dataclass
class Eenheid:
    """One unit of an article: a lid, onderdeel or subonderdeel (with its number), or a slot (closing words)."""

    soort: str  # 'lid' | 'onderdeel' | 'subonderdeel' | 'slot'
    nummer: str
    tekst: list[str] = field(default_factory=list)  # paragraphs, verbatim (references as Markdown links)
    kinderen: list[Eenheid] = field(default_factory=list)


@dataclass
class Artikel:
    nummer: str
    tekst: list[str]  # paragraphs above the first lid or onderdeel
    eenheden: list[Eenheid]
    label: str = ""  # the BWB label-id, which the WTI file uses
    inwerking: str = ""  # the date this article's text took effect (may precede the toestand's date)
    wijzigingen: list[dict] = field(default_factory=list)


@dataclass
class Toestand:
    bwb: str
    datum: str
    citeertitel: str
    titel: str
    artikelen: list[Artikel]


def _url(jci: str | None) -> str | None:
    """The wetten.overheid.nl address of a jci reference (jci1.3:c:BWBR0018450&artikel=19 -> .../BWBR0018450#Artikel19)."""
    if not jci:
        return None
    m = re.match(r"jci1\.3:c:(BWBR\d+)(.*)$", jci)
    if not m:
        return None
    parts = dict(p.split("=", 1) for p in m.group(2).split("&") if "=" in p)
    anchor = ""
    for key in ("artikel", "afdeling", "paragraaf", "hoofdstuk", "titeldeel", "bijlage"):
        if key in parts:
            anchor = f"#{key.capitalize()}{parts[key]}"
            break
    return f"{SITE}/{m.group(1)}{anchor}"


def _inline(el: etree._Element) -> str:
    """The text of an <al> with its references as Markdown links; whitespace as in the XML."""
    out = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            out.append(child.tail or "")
            continue
        if child.tag == "meta-data":
            pass
        elif child.tag in ("extref", "intref"):
            words = "".join(child.itertext())
            url = _url(child.get("doc"))
            out.append(f"[{words}]({url})" if url else words)
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return " ".join("".join(out).split())


def _nummer(li: etree._Element) -> str:
    return (li.findtext("li.nr") or "").strip()


def _lijst(lijst: etree._Element, soort: str) -> list[Eenheid]:
    items = []
    for li in lijst.findall("li"):
        nr = _nummer(li)
        ident = nr.rstrip(".")
        if soort == "subonderdeel" and not ident.endswith("°"):
            ident = f"{ident}°"
        e = Eenheid(soort, ident)
        _vul(e, li, "subonderdeel", prefix=nr)
        items.append(e)
    return items


def _vul(e: Eenheid, el: etree._Element, lijstsoort: str, prefix: str) -> None:
    """Fill unit e from element el: its paragraphs, its list items and closing words after a list."""
    slot: Eenheid | None = None
    first = True
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "al":
            text = _inline(child)
            if first and prefix:
                text = f"{prefix} {text}"
            first = False
            if e.kinderen:
                if slot is None:
                    slot = Eenheid("slot", "")
                    e.kinderen.append(slot)
                slot.tekst.append(text)
            else:
                e.tekst.append(text)
        elif child.tag == "lijst":
            if first and prefix:
                e.tekst.append(prefix)
            first = False
            e.kinderen.extend(_lijst(child, lijstsoort))


def _lxml(text: str) -> Any:
    """The XML parser's (libxml2's) English problem, quoted as its own words in a sentence of the catalogue."""
    return bericht("zin.xml.bibliotheek", tekst=text)


def _waarom(exc: OSError, pad: Path | str) -> Any:
    """Why the file could not be opened; lxml's own OSError has no errno (its text names it), so a file that is not
    there or is a folder is told by looking."""
    if exc.errno is None:
        if not Path(pad).exists():
            return leesreden(FileNotFoundError(errno.ENOENT, "", str(pad)))
        if Path(pad).is_dir():
            return leesreden(IsADirectoryError(errno.EISDIR, "", str(pad)))
    return leesreden(exc)


def lees_toestand(pad: Path, wti: Path | None = None) -> Toestand:
    """Read a BWB toestand XML (and optionally its WTI file) into articles and units."""
    try:
        root = etree.parse(str(pad), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (1, 1)
        raise LawErrors([LawError("WG-IMP-002", bericht("WG-IMP-002.xml", reden=_lxml(exc.msg)),
                                  Pos(str(pad), line, col + 1))]) from None
    except OSError as exc:
        raise LawErrors([LawError("WG-IMP-002", bericht("WG-IMP-002.openen", reden=_waarom(exc, pad)),
                                  Pos(str(pad), 1, 1))]) from None
    if root.tag != "toestand" or not root.get("bwb-id") or not root.get("inwerkingtreding"):
        raise LawErrors([LawError("WG-IMP-003", bericht("WG-IMP-003", gevonden=str(root.tag)),
                                  Pos(str(pad), root.sourceline or 1, 1))])
    bwb, datum = root.get("bwb-id"), root.get("inwerkingtreding")
    citeertitel = " ".join((root.findtext(".//citeertitel") or "").split())
    intitule = root.find(".//intitule")
    titel = citeertitel or (" ".join(intitule.text.split()) if intitule is not None and intitule.text else bwb)
    artikelen = []
    for art in root.iter("artikel"):
        nr = (art.findtext("kop/nr") or "").strip()
        if not nr:
            continue
        a = Artikel(nr, [], [], label=art.get("label-id") or "", inwerking=art.get("inwerking") or datum)
        leden = art.findall("lid")
        if leden:
            for lid in leden:
                lidnr = (lid.findtext("lidnr") or "").strip().rstrip(".")
                e = Eenheid("lid", lidnr)
                _vul(e, lid, "onderdeel", prefix=lidnr)
                a.eenheden.append(e)
        else:
            top = Eenheid("artikel", nr)
            _vul(top, art, "onderdeel", prefix="")
            a.tekst, a.eenheden = top.tekst, top.kinderen
        artikelen.append(a)
    toestand = Toestand(bwb, datum, citeertitel or titel, titel, artikelen)
    if wti is not None:
        _geschiedenis(toestand, wti)
    return toestand


def _geschiedenis(t: Toestand, wti: Path) -> None:
    """Each article's amendments from the WTI file (matched on the article's label-id): date, kind, publication."""
    try:
        root = etree.parse(str(wti), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)).getroot()
    except (etree.XMLSyntaxError, OSError) as exc:
        why = _waarom(exc, wti) if isinstance(exc, OSError) else _lxml(str(exc))
        raise LawErrors([LawError("WG-IMP-002", bericht("WG-IMP-002.wti", reden=why),
                                  Pos(str(wti), 1, 1))]) from None
    per_label: dict[str, list[dict]] = {}
    for el in root.iter("regelingelement"):
        for datum in el.findall("datum"):
            for details in datum.findall("details"):
                bron = details.find("ontstaansbron/bron/bekendmaking")
                item = {"inwerking": datum.get("waarde") or "", "betreft": (details.findtext("betreft") or "").strip()}
                if bron is not None:
                    item["bron"] = f"{bron.get('soort', '')}. {bron.findtext('publicatiejaar') or ''}, " \
                                   f"{bron.findtext('publicatienummer') or ''}"
                dossier = details.findtext("ontstaansbron/bron/dossiernummer")
                if dossier:
                    item["kamerstuk"] = dossier.strip()
                if not item["inwerking"]:
                    continue  # a change without its own date (isvoorafgaand): the dated entry lists it
                lijst = per_label.setdefault(el.get("label-id") or "", [])
                if item not in lijst:
                    lijst.append(item)
    for a in t.artikelen:
        a.wijzigingen = sorted(per_label.get(a.label, []), key=lambda i: i["inwerking"])


def _regels(e: Eenheid, niveau: int) -> list[str]:
    """Heading and text of a unit and its children, in the article-file format."""
    kop = {"lid": f"Lid {e.nummer}", "onderdeel": f"Onderdeel {e.nummer}",
           "subonderdeel": f"Subonderdeel {e.nummer}", "slot": "Slot"}[e.soort]
    out = ["#" * niveau + " " + kop, ""]
    for p in e.tekst:
        out += [p, ""]
    for k in e.kinderen:
        out += _regels(k, niveau + 1)
    return out


def _platte_tekst(a: Artikel) -> list[str]:
    out = list(a.tekst)

    def walk(e: Eenheid) -> None:
        out.extend(e.tekst)
        for k in e.kinderen:
            walk(k)
    for e in a.eenheden:
        walk(e)
    return out


def artikel_bestand(t: Toestand, a: Artikel, sleutel: str, bronbestand: str) -> str:
    meta = {
        "wet": sleutel,
        "artikel": a.nummer,
        # The article's own date: an unchanged article is in force before the toestand's date (art. 4 since 2017).
        "geldig_vanaf": min(a.inwerking or t.datum, t.datum),
        "bron": f"{SITE}/{t.bwb}/{t.datum}#Artikel{a.nummer}",
        "herkomst": "officieel",
        "bronbestand": bronbestand,
        "bwb": t.bwb,
        "jci": f"jci1.3:c:{t.bwb}&artikel={a.nummer}&z={t.datum}&g={t.datum}",
        "opmerkingen": [],
    }
    if a.wijzigingen:
        meta["wijzigingen"] = a.wijzigingen
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    # Dates stay dates and the article number a quoted string, as the fidelity test demands.
    front = re.sub(r"^geldig_vanaf: '(\d{4}-\d{2}-\d{2})'$", r"geldig_vanaf: \1", front, flags=re.M)
    front = re.sub(r"^artikel: (\S+)$", lambda m: f'artikel: "{m.group(1).strip(chr(39))}"', front, flags=re.M)
    body = [f"# Artikel {a.nummer}", ""]
    for p in a.tekst:
        body += [p, ""]
    niveau = 2
    for e in a.eenheden:
        body += _regels(e, niveau)
    return f"---\n{front}---\n\n" + "\n".join(body).rstrip() + "\n"


def bron_bestand(t: Toestand, bron: str) -> str:
    kop = [f"# {t.citeertitel}", "", f"- Wet: {t.citeertitel}", f"- BWB-id: {t.bwb}",
           f"- valid_from (geldend vanaf): {t.datum}", f"- Bron-URL (wetten.overheid.nl): {SITE}/{t.bwb}/{t.datum}",
           f"- Overgenomen uit: de BWB-toestand {bron} (geïmporteerd met wetgraaf importeer)",
           f"- Artikelen in dit bestand ({len(t.artikelen)}): {', '.join(a.nummer for a in t.artikelen)}", ""]
    for a in t.artikelen:
        kop += [f"## Artikel {a.nummer}", ""]
        for p in _platte_tekst(a):
            kop += [p, ""]
        kop += [f"Bron: {SITE}/{t.bwb}/{t.datum}#Artikel{a.nummer}", ""]
    return "\n".join(kop)


def wet_yaml(t: Toestand, sleutel: str, bronbestand: str, bron: str) -> str:
    meta = {"sleutel": sleutel, "titel": t.titel, "citeertitel": t.citeertitel, "afkorting": t.citeertitel,
            "bwb": t.bwb, "status": "in werking",
            "versies": [{"versie": t.datum, "bron": f"{SITE}/{t.bwb}/{t.datum}",
                         "herkomst": f"{bronbestand} (BWB-toestand {bron})"}]}
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return re.sub(r"versie: '(\d{4}-\d{2}-\d{2})'", r"versie: \1", text)


def importeer(xml: Path, sleutel: str, corpus: Path, bronnen: Path, wti: Path | None = None) -> list[Path]:
    """Write the law folder and the source copy; refuse (WG-IMP-001) when any target exists. Returns the files."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", sleutel):
        raise LawErrors([LawError("WG-IMP-004", bericht("WG-IMP-004", sleutel=sleutel), None)])
    t = lees_toestand(xml, wti)
    naam = f"{t.bwb}_{t.datum}.md"
    bronbestand = f"law-sources/{sleutel}/{naam}"
    doelen: dict[Path, str] = {corpus / sleutel / "wet.yaml": wet_yaml(t, sleutel, bronbestand, xml.name),
                               bronnen / sleutel / naam: bron_bestand(t, xml.name)}
    for a in t.artikelen:
        doelen[corpus / sleutel / f"artikel-{a.nummer}.md"] = artikel_bestand(t, a, sleutel, bronbestand)
    bestaand = [p for p in doelen if p.exists()]
    if bestaand:
        raise LawErrors([LawError("WG-IMP-001", bericht("WG-IMP-001"), Pos(str(p), 1, 1))
                         for p in bestaand])
    for p, text in doelen.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "x", encoding="utf-8") as f:  # 'x': never replace a file that appeared meanwhile
            f.write(text)
    return list(doelen)


def geschiedenis_markdown(meta: dict) -> list[str]:
    """The amendment history an imported article carries (front matter `wijzigingen`) as a Markdown table, for its
    site page; empty when there is none."""
    history = [h for h in meta.get("wijzigingen") or [] if isinstance(h, dict)]
    if not history:
        return []
    # the site's words, in the language the site is built in (taal/site.py)
    lines = ["## " + tekst(bericht("site.wti.kop")), "", tekst(bericht("site.wti.uitleg")), "",
             tekst(bericht("site.wti.tabel")), "|---|---|---|---|"]
    for h in history:
        cells = [str(h.get(k, "")).replace("|", "/") for k in ("inwerking", "betreft", "bron", "kamerstuk")]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]
