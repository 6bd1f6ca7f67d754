"""Why the system refused a write, for a reason the catalogue has no words for (issue 17, item 4): the system's own
text (English whatever the locale) quoted inside the catalogue's sentence, never bare."""

from __future__ import annotations

import errno

import pytest

from wetgraaf import atomic
from wetgraaf.taal import bericht, tekst


def test_an_unknown_reason_to_refuse_a_write_is_quoted_in_the_readers_language() -> None:
    refused = atomic.OutputRefused(bericht("zin.uitvoer.schrijven", doel="uit.json",
                                           reden=atomic.reason(OSError(errno.ETXTBSY, "Text file busy"))))
    nl, en = tekst(refused.args[0], "nl"), tekst(refused.args[0], "en")
    assert nl.endswith("het systeem meldt: “Text file busy”") and "uit.json" in nl, nl
    assert en.endswith("the system reports: “Text file busy”"), en


def test_a_known_reason_stays_in_the_catalogues_words() -> None:
    assert tekst(atomic.reason(OSError(errno.ENOSPC, "No space left on device")), "nl") == "de schijf is vol"


@pytest.mark.parametrize("taal, zin", [("nl", "het systeem meldt: “Device or resource busy”"),
                                       ("en", "the system reports: “Device or resource busy”")])
def test_the_command_line_says_a_refused_path_with_the_quoted_reason(capsys, taal, zin) -> None:
    from wetgraaf.cli import exit_code
    from wetgraaf.taal import in_taal

    with in_taal(taal):
        code = exit_code(OSError(errno.EBUSY, "Device or resource busy", "/mnt/bezet"))
    assert code == 2
    assert capsys.readouterr().err.strip() == f"/mnt/bezet: {zin}"
