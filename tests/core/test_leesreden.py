"""One language per surface for what the system and the XML reader say (issue 17): why a file cannot be read is
said in the catalogue's words by errno (the system's strerror is English whatever the locale); another reason, and
libxml2's problem with an XML file, are quoted as their own words inside a sentence of the catalogue."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from wetgraaf.core.errors import LawError, LawErrors, leesreden
from wetgraaf.taal import tekst


@pytest.mark.parametrize("code, nl, en", [
    (errno.ENOENT, "het bestand bestaat niet", "the file does not exist"),
    (errno.EACCES, "geen toestemming om het te lezen", "no permission to read it"),
    (errno.EPERM, "geen toestemming om het te lezen", "no permission to read it"),
    (errno.EISDIR, "dat is een map", "that is a folder"),
])
def test_a_known_reason_in_the_readers_words(code: int, nl: str, en: str) -> None:
    why = leesreden(OSError(code, "English words of the system"))
    assert (tekst(why, "nl"), tekst(why, "en")) == (nl, en)


def test_another_reason_is_quoted_as_the_systems() -> None:
    why = leesreden(OSError(errno.EBUSY, "Device or resource busy"))
    assert tekst(why, "nl") == "het systeem meldt: “Device or resource busy”"
    assert tekst(why, "en") == "the system reports: “Device or resource busy”"


def test_a_folder_where_a_law_file_should_be(tmp_path: Path) -> None:
    from wetgraaf.parser.files import read_text

    with pytest.raises(LawError) as info:
        read_text(tmp_path)
    assert tekst(info.value.message, "nl") == "dit bestand is niet te lezen: dat is een map"


def test_an_xml_problem_is_quoted_and_a_missing_file_said(tmp_path: Path) -> None:
    from wetgraaf.importeer import lees_toestand

    (tmp_path / "bad.xml").write_text("<a><b></a>", encoding="utf-8")
    with pytest.raises(LawErrors) as info:
        lees_toestand(tmp_path / "bad.xml")
    said = tekst(info.value.errors[0].message, "nl")
    assert said.startswith("het XML-bestand is niet te lezen: de XML-lezer (libxml2) meldt: “Opening and ending tag"), \
        said
    assert tekst(info.value.errors[0].message, "en").startswith("cannot read the XML file: the XML reader (libxml2) "
                                                                "reports: “")
    with pytest.raises(LawErrors) as info:
        lees_toestand(tmp_path / "nope.xml")
    assert tekst(info.value.errors[0].message, "nl") == "het bestand is niet te openen: het bestand bestaat niet"
    assert tekst(info.value.errors[0].message, "en") == "cannot open the file: the file does not exist"
