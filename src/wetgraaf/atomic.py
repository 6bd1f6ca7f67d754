"""Writing a user's files without ever losing one.

A file is written to a temporary file in the same folder, flushed to disk (fsync) and renamed over the old one, so
a reader (or a crash) sees either the old file or the new one, never half of one. The original is first copied
to `<name>.orig` (when asked; the default; `.orig.1`, `.orig.2`, ... when that exists), so an unwanted change can
be undone by hand. A command's output file (`write_output`) replaces only what wetgraaf itself wrote there (a
ledger of hashes in the cache folder says so); anything else needs `--overschrijf` and is then kept as a backup.
A folder (the built site) is built in a temporary sibling folder, marked as a wetgraaf build, and swapped in only
when the build succeeded; a folder without the mark is never replaced without `--overschrijf`, and then moved
aside, never deleted.

Only commands the user asks to write call this: nothing in wetgraaf rewrites a law file on its own.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

from .core.errors import systeemreden
from .taal import bericht

T = TypeVar("T")
BACKUP_SUFFIX = ".orig"


def backup_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


class OutputRefused(Exception):
    """A command was asked to write where it would replace something it did not make. The message (a catalogue
    message, taal/uitvoer.py) says what and how to go on (another place, or `--overschrijf`, which moves the old
    content aside and never deletes it)."""


# Where no command writes: the kernel's and devices' file systems (writing there is never what a user meant).
SYSTEM_DIRS = (Path("/proc"), Path("/sys"), Path("/dev"))
# The reasons the catalogue says (zin.uitvoer.reden.<errno name>); EPERM reads as EACCES.
_REASONS = ("ENOENT", "EACCES", "EROFS", "ENOSPC", "ENOTDIR", "EISDIR", "ENAMETOOLONG", "ELOOP", "EEXIST")


def reason(exc: OSError) -> Any:
    """Why the system refused to let a file be written: a catalogue message (render with `tekst` where it is shown);
    a reason the catalogue has no words for is quoted as the system's inside its sentence (systeemreden)."""
    return systeemreden(exc, "zin.uitvoer.reden", _REASONS)


def check_writable(target: Path | str) -> None:
    """Refuse (OutputRefused) a target a command cannot or should not write: under /proc, /sys or /dev, or in a
    place where no file can be made (probed by making one and removing it), so the command stops before its work
    with the reason instead of failing after it."""
    target = Path(target)
    resolved = target.resolve()
    for system in SYSTEM_DIRS:
        if resolved == system or system in resolved.parents:
            raise OutputRefused(bericht("zin.uitvoer.systeemmap", doel=str(target), map=str(system)))
    folder = resolved.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputRefused(bericht("zin.uitvoer.geen_map", doel=str(target), map=str(folder)))
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".wetgraaf-proef-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputRefused(bericht("zin.uitvoer.niet_hier", doel=str(target), reden=reason(exc))) from None


# A folder wetgraaf built carries this file; only such a folder (or an empty one) is ever replaced.
BUILD_MARKER = ".wetgraaf-bouw"
_LEDGER = "geschreven.json"  # in the cache folder: files wetgraaf wrote, with the hash of what it wrote


def free_backup_path(path: Path | str) -> Path:
    """`<name>.orig`, or `<name>.orig.1`, `.orig.2`, ... when that exists: a backup never replaces a backup."""
    first = backup_path(path)
    candidate, n = first, 0
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = first.with_name(f"{first.name}.{n}")
    return candidate


def _ledger_file() -> Path:
    from .parser.cache import cache_dir

    return cache_dir() / _LEDGER


def _ledger() -> dict[str, str]:
    try:
        data = json.loads(_ledger_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(path: Path, data: bytes) -> None:
    try:
        ledger = _ledger()
        ledger[str(path.resolve())] = hashlib.sha256(data).hexdigest()
        file = _ledger_file()
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(ledger, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, file)
    except OSError:
        pass  # without the ledger the next write is refused unless --overschrijf: safe, only less convenient


def made_by_wetgraaf(path: Path | str) -> bool:
    """Is the file at `path` exactly what wetgraaf last wrote there (so replacing it loses nothing)?"""
    path = Path(path)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False
    return _ledger().get(str(path.resolve())) == digest


def write_output(path: Path | str, data: bytes | str, overwrite: bool = False) -> Path | None:
    """Write a command's output file. A file that exists and is not exactly what wetgraaf wrote there before is
    refused (OutputRefused) unless `overwrite`; then it is kept as a backup that never replaces another backup.
    Returns that backup, or None."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if path.exists() and not path.is_file():
        raise OutputRefused(bericht("zin.uitvoer.geen_bestand", doel=str(path)))
    check_writable(path)
    keep = False
    if path.exists() and not made_by_wetgraaf(path):
        if not overwrite:
            raise OutputRefused(bericht("zin.uitvoer.vreemd_bestand", doel=str(path),
                                        kopie=free_backup_path(path).name))
        keep = True
    try:
        saved = write_bytes(path, raw, backup=keep)
    except OSError as exc:  # e.g. the disk filled up while writing: the old file is still there
        raise OutputRefused(bericht("zin.uitvoer.schrijven", doel=str(path), reden=reason(exc))) from None
    _remember(path, raw)
    return saved


def write_bytes(path: Path | str, data: bytes, backup: bool = True) -> Path | None:
    """Replace `path` by `data` atomically. Returns the backup of the original (None when there was no original or
    no backup was asked); a backup never replaces an earlier backup. The file keeps the permissions of the
    original."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    saved = None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
            if backup:
                saved = free_backup_path(path)
                shutil.copy2(path, saved)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return saved


def write_text(path: Path | str, text: str, backup: bool = True, encoding: str = "utf-8") -> Path | None:
    """`write_bytes` for text."""
    return write_bytes(path, text.encode(encoding), backup)


def _is_ours(folder: Path) -> bool:
    return (folder / BUILD_MARKER).is_file()


def _is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def check_output_dir(target: Path | str, overwrite: bool = False, protect: tuple[Path, ...] = ()) -> None:
    """Refuse (OutputRefused) a build into `target` that would replace what wetgraaf did not make: an existing
    file, a folder with content but without the build mark (unless `overwrite`), or a folder that holds the
    current folder or any of the `protect` paths (the corpus, the configuration; never, not even with
    `overwrite`)."""
    target = Path(target)
    resolved = target.resolve()
    for p in (Path.cwd(), *protect):
        p = Path(p).resolve()
        if p == resolved or resolved in p.parents:
            what = bericht("zin.uitvoer.huidige_map") if p == Path.cwd().resolve() else str(p)
            raise OutputRefused(bericht("zin.uitvoer.bevat", doel=str(target), wat=what))
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OutputRefused(bericht("zin.uitvoer.geen_uitvoermap", doel=str(target)))
    if target.is_dir() and not _is_ours(target) and not _is_empty_dir(target) and not overwrite:
        raise OutputRefused(bericht("zin.uitvoer.vreemde_map", doel=str(target), naam=target.name))


def _restore_interrupted_swap(target: Path) -> None:
    """A kill between the two renames of a swap leaves no `target` but the previous build as `.<name>.oud-*`:
    put it back before anything else."""
    if target.exists() or target.is_symlink():
        return
    olds = sorted(target.parent.glob(f".{target.name}.oud-*"), key=lambda p: p.stat().st_mtime)
    if olds and _is_ours(olds[-1]):
        os.replace(olds[-1], target)


def _set_aside(target: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.bewaard-{stamp}")
    n = 0
    while aside.exists():
        n += 1
        aside = target.with_name(f"{target.name}.bewaard-{stamp}-{n}")
    os.replace(target, aside)
    return aside


def replace_dir(target: Path | str, build: Callable[[Path], T], overwrite: bool = False,
                protect: tuple[Path, ...] = ()) -> T:
    """Call `build(folder)` with a fresh temporary folder beside `target`; when it returns, the folder becomes
    `target`. Only a folder wetgraaf built (it carries BUILD_MARKER) or an empty one is replaced; anything else is
    refused (check_output_dir) or, with `overwrite`, moved aside as `<name>.bewaard-<time>` and never deleted.
    When `build` raises, or the process is interrupted, `target` is untouched and the temporary folder is removed
    (after a hard kill: left as a hidden `.<name>.bouw-*` folder that the next build clears). The swap is one
    atomic exchange where the system has it; otherwise a kill between its two renames is repaired by the next
    run, which puts the previous build back first."""
    target = Path(target)
    check_output_dir(target, overwrite, protect)
    check_writable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputRefused(bericht("zin.uitvoer.map_maken", doel=str(target), reden=reason(exc))) from None
    _restore_interrupted_swap(target)
    check_output_dir(target, overwrite, protect)
    for stale in target.parent.glob(f".{target.name}.bouw-*"):
        if _is_ours(stale):
            shutil.rmtree(stale, ignore_errors=True)
    if target.is_dir() and _is_ours(target):
        for stale in target.parent.glob(f".{target.name}.oud-*"):
            if _is_ours(stale):
                shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.bouw-"))
    (tmp / BUILD_MARKER).write_text("gebouwd door wetgraaf; deze map mag door een nieuwe bouw worden vervangen\n",
                                    encoding="utf-8")
    try:
        result = build(tmp)
        if not _is_ours(tmp):  # a builder that cleaned its folder
            (tmp / BUILD_MARKER).write_text("gebouwd door wetgraaf\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    os.chmod(tmp, 0o777 & ~_umask())
    if target.is_dir() and not _is_ours(target):
        if _is_empty_dir(target):
            os.rmdir(target)
        else:  # only with overwrite (checked above): never deleted, moved aside
            _set_aside(target)
    if target.is_dir():
        if _exchange(tmp, target):
            shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous build (ours)
        else:
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.oud-"))
            os.rmdir(old)
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)
    _fsync_dir(target.parent)
    return result


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE). False where the system cannot."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), rename_exchange)
    return rc == 0


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once: setting the umask to read it is not thread-safe


def _umask() -> int:
    return _UMASK


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["write_text", "write_bytes", "write_output", "replace_dir", "check_output_dir", "backup_path",
           "free_backup_path", "made_by_wetgraaf", "OutputRefused", "BUILD_MARKER", "BACKUP_SUFFIX", "check_writable",
           "reason"]
