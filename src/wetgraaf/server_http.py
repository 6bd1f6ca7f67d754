"""HTTP for the question service, in Dutch: the Host check against DNS rebinding, the content type of a request,
Dutch words for the request validation errors, the HTTP status texts, and the error responses the OpenAPI page
documents (with real examples). Used by wetgraaf/server.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel

LOOPBACK = ("127.0.0.1", "localhost", "::1")  # the names of the address `wetgraaf serve` binds

HTTP_MELDING = {
    400: "ongeldig verzoek", 404: "dit adres bestaat niet", 405: "deze methode is hier niet toegestaan",
    413: "het verzoek is te groot", 415: "dit soort inhoud wordt niet aanvaard; stuur JSON",
    422: "het verzoek klopt niet", 500: "interne fout", 503: "de dienst is tijdelijk niet beschikbaar",
}

_PYDANTIC = {
    "missing": "dit veld ontbreekt",
    "extra_forbidden": "dit veld bestaat niet",
    "string_type": "moet een tekst zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een object zijn ({\"naam\": waarde, ...})",
    "model_attributes_type": "moet een object zijn ({\"naam\": waarde, ...})",
    "bool_type": "moet waar of onwaar zijn (true/false)",
    "bool_parsing": "moet waar of onwaar zijn (true/false)",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "date_type": "moet een datum zijn zoals 2026-01-01",
    "date_parsing": "moet een datum zijn zoals 2026-01-01",
    "date_from_datetime_parsing": "moet een datum zijn zoals 2026-01-01",
    "date_from_datetime_inexact": "moet een datum zijn zoals 2026-01-01, zonder tijd",
    "too_short": "mag niet leeg zijn",
    "too_long": "is te lang",
    "string_too_long": "is te lang",
}


def dutch_validation(error: dict) -> str:
    """A request validation error (pydantic) in Dutch words; the field path is sent beside it as `veld`."""
    text = _PYDANTIC.get(str(error.get("type")))
    if text is None:
        return f"ongeldige waarde ({error.get('type')})"
    given = error.get("input")
    if error.get("type") not in ("missing", "extra_forbidden") and isinstance(given, (str, int, float, bool)):
        return f"{text}, niet {given!r}"
    return text


def _fout(code: str, melding: str, veld: str | None = None) -> dict:
    out = {"code": code, "melding": melding}
    if veld:
        out["veld"] = veld
    return out


def host_name(header: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1', 'Example.org.' -> 'example.org'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0].rstrip(".") if header.count(":") == 1 else header.rstrip(".")


class HostCheck:
    """ASGI middleware: answer only requests whose Host header names the bound address (a web page on another
    site cannot reach the service through DNS rebinding); every other host gets 400 (WG-API-009)."""

    def __init__(self, app, hosts: Iterable[str] = LOOPBACK) -> None:
        self.app, self.hosts = app, {h.lower() for h in hosts}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        name = host_name(raw)
        if name not in self.hosts:
            await JSONResponse({"fouten": [_fout("WG-API-009", f"de Host-kop '{raw}' hoort niet bij deze dienst "
                                                              f"(toegestaan: {', '.join(sorted(self.hosts))}); "
                                                              "open de site via het adres dat `wetgraaf serve` "
                                                              "noemt", "header.host")]},
                               status_code=400)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def json_content_type(headers: dict[bytes, bytes]) -> bool:
    """Is the body JSON (application/json or a +json type)? A body without a content type is read as JSON too."""
    value = headers.get(b"content-type")
    if value is None:
        return True
    media = value.decode("latin-1").split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class Fout(BaseModel):
    code: str
    melding: str
    veld: str | None = None


class Fouten(BaseModel):
    """Every error of the service: the HTTP status and a list of errors, each with its code, message and field."""

    fouten: list[Fout]


def _example(code: str, melding: str, veld: str | None = None) -> dict:
    return {"application/json": {"example": {"fouten": [_fout(code, melding, veld)]}}}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Fouten, "description": "De scenario- of wetsregels keuren het verzoek af (WG-SCEN, WG-EVAL, "
                                          "WG-WIJZ), of de Host-kop hoort niet bij de dienst (WG-API-009).",
          "content": _example("WG-SCEN-012", "unknown fact 'kind_van_de_buurman'",
                              "body.feiten.kind_van_de_buurman(kind, cliënt)")},
    405: {"model": Fouten, "description": "Deze methode is hier niet toegestaan (de kop Allow noemt wat wel mag).",
          "content": _example("HTTP-405", HTTP_MELDING[405], "path")},
    413: {"model": Fouten, "description": "Het verzoek is groter dan 1 MiB (WG-API-001).",
          "content": _example("WG-API-001", "het verzoek is groter dan 1024 KiB")},
    415: {"model": Fouten, "description": "De inhoud is geen JSON (WG-API-010).",
          "content": _example("WG-API-010", "het verzoek moet JSON zijn (Content-Type: application/json), niet "
                                            "'text/plain'", "header.content-type")},
    422: {"model": Fouten, "description": "Een veld ontbreekt of heeft de verkeerde soort waarde (WG-API-005), of "
                                          "het verzoek is geen geldige JSON (WG-API-004), of het vraagt meer werk dan één verzoek mag: "
                                          "te veel vragen, personen, entiteiten of feiten (WG-API-011).",
          "content": _example("WG-API-005", "moet een datum zijn zoals 2026-01-01, niet 'gisteren'",
                              "body.peildatum")},
    503: {"model": Fouten, "description": "De berekening duurde te lang (WG-API-003) of de dienst is bezet "
                                          "(WG-API-008).",
          "content": _example("WG-API-003", "de berekening duurde langer dan 2 s en is gestopt")},
}


def responses(*codes: int) -> dict:
    """The documented error responses of a route."""
    return {c: ERRORS[c] for c in codes}


__all__ = ["HostCheck", "LOOPBACK", "HTTP_MELDING", "dutch_validation", "json_content_type", "responses", "Fouten"]
