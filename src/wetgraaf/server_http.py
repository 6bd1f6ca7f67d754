"""HTTP for the question service, in Dutch: the Host check against DNS rebinding, the content type of a request,
Dutch words for the request validation errors, the HTTP status texts, and the error responses the OpenAPI page
documents (with real examples). Used by wetgraaf/server.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from urllib.parse import parse_qs

from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .taal import STANDAARD, Bericht, bericht, in_taal, kies, tekst

LOOPBACK = ("127.0.0.1", "localhost", "::1")  # the names of the address `wetgraaf dienst` binds

HTTP_MELDING = {status: f"api.http.{status}" for status in (400, 404, 405, 413, 415, 422, 500, 503)}  # catalogue


def http_melding(status: int) -> Bericht:
    """The words for an HTTP status, from the catalogue."""
    key = HTTP_MELDING.get(status)
    return bericht(key) if key else bericht("api.http.anders", status=status)


_PYDANTIC = {  # pydantic's error type -> catalogue key
    "missing": "missing", "extra_forbidden": "extra_forbidden", "string_type": "string_type",
    "list_type": "list_type", "dict_type": "dict_type", "model_attributes_type": "dict_type",
    "bool_type": "bool_type", "bool_parsing": "bool_type", "int_type": "int_type", "int_parsing": "int_type",
    "date_type": "date_type", "date_parsing": "date_type", "date_from_datetime_parsing": "date_type",
    "date_from_datetime_inexact": "date_inexact", "too_short": "too_short", "too_long": "too_long",
    "string_too_long": "too_long",
}


def dutch_validation(error: dict) -> Bericht:
    """A request validation error (pydantic) in the reader's words; the field path is sent beside it as `veld`."""
    key = _PYDANTIC.get(str(error.get("type")))
    if key is None:
        return bericht("api.veld.anders", soort=str(error.get("type")))
    text = bericht(f"api.veld.{key}")
    given = error.get("input")
    if error.get("type") not in ("missing", "extra_forbidden") and isinstance(given, (str, int, float, bool)):
        return bericht("api.veld.niet", reden=text, gegeven=given)
    return text


def _fout(code: str, melding: str, veld: str | None = None) -> dict:
    out = {"code": code, "melding": tekst(melding)}
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
            await JSONResponse({"fouten": [_fout("WG-API-009", bericht(
                "WG-API-009", host=raw, toegestaan=", ".join(sorted(self.hosts))), "header.host")]},
                               status_code=400)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class Taal:
    """ASGI middleware: the language of the request's messages (wetgraaf.taal): the `taal` query parameter, else
    the Accept-Language header; Dutch when neither asks for nl or en (the server's own locale does not count)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("taal", [None])[0]
        header = dict(scope.get("headers") or []).get(b"accept-language", b"").decode("latin-1")
        with in_taal(kies(asked) or kies(header) or STANDAARD):
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


def _example(code: str, melding: Bericht, veld: str | None = None) -> dict:
    """An error response's example; its message kept a catalogue message, so the documentation page (server_docs)
    says it in the reader's language (its value, and so the OpenAPI description's text, is the Dutch)."""
    return {"application/json": {"example": {"fouten": [{"code": code, "melding": melding,
                                                          **({"veld": veld} if veld else {})}]}}}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Fouten, "description": bericht("api.doc.fout.400"),
          "content": _example("WG-SCEN-012", bericht("WG-SCEN-012", naam="kind_van_de_buurman",
                                                      wat=bericht("zin.scen.geen_feit")),
                              "body.feiten.kind_van_de_buurman(kind, cliënt)")},
    405: {"model": Fouten, "description": bericht("api.doc.fout.405"),
          "content": _example("HTTP-405", http_melding(405), "path")},
    413: {"model": Fouten, "description": bericht("api.doc.fout.413"),
          "content": _example("WG-API-001", bericht("WG-API-001", kib=1024))},
    415: {"model": Fouten, "description": bericht("api.doc.fout.415"),
          "content": _example("WG-API-010", bericht("WG-API-010", gegeven="text/plain"), "header.content-type")},
    422: {"model": Fouten, "description": bericht("api.doc.fout.422"),
          "content": _example("WG-API-005", bericht("api.veld.niet", reden=bericht("api.veld.date_type"),
                                                      gegeven="gisteren"),
                              "body.peildatum")},
    503: {"model": Fouten, "description": bericht("api.doc.fout.503"),
          "content": _example("WG-API-003", bericht("WG-API-003", s=2.0))},
}


def responses(*codes: int) -> dict:
    """The documented error responses of a route."""
    return {c: ERRORS[c] for c in codes}


__all__ = ["HostCheck", "Taal", "LOOPBACK", "HTTP_MELDING", "http_melding", "dutch_validation", "json_content_type", "responses", "Fouten"]
