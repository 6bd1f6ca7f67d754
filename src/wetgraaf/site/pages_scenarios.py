"""Scenario pages: each scenario file of the corpus (law/scenarios/*.yaml) with its facts, its answers, whether
they match what the scenario expects, and the explanations linked to the articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine.explain import show_value
from ..core.errors import LawError, LawErrors
from ..scenario import Scenario, inputs, load_file
from .explain_md import answer_md, name_link, touched_articles
from .model import SiteModel, rel, slug
from ..taal import tekst
from .render import md_escape
from .woorden import site_taal, woord

if TYPE_CHECKING:  # the site lies under the API that runs scenarios; only its type is named here
    from ..api import Outcome
    from .results_cache import ResultsCache


@dataclass
class ScenarioResult:
    scenario: Scenario | None
    page: str
    frag: str
    title: str
    outcomes: list[Outcome] = field(default_factory=list)
    errors: list[LawError] = field(default_factory=list)
    touched: set[tuple[str, str]] = field(default_factory=set)  # (wet, artikel)


def scenario_files(model: SiteModel) -> list[Path]:
    folder = Path(model.corpus.root) / "scenarios"
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")) if folder.is_dir() else []


def run_scenarios(model: SiteModel, cache: ResultsCache | None = None) -> dict[str, list[ScenarioResult]]:
    """Evaluate every scenario once (with traces); page uri -> results. Problems are kept, not raised. With a
    cache, a file whose inputs did not change since the previous build keeps its results."""
    out: dict[str, list[ScenarioResult]] = {}
    for path in scenario_files(model):
        page = f"scenarios/{slug(path.stem)}.md"
        key = cache.scenario_run_key(path) if cache is not None else None
        kept = cache.get(key) if cache is not None and key is not None else None
        if kept is not None:
            out[page] = kept
            continue
        out[page] = _run_file(model, path, page)
        if cache is not None and key is not None:
            cache.put(key, out[page])
    return out


def _run_file(model: SiteModel, path: Path, page: str) -> list[ScenarioResult]:
    results: list[ScenarioResult] = []
    try:
        scenarios = load_file(path)
    except LawErrors as exc:
        return [ScenarioResult(None, page, "", path.name, errors=exc.errors)]
    used: set[str] = set()
    for sc in scenarios:
        frag = slug(sc.naam)
        while frag in used:
            frag += "-2"
        used.add(frag)
        result = ScenarioResult(sc, page, frag, sc.naam)
        try:
            result.outcomes = model.wg.run(sc, trace=True)
        except LawErrors as exc:
            result.errors = exc.errors
        except LawError as exc:
            result.errors = [exc]
        for o in result.outcomes:
            if o.answer is not None:
                result.touched |= touched_articles(o.answer.trace)
        results.append(result)
    return results


def _facts_table(model: SiteModel, page: str, sc: Scenario) -> list[str]:
    program = model.wg.program(sc.peildatum, sc.wijzigingen)
    # With per_versie, a fact may belong to another version only (wg.run checks that some version knows it).
    facts, entities = inputs(sc, program, lenient=bool(sc.per_versie))
    lines = []
    if entities:
        lines += [woord("site.scenario.betrokkenen") + ", ".join(f"{md_escape(n)} ({t})" for n, t in sorted(entities.items())), ""]
    if facts:
        lines += [woord("site.scenario.feiten_tabel"), "| --- | --- |"]
        for (qname, args), value in sorted(facts.items(), key=lambda kv: (kv[0][0], tuple(map(str, kv[0][1])))):
            lines.append(f"| {name_link(model, page, qname, args)} | {md_escape(show_value(value, site_taal()))} |")
        lines.append("")
    return lines


def scenario_page(model: SiteModel, page: str, results: list[ScenarioResult]) -> str:
    name = Path(page).stem
    lines = ["# " + woord("site.scenario.kop", naam=md_escape(name)), ""]
    for r in results:
        if r.scenario is None:
            lines += [f"## {md_escape(r.title)}", ""]
        else:
            lines += [f"## {md_escape(r.title)} {{ #{r.frag} }}", ""]
            sc = r.scenario
            if sc.raw.get("omschrijving"):
                lines += [md_escape(sc.raw["omschrijving"]), ""]
            meta = [woord("site.scenario.peildatum", datum=sc.peildatum.isoformat())]
            if sc.wijzigingen:
                meta.append(woord("site.scenario.met") + ", ".join(f"[{md_escape(w)}]({rel(page, f'wijzigingen/{slug(w)}/index.md')})"
                                               for w in sc.wijzigingen if w in model.corpus.wijzigingen))
            if sc.bron:
                meta.append(woord("site.scenario.bron", bron=md_escape(sc.bron)))
            lines += ["*" + "; ".join(meta) + "*", ""]
        if r.errors:
            lines += [f'!!! failure "{woord("site.scenario.onleesbaar")}"', ""]
            lines += [f"    - `{e}`" for e in r.errors] + [""]
            continue
        lines += ["### " + woord("site.scenario.feiten"), ""] + _facts_table(model, page, r.scenario)
        for o in r.outcomes:
            verdict = ""
            if o.has_expectation or o.problems:
                verdict = (woord("site.scenario.zoals_verwacht") if o.ok
                           else woord("site.scenario.wijkt_af") + "; ".join(str(tekst(p)) for p in o.problems))
            # per_versie: each version's answer, headed by the version (its own articles are cited).
            label = o.question if o.versie == "basis" else o.question + woord("site.scenario.versie", versie=o.versie)
            lines += [f"### {md_escape(label)}", ""]
            if verdict:
                lines += [f"*{md_escape(verdict.strip())}*", ""]
            if o.answer is None:
                lines += [woord("site.scenario.geen_grondslag"), ""]
                continue
            sit = model.situation_for(r.scenario.peildatum, o.wijzigingen or r.scenario.wijzigingen)
            lines += answer_md(model, page, sit, o.answer, site_taal())  # the explanation in the site's language
    return "\n".join(lines) + "\n"


def scenarios_index(model: SiteModel, all_results: dict[str, list[ScenarioResult]]) -> str:
    page = "scenarios/index.md"
    lines = ["# " + woord("site.scenarios"), "", woord("site.scenarios.uitleg"), ""]
    if not all_results:
        lines.append(woord("site.scenarios.geen"))
    for uri, results in sorted(all_results.items()):
        lines += [f"## [{md_escape(Path(uri).stem)}]({rel(page, uri)})", ""]
        for r in results:
            status = woord("site.scenarios.fout") if r.errors else ("✓" if all(o.ok for o in r.outcomes) else "✗")
            frag = f"#{r.frag}" if r.frag else ""
            lines.append(f"- [{md_escape(r.title)}]({rel(page, uri)}{frag}) — {status}")
        lines.append("")
    return "\n".join(lines) + "\n"
