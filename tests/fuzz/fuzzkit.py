"""Shared parts of the fuzz suites (tests/fuzz): settings, the case counter, the hang guard and the checks that a
problem is reported as it should be — a located LawError in plain words, never another exception, never a hang.

Settings (docs/robuustheid.md):
  default                      a fixed seed (Hypothesis `derandomize`): the same cases on every run; ≥ 10 000 cases
                               in all, counted, in about a minute
  WETGRAAF_FUZZ_SCALE=20       twenty times as many cases per suite (a nightly-style run)
  WETGRAAF_FUZZ_SEED=20260701  another fixed seed instead of the derandomized one (e.g. the date, nightly)
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from contextlib import contextmanager
from typing import Iterable

from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st

from wetgraaf.core.errors import LawError, LawErrors

SCALE = float(os.environ.get("WETGRAAF_FUZZ_SCALE", "1") or 1)
SEED = os.environ.get("WETGRAAF_FUZZ_SEED")
HANG_SECONDS = 10
MINIMUM_CASES = 10_000  # per run at scale 1, over all suites
SUITES = ("grammatica", "wetsbestanden", "scenarios", "wijzigingen", "api")

cases: Counter = Counter()  # suite -> cases run


def fuzz(examples: int):
    """Hypothesis settings for a test that runs `examples` cases at scale 1."""
    conf = settings(max_examples=max(1, int(examples * SCALE)), deadline=None, database=None,
                    derandomize=SEED is None, phases=(Phase.explicit, Phase.generate, Phase.shrink),
                    suppress_health_check=list(HealthCheck), print_blob=True)

    def wrap(test):
        test = conf(test)
        return seed(int(SEED))(test) if SEED is not None else test

    return wrap


def count(suite: str) -> None:
    assert suite in SUITES, suite
    cases[suite] += 1


@contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    """Fail instead of hanging: SIGALRM interrupts a case that takes longer than `seconds`."""
    def alarm(signum, frame):
        raise TimeoutError(f"took longer than {seconds}s: a hang")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def errors_of(exc: BaseException) -> list[LawError]:
    return list(exc.errors) if isinstance(exc, LawErrors) else [exc]  # type: ignore[list-item]


def assert_plain(message: str) -> None:
    """A message for people: words, no Python internals."""
    assert message and message.strip(), "an empty message"
    for leak in ("Traceback", "Token(", "Tree(", "<object", "object at 0x", "NoneType", "KeyError", "IndexError",
                 "AttributeError", "TypeError"):
        assert leak not in message, f"the message leaks {leak!r}: {message}"


def assert_located(errors: Iterable[LawError], files: set[str] | str, n_lines: int | None = None) -> None:
    """Every error has a code, a plain message and a place in one of `files` (line within the text)."""
    files = {files} if isinstance(files, str) else files
    errors = list(errors)
    assert errors, "LawErrors without any error"
    for e in errors:
        assert isinstance(e, LawError), e
        assert e.code.startswith("WG-"), e
        assert_plain(e.message)
        assert e.pos is not None, f"no position: {e}"
        assert e.pos.file in files, f"placed in {e.pos.file}, not in {files}: {e}"
        assert e.pos.line >= 1 and e.pos.col >= 1, e
        if n_lines is not None:
            assert e.pos.line <= n_lines + 1, f"line {e.pos.line} of a text of {n_lines} lines: {e}"
        e.render(source="")  # rendering never fails


@st.composite
def mutated(draw, pieces: list[str], words: list[str]):
    """A few random edits to a list of pieces (tokens or lines): deleted, duplicated, swapped, a word of `words` or a
    random character inserted, or a piece replaced by a word."""
    pieces = list(pieces)
    for _ in range(draw(st.integers(1, 4))):
        if not pieces:
            pieces.append(draw(st.sampled_from(words)))
            continue
        i = draw(st.integers(0, len(pieces) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert_word", "insert_char", "replace"]))
        if op == "delete":
            del pieces[i]
        elif op == "duplicate":
            pieces.insert(i, pieces[i])
        elif op == "swap":
            j = draw(st.integers(0, len(pieces) - 1))
            pieces[i], pieces[j] = pieces[j], pieces[i]
        elif op == "insert_word":
            pieces.insert(i, " " + draw(st.sampled_from(words)) + " ")
        elif op == "insert_char":
            pieces.insert(i, draw(st.characters(blacklist_categories=("Cs",))))
        else:
            pieces[i] = draw(st.sampled_from(words))
    return pieces
