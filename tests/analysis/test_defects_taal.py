"""One language per surface for the law defects (issue 17): the case of a WG-DEF-002 (and of a WG-DEF-001) says its
values in the reader's language ('a(p) = waar' / 'a(p) = true'), and the graph's defects (WG-DEF-006/007/008) say
the graph's words in it too; the Dutch is as it was."""

from __future__ import annotations

import re

from corpus_kit import corpus
from test_defects import GAP_AND_DEAD, _defects

from wetgraaf.analysis.defects import describe
from wetgraaf.taal import in_taal, tekst

VALUE_WORDS_NL = re.compile(r"= (?:waar|onwaar|onbekend)\b")
VALUE_WORDS_EN = re.compile(r"= (?:true|false|unknown)\b")


def test_the_case_of_a_gap_is_said_in_the_readers_language(tmp_path) -> None:
    _, defects = _defects(corpus(tmp_path, GAP_AND_DEAD))
    (gap,) = [d for d in defects if d.code == "WG-DEF-002"]
    dutch = str(gap.message)
    assert VALUE_WORDS_NL.search(dutch) and not VALUE_WORDS_EN.search(dutch), dutch
    assert "geen regel geeft testwet.toeslag(p) een waarde (NoValue) wanneer " in dutch
    with in_taal("en"):
        english = tekst(gap.message)
    assert english.startswith("no rule gives testwet.toeslag(p) a value (NoValue) when "), english
    assert VALUE_WORDS_EN.search(english) and not VALUE_WORDS_NL.search(english), english
    # the same case: only the value words differ
    assert VALUE_WORDS_EN.sub("=", english.split(" when ")[1].split("; see")[0]) == \
        VALUE_WORDS_NL.sub("=", dutch.split(" wanneer ")[1].split("; zie")[0])


def test_describe_keeps_the_dutch_and_says_english() -> None:
    case = {("t.a", ("p",)): True, ("t.b", ("p",)): False, ("t.c", ("p",)): (True, 3)}
    said = describe(case)
    assert said == "t.a(p) = waar, t.b(p) = onwaar, t.c(p) = [waar, 3]"  # as show_value wrote it
    assert said.in_taal("en") == "t.a(p) = true, t.b(p) = false, t.c(p) = [true, 3]"
    assert describe({}).in_taal("en") == "in every case"


def test_the_graphs_defects_say_the_graphs_words_in_english(tmp_path) -> None:
    import wetgraaf
    from test_graph import write_corpus
    from wetgraaf.analysis.defects import graph_defects

    g = wetgraaf.load(write_corpus(tmp_path / "law")).graph()
    dangling = [d for d in graph_defects(g) if d.code == "WG-DEF-007"]
    assert dangling
    dutch = [str(d.message) for d in dangling]
    with in_taal("en"):
        english = [tekst(d.message) for d in dangling]
    assert any("Pw art. 1 lid 1 heeft geen onderdeel e" in m for m in dutch), dutch
    assert any("Pw art. 1 para. 1 has no point e" in m for m in english), english
    assert not [m for m in english if "heeft geen" in m], english
    unused = [d for d in graph_defects(g) if d.code == "WG-DEF-006" and "ongebruikt_feit" in d.message]
    assert [str(d.message) for d in unused] == ["feit proefwet.ongebruikt_feit is gedeclareerd, maar geen regel "
                                                "gebruikt het"]
    with in_taal("en"):
        assert [tekst(d.message) for d in unused] == ["fact proefwet.ongebruikt_feit is declared but no rule uses it"]
