"""Fixtures for the browser tests: the site (built once per test run, shared with tests/site/test_site.py), `wetgraaf
serve` on a free localhost port, and Debian's chromium driven by Playwright (no browser download: CI installs
the chromium package). Screenshots go to test-artifacts/."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_site import built_site

    return built_site(tmp_path_factory)


@pytest.fixture(scope="session")
def server(site_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """`wetgraaf dienst` on 127.0.0.1 at a free port; yields its base URL."""
    port = _free_port()
    log_path = tmp_path_factory.getbasetemp() / "serve.log"  # this worker's: the site folder is shared
    log = log_path.open("w")
    # The browser tests test the pages, not the time limit (tests/service/test_werklimieten.py does): on two cores shared
    # with the other test worker, a first answer can take longer than the 2 s a user gets.
    proc = subprocess.Popen([sys.executable, "-m", "wetgraaf.cli", "dienst", "--port", str(port), "--site",
                             str(site_dir), "--no-build", "--tijdslimiet", "30"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(base + "api/status", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("wetgraaf dienst did not start:\n" + log_path.read_text())
        time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: install Debian's chromium package (scripts/test.sh does, as "
                    "root) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    """A fresh page that records every request; the test fails if one leaves this machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    context.set_default_timeout(45_000)
    pg = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}-end.png"))
    finally:
        context.close()
    outside = [u for u in requests if not u.startswith(("http://127.0.0.1:", "file://", "data:", "blob:", "about:"))]
    assert not outside, f"requests that left this machine: {outside}"
    assert not errors, f"script errors: {errors}"


def _shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))


@pytest.fixture
def shot():
    """shot(page, name): a screenshot into test-artifacts/."""
    return _shot
