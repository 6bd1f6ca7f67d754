"""Fuzzing amendment files: the instructions of the Wams with their sentence changed (another article, lid or
onderdeel, another verb — instructions that do not match the text they amend), their instruction block broken
(keys missing, wrong law, invalid YAML) and their new text mutated; applied to the real corpus. Reading and applying
either succeeds or fails with LawErrors located in the amendment folder — never another exception, never a hang."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzkit import assert_located, count, errors_of, fuzz, no_hang  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.parser.corpus import default_root  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.parser.wijziging import parse_wijziging  # noqa: E402
from wetgraaf.resolve.situation import select  # noqa: E402

SUITE = "wijzigingen"
WAMS = default_root() / "wijzigingen" / "wams"
DAY = dt.date(2026, 7, 1)


def _chunks() -> list[str]:
    """Every instruction of the Wams with the text up to the next one."""
    out = []
    for path in sorted(WAMS.glob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        starts = [i for i, line in enumerate(lines) if line.strip() == "```wijziging"]
        for n, start in enumerate(starts):
            out.append("\n".join(lines[start:starts[n + 1] if n + 1 < len(starts) else len(lines)]))
    return out


CHUNKS = _chunks()
ARTICLES = ["1.1.1", "2.1.1", "2.3.2", "2.3a.1", "5.4.4", "9.9.9", "0", "1a", "2.4a", "14", "3b", "7a", "", "1.1.1.1"]
PLACES = ["eerste lid", "tweede lid", "negentiende lid", "lid een", "onderdeel a", "onderdeel zz", "onder 1°",
          "onder 9°", "eerste lid, onderdeel b", "het eerste lid", ""]
VERBS = ["komt te luiden:", "vervalt.", "wordt ingevoegd:", "wordt een lid toegevoegd:", "wordt gewijzigd als volgt:",
         "worden in de alfabetische volgorde ingevoegd:", "wordt een artikel ingevoegd:", "", "vervalt"]
BLOCK_LINES = ["wet: bestaatniet", "wet: jeugdwet", "wet: [", "wet:", "onderdeel: 2026-02-30", "onderdeel: I.Z",
               "niet_uitvoerbaar: 5", "niet_uitvoerbaar: \"reden\"", "herkomst: officieel", "hoofdstuk: 99",
               "opdracht: Hoofdstuk 9 vervalt.", "opdracht: Artikel 9.9.9 vervalt.", "opdracht:", "- x", ": :",
               "opdracht: Na artikel 1.1.1 wordt een artikel ingevoegd:", "mvt: seed 002, regels 1-2", "\t", "```"]
TEXT_LINES = ["# Artikel 9.9.9", "# Artikel", "## Lid 1", "## Lid 99", "### Onderdeel a", "### Onderdeel",
              "#### Subonderdeel 1°", "```regels", "```", "feit nieuw(p: persoon): waarheid", "begrip x: waarheid =",
              "uitzondering e op wmo2015.cliënt(p): als waar dan onwaar", "", "---", "### Toelichting"]


@pytest.fixture(scope="module")
def base():
    corpus = wetgraaf.load().corpus
    return corpus


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wijzigingen") / "fz"
    root.mkdir()
    shutil.copyfile(WAMS / "wijziging.yaml", root / "wijziging.yaml")
    return root


def apply(base, folder: Path, text: str) -> None:
    file = folder / "I.md"
    file.write_text(text, encoding="utf-8")
    files = {str(file), str(folder / "wijziging.yaml"), str(folder)}
    with no_hang():
        try:
            wijz = parse_wijziging(folder, base)
        except (LawError, LawErrors) as exc:
            assert_located(errors_of(exc), files, text.count("\n") + 1)
            return
        corpus = copy.copy(base)
        corpus.wijzigingen = {**base.wijzigingen, "fz": wijz}
        try:
            select(corpus, DAY, ("fz",))
        except (LawError, LawErrors) as exc:
            assert_located(errors_of(exc), files, text.count("\n") + 1)


def _mutate_opdracht(draw, chunk: str) -> str:
    def repl(m: re.Match) -> str:
        sentence = m.group(2)
        op = draw(st.sampled_from(["article", "place", "verb", "all", "swap_words"]))
        if op in ("article", "all"):
            sentence = re.sub(r"\d+(?:\.\d+[a-z]?)*[a-z]?", lambda _: draw(st.sampled_from(ARTICLES)), sentence, count=1)
        if op in ("place", "all"):
            sentence = re.sub(r"(eerste|tweede|derde|vierde|vijfde|zesde) lid|onderdeel [a-z]+",
                              lambda _: draw(st.sampled_from(PLACES)), sentence, count=1)
        if op in ("verb", "all"):
            sentence = re.sub(r"(komt te luiden|vervalt|wordt[^:.]*|worden[^:.]*)[:.]?$",
                              lambda _: draw(st.sampled_from(VERBS)), sentence, count=1)
        if op == "swap_words":
            words = sentence.split()
            if len(words) > 2:
                i, j = draw(st.integers(0, len(words) - 1)), draw(st.integers(0, len(words) - 1))
                words[i], words[j] = words[j], words[i]
            sentence = " ".join(words)
        return m.group(1) + sentence

    return re.sub(r"^(opdracht:\s*)(.*)$", repl, chunk, count=1, flags=re.M)


@st.composite
def amendment_files(draw) -> str:
    chunks = [draw(st.sampled_from(CHUNKS)) for _ in range(draw(st.integers(1, 2)))]
    out = []
    for chunk in chunks:
        kind = draw(st.sampled_from(["opdracht", "opdracht", "block", "text", "chars"]))
        if kind == "opdracht":
            chunk = _mutate_opdracht(draw, chunk)
        else:
            lines = chunk.split("\n")
            end = next((i for i in range(1, len(lines)) if lines[i].startswith("```")), len(lines) - 1)
            for _ in range(draw(st.integers(1, 3))):
                if kind == "block":
                    i = draw(st.integers(1, max(end, 1)))
                    if draw(st.booleans()) and 0 < i < end:
                        del lines[i]
                        end -= 1
                    else:
                        lines.insert(i, draw(st.sampled_from(BLOCK_LINES)))
                        end += 1
                elif kind == "text":
                    i = draw(st.integers(min(end + 1, len(lines)), len(lines)))
                    op = draw(st.sampled_from(["insert", "delete", "replace"]))
                    if op == "insert" or i >= len(lines):
                        lines.insert(i, draw(st.sampled_from(TEXT_LINES)))
                    elif op == "delete":
                        del lines[i]
                    else:
                        lines[i] = draw(st.sampled_from(TEXT_LINES))
                else:
                    i = draw(st.integers(0, len(lines) - 1))
                    k = draw(st.integers(0, len(lines[i])))
                    lines[i] = lines[i][:k] + draw(st.sampled_from(["`", "#", ":", "\n", "[", "\x00", "é", "-"])) + \
                        lines[i][k:]
            chunk = "\n".join(lines)
        out.append(chunk)
    return "# Fuzzwijziging\n\n" + "\n\n".join(out) + "\n"


def test_the_wams_has_instructions_to_mutate():
    assert len(CHUNKS) > 30


@fuzz(1100)
@given(amendment_files())
def test_mutated_amendments(base, folder, text):
    count(SUITE)
    apply(base, folder, text)


@pytest.mark.parametrize("text", [
    "", "# Alleen tekst\n", "```wijziging\n", "```wijziging\n```\n", "```wijziging\nwet: wmo2015\n```\n",
    "```wijziging\nwet: wmo2015\nopdracht: Artikel 1.1.1 vervalt.\n```\n```wijziging\nwet: wmo2015\n"
    "opdracht: Artikel 1.1.1 vervalt.\n```\n",
    "```wijziging\nwet: wmo2015\nopdracht: Artikel 1.1.1 komt te luiden:\n```\n# Artikel 1.1.1\n# Artikel 1.1.2\n",
    "```wijziging\nwet: wmo2015\nopdracht: Hoofdstuk 99 vervalt.\n```\n",
    "```wijziging\nwet: wmo2015\nopdracht: " + "In artikel 1.1.1, " * 500 + "vervalt.\n```\n",
], ids=lambda t: repr(t)[:40])
def test_edge_amendments(base, folder, text):
    apply(base, folder, text)
