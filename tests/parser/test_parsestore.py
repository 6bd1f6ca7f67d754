"""Parsed rule blocks and amendment sentences are kept between processes (parser/parsestore.py): a new process
after one edit parses only the block that changed, and the corpus it reads is the one a full parse gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def _forget_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: no blocks or sentences in memory, the store not yet read."""
    from wetgraaf.parser import opdracht, parsestore, rules

    monkeypatch.setattr(rules, "_PARSED", {})
    opdracht._read.cache_clear()
    monkeypatch.setattr(parsestore, "_STORE", parsestore._Store())


def test_a_new_process_parses_only_the_edited_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus_kit import subset

    from wetgraaf.parser import opdracht, rules
    from wetgraaf.parser.corpus import load_corpus

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = subset(tmp_path / "law")
    _forget_this_process(monkeypatch)
    parsed = repr(load_corpus(root))
    assert list((tmp_path / "cache").glob("blokken-*.pickle"))

    blocks: list[str] = []
    sentences: list[str] = []
    parse_block, read = rules._parse_block, opdracht._parser

    def counted_block(text, *args):
        blocks.append(text)
        return parse_block(text, *args)

    def counted_parser():
        sentences.append("")
        return read()

    monkeypatch.setattr(rules, "_parse_block", counted_block)
    monkeypatch.setattr(opdracht, "_parser", counted_parser)
    _forget_this_process(monkeypatch)
    assert repr(load_corpus(root)) == parsed
    assert blocks == [] and sentences == []

    art = root / "wbmgp" / "artikel-8.md"
    art.write_text(art.read_text(encoding="utf-8").replace('  = "zes jaar"', '  = "vier jaar"'), encoding="utf-8")
    _forget_this_process(monkeypatch)
    edited = load_corpus(root)
    assert len(blocks) == 1 and '"vier jaar"' in blocks[0]
    monkeypatch.setattr(rules, "_parse_block", parse_block)
    monkeypatch.setattr(rules, "_PARSED", {})
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "leeg"))  # no store at all: parsed from scratch
    monkeypatch.setattr(opdracht, "_parser", read)
    _forget_this_process(monkeypatch)
    assert repr(edited) == repr(load_corpus(root))
