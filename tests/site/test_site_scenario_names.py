"""What a scenario file can name (site/results_cache.py, the keys of stored results) is read with libyaml where
PyYAML has it (parser.files.fast_load): the same values as the Python loader for every scenario file of the corpus, and a text libyaml
refuses is still read as the Python loader reads it (or, invalid for both, every word counts)."""

from __future__ import annotations

import yaml

from wetgraaf.parser.corpus import default_root
from wetgraaf.parser.files import fast_load
from wetgraaf.site import results_cache


def test_the_fast_loader_reads_every_scenario_file_as_the_python_loader():
    files = sorted(p for p in default_root().rglob("*.yaml") if "scenario" in p.as_posix())
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert fast_load(text) == yaml.safe_load(text), path


def test_an_invalid_file_names_every_word():
    words, asked = results_cache._read_names(b"vragen: [a, b\nwet: wbmgp\n")
    assert {"vragen", "a", "b", "wet", "wbmgp"} <= words
    assert asked == {(None, w) for w in words}


def test_without_libyaml_the_python_loader_reads_the_same(monkeypatch):
    text = "wet: wbmgp\nscenarios:\n  - naam: x\n    vragen: [vergunning_vereist]\n"
    fast = results_cache._read_names(text.encode())
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    assert results_cache._read_names(text.encode()) == fast
    assert ("wbmgp", "vergunning_vereist") in fast[1]
