"""Linear time on adversarial input (issue 16): checks that run before parsing must not backtrack. Each pathological
shape, 1 MiB of it, gets its answer within 2 s (measured, not assumed), and the answer is the right one."""

from __future__ import annotations

import gc
import json
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgraaf.core.errors import LawError, LawErrors
from wetgraaf.core.positions import Pos
from wetgraaf.server import nesting

from corpus_kit import run_cli  # noqa: E402

MIB = 1024 * 1024
LIMIT_S = 2.0

SHAPES = {  # name -> repeated unit; each is the shape that once froze the service or a parser
    "unclosed escaped quotes": b'\\"',
    "quote-backslash": b'"\\',
    "open brackets": b"[",
    "quotes": b'"',
    "quote escaped quote": b'"\\"',
    "strings": b'"a"',
    "letters": b"a",
}


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_the_nesting_check_is_linear(unit: bytes):
    body = unit * (MIB // len(unit))
    start = time.perf_counter()
    nesting(body)
    took = time.perf_counter() - start
    print(f"nesting, 1 MiB of {unit!r}: {took * 1000:.0f} ms")
    assert took < LIMIT_S


@pytest.mark.parametrize("value, depth", [
    ({"a": [1, {"b": "x[y"}]}, 3), ([[['\\"]"']]], 3), ({"a": "\\"}, 1), ([], 1), ("[[[", 0),
    ({"k[": {"\\": ['"]]', {"x": None}]}}, 4), (1, 0),
])
def test_the_nesting_check_counts_outside_strings_only(value, depth):
    assert nesting(json.dumps(value).encode()) == depth


def test_a_message_shows_a_window_of_a_long_line_and_reads_the_file_once(tmp_path):
    from wetgraaf.core.errors import WINDOW, LawError

    file = tmp_path / "lang.md"
    file.write_text("kort\n" + "x" * 120_000 + "\n", encoding="utf-8")
    start = time.perf_counter()
    out = [LawError("WG-X", "fout", Pos(str(file), 2, col)).render() for col in range(1, 120_000, 40)]
    took = time.perf_counter() - start
    print(f"3 000 messages on a 120 KB line: {took * 1000:.0f} ms, {sum(map(len, out)) // 1024} KiB of output")
    assert took < LIMIT_S
    assert all(len(o) < 4 * WINDOW + 200 for o in out)  # bounded, whatever the line's length
    middle = LawError("WG-X", "fout", Pos(str(file), 2, 60_000)).render().split("\n")
    assert middle[1].startswith("    …") and middle[1].endswith("…")
    assert middle[2].index("^") == 4 + 1 + WINDOW  # the caret stays under the column
    assert LawError("WG-X", "fout", Pos(str(file), 1, 2)).render().split("\n")[1:] == ["    kort", "     ^"]


# -- the question parser (wetgraaf/scenario.py): its regex was cubic on `recht(` + spaces ------------------------------

_OLD_QUESTION = re.compile(r"^\s*([^\W\d][\w.]*)\s*(?:\(\s*([^)]*?)\s*\))?\s*$")  # the reference, short inputs only


def _old_parse(text: str):
    m = _OLD_QUESTION.match(text)
    if not m:
        return None
    return m.group(1), tuple(a.strip() for a in m.group(2).split(",")) if m.group(2) else ()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab_1٣é.(),x \t\n\xa0\u2028", max_size=14))
def test_the_question_scanner_accepts_the_language_the_regex_did(text):
    from wetgraaf.scenario import parse_question

    try:
        got = parse_question(text, None)
    except LawError as exc:
        assert exc.code == "WG-SCEN-010"
        got = None
    assert got == _old_parse(text)


QUESTIONS = ["recht(" + " " * MIB, "recht(" + " " * MIB + ")x", "recht" + " " * MIB + "x", "recht(" + "a," * (MIB // 2),
             " " * MIB, "a" * MIB + "(", "recht(" + "(" * MIB, "recht(" + "\t" * MIB + ")"]


@pytest.mark.parametrize("question", QUESTIONS, ids=range(len(QUESTIONS)))
def test_a_mebibyte_question_is_read_within_two_seconds(question):
    from wetgraaf.scenario import parse_question

    pos = Pos("s.yaml", 4, 5)
    start = time.perf_counter()
    try:
        name, args = parse_question(question, pos)
    except LawError as exc:
        assert exc.code == "WG-SCEN-010" and exc.pos == pos
    else:  # only the last shape is a question: recht with one empty argument list
        assert (name, args) == ("recht", ())
    took = time.perf_counter() - start
    print(f"question of {len(question) // 1024} KiB: {took * 1000:.0f} ms")
    assert took < LIMIT_S


def test_a_scenario_with_a_mebibyte_question_gets_a_located_answer(tmp_path):
    """End to end through the YAML reader. PyYAML's pure-Python scanner itself needs seconds per MiB (linear, not
    the question parser's cost), so the bound here is only printed; the parse step is timed above."""
    from wetgraaf.scenario import load_file

    path = tmp_path / "vraag.yaml"
    path.write_text("naam: x\npeildatum: 2026-01-01\nvragen:\n  - " + json.dumps(QUESTIONS[0]) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(LawErrors) as caught:
        load_file(path)
    print(f"load_file, 1 MiB question: {time.perf_counter() - start:.1f} s")
    assert [(e.code, e.pos.line, e.pos.col) for e in caught.value.errors] == [("WG-SCEN-010", 4, 5)]


def test_vraag_on_the_command_line_reports_the_long_question_located(tmp_path):
    path = tmp_path / "vraag.yaml"
    path.write_text("naam: x\npeildatum: 2026-01-01\nvragen: [\"recht(" + " " * 200_000 + "\"]\n", encoding="utf-8")
    start = time.perf_counter()
    result = run_cli("vraag", str(path))
    print(f"wetgraaf vraag, 200 000 spaces: {time.perf_counter() - start:.1f} s (with the start of Python)")
    assert result.returncode == 1, result.stderr
    assert f"{path}:3:" in result.stderr + result.stdout and "WG-SCEN-010" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


# -- headings (parser/markdown.py): a lazy group before `[ \t]*#*[ \t]*$` was quadratic on spaces inside a heading ---

_OLD_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S+)(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$")  # the reference, short lines only


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="## \t\xa0Ld1x\n", max_size=16))
def test_the_heading_regex_reads_what_the_old_one_read(line):
    from wetgraaf.parser.markdown import HEADING, heading_ident

    old, new = _OLD_HEADING.match(line), HEADING.match(line)
    assert bool(old) == bool(new)
    if old and new:
        assert old.group(1, 2) == new.group(1, 2)
        assert (old.group(3) or "").strip() == heading_ident(new)


HEADINGS = ["## Lid 1" + " " * MIB + "x", "## Lid 1" + " \t" * (MIB // 2) + "#", "## " + " " * MIB + "Lid",
            "## Lid" + "#" * MIB + " x", "## Lid 1 " + "# " * (MIB // 2) + "x", "#" * MIB + " Lid 1"]


@pytest.mark.parametrize("heading", HEADINGS, ids=range(len(HEADINGS)))
def test_a_mebibyte_heading_gets_a_located_answer_within_two_seconds(heading):
    from wetgraaf.parser.markdown import parse_article

    text = "---\nwet: w\nartikel: \"1\"\nherkomst: officieel\n---\n\n# Artikel 1\n\nTekst.\n\n" + heading + "\n\nTekst.\n"
    start = time.perf_counter()
    try:  # read as a heading with a long number (the lid then says so), or refused with located messages
        outcome = [u.kind for u in parse_article(text, "w/artikel-1.md", "w", "Wet w").root.children]
    except LawErrors as exc:
        assert exc.errors and all(e.pos and e.pos.file == "w/artikel-1.md" for e in exc.errors)
        outcome = [f"{e.code}@{e.pos.line}" for e in exc.errors]
    took = time.perf_counter() - start
    print(f"heading of {len(heading) // 1024} KiB: {took * 1000:.0f} ms, {outcome}")
    assert took < LIMIT_S


# -- deep nesting and long chains in rule expressions (parser/rules.py): a located WG-PARSE-005, never RecursionError -

def _deep(shape: str, n: int) -> str:
    return {"brackets": "(" * n + "x" + ")" * n, "niet": "niet " * n + "x", "en": " en ".join(["x"] * (n + 1)),
            "of": " of ".join(["x"] * (n + 1)), "plus": "1 + " * n + "1 > 0", "minus": "- " * n + "1 > 0",
            "brackets around en": "(x en " * n + "x" + ")" * n, "als": "als x dan " * n + "x" + " anders x" * n}[shape]


DEEP = ["brackets", "niet", "en", "of", "plus", "minus", "brackets around en", "als"]


def _parse_timed(expr: str) -> tuple[LawError, float]:
    from wetgraaf.parser.rules import parse_block

    text = "feit x: waarheid\nbegrip b: waarheid =\n  " + expr + "\n"
    # Processor time of this process: the parser's own work. Wall time on two cores shared with the other test
    # worker also counts the waiting for a core (the bound is about the input's shape, not the neighbour's).
    # The garbage collector is paused while timing: a full collection of this worker's heap (every corpus and site
    # the other tests in this process loaded) is not the parser's work (a CI run measured 2.5 s for a parse that
    # takes 0.13 s alone; the ordinary block beside it took 13 ms).
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        with pytest.raises(LawError) as caught:
            parse_block(text, "w/artikel-1.md", line_offset=10)
        return caught.value, time.process_time() - start
    finally:
        gc.enable()


@pytest.mark.parametrize("shape", DEEP)
def test_a_mebibyte_of_nesting_gets_a_located_error_within_two_seconds(shape):
    unit = len(_deep(shape, 2)) - len(_deep(shape, 1))
    error, took = _parse_timed(_deep(shape, MIB // unit))
    print(f"{shape}, 1 MiB: {took * 1000:.0f} ms, {error.code} at {error.pos}")
    assert took < LIMIT_S
    assert (error.code, error.pos.file, error.pos.line) == ("WG-PARSE-006", "w/artikel-1.md", 11)


@pytest.mark.parametrize("shape", DEEP)
def test_the_largest_block_allowed_full_of_nesting_is_refused_located_within_two_seconds(shape):
    """Lark is linear but slow (tens of microseconds a token): the block bound keeps the worst case under 2 s."""
    from wetgraaf.parser.rules import MAX_BLOCK

    from wetgraaf.parser.rules import parse_block

    unit = len(_deep(shape, 2)) - len(_deep(shape, 1))
    expr = _deep(shape, (MAX_BLOCK - 100) // unit)
    parse_block("feit x: waarheid\n", "w/artikel-1.md", line_offset=10)  # Lark's tables are built on the first parse: not timed
    # The reference: an ordinary block of the same size (short definitions), parsed in this process just before.
    # On a quiet machine the nested block takes well under LIMIT_S; under the other test worker's load both slow
    # down alike, so the bound is LIMIT_S or three times the ordinary block, whichever is larger.
    flat = "".join(f"begrip b{i}: waarheid = x en x\n" for i in range(len(expr) // 40))
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        parse_block("feit x: waarheid\n" + flat, "w/artikel-1.md", line_offset=10)
        reference = time.process_time() - start
    finally:
        gc.enable()
    error, took = _parse_timed(expr)
    print(f"{shape}, {len(expr) // 1024} KiB: {took * 1000:.0f} ms (an ordinary block as large: "
          f"{reference * 1000:.0f} ms), {error.code} at {error.pos}")
    assert took < max(LIMIT_S, 3 * reference)
    assert (error.code, error.pos.file, error.pos.line) == ("WG-PARSE-005", "w/artikel-1.md", 13)


@pytest.mark.parametrize("shape", DEEP)
def test_nesting_up_to_the_bound_is_answered(tmp_path, shape):
    """Just inside the bound every stage (resolution, type checking, evaluation with its trace) still works."""
    from corpus_kit import answer, corpus
    from wetgraaf.parser.rules import MAX_DEPTH

    depth = {"en": MAX_DEPTH - 5, "of": MAX_DEPTH - 5, "brackets": MAX_DEPTH, "brackets around en": MAX_DEPTH // 3}.get(
        shape, MAX_DEPTH // 2)
    root = corpus(tmp_path, f"feit x: waarheid\nbegrip b: waarheid = {_deep(shape, depth)}\n")
    got = answer(root, "b", facts={("testwet.x", ()): True}, trace=True)
    assert got.error is None and got.value is True


@pytest.mark.parametrize("shape", ["en", "brackets", "niet"])
def test_check_and_vraag_report_deep_nesting_located_not_as_an_internal_error(tmp_path, shape):
    from corpus_kit import corpus

    root = corpus(tmp_path, f"feit x: waarheid\nbegrip b: waarheid = {_deep(shape, 400)}\n")
    scenario = tmp_path / "s.yaml"
    scenario.write_text("naam: s\npeildatum: 2026-01-01\nwet: testwet\nfeiten: {x: waar}\nvragen: [b]\n",
                        encoding="utf-8")
    for result in (run_cli("controleer", str(root)), run_cli("vraag", str(scenario), "--corpus", str(root))):
        out = result.stdout + result.stderr
        assert result.returncode == 1, out
        assert "WG-PARSE-005" in out and "artikel-1.md:" in out and "interne fout" not in out


# -- regexes over law text: phrases with a quantity, Markdown links, the insertion hint of an opdracht -------------

_OLD_LINK = re.compile(r"\[([^\]]*)\]\((?:https?:)?[^)\s]*\)")


@pytest.mark.parametrize("unit", ["a.", "a", "1,", "[a](", "[", "wordt ", "wordt , "])
def test_law_text_regexes_are_linear(unit):
    from wetgraaf.parser.wijziging import read_opdracht  # noqa: F401 - the module with the insertion hint
    from wetgraaf.resolve import waarden, woorden

    text = unit * (MIB // len(unit))
    gc.collect()
    gc.disable()  # processor time of the regexes, not of other workers or of collecting the heap
    try:
        start = time.process_time()
        waarden._quantities(text)
        woorden.printed_view(text)
        took = time.process_time() - start
    finally:
        gc.enable()
    print(f"law-text regexes, 1 MiB of {unit!r}: {took * 1000:.0f} ms")
    assert took < LIMIT_S


def test_an_unreadable_long_opdracht_is_answered_within_two_seconds():
    from wetgraaf.core.errors import LawError
    from wetgraaf.core.positions import Pos
    from wetgraaf.parser.wijziging import read_opdracht

    start = time.perf_counter()
    with pytest.raises(LawError) as err:
        read_opdracht("wordt " * 100_000 + "ingevoegd", Pos("w.md", 3, 1))
    assert time.perf_counter() - start < LIMIT_S
    assert err.value.pos.line == 3


def test_the_link_regex_reads_what_the_old_one_read_and_phrases_are_unchanged():
    import random

    from wetgraaf.resolve import waarden, woorden

    rnd = random.Random(7)
    pieces = ["zes", "jaar", "a.", "8,", " ", "  ", "€", "1.000", ",", "[", "]", "(", ")", "http:", "x", "weken",
              "(zes", "ten hoogste", "\n"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        if text.count("[") <= 1:  # one bracket: the old link regex cannot run over another link
            assert ([m.span() for m in woorden._LINK.finditer(text)]
                    == [m.span() for m in _OLD_LINK.finditer(text)]), text
    # the long-run guard changes nothing for ordinary text: the phrases of a real article are as before
    from wetgraaf.parser.corpus import default_root

    text = (default_root() / "wbmgp" / "artikel-5.md").read_text(encoding="utf-8")
    old = {}
    for m in waarden._PHRASE.finditer(text):
        words = m.group(0).rstrip(".,")
        try:
            old[waarden.read_quantity(words)] = words
        except waarden.NotAQuantity:
            continue
    assert waarden._quantities(text) == old and old
