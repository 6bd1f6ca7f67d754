"""Every quotation in law/ that cites line numbers of a seed is checked against that seed: each quoted fragment
must occur within the cited lines.

The forms in use (docs/wetsbestand.md, "Toelichting" and "Rebuilt text"):

- a blockquote (lines starting with '>') whose paragraph ends in a citation, `(seed 002, regels 5719-5722)`;
  later quotes in the same Toelichting may leave out the seed, `(regels 6395-6403)`, `(regel 6900)`; one paragraph
  may hold several quotes, each followed by its own citation;
- a quotation in running text or in a YAML or rule string, between "...", «...» or '...', directly followed by its
  citation: `"kan ... instellen" (regels 1151-1155)`.

A citation may give several ranges (`regels 1107-1113, 5616-5655 en 4618-4625`); what follows a ';' is a remark
(`; zo ook 6879-6881`), except `; regels X-Y zijn een voetnoot ...`, which removes those lines (a footnote printed in
the middle of the quoted sentence). A citation without a seed number belongs to the seed cited last in the same
file, or to the seed of the file's `mvt:`/`bron:` field.

Words left out are marked with [...] or ...; an editorial insertion stands between [ ]. Each part between them must
occur in the cited lines. Comparison ignores case, punctuation, white space and the hyphens of words broken over
two lines in the seed. The seeds live in ../shared/seeds next to the repository; without them the test is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LAW = REPO / "law"
SEEDS = REPO.parent / "shared" / "seeds"

_RANGE = r"\d+(?:\s*[-–]\s*\d+)?"
CITE = re.compile(
    r"\((?:seed (?P<seed>\d{3}),\s*)?regels?\s+(?P<ranges>" + _RANGE + r"(?:\s*(?:,|en)\s*" + _RANGE + r")*)"
    r"(?P<rest>[^()]*)\)")
VOETNOOT = re.compile(r"regels?\s+(" + _RANGE + r")\s+(?:zijn|is)\s+een\s+voetnoot")
SEED_FIELD = re.compile(r"\bseed (\d{3})\b")
# A quotation in running text directly followed by its citation.
INLINE = re.compile(r"(?:\"([^\"]{2,400})\"|«([^«»]{2,400})»|(?<![\w])'([^'\n]{2,300})')\s*(?=\((?:seed \d{3},\s*)?regels?\s+\d)")
GAP = re.compile(r"\[[^\]]*\]|\.\.\.|…")


@dataclass
class Quote:
    file: str
    line: int
    text: str
    citation: str
    seed: str | None
    ranges: list[tuple[int, int]]
    excluded: set[int] = field(default_factory=set)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def _ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for part in re.findall(_RANGE, text):
        nums = [int(n) for n in re.findall(r"\d+", part)]
        out.append((nums[0], nums[-1]))
    return out


def _citation(m: re.Match, seed: str | None, file: str, line: int, text: str) -> Quote:
    excluded: set[int] = set()
    for v in VOETNOOT.finditer(m.group("rest") or ""):
        for a, b in _ranges(v.group(1)):
            excluded.update(range(a, b + 1))
    return Quote(file, line, text.strip(), m.group(0), m.group("seed") or seed, _ranges(m.group("ranges")), excluded)


def _default_seed(lines: list[str]) -> str | None:
    for line in lines:
        if re.match(r"\s*(mvt|bron):", line):
            m = SEED_FIELD.search(line)
            if m:
                return m.group(1)
    return None


def quotes_in(path: Path) -> list[Quote]:
    rel = str(path.relative_to(REPO))
    lines = path.read_text(encoding="utf-8").splitlines()
    seed = _default_seed(lines)
    out: list[Quote] = []
    # Paragraphs: runs of non-empty lines; a blockquote paragraph ends at a '>' line without text.
    paras: list[tuple[int, bool, list[str]]] = []
    cur: list[str] = []
    start, quoted = 0, False
    for i, raw in enumerate(lines + [""], 1):
        is_quote = raw.lstrip().startswith(">")
        body = raw.lstrip()[1:].strip() if is_quote else raw.strip()
        if (not body) or (cur and is_quote != quoted):
            if cur:
                paras.append((start, quoted, cur))
            cur = []
            if not body:
                continue
        if not cur:
            start, quoted = i, is_quote
        cur.append(body)
    for start, quoted, body in paras:
        text = " ".join(body)
        # The seed cited last in the file applies to later citations without one.
        if quoted:
            pos = 0
            for m in CITE.finditer(text):
                seed = m.group("seed") or seed
                out.append(_citation(m, seed, rel, start, text[pos:m.start()]))
                pos = m.end()
        else:
            for m in CITE.finditer(text):
                seed = m.group("seed") or seed
                q = None
                for qm in INLINE.finditer(text):
                    if text[qm.end():m.start()].strip() == "" and qm.end() <= m.start():
                        q = qm
                if q is not None:
                    out.append(_citation(m, seed, rel, start, next(g for g in q.groups() if g)))
    return out


def collect() -> list[Quote]:
    out = []
    for path in sorted(LAW.rglob("*.md")) + sorted(LAW.rglob("*.yaml")):
        out.extend(quotes_in(path))
    return out


def _norm(s: str) -> str:
    # A footnote number printed against a word in the seed ("participatie130 van") is not part of the words.
    return re.sub(r"[\W_]+", "", re.sub(r"(?<=[^\W\d_])\d+\b", "", s.lower()))


_SEED_CACHE: dict[str, list[str]] = {}


def seed_lines(seed: str) -> list[str]:
    if seed not in _SEED_CACHE:
        (path,) = SEEDS.glob(f"{seed}_*.txt")
        _SEED_CACHE[seed] = path.read_text(encoding="utf-8").splitlines()
    return _SEED_CACHE[seed]


def _where(fragment: str, lines: list[str]) -> str:
    """Where the fragment occurs in the whole seed (to help correct a wrong range)."""
    norm, owner = [], []
    for n, line in enumerate(lines, 1):
        piece = _norm(line)
        norm.append(piece)
        owner.extend([n] * len(piece))
    text = "".join(norm)
    hits = []
    for m in re.finditer(re.escape(fragment), text):
        hits.append(f"{owner[m.start()]}-{owner[m.end() - 1]}")
    return ", ".join(hits[:5]) if hits else "nowhere in the seed"


def check(q: Quote) -> str | None:
    if q.seed is None:
        return "citation without a seed (and none cited earlier in the file)"
    lines = seed_lines(q.seed)
    for a, b in q.ranges:
        if not (1 <= a <= b <= len(lines)):
            return f"range {a}-{b} is not a range of lines of seed {q.seed}"
    cited = "".join(_norm(lines[n - 1]) for a, b in q.ranges for n in range(a, b + 1) if n not in q.excluded)
    for part in GAP.split(q.text):
        frag = _norm(part)
        if frag and frag not in cited:
            return (f"'{part.strip()[:80]}' is not in seed {q.seed}, regels "
                    f"{', '.join(f'{a}-{b}' for a, b in q.ranges)}; it is at regels {_where(frag, lines)}")
    return None


QUOTES = collect() if SEEDS.is_dir() else []

# Quotations known to fail, in files this test's author may not change; each is reported to the owner of the file.
# The mark is strict: once the quotation is corrected, the test says so and the entry must go.
# Keyed on the file and the quoted words (line numbers move when others edit the file).
BEKEND: dict[tuple[str, str], str] = {}


def _params():
    for q in QUOTES:
        known = BEKEND.get((q.file, q.text))
        yield pytest.param(q, id=str(q), marks=[pytest.mark.xfail(reason=known, strict=True)] if known else [])


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seeds at {SEEDS}")
def test_quotations_found():
    assert len(QUOTES) >= 200, "the collector no longer finds the quotations of law/"
    assert all(q.ranges for q in QUOTES)
    assert set(BEKEND) <= {(q.file, q.text) for q in QUOTES}, "a known failure no longer exists: remove it from BEKEND"


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seeds at {SEEDS}")
@pytest.mark.parametrize("quote", list(_params()))
def test_quotation_within_cited_lines(quote: Quote):
    problem = check(quote)
    assert problem is None, f"{quote.file}:{quote.line} {quote.citation}: {problem}"


def test_checker_finds_a_range_one_line_short():
    """The check itself: a quotation whose last words are on the line after its range is reported, with the lines
    where the words are."""
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds at {SEEDS}")
    text = ("de verstrekkende partij heeft de gegevens eerder verwerkt voor een ander doel, maar kan die verstrekken "
            "voor zover die gegevens noodzakelijk zijn voor de uitvoering van de taken van de coördinator of voor de "
            "bijdrage van die partij aan de gecoördineerde aanpak.")
    short = Quote("x.md", 1, text, "(seed 002, regels 7826-7829)", "002", [(7826, 7829)])
    assert "7826-7830" in (check(short) or "")
    assert check(Quote("x.md", 1, text, "(seed 002, regels 7826-7830)", "002", [(7826, 7830)])) is None
    # Words left out ([...]) and a footnote number printed against a word in the seed do not count.
    gap = Quote("x.md", 1, "terecht kan met zorgen over de gezondheid, de zelfredzaamheid of de participatie van "
                "zichzelf [...] in ieder geval moet het college", "", "002", [(5941, 5947)])
    assert check(gap) is None
