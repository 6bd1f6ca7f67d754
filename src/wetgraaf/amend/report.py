"""The amendment report for drafters: renvooi, rule diff, graph diff, outcome diff (and population impact), as a
data structure with a documented JSON shape (docs/wijzigingen.md) and a rich terminal rendering."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import LawError, LawErrors
from ..resolve.situation import select
from ..taal import bericht, catalogus, gezegd
from .outcomes import OutcomeDiff, corpus_scenarios, outcome_diff
from .impact import population_impact
from .population import load_spec
from .renvooi import ArticleChange, renvooi
from .rulediff import DefinitionChange, rule_diff

SCHEMA_VERSION = 1


@dataclass
class AmendmentReport:
    names: tuple[str, ...]
    on_top_of: tuple[str, ...]
    peildatum: _dt.date | None
    meta: dict[str, Any]
    articles: list[ArticleChange]
    rules: list[DefinitionChange]
    outcomes: OutcomeDiff
    graph: dict[str, Any] | None = None
    population: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The documented JSON shape (docs/wijzigingen.md), its words in the reader's language: `status` and
        `herkomst` are fixed values a program reads, `status_tekst` and `herkomst_tekst` say them; citations and
        places are said in the reader's language (the report keeps them as messages, so it is built once)."""
        return gezegd({
            "schema": SCHEMA_VERSION,
            "wijzigingen": list(self.names),
            "op": list(self.on_top_of),
            "peildatum": self.peildatum.isoformat() if self.peildatum else None,
            "metadata": {k: (v.isoformat() if isinstance(v, _dt.date) else v) for k, v in self.meta.items()},
            "renvooi": [{
                "wet": a.wet, "artikel": a.artikel, "status": a.status, "status_tekst": status_tekst(a.status),
                "delen": [{"plaats": u.path, "status": u.status, "status_tekst": status_tekst(u.status),
                           "bron": u.citation, "herkomst": u.herkomst, "herkomst_tekst": herkomst_tekst(u.herkomst),
                           "oud": u.old, "nieuw": u.new, "te_herzien": u.te_herzien,
                           "verschil": [{"soort": op.kind, "tekst": op.text} for op in u.ops]}
                          for u in a.units if u.status != "ongewijzigd"],
            } for a in self.articles],
            "regels": [{"naam": c.qname, "soort": c.kind, "status": c.status, "status_tekst": status_tekst(c.status),
                        "bron": c.citation, "oud": c.old, "nieuw": c.new} for c in self.rules],
            "graaf": self.graph,
            "uitkomsten": self.outcomes.to_json(),
            "populatie": self.population,
            "waarschuwingen": self.warnings,
        })


def status_tekst(status: str) -> Any:
    """What happened to an article, unit or definition ('gewijzigd'), as a message: 'amended' in English."""
    return bericht(f"zin.wijz.status.{status}") if f"zin.wijz.status.{status}" in catalogus() else status


def herkomst_tekst(herkomst: str | None) -> Any:
    """Where new text comes from ('ontwerp'), as a message: 'draft' in English; None for the base law's units."""
    if not herkomst:
        return None
    return bericht(f"zin.wijz.herkomst.{herkomst}") if f"zin.wijz.herkomst.{herkomst}" in catalogus() else herkomst


def _entry_date(meta: dict) -> _dt.date | None:
    value = meta.get("inwerkingtreding")
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def build_report(wg, names: tuple[str, ...], on_top_of: tuple[str, ...] = (),
                 peildatum: _dt.date | None = None, scenario_paths: list[Path] | None = None,
                 with_graph: bool = True, populations: list[Path] | None = None,
                 population_size: int = 100_000, seed: int = 20261125, dask=None, outcome_memo=None,
                 graph_memo=None) -> AmendmentReport:
    """The amendment report. `outcome_memo` (per scenario, see outcome_diff) and `graph_memo` (get() -> the graph
    diff or None, put(diff)) let the site reuse parts whose inputs did not change (site/results_cache.py)."""
    corpus = wg.corpus
    for name in names + on_top_of:
        if name not in corpus.wijzigingen:
            raise LawErrors([LawError("WG-WIJZ-007", bericht("WG-WIJZ-007.api", naam=name, bekend=", ".join(
                sorted(corpus.wijzigingen)) or bericht("api.geen")))])
    meta = dict(corpus.wijzigingen[names[-1]].meta)
    date = peildatum or _entry_date(meta)
    base_sit = select(corpus, date, on_top_of)
    new_sit = select(corpus, date, on_top_of + names)
    base_prog = wg.program(date, on_top_of)
    new_prog = wg.program(date, on_top_of + names)
    report = AmendmentReport(names, on_top_of, date, meta, renvooi(base_sit, new_sit),
                             rule_diff(base_prog, new_prog),
                             outcome_diff(wg, corpus_scenarios(Path(corpus.root), scenario_paths), names, on_top_of,
                                          memo=outcome_memo))
    impacts = []
    for path in populations or []:
        spec = load_spec(path)
        impacts.append(population_impact(wg, spec, on_top_of, on_top_of + names, population_size, seed,
                                         dask=dask).to_json())
    report.population = impacts or None
    if with_graph and hasattr(wg, "graph"):
        try:
            from .graphdiff import graph_diff

            report.graph = graph_memo.get() if graph_memo is not None else None
            if report.graph is None:
                report.graph = graph_diff(wg.graph(date, on_top_of), wg.graph(date, on_top_of + names))
                if graph_memo is not None:
                    graph_memo.put(report.graph)
        except ImportError:  # the graph pass is optional for the report
            report.warnings.append(bericht("opdracht.wijz.geen_graaf"))
    return report
