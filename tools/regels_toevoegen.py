"""Insert a ```regels block under a heading of a law file, after that unit's own text (before the next heading).

    python tools/regels_toevoegen.py law/wmo2015/artikel-1.1.2.md "## Lid 3" < blok.txt
    python tools/regels_toevoegen.py FILE "## Lid 4" "### Onderdeel a" < blok.txt   # nested: first match after the previous

The law text itself is never changed: the block goes between the text and the next heading. The file is replaced
atomically and the original is kept beside it as <file>.orig (wetgraaf/atomic.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from wetgraaf.atomic import write_text


def insert(path: Path, headings: list[str], block: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    start = 0
    for heading in headings:
        start = next(i for i in range(start, len(lines)) if lines[i].strip() == heading.strip()) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("#")), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    new = ["", "```regels", *block.strip("\n").split("\n"), "```"]
    lines[end:end] = new
    write_text(path, "\n".join(lines))  # atomically, the original kept as <file>.orig


if __name__ == "__main__":
    insert(Path(sys.argv[1]), sys.argv[2:], sys.stdin.read())
