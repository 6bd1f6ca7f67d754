"""The work of the question service (wetgraaf/server.py): the loaded corpus, its site model (for links to article
pages) and what each route computes: answers with their explanation, the interview's next question with the
comparison under amendments, the graph, the amendment report. In a child serving one large request
(wetgraaf.server_body) it compiles no program: it asks the service to (NeedsProgram)."""

from __future__ import annotations

import datetime as _dt
import threading
from typing import Any

from .api import Wetgraaf
from .core.errors import LawError, LawErrors
from .engine.explain import answer_json, explain_text, json_value
from .interview import applicable_amendments, known_facts, peildatum_warnings, question_json, step
from .limits import not_counted
from .parser import ir
from .server_body import NeedsProgram, in_child
from .server_requests import SOURCE, ApiError, InterviewIn, Paths, ScenarioIn, law_errors
from .taal import bericht, taal, tekst


class Service:
    """The loaded corpus, its site model (for links to article pages) and the evaluation functions."""

    def __init__(self, wg: Wetgraaf) -> None:
        self.wg = wg
        self.lock = threading.Lock()  # building a program is not thread-safe; evaluating a built one is
        self._model: Any = None  # the site model (wetgraaf.site.model.SiteModel), built on first use
        self._graphs: dict[str, dict] = {}  # the site's graph data, by the language of its words
        self._diffs: dict[tuple[str, str], dict] = {}  # by amendment and the language of its words

    def model(self):
        with self.lock:
            if self._model is None:
                from .site.model import build_model

                self._model = build_model(self.wg)
            return self._model

    def prepare(self) -> None:
        """Build once, before the first request, what every request shares: the situations of the site and their
        graphs (so the time limit measures evaluation, not loading)."""
        self.graph()

    def warm(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> None:
        if in_child():  # what a child compiled would be lost with it: the service compiles it and forks again
            if not self.wg.compiled(peildatum, wijzigingen):
                raise NeedsProgram(peildatum, wijzigingen)
            return
        with not_counted(), self.lock:  # compiling once for a new date is not the evaluation the limit is about
            self.wg.engine(peildatum, wijzigingen)

    def scenario(self, body: ScenarioIn):
        from .scenario import scenario_from_yaml  # the scenario reader: the same checks and messages as a file

        paths = Paths()
        root = paths.pos("body")
        data = body.model_dump(exclude_defaults=False)
        data["peildatum"] = body.peildatum
        raw = paths.located(data, "body", root)
        raw["peildatum"] = body.peildatum
        try:
            sc = scenario_from_yaml(raw, SOURCE, root)
            self.warm(sc.peildatum, sc.wijzigingen)
        except (LawError, LawErrors) as exc:
            raise law_errors(exc, paths) from None
        return sc, paths

    def link_pages(self, data: Any, peildatum: _dt.date, wijzigingen: tuple[str, ...]) -> Any:
        """Add `pagina` (the article page, relative to the site root) to every citation in an answer."""
        from .site.model import anchor, html_uri

        model = self.model()
        sit = model.situation_for(peildatum, wijzigingen)

        def walk(x: Any) -> None:
            if isinstance(x, dict):
                for key in ("bron", "grondslag"):
                    c = x.get(key)
                    if isinstance(c, dict) and c.get("wet") and c.get("artikel"):
                        page = model.page_of_article(sit, c["wet"], c["artikel"])
                        if page:
                            cite = ir.Citation(c["wet"], "", c["artikel"], c.get("lid"), c.get("onderdeel"),
                                               c.get("subonderdeel"))
                            frag = anchor(cite)
                            c["pagina"] = html_uri(page) + (f"#{frag}" if frag else "")
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        walk(data)
        return data

    def answers(self, body: ScenarioIn, explain: bool) -> dict:
        sc, paths = self.scenario(body)
        try:
            outcomes = self.wg.run(sc, trace=explain)
        except (LawError, LawErrors) as exc:
            raise law_errors(exc, paths) from None
        out = []
        for o in outcomes:
            if o.answer is None:  # per_versie: the version has no provision for the question, as expected
                item = {"vraag": o.question, "versie": o.versie, "geen_grondslag": True}
            else:
                program = self.wg.program(sc.peildatum, o.wijzigingen or sc.wijzigingen)  # the outcome's version
                item = answer_json(o.answer, program, taal())  # the request's language (server_http.Taal)
                warnings = peildatum_warnings(self.wg, program, o.answer.qname, sc.peildatum)
                if warnings:  # no version of an article the answer rests on was in force on the peildatum
                    item["waarschuwingen"] = warnings
                if o.versie != "basis":
                    item["versie"] = o.versie
                if explain:
                    item["tekst"] = explain_text(o.answer, program, taal())
            if o.has_expectation or o.problems:
                item.update({"verwacht": json_value(o.expected) if o.expected != "onbekend" else {"onbekend": True},
                             "klopt": o.ok, "afwijkingen": [tekst(p, taal()) for p in o.problems]})
            out.append(item)
        return self.link_pages({"scenario": sc.naam, "peildatum": sc.peildatum.isoformat(),
                                "wijzigingen": list(sc.wijzigingen), "antwoorden": out}, sc.peildatum, sc.wijzigingen)

    def after_fork(self) -> None:
        """In a forked child: a lock another thread of the service held at the fork is not held here."""
        self.lock = threading.Lock()

    def interview(self, body: InterviewIn) -> dict:
        paths = Paths()
        positions = {"feiten": paths.pos("body.feiten")}
        for k in body.feiten:
            positions[f"feiten.{k}"] = paths.pos(f"body.feiten.{k}")
        positions.update({k: paths.pos(f"body.{k}") for k in ("vraag", "wet", "wijzigingen", "peildatum")})
        wijz = tuple(body.wijzigingen)
        try:
            self.warm(body.peildatum, wijz)
            s = step(self.wg, body.vraag, body.wet, body.peildatum, wijz, body.feiten, positions, body.onbekend)
        except (LawError, LawErrors) as exc:
            raise law_errors(exc, paths) from None
        out: dict[str, Any] = {"klaar": s.done, "vraag": question_json(s.question, s.program) if s.question else None,
               "nog_nodig": len(s.answer.missing_facts) - len(s.skipped), "nog_ten_hoogste": s.bound,
               "onbekend_gelaten": [m.label for m in s.skipped], "waarschuwingen": s.warnings,
               "antwoord": answer_json(s.answer, s.program, taal()),
               "uitleg": explain_text(s.answer, s.program, taal())}
        if s.done and body.vergelijk:
            out["vergelijking"] = self.compare(body, wijz)
        return self.link_pages(out, body.peildatum, wijz)

    def compare(self, body: InterviewIn, wijz: tuple[str, ...]) -> list[dict]:
        """The same case under each amendment that changes the law the decision rests on: the answer beside the
        answer of the law as it is ("nu: weigeren — met de herziening 2025: niet weigeren, omdat ...")."""
        out = []
        for naam in applicable_amendments(self.wg, body.vraag, body.wet, body.peildatum, wijz):
            other = wijz + (naam,)
            item = {"wijziging": naam, "titel": self.wg.corpus.wijzigingen[naam].titel}
            try:
                self.warm(body.peildatum, other)
                feiten = known_facts(self.wg.program(body.peildatum, other), body.wet, body.feiten)
                s = step(self.wg, body.vraag, body.wet, body.peildatum, other, feiten, None, body.onbekend)
            except (LawError, LawErrors) as exc:
                errors = exc.errors if isinstance(exc, LawErrors) else [exc]
                item["fout"] = errors[0].melding
                out.append(item)
                continue
            item.update({"antwoord": answer_json(s.answer, s.program, taal()),
                         "uitleg": explain_text(s.answer, s.program, taal()),
                         "nog_te_vragen": s.question.key if s.question else None})
            out.append(self.link_pages(item, body.peildatum, other))
        return out

    def graph(self) -> dict:
        """The graph data of the site (site.graphdata.corpus_graph), its words in the request's language; built
        once per language."""
        from .site.graphdata import corpus_graph

        model = self.model()
        with self.lock:
            lang = taal()
            if lang not in self._graphs:
                self._graphs[lang] = corpus_graph(model)
            return self._graphs[lang]

    def amendment_diff(self, naam: str) -> dict:
        """The amendment report (wetgraaf.amend, as `wetgraaf wijziging --json`), built once and kept."""
        from .amend.report import build_report

        if naam not in self.wg.corpus.wijzigingen:
            raise ApiError(404, "WG-WIJZ-007", bericht("WG-WIJZ-007.api", naam=naam, bekend=", ".join(
                sorted(self.wg.corpus.wijzigingen)) or bericht("api.geen")), "path.naam")
        with self.lock:
            key = (naam, taal())
            if key not in self._diffs:
                self._diffs[key] = build_report(self.wg, (naam,)).to_json()
            return self._diffs[key]


__all__ = ["Service"]
