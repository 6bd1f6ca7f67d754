"""One language per surface for a site build (issue 17): mkdocs' English warnings (a link or an anchor that is not
there, an unknown setting) reach the reader of `wetgraaf site` in the catalogue's words (site/meldingen.py), Dutch
by default and English with `--taal en`; one the table does not know is quoted as mkdocs' own, in a Dutch
sentence; the plugin's own messages pass as they are."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from corpus_kit import assert_table_names_its_arguments, run_cli_process, small_mkdocs_site  # noqa: E402
from wetgraaf.site.meldingen import MKDOCS_MELDINGEN, PLUGIN_LOGGER, gezegd, mkdocs_melding
from wetgraaf.taal import tekst

# (mkdocs' text, the Dutch, the English)
TEXTS = [
    ("Doc file 'index.md' contains a link 'c.md', but the target is not found among documentation files.",
     "index.md linkt naar 'c.md', maar dat staat niet tussen de documentatiebestanden",
     "Doc file 'index.md' contains a link 'c.md', but the target is not found among documentation files."),
    ("Doc file 'index.md' contains a link 'b.md#x', but the doc 'b.md' does not contain an anchor '#x'.",
     "index.md linkt naar 'b.md#x', maar b.md heeft geen anker '#x'",
     "Doc file 'index.md' contains a link 'b.md#x', but the doc 'b.md' does not contain an anchor '#x'."),
    ("Doc file 'a.md' contains a link 'c.md', but the target 'sub/c.md' is not found among documentation files. "
     "Did you mean 'b.md'?",
     "a.md linkt naar 'c.md', maar dat staat niet tussen de documentatiebestanden; bedoelt u 'b.md'?",
     "Doc file 'a.md' contains a link 'c.md', but the target is not found among documentation files. Did you mean "
     "'b.md'?"),
    ("Config value 'plugins': Unrecognised configuration name: zoek",
     "instelling 'plugins' in de mkdocs-configuratie: mkdocs kent de naam zoek niet",
     "Config value 'plugins': Unrecognised configuration name: zoek"),
    ("Excluding 'README.md' from the site because it conflicts with 'index.md'.",
     "'README.md' is weggelaten uit de site omdat het botst met 'index.md'",
     "Excluding 'README.md' from the site because it conflicts with 'index.md'."),
    ("Config value 'theme': something mkdocs 2 may say",
     "instelling 'theme' in de mkdocs-configuratie: mkdocs meldt: “something mkdocs 2 may say”",
     "Config value 'theme': mkdocs reports: “something mkdocs 2 may say”"),
    ("A new warning of a later mkdocs", "mkdocs meldt: “A new warning of a later mkdocs”",
     "mkdocs reports: “A new warning of a later mkdocs”"),
]


@pytest.mark.parametrize("text, nl, en", TEXTS, ids=[t[0][:40] for t in TEXTS])
def test_mkdocs_warning_in_the_readers_words(text: str, nl: str, en: str) -> None:
    said = mkdocs_melding(text)
    assert (tekst(said, "nl"), tekst(said, "en")) == (nl, en)


def test_the_plugins_own_message_passes_as_it_is() -> None:
    record = logging.LogRecord(PLUGIN_LOGGER, logging.WARNING, __file__, 1, "wetten/x.md: iets in het Nederlands",
                               None, None)
    assert gezegd(record) == "wetten/x.md: iets in het Nederlands"
    record.name = "mkdocs.structure.pages"
    assert tekst(gezegd(record), "nl") == "mkdocs meldt: “wetten/x.md: iets in het Nederlands”"


def test_the_table_names_catalogue_messages_with_their_arguments() -> None:
    assert_table_names_its_arguments(MKDOCS_MELDINGEN)


RULES = "feit a(p: persoon): waarheid\nbegrip b(p: persoon): waarheid = a(p)\n"


def test_wetgraaf_site_says_mkdocs_warnings_in_the_readers_language(tmp_path: Path) -> None:
    root, _docs, config = small_mkdocs_site(tmp_path, RULES, {
        "index.md": "# Start\n\nZie [weg](weg.md) en [de sectie](b.md#sectie).\n", "b.md": "# B\n\nGeen sectie.\n"})
    args = ["site", "-o", str(tmp_path / "site"), "--corpus", str(root), "--config", str(config)]
    nl, en = run_cli_process(*args), run_cli_process("--taal", "en", *args)  # mkdocs' logging as in a real process
    assert nl.returncode == en.returncode == 1 and "Traceback" not in nl.stderr + en.stderr
    assert "waarschuwing: index.md linkt naar 'weg.md', maar dat staat niet tussen de documentatiebestanden" \
        in nl.stderr, nl.stderr
    assert "index.md linkt naar 'b.md#sectie', maar b.md heeft geen anker '#sectie'" in nl.stderr, nl.stderr
    assert "Doc file" not in nl.stderr and "WARNING" not in nl.stderr, nl.stderr
    assert "WARNING: Doc file 'index.md' contains a link 'weg.md', but the target is not found among documentation " \
        "files." in en.stderr, en.stderr
    assert "linkt naar" not in en.stderr, en.stderr
