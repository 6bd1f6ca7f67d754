"""Fuzzing the JSON API of the question service (FastAPI TestClient, in process): any JSON value, scenario-shaped
bodies with fields of the wrong kind, raw bytes (invalid JSON and UTF-8, deep nesting, huge numbers, duplicate
keys, other content types), odd paths and query parameters. Every answer is JSON; an error is an HTTP 4xx (or 503
for the time limit) with `{"fouten": [{"code", "melding", "veld"?}]}` in plain words — never a 500, never a hang."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from corpus_kit import Art, corpus  # noqa: E402
from fuzzkit import assert_plain, count, fuzz, no_hang  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.server import create_app  # noqa: E402

SUITE = "api"
RULES = """
soort bron: arbeid | bijstand | geen
feit a(p: persoon): waarheid
feit d(p: persoon): datum
feit g(p: persoon): bedrag
feit s(p: persoon): bron
feit l: lijst van persoon
oordeel passend(p: persoon): waarheid door college vraag "Is het passend voor {p}?"
begrip volwassen(p: persoon): waarheid = a(p) en leeftijd(d(p)) >= 18
begrip toeslag(p: persoon): bedrag = als volwassen(p) en s(p) = bijstand dan g(p) * 2 anders € 0
begrip recht(p: persoon): waarheid = volwassen(p) en passend(p)
begrip aantal_volwassen: geheel = aantal p in l waarvoor volwassen(p)
"""
POSTS = ["/api/evaluate", "/api/explain", "/api/missing", "/api/interview/next"]
GOOD = {"peildatum": "2026-01-01", "wet": "testwet",
        "personen": {"p": {"a": True, "d": "2000-01-01", "g": "12.50", "s": "bijstand"}},
        "vragen": ["volwassen(p)", "toeslag(p)", "recht(p)"]}
INTERVIEW = {"vraag": "recht(p)", "wet": "testwet", "peildatum": "2026-01-01", "feiten": {}}

_client: TestClient | None = None


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    root = corpus(tmp_path_factory.mktemp("api"), Art("1", RULES))
    return TestClient(create_app(site_dir=None, wg=wetgraaf.load(root)), base_url="http://127.0.0.1:8000")


def check(response) -> None:
    """JSON always; an error is 4xx/503 with located, plain fouten; never a 500."""
    assert response.status_code in (200, 400, 404, 405, 413, 415, 422, 503), (response.status_code,
                                                                                response.text[:500])
    body = response.json()
    if response.status_code >= 400:
        fouten = body["fouten"]
        assert isinstance(fouten, list) and fouten, body
        for f in fouten:
            assert f["code"].startswith(("WG-", "HTTP-")), f
            assert f["code"] != "WG-API-500", f
            assert_plain(f["melding"])
            if response.status_code == 422 and f["code"] == "WG-API-005":
                assert f.get("veld"), f
    else:
        assert isinstance(body, dict)


def post(client: TestClient, path: str, **kwargs) -> None:
    with no_hang():
        check(client.post(path, **kwargs))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) |
                    st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                   max_size=4),
                    max_leaves=15)
FIELD_VALUES = st.one_of(JSON, st.sampled_from([
    "2026-02-30", "0001-01-01", "9999-12-31", "2026-1-1", "gisteren", -5, "€ -3", "-0.01", "onbekend", "waar", "ja",
    "p", "q", "wams", "bestaatniet", "volwassen(p)", "volwassen(q)", "toeslag(p", "testwet.a(p)", "a(p, p)",
    "../../etc/passwd", "__import__('os').system('true')", "{{7*7}}", "${7*7}", "'; DROP TABLE x; --", "\x00",
    10 ** 40, 1e308, [], {}, [[[[[]]]]], {"p": {"a": {"b": {}}}}]))
SCENARIO_FIELDS = ["naam", "peildatum", "wet", "wijzigingen", "feiten", "personen", "entiteiten", "vragen", "verwacht",
                   "ontbrekend", "uitleg_bevat", "onbekend", "per_versie", "id"]


@st.composite
def scenario_bodies(draw) -> dict:
    body = json.loads(json.dumps(GOOD))
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(SCENARIO_FIELDS))
        op = draw(st.sampled_from(["set", "set", "delete", "person_fact", "question"]))
        if op == "set":
            body[key] = draw(FIELD_VALUES)
        elif op == "delete":
            body.pop(key, None)
        elif op == "person_fact":
            personen = body.setdefault("personen", {}) if isinstance(body.get("personen"), dict) else {}
            personen.setdefault(draw(st.sampled_from(["p", "q", ""])), {})
            who = draw(st.sampled_from(sorted(personen)))
            if isinstance(personen[who], dict):
                personen[who][draw(st.sampled_from(["a", "d", "g", "s", "x", "passend", "volwassen"]))] = \
                    draw(FIELD_VALUES)
        else:
            body["vragen"] = draw(st.lists(st.sampled_from(["volwassen(p)", "toeslag(p)", "recht(p)",
                                                           "aantal_volwassen", "volwassen(q)", "x", "a(p)", "",
                                                           "volwassen", "recht(p, p)"]), max_size=4))
    return body


@fuzz(300)
@given(st.sampled_from(POSTS), JSON)
def test_any_json(client, path, body):
    count(SUITE)
    post(client, path, json=body)


@fuzz(450)
@given(st.sampled_from(POSTS[:3]), scenario_bodies())
def test_scenario_bodies(client, path, body):
    count(SUITE)
    post(client, path, json=body)


@fuzz(150)
@given(st.dictionaries(st.sampled_from(["vraag", "wet", "peildatum", "wijzigingen", "feiten", "extra"]),
                       FIELD_VALUES, max_size=5))
def test_interview_bodies(client, fields):
    count(SUITE)
    post(client, "/api/interview/next", json={**INTERVIEW, **fields})


RAW = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"", b"{", b"[", b"null", b"NaN", b'{"peildatum": NaN}', b'{"a": 1e999999}',
                     b'{"peildatum": "2026-01-01", "vragen": ["x"], "vragen": 1}', b"\xff\xfe{}", b'{"\xff": 1}',
                     b'"' + b"a" * 5000 + b'"', b"[" * 40 + b"]" * 40, b"{\"a\":" * 40 + b"1" + b"}" * 40,
                     b"[" * 100_000, b'{"vragen": [' + b'"x",' * 5000 + b'"x"], "peildatum": "2026-01-01"}']),
    st.builds(lambda s, i: s[:i], st.just(json.dumps(GOOD).encode()), st.integers(0, 200)))


@fuzz(250)
@given(st.sampled_from(POSTS), RAW, st.sampled_from(["application/json", "text/plain", "application/x-yaml", "",
                                                     "application/json; charset=latin-1", "multipart/form-data"]))
def test_raw_bytes(client, path, raw, content_type):
    count(SUITE)
    headers = {"content-type": content_type} if content_type else {}
    post(client, path, content=raw, headers=headers)


@fuzz(100)
@given(st.sampled_from(["/api/graph/node/", "/api/amendments/", "/api/graph", "/api/", "/api/status/",
                        "/api/evaluate/"]),
       st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="#?"), max_size=20),
       st.sampled_from(["", "?diepte=-1", "?diepte=9999999999999999999", "?diepte=x", "?wet=%00", "?soort=begrip",
                        "/diff"]))
def test_paths_and_queries(client, prefix, segment, query):
    count(SUITE)
    with no_hang():
        response = client.get(prefix + quote(segment, safe="/%.:") + query)
    assert response.status_code != 500, response.text[:300]
    if response.headers.get("content-type", "").startswith("application/json"):
        response.json()
