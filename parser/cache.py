"""A cache of the parsed corpus, keyed by the content hash of every file in it.

Any change to any law, amendment or wet.yaml file gives a new key, so the cache is rebuilt. A cache file that is
truncated, corrupt or from another version of wetgraaf is discarded (its payload checksum is verified before it is
unpickled) and the corpus is parsed again; a cache that cannot be written is simply not written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import ir

FORMAT = b"wetgraaf-corpus-cache-2\n"


def cache_dir() -> Path:
    base = os.environ.get("WETGRAAF_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "wetgraaf")
    return Path(base)


def content_key(root: Path) -> str:
    """sha256 over the relative path and bytes of every corpus file, plus the grammar and wetgraaf's version."""
    from .. import __version__

    h = hashlib.sha256()
    h.update(__version__.encode())
    h.update(Path(__file__).with_name("regels.lark").read_bytes())
    # The pickled IR's shape is the parser's code (e.g. a field added to ir.Citation): a cache written by other code
    # unpickles without error but lacks the new attributes, so the code is part of the key.
    for src in sorted(Path(__file__).parent.glob("*.py")):
        h.update(src.read_bytes())
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".md", ".yaml") and p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("scenarios/"):
            continue  # scenarios are not part of the parsed corpus
        h.update(rel.encode())
        h.update(b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    h.update(str(root.resolve()).encode())  # positions in the IR name the files
    return h.hexdigest()


def _cache_file(key: str) -> Path:
    return cache_dir() / f"corpus-{key[:32]}.pickle"


def read(key: str) -> ir.Corpus | None:
    path = _cache_file(key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header_len = len(FORMAT) + 64 + 1
    if len(data) < header_len or not data.startswith(FORMAT):
        return _discard(path)
    digest = data[len(FORMAT):len(FORMAT) + 64].decode("ascii", "replace")
    payload = data[header_len:]
    if hashlib.sha256(payload).hexdigest() != digest:
        return _discard(path)
    try:
        corpus = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - any unpickling problem means: not a usable cache
        return _discard(path)
    return corpus if isinstance(corpus, ir.Corpus) else _discard(path)


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
    return None


def write(key: str, corpus: ir.Corpus) -> None:
    """Write atomically (temp file + rename): a crash never leaves a half-written cache behind."""
    path = _cache_file(key)
    try:
        payload = pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".corpus-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, RecursionError):
        pass
