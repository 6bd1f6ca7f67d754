"""`wetgraaf dienst --herlaad` in a real browser: an open page reloads by itself after a docs page is saved.
A small site (a tiny corpus and two docs pages) keeps the builds short."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

from test_site_incremental import _small_site  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_open_page_reloads_after_a_save(page, tmp_path: Path, shot) -> None:
    import urllib.request

    import uvicorn

    from wetgraaf.cli_site import build_site
    from wetgraaf.herlaad import PATH, Rebuilder, wrap
    from wetgraaf.server import create_app

    root, docs, config = _small_site(tmp_path)
    out = tmp_path / "site"
    build_site(out, root, config, strict=True, echo=False)
    rb = Rebuilder(out, root, config, echo=lambda m: None)
    rb.start(interval=0.3)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(wrap(create_app(out, root), rb), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.1)
        with page.expect_response(lambda r: PATH in r.url):  # the reload script has the build id
            page.goto(base + "b.html")
        assert "Tekst." in page.inner_text("article")
        (docs / "b.md").write_text("# B\n\n## Sectie\n\nNa het opslaan.\n", encoding="utf-8")
        page.wait_for_selector("text=Na het opslaan.", timeout=240_000)
        shot(page, "herlaad-na-opslaan")
        # The reloaded page's search worker loads its scripts after the text shows; the server must outlive that,
        # or the worker's unfinished script loads are reported as script errors when the server stops.
        page.wait_for_load_state("networkidle")
        with urllib.request.urlopen(base + PATH.lstrip("/")) as r:
            assert b'"fout": null' in r.read()
    finally:
        rb.stop()
        server.should_exit = True
        thread.join(timeout=10)
