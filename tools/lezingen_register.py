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


def article_key(text: str) -> str:
    """'Wbmgp art. 8 lid 1 onder f' -> 'Wbmgp art. 8'; 'Wmo 2.3a.1 lid 4' -> 'Wmo 2015 art. 2.3a.1'."""
    text = str(text or "").strip()
    m = re.match(r"^(Wbmgp|Wmo(?: 2015)?|Jeugdwet|Participatiewet|Pw|Wgs|WI 2021|Wet inburgering 2021|"
                 r"Afstemmingsverordening Diemen(?: 2015)?(?= art)|Wet op de zorgtoeslag|Art\.)"
                 r"\s*(?:art(?:ikel|\.)?\s*)?([0-9IVX]+[0-9a-z.]*)", text, re.I)
    if not m:
        return text.split(",")[0].split(" lid ")[0][:40] or "?"
    wet = {"wmo": "Wmo 2015", "wmo 2015": "Wmo 2015", "pw": "Participatiewet", "wet inburgering 2021": "WI 2021",
           "art.": "Wams Art."}.get(m.group(1).lower(), m.group(1))
    return f"{wet} art. {m.group(2).rstrip('.')}"


# The readers cite a law by its name or an abbreviation, before the article ('Pw art. 11 lid 1', 'CVDR art. 9')
# or after it ('Art. 21 onder a Pw'); without one, the article is of the law named last before it ('feitenlijst Pw
# r. 11, grondslag art. 8'), else of the law the case asks about ('wet:').
_CITED_LAW = {"pw": "participatiewet", "participatiewet": "participatiewet", "cvdr": "afstemmingsverordening_diemen",
              "dv": "afstemmingsverordening_diemen", "afstemmingsverordening diemen": "afstemmingsverordening_diemen",
              "wzt": "zorgtoeslag"}
_LAW_TOKEN = r"Pw|Participatiewet|CVDR|DV|Afstemmingsverordening Diemen|Wzt"
_CITATION = re.compile(rf"(?:\b({_LAW_TOKEN})\s+)?\bart(?:ikel|\.)\s*(\d+[a-z]?)"
                       rf"(?:(?:\s+(?:lid|onder|sub|aanhef)(?:\s+[0-9a-z]+)?)*\s+({_LAW_TOKEN})\b)?", re.I)


def _law_name(key: str) -> str:
    """law/<key>/wet.yaml's afkorting ('Afstemmingsverordening Diemen 2015'), else the key."""
    meta = REPO / "law" / key / "wet.yaml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.is_file() else None
    return str((data or {}).get("afkorting") or key)


def cited_article(toelichting: str, wet: str) -> str:
    """The first article the reader's toelichting cites, as 'Participatiewet art. 21'; the name of the case's law
    when it cites none."""
    m = _CITATION.search(toelichting)
    if not m:
        return _law_name(wet)
    before = re.findall(rf"\b({_LAW_TOKEN})\b", toelichting[:m.start()], re.I)
    token = (m.group(1) or m.group(3) or (before[-1] if before else "")).lower()
    return f"{_law_name(_CITED_LAW.get(token, wet))} art. {m.group(2)}"


def _eigen(path: Path) -> list[dict]:
    """A set in wetgraaf's own format as neutral-shaped cases: id = the prefix of naam, artikel = the first article
    the reader's toelichting cites ('Pw art. 11 lid 1 (BWBR...): ...')."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = data.get("scenarios", []) if isinstance(data, dict) else data
    return [{"id": str(i["naam"]).split(":", 1)[0].strip(),
             "artikel": cited_article(str(i.get("toelichting", "")), str(i.get("wet", "")))} for i in items]


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
