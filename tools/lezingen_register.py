"""Write the generated part of docs/lezingen.md from the second reading (tests/lezingen/): per article set the
number of cases and how many passed as written, per article the number of cases, and every registered
disagreement with how it was settled. `python tools/lezingen_register.py` rewrites the part between the markers;
`--controleer` exits 1 when the page is out of date (tests/law/test_lezingen.py runs that check).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from wetgraaf.parser.files import fast_load


def _load(path: Path):
    """A YAML file, read with libyaml where PyYAML has it (the ~3 400 cases several times faster)."""
    return fast_load(path.read_text(encoding="utf-8"))


REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "lezingen" / "cases"
EIGEN = REPO / "tests" / "lezingen" / "eigen"  # cases in wetgraaf's own scenario format (tests/law/test_lezingen_eigen.py)
REGISTER = REPO / "tests" / "lezingen" / "register"
PAGE = REPO / "docs" / "lezingen.md"
BEGIN, END = "<!-- register:begin -->", "<!-- register:end -->"
OUTCOME = {"regel_aangepast": "regel aangepast", "lezer_onjuist": "lezer onjuist (tekst zegt anders)",
           "onderbepaald": "geval onderbepaald"}


# 'Verordening (Diemen) art. 9': the corpus holds one verordening, the Afstemmingsverordening Diemen
# (lz-participatiewet-5 cites it so); without this its articles counted as articles of the Participatiewet.
_LAW = re.compile(r"^(Wbmgp|Wmo(?: 2015)?|Jeugdwet|Participatiewet|Pw|Wgs|WI 2021|Wet inburgering 2021|Wzt|"
                  r"Afstemmingsverordening Diemen|Diemen|Verordening Diemen|Verordening|Art\.)\s*"
                  r"(?:art(?:ikel|\.)?\s*)?([0-9IVX]+[0-9a-z.]*)", re.I)
_NUMBER = r"([0-9]+[a-z]?(?:\.[0-9]+[a-z]?)*)"  # '11', '4a', and the dotted numbers of the Wmo 2015: '2.3.5', '2.3a.1'
_ARTICLE = re.compile(r"\bart(?:ikel|\.)\s*" + _NUMBER, re.I)
# An article the reader cites with a line of the official text ('art. 2 lid 4 (r. 42)', '(art. 1 lid 1 onder c,
# r. 18)'): one of the law itself, not of a law it refers to ('art. 24 lid 1 of 3 Zvw').
_CITED = re.compile(r"\bart(?:ikel|\.)\s*" + _NUMBER + r"(?:(?!\bart)[^()])*?(?:\(|,\s*)r\.\s*\d", re.I)
# A reader who cites a line of the official text by its file ('BWBR0018451_2025-01-01.md r. 36: ...') names the
# article through that line: the last '## Artikel N' heading above it in law-sources/<wet>/<file>.
_SOURCE_LINE = re.compile(r"\b(BWBR\d+_\d{4}-\d{2}-\d{2}\.md)\s+r\.\s*(\d+)")
SOURCES = REPO / "law-sources"
# A reader who cites only lines of the source file ('Wmo (BWBR0035362_2026-07-01.md) r. 481: ...', 'Lid 1 (Wmo
# (BWBR...md) r. 477)'): the case counts for the law, not for an article mentioned later in its reasoning.
_LINE_ONLY = re.compile(r"^(?:\w+ \d+ \()?\w+ \(\w+_[0-9-]+\.md\) r\.\s*\d")
# The short name of a law whose reader cites only "art. N" (the law is then the case's `wet`).
_SHORT = {"zorgtoeslag": "Wzt", "participatiewet": "Participatiewet", "wmo2015": "Wmo 2015", "jeugdwet": "Jeugdwet",
          "afstemmingsverordening_diemen": "Afstemmingsverordening Diemen", "wbmgp": "Wbmgp"}
LAW = REPO / "law"
# Names may hold letters beyond ASCII ('cliënt', 'coördinator'): \w, not [a-z0-9_], or 'cliënt' is read as 'cli'.
_DEFINES = re.compile(r"^(?:begrip|feit|oordeel|regel|lijst|parameter)\s+([^\W\d]\w*)")
_HEADING = re.compile(r"^#\s+Artikel\s+" + _NUMBER, re.I)  # the Wmo 2015 numbers its articles 2.3a.1
_OPDRACHT = re.compile(r"^opdracht:.*?\bartikel\s+" + _NUMBER, re.I)


def _shown(value: object) -> object:
    """An expected outcome as the page shows it: a date (YAML reads 2027-03-30 as one) in ISO form, not its repr."""
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shown(v) for v in value]
    return value.isoformat() if isinstance(value, date) else value


def article_key(text: str) -> str:
    """'Wbmgp art. 8 lid 1 onder f' -> 'Wbmgp art. 8'; 'Wmo 2.3a.1 lid 4' -> 'Wmo 2015 art. 2.3a.1'."""
    text = str(text or "").strip()
    if text in _SHORT.values():  # a law without an article (_LINE_ONLY)
        return text
    m = _LAW.match(text)
    if not m:
        return text.split(",")[0].split(" lid ")[0].split(" (")[0][:40] or "?"
    wet = {"wmo": "Wmo 2015", "wmo 2015": "Wmo 2015", "pw": "Participatiewet", "wet inburgering 2021": "WI 2021",
           "art.": "Wams Art.", "diemen": "Afstemmingsverordening Diemen",
           "verordening diemen": "Afstemmingsverordening Diemen", "verordening": "Afstemmingsverordening Diemen",
           }.get(m.group(1).lower(), m.group(1))
    return f"{wet} art. {m.group(2).rstrip('.')}"


def _eigen(path: Path) -> list[dict]:
    """A set in wetgraaf's own format as neutral-shaped cases: id = the prefix of naam, artikel = the article that
    defines the first question when the case is about an amendment (see _amendment_article), else the first article
    the reader's toelichting cites ('Pw art. 11 lid 1 (BWBR...): ...')."""
    data = _load(path) or {}
    items = data.get("scenarios", []) if isinstance(data, dict) else data
    return [{"id": str(i["naam"]).split(":", 1)[0].strip(), "artikel": _amendment_article(i) or _eigen_article(i)}
            for i in items]


@lru_cache(maxsize=None)  # asked once per case; the law files do not change while the tool runs
def _definitions(folder: Path) -> dict[str, str]:
    """name -> article number for every rule-block definition in folder/*.md: the article is the nearest '# Artikel'
    heading above, or (in an amendment that changes words of an article) the article its opdracht names."""
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        article, fence = "", ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("```"):
                fence = "" if fence else (line[3:].strip() or "tekst")
                continue
            m = (_OPDRACHT.match(line) if fence == "wijziging" else _DEFINES.match(line) if fence == "regels"
                 else None if fence else _HEADING.match(line))
            if m and fence == "regels":
                out.setdefault(m.group(1), article)
            elif m:
                article = m.group(1)
    return out


def _questions(item: dict) -> list[str]:
    """The names of the definitions a case asks about, without their arguments."""
    return [str(v).split("(")[0] for v in item.get("vragen") or []]


def _amendment_article(item: dict) -> str:
    """A case that names an amendment (wijzigingen, per_versie), or asks what only an amendment defines, is about the
    amendment's article: 'Wbmgp-2025 art. 10d' (its toelichting cites the letter the amendment rests on, not an
    article). '' when the case is about the law itself."""
    wet = str(item.get("wet", ""))
    questions = _questions(item)
    if not questions or not (LAW / wet).is_dir():
        return ""
    named = [*(item.get("wijzigingen") or []), *(v for v in (item.get("per_versie") or {}) if v != "basis")]
    # First a question an amendment the case names defines (the case may also ask about the law itself); then,
    # for the first question, an amendment the case does not name, if the law itself does not define it.
    candidates = [(naam, q) for q in questions for naam in named]
    if questions[0] not in _definitions(LAW / wet):
        candidates += [(p.name, questions[0]) for p in sorted((LAW / "wijzigingen").iterdir())
                       if p.is_dir() and p.name not in named]
    for naam, question in candidates:
        article = _definitions(LAW / "wijzigingen" / naam).get(question)
        if article:
            return f"{naam[:1].upper()}{naam[1:]} art. {article}"
    return ""


def _eigen_article(item: dict) -> str:
    """'Pw art. 11 lid 1 (...)' names its law; 'Art. 1 lid 1 onder c (r. 18): ...' or a toelichting that cites the
    article later ('De aanvrager ... (art. 1 lid 1 onder c, r. 18)') is an article of the case's own law. A case that
    names no article of its own counts under the article that defines its first question."""
    text = str(item.get("toelichting", ""))
    head = text.split(" (")[0]
    wet = str(item.get("wet", ""))
    if wet in _SHORT and _LINE_ONLY.search(text):  # the article is not named, a later 'artikel N' may be another
        return _question_article(item) or _SHORT[wet]
    if _LAW.match(head) and not head.lower().startswith("art"):
        return head
    m = _ARTICLE.match(head) or _CITED.search(text) or _ARTICLE.search(text)
    line = _SOURCE_LINE.search(text)
    if line and (not m or line.start() < m.start()):
        cited = _source_article(line.group(1), int(line.group(2)))
        if cited:
            return cited
    if not m:  # no article named: the one defining the question, else the law (never a sentence of the reason)
        return _question_article(item) or _SHORT.get(wet, wet)
    return f"{_SHORT.get(wet, wet)} art. {m.group(1)}"


def _question_article(item: dict) -> str:
    """'Participatiewet art. 43': the article of the case's law that defines its first question; '' if none does."""
    wet = str(item.get("wet", ""))
    questions = _questions(item)
    article = _definitions(LAW / wet).get(questions[0]) if questions and (LAW / wet).is_dir() else None
    if questions and not article:  # asked through the case's law but defined by another (a verordening): that one
        owners = [(p.name, a) for p in sorted(LAW.iterdir()) if p.is_dir() and p.name != "wijzigingen"
                  for a in [_definitions(p).get(questions[0])] if a]
        if len(owners) == 1:
            wet, article = owners[0]
    return f"{_short_name(wet)} art. {article}" if article else ""


def _short_name(wet: str) -> str:
    """'participatiewet' -> 'Participatiewet': the short name of a law, else the afkorting in law/<wet>/wet.yaml."""
    meta = LAW / wet / "wet.yaml"
    if wet not in _SHORT and meta.exists():
        return str((_load(meta) or {}).get("afkorting") or wet)
    return _SHORT.get(wet, wet)


def _source_article(file: str, line: int) -> str | None:
    """'BWBR0018451_2025-01-01.md', 36 -> 'Wzt art. 2': the law is the folder of law-sources/ that holds the file
    (its short name, or the afkorting in law/<wet>/wet.yaml), the article the heading above the line."""
    for path in sorted(SOURCES.glob(f"*/{file}")):
        article = None
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines()[:line], start=1):
            m = re.match(r"##\s+Artikel\s+(\S+)", text)
            if m:
                article = m.group(1)
            if number == line and article:
                return f"{_short_name(path.parent.name)} art. {article}"
    return None


def render() -> str:
    sets: dict[str, list[dict]] = {}
    folders: dict[str, str] = {}
    for path in sorted(CASES.glob("*.yaml")):
        sets[path.stem], folders[path.stem] = _load(path) or [], "cases"
    for path in sorted(EIGEN.glob("*.yaml")):
        sets[path.stem], folders[path.stem] = _eigen(path), "eigen"
    register: dict[str, dict] = {}
    for path in sorted(REGISTER.glob("*.yaml")):
        register.update(_load(path) or {})
    out = ["## Per artikelset", "",
           "| set | gevallen | zoals geschreven | regel aangepast | lezer onjuist | onderbepaald | notities |",
           "|---|---:|---:|---:|---:|---:|---|"]
    per_article: Counter = Counter()
    rows = defaultdict(list)
    for name, cases in sets.items():
        counts = Counter(register[c["id"]]["uitkomst"] for c in cases if c["id"] in register)
        as_written = len(cases) - counts["lezer_onjuist"] - counts["onderbepaald"]
        out.append(f"| {name} | {len(cases)} | {as_written} | {counts['regel_aangepast']} | "
                   f"{counts['lezer_onjuist']} | {counts['onderbepaald']} | `tests/lezingen/{folders[name]}/{name}-notities.md` |")
        for c in cases:
            per_article[article_key(c.get("artikel"))] += 1
            if c["id"] in register:
                rows[name].append((c, register[c["id"]]))
    total = sum(len(c) for c in sets.values())
    out += ["", f"In totaal {total} gevallen, {len(register)} geregistreerde meningsverschillen.", "",
            "## Per artikel", "", "| artikel | gevallen |", "|---|---:|"]
    out += [f"| {a} | {n} |" for a, n in sorted(per_article.items())]
    out += ["", "## Register: elk meningsverschil en hoe het is beslecht", ""]
    for name, items in rows.items():
        out += [f"### {name}", "", "| geval | artikel | uitkomst | reden |", "|---|---|---|---|"]
        for c, e in sorted(items, key=lambda x: x[0]["id"]):
            uitkomst = OUTCOME[e["uitkomst"]]
            if e["uitkomst"] == "lezer_onjuist" and "verwacht" in e:
                uitkomst += f": {_shown(e['verwacht'])}" + (f", ontbrekend {e['ontbrekend']}" if "ontbrekend" in e else "")
            elif e["uitkomst"] == "lezer_onjuist":  # per version (a case with per_versie)
                uitkomst += ": " + "; ".join(
                    f"{versie}: {_shown(body.get('verwacht', {}))}"
                    + (f", ontbrekend {body['ontbrekend']}" if "ontbrekend" in body else "")
                    for versie, body in e["per_versie"].items())
            reden = str(e.get("reden", "")).replace("|", "\\|").replace("\n", " ")
            out.append(f"| {c['id']} | {e.get('artikel') or c.get('artikel', '')} | {uitkomst} | {reden} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    page = PAGE.read_text(encoding="utf-8")
    head, rest = page.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{BEGIN}\n{render()}{END}{tail}"
    if "--controleer" in argv:
        if new != page:
            print("docs/lezingen.md is niet bij: draai python tools/lezingen_register.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
