"""Limits that stop work (issue 16, item 3), in process: the caps on what one request may ask (questions, persons,
entities, facts: 422 WG-API-011 with the field), the cost of a request linear in its questions (1, 10, 100, 1 000),
the memory the largest accepted request allocates, and CPU and memory back to idle within a second of the answer —
also after a request stopped at its time limit. The same limits under load, in a real `wetgraaf dienst`, are in
tests/service/test_load.py."""

from __future__ import annotations

import datetime as _dt
import gc
import threading
import time
import tracemalloc

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf.limits import MAX_ENTITEITEN, MAX_FEITEN, MAX_PERSONEN, MAX_VRAGEN  # noqa: E402
from wetgraaf.server import ScenarioIn, Service, create_app  # noqa: E402

LOCAL = "http://127.0.0.1:8000"
BASE = {"peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"]}


def scenario(n: int, facts_per_person: bool = True) -> dict:
    """n questions, each about a person of its own (the shape whose cost once grew with the square of n), with the
    facts that answer it."""
    personen: dict = {f"k{i}": {"jeugdwet.geboortedatum": "2013-06-20"} for i in range(n)}
    personen["cliënt"] = {}
    feiten = {}
    if facts_per_person:
        for i in range(n):
            feiten.update({f"kind_van_partner_van(k{i}, cliënt)": True, f"kind_van(k{i}, cliënt)": False,
                           f"verblijft_elders(k{i}, cliënt)": i % 2 == 0})
    return {**BASE, "personen": personen, "feiten": feiten, "vragen": [f"gezinslid(k{i}, cliënt)" for i in range(n)]}


@pytest.fixture(scope="module")
def wg():
    return wetgraaf.load()


@pytest.fixture(scope="module")
def client(wg) -> TestClient:
    return TestClient(create_app(site_dir=None, wg=wg), base_url=LOCAL)


def _largest() -> dict:
    """The largest request the caps accept: every cap reached (the persons count the cliënt too)."""
    body = scenario(MAX_PERSONEN - 1)
    body["vragen"] = (body["vragen"] * 2)[:MAX_VRAGEN]
    body["entiteiten"] = {"woning": {f"w{i}": {} for i in range(MAX_ENTITEITEN)}}
    spare = MAX_FEITEN - sum(1 for p in body["personen"].values() for _ in p) - len(body["feiten"])
    more = [f"{name}(k{i}, cliënt)" for name in ABOUT_TWO for i in range(MAX_PERSONEN - 1)]
    body["feiten"].update({key: False for key in more[:spare]})
    return body


# Facts of gezinslid still missing for a child of the partner: given (as onwaar) to fill the request to the cap.
ABOUT_TWO = ["blijk_van_zorg_voor_elkaar", "eerder_gehuwd", "gehuwd_met", "geregistreerd_partner_van",
             "hoofdverblijf_in_dezelfde_woning", "kind_in_huishouding_van", "kind_uit_relatie",
             "registratie_gezamenlijke_huishouding", "samenlevingscontract"]


@pytest.mark.parametrize("field, body", [
    ("body.vragen", {**BASE, "vragen": ["gezinslid(kind, cliënt)"] * (MAX_VRAGEN + 1)}),
    ("body.personen", {**BASE, "vragen": ["x"], "personen": {f"p{i}": {} for i in range(MAX_PERSONEN + 1)}}),
    ("body.entiteiten", {**BASE, "vragen": ["x"], "entiteiten": {"woning": {f"w{i}": {} for i in range(60)},
                                                                 "gebied": {f"g{i}": {} for i in range(41)}}}),
    ("body.feiten", {**BASE, "vragen": ["x"], "feiten": {f"f{i}(p)": True for i in range(MAX_FEITEN + 1)}}),
    ("body", {**BASE, "vragen": ["x"], "feiten": {f"f{i}(p)": True for i in range(MAX_FEITEN // 2)},
              "personen": {"p": {f"g{i}": 1 for i in range(MAX_FEITEN // 2 + 1)}}}),
    ("body.feiten", {**BASE, "vragen": ["x"], "feiten": {"l": ["p"] * (MAX_FEITEN + 1)}}),
])
def test_a_request_over_a_cap_is_refused_with_the_field_before_any_work(client, field, body):
    start = time.perf_counter()
    r = client.post("/api/evaluate", json=body)
    took = time.perf_counter() - start
    assert r.status_code == 422, r.text[:300]
    fout = r.json()["fouten"][0]
    assert fout["code"] == "WG-API-011" and fout["veld"] == field, fout
    assert "te veel" in fout["melding"] and "ten hoogste" in fout["melding"]
    assert took < 1.0, f"refused only after {took:.2f} s"


def test_the_interview_has_the_same_caps(client):
    body = {"vraag": "gezinslid(kind, cliënt)", "wet": "wmo2015", "peildatum": "2026-01-01",
            "feiten": {f"f{i}(p)": True for i in range(MAX_FEITEN + 1)}}
    r = client.post("/api/interview/next", json=body)
    assert r.status_code == 422 and r.json()["fouten"][0]["veld"] == "body.feiten"
    r = client.post("/api/interview/next", json={**body, "feiten": {}, "onbekend": ["x"] * (MAX_FEITEN + 1)})
    assert r.status_code == 422 and r.json()["fouten"][0]["veld"] == "body.onbekend"


def test_the_largest_request_the_caps_accept_is_answered_within_the_time_limit(wg):
    """Measured in processor time (the 2 s limit is wall time, which on two shared cores also counts the waiting
    for a core): the largest request needs well under the limit."""
    client = TestClient(create_app(site_dir=None, wg=wg, time_limit=60), base_url=LOCAL)
    body = _largest()
    client.post("/api/explain", json=scenario(2))  # compile outside the measurement
    facts = len(body["feiten"]) + sum(len(p) for p in body["personen"].values())
    assert len(body["vragen"]) == MAX_VRAGEN and len(body["personen"]) == MAX_PERSONEN and facts == MAX_FEITEN
    # the request is served in a child of the fork server (wetgraaf.server_body): their processor time counts too
    start, children, wall = time.process_time(), _children_cpu(), time.perf_counter()
    forks = _forkserver_cpu(client.app)
    r = client.post("/api/explain", json=body)
    took = time.process_time() - start + _children_cpu() - children + _forkserver_cpu(client.app) - forks
    wall = time.perf_counter() - wall
    print(f"\nlargest request: {len(r.content) / 1e6:.1f} MB answered with {took * 1000:.0f} ms processor time "
          f"({wall * 1000:.0f} ms wall)")
    assert r.status_code == 200, r.text[:300]
    answers = r.json()["antwoorden"]
    assert len(answers) == MAX_VRAGEN and {a["bekend"] for a in answers} == {True}
    assert took < 1.0


def _children_cpu() -> float:
    """Processor time of this process's children that ended (the forked child of a large request is reaped)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _forkserver_cpu(app) -> float:
    """Processor time of the app's fork server with its ended children (werker.Forkserver), 0 when it has none."""
    import os
    from pathlib import Path

    forks = app.state.apart.forks
    if forks is None or forks.pid is None:
        return 0.0
    fields = Path(f"/proc/{forks.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime, stime, cutime, cstime


def _per_question(service: Service, n: int, explain: bool) -> float:
    body = ScenarioIn(**scenario(n))
    best = float("inf")
    for _ in range(3):  # the best of three: a neighbour's burst is not the request's cost
        # The collector is paused while timing: its full collections scan the whole heap, a cost of what the
        # process holds, not of the request; with it on, the two tests took ~95 s of processor time (now ~15 s).
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            out = service.answers(body, explain)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    assert len(out["antwoorden"]) == n
    return best / n


@pytest.mark.parametrize("explain", [False, True], ids=["evaluate", "explain"])
def test_the_cost_of_a_request_is_linear_in_its_questions(wg, explain):
    """Processor time per question at 1, 10, 100 and 1 000 questions (each about a person of its own): the cost
    per question at 1 000 stays within twice the cost at 10 or 100 (quadratic growth would make it 10-100 times)."""
    service = Service(wg)
    service.answers(ScenarioIn(**scenario(2)), explain)  # compile once
    # What the test worker holds (a gigabyte late in a full run) is set apart from the collector while this test
    # runs, so its collections scan only this test's objects: each full collection of that heap took seconds, and
    # the evaluate case cost 47 s of processor time in a full run against 4 s alone.
    gc.freeze()
    try:
        per = {n: _per_question(service, n, explain) for n in (1, 10, 100, 1000)}
    finally:
        gc.unfreeze()
    print("\nper question (" + ("explain" if explain else "evaluate") + "): "
          + ", ".join(f"{n}: {t * 1e6:.0f} µs" for n, t in per.items()))
    assert per[1000] <= 2.0 * min(per[10], per[100]), per


def _python_memory() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_the_largest_request_allocates_bounded_memory_and_gives_it_back(wg):
    """tracemalloc's peak while the largest accepted request is answered with its explanation, and what stays
    allocated after the answer is gone (the caches of a compiled program are built before measuring)."""
    service = Service(wg)
    body = ScenarioIn(**_largest())
    service.answers(body, True)  # compile, build the site model: shared by every request, not this one's cost
    tracemalloc.start()
    try:
        before = _python_memory()
        tracemalloc.reset_peak()
        out = service.answers(body, True)
        peak = tracemalloc.get_traced_memory()[1] - before
        del out
        after = _python_memory() - before
    finally:
        tracemalloc.stop()
    print(f"\nlargest request: peak {peak / 2**20:.1f} MiB allocated, {after / 2**20:.2f} MiB left after the answer")
    assert peak < 64 * 2**20
    assert after < 2 * 2**20


def test_a_request_stopped_at_its_time_limit_stops_computing_within_a_second(wg):
    """The 503 comes at the limit, and the evaluation does not go on behind it: within a second of the answer the
    process uses no processor time and the worker thread has ended."""
    stopped = TestClient(create_app(site_dir=None, wg=wg, time_limit=0.02), base_url=LOCAL)
    body = _largest()
    stopped.post("/api/explain", json=scenario(2))  # compile outside the measurement
    threads = threading.active_count()
    r = stopped.post("/api/explain", json=body)
    answered = time.monotonic()
    assert r.status_code == 503 and r.json()["fouten"][0]["code"] == "WG-API-003", r.text[:300]
    cpu = time.process_time()
    time.sleep(max(0.0, answered + 1.0 - time.monotonic()))
    first_second = time.process_time() - cpu
    cpu = time.process_time()
    time.sleep(0.5)
    idle = time.process_time() - cpu
    print(f"\nafter the 503: {first_second * 1000:.0f} ms processor time in the first second, then "
          f"{idle * 1000:.0f} ms in half a second")
    assert idle < 0.05, "the stopped evaluation still computes"
    assert threading.active_count() <= threads + 1


# -- heavy requests in a process of their own (wetgraaf.werker) ------------------------------------------------------

werker = pytest.importorskip("wetgraaf.werker")
needs_fork = pytest.mark.skipif(not werker.available(), reason="no fork and /proc here")


def _spin(seconds: float) -> int:
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


def _grow(mib: int) -> int:
    blocks = [bytearray(2**20) for _ in range(mib)]
    return len(blocks)


def _fail() -> None:
    raise ValueError("zo")


@needs_fork
def test_a_forked_evaluation_is_killed_at_its_deadline_and_leaves_nothing_running():
    import os

    def children() -> set[str]:  # this process's children, the `ps` itself among them
        return {pid for pid in os.popen(f"ps -o pid= --ppid {os.getpid()}").read().split() if pid.strip()}

    before = children()  # other tests in this worker may keep a child running (a `wetgraaf dienst`)
    start = time.monotonic()
    with pytest.raises(werker.Killed):
        werker.run_forked(_spin, 30.0, deadline=start + 0.3)
    assert time.monotonic() - start < 1.0
    new = children() - before
    assert len(new) <= 1, new  # at most the second ps itself: the killed child is reaped


@needs_fork
def test_a_forked_evaluation_is_capped_in_memory_and_answers_or_fails_as_here():
    assert werker.run_forked(_grow, 16, deadline=time.monotonic() + 30, memory=256 * 2**20) == 16
    with pytest.raises(werker.OutOfMemory):
        werker.run_forked(_grow, 1024, deadline=time.monotonic() + 30, memory=256 * 2**20)
    with pytest.raises(ValueError, match="zo"):
        werker.run_forked(_fail, deadline=time.monotonic() + 30)


@needs_fork
def test_a_large_request_on_a_new_peildatum_has_its_program_compiled_by_the_service(client):
    """A body over 8 KiB is served in a child, which compiles nothing: on a peildatum the service has not compiled
    yet, the service compiles it (once) and the child answers as a small request does."""
    from wetgraaf.server_body import APART_BYTES

    small = {**scenario(1), "peildatum": "2025-03-17"}
    large = {**small, "naam": "x" * (APART_BYTES + 100)}
    wg = client.app.state.service.wg
    assert not wg.compiled(_dt.date(2025, 3, 17), ("wams",))
    r = client.post("/api/explain", json=large)
    assert r.status_code == 200, r.text[:300]
    assert wg.compiled(_dt.date(2025, 3, 17), ("wams",))  # in the service, for every later request
    assert r.json()["antwoorden"] == client.post("/api/explain", json=small).json()["antwoorden"]


def _task(kind: str, value: float) -> int:
    if kind == "spin":
        return _spin(value)
    if kind == "fail":
        _fail()
    import os

    return os.getpid()


@needs_fork
def test_a_fork_server_runs_each_call_in_a_child_of_its_own_and_kills_it_at_its_deadline():
    """The service forks itself once (werker.Forkserver); each call runs in a child of that fork server, which is
    killed at its deadline while the fork server lives on; an exception comes back as if raised here."""
    import os

    forks = werker.Forkserver(_task)
    try:
        first = forks.call("pid", 0, deadline=time.monotonic() + 30)
        second = forks.call("pid", 0, deadline=time.monotonic() + 30)
        assert len({first, second, os.getpid(), forks.pid}) == 4
        server = forks.pid
        start = time.monotonic()
        with pytest.raises(werker.Killed):
            forks.call("spin", 30.0, deadline=start + 0.3)
        assert time.monotonic() - start < 1.5 and forks.pid == server
        with pytest.raises(ValueError, match="zo"):
            forks.call("fail", 0, deadline=time.monotonic() + 30)
    finally:
        forks.stop()
    assert forks.pid is None


@needs_fork
def test_the_fork_server_holds_no_pipe_of_the_service():
    """A pipe the service holds when its fork server is forked reaches EOF when the service closes it: the fork
    server keeps no copy of it. (It did: a browser driver waiting for EOF on its stdin, and with it the whole test
    session, hung at the end of the run.)"""
    import os
    import select

    read_end, write_end = os.pipe()
    forks = werker.Forkserver(_task)
    try:
        assert forks.call("pid", 0, deadline=time.monotonic() + 30) != os.getpid()  # forked while the pipe is open
        os.close(write_end)
        ready, _, _ = select.select([read_end], [], [], 5.0)
        assert ready and os.read(read_end, 1) == b"", "the fork server still holds the service's end of the pipe"
    finally:
        forks.stop()
        os.close(read_end)


def test_a_heavy_request_gives_the_same_answers_as_a_light_one(client):
    """More than HEAVY questions go to a forked child: the answers are those of the same questions asked one by
    one, and an error in the scenario is the same located API error."""
    from wetgraaf.server import HEAVY

    body = scenario(HEAVY + 2)
    heavy = client.post("/api/evaluate", json=body)
    assert heavy.status_code == 200, heavy.text[:300]
    for i in (0, HEAVY + 1):
        one = client.post("/api/evaluate", json={**body, "vragen": [body["vragen"][i]]}).json()["antwoorden"][0]
        assert heavy.json()["antwoorden"][i] == one
    bad = client.post("/api/evaluate", json={**body, "vragen": body["vragen"] + ["bestaat_niet(k0)"]})
    assert bad.status_code == 400 and bad.json()["fouten"][0]["veld"] == f"body.vragen[{HEAVY + 2}]", bad.text[:300]
