"""Reading one file of the corpus, safely: UTF-8 text (another encoding is a located error), never a FIFO, device or
socket (reading one would wait forever) and never a file too big to be law; and a YAML file of keys. Apart from the
corpus loader so that every reader (amendment folders, scenarios, municipal data, population files) uses it without
importing the loader."""

from __future__ import annotations

import pickle
import stat
from pathlib import Path
from typing import Any

from . import ir
from ..core.errors import LawError, leesreden, yaml_problem
from ..taal import bericht
from ..yamlpos import yaml_probleem

MAX_FILE = 16 * 1024 * 1024  # bytes: far above any law or scenario file; a bigger one is a mistake, not law


def read_text(path: Path) -> str:
    """Read a file as UTF-8; a file in another encoding is a located error, not a crash. A FIFO, device or socket is
    refused before it is opened (reading one would wait forever), and so is a file over MAX_FILE."""
    try:
        st = path.stat()
    except OSError:
        st = None  # reported by the read below, with the system's reason
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        raise LawError("WG-FILE-019", bericht("WG-FILE-019.soort"), ir.Pos(str(path), 1, 1))
    if st is not None and st.st_size > MAX_FILE:
        raise LawError("WG-FILE-019", bericht("WG-FILE-019", mib=st.st_size // (1024 * 1024),
                                              max=MAX_FILE // (1024 * 1024)), ir.Pos(str(path), 1, 1))
    try:
        data = path.read_bytes()
    except OSError as exc:  # a folder, a file without read permission, a broken link
        raise LawError("WG-FILE-017", bericht("WG-FILE-017", reden=leesreden(exc)), ir.Pos(str(path), 1, 1)) \
            from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LawError("WG-FILE-015", bericht("WG-FILE-015"),
                       ir.Pos(str(path), line, col)) from None


_YAML: dict[str, bytes] = {}  # text -> its value, pickled; in this process


def safe_load(text: str) -> Any:
    """yaml.safe_load, once per text in this process: a fresh copy of the value read before (a pickle round trip;
    the caller may change it). Loading the corpus again after one edit (`dienst --herlaad`, the drafter's loop)
    reads the front matter of every article and amendment file again, with PyYAML's Python loader: 0.2 s of a
    one-article rebuild. A text that does not load raises as yaml.safe_load does, every time (not kept)."""
    found = _YAML.get(text)
    if found is not None:
        return pickle.loads(found)
    import yaml  # only here: reading a scenario back from the cache (a warm `wetgraaf vraag`) needs read_text only

    value = yaml.safe_load(text)
    if len(_YAML) > 8192:
        _YAML.clear()
    _YAML[text] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return value


def fast_load(text: str) -> Any:
    """yaml.safe_load, with libyaml where PyYAML has it (the same values, several times faster: a `wetgraaf site`
    in a new process read its 24 scenario files in 1.5 s with the Python loader); a text libyaml refuses is read
    by the Python loader, as before, so its error is the one yaml.safe_load gives. Not kept (see safe_load)."""
    import yaml  # only here: reading a scenario back from the cache (a warm `wetgraaf vraag`) needs read_text only

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_yaml(path: Path, code: str) -> dict:
    import yaml  # only here: reading a scenario back from the cache (a warm `wetgraaf vraag`) needs read_text only

    text = read_text(path)
    try:
        data = safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
        problem, pos = yaml_problem(exc, text, str(path))
        raise LawError(code, bericht("zin.bestand.yaml", probleem=yaml_probleem(problem)), pos) from None
    if not isinstance(data, dict):
        raise LawError(code, bericht("zin.bestand.sleutels"), ir.Pos(str(path), 1, 1))
    return data
