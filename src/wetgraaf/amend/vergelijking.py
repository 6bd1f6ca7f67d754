"""Two drafts side by side (`wetgraaf wijziging A --vergelijk B`): from the reports of A and of B on the same base,
one table per section — the places of the text each changes, the definitions each changes, every answer that
either changes (without, with A, with B), and the population's outcomes (the same rows for both: a population
draws every fact of every version of its law, amend/population.py)."""

from __future__ import annotations

from typing import Any

from ..engine.explain import json_value, show_value
from ..taal import bericht

UNCHANGED = "—"


def _show(value: Any) -> str:
    return str(value) if isinstance(value, str) else show_value(value)


def compare(a, b) -> dict[str, Any]:
    """The comparison of two AmendmentReports (amend/report.py) on the same base, as JSON-ready rows."""
    names = (" + ".join(a.names), " + ".join(b.names))

    def text_places(report) -> dict[tuple, str]:
        # a whole article that is new or goes is one row; its parts are not listed again
        # the article and the place are catalogue messages (said in the reader's language where shown); their
        # values, the Dutch text, are the keys that match A's places to B's
        return {(bericht("zin.graaf.deel.artikel", wet=art.wet, artikel=art.artikel),
                 bericht("zin.wijz.plaats.artikel")): art.status
                for art in report.articles if art.status in ("nieuw", "vervallen")} | \
            {(bericht("zin.graaf.deel.artikel", wet=art.wet, artikel=art.artikel), u.path): u.status
             for art in report.articles if art.status not in ("nieuw", "vervallen")
             for u in art.units if u.status != "ongewijzigd"}

    ta, tb = text_places(a), text_places(b)
    tekst = [{"artikel": art, "plaats": place, "a": ta.get((art, place), UNCHANGED),
              "b": tb.get((art, place), UNCHANGED)} for art, place in sorted(ta.keys() | tb.keys(), key=_place_order)]
    ra = {c.qname: c.status for c in a.rules}
    rb = {c.qname: c.status for c in b.rules}
    regels = [{"naam": q, "a": ra.get(q, UNCHANGED), "b": rb.get(q, UNCHANGED)}
              for q in sorted(ra.keys() | rb.keys())]
    fa = {(f.scenario, f.question): f for f in a.outcomes.flips}
    fb = {(f.scenario, f.question): f for f in b.outcomes.flips}
    uitkomsten = []
    for key in sorted(fa.keys() | fb.keys()):
        first = fa.get(key) or fb[key]
        va = fa[key].after if key in fa else first.before
        vb = fb[key].after if key in fb else first.before
        uitkomsten.append({"scenario": key[0], "vraag": key[1], "zonder": json_value(first.before),
                           "a": json_value(va), "b": json_value(vb),
                           "verschil": _show(va) != _show(vb)})
    populatie = []
    pb = {p["populatie"]: p for p in b.population or []}
    for pa in a.population or []:
        other = pb.get(pa["populatie"])
        if other is None or other["aantal"] != pa["aantal"] or other["zaad"] != pa["zaad"]:
            continue
        labels = sorted(set(pa["voor"]) | set(pa["na"]) | set(other["na"]))
        populatie.append({"populatie": pa["populatie"], "vraag": pa["vraag"], "aantal": pa["aantal"],
                          "uitkomsten": [{"uitkomst": lab, "zonder": pa["voor"].get(lab, 0),
                                          "a": pa["na"].get(lab, 0), "b": other["na"].get(lab, 0)}
                                         for lab in labels]})
    return {"a": names[0], "b": names[1], "op": list(a.on_top_of), "tekst": tekst, "regels": regels,
            "uitkomsten": uitkomsten, "populatie": populatie,
            "ongewijzigd_in_beide": _unchanged_in_both(a.outcomes, b.outcomes)}


def _unchanged_in_both(a, b) -> int:
    """The answers neither draft changes: those A leaves alone, less those B changes or cannot compare."""
    touched_a = {(f.scenario, f.question) for f in a.flips} | {(s, q) for s, q, _ in a.not_comparable}
    touched_b = {(f.scenario, f.question) for f in b.flips} | {(s, q) for s, q, _ in b.not_comparable}
    return a.unchanged - len(touched_b - touched_a)


def _place_order(key: tuple[str, str]) -> tuple:
    import re

    def natural(text: str) -> list:
        return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]
    return (natural(key[0]), key[1] != "artikel", natural(key[1]))
