"""A cache of the parsed corpus, keyed by the content hash of every file in it.

Any change to any law, amendment or wet.yaml file gives a new key, so the cache is rebuilt. A cache file that is
truncated, corrupt or from another version of wetgraaf is discarded (its payload checksum is verified before it is
unpickled) and the corpus is parsed again; a cache that cannot be written is simply not written.

Beside the parsed corpus (`corpus-<key>.pickle`) a bundle (`bundel-<key>.pickle`, same key, same checks) can hold
the programs and dependency graphs built from it, so that a warm load skips resolving and graph building too.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
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


def _cache_file(key: str, kind: str = "corpus") -> Path:
    return cache_dir() / f"{kind}-{key[:32]}.pickle"


def read(key: str) -> ir.Corpus | None:
    corpus = _read(_cache_file(key))
    return corpus if corpus is None or isinstance(corpus, ir.Corpus) else _discard(_cache_file(key))


def _bundle_file(key: str) -> Path:
    """Programs and graphs also depend on the resolver and the graph builder: their sources are part of the key."""
    h = hashlib.sha256(key.encode())
    for folder in ("resolve", "graph"):
        for src in sorted((Path(__file__).parent.parent / folder).glob("*.py")):
            h.update(src.read_bytes())
    return _cache_file(h.hexdigest(), "bundel")


def read_bundle(key: str) -> dict | None:
    """The parsed corpus with the programs and graphs built from it (see wetgraaf.api.Wetgraaf.prepare), or None."""
    path = _bundle_file(key)
    bundle = _read(path)
    if bundle is None or (isinstance(bundle, dict) and isinstance(bundle.get("corpus"), ir.Corpus)):
        return bundle
    return _discard(path)


def _read(path: Path):
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
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of objects, none of them garbage: the collector would only slow this down
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - any unpickling problem means: not a usable cache
        return _discard(path)
    finally:
        if enabled:
            gc.enable()


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
    return None


def write(key: str, corpus: ir.Corpus) -> None:
    _write(_cache_file(key), corpus)


def write_bundle(key: str, bundle: dict) -> None:
    _write(_bundle_file(key), bundle)


class _Pickler(pickle.Pickler):
    """Frozen slotted dataclasses (the IR's expressions, values) are stored as (class, field values): unpickling
    them then skips dataclasses' generic __setstate__, which looks up the fields again for every object."""

    def reducer_override(self, obj):
        cls = type(obj)
        if getattr(cls, "__setstate__", None) is not _DATACLASS_SETSTATE or _DATACLASS_SETSTATE is None:
            return NotImplemented
        names = _fields(cls)
        return _restore, (cls, tuple(getattr(obj, name) for name in names))


_DATACLASS_SETSTATE = getattr(dataclasses, "_dataclass_setstate", None)
_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _restore(cls: type, values: tuple):
    obj = object.__new__(cls)
    for name, value in zip(_fields(cls), values):
        object.__setattr__(obj, name, value)
    return obj


def _write(path: Path, obj) -> None:
    """Write atomically (temp file + rename): a crash never leaves a half-written cache behind."""
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        payload = buffer.getvalue()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".corpus-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, RecursionError, TypeError, AttributeError):
        pass
