"""Numbers are written the reader's way: Dutch groups thousands with a point and writes a decimal comma."""

from hypothesis import given, strategies as st

from wetgraaf.taal import getal, in_taal


def test_dutch_and_english_numbers():
    assert getal(100000, t="nl") == "100.000"
    assert getal(100000, t="en") == "100,000"
    assert getal(1.94, 1, t="nl") == "1,9"
    assert getal(1.94, 1, t="en") == "1.9"
    assert getal(1917, teken=True, t="nl") == "+1.917"
    assert getal(-1917, teken=True, t="nl") == "-1.917"
    assert getal(0.461, 3, t="nl") == "0,461"


def test_the_reader_language_is_the_default():
    with in_taal("en"):
        assert getal(93767) == "93,767"
    with in_taal("nl"):
        assert getal(93767) == "93.767"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_a_dutch_whole_number_reads_back_as_itself(n):
    assert int(getal(n, t="nl").replace(".", "")) == n
