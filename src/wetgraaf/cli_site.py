"""The commands `wetgraaf site` (build the site with mkdocs), `wetgraaf dienst` (the site and the question service
on 127.0.0.1) and `wetgraaf interview` (the site's "Komt dit in aanmerking?" in the terminal)."""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import io
import logging
import os
from pathlib import Path
from typing import Callable, Iterator, Optional

import typer

from .cli_taal import eigen
from .core.errors import LawError, LawErrors
from .taal import bericht, in_taal, taal as gekozen_taal, tekst, van_fout

KEEP_ALIVE = 75  # seconds an idle connection stays open (as nginx's default)
DEFAULT_OUT = Path("build/site")
# Used when there is no mkdocs.yml (e.g. wetgraaf installed from a wheel): the same site without docs/.
_DEFAULT_CONFIG = """
site_name: wetgraaf
docs_dir: {docs}
site_dir: {out}
use_directory_urls: false
theme: {{name: material, language: nl, font: false, features: [navigation.indexes, navigation.sections]}}
extra: {{generator: false}}
plugins: [{{search: {{lang: nl}}}}, wetgraaf]
markdown_extensions: [attr_list, md_in_html, admonition, tables, {{toc: {{permalink: true}}}}]
"""


def config_file(config: Optional[Path]) -> Optional[Path]:
    if config is not None:
        return config
    for candidate in (Path("mkdocs.yml"), Path(__file__).resolve().parents[2] / "mkdocs.yml"):
        if candidate.is_file():
            return candidate
    return None


class _Echo(logging.Handler):
    """A build's warnings as mkdocs logs them, printed as they come: in the reader's language (site/meldingen.py)."""

    def emit(self, record: logging.LogRecord) -> None:
        from .site.meldingen import gezegd, niveau

        try:
            typer.echo(tekst(bericht("zin.mkdocs.regel", niveau=niveau(record), melding=gezegd(record))), err=True)
        except Exception:  # noqa: BLE001 — a log line that cannot be said must not stop the build
            self.handleError(record)


class SiteBuildError(Exception):
    """The site was not built: `first` says so (or what mkdocs refused), `reasons` are the warnings that stopped it;
    the message is all of them, one per line."""

    def __init__(self, first: str, reasons: list) -> None:
        super().__init__("\n".join([first, *reasons]))
        self.first, self.reasons = first, list(reasons)


def build_site(out: Path, corpus: Optional[Path] = None, config: Optional[Path] = None, strict: bool = True,
               echo: bool = True, overwrite: bool = False, incremental: bool = True,
               stats: Optional[list] = None, taal: Optional[str] = None) -> int:
    """Build the site into `out` with mkdocs (strict: any warning fails the build). Returns the number of pages.
    Raises SiteBuildError with every warning when the build fails. The site is built in a temporary folder and
    swapped in when complete (wetgraaf/atomic.py): a failed or interrupted build leaves the previous site intact.
    A folder wetgraaf did not build is never replaced (OutputRefused) unless `overwrite`, and then moved aside; a
    folder holding the corpus, the configuration or its docs is never replaced.

    With `incremental` (the default), pages whose inputs did not change are copied from the previous build in
    `out` instead of rendered again (site/incremental.py); the result is the same. `stats`, when given, receives
    the incremental.Stats of the build.

    The site is built in language `taal` ('nl', 'en'; default: the reader's, `--taal`, WETGRAAF_TAAL, LANG): the
    theme, the search index and wetgraaf's own words on the pages (site/woorden.py); the law text stays Dutch."""
    from .atomic import BUILD_MARKER, replace_dir

    def build(folder: Path) -> int:
        previous = Path(out) if incremental and (Path(out) / BUILD_MARKER).is_file() else None
        return _build_into(folder, corpus, config, strict, echo, previous, stats)

    with _few_collections(), in_taal(taal or gekozen_taal()):
        return replace_dir(out, build, overwrite, _protected(corpus, config))


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Python's cyclic garbage collector, at its default thresholds, scans the build's millions of objects (IR,
    programs, graphs, pages) again and again: 2 of the 9.5 s of processor time of a one-article rebuild, measured
    (docs/prestaties.md). During a build the youngest generation is collected after 100 000 new objects instead of
    700 and the oldest hardly ever; cycles the build leaves are freed by the next collections after it."""
    old = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _protected(corpus: Optional[Path], config: Optional[Path]) -> tuple[Path, ...]:
    """What a site build must never replace: the corpus, the mkdocs configuration and its docs folder."""
    from .parser.corpus import default_root

    paths = [Path(corpus) if corpus is not None else default_root()]
    file = config_file(config)
    if file is not None:
        paths += [file, file.resolve().parent / "docs"]
    return tuple(paths)


def _build_into(out: Path, corpus: Optional[Path], config: Optional[Path], strict: bool, echo: bool,
                previous: Optional[Path] = None, stats: Optional[list] = None) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from .site.incremental import reuse_pages

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # The plugin reads the corpus from the environment; set for this build only, so a later build in the same
    # process without --corpus (a test, `dienst`) builds the corpus it names, not this one.
    before = os.environ.get("WETGRAAF_CORPUS")
    if corpus is not None:
        os.environ["WETGRAAF_CORPUS"] = str(Path(corpus).resolve())
    from .site.meldingen import gezegd

    logger = logging.getLogger("mkdocs")
    # mkdocs' warnings as messages of the catalogue (site/meldingen.py), said in the reader's language
    warnings: list = []
    handler = _Echo() if echo else logging.NullHandler()
    handler.setLevel(logging.WARNING)
    collect = logging.Handler(logging.WARNING)
    collect.emit = lambda record: warnings.append(gezegd(record))  # type: ignore[method-assign]
    logger.addHandler(handler)
    logger.addHandler(collect)
    try:
        file = config_file(config)
        if file is not None:
            cfg = load_config(str(file), site_dir=str(out.resolve()), strict=strict)
        else:
            import tempfile

            docs = tempfile.mkdtemp(prefix="wetgraaf-docs-")
            text = _DEFAULT_CONFIG.format(docs=docs, out=out.resolve())
            cfg = load_config(io.StringIO(text), strict=strict)  # type: ignore[arg-type]
        from .site import results_cache

        results_cache.READ = previous is not None
        try:
            with reuse_pages(previous, out, file) as done:
                build(cfg)
        finally:
            results_cache.READ = True
        if stats is not None:
            stats.append(done)
    except MkDocsException as exc:
        from mkdocs.exceptions import Abort

        from .site.meldingen import eigen, mkdocs_melding

        # mkdocs' own "Aborted with a BuildError!" is English and says nothing: the reasons are the warnings
        first = str(tekst(bericht("zin.site.bouw_afgebroken"))) if isinstance(exc, Abort) else \
            str(exc) if eigen(str(exc)) else str(tekst(mkdocs_melding(str(exc))))
        raise SiteBuildError(first, warnings) from None
    finally:
        logger.removeHandler(handler)
        logger.removeHandler(collect)
        if before is None:
            os.environ.pop("WETGRAAF_CORPUS", None)
        else:
            os.environ["WETGRAAF_CORPUS"] = before
    return sum(1 for _ in out.rglob("*.html"))


def site(out: Path = typer.Option(DEFAULT_OUT, "--uit", "-o", "--out", help=bericht("hulp.site.out")),
         corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_meegeleverd")),
         config: Optional[Path] = typer.Option(None, "--configuratie", "--config", help=bericht("hulp.site.config")),
         strict: bool = typer.Option(True, "--streng/--niet-streng", "--strict/--no-strict", help=bericht("hulp.site.strict")),
         overschrijf: bool = typer.Option(False, "--overschrijf", help=bericht("hulp.site.overschrijf")),
         volledig: bool = typer.Option(False, "--volledig", help=bericht("hulp.site.volledig"))) -> None:
    """Build the site: a page per law, article, term, scenario and amendment, the graph, coverage and the docs."""
    from .atomic import OutputRefused

    if config is not None and not config.is_file():  # before the build, not after it
        typer.echo(tekst(bericht("opdracht.site.config", pad=config)), err=True)
        raise typer.Exit(2)
    try:
        stats: list = []
        pages = build_site(out, corpus, config, strict, overwrite=overschrijf, incremental=not volledig,
                           stats=stats)
    except SiteBuildError as exc:
        typer.echo(tekst(bericht("opdracht.site.niet_gebouwd", fout=exc.first)), err=True)
        for line in exc.reasons:  # what mkdocs and the plugin warned about
            typer.echo(tekst(line), err=True)
        raise typer.Exit(1) from None
    except OutputRefused as exc:  # a place the user must change: a usage error
        typer.echo(tekst(bericht("opdracht.site.geweigerd", fout=van_fout(exc))), err=True)
        raise typer.Exit(2) from None
    done = stats[0] if stats else None
    built = bericht("opdracht.site.gebouwd", n=pages, map=out)
    if done is not None and done.reused:
        built = bericht("opdracht.site.hergebruikt", melding=built, opnieuw=len(done.rendered), over=len(done.reused))
    typer.echo(tekst(built))


def _port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise typer.BadParameter(eigen(bericht("opdracht.serve.poort", waarde=value)))
    return value


def serve(port: int = typer.Option(8000, "--poort", "-p", "--port", help=bericht("hulp.dienst.port"), callback=_port),
          site_dir: Path = typer.Option(DEFAULT_OUT, "--site", help=bericht("hulp.dienst.site_dir")),
          build_first: bool = typer.Option(False, "--bouw/--niet-bouwen", "--build/--no-build",
                                            help=bericht("hulp.dienst.build_first")),
          corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_meegeleverd")),
          overschrijf: bool = typer.Option(False, "--overschrijf", help=bericht("hulp.dienst.overschrijf")),
          tijdslimiet: float = typer.Option(2.0, "--tijdslimiet", min=0.1, max=600.0,
                                            help=bericht("hulp.dienst.tijdslimiet")),
          herlaad: bool = typer.Option(False, "--herlaad", help=bericht("hulp.dienst.herlaad"))) -> None:
    """Serve the site and the question service (JSON API, docs at /api/docs) on http://127.0.0.1:PORT/."""
    import uvicorn

    from .server import create_app

    if build_first or not (site_dir / "index.html").is_file():
        typer.echo(tekst(bericht("opdracht.serve.bouwen", map=site_dir)))
        site(site_dir, corpus, None, True, overschrijf, False)
    app = create_app(site_dir, corpus, time_limit=tijdslimiet)
    if herlaad:
        from .herlaad import Rebuilder, wrap

        rebuilder = Rebuilder(site_dir, corpus)
        rebuilder.start()
        app = wrap(app, rebuilder)
        typer.echo(tekst(bericht("opdracht.serve.herlaad")))
    typer.echo(tekst(bericht("opdracht.serve.draait", poort=port)))
    # An idle connection is kept longer than a client keeps it for reuse (httpx 5 s, browsers longer): with uvicorn's
    # default of 5 s both ends let go at the same moment, and a request sent on a connection the server is closing
    # fails with a reset (a ReadError in the load test under a loaded machine).
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE)


def interview(vraag: str = typer.Argument(..., help=bericht("hulp.interview.vraag")),
              wet: Optional[str] = typer.Option(None, "--wet", help=bericht("hulp.interview.wet")),
              peildatum: str = typer.Option(_dt.date.today().isoformat(), "--peildatum",
                                            help=bericht("hulp.optie.datum")),
              wijziging: list[str] = typer.Option([], "--wijziging", "-w", help=bericht("hulp.optie.wijziging")),
              corpus: Optional[Path] = typer.Option(None, "--corpus", help=bericht("hulp.optie.corpus_kort"))) -> None:
    """Ask only the questions still needed to answer VRAAG, one at a time, then show the answer and why."""
    from .api import load
    from .engine.explain import explain_text, show_value
    from .interview import read_answer, step

    try:
        date = _dt.date.fromisoformat(peildatum)
    except ValueError:
        typer.echo(tekst(bericht("opdracht.peildatum_zoals", waarde=peildatum)), err=True)
        raise typer.Exit(2) from None
    wg = load(corpus)
    feiten: dict = {}
    onbekend: list[str] = []
    asked = 0
    last: Optional[str] = None
    while True:
        try:
            s = step(wg, vraag, wet, date, tuple(wijziging), feiten, None, onbekend)
        except (LawError, LawErrors) as exc:
            errors = exc.errors if isinstance(exc, LawErrors) else [exc]
            if not feiten or last is None:
                raise
            for e in errors:
                typer.echo(f"  {tekst(e.message)}", err=True)
            del feiten[last]  # ask the same question again
            s = step(wg, vraag, wet, date, tuple(wijziging), feiten, None, onbekend)
        if asked == 0:
            for w in s.warnings:
                typer.echo(tekst(bericht("opdracht.interview.let_op", melding=w)))
        if s.done:
            break
        q = s.question
        last = q.key
        hint = _hint(q.type, s.program)
        more = tekst(bericht("opdracht.interview.nog", n=s.bound)) if s.bound is not None else ""
        typer.echo(f"\n[{asked + 1}]{more} {q.tekst}")
        for n, k in enumerate(q.keuzes, 1):
            typer.echo(f"    {n}. {k.tekst}")
        try:
            text = input(tekst(bericht("opdracht.interview.prompt", hint=hint)))
        except EOFError:
            typer.echo(tekst(bericht("opdracht.interview.afgebroken")), err=True)
            raise typer.Exit(1) from None
        asked += 1
        if text.strip().lower() in ("?", "weet ik niet", "onbekend"):
            onbekend.append(q.key)
            continue
        feiten[q.key] = _choice(text, q) if q.keuzes else read_answer(text, q.type)
    a = s.answer
    typer.echo("")
    antwoord = (show_value(a.value, gekozen_taal()) if a.error is None
                else bericht("opdracht.interview.fout", melding=a.error.message))
    typer.echo(tekst(bericht("opdracht.interview.antwoord" if asked == 1 else "opdracht.interview.antwoord_n",
                             antwoord=antwoord, n=asked)))
    for m in s.skipped:
        typer.echo(tekst(bericht("opdracht.interview.nog_nodig", wat=m.vraag or m.label)))
    for m in a.missing_oordelen:
        typer.echo(tekst(bericht("opdracht.interview.oordeel", door=m.door, wat=m.label)))
    typer.echo(explain_text(a, s.program, gekozen_taal()))


def _choice(text: str, q):
    """A choice by its number or its name; for a list, numbers or names separated by commas."""
    def one(part: str) -> str:
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= len(q.keuzes):
            return q.keuzes[int(part) - 1].waarde
        return part
    if q.type.kind == "lijst":
        return [one(p) for p in text.split(",") if p.strip()]
    return one(text)


def _hint(t, program) -> str:
    if t.kind == "prim" and t.name == "waarheid":
        return tekst(bericht("opdracht.interview.ja_nee"))
    if t.kind == "soort" and t.name in program.soorten:
        return " | ".join(program.soorten[t.name].values) + " "
    if t.kind == "lijst" and t.item is not None and t.item.kind == "soort" and t.item.name in program.soorten:
        return tekst(bericht("opdracht.interview.komma_soort", waarden=" | ".join(program.soorten[t.item.name].values)))
    if t.kind == "lijst":
        return tekst(bericht("opdracht.interview.komma"))
    if t.kind == "entiteit":
        return tekst(bericht("opdracht.interview.entiteit"))
    return tekst(bericht(f"opdracht.interview.{t.name}")) if t.name in ("datum", "bedrag", "duur") else ""


def register(opdracht: Callable[[str, Callable[..., None], str], None]) -> None:
    """Register these commands with the app's `opdracht` (cli.py: a Dutch name, and the former English one hidden)."""
    opdracht("site", site, bericht("hulp.site"))
    opdracht("dienst", serve, bericht("hulp.dienst"))
    opdracht("interview", interview, bericht("hulp.interview"))
