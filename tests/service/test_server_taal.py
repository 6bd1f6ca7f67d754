"""One language per surface in the question service's graph (issue 17): /api/graph and /api/graph/node/{id} give an
article's title in the request's language (the `taal` parameter or Accept-Language; Dutch otherwise), the law's
name as it is. The service keeps the graph data once per language: a request in one language never gets the words
of another."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.server import create_app  # noqa: E402

from corpus_kit import SERVICE_LOCAL as LOCAL, STEUN_RULES as RULES, Art, corpus  # noqa: E402

REFERS = """
begrip steun(p: persoon "de persoon"): waarheid label "{p} krijgt steun"
  = recht_op_steun(p)
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    root = corpus(tmp_path_factory.mktemp("api-taal"), Art("1", {"1": RULES}, tekst="De aanvrager woont hier."),
                  Art("2", REFERS, tekst="Zie artikel 1, eerste lid."))
    return TestClient(create_app(site_dir=None, wg=wetgraaf.load(root)), base_url=LOCAL)


def _titles(data: dict) -> dict[str, str]:
    return {n["id"]: n["title"] for n in data["nodes"] if n["kind"] == "artikel"}


def test_the_graph_is_dutch_by_default_and_english_on_request(client) -> None:
    dutch = _titles(client.get("/api/graph").json())
    english = _titles(client.get("/api/graph", params={"taal": "en"}).json())
    header = _titles(client.get("/api/graph", headers={"Accept-Language": "en-GB,en;q=0.9"}).json())
    assert dutch["testwet.artikel-1"] == "artikel 1 Wet testwet"
    assert english["testwet.artikel-1"] == "article 1 Wet testwet" and header == english
    assert set(dutch) == set(english) and len(dutch) == 2
    assert all(t.startswith("article ") for t in english.values())
    again = _titles(client.get("/api/graph", headers={"Accept-Language": "nl"}).json())
    assert again == dutch  # the English request left the Dutch data as it was


def test_a_node_and_its_neighbourhood_in_the_request_language(client) -> None:
    node = "testwet.artikel-2"
    nl = _titles(client.get(f"/api/graph/node/{node}").json())
    en = _titles(client.get(f"/api/graph/node/{node}", params={"taal": "en"}).json())
    assert nl[node] == "artikel 2 Wet testwet" and en[node] == "article 2 Wet testwet"
    assert set(nl) == set(en)
