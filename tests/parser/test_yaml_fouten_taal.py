"""One language per surface for YAML mistakes (issue 17): PyYAML's English problem texts reach the user in the
catalogue's words (yamlpos.YAML_PROBLEEM), Dutch by default and English with `--taal en`, at the line and column
PyYAML found them; a problem the catalogue does not know is quoted as PyYAML's, inside a Dutch sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from corpus_kit import assert_table_names_its_arguments, run_cli  # noqa: E402
from wetgraaf.core.errors import yaml_problem
from wetgraaf.taal import tekst
from wetgraaf.yamlpos import YAML_PROBLEEM, yaml_probleem

# (the YAML, the place, the Dutch, the English)
MISTAKES = [
    ("a: b: c\n", (1, 5), "hier mag geen 'sleutel: waarde' staan (klopt de inspringing?)",
     "mapping values are not allowed here"),
    ("a:\n\tb: 1\n", (2, 1), "het teken '\\t' kan hier niet beginnen (tabs mogen niet als inspringing)",
     "found character '\\t' that cannot start any token"),
    ("a: [1, 2\n", (2, 1), "hier hoort ',' of ']', maar er staat het einde van het bestand",
     "expected ',' or ']', but got the end of the file"),
    ("a:\n  - 1\n b: 2\n", (3, 2), "de inspringing klopt niet (hier staat een nieuwe 'sleutel: waarde')",
     "expected <block end>, but found a new 'key: value'"),
    ("- a\nb: 1\n", (2, 1), "de inspringing klopt niet (hier staat een sleutel)",
     "expected <block end>, but found a key"),
    ("a: *x\n", (1, 4), "de alias 'x' verwijst naar een anker dat er niet is", "found undefined alias 'x'"),
    ("a: 1\n---\nb: 2\n", (2, 1), "het bestand bevat meer dan één document (een tweede '---'); laat er één over",
     "expected a single document in the stream, but found another document"),
    ('x: "\\q"\n', (1, 6), "'q' is geen geldige escape", "found unknown escape character 'q'"),
    ("a: !foo 1\n", (1, 4), "de tag '!foo' kent wetgraaf niet; laat hem weg",
     "could not determine a constructor for the tag '!foo'"),
    ("{[1]: 2}\n", (1, 2), "een sleutel moet een enkele waarde zijn, geen lijst of tabel", "found unhashable key"),
    ("a: \x00\n", (1, 4), "het teken #x0000 mag niet in een YAML-bestand staan",
     "the character #x0000 is not allowed in a YAML file"),
    ('a: "x\n', (2, 1), "het bestand houdt onverwacht op", "found unexpected end of stream"),
]


@pytest.mark.parametrize("text, where, nl, en", MISTAKES, ids=[m[3][:40] for m in MISTAKES])
def test_pyyamls_problem_in_the_readers_words(text: str, where: tuple[int, int], nl: str, en: str) -> None:
    with pytest.raises(yaml.YAMLError) as info:
        yaml.safe_load(text)
    problem, pos = yaml_problem(info.value, text, "f.yaml")
    said = yaml_probleem(problem)
    assert (pos.line, pos.col) == where
    assert tekst(said, "nl").startswith(nl) and tekst(said, "en") == en
    assert "PyYAML" not in tekst(said, "nl")  # known: no quotation


def test_an_unknown_problem_is_quoted_in_a_dutch_sentence() -> None:
    said = yaml_probleem("found something new that a later PyYAML says")
    assert tekst(said, "nl") == "de YAML-lezer (PyYAML) meldt: “found something new that a later PyYAML says”"
    assert tekst(said, "en") == "the YAML reader (PyYAML) reports: “found something new that a later PyYAML says”"


def test_the_table_names_catalogue_phrases_with_their_arguments() -> None:
    assert_table_names_its_arguments(YAML_PROBLEEM)


WET_YAML = "sleutel: testwet\ntitel: Testwet\nafkorting: Testwet\nstatus: in werking\n"
ARTIKEL = "---\nwet: testwet\nartikel: \"1\"\nherkomst: officieel\n---\n\n# Artikel 1\n\n## Lid 1\n\n1 Tekst.\n"


def _corpus(tmp: Path, front: str = "wet: testwet\nartikel: \"1\"\nherkomst: officieel\n") -> Path:
    law = tmp / "law"
    (law / "testwet").mkdir(parents=True)
    (law / "testwet" / "wet.yaml").write_text(WET_YAML, encoding="utf-8")
    (law / "testwet" / "artikel-1.md").write_text(ARTIKEL.replace(
        "wet: testwet\nartikel: \"1\"\nherkomst: officieel\n", front), encoding="utf-8")
    return law


def _front_matter(tmp: Path) -> list[str]:
    return ["controleer", str(_corpus(tmp, "wet: testwet\nartikel: \"1\"\nherkomst officieel\ntitel: x\n"))]


def _wijziging_yaml(tmp: Path) -> list[str]:
    law = _corpus(tmp)
    folder = law / "wijzigingen" / "test"
    folder.mkdir(parents=True)
    (folder / "wijziging.yaml").write_text("titel: Test\nstatus: [wetsvoorstel\n", encoding="utf-8")
    return ["controleer", str(law)]


def _scenario(tmp: Path) -> list[str]:
    law = _corpus(tmp)
    (tmp / "s.yaml").write_text("naam: s\npeildatum: 2026-01-01\npersonen:\n  an:\n\tkinderen: 0\n", encoding="utf-8")
    return ["vraag", str(tmp / "s.yaml"), "--corpus", str(law)]


def _gherkin(tmp: Path) -> list[str]:
    (tmp / "f.feature").write_text("Feature: x\n", encoding="utf-8")
    (tmp / "m.yaml").write_text("wet: testwet\nstappen:\n  - a\n b: 1\n", encoding="utf-8")
    return ["gherkin", str(tmp / "f.feature"), "--mapping", str(tmp / "m.yaml")]


def _dev_ir(tmp: Path) -> list[str]:
    law = _corpus(tmp)
    (law / "testwet" / "wet.yaml").write_text("sleutel: testwet\ntitel: a: b\n", encoding="utf-8")
    return ["dev", "ir", str(law / "testwet" / "artikel-1.md")]


# (the command, the place, Dutch words, English words)
CASES = [
    (_front_matter, "artikel-1.md:5:1:", "de ':' na de sleutel ontbreekt", "could not find expected ':'"),
    (_wijziging_yaml, "wijziging.yaml:3:1:", "hier hoort ',' of ']', maar er staat het einde van het bestand",
     "expected ',' or ']', but got the end of the file"),
    (_scenario, "s.yaml:5:1:", "het teken '\\t' kan hier niet beginnen", "found character '\\t' that cannot start"),
    (_gherkin, "m.yaml:4:2:", "de mapping is geen geldige YAML: de inspringing klopt niet (hier staat een nieuwe "
                              "'sleutel: waarde')",
     "the mapping is not valid YAML: expected <block end>, but found a new 'key: value'"),
    (_dev_ir, "wet.yaml:2:9:", "hier mag geen 'sleutel: waarde' staan", "mapping values are not allowed here"),
]


@pytest.mark.parametrize("command, where, nl, en", CASES, ids=[c[0].__name__[1:] for c in CASES])
def test_a_yaml_mistake_through_the_command_line(tmp_path: Path, command, where: str, nl: str, en: str) -> None:
    args = command(tmp_path)
    dutch, english = run_cli(*args), run_cli("--taal", "en", *args)
    assert dutch.returncode == english.returncode != 0
    said_nl, said_en = dutch.stdout + dutch.stderr, english.stdout + english.stderr
    assert nl in said_nl and en not in said_nl, said_nl
    assert en in said_en and nl not in said_en, said_en
    assert where in said_nl and where in said_en
    assert "Traceback" not in said_nl + said_en
