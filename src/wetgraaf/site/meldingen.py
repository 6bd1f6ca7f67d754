"""mkdocs' warnings in the catalogue's words: what `wetgraaf site` and `dienst --herlaad` show of a build is the
reader's language, not mkdocs' English. The warnings mkdocs gives about a site (a link to a page or anchor that is
not there, a file left out, a setting it does not know) are a table of its texts to catalogue messages; one the
table does not know is quoted as mkdocs' own words, inside a sentence of the catalogue. What the wetgraaf plugin
logs or raises is the catalogue's already and passes as it is."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..taal import bericht, tekst, volgens_tabel

# The logger of the wetgraaf plugin (site/plugin.py): its messages are the catalogue's.
PLUGIN_LOGGER = "mkdocs.plugins.wetgraaf"

# mkdocs 1.6's texts -> catalogue messages (the groups are their arguments); the first that matches.
MKDOCS_MELDINGEN = [(re.compile(p, re.S), k) for p, k in [
    (r"Doc file '(?P<bestand>[^']+)' contains a link '(?P<link>[^']+)', but the target(?: '[^']+')? is not found "
     r"among documentation files\.$", "zin.mkdocs.link_doel"),
    (r"Doc file '(?P<bestand>[^']+)' contains an unrecognized relative link '(?P<link>[^']+)', it was left as is\.$",
     "zin.mkdocs.link_onbekend"),
    (r"Doc file '(?P<bestand>[^']+)' contains an absolute link '(?P<link>[^']+)', it was left as is\.$",
     "zin.mkdocs.link_absoluut"),
    (r"Doc file '(?P<bestand>[^']+)' contains a link '(?P<link>[^']+)', but there is no such anchor on this page\."
     r"(?: This seems to be a footnote that is never referenced\.)?$", "zin.mkdocs.anker_hier"),
    (r"Doc file '(?P<bestand>[^']+)' contains a link '(?P<link>[^']+)', but the doc '(?P<doel>[^']+)' does not "
     r"contain an anchor '#(?P<anker>[^']+)'\.$", "zin.mkdocs.anker"),
    (r"Doc file '(?P<bestand>[^']+)' contains a link to '(?P<doel>[^']+)' which is excluded from the built site\.$",
     "zin.mkdocs.link_uitgesloten"),
    (r"Excluding '(?P<bestand>[^']+)' from the site because it conflicts with '(?P<ander>[^']+)'\.$",
     "zin.mkdocs.conflict"),
    (r"A reference to '(?P<pad>[^']+)' is included in the 'nav' configuration, which is not found in the "
     r"documentation files\.$", "zin.mkdocs.nav_niet_gevonden"),
    (r"A reference to '(?P<pad>[^']+)' is included in the 'nav' configuration, but this file is excluded from the "
     r"built site\.$", "zin.mkdocs.nav_uitgesloten"),
    (r"An absolute path to '(?P<pad>[^']+)' is included in the 'nav' configuration, which presumably points to an "
     r"external resource\.$", "zin.mkdocs.nav_absoluut"),
    (r"Config value '(?P<naam>[^']+)': Unrecognised configuration name: (?P<sleutel>.+)$",
     "zin.mkdocs.instelling_onbekend"),
    (r"Unrecognised configuration name: (?P<sleutel>.+)$", "zin.mkdocs.instelling_onbekend_kaal"),
    (r"Config value '(?P<naam>[^']+)': (?P<melding>.+)$", "zin.mkdocs.instelling"),
    (r"Template skipped: '(?P<naam>[^']+)' not found in (?:theme directories|docs_dir)\.$", "zin.mkdocs.sjabloon"),
    (r"Error reading page '(?P<pagina>[^']+)':$", "zin.mkdocs.pagina"),
    (r"Error reading page '(?P<pagina>[^']+)': (?P<melding>.+)$", "zin.mkdocs.pagina_fout"),
    (r"File not found: (?P<pad>.+)$", "zin.mkdocs.bestand_niet_gevonden"),
    (r"Encoding error reading file: (?P<pad>.+)$", "zin.mkdocs.codering"),
]]
_SUGGESTION = re.compile(r"^(?P<melding>.*) Did you mean '(?P<bedoeld>[^']+)'\?$", re.S)
# what mkdocs says in a `Config value` or `Error reading page` message after its own words: said the same way
_INNER = ("melding",)


def mkdocs_melding(text: str) -> Any:
    """mkdocs' warning `text` as a catalogue message; one the table does not know, quoted as mkdocs'."""
    text = text.strip()
    hint = _SUGGESTION.match(text)
    if hint:
        return bericht("zin.mkdocs.bedoelt", melding=mkdocs_melding(hint["melding"]), bedoeld=hint["bedoeld"])
    said = volgens_tabel(text, MKDOCS_MELDINGEN, lambda k, v: mkdocs_melding(v) if k in _INNER else v)
    return said if said is not None else bericht("zin.mkdocs.bibliotheek", tekst=text)


def eigen(text: str) -> bool:
    """Whether `text` is what the wetgraaf plugin raised (mkdocs logs a plugin's error again, in its own logger)."""
    return text.startswith(str(tekst(bericht("zin.site.corpus_fouten"))))


def gezegd(record: logging.LogRecord) -> Any:
    """What a log record of the build says, for the reader: the plugin's own text as it is, mkdocs' in the
    catalogue's words."""
    text = record.getMessage()
    if record.name.startswith(PLUGIN_LOGGER) or eigen(text):
        return text
    return mkdocs_melding(text)


def niveau(record: logging.LogRecord) -> Any:
    """The record's level in words ('waarschuwing', 'fout'), for the lines a build prints as it goes."""
    return bericht("zin.mkdocs.fout" if record.levelno >= logging.ERROR else "zin.mkdocs.waarschuwing")
