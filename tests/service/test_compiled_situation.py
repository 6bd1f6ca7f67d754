"""One compiled-situation object per legal situation (peildatum x amendments): the program, its engine and its
graph are built once and found under one key, whatever way they are asked for (api.Wetgraaf.situation)."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import wetgraaf
from wetgraaf.api import CompiledSituation


def test_dates_that_select_the_same_versions_share_one_situation():
    wg = wetgraaf.load()
    day = _dt.date(2026, 3, 2)
    a, b = wg.situation(day), wg.situation(day + _dt.timedelta(days=1))
    assert isinstance(a, CompiledSituation) and a is b
    assert wg.program(day) is a.program and wg.engine(day) is wg.engine(day + _dt.timedelta(days=1))
    assert wg.graph(day) is a.graph is wg.graph(day + _dt.timedelta(days=1))


def test_every_way_to_ask_finds_the_same_engine():
    wg = wetgraaf.load()
    situation = wg.situation(None, ("wams",))
    engine = wg.engine(None, ("wams",))
    assert situation.engine is engine and wg.engine_for(situation.program) is engine
    assert wg.situation(None, ("wams",)) is situation and wg.situation(None) is not situation


def test_a_draft_under_another_name_is_its_own_situation_and_never_bundled():
    wg = wetgraaf.load()
    wg.corpus.wijzigingen["ontwerp"] = wg.corpus.wijzigingen["wams"]
    draft, loaded = wg.situation(None, ("ontwerp",)), wg.situation(None, ("wams",))
    assert draft is not loaded and draft.program is not loaded.program
    assert wg._stable_key(None, ("ontwerp",)) is None and wg._stable_key(None, ("wams",)) is not None


def test_a_program_of_no_situation_is_compiled_not_kept():
    wg = wetgraaf.load()
    program = wg.program()
    other = dataclasses.replace(program)
    assert wg.engine_for(other) is not wg.engine_for(other)
    assert wg.engine_for(program) is wg.engine_for(program)


def test_the_interview_boundaries_live_on_the_situation_s_program_not_in_an_id_keyed_cache():
    from wetgraaf import interview

    wg = wetgraaf.load()
    day = _dt.date(2026, 3, 2)
    program = wg.situation(day).program
    found = interview.boundaries(program)
    assert interview.boundaries(program) is found and found["duur"]  # the rules compare with durations (ages)
    # Another situation's program has its own boundaries, whatever address its program happens to get.
    amended = wg.situation(day, ("wams",)).program
    assert interview.boundaries(amended) is not found
    assert not [n for n, v in vars(interview).items() if isinstance(v, dict) and n.isupper()
                and any(isinstance(k, int) for k in v)]


def test_released_situations_are_freed_without_the_cyclic_collector_and_built_again_when_asked():
    """A site build drops its Wetgraaf at once (site/plugin.py): release() frees the engines' closures, which refer
    to each other, so the programs and graphs they reach go by reference counting, not by a full collection."""
    import gc
    import weakref

    wg = wetgraaf.load()
    engine = wg.engine(None, ("wams",))
    graph = wg.graph(None, ("wams",))
    refs = [weakref.ref(engine.compiled), weakref.ref(engine.program), weakref.ref(graph)]
    question = next(q for q, d in engine.program.definitions.items() if d.kind == "begrip" and not d.params)
    engine.function(question)  # compiled and used, as a build uses it
    del engine, graph
    gc.disable()
    try:
        wg.release()
        assert [r() for r in refs] == [None, None, None]
    finally:
        gc.enable()
    again = wg.engine(None, ("wams",))  # asked after release: built again, and it answers
    assert again.compiled.functions[question] is not None
