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
