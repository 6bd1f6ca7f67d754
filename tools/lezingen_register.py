"""Write the generated part of docs/lezingen.md from the second reading (tests/lezingen/): per article set the
number of cases and how many passed as written, per article the number of cases, and every registered
disagreement with how it was settled. `python tools/lezingen_register.py` rewrites the part between the markers;
`--controleer` exits 1 when the page is out of date (tests/law/test_lezingen.py runs that check).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "lezingen" / "cases"
EIGEN = REPO / "tests" / "lezingen" / "eigen"  # cases in wetgraaf's own scenario format (tests/law/test_lezingen_eigen.py)
REGISTER = REPO / "tests" / "lezingen" / "register"
PAGE = REPO / "docs" / "lezingen.md"
BEGIN, END = "<!-- register:begin -->", "<!-- register:end -->"
OUTCOME = {"regel_aangepast": "regel aangepast", "lezer_onjuist": "lezer onjuist (tekst zegt anders)",
           "onderbepaald": "geval onderbepaald"}


_LAW = re.compile(r"^(Wbmgp|Wmo(?: 2015)?|Jeugdwet|Participatiewet|Pw|Wgs|WI 2021|Wet inburgering 2021|Wzt|"
                  r"Afstemmingsverordening Diemen|Art\.)\s*(?:art(?:ikel|\.)?\s*)?([0-9IVX]+[0-9a-z.]*)", re.I)
_NUMBER = r"([0-9]+[a-z]?(?:\.[0-9]+[a-z]?)*)"  # '11', '4a', and the dotted numbers of the Wmo 2015: '2.3.5', '2.3a.1'
_ARTICLE = re.compile(r"\bart(?:ikel|\.)\s*" + _NUMBER, re.I)
# An article the reader cites with a line of the official text ('art. 2 lid 4 (r. 42)', '(art. 1 lid 1 onder c,
# r. 18)'): one of the law itself, not of a law it refers to ('art. 24 lid 1 of 3 Zvw').
_CITED = re.compile(r"\bart(?:ikel|\.)\s*" + _NUMBER + r"(?:(?!\bart)[^()])*?(?:\(|,\s*)r\.\s*\d", re.I)
# A reader who cites only lines of the source file ('Wmo (BWBR0035362_2026-07-01.md) r. 481: ...', 'Lid 1 (Wmo
# (BWBR...md) r. 477)'): the case counts for the law, not for an article mentioned later in its reasoning.
_LINE_ONLY = re.compile(r"^(?:\w+ \d+ \()?\w+ \(\w+_[0-9-]+\.md\) r\.\s*\d")
# The short name of a law whose reader cites only "art. N" (the law is then the case's `wet`).
_SHORT = {"zorgtoeslag": "Wzt", "participatiewet": "Participatiewet", "wmo2015": "Wmo 2015", "jeugdwet": "Jeugdwet",
          "afstemmingsverordening_diemen": "Afstemmingsverordening Diemen"}


def article_key(text: str) -> str:
    """'Wbmgp art. 8 lid 1 onder f' -> 'Wbmgp art. 8'; 'Wmo 2.3a.1 lid 4' -> 'Wmo 2015 art. 2.3a.1'."""
    text = str(text or "").strip()
    if text in _SHORT.values():  # a law without an article (_LINE_ONLY)
        return text
    m = _LAW.match(text)
    if not m:
        return text.split(",")[0].split(" lid ")[0][:40] or "?"
    wet = {"wmo": "Wmo 2015", "wmo 2015": "Wmo 2015", "pw": "Participatiewet", "wet inburgering 2021": "WI 2021",
           "art.": "Wams Art."}.get(m.group(1).lower(), m.group(1))
    return f"{wet} art. {m.group(2).rstrip('.')}"


def _eigen(path: Path) -> list[dict]:
    """A set in wetgraaf's own format as neutral-shaped cases: id = the prefix of naam, artikel = the first article
    the reader's toelichting cites ('Pw art. 11 lid 1 (BWBR...): ...')."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = data.get("scenarios", []) if isinstance(data, dict) else data
    return [{"id": str(i["naam"]).split(":", 1)[0].strip(), "artikel": _eigen_article(i)} for i in items]


def _eigen_article(item: dict) -> str:
    """'Pw art. 11 lid 1 (...)' names its law; 'Art. 1 lid 1 onder c (r. 18): ...' or a toelichting that cites the
    article later ('De aanvrager ... (art. 1 lid 1 onder c, r. 18)') is an article of the case's own law."""
    text = str(item.get("toelichting", ""))
    head = text.split(" (")[0]
    wet = str(item.get("wet", ""))
    if wet in _SHORT and _LINE_ONLY.search(text):  # the article is not named, a later 'artikel N' may be another
        return _SHORT[wet]
    if _LAW.match(head) and not head.lower().startswith("art"):
        return head
    m = _ARTICLE.match(head) or _CITED.search(text) or _ARTICLE.search(text)
    if not m:
        return head
    wet = str(item.get("wet", ""))
    return f"{_SHORT.get(wet, wet)} art. {m.group(1)}"


def render() -> str:
    sets: dict[str, list[dict]] = {}
    folders: dict[str, str] = {}
    for path in sorted(CASES.glob("*.yaml")):
        sets[path.stem], folders[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8")) or [], "cases"
    for path in sorted(EIGEN.glob("*.yaml")):
        sets[path.stem], folders[path.stem] = _eigen(path), "eigen"
    register: dict[str, dict] = {}
    for path in sorted(REGISTER.glob("*.yaml")):
        register.update(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
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
            if e["uitkomst"] == "lezer_onjuist":
                uitkomst += f": {e['verwacht']}" + (f", ontbrekend {e['ontbrekend']}" if "ontbrekend" in e else "")
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
