"""The reference documentation stays true to the code.

- every error code used in the code is in docs/fouten.md, and every code there is used;
- every ```regels example in the docs parses (examples that are wrong on purpose are fenced ```regels-fout, and
  must not parse);
- every keyword of the grammar, reserved word, type and builtin is documented in docs/wetsbestand.md;
- every scenario field is documented in docs/scenarios.md;
- every key `wetgraaf vraag --json` prints is documented in docs/json.md, and the value encodings are as documented;
- every module is described in docs/architectuur.md;
- every link between the docs points at an existing page and heading.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
CODE = re.compile(r"\bWG-[A-Z]+-\d{3}\b")


def _doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _package_dirs() -> list[Path]:
    """The folders of the installed code: src/wetgraaf and its subpackages (the corpus law/ is data)."""
    top = REPO / "src" / "wetgraaf"
    return [top, *sorted(d for d in top.iterdir() if (d / "__init__.py").is_file())]


def _modules() -> list[Path]:
    return sorted(p for d in _package_dirs() for p in d.glob("*.py"))


def fences(text: str) -> list[tuple[str, str, int]]:
    """Top-level fenced blocks as (language, body, line of the body). A fence inside a longer fence (a ```regels
    block shown inside a ````markdown example) is part of that block, not a block of its own."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(`{3,}|~{3,})\s*([\w-]*)", lines[i])
        if not m or (m.group(1)[0] == "`" and "`" in lines[i][len(m.group(1)):]):  # inline code, not a fence
            i += 1
            continue
        marker, lang = m.group(1), m.group(2)
        j = i + 1
        while j < len(lines) and lines[j].strip() != marker:
            j += 1
        out.append((lang, "\n".join(lines[i + 1:j]), i + 2))
        i = j + 1
    return out


def _declarations(body: str) -> list[str]:
    """Split a block into declarations: each starts on a line that is not indented."""
    decls: list[list[str]] = []
    for line in body.split("\n"):
        if line.strip() and not line[0].isspace():
            decls.append([line])
        elif decls:
            decls[-1].append(line)
    return ["\n".join(d) for d in decls]


# -- error codes ---------------------------------------------------------------------------------------------------


def test_every_error_code_in_the_code_is_documented():
    used = {c for p in _modules() for c in CODE.findall(p.read_text(encoding="utf-8"))}
    documented = set(CODE.findall(_doc("fouten.md")))
    assert used, "no error codes found in the code: the scan is broken"
    missing = sorted(used - documented)
    assert not missing, f"error codes used in the code but not in docs/fouten.md: {missing}"


def test_every_documented_error_code_is_used():
    used = {c for p in _modules() for c in CODE.findall(p.read_text(encoding="utf-8"))}
    stale = sorted(set(CODE.findall(_doc("fouten.md"))) - used)
    assert not stale, f"docs/fouten.md lists codes the code no longer uses: {stale}"


def test_every_error_code_has_its_own_entry():
    headings = re.findall(r"^### (WG-[A-Z]+-\d{3})\s*$", _doc("fouten.md"), re.M)
    assert len(headings) == len(set(headings)), "a code has two entries in docs/fouten.md"
    assert set(headings) == set(CODE.findall(_doc("fouten.md"))), "every code needs a '### WG-...' entry"


# -- rule examples -------------------------------------------------------------------------------------------------

EXAMPLES = [(name, lang, body, line) for name in sorted(p.name for p in DOCS.glob("*.md"))
            for lang, body, line in fences(_doc(name)) if lang in ("regels", "regels-fout")]


@pytest.mark.parametrize("name, lang, body, line", EXAMPLES, ids=[f"{n}:{ln}" for n, _, _, ln in EXAMPLES])
def test_rule_examples_parse(name, lang, body, line):
    from wetgraaf.core.errors import LawError
    from wetgraaf.parser.rules import parse_block

    if lang == "regels":
        parse_block(body, f"docs/{name}", line - 1)  # raises a located LawError when the example is wrong
        return
    for decl in _declarations(body):
        with pytest.raises(LawError):
            parse_block(decl, f"docs/{name}", line - 1)


def test_corpus_examples_are_in_the_corpus():
    """An example presented as **Corpus** (`law/...`) is found, word for word, in that file."""
    text = _doc("wetsbestand.md")
    blocks = {line: body for lang, body, line in fences(text) if lang == "regels"}
    lines = text.split("\n")
    checked, wrong = 0, []
    for m in re.finditer(r"\*\*[Cc]orpus\*\*[^`]*\(`(law/[^`]+)`", text):
        at = text[:m.start()].count("\n") + 1
        following = [ln for ln in blocks if ln > at]
        if not following or any("**" in lines[i - 1] and "orpus**" in lines[i - 1] for i in range(at + 1, min(following) - 1)):
            continue  # the marker introduces a Markdown example, not a rule block
        body = blocks[min(following)]
        source = REPO / m.group(1)
        checked += 1
        if not source.is_file():
            wrong.append(f"line {at}: {m.group(1)} does not exist")
        elif " ".join(body.split()) not in " ".join(source.read_text(encoding="utf-8").split()):
            wrong.append(f"line {at}: the example is not (or no longer) in {m.group(1)}")
    assert checked >= 10, "the scan for corpus examples is broken"
    assert not wrong, "docs/wetsbestand.md quotes rules the corpus does not hold:\n" + "\n".join(wrong)


def test_wetsbestand_has_examples():
    assert sum(1 for n, lang, _, _ in EXAMPLES if n == "wetsbestand.md" and lang == "regels") >= 15


# -- the language is documented ------------------------------------------------------------------------------------


def grammar_keywords() -> set[str]:
    grammar = (REPO / "src" / "wetgraaf" / "parser" / "regels.lark").read_text(encoding="utf-8")
    grammar = "\n".join(line.split("//", 1)[0] for line in grammar.split("\n"))
    words = {w for w in re.findall(r'"([^"\s]+)"', grammar) if re.fullmatch(r"[^\W\d]+", w)}
    if "NIET_UITVOERBAAR" in grammar:
        words.add("niet uitvoerbaar")
    unit = re.search(r"^UNIT:\s*/\(([^)]*)\)", grammar, re.M)
    if unit:
        words |= set(unit.group(1).split("|"))
    return words


def test_every_grammar_keyword_is_documented():
    text = _doc("wetsbestand.md")
    keywords = grammar_keywords()
    assert {"begrip", "uitzondering", "waarvoor", "niet uitvoerbaar"} <= keywords, "the grammar scan is broken"
    missing = sorted(k for k in keywords if f"`{k}`" not in text)
    assert not missing, f"keywords of parser/regels.lark not documented in docs/wetsbestand.md: {missing}"


def test_reserved_words_types_and_builtins_are_documented():
    from wetgraaf.parser import ir
    from wetgraaf.resolve import program, types

    text = _doc("wetsbestand.md")
    missing = [w for w in sorted(program._RESERVED) if f"`{w}`" not in text]
    missing += [t for t in ir.PRIMITIVES + ir.ENTITY_TYPES if f"`{t}`" not in text]
    missing += [f"{b}(" for b in sorted(types.BUILTINS) if f"`{b}(" not in text]
    assert not missing, f"not documented in docs/wetsbestand.md: {missing}"


def test_every_scenario_field_is_documented():
    from wetgraaf import scenario

    text = _doc("scenarios.md")
    missing = sorted(f for f in scenario._FIELDS if f"`{f}`" not in text)
    assert not missing, f"scenario fields not documented in docs/scenarios.md: {missing}"


# -- JSON ----------------------------------------------------------------------------------------------------------


def _keys(value, out: set[str], skip: bool = False) -> set[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            if not skip:
                out.add(k)
            _keys(v, out, skip=k == "oordelen")  # the keys of `oordelen` are labels of judgements, not fields
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def test_every_json_key_is_documented():
    from typer.testing import CliRunner

    from wetgraaf.cli import app

    result = CliRunner().invoke(app, ["vraag", str(REPO / "law" / "scenarios" / "gezinslid.yaml"), "--json"])
    errors = getattr(result.exception, "errors", None)
    assert not errors, "the corpus does not load:\n" + "\n".join(str(e) for e in errors)
    start = result.stdout.find("[") if result.stdout.lstrip().startswith("[") else result.stdout.find("{")
    assert start >= 0, f"wetgraaf vraag --json printed no JSON:\n{result.output}"
    data = json.loads(result.stdout[start:])
    text = _doc("json.md")
    missing = sorted(k for k in _keys(data, set()) if f"`{k}`" not in text)
    assert not missing, f"keys of `wetgraaf vraag --json` not documented in docs/json.md: {missing}"


def test_value_encodings_are_as_documented():
    from wetgraaf.engine.explain import json_value
    from wetgraaf.core.values import Duration, Money, Unknown

    assert json_value(True) is True
    assert json_value(12) == 12
    assert json_value(Fraction(3)) == "3"
    assert json_value(Fraction(7, 2)) == "3.5"
    assert json_value(Money(125)) == {"bedrag": "1.25"}
    assert json_value(Money(-7014900)) == {"bedrag": "-70149.00"}
    assert json_value(_dt.date(2013, 6, 20)) == "2013-06-20"
    assert json_value(Duration(0, 1, 42)) == {"jaren": 0, "maanden": 1, "dagen": 42}
    assert json_value(("kind", "zus")) == ["kind", "zus"]
    assert json_value(Unknown()) == {"onbekend": True}


# -- architecture and links ----------------------------------------------------------------------------------------


def test_every_module_is_described():
    text = _doc("architectuur.md")
    missing = [str(p.relative_to(REPO)) for p in _modules()
               if p.name != "__init__.py" and f"`{p.name}`" not in text]
    assert not missing, f"modules not described in docs/architectuur.md: {missing}"


def slug(heading: str) -> str:
    """The anchor mkdocs (Python-Markdown toc) gives a heading."""
    text = re.sub(r"`([^`]*)`", r"\1", heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _anchors(name: str) -> set[str]:
    text = _doc(name)
    for _, body, _ in fences(text):
        text = text.replace(body, "")
    return {slug(h) for h in re.findall(r"^#{1,6}\s+(.*?)\s*#*\s*$", text, re.M)}


GENERATED = ("wetten/", "begrippen/", "graaf/", "scenarios/", "wijzigingen/", "dekking.md")


def test_links_between_docs_resolve():
    broken = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for _, body, _ in fences(text):
            text = text.replace(body, "")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"^[a-z]+:", target) or target.startswith(GENERATED):
                continue
            file, _, anchor = target.partition("#")
            name = file or page.name
            if not (DOCS / name).is_file():
                broken.append(f"{page.name}: {target} (no such page)")
            elif anchor and anchor not in _anchors(name):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, "broken links in docs/:\n" + "\n".join(broken)


def test_the_code_uses_one_word_for_each_concept_of_the_glossary() -> None:
    """docs/architectuur.md "Words": a synonym in the table's last column (a single word) names nothing in the code —
    no identifier contains it — so a concept is not called two things."""
    import io
    import tokenize

    text = (REPO / "docs" / "architectuur.md").read_text(encoding="utf-8")
    section = text.split("## Words", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in section.splitlines() if r.startswith("| ") and not r.startswith("| concept")]
    assert len(rows) >= 8
    banned = set()
    for row in rows:
        last = row.strip().strip("|").split("|")[-1]
        for word in last.split(","):
            word = re.sub(r"\(.*?\)", "", word).strip().strip("`")
            if word and " " not in word:
                banned.add(word.lower())
    assert {"amendement", "revision", "modification", "variant"} <= banned
    found = []
    for path in sorted((REPO / "src" / "wetgraaf").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.NAME and any(b in tok.string.lower() for b in banned):
                found.append(f"{path.relative_to(REPO)}:{tok.start[0]}: {tok.string}")
    assert not found, found
