"""The API's documentation page (/api/docs): every operation of the app's OpenAPI description (app.openapi()) with
its method, path, summary, parameters, request fields and examples, and its responses with their examples, in the
reader's language.

It replaces FastAPI's Swagger UI, whose words are English and which needs its scripts from a CDN or from an extra
package. The texts in the OpenAPI description are catalogue messages (family api, `api.doc.*`) that FastAPI keeps as
their Dutch value; the page finds each back by that value among the messages the app was given (route summaries,
descriptions, response descriptions, parameter descriptions, examples) and says it in the reader's language. The
page's own words come from the catalogue too. One self-contained HTML page: no script, no style sheet, no font
from elsewhere.
"""

from __future__ import annotations

import html
import json
from typing import Any

from .taal import Bericht, kies, tekst, zeg

_METHODS = ("get", "post", "put", "patch", "delete")
_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-top:2rem}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:.6rem;overflow-x:auto;font-size:.85rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;
vertical-align:top}.methode{font-weight:bold;padding:.1rem .4rem;border-radius:.2rem;background:#dbe9f6}
.methode-post{background:#def2de}.taal{float:right}
"""


def lezerstaal(gevraagd: str | None, accept_language: str, standaard: str) -> str:
    """The page's language: the `taal` parameter, else the Accept-Language header, else the server's (--taal)."""
    return kies(gevraagd) or kies(accept_language) or standaard


def berichten(app: Any) -> dict[str, Bericht]:
    """The catalogue messages the app's OpenAPI description was made from, by their Dutch text."""
    from fastapi.routing import APIRoute

    found: dict[str, Bericht] = {}

    def walk(value: Any) -> None:
        if isinstance(value, Bericht):
            found.setdefault(str(value), value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(app.description)
    for route in app.routes:
        if not isinstance(route, APIRoute):
            continue
        walk([route.summary, route.description, route.response_description, route.responses])
        dependant = route.dependant
        for field in [*dependant.path_params, *dependant.query_params, *dependant.body_params]:
            info = field.field_info
            walk([info.description, getattr(info, "openapi_examples", None)])
    return found


def docs_html(app: Any, t: str) -> str:
    """The documentation page of `app` in language `t`."""
    return _Page(app.openapi(), berichten(app), t).html()


class _Page:
    def __init__(self, schema: dict, index: dict[str, Bericht], t: str) -> None:
        self.schema, self.index, self.t = schema, index, t

    def z(self, text: Any) -> str:
        """A text of the OpenAPI description in the reader's language, escaped."""
        said = tekst(self.index[text], self.t) if isinstance(text, str) and text in self.index else text
        return html.escape(str(said or ""))

    def w(self, key: str, **args: Any) -> str:
        """The page's own words, escaped."""
        return html.escape(zeg(key, self.t, **args))

    def json(self, value: Any) -> str:
        """An example as JSON, with the catalogue's messages in it said in the reader's language."""
        def said(v: Any) -> Any:
            if isinstance(v, str) and v in self.index:
                return tekst(self.index[v], self.t)
            if isinstance(v, dict):
                return {k: said(x) for k, x in v.items()}
            if isinstance(v, list):
                return [said(x) for x in v]
            return v
        return "<pre>" + html.escape(json.dumps(said(value), ensure_ascii=False, indent=2)) + "</pre>"

    def operations(self) -> list[tuple[str, str, str, dict]]:
        """(tag, method, path, operation) in the order of the description, grouped by their first tag."""
        ops = [((op.get("tags") or [""])[0], method, path, op)
               for path, item in self.schema.get("paths", {}).items()
               for method, op in item.items() if method in _METHODS]
        tags = list(dict.fromkeys(tag for tag, *_ in ops))
        return sorted(ops, key=lambda o: tags.index(o[0]))

    def html(self) -> str:
        other = "en" if self.t != "en" else "nl"
        lines = [f'<!doctype html><html lang="{self.t}"><head><meta charset="utf-8">',
                 '<meta name="viewport" content="width=device-width, initial-scale=1">',
                 f"<title>{self.w('api.doc.titel')}</title><style>{_STYLE}</style></head><body>",
                 f'<p class="taal"><a href="?taal={other}" hreflang="{other}">{self.w("api.doc.andere_taal")}</a></p>',
                 f"<h1>{self.w('api.doc.titel')}</h1>",
                 f"<p>{self.z(self.schema.get('info', {}).get('description'))}</p>",
                 f'<p>{self.w("api.doc.inleiding")} <a href="/api/openapi.json"><code>/api/openapi.json</code></a></p>',
                 f"<h2>{self.w('api.doc.inhoud')}</h2>", "<ul>"]
        ops = self.operations()
        for _tag, method, path, op in ops:
            lines.append(f'<li><a href="#{_anchor(method, path)}"><code>{method.upper()} {html.escape(path)}</code></a>'
                         f" — {self.z(op.get('summary'))}</li>")
        lines.append("</ul>")
        shown_tag = None
        for tag, method, path, op in ops:
            if tag != shown_tag:
                key = f"api.doc.tag.{tag}"
                lines.append(f"<h2>{self.w(key) if _known(key) else html.escape(tag)}</h2>")
                shown_tag = tag
            lines += self.operation(method, path, op)
        lines.append("</body></html>")
        return "\n".join(lines) + "\n"

    def operation(self, method: str, path: str, op: dict) -> list[str]:
        lines = [f'<section id="{_anchor(method, path)}">',
                 f'<h3><span class="methode methode-{method}">{method.upper()}</span> <code>{html.escape(path)}</code>'
                 f"</h3>", f"<p>{self.z(op.get('summary'))}</p>"]
        if op.get("description"):
            lines.append(f"<p>{self.z(op['description'])}</p>")
        lines.append(f"<h4>{self.w('api.doc.parameters')}</h4>")
        params = op.get("parameters") or []
        if params:
            lines.append(self.table(["naam", "waar", "soort", "verplicht", "betekenis"], [
                [f"<code>{html.escape(p['name'])}</code>",
                 self.w(f"api.doc.waar.{p.get('in')}") if _known(f"api.doc.waar.{p.get('in')}") else p.get("in", ""),
                 self.soort(p.get("schema") or {}), self.w("api.doc.ja" if p.get("required") else "api.doc.nee"),
                 self.z(p.get("description"))] for p in params]))
        else:
            lines.append(f"<p>{self.w('api.doc.geen_parameters')}</p>")
        body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
        if body:
            lines += [f"<h4>{self.w('api.doc.verzoek')}</h4>", *self.fields(body.get("schema") or {})]
            examples = body.get("examples") or {}
            if examples:
                lines.append(f"<h5>{self.w('api.doc.voorbeelden')}</h5>")
                for example in examples.values():
                    lines += [f"<p>{self.z(example.get('summary'))}</p>", self.json(example.get("value"))]
        lines.append(f"<h4>{self.w('api.doc.antwoorden')}</h4>")
        for status, response in sorted((op.get("responses") or {}).items()):
            example = (response.get("content") or {}).get("application/json", {}).get("example")
            said = self.z(response.get("description"))
            lines.append(f"<p><strong>{html.escape(str(status))}</strong> — {said}</p>")
            if example is not None:
                lines.append(self.json(example))
        lines.append("</section>")
        return lines

    def fields(self, schema: dict) -> list[str]:
        """The fields of a request body (its model's properties), with their kind and whether they are required."""
        model = self.resolve(schema)
        props = model.get("properties") or {}
        if not props:
            return [f"<p>{self.soort(schema)}</p>"]
        required = set(model.get("required") or ())
        return [f"<h5>{self.w('api.doc.velden')}</h5>", self.table(["naam", "soort", "verplicht"], [
            [f"<code>{html.escape(name)}</code>", self.soort(prop),
             self.w("api.doc.ja" if name in required else "api.doc.nee")] for name, prop in props.items()])]

    def resolve(self, schema: dict) -> dict:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return self.schema.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[1], {})
        return schema

    def soort(self, schema: dict) -> str:
        """What kind of value a JSON schema asks for, in words."""
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            kinds = [self.soort(o) for o in options if o.get("type") != "null"]
            return " | ".join(dict.fromkeys(kinds))
        kind = schema.get("type")
        if kind == "array":
            return self.w("api.doc.soort.lijst_van", soort=zeg(self._kind_key(schema.get("items") or {}), self.t))
        return self.w(self._kind_key(schema))

    def _kind_key(self, schema: dict) -> str:
        schema = self.resolve(schema)
        if schema.get("format") == "date":
            return "api.doc.soort.date"
        if schema.get("properties") or "$ref" in schema:
            return "api.doc.soort.object"
        key = f"api.doc.soort.{schema.get('type')}"
        return key if _known(key) else "api.doc.soort.onbekend"

    def table(self, heads: list[str], rows: list[list[str]]) -> str:
        head = "".join(f"<th>{self.w('api.doc.kolom.' + h)}</th>" for h in heads)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _known(key: str) -> bool:
    from .taal import catalogus

    return key in catalogus()


def _anchor(method: str, path: str) -> str:
    return method + "-" + "".join(c if c.isalnum() else "-" for c in path).strip("-")


__all__ = ["docs_html", "berichten", "lezerstaal"]
