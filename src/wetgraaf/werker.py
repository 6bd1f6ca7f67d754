"""Heavy work in a process of its own: killed at its deadline, capped in memory, and off the service's interpreter.

A thread cannot be killed and shares the interpreter lock with every other request, so a large evaluation in a
thread slows all of them and keeps its memory until it ends. `run_forked` runs one call in a child forked from the
service (the compiled programs are shared copy-on-write, nothing is loaded again): the child gets an address-space
limit (RLIMIT_AS), the parent waits for its answer on a pipe until the deadline and then kills it (SIGKILL), so the
processor and the memory are free the moment the answer is given. On a system without fork the call runs here.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from typing import Any, Callable

MEMORY_LIMIT = 512 * 1024 * 1024  # bytes the child may map beyond what the service has mapped when it forks


class Killed(Exception):
    """The child passed its deadline and was killed."""


class OutOfMemory(Exception):
    """The child needed more memory than its limit."""


class Crashed(Exception):
    """The child ended without an answer (a signal, or an error that could not be sent back)."""


def available() -> bool:
    return hasattr(os, "fork") and os.path.exists("/proc/self/status")


def _mapped_bytes() -> int:
    """The address space this process has mapped now (VmSize), the base the child's limit is added to."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(fn: Callable[..., Any], args: tuple, fd: int, memory: int) -> None:
    """In the child: cap the memory, run, send back ('ok', result) or ('fout', exception) or ('geheugen', None)."""
    try:
        import resource

        if memory:
            limit = _mapped_bytes() + memory
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            message: tuple = ("ok", fn(*args))
        except MemoryError:
            message = ("geheugen", None)
        except Exception as exc:  # noqa: BLE001 - sent back to be raised in the service, as if run there
            message = ("fout", exc)
        try:
            data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled: say so, as a crash
            data = pickle.dumps(("kapot", f"{type(message[1]).__name__}: {message[1]}"))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os._exit(0)


def run_forked(fn: Callable[..., Any], *args: Any, deadline: float, memory: int = MEMORY_LIMIT) -> Any:
    """`fn(*args)` in a forked child; its result or its exception, as if called here. `deadline` is a
    time.monotonic() moment: after it the child is killed and `Killed` raised. Call from a worker thread."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; its outcome is what the parent reads
        os.close(read)
        _child(fn, args, write, memory)
    os.close(write)
    chunks: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Killed
            ready, _, _ = select.select([read], [], [], left)
            if not ready:
                continue
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read)
        try:
            os.kill(pid, signal.SIGKILL)  # at once, whether it finished or not: nothing of it stays running
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    if not chunks:
        raise Crashed("het rekenproces stopte zonder antwoord")
    kind, value = pickle.loads(b"".join(chunks))  # noqa: S301 - written by our own child, through our own pipe
    if kind == "ok":
        return value
    if kind == "geheugen":
        raise OutOfMemory
    if kind == "fout":
        raise value
    raise Crashed(value)


__all__ = ["run_forked", "available", "Killed", "OutOfMemory", "Crashed", "MEMORY_LIMIT"]
