"""The API's documentation page (/api/docs, server_docs.py) in the reader's language (issue 17, item 4): every
operation of the app's OpenAPI description with its method, path, summary, parameters, examples and responses, in
Dutch by default and in English on request, from the catalogue; one page with nothing loaded from elsewhere."""

from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.server import create_app  # noqa: E402
from wetgraaf.taal import in_taal, zeg  # noqa: E402

from corpus_kit import SERVICE_LOCAL as LOCAL, STEUN_RULES as RULES, Art, corpus  # noqa: E402

# Swagger UI's and FastAPI's own English, and English of the catalogue's that would mean a text was not translated
ENGLISH = ("Successful Response", "Validation Error", "Responses", "Request body", "Example Value", "Try it out",
           "Execute", "Schemas", "Description", "Required", "Name", "Examples", "Fields", "Contents",
           "The wetgraaf API", "Answer the questions of a scenario", "Is the service there", "whole number",
           "This method is not allowed here", "the request is larger than", "No parameters")


@pytest.fixture(scope="module")
def wg(tmp_path_factory):
    return wetgraaf.load(corpus(tmp_path_factory.mktemp("api-docs"), Art("1", {"1": RULES}, tekst="De aanvrager.")))


@pytest.fixture(scope="module")
def client(wg) -> TestClient:
    return TestClient(create_app(site_dir=None, wg=wg), base_url=LOCAL)


def _text(page: str) -> str:
    """What a reader sees: the page without its tags, and its title."""
    return html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", " ", page, flags=re.S)))


def test_the_page_lists_every_operation_of_the_schema(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    page = client.get("/api/docs").text
    ops = [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items()]
    assert len(ops) >= 8
    for method, path, op in ops:
        assert f'{method.upper()}</span> <code>{html.escape(path)}</code>' in page, (method, path)
        assert html.escape(op["summary"]) in page  # Dutch: the schema's own text
        for p in op.get("parameters", []):
            assert f"<code>{p['name']}</code>" in page
        for status in op["responses"]:
            assert f"<strong>{status}</strong>" in page
    # the request examples and an error response's example are there
    assert "Is het pleegkind van de partner gezinslid?" in page and "kind_van_partner_van(kind, cliënt)" in page
    assert "het verzoek is groter dan 1024 KiB" in page


def test_the_dutch_page_has_no_english_words(client: TestClient) -> None:
    for page in (client.get("/api/docs").text, client.get("/api/docs?taal=nl",
                                                          headers={"Accept-Language": "en"}).text):
        assert '<html lang="nl"' in page
        text = _text(page)
        found = [w for w in ENGLISH if w in text]
        assert not found, found
        assert "De API van wetgraaf" in text and "Beantwoord de vragen van een scenario" in text
        assert "geheel getal" in text and "verplicht" in text


@pytest.mark.parametrize("how", [{"params": {"taal": "en"}}, {"headers": {"Accept-Language": "en-GB,en;q=0.9"}}])
def test_the_page_in_english_on_request(client: TestClient, how: dict) -> None:
    page = client.get("/api/docs", **how).text
    text = _text(page)
    assert '<html lang="en"' in page
    for english in ("The wetgraaf API", "Answer the questions of a scenario", "Is the service there",
                    "Is the partner's foster child a family member?", "the request is larger than 1024 KiB",
                    "This method is not allowed here", "whole number", "Responses"):
        assert english in text, english
    for dutch in ("De API van wetgraaf", "Beantwoord de vragen", "het verzoek is groter dan", "geheel getal",
                  "Antwoorden", "Is de dienst er"):
        assert dutch not in text, dutch


def test_the_servers_language_is_the_pages_default(wg) -> None:
    with in_taal("en"):  # as `wetgraaf --taal en serve` makes the app
        app = create_app(site_dir=None, wg=wg)
    english = TestClient(app, base_url=LOCAL)
    assert '<html lang="en"' in english.get("/api/docs").text
    assert '<html lang="nl"' in english.get("/api/docs?taal=nl").text


def test_the_page_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/api/docs").text
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    assert client.get("/api/docs-static/swagger-ui.css").status_code == 404  # Swagger UI's files are gone


def test_every_text_of_the_schema_is_a_catalogue_message(client: TestClient) -> None:
    """Each summary and description the OpenAPI description gives is a catalogue message the app was given (so the
    page can say it in English): no text written into the code, none of FastAPI's own."""
    from wetgraaf.server_docs import berichten

    given = berichten(client.app)
    spec = client.get("/api/openapi.json").json()
    texts = [spec["info"]["description"]]
    for item in spec["paths"].values():
        for op in item.values():
            texts += [op["summary"], *(r["description"] for r in op["responses"].values()),
                      *(p["description"] for p in op.get("parameters", []))]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            texts += [e["summary"] for e in body.get("examples", {}).values()]
    missing = [t for t in texts if t not in given or not given[t].sleutel.startswith("api.doc.")]
    assert not missing, missing
    assert zeg("api.doc.route.evaluate", "en") == "Answer the questions of a scenario"
