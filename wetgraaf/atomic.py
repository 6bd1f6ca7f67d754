"""Writing a user's files without ever losing one.

A file is written to a temporary file in the same folder, flushed to disk (fsync) and renamed over the old one, so
a reader (or a crash) sees either the old file or the new one, never half of one. The original is first copied
to `<name>.orig` (when asked; the default), so an unwanted change can be undone by hand. A folder (the built
site) is built in a temporary sibling folder and swapped in only when the build succeeded: an interrupted or failed
build leaves the previous one as it was.

Only commands the user asks to write call this: nothing in wetgraaf rewrites a law file on its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
BACKUP_SUFFIX = ".orig"


def backup_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_bytes(path: Path | str, data: bytes, backup: bool = True) -> Path | None:
    """Replace `path` by `data` atomically. Returns the backup of the original (None when there was no original or
    no backup was asked). The file keeps the permissions of the original."""
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
                saved = backup_path(path)
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


def replace_dir(target: Path | str, build: Callable[[Path], T]) -> T:
    """Call `build(folder)` with a fresh temporary folder beside `target`; when it returns, the folder becomes
    `target` (the previous `target` is removed only after the new one is in place). When it raises, or the process
    is interrupted, `target` is untouched and the temporary folder is removed (or, after a hard kill, left as a
    hidden `.<name>.bouw-*` folder that the next build clears)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.bouw-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}.oud-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.bouw-"))
    try:
        result = build(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.oud-"))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(tmp, target)
    os.chmod(target, 0o777 & ~_umask())
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(target.parent)
    return result


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


__all__ = ["write_text", "write_bytes", "replace_dir", "backup_path", "BACKUP_SUFFIX"]
