"""Read a corpus folder: law/<wet>/wet.yaml with its artikel-*.md files, and law/wijzigingen/<naam>/.

Every problem in every file is collected; loading reports them all at once (LawErrors) instead of stopping at the
first, so `wetgraaf check` can list everything that is wrong.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from . import ir
from .errors import LawError, LawErrors, yaml_problem
from .markdown import parse_article
from .wijziging import check_op, parse_wijziging

_REQUIRED_WET_KEYS = ("sleutel", "titel", "status")
_STATUSES = ("in werking", "wetsvoorstel", "voorstel", "beleidsbrief")


def default_root() -> Path:
    """The corpus shipped with the package (law/ at the repo root, installed as wetgraaf.law)."""
    from importlib.resources import files

    return Path(str(files("wetgraaf.law")))


def read_text(path: Path) -> str:
    """Read a file as UTF-8; a file in another encoding is a located error, not a crash."""
    try:
        data = path.read_bytes()
    except OSError as exc:  # a folder, a file without read permission, a broken link
        raise LawError("WG-FILE-017", f"cannot read this file: {exc.strerror or exc}", ir.Pos(str(path), 1, 1)) \
            from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LawError("WG-FILE-015", "this file is not UTF-8 text; save it as UTF-8",
                       ir.Pos(str(path), line, col)) from None


def load_yaml(path: Path, code: str) -> dict:
    text = read_text(path)
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # ValueError: a date not on the calendar
        problem, pos = yaml_problem(exc, text, str(path))
        raise LawError(code, f"not valid YAML: {problem}", pos) from None
    if not isinstance(data, dict):
        raise LawError(code, "expected 'key: value' lines", ir.Pos(str(path), 1, 1))
    return data


def _load_law(folder: Path, errors: list[LawError]) -> ir.Law | None:
    wet_file = folder / "wet.yaml"
    try:
        meta = load_yaml(wet_file, "WG-WET-001")
    except LawError as exc:
        errors.append(exc)
        return None
    missing = [k for k in _REQUIRED_WET_KEYS if k not in meta]
    if missing:
        errors.append(LawError("WG-WET-002", f"wet.yaml lacks {', '.join(missing)}", ir.Pos(str(wet_file), 1, 1)))
        return None
    if meta["sleutel"] != folder.name:
        errors.append(LawError("WG-WET-003", f"sleutel '{meta['sleutel']}' must equal the folder name "
                               f"'{folder.name}'", ir.Pos(str(wet_file), 1, 1)))
    if meta["status"] not in _STATUSES:
        errors.append(LawError("WG-WET-004", f"status must be one of {', '.join(_STATUSES)}",
                               ir.Pos(str(wet_file), 1, 1)))
    law = ir.Law(folder.name, meta["titel"], meta.get("citeertitel", meta["titel"]),
                 meta.get("afkorting", meta["titel"]), meta.get("bwb"), meta["status"], meta.get("versies", []),
                 str(wet_file), meta=meta)
    for path in sorted(folder.glob("artikel-*.md")):
        try:
            law.articles.append(parse_article(read_text(path), str(path), law.sleutel, law.afkorting))
        except LawErrors as exc:
            errors.extend(exc.errors)
        except LawError as exc:
            errors.append(exc)
    return law


def load_corpus(root: Path | str | None = None) -> ir.Corpus:
    """Parse every law and amendment under `root`. Raises LawErrors listing every problem found."""
    root = Path(root) if root is not None else default_root()
    if not root.is_dir():
        raise LawErrors([LawError("WG-FILE-016", f"no corpus folder at {root}", None)])
    corpus = ir.Corpus(str(root))
    errors: list[LawError] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "wet.yaml").exists()):
        law = _load_law(folder, errors)
        if law is not None:
            corpus.laws[law.sleutel] = law
    wijz_root = root / "wijzigingen"
    if wijz_root.is_dir():
        for folder in sorted(p for p in wijz_root.iterdir() if p.is_dir()):
            try:
                corpus.wijzigingen[folder.name] = parse_wijziging(folder, corpus)
            except LawErrors as exc:
                errors.extend(exc.errors)
            except LawError as exc:
                errors.append(exc)
        check_op(corpus, errors)
    if errors:
        raise LawErrors(errors)
    return corpus
