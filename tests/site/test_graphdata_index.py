"""site/graphdata.neighbourhood keeps an index per graph; it must not keep every graph it ever saw (the
`dienst --herlaad` loop builds a new corpus graph on every save)."""

from __future__ import annotations

import gc
import weakref

from wetgraaf.site.graphdata import neighbourhood


class _Graph(dict):
    """A graph dict that can be weakly referenced (a plain dict cannot)."""


def _graph(i: int) -> _Graph:
    return _Graph(nodes=[{"id": f"a{i}"}, {"id": f"b{i}"}], edges=[{"source": f"a{i}", "target": f"b{i}"}])


def test_the_index_answers_and_lets_earlier_graphs_go() -> None:
    first = _graph(0)
    assert [n["id"] for n in neighbourhood(first, {"a0"})["nodes"]] == ["a0", "b0"]
    gone = weakref.ref(first)
    del first
    for i in range(1, 20):  # later builds' graphs
        g = _graph(i)
        assert {n["id"] for n in neighbourhood(g, {f"b{i}"})["nodes"]} == {f"a{i}", f"b{i}"}
    gc.collect()
    assert gone() is None, "the index still holds the first graph"
