"""`wetgraaf meet --site`: the drafter's loop on the whole corpus, in one process. A copy of the corpus is built
in full (with an empty cache of results, so nothing is reused from earlier runs), art. 8 Wbmgp is edited ("zes
jaar" becomes "vier jaar" in the text, its bound value and the 2025 revision that quotes it), and the site is
built again incrementally. Both builds are timed in wall clock and in processor time of this process (on a shared
machine the wall clock measures the neighbours too; the target is on processor time). The rebuild must have
rendered art. 8's page with the new words, from the previous build (else the figure would not be the one-article
rebuild and the run fails). The garbage of the full build is collected before the rebuild is timed, and the
rebuild's own garbage is collected within its time, so the figure is what each turn of the loop costs.

The rebuild in this process is the loop of `wetgraaf dienst --herlaad` (what the process keeps between builds is
warm). A second edit ("vier jaar" becomes "drie jaar") is then rebuilt by `wetgraaf site` in a new process, timed
by its own processor time (children's rusage), beside the start-up of a `wetgraaf` process alone."""

from __future__ import annotations

import gc
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

TARGET_SECONDS = 3.0
EDITS = (("wbmgp/artikel-8.md", "minder dan zes jaar voorafgaand", "minder dan vier jaar voorafgaand"),
         ("wbmgp/artikel-8.md", '  = "zes jaar"', '  = "vier jaar"'),
         ("wijzigingen/wbmgp-2025/A-artikel-8.md", "minder dan zes jaar voorafgaand",
          "minder dan vier jaar voorafgaand"))
PAGE = "wetten/wbmgp/artikel-8"


def _edit(corpus: Path, edits: tuple[tuple[str, str, str], ...]) -> None:
    for rel, old, new in edits:
        path = corpus / rel
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise RuntimeError(f"{rel}: '{old}' staat niet in het bestand; de meting past niet meer")
        path.write_text(text.replace(old, new), encoding="utf-8")


def _check(out: Path, done, words: str) -> None:
    """The rebuild was incremental, rendered art. 8's page again, and that page shows the edit."""
    page = out / f"{PAGE}.html"
    if done.reason or f"{PAGE}.md" not in done.rendered or words not in page.read_text(encoding="utf-8"):
        raise RuntimeError(f"de herbouw na de wijziging van {PAGE} was geen herbouw van dat artikel "
                           f"({done.reason or 'pagina niet opnieuw opgemaakt'}); de meting past niet meer")


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall clock and processor time of `wetgraaf ARGS` in a new process."""
    wall, cpu = time.perf_counter(), _child_cpu()
    subprocess.run([sys.executable, "-m", "wetgraaf", *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - wall, _child_cpu() - cpu


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def site_rebuild(log: Callable[[str], None] = lambda s: None) -> dict:
    """Time a full build and a one-article rebuild of the shipped corpus; the figures and the target."""
    from ..cli_site import build_site
    from ..parser.corpus import default_root

    with tempfile.TemporaryDirectory(prefix="wetgraaf-bench-site-") as tmp:
        base = Path(tmp)
        corpus = base / "law"
        shutil.copytree(default_root(), corpus, ignore=shutil.ignore_patterns("__pycache__"))
        old_cache = os.environ.get("WETGRAAF_CACHE")
        os.environ["WETGRAAF_CACHE"] = str(base / "cache")
        try:
            out = base / "site"
            log("volledige bouw ...")
            full_wall, full_cpu = _timed(lambda: build_site(out, corpus, strict=True, echo=False, incremental=False))
            _edit(corpus, EDITS)
            log("één artikel gewijzigd, opnieuw bouwen ...")
            stats: list = []
            gc.collect()  # the full build's garbage is the full build's cost, not the rebuild's

            def rebuild() -> None:
                build_site(out, corpus, strict=True, echo=False, stats=stats)
                gc.collect()  # and the rebuild's own garbage is its cost (the drafter's loop pays it every time)

            inc_wall, inc_cpu = _timed(rebuild)
            _check(out, stats[0], "minder dan vier jaar voorafgaand")
            log("nog eens gewijzigd, opnieuw bouwen met `wetgraaf site` in een nieuw proces ...")
            _edit(corpus, tuple((rel, old.replace("zes", "vier"), new.replace("vier", "drie"))
                                for rel, old, new in EDITS))
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
            start_wall, start_cpu = _process(["--help"], env)
            proc_wall, proc_cpu = _process(["site", "--uit", str(out), "--corpus", str(corpus)], env)
            if "minder dan drie jaar voorafgaand" not in (out / f"{PAGE}.html").read_text(encoding="utf-8"):
                raise RuntimeError(f"{PAGE}: de herbouw in een nieuw proces toont de wijziging niet")
        finally:
            if old_cache is None:
                os.environ.pop("WETGRAAF_CACHE", None)
            else:
                os.environ["WETGRAAF_CACHE"] = old_cache
    return {"volledig_klok": full_wall, "volledig_processor": full_cpu,
            "een_artikel_klok": inc_wall, "een_artikel_processor": inc_cpu,
            "verhouding_processor": full_cpu / inc_cpu if inc_cpu else None,
            "verhouding_klok": full_wall / inc_wall if inc_wall else None,
            "opgemaakt": len(stats[0].rendered), "overgenomen": len(stats[0].reused),
            "nieuw_proces_klok": proc_wall, "nieuw_proces_processor": proc_cpu,
            "opstart_klok": start_wall, "opstart_processor": start_cpu,
            "doel_seconden": TARGET_SECONDS, "gehaald": inc_cpu <= TARGET_SECONDS,
            "belasting": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}


def report(r: dict) -> list[str]:
    """The figures as the command prints them (Dutch)."""
    return [f"volledige bouw:        {r['volledig_klok']:6.1f} s klok, {r['volledig_processor']:6.1f} s processor",
            f"één artikel opnieuw:   {r['een_artikel_klok']:6.1f} s klok, {r['een_artikel_processor']:6.1f} s processor "
            f"({r['opgemaakt']} pagina's opgemaakt, {r['overgenomen']} overgenomen)",
            f"verhouding:            {r['verhouding_klok']:.1f}x klok, {r['verhouding_processor']:.1f}x processor",
            f"in een nieuw proces:   {r['nieuw_proces_klok']:6.1f} s klok, {r['nieuw_proces_processor']:6.1f} s processor "
            f"(`wetgraaf site` na nog een wijziging; de opstart alleen: {r['opstart_klok']:.1f} s klok, "
            f"{r['opstart_processor']:.1f} s processor)",
            f"doel: één artikel ≤ {r['doel_seconden']:.0f} s processor (in één proces, als dienst --herlaad) — "
            + ("gehaald" if r["gehaald"] else "niet gehaald"),
            f"belasting van de machine (1 min): {r['belasting']:.1f}" if r["belasting"] is not None else ""]
