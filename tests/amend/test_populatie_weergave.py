"""The population part of `wetgraaf wijziging` writes its counts and shares the reader's way (issue 17: Dutch
output groups thousands with a point, not with Python's comma)."""

import pytest

from wetgraaf import cli_wijziging
from wetgraaf.taal import in_taal

POP = {"populatie": "p", "vraag": "v(x)", "aantal": 100000, "zaad": 7, "seconden": 0.461, "pad": "batch",
       "voor": {"waar": 6170, "onwaar": 93767, "onbekend": 63}, "na": {"waar": 4253, "onwaar": 95701, "onbekend": 46},
       "overgangen": [{"van": "waar", "naar": "onwaar", "aantal": 1917}], "voorbeelden": []}


@pytest.mark.parametrize("taal, words, not_words", [
    ("nl", ["100.000 gevallen", "0,461 s", "93.767", "+1.934", "-1.917", "1.917", "1,9%"], ["100,000", "93,767", "1.9%"]),
    ("en", ["100,000 cases", "0.461 s", "93,767", "+1,934", "-1,917", "1.9%"], ["100.000", "93.767", "1,9%"]),
])
def test_counts_and_shares_in_the_reader_language(capsys, monkeypatch, taal, words, not_words):
    from rich.console import Console

    monkeypatch.setattr(cli_wijziging, "out", Console(highlight=False, soft_wrap=True, width=200))
    with in_taal(taal):
        cli_wijziging._render_population(POP)
    shown = capsys.readouterr().out
    for w in words:
        assert w in shown, (w, shown)
    for w in not_words:
        assert w not in shown, (w, shown)
