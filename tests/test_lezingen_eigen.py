"""Second readings written in wetgraaf's own scenario format (tests/lezingen/eigen/*.yaml, notes beside them).

Each case carries the reader's reason in `toelichting`, a field the scenario format does not know: it is stripped
here. The register entry of the case (tests/lezingen/register/*.yaml, read by test_lezingen's helper) is applied:
`lezer_onjuist` replaces `verwacht` by the outcome the text gives; `onderbepaald` makes the case a strict xfail.
The case then runs through the scenario machinery of `wetgraaf vraag` and the pytest plugin.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_lezingen import CASES as NEUTRAL_CASES  # noqa: E402
from test_lezingen import HERE, _register  # noqa: E402

EIGEN_DIR = HERE / "eigen"
REGISTER = _register()


def _case_id(item: dict) -> str:
    return str(item["naam"]).split(":")[0].strip()


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(EIGEN_DIR.glob("*.yaml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("scenarios") or []:
            out.append((_case_id(item), item))
    return out


CASES = _cases()


def _params() -> list:
    out = []
    for case_id, item in CASES:
        entry = REGISTER.get(case_id) or {}
        marks = [pytest.mark.xfail(strict=True, reason=f"onderbepaald: {entry['reden']}")] \
            if entry.get("uitkomst") == "onderbepaald" else []
        out.append(pytest.param(case_id, item, id=case_id, marks=marks))
    return out


def test_every_register_entry_names_one_existing_case():
    ids = [case_id for case_id, _ in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    known = set(ids) | {c.id for c in NEUTRAL_CASES}
    for case_id in REGISTER:
        assert case_id in known, f"register names {case_id}, which is no case"
    for path in sorted((HERE / "register").glob("*.yaml")):  # yaml keeps only the last of two equal keys
        keys = re.findall(r"^([^\s#][^:\n]*):", path.read_text(encoding="utf-8"), re.M)
        assert len(keys) == len(set(keys)), f"{path.name} registers a case twice"
    for case_id in set(ids) & set(REGISTER):
        entry = REGISTER[case_id]
        assert entry.get("uitkomst") in ("regel_aangepast", "lezer_onjuist", "onderbepaald"), case_id
        assert len(str(entry.get("reden", ""))) > 20, f"{case_id}: give the reason, citing the text"
        if entry["uitkomst"] == "lezer_onjuist":
            assert isinstance(entry.get("verwacht"), dict), f"{case_id}: lezer_onjuist needs the expected map"


@pytest.mark.parametrize(("case_id", "item"), _params())
def test_eigen_case(case_id, item, tmp_path, request):
    from wetgraaf.engine.explain import explain_text
    from wetgraaf.pytest_plugin import world
    from wetgraaf.scenario import load_file

    data = {k: v for k, v in item.items() if k != "toelichting"}
    entry = REGISTER.get(case_id) or {}
    if entry.get("uitkomst") == "lezer_onjuist":
        data["verwacht"] = entry["verwacht"]
    path = tmp_path / f"{case_id}.yaml"
    path.write_text(yaml.safe_dump({"scenarios": [data]}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (sc,) = load_file(path)
    assert sc.has_expectations, f"{case_id} states no expected outcome"
    wg = world(request.config)
    failing = [o for o in wg.run(sc, trace=True) if not o.ok]
    if failing:
        detail = [f"{o.question}: {'; '.join(o.problems)}" for o in failing]
        detail += [explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen)) for o in failing
                   if o.answer is not None]
        pytest.fail(f"{case_id} ({item['naam']}):\n" + "\n".join(detail)
                    + f"\nreader: {item.get('toelichting', '')}", pytrace=False)
