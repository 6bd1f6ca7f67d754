"""One language per surface for answers and explanations (issue 17, item 4): the summary, the value words, the
explanation's lines and tree, the citation words and the Atw's term sentences come from the catalogue (family
uitleg) and are English with `--taal en`, in the question service and on the site's Markdown; the labels the
drafters wrote in the law files stay as written. Dutch stays the default, word for word (the golden files)."""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest

from corpus_kit import run_cli  # noqa: E402

from wetgraaf.taal import catalogus  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "wetgraaf"
SCENARIOS = REPO / "law" / "scenarios"

# -- no word of an explanation outside the catalogue ------------------------------------------------------------

# The modules that word answers and explanations.
RENDERERS = ("engine/explain.py", "site/explain_md.py", "resolve/labels.py", "engine/termijnen.py", "golden.py",
             "cli_vraag.py", "pytest_plugin.py")
# Dutch words of an explanation: a literal holding one is text a reader sees, written outside the catalogue.
DUTCH = re.compile(r"\b(op grond van|geldt|onbekend|onwaar|waar|zie boven|ontbreekt|gegeven|uitzondering|regel|"
                   r"oordeel|oordelen|feit|feiten|fout|grondslag|uitleg|nog|nodig|hangt|berust|artikel|lid|onderdeel|"
                   r"onder|slotzin|herleid|toelichting|geen|ja|nee|als|antwoord|antwoorden|versie|met|niets|eerste|"
                   r"tweede|termijn|verlengd|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b", re.I)
# The law's own words: the Atw's names of its feestdagen (art. 3), kept as the law writes them.
LAW_WORDS = {"engine/termijnen.py": {"Goede Vrijdag", "tweede Paasdag", "tweede Pinksterdag", "eerste Kerstdag",
                                     "tweede Kerstdag"}}
# Calls whose first argument names something rather than says it: a catalogue key, an attribute, a prefix.
NAMING_CALLS = ("zeg", "bericht", "getattr", "hasattr", "startswith", "endswith")


def dutch_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of `path` (f-strings' text too) with a Dutch word of an explanation, except docstrings,
    what is compared, subscripted or a dict key (names of kinds and JSON keys), what names a catalogue key, an
    attribute or a prefix."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()

    def drop(node: ast.AST) -> None:
        skip.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            drop(body[0])  # a docstring
        if isinstance(node, ast.Compare):
            drop(node)
        elif isinstance(node, ast.Subscript):
            drop(node.slice)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    drop(key)
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in NAMING_CALLS:
                for arg in node.args[:2 if name in ("getattr", "hasattr") else 1]:
                    drop(arg)
    keys = catalogus()
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and node.value not in keys and DUTCH.search(node.value)]


@pytest.mark.parametrize("rel", RENDERERS)
def test_the_explanation_renderers_write_no_words_outside_the_catalogue(rel) -> None:
    hits = [(line, text) for line, text in dutch_literals(SRC / rel) if text not in LAW_WORDS.get(rel, set())]
    assert not hits, f"{rel}: words of an explanation written outside the catalogue (wetgraaf.taal.uitleg): {hits}"


def test_the_explanation_scan_sees_a_dutch_literal(tmp_path) -> None:
    sample = ('"""Docstring: waar of onwaar."""\n'
              'def f(node, taal):\n'
              '    if node.kind == "feit":\n'
              '        return zeg("zin.uitleg.waar", taal) + {"grondslag": 1}["grondslag"]\n'
              '    return f"{node} (zie boven)"\n')
    path = tmp_path / "sample.py"
    path.write_text(sample, encoding="utf-8")
    assert dutch_literals(path) == [(5, " (zie boven)")]


# -- every node kind in English ---------------------------------------------------------------------------------

# The explanation's own Dutch words and phrases: none may be left in an English explanation once the law's words
# (labels, questions, authorities, names of laws, notes) and the identifiers of the expert view are taken out.
DUTCH_PHRASES = re.compile(r" op grond van |Nog onbekend|Nog nodig|geldt niet|\bonwaar\b|\bwaar\b|\bonbekend\b|"
                           r"zie boven|\(gegeven\)|\(ontbreekt\)|grondslag:|uitleg:|ontbreekt:|hangt af van|"
                           r"berust op|\bartikel\b|\blid\b|\bonderdeel\b|\bslotzin\b|herleid|\[regel |"
                           r"\[uitzondering |\bJa: |\bNee: |: ja\b|: nee\b|\bals\b|\bfeit\b|\boordeel\b|\bfout\b|"
                           r"Geen antwoord|\bniets\b|\bversie\b|eindigde op|verlengd tot|\bdonderdag\b|\bzaterdag\b")
# The English words that take their place, each seen at least once over the scenarios below.
ENGLISH = ("Yes: ", "No: ", "does not hold", "on the basis of article", "Not yet known: ", "Still needed: ",
           "legal basis: ", "missing: ", "depends on the judgement of", "rests on the judgement of", "    if ",
           "explanation:", "(see above)", "(given)", "(missing)", "fact ", "judgement ", "[rule ", "[exception ",
           "paragraph ", "derived from the explanatory memorandum", "the term ended on", "= true", "= false",
           "= unknown", ": yes — ", ": no — ")
FILES = ("gezinslid.yaml", "wams-onderzoek.yaml", "wbmgp-2025-stapeling.yaml", "wams-gegevens.yaml")
MARK = re.compile(r"«[^«»]*»")
IDENTIFIER = re.compile(r"[\w.]*\w[_.]\w[\w.]*(?:\([^()]*\))?|\b\w+\([^()]*\)")  # wmo2015.kind_van(kind, cliënt)


@pytest.fixture(scope="module")
def wg():
    from wetgraaf.api import load

    return load()


@pytest.fixture
def marked(monkeypatch):
    """The law's words marked «...» wherever an explanation uses them: a definition's label, a soort value's."""
    from wetgraaf.resolve import labels

    phrase, value_words = labels.phrase, labels.value_words
    monkeypatch.setattr(labels, "phrase", lambda d, args=None: f"«{phrase(d, args)}»")

    def words(program, value, taal="nl"):
        said = value_words(program, value, taal)
        return f"«{said}»" if said is not None and isinstance(value, str) else said

    monkeypatch.setattr(labels, "value_words", words)


def _law_words(answer, program) -> set[str]:
    """The law's texts an explanation quotes besides labels: questions, authorities, names of laws, notes."""
    out = {m.vraag for m in answer.missing_facts + answer.missing_oordelen if m.vraag}
    out |= {m.door for m in answer.missing_oordelen + answer.rests_on if m.door}
    stack: list = [*(answer.trace or []), program.definitions[answer.qname]]
    while stack:
        node = stack.pop()
        for c in (getattr(node, "citation", None), getattr(getattr(node, "rule", None), "citation", None)):
            if c is not None:
                out |= {c.wet_naam, c.toelichting or "", f"'{c.onderdeel}'"}
        stack.extend(getattr(node, "children", []))
    return {w for w in out if w}


def _bare(text: str, law: set[str]) -> str:
    """`text` without the law's words and the expert view's identifiers."""
    while MARK.search(text):  # a label holds a soort value's label as its argument: inside out
        text = MARK.sub("", text)
    for w in sorted(law, key=len, reverse=True):
        text = text.replace(w, "«»")
    return IDENTIFIER.sub("·", text)


def test_every_node_kind_of_an_explanation_is_english_with_taal_en(wg, marked) -> None:
    from wetgraaf.engine.explain import answer_json, explain_text
    from wetgraaf.scenario import load_file

    kinds, seen, values = set(), "", set()
    for name in FILES:
        for sc in load_file(SCENARIOS / name):
            for o in wg.run(sc, trace=True):
                if o.answer is None:
                    continue
                program = wg.program(sc.peildatum, o.wijzigingen)
                law = _law_words(o.answer, program)
                en, nl = explain_text(o.answer, program, "en"), explain_text(o.answer, program)
                left = DUTCH_PHRASES.findall(_bare(en, law))
                assert not left, (name, sc.naam, o.question, left, en)
                assert DUTCH_PHRASES.search(_bare(nl, law)), nl  # the check sees the Dutch words
                data = answer_json(o.answer, program, "en")
                texts = "\n".join([data["samenvatting"], data["waarde_label"] or "", data["grondslag"]["tekst"]])
                assert not DUTCH_PHRASES.findall(_bare(texts, law)), (name, o.question, texts)
                dutch = answer_json(o.answer, program)
                assert _keys(data) == _keys(dutch)  # the JSON's keys are the API: the same in both languages
                seen += en
                values.add(type(o.answer.value).__name__ if not isinstance(o.answer.value, bool) else o.answer.value)
                stack = list(o.answer.trace or [])
                while stack:
                    node = stack.pop()
                    kinds.add(node.kind)
                    stack.extend(node.children)
    assert {"begrip", "feit", "oordeel", "zie", "termijn"} <= kinds, kinds
    assert {True, False, "Unknown"} <= values, values
    missing = [w for w in ENGLISH if w not in seen]
    assert not missing, missing


def _keys(data) -> object:
    if isinstance(data, dict):
        return {k: _keys(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_keys(v) for v in data]
    return None


def test_a_citation_in_english_and_as_a_drafter_writes_it() -> None:
    from wetgraaf.parser.ir import Citation

    c = Citation("wmo2015", "Wmo 2015", "1.1.1", "1", "a")
    assert str(c) == "artikel 1.1.1, eerste lid, onderdeel a, Wmo 2015"
    assert c.tekst("en") == "article 1.1.1, paragraph 1, point a, Wmo 2015"
    named = Citation("wmo2015", "Wmo 2015", "1.1.1", "2", "gezinslid", "1°")
    assert str(named) == "artikel 1.1.1, tweede lid, onder 'gezinslid', onder 1°, Wmo 2015"
    assert named.tekst("en") == "article 1.1.1, paragraph 2, under 'gezinslid', under 1°, Wmo 2015"
    assert Citation("w", "W", "3", "14", "slot").tekst("en") == "article 3, paragraph 14, closing sentence, W"
    # a message that cites one (no rule gives a value: WG-EVAL-001) says it in the reader's language too
    from wetgraaf.taal import bericht

    msg = bericht("WG-EVAL-001", naam="x", bron=c.bericht(), argumenten="")
    assert msg == "geen regel geeft 'x' in dit geval een waarde; zie artikel 1.1.1, eerste lid, onderdeel a, Wmo 2015"
    assert msg.in_taal("en") == "no rule gives 'x' a value in this case; see article 1.1.1, paragraph 1, point a, Wmo 2015"
    assert named.bericht() == str(named) and named.bericht().in_taal("en") == named.tekst("en")


def test_an_error_answer_and_its_value_in_english(tmp_path) -> None:
    """A division by zero: the value 'fout', the line 'fout: ...' and the summary 'Geen antwoord: ...' in English."""
    from test_taal_families import SCENARIO, _corpus

    from wetgraaf.api import load
    from wetgraaf.engine.explain import explain_text, summary
    from wetgraaf.scenario import load_file

    law = _corpus(tmp_path)
    (tmp_path / "s.yaml").write_text(SCENARIO, encoding="utf-8")
    local = load(law, cache=False)
    (sc,) = load_file(tmp_path / "s.yaml")
    (o,) = local.run(sc, trace=True)
    program = local.program(sc.peildatum, o.wijzigingen)
    en = explain_text(o.answer, program, "en")
    assert en.startswith("deel(an) = error\n  error: division by zero\n  No answer: division by zero\n"), en
    assert explain_text(o.answer, program).startswith("deel(an) = fout\n  fout: deling door nul\n  Geen antwoord: "
                                                      "deling door nul\n")
    assert summary(o.answer, program, "en") == "No answer: division by zero"


def test_the_site_markdown_of_an_explanation_in_english(wg, marked) -> None:
    from wetgraaf.site.explain_md import answer_md
    from wetgraaf.site.model import build_model
    from wetgraaf.scenario import load_file

    model = build_model(wg)
    count = 0
    for name in ("gezinslid.yaml", "wams-onderzoek.yaml"):
        for sc in load_file(SCENARIOS / name):
            for o in wg.run(sc, trace=True):
                sit = model.situation_for(sc.peildatum, o.wijzigingen or sc.wijzigingen)
                program = wg.program(sc.peildatum, o.wijzigingen)
                en = "\n".join(answer_md(model, "scenarios/x.md", sit, o.answer, "en"))
                en = re.sub(r"\]\([^)]*\)", "]", en).replace("\\", "")  # link targets, Markdown escapes
                left = DUTCH_PHRASES.findall(_bare(en, _law_words(o.answer, program)))
                assert not left, (name, o.question, left, en)
                assert en.startswith("Answer: **"), en
                count += 1
    assert count > 5


# -- the command line and the question service ------------------------------------------------------------------

GEZINSLID = str(SCENARIOS / "gezinslid.yaml")


def test_vraag_uitleg_in_english_with_taal_en_and_dutch_by_default() -> None:
    en = run_cli("--taal", "en", "vraag", "--uitleg", GEZINSLID)
    nl = run_cli("vraag", "--uitleg", GEZINSLID)
    assert en.returncode == nl.returncode == 0, en.stderr + nl.stderr
    for said in ("gezinslid(kind, cliënt) = true\n", "  Yes: kind is gezinslid van cliënt, on the basis of article 1.1.1, "
                 "paragraph 1, under 'gezinslid', Wmo 2015", "  Not yet known: Kind is gezinslid van cliënt? Still "
                 "needed: 1 fact\n", "  legal basis: article 1.1.1, paragraph 1", "  explanation:\n",
                 "(see above)", "— fact wmo2015.kind_van(kind, cliënt) = false (given) —"):
        assert said in en.stdout, (said, en.stdout)
    for said in ("gezinslid(kind, cliënt) = waar\n", "  Ja: kind is gezinslid van cliënt, op grond van artikel 1.1.1, "
                 "eerste lid, onder 'gezinslid', Wmo 2015", "  Nog onbekend: Kind is gezinslid van cliënt? Nog nodig: "
                 "1 feit\n", "  grondslag: artikel 1.1.1, eerste lid", "  uitleg:\n", "(zie boven)"):
        assert said in nl.stdout, (said, nl.stdout)
    for said in (" op grond van ", "Nog onbekend", "geldt niet", "onwaar", "(gegeven)", "grondslag:"):
        assert said not in en.stdout, (said, en.stdout)


def test_vraag_json_in_english_from_the_environment() -> None:
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_DEBUG", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["WETGRAAF_TAAL"] = "en"
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "vraag", "--json", GEZINSLID], capture_output=True,
                            text=True, env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)[0]["antwoorden"][0]
    assert first["samenvatting"].startswith("Yes: kind is gezinslid van cliënt, on the basis of article 1.1.1"), first
    assert first["waarde"] is True and first["waarde_label"] == "yes"
    assert first["grondslag"]["tekst"] == "article 1.1.1, paragraph 1, under 'gezinslid', Wmo 2015"
    assert first["uitleg"][0]["waarde_label"] == "yes" and first["uitleg"][0]["label"] == "kind is gezinslid van cliënt"


WRONG = ("naam: verkeerd\npeildatum: 2026-01-01\nwet: wmo2015\nwijzigingen: [wams]\npersonen: {kind: {}, cliënt: {}}\n"
         "feiten: {'kind_van(kind, cliënt)': waar}\nvragen: ['gezinslid(kind, cliënt)']\n"
         "verwacht: {'gezinslid(kind, cliënt)': onwaar}\n")


def test_an_answer_that_differs_from_the_expected_one_says_so_in_english(tmp_path) -> None:
    path = tmp_path / "verkeerd.yaml"
    path.write_text(WRONG, encoding="utf-8")
    en, nl = run_cli("--taal", "en", "vraag", "--json", str(path)), run_cli("vraag", "--json", str(path))
    assert en.returncode == nl.returncode == 1, en.stderr + nl.stderr
    assert json.loads(en.stdout)["antwoorden"][0]["afwijkingen"] == ["expected false, got unknown"], en.stdout
    assert json.loads(nl.stdout)["antwoorden"][0]["afwijkingen"] == ["verwacht onwaar, antwoord onbekend"], nl.stdout


def _body() -> dict:
    """The second case of gezinslid.yaml (the child's age unknown) as a request body."""
    import yaml

    case = yaml.safe_load((SCENARIOS / "gezinslid.yaml").read_text(encoding="utf-8"))["scenarios"][1]
    keep = {k: case[k] for k in ("peildatum", "wet", "wijzigingen", "personen", "feiten", "vragen")}
    return json.loads(json.dumps(keep, default=str))


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from wetgraaf.server import create_app

    return TestClient(create_app(time_limit=60), base_url="http://127.0.0.1")


def test_the_api_answers_and_explains_in_english_on_request(client) -> None:
    body = _body()
    nl = client.post("/api/explain", json=body).json()["antwoorden"][0]
    en = client.post("/api/explain", json=body, headers={"Accept-Language": "en-GB,en;q=0.9"}).json()["antwoorden"][0]
    param = client.post("/api/explain?taal=en", json=body).json()["antwoorden"][0]
    assert en == param
    assert nl["samenvatting"] == ("Nog onbekend: Kind is gezinslid van cliënt? Nog nodig: 1 feit"), nl["samenvatting"]
    assert en["samenvatting"] == "Not yet known: Kind is gezinslid van cliënt? Still needed: 1 fact", en
    assert en["waarde"] == nl["waarde"] == {"onbekend": True}  # values are data: the same in both languages
    assert en["waarde_label"] == "unknown" and nl["waarde_label"] == "onbekend"
    assert en["grondslag"]["tekst"].startswith("article 1.1.1, paragraph 1") and en["grondslag"]["artikel"] == "1.1.1"
    assert "\n  legal basis: article 1.1.1" in en["tekst"] and "\n  missing: jeugdwet.geboortedatum(kind)" in en["tekst"]
    assert "\n  grondslag: artikel 1.1.1" in nl["tekst"]
    assert _keys(en) == _keys(nl)  # the JSON's keys are the API: the same in both languages
    for said in (" op grond van ", "Nog onbekend", "onwaar", "(gegeven)", "grondslag:", "eerste lid"):
        assert said not in en["tekst"], (said, en["tekst"])
