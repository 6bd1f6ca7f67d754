"""The question service under load and abuse, as a user runs it: `wetgraaf dienst` in its own process on a free port
of 127.0.0.1.

Load: 1 000 well-formed requests in CI (status, evaluate, missing facts, the interview's next question, a site page)
from 50 concurrent clients, bounded in time; none may fail, and the latency percentiles are printed (docs/robuustheid.md
has the numbers of a real run). Abuse: a body over 1 MiB (413, JSON), JSON nested too deeply (400), an evaluation
over the time limit (a JSON error, and the server keeps serving), path traversal with `..` in every spelling (404,
nothing from outside the site), the default bind to 127.0.0.1 only. Only localhost traffic; every loop is bounded.

WETGRAAF_LOAD_REQUESTS sets the number of requests (default 1 000, to keep CI short; the run in docs/robuustheid.md
used 10 000). 1 000 still keeps all 50 clients in flight at once (20 requests each, every kind of the mix ~100-300
times): what fails under concurrency fails in the first hundreds. Each 1 000 cost ~15 s of processor time (~6 s the
server's, ~9 s this test's httpx client), measured.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

REQUESTS = int(os.environ.get("WETGRAAF_LOAD_REQUESTS", "1000"))
CLIENTS = 50
DEADLINE = 240  # seconds for the whole load run: a hang fails instead of blocking CI

from corpus_kit import GEZINSLID_REQUEST as GEZINSLID  # noqa: E402
from corpus_kit import INTERVIEW_REQUEST as INTERVIEW  # noqa: E402
# (method, path, body, share): the mix of well-formed requests
MIX = [("GET", "/api/status", None, 4), ("POST", "/api/evaluate", GEZINSLID, 3), ("POST", "/api/missing",
                                                                                 GEZINSLID, 1),
       ("POST", "/api/interview/next", INTERVIEW, 1), ("GET", "/index.html", None, 1)]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "index.html").write_text("<!doctype html><p>de site</p>", encoding="utf-8")
    (site / "wetten").mkdir()
    (site / "wetten" / "a.html").write_text("<p>a</p>", encoding="utf-8")
    (site.parent / "geheim.txt").write_text("root:x:0:0 geheim", encoding="utf-8")  # just outside the site
    port = _free_port()
    log = (tmp_path_factory.getbasetemp() / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "wetgraaf.cli", "dienst", "--port", str(port), "--site", str(site)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path_factory.getbasetemp())
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"wetgraaf dienst stopped: {Path(log.name).read_text()[-2000:]}")
            try:
                if httpx.get(base + "/api/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("wetgraaf dienst did not answer within 120 s")
            time.sleep(0.2)
        yield {"base": base, "port": port, "proc": proc, "site": site}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def _load(base: str, n: int) -> dict:
    plan = [item for item in MIX for _ in range(item[3])]
    latencies: list[float] = []
    failures: list[str] = []
    next_index = 0

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal next_index
        while next_index < n:
            i = next_index
            next_index += 1
            method, path, body, _ = plan[i % len(plan)]
            start = time.perf_counter()
            try:
                r = await http.request(method, path, json=body)
                ok = r.status_code == 200 and (path == "/index.html" or "fouten" not in r.json())
                if not ok:
                    failures.append(f"{method} {path}: {r.status_code} {r.text[:200]}")
            except httpx.HTTPError as exc:
                failures.append(f"{method} {path}: {type(exc).__name__}: {exc}")
            latencies.append(time.perf_counter() - start)

    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await asyncio.wait_for(asyncio.gather(*(client(http) for _ in range(CLIENTS))), DEADLINE)
    took = time.perf_counter() - start
    return {"requests": len(latencies), "failures": failures, "seconds": took,
            "per_second": len(latencies) / took, "p50_ms": 1000 * _percentile(latencies, 50),
            "p95_ms": 1000 * _percentile(latencies, 95), "p99_ms": 1000 * _percentile(latencies, 99),
            "max_ms": 1000 * max(latencies)}


def _run_in_own_thread(coro_fn, *args):
    """asyncio.run in a fresh thread: another test (Playwright's sync API) may leave an event loop on this one."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(coro_fn(*args))).result()


def test_load_without_failures(server, tmp_path_factory):
    result = _run_in_own_thread(_load, server["base"], REQUESTS)
    report = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in result.items() if k != "failures"}
    report["failures"] = len(result["failures"])
    report["clients"] = CLIENTS
    print(f"\nload: {json.dumps(report)}")
    (tmp_path_factory.getbasetemp() / "load-report.json").write_text(json.dumps(report, indent=2))
    assert result["requests"] == REQUESTS
    assert not result["failures"], "\n".join(result["failures"][:10])
    assert server["proc"].poll() is None, "the server stopped"


# -- hostile shapes mixed into normal traffic (issue 16) -------------------------------------------------------------

MIB = 1024 * 1024


def _hostile() -> list[tuple[str, bytes, tuple[int, ...]]]:
    """(name, raw JSON body, statuses it may get): the shapes that once froze or grew the service."""
    def body(**extra) -> bytes:
        return json.dumps(dict(GEZINSLID, **extra), ensure_ascii=False).encode()

    many = [f"gezinslid(k{i}, cliënt)" for i in range(99)]
    largest = dict(GEZINSLID, personen={**{f"k{i}": {"jeugdwet.geboortedatum": "2013-06-20"} for i in range(99)},
                                        "cliënt": {}}, vragen=(many * 2)[:100], feiten={})
    return [
        ("te groot", b'{"vragen": ["' + b"x" * (MIB + 100) + b'"]}', (413,)),
        ("diep genest", b'{"feiten": ' + b"[" * (MIB // 2 - 20) + b"]" * (MIB // 2 - 20) + b"}", (400,)),
        ("open string van \\\"", b'{"naam": "' + b'\\"' * (MIB // 3 - 10), (422,)),
        ("20 000 vragen", body(vragen=["gezinslid(kind, cliënt)"] * 20_000), (422,)),
        ("recht( + spaties", body(vragen=["recht(" + " " * (MIB - 1000)]), (400,)),
        ("1e99999999 als bedrag", body(feiten={"inkomen(kind)": "1e99999999"}), (400,)),
        # answered, or stopped at the time limit when the machine gives its process too little of a core
        ("grootste toegestane", json.dumps(largest, ensure_ascii=False).encode(), (200, 503)),
    ]


async def _mixed(base: str, normal_clients: int, normal_n: int, hostile_clients: int) -> dict:
    """Normal clients send the MIX one request after another; hostile clients send the hostile shapes in turn
    until the normal ones are done. Latencies are kept per kind."""
    shapes = _hostile()
    lat: dict[str, list[float]] = {"normaal": [], "vijandig": []}
    per_shape: dict[str, list[float]] = {name: [] for name, _, _ in shapes}
    failures: list[str] = []
    plan = [item for item in MIX for _ in range(item[3])]
    remaining = normal_n
    done = asyncio.Event()

    async def normal(http: httpx.AsyncClient) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            method, path, body, _ = plan[remaining % len(plan)]
            start = time.perf_counter()
            r = await http.request(method, path, json=body)
            lat["normaal"].append(time.perf_counter() - start)
            if r.status_code != 200:
                failures.append(f"normaal {method} {path}: {r.status_code} {r.text[:200]}")
        done.set()

    async def hostile(http: httpx.AsyncClient, first: int) -> None:
        i = first
        while not done.is_set():
            name, raw, allowed = shapes[i % len(shapes)]
            i += 1
            start = time.perf_counter()
            r = await http.post("/api/explain", content=raw, headers={"content-type": "application/json"})
            took = time.perf_counter() - start
            lat["vijandig"].append(took)
            per_shape[name].append(took)
            if r.status_code not in allowed or (r.status_code != 200 and not r.json().get("fouten")):
                failures.append(f"vijandig {name}: {r.status_code} {r.text[:200]}")

    limits = httpx.Limits(max_connections=normal_clients + hostile_clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await asyncio.wait_for(asyncio.gather(*[normal(http) for _ in range(normal_clients)],
                                              *[hostile(http, k) for k in range(hostile_clients)]), DEADLINE)
    out = {"failures": failures}
    for kind, values in lat.items():
        if not values:
            continue
        out[kind] = {"n": len(values), "p50_ms": round(1000 * _percentile(values, 50), 1),
                     "p95_ms": round(1000 * _percentile(values, 95), 1),
                     "p99_ms": round(1000 * _percentile(values, 99), 1), "max_ms": round(1000 * max(values), 1)}
    out["per_vorm_p50_ms"] = {k: round(1000 * _percentile(v, 50), 1) for k, v in per_shape.items() if v}
    return out


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_loop(n: int = 2_000_000) -> int:
    """A fixed piece of pure-Python work, about 0.2 s of processor time."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _slowdown(rounds: int = 3) -> dict:
    """How much slower this machine runs a fixed CPU loop now than its processor time: wall time over processor
    time (thread time, so the other threads of this process do not count), the median of a few rounds. 1.0 when a
    core is free; with other processes on every core it is about the share of a core they leave, which is what the
    service, busy with four clients, gets too. The load average beside it."""
    ratios = []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.thread_time()
        _cpu_loop()
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        ratios.append(wall / max(cpu, 1e-6))
    ratios.sort()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"vertraging": round(ratios[len(ratios) // 2], 2), "load_1min": round(load, 1), "cores": os.cpu_count()}


P99_MS = 200  # issue 16: the normal requests' p99 amid hostile traffic
OVERLOADED = 1.25  # a slowdown over this is other processes' work, not the service's: the bound scales with it
NORMAL = 600  # normal requests per run: the p99 is the sixth slowest, and the hostile client gets through its shapes


def test_hostile_requests_do_not_slow_the_normal_ones(server):
    """Four normal clients (status, evaluate, missing, interview, a page, one after another) beside a client that
    sends nothing but the hostile shapes, one after another: a body over 1 MiB, half a MiB of '[', an open string of
    escaped quotes, 20 000 questions, a question of a MiB of spaces, 1e99999999 as an amount, and the largest request
    the caps accept (the large bodies served in a process of their own). Every hostile request gets its located
    answer; the normal ones keep p99 ≤ 200 ms; afterwards the server is idle within a second and has not grown.

    On two shared cores the test measures the service, not the machine: a few clients, not a flood (50 clients would
    measure queueing). The machine's load is measured in the same test, before and after the traffic: the slowdown of
    a fixed CPU loop (wall time over processor time, 1.0 when a core is free). When the
    machine is overloaded by other processes (slowdown over 1.25) the 200 ms bound is multiplied by that slowdown;
    the slowdown, the load average and the bound that applied are printed, as are p50/p95/p99 of the normal requests
    alone and amid the hostile ones."""
    if not Path(f"/proc/{server['proc'].pid}/stat").exists():
        pytest.skip("no /proc to read the server's processor time and memory from")
    pid = server["proc"].pid
    _run_in_own_thread(_mixed, server["base"], 4, 100, 0)  # warm: every situation compiled, pages cached
    machine_before = _slowdown()
    alone = _run_in_own_thread(_mixed, server["base"], 4, NORMAL, 0)
    rss_before = _rss_mib(pid)
    mixed = _run_in_own_thread(_mixed, server["base"], 4, NORMAL, 1)
    answered = time.monotonic()
    cpu = _cpu_seconds(pid)
    time.sleep(max(0.0, answered + 1.0 - time.monotonic()))
    cpu_first = _cpu_seconds(pid) - cpu
    cpu = _cpu_seconds(pid)
    time.sleep(1.0)
    cpu_idle = _cpu_seconds(pid) - cpu
    rss_after = _rss_mib(pid)
    machine_after = _slowdown()
    print(f"\nmachine: voor {json.dumps(machine_before)}, na {json.dumps(machine_after)}")
    print(f"normaal alleen: {json.dumps(alone['normaal'])}")
    print(f"normaal met vijandig: {json.dumps(mixed['normaal'])}")
    print(f"vijandig: {json.dumps(mixed['vijandig'])}; p50 per vorm (ms): {json.dumps(mixed['per_vorm_p50_ms'])}")
    print(f"daarna: {cpu_first * 1000:.0f} ms processortijd in de eerste seconde, {cpu_idle * 1000:.0f} ms in de "
          f"volgende; geheugen {rss_before:.0f} -> {rss_after:.0f} MiB")
    assert not mixed["failures"], "\n".join(mixed["failures"][:10])
    assert mixed["vijandig"]["n"] >= len(_hostile()), "too few hostile requests to mean anything"
    slowdown = (machine_before["vertraging"] + machine_after["vertraging"]) / 2
    bound = P99_MS * slowdown if slowdown > OVERLOADED else P99_MS
    print(f"grens voor p99 normaal: {bound:.0f} ms" + (
        f" (de machine is overbelast: {P99_MS} ms maal de gemeten vertraging {slowdown:.2f})" if bound != P99_MS
        else f" (de machine is niet overbelast: vertraging {slowdown:.2f})"))
    assert mixed["normaal"]["p99_ms"] <= bound, (mixed["normaal"], alone["normaal"], machine_before, machine_after)
    assert cpu_idle < 0.1, "the server still computes a second after the last answer"
    assert rss_after - rss_before < 200, "the hostile requests grew the server"
    assert server["proc"].poll() is None


def test_a_body_over_one_mebibyte_is_refused_as_json(server):
    big = dict(GEZINSLID, naam="x" * (1024 * 1024 + 10))
    r = httpx.post(server["base"] + "/api/evaluate", json=big, timeout=30)
    assert r.status_code == 413 and r.json()["fouten"][0]["code"] == "WG-API-001"
    # the same without a Content-Length (chunked): refused while reading
    chunks = (b"x" * 65536 for _ in range(20))
    r = httpx.post(server["base"] + "/api/evaluate", content=chunks, timeout=30,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["fouten"][0]["code"] == "WG-API-001"


def test_deep_nesting_is_refused(server):
    body = b'{"peildatum": "2026-01-01", "vragen": ["x"], "feiten": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    r = httpx.post(server["base"] + "/api/evaluate", content=body, headers={"content-type": "application/json"},
                   timeout=30)
    assert r.status_code == 400 and r.json()["fouten"][0]["code"] == "WG-API-002"


def test_an_evaluation_over_the_caps_is_refused_before_it_starts_and_the_server_keeps_serving(server):
    """20 000 questions (about 0.6 MB, within the body limit) once ran 27 s at 1.6 GB; now the cap on questions
    refuses them before anything is evaluated (the time limit itself: tests/service/test_werklimieten.py)."""
    slow = dict(GEZINSLID, vragen=["gezinslid(kind, cliënt)"] * 20_000)
    start = time.monotonic()
    r = httpx.post(server["base"] + "/api/explain", json=slow, timeout=60)
    assert r.status_code == 422, r.text[:300]
    assert r.json()["fouten"][0]["code"] == "WG-API-011" and r.json()["fouten"][0]["veld"] == "body.vragen"
    assert time.monotonic() - start < 10
    for _ in range(5):
        ok = httpx.post(server["base"] + "/api/evaluate", json=GEZINSLID, timeout=30)
        assert ok.status_code == 200 and ok.json()["antwoorden"][0]["waarde"] is True
    assert server["proc"].poll() is None


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """A GET with the request target sent exactly as written (an HTTP client would normalise the dots)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
            if len(data) > 1_000_000:
                break
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize("target", [
    "/../../etc/passwd", "/../geheim.txt", "/wetten/../../geheim.txt", "/%2e%2e/%2e%2e/etc/passwd",
    "/%2e%2e/geheim.txt", "/..%2f..%2fetc%2fpasswd", "/..%2fgeheim.txt", "/%252e%252e/%252e%252e/etc/passwd",
    "/..%5c..%5cetc%5cpasswd", "/....//....//etc/passwd", "/wetten/%2e%2e/%2e%2e/geheim.txt", "//etc/passwd",
    "/%00../etc/passwd", "/etc/passwd", "/api/../../etc/passwd", "/api/graph/node/..%2f..%2fetc%2fpasswd",
])
def test_no_path_traversal(server, target):
    status, body = _raw_get(server["port"], target)
    assert status in (400, 404), (status, body[:200])
    assert b"root:" not in body and b"geheim" not in body


def test_the_site_itself_is_served(server):
    assert _raw_get(server["port"], "/wetten/a.html") == (200, b"<p>a</p>")


def test_it_listens_on_127_0_0_1_only(server):
    """The listening socket of the port is bound to 127.0.0.1 (never 0.0.0.0 or another interface)."""
    hexport = f"{server['port']:04X}"
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().split("\n")[1:]:
            parts = line.split()
            if len(parts) > 3 and parts[1].endswith(":" + hexport) and parts[3] == "0A":  # 0A = LISTEN
                listening.append(parts[1].split(":")[0])
    if not listening:
        pytest.skip("no /proc/net/tcp to read the listening address from")
    assert listening == ["0100007F"], listening  # 127.0.0.1, little-endian hex


def test_user_text_is_never_evaluated_as_python(server):
    for text in ("__import__('os').system('touch /tmp/wetgraaf-pwned')", "{{7*7}}", "${7*7}", "eval('1+1')"):
        body = dict(GEZINSLID, vragen=[text], naam=text, feiten={text: text})
        r = httpx.post(server["base"] + "/api/evaluate", json=body, timeout=30)
        assert r.status_code in (400, 422) and "49" not in r.text
    assert not Path("/tmp/wetgraaf-pwned").exists()


def test_an_idle_connection_outlives_a_clients_keep_alive(server):
    """A connection idle for longer than httpx keeps one for reuse (5 s) is still open: with uvicorn's default
    keep-alive of 5 s the server closed it at the moment a client sent its next request on it, and that request
    failed (a ReadError once in 1 000 requests under load)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=10)
    try:
        conn.request("GET", "/api/status")
        first = conn.getresponse()
        first.read()
        assert first.status == 200
        time.sleep(6)
        conn.request("GET", "/api/status")  # the same socket: http.client does not reconnect on its own here
        again = conn.getresponse()
        again.read()
        assert again.status == 200
    finally:
        conn.close()
