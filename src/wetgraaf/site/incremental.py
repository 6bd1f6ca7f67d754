"""Incremental site builds: a page whose inputs did not change since the previous build is not rendered again;
its HTML is copied from the previous build.

mkdocs renders every page twice over (Markdown to HTML, then the theme's template with the whole navigation), and
that is most of a build. Each page's output is a function of

- its own Markdown source and its address,
- the navigation (structure and titles: every page shows it) and the set of files of the site (links resolve
  against it),
- the configuration and the code that renders (wetgraaf, mkdocs, the theme, the plugin's assets),
- the language of the site and of its theme (`wetgraaf --taal en site`): switching it renders every page.

The previous build keeps a manifest (MANIFEST, inside the build folder, beside the build mark) with, per page, the
key of those inputs, the sha256 of the HTML written, the page's title, its anchors, the anchors it links to on
other pages and its search-index entries. A page whose key is in the manifest is not rendered: its HTML is copied
from the previous build (after checking its hash, so a file edited by hand is rendered again; or, for a build made
earlier in this process, that the file is still the one it wrote: _SEEN), its search entries
are added in the same place in the index, its title and anchors stand in for the rendered ones. The anchors it
links to are checked against the pages as they are now; a page with a link that no longer resolves, or that
logged a warning when it was rendered, is rendered again, so mkdocs reports it exactly as in a full build. When
the navigation, the set of files, the configuration or the code changed, every page is rendered.

The result is the same tree, byte for byte, as a full build (tests/site/test_site_incremental.py checks it).
Everything else a build does (generating the pages from the corpus, static files, the search index, the sitemap)
runs as in a full build. mkdocs has no hook to skip a page, so the two page steps of `mkdocs.commands.build` are
wrapped for the duration of one build (a mkdocs version other than the one this was written against gives a
full build).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Iterator

from .woorden import site_taal

MANIFEST = ".wetgraaf-paginas.json"
_FORMAT = 1
_SUPPORTED_MKDOCS = ("1.6.",)


@dataclass
class Stats:
    """What an incremental build did: pages rendered, pages reused, and why everything was rendered (if so)."""

    rendered: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    reason: str = ""  # why no page could be reused ('' when some could)
    seconds: float = 0.0


def code_key(config_file: Path | None) -> str:
    """The code and configuration every page depends on."""
    h = hashlib.sha256(f"{_FORMAT}|{version('wetgraaf')}|{version('mkdocs')}|{version('mkdocs-material')}|"
                       f"{version('markdown')}".encode())
    here = Path(__file__).parent
    for src in sorted(here.glob("*.py")) + sorted(p for p in (here / "assets").rglob("*") if p.is_file()):
        h.update(src.name.encode())
        h.update(src.read_bytes())
    if config_file is not None and Path(config_file).is_file():
        h.update(Path(config_file).read_bytes())
    return h.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(previous: Path | None) -> dict:
    if previous is None:
        return {}
    try:
        data = json.loads((previous / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else {}


class _Reuse:
    """The state of one build: the previous manifest, the global key, and what each page did."""

    def __init__(self, previous: Path | None, out: Path, code: str) -> None:
        self.previous = previous
        self.out = out
        self.code = code
        self.old = _read_manifest(previous)
        self.pages: dict[str, dict] = {}  # src_uri -> new manifest entry
        self.skipped: dict[str, dict] = {}  # src_uri -> old entry of a page not rendered
        self.dest: dict[str, Path] = {}  # src_uri -> its file in this build
        self.seen: dict[str, list[int]] = {}  # src_uri -> stat of its checked file in the previous build
        self.global_key: str | None = None
        self.checked = False
        self.stats = Stats()

    # -- keys ---------------------------------------------------------------------------------------------------
    def _global(self, config, files) -> str:
        # The language of the site (its own words) and of the theme (its words, the html lang attribute): a page
        # built in Dutch is never reused in an English build, nor the other way round.
        taal = f"{site_taal()}|{config.theme.get('language')}"
        nav = json.dumps(config.nav, ensure_ascii=False, sort_keys=True, default=str)
        uris = "\n".join(sorted(f.src_uri for f in files))
        titles = []
        for f in files.documentation_pages():
            titles.append(f.src_uri + "\0" + _first_heading(_source(f)))
        return _sha("\n".join([self.code, taal, nav, uris, *titles]).encode())

    def key(self, page, config, files) -> str:
        if self.global_key is None:
            self.global_key = self._global(config, files)
            if not self.old:
                self.stats.reason = "geen vorige bouw met een paginaregister"
            elif self.old.get("global") != self.global_key:
                self.stats.reason = "navigatie, bestanden, configuratie of code gewijzigd"
        return _sha(f"{self.global_key}\0{page.file.src_uri}\0".encode() + _source(page.file).encode())

    # -- the two wrapped steps ----------------------------------------------------------------------------------
    def populate(self, original, page, config, files, dirty=False) -> None:
        key = self.key(page, config, files)
        old = self.old.get("pages", {}).get(page.file.src_uri) if self.old.get("global") == self.global_key else None
        if old and old.get("key") == key and not old.get("warned") and self._previous_ok(page, old):
            page.read_source(config)
            page._title_from_render = old["title"]
            page.present_anchor_ids = set(old["anchors"])
            page.content = ""
            self.skipped[page.file.src_uri] = old
            self.pages[page.file.src_uri] = old
            return
        self._render(original, page, config, files, dirty, key)

    def _render(self, original, page, config, files, dirty, key) -> None:
        counter = _Counter()
        logging.getLogger("mkdocs").addHandler(counter)
        try:
            original(page, config, files, dirty)
        finally:
            logging.getLogger("mkdocs").removeHandler(counter)
        links = {f.src_uri: sorted(a) for f, a in (page.links_to_anchors or {}).items()}
        self.pages[page.file.src_uri] = {"key": key, "title": page._title_from_render,
                                         "anchors": sorted(page.present_anchor_ids or ()), "links": links,
                                         "warned": counter.count > 0}

    def _previous_ok(self, page, old: dict) -> bool:
        """The page in the previous build is the HTML written for it (not edited by hand since): the file's size,
        modification time (ns) and inode as a build in this process recorded them (_SEEN), else the hash of its
        bytes."""
        path = self.previous / page.file.dest_uri
        try:
            seen = _stat(path)  # before reading: a write after it gives another time, which write_manifest sees
            sha = str(old.get("sha"))
            ok = seen == _SEEN.get((page.file.src_uri, sha)) or _sha(path.read_bytes()) == sha
        except OSError:
            return False
        if ok:
            self.seen[page.file.src_uri] = seen
        return ok

    def build(self, original_build, original_populate, page, config, doc_files, nav, env, dirty=False,
              excluded=False) -> None:
        if not self.checked:
            self.checked = True
            self._recheck(original_populate, config, doc_files)
        uri = page.file.src_uri
        search = _search_index(config)
        if uri in self.skipped:
            old = self.skipped[uri]
            dest = Path(page.file.abs_dest_path)
            dest.parent.mkdir(parents=True, exist_ok=True)
            _place(self.previous / page.file.dest_uri, dest)
            self.dest[uri] = dest
            if search is not None:
                search.entries.extend(old.get("search", []))
            self.stats.reused.append(uri)
            return
        before = len(search.entries) if search is not None else 0
        original_build(page, config, doc_files, nav, env, dirty, excluded)
        entry = self.pages[uri]
        entry["search"] = search.entries[before:] if search is not None else []
        try:
            entry["sha"] = _sha(Path(page.file.abs_dest_path).read_bytes())
        except OSError:
            entry["sha"] = ""
        self.dest[uri] = Path(page.file.abs_dest_path)
        self.stats.rendered.append(uri)

    def _recheck(self, original_populate, config, doc_files) -> None:
        """A page not rendered links to anchors on other pages: where one is gone now, render it after all."""
        from mkdocs.structure.files import Files

        files = Files(list(doc_files))
        anchors = {f.src_uri: (f.page.present_anchor_ids or set()) for f in doc_files if f.page is not None}
        for f in doc_files:
            old = self.skipped.get(f.src_uri)
            if old is None:
                continue
            if any(a not in anchors.get(target, set()) for target, links in old["links"].items() for a in links):
                del self.skipped[f.src_uri]
                f.page.content = None
                f.page._title_from_render = None
                self._render(original_populate, f.page, config, files, False, old["key"])

    def _stat_now(self, uri: str) -> list[int] | None:
        """The stat to recognise the page by in the next build. A page taken from the previous build shares its
        file (a hard link) with the site being served: recorded only when the file is as it was seen and checked."""
        now = _stat_or_none(self.dest[uri])
        if uri in self.skipped and self.seen.get(uri) != now:
            return None
        return now

    def write_manifest(self) -> None:
        # Each page's stat as it is now, for the next build in this process: the build folder is still this build's
        # own (swapped in after), so the file is the HTML whose hash is recorded. A stat names one file (its inode)
        # as it was last written, wherever the folder is moved; a file replaced or written since has another.
        seen: dict[tuple[str, str], list[int]] = {}
        for uri, entry in self.pages.items():
            found = self._stat_now(uri) if uri in self.dest else None
            if found is not None and entry.get("sha"):
                seen[(uri, entry["sha"])] = found
        _SEEN.clear()
        _SEEN.update(seen)
        data = {"format": _FORMAT, "global": self.global_key, "pages": self.pages}
        # key order kept: the search entries are written back into the index as they were
        (self.out / MANIFEST).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# (page uri, sha256 of its HTML) -> the stat of the file a build in this process wrote or checked with that HTML
_SEEN: dict[tuple[str, str], list[int]] = {}


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _stat_or_none(path: Path) -> list[int] | None:
    """The stat to recognise the file by in the next build; None (hash it then) while its modification time is
    recent: file times advance in coarse ticks, so an edit soon after the write could keep the same time. Two
    seconds after its last write, any later write gives it a later time."""
    try:
        found = _stat(path)
    except OSError:
        return None
    return found if time.time_ns() - found[1] > 2_000_000_000 else None


def _place(src: Path, dest: Path) -> None:
    """Put a page of the previous build into the new one: a hard link where the file system allows (no bytes
    copied; nothing writes into a built page, and the previous build is removed after the swap), else a copy."""
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _source(f) -> str:
    """A page's Markdown as mkdocs reads it (generated pages carry it in memory)."""
    try:
        return f.content_string
    except (OSError, ValueError):
        return ""


def _first_heading(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("# ") or line.startswith("title:"):
            return line
    return ""


def _search_index(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and getattr(plugin, "search_index", None) is not None:
            return plugin.search_index
    return None


@contextlib.contextmanager
def reuse_pages(previous: Path | None, out: Path, config_file: Path | None) -> Iterator[Stats]:
    """Within this block, `mkdocs.commands.build.build` into `out` reuses the unchanged pages of the build in
    `previous` (a folder wetgraaf built, or None for a full build) and writes a manifest for the next build."""
    from mkdocs.commands import build as mk

    start = time.perf_counter()
    if not version("mkdocs").startswith(_SUPPORTED_MKDOCS):
        stats = Stats(reason=f"mkdocs {version('mkdocs')} wordt niet ondersteund voor een gedeeltelijke bouw")
        yield stats
        return
    state = _Reuse(previous, out, code_key(config_file))
    populate, build = mk._populate_page, mk._build_page
    mk._populate_page = lambda page, config, files, dirty=False: state.populate(populate, page, config, files, dirty)
    mk._build_page = lambda page, config, doc_files, nav, env, dirty=False, excluded=False: state.build(
        build, populate, page, config, doc_files, nav, env, dirty, excluded)
    try:
        yield state.stats
        state.write_manifest()
    finally:
        mk._populate_page, mk._build_page = populate, build
        state.stats.seconds = time.perf_counter() - start
