"""wetgraaf.limits: the deadline a long evaluation checks, and the compiling time that does not count against it."""

from __future__ import annotations

import time

import pytest

from wetgraaf.limits import TimeUp, check, deadline, not_counted


def test_check_stops_work_after_the_deadline_and_is_free_without_one():
    check()  # no deadline: nothing happens
    with deadline(0.05):
        check()
        time.sleep(0.08)
        with pytest.raises(TimeUp):
            check()
    check()  # the deadline ended with its block


def test_time_in_not_counted_moves_the_deadline_on():
    with deadline(0.1) as d:
        before = d.at
        with not_counted():
            time.sleep(0.15)  # e.g. compiling the program for a new date
        assert d.at - before >= 0.15
        check()  # still within the limit: the compile did not count


def test_a_paused_deadline_is_seen_as_paused_by_the_waiting_side_while_it_lasts():
    """The service's waiting side reads the deadline while the worker compiles: a compile longer than the limit
    must not look like a timeout before it ends (a cold program on a loaded machine was answered 503)."""
    with deadline(0.05) as d:
        with not_counted():
            time.sleep(0.08)
            assert not d.passed() and d.remaining() == 0.05
            with not_counted():  # nested: only the outer block moves the moment on
                time.sleep(0.01)
            assert not d.passed()
        assert not d.passed() and 0 < d.remaining() <= 0.05
