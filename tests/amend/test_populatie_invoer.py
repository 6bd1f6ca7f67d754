"""Population files validated where they enter (issue 16, item 4): probabilities in [0, 1], shares not negative and
not all zero (they are normalised, docs/wijzigingen.md), ranges that can be drawn, fields of the right kind — each a
located error (file:line:col) and never an internal error; and (item 5) Hypothesis fuzzing of population files:
whatever a file holds, reading and generating it gives a population or located LawErrors, within a time bound."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wetgraaf
from wetgraaf.amend.population import generate, load_spec
from wetgraaf.parser.corpus import default_root
from wetgraaf.core.errors import LawError, LawErrors

from corpus_kit import run_cli  # noqa: E402

SHIPPED = default_root() / "populaties" / "woningzoekenden-aangewezen-gebied.yaml"
TEXT = SHIPPED.read_text(encoding="utf-8")
KANS = "kans: 0.04"  # a probability of the shipped file (aanspraak_op_studiefinanciering)
SHARE = "arbeid_in_dienstbetrekking: 0.50"
TIME_BOUND = 2.0  # seconds per file, read and generated (a slow input is a failure, not a pass)


@pytest.fixture(scope="module")
def programs():
    wg = wetgraaf.load()
    spec = load_spec(SHIPPED)
    return wg.program(spec.peildatum, ("wbmgp-2025",)), wg.program(spec.peildatum, ())


def _errors(path: Path, programs) -> list[LawError]:
    """Read and generate (10 rows): [] when the file is good, else its located errors. Any other exception fails."""
    start = time.process_time()  # this process's work: the other test worker's load is not the reader's
    try:
        spec = load_spec(path)
        generate(spec, programs[0], 10, 1, programs[1])
        found: list[LawError] = []
    except LawErrors as exc:
        found = exc.errors
    except LawError as exc:
        found = [exc]
    took = time.process_time() - start
    assert took < TIME_BOUND, f"{path.name}: {took:.2f} s"
    for e in found:
        assert e.pos is not None and e.pos.file == str(path) and e.pos.line >= 1 and e.pos.col >= 1, e.render()
        assert "Traceback" not in e.message and "interne fout" not in e.message
    return found


def _write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_population_is_accepted(programs):
    assert _errors(SHIPPED, programs) == []


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


@pytest.mark.parametrize("old, new, code, words", [
    (KANS, "kans: 2", "WG-POP-007", "van 0 tot en met 1, niet 2"),
    (KANS, "kans: -1", "WG-POP-007", "niet -1"),
    (KANS, "kans: 1.0000001", "WG-POP-007", "een kans"),
    (KANS, "kans: veel", "WG-POP-007", "niet 'veel'"),
    (KANS, "kans: .nan", "WG-POP-007", "een kans"),
    (KANS, "kans: .inf", "WG-POP-007", "een kans"),
    (KANS, "kans: 0.04\n    onbekend: 1.5", "WG-POP-007", "'onbekend'"),
    (KANS, "kans: 0.04\n    onbekend: -.inf", "WG-POP-007", "'onbekend'"),
    (KANS, "kans: [0.5]", "WG-POP-007", "een kans"),
    (KANS, "kanss: 0.04", "WG-POP-009", "onbekend veld 'kanss'"),
    (KANS, "kans: 0.04\n    van: 1", "WG-POP-004", "kies er één"),
    (SHARE, "arbeid_in_dienstbetrekking: -0.5", "WG-POP-005", "0 of meer"),
    (SHARE, "arbeid_in_dienstbetrekking: .inf", "WG-POP-005", "0 of meer"),
    (SHARE, "arbeid_in_dienstbetrekking: veel", "WG-POP-005", "0 of meer"),
    ("peildatum: 2026-07-01", "peildatum: morgen", "WG-POP-002", "datum"),
    ("peildatum: 2026-07-01", "peildatum: 2026-07-01\npeildatum2: x", "WG-POP-009", "onbekend veld 'peildatum2'"),
    ("personen: [aanvrager]", "personen: aanvrager", "WG-POP-001", "lijst van namen"),
    ("personen: [aanvrager]", "personen: [[a]]", "WG-POP-001", "lijst van namen"),
    ("  woning: [woning]", "  woning: woning", "WG-POP-001", "lijst van namen"),
    ("vraag: huisvestingsvergunning_weigeren(aanvrager, woning)", "vraag: [1, 2]", "WG-POP-001", "tekst"),
    ("vraag: huisvestingsvergunning_weigeren(aanvrager, woning)", "vraag: 'recht(   '", "WG-SCEN-010", ""),
])
def test_a_malformed_population_file_is_a_located_error(tmp_path, programs, old, new, code, words):
    assert old in TEXT, old
    text = TEXT.replace(old, new, 1)
    path = _write(tmp_path, text)
    found = _errors(path, programs)
    assert found, f"{new!r} was accepted"
    assert any(e.code == code and words in e.message for e in found), [e.render() for e in found]
    hit = next(e for e in found if e.code == code)
    at = "aanspraak_op_studiefinanciering(aanvrager):" if "kies er" in words else new.splitlines()[-1]
    assert hit.pos.line == _line_of(text, at), hit.render()


def _without_block(text: str, key: str) -> str:
    """The file without the fact `key` and its indented lines."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {key}:"))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    return "".join(lines[:start] + lines[end:])


@pytest.mark.parametrize("dist, code", [
    ("{van: 2000-01-01, tot: 1990-01-01}", "WG-POP-008"),
    ("{van: 2000-01-01}", "WG-POP-008"),
    ("{van: nul, tot: 2000-01-01}", "WG-POP-008"),
    ("{van: 0, tot: 10}", "WG-POP-008"),
    ("{kans: 0.5}", "WG-POP-006"),
    ("{onbekend: 0.1}", "WG-POP-008"),
    ("[1, 2]", "WG-POP-004"),
    ("{verdeling: {a: 1}}", "WG-POP-006"),
])
def test_a_distribution_that_does_not_fit_its_fact_is_a_located_error(tmp_path, programs, dist, code):
    """Checked against the fact's type (geboortedatum is a datum)."""
    fact = "geboortedatum(aanvrager)"
    text = _without_block(TEXT, fact).replace("feiten:\n", f"feiten:\n  {fact}: {dist}\n", 1)
    found = _errors(_write(tmp_path, text), programs)
    assert [e.code for e in found] == [code], [e.render() for e in found]
    assert found[0].pos.line == _line_of(text, f"  {fact}: {dist}")


@pytest.mark.parametrize("type_name, dist", [("bedrag", {"van": 0, "tot": 10**13}), ("geheel", {"van": 0.5, "tot": 3}),
                                             ("bedrag", {"van": 10, "tot": 0}), ("geheel", {"van": True, "tot": 3})])
def test_ranges_of_numbers_are_checked_too(type_name, dist):
    from wetgraaf.amend.population_check import check_distribution
    from wetgraaf.parser.ir import Pos

    with pytest.raises(LawError) as caught:
        check_distribution(dist, type_name, "basis", "x(p)", Pos("p.yaml", 3, 3))
    assert caught.value.code == "WG-POP-008" and caught.value.pos.line == 3
    check_distribution({"van": 0, "tot": 10**12}, type_name, "basis", "x(p)", Pos("p.yaml", 3, 3))  # the bound: fine


@pytest.mark.parametrize("content", [b"", b"- a\n- b\n", b"naam: x\n", b"\xff\xfe nope", b"a: [\n", b"[" * 5000,
                                     b"peildatum: 2026-13-45\nnaam: x\nvraag: x\nfeiten: {}\n", b"feiten: 3\n" * 2])
def test_a_file_that_is_no_population_at_all_is_a_located_error(tmp_path, programs, content):
    path = tmp_path / "p.yaml"
    path.write_bytes(content)
    assert _errors(path, programs)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_folder_as_population_is_refused_not_waited_on(tmp_path, programs):
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    assert [e.code for e in _errors(fifo, programs)] == ["WG-FILE-019"]
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    assert _errors(folder, programs)


def test_the_command_line_reports_a_bad_population_located_before_the_report(tmp_path):
    path = _write(tmp_path, TEXT.replace(KANS, "kans: 2", 1))
    start = time.monotonic()
    r = run_cli("wijziging", "wbmgp-2025", "--populatie", str(path), "--aantal", "100")
    out = r.stdout + r.stderr
    assert r.returncode == 1 and "Traceback" not in out and "interne fout" not in out, out[-2000:]
    assert f"{path}:{_line_of(TEXT, KANS)}:11:" in out and "[WG-POP-007]" in out, out[-2000:]
    print(f"\nrefused after {time.monotonic() - start:.1f} s")


# -- fuzzing ----------------------------------------------------------------------------------------------------------

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**40, 10**40), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["2026-07-01", ".inf", "-.inf", ".nan", "1e99999",
                                                            "waar", "geen", "[]", "{}", "~", "'x'", "2026-02-30"]))
YAML_VALUE = st.recursive(SCALARS.map(lambda v: v if isinstance(v, str) else repr(v)),
                          lambda inner: st.one_of(st.lists(inner, max_size=3).map(lambda xs: f"[{', '.join(xs)}]"),
                                                  st.dictionaries(st.sampled_from(
                                                      ["kans", "van", "tot", "verdeling", "waarde", "onbekend",
                                                       "bron", "x"]), inner, max_size=3).map(
                                                      lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items())
                                                      + "}")), max_leaves=6)
LINES = [i for i, line in enumerate(TEXT.splitlines()) if ":" in line and not line.lstrip().startswith("#")]


@settings(max_examples=int(120 * float(os.environ.get("WETGRAAF_FUZZ_SCALE", "1") or 1)), deadline=None,
          derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(edits=st.lists(st.tuples(st.sampled_from(LINES), YAML_VALUE), min_size=1, max_size=3))
def test_fuzzed_population_files_give_a_population_or_located_errors(tmp_path_factory, programs, edits):
    """Values of the shipped file replaced by random YAML (numbers of every size, NaN, infinities, text, dates
    that do not exist, lists, mappings with the distribution keys): never another exception, each error located,
    each file answered within TIME_BOUND."""
    lines = TEXT.splitlines()
    for index, value in edits:
        key = lines[index].split(":", 1)[0]
        lines[index] = f"{key}: {value}"
    path = tmp_path_factory.mktemp("fuzz") / "p.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _errors(path, programs)


DUTCH_WORDS = {"geen", "deze", "waarde", "van", "het", "decimale", "getal", "heeft", "exacte", "binaire", "vorm"}
ENGLISH_WORDS = {"no", "for", "this", "value", "of", "the", "decimal", "has", "exact", "binary", "form"}


def _words(text: str) -> set[str]:
    import re

    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


def test_a_value_without_a_column_form_is_said_in_the_readers_language(tmp_path, programs):
    """WG-POP-006 wraps the batch's reason (engine Unsupported) for a value it cannot hold exactly (0.1 has no binary
    form). That reason was English inside the Dutch message; it comes from the catalogue now, in both languages."""
    from wetgraaf.taal import in_taal, tekst

    line = "  betaald_werk_uren_per_week(aanvrager): {waarde: 0.1}"
    text = TEXT.replace("feiten:\n", f"feiten:\n{line}\n", 1)
    found = _errors(_write(tmp_path, text), programs)
    assert [e.code for e in found] == ["WG-POP-006"], [e.render() for e in found]
    assert found[0].pos.line == _line_of(text, line)
    nl = str(found[0].message)  # the message alone: the temporary path holds the test's English name
    with in_taal("en"):
        en = str(tekst(found[0].message))
        rendered = found[0].render()
    assert "heeft geen exacte binaire vorm" in nl and "geen generator voor deze waarde van" in nl, nl
    assert nl in str(found[0])  # as the Dutch reader sees it, located
    assert "has no exact binary form" in en and "no generator for this value of" in en, en
    assert en in rendered  # the located message in English, file and line as in Dutch
    assert not _words(nl) & ENGLISH_WORDS, nl
    assert not _words(en) & DUTCH_WORDS, en
