"""Parsed rule blocks and amendment sentences kept between processes, each by its own text.

The corpus cache (parser/cache.py) keeps the whole parsed corpus under the hash of every file: one edit misses it
and the whole corpus is parsed again. Here each rule block (by its text, file and offsets) and each sentence of an
amendment instruction (by its text) is kept on its own, so a new process after one edit — `wetgraaf site`, `controleer`
— parses only what changed. Within a process rules.py and opdracht.py keep their own copies; this store is asked
only on a miss there.

One file in the cache folder per version of the parser's code (its grammars and sources, and wetgraaf.core whose
values the IR holds), signed and written atomically as the corpus cache is (read_signed/write_signed). Written at
the end of a corpus load that parsed something new; it keeps at most MAX entries (those used in this process
first).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import cache as corpus_cache

MAX = 20_000
_FORMAT = "1"


class _Store:
    def __init__(self) -> None:
        self.path: Path | None = None
        self.old: dict[tuple, bytes] = {}
        self.used: dict[tuple, bytes] = {}
        self.added = False

    def _load(self) -> None:
        path = _file()
        if path == self.path:
            return
        self.path, self.used, self.added = path, {}, False
        found = corpus_cache.read_signed(path) if path.is_file() else None
        self.old = found[1] if isinstance(found, tuple) and len(found) == 2 and found[0] == _FORMAT \
            and isinstance(found[1], dict) else {}

    def get(self, key: tuple) -> bytes | None:
        self._load()
        data = self.used.get(key)
        if data is None:
            data = self.old.get(key)
            if data is not None:
                self.used[key] = data
        return data

    def put(self, key: tuple, data: bytes) -> None:
        self._load()
        self.used[key] = data
        self.added = True

    def save(self) -> None:
        if not self.added or self.path is None:
            return
        kept = dict(self.used)
        for key, data in self.old.items():
            if len(kept) >= MAX:
                break
            kept.setdefault(key, data)
        corpus_cache.write_signed(self.path, (_FORMAT, kept))
        self.old, self.added = kept, False


_STORE = _Store()
_CODE: dict[str, str] = {}


def _file() -> Path:
    folder = Path(__file__).parent
    if "" not in _CODE:
        h = hashlib.sha256(_FORMAT.encode())
        for src in sorted([*folder.glob("*.lark"), *folder.glob("*.py"), *folder.parent.joinpath("core").glob("*.py")]):
            h.update(src.name.encode() + b"\0" + src.read_bytes())
        _CODE[""] = h.hexdigest()[:32]
    return corpus_cache.cache_dir() / f"blokken-{_CODE['']}.pickle"


def get(kind: str, key: tuple) -> bytes | None:
    """The pickled result stored for `key` (of `kind`: 'blok' or 'zin'), or None."""
    try:
        return _STORE.get((kind, *key))
    except OSError:
        return None


def put(kind: str, key: tuple, data: bytes) -> None:
    try:
        _STORE.put((kind, *key), data)
    except OSError:
        pass


def save() -> None:
    """Write what this process parsed that the store lacked (after a corpus load)."""
    try:
        _STORE.save()
    except OSError:
        pass
