"""Heavy work in a process of its own: killed at its deadline, capped in memory, and off the service's interpreter.

A thread cannot be killed and shares the interpreter lock with every other request, so a large evaluation in a
thread slows all of them and keeps its memory until it ends. `run_forked` runs one call in a child forked from the
service (the compiled programs are shared copy-on-write, nothing is loaded again): the child gets an address-space
limit (RLIMIT_AS), the parent waits for its answer on a pipe until the deadline and then kills it (SIGKILL), so the
processor and the memory are free the moment the answer is given. On a system without fork the call runs here.

Forking the service copies its page tables: about 10 ms for a service of 120 MiB, with the interpreter lock held, so
every other request waits. `Forkserver` pays that once: a process forked from the service when first needed, that
forks the child of each call from itself (copy-on-write from the same state) and sends the answer back; the service
only writes the arguments to a pipe and reads the answer. When the service's state changes (a program compiled),
it stops the fork server and the next call starts a new one.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import threading
import time
import weakref
from typing import Any, Callable

from .taal import bericht

MEMORY_LIMIT = 512 * 1024 * 1024  # bytes the child may map beyond what the service has mapped when it forks


class Killed(Exception):
    """The child passed its deadline and was killed."""


class OutOfMemory(Exception):
    """The child needed more memory than its limit."""


class Crashed(Exception):
    """The child ended without an answer (a signal, or an error that could not be sent back); the service reports
    it as an internal error (WG-API-500), with this message."""


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


def _die_with_parent() -> None:
    """Linux: this process is killed when the process that forked it ends (a killed fork server leaves no child)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the deadline still ends it
        pass


def _child(fn: Callable[..., Any], args: tuple, fd: int, memory: int) -> None:
    """In the child: cap the memory, run, send back ('ok', result) or ('fout', exception) or ('geheugen', None)."""
    try:
        import resource

        _die_with_parent()

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
        raise Crashed(bericht("zin.werker.geen_antwoord"))
    kind, value = pickle.loads(b"".join(chunks))  # noqa: S301 - written by our own child, through our own pipe
    if kind == "ok":
        return value
    if kind == "geheugen":
        raise OutOfMemory
    if kind == "fout":
        raise value
    raise Crashed(value)


def _write_message(fd: int, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, n: int, deadline: float | None) -> bytes | None:
    """n bytes from `fd`; None at its end; Killed when `deadline` (time.monotonic()) passes first."""
    chunks, left = [], n
    while left:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise Killed
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                continue
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_message(fd: int, deadline: float | None = None) -> Any:
    head = _read_exactly(fd, 8, deadline)
    if head is None:
        raise EOFError
    data = _read_exactly(fd, struct.unpack("<Q", head)[0], deadline)
    if data is None:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - written by our own process, through our own pipe


def _neutralise_inherited(keep: set[int]) -> None:
    """In the fork server: every file descriptor inherited from the service except stdio and `keep` is replaced by
    /dev/null. A socket the service closes is then closed (its listening socket, its clients' connections), and a
    pipe the service closes reaches EOF: a process that holds the service's end of a pipe (a browser driver, the
    test runner's channel) would otherwise wait forever for the fork server to let go of it."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            if fd < 3 or fd in keep or fd == null:
                continue
            try:
                os.dup2(null, fd)
            except OSError:
                continue
    finally:
        os.close(null)


def _serve_forks(target: Callable[..., Any], inbox: int, outbox: int, memory: int) -> None:
    """The fork server's loop: each message (args, deadline) is run in a child of its own (run_forked), the outcome
    sent back; it ends when the service closes the pipe (or ends: then it is killed, _die_with_parent)."""
    try:
        while True:
            try:
                args, deadline = _read_message(inbox)
            except EOFError:
                break
            try:
                reply: tuple = ("ok", run_forked(target, *args, deadline=deadline, memory=memory))
            except Killed:
                reply = ("killed", None)
            except OutOfMemory:
                reply = ("geheugen", None)
            except Crashed as exc:
                reply = ("kapot", str(exc))
            except Exception as exc:  # noqa: BLE001 - raised in the service, as if run there
                reply = ("fout", exc)
            try:
                _write_message(outbox, reply)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                _write_message(outbox, ("kapot", f"{type(exc).__name__}: {exc}"))
    finally:
        os._exit(0)


def _end_forkserver(pid: int, inbox: int, outbox: int) -> None:
    for fd in (inbox, outbox):
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class Forkserver:
    """Calls of `target` in children forked from one process forked once from the service (see the module text).
    `call` is thread-safe (one call at a time); `after_fork` runs in the fork server right after it is forked."""

    GRACE = 2.0  # seconds past a call's deadline before the fork server itself counts as stuck and is killed

    def __init__(self, target: Callable[..., Any], after_fork: Callable[[], None] = lambda: None,
                 memory: int = MEMORY_LIMIT) -> None:
        self.target, self.after_fork, self.memory = target, after_fork, memory
        self.lock = threading.Lock()
        self.pid: int | None = None
        self.inbox = self.outbox = -1

    def _start(self) -> None:
        to_r, to_w = os.pipe()
        back_r, back_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the fork server; what it does is read back through the pipe
            try:
                os.close(to_w)
                os.close(back_r)  # no _die_with_parent here: it fires when the forking *thread* ends
                _neutralise_inherited({to_r, back_w})
                self.after_fork()
            finally:
                _serve_forks(self.target, to_r, back_w, self.memory)
        os.close(to_r)
        os.close(back_w)
        self.pid, self.inbox, self.outbox = pid, to_w, back_r
        # a service (or a test's app) that is gone takes its fork server along
        self._finalizer = weakref.finalize(self, _end_forkserver, pid, to_w, back_r)

    def _stop(self) -> None:
        if self.pid is None:
            return
        self._finalizer()
        self.pid, self.inbox, self.outbox = None, -1, -1

    def stop(self) -> None:
        """Stop the fork server (the next call starts a new one, forked from the service as it is then)."""
        with self.lock:
            self._stop()

    def call(self, *args: Any, deadline: float) -> Any:
        """`target(*args)` in a child; as `run_forked` (Killed at `deadline`, OutOfMemory, Crashed, or the
        exception of the call). Call from a worker thread."""
        with self.lock:
            if self.pid is None:
                self._start()
            try:
                _write_message(self.inbox, (args, deadline))
                kind, value = _read_message(self.outbox, deadline + self.GRACE)
            except (OSError, EOFError, Killed):  # the fork server died or hangs: a new one next time
                self._stop()
                raise Killed from None
        if kind == "ok":
            return value
        if kind == "killed":
            raise Killed
        if kind == "geheugen":
            raise OutOfMemory
        if kind == "fout":
            raise value
        raise Crashed(value)


__all__ = ["run_forked", "available", "Forkserver", "Killed", "OutOfMemory", "Crashed", "MEMORY_LIMIT"]
