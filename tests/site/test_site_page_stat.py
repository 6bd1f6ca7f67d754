"""A page of the previous build is taken into the next one only when it is still the HTML written for it
(site/incremental.py). A build earlier in the same process recorded each page's stat (size, modification time in
ns, inode) with the hash of its HTML; a file with that stat is not read again, any other is hashed, and a file
written in the last two seconds gets no stat (file times advance in coarse ticks)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from wetgraaf.site import incremental


def _page(uri: str, dest: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri, dest_uri=dest))


@pytest.fixture
def previous(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[incremental._Reuse, Path, str]:
    monkeypatch.setattr(incremental, "_SEEN", {})
    folder = tmp_path / "vorige"
    folder.mkdir()
    page = folder / "a.html"
    page.write_bytes(b"<p>a</p>")
    old = time.time_ns() - 10_000_000_000
    os.utime(page, ns=(old, old))
    return incremental._Reuse(folder, tmp_path / "nieuw", "code"), page, incremental._sha(b"<p>a</p>")


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        read.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    return read


def test_a_page_with_the_recorded_stat_is_not_read(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    reuse, path, sha = previous
    assert incremental._stat_or_none(path) is not None  # ten seconds old
    incremental._SEEN[("a.md", sha)] = incremental._stat(path)
    read = _reads(monkeypatch)
    assert reuse._previous_ok(_page("a.md", "a.html"), {"sha": sha})
    assert read == []
    assert reuse.seen["a.md"] == incremental._stat(path)


def test_without_a_recorded_stat_the_page_is_hashed(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    reuse, path, sha = previous
    read = _reads(monkeypatch)
    assert reuse._previous_ok(_page("a.md", "a.html"), {"sha": sha})
    assert read == [path]
    assert not reuse._previous_ok(_page("a.md", "a.html"), {"sha": incremental._sha(b"iets anders")})


def test_a_page_edited_by_hand_is_not_taken(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    reuse, path, sha = previous
    incremental._SEEN[("a.md", sha)] = incremental._stat(path)
    path.write_bytes(b"<p>b</p>")  # the same size, written now: another modification time
    read = _reads(monkeypatch)
    assert not reuse._previous_ok(_page("a.md", "a.html"), {"sha": sha})
    assert read == [path]
    # The stat of another page's HTML does not vouch for this one.
    incremental._SEEN[("b.md", sha)] = incremental._stat(path)
    assert not reuse._previous_ok(_page("a.md", "a.html"), {"sha": sha})


def test_a_file_written_just_now_gets_no_stat(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(b"<p>a</p>")
    assert incremental._stat_or_none(page) is None
    assert incremental._stat_or_none(tmp_path / "weg.html") is None
