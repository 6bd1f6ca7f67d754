"""Linear time on adversarial input (issue 16): checks that run before parsing must not backtrack. Each pathological
shape, 1 MiB of it, gets its answer within 2 s (measured, not assumed), and the answer is the right one."""

from __future__ import annotations

import json
import time

import pytest

from wetgraaf.server import nesting

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
    from wetgraaf.parser.errors import WINDOW, LawError
    from wetgraaf.parser.ir import Pos

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
