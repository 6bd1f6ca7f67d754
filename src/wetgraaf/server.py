"""The question service: a FastAPI app (`wetgraaf dienst`, on 127.0.0.1 only) that serves the built site and a JSON
API over the same engine as the CLI.

    GET  /api/status                     is the service there (the site's form asks this first)
    POST /api/evaluate                   answer the questions of a scenario (the scenario format, as JSON)
    POST /api/explain                    the same, with the explanation trace and text
    POST /api/missing                    per question: the facts still missing and the open norms
    POST /api/interview/next             the next question of an interview, or the answer
    GET  /api/graph                      the dependency graph (filters: wet, soort)
    GET  /api/graph/node/{id}            a node's neighbourhood (diepte = steps)
    GET  /api/amendments/{naam}/diff     what an amendment changes: graph and scenario outcomes
    GET  /api/docs, /api/openapi.json    the API documentation in the reader's language (server_docs.py; no CDN)

Limits: a request body of at most 1 MiB (413), JSON nested at most 32 levels (400), at most 100 questions, 100
persons, 100 other entities and 1 000 facts (422, wetgraaf.limits), and 2 s of evaluation per request (503).
Every error is JSON, `{"fouten": [{"code", "melding", "veld"}]}`, with the CLI's messages.

Normal requests are answered here, in worker threads, from the programs compiled at the start; a large body (over
8 KiB) and a request of many questions are served in a forked child that is killed at the deadline
(wetgraaf.server_body, wetgraaf.server_service), so they do not hold the interpreter lock the normal ones need.
The requests and their errors: wetgraaf.server_requests; HTTP in Dutch: wetgraaf.server_http.
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable

from fastapi import Body, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .api import Wetgraaf, load
from .limits import Deadline, TimeUp, TooMuch, deadline, work_caps
from .server_body import (MAX_BODY, MAX_DEPTH, QUEUE_LIMIT, Apart, BodyLimits, ServeApart, can_serve_apart,
                          in_child, nesting)
from .server_http import LOOPBACK, HostCheck, Taal, dutch_validation, http_melding, responses
from .server_requests import (INTERVIEW_EXAMPLES, SCENARIO_EXAMPLES, ApiError, InterviewIn, ScenarioIn, fout,
                              json_error)
from .server_service import Service
from .taal import bericht, taal, tekst, van_fout

TIME_LIMIT = 2.0  # seconds of work per request (serve --tijdslimiet)
WORKERS = max(2, os.cpu_count() or 2)  # evaluations at once: more threads than cores only share the GIL
HEAVY = 10  # questions: a request with more is heavy, served in a child (or, without fork, in a lane of its own)


def create_app(site_dir: Path | str | None = None, corpus: Path | str | None = None, wg: Wetgraaf | None = None,
               time_limit: float = TIME_LIMIT, max_body: int = MAX_BODY, hosts: Iterable[str] = LOOPBACK) -> FastAPI:
    """The app: the API under /api, the built site (if `site_dir` exists) at /. Only requests whose Host header
    names one of `hosts` (the bound address) are answered."""
    service = Service(wg or load(corpus))
    service.prepare()
    app = FastAPI(title="wetgraaf", version=_version(), openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description=bericht("api.doc.beschrijving"))
    server_taal = taal()  # the language of `wetgraaf --taal en serve`: the documentation page's default
    app.state.service = service
    apart = Apart(time_limit, service.warm, service.after_fork)
    apart.app = app
    app.state.apart = apart  # its fork server's processor time is read by tests/service/test_werklimieten.py
    app.add_middleware(BodyLimits, max_body=max_body, apart=apart)
    app.add_middleware(GZipMiddleware, minimum_size=1024)  # the search index, the scripts, the graph data
    app.add_middleware(HostCheck, hosts=hosts)  # no DNS rebinding reaches anything else
    app.add_middleware(Taal)  # outermost: the language of every message, ?taal= or Accept-Language

    workers = asyncio.Semaphore(WORKERS)
    heavy_lane = asyncio.Semaphore(1)  # requests of many questions, one at a time, beside the light ones

    async def limited(fn: Callable, *args, heavy: bool = False) -> Any:
        """Run `fn` in a worker thread once one is free; the time limit counts from the start of the work, not
        from the arrival in the queue (so a busy moment is not reported as a slow evaluation), and the work itself
        stops at the limit (wetgraaf.limits) instead of running on in the background. A heavy request (where it
        cannot be served in a child) waits for the heavy lane instead of a worker, so a burst of large requests
        never keeps the small ones waiting. In a child serving one request the work runs here, under the limit."""
        if in_child():  # a child serving one large request (server_body): nothing else waits, it is killed anyway
            try:
                with deadline(time_limit):
                    return fn(*args)
            except TimeUp:
                raise ApiError(503, "WG-API-003", bericht("WG-API-003", s=time_limit)) from None
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
            remaining = limit.remaining()
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
        """A request of many questions (heavy) is served whole in a process of its own (server_body), so its
        evaluation, its large answer and the compressing of it stay off the service's interpreter."""
        heavy = len(body.vragen) > HEAVY
        if heavy and can_serve_apart():
            raise ServeApart
        return await limited(service.answers, body, explain, heavy=heavy)  # without fork: in the heavy lane

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return json_error(exc.status, exc.fouten, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        fouten = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ())]
            if e.get("type") == "json_invalid":
                where = loc[-1] if len(loc) > 1 else "?"
                fouten.append(fout("WG-API-004", bericht("WG-API-004", waar=where), "body"))
            else:
                fouten.append(fout("WG-API-005", dutch_validation(e), ".".join(loc)))
        return json_error(422, fouten)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return json_error(exc.status_code, [fout(f"HTTP-{exc.status_code}", http_melding(exc.status_code), "path")],
                           headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return json_error(500, [fout("WG-API-500", bericht("WG-API-500", soort=type(exc).__name__, fout=van_fout(exc)))])

    @app.get("/api/status", tags=["dienst"], summary=bericht("api.doc.route.status"),
             response_description=bericht("api.doc.antwoord.status"), responses=responses(405))
    async def status() -> dict:
        return {"dienst": "wetgraaf", "versie": _version(), "wetten": sorted(service.wg.corpus.laws),
                "wijzigingen": sorted(service.wg.corpus.wijzigingen), "tijdslimiet_s": time_limit,
                "max_verzoek_bytes": max_body}

    @app.post("/api/evaluate", tags=["vragen"], summary=bericht("api.doc.route.evaluate"),
              response_description=bericht("api.doc.antwoord.vragen"),
              responses=responses(400, 405, 413, 415, 422, 503))
    async def evaluate(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        return await answer(body, False)

    @app.post("/api/explain", tags=["vragen"], summary=bericht("api.doc.route.explain"),
              response_description=bericht("api.doc.antwoord.vragen"),
              responses=responses(400, 405, 413, 415, 422, 503))
    async def explain(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        return await answer(body, True)

    @app.post("/api/missing", tags=["vragen"], summary=bericht("api.doc.route.missing"),
              response_description=bericht("api.doc.antwoord.vragen"),
              responses=responses(400, 405, 413, 415, 422, 503))
    async def missing(body: ScenarioIn = Body(openapi_examples=SCENARIO_EXAMPLES)) -> dict:
        capped(body)
        result = await answer(body, False)
        return {"antwoorden": [{k: a[k] for k in ("vraag", "bekend", "waarde", "ontbrekende_feiten", "open_normen",
                                                  "takken")} for a in result["antwoorden"]]}

    @app.post("/api/interview/next", tags=["vragen"], summary=bericht("api.doc.route.interview"),
              response_description=bericht("api.doc.antwoord.interview"),
              responses=responses(400, 405, 413, 415, 422, 503))
    async def interview_next(body: InterviewIn = Body(openapi_examples=INTERVIEW_EXAMPLES)) -> dict:
        capped(body)
        return await limited(service.interview, body)

    @app.get("/api/graph", tags=["graaf"], summary=bericht("api.doc.route.graph"),
             response_description=bericht("api.doc.antwoord.graaf"), responses=responses(405, 422, 503))
    async def graph(wet: str | None = Query(None, description=bericht("api.doc.param.wet")),
                    soort: str | None = Query(None, description=bericht("api.doc.param.soort"))) -> dict:
        g = await limited(service.graph)
        nodes = [n for n in g["nodes"] if (wet is None or n["wet"] == wet) and (soort is None or n["kind"] == soort)]
        keep = {n["id"] for n in nodes}
        return {"nodes": nodes, "edges": [e for e in g["edges"] if e["source"] in keep and e["target"] in keep]}

    @app.get("/api/graph/node/{node_id:path}", tags=["graaf"], summary=bericht("api.doc.route.graph_node"),
             response_description=bericht("api.doc.antwoord.graaf"),
             responses={**responses(405, 422, 503), 400: {"description": bericht("api.doc.fout.diepte")},
                        404: {"description": bericht("api.doc.fout.knoop")}})
    async def graph_node(node_id: str = PathParam(..., description=bericht("api.doc.param.node_id")),
                         diepte: int = Query(1, description=bericht("api.doc.param.diepte"))) -> dict:
        from .site.graphdata import neighbourhood

        if not 0 <= diepte <= 5:
            raise ApiError(400, "WG-API-006", bericht("WG-API-006"), "query.diepte")
        g = await limited(service.graph)
        if not any(n["id"] == node_id for n in g["nodes"]):
            raise ApiError(404, "WG-API-007", bericht("WG-API-007", knoop=node_id), "path.node_id")
        return neighbourhood(g, {node_id}, diepte)

    @app.get("/api/amendments/{naam}/diff", tags=["wijzigingen"], summary=bericht("api.doc.route.amendment_diff"),
             response_description=bericht("api.doc.antwoord.wijziging"),
             responses={**responses(405, 422), 404: {"description": bericht("api.doc.fout.wijziging")}})
    async def amendment_diff(naam: str = PathParam(..., description=bericht("api.doc.param.naam"))) -> dict:
        # The report evaluates every corpus scenario twice; it is built once (not under the per-request time
        # limit) and then served from memory.
        return await run_in_threadpool(service.amendment_diff, naam)

    @app.get("/api/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        from .server_docs import docs_html, lezerstaal

        t = lezerstaal(request.query_params.get("taal"), request.headers.get("accept-language", ""), server_taal)
        return HTMLResponse(docs_html(app, t))

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
            t = taal()
            said = tekst(bericht("api.doc.geen_site", opdracht="<code>wetgraaf site</code>",
                                 docs="<a href=/api/docs>/api/docs</a>"), t)
            return HTMLResponse(f"<!doctype html><html lang={t}><meta charset=utf-8><title>wetgraaf</title>"
                                f"<p>{said}</p></html>")
    return app


@functools.cache  # read from the package metadata once: parsing it cost most of a status request
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wetgraaf")
    except PackageNotFoundError:
        return "0"


__all__ = ["create_app", "MAX_BODY", "MAX_DEPTH", "TIME_LIMIT", "HEAVY", "nesting", "ScenarioIn", "InterviewIn", "Service"]
