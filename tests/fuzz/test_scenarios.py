"""Fuzzing scenario files: the real scenarios of the corpus with values replaced by values of the wrong type, unknown
facts and fields, dates that do not exist (2026-02-30), negative amounts, deep nesting, YAML alias bombs, lines and
characters mutated. Reading and answering either succeeds (every answer a value, onbekend or an evaluation error)
or fails with LawErrors located in the scenario file — never another exception, never a hang."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from fuzzkit import assert_located, count, errors_of, fuzz, no_hang  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.core.values import EvalError  # noqa: E402
from wetgraaf.parser.corpus import default_root  # noqa: E402
from wetgraaf.core.errors import LawError, LawErrors  # noqa: E402
from wetgraaf.scenario import load_text  # noqa: E402

SUITE = "scenarios"
FILE = "geval.yaml"


def _single_scenarios() -> dict[str, dict]:
    """Every scenario of the corpus on its own (the files hold many; a small text keeps a case cheap)."""
    out = {}
    for path in sorted((default_root() / "scenarios").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data["scenarios"] if isinstance(data, dict) and "scenarios" in data else (
            data if isinstance(data, list) else [data])
        for i, item in enumerate(items):
            out[f"{path.stem}#{i}"] = item
    return out


DATA = _single_scenarios()
SOURCES = {name: yaml.safe_dump(item, allow_unicode=True, sort_keys=False) for name, item in DATA.items()}
# Placeholders that become unquoted YAML after dumping (yaml.safe_dump would quote them).
RAW = {"@@DATUM@@": "2026-02-30", "@@JAAR0@@": "0000-01-01", "@@MAX@@": "9999-12-31", "@@MIN@@": "0001-01-01",
       "@@ALIAS@@": "*onbekend", "@@TAG@@": "!!python/object:os.system", "@@BIN@@": "!!binary aGVsbG8=",
       "@@SET@@": "!!set {a, b}", "@@INF@@": ".inf", "@@NAN@@": ".nan", "@@TIJD@@": "2026-01-01 12:00:00"}
VALUES = st.one_of(
    st.sampled_from([None, True, False, 0, -1, -5, 10 ** 30, 1.5, -0.01, "", "waar", "onwaar", "ja", "misschien",
                     "€ 12,50", "€ -3", "-3.00", "12.345", "onbekend", "2026-01-01", "6 maanden", "zes maanden",
                     "persoon", "p", "cliënt", "kind", "wams", "bestaatniet", "[", "{}", "a(b", "x.y.z(", "€",
                     [], {}, [None], {"a": 1}, ["waar"], [[[]]], {"naam": {"naam": []}}, list(range(50))]),
    st.sampled_from(sorted(RAW)),
    st.text(max_size=12), st.integers(), st.floats(allow_nan=False)).map(copy.deepcopy)
KEYS = st.one_of(st.sampled_from(["naam", "peildatum", "wet", "wijzigingen", "feiten", "personen", "entiteiten",
                                  "vragen", "verwacht", "ontbrekend", "uitleg_bevat", "id", "bron", "per_versie",
                                  "onbekend_veld", "geboortedatum", "jeugdwet.geboortedatum", "wmo2015.gezinslid",
                                  "gezinslid(kind, cliënt)", "kind", "woning", "gemeente", "persoon", "a(p"]),
                 st.text(min_size=1, max_size=8))

_wg = None


def wg():
    global _wg
    if _wg is None:
        _wg = wetgraaf.load()
    return _wg


def answer(text: str) -> None:
    """Read the scenario text and answer it; a problem must be a LawError located in the file."""
    n_lines = text.count("\n") + 1
    with no_hang():
        try:
            scenarios = load_text(text, FILE)
        except (LawError, LawErrors) as exc:
            assert_located(errors_of(exc), FILE, n_lines)
            return
        for sc in scenarios:
            try:
                outcomes = wg().run(sc)
            except (LawError, LawErrors) as exc:
                assert_located(errors_of(exc), FILE, n_lines)
                continue
            for o in outcomes:
                if o.answer is None:  # a version without a provision for the question, as the scenario expects
                    continue
                if o.answer.error is not None:
                    assert isinstance(o.answer.error, EvalError) and o.answer.error.code.startswith("WG-EVAL-")


def dump(data) -> str:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    for marker, raw in RAW.items():
        text = text.replace(f"'{marker}'", raw).replace(marker, raw)
    return text


def _paths(data, prefix=()):
    """Every place in a nested value: (path, value)."""
    yield prefix, data
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, prefix + (i,))


def _set(data, path, value):
    if not path:
        return value
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


@st.composite
def mutated_scenarios(draw) -> str:
    data = copy.deepcopy(DATA[draw(st.sampled_from(sorted(DATA)))])
    for _ in range(draw(st.integers(1, 3))):
        places = list(_paths(data))
        path, value = places[draw(st.integers(0, len(places) - 1))]
        op = draw(st.sampled_from(["value", "value", "value", "delete", "add", "nest", "list"]))
        if op == "value" or not path:
            data = _set(data, path, draw(VALUES))
        elif op == "delete":
            parent = data
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
        elif op == "add" and isinstance(value, dict):
            value[draw(KEYS)] = draw(VALUES)
        elif op == "nest":
            deep = draw(VALUES)
            for _ in range(draw(st.integers(1, 60))):
                deep = [deep] if draw(st.booleans()) else {"x": deep}
            data = _set(data, path, deep)
        else:
            data = _set(data, path, [value, draw(VALUES)])
    return dump(data)


@fuzz(1000)
@given(mutated_scenarios())
def test_mutated_scenarios(text):
    count(SUITE)
    answer(text)


@fuzz(500)
@given(st.data())
def test_mutated_lines_and_characters(data):
    count(SUITE)
    lines = SOURCES[data.draw(st.sampled_from(sorted(SOURCES)))].split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, max(len(lines) - 1, 0)))
        op = data.draw(st.sampled_from(["delete", "duplicate", "swap", "char", "indent"]))
        if not lines:
            break
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "indent":
            lines[i] = " " * data.draw(st.integers(1, 5)) + lines[i]
        else:
            k = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + data.draw(st.sampled_from([":", "-", "&a", "*a", "[", "{", "'", '"', "#",
                                                                 "\t", "!!", "? ", "|", ">", "%", "@", "\x00",
                                                                 "\ufeff", "é"])) + lines[i][k:]
    answer("\n".join(lines))


@fuzz(150)
@given(st.integers(1, 12), st.integers(2, 12), st.sampled_from(["[", "{"]))
def test_alias_bombs_and_deep_nesting(levels, width, bracket):
    count(SUITE)
    bomb = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    answer("naam: bom\npeildatum: 2026-01-01\n" + "\n".join(bomb) + "\nvragen: [x]\n")
    close = "]" if bracket == "[" else "}"
    inner = "1" if bracket == "[" else "a: 1"
    deep = (bracket if bracket == "[" else "{a: ") * (levels * width * 2) + inner + close * (levels * width * 2)
    answer(f"naam: diep\npeildatum: 2026-01-01\nfeiten: {deep}\nvragen: [x]\n")


@pytest.mark.parametrize("text", [
    "", "\n", "---\n...\n", "[]", "{}", "- 1\n- 2\n", "naam: x", "peildatum: 2026-02-30\n", "\x00", "\ufeffnaam: x",
    "naam: x\nnaam: y\n", "? [a, b]\n: c\n", "!!python/object/apply:os.system ['true']\n", "&a [*a]\n",
    "naam: x\npeildatum: 2026-01-01\nvragen: [gezinslid(kind, cliënt)]\nwijzigingen: [bestaatniet]\n",
    "naam: x\npeildatum: 2026-01-01\nvragen: [wmo2015.gezinslid(kind, cliënt)]\npersonen: {kind: {}}\n",
    "scenarios: []\n", "scenarios: [1, 2]\n", "- naam: x\n  peildatum: 9999-12-31\n  vragen: [wmo2015.cliënt(p)]\n"
    "  personen: {p: {}}\n",
], ids=lambda t: repr(t)[:40])
def test_edge_scenarios(text):
    answer(text)
