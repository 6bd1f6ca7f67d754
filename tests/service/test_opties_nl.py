"""The command line's command and option names are Dutch (`wetgraaf controleer`, `site --uit`, `dienst --poort`); the
English names they had (`check`, `serve`, `bench`, `--out`, `--port`, ...) stay accepted for older scripts but are
never shown (issue 17, item 4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# (command, parameter, [Dutch args], [English alias args], the value both must give)
NAMES = [
    ("site", "out", ["--uit", "x"], ["--out", "x"], Path("x")),
    ("site", "out", ["-o", "x"], ["--out=x"], Path("x")),
    ("site", "config", ["--configuratie", "m.yml"], ["--config", "m.yml"], Path("m.yml")),
    ("site", "strict", ["--niet-streng"], ["--no-strict"], False),
    ("site", "strict", ["--streng"], ["--strict"], True),
    ("dienst", "port", ["--poort", "8123"], ["--port", "8123"], 8123),
    ("dienst", "port", ["-p", "8124"], ["--port=8124"], 8124),
    ("dienst", "build_first", ["--bouw"], ["--build"], True),
    ("dienst", "build_first", ["--niet-bouwen"], ["--no-build"], False),
    ("gherkin", "mapping", ["--koppeling", "m.yaml"], ["--mapping", "m.yaml"], Path("m.yaml")),
]


def _command(name: str):
    import typer.main

    from wetgraaf.cli import app

    return typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command,param,dutch,english,value", NAMES)
def test_each_dutch_name_and_its_english_alias_set_the_same_option(command, param, dutch, english, value) -> None:
    cmd = _command(command)
    for args in (dutch, english):
        ctx = cmd.make_context(command, list(args), resilient_parsing=False)
        assert ctx.params[param] == value, (command, args, ctx.params)


def test_the_help_shows_the_dutch_names_only() -> None:
    from wetgraaf.cli_taal import ALIASSEN

    script = ("import sys\nfrom wetgraaf.cli import main\n"
              "for c in ('site', 'dienst', 'gherkin'):\n"
              "    sys.argv = ['wetgraaf', c, '--help']\n    print('@@@ ' + c, flush=True)\n"
              "    try:\n        main()\n    except SystemExit:\n        pass\n    sys.stdout.flush()\n")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(COLUMNS="200", WETGRAAF_TAAL="nl")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                            cwd=REPO)
    assert result.returncode == 0, result.stderr
    helps = {chunk.partition("\n")[0]: chunk.partition("\n")[2] for chunk in result.stdout.split("@@@ ")[1:]}
    shown = {"site": ["--uit", "-o", "--configuratie", "--streng", "--niet-streng"],
             "dienst": ["--poort", "-p", "--bouw", "--niet-bouwen"], "gherkin": ["--koppeling"]}
    for command, names in shown.items():
        words = set(helps[command].replace("│", " ").split())
        assert set(names) <= words, (command, helps[command])
        assert not (ALIASSEN & words), (command, ALIASSEN & words)


def test_the_commands_have_dutch_names_and_the_english_ones_are_hidden_aliases() -> None:
    import typer.main

    from wetgraaf.cli import ENGELSE_NAMEN, app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert ENGELSE_NAMEN == {"controleer": "check", "dienst": "serve", "meet": "bench"}
    for dutch, english in ENGELSE_NAMEN.items():
        assert not commands[dutch].hidden and commands[english].hidden, (dutch, english)
        assert [p.name for p in commands[dutch].params] == [p.name for p in commands[english].params]
        assert commands[dutch].help == commands[english].help
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(COLUMNS="200", WETGRAAF_TAAL="nl")
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "--help"], capture_output=True, text=True, env=env,
                            timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    listed = {line.replace("│", " ").split()[0] for line in result.stdout.splitlines()
              if line.startswith("│ ") and line.replace("│", " ").split()}
    assert set(ENGELSE_NAMEN) <= listed and not (set(ENGELSE_NAMEN.values()) & listed), listed


def test_a_usage_error_names_the_option_by_its_dutch_names() -> None:
    from wetgraaf.cli_taal import zonder_aliassen

    assert zonder_aliassen("Invalid value for '--poort' / '-p' / '--port': x") == "Invalid value for '--poort' / '-p': x"
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(WETGRAAF_TAAL="nl")
    result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", "serve", "--port", "99999"], capture_output=True,
                            text=True, env=env, timeout=120, cwd=REPO)
    assert result.returncode == 2
    assert "'--poort' / '-p'" in result.stderr and "--port" not in result.stderr, result.stderr


def test_a_click_message_no_pattern_knows_is_quoted_in_a_dutch_sentence() -> None:
    from typer._click.exceptions import UsageError

    from wetgraaf.cli_taal import gebruiksfout, vertaal_klik
    from wetgraaf.taal import tekst

    new = "Something Click says that the table does not know."
    assert tekst(vertaal_klik(new), "nl") == f"de opdrachtregel-lezer (Click) meldt: “{new}”"
    assert tekst(vertaal_klik(new), "en") == f"the command-line reader (Click) reports: “{new}”"
    # inside a message the table knows, the unknown part is quoted the same way
    assert tekst(vertaal_klik(f"Invalid value for '--x': {new}"), "nl") == \
        f"ongeldige waarde voor '--x': de opdrachtregel-lezer (Click) meldt: “{new}”"
    assert gebruiksfout(UsageError(new)) == f"Fout: de opdrachtregel-lezer (Click) meldt: “{new}”"


def test_wetgraafs_own_message_inside_clicks_passes_as_it_is() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(WETGRAAF_TAAL="nl")
    for args, own in ((["--taal", "xx", "check"], "'xx' is geen taal van wetgraaf; kies nl of en"),
                      (["--taal", "x" * 400, "check"], "'" + "x" * 100),
                      (["serve", "--poort", "0"], "0 is geen poort")):
        result = subprocess.run([sys.executable, "-m", "wetgraaf.cli", *args], capture_output=True, text=True,
                                env=env, timeout=120, cwd=REPO)
        assert result.returncode == 2 and own in result.stderr and "Click" not in result.stderr, result.stderr
