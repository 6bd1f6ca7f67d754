"""`wetgraaf bench --site`: the drafter's loop on the whole corpus, in one process. A copy of the corpus is built
in full (with an empty cache of results, so nothing is reused from earlier runs), art. 8 Wbmgp is edited ("zes
jaar" becomes "vier jaar" in the text, its bound value and the 2025 revision that quotes it), and the site is
built again incrementally. Both builds are timed in wall clock and in processor time of this process (on a shared
machine the wall clock measures the neighbours too; the target is on processor time)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

TARGET_SECONDS = 3.0
EDITS = (("wbmgp/artikel-8.md", "minder dan zes jaar voorafgaand", "minder dan vier jaar voorafgaand"),
         ("wbmgp/artikel-8.md", '  = "zes jaar"', '  = "vier jaar"'),
         ("wijzigingen/wbmgp-2025/A-artikel-8.md", "minder dan zes jaar voorafgaand",
          "minder dan vier jaar voorafgaand"))


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
            for rel, old, new in EDITS:
                path = corpus / rel
                text = path.read_text(encoding="utf-8")
                if old not in text:
                    raise RuntimeError(f"{rel}: '{old}' staat niet in het bestand; de meting past niet meer")
                path.write_text(text.replace(old, new), encoding="utf-8")
            log("één artikel gewijzigd, opnieuw bouwen ...")
            stats: list = []
            inc_wall, inc_cpu = _timed(lambda: build_site(out, corpus, strict=True, echo=False, stats=stats))
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
            "doel_seconden": TARGET_SECONDS, "gehaald": inc_cpu <= TARGET_SECONDS,
            "belasting": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}


def report(r: dict) -> list[str]:
    """The figures as the command prints them (Dutch)."""
    return [f"volledige bouw:        {r['volledig_klok']:6.1f} s klok, {r['volledig_processor']:6.1f} s processor",
            f"één artikel opnieuw:   {r['een_artikel_klok']:6.1f} s klok, {r['een_artikel_processor']:6.1f} s processor "
            f"({r['opgemaakt']} pagina's opgemaakt, {r['overgenomen']} overgenomen)",
            f"verhouding:            {r['verhouding_klok']:.1f}x klok, {r['verhouding_processor']:.1f}x processor",
            f"doel: één artikel ≤ {r['doel_seconden']:.0f} s processor — "
            + ("gehaald" if r["gehaald"] else "niet gehaald"),
            f"belasting van de machine (1 min): {r['belasting']:.1f}" if r["belasting"] is not None else ""]
