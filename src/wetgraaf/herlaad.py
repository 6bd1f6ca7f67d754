"""`wetgraaf dienst --herlaad`: rebuild the site when a law file, an amendment, a scenario, mkdocs.yml or docs/
changes, and make the open pages reload.

A watcher thread compares the files' sizes and modification times every half second; when they changed and then
stayed still for a moment (an editor saving several files), it rebuilds the site incrementally (only the pages
whose inputs changed are rendered again, site/incremental.py) into the served folder, which is swapped in
atomically. The build id (`GET /__herlaad`, JSON) changes after every successful build; a failed build keeps the
previous site and reports its first error there. Every HTML page the server sends gets a small script that asks
for the build id every second and reloads the page when it changed (and shows the error of a failed build).

The wrapping is plain ASGI around the app of wetgraaf/server.py, so the question service itself is unchanged.
Note: the question service keeps answering from the corpus it was started with; only the site is rebuilt.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Callable, Optional

from .taal import bericht, taal, tekst, van_fout

PATH = "/__herlaad"
SCRIPT = """<script>/* wetgraaf dienst --herlaad */(function(){var id=null;function poll(){
fetch("%s",{cache:"no-store"}).then(function(r){return r.json()}).then(function(d){
if(id===null){id=d.bouw}else if(d.bouw!==id){location.reload();return}
var b=document.getElementById("wg-herlaad-fout");if(d.fout){if(!b){b=document.createElement("div");
b.id="wg-herlaad-fout";b.style.cssText="position:fixed;bottom:0;left:0;right:0;z-index:9;padding:.5em 1em;"+
"background:#b00020;color:#fff;font:14px monospace;white-space:pre-wrap";document.body.appendChild(b)}
b.textContent="De site is niet opnieuw gebouwd: "+d.fout}else if(b){b.remove()}
setTimeout(poll,1000)}).catch(function(){setTimeout(poll,2000)})}poll()})();</script>""" % PATH


class Rebuilder:
    """Watches the inputs of the site and rebuilds it on a change; `build_id` names the last good build."""

    def __init__(self, site_dir: Path, corpus: Optional[Path] = None, config: Optional[Path] = None,
                 build: Optional[Callable[[], object]] = None, echo: Callable[[str], None] = print) -> None:
        from .cli_site import config_file
        from .parser.corpus import default_root

        self.site_dir = Path(site_dir)
        self.corpus = Path(corpus) if corpus is not None else None
        self.config = config_file(config)
        self.echo = echo
        self.taal = taal()  # the watcher thread does not inherit the command's chosen language
        self.watched = [self.corpus or default_root()]
        if self.config is not None:
            self.watched += [self.config, self.config.resolve().parent / "docs"]
        self._build = build or self._build_site
        self.build_id = self._id()
        self.error: Optional[str] = None
        self._seen = self.snapshot()
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def _id(self) -> str:
        from .site.incremental import MANIFEST

        try:
            stat = (self.site_dir / MANIFEST).stat()
            return f"{stat.st_mtime_ns:x}"
        except OSError:
            return f"{time.time_ns():x}"

    def snapshot(self) -> dict[str, tuple[int, int]]:
        """Size and modification time of every watched file."""
        out: dict[str, tuple[int, int]] = {}
        for root in self.watched:
            paths = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file())
            for p in paths:
                if "__pycache__" in p.parts:
                    continue
                try:
                    st = p.stat()
                except OSError:
                    continue
                out[str(p)] = (st.st_size, st.st_mtime_ns)
        return out

    def _build_site(self) -> object:
        from .cli_site import build_site

        stats: list = []
        build_site(self.site_dir, self.corpus, self.config, strict=True, echo=False, stats=stats, taal=self.taal)
        return stats[0] if stats else None

    def check_once(self, settle: float = 0.0) -> bool:
        """Rebuild when a watched file changed since the last look. Returns whether a build was attempted."""
        now = self.snapshot()
        if now == self._seen:
            return False
        if settle:
            while True:  # wait until the editor has finished writing
                time.sleep(settle)
                again = self.snapshot()
                if again == now:
                    break
                now = again
        self._seen = now
        self.echo(tekst(bericht("opdracht.herlaad.gewijzigd"), self.taal))
        start = time.perf_counter()
        try:
            stats = self._build()
        except Exception as exc:  # any failure keeps the previous site; the message goes to the page
            from .atomic import OutputRefused
            from .cli_site import SiteBuildError

            if not isinstance(exc, (SiteBuildError, OutputRefused)):
                raise
            if isinstance(exc, SiteBuildError):  # its first line only says that it stopped: the first reason
                said = str(tekst((exc.reasons or [exc.first])[0], self.taal))
            else:  # a refusal's catalogue message in the watcher's language
                said = str(tekst(van_fout(exc), self.taal)).split("\n", 1)[0]
            self.error = said or type(exc).__name__
            self.echo(tekst(bericht("opdracht.herlaad.niet_gebouwd", fout=self.error), self.taal))
            return True
        self.error = None
        self.build_id = self._id()
        rendered = len(getattr(stats, "rendered", []) or [])
        self.echo(tekst(bericht("opdracht.herlaad.gebouwd", s=time.perf_counter() - start, n=rendered), self.taal))
        return True

    def start(self, interval: float = 0.5) -> None:
        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.check_once(settle=0.3)
                except Exception as exc:  # keep watching; say what went wrong
                    self.error = bericht("opdracht.herlaad.interne_fout", fout=van_fout(exc))
                    self.echo(tekst(bericht("opdracht.herlaad.melding", fout=self.error), self.taal))

        self._thread = threading.Thread(target=loop, name="wetgraaf-herlaad", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


def wrap(app, rebuilder: Rebuilder):
    """The app with the build-id endpoint and the reload script in every HTML page (plain ASGI)."""

    async def asgi(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        if scope["path"] == PATH:
            body = json.dumps({"bouw": rebuilder.build_id, "fout": rebuilder.error}).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"), (b"cache-control", b"no-store"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return None
        start: dict = {}
        chunks: list[bytes] = []

        async def send_html(message):
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if message.get("status") == 200 and scope["method"] == "GET" \
                        and headers.get(b"content-type", b"").startswith(b"text/html"):
                    start.update(message)
                    return None
                return await send(message)
            if not start:
                return await send(message)
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return None
            html = b"".join(chunks)
            i = html.rfind(b"</body>")
            script = SCRIPT.encode()
            html = html[:i] + script + html[i:] if i >= 0 else html + script
            headers = [(k, v) for k, v in start.get("headers", [])
                       if k.lower() not in (b"content-length", b"etag", b"last-modified")]
            headers.append((b"content-length", str(len(html)).encode()))
            headers.append((b"cache-control", b"no-store"))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": html})
            return None

        if scope["method"] == "GET" and not scope["path"].startswith("/api/"):
            # Pages come uncompressed, so the script can be put in (the app compresses for clients that accept it;
            # a local reload loop does not need that).
            scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"accept-encoding"]}
        return await app(scope, receive, send_html)

    return asgi


__all__ = ["Rebuilder", "wrap", "PATH", "SCRIPT"]
