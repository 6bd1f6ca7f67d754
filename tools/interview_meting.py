"""How many questions does the interview ask? For every shared case of ../shared/scenarios/ (mapped by
tests/shared/adapter.py), the interview is run with the case's facts as the answers ("weet ik niet" for a fact
the case does not give; the judgements the case states and the name of its gemeente are given up front, as the
authority's judgement and the choice of the gemeente in the form); the number of questions asked is set against the number of facts the explanation of the
full answer rests on (the fact nodes of its trace). Prints one line per case and the totals (docs/interview.md).

    python tools/interview_meting.py            # the table and the totals
    python tools/interview_meting.py --totaal   # the totals only
"""

from __future__ import annotations

import datetime as _dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

MAX_QUESTIONS = 200


@dataclass
class Meting:
    case: str
    vraag: str
    gevraagd: int  # questions the interview asked (answered or skipped)
    overgeslagen: int  # of which the case did not give the fact
    feiten_in_uitleg: int  # facts the explanation of the full answer rests on
    zelfde_antwoord: bool  # the interview's answer equals the answer on the case's full facts
    klaar: bool


def _given(doc: dict, program, wet: str | None) -> dict[tuple, Any]:
    """The case's facts, keyed by (name without the law, arguments): the scenario reader resolves a name to its
    law, and the interview asks it by its qualified name."""
    from wetgraaf.scenario import parse_question

    out: dict[tuple, Any] = {}
    for key, value in (doc.get("feiten") or {}).items():
        name, args = parse_question(str(key), None)
        out[(name.split(".")[-1], tuple(args))] = value
    groups = [doc.get("personen") or {}] + list((doc.get("entiteiten") or {}).values())
    for members in groups:
        for ent, own in members.items():
            for name, value in (own or {}).items():
                out[(str(name).split(".")[-1], (str(ent),))] = value
    return out


def _trace_facts(nodes, into: set) -> set:
    for n in nodes or []:
        if n.kind == "feit":
            into.add((n.qname, n.args))
        _trace_facts(n.children, into)
    return into


def measure(wg) -> list[Meting]:
    from shared_adapter_loader import adapter

    from wetgraaf.interview import fact_key, step
    from wetgraaf.scenario import load_text

    mappings = adapter.load_mappings()
    out = []
    for case in adapter.load_cases():
        spec = mappings.get(case.data["determination"])
        if spec is None:
            continue
        per_law = (spec.get("wetten") or {}).get(case.data["law"])
        if per_law:
            spec = {**spec, **per_law}
        if case.data["law"] in ("wams",) and "wams" not in (spec.get("wijzigingen") or []):
            continue
        peildatum = _dt.date.fromisoformat(str(case.data["peildatum"]))
        wijz = tuple(spec.get("wijzigingen") or ())
        program = wg.program(peildatum, wijz)
        doc = adapter.build_scenario(case, spec, program)
        (sc,) = load_text(adapter.to_yaml(doc), f"{case.file}#{case.id}")
        full = wg.run(sc, trace=True)[0].answer
        if full is None:
            continue
        vraag, wet = doc["vragen"][0], doc.get("wet")
        given = _given(doc, program, wet)
        # The judgements the case states are the authority's, not questions for the user: given up front.
        # So is the name of a gemeente: the form offers the gemeenten by name, which is what a case's
        # gemeentenaam says (the municipal data then give its verordening's choices).
        feiten: dict[str, Any] = {fact_key(*k): v for k, v in given.items()
                                  if getattr(program.lookup(k[0], wet), "kind", None) == "oordeel"
                                  or k[0] == "gemeentenaam"}
        judgements = len(feiten)
        onbekend: list[str] = []
        s = None
        for _ in range(MAX_QUESTIONS):
            s = step(wg, vraag, wet, peildatum, wijz, feiten, None, onbekend)
            if s.done:
                break
            q = s.question
            k = (q.missing.qname.split(".", 1)[1], tuple(map(str, q.missing.args)))
            if k in given:
                feiten[q.key] = given[k]
            else:
                onbekend.append(q.key)
        same = s is not None and s.answer.known == full.known and (not full.known or s.answer.value == full.value)
        if not same and "--debug" in sys.argv:
            print(case.id, full.value, s.answer.value if s else None, onbekend, file=sys.stderr)
        out.append(Meting(case.id, vraag, len(feiten) - judgements + len(onbekend), len(onbekend),
                          len(_trace_facts(full.trace, set())), same, bool(s and s.done)))
    return out


def totals(rows: list[Meting]) -> dict[str, int]:
    return {"gevallen": len(rows), "vragen": sum(r.gevraagd for r in rows),
            "waarvan_niet_in_het_geval": sum(r.overgeslagen for r in rows),
            "feiten_in_de_uitleg": sum(r.feiten_in_uitleg for r in rows),
            "zelfde_antwoord": sum(r.zelfde_antwoord for r in rows), "klaar": sum(r.klaar for r in rows)}


def main(argv: list[str]) -> int:
    import wetgraaf

    rows = measure(wetgraaf.load())
    if "--totaal" not in argv:
        print(f"{'geval':32} {'vragen':>6} {'n.i.g.':>6} {'uitleg':>6}  zelfde")
        for r in rows:
            print(f"{r.case:32} {r.gevraagd:6} {r.overgeslagen:6} {r.feiten_in_uitleg:6}  "
                  f"{'ja' if r.zelfde_antwoord else 'NEE'}")
    t = totals(rows)
    print(f"{t['gevallen']} gevallen: {t['vragen']} vragen gesteld (waarvan {t['waarvan_niet_in_het_geval']} over "
          f"een feit dat het geval niet geeft), tegen {t['feiten_in_de_uitleg']} feiten waarop de uitleg rust; "
          f"{t['zelfde_antwoord']} keer hetzelfde antwoord als met alle feiten, {t['klaar']} keer klaar")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
