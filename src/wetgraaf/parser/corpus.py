"""Read a corpus folder: law/<wet>/wet.yaml with its artikel-*.md files, and law/wijzigingen/<naam>/.

Every problem in every file is collected; loading reports them all at once (LawErrors) instead of stopping at the
first, so `wetgraaf controleer` can list everything that is wrong.
"""

from __future__ import annotations

import datetime as _dt

from pathlib import Path
from typing import TYPE_CHECKING


from . import ir
from ..core.errors import LawError, LawErrors
from ..taal import bericht
from .files import load_yaml, read_text

if TYPE_CHECKING:
    from .structure import Corpus, Law

_REQUIRED_WET_KEYS = ("sleutel", "titel", "status")
_STATUSES = ("in werking", "wetsvoorstel", "voorstel", "beleidsbrief")


def default_root() -> Path:
    """The corpus shipped with the package (law/ at the repo root, installed as wetgraaf.law). Resolved: in a
    checkout src/wetgraaf/law links to law/, and messages should name the folder drafters edit."""
    here = Path(__file__).parent.parent / "law"  # the package wetgraaf.law beside this one, as installed or linked
    if (here / "__init__.py").is_file():
        return here.resolve()  # without importlib.resources (and zipfile): a warm `wetgraaf vraag` asks this first
    from importlib.resources import files

    return Path(str(files("wetgraaf.law"))).resolve()


_TEXT_FIELDS = ("sleutel", "titel", "citeertitel", "afkorting", "bwb", "status")
_KIND = {list: "zin.wet.lijst", dict: "zin.wet.tabel", bool: "zin.wet.janee", int: "zin.wet.getal",
         float: "zin.wet.getal"}


def _wet_yaml_shape(meta: dict, text: str, file: str) -> list[LawError]:
    """Every field of wet.yaml of the kind the rest of wetgraaf reads it as, each problem at its field."""
    from .markdown import front_pos  # the readers only when parsing: a warm start needs default_root() alone

    def at(key: str) -> ir.Pos:
        pos = front_pos("\n" + text, key, file)  # front_pos skips a first line (the '---' of front matter)
        return ir.Pos(file, max(pos.line - 1, 1), pos.col)

    out = []
    for key in _TEXT_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            soort = bericht(_KIND[type(value)]) if type(value) in _KIND else type(value).__name__
            out.append(LawError("WG-WET-005", bericht("WG-WET-005", sleutel=key, soort=soort), at(key)))
    versies = meta.get("versies", [])
    if not isinstance(versies, list):
        out.append(LawError("WG-WET-005", bericht("WG-WET-005.versies"),
                            at("versies")))
    else:
        for i, v in enumerate(versies, 1):
            if not isinstance(v, dict):
                out.append(LawError("WG-WET-005", bericht("WG-WET-005.versie", i=i), at("versies")))
            elif "versie" in v and not isinstance(v["versie"], _dt.date):
                out.append(LawError("WG-WET-005", bericht("WG-WET-005.datum", i=i, waarde=v["versie"]), at("versies")))
            elif any(k in v and not isinstance(v[k], str) for k in ("bron", "herkomst")):
                out.append(LawError("WG-WET-005", bericht("WG-WET-005.tekst", i=i), at("versies")))
    return out


def _load_law(folder: Path, errors: list[LawError]) -> Law | None:
    from . import structure  # the parsed document's classes: a warm `vraag` never parses (structure.py)

    wet_file = folder / "wet.yaml"
    try:
        meta = load_yaml(wet_file, "WG-WET-001")
    except LawError as exc:
        errors.append(exc)
        return None
    text = read_text(wet_file)
    shape = _wet_yaml_shape(meta, text, str(wet_file))
    if shape:
        errors.extend(shape)
        return None
    missing = [k for k in _REQUIRED_WET_KEYS if k not in meta]
    if missing:
        errors.append(LawError("WG-WET-002", bericht("WG-WET-002", velden=", ".join(missing)),
                               ir.Pos(str(wet_file), 1, 1)))
        return None
    if meta["sleutel"] != folder.name:
        errors.append(LawError("WG-WET-003", bericht("WG-WET-003", sleutel=meta["sleutel"], map=folder.name),
                               ir.Pos(str(wet_file), 1, 1)))
    if meta["status"] not in _STATUSES:
        errors.append(LawError("WG-WET-004", bericht("WG-WET-004", statussen=", ".join(_STATUSES)),
                               ir.Pos(str(wet_file), 1, 1)))
    law = structure.Law(folder.name, meta["titel"], meta.get("citeertitel", meta["titel"]),
                 meta.get("afkorting", meta["titel"]), meta.get("bwb"), meta["status"], meta.get("versies", []),
                 str(wet_file), meta=meta)
    from .markdown import parse_article
    from .uitbreidingen import check_artikelen, lees

    law.uitbreidingen, cited = lees(law.sleutel, meta, text, str(wet_file), errors)

    for path in sorted(folder.glob("artikel-*.md")):
        try:
            law.articles.append(parse_article(read_text(path), str(path), law.sleutel, law.afkorting))
        except LawErrors as exc:
            errors.extend(exc.errors)
        except LawError as exc:
            errors.append(exc)
    check_artikelen(law, cited, errors)
    return law


def load_corpus(root: Path | str | None = None) -> Corpus:
    """Parse every law and amendment under `root`. Raises LawErrors listing every problem found."""
    from . import structure
    from .wijziging import check_op, parse_wijziging

    root = Path(root) if root is not None else default_root()
    if not root.is_dir():
        raise LawErrors([LawError("WG-FILE-016", bericht("WG-FILE-016", pad=str(root)), None)])
    corpus = structure.Corpus(str(root))
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
    if not errors and not corpus.laws:  # a wrong folder must not pass as "corpus in orde"
        errors.append(LawError("WG-FILE-018", bericht("WG-FILE-018", pad=str(root)), None))
    from .parsestore import save

    save()  # the blocks and sentences parsed now, for the next process (parsestore.py)
    if errors:
        raise LawErrors(errors)
    return corpus
