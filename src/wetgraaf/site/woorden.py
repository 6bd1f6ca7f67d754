"""The site's own words (headings, table heads, labels, badges, tooltips, link texts, the form's script) in the
language of the build: `wetgraaf --taal en site`, WETGRAAF_TAAL or a locale starting with `en`, else Dutch. The
text is the catalogue's family taal/site.py. The law's text, the drafters' labels and the hand-written docs pages
are not translated: they are in the law's language."""

from __future__ import annotations

import json
import re
from typing import Any

from ..taal import catalogus, taal, tekst, zeg


def site_taal() -> str:
    """The language the site is built in ('nl' or 'en')."""
    return taal()


def woord(sleutel: str, /, **args: object) -> str:
    """A piece of the site's own text in the site's language. Plain text, not a Bericht: a page is written once, in
    one language."""
    return zeg(sleutel, taal(), **args)


def kort(citation: Any) -> str:
    """A citation in short ('art. 1 lid 2', in English 'art. 1 para. 2': parser.ir.Citation.kort) in the site's
    language."""
    return tekst(citation.kort(), taal())


def citaat(citation: Any) -> str:
    """A citation as a drafter writes it ('artikel 8, eerste lid, onderdeel a, Wbmgp'; in English 'article 8,
    paragraph 1, point a, Wbmgp': parser.ir.Citation.tekst, the catalogue's zin.bron.*) in the site's language."""
    render = getattr(citation, "tekst", None)
    return render(taal()) if callable(render) else str(citation)


def kind_label(kind: str) -> str:
    """A kind of definition in words: 'begrip', 'feit', 'open norm', 'parameter'."""
    key = f"site.soort.{kind}"
    return woord(key) if key in catalogus() else kind


_SLOT = re.compile(r'"\{\{(site\.[a-z0-9_.]+)\}\}"')


def vul_script(source: str) -> str:
    """A script of the site with each `"{{site.key}}"` string replaced by the catalogue's text as a JavaScript
    string (the form's buttons and messages speak the site's language)."""
    return _SLOT.sub(lambda m: json.dumps(woord(m.group(1)), ensure_ascii=False), source)
