"""The front matter and amendment blocks are read with yaml.safe_load once per text in a process (parser/files.py
safe_load): the same value as PyYAML gives, a fresh copy each time (a caller may change it), and a text that does
not load fails every time, as before."""

from __future__ import annotations

import datetime as _dt

import pytest
import yaml

from wetgraaf.parser import files
from wetgraaf.parser.corpus import default_root


def test_a_text_read_again_gives_the_same_value_as_a_fresh_copy() -> None:
    text = "geldig_vanaf: 2024-01-01\nwijzigingen:\n  - {inwerking: 2025-07-01, bron: Stb. 1}\nlid: &a [1, 2]\nook: *a\n"
    first = files.safe_load(text)
    assert first == yaml.safe_load(text)
    first["wijzigingen"].append("veranderd door de aanroeper")
    again = files.safe_load(text)
    assert again == yaml.safe_load(text) and again is not first
    assert again["geldig_vanaf"] == _dt.date(2024, 1, 1)
    assert again["ook"] is again["lid"]  # an alias stays one object, as PyYAML gives it


def test_a_text_that_does_not_load_fails_every_time() -> None:
    for _ in range(2):
        with pytest.raises(yaml.YAMLError):
            files.safe_load("sleutel: [niet gesloten\n")


def test_every_front_matter_of_the_corpus_reads_as_pyyaml_reads_it() -> None:
    for path in sorted(default_root().rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        front = text.split("\n---", 1)[0][4:]
        assert files.safe_load(front) == yaml.safe_load(front) == files.safe_load(front), path
