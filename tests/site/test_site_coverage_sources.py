"""The coverage page counts the articles of a law's official source that the corpus does not hold ("Buiten
bereik"). The source (`bronbestand: law-sources/...`) is read beside the corpus being built, never beside the
installed package: the page of a corpus copy (these tests', a drafter's checkout) then depends only on that copy,
and two builds of one corpus cannot differ because a folder elsewhere on the machine appeared in between (which
once made tests/site/test_site_results_cache.py fail on dekking.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _coverage(root: Path) -> str:
    from wetgraaf.api import load
    from wetgraaf.site import results_cache
    from wetgraaf.site.build import generate

    results_cache.READ = False
    try:
        return generate(load(root)).pages["dekking.md"]
    finally:
        results_cache.READ = True


def _wbmgp_section(page: str) -> str:
    return page.split("## Wet bijzondere maatregelen grootstedelijke problematiek", 1)[1].split("\n## ", 1)[0]


@pytest.fixture()
def corpus(tmp_path: Path):
    from corpus_kit import subset

    old = os.environ.get("WETGRAAF_CACHE")
    os.environ["WETGRAAF_CACHE"] = str(tmp_path / "cache")
    try:
        yield subset(tmp_path / "repo" / "law")
    finally:
        if old is None:
            os.environ.pop("WETGRAAF_CACHE", None)
        else:
            os.environ["WETGRAAF_CACHE"] = old


def test_the_official_source_is_read_beside_the_corpus_not_beside_the_package(corpus: Path) -> None:
    from wetgraaf.api import load

    # No law-sources beside this copy: nothing is out of scope, whatever the machine holds elsewhere.
    assert "Buiten bereik" not in _wbmgp_section(_coverage(corpus))

    # The sources the Wbmgp articles name, beside the copy: the articles present and two the corpus lacks.
    wg = load(corpus)
    sources = {str(a.meta["bronbestand"]) for a in wg.corpus.laws["wbmgp"].articles if a.meta.get("bronbestand")}
    numbers = sorted({a.nummer for a in wg.corpus.laws["wbmgp"].articles})
    assert sources and numbers
    for i, src in enumerate(sorted(sources)):
        path = corpus.parent / src
        path.parent.mkdir(parents=True, exist_ok=True)
        extra = ["97x"] if i == 0 else ["98y"]
        path.write_text("".join(f"## Artikel {n}\n\ntekst\n\n" for n in numbers + extra), encoding="utf-8")
    section = _wbmgp_section(_coverage(corpus))
    total = len(numbers) + (2 if len(sources) > 1 else 1)
    missing = "97x, 98y" if len(sources) > 1 else "97x"
    assert f"Buiten bereik: {total - len(numbers)} van de {total} artikelen" in section, section[:600]
    assert f"({missing})" in section
