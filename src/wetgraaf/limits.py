"""Limits that stop work, not only waiting: a deadline that long work checks between its steps.

The question service runs each evaluation in a worker thread under a time limit. Python cannot kill a thread, so an
abandoned evaluation would keep a core busy until it ends by itself; instead the evaluation checks the deadline of
its own thread between questions (and the interview between steps) and stops with `TimeUp`.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

_local = threading.local()


class TimeUp(Exception):
    """The work of this thread passed its deadline."""


class Deadline:
    """A moment work must be done by; shared between the worker thread (which moves it on for work that is not
    counted) and the caller that waits for it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def start(self) -> None:
        self.at = time.monotonic() + self.seconds

    def passed(self) -> bool:
        return time.monotonic() > self.at


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
    start = time.monotonic()
    try:
        yield
    finally:
        if d is not None:
            d.at += time.monotonic() - start


def check() -> None:
    """Raise `TimeUp` when this thread's deadline has passed; free when there is none."""
    d = getattr(_local, "deadline", None)
    if d is not None and d.passed():
        raise TimeUp


__all__ = ["TimeUp", "Deadline", "deadline", "not_counted", "check"]
