"""One semantics, two back ends (issue 17): the single path (engine/compile.py) and the batch path over NumPy
columns (engine/batch.py, used by the population reports) give the same answer for every row — or the batch
refuses (`Unsupported`) and the caller falls back to the single path. The three divergences found in review are
tests here; random well-typed rule programs (tests/program_gen.py) are compared on random facts."""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from fractions import Fraction

import pytest

import program_gen  # noqa: E402
from both_paths import UNSUPPORTED, assert_agree, batch_rows, program_of, single_rows, tally  # noqa: E402

from wetgraaf.engine.batch import BatchEngine  # noqa: E402
from wetgraaf.engine.compile import Compiled  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.taal import tekst  # noqa: E402

PROGRAMS = int(2000 * float(os.environ.get("WETGRAAF_FUZZ_SCALE", "1") or 1))
SEED = int(os.environ.get("WETGRAAF_FUZZ_SEED", "20261207"))


def fact(name: str):
    return (f"tw.{name}", ())


# -- the divergences of the review ----------------------------------------------------------------------------------


def test_an_inexact_decimal_is_refused_by_the_batch_and_exact_in_the_single_path():
    """`x + 0.2 = 0.3` with x = 0.1 is waar (decimals are exact); float64 would say onwaar. The batch computes the
    rule in exact rationals (engine/batch_exact.py), but a fact of 0.1 has no exact float64 column: refused."""
    program = program_of("feit x: getal\nbegrip klopt: waarheid = x + 0.2 = 0.3\n"
                         "begrip groot: waarheid = x >= 0.75\n")
    rows = [{fact("x"): Fraction(1, 10)}]
    assert single_rows(Compiled(program), "tw.klopt", (), rows, dt.date(2026, 1, 1)) == [True]
    BatchEngine(program).compiled.function("tw.klopt")  # 0.2 and 0.3 are exact fractions in the column form
    assert batch_rows(BatchEngine(program), "tw.klopt", (), rows, dt.date(2026, 1, 1)) == UNSUPPORTED
    assert assert_agree(program, "tw.klopt", (), rows) == UNSUPPORTED
    tenths = [{fact("x"): Fraction(1, 8)}, {fact("x"): Fraction(1, 2)}, {}]
    assert assert_agree(program, "tw.klopt", (), tenths) == "gelijk"
    # An inexact fact is refused as well; exact decimals (binary fractions) keep their column form.
    assert assert_agree(program, "tw.groot", (), rows) == UNSUPPORTED
    exact = [{fact("x"): Fraction(3, 4)}, {fact("x"): Fraction(1, 2)}, {}]
    assert assert_agree(program, "tw.groot", (), exact) == "gelijk"
    assert batch_rows(BatchEngine(program), "tw.groot", (), exact, dt.date(2026, 1, 1)) == [True, False, None]


def test_an_error_counts_only_in_the_rows_that_evaluate_it():
    """`d + 1 maand` on 31 January in a branch not taken is no error; in a row that takes it, it is WG-EVAL-011
    for that row (and the batch raises it, naming the row)."""
    program = program_of("feit a: waarheid\nfeit d: datum\nbegrip later: datum = als a dan d + 1 maand anders d\n"
                         "begrip beide: waarheid = a en d + 1 maand > d\n"
                         "begrip regel_later: datum\nregel r voor regel_later: als a dan d + 1 maand\n"
                         "regel q voor regel_later: als niet a dan d\n")
    jan31 = dt.date(2026, 1, 31)
    rows = [{fact("a"): False, fact("d"): jan31}, {fact("a"): True, fact("d"): dt.date(2026, 2, 28)},
            {fact("d"): dt.date(2026, 3, 1), fact("a"): False}]
    for name in ("later", "beide", "regel_later"):
        assert assert_agree(program, f"tw.{name}", (), rows) == "gelijk"
    assert batch_rows(BatchEngine(program), "tw.later", (), rows, dt.date(2026, 1, 1))[0] == jan31
    failing = rows + [{fact("a"): True, fact("d"): jan31}]
    for name in ("later", "beide", "regel_later"):
        assert batch_rows(BatchEngine(program), f"tw.{name}", (), failing, dt.date(2026, 1, 1)) == \
            ("fout", "WG-EVAL-011")
        assert_agree(program, f"tw.{name}", (), failing)


@pytest.mark.parametrize("rule, day, code", [
    ("d + 1 maand", dt.date(9999, 12, 1), "WG-EVAL-012"),
    ("d + 2 jaar", dt.date(9998, 6, 1), "WG-EVAL-012"),
    ("d - 1 maand", dt.date(1, 1, 15), "WG-EVAL-012"),
    ("d + 3 dagen", dt.date(9999, 12, 30), "WG-EVAL-012"),
    ("d + 2 maanden", dt.date(9999, 12, 31), "WG-EVAL-011"),  # the missing day is found first, as alone
    ("eerste_dag_volgende_maand(d)", dt.date(9999, 12, 1), "WG-EVAL-012"),  # December 9999 has no next month
    ("eerste_dag_volgende_maand(d + 1 maand)", dt.date(9999, 11, 30), "WG-EVAL-012"),
])
def test_every_calendar_overflow_is_a_located_error_in_both_paths(rule, day, code):
    program = program_of(f"feit d: datum\nbegrip later: datum = {rule}\n")
    rows = [{fact("d"): dt.date(2026, 1, 1)}, {fact("d"): day}]
    assert single_rows(Compiled(program), "tw.later", (), rows, dt.date(2026, 1, 1))[1] == ("fout", code)
    assert batch_rows(BatchEngine(program), "tw.later", (), rows, dt.date(2026, 1, 1)) == ("fout", code)
    batch = BatchEngine(program)
    from wetgraaf.core.values import EvalError

    with pytest.raises(EvalError) as info:
        batch.decide("tw.later", (), batch.columns({fact("d"): [r[fact("d")] for r in rows]}), dt.date(2026, 1, 1),
                     2)
    assert info.value.pos is not None and info.value.pos.line > 0 and "row 1" in tekst(info.value.message, "en")


# -- random programs ------------------------------------------------------------------------------------------------


def test_random_programs_agree_in_both_paths():
    """At least 2 000 random well-typed programs (definitions, rules, exceptions on exceptions, every operator and
    builtin), each asked every definition on 8 rows of random facts: no disagreement."""
    rng = random.Random(SEED)
    start = time.perf_counter()
    built = rejected = 0
    before = tally.copy()
    while built < PROGRAMS:
        block, names = program_gen.program(rng)
        try:
            program = program_of(block)
        except (LawError, LawErrors):
            rejected += 1  # the generator aims at well-typed programs; a few may still be refused
            assert rejected < PROGRAMS // 10, block
            continue
        built += 1
        rows = program_gen.rows(rng, "tw", 8)
        compiled, batch = Compiled(program), BatchEngine(program)
        for name in names:
            assert_agree(program, f"tw.{name}", (), rows, compiled=compiled, batch=batch,
                         where=f"program {built}:\n{block}\n")
    seconds = time.perf_counter() - start
    equal = tally["gelijk"] - before["gelijk"]
    refused = tally[UNSUPPORTED] - before[UNSUPPORTED]
    print(f"{built} programs, {equal} questions equal in both paths, {refused} refused by the batch, "
          f"{seconds:.1f} s")
    assert built >= PROGRAMS and equal >= PROGRAMS // 2  # the batch really answers, not only refuses


def test_whole_numbers_beyond_64_bits_are_refused_not_wrapped():
    """The single path's whole numbers are unbounded; int64 would wrap, so the batch refuses."""
    program = program_of("feit n: geheel\nbegrip kwadraat: geheel = n * n * n\nbegrip som: geheel = n + 1\n")
    big = [{fact("n"): 3_000_000}, {fact("n"): 2}]
    assert single_rows(Compiled(program), "tw.kwadraat", (), big, dt.date(2026, 1, 1))[0] == 27 * 10 ** 18
    assert assert_agree(program, "tw.kwadraat", (), big) == UNSUPPORTED
    assert assert_agree(program, "tw.som", (), [{fact("n"): 10 ** 20}]) == UNSUPPORTED
    assert assert_agree(program, "tw.kwadraat", (), [{fact("n"): 1000}, {}]) == "gelijk"


def test_the_fixture_of_the_semantics_tests_compares_every_answer(monkeypatch):
    """tests/both_paths.py `both_paths_fixture` (autouse in the default-logic, engine and unknowns tests): an answer
    goes through both paths, and a batch that answered differently would fail the test."""
    from both_paths import both_paths_fixture

    from wetgraaf.engine.evaluate import Engine

    seen = both_paths_fixture(monkeypatch)
    engine = Engine(program_of("feit a: waarheid\nbegrip b: waarheid = niet a\n"))
    assert engine.answer("b", "tw.b", (), {fact("a"): True}, dt.date(2026, 1, 1)).value is False
    assert engine.answer("b", "tw.b", (), {}, dt.date(2026, 1, 1)).known is False
    assert seen["gelijk"] == 2
    monkeypatch.setattr(BatchEngine, "decode", lambda self, q, col: [True] * len(col.val))  # a batch that is wrong
    with pytest.raises(AssertionError, match="single path False, batch True"):
        engine.answer("b", "tw.b", (), {fact("a"): True}, dt.date(2026, 1, 1))
