"""Rendering helpers shared by the page generators: rule blocks highlighted with every name linked to its page,
defined terms in article text linked to their page, and small Markdown/HTML utilities."""

from __future__ import annotations

import html
import json
import re

from ..parser import ir
from .model import SiteModel, rel
from .woorden import kind_label, woord

KEYWORDS = {"soort", "feit", "oordeel", "begrip", "regel", "uitzondering", "parameter", "niet", "uitvoerbaar",
            "vraag", "door", "voor", "op", "als", "dan", "anders", "en", "of", "in", "bestaat", "waarvoor", "alle",
            "geldt", "aantal", "bekend", "lijst", "van", "waar", "onwaar", "peildatum"}
TYPES = set(ir.PRIMITIVES) | set(ir.ENTITY_TYPES)
_TOKEN = re.compile(r"""(?P<comment>\#[^\n]*)|(?P<string>"[^"\n]*")|(?P<date>\d{4}-\d{2}-\d{2})|"""
                    r"""(?P<number>€?\s?\d[\d_]*(?:\.\d+)?)|(?P<name>[^\W\d]\w*(?:\.[^\W\d]\w*)*)|(?P<other>.)""",
                    re.S)


def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def md_escape(text: str) -> str:
    """Text that Markdown must show as it is (names with underscores, asterisks)."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", str(text))


def json_script(element_id: str, data) -> str:
    """Data for the page's script, inert until read (no </script> can break out of it)."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="{esc(element_id)}">{text}</script>'


def meta_table(rows: list[tuple[str, str]]) -> list[str]:
    """A two-column table of facts about a page (Markdown lines); the empty header row is hidden by the CSS."""
    return (['<div class="wg-meta" markdown="block">', "", "| | |", "| --- | --- |"]
            + [f"| {k} | {v} |" for k, v in rows] + ["", "</div>", ""])


def highlight_rules(source: str, wet: str, model: SiteModel, page: str) -> str:
    """A rule block as HTML: keywords, types, strings, numbers and comments marked; each name that is a
    definition links to its page."""
    out = []
    for m in _TOKEN.finditer(source):
        kind, text = m.lastgroup, m.group()
        if kind == "name":
            qname = text if "." in text else f"{wet}.{text}"
            if qname in model.def_page:
                d = model.definitions[qname]
                out.append(f'<a class="wg-name wg-kind-{d.kind}" href="{esc(rel(page, model.def_page[qname], html=True))}"'
                           f' title="{esc(_kind_title(d))}">{esc(text)}</a>')
            elif text in KEYWORDS:
                out.append(f'<span class="wg-kw">{esc(text)}</span>')
            elif text in TYPES or text in _soorten(model):
                out.append(f'<span class="wg-type">{esc(text)}</span>')
            else:
                out.append(esc(text))
        elif kind == "other":
            out.append(esc(text))
        else:
            out.append(f'<span class="wg-{kind}">{esc(text)}</span>')
    return '<pre class="wg-regels"><code>' + "".join(out) + "</code></pre>"


def _kind_title(d) -> str:
    return f"{kind_label(d.kind)} {d.qname}: {d.type}"


def _soorten(model: SiteModel) -> set[str]:
    cached = getattr(model, "_soort_names", None)
    if cached is None:
        cached = {name for info in model.situations for name in info.program.soorten}
        model._soort_names = cached  # type: ignore[attr-defined]
    return cached


# ---------------------------------------------------------------------------------------------------------------
# Defined terms in article text

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\n]*)\)")
_PROTECT = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|`[^`\n]*`|<[^>\n]+>|https?://\S+")


def unlink_dead(text: str) -> str:
    """Links in the source text whose target is no address (e.g. a bare CELEX number) stay as text, with the
    target in a tooltip: the words are the official text, a broken relative link is not."""
    def repl(m: re.Match) -> str:
        target = m.group(2).strip()
        if re.match(r"^(https?://|#)", target):
            return m.group(0)
        return f'<span class="wg-bronlink" title="{esc(woord("site.bronlink", doel=target))}">{m.group(1)}</span>'

    return _LINK.sub(repl, text)


class TermLinker:
    """Links the defined terms (begrippen) of a set of laws where their words occur in article text."""

    def __init__(self, model: SiteModel, laws: set[str]) -> None:
        self.model = model
        terms = []
        for qname, d in model.definitions.items():
            if d.kind != "begrip" or d.wet not in laws:
                continue
            phrase = d.name.replace("_", " ")
            if len(phrase) < 4:
                continue
            terms.append((phrase, qname))
        terms.sort(key=lambda t: -len(t[0]))  # longest phrase first: 'gezamenlijke huishouding' before 'huishouding'
        self.terms = dict((p.lower(), q) for p, q in terms)
        # Whole words only; a line break may fall between the words; Dutch endings (-e, -en, -n, -s) allowed.
        words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in terms)
        self.pattern = re.compile(r"(?<![\w-])(" + words + r")(?:e|en|n|s)?(?![\w-])", re.I) if terms else None

    def link(self, text: str, page: str, frag: str, label: str) -> str:
        """The text with each term occurrence as a Markdown link; records the use on the model."""
        text = unlink_dead(text)
        if self.pattern is None or not text:
            return text
        pieces, last = [], 0
        for m in _PROTECT.finditer(text):
            pieces.append(self._link_plain(text[last:m.start()], page, frag, label))
            pieces.append(m.group())
            last = m.end()
        pieces.append(self._link_plain(text[last:], page, frag, label))
        return "".join(pieces)

    def _link_plain(self, text: str, page: str, frag: str, label: str) -> str:
        def repl(m: re.Match) -> str:
            qname = self.terms[" ".join(m.group(1).lower().split())]
            uses = self.model.text_uses.setdefault(qname, [])
            if not any(u[0] == page and u[1] == frag for u in uses):
                uses.append((page, frag, label))
            word = m.group(0)
            return f"[{word}]({rel(page, self.model.def_page[qname])}){{ .wg-term title=\"{qname}\" }}"

        return self.pattern.sub(repl, text) if self.pattern else text
