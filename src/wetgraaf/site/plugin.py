"""The mkdocs plugin `wetgraaf`: generates the site's pages from the corpus at build time (nothing generated is
committed), sets the navigation, and adds the site's own CSS/JS and the vendored graph library.

    plugins:
      - search
      - wetgraaf:          # options (all optional)
          corpus: law      # corpus folder; default: $WETGRAAF_CORPUS, else the corpus shipped with wetgraaf

`mkdocs serve` also watches the corpus folder, so editing a law file rebuilds the site.
"""

from __future__ import annotations

import logging
import os
from importlib.resources import files as package_files
from pathlib import Path
from types import CodeType

import jinja2
import jinja2.bccache
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from ..core.errors import LawError, LawErrors
from ..taal import bericht, tekst
from .woorden import site_taal, vul_script, woord

log = logging.getLogger("mkdocs.plugins.wetgraaf")

# Reference documentation (written by hand in docs/), in the order the navigation shows it, with its title in the
# navigation: the catalogue's `site.docs.<key>` (the pages themselves stay Dutch).
DOCS: list[tuple[str, str, dict[str, str]]] = [
    ("wetsbestand.md", "wetsbestand", {}), ("semantiek.md", "semantiek", {}), ("scenarios.md", "scenarios", {}),
    ("json.md", "json", {}), ("architectuur.md", "architectuur", {}), ("fouten.md", "fouten", {}),
    ("robuustheid.md", "robuustheid", {}), ("prestaties.md", "prestaties", {}), ("wijzigingen.md", "wijzigingen", {}),
    ("wams-feiten.md", "feiten", {"wet": "Wams"}), ("wbmgp-feiten.md", "feiten", {"wet": "Wbmgp"}),
    ("opdrachten.md", "opdrachten", {}), ("lezingen.md", "lezingen", {})]
# The site's script, with its words from the catalogue (site/woorden.py vul_script).
SCRIPT = "assets/wetgraaf/wetgraaf.js"
ASSETS = {"assets/wetgraaf/wetgraaf.css": "wetgraaf.css",
          "assets/vendor/cytoscape.min.js": "vendor/cytoscape.min.js",
          "assets/vendor/LICENSE-cytoscape.txt": "vendor/LICENSE-cytoscape.txt",
          "assets/vendor/iframe-worker-shim.js": "vendor/iframe-worker-shim.js",
          "assets/vendor/LICENSE-iframe-worker.txt": "vendor/LICENSE-iframe-worker.txt"}
# Opened from disk (file://), mkdocs-material's search needs a Worker shim and the index as a script; its own
# 'offline' plugin would load the shim from a CDN, so the same shim (npm iframe-worker) is vendored here.
SHIM = "assets/vendor/iframe-worker-shim.js"
# The last: links found by a forward scan (site/mdlinks.py; the same HTML, a third less time on long pages).
EXTENSIONS = ("attr_list", "md_in_html", "admonition", "tables", "toc", "wetgraaf.site.mdlinks")


class WetgraafConfig(Config):
    corpus = c.Optional(c.Type(str))


class WetgraafPlugin(BasePlugin[WetgraafConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.build = None

    def _corpus(self) -> str | None:
        return self.config.corpus or os.environ.get("WETGRAAF_CORPUS") or None

    @event_priority(100)  # before the search plugin's: it reads the theme's language and its own when configured
    def on_config(self, config):
        from ..api import load
        from .build import generate, nav

        _set_language(config)
        config.use_directory_urls = False  # pages must also open from disk (file://)
        for ext in EXTENSIONS:
            if ext not in config.markdown_extensions:
                config.markdown_extensions.append(ext)
        config.extra_css.append("assets/wetgraaf/wetgraaf.css")
        config.extra_javascript.append("assets/vendor/cytoscape.min.js")
        config.extra_javascript.append("assets/wetgraaf/wetgraaf.js")
        polyfills = config.extra.setdefault("polyfills", [])
        if SHIM not in polyfills:
            polyfills.append(SHIM)
        try:
            wg = load(self._corpus())
            # Engines compile a definition when a scenario or report first asks for it (the answers are the same):
            # the pages evaluate a few dozen of each program's hundreds of definitions.
            wg.lazy_engines = True
            self.build = generate(wg)
        except (LawErrors, LawError) as exc:  # mkdocs shows its text: said here, in the reader's language
            errors = exc.errors if isinstance(exc, LawErrors) else [exc]
            raise PluginError("\n".join([tekst(bericht("zin.site.corpus_fouten"))] + [e.render() for e in errors])) \
                from None
        docs_dir = Path(config.docs_dir)
        docs = [(woord("site.nav.start"), "index.md")] if (docs_dir / "index.md").exists() else []
        docs += [(woord("site.docs." + key, **args), name) for name, key, args in DOCS if (docs_dir / name).exists()]
        known = {name for name, _, _ in DOCS} | {"index.md"}
        docs += [(p.stem, p.name) for p in sorted(docs_dir.glob("*.md")) if p.name not in known] \
            if docs_dir.is_dir() else []
        config.nav = nav(self.build, docs)
        return config

    def on_files(self, files: Files, config) -> Files:
        b = self.build
        for message in b.warnings:
            log.warning(message)
        pages = dict(b.pages)
        if files.get_file_from_path("index.md") is None:
            pages["index.md"] = _home(b)
        for uri, content in pages.items():
            if files.get_file_from_path(uri) is not None:
                log.warning(tekst(bericht("site.plugin.zelfde_naam", uri=uri)))
                continue
            files.append(File.generated(config, uri, content=content))
        from .build import graph_script
        from .pages_graph import GRAPH_SCRIPT

        files.append(File.generated(config, GRAPH_SCRIPT, content=graph_script(b)))
        root = package_files("wetgraaf.site") / "assets"
        files.append(File.generated(config, SCRIPT, content=vul_script((root / "wetgraaf.js").read_text(encoding="utf-8"))))
        for uri, name in ASSETS.items():
            files.append(File.generated(config, uri, abs_src_path=str(root / name)))
        return files

    def on_env(self, env, *, config, files):
        env.bytecode_cache = TEMPLATE_CODE  # the theme's templates compiled once per process, not once per build
        return env

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config) -> None:
        index = Path(config.site_dir) / "search" / "search_index.json"
        if index.is_file():
            text = index.read_text(encoding="utf-8")
            (index.parent / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
        self._let_go()  # see on_build_error

    def on_build_error(self, *, error) -> None:
        # mkdocs keeps this plugin (and its configuration) for the next build in the process (`dienst`, the
        # drafter's loop): holding the generated site would keep the whole corpus, its programs, graphs and
        # pages alive through the next build, which every garbage collection then walks again.
        self._let_go()

    def _let_go(self) -> None:
        # The corpus was loaded for this build alone: its engines and graphs are freed now (Wetgraaf.release),
        # not left to a full garbage collection.
        if self.build is not None:
            self.build.model.wg.release()
        self.build = None

    def on_serve(self, server, config, builder):
        from ..parser.corpus import default_root

        server.watch(str(Path(self._corpus() or default_root()).resolve()))
        return server


class _TemplateCode(jinja2.BytecodeCache):
    """The compiled code of the theme's templates, kept in memory for the next build in this process (mkdocs makes
    a new Jinja environment per build and compiles every template it renders again: 0.3 s of a one-article
    rebuild). Jinja reuses a code only for the same template file with the same source (its checksum); the key
    also holds what of the environment decides the compiled code (extensions, delimiters, autoescape, search
    path), so another configuration in the same process compiles its own."""

    def __init__(self) -> None:
        self.code: dict[str, tuple[str, CodeType]] = {}  # key -> (checksum of the source, code)

    @staticmethod
    def _env(env: jinja2.Environment) -> tuple:
        return (tuple(sorted(env.extensions)), env.block_start_string, env.block_end_string,
                env.variable_start_string, env.variable_end_string, env.comment_start_string,
                env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
                env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, repr(env.autoescape),
                repr(env.finalize), env.optimized, tuple(getattr(env.loader, "searchpath", ()) or ()))

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> jinja2.bccache.Bucket:
        key = repr((self._env(environment), self.get_cache_key(name, filename)))
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.code.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is None:
            return
        if len(self.code) > 1000:
            self.code.clear()
        self.code[bucket.key] = (bucket.checksum, bucket.code)


TEMPLATE_CODE = _TemplateCode()


def _home(b) -> str:
    """A start page for a site without docs/index.md."""
    return woord("site.home", wetten=len(b.model.corpus.laws))


def _set_language(config) -> None:
    """The theme (mkdocs-material: its own words, the html lang attribute) and the search index speak the site's
    language. Dutch is left as configured, so a Dutch build is the build it always was."""
    lang = site_taal()
    if lang == "nl":
        return
    config.theme["language"] = lang
    for name in ("material/search", "search"):
        search = config.plugins.get(name)
        if search is not None and hasattr(search.config, "lang"):
            search.config.lang = [lang]
