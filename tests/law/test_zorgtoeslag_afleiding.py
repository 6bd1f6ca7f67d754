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


def test_the_partners_income_agrees_in_both_paths():
    """Art. 2 lid 2: the named partner's own toetsingsinkomen before the stated toetsingsinkomen_partner; with any of
    the three facts unknown, both paths give the same amount or onbekend in the same rows."""
    import wetgraaf
    from wetgraaf.core.values import Money

    peildatum = dt.date(2025, 6, 1)
    program = wetgraaf.load().program(peildatum)
    rng = random.Random(2)
    amounts = [Money(800000), Money(5000000), None]
    rows = [{_f("toeslagpartner", "a"): True, _f("toetsingsinkomen", "a"): Money(1200000),
             _f("partner_van", "a"): rng.choice(["b", None]),
             _f("toetsingsinkomen", "b"): rng.choice(amounts),
             _f("toetsingsinkomen_partner", "a"): rng.choice(amounts)} for _ in range(200)]
    q = "zorgtoeslag.toetsingsinkomen_in_aanmerking"
    single = single_rows(Compiled(program), q, ("a",), rows, peildatum)
    batch = batch_rows(BatchEngine(program), q, ("a",), rows, peildatum)
    assert batch != UNSUPPORTED
    assert batch == single
    # where the partner is named and his own income known, that income decides, whatever the stated one says
    own = _f("toetsingsinkomen", "b")
    decided = [(r, s) for r, s in zip(rows, single) if r[_f("partner_van", "a")] == "b" and r[own] is not None]
    assert decided and all(s == Money(1200000 + r[own].cents) for r, s in decided)
    assert None in single
