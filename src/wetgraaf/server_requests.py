"""The requests of the question service (wetgraaf/server.py): the JSON bodies it accepts (a scenario, the state of
an interview), positions inside a request (so an error names the field, as one in a file names the line), and the
errors it answers with (`{"fouten": [{"code", "melding", "veld"}]}`)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from .core.errors import LawError, LawErrors
from .interview import iso_dates
from .parser import ir
from .taal import bericht, tekst
from .yamlpos import Located, LocatedList

SOURCE = "verzoek"  # the 'file' of positions inside a request

class ApiError(Exception):
    def __init__(self, status: int, code: str, melding: str, veld: str | None = None) -> None:
        super().__init__(melding)
        self.status, self.fouten = status, [fout(code, melding, veld)]
        self.headers: dict[str, str] | None = None


def fout(code: str, melding: str, veld: str | None = None) -> dict:
    out = {"code": code, "melding": tekst(melding)}  # in the request's language (server_http.Taal)
    if veld:
        out["veld"] = veld
    return out


def json_error(status: int, fouten: list[dict], headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"fouten": fouten}, status_code=status, headers=headers)


# ---------------------------------------------------------------------------------------------------------------
# Requests


class ScenarioIn(BaseModel):
    """A scenario, in the format of a scenario file (docs/scenarios.md), as JSON. Dates are 'YYYY-MM-DD'."""

    model_config = ConfigDict(extra="forbid")
    naam: str = "verzoek"
    peildatum: _dt.date
    wet: str | None = None
    wijzigingen: list[str] = []
    feiten: dict[str, Any] = {}
    personen: dict[str, dict[str, Any] | None] = {}
    entiteiten: dict[str, dict[str, dict[str, Any] | None]] = {}
    vragen: list[str] = Field(min_length=1)
    verwacht: dict[str, Any] = {}
    ontbrekend: dict[str, list[str]] = {}
    uitleg_bevat: dict[str, list[str]] = {}


class InterviewIn(BaseModel):
    """The state of an interview: the question and the facts given so far (keys as in a scenario's feiten)."""

    model_config = ConfigDict(extra="forbid")
    vraag: str = Field(examples=["gezinslid(kind, cliënt)"])
    wet: str | None = Field(None, examples=["wmo2015"])
    peildatum: _dt.date
    wijzigingen: list[str] = Field([], examples=[["wams"]])
    feiten: dict[str, Any] = Field({}, examples=[{"wmo2015.kind_van(kind, cliënt)": True}])
    onbekend: list[str] = Field([], description="Facts the user does not know ('weet ik niet'): never asked again.",
                                examples=[["wmo2015.pleegzorg(kind)"]])
    vergelijk: bool = Field(False, description="When the answer is reached: also answer under each amendment of "
                                               "the law the decision rests on.")


SCENARIO_EXAMPLES = {
    "gezinslid": {"summary": bericht("api.doc.voorbeeld.gezinslid", wet="Wmo 2015", wijziging="Wams"), "value": {
        "peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"],
        "personen": {"kind": {"jeugdwet.geboortedatum": "2013-06-20"}, "cliënt": {}},
        "feiten": {"kind_van_partner_van(kind, cliënt)": True, "kind_van(kind, cliënt)": False,
                   "verblijft_elders(kind, cliënt)": True},
        "vragen": ["gezinslid(kind, cliënt)"]}},
    "ontbrekend": {"summary": bericht("api.doc.voorbeeld.ontbrekend"), "value": {
        "peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"], "personen": {"kind": {}, "cliënt": {}},
        "vragen": ["gezinslid(kind, cliënt)"]}},
}
INTERVIEW_EXAMPLES = {
    "begin": {"summary": bericht("api.doc.voorbeeld.begin"), "value": {
        "vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": "2026-07-01", "feiten": {}}},
    "verder": {"summary": bericht("api.doc.voorbeeld.verder"), "value": {
        "vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": "2026-07-01",
        "feiten": {"wbmgp.gebied_van(w)": "rotterdam_zuid"}, "onbekend": ["wbmgp.woonruimte_in_categorie_art8(w)"],
        "vergelijk": True}},
}


class Paths:
    """Positions inside a request: a position's line number indexes the JSON path of the value it marks, so a
    scenario error (located like one in a file) can name the field."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def pos(self, path: str) -> ir.Pos:
        self.paths.append(path)
        return ir.Pos(SOURCE, len(self.paths), 1)

    def field(self, pos: ir.Pos | None) -> str | None:
        if pos is None or pos.file != SOURCE or not 0 < pos.line <= len(self.paths):
            return None
        return self.paths[pos.line - 1]

    def located(self, value: Any, path: str, pos: ir.Pos) -> Any:
        if isinstance(value, dict):
            out = Located()
            out.pos = pos
            for k, v in value.items():
                child = self.pos(f"{path}.{k}")
                out[k] = self.located(v, f"{path}.{k}", child)
                out.positions[k] = child
            return out
        if isinstance(value, list):
            seq = LocatedList()
            seq.pos = pos
            for i, v in enumerate(value):
                child = self.pos(f"{path}[{i}]")
                seq.append(self.located(v, f"{path}[{i}]", child))
                seq.positions.append(child)
            return seq
        return iso_dates(value)


def law_errors(exc: LawError | LawErrors, paths: Paths | None) -> ApiError:
    errors = exc.errors if isinstance(exc, LawErrors) else [exc]
    out = ApiError(400, errors[0].code, errors[0].melding)
    out.fouten = [fout(e.code, e.melding, paths.field(e.pos) if paths else None) for e in errors]
    return out



__all__ = ["ApiError", "fout", "json_error", "ScenarioIn", "InterviewIn", "SCENARIO_EXAMPLES", "INTERVIEW_EXAMPLES",
           "Paths", "law_errors", "SOURCE"]
