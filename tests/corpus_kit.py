"""Write tiny corpora into a temporary folder, so a test can state its own rules and ask the engine about them
through the public path (wetgraaf.load(folder) -> program/engine), and run the CLI on them.

    root = corpus(tmp_path, '''
        feit leeftijd_van(p: persoon): geheel
        begrip volwassen(p: persoon): waarheid = leeftijd_van(p) >= 18
    ''')
    value = ask(root, "volwassen", ("an",), {fact("leeftijd_van", "an"): 20})

Several articles (or versions, or laws) are given as `Art` objects; each becomes one artikel-<nummer>.md file.
"""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import wetgraaf
from wetgraaf.engine.evaluate import Answer

WET = "testwet"
DAY = _dt.date(2026, 1, 1)
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Art:
    """One article file: rule blocks per lid ('' = directly under the article heading)."""

    nummer: str
    regels: str | dict[str, str] = ""
    geldig_vanaf: str | None = None
    geldig_tot: str | None = None
    wet: str = WET
    file: str | None = None  # file name; default artikel-<nummer>.md
    tekst: str = "Tekst van het artikel."

    def render(self) -> str:
        front = [f"wet: {self.wet}", f'artikel: "{self.nummer}"', "herkomst: officieel"]
        if self.geldig_vanaf:
            front.append(f"geldig_vanaf: {self.geldig_vanaf}")
        if self.geldig_tot:
            front.append(f"geldig_tot: {self.geldig_tot}")
        body = [f"# Artikel {self.nummer}", "", self.tekst, ""]
        blocks = {"": self.regels} if isinstance(self.regels, str) else self.regels
        for lid, rules in blocks.items():
            if lid:
                body += [f"## Lid {lid}", "", f"{lid} Tekst van lid {lid}.", ""]
            if rules.strip():
                body += ["```regels", textwrap.dedent(rules).strip("\n"), "```", ""]
        return "---\n" + "\n".join(front) + "\n---\n\n" + "\n".join(body)


def corpus(tmp_path: Path, *arts: Art | str, wetten: dict[str, str] | None = None) -> Path:
    """Write a corpus under tmp_path/law and return its folder. A plain string is the rules of artikel 1."""
    root = tmp_path / "law"
    items = [a if isinstance(a, Art) else Art("1", a) for a in arts]
    titles = dict(wetten or {})
    for art in items:
        titles.setdefault(art.wet, f"Wet {art.wet}")
    for wet, titel in titles.items():
        folder = root / wet
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "wet.yaml").write_text(f"sleutel: {wet}\ntitel: {titel}\nafkorting: {titel}\n"
                                         "status: in werking\n", encoding="utf-8")
    for art in items:
        path = root / art.wet / (art.file or f"artikel-{art.nummer}.md")
        path.write_text(art.render(), encoding="utf-8")
    return root


def fact(name: str, *args: str, wet: str = WET) -> tuple[str, tuple[str, ...]]:
    """The engine's key of a fact: (qualified name, arguments)."""
    return (f"{wet}.{name}", tuple(args))


def answer(root: Path, name: str, args: tuple = (), facts: dict | None = None, peildatum: _dt.date = DAY,
           trace: bool = False, wet: str = WET) -> Answer:
    """Ask the engine of the corpus at `root` for `name(args)`; the full Answer (value, missing, trace)."""
    engine = wetgraaf.load(root).engine(peildatum)
    return engine.answer(name, f"{wet}.{name}", tuple(args), dict(facts or {}), peildatum, trace)


def ask(root: Path, name: str, args: tuple = (), facts: dict | None = None, peildatum: _dt.date = DAY,
        wet: str = WET) -> Any:
    """Just the value (or Unknown); an evaluation error is raised."""
    a = answer(root, name, args, facts, peildatum, wet=wet)
    if a.error is not None:
        raise a.error
    return a.value


def missing(a: Answer) -> list[str]:
    """The labels of the missing facts and open norms of an answer, without the law prefix."""
    return [m.label.split(".", 1)[1] for m in a.missing_facts + a.missing_oordelen]


def _cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "WETGRAAF_DEBUG"}
    env["COLUMNS"] = "200"  # rich wraps tables at the terminal width; keep output stable
    env["WETGRAAF_TAAL"] = "nl"  # the Dutch surface whatever the machine's locale; --taal en still overrides it
    return env


def run_cli_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `wetgraaf ARGS` the way a user does: a fresh process with this interpreter (the end-to-end path: start-up,
    exit status and output of a real process)."""
    return subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, env=_cli_env(), timeout=120)


def _text(stream: Any) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


# Python's own warning filters in a fresh process (no -W, no PYTHONWARNINGS): pytest's are not the user's.
_PROCESS_WARNINGS = (("default", DeprecationWarning, "__main__"), ("ignore", DeprecationWarning, ""),
                     ("ignore", PendingDeprecationWarning, ""), ("ignore", ImportWarning, ""),
                     ("ignore", ResourceWarning, ""))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `wetgraaf ARGS` as `python -m wetgraaf.cli ARGS` does, inside this process: the same entry point
    (wetgraaf.cli.main, which turns every problem into a message and an exit status), the same environment, working
    folder, program name and warning filters, with stdout and stderr captured and the exit status taken from its
    SystemExit; an exception that escapes main is written to stderr as its traceback, as Python would. A process costs
    about a second of processor time to start, which the tests that only read a command's exit status and output need
    not pay; run_cli_process keeps the real process for the end-to-end tests."""
    import contextvars
    import io
    import logging
    import traceback
    import types
    import warnings

    from wetgraaf import cli

    # Streams like a process's: text over bytes (some commands write bytes to sys.stderr.buffer), read back as
    # subprocess.run(text=True) reads them.
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in range(2))
    env, cwd_before = dict(os.environ), os.getcwd()
    streams, argv, main_module = (sys.stdin, sys.stdout, sys.stderr), sys.argv, sys.modules["__main__"]
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    # Click names the program after __main__ (`python -m wetgraaf.cli` in its usage lines).
    fake_main = types.ModuleType("__main__")
    fake_main.__package__ = "wetgraaf"
    fake_main.__file__ = cli.__file__
    code: int = 0
    try:
        os.environ.clear()
        os.environ.update(_cli_env())
        os.chdir(cwd or REPO)
        sys.argv, sys.modules["__main__"] = [str(cli.__file__), *args], fake_main
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), out, err
        root.handlers, root.level = [], logging.WARNING  # a fresh process: logging's last resort writes to stderr
        with warnings.catch_warnings():
            warnings.resetwarnings()
            for action, category, module in _PROCESS_WARNINGS:
                warnings.filterwarnings(action, category=category, module=module, append=True)
            try:
                contextvars.copy_context().run(cli.main)  # the language chosen (--taal) stays in this run
            except SystemExit as exc:
                if exc.code is None or isinstance(exc.code, int):
                    code = exc.code or 0
                else:
                    err.write(f"{exc.code}\n")
                    code = 1
            except BaseException:  # noqa: BLE001 - what a process would print when main let it escape
                err.write(traceback.format_exc())
                code = 1
    finally:
        root.handlers, root.level = handlers, level
        sys.stdin, sys.stdout, sys.stderr = streams
        sys.argv, sys.modules["__main__"] = argv, main_module
        os.chdir(cwd_before)
        os.environ.clear()
        os.environ.update(env)
    done = subprocess.CompletedProcess([sys.executable, "-m", "wetgraaf.cli", *args], code, _text(out), _text(err))
    return done


# Two groups of laws that do not reach each other (no rule or text of one refers to the other): the Wbmgp with its
# 2025 revision and the municipal data, and the Wet op de zorgtoeslag with its two standaardpremie regulations.
SMALL_LAWS = ("wbmgp", "zorgtoeslag", "standaardpremie_2024", "standaardpremie_2025", "gemeenten")
SMALL_SCENARIOS = ("wbmgp-art8.yaml", "wbmgp-art9.yaml", "wbmgp-2025-art8.yaml", "zorgtoeslag-peers.yaml")


def subset(dest: Path, laws: tuple[str, ...] = SMALL_LAWS, amendments: tuple[str, ...] = ("wbmgp-2025",),
           scenarios: tuple[str, ...] = SMALL_SCENARIOS) -> Path:
    """A copy of part of the shipped corpus in `dest` (a site of a fifth of the pages: cheaper to build)."""
    import shutil

    skip = shutil.ignore_patterns("__pycache__")
    for name in laws:
        shutil.copytree(REPO / "law" / name, dest / name, ignore=skip)
    for name in amendments:
        shutil.copytree(REPO / "law" / "wijzigingen" / name, dest / "wijzigingen" / name, ignore=skip)
    (dest / "scenarios").mkdir(parents=True, exist_ok=True)
    for name in scenarios:
        shutil.copy(REPO / "law" / "scenarios" / name, dest / "scenarios" / name)
    return dest


def amendment_corpus(tmp_path: Path, instructions: str, artikel: str, extra: dict[str, str] | None = None) -> Path:
    """A corpus of one law `w` (artikel-1.md holds `artikel`; `extra` adds files by name) and one draft amendment
    `proef` whose instruction file holds `instructions` (dedented): the amendment tools' tests build on it."""
    root = tmp_path / "law"
    (root / "w").mkdir(parents=True)
    (root / "w" / "wet.yaml").write_text("sleutel: w\ntitel: Wet w\nafkorting: Ww\nstatus: in werking\n",
                                         encoding="utf-8")
    (root / "w" / "artikel-1.md").write_text(artikel, encoding="utf-8")
    for name, text in (extra or {}).items():
        (root / "w" / name).write_text(text, encoding="utf-8")
    folder = root / "wijzigingen" / "proef"
    folder.mkdir(parents=True)
    (folder / "wijziging.yaml").write_text("titel: Proef\nstatus: voorstel\nherkomst: ontwerp\nwet: w\n",
                                           encoding="utf-8")
    (folder / "a.md").write_text(textwrap.dedent(instructions), encoding="utf-8")
    return root


def small_article(hoofdstuk: int | None = None) -> str:
    """Artikel 1 of the one-law corpus `w` that the amendment tests change: two leden, the first with onderdelen a
    and b (in hoofdstuk `hoofdstuk` when given)."""
    chapter = f"hoofdstuk: {hoofdstuk}\n" if hoofdstuk is not None else ""
    return (f"---\nwet: w\nartikel: \"1\"\n{chapter}herkomst: officieel\n---\n\n# Artikel 1\n\n## Lid 1\n\n1 Lid een.\n\n"
            "### Onderdeel a\n\na. een;\n\n### Onderdeel b\n\nb. twee.\n\n## Lid 2\n\n2 Lid twee.\n")


# The question service's example requests (tests/service): the acceptance case of the gezinslid definition and an
# interview on it.
GEZINSLID_REQUEST = {
    "peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"],
    "personen": {"kind": {"jeugdwet.geboortedatum": "2013-06-20"}, "cliënt": {}},
    "feiten": {"kind_van_partner_van(kind, cliënt)": True, "kind_van(kind, cliënt)": False,
               "verblijft_elders(kind, cliënt)": True},
    "vragen": ["gezinslid(kind, cliënt)"],
}
INTERVIEW_REQUEST = {"vraag": "gezinslid(kind, cliënt)", "wet": "wmo2015", "peildatum": "2026-01-01",
                     "wijzigingen": ["wams"], "feiten": {}}


def small_mkdocs_site(tmp_path: Path, rules: str, pages: dict[str, str]) -> tuple[Path, Path, Path]:
    """A corpus with one article of `rules` and a small mkdocs project around it (strict, anchors checked), whose
    docs folder holds `pages` (file name -> Markdown): (corpus, docs folder, mkdocs.yml)."""
    root = corpus(tmp_path, rules)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: klein\ndocs_dir: {docs}\nuse_directory_urls: false\nstrict: true\n"
                      "theme: {name: material, language: nl, font: false}\nplugins: [search, wetgraaf]\n"
                      "validation: {anchors: warn}\n", encoding="utf-8")
    return root, docs, config


def assert_table_names_its_arguments(table: Any) -> None:
    """Each (pattern, catalogue key) of a table that translates another library's message: every named group of the
    pattern is a placeholder of the message in both languages."""
    from wetgraaf.taal import catalogus

    for pattern, key in table:
        entry = catalogus()[key]
        for name in pattern.groupindex:
            assert "{" + name + "}" in entry["nl"] and "{" + name + "}" in entry["en"], key


# The question service's tests on a tiny law of their own: one fact and the decision that reads it (lid 1).
SERVICE_LOCAL = "http://127.0.0.1:8000"
STEUN_RULES = """
feit aanvrager(p: persoon "de persoon"): waarheid label "{p} vraagt aan"
begrip recht_op_steun(p: persoon "de persoon"): waarheid label "{p} heeft recht op steun"
  = aanvrager(p)
"""
