"""Words for people (issue 15, item 2): every definition, soort, soort value and parameter role carries a label and
an omschrijving written in the law file; `wetgraaf controleer` warns about every one that is missing (WG-LABEL); the
explanation, `wetgraaf vraag` and the answer JSON say the answer in those words, with the identifiers beside them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from corpus_kit import answer, corpus, fact, run_cli  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.engine.explain import answer_json, explain_text, summary  # noqa: E402
from wetgraaf.parser import ir  # noqa: E402
from wetgraaf.core.errors import LawError  # noqa: E402
from wetgraaf.taal import tekst  # noqa: E402
from wetgraaf.parser.rules import parse_block  # noqa: E402
from wetgraaf.resolve import labels  # noqa: E402

D = dt.date(2026, 1, 1)

LABELLED = """
soort woonsituatie: thuis "woont thuis" | elders "woont op zichzelf"
  label "woonsituatie"
  omschrijving "Waar iemand woont."
feit ouder_van(p: persoon "de mogelijke ouder", k: persoon "het kind"): waarheid
  label "{p} is een ouder van {k}"
  omschrijving "De een is vader of moeder van de ander."
  vraag "Is {p} een ouder van {k}?"
feit situatie(k: persoon "het kind"): woonsituatie
  label "de woonsituatie van {k}" omschrijving "Waar het kind woont."
begrip gezinslid(p: persoon "het mogelijke gezinslid", k: persoon "het kind"): waarheid
  label "{p} is gezinslid van {k}"
  omschrijving "Een ouder van het kind."
  = ouder_van(p, k)
"""


# -- the syntax: one mechanism, beside `vraag` ---------------------------------------------------------------------

def test_words_are_read_under_the_declaration_and_after_parameters_and_values():
    decls = parse_block(LABELLED, "wet.md", 0)
    soort, ouder = decls[0], decls[1]
    assert soort.label == "woonsituatie" and soort.omschrijving == "Waar iemand woont."
    assert soort.labels == {"thuis": "woont thuis", "elders": "woont op zichzelf"}
    assert ouder.label == "{p} is een ouder van {k}" and ouder.vraag == "Is {p} een ouder van {k}?"
    assert [(p.name, p.label) for p in ouder.params] == [("p", "de mogelijke ouder"), ("k", "het kind")]
    begrip = decls[3]
    assert begrip.label == "{p} is gezinslid van {k}" and isinstance(begrip.body, ir.Call)


def test_parameter_and_waarde_take_words_before_their_value():
    p, w = parse_block('parameter drempel: geheel\n  label "de drempel" omschrijving "Het minimum."\n  = 3\n'
                       'waarde termijn: duur label "de termijn" omschrijving "Zes weken." = "zes weken"\n',
                       "wet.md", 0)
    assert (p.label, p.omschrijving) == ("de drempel", "Het minimum.")
    assert (w.label, w.woorden) == ("de termijn", "zes weken")


@pytest.mark.parametrize("text, fragment", [
    ('feit a: waarheid label "x" label "y"', "'label' is written twice"),
    ('begrip a: waarheid vraag "Is het zo?" = waar', "a begrip has no 'vraag'"),
    ('begrip a: waarheid "oud" omschrijving "nieuw" = waar', "omschrijving twice"),
])
def test_mistakes_in_the_words_are_located_errors(text, fragment):
    with pytest.raises(LawError) as exc:
        parse_block(text, "wet.md", 10)
    assert exc.value.code == "WG-PARSE-001" and fragment in exc.value.message.in_taal("en")  # the English text
    assert exc.value.pos.line == 11


def test_a_role_fills_a_label_where_no_argument_is_known():
    d = parse_block(LABELLED, "wet.md", 0)[3]
    assert labels.fill(d.label, d.params) == "het mogelijke gezinslid is gezinslid van het kind"
    assert labels.fill(d.label, d.params, ("Sam", "Anna")) == "Sam is gezinslid van Anna"


# -- the check ----------------------------------------------------------------------------------------------------

def test_check_warns_about_every_missing_word(tmp_path):
    root = corpus(tmp_path, """
        soort s: a "een a" | b
        feit f(p: persoon, q: persoon "de ander"): waarheid
          label "{p} kent {x}"
        begrip g: waarheid label "g" omschrijving "G." = waar
    """)
    warnings = [w for w in wetgraaf.load(root).program(D).warnings if w.code.startswith("WG-LABEL")]
    found = sorted((w.code, tekst(w.message, "en").split(":")[0]) for w in warnings)  # the catalogue's English
    assert all(w.severity == "waarschuwing" and w.pos is not None for w in warnings)
    assert ("WG-LABEL-001", "feit 'f' has no omschrijving") in found
    assert ("WG-LABEL-001", "soort 's' has no label and no omschrijving") in found
    assert ("WG-LABEL-002", "feit 'f'") in found          # parameter p has no role
    assert ("WG-LABEL-002", "soort 's'") in found         # value b has no words
    assert any(c == "WG-LABEL-003" for c, _ in found)     # {x} is no parameter
    assert not any("'g'" in m for _, m in found)          # g is complete


def test_the_shipped_corpus_has_every_word_in_every_version_and_amendment():
    from wetgraaf.cli_check import version_dates

    wg = wetgraaf.load()
    combos = [()] + [(w,) for w in sorted(wg.corpus.wijzigingen)]
    checked, missing = 0, []
    for date in version_dates(wg.corpus):
        for combo in combos:
            program = wg.program(date, combo)
            checked += len(program.definitions)
            missing += [str(w) for w in program.warnings if w.code.startswith("WG-LABEL")]
    assert checked > 1500, "the scan is broken"
    assert not missing, "definitions without words:\n" + "\n".join(sorted(set(missing))[:20])


def test_wetgraaf_check_lists_no_label_warning_on_the_shipped_corpus():
    result = run_cli("controleer", "--geen-analyse")
    assert result.returncode == 0, result.stderr
    assert "WG-LABEL" not in result.stderr + result.stdout


# -- the words in answers -----------------------------------------------------------------------------------------

def test_the_answer_is_said_in_words_with_the_identifiers_beside_them(tmp_path):
    root = corpus(tmp_path, LABELLED)
    program = wetgraaf.load(root).program(D)
    yes = answer(root, "gezinslid", ("Sam", "Anna"), {fact("ouder_van", "Sam", "Anna"): True}, trace=True)
    assert summary(yes, program).startswith("Ja: Sam is gezinslid van Anna, op grond van artikel 1")
    text = explain_text(yes, program)
    assert "Sam is een ouder van Anna: ja — feit testwet.ouder_van(Sam, Anna) = waar (gegeven)" in text
    unknown = answer(root, "gezinslid", ("Sam", "Anna"), {})
    assert summary(unknown, program) == "Nog onbekend: Sam is gezinslid van Anna? Nog nodig: 1 feit"
    assert "ontbreekt: testwet.ouder_van(Sam, Anna) (Sam is een ouder van Anna)" in explain_text(unknown, program)


def test_the_answer_json_has_labels_beside_the_identifiers(tmp_path):
    root = corpus(tmp_path, LABELLED)
    program = wetgraaf.load(root).program(D)
    a = answer(root, "situatie", ("Kim",), {fact("situatie", "Kim"): "elders"}, trace=True)
    data = answer_json(a, program)
    assert data["naam"] == "testwet.situatie" and data["label"] == "de woonsituatie van Kim"
    assert data["waarde"] == "elders" and data["waarde_label"] == "woont op zichzelf"
    assert data["rollen"] == [{"naam": "k", "type": "persoon", "label": "het kind"}]
    assert data["uitleg"][0]["label"] == "de woonsituatie van Kim"
    missing = answer_json(answer(root, "gezinslid", ("Sam", "Anna"), {}), program)["ontbrekende_feiten"]
    assert missing == [{"naam": "testwet.ouder_van", "argumenten": ["Sam", "Anna"],
                        "vraag": "Is Sam een ouder van Anna?", "label": "Sam is een ouder van Anna"}]


def test_wetgraaf_vraag_says_the_gezinslid_answer_in_words():
    repo = Path(__file__).resolve().parents[2]
    result = run_cli("vraag", str(repo / "law" / "scenarios" / "gezinslid.yaml"), "--uitleg")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "Ja: kind is gezinslid van cliënt, op grond van artikel 1.1.1, eerste lid, onder 'gezinslid'" in out
    assert "gezinslid(kind, cliënt) = waar" in out  # the expert view stays
    data = json.loads(run_cli("vraag", str(repo / "law" / "scenarios" / "gezinslid.yaml"), "--json").stdout)
    first = (data if isinstance(data, list) else [data])[0]["antwoorden"][0]
    assert first["label"] == "kind is gezinslid van cliënt"
    assert [r["label"] for r in first["rollen"]] == ["het mogelijke gezinslid", "de cliënt"]
