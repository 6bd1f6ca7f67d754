"""One language per surface, family by family (issue 17, item 4): a message of each family of the catalogue that the
law-file, amendment, evaluation, value and label, mirror and import messages moved into (taal/wet.py, wijz.py,
eval.py, waarde.py, spiegel.py, invoer.py) reaches the user through the real command line in Dutch, and in English
with `--taal en`, at the same place."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_kit import run_cli  # noqa: E402

WET_YAML = "sleutel: testwet\ntitel: Testwet\nafkorting: Testwet\nstatus: in werking\n"
ARTIKEL = """---
wet: testwet
artikel: "1"
herkomst: officieel
---

# Artikel 1

## Lid 1

1 Tekst van het eerste lid.

```regels
feit kinderen(p: persoon "de persoon"): geheel label "het aantal kinderen van {p}" omschrijving "Een aantal."
begrip deel(p: persoon "de persoon"): getal label "het deel van {p}" omschrijving "Tien gedeeld door het aantal."
  = 10 / kinderen(p)
feit kaal: waarheid
```
"""
WIJZIGING = """# Testwijziging, artikel I, onderdeel A

```wijziging
onderdeel: I.A
wet: testwet
opdracht: Artikel 1 wordt op een andere manier geschreven.
```
"""
SCENARIO = "naam: deling\npeildatum: 2026-01-01\npersonen:\n  an:\n    kinderen: 0\nvragen: [deel(an)]\n"


def _corpus(tmp: Path, artikel: str = ARTIKEL) -> Path:
    law = tmp / "law"
    (law / "testwet").mkdir(parents=True)
    (law / "testwet" / "wet.yaml").write_text(WET_YAML, encoding="utf-8")
    (law / "testwet" / "artikel-1.md").write_text(artikel, encoding="utf-8")
    return law


def _wet(tmp: Path) -> list[str]:
    return ["controleer", str(_corpus(tmp, ARTIKEL.replace("## Lid 1", "## Alinea 1")))]


def _wijz(tmp: Path) -> list[str]:
    law = _corpus(tmp)
    folder = law / "wijzigingen" / "test"
    folder.mkdir(parents=True)
    (folder / "wijziging.yaml").write_text("naam: test\ntitel: Test\nstatus: wetsvoorstel\n", encoding="utf-8")
    (folder / "I-A.md").write_text(WIJZIGING, encoding="utf-8")
    return ["controleer", str(law)]


def _eval(tmp: Path) -> list[str]:
    law = _corpus(tmp)
    (tmp / "s.yaml").write_text(SCENARIO, encoding="utf-8")
    return ["vraag", str(tmp / "s.yaml"), "--corpus", str(law), "--uitleg"]


def _label(tmp: Path) -> list[str]:
    return ["controleer", str(_corpus(tmp))]


def _spiegel(tmp: Path) -> list[str]:
    return ["spiegel", "testwet.bestaat_niet(p)", "testwet.deel(p)", "--corpus", str(_corpus(tmp))]


def _invoer(tmp: Path) -> list[str]:
    (tmp / "bad.xml").write_text("niet <xml\n", encoding="utf-8")
    return ["importeer", str(tmp / "bad.xml"), "--sleutel", "proef", "--corpus", str(tmp / "c"), "--bronnen",
            str(tmp / "b")]


def _gherkin(tmp: Path) -> list[str]:
    (tmp / "f.feature").write_text("Feature: x\n", encoding="utf-8")
    (tmp / "m.yaml").write_text("x: 1\n", encoding="utf-8")
    return ["gherkin", str(tmp / "f.feature"), "--mapping", str(tmp / "m.yaml")]


# (family, the command, where the message is, Dutch words, English words, the place both show)
CASES = [
    ("wet", _wet, "stderr", "onbekende kop 'Alinea'", "unknown heading 'Alinea'", "artikel-1.md:9:1:"),
    ("wijz", _wijz, "stderr", "de opdracht 'Artikel 1 wordt op een andere manier geschreven.' is niet te lezen",
     "cannot read the instruction 'Artikel 1 wordt op een andere manier geschreven.'", "I-A.md:6:1:"),
    # the explanation's line: its word 'fout' is the reader's too (taal/uitleg.py); the question is the same
    ("eval", _eval, "stdout", "\n  fout: deling door nul", "\n  error: division by zero", "\ndeel(an) = "),
    ("waarde", _label, "stderr", "feit 'kaal' heeft geen label en geen omschrijving",
     "feit 'kaal' has no label and no omschrijving", "artikel-1.md:17:1:"),
    ("spiegel", _spiegel, "stderr", "de linkerkant (links) 'testwet.bestaat_niet' is niet gedefinieerd in het corpus",
     "the left side (links) 'testwet.bestaat_niet' is not defined in the corpus", "[WG-SPGL-002]"),
    ("invoer", _invoer, "stderr", "het XML-bestand is niet te lezen", "cannot read the XML file", "bad.xml:1:"),
    ("invoer", _gherkin, "stderr", "een mapping heeft minstens 'wet' en 'stappen'",
     "a mapping has at least 'wet' and 'stappen'", "m.yaml:1:1:"),
]


@pytest.mark.parametrize("family, command, stream, nl, en, where", CASES, ids=[f"{c[0]}-{c[1].__name__[1:]}"
                                                                              for c in CASES])
def test_a_message_of_each_family_is_dutch_and_english_with_taal_en(tmp_path, family, command, stream, nl, en,
                                                                    where) -> None:
    args = command(tmp_path)
    dutch = run_cli(*args)
    english = run_cli("--taal", "en", *args)
    assert dutch.returncode == english.returncode
    said_nl, said_en = getattr(dutch, stream), getattr(english, stream)
    assert nl in said_nl and en not in said_nl, said_nl
    assert en in said_en and nl not in said_en, said_en
    assert where in said_nl and where in said_en  # the same place in both languages
    assert "Traceback" not in dutch.stderr + english.stderr


def test_a_law_file_error_survives_the_parse_cache_in_both_languages() -> None:
    """The parse cache pickles a file's errors: they come back as catalogue messages, not as frozen Dutch text."""
    import pickle

    from wetgraaf.core.errors import LawErrors
    from wetgraaf.parser.markdown import parse_article
    from wetgraaf.taal import Bericht, in_taal

    with pytest.raises(LawErrors) as info:
        parse_article(ARTIKEL.replace("## Lid 1", "## Alinea 1"), "artikel-1.md", "testwet", "Testwet")
    (err,) = pickle.loads(pickle.dumps(info.value.errors))
    assert isinstance(err.message, Bericht) and (err.pos.line, err.pos.col) == (9, 1)
    assert str(err) == "artikel-1.md:9:1: onbekende kop 'Alinea': een kop noemt een Artikel, Lid, Onderdeel, " \
                       "Subonderdeel, Slot of Toelichting [WG-FILE-006]"
    with in_taal("en"):
        assert str(err).startswith("artikel-1.md:9:1: unknown heading 'Alinea': a heading names an Artikel")
