"""Every form the site offers can be finished (issue 15): each decision the question form lists is walked through
the real service (FastAPI TestClient), answering every question with each kind of value — yes and the first
choice, no and a new entity ("een ander gebied"), and "weet ik niet" for everything — and must reach an answer.
Along the way: no question is asked twice, every question has words and (for an entity) choices, and "nog ten
hoogste N vragen" is never fewer than the questions that really follow."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.server import create_app  # noqa: E402
from wetgraaf.site.model import build_model  # noqa: E402
from wetgraaf.site.pages_vraag import forms  # noqa: E402

PEILDATUM = "2026-07-01"
MAX_STEPS = 150
MODES = ("ja", "nee", "weet_niet")


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


@pytest.fixture(scope="module")
def client(wg) -> TestClient:
    return TestClient(create_app(site_dir=None, wg=wg, time_limit=60), base_url="http://127.0.0.1:8000")


@pytest.fixture(scope="module")
def all_forms(wg):
    return forms(build_model(wg))


def value(q: dict, mode: str):
    """An answer of the kind `mode` for a question of any type."""
    t, keuzes = q["type"], q["keuzes"]
    yes = mode == "ja"
    if keuzes:
        pick = next((k for k in keuzes if not k["nieuw"]), keuzes[-1]) if yes else keuzes[-1]
        return [pick["waarde"]] if t["kind"] == "lijst" else pick["waarde"]
    if t["kind"] == "lijst":
        item = t.get("item", {})
        if item.get("kind") == "soort":
            return item["opties"][:1] if yes else []
        return ["onderwerp_a"] if yes else []
    if t["kind"] == "soort":
        return t["opties"][0] if yes else t["opties"][-1]
    name = t["name"]
    if name == "waarheid":
        return yes
    return {"datum": "1990-01-01" if yes else "2026-06-30", "geheel": 3 if yes else 0,
            "getal": "3" if yes else "0", "bedrag": "2500" if yes else "0",
            "duur": "6 maanden" if yes else "5 jaar"}.get(name, "tekst")


def walk(client: TestClient, form, mode: str) -> tuple[dict, int]:
    state = {"vraag": form.vraag, "wet": form.wet, "peildatum": PEILDATUM, "wijzigingen": list(form.wijzigingen),
             "feiten": {}, "onbekend": []}
    bounds: list[int | None] = []
    for asked in range(MAX_STEPS):  # noqa: B007 (read after the loop)
        r = client.post("/api/interview/next", json=state)
        assert r.status_code == 200, (form.qname, mode, state, r.text)
        body = r.json()
        bounds.append(body["nog_ten_hoogste"])
        if body["klaar"]:
            break
        q = body["vraag"]
        assert q["tekst"] and q["label"], q
        assert q["sleutel"] not in state["feiten"] and q["sleutel"] not in state["onbekend"], "asked twice"
        if q["type"]["kind"] == "entiteit":
            assert q["keuzes"] and q["keuzes"][-1]["nieuw"] and q["keuzes"][-1]["tekst"].startswith("een ander")
        if mode == "weet_niet":
            state["onbekend"].append(q["sleutel"])
        else:
            state["feiten"][q["sleutel"]] = value(q, mode)
    else:
        pytest.fail(f"{form.qname} ({mode}): no answer after {MAX_STEPS} questions")
    for i, b in enumerate(bounds):
        if b is not None:
            assert asked - i <= b, f"{form.qname} ({mode}): said at most {b} after {i} questions, asked {asked}"
    return body, asked


def test_the_site_offers_the_forms_of_the_main_decisions(all_forms) -> None:
    names = {f.qname for f in all_forms}
    for q in ("wbmgp.huisvestingsvergunning_weigeren", "wbmgp.weigeren_op_grond_van_art10", "wbmgp.voorrang_art9",
              "wbmgp.vergunningplichtig", "wmo2015.gezinslid", "wmo2015.cliënt_gezinslid_in_onderzoek"):
        assert q in names
    assert len(all_forms) > 200


@pytest.mark.parametrize("mode", MODES)
def test_every_form_reaches_an_answer(client: TestClient, all_forms, mode: str) -> None:
    stuck, unknown_with_nothing_missing = [], []
    for form in all_forms:
        body, _ = walk(client, form, mode)
        a = body["antwoord"]
        if not body["klaar"]:
            stuck.append(form.qname)
        if mode == "weet_niet" and not a["bekend"] and not a.get("fout"):
            # onbekend: the answer names what is still missing (facts the user skipped, or judgements)
            if not (body["onbekend_gelaten"] or a["open_normen"] or a["ontbrekende_feiten"]):
                unknown_with_nothing_missing.append(form.qname)
    assert not stuck and not unknown_with_nothing_missing, (stuck, unknown_with_nothing_missing)


def test_the_art8_interview_offers_the_gebieden_by_name_and_a_new_one_and_finishes(client: TestClient) -> None:
    """The art. 8 question that never finished: the woning's gebied is chosen by name from the municipal data
    and a new one can be made; the interview goes on with the gebied's facts and ends."""
    state = {"vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": PEILDATUM,
             "wijzigingen": [], "feiten": {}, "onbekend": []}
    seen_choice = False
    for _ in range(MAX_STEPS):
        body = client.post("/api/interview/next", json=state).json()
        if body["klaar"]:
            break
        q = body["vraag"]
        if q["naam"] == "wbmgp.gebied_van":
            teksten = [k["tekst"] for k in q["keuzes"]]
            assert any("Rotterdam" in t for t in teksten) and teksten[-1] == "een ander gebied"
            seen_choice = True
            state["feiten"][q["sleutel"]] = q["keuzes"][-1]["waarde"]  # a new gebied: its facts come next
        else:
            state["feiten"][q["sleutel"]] = value(q, "ja")
    assert seen_choice and body["klaar"]
    assert any("(gebied1" in k for k in state["feiten"])  # the new gebied's own facts were asked


def test_weet_ik_niet_ends_with_onbekend_and_the_missing_facts(client: TestClient) -> None:
    state = {"vraag": "gezinslid(kind, cliënt)", "wet": "wmo2015", "peildatum": "2026-01-01",
             "wijzigingen": ["wams"], "feiten": {}, "onbekend": []}
    body = client.post("/api/interview/next", json=state).json()
    first = body["vraag"]["sleutel"]
    state["onbekend"].append(first)
    body = client.post("/api/interview/next", json=state).json()
    assert body["klaar"] is False and body["vraag"]["sleutel"] != first
    while not body["klaar"]:
        state["onbekend"].append(body["vraag"]["sleutel"])
        body = client.post("/api/interview/next", json=state).json()
    assert body["antwoord"]["bekend"] is False
    assert first in body["onbekend_gelaten"]
    missing = {f"{m['naam']}({', '.join(m['argumenten'])})" for m in body["antwoord"]["ontbrekende_feiten"]}
    assert set(body["onbekend_gelaten"]) <= missing


def test_a_peildatum_without_a_text_in_force_is_warned(client: TestClient) -> None:
    state = {"vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": "2001-01-01",
             "feiten": {}}
    body = client.post("/api/interview/next", json=state).json()
    assert body["waarschuwingen"] and "2001-01-01" in body["waarschuwingen"][0]
    ok = client.post("/api/interview/next", json=dict(state, peildatum=PEILDATUM)).json()
    assert ok["waarschuwingen"] == []


def test_the_answer_under_each_amendment_side_by_side(client: TestClient) -> None:
    state = {"vraag": "huisvestingsvergunning_weigeren(p, w)", "wet": "wbmgp", "peildatum": PEILDATUM,
             "feiten": {}, "onbekend": [], "vergelijk": True}
    for _ in range(MAX_STEPS):
        body = client.post("/api/interview/next", json=state).json()
        if body["klaar"]:
            break
        state["onbekend"].append(body["vraag"]["sleutel"])
    names = [v["wijziging"] for v in body["vergelijking"]]
    assert "wbmgp-2025" in names and "wams" not in names  # only amendments of the law the decision rests on
    for v in body["vergelijking"]:
        assert "antwoord" in v or "fout" in v
