"""The question form ("Komt dit in aanmerking?"): which decisions can be asked, the form on a decision's page, the
page in the navigation that lists them, and the offer of the form on the article pages that define them.

The form itself runs in the browser (assets/wetgraaf.js) against the interview of the question service
(`POST /api/interview/next`, wetgraaf/interview.py)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..resolve.model import Definition
from .model import SiteModel, rel
from .render import esc, json_script, md_escape
from .woorden import kort, site_taal, woord

if TYPE_CHECKING:
    from .build import SiteBuild

PAGE = "vragen/index.md"
ANCHOR = "komt-dit-in-aanmerking"


@dataclass
class Form:
    """One decision the site offers a form for, in the first situation that defines it."""

    qname: str
    wet: str
    wijzigingen: tuple[str, ...]
    params: list[tuple[str, str]]  # (name, entity type)

    @property
    def vraag(self) -> str:
        name = self.qname.split(".", 1)[1]
        return f"{name}({', '.join(p for p, _ in self.params)})" if self.params else name


def askable(d: Definition) -> bool:
    """A decision about people or things: a begrip whose parameters are all entities."""
    return d.kind == "begrip" and all(p.type.kind == "entiteit" for p in d.params)


def label(d: Definition) -> str:
    """A definition's Dutch label with its roles in the {param} places ("de cliënt is gezinslid van ..."), else its
    name in words (resolve.labels.phrase)."""
    from ..resolve.labels import phrase

    return phrase(d)


def forms(model: SiteModel) -> list[Form]:
    """Every form the site offers (a test walks each of them through the service)."""
    out = []
    for qname, d in model.definitions.items():
        if askable(d):
            info = next(i for i in model.situations if qname in i.program.definitions)
            out.append(Form(qname, d.wet, info.wijzigingen, [(p.name, p.type.name) for p in d.params]))
    return out


def _heading() -> str:
    """The form's heading; its anchor is the same in every language (links from other pages point at it)."""
    heading = "## " + woord("site.vraag.kop")
    return heading if site_taal() == "nl" else heading + f" {{ #{ANCHOR} }}"


def form_html(b: SiteBuild, qname: str, vocabulary: list[dict]) -> list[str]:
    d = b.model.definitions[qname]
    form = next(f for f in forms_of(b) if f.qname == qname)
    config = {"vraag": qname, "wet": d.wet, "wijzigingen": list(form.wijzigingen),
              "params": [{"naam": p.name, "type": p.type.name} for p in d.params],
              "peildatum": _dt.date.today().isoformat(), "label": label(d)}
    fields = "".join(
        f'<label>{esc(p.name)} ({esc(p.type.name)}) <input name="arg-{i}" value="{esc(p.name)}" required></label>'
        for i, p in enumerate(d.params))
    wijz = ", ".join(form.wijzigingen)
    return [
        _heading(), "",
        json_script("wg-vraag-config", config),
        json_script("wg-vraag-vocabulaire", vocabulary),
        '<div class="wg-vraag" id="wg-vraag">',
        '<p class="wg-vraag-intro">' + woord("site.vraag.intro")
        + (woord("site.vraag.met_wijziging", wijziging=esc(wijz)) if wijz else "") + "</p>",
        '<form class="wg-vraag-start">' + fields
        + f'<label>{woord("site.vraag.peildatum")} <input name="peildatum" type="date" value="{config["peildatum"]}" '
        'required></label><label><input type="checkbox" name="vergelijk" checked> '
        + woord("site.vraag.vergelijk") + '</label><button type="submit" class="md-button md-button--primary">'
        + woord("site.vraag.begin") + '</button></form>',
        '<p class="wg-vraag-voortgang" aria-live="polite"></p>',
        '<ol class="wg-vraag-stappen"></ol>',
        '<div class="wg-vraag-resultaat" aria-live="polite"></div>',
        '<p class="wg-vraag-offline" hidden>' + woord("site.vraag.offline") + "</p>",
        "</div>", ""]


def forms_of(b: SiteBuild) -> list[Form]:
    cached = getattr(b, "_forms", None)
    if cached is None:
        cached = forms(b.model)
        b._forms = cached
    return cached


def questions_page(b: SiteBuild) -> str:
    """The page in the navigation: every decision people can ask about, per law, linked to its form."""
    lines = ["# " + woord("site.vraag.kop"), "", woord("site.vraag.uitleg"), ""]
    by_law: dict[str, list[Form]] = {}
    for f in forms_of(b):
        by_law.setdefault(f.wet, []).append(f)
    for law in b.model.corpus.laws.values():
        items = by_law.get(law.sleutel)
        if not items:
            continue
        lines += [f"## {md_escape(law.citeertitel)}", ""]
        for f in sorted(items, key=lambda f: label(b.model.definitions[f.qname]).lower()):
            d = b.model.definitions[f.qname]
            where = md_escape(kort(d.citation)) if d.citation else ""
            extra = woord("site.vraag.met_de_wijziging", wijziging=md_escape(', '.join(f.wijzigingen))) \
                if f.wijzigingen else ""
            lines.append(f"- [{md_escape(label(d))}]({rel(PAGE, b.model.def_page[f.qname], ANCHOR)}) — "
                         f"{where}{extra}")
        lines.append("")
    return "\n".join(lines) + "\n"


def article_offer(b: SiteBuild, page: str) -> str:
    """The decisions defined on an article page, each with a link to its form ('' when there are none)."""
    names = [q for q in b.defined_on.get(page, []) if q in b.model.definitions and askable(b.model.definitions[q])]
    if not names:
        return ""
    lines = ["", _heading(), "", woord("site.vraag.vraag_het"), ""]
    for q in names:
        lines.append(f"- [{md_escape(label(b.model.definitions[q]))}]({rel(page, b.model.def_page[q], ANCHOR)})")
    return "\n".join(lines) + "\n"
