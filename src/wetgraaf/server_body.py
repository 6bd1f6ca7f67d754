"""The body of a request before FastAPI reads it (wetgraaf/server.py): at most 1 MiB (413), JSON nested at most 32
levels (400), and a large body served whole in a child process of its own.

Why a child: the service answers its normal requests (a few hundred bytes, a few milliseconds of work) in worker
threads of one interpreter. Parsing, validating and evaluating a body of up to a MiB takes tens to hundreds of
milliseconds of processor time with the interpreter lock held, and every normal request arriving meanwhile waited
for the lock (normal p99 400 ms beside hostile traffic instead of 100 ms). A body over `APART_BYTES` (and a request
a route sends apart, `ServeApart`) is therefore served by a child of a fork server forked once from the service
(wetgraaf.werker.Forkserver: the compiled programs are shared copy-on-write, nothing is loaded again, and the
service does not copy its page tables per request). The child runs the same app on the body, so the JSON is parsed,
checked, capped, evaluated and compressed there with the same answers and errors; it runs at a lower scheduling
priority (the normal requests get the processor first), is killed at the time limit plus the time to read a MiB,
may not map more than werker.MEMORY_LIMIT, and only its response comes back. The child never compiles a program: a
request that needs one not compiled yet ends the child with `NeedsProgram`, the service compiles it (once, kept for
every later request) and starts the fork server again.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import os
import pickle
import time
from functools import partial
from typing import Any, Awaitable, Callable

import numpy as np
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import Message, Receive, Scope, Send

from . import werker
from .server_http import json_content_type
from .server_requests import fout, json_error
from .taal import bericht, in_taal, taal

MAX_BODY = 1024 * 1024
MAX_DEPTH = 32
QUEUE_LIMIT = 30.0  # seconds a request may wait for a free worker before it is told to come back
APART_BYTES = 8 * 1024  # a larger body is served in a child; a normal request (even a long interview) is under 4 KiB
READ_SLACK = 1.0  # seconds beyond the time limit for a child to read and check a body of a MiB
AT_ONCE = 1  # children serving large bodies at once: more would only share the same two cores
NICE = 5  # the child's priority below the service's: a normal request's work goes first (10 starved it on a busy machine)
PROGRAMS = 16  # programs one large request may have compiled for it (each once; a bound, not a quota)

_in_child = False


def in_child() -> bool:
    """Is this process a child serving one large request (wetgraaf.server_service compiles nothing here)?"""
    return _in_child


def mark_child() -> None:
    """In a child forked to serve one request: say so (in_child), and give the processor to the service first."""
    global _in_child
    _in_child = True
    try:
        os.nice(NICE)
    except OSError:  # pragma: no cover - a system that refuses: the child runs at the service's priority
        pass


class ServeApart(Exception):
    """Raised by a route for a request it wants served in a child (one of many questions): BodyLimits, which still
    has the body, serves the whole request there instead."""


def can_serve_apart() -> bool:
    """Can this request still be handed to a child (fork available, and not in a child already)?"""
    return not _in_child and werker.available()


class NeedsProgram(Exception):
    """In a child: the request needs the program of a situation the service has not compiled yet."""

    def __init__(self, peildatum: _dt.date | None, wijzigingen: tuple[str, ...]) -> None:
        super().__init__(peildatum, wijzigingen)
        self.peildatum, self.wijzigingen = peildatum, wijzigingen


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


Handler = Callable[[dict, bytes, Receive, Send], Awaitable[None]]  # BodyLimits.checked


class Apart:
    """Serving large bodies in children: the time limit, how the service compiles a program, and what it resets in
    a child (a lock another thread held at the fork is not held there)."""

    def __init__(self, time_limit: float, compile_program: Callable[[_dt.date | None, tuple[str, ...]], None],
                 after_fork: Callable[[], None]) -> None:
        self.time_limit, self.compile_program, self.after_fork = time_limit, compile_program, after_fork
        self.lane = asyncio.Semaphore(AT_ONCE)
        self.app: Any = None  # the whole app (create_app sets it): scope["app"] in the child
        self.forks: werker.Forkserver | None = None  # forks the children, so the service forks itself only once

    async def serve(self, handler: Handler, scope: dict, body: bytes, receive: Callable, send: Callable) -> None:
        """Serve the request in a child and send its response here; 503 when none is free in time, when the child
        passed its deadline (WG-API-003) or its memory (WG-API-012)."""
        try:
            await asyncio.wait_for(self.lane.acquire(), QUEUE_LIMIT)
        except asyncio.TimeoutError:
            await _error(503, "WG-API-008", bericht("WG-API-008", s=QUEUE_LIMIT), scope, receive, send)
            return
        try:
            for _ in range(PROGRAMS):
                at = time.monotonic() + self.time_limit + READ_SLACK
                if self.forks is None:
                    self.forks = werker.Forkserver(partial(_serve_in_child, handler, self.app, self.after_fork),
                                                   after_fork=self.after_fork)
                try:
                    kind, *rest = await run_in_threadpool(partial(
                        self.forks.call, _plain(scope), body, taal(), deadline=at))
                except werker.Killed:
                    await _error(503, "WG-API-003", bericht("WG-API-003", s=self.time_limit), scope, receive, send)
                    return
                except werker.OutOfMemory:
                    await _error(503, "WG-API-012", bericht("WG-API-012", mib=werker.MEMORY_LIMIT // 2**20), scope,
                                 receive, send)
                    return
                if kind == "program":  # compiled here, once, outside the limit (as for a request in a thread)
                    await run_in_threadpool(self.compile_program, *rest)
                    await run_in_threadpool(self.forks.stop)  # the next fork server starts with the program
                    continue
                for message in rest[0]:
                    await send(message)
                return
        finally:
            self.lane.release()
        await handler(scope, body, receive, send)  # more programs than the bound: served here, as before


async def _error(status: int, code: str, melding: str, scope: dict, receive: Callable, send: Callable) -> None:
    await json_error(status, [fout(code, melding)])(scope, receive, send)


_SCOPE = ("type", "asgi", "http_version", "method", "scheme", "path", "raw_path", "query_string", "root_path",
          "headers", "client", "server", "extensions", "state")  # the request itself (ASGI), not the server's objects


def _plain(scope: dict) -> dict:
    """The request's scope as it can be sent to the fork server: its ASGI fields that pickle. Never the app: trying
    to pickle it would walk the whole loaded corpus before failing."""
    out = {}
    for key in _SCOPE:
        if key not in scope:
            continue
        try:
            pickle.dumps(scope[key])
        except Exception:  # noqa: BLE001 - a server's own object: the child does without it
            continue
        out[key] = scope[key]
    return out


def _serve_in_child(handler: Handler, app: Any, after_fork: Callable[[], None], scope: dict, body: bytes,
                    language: str) -> tuple:
    """In the forked child: run the app on the body in an event loop of its own, in the request's language, and
    return what it sent, or the situation it needs compiled."""
    mark_child()
    after_fork()
    if app is not None:
        scope = {**scope, "app": app}
    sent: list[dict] = []

    async def receive() -> Message:  # the body was given; the client stays connected until the answer is sent
        await asyncio.Future()
        return {"type": "http.disconnect"}  # pragma: no cover

    async def send(message: Message) -> None:
        sent.append(dict(message))

    async def run(scope: Scope, receive: Receive, send: Send) -> None:
        await handler(dict(scope), body, receive, send)

    try:  # compressed here too: the service only passes the bytes on
        with in_taal(language):
            asyncio.run(GZipMiddleware(run, minimum_size=1024)(scope, receive, send))
    except NeedsProgram as exc:
        return ("program", exc.peildatum, exc.wijzigingen)
    return ("ok", sent)


class BodyLimits:
    """ASGI middleware: refuse bodies over `max_body` bytes (413) and JSON nested deeper than `max_depth` (400);
    serve a body over APART_BYTES, or a request a route sends apart (ServeApart), in a child (`apart`), when fork is
    available."""

    def __init__(self, app: Any, max_body: int = MAX_BODY, max_depth: int = MAX_DEPTH,
                 apart: Apart | None = None) -> None:
        self.app, self.max_body, self.max_depth, self.apart = app, max_body, max_depth, apart

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["path"].startswith("/api/") and not json_content_type(headers):
            given = headers.get(b"content-type", b"").decode("latin-1")
            await json_error(415, [fout("WG-API-010", bericht("WG-API-010", gegeven=given),
                                        "header.content-type")])(scope, receive, send)
            return
        too_big = json_error(413, [fout("WG-API-001", bericht("WG-API-001", kib=self.max_body // 1024))])
        length = headers.get(b"content-length")
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
        if self.apart is not None and len(body) > APART_BYTES and can_serve_apart():
            await self.apart.serve(self.checked, scope, body, receive, send)
            return
        try:
            await self.checked(scope, body, receive, send)
        except ServeApart:
            if self.apart is None:
                raise
            await self.apart.serve(self.checked, scope, body, receive, send)

    async def checked(self, scope: dict, body: bytes, receive: Callable, send: Callable) -> None:
        """The nesting check, then the app with the body read already."""
        small = len(body) <= APART_BYTES or in_child()  # alone in a child: no other request waits for it
        depth = nesting(body) if small else await run_in_threadpool(nesting, body)  # a MiB: off the event loop
        if depth > self.max_depth:
            await json_error(400, [fout("WG-API-002", bericht("WG-API-002", max=self.max_depth))])(
                scope, receive, send)
            return
        given = False

        async def replay() -> dict:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


__all__ = ["BodyLimits", "Apart", "NeedsProgram", "ServeApart", "can_serve_apart", "in_child", "mark_child", "PROGRAMS", "nesting", "MAX_BODY", "MAX_DEPTH", "QUEUE_LIMIT",
           "APART_BYTES"]
