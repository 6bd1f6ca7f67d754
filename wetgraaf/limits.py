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


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Work in this block (in this thread) stops at the next `check()` after `seconds`."""
    before = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = before


def check() -> None:
    """Raise `TimeUp` when this thread's deadline has passed; free when there is none."""
    limit = getattr(_local, "deadline", None)
    if limit is not None and time.monotonic() > limit:
        raise TimeUp


__all__ = ["TimeUp", "deadline", "check"]
