"""Explanations: render an answer and its trace as text (CLI), as a JSON-ready dict (API), with every node citing
wet, artikel, lid and onderdeel.

Every renderer takes the reader's language as `taal` (Dutch by default): its words come from the catalogue
(wetgraaf.taal, family uitleg); the labels the drafters wrote in the law files are the law's words and stay as
written. The JSON's keys are the documented API and do not depend on the language; only its texts do."""

from __future__ import annotations

import datetime as _dt
import re
from fractions import Fraction
from functools import lru_cache
from typing import Any

from ..resolve import labels
from ..resolve.model import Program
from .compile import TraceNode
from .evaluate import Answer, Missing
from ..core.values import Duration, EvalError, Money, Unknown
from ..taal import STANDAARD, bericht, tekst, zeg


@lru_cache(maxsize=None)
def _woord(sleutel: str, taal: str) -> str:
    """A catalogue word without placeholders (waar, ja, zie boven), looked up once per language: show_value runs
    for every value of a population."""
    return zeg(sleutel, taal)


def show_value(v: Any, taal: str = STANDAARD) -> str:
    if v is True:
        return _woord("zin.uitleg.waar", taal)
    if v is False:
        return _woord("zin.uitleg.onwaar", taal)
    if isinstance(v, Unknown):
        return _woord("zin.uitleg.onbekend", taal)
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, Fraction):
        if v.denominator == 1:
            return str(v.numerator)
        # Dutch writes a decimal comma ("17,5"); a point would read as a thousands separator
        return _show_fraction(v).replace(".", ",") if taal == "nl" else _show_fraction(v)
    if isinstance(v, tuple):
        return "[" + ", ".join(show_value(x, taal) for x in v) + "]"
    if isinstance(v, EvalError):
        return zeg("zin.uitleg.fout_melding", taal, melding=tekst(v.message, taal))
    return str(v)


def shown(v: Any) -> Any:
    """A value as `show_value` says it in Dutch, kept as a catalogue message where it has words (waar, onwaar,
    onbekend): a message it is put into says it in the reader's language (a scenario's 'verwacht ..., antwoord ...')."""
    if v is True:
        return bericht("zin.uitleg.waar")
    if v is False:
        return bericht("zin.uitleg.onwaar")
    if isinstance(v, Unknown) or v == "onbekend":
        return bericht("zin.uitleg.onbekend")
    return show_value(v)


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


def words(program: Program | None, qname: str, args: tuple = (), taal: str = STANDAARD) -> str | None:
    """A definition with its arguments in words ("Sam is gezinslid van Anna"), or None when it has no label."""
    d = program.definitions.get(qname) if program is not None else None
    if d is None or not d.label:
        return None
    # a soort value as argument ('art5_lid1_art8') is said in its words too
    return labels.phrase(d, tuple(labels.value_words(program, a, taal) or a if isinstance(a, str) else a
                                  for a in args))


def value_words(program: Program | None, v: Any, taal: str = STANDAARD) -> str:
    """A value as a resident reads it: ja/nee, the label of a soort value, else as shown."""
    if v is True:
        return _woord("zin.uitleg.ja", taal)
    if v is False:
        return _woord("zin.uitleg.nee", taal)
    said = labels.value_words(program, v, taal) if program is not None else None
    return said if said is not None else show_value(v, taal)


def summary(answer: Answer, program: Program, taal: str = STANDAARD) -> str:
    """The answer in one sentence: 'Ja: Sam is gezinslid van Anna, op grond van artikel 1.1.1, ...'."""
    d = program.definitions[answer.qname]
    said = words(program, answer.qname, answer.args, taal) or _label(answer.qname, answer.args)
    where = zeg("zin.uitleg.op_grond_van", taal, bron=cite_text(d.citation, taal))
    v = answer.value
    if answer.error is not None:
        return zeg("uitleg.geen_antwoord", taal, melding=tekst(answer.error.message, taal))
    if isinstance(v, Unknown):
        need = [zeg(one if n == 1 else more, taal, n=n) for n, one, more in
                ((len(answer.missing_facts), "zin.uitleg.feit.een", "zin.uitleg.feit.meer"),
                 (len(answer.missing_oordelen), "zin.uitleg.oordeel.een", "zin.uitleg.oordeel.meer")) if n]
        nodig = zeg("zin.uitleg.en", taal, a=need[0], b=need[1]) if len(need) == 2 else (
            need[0] if need else zeg("zin.uitleg.niets", taal))
        return zeg("uitleg.nog_onbekend", taal, wat=_upper_first(said), nodig=nodig)
    if v is True:
        return zeg("uitleg.ja", taal, wat=said, grond=where)
    if v is False:
        return zeg("uitleg.nee", taal, wat=said, grond=where)
    return f"{_upper_first(said)}: {value_words(program, v, taal)}{where}"


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
                program: Program | None = None, taal: str = STANDAARD) -> list[str]:
    """One line per step: the step in words (when its definition has a label), then the expert view
    'qname(args) = value' and the citation."""
    lines: list[str] = []
    for node in relevant(nodes, parent_known):
        said = words(program, node.qname, node.args, taal) if node.kind != "termijn" else None
        pad = "  " * indent + "- " + (f"{_upper_first(said)}: {value_words(program, node.value, taal)} — "
                                      if said else "")
        label = _label(node.qname, node.args)
        value = show_value(node.value, taal)
        if node.kind == "zie":
            lines.append(f"{pad}{label} = {value} ({zeg('zin.uitleg.zie_boven', taal)})")
            continue
        if node.kind == "termijn":  # the Algemene termijnenwet extended a statutory term (engine/termijnen.py)
            lines.append(f"{pad}{tekst(node.value, taal)}")
            continue
        if node.kind in ("feit", "oordeel"):
            given = zeg("zin.uitleg.ontbreekt" if isinstance(node.value, Unknown) else "zin.uitleg.gegeven", taal)
            what = zeg(f"zin.uitleg.soort.{node.kind}", taal)
            lines.append(f"{pad}{what} {label} = {value} ({given}) — {cite_text(node.citation, taal)}")
            continue
        where = node.rule.citation if node.rule is not None else node.citation
        rule = ""
        if node.rule is not None:
            kind = zeg("zin.uitleg.uitzondering" if node.rule.excepts else "zin.uitleg.regel", taal)
            rule = f" [{kind} {node.rule.label}]" if _named(node.rule.label) or node.rule.excepts else ""
        lines.append(f"{pad}{label} = {value}{rule} — {cite_text(where, taal)}")
        lines.extend(trace_lines(node.children, indent + 1, not isinstance(node.value, Unknown), program, taal))
    return lines


def _also(said: str | None, vraag: str | None) -> str:
    """What follows a missing input's name: its words, then its question (both the law file's)."""
    return (f" ({said})" if said else "") + (f" — {vraag}" if vraag else "")


def explain_text(answer: Answer, program: Program, taal: str = STANDAARD) -> str:
    """The full explanation: the answer, what is missing, what it rests on, and the trace."""
    shown = show_value(answer.value, taal) if answer.error is None else zeg("zin.uitleg.fout", taal)
    out = [f"{answer.question} = {shown}"]
    if answer.error is not None:
        out.append("  " + zeg("zin.uitleg.fout_melding", taal, melding=tekst(answer.error.message, taal)))
    d = program.definitions[answer.qname]
    if d.label:
        out.append(f"  {summary(answer, program, taal)}")
    out.append("  " + zeg("uitleg.grondslag", taal, bron=cite_text(d.citation, taal)))
    for m in answer.missing_facts:
        out.append("  " + zeg("uitleg.ontbreekt", taal, wat=m.label) + _also(words(program, m.qname, m.args, taal),
                                                                             tekst(m.vraag, taal)))
    for m in answer.missing_oordelen:
        out.append("  " + zeg("uitleg.hangt_af", taal, door=m.door, wat=m.label)
                   + _also(words(program, m.qname, m.args, taal), tekst(m.vraag, taal)))
    for combo, value in answer.branches:
        cond = ", ".join(f"{k} = {show_value(v, taal)}" for k, v in combo.items())
        out.append("    " + zeg("uitleg.als", taal, voorwaarde=cond, waarde=show_value(value, taal)))
    for m in answer.rests_on:
        out.append("  " + zeg("uitleg.berust_op", taal, door=m.door, wat=m.label))
    if answer.trace:
        out.append("  " + zeg("uitleg.uitleg", taal))
        out.extend("    " + line for line in trace_lines(answer.trace, program=program, taal=taal))
    return "\n".join(out)


def _missing_json(m: Missing, program: Program | None = None, taal: str = STANDAARD) -> dict:
    # A drafter's question is the law's Dutch; one wetgraaf wrote (a value after a change the corpus does not
    # have, resolve/program.py) is a catalogue message, in the reader's language.
    out = {"naam": m.qname, "argumenten": list(map(str, m.args)), "vraag": tekst(m.vraag, taal),
           "label": words(program, m.qname, m.args, taal)}
    if m.door:
        out["door"] = m.door
    return out


def trace_json(nodes: list[TraceNode], parent_known: bool = False, program: Program | None = None,
               taal: str = STANDAARD) -> list[dict]:
    out = []
    for node in relevant(nodes, parent_known):
        cite = node.rule.citation if node.rule is not None else node.citation
        item = {
            "soort": node.kind,
            "naam": node.qname,
            "label": words(program, node.qname, node.args, taal) if node.kind != "termijn" else None,
            "argumenten": list(map(str, node.args)),
            "waarde": json_value(tekst(node.value, taal)),  # a term extension: its sentence in `taal`
            "waarde_label": value_words(program, node.value, taal) if node.kind != "termijn" else None,
            "bron": citation_json(cite, taal),
        }
        if node.rule is not None:
            item["regel"] = node.rule.label
            item["uitzondering"] = bool(node.rule.excepts)
        if node.children:
            item["onderdelen"] = trace_json(node.children, not isinstance(node.value, Unknown), program, taal)
        out.append(item)
    return out


def _said(c, taal: str) -> str:
    """A citation in words of `taal` (ir.Citation); another object that stands for one, as it shows itself."""
    render = getattr(c, "tekst", None)
    return render(taal) if callable(render) else str(c)


def cite_text(c, taal: str = STANDAARD) -> str:
    """A citation as a drafter writes it, in words of `taal`; rebuilt text also names the passage of the
    toelichting it rests on."""
    return tekst(cite_bericht(c), taal)


def cite_bericht(c) -> Any:
    """A citation as a drafter writes it, as a catalogue message: its value is the Dutch text, and it says itself in
    the reader's language where it is shown (`tekst`), so a report built once can be read in either."""
    if c is None:
        return "?"
    said = c.bericht() if callable(getattr(c, "bericht", None)) else str(c)
    note = getattr(c, "toelichting", None)
    if note and str(note).startswith("ontwerp"):  # drafted text (an amendment's herkomst: ontwerp) and its lines
        return bericht("zin.uitleg.met_noot", bron=said, noot=note)
    return bericht("zin.uitleg.herleid", bron=said, toelichting=note) if note else said


def citation_json(c, taal: str = STANDAARD) -> dict | None:
    if c is None:
        return None
    return {"wet": c.wet, "artikel": c.artikel, "lid": c.lid, "onderdeel": c.onderdeel, "subonderdeel": c.sub,
            "tekst": _said(c, taal), "url": c.url, "toelichting": getattr(c, "toelichting", None)}


def answer_json(answer: Answer, program: Program, taal: str = STANDAARD) -> dict:
    """The stable JSON shape of one answer (documented in docs/json.md); its texts in language `taal`."""
    d = program.definitions[answer.qname]
    out: dict[str, Any] = {
        "vraag": answer.question,
        "naam": answer.qname,
        "label": words(program, answer.qname, answer.args, taal),
        "argumenten": list(map(str, answer.args)),
        "rollen": labels.role_json(d.params),
        "waarde": json_value(answer.value) if answer.error is None else None,
        "waarde_label": value_words(program, answer.value, taal) if answer.error is None else None,
        "samenvatting": summary(answer, program, taal),
        "bekend": answer.known,
        "grondslag": citation_json(d.citation, taal),
        "ontbrekende_feiten": [_missing_json(m, program, taal) for m in answer.missing_facts],
        "open_normen": [_missing_json(m, program, taal) for m in answer.missing_oordelen],
        "berust_op": [_missing_json(m, program, taal) for m in answer.rests_on],
        "takken": [{"oordelen": {k: json_value(v) for k, v in combo.items()}, "waarde": json_value(value)}
                   for combo, value in answer.branches],
    }
    if answer.error is not None:
        out["fout"] = {"code": answer.error.code, "melding": tekst(answer.error.message, taal),
                       "plaats": str(answer.error.pos) if answer.error.pos else None}
    if answer.trace is not None:
        out["uitleg"] = trace_json(answer.trace, program=program, taal=taal)
    return out
