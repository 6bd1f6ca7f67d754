"""Second readings written in wetgraaf's own scenario format (tests/lezingen/eigen/*.yaml).

An independent reader, who saw only the official text and the fact vocabulary, wrote each case with the outcome the
text gives and a `toelichting` (their reason). The scenario format does not know `toelichting`: it is stripped here
before the scenario reader sees a case. Every disagreement is settled in tests/lezingen/register/*.yaml (loaded
by tests/law/test_lezingen.py): `lezer_onjuist` replaces `verwacht` (and `ontbrekend`, where the entry gives it)
or, for a case with `per_versie`, each version the entry's `per_versie` names; `onderbepaald` makes the case a
strict xfail.
The case runs through the same scenario machinery as `wetgraaf vraag` and the pytest plugin.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from test_lezingen import CASES as NEUTRAL, REGISTER  # noqa: E402  (one register; it refuses a case registered twice)

EIGEN = Path(__file__).parents[1] / "lezingen" / "eigen"


def case_id(item: dict) -> str:
    """'lz-pw-001: Nederlander ...' -> 'lz-pw-001'."""
    return str(item["naam"]).split(":", 1)[0].strip()


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(EIGEN.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("scenarios", data) if isinstance(data, dict) else data:
            out.append((case_id(item), {k: v for k, v in item.items() if k != "toelichting"}))
    return out


CASES = _cases()


def _params() -> list:
    out = []
    for cid, item in CASES:
        entry = REGISTER.get(cid) or {}
        if entry.get("uitkomst") == "lezer_onjuist":  # the outcome the text gives (and what is then missing)
            if "verwacht" in entry:
                item = {**item, "verwacht": entry["verwacht"]}
            if "ontbrekend" in entry:
                item["ontbrekend"] = entry["ontbrekend"]
            if "per_versie" in entry:  # a case with per_versie: each version the entry names replaces the case's
                item = {**item, "per_versie": {**(item.get("per_versie") or {}), **entry["per_versie"]}}
        marks = ()
        if entry.get("uitkomst") == "onderbepaald":
            marks = (pytest.mark.xfail(strict=True, reason=f"onderbepaald: {entry['reden']}"),)
        out.append(pytest.param(item, id=cid, marks=marks))
    return out


@pytest.fixture(scope="module")
def wg():
    import wetgraaf

    return wetgraaf.load()


def test_every_eigen_case_is_unique_and_every_register_entry_names_one():
    # PyYAML keeps the last of two equal keys in one file; test_lezingen refuses an id in two files.
    keys = [m for path in sorted((EIGEN.parent / "register").glob("*.yaml"))
            for m in re.findall(r"^([^\s#][^:]*):", path.read_text(encoding="utf-8"), re.M)]
    assert not {k for k in keys if keys.count(k) > 1}, "a case is registered twice"
    ids = [cid for cid, _ in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    eigen, neutral = set(ids), {c.id for c in NEUTRAL}
    assert not eigen & neutral, "an id names both a neutral case and a case of tests/lezingen/eigen/"
    for cid, entry in REGISTER.items():
        if cid in neutral:
            continue  # tests/law/test_lezingen.py checks those
        assert cid in eigen, f"register names {cid}, which is no case in tests/lezingen/eigen/"
        assert entry.get("uitkomst") in ("regel_aangepast", "lezer_onjuist", "onderbepaald"), cid
        assert len(str(entry.get("reden", ""))) > 20, f"{cid}: give the reason, citing the text"
        if entry["uitkomst"] == "lezer_onjuist":
            assert "verwacht" in entry or "per_versie" in entry, f"{cid}: lezer_onjuist needs the outcome the text gives"


@pytest.mark.parametrize("item", _params())
def test_eigen_case(item, wg, tmp_path):
    from wetgraaf.scenario import load_file

    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump({"scenarios": [item]}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (sc,) = load_file(path)
    outcomes = wg.run(sc, trace=True)
    failing = [o for o in outcomes if not o.ok]
    if failing:
        from wetgraaf.engine.explain import explain_text

        parts = []
        for o in failing:
            parts.append(f"{o.question}: {'; '.join(o.problems)}")
            if o.answer is not None:
                parts.append(explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen)))
        pytest.fail(f"{sc.naam}\n" + "\n".join(parts), pytrace=False)
