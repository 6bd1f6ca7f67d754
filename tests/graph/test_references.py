"""Reading Dutch cross-references from law text (graph/references.py)."""

from __future__ import annotations

import pytest

from wetgraaf.graph.references import LawNames, article_key, parse_references


@pytest.fixture(scope="module")
def names() -> LawNames:
    n = LawNames()
    n.add("wmo2015", ["Wet maatschappelijke ondersteuning 2015", "Wmo 2015"], "BWBR0035362")
    n.add("huisvestingswet2014", ["Huisvestingswet 2014"], "BWBR0035303")
    n.add("jeugdwet", ["Jeugdwet"], "BWBR0034925")
    return n


def refs(text: str, names: LawNames, current: str = "wmo2015"):
    return parse_references(text, names, current)


def simple(target) -> tuple:
    law = target.law.key or target.law.extern_id if target.law else None
    return target.scope, law, target.artikel, target.lid, target.path


def test_article_and_lid(names):
    [r] = refs("bedoeld in artikel 1.1.2, derde lid, en verder", names)
    assert r.text == "artikel 1.1.2, derde lid"
    assert [simple(t) for t in r.targets] == [("wet", "wmo2015", "1.1.2", "3", ())]
    assert r.start == len("bedoeld in ")


def test_relative_lid_and_onderdeel(names):
    [r] = refs("voor de toepassing van het vierde lid, onderdeel d.", names)
    assert [simple(t) for t in r.targets] == [("artikel", None, None, "4", ("d",))]
    [r] = refs("de onderzoeken, bedoeld in onderdeel a, en de evaluatie", names)
    assert [simple(t) for t in r.targets] == [("lokaal", None, None, None, ("a",))]


def test_external_range(names):
    [r] = refs("overeenkomstig de artikelen 77g tot en met 77gg van het Wetboek van Strafrecht;", names)
    [t] = r.targets
    assert (t.law.key, t.law.naam, t.artikel, t.artikel_tot) == (None, "Wetboek van Strafrecht", "77g", "77gg")


def test_law_named_once_for_an_enumeration(names):
    [r] = refs("artikel 12, eerste lid, of artikel 14, van de Huisvestingswet 2014.", names)
    assert [simple(t) for t in r.targets] == [("wet", "huisvestingswet2014", "12", "1", ()),
                                              ("wet", "huisvestingswet2014", "14", None, ())]


def test_law_without_comma_belongs_to_the_last_article(names):
    [r] = refs("artikel 1, derde lid, en artikel 4 van de Wet X zijn van toepassing", names)
    assert [simple(t) for t in r.targets] == [("wet", "wmo2015", "1", "3", ()), ("wet", "Wet-X", "4", None, ())]
    [r] = refs("de artikelen 5 en 6 van de Jeugdwet", names)
    assert [simple(t)[1] for t in r.targets] == ["jeugdwet", "jeugdwet"]


def test_several_leden_and_onderdelen(names):
    [r] = refs("artikel 5, eerste, tweede of derde lid, van deze wet", names)
    assert [t.lid for t in r.targets] == ["1", "2", "3"]
    [r] = refs("het tweede tot en met achtste lid. Het college", names)
    assert [t.lid for t in r.targets] == [str(n) for n in range(2, 9)]
    [r] = refs("Het eerste tot met vierde lid zijn", names)  # a slip in the official Wbmgp text
    assert [t.lid for t in r.targets] == ["1", "2", "3", "4"]
    [r] = refs("het vierde lid, onderdelen a tot en met g, beschrijft", names)
    assert [t.path for t in r.targets] == [(c,) for c in "abcdefg"]
    # Only the ends of a range must exist: an onderdeel in between may have lapsed.
    assert [t.optioneel for t in r.targets] == [False] + [True] * 5 + [False]
    [r] = refs("artikel 2.3.10, eerste lid, onderdeel a, d en e.", names)
    assert [t.path for t in r.targets] == [("a",), ("d",), ("e",)]


def test_aanhef_and_subonderdeel(names):
    link = "(https://wetten.overheid.nl/BWBR0035362#Artikel2.1.2)"
    [r] = refs("[artikel 2.1.2, vierde lid, aanhef en onderdeel h]" + link, names)
    assert [(t.lid, t.path) for t in r.targets] == [("4", ()), ("4", ("h",))]
    [r] = refs("artikel 2.19, eerste lid, onderdeel a, onder 1°, om aan", names, "jeugdwet")
    assert simple(r.targets[0]) == ("wet", "jeugdwet", "2.19", "1", ("a", "1°"))


def test_lid_applies_to_the_last_article_of_a_list(names):
    [r] = refs("de artikelen 2.3 en 2.4, tweede lid, onderdeel b, te kunnen voldoen", names, "jeugdwet")
    assert [simple(t) for t in r.targets] == [("wet", "jeugdwet", "2.3", None, ()),
                                              ("wet", "jeugdwet", "2.4", "2", ("b",))]


def test_links(names):
    text = ("als bedoeld in\n[artikel 2.3.2, eerste lid](https://wetten.overheid.nl/BWBR0035362#Artikel2.3.2) en "
            "[artikel 1.1 van de Jeugdwet](https://wetten.overheid.nl/BWBR0034925#Artikel1.1) of [28]"
            "(https://wetten.overheid.nl/BWBR0011823#Artikel28)")
    r1, r2, r3 = refs(text, names)
    assert simple(r1.targets[0]) == ("wet", "wmo2015", "2.3.2", "1", ())
    assert r1.start == text.index("[")
    assert simple(r2.targets[0]) == ("wet", "jeugdwet", "1.1", None, ())
    assert (r3.targets[0].law.bwb, r3.targets[0].artikel) == ("BWBR0011823", "28")


def test_link_anchor_that_disagrees_with_the_words(names):
    [r] = refs("het in [artikel 2.3.2](https://wetten.overheid.nl/BWBR0035362#Artikel2.3.3) bedoelde", names)
    assert r.targets[0].artikel == "2.3.2" and r.anker == "Artikel2.3.3"


def test_links_to_a_whole_law_or_chapter(names):
    r1, r2 = refs("[Jeugdwet](https://wetten.overheid.nl/BWBR0034925) en [Hoofdstuk 2]"
                  "(https://wetten.overheid.nl/BWBR0035303#Hoofdstuk2)", names)
    assert (r1.targets[0].law.key, r1.targets[0].artikel) == ("jeugdwet", None)
    assert (r2.targets[0].law.key, r2.targets[0].detail) == ("huisvestingswet2014", "hoofdstuk 2")


def test_die_wet_points_to_the_law_named_last(names):
    text = ("[artikel 77hh, eerste lid, van het Wetboek van Strafrecht](https://wetten.overheid.nl/BWBR0001854"
            "#Artikel77hh), begeleiding, genoemd in artikel 77hh, tweede\nlid, van dat wetboek en")
    _, r = refs(text, names, "jeugdwet")
    assert (r.targets[0].law.bwb, r.targets[0].artikel, r.targets[0].lid) == ("BWBR0001854", "77hh", "2")


def test_begripsbepaling_and_subonderdeel(names):
    r1, r2 = refs("4°. onverminderd onderdeel 3°, de leeftijd ... bedoeld in onderdeel 1° van de begripsbepaling "
                  "van jeugdhulp, waarvan de", names, "jeugdwet")
    assert (r1.targets[0].scope, r1.targets[0].path) == ("lokaal", ("3°",))
    assert (r2.targets[0].path, r2.targets[0].begrip.split()[0]) == (("1°",), "jeugdhulp")


def test_external_name_stops_at_the_next_reference(names):
    r1, r2, r3 = refs("artikel 7:457 van het Burgerlijk Wetboek, artikel 88 van de Wet BIG of artikel 7.3.11 van "
                      "de Jeugdwet.", names)
    assert r1.targets[0].law.naam == "Burgerlijk Wetboek"
    assert r2.targets[0].law.naam == "Wet BIG"
    assert simple(r3.targets[0]) == ("wet", "jeugdwet", "7.3.11", None, ())


def test_huidige_artikel_in_an_amendment(names):
    [r] = refs("(in plaats van het huidige artikel 5.4.1, vijfde lid)", names)
    assert r.targets[0].huidig and (r.targets[0].artikel, r.targets[0].lid) == ("5.4.1", "5")
    [r] = refs("bedoeld in artikel 5.4.1, vijfde lid", names)
    assert not r.targets[0].huidig


def test_not_references(names):
    text = ("het eerste lid van dat artikel; maakt onderdeel uit van het plan; onderdelen van financiële contracten; "
            "bloedverwant in de eerste graad; de eerste twee weken; artikelsgewijs")
    assert refs(text, names) == []


def test_article_order():
    nums = ["10", "2.3.10", "2.3.9", "10a", "23c", "24", "2.3a.1", "2.3.2"]
    assert sorted(nums, key=article_key) == ["2.3.2", "2.3.9", "2.3.10", "2.3a.1", "10", "10a", "23c", "24"]


def test_a_text_read_again_gives_the_same_references_as_fresh_objects(names):
    """References are remembered per text, law and law names (every situation's graph reads the same articles):
    a second read is equal to the first, changing what it gave does not change the next read, and other law
    names give their own reading."""
    text = "bedoeld in artikel 1.1.2, derde lid, van de Jeugdwet en artikel 2.3.1 van deze wet"
    first = refs(text, names)
    expected = [(r.text, r.start, r.end, [simple(t) for t in r.targets]) for r in first]
    first[0].targets.clear()
    second = refs(text, names)
    assert [(r.text, r.start, r.end, [simple(t) for t in r.targets]) for r in second] == expected
    assert second[0] is not first[0]
    other = LawNames()
    other.add("wmo2015", ["Wet maatschappelijke ondersteuning 2015"], None)
    assert [simple(t) for r in refs(text, other) for t in r.targets] != [t for *_, ts in expected for t in ts]
