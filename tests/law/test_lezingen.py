"""The second, independent reading of every article (issue 13).

Readers who had not seen the rules wrote adversarial cases from the official text (for the Wams: the memorie van
toelichting) in the neutral scenario format of ../shared/scenarios/ (tests/lezingen/cases/*.yaml, one file per
article set, with the reader's notes beside it). Each case runs here through the same mapping as the shared
cases (tests/shared/). Every disagreement between a reader and the encoding was settled on the text and is
recorded in tests/lezingen/register/*.yaml (shown in docs/lezingen.md):

- `regel_aangepast`: the rule was wrong and is fixed; the case passes as the reader wrote it;
- `lezer_onjuist`: the reader misread the text; `verwacht` gives the outcome the text gives, with the reason;
- `onderbepaald`: the case lacks a fact the text needs; it must fail (strict xfail) until it is completed.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import pytest
import yaml

from shared_adapter_loader import adapter  # noqa: E402

HERE = Path(__file__).parents[1] / "lezingen"
CASES_DIR = HERE / "cases"


def _register() -> dict:
    """tests/lezingen/register/*.yaml: case id -> how its disagreement was settled (one file per article set)."""
    out: dict = {}
    for path in sorted((HERE / "register").glob("*.yaml")):
        for case_id, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            assert case_id not in out, f"{case_id} is registered twice ({path.name})"
            out[case_id] = {**entry, "_file": path.name}
    return out


REGISTER = _register()
MAPPINGS = adapter.load_mappings()
AMENDMENTS = {"wams": ("wams",), "wbmgp-2025": ("wbmgp-2025",), "wbmgp-2012": ("wbmgp-2012",)}


def _cases() -> list:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            out.append(adapter.Case(path.name, item))
    return out


CASES = _cases()


@pytest.fixture(scope="module")
def wg():
    import wetgraaf

    return wetgraaf.load()


def test_the_second_reading_is_large_enough():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(ids) >= 600
    per_file: dict[str, int] = {}
    for c in CASES:
        per_file[c.file] = per_file.get(c.file, 0) + 1
    assert all(n >= 36 for n in per_file.values()), per_file  # at least 12 per article, three or more per set


def test_every_register_entry_names_a_case_and_a_reason():
    from test_lezingen_eigen import CASES as EIGEN  # the cases in wetgraaf's own format (tests/lezingen/eigen/)

    ids = {c.id for c in CASES} | {cid for cid, _ in EIGEN}
    for case_id, entry in REGISTER.items():
        assert case_id in ids, f"register names {case_id}, which is no case"
        assert entry.get("uitkomst") in ("regel_aangepast", "lezer_onjuist", "onderbepaald"), case_id
        assert len(str(entry.get("reden", ""))) > 20, f"{case_id}: give the reason, citing the text"
        if entry["uitkomst"] == "lezer_onjuist":
            # a case of tests/lezingen/eigen/ with per_versie may give the outcome per version instead
            assert "verwacht" in entry or ("per_versie" in entry and case_id not in {c.id for c in CASES}), \
                f"{case_id}: lezer_onjuist needs the outcome the text gives"


def _spec_for(case) -> dict:
    spec = MAPPINGS.get(case.data["determination"])
    if spec is None:
        raise KeyError(f"determination '{case.data['determination']}' has no mapping in tests/shared/mapping/")
    law = case.data["law"]
    per_law = (spec.get("wetten") or {}).get(law)
    if per_law:
        return {**spec, **per_law}
    if law in AMENDMENTS and law != "wams":  # a Wbmgp amendment without its own mapping: the same questions
        base = list(spec.get("wijzigingen") or ())
        return {**spec, "wijzigingen": base + [w for w in AMENDMENTS[law] if w not in base]}
    return spec


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_second_reading_case(case, wg):
    from wetgraaf.scenario import load_text

    entry = REGISTER.get(case.id) or {}
    spec = _spec_for(case)
    data = dict(case.data)
    if entry.get("uitkomst") == "lezer_onjuist":
        data["expected"] = entry["verwacht"]
    program = wg.program(_dt.date.fromisoformat(str(data["peildatum"])), tuple(spec.get("wijzigingen") or ()))
    doc = adapter.build_scenario(adapter.Case(case.file, data), spec, program)
    (sc,) = load_text(adapter.to_yaml(doc), f"{case.file}#{case.id}")
    outcomes = wg.run(sc, trace=True)
    problems = [p for o in outcomes for p in o.problems]
    if entry.get("uitkomst") == "onderbepaald":
        assert problems, f"{case.id} is registered as onderbepaald but passes: update the register"
        pytest.xfail(f"onderbepaald: {entry['reden']}")
    if problems:
        from wetgraaf.engine.explain import explain_text

        detail = "\n".join(explain_text(o.answer, program) for o in outcomes if o.answer is not None)
        pytest.fail(f"{case.id} [{case.data.get('artikel')}] ({case.data['question']}): {'; '.join(problems)}\n"
                    f"reader: {case.data.get('explanation')}\n{detail}", pytrace=False)


def test_the_register_page_is_current():
    import subprocess

    tool = Path(__file__).resolve().parents[2] / "tools" / "lezingen_register.py"
    result = subprocess.run([sys.executable, str(tool), "--controleer"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
