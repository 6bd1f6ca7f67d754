"""Words for people: the label and omschrijving of every definition, soort, soort value and parameter role.

A label is what a resident reads instead of an identifier. For a definition with parameters it is a sentence with
{param} where an argument goes ("{p} is gezinslid van {c}"); where no argument is known yet (a term page, a form),
the role of the parameter takes its place ("het mogelijke gezinslid is gezinslid van de cliënt"). `controleer` lists what
is missing as warnings (WG-LABEL); the rest turns labels into text for explanations, forms and pages.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from ..parser import ir
from ..core.errors import LawError
from ..taal import STANDAARD, bericht, zeg

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def check(program) -> list[LawError]:
    """A warning for every definition or soort without a label or omschrijving (WG-LABEL-001), every soort value
    and parameter without its words (WG-LABEL-002), and every {name} in a label that is no parameter (WG-LABEL-003)."""
    out: list[LawError] = []
    for d in program.definitions.values():
        out.extend(_check_one(d.kind, d.name, d.label, d.omschrijving, d.params, d.pos))
    for s in program.soorten.values():
        out.extend(_check_one("soort", s.name, s.label, s.omschrijving, (), s.pos))
        bare = [v for v in s.values if v not in s.labels]
        if bare:
            out.append(LawError("WG-LABEL-002", bericht("WG-LABEL-002.soort", naam=s.name, waarden=", ".join(bare),
                                                        voorbeeld=f"{bare[0]} \"...\""),
                                s.pos, severity="waarschuwing"))
    return out


def _check_one(kind: str, name: str, label: str | None, omschrijving: str | None, params, pos) -> list[LawError]:
    out = []
    missing = [w for w, v in (("label", label), ("omschrijving", omschrijving)) if not v]
    if missing:
        out.append(LawError("WG-LABEL-001", bericht("WG-LABEL-001", soort=kind, naam=name,
                                                    ontbreekt=missing[0] if len(missing) == 1
                                                    else bericht("zin.label.beide"),
                                                    schrijf=repr(missing[0]) if len(missing) == 1
                                                    else bericht("zin.label.schrijf_beide")),
                            pos, severity="waarschuwing"))
    bare = [p for p in params if not p.label]
    if bare:
        out.append(LawError("WG-LABEL-002", bericht("WG-LABEL-002", soort=kind, naam=name,
                                                    parameters=", ".join(p.name for p in bare),
                                                    voorbeeld=f"{bare[0].name}: {bare[0].type} \"de cliënt\""),
                            bare[0].pos, severity="waarschuwing"))
    names = {p.name for p in params}
    for m in _PLACEHOLDER.finditer(label or ""):
        if m.group(1) not in names:
            out.append(LawError("WG-LABEL-003", bericht("WG-LABEL-003", soort=kind, naam=name, plek=m.group(1),
                                                        parameters=", ".join(sorted(names))
                                                        or bericht("zin.label.geen_parameters")),
                                pos, severity="waarschuwing"))
    return out


def fill(text: str, params: Iterable[ir.Param], args: Iterable[Any] | None = None) -> str:
    """Put the arguments (or, without them, the roles) into the {param} places of a label or question."""
    params = list(params)
    words = {p.name: (p.label or p.name) for p in params}
    if args is not None:
        words.update({p.name: str(a) for p, a in zip(params, args)})
    return _PLACEHOLDER.sub(lambda m: words.get(m.group(1), m.group(0)), text)


def phrase(d, args: Iterable[Any] | None = None) -> str:
    """A definition in words: its label with the arguments (or roles) filled in; its name when it has no label.
    A label without placeholders gets the arguments after it ("datum van inschrijving (Sam)")."""
    if not d.label:
        return d.name.replace("_", " ")
    text = fill(d.label, d.params, args)
    if args and not _PLACEHOLDER.search(d.label):
        return f"{text} ({', '.join(map(str, args))})"
    return text


def value_words(program, value: Any, taal: str = STANDAARD) -> str | None:
    """The label of a soort value (a string naming one; the law's words), else None; an empty list is 'geen' in
    language `taal`."""
    if isinstance(value, str):
        soort = program.enum_values.get(value)
        if soort is not None:
            return program.soorten[soort].labels.get(value)
    if isinstance(value, tuple):
        parts = [value_words(program, v, taal) or str(v) for v in value]
        return ", ".join(parts) if parts else zeg("zin.uitleg.geen", taal)
    return None


def role_json(params: Iterable[ir.Param]) -> list[dict[str, Any]]:
    """The parameters with their roles in words, for the JSON of the API and the site."""
    return [{"naam": p.name, "type": str(p.type), "label": p.label} for p in params]
