"""Coverage: how much of the official text is encoded, as the graph package counts it (wetgraaf.graph.queries.
coverage, also `wetgraaf graaf`): every leaf unit with text is 'gecodeerd' (rule blocks under it), 'niet
uitvoerbaar' (marked so, or under a unit marked so) or 'open'."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..parser import structure
from .graphdata import unit_node_ids
from .render import esc
from .woorden import woord

STATUSES = ("gecodeerd", "niet uitvoerbaar", "open")


@dataclass
class Coverage:
    gecodeerd: int = 0
    niet_uitvoerbaar: int = 0
    open: int = 0

    @property
    def total(self) -> int:
        return self.gecodeerd + self.niet_uitvoerbaar + self.open

    def add(self, other: Coverage) -> Coverage:
        return Coverage(self.gecodeerd + other.gecodeerd, self.niet_uitvoerbaar + other.niet_uitvoerbaar,
                        self.open + other.open)

    def percent(self) -> int:
        """Share of the text accounted for (encoded or deliberately not executable)."""
        return round(100 * (self.gecodeerd + self.niet_uitvoerbaar) / self.total) if self.total else 0

    def executable_percent(self) -> int:
        """Share of the text that is executable (has rules): what "gecodeerd" means to a reader."""
        return round(100 * self.gecodeerd / self.total) if self.total else 0


def unit_status(g: nx.MultiDiGraph, article: structure.Article) -> dict[int, str]:
    """id(leaf unit) -> status, as the graph of the article's situation records it."""
    out: dict[int, str] = {}
    for unit_id, nid in unit_node_ids(article).items():
        d = g.nodes[nid] if nid in g else None
        if d is not None and d.get("blad") and d.get("status"):
            out[unit_id] = d["status"]
    return out


def article_coverage(g: nx.MultiDiGraph, article: structure.Article) -> Coverage:
    cov = Coverage()
    for status in unit_status(g, article).values():
        if status == "gecodeerd":
            cov.gecodeerd += 1
        elif status == "open":
            cov.open += 1
        else:
            cov.niet_uitvoerbaar += 1
    return cov


def bar(cov: Coverage) -> str:
    """A coverage bar (HTML): encoded, not executable and open parts, with the counts in words beside it."""
    if not cov.total:
        return f'<span class="wg-bar-empty">{woord("site.balk.geen_tekst")}</span>'
    parts = []
    for cls, n, label in (("gecodeerd", cov.gecodeerd, woord("site.balk.gecodeerd")),
                          ("nu", cov.niet_uitvoerbaar, woord("site.balk.niet_uitvoerbaar")),
                          ("open", cov.open, woord("site.balk.open"))):
        if n:
            parts.append(f'<span class="wg-bar-{cls}" style="width:{100 * n / cov.total:.1f}%" '
                         f'title="{n} {esc(label)}"></span>')
    words = woord("site.balk.woorden", uitvoerbaar=cov.gecodeerd, niet=cov.niet_uitvoerbaar, open=cov.open)
    # The headline figure is the executable share: "100 %" must not hide that most of a law is marked not
    # executable (issue 13). The accounted-for share follows in words.
    return (f'<span class="wg-bar" role="img" aria-label="{esc(words)}">{"".join(parts)}</span> '
            f'<span class="wg-bar-text">{woord("site.balk.procent", procent=cov.executable_percent())} · '
            f'{esc(words)}</span>')
