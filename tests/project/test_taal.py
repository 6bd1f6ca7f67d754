"""One language per surface (issue 17, item 4; issue 15's last open point): every message a user reads comes from
the catalogue (wetgraaf.taal), in Dutch by default and in English on request (`--taal en`, LANG=en…, the API's
Accept-Language or `taal` parameter), with its file/line/column or field path kept; Click/Typer's own framing is
Dutch too; and no new user message is written as a literal outside the catalogue (an AST scan)."""

from __future__ import annotations

import ast
import os
import pickle
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_kit import run_cli  # noqa: E402

from wetgraaf.taal import Bericht, bericht, catalogus, in_taal, kies, tekst, uit_omgeving  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "wetgraaf"
GOLDEN = REPO / "tests" / "golden" / "errors"


# -- the catalogue ----------------------------------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_entry_has_dutch_and_english_with_the_same_placeholders() -> None:
    table = catalogus()
    assert len(table) > 100
    for key, entry in table.items():
        assert set(entry) == {"nl", "en"}, key
        assert entry["nl"].strip() and entry["en"].strip(), key
        assert _fields(entry["nl"]) == _fields(entry["en"]), key


def test_every_error_code_in_the_catalogue_is_documented() -> None:
    documented = set(re.findall(r"\bWG-[A-Z]+-\d{3}\b", (REPO / "docs" / "fouten.md").read_text(encoding="utf-8")))
    codes = {k.split(".")[0] for k in catalogus() if k.startswith("WG-")}
    assert codes and codes <= documented, sorted(codes - documented)


def test_every_scenario_error_code_has_a_catalogue_message() -> None:
    used = set()
    for path in (SRC / "scenario.py", SRC / "yamlpos.py"):
        used |= set(re.findall(r'LawError\("(WG-SCEN-\d{3})"', path.read_text(encoding="utf-8")))
    keys = {k.split(".")[0] for k in catalogus()}
    assert used and used <= keys, sorted(used - keys)


def test_a_message_is_dutch_text_that_renders_in_english_and_survives_pickling() -> None:
    what = bericht("zin.scen.feit", naam="inkomen")
    msg = bericht("WG-SCEN-014", wat=what, verwacht=bericht("zin.scen.getal"), waarde="veel")
    assert isinstance(msg, str) and msg == "het feit inkomen moet een getal zijn, niet 'veel'"
    assert msg.in_taal("en") == "the fact inkomen must be a number, not 'veel'"  # the phrases inside too
    again = pickle.loads(pickle.dumps(msg))  # the parse cache stores errors: key and arguments, not text
    assert isinstance(again, Bericht) and again == msg and again.in_taal("en") == msg.in_taal("en")
    with in_taal("en"):
        assert tekst(msg) == msg.in_taal("en")
    assert tekst(msg) == msg and tekst("plain") == "plain"


def test_an_exceptions_message_inside_another_is_said_in_the_same_language() -> None:
    """An exception raised with a catalogue message (van_fout) is rendered with the message it is put in: the worker's
    crash inside the service's internal error, Dutch as before and English with it."""
    from wetgraaf.taal import van_fout
    from wetgraaf.werker import Crashed

    msg = bericht("WG-API-500", soort="Crashed", fout=van_fout(Crashed(bericht("zin.werker.geen_antwoord"))))
    assert msg == "interne fout: Crashed: het rekenproces stopte zonder antwoord. Meld dit als fout in wetgraaf."
    assert msg.in_taal("en") == ("internal error: Crashed: the computing process stopped without an answer. "
                                 "Please report this as a bug in wetgraaf.")
    assert van_fout(ValueError("plain text")) == "plain text"  # not from the catalogue: its text, as it is


@pytest.mark.parametrize("header, taal", [("en-GB,en;q=0.9", "en"), ("nl-NL", "nl"), ("fr, en;q=0.5", "en"),
                                          ("en;q=0.4, nl;q=0.8", "nl"), ("de", None), ("", None), (None, None)])
def test_accept_language(header, taal) -> None:
    assert kies(header) == taal


@pytest.mark.parametrize("env, taal", [({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "nl"), ({}, "nl"),
                                       ({"LANG": "nl_NL.UTF-8"}, "nl"), ({"LC_ALL": "C", "LANG": "en_GB"}, "nl"),
                                       ({"WETGRAAF_TAAL": "en", "LANG": "nl_NL"}, "en")])
def test_the_locale_chooses_the_language(env, taal) -> None:
    assert uit_omgeving(env) == taal


# -- the command line -------------------------------------------------------------------------------------------

SCENARIO = ("naam: t\npeildatum: 2026-01-01\nwet: wmo2015\nwijzigingen: [wams]\npersonen: {kind: {}, cliënt: {}}\n"
            "feiten: {'kind_van_de_buurman(kind, cliënt)': waar}\nvragen: ['gezinslid(kind, cliënt)']\n")


def test_scenario_errors_in_dutch_and_with_taal_en_in_english(tmp_path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    nl = run_cli("vraag", str(path))
    en = run_cli("--taal", "en", "vraag", str(path))
    assert nl.returncode == en.returncode == 1
    where = f"{path}:6:"
    assert where in nl.stderr and where in en.stderr  # the same file and line in both languages
    assert "is geen feit van het corpus" in nl.stderr and "fout(en)" in nl.stderr, nl.stderr
    assert "is not a fact of the corpus" in en.stderr and "error(s)" in en.stderr, en.stderr
    assert "[WG-SCEN-012]" in nl.stderr and "[WG-SCEN-012]" in en.stderr


def test_lang_en_gives_english_without_the_option(tmp_path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_TAAL", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "en_US.UTF-8"
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "vraag", str(path)], capture_output=True,
                            text=True, env=env, timeout=120, cwd=REPO)
    assert "is not a fact of the corpus" in result.stderr, result.stderr


FRAMING_EN = ("Usage:", "Try '", "Error:", "Missing argument", "Invalid value", "No such option", "for help")


@pytest.mark.parametrize("args", [("vraag",), ("serve", "--port", "abc"), ("vraag", "--xx", "a"), ("bestaat-niet",),
                                  ("--taal", "fr", "check")])
def test_click_usage_errors_are_dutch(args) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Gebruik:" in result.stderr and "Fout:" in result.stderr and "voor hulp" in result.stderr, result.stderr
    assert not any(w in result.stderr for w in FRAMING_EN), result.stderr
    assert "Traceback" not in result.stderr


def test_click_usage_errors_in_english_on_request() -> None:
    result = run_cli("--taal", "en", "vraag")
    assert result.returncode == 2
    assert "Usage:" in result.stderr and "Error: Missing argument 'scenario'." in result.stderr, result.stderr
    result = run_cli("vraag")
    assert "Fout: argument 'scenario' ontbreekt." in result.stderr, result.stderr


def test_help_panels_are_dutch() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for word in ("Gebruik:", "Opties", "Opdrachten", "Toon deze hulp en stop.", "--taal"):
        assert word in result.stdout, (word, result.stdout)
    for word in ("Usage:", "Options", "Commands", "Show this message"):
        assert word not in result.stdout, (word, result.stdout)


# -- the question service ---------------------------------------------------------------------------------------

BODY = {"peildatum": "2026-01-01", "wet": "wmo2015", "wijzigingen": ["wams"], "personen": {"kind": {}, "cliënt": {}},
        "feiten": {"kind_van_de_buurman(kind, cliënt)": True}, "vragen": ["gezinslid(kind, cliënt)"]}


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from wetgraaf.server import create_app

    return TestClient(create_app(time_limit=60), base_url="http://127.0.0.1")  # a busy machine is not the subject


def test_api_scenario_errors_are_dutch_and_english_on_request(client) -> None:
    """Issue 15's last point: the scenario reader's messages reach the API in Dutch, English when asked."""
    field = "body.feiten.kind_van_de_buurman(kind, cliënt)"
    nl = client.post("/api/evaluate", json=BODY, headers={"Accept-Language": "nl-NL"}).json()["fouten"][0]
    assert nl["code"] == "WG-SCEN-012" and nl["veld"] == field and "is geen feit van het corpus" in nl["melding"]
    plain = client.post("/api/evaluate", json=BODY).json()["fouten"][0]  # no header: Dutch
    assert plain["melding"] == nl["melding"]
    en = client.post("/api/evaluate", json=BODY, headers={"Accept-Language": "en-GB,en;q=0.9"}).json()["fouten"][0]
    assert en["veld"] == field and "is not a fact of the corpus" in en["melding"], en
    param = client.post("/api/evaluate?taal=en", json=BODY).json()["fouten"][0]
    assert param["melding"] == en["melding"]
    forced = client.post("/api/evaluate?taal=nl", json=BODY, headers={"Accept-Language": "en"}).json()["fouten"][0]
    assert forced["melding"] == nl["melding"]  # the parameter wins over the header


def test_api_value_errors_are_dutch_and_english_on_request(client) -> None:
    bad = dict(BODY, feiten={}, personen={"kind": {"jeugdwet.geboortedatum": "gisteren"}, "cliënt": {}})
    nl = client.post("/api/evaluate", json=bad).json()["fouten"][0]
    en = client.post("/api/evaluate", json=bad, headers={"Accept-Language": "en"}).json()["fouten"][0]
    assert nl["code"] == en["code"] == "WG-SCEN-014" and nl["veld"] == en["veld"]
    assert "moet een datum zoals 2026-01-01 zijn" in nl["melding"], nl
    assert "must be a date like 2026-01-01" in en["melding"], en


# -- no user message outside the catalogue ----------------------------------------------------------------------

# The calls that put text in front of a user, and which argument is the message. A literal with words in that place
# is a message written outside the catalogue; a call to bericht()/tekst(), a name or a format-only f-string is not.
MESSAGE_ARG = {"LawError": 1, "EvalError": 1, "ApiError": 2, "_fout": 1, "BadParameter": 0, "echo": 0, "print": 0,
               "fail": 0, "Defect": 1, "error": 1,
               # wetgraaf's other exceptions whose message a user reads, and where it is shown:
               "OutputRefused": 0,  # a place a command will not write: site -o, graaf export -o, --docx, bench
               "Crashed": 0,  # a worker process without an answer: the service's WG-API-500
               "Unsupported": 0,  # no column form: inside WG-POP-006 (population values) and the bench report
               "UnknownName": 0,  # a name `wetgraaf graaf` cannot find
               "OpdrachtFout": 0,  # an amendment's sentence that cannot be read: inside its WG-WIJZ message
               "VraagFout": 0,  # `wetgraaf gegevens`: a question the corpus cannot ask
               "NotAQuantity": 0,  # a value bound to the law's words: inside WG-WAARDE
               "TooMuch": 1,  # a request over a cap: WG-API-011 (the first argument is the field path)
               "SiteBuildError": 0,  # `wetgraaf site` and `dienst --herlaad`: the site was not built
               "ScenarioFailure": 0,  # the pytest plugin's failure report for a scenario
               # other libraries' exceptions that wetgraaf raises with its own words, shown as they are
               "PluginError": 0,  # mkdocs: the site build's reason (`wetgraaf site`)
               "ConnectionError": 0}  # `wijziging --dask-adres`: no scheduler there
# Exceptions defined in src/wetgraaf that carry no message a user reads, and why (the test below fails on a new
# exception class that is in neither table: decide where its message goes).
NOT_SHOWN = {
    "LawErrors": "a list of LawError, each scanned as LawError",
    "Killed": "raised bare; the service says WG-API-003 from the catalogue",
    "OutOfMemory": "raised bare; the service says WG-API-012 from the catalogue",
    "TimeUp": "raised bare; the service says WG-API-003 from the catalogue",
    "ServeApart": "control flow of the service (serve this request in a child); never shown",
    "NeedsProgram": "control flow of the service (compile this situation first); its arguments are a date and names",
}
WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")

# What is left, per module: the number of literal messages not yet in the catalogue. The test fails when a module
# has more (a new literal) and when it has fewer (lower the number: the list only shrinks). Modules not listed
# have none. Families done: WG-SCEN (scenario.py, yamlpos.py), Click/Typer's framing (cli_taal.py), the CLI's
# error summary, the question service (WG-API, HTTP, request validation), the law defects (WG-DEF), names, rules,
# circles and types of the resolved program (WG-NAME, WG-RULE, WG-CYCLE, WG-TYPE), the rule language (WG-PARSE),
# law files and wet.yaml (WG-FILE, WG-WET), amendments (WG-WIJZ), evaluation (WG-EVAL), bound values and words for
# people (WG-WAARDE, WG-LABEL), the mirror (WG-SPGL), the Gherkin bridge and the BWB import (WG-GHK, WG-IMP).
NOT_YET: dict[str, int] = {}  # every module's messages are in the catalogue


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return (_literal(node.left) or "") + (_literal(node.right) or "")
    if isinstance(node, ast.IfExp):
        return (_literal(node.body) or "") + (_literal(node.orelse) or "")
    return None


def literal_messages(path: Path) -> list[tuple[int, str]]:
    """The user messages in `path` written as literals: (line, text)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name not in MESSAGE_ARG:
            continue
        i = MESSAGE_ARG[name]
        arg = node.args[i] if len(node.args) > i else next(
            (k.value for k in node.keywords if k.arg in ("message", "melding")), None)
        text = _literal(arg) if arg is not None else None
        if text and WORD.search(text):
            out.append((node.lineno, text))
    return out


def test_no_user_message_is_written_outside_the_catalogue() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("law/") or rel.startswith("taal/"):
            continue
        hits = literal_messages(path)
        if hits or rel in NOT_YET:
            found[rel] = hits
    for rel, hits in found.items():
        allowed = NOT_YET.get(rel, 0)
        assert len(hits) <= allowed, f"{rel}: a message written outside the catalogue (wetgraaf.taal): {hits}"
        assert len(hits) == allowed, f"{rel}: {len(hits)} literal messages left, NOT_YET says {allowed}: lower it"


def exception_classes() -> dict[str, str]:
    """Every exception class defined in src/wetgraaf (a class whose base is an exception, here or built in): name ->
    the module that defines it."""
    import builtins

    bases: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("law/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "" for b in
                         node.bases]
                bases[node.name] = (rel, names)
    known = {n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
             and issubclass(getattr(builtins, n), BaseException)}
    found: dict[str, str] = {}
    grew = True
    while grew:
        grew = False
        for name, (rel, names) in bases.items():
            if name not in found and any(b in known or b in found for b in names):
                found[name] = rel
                grew = True
    return found


def test_every_exception_of_wetgraaf_is_scanned_or_said_why_not() -> None:
    """A message raised through one of wetgraaf's own exceptions reaches a user as that exception's text: each class
    is scanned (MESSAGE_ARG) or says why its text is never shown (NOT_SHOWN)."""
    classes = exception_classes()
    assert {"LawError", "OutputRefused", "Unsupported", "Crashed", "UnknownName"} <= set(classes), classes
    undecided = {name: rel for name, rel in classes.items() if name not in MESSAGE_ARG and name not in NOT_SHOWN}
    assert not undecided, f"exception classes neither scanned nor said why not (MESSAGE_ARG, NOT_SHOWN): {undecided}"
    assert not set(NOT_SHOWN) & set(MESSAGE_ARG)
    assert set(NOT_SHOWN) <= set(classes), "NOT_SHOWN names a class that no longer exists"


def literal_help(path: Path) -> list[tuple[int, str]]:
    """The help texts in `path` written as literals (`help="..."` of a Typer command or option, of pytest's
    addoption, of a Typer app): (line, text). The catalogue's `bericht(key)` is not a literal."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            for k in node.keywords:
                text = _literal(k.value) if k.arg == "help" else None
                if text and WORD.search(text):
                    out.append((node.lineno, text))
    return out


# What is left, per module: help texts not yet in the catalogue (the same rule as NOT_YET; none are left).
NOT_YET_HULP: dict[str, int] = {}


def test_no_help_text_is_written_outside_the_catalogue() -> None:
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("law/") or rel.startswith("taal/"):
            continue
        hits = literal_help(path)
        allowed = NOT_YET_HULP.get(rel, 0)
        assert len(hits) <= allowed, f"{rel}: a help text written outside the catalogue (wetgraaf.taal.hulp): {hits}"
        assert len(hits) == allowed, f"{rel}: {len(hits)} literal help texts left, NOT_YET_HULP says {allowed}"


def test_the_scan_sees_a_literal_message() -> None:
    sample = 'raise LawError("WG-X-001", f"the key {k} is unknown", pos)\nLawError("WG-X-002", bericht("k"), p)\n'
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"wg-taal-scan-{os.getpid()}.py"
    path.write_text(sample, encoding="utf-8")
    try:
        assert literal_messages(path) == [(1, "the key  is unknown")]
    finally:
        path.unlink()


def test_the_scan_sees_a_literal_in_wetgraafs_own_exceptions() -> None:
    """The literals issue 17 found outside the catalogue: a refused output place, a reason without a column form,
    a worker's crash; raised with a catalogue message they pass."""
    sample = ('raise OutputRefused(f"{target}: bestaat en is geen map; kies een andere uitvoermap")\n'
              'raise Unsupported(f"no column form for {t}")\nraise Crashed("het rekenproces stopte zonder antwoord")\n'
              'raise Unsupported(bericht("zin.kolom.geen_vorm", type=str(t)))\nraise TooMuch("body.vragen", b)\n')
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"wg-taal-exc-{os.getpid()}.py"
    path.write_text(sample, encoding="utf-8")
    try:
        assert [line for line, _ in literal_messages(path)] == [1, 2, 3]
    finally:
        path.unlink()


def test_the_help_scan_sees_a_literal_help_text() -> None:
    sample = ('x = typer.Option(None, "--a", help="Corpus folder.")\n'
              'y = typer.Option(None, "--b", help=bericht("hulp.optie.corpus"))\nz = typer.Option(1, help="")\n')
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"wg-taal-hulp-{os.getpid()}.py"
    path.write_text(sample, encoding="utf-8")
    try:
        assert literal_help(path) == [(1, "Corpus folder.")]
    finally:
        path.unlink()


# -- the help of every command in both languages ----------------------------------------------------------------


def _commands() -> list[tuple[str, ...]]:
    """Every command path of the app ((), ('check',), ('graaf',), ('graaf', 'export'), ...)."""
    import typer.main

    from wetgraaf.cli import app

    out, todo = [], [((), typer.main.get_command(app))]
    while todo:
        path, cmd = todo.pop()
        out.append(path)
        todo.extend((path + (name,), sub) for name, sub in getattr(cmd, "commands", {}).items()
                    if not sub.hidden)  # the former English names (test_opties_nl.py)
    return sorted(out)


def _command(path: tuple[str, ...]):
    import typer.main

    from wetgraaf.cli import app

    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    return cmd


COMMANDS = _commands()
# One process per language shows the help of every command: `wetgraaf [--taal en] PATH --help`.
HELP_SCRIPT = """
import sys
from wetgraaf.cli import main
prefix = sys.argv[1:]
for line in sys.stdin.read().splitlines():
    sys.argv = ["wetgraaf", *prefix, *line.split(), "--help"]
    print("@@@ " + line, flush=True)
    try:
        main()
    except SystemExit:
        pass
    sys.stdout.flush()
"""


def _all_help(*prefix: str, env_extra: dict | None = None) -> dict[tuple[str, ...], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_DEBUG", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update({"COLUMNS": "200", "WETGRAAF_TAAL": "nl"}, **(env_extra or {}))
    result = subprocess.run([sys.executable, "-c", HELP_SCRIPT, *prefix], input="\n".join(" ".join(p) for p in COMMANDS),
                            capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    out = {}
    for chunk in result.stdout.split("@@@ ")[1:]:
        head, _, body = chunk.partition("\n")
        out[tuple(head.split())] = " ".join(body.split())  # whitespace as one space: rich wraps long lines
    assert set(out) == set(COMMANDS)
    return out


@pytest.fixture(scope="module")
def help_nl() -> dict[tuple[str, ...], str]:
    return _all_help()


@pytest.fixture(scope="module")
def help_en() -> dict[tuple[str, ...], str]:
    return _all_help("--taal", "en")


def _start(text: str, n: int = 50) -> str:
    """The start of a help text as the help shows it (rich wraps at a space; a markup bracket is shown as is)."""
    return " ".join(text.split())[:n].rsplit(" ", 1)[0] if len(text) > n else " ".join(text.split())


def _texts(path: tuple[str, ...]) -> list[tuple[str, str]]:
    """The catalogue keys of the help of command `path` and of its options: every one must be in the catalogue."""
    from wetgraaf.cli_taal import hulp_index

    index = hulp_index()
    cmd = _command(path)
    key = index.get(cmd.help)
    assert key == ("hulp." + ".".join(path) if path else "hulp.wetgraaf"), (path, cmd.help, key)
    out = [("command", key)]
    for param in cmd.params:
        if getattr(param, "help", None) and param.name != "help":
            assert param.help in index, (path, param.name, param.help)
            out.append((param.name, index[param.help]))
    return out


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "wetgraaf")
def test_help_is_dutch_by_default_and_english_with_taal_en(path, help_nl, help_en) -> None:
    table = catalogue = catalogus()
    nl, en = help_nl[path], help_en[path]
    for what, key in _texts(path):
        assert _start(table[key]["nl"]) in nl, (path, what, key, nl)
        assert _start(table[key]["en"]) in en, (path, what, key, en)
        if catalogue[key]["en"] != catalogue[key]["nl"]:
            assert _start(table[key]["en"]) not in nl, (path, what, "English in the Dutch help", nl)
            assert _start(table[key]["nl"]) not in en, (path, what, "Dutch in the English help", en)
    # the frame: Click's and Typer's words
    for word in ("Gebruik:", "Toon deze hulp en stop."):
        assert word in nl, (path, word, nl)
    for word in ("Usage:", "Show this message and exit.", "Options", "Arguments", "Commands", "[default:",
                 "[required]"):
        assert word not in nl, (path, word, nl)
    for word in ("Usage:", "Show this message and exit."):
        assert word in en, (path, word, en)
    for word in ("Gebruik:", "Toon deze hulp", "Opties", "[standaard:", "[verplicht]"):
        assert word not in en, (path, word, en)


def test_lang_en_gives_english_help_without_the_option() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("WETGRAAF_TAAL", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="en_US.UTF-8", COLUMNS="200")
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "vraag", "--help"], capture_output=True,
                            text=True, env=env, timeout=120, cwd=REPO)
    text = " ".join(result.stdout.split())
    assert result.returncode == 0, result.stderr
    assert _start(catalogus()["hulp.vraag"]["en"]) in text and "Show this message and exit." in text, text
    assert _start(catalogus()["hulp.vraag.uitleg"]["en"]) in text, text


def test_the_dutch_help_texts_are_unique() -> None:
    """The Dutch text of a help entry names it (cli_taal.hulp_in_taal): two entries may not share one."""
    from wetgraaf.cli_taal import HULP

    seen: dict[str, str] = {}
    for key, entry in catalogus().items():
        if key.startswith(HULP):
            assert entry["nl"] not in seen, (key, seen.get(entry["nl"]))
            seen[entry["nl"]] = key


def test_the_help_says_types_and_argument_names_in_dutch(help_nl, help_en) -> None:
    """Typer writes a value's type in the help itself ('<str>', '<list[Path]>', '<int range>'): Python's names, said
    in Dutch now ('<tekst>', '<lijst van pad>', '<geheel getal>'); English keeps Typer's. Arguments that were named
    after English parameters ('amendment', 'path', 'file') have Dutch names, as the others."""
    python = re.compile(r"<(?:str|int|float|bool|path|Path|datetime|list\[[^\]]*\]|\w+ range)>")
    for path, text in help_nl.items():
        assert not python.search(text), (path, python.search(text), text)
        assert not re.search(r"[{\[](?:amendment|path|file)[}\]]", text), (path, text)
    nl, en = " ".join(help_nl[("wijziging",)].split()), " ".join(help_en[("wijziging",)].split())
    assert "--op <lijst van tekst>" in nl and "--aantal <geheel getal> [x>=1]" in nl and "--json <vlag>" in nl, nl
    assert "--op <list[str]>" in en and "--aantal <int range> [x>=1]" in en and "--json <bool>" in en, en
    assert "{wijziging}" in nl and "{wijziging}" in en
