"""Fuzzing the Markdown law files and wet.yaml as read from disk: real article files with lines deleted, duplicated,
swapped or replaced by broken headings, unclosed fences and stray front-matter lines; characters inserted; the
file saved in another encoding or with stray bytes; empty, blank and huge files. Loading either succeeds (and the
law is then resolved and type-checked) or fails with LawErrors located in the file — never another exception,
never a hang."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzkit import assert_located, count, errors_of, fuzz, no_hang  # noqa: E402

from wetgraaf.parser.corpus import default_root, load_corpus  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.resolve.program import build  # noqa: E402
from wetgraaf.resolve.situation import select  # noqa: E402

SUITE = "wetsbestanden"
LAW_FILES = sorted(p for p in default_root().rglob("*.md") if p.name.startswith("artikel-"))
TEXTS = {p.name + "@" + p.parent.name: p.read_text(encoding="utf-8") for p in LAW_FILES}
WET_YAML = "sleutel: fz\ntitel: Fuzzwet\nafkorting: Fz\nstatus: in werking\n"
LINES = ["# Artikel 1", "# Artikel", "## Lid", "## Lid 1", "## Lid 1", "### Onderdeel a", "#### Subonderdeel 1°",
         "## Paragraaf 3", "## Toelichting", "##Lid 2", "# ", "#", "######## Lid 9", "```regels", "```", "````",
         "~~~", "```wijziging", "---", "wet: fz", "artikel: \"2\"", "geldig_vanaf: 2026-02-30", "herkomst: geschat",
         "herkomst: herleid", "feit x: waarheid", "begrip y: waarheid = x", "niet uitvoerbaar: \"reden\"",
         "- *begrip:* tekst", "1 Tekst van het eerste lid.", "", "   ", "\t", "\r", "\x00", "\ufeff", "€ 12,50",
         "[artikel 3](#Artikel3)", "bedoeld in het vierde lid", "*[Herleid — wettekst niet beschikbaar.]*"]
ENCODINGS = ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-32", "utf-8-sig", "ascii"]


def load(folder: Path, article: bytes, wet_yaml: bytes | None = None) -> None:
    """Write the file and load the corpus it is in; on success resolve and type-check it."""
    law = folder / "fz"
    (law / "artikel-1.md").write_bytes(article)
    (law / "wet.yaml").write_bytes(wet_yaml if wet_yaml is not None else WET_YAML.encode())
    files = {str(law / "artikel-1.md"), str(law / "wet.yaml")}
    lines = max(article.count(b"\n"), (wet_yaml or b"").count(b"\n")) + 1
    with no_hang():
        try:
            corpus = load_corpus(folder)
        except (LawError, LawErrors) as exc:
            assert_located(errors_of(exc), files, lines)
            return
        try:
            build(select(corpus, dt.date(2026, 1, 1)))
        except LawErrors as exc:
            # A real article alone misses the names of its neighbours: located errors, in this file.
            assert_located(exc.errors, files, lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wetsbestanden")
    (root / "fz").mkdir()
    return root


@pytest.fixture(scope="module", autouse=True)
def own_cache(tmp_path_factory):
    """The cases' parse results kept in a cache folder of their own (the same code path: parsed, stored, saved).
    A load that parsed something new writes the block store (parser/parsestore.py) again, with every entry this
    process used and the user's cache held: in the test process that is the whole corpus's blocks, rewritten for
    each of the ~2 000 cases (a quarter of the processor time of the two largest suites here, measured)."""
    old = os.environ.get("WETGRAAF_CACHE")
    os.environ["WETGRAAF_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("WETGRAAF_CACHE", None)
    else:
        os.environ["WETGRAAF_CACHE"] = old


def _retarget(text: str) -> str:
    """A real article placed in the fuzz law: its front matter says wet: fz and artikel: 1."""
    out = []
    for line in text.split("\n"):
        if line.startswith("wet: "):
            line = "wet: fz"
        elif line.startswith("artikel: "):
            line = 'artikel: "1"'
        elif line.startswith("# Artikel "):
            line = "# Artikel 1"
        out.append(line)
    return "\n".join(out)


@st.composite
def mutated_lines(draw) -> str:
    lines = _retarget(TEXTS[draw(st.sampled_from(sorted(TEXTS)))]).split("\n")
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "replace", "truncate"]))
        if not lines:
            lines.append(draw(st.sampled_from(LINES)))
        elif op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(LINES)))
        elif op == "replace":
            lines[i] = draw(st.sampled_from(LINES))
        else:
            lines = lines[:i]
    return "\n".join(lines)


@fuzz(700)
@given(mutated_lines())
def test_mutated_lines(folder, text):
    count(SUITE)
    load(folder, text.encode("utf-8"))


@fuzz(600)
@given(st.data())
def test_mutated_characters(folder, data):
    count(SUITE)
    text = _retarget(TEXTS[data.draw(st.sampled_from(sorted(TEXTS)))])
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        insert = data.draw(st.one_of(st.sampled_from(["`", "#", "-", ":", "\n", "---", "```", "\r", "\ufeff", "\x00",
                                                      "é", "\n#", "\n```\n", "{", "[", "*", "&a", "€"]),
                                     st.characters(blacklist_categories=("Cs",))))
        text = text[:i] + insert + text[i + data.draw(st.integers(0, 3)):]
    load(folder, text.encode("utf-8"))


@fuzz(400)
@given(st.data())
def test_other_encodings_and_stray_bytes(folder, data):
    count(SUITE)
    text = _retarget(TEXTS[data.draw(st.sampled_from(sorted(TEXTS)))])
    raw = text.encode(data.draw(st.sampled_from(ENCODINGS)), errors="replace")
    for _ in range(data.draw(st.integers(0, 3))):
        i = data.draw(st.integers(0, len(raw)))
        raw = raw[:i] + data.draw(st.binary(min_size=1, max_size=4)) + raw[i:]
    load(folder, raw)


@fuzz(300)
@given(st.lists(st.sampled_from(["sleutel: fz", "sleutel: ander", "titel: Fuzzwet", "titel: [a, b]", "titel:",
                                 "afkorting: Fz", "status: in werking", "status: misschien", "status: [x]",
                                 "bwb: BWBR0035362", "versies: 3", "- lijst", "{", "key: &a [*a]", ": :", "\t",
                                 "geldig_vanaf: 2026-02-30", "\x00", "titel: 2026-02-30", "sleutel: 12"]),
                max_size=8).map("\n".join))
def test_mutated_wet_yaml(folder, wet_yaml):
    count(SUITE)
    load(folder, _retarget(TEXTS[sorted(TEXTS)[0]]).encode(), wet_yaml.encode())


@pytest.mark.parametrize("article", [
    b"", b"\n", b"   \n\t\n", b"---", b"---\n---\n", b"---\nwet: fz\n---\n", b"\xef\xbb\xbf---\nwet: fz\n---\n",
    b"\x00" * 100, b"\xff\xfe" + "---\n".encode("utf-16-le"), b"---\nwet: fz\nartikel: 1\n---\n# Artikel 1\n```regels\n",
    b"---\nwet: fz\nartikel: \"1\"\n---\n# Artikel 1\n" + b"#" * 10_000 + b"\n",
    b"---\nwet: fz\nartikel: \"1\"\n---\n# Artikel 1\n" + b"- " * 100_000 + b"\n",
    b"---\n" + b"a: [" * 5_000 + b"\n---\n",
])
def test_edge_files(folder, article):
    load(folder, article)


def test_a_huge_file_is_read_in_bounded_time(folder):
    """Two thousand leden with a rule block each (about 1 MB): read and checked without hanging."""
    parts = ['---\nwet: fz\nartikel: "1"\nherkomst: officieel\n---\n\n# Artikel 1\n']
    for i in range(1, 2001):
        parts.append(f"\n## Lid {i}\n\n{i} Tekst van lid {i}, " + "met woorden " * 30 +
                     f"\n\n```regels\nfeit f{i}(p: persoon): waarheid\nbegrip b{i}(p: persoon): waarheid = f{i}(p)"
                     f" en niet f{max(i - 1, 1)}(p)\n```\n")
    data = "".join(parts).encode()
    assert len(data) > 1_000_000
    start = time.process_time()  # this process's work: the other worker's load is not the reader's
    load(folder, data)
    assert time.process_time() - start < 30


def test_a_file_that_cannot_be_read_is_reported(folder):
    (folder / "fz" / "artikel-1.md").write_text(_retarget(TEXTS[sorted(TEXTS)[0]]), encoding="utf-8")
    target = folder / "fz" / "artikel-2.md"
    target.mkdir()  # a folder where a file is expected
    try:
        with pytest.raises((LawError, LawErrors)):
            load_corpus(folder)
    finally:
        shutil.rmtree(target)
