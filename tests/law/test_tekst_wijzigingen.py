"""Tekstgetrouwheid van de wijzigingen (wbmgp-2012, wbmgp-2025, wams): de tekst na toepassing is te herleiden.

Per wijziging, onafhankelijk van resolve/woorden.py (deze test leest de officiële tekst zelf, uit law-sources):

(a) de oude woorden van elke woordopdracht staan in de officiële tekst precies op de plaats die de opdracht noemt
    (artikel, lid, onderdeel, aanhef, begripsbepaling), één keer (met "telkens": ten minste één keer);
(b) elke opdracht citeert regels van een seed die bestaan; nieuwe woorden staan in die regels, of de opdracht is
    als ontwerp/herleid gemarkeerd en zegt waarom (een toelichting); nieuwe eenheden (komt te luiden, ingevoegd,
    toegevoegd) hebben herkomst ontwerp/herleid en citeren hun seedregels;
(c) na toepassing (resolve.situation.select, wat `wetgraaf wijziging` en het rapport ook gebruiken) is de rest
    van elk gewijzigd artikel letterlijk de officiële tekst: elke eenheid die geen opdracht vervangt of toevoegt is
    gelijk aan de officiële tekst met alleen de woordopdrachten toegepast, en niets is zonder opdracht weggevallen.

Citaten uit de seeds zelf controleert tests/law/test_mvt_citaten.py; de basiswetten tests/law/test_tekstgetrouwheid.py.
"""
from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.parser import ir, structure
from wetgraaf.parser.wijziging import Instruction
from wetgraaf.resolve.situation import select

from test_mvt_citaten import SEEDS, _norm, seed_lines  # noqa: E402
from test_tekstgetrouwheid import BRONNEN, bronpad, lees_bron, norm  # noqa: E402

WIJZIGINGEN = ("wbmgp-2012", "wbmgp-2025", "wams")
GEEN = not (SEEDS.is_dir() and BRONNEN.is_dir())
pytestmark = pytest.mark.skipif(GEEN, reason="seeds of law-sources ontbreken naast de repository")

_LINK = re.compile(r"\[([^\]\[]*)\]\([^)\s]*\)")
_SEEDREF = re.compile(r"seed (\d{3}), regels? ([\d\s,–\-en]+)")


def gedrukt(tekst: str) -> str:
    """Wat er gedrukt staat: een link toont alleen haar woorden; witruimte genormaliseerd."""
    return norm(_LINK.sub(r"\1", tekst or ""))


# --- the official text, read independently into a tree of units -------------------------------------------------

@dataclass
class Knoop:
    kind: str
    ident: str
    text: str
    children: list["Knoop"] = field(default_factory=list)
    status: str = "officieel"  # 'officieel' | 'vervangen' (its text is the amendment's, checked under b)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


_LID = re.compile(r"^(\d+[a-z]?) ")
_ONDERDEEL = re.compile(r"^([a-z]{1,3})\. ")
_SUB = re.compile(r"^(\d+°)\.? ")
_BEGRIP = re.compile(r"^- \*(.+?):?\*", re.S)


def stukken(tekst: str) -> list[str]:
    """Paragraphs; a list item ('- *term:* …') is a piece of its own, and so is each '1°. ' within an item."""
    out = []
    for para in re.split(r"\n\s*\n", tekst):
        for item in re.split(r"\n(?=[ \t]*- )", para):
            out += [p.strip() for p in re.split(r"(?<=\S)\s+(?=\d+°\.\s)", item) if p.strip()]
    return out


def officieel_artikel(bronbestand: str, nummer: str) -> Knoop:
    """The article from law-sources as a tree: paragraphs (blank-line separated) marked '1 ', 'a. ', '1°. ' or
    '- *term:*'; an unmarked paragraph after the onderdelen of a lid is its slot."""
    _, artikelen = lees_bron(bronpad(bronbestand))
    root = Knoop("artikel", nummer, "")
    lid = onderdeel = None
    for para in stukken(artikelen[nummer][0]):
        if m := _LID.match(para):
            lid = Knoop("lid", m.group(1), para)
            root.children.append(lid)
            onderdeel = None
            continue
        parent = lid or root
        if (m := _ONDERDEEL.match(para)) or (m := _BEGRIP.match(para)):
            onderdeel = Knoop("onderdeel", norm(m.group(1)), para)
            parent.children.append(onderdeel)
        elif (m := _SUB.match(para)) and onderdeel is not None:
            onderdeel.children.append(Knoop("subonderdeel", m.group(1), para))
        elif parent.children:
            parent.children.append(Knoop("slot", "slot", para))
        else:
            parent.text = f"{parent.text}\n\n{para}" if parent.text else para
    return root


def zoek(root: Knoop, pad: list[tuple[str, str]]) -> Knoop | None:
    node = root
    for kind, ident in pad:
        node = next((c for c in node.children if c.ident.strip("'\"") == ident and
                     (c.kind == kind or (kind == "onderdeel" and c.kind in ("slot", "subonderdeel")))), None)
        if node is None:
            return None
    return node


def woorden_patroon(woorden: str) -> re.Pattern:
    """The words as whole words, any whitespace between them (the same reading as docs/opdrachten.md)."""
    body = r"\s+".join(re.escape(w) for w in woorden.split())
    lead = r"(?<!\w)" if woorden.strip()[:1].isalnum() else ""
    trail = r"(?!\w)" if woorden.strip()[-1:].isalnum() else ""
    return re.compile(lead + body + trail)


def bereik(node: Knoop, instr: Instruction) -> list[Knoop]:
    """The units whose words the instruction searches (a volzin or slotzin: the whole unit, a weaker check)."""
    plaats = instr.woorden.plaats
    if plaats.begrip:
        node = next((n for n in node.walk() if n.kind == "onderdeel" and n.ident == plaats.begrip), None)
        return list(node.walk()) if node else []
    if plaats.aanhef:
        return [node]
    return list(node.walk())


# --- what the amendments say -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


def _instructies():
    if GEEN:
        return []
    corpus = wetgraaf.load().corpus
    return [pytest.param(naam, i, id=f"{naam}:{instr.onderdeel}:{instr.pos.line}")
            for naam in WIJZIGINGEN for i, instr in enumerate(corpus.wijzigingen[naam].instructions)]


INSTRUCTIES = _instructies()


def plaats(instr: Instruction) -> str:
    return f"{os.path.relpath(instr.pos.file, Path(wetgraaf.__file__).parents[2])}:{instr.pos.line}"


def seedregels(instr: Instruction) -> tuple[str, list[tuple[int, int]]] | None:
    """The seed and line ranges the instruction rests on (its `bron` or `mvt`)."""
    veld = str(instr.meta.get("bron") or instr.meta.get("mvt") or "")
    m = _SEEDREF.search(veld)
    if not m:
        return None
    ranges = [(int(a), int(b or a)) for a, b in re.findall(r"(\d+)(?:\s*[-–]\s*(\d+))?", m.group(2))]
    return m.group(1), ranges


def seedtekst(seed: str, ranges: list[tuple[int, int]]) -> str:
    lines = seed_lines(seed)
    return "".join(_norm(lines[n - 1]) for a, b in ranges for n in range(a, b + 1))


@pytest.mark.parametrize("naam, i", INSTRUCTIES)
def test_opdracht_citeert_bestaande_seedregels(wg, naam: str, i: int) -> None:
    """(b) Every instruction names the seed lines it rests on, and those lines exist."""
    instr = wg.corpus.wijzigingen[naam].instructions[i]
    ref = seedregels(instr)
    assert ref, f"{plaats(instr)}: '{instr.opdracht[:80]}' noemt geen seedregels (bron/mvt: 'seed NNN, regels X-Y')"
    seed, ranges = ref
    lines = seed_lines(seed)
    for a, b in ranges:
        assert 1 <= a <= b <= len(lines), f"{plaats(instr)}: regels {a}-{b} bestaan niet in seed {seed} " \
                                          f"({len(lines)} regels)"
    assert seedtekst(seed, ranges), f"{plaats(instr)}: de geciteerde regels van seed {seed} zijn leeg"
    assert instr.meta.get("herkomst") in {"ontwerp", "herleid"}, \
        f"{plaats(instr)}: een wijziging zonder wetstekst moet herkomst ontwerp of herleid hebben"


@pytest.mark.parametrize("naam, i", INSTRUCTIES)
def test_nieuwe_woorden_te_herleiden(wg, naam: str, i: int) -> None:
    """(b) New words of a word instruction stand in the cited seed lines, or the instruction says why not."""
    instr = wg.corpus.wijzigingen[naam].instructions[i]
    if instr.kind != "woorden" or instr.woorden.soort == "woorden_vervallen":
        pytest.skip("geen nieuwe woorden")
    seed, ranges = seedregels(instr) or ("", [])
    if _norm(instr.woorden.nieuw) in seedtekst(seed, ranges):
        return
    uitleg = instr.meta.get("toelichting") or instr.notes
    assert uitleg, (f"{plaats(instr)}: de nieuwe woorden \"{instr.woorden.nieuw}\" staan niet in seed {seed}, "
                    f"regels {ranges}, en de opdracht zegt niet waarom (toelichting)")


@pytest.mark.parametrize("naam, i", INSTRUCTIES)
def test_nieuwe_eenheden_zijn_gemarkeerd(wg, naam: str, i: int) -> None:
    """(b) Text an instruction writes (komt te luiden, ingevoegd, toegevoegd) is marked as rebuilt: the unit says
    herkomst ontwerp/herleid and the passage it rests on; a Toelichting says what the seed gives and what not."""
    instr = wg.corpus.wijzigingen[naam].instructions[i]
    if not instr.content:
        pytest.skip("geen nieuwe tekst")
    sit = select(wg.corpus, None, (naam,))
    for unit in instr.content:
        if unit.kind == "artikel":
            art = sit.articles.get((instr.wet, unit.ident.split()[0]))
            assert art is not None, f"{plaats(instr)}: artikel {unit.ident} staat niet in de gewijzigde situatie"
            assert art.herkomst in {"ontwerp", "herleid"}, \
                f"{plaats(instr)}: artikel {unit.ident} heeft herkomst {art.herkomst}, niet ontwerp/herleid"
            assert seedregels(instr), f"{plaats(instr)}: artikel {unit.ident} zonder seedregels"
    bestand = Path(instr.pos.file).read_text(encoding="utf-8")
    proza = re.sub(r"```.*?```", "", bestand, flags=re.S)
    assert re.search(r"\b(herleid|ontwerp)\b", proza, re.I), \
        f"{plaats(instr)}: het bestand zegt buiten de codeblokken niet dat de nieuwe tekst herleid of ontwerp is"


def oude_woorden_probleem(wg, naam: str, instr: Instruction) -> str | None:
    """What is wrong with the place of a word instruction's old words in the official text (None: nothing)."""
    basis = select(wg.corpus, None, wg.corpus.wijzigingen[naam].op)
    art = basis.articles.get((instr.wet, instr.target.artikel))
    if art is None:
        return f"{plaats(instr)}: artikel {instr.target.artikel} ({instr.wet}) bestaat niet"
    if art.herkomst != "officieel":
        pytest.skip(f"artikel {instr.target.artikel} is zelf herleid: geen officiële tekst")
    root = officieel_artikel(art.meta["bronbestand"], art.nummer)
    node = zoek(root, instr.target.path())
    if node is None:
        return f"{plaats(instr)}: {instr.target} staat niet in {art.meta['bronbestand']}"
    patroon = woorden_patroon(instr.woorden.oud)
    treffers = sum(len(patroon.findall(gedrukt(n.text))) for n in bereik(node, instr))
    if not treffers:
        elders = len(patroon.findall(" ".join(gedrukt(n.text) for n in root.walk())))
        return (f"{plaats(instr)}: \"{instr.woorden.oud}\" staat niet in {instr.target}"
                f"{', aanhef' if instr.woorden.plaats.aanhef else ''} van de officiële tekst "
                f"(in het hele artikel {elders} keer)")
    if treffers > 1 and not instr.woorden.telkens:
        return f"{plaats(instr)}: \"{instr.woorden.oud}\" staat {treffers} keer in {instr.target} (zonder 'telkens')"
    return None


@pytest.mark.parametrize("naam, i", INSTRUCTIES)
def test_oude_woorden_staan_waar_de_opdracht_zegt(wg, naam: str, i: int) -> None:
    """(a) The quoted old words occur in the official text, in the place the instruction names."""
    instr = wg.corpus.wijzigingen[naam].instructions[i]
    if instr.kind != "woorden":
        pytest.skip("geen woordopdracht")
    probleem = oude_woorden_probleem(wg, naam, instr)
    assert probleem is None, probleem


def test_controle_vindt_woorden_op_de_verkeerde_plaats(wg) -> None:
    """The check of (a) itself: the words of artikel 8, eerste lid, aanhef, said to be in the tweede lid, or in
    onderdeel a, are reported."""
    instr = next(i for i in wg.corpus.wijzigingen["wbmgp-2025"].instructions if i.kind == "woorden")
    assert oude_woorden_probleem(wg, "wbmgp-2025", instr) is None
    for doel in (replace(instr.target, lid="2"), replace(instr.target, onderdeel="a")):
        probleem = oude_woorden_probleem(wg, "wbmgp-2025", replace(instr, target=doel))
        assert probleem and "staat niet in" in probleem and "in het hele artikel 1 keer" in probleem


# --- (c) the amended articles against the official text with only the word instructions applied -----------------

def _pas_woorden_toe(node: Knoop, instr: Instruction) -> None:
    op = instr.woorden
    patroon = woorden_patroon(op.oud)
    for n in bereik(node, instr):
        tekst = gedrukt(n.text)
        if op.soort == "woorden_vervangen":
            n.text = patroon.sub(lambda m: op.nieuw, tekst)
        elif op.soort == "woorden_vervallen":
            n.text = norm(patroon.sub("", tekst))
            n.text = re.sub(r"\s+([,.;:])", r"\1", n.text)
        elif op.anker == "na":
            n.text = patroon.sub(lambda m: m.group(0) + ("" if op.nieuw[:1] in ",.;:)" else " ") + op.nieuw, tekst)
        else:
            n.text = patroon.sub(lambda m: op.nieuw + " " + m.group(0), tekst)


def verwacht(root: Knoop, instrs: list[Instruction]) -> set[tuple]:
    """Apply the instructions for one article to its official tree; returns the paths of units whose text is the
    amendment's own (replaced, inserted, added), which (c) does not compare."""
    eigen: set[tuple] = set()
    for instr in instrs:
        pad = instr.target.path()
        if instr.kind == "woorden":
            _pas_woorden_toe(zoek(root, pad), instr)
        elif instr.kind == "vervalt":
            ouder, doel = zoek(root, pad[:-1]), zoek(root, pad)
            ouder.children.remove(doel)
        elif instr.kind == "vervangen":
            eigen.add(tuple(pad))
        elif instr.kind in ("toevoegen", "invoegen"):
            if instr.puntkomma:
                o = zoek(root, pad + [("onderdeel", instr.puntkomma)])
                o.text = re.sub(r"\.\s*$", ";", gedrukt(o.text))
            for unit in instr.content:
                eigen.add(tuple(pad) + ((unit.kind, unit.ident),))
        elif instr.kind == "vernummeren":
            pytest.fail(f"{plaats(instr)}: vernummeren wordt door deze controle nog niet nagespeeld")
    return eigen


def _vlak(unit, pad: tuple = ()) -> list[tuple[tuple, str]]:
    out = []
    for child in unit.children:
        ident = "slot" if child.kind == "slot" else child.ident.strip("'\"")
        p = pad + ((child.kind, ident),)
        out.append((p, gedrukt(child.text)))
        out.extend(_vlak(child, p))
    return out


def _gewijzigde_artikelen():
    if GEEN:
        return []
    corpus = wetgraaf.load().corpus
    out = []
    for naam in WIJZIGINGEN:
        keys = {(i.wet, i.target.artikel) for i in corpus.wijzigingen[naam].instructions
                if i.target.artikel and (i.kind in ("woorden", "toevoegen") or
                                         (i.kind in ("vervalt", "vervangen", "invoegen") and i.target.path()))}
        out += [pytest.param(naam, w, a, id=f"{naam}:{w}/{a}") for w, a in sorted(keys)]
    return out


def rest_problemen(wg, naam: str, wet: str, nummer: str, nieuw: structure.Article | None = None) -> list[str]:
    """Where the amended article (by default as select() builds it) differs from the official text with only the
    word instructions applied, outside the units the amendment writes itself."""
    wijz = wg.corpus.wijzigingen[naam]
    art = select(wg.corpus, None, wijz.op).articles.get((wet, nummer))
    if art is None:
        pytest.skip(f"{wet} artikel {nummer} voegt de wijziging zelf in (gecontroleerd onder b)")
    if art.herkomst != "officieel":
        pytest.skip(f"{wet} artikel {nummer} is zelf herleid: geen officiële tekst om mee te vergelijken")
    root = officieel_artikel(art.meta["bronbestand"], nummer)
    eigen = verwacht(root, [i for i in wijz.instructions if (i.wet, i.target.artikel) == (wet, nummer)])
    nieuw = nieuw or select(wg.corpus, None, (naam,)).articles[(wet, nummer)]

    def vlak(unit) -> list[tuple[tuple, str]]:
        return [(p, t) for p, t in [((), gedrukt(unit.text))] + _vlak(unit) if not any(p[:len(e)] == e for e in eigen)]

    ons, officieel = vlak(nieuw.root), vlak(root)
    waar = f"{naam}, {wet} artikel {nummer}"
    if [p for p, _ in ons] != [p for p, _ in officieel]:
        return [f"{waar}: andere eenheden dan verwacht\n  na wijziging: {[p for p, _ in ons]}\n"
                f"  verwacht:     {[p for p, _ in officieel]}"]
    return [f"{waar}, {p or 'artikel'}: de tekst na wijziging is niet de officiële tekst met de opdrachten "
            f"toegepast\n  na wijziging: {t}\n  verwacht:     {o}" for (p, t), (_, o) in zip(ons, officieel) if t != o]


@pytest.mark.parametrize("naam, wet, nummer", _gewijzigde_artikelen())
def test_ongewijzigde_rest_is_officiele_tekst(wg, naam: str, wet: str, nummer: str) -> None:
    """(c) Every unit of an amended article that no instruction replaces or adds equals the official text with
    only the word instructions applied; nothing else is gone."""
    problemen = rest_problemen(wg, naam, wet, nummer)
    assert not problemen, "\n".join(problemen)


def test_controle_vindt_een_tikfout_of_een_verdwenen_onderdeel(wg) -> None:
    """The check of (c) itself: one changed letter in an onderdeel no instruction touches, or an onderdeel gone
    without an instruction, is reported."""
    art = copy.deepcopy(select(wg.corpus, None, ("wbmgp-2025",)).articles[("wbmgp", "8")])
    assert rest_problemen(wg, "wbmgp-2025", "wbmgp", "8", art) == []
    lid1 = next(c for c in art.root.children if c.ident == "1")
    onderdeel_b = next(c for c in lid1.children if c.ident == "b")
    onderdeel_b.text = onderdeel_b.text.replace("bedrijf", "bedrijven")
    (probleem,) = rest_problemen(wg, "wbmgp-2025", "wbmgp", "8", art)
    assert "('onderdeel', 'b')" in probleem and "bedrijven" in probleem
    lid1.children.remove(onderdeel_b)
    assert "andere eenheden" in rest_problemen(wg, "wbmgp-2025", "wbmgp", "8", art)[0]


# --- (b) rebuilt text says so: the Herleid marker, or words the MvT quotes as the provision's, with their lines ----

_GECITEERD = re.compile(r"\*\[Geciteerd uit de MvT,[^\]]*?seed (\d{3}), regels? ([\d\s,–\-en]+)[^\]]*\]\*", re.S)
_CITAAT = re.compile(r"«([^«»]+)»")  # our quotation marks (docs/wetsbestand.md); the seed's own vary
_AANLOOP = re.compile(r"^(?:\*[^*]+:\*|\d+°\.|\d+[a-z]? |[a-z]{1,2}\. )\s*")


def herleid_probleem(unit: structure.Unit, gemarkeerd: bool) -> str | None:
    """A rebuilt unit either carries `*[Herleid — wettekst niet beschikbaar.]*` (itself or a unit above it), or is
    only the words the MvT quotes as the provision's («…»), followed by `*[Geciteerd uit de MvT, seed N, regels …]*`,
    and those words stand in those lines (docs/wetsbestand.md, "Rebuilt text")."""
    tekst = norm(unit.text or "")
    if gemarkeerd or "*[Herleid" in tekst or len(tekst.split()) <= 3:
        return None
    bron = _GECITEERD.search(tekst)
    if not bron:
        return "tekst zonder *[Herleid — …]* en zonder *[Geciteerd uit de MvT, seed …, regels …]*"
    ranges = [(int(a), int(b or a)) for a, b in re.findall(r"(\d+)(?:\s*[-–]\s*(\d+))?", bron.group(2))]
    cited = seedtekst(bron.group(1), ranges)
    citaten = _CITAAT.findall(tekst[:bron.start()])
    if not citaten:
        return "een *[Geciteerd …]*-noot zonder citaat tussen « »"
    for citaat in citaten:
        if _norm(citaat) not in cited:
            return f"«{citaat[:80]}…» staat niet in seed {bron.group(1)}, regels {bron.group(2).strip()}"
    rest = _AANLOOP.sub("", _CITAAT.sub("", tekst[:bron.start()])).strip()
    if rest:
        return f"tekst buiten het citaat die niet als herleid is gemarkeerd: \"{rest[:80]}\""
    return None


def _herleide_eenheden():
    if GEEN:
        return []
    corpus = wetgraaf.load().corpus
    out = []
    for naam in WIJZIGINGEN:
        for instr in corpus.wijzigingen[naam].instructions:
            if instr.meta.get("herkomst") != "herleid":
                continue
            for unit in instr.content:
                out.append(pytest.param(naam, instr, unit, id=f"{naam}:{instr.onderdeel}:{unit.kind} {unit.ident}"))
    return out


@pytest.mark.parametrize("naam, instr, unit", _herleide_eenheden())
def test_herleide_tekst_zegt_dat_zij_herleid_is(naam: str, instr: Instruction, unit: structure.Unit) -> None:
    """(b) Every rebuilt (herleid) unit says so, or is a quotation of the MvT with the lines it stands on."""
    problemen = []

    def loop(u: structure.Unit, gemarkeerd: bool) -> None:
        probleem = herleid_probleem(u, gemarkeerd)
        if probleem:
            problemen.append(f"{u.pos.file}:{u.pos.line} ({u.kind} {u.ident}): {probleem}")
        for child in u.children:
            loop(child, gemarkeerd or "*[Herleid" in (u.text or ""))

    loop(unit, False)
    assert not problemen, "\n".join(problemen)


def test_controle_vindt_een_citaat_buiten_de_geciteerde_regels() -> None:
    """The check itself: a quotation of the MvT outside the cited lines, or rebuilt words without a marker."""
    pos = ir.Pos("x.md", 1, 1)
    goed = ("*meervoudige problematiek:* «meerdere samenhangende problemen van een persoon of meerdere samenhangende "
            "problemen van gezinsleden die betrekking hebben op verschillende aspecten van het sociaal domein, of op het "
            "sociaal domein en aanpalende domeinen» *[Geciteerd uit de MvT, seed 002, regels 1074-1078]*")
    maak = lambda t: structure.Unit("onderdeel", "x", t, pos, None)  # noqa: E731
    assert herleid_probleem(maak(goed), False) is None
    assert "staat niet in seed 002" in herleid_probleem(maak(goed.replace("1074-1078", "1080-1084")), False)
    assert "niet als herleid" in herleid_probleem(maak(goed.replace("» *[", "», ook bij schulden *[")), False)
    assert "zonder *[Herleid" in herleid_probleem(maak("a. het college stelt een plan op voor elk gezin"), False)


# --- the base laws as the parser reads them (test_tekstgetrouwheid.py compares the files; this, what is parsed) ----

def _officiele_artikelen():
    if GEEN:
        return []
    out = []
    for law in wetgraaf.load().corpus.laws.values():
        for art in law.articles:
            if art.herkomst == "officieel" and art.meta.get("bronbestand"):
                out.append(pytest.param(art, id=f"{law.sleutel}/{art.nummer}@{art.geldig_vanaf}"))
    return out


@pytest.mark.parametrize("art", _officiele_artikelen())
def test_geparste_wettekst_is_officiele_tekst(art: structure.Article) -> None:
    """Every official base article, as parsed (the text engine, renvooi and word instructions work on), is the
    official text: no word lost or added between the units, in the order of the source."""
    _, artikelen = lees_bron(bronpad(art.meta["bronbestand"]))
    ons = norm(" ".join(u.text or "" for u in art.root.walk()))
    officieel = norm(artikelen[art.nummer][0])
    i = next((k for k, (x, y) in enumerate(zip(ons, officieel)) if x != y), min(len(ons), len(officieel)))
    assert ons == officieel, (f"{art.wet} artikel {art.nummer} ({art.geldig_vanaf}), geparst, wijkt af op teken {i}:\n"
                              f"  geparst: …{ons[max(0, i - 60):i + 80]}…\n  bron:    …{officieel[max(0, i - 60):i + 80]}…")
