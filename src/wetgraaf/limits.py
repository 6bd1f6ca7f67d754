"""Limits that stop work, not only waiting: a deadline that long work checks between its steps, and caps on the
work one request may ask for.

The question service runs each evaluation in a worker thread under a time limit. Python cannot kill a thread, so an
abandoned evaluation would keep a core busy until it ends by itself; instead the evaluation checks the deadline of
its own thread between questions (and the interview between steps) and stops with `TimeUp`.

The caps bound what one request can cost before any of it is evaluated: its questions, persons, other entities and
facts (`work_caps`). With them, the largest request the service accepts is answered well within the time limit and
allocates a bounded amount of memory (measured in tests/service/test_werklimieten.py), so no request can grow the service.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from .taal import bericht

_local = threading.local()


class TimeUp(Exception):
    """The work of this thread passed its deadline."""


class Deadline:
    """A moment work must be done by; shared between the worker thread (which pauses it for work that is not
    counted) and the caller that waits for it. While paused it never passes: the waiting side sees the pause as it
    happens, not only when it ends (a compile longer than the limit is not a timeout)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self._paused = 0  # depth of not_counted blocks
        self._paused_at = 0.0

    def start(self) -> None:
        self.at = time.monotonic() + self.seconds

    def pause(self) -> None:
        if self._paused == 0:
            self._paused_at = time.monotonic()
        self._paused += 1

    def resume(self) -> None:
        if self._paused == 1:  # move the moment on before the pause ends, so no reader sees the old one unpaused
            self.at += time.monotonic() - self._paused_at
        self._paused -= 1

    def remaining(self) -> float:
        """Seconds left; while paused, the whole limit (the waiting side looks again after that long at most)."""
        return self.seconds if self._paused else self.at - time.monotonic()

    def passed(self) -> bool:
        return not self._paused and time.monotonic() > self.at


@contextmanager
def deadline(limit: float | Deadline) -> Iterator[Deadline]:
    """Work in this block (in this thread) stops at the next `check()` after the limit (seconds from now)."""
    before = getattr(_local, "deadline", None)
    _local.deadline = limit if isinstance(limit, Deadline) else Deadline(limit)
    try:
        yield _local.deadline
    finally:
        _local.deadline = before


@contextmanager
def not_counted() -> Iterator[None]:
    """Time spent in this block does not count against this thread's deadline: compiling a program once for a new
    date or amendment (shared by every later request), or waiting for another thread that compiles it."""
    d = getattr(_local, "deadline", None)
    if d is not None:
        d.pause()
    try:
        yield
    finally:
        if d is not None:
            d.resume()


def current() -> Deadline | None:
    """This thread's deadline, if it has one (work handed to another process takes it along)."""
    return getattr(_local, "deadline", None)


def check() -> None:
    """Raise `TimeUp` when this thread's deadline has passed; free when there is none."""
    d = getattr(_local, "deadline", None)
    if d is not None and d.passed():
        raise TimeUp


# The most one request may ask for (the question service; a scenario file on the command line has no such cap).
MAX_VRAGEN = 100
MAX_PERSONEN = 100
MAX_ENTITEITEN = 100  # other entities, all types together
MAX_FEITEN = 1000  # facts in feiten, under the persons and under the entities together, a list counting its items


class TooMuch(Exception):
    """A request asks for more work than one request may; `veld` is the field path, the message says the cap."""

    def __init__(self, veld: str, melding: str) -> None:  # melding: from the catalogue (WG-API-011.*)
        super().__init__(melding)
        self.veld, self.melding = veld, melding


def _facts(values: Any) -> int:
    if not isinstance(values, dict):
        return 0
    return sum(len(v) if isinstance(v, (list, dict)) and v else 1 for v in values.values())


def work_caps(vragen: list | None = None, personen: dict | None = None, entiteiten: dict | None = None,
              feiten: dict | None = None, onbekend: list | None = None) -> None:
    """Raise `TooMuch` when a request asks for more than one request may (counting is linear in the request)."""
    if vragen is not None and len(vragen) > MAX_VRAGEN:
        raise TooMuch("body.vragen", bericht("WG-API-011.vragen", n=len(vragen), max=MAX_VRAGEN))
    if personen is not None and len(personen) > MAX_PERSONEN:
        raise TooMuch("body.personen", bericht("WG-API-011.personen", n=len(personen), max=MAX_PERSONEN))
    entities = entiteiten or {}
    count = sum(len(names) if isinstance(names, dict) else 1 for names in entities.values())
    if count > MAX_ENTITEITEN:
        raise TooMuch("body.entiteiten", bericht("WG-API-011.entiteiten", n=count, max=MAX_ENTITEITEN))
    total = _facts(feiten) + sum(_facts(v) for v in (personen or {}).values()) + sum(
        _facts(v) for names in entities.values() if isinstance(names, dict) for v in names.values())
    if total > MAX_FEITEN:
        where = "body.feiten" if _facts(feiten) > MAX_FEITEN else "body"
        raise TooMuch(where, bericht("WG-API-011.feiten", n=total, max=MAX_FEITEN))
    if onbekend is not None and len(onbekend) > MAX_FEITEN:
        raise TooMuch("body.onbekend", bericht("WG-API-011.onbekend", n=len(onbekend), max=MAX_FEITEN))


__all__ = ["TimeUp", "Deadline", "deadline", "not_counted", "check", "current", "TooMuch", "work_caps", "MAX_VRAGEN",
           "MAX_PERSONEN", "MAX_ENTITEITEN", "MAX_FEITEN"]
