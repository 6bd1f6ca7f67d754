"""A cache of the parsed corpus, keyed by the content hash of every file in it.

Any change to any law, amendment or wet.yaml file gives a new key, so the cache is rebuilt. A cache file that is
truncated, corrupt or from another version of wetgraaf is discarded and the corpus is parsed again; a cache that
cannot be written is simply not written.

Trust: unpickling runs code, so a cache file is only read when it carries an HMAC made with this installation's key
(`sleutel`, 32 random bytes, created on first use, readable by the user only) — a file planted by someone else, even
with a matching checksum, is discarded unread. The cache folder must belong to the user and not be writable by
everyone; otherwise it is not used at all. Old entries are pruned: at most `KEEP` per kind, none older than `MAX_AGE`.

Beside the parsed corpus (`corpus-<key>.pickle`) a bundle (`bundel-<key>.pickle`, same key, same checks) can hold
the programs and dependency graphs built from it, so that a warm load skips resolving and graph building too. For
`wetgraaf vraag`, which needs one or two programs and not the corpus, each program is also kept on its own
(`programma-*.pickle`, in parts: resolve/kept.py) with an index by peildatum and amendments (`situaties-*.pickle`),
and so is each scenario file it read (`scenario-*.pickle`, keyed by its name, content and the reader's code).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import io
import os
import pickle
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from .structure import Corpus

FORMAT = b"wetgraaf-corpus-cache-3\n"
KEY_FILE = "sleutel"
KEEP = 32  # entries per kind (corpus, bundel), least recently used first out: checkouts, branches, test corpora
MAX_AGE = 30 * 24 * 3600  # seconds since last use


def cache_dir() -> Path:
    base = os.environ.get("WETGRAAF_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "wetgraaf")
    return Path(base)


def content_key(root: Path) -> str:
    """sha256 over the relative path and content of every corpus file, plus the grammar and the code of what is
    pickled (not wetgraaf's version: reading it from the package metadata costs more than a warm start). Each
    file's content is known by its sha256, taken again only when the file's stat changed (file_digests)."""
    # The pickled IR's shape is the parser's code (e.g. a field added to ir.Citation): a cache written by other code
    # unpickles without error but lacks the new attributes, so the code is part of the key (and that of the values
    # and positions in it, wetgraaf.core). The catalogue's too: a message in the IR or a graph (wetgraaf.taal.Bericht)
    # is kept with its Dutch text, which must be the catalogue's of this code.
    code = Path(__file__).parent
    sources = [str(code / "regels.lark"), *sorted(str(p) for p in [*code.glob("*.py"),
                                                                    *code.parent.joinpath("core").glob("*.py"),
                                                                    *code.parent.joinpath("taal").glob("*.py")])]
    root = root.resolve()  # positions in the IR name the files
    files = _corpus_files(str(root))
    digests = file_digests(sources + [path for path, _ in files], dict(files), f"{root}\0{code}")
    h = hashlib.sha256()
    for path in sources:
        h.update(digests[path])
    prefix = len(str(root)) + 1
    for path, _ in files:
        h.update(path[prefix:].encode())
        h.update(b"\0")
        h.update(digests[path])
    h.update(str(root).encode())
    return h.hexdigest()


def _corpus_files(root: str) -> list[tuple[str, os.stat_result]]:
    """The corpus's Markdown and YAML files under `root` (not its scenarios) with their stat, by path. Symbolic
    links to folders are not followed (as Path.rglob does not)."""
    found = []

    def walk(folder: str, top: bool) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if not (top and entry.name == "scenarios"):  # scenarios are not part of the parsed corpus
                        walk(entry.path, False)
                elif entry.name.endswith((".md", ".yaml")) and entry.is_file():
                    found.append((entry.path, entry.stat()))

    walk(root, True)
    return sorted(found)


RECENT_NS = 2_000_000_000  # a file changed less than this before its digest was kept is hashed again (below)


def file_digests(paths: list[str], stats: dict[str, os.stat_result], name: str) -> dict[str, bytes]:
    """The sha256 of each file. A digest kept (signed, under `name`) by an earlier call is taken as it is when the
    file's stat is the same (modification and change time in nanoseconds, size, inode, device) and the file had not
    changed for RECENT_NS when that digest was kept: any later change then gives the file another change time,
    even on a filesystem whose clock ticks in whole seconds, so a changed file is always read again."""
    record_file = _cache_file(hashlib.sha256(name.encode()).hexdigest(), "bestanden")
    kept = read_signed(record_file)
    since, known = (kept["gemaakt"], kept["bestanden"]) if isinstance(kept, dict) and "bestanden" in kept else (0, {})
    now = time.time_ns()
    out, record, renewed = {}, {}, False
    for path in paths:
        st = stats.get(path) or os.stat(path)
        sig = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino, st.st_dev)
        old = known.get(path)
        if old is not None and old[0] == sig and max(st.st_mtime_ns, st.st_ctime_ns) < since - RECENT_NS:
            digest = old[1]
        else:
            with open(path, "rb") as fh:
                digest = hashlib.sha256(fh.read()).digest()
            # written again when it tells something new: another file or content, or one now old enough to trust
            renewed = renewed or old != (sig, digest) or max(st.st_mtime_ns, st.st_ctime_ns) < now - RECENT_NS
        out[path] = digest
        record[path] = (sig, digest)
    if renewed or record.keys() != known.keys():
        write_signed(record_file, {"gemaakt": now, "bestanden": record})
    return out


def _cache_file(key: str, kind: str = "corpus") -> Path:
    return cache_dir() / f"{kind}-{key[:32]}.pickle"


def read(key: str) -> Corpus | None:
    from .structure import Corpus  # the parsed document's classes: not imported by a warm `vraag` (structure.py)

    corpus = read_signed(_cache_file(key))
    return corpus if corpus is None or isinstance(corpus, Corpus) else _discard(_cache_file(key))


def _bundle_file(key: str) -> Path:
    """Programs and graphs also depend on the resolver and the graph builder: their sources are part of the key."""
    h = hashlib.sha256(key.encode())
    for folder in ("resolve", "graph"):
        for src in sorted((Path(__file__).parent.parent / folder).glob("*.py")):
            h.update(src.read_bytes())
    return _cache_file(h.hexdigest(), "bundel")


def read_bundle(key: str) -> dict | None:
    """The parsed corpus with the programs and graphs built from it (see wetgraaf.api.Wetgraaf.prepare), or None."""
    from .structure import Corpus

    path = _bundle_file(key)
    bundle = read_signed(path)
    if bundle is None or (isinstance(bundle, dict) and isinstance(bundle.get("corpus"), Corpus)):
        return bundle
    return _discard(path)


def _situation_file(key: str, kind: str, name: str = "") -> Path:
    """`situaties` (which programs this corpus has in the cache, by peildatum and amendments) and `programma` (one
    resolved program): keyed like the bundle, as they depend on the resolver too."""
    h = hashlib.sha256(_bundle_file(key).name.encode())
    h.update(name.encode())
    return _cache_file(h.hexdigest(), kind)


def read_situations(key: str) -> dict | None:
    """The index of the programs kept for this corpus (wetgraaf.api.Wetgraaf.keep_situations), or None."""
    path = _situation_file(key, "situaties")
    index = read_signed(path)
    if index is None or isinstance(index, dict) and "situaties" in index:
        return index
    _discard(path)
    return None


def write_situations(key: str, index: dict) -> None:
    write_signed(_situation_file(key, "situaties"), index)


def read_program(key: str, name: str):
    """One kept program (its parts, resolve/kept.py: the caller checks them), or None."""
    return read_signed(_situation_file(key, "programma", name))


def write_program(key: str, name: str, program) -> None:
    write_signed(_situation_file(key, "programma", name), program)


def read_scenarios(key: str):
    """The scenarios of a scenario file as read before (scenario.load_file: the caller checks them), or None."""
    return read_signed(_cache_file(key, "scenario"))


def write_scenarios(key: str, scenarios: list) -> None:
    write_signed(_cache_file(key, "scenario"), scenarios)


def _safe_folder(folder: Path) -> bool:
    """The cache folder is the user's own and not writable by everyone (or it does not exist yet). Group-writable is
    allowed (umask 002 is common); the key file itself must be the user's own and private."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & stat.S_IWOTH


def _key(create: bool) -> bytes | None:
    """This installation's signing key, made on first use (only when writing); None when there is none or it is not
    the user's own."""
    folder = cache_dir()
    if not _safe_folder(folder):
        return None
    path = folder / KEY_FILE
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        if not create:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(32))
        except FileExistsError:
            pass  # another process made it just now: read theirs
        except OSError:
            return None
        return _key(create=False)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if st.st_uid != os.getuid() or st.st_mode & 0o077 or not stat.S_ISREG(st.st_mode):
            return None
        key = fh.read(64)
    return key if len(key) == 32 else None


def _signature(key: bytes, payload: bytes | memoryview) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).hexdigest().encode("ascii")


def read_signed(path: Path):
    key = _key(create=False)
    if key is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header_len = len(FORMAT) + 64 + 1
    if len(data) < header_len or not data.startswith(FORMAT):
        return _discard(path)
    payload = memoryview(data)[header_len:]  # not a copy: a kept program is megabytes
    if not hmac.compare_digest(data[len(FORMAT):len(FORMAT) + 64], _signature(key, payload)):
        return _discard(path)  # not written by this installation: never unpickled
    try:
        os.utime(path)  # last use, for pruning
    except OSError:
        pass
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


def write(key: str, corpus: Corpus) -> None:
    write_signed(_cache_file(key), corpus)


def write_bundle(key: str, bundle: dict) -> None:
    write_signed(_bundle_file(key), bundle)


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


_SETTERS: dict[type, tuple] = {}


def _setters(cls: type) -> tuple:
    """Each field's slot setter (the slot descriptor's __set__, found along the MRO): setting through it skips the
    frozen class's __setattr__ and the lookup by name that object.__setattr__ does for every field of every node."""
    found = _SETTERS.get(cls)
    if found is None:
        out = []
        for name in _fields(cls):
            slot = next((k.__dict__[name] for k in cls.__mro__ if name in k.__dict__), None)
            setter = getattr(slot, "__set__", None)
            out.append(setter if setter is not None else
                       (lambda obj, value, name=name: object.__setattr__(obj, name, value)))
        found = _SETTERS[cls] = tuple(out)
    return found


def _restore(cls: type, values: tuple):
    obj = object.__new__(cls)
    for setter, value in zip(_setters(cls), values):
        setter(obj, value)
    return obj


def dumps(obj) -> bytes:
    """Pickle IR the way the cache does (frozen dataclasses stored by their field values: faster to load)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def write_signed(path: Path, obj) -> None:
    """Write atomically (temp file + rename): a crash never leaves a half-written cache behind."""
    key = _key(create=True)
    if key is None:
        return
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        payload = buffer.getvalue()
        import tempfile  # only to write: a warm `wetgraaf vraag` reads (tempfile pulls shutil and random)

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".corpus-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + _signature(key, payload) + b"\n" + payload)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, RecursionError, TypeError, AttributeError):
        return
    prune(path.parent)


def prune(folder: Path, now: float | None = None) -> list[Path]:
    """Remove cache entries unused for MAX_AGE and all but the KEEP most recently used of each kind, and temporary
    files a killed writer left behind; returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    # site: site/results_cache.py
    for kind in ("corpus", "bundel", "situaties", "programma", "scenario", "bestanden", "site", "blokken"):
        entries = []
        for p in folder.glob(f"{kind}-*.pickle"):
            try:
                entries.append((p.stat().st_mtime, p))
            except OSError:
                continue
        entries.sort(reverse=True)
        for i, (mtime, p) in enumerate(entries):
            if i >= KEEP or now - mtime > MAX_AGE:
                removed.append(p)
    for p in folder.glob(".corpus-*.tmp"):
        try:
            if now - p.stat().st_mtime > 3600:
                removed.append(p)
        except OSError:
            continue
    for p in removed:
        _discard(p)
    return removed
