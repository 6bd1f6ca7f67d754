"""Explanations: render an answer and its trace as text (CLI), as a JSON-ready dict (API), with every node citing
wet, artikel, lid and onderdeel."""

from __future__ import annotations

import datetime as _dt
import re
from fractions import Fraction
from typing import Any

from ..resolve import labels
from ..resolve.model import Program
from .compile import TraceNode
from .evaluate import Answer, Missing
from ..core.values import Duration, EvalError, Money, Unknown


def show_value(v: Any) -> str:
    if v is True:
        return "waar"
    if v is False:
        return "onwaar"
    if isinstance(v, Unknown):
        return "onbekend"
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        return str(v.numerator) if v.denominator == 1 else _show_fraction(v)
    if isinstance(v, tuple):
        return "[" + ", ".join(show_value(x) for x in v) + "]"
    if isinstance(v, EvalError):
        return f"fout: {v.message}"
    return str(v)


def _show_fraction(v: Fraction) -> str:
    """A number with a finite decimal form exactly (2111.99839, not 2112: an unrounded amount must not look rounded),
    up to twelve decimals; any other (one third) to six significant digits."""
    rest, twos, fives = v.denominator, 0, 0
    while rest % 2 == 0:
        rest, twos = rest // 2, twos + 1
    while rest % 5 == 0:
        rest, fives = rest // 5, fives + 1
    places = max(twos, fives)  # the denominator divides 10 ** places
    if rest != 1 or places > 12:
        return f"{float(v):g}"
    scaled = abs(v.numerator) * 10 ** places // v.denominator
    whole, frac = divmod(scaled, 10 ** places)
    return f"{'-' if v < 0 else ''}{whole}.{str(frac).rjust(places, '0').rstrip('0')}"


def json_value(v: Any) -> Any:
    """The documented JSON encoding of a value (docs/json.md)."""
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, Unknown):
        return {"onbekend": True}
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        return str(v.numerator) if v.denominator == 1 else str(float(v))
    if isinstance(v, Money):
        return {"bedrag": v.to_json()}
    if isinstance(v, Duration):
        return {"jaren": v.years, "maanden": v.months, "dagen": v.days}
    if isinstance(v, tuple):
        return [json_value(x) for x in v]
    return str(v)


def _label(qname: str, args: tuple) -> str:
    return f"{qname}({', '.join(map(str, args))})" if args else qname


def words(program: Program | None, qname: str, args: tuple = ()) -> str | None:
    """A definition with its arguments in words ("Sam is gezinslid van Anna"), or None when it has no label."""
    d = program.definitions.get(qname) if program is not None else None
    if d is None or not d.label:
        return None
    # a soort value as argument ('art5_lid1_art8') is said in its words too
    return labels.phrase(d, tuple(labels.value_words(program, a) or a if isinstance(a, str) else a for a in args))


def value_words(program: Program | None, v: Any) -> str:
    """A value as a resident reads it: ja/nee, the label of a soort value, else as shown."""
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    said = labels.value_words(program, v) if program is not None else None
    return said if said is not None else show_value(v)


def summary(answer: Answer, program: Program) -> str:
    """The answer in one sentence: 'Ja: Sam is gezinslid van Anna, op grond van artikel 1.1.1, ...'."""
    d = program.definitions[answer.qname]
    said = words(program, answer.qname, answer.args) or _label(answer.qname, answer.args)
    where = f", op grond van {cite_text(d.citation)}"
    v = answer.value
    if answer.error is not None:
        return f"Geen antwoord: {answer.error.melding}"
    if isinstance(v, Unknown):
        need = [f"{n} {one if n == 1 else more}" for n, one, more in
                ((len(answer.missing_facts), "feit", "feiten"), (len(answer.missing_oordelen), "oordeel", "oordelen"))
                if n]
        return f"Nog onbekend: {_upper_first(said)}? Nog nodig: {' en '.join(need) or 'niets'}"
    if v is True:
        return f"Ja: {said}{where}"
    if v is False:
        return f"Nee: \"{said}\" geldt niet{where}"
    return f"{_upper_first(said)}: {value_words(program, v)}{where}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def relevant(nodes: list[TraceNode], parent_known: bool) -> list[TraceNode]:
    """The children worth showing: once a value is known, inputs that stayed unknown did not decide it; a fact
    consulted twice under one node is shown once."""
    seen: set = set()
    out = []
    for node in nodes:
        if parent_known and isinstance(node.value, Unknown):
            continue
        key = (node.qname, node.args, node.value if node.kind == "termijn" else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(node)
    return out


def _named(label: str) -> bool:
    """A label the drafter wrote; rules without one are labelled 'r<line>' by the resolver."""
    return bool(label) and re.fullmatch(r"r\d+", label) is None


def trace_lines(nodes: list[TraceNode], indent: int = 0, parent_known: bool = False,
                program: Program | None = None) -> list[str]:
    """One line per step: the step in words (when its definition has a label), then the expert view
    'qname(args) = value' and the citation."""
    lines: list[str] = []
    for node in relevant(nodes, parent_known):
        said = words(program, node.qname, node.args) if node.kind != "termijn" else None
        pad = "  " * indent + "- " + (f"{_upper_first(said)}: {value_words(program, node.value)} — " if said else "")
        label = _label(node.qname, node.args)
        value = show_value(node.value)
        if node.kind == "zie":
            lines.append(f"{pad}{label} = {value} (zie boven)")
            continue
        if node.kind == "termijn":  # the Algemene termijnenwet extended a statutory term (engine/termijnen.py)
            lines.append(f"{pad}{node.value}")
            continue
        if node.kind in ("feit", "oordeel"):
            given = "ontbreekt" if isinstance(node.value, Unknown) else "gegeven"
            what = "oordeel" if node.kind == "oordeel" else "feit"
            lines.append(f"{pad}{what} {label} = {value} ({given}) — {cite_text(node.citation)}")
            continue
        where = node.rule.citation if node.rule is not None else node.citation
        rule = ""
        if node.rule is not None:
            kind = "uitzondering" if node.rule.excepts else "regel"
            rule = f" [{kind} {node.rule.label}]" if _named(node.rule.label) or node.rule.excepts else ""
        lines.append(f"{pad}{label} = {value}{rule} — {cite_text(where)}")
        lines.extend(trace_lines(node.children, indent + 1, not isinstance(node.value, Unknown), program))
    return lines


def explain_text(answer: Answer, program: Program) -> str:
    """The full explanation: the answer, what is missing, what it rests on, and the trace."""
    out = [f"{answer.question} = {show_value(answer.value) if answer.error is None else 'fout'}"]
    if answer.error is not None:
        out.append(f"  fout: {answer.error.melding}")
    d = program.definitions[answer.qname]
    if d.label:
        out.append(f"  {summary(answer, program)}")
    out.append(f"  grondslag: {cite_text(d.citation)}")
    for m in answer.missing_facts:
        said = words(program, m.qname, m.args)
        out.append(f"  ontbreekt: {m.label}" + (f" ({said})" if said else "") + (f" — {m.vraag}" if m.vraag else ""))
    for m in answer.missing_oordelen:
        said = words(program, m.qname, m.args)
        out.append(f"  hangt af van het oordeel van {m.door} over {m.label}" + (f" ({said})" if said else "")
                   + (f" — {m.vraag}" if m.vraag else ""))
    for combo, value in answer.branches:
        cond = ", ".join(f"{k} = {show_value(v)}" for k, v in combo.items())
        out.append(f"    als {cond}: {show_value(value)}")
    for m in answer.rests_on:
        out.append(f"  berust op het oordeel van {m.door}: {m.label}")
    if answer.trace:
        out.append("  uitleg:")
        out.extend("    " + line for line in trace_lines(answer.trace, program=program))
    return "\n".join(out)


def _missing_json(m: Missing, program: Program | None = None) -> dict:
    out = {"naam": m.qname, "argumenten": list(map(str, m.args)), "vraag": m.vraag,
           "label": words(program, m.qname, m.args)}
    if m.door:
        out["door"] = m.door
    return out


def trace_json(nodes: list[TraceNode], parent_known: bool = False, program: Program | None = None) -> list[dict]:
    out = []
    for node in relevant(nodes, parent_known):
        cite = node.rule.citation if node.rule is not None else node.citation
        item = {
            "soort": node.kind,
            "naam": node.qname,
            "label": words(program, node.qname, node.args) if node.kind != "termijn" else None,
            "argumenten": list(map(str, node.args)),
            "waarde": json_value(node.value),
            "waarde_label": value_words(program, node.value) if node.kind != "termijn" else None,
            "bron": citation_json(cite),
        }
        if node.rule is not None:
            item["regel"] = node.rule.label
            item["uitzondering"] = bool(node.rule.excepts)
        if node.children:
            item["onderdelen"] = trace_json(node.children, not isinstance(node.value, Unknown), program)
        out.append(item)
    return out


def cite_text(c) -> str:
    """A citation as a drafter writes it; rebuilt text also names the passage of the toelichting it rests on."""
    if c is None:
        return "?"
    note = getattr(c, "toelichting", None)
    if note and str(note).startswith("ontwerp"):
        return f"{c} ({note})"  # drafted text (an amendment's herkomst: ontwerp) and the lines it follows
    return f"{c} (herleid uit de toelichting: {note})" if note else str(c)


def citation_json(c) -> dict | None:
    if c is None:
        return None
    return {"wet": c.wet, "artikel": c.artikel, "lid": c.lid, "onderdeel": c.onderdeel, "subonderdeel": c.sub,
            "tekst": str(c), "url": c.url, "toelichting": getattr(c, "toelichting", None)}


def answer_json(answer: Answer, program: Program) -> dict:
    """The stable JSON shape of one answer (documented in docs/json.md)."""
    d = program.definitions[answer.qname]
    out: dict[str, Any] = {
        "vraag": answer.question,
        "naam": answer.qname,
        "label": words(program, answer.qname, answer.args),
        "argumenten": list(map(str, answer.args)),
        "rollen": labels.role_json(d.params),
        "waarde": json_value(answer.value) if answer.error is None else None,
        "waarde_label": value_words(program, answer.value) if answer.error is None else None,
        "samenvatting": summary(answer, program),
        "bekend": answer.known,
        "grondslag": citation_json(d.citation),
        "ontbrekende_feiten": [_missing_json(m, program) for m in answer.missing_facts],
        "open_normen": [_missing_json(m, program) for m in answer.missing_oordelen],
        "berust_op": [_missing_json(m, program) for m in answer.rests_on],
        "takken": [{"oordelen": {k: json_value(v) for k, v in combo.items()}, "waarde": json_value(value)}
                   for combo, value in answer.branches],
    }
    if answer.error is not None:
        out["fout"] = {"code": answer.error.code, "melding": answer.error.melding,
                       "plaats": str(answer.error.pos) if answer.error.pos else None}
    if answer.trace is not None:
        out["uitleg"] = trace_json(answer.trace, program=program)
    return out
