"""Tekstgetrouwheid: elke wettekst in law/ is letterlijk de officiële tekst uit law-sources.

Per artikelbestand law/<wet>/artikel-*.md: na weglaten van front matter, koppen (#…), fenced codeblokken
(```regels … ```) en HTML-commentaar moet de tekst, met witruimte genormaliseerd, gelijk zijn aan de
artikeltekst in het eigen bronbestand (front matter `bronbestand`), zonder de regel "Bron: …".
Omgekeerd moet elk artikel in elk law-sources-bestand een wetbestand hebben waarvan de geldigheid die
bronversie dekt en waarvan de tekst gelijk is aan die versie.

Deze test leest de bronnen zelf (bewust los van tools/importeer_wettekst.py).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).parents[2]
LAW = REPO / "law"
BRONNEN = Path(__file__).parents[3] / "shared" / "law-sources"
GEEN_BRONNEN = f"map met officiële bronteksten ontbreekt: {BRONNEN} (wel aanwezig in CI)"
# Official texts added with a law in this repository (docs/peers.md), in the same format as ../shared/law-sources.
EIGEN_BRONNEN = REPO / "law-sources"

CODEBLOK = re.compile(r"^[ \t]*```.*?^[ \t]*```[ \t]*$", re.M | re.S)
VERPLICHT = {"wet", "artikel", "geldig_vanaf", "bron", "herkomst", "bronbestand", "opmerkingen"}


def norm(tekst: str) -> str:
    """Witruimte normaliseren: elke reeks witruimte wordt één spatie."""
    return " ".join(tekst.split())


def datum(waarde: object) -> dt.date:
    return waarde if isinstance(waarde, dt.date) else dt.date.fromisoformat(str(waarde))


def lees_bron(pad: Path) -> tuple[dt.date, dict[str, tuple[str, str]]]:
    """(valid_from, {artikelnummer: (tekst zonder Bron-regel, Bron-URL)}) uit een law-sources-bestand."""
    tekst = pad.read_text(encoding="utf-8")
    m = re.search(r"^- valid_from[^:]*: (\d{4}-\d{2}-\d{2})\s*$", tekst, re.M)
    assert m, f"{pad}: geen valid_from in de kop"
    delen = re.split(r"^## Artikel (\S+)\s*$", tekst, flags=re.M)
    artikelen: dict[str, tuple[str, str]] = {}
    for nummer, body in zip(delen[1::2], delen[2::2]):
        bron = re.search(r"^Bron: (\S+)\s*$", body, re.M)
        assert bron, f"{pad}: artikel {nummer} zonder Bron-regel"
        assert nummer not in artikelen, f"{pad}: artikel {nummer} staat er twee keer in"
        artikelen[nummer] = (body[: bron.start()], bron.group(1))
    return dt.date.fromisoformat(m.group(1)), artikelen


def lees_wetbestand(pad: Path) -> tuple[dict, str]:
    """(front matter, rest van het bestand)."""
    tekst = pad.read_text(encoding="utf-8")
    m = re.match(r"---[ \t]*\n(.*?)\n---[ \t]*\n", tekst, re.S)
    assert m, f"{pad}: geen front matter (--- … ---) aan het begin"
    meta = yaml.safe_load(m.group(1))
    assert isinstance(meta, dict), f"{pad}: front matter is geen mapping"
    return meta, tekst[m.end():]


TOELICHTING = re.compile(r"^[ \t]*#{1,6}[ \t]+Toelichting\b.*?(?=^[ \t]*#{1,6}[ \t]|\Z)", re.M | re.S)


def wettekst(body: str) -> str:
    """Laat alleen de wettekst over: zonder codeblokken, HTML-commentaar, Toelichting-notities en koppen."""
    body = CODEBLOK.sub("", body)
    # A Toelichting is commentary beside the law (parser/markdown.py keeps it apart from the text): not law text.
    body = TOELICHTING.sub("", body)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    return re.sub(r"^[ \t]*#{1,6}(?:[ \t].*)?$", "", body, flags=re.M)


def bronpad(bronbestand: str) -> Path:
    assert bronbestand.startswith("law-sources/"), f"bronbestand moet met law-sources/ beginnen: {bronbestand}"
    eigen = EIGEN_BRONNEN / bronbestand.removeprefix("law-sources/")
    return eigen if eigen.is_file() else BRONNEN / bronbestand.removeprefix("law-sources/")


def eerste_verschil(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"eerste verschil op teken {i}:\n  wetbestand: …{a[max(0, i - 60):i + 80]}…\n  bron:       …{b[max(0, i - 60):i + 80]}…"


WETBESTANDEN = sorted(LAW.glob("*/artikel-*.md"))
BRONBESTANDEN = (sorted(BRONNEN.glob("*/*.md")) if BRONNEN.is_dir() else []) + sorted(EIGEN_BRONNEN.glob("*/*.md"))
BRONARTIKELEN = [
    pytest.param(pad, nr, id=f"{pad.parent.name}/{pad.name}::{nr}")
    for pad in BRONBESTANDEN
    for nr in lees_bron(pad)[1]
] or [pytest.param(None, None, id="geen-bronnen", marks=pytest.mark.skip(reason=GEEN_BRONNEN))]


@pytest.mark.parametrize("pad", WETBESTANDEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_wettekst_gelijk_aan_bron(pad: Path) -> None:
    if not BRONNEN.is_dir():
        pytest.skip(GEEN_BRONNEN)
    meta, body = lees_wetbestand(pad)
    if meta.get("herkomst", "officieel") != "officieel":
        # Herleid (rebuilt from a memorie van toelichting) or ontwerp: there is no official text to compare with;
        # such a file must say so itself (WG-FILE-014 demands the passage it rests on).
        pytest.skip(f"herkomst {meta.get('herkomst')}: geen officiële tekst in law-sources")
    assert VERPLICHT <= meta.keys(), f"ontbrekende velden in front matter: {sorted(VERPLICHT - meta.keys())}"
    assert meta["wet"] == pad.parent.name
    assert isinstance(meta["artikel"], str), "artikel moet een string zijn (quote het nummer)"
    assert isinstance(meta["opmerkingen"], list)
    vanaf = datum(meta["geldig_vanaf"])
    assert pad.name in {f"artikel-{meta['artikel']}.md", f"artikel-{meta['artikel']}@{vanaf}.md"}
    if "geldig_tot" in meta:
        assert datum(meta["geldig_tot"]) >= vanaf

    bron = bronpad(meta["bronbestand"])
    assert bron.is_file(), f"bronbestand bestaat niet: {bron}"
    _, artikelen = lees_bron(bron)
    assert meta["artikel"] in artikelen, f"artikel {meta['artikel']} staat niet in {meta['bronbestand']}"
    brontekst, bron_url = artikelen[meta["artikel"]]
    assert meta["bron"] == bron_url

    koppen = re.findall(r"^#{1,6}[ \t].*$", CODEBLOK.sub("", body), re.M)
    assert koppen and koppen[0] == f"# Artikel {meta['artikel']}", "eerste kop moet '# Artikel <nummer>' zijn"

    ons, officieel = norm(wettekst(body)), norm(brontekst)
    assert officieel, "lege brontekst"
    assert ons == officieel, eerste_verschil(ons, officieel)


@pytest.mark.parametrize("bron, nummer", BRONARTIKELEN)
def test_elk_bronartikel_heeft_wetbestand(bron: Path, nummer: str) -> None:
    geldig, artikelen = lees_bron(bron)
    wet = bron.parent.name
    dekkend = []
    for pad in sorted((LAW / wet).glob("artikel-*.md")):
        meta, body = lees_wetbestand(pad)
        if meta.get("artikel") != nummer or datum(meta["geldig_vanaf"]) > geldig:
            continue
        if "geldig_tot" in meta and datum(meta["geldig_tot"]) < geldig:
            continue
        dekkend.append((pad, body))
    assert dekkend, f"geen wetbestand law/{wet}/artikel-{nummer}*.md dat versie {geldig} dekt"
    assert len(dekkend) == 1, f"overlappende geldigheid: {[str(p) for p, _ in dekkend]}"
    pad, body = dekkend[0]
    ons, officieel = norm(wettekst(body)), norm(artikelen[nummer][0])
    assert ons == officieel, f"{pad} wijkt af van {bron.name}: " + eerste_verschil(ons, officieel)


@pytest.mark.parametrize("wet", sorted({p.parent.name for p in BRONBESTANDEN}) or
                         [pytest.param(None, marks=pytest.mark.skip(reason=GEEN_BRONNEN))])
def test_wet_yaml(wet: str) -> None:
    pad = LAW / wet / "wet.yaml"
    assert pad.is_file(), f"{pad} ontbreekt"
    meta = yaml.safe_load(pad.read_text(encoding="utf-8"))
    assert meta["sleutel"] == wet
    assert meta["status"] in {"in werking", "wetsvoorstel", "voorstel"}
    for veld in ("titel", "citeertitel", "afkorting", "bwb"):
        assert isinstance(meta.get(veld), str) and meta[veld], f"veld {veld} ontbreekt of is leeg"
    versies = {datum(v["versie"]) for v in meta["versies"]}
    for bron in sorted((BRONNEN / wet).glob("*.md")) + sorted((EIGEN_BRONNEN / wet).glob("*.md")):
        geldig, _ = lees_bron(bron)
        assert geldig in versies, f"versie {geldig} ({bron.name}) ontbreekt in {pad}"
        assert bron.name in " ".join(str(v.get("herkomst", "")) for v in meta["versies"])
