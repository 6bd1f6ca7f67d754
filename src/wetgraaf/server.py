"""The question service: a FastAPI app (`wetgraaf serve`, on 127.0.0.1 only) that serves the built site and a JSON
API over the same engine as the CLI.

    GET  /api/status                     is the service there (the site's form asks this first)
    POST /api/evaluate                   answer the questions of a scenario (the scenario format, as JSON)
    POST /api/explain                    the same, with the explanation trace and text
    POST /api/missing                    per question: the facts still missing and the open norms
    POST /api/interview/next             the next question of an interview, or the answer
    GET  /api/graph                      the dependency graph (filters: wet, soort)
    GET  /api/graph/node/{id}            a node's neighbourhood (diepte = steps)
    GET  /api/amendments/{naam}/diff     what an amendment changes: graph and scenario outcomes
    GET  /api/docs, /api/openapi.json    the API documentation (served from here, no CDN)

Limits: a request body of at most 1 MiB (413), JSON nested at most 32 levels (400), at most 100 questions, 100
persons, 100 other entities and 1 000 facts (422, wetgraaf.limits), and 2 s of evaluation per request (503).
Every error is JSON, `{"fouten": [{"code", "melding", "veld"}]}`, with the CLI's messages.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable

import numpy as np
from fastapi import Body, FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .api import Wetgraaf, load
from .engine.explain import answer_json, explain_text, json_value
from .interview import (applicable_amendments, iso_dates, known_facts, peildatum_warnings, question_json,
                        step)
from .limits import Deadline, TimeUp, TooMuch, deadline, not_counted, work_caps
from .parser import ir
from .core.errors import LawError, LawErrors
from .server_http import LOOPBACK, HostCheck, Taal, dutch_validation, http_melding, json_content_type, responses
from .taal import bericht, tekst
from .yamlpos import Located, LocatedList

MAX_BODY = 1024 * 1024
MAX_DEPTH = 32
TIME_LIMIT = 2.0
WORKERS = max(2, os.cpu_count() or 2)  # evaluations at once: more threads than cores only share the GIL
QUEUE_LIMIT = 30.0  # seconds a request may wait for a free worker before it is told to come back
HEAVY = 10  # questions: a request with more is heavy and waits for the one heavy lane, so light ones keep theirs
SOURCE = "verzoek"  # the 'file' of positions inside a request


class ApiError(Exception):
    def __init__(self, status: int, code: str, melding: str, veld: str | None = None) -> None:
        super().__init__(melding)
        self.status, self.fouten = status, [_fout(code, melding, veld)]
        self.headers: dict[str, str] | None = None


def _fout(code: str, melding: str, veld: str | None = None) -> dict:
    out = {"code": code, "melding": tekst(melding)}  # in the request's language (server_http.Taal)
    if veld:
        out["veld"] = veld
    return out


def _json_error(status: int, fouten: list[dict], headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"fouten": fouten}, status_code=status, headers=headers)


# ---------------------------------------------------------------------------------------------------------------
# Requests


class ScenarioIn(BaseModel):
    """A scenario, in the format of a scenario file (docs/scenarios.md), as JSON. Dates are 'YYYY-MM-DD'."""

    model_config = ConfigDict(extra="forbid")
    naam: str = "verzoek"
    peildatum: _dt.date
    wet: str | None = None
    wijzigingen: list[str] = []
    feiten: dict[str, Any] = {}
    personen: dict[str, dict[str, Any] | None] = {}
    entiteiten: dict[str, dict[str, dict[str, Any] | None]] = {}
    vragen: list[str] = Field(min_length=1)
    verwacht: dict[str, Any] = {}
    ontbrekend: dict[str, list[str]] = {}
    uitleg_bevat: dict[str, list[str]] = {}


class InterviewIn(BaseModel):
    """The state of an interview: the question and the facts given so far (keys as in a scenario's feiten)."""

    model_config = ConfigDict(extra="forbid")
    vraag: str = Field(examples=["gezinslid(kind, cliënt)"])
    wet: str | None = Field(None, examples=["wmo2015"])
    peildatum: _dt.date
    wijzigingen: list[str] = Field([], examples=[["wams"]])
    feiten: dict[str, Any] = Field({}, examples=[{"wmo2015.kind_van(kind, cliënt)": True}])
    onbekend: list[str] = Field([], description="Facts the user does not know ('weet ik niet'): never asked again.",
                                examples=[["wmo2015.pleegzorg(kind)"]])
    vergelijk: bool = Field(False, description="When the answer is reached: also answer under each amendment of "
                                               "the law the decision rests on.")


SCENARIO_EXAMPLES = {
    "gezinslid": {"summary": "Is het pleegkind van de partner gezinslid? (Wmo 2015 met de Wams)", "value": {
        "peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"],
        "personen": {"kind": {"jeugdwet.geboortedatum": "2013-06-20"}, "cliënt": {}},
        "feiten": {"kind_van_partner_van(kind, cliënt)": True, "kind_van(kind, cliënt)": False,
                   "verblijft_elders(kind, cliënt)": True},
        "vragen": ["gezinslid(kind, cliënt)"]}},
    "ontbrekend": {"summary": "Zonder feiten: wat is nog nodig?", "value": {
        "peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"], "personen": {"kind": {}, "cliënt": {}},
        "vragen": ["gezinslid(kind, cliënt)"]}},
}
INTERVIEW_EXAMPLES = {
    "begin": {"summary": "Het begin van een interview: nog geen feiten", "value": {
        "vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": "2026-07-01", "feiten": {}}},
    "verder": {"summary": "Verder, met een gekozen gebied en een vraag die de gebruiker niet weet", "value": {
        "vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": "2026-07-01",
        "feiten": {"wbmgp.gebied_van(w)": "rotterdam_zuid"}, "onbekend": ["wbmgp.woonruimte_in_categorie_art8(w)"],
        "vergelijk": True}},
}


class _Paths:
    """Positions inside a request: a position's line number indexes the JSON path of the value it marks, so a
    scenario error (located like one in a file) can name the field."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def pos(self, path: str) -> ir.Pos:
        self.paths.append(path)
        return ir.Pos(SOURCE, len(self.paths), 1)

    def field(self, pos: ir.Pos | None) -> str | None:
        if pos is None or pos.file != SOURCE or not 0 < pos.line <= len(self.paths):
            return None
        return self.paths[pos.line - 1]

    def located(self, value: Any, path: str, pos: ir.Pos) -> Any:
        if isinstance(value, dict):
            out = Located()
            out.pos = pos
            for k, v in value.items():
                child = self.pos(f"{path}.{k}")
                out[k] = self.located(v, f"{path}.{k}", child)
                out.positions[k] = child
            return out
        if isinstance(value, list):
            seq = LocatedList()
            seq.pos = pos
            for i, v in enumerate(value):
                child = self.pos(f"{path}[{i}]")
                seq.append(self.located(v, f"{path}[{i}]", child))
                seq.positions.append(child)
            return seq
        return iso_dates(value)


def _law_errors(exc: LawError | LawErrors, paths: _Paths | None) -> ApiError:
    errors = exc.errors if isinstance(exc, LawErrors) else [exc]
    out = ApiError(400, errors[0].code, errors[0].melding)
    out.fouten = [_fout(e.code, e.melding, paths.field(e.pos) if paths else None) for e in errors]
    return out


# ---------------------------------------------------------------------------------------------------------------
# Limits: body size and nesting (before FastAPI reads the body), evaluation time (around each evaluation)

_NOT_BRACKET = bytes(range(256)).translate(None, b"[]{}")
_STEP = np.zeros(256, dtype=np.int64)
_STEP[list(b"[{")], _STEP[list(b"]}")] = 1, -1


def nesting(body: bytes) -> int:
    """How deep the JSON in `body` nests, before it is parsed, in time linear in its length (no backtracking regex:
    an unclosed string of escaped quotes once cost minutes). Escaped backslashes and quotes go first (left to right,
    as JSON reads them), then the text between quotes; what stays outside strings is counted with a running sum."""
    outside = b"".join(body.replace(b"\\\\", b"").replace(b'\\"', b"").split(b'"')[0::2])
    brackets = outside.translate(None, _NOT_BRACKET)
    if not brackets:
        return 0
    return max(0, int(np.cumsum(_STEP[np.frombuffer(brackets, dtype=np.uint8)]).max()))


class BodyLimits:
    """ASGI middleware: refuse bodies over `max_body` bytes (413) and JSON nested deeper than `max_depth` (400)."""

    def __init__(self, app, max_body: int = MAX_BODY, max_depth: int = MAX_DEPTH) -> None:
        self.app, self.max_body, self.max_depth = app, max_body, max_depth

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["path"].startswith("/api/") and not json_content_type(headers):
            given = headers.get(b"content-type", b"").decode("latin-1")
            await _json_error(415, [_fout("WG-API-010", bericht("WG-API-010", gegeven=given),
                                          "header.content-type")])(scope, receive, send)
            return
        too_big = _json_error(413, [_fout("WG-API-001", bericht("WG-API-001", kib=self.max_body // 1024))])
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await too_big(scope, receive, send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await too_big(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if await run_in_threadpool(nesting, body) > self.max_depth:  # off the event loop
            await _json_error(400, [_fout("WG-API-002", bericht("WG-API-002", max=self.max_depth))])(
                scope, receive, send)
            return
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# ---------------------------------------------------------------------------------------------------------------
# The service


class Service:
    """The loaded corpus, its site model (for links to article pages) and the evaluation functions."""

    def __init__(self, wg: Wetgraaf) -> None:
        self.wg = wg
        self.lock = threading.Lock()  # building a program is not thread-safe; evaluating a built one is
        self._model = None
        self._graph: dict | None = None
        self._diffs: dict[str, dict] = {}

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

    def warm(self, peildatum: _dt.date, wijzigingen: tuple[str, ...]) -> None:
        with not_counted(), self.lock:  # compiling once for a new date is not the evaluation the limit is about
            self.wg.engine(peildatum, wijzigingen)

    def scenario(self, body: ScenarioIn):
        from .scenario import scenario_from_yaml  # the scenario reader: the same checks and messages as a file

        paths = _Paths()
        root = paths.pos("body")
        data = body.model_dump(exclude_defaults=False)
        data["peildatum"] = body.peildatum
        raw = paths.located(data, "body", root)
        raw["peildatum"] = body.peildatum
        try:
            sc = scenario_from_yaml(raw, SOURCE, root)
            self.warm(sc.peildatum, sc.wijzigingen)
        except (LawError, LawErrors) as exc:
            raise _law_errors(exc, paths) from None
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
            raise _law_errors(exc, paths) from None
        out = []
        for o in outcomes:
            if o.answer is None:  # per_versie: the version has no provision for the question, as expected
                item = {"vraag": o.question, "versie": o.versie, "geen_grondslag": True}
            else:
                program = self.wg.program(sc.peildatum, o.wijzigingen or sc.wijzigingen)  # the outcome's version
                item = answer_json(o.answer, program)
                warnings = peildatum_warnings(self.wg, program, o.answer.qname, sc.peildatum)
                if warnings:  # no version of an article the answer rests on was in force on the peildatum
                    item["waarschuwingen"] = warnings
                if o.versie != "basis":
                    item["versie"] = o.versie
                if explain:
                    item["tekst"] = explain_text(o.answer, program)
            if o.has_expectation or o.problems:
                item.update({"verwacht": json_value(o.expected) if o.expected != "onbekend" else {"onbekend": True},
                             "klopt": o.ok, "afwijkingen": o.problems})
            out.append(item)
        return self.link_pages({"scenario": sc.naam, "peildatum": sc.peildatum.isoformat(),
                                "wijzigingen": list(sc.wijzigingen), "antwoorden": out}, sc.peildatum, sc.wijzigingen)

    def answers_apart(self, body: ScenarioIn, explain: bool) -> dict:
        """`answers` for a heavy request: read and compiled here (the compiling is not counted), evaluated in a
        forked child (wetgraaf.werker) that is killed at the deadline and may not map more than its memory limit,
        so it neither slows the other requests through the interpreter lock nor outlives its answer."""
        from . import werker
        from .limits import current

        if not werker.available():
            return self.answers(body, explain)
        self.scenario(body)  # errors in the scenario come from here; the child finds the program compiled
        limit = current()
        try:
            kind, *rest = werker.run_forked(_answers_in_child, self, body, explain,
                                            deadline=limit.at if limit else time.monotonic() + TIME_LIMIT)
        except werker.Killed:
            raise TimeUp from None
        except werker.OutOfMemory:
            raise ApiError(503, "WG-API-012", f"de berekening had meer dan {werker.MEMORY_LIMIT // 2**20} MiB "
                                              "geheugen nodig en is gestopt") from None
        if kind == "api":
            err = ApiError(rest[0], rest[1][0]["code"], rest[1][0]["melding"])
            err.fouten = rest[1]
            raise err
        return rest[0]

    def interview(self, body: InterviewIn) -> dict:
        paths = _Paths()
        positions = {"feiten": paths.pos("body.feiten")}
        for k in body.feiten:
            positions[f"feiten.{k}"] = paths.pos(f"body.feiten.{k}")
        positions.update({k: paths.pos(f"body.{k}") for k in ("vraag", "wet", "wijzigingen", "peildatum")})
        wijz = tuple(body.wijzigingen)
        try:
            self.warm(body.peildatum, wijz)
            s = step(self.wg, body.vraag, body.wet, body.peildatum, wijz, body.feiten, positions, body.onbekend)
        except (LawError, LawErrors) as exc:
            raise _law_errors(exc, paths) from None
        out = {"klaar": s.done, "vraag": question_json(s.question, s.program) if s.question else None,
               "nog_nodig": len(s.answer.missing_facts) - len(s.skipped), "nog_ten_hoogste": s.bound,
               "onbekend_gelaten": [m.label for m in s.skipped], "waarschuwingen": s.warnings,
               "antwoord": answer_json(s.answer, s.program), "uitleg": explain_text(s.answer, s.program)}
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
            item.update({"antwoord": answer_json(s.answer, s.program), "uitleg": explain_text(s.answer, s.program),
                         "nog_te_vragen": s.question.key if s.question else None})
            out.append(self.link_pages(item, body.peildatum, other))
        return out

    def graph(self) -> dict:
        from .site.graphdata import corpus_graph

        model = self.model()
        with self.lock:
            if self._graph is None:
                self._graph = corpus_graph(model)
            return self._graph

    def amendment_diff(self, naam: str) -> dict:
        """The amendment report (wetgraaf.amend, as `wetgraaf wijziging --json`), built once and kept."""
        from .amend.report import build_report

        if naam not in self.wg.corpus.wijzigingen:
            raise ApiError(404, "WG-WIJZ-007", bericht("WG-WIJZ-007.api", naam=naam, bekend=", ".join(
                sorted(self.wg.corpus.wijzigingen)) or bericht("api.geen")), "path.naam")
        with self.lock:
            if naam not in self._diffs:
                self._diffs[naam] = build_report(self.wg, (naam,)).to_json()
            return self._diffs[naam]


def _answers_in_child(service: Service, body: ScenarioIn, explain: bool) -> tuple:
    """In the forked child of `answers_apart`: the answers, or the API error as plain data (an ApiError does not
    survive pickling)."""
    service.lock = threading.Lock()  # a lock another thread of the service held at the fork is not held here
    try:
        return ("ok", service.answers(body, explain))
    except ApiError as exc:
        return ("api", exc.status, exc.fouten)


def create_app(site_dir: Path | str | None = None, corpus: Path | str | None = None, wg: Wetgraaf | None = None,
               time_limit: float = TIME_LIMIT, max_body: int = MAX_BODY, hosts: Iterable[str] = LOOPBACK) -> FastAPI:
    """The app: the API under /api, the built site (if `site_dir` exists) at /. Only requests whose Host header
    names one of `hosts` (the bound address) are answered."""
    service = Service(wg or load(corpus))
    service.prepare()
    kwargs = dict(title="wetgraaf", version=_version(), openapi_url="/api/openapi.json",
                  description="Vragen aan de wetgraaf: antwoorden met uitleg, ontbrekende feiten, interviews, de "
                              "afhankelijkheidsgraaf en het effect van wijzigingen.")
    try:
        from fastapi_offline import FastAPIOffline

        app = FastAPIOffline(docs_url="/api/docs", redoc_url=None, static_url="/api/docs-static",
                             swagger_ui_parameters={"validatorUrl": None}, **kwargs)
    except ImportError:  # the JSON description is still there; the browsable page needs fastapi-offline
        app = FastAPI(docs_url=None, redoc_url=None, **kwargs)
    app.state.service = service
    app.add_middleware(BodyLimits, max_body=max_body)
    app.add_middleware(GZipMiddleware, minimum_size=1024)  # the search index, the scripts, the graph data
    app.add_middleware(HostCheck, hosts=hosts)  # no DNS rebinding reaches anything else
    app.add_middleware(Taal)  # outermost: the language of every message, ?taal= or Accept-Language

    workers = asyncio.Semaphore(WORKERS)
    heavy_lane = asyncio.Semaphore(1)  # requests of many questions, one at a time, beside the light ones

    async def limited(fn: Callable, *args, heavy: bool = False) -> Any:
        """Run `fn` in a worker thread once one is free; the time limit counts from the start of the work, not
        from the arrival in the queue (so a busy moment is not reported as a slow evaluation), and the work itself
        stops at the limit (wetgraaf.limits) instead of running on in the background. A heavy request waits for
        the heavy lane instead of a worker, so a burst of large requests never keeps the small ones waiting."""
        lane = heavy_lane if heavy else workers
        try:
            await asyncio.wait_for(lane.acquire(), QUEUE_LIMIT)
        except asyncio.TimeoutError:
            raise ApiError(503, "WG-API-008", bericht("WG-API-008", s=QUEUE_LIMIT)) from None

        limit = Deadline(time_limit)

        def timed() -> Any:
            limit.start()  # from the start of the work, not from the arrival in the queue
            with deadline(limit):
                return fn(*args)

        work = asyncio.ensure_future(run_in_threadpool(timed))

        def finished(f: asyncio.Future) -> None:
            lane.release()  # only when the thread is really done: a stopped request still holds its worker
            if not f.cancelled():
                f.exception()  # retrieved here, so an abandoned TimeUp is not logged as unhandled

        work.add_done_callback(finished)
        while not work.done():  # the limit moves on while the work compiles a program (limits.not_counted)
            remaining = limit.at - time.monotonic()
            if remaining <= 0:
                break
            await asyncio.wait({work}, timeout=remaining)
        if not work.done():
            raise ApiError(503, "WG-API-003", bericht("WG-API-003", s=time_limit)) from None
        try:
            return work.result()
        except TimeUp:
            raise ApiError(503, "WG-API-003", bericht("WG-API-003", s=time_limit)) from None

    def capped(body: ScenarioIn | InterviewIn) -> None:
        """Refuse a request that asks for more work than one request may, before any of it is done (422)."""
        try:
            if isinstance(body, ScenarioIn):
                work_caps(body.vragen, body.personen, body.entiteiten, body.feiten)
            else:
                work_caps(feiten=body.feiten, onbekend=body.onbekend)
        except TooMuch as exc:
            raise ApiError(422, "WG-API-011", exc.melding, exc.veld) from None

    async def answer(body: ScenarioIn, explain: bool) -> dict:
        """A request of many questions (heavy) is evaluated in a process of its own, in the heavy lane."""
        if len(body.vragen) > HEAVY:
            return await limited(service.answers_apart, body, explain, heavy=True)
        return await limited(service.answers, body, explain)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _json_error(exc.status, exc.fouten, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        fouten = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ())]
            if e.get("type") == "json_invalid":
                where = loc[-1] if len(loc) > 1 else "?"
                fouten.append(_fout("WG-API-004", bericht("WG-API-004", waar=where), "body"))
            else:
                fouten.append(_fout("WG-API-005", dutch_validation(e), ".".join(loc)))
        return _json_error(422, fouten)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _json_error(exc.status_code, [_fout(f"HTTP-{exc.status_code}", http_melding(exc.status_code), "path")],
                           headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return _json_error(500, [_fout("WG-API-500", bericht("WG-API-500", soort=type(exc).__name__, fout=exc))])

    @app.get("/api/status", tags=["dienst"], summary="Is de dienst er")
    async def status() -> dict:
        return {"dienst": "wetgraaf", "versie": _version(), "wetten": sorted(service.wg.corpus.laws),
                "wijzigingen": sorted(service.wg.corpus.wijzigingen), "tijdslimiet_s": time_limit,
                "max_verzoek_bytes": max_body}

    @app.post("/api/evaluate", tags=["vragen"], summary="Beantwoord de vragen van een scenario",
              responses=responses(400, 405, 413, 415, 422, 503))
    async def evaluate(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        return await answer(body, False)

    @app.post("/api/explain", tags=["vragen"], summary="Antwoord met uitleg (spoor en tekst)",
              responses=responses(400, 405, 413, 415, 422, 503))
    async def explain(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        return await answer(body, True)

    @app.post("/api/missing", tags=["vragen"], summary="Per vraag: de feiten die nog ontbreken en de open normen",
              responses=responses(400, 405, 413, 415, 422, 503))
    async def missing(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        result = await answer(body, False)
        return {"antwoorden": [{k: a[k] for k in ("vraag", "bekend", "waarde", "ontbrekende_feiten", "open_normen",
                                                  "takken")} for a in result["antwoorden"]]}

    @app.post("/api/interview/next", tags=["vragen"], summary="De volgende vraag van een interview, of het antwoord",
              responses=responses(400, 405, 413, 415, 422, 503))
    async def interview_next(body: InterviewIn = Body(openapi_examples=INTERVIEW_EXAMPLES)) -> dict:
        capped(body)
        return await limited(service.interview, body)

    @app.get("/api/graph", tags=["graaf"], summary="De afhankelijkheidsgraaf, eventueel gefilterd",
             responses=responses(405, 503))
    async def graph(wet: str | None = None, soort: str | None = None) -> dict:
        g = await limited(service.graph)
        nodes = [n for n in g["nodes"] if (wet is None or n["wet"] == wet) and (soort is None or n["kind"] == soort)]
        keep = {n["id"] for n in nodes}
        return {"nodes": nodes, "edges": [e for e in g["edges"] if e["source"] in keep and e["target"] in keep]}

    @app.get("/api/graph/node/{node_id:path}", tags=["graaf"], summary="Een knoop en zijn omgeving",
             responses={**responses(405, 503), 400: {"description": "diepte buiten 0..5 (WG-API-006)"},
                        404: {"description": "onbekende knoop (WG-API-007)"}})
    async def graph_node(node_id: str, diepte: int = 1) -> dict:
        from .site.graphdata import neighbourhood

        if not 0 <= diepte <= 5:
            raise ApiError(400, "WG-API-006", bericht("WG-API-006"), "query.diepte")
        g = await limited(service.graph)
        if not any(n["id"] == node_id for n in g["nodes"]):
            raise ApiError(404, "WG-API-007", bericht("WG-API-007", knoop=node_id), "path.node_id")
        return neighbourhood(g, {node_id}, diepte)

    @app.get("/api/amendments/{naam}/diff", tags=["wijzigingen"], summary="Wat een wijziging verandert",
             responses={**responses(405), 404: {"description": "onbekende wijziging (WG-WIJZ-007)"}})
    async def amendment_diff(naam: str) -> dict:
        # The report evaluates every corpus scenario twice; it is built once (not under the per-request time
        # limit) and then served from memory.
        return await run_in_threadpool(service.amendment_diff, naam)

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    async def api_unknown(request: Request, rest: str) -> None:
        allowed = sorted({m for r in app.routes if getattr(r, "path", None) == f"/api/{rest}"
                          for m in (getattr(r, "methods", None) or ())})
        if allowed:  # the address exists, the method does not: 405 with the methods that do
            err = ApiError(405, "HTTP-405", bericht("api.methode", melding=http_melding(405), methode=request.method,
                                                    pad=rest, wel=", ".join(allowed)), "method")
            err.headers = {"Allow": ", ".join(allowed)}
            raise err
        raise ApiError(404, "HTTP-404", bericht("api.geen_adres", pad=rest), "path")

    site = Path(site_dir) if site_dir else None
    if site is not None and (site / "index.html").is_file():
        from fastapi.staticfiles import StaticFiles

        app.mount("/", StaticFiles(directory=str(site), html=True), name="site")
    else:
        @app.get("/", include_in_schema=False)
        async def no_site() -> HTMLResponse:
            return HTMLResponse("<!doctype html><html lang=nl><meta charset=utf-8><title>wetgraaf</title>"
                                "<p>De site is niet gebouwd: draai <code>wetgraaf site</code>. De API staat op "
                                "<a href=/api/docs>/api/docs</a>.</p></html>")
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wetgraaf")
    except PackageNotFoundError:
        return "0"


__all__ = ["create_app", "MAX_BODY", "MAX_DEPTH", "TIME_LIMIT", "nesting"]
