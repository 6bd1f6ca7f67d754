"""The zorgtoeslag derivations of art. 1 lid 1 onder c (age from the birth date, eerste_dag_volgende_maand) and
art. 2 lid 4 (the named partner as verzekerde) give the same answers in the single path and in columns, on random
rows around the month boundaries where any fact may be unknown (law/zorgtoeslag/artikel-1.md, artikel-2.md)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from both_paths import UNSUPPORTED, batch_rows, single_rows  # noqa: E402

from wetgraaf.engine.batch import BatchEngine  # noqa: E402
from wetgraaf.engine.compile import Compiled  # noqa: E402

BIRTHS = [dt.date(2007, 2, 28), dt.date(2007, 3, 1), dt.date(2007, 2, 1), dt.date(2008, 2, 29), dt.date(2007, 1, 31),
          dt.date(2006, 12, 31), None]


def _f(name: str, *args: str):
    return (f"zorgtoeslag.{name}", args)


def _rows(rng: random.Random, n: int) -> list[dict]:
    rows = []
    for _ in range(n):
        r = {}
        for who in ("a", "b"):
            r[_f("geboortedatum", who)] = rng.choice(BIRTHS)
            r[_f("achttien_geworden_in_eerdere_maand", who)] = rng.choice([True, False, None])
            r[_f("verzekerd_zvw", who)] = rng.choice([True, False, None])
            r[_f("verzekerde_zvw_art24_lid_1_of_3", who)] = rng.choice([True, False, None])
        r[_f("partner_van", "a")] = rng.choice(["b", None])
        r[_f("partner_is_verzekerde", "a")] = rng.choice([True, False, None])
        rows.append(r)
    return rows


@pytest.mark.parametrize("peildatum", [dt.date(2025, 3, 1), dt.date(2025, 2, 28), dt.date(2026, 3, 1),
                                       dt.date(2025, 1, 1)])
def test_the_derivations_agree_in_both_paths(peildatum):
    import wetgraaf

    program = wetgraaf.load().program(peildatum)
    rows = _rows(random.Random(peildatum.toordinal()), 200)
    for q in ("achttien_in_eerdere_maand", "verzekerde", "partner_verzekerde"):
        single = single_rows(Compiled(program), f"zorgtoeslag.{q}", ("a",), rows, peildatum)
        batch = batch_rows(BatchEngine(program), f"zorgtoeslag.{q}", ("a",), rows, peildatum)
        assert batch != UNSUPPORTED, q  # the columns answer, not only the single path
        assert batch == single, q
        assert {True, False} <= set(single) and None in single, q  # both answers and onbekend occur
