"""The command line in the reader's language: `--taal`, and Click/Typer's own framing (usage errors, help panels),
which they write in English, rendered from the catalogue (wetgraaf.taal, family `cli`).

Typer >= 0.20 vendors Click without gettext, so its strings cannot be translated through a .mo file: the usage
error is formatted here from the exception's parts, and the help panels' titles are set from the catalogue before
the app runs. Messages Click builds as one English sentence are matched by pattern (KLIK) and their parts put
into the catalogue's sentence.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from .taal import STANDAARD, Bericht, bericht, catalogus, kies, taal, tekst, volgens_tabel, zet_taal

# (pattern over Click/Typer's English message, catalogue key); the groups are the message's arguments. First
# match wins; a message no pattern knows is quoted as Click's own words inside a sentence of the catalogue.
KLIK: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.S), k) for p, k in [
    (r"Missing (?P<soort>argument|option|parameter) (?P<naam>.+)\.$", "cli.klik.ontbreekt"),
    (r"Missing (?P<soort>argument|option|parameter)\.$", "cli.klik.ontbreekt_kaal"),
    (r"(?P<melding>No such option: .+?) \(Possible options: (?P<opties>.+)\)$", "cli.klik.mogelijk"),
    (r"No such option: (?P<optie>.+)$", "cli.klik.onbekende_optie"),
    (r"Invalid value for (?P<naam>.+?): (?P<reden>.+)$", "cli.klik.ongeldig_voor"),
    (r"Invalid value: (?P<reden>.+)$", "cli.klik.ongeldig"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)$", "cli.klik.extra"),
    (r"No such command (?P<naam>.+)\.$", "cli.klik.geen_opdracht"),
    (r"Missing command\.$", "cli.klik.opdracht_ontbreekt"),
    (r"Option (?P<optie>.+) does not take a value\.$", "cli.klik.geen_waarde"),
    (r"Option (?P<optie>.+) requires an argument\.$", "cli.klik.vraagt"),
    (r"Option (?P<optie>.+) requires (?P<n>\d+) arguments\.$", "cli.klik.vraagt_n"),
    (r"Argument (?P<naam>.+) takes (?P<n>\d+) values\.$", "cli.klik.argument_n"),
    (r"Value (?P<waarde>.+) is not a valid (?P<soort>\w+)\.$", "cli.klik.geen_soort"),
    (r"Input should be greater than or equal to (?P<n>\S+)$", "cli.klik.ten_minste"),
    (r"Input should be greater than (?P<n>\S+)$", "cli.klik.groter"),
    (r"Input should be less than or equal to (?P<n>\S+)$", "cli.klik.ten_hoogste"),
    (r"Input should be less than (?P<n>\S+)$", "cli.klik.kleiner"),
    (r"(?P<waarde>\S+) is not in the range (?P<bereik>.+)\.$", "cli.klik.bereik"),
    (r"'(?:.*)' is not a valid integer(?: range)?\.?$", "cli.klik.geheel"),
    (r"'(?:.*)' is not a valid float(?: range)?\.?$", "cli.klik.getal"),
    (r"'(?:.*)' is not a valid boolean\.?$", "cli.klik.waarheid"),
    (r"'(?:.*)' is not one of (?P<keuzes>.+?)\.?$", "cli.klik.keuze"),
    (r"Input should be a valid integer.*$", "cli.klik.geheel"),
    (r"Input should be a valid (?:number|decimal|float).*$", "cli.klik.getal"),
    (r"Input should be a valid boolean.*$", "cli.klik.waarheid"),
    (r"Input should be a valid date.*$", "cli.klik.datum"),
    (r"Input should be (?P<keuzes>'.+')$", "cli.klik.keuze"),
    (r"(?P<soort>Path|File|Directory) '(?P<pad>.+)' does not exist\.$", "cli.klik.bestaat_niet"),
]]
MAX_SHOWN = 300
# The English names options had before they were Dutch (`wetgraaf site --out`, `dienst --port`): still accepted, so
# older scripts keep working, but never shown, in the help nor in an error's naming of the option.
ALIASSEN = frozenset({"--out", "--config", "--strict", "--no-strict", "--port", "--build", "--no-build", "--mapping"})
_NESTED = {"melding", "reden"}  # parts that are themselves Click messages


def vertaal_klik(melding: str) -> str | Bericht:
    """Click's English message as a catalogue message (its parts translated too), or as it is. At most MAX_SHOWN
    characters are matched and shown: a value can be as long as the system allows (the patterns stay linear)."""
    text = str(melding).strip()
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "…"
    said = volgens_tabel(text, KLIK, _klik_deel)
    if said is not None:
        return said
    own = text in _EIGEN or (text.endswith("…") and any(e.startswith(text[:-1]) for e in _EIGEN))  # cut short
    return text if own else bericht("cli.klik.bibliotheek", tekst=text.replace("\n", " "))


# The catalogue's own messages that reach the user through Click (a callback's BadParameter): Click wraps them in
# its English ("Invalid value for '--poort': ..."), which the table translates; the message itself passes as is.
_EIGEN: set[str] = set()


def eigen(melding: Any) -> str:
    """`melding` (a catalogue message) rendered, and known as wetgraaf's own when Click hands it back."""
    text = str(tekst(melding))
    _EIGEN.add(text)
    return text


def _klik_deel(name: str, value: str) -> Any:
    """A part of a Click message: a kind of path in the catalogue's words, a nested message translated too."""
    if name == "soort" and f"cli.klik.soort.{value.lower()}" in _soorten():
        return bericht(f"cli.klik.soort.{value.lower()}")
    return vertaal_klik(value) if name in _NESTED else value


def _soorten() -> set[str]:
    from .taal import catalogus

    return {k for k in catalogus() if k.startswith("cli.klik.soort.")}


def taal_uit_argv(argv: list[str]) -> str | None:
    """The value of the global `--taal` option, read before Click parses (so even its usage errors and the help are
    in that language). Only the options before the command name count, as Click reads them."""
    for i, arg in enumerate(argv):
        if arg == "--taal" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--taal="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-"):
            return None
    return None


def kies_taal(waarde: str | None) -> None:
    """Set the language for this run from `--taal` (ignored when absent or unknown; the option's own check says
    so)."""
    if waarde:
        zet_taal(kies(waarde))


def help_in_taal() -> None:
    """Typer's help panels and Click's help line in the current language (set before the app builds its help)."""
    try:
        from typer import rich_utils
    except ImportError:  # pragma: no cover - rich is a dependency
        return
    for name, key in (("ARGUMENTS_PANEL_TITLE", "cli.paneel.argumenten"), ("OPTIONS_PANEL_TITLE", "cli.paneel.opties"),
                      ("COMMANDS_PANEL_TITLE", "cli.paneel.opdrachten"), ("ERRORS_PANEL_TITLE", "cli.paneel.fout"),
                      ("DEFAULT_STRING", "cli.help.standaard"), ("REQUIRED_LONG_STRING", "cli.help.verplicht"),
                      ("ENVVAR_STRING", "cli.help.omgeving"), ("DEPRECATED_STRING", "cli.help.verouderd"),
                      ("RICH_HELP", "cli.help.probeer"), ("ABORTED_TEXT", "cli.help.afgebroken")):
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, tekst(bericht(key)))
    _usage_prefix()
    _help_option()
    _type_labels()
    _zonder_aliassen()


# Typer's names for the type of a value in the help ('<str>', '<list[Path]>', '<int range>'): Python's, said in
# the reader's language (the English entries are Typer's own words).
SOORTEN = {"str": "cli.soort.tekst", "int": "cli.soort.geheel", "float": "cli.soort.getal", "bool": "cli.soort.vlag",
           "path": "cli.soort.pad", "Path": "cli.soort.pad_type", "file": "cli.soort.bestand", "dir": "cli.soort.map",
           "directory": "cli.soort.map", "datetime": "cli.soort.datum"}


def soort_label(label: str) -> str:
    """A type label of Typer's help ('<list[str]>') in the current language ('<lijst van tekst>'); one it does not
    know as it is."""
    if not (label.startswith("<") and label.endswith(">")):
        return label

    def woord(name: str) -> Any:
        return bericht(SOORTEN[name]) if name in SOORTEN else name

    inner = label[1:-1]
    lijst = re.fullmatch(r"list\[(\w+)\]", inner)
    bereik = re.fullmatch(r"(\w+) range", inner)
    if lijst:
        said: Any = bericht("cli.soort.lijst", soort=woord(lijst[1]))
    elif bereik:
        said = bericht("cli.soort.bereik", soort=woord(bereik[1]))
    elif inner in SOORTEN:
        said = woord(inner)
    else:
        return label
    return f"<{tekst(said)}>"


def _type_labels() -> None:
    """Typer writes a parameter's type in the help itself (`display_type`): its label goes through soort_label."""
    core = sys.modules.get("typer.core")
    parameter = getattr(core, "_TyperParameter", None) if core else None
    if parameter is None or getattr(parameter.display_type, "_wetgraaf", False):
        return
    original = parameter.display_type

    def display_type(self, ctx, _orig=original):
        label = _orig(self, ctx)
        return soort_label(label) if isinstance(label, str) else label

    display_type._wetgraaf = True  # type: ignore[attr-defined]
    parameter.display_type = display_type


# The help texts of the commands and options: catalogue entries whose key starts with one of these.
HULP = ("hulp.", "cli.help.taal")


def hulp_index() -> dict[str, str]:
    """Each help text's Dutch form (as Typer keeps it, dedented) -> its catalogue key."""
    import inspect

    return {inspect.cleandoc(entry[STANDAARD]): key for key, entry in catalogus().items() if key.startswith(HULP)}


def hulp_in_taal(command: Any) -> None:
    """The help of `command` and of every command and option under it in the current language. The code gives
    Typer `bericht(key)` as help, a str whose value is the Dutch text, which Typer copies into the Click commands
    it builds for each run; here, once the language of the run is known and before anything is shown, each such text
    is replaced by its rendering (unchanged in Dutch)."""
    t = taal()
    if t == STANDAARD:
        return
    index = hulp_index()

    def vertaal(text: Any) -> Any:
        key = index.get(text) if isinstance(text, str) else None
        return tekst(bericht(key), t) if key else text

    todo = [command]
    while todo:
        cmd = todo.pop()
        cmd.help = vertaal(cmd.help)
        cmd.short_help = vertaal(getattr(cmd, "short_help", None))
        for param in cmd.params:
            if hasattr(param, "help"):
                param.help = vertaal(param.help)
        todo.extend(getattr(cmd, "commands", {}).values())


def _zonder_aliassen() -> None:
    """Typer's help lists every name of an option: the English aliases are left out while it is written."""
    try:
        from typer import rich_utils
    except ImportError:  # pragma: no cover - rich is a dependency
        return
    original = rich_utils.rich_format_help
    if getattr(original, "_wetgraaf", False):
        return

    def rich_format_help(*, obj: Any, ctx: Any, markup_mode: Any, _orig: Any = original) -> None:
        kept = [(p, p.opts, p.secondary_opts) for p in getattr(obj, "params", [])
                if ALIASSEN.intersection([*getattr(p, "opts", []), *getattr(p, "secondary_opts", [])])]
        for p, opts, secondary in kept:
            p.opts = [o for o in opts if o not in ALIASSEN]
            p.secondary_opts = [o for o in secondary if o not in ALIASSEN]
        try:
            return _orig(obj=obj, ctx=ctx, markup_mode=markup_mode)
        finally:
            for p, opts, secondary in kept:
                p.opts, p.secondary_opts = opts, secondary

    rich_format_help._wetgraaf = True  # type: ignore[attr-defined]
    rich_utils.rich_format_help = rich_format_help


def zonder_aliassen(melding: str) -> str:
    """Click's naming of an option with all its names ("'--poort' / '-p' / '--port'") without the English aliases."""
    return re.sub(r" / '(--[\w-]+)'", lambda m: "" if m[1] in ALIASSEN else m[0], melding)


def _help_option() -> None:
    """The --help option's own line ('Show this message and exit.')."""
    for modname in ("typer._click.core", "click.core"):
        mod = sys.modules.get(modname)
        command = getattr(mod, "Command", None) if mod else None
        if command is None or getattr(command.get_help_option, "_wetgraaf", False):
            continue
        original = command.get_help_option

        def get_help_option(self, ctx, _orig=original):
            option = _orig(self, ctx)
            if option is not None:
                option.help = tekst(bericht("cli.help.help"))
            return option

        get_help_option._wetgraaf = True  # type: ignore[attr-defined]
        command.get_help_option = get_help_option


def _usage_prefix() -> None:
    """Click writes 'Usage: ' and '[OPTIONS]' itself; its formatter takes the prefix as an argument."""
    for modname in ("typer._click.formatting", "click.formatting"):
        mod = sys.modules.get(modname)
        if mod is None:
            try:
                mod = __import__(modname, fromlist=["HelpFormatter"])
            except ImportError:
                continue
        formatter = getattr(mod, "HelpFormatter", None)
        if formatter is None or getattr(formatter.write_usage, "_wetgraaf", False):
            continue
        original = formatter.write_usage

        def write_usage(self, prog: str, args: str = "", prefix: str | None = None, _orig=original) -> None:
            if prefix is None:
                prefix = tekst(bericht("cli.gebruik", gebruik=""))
            return _orig(self, prog, gebruik_args(args), prefix)

        write_usage._wetgraaf = True  # type: ignore[attr-defined]
        formatter.write_usage = write_usage


def gebruik_args(args: str) -> str:
    """The usage line's placeholders ([OPTIONS], COMMAND [ARGS]...) in the current language."""
    return args.replace("[OPTIONS]", tekst(bericht("cli.opties"))).replace(
        "COMMAND [ARGS]...", tekst(bericht("cli.opdracht_args")))


def gebruiksfout(exc: Any) -> str:
    """A Click usage error as the user reads it: the usage line, where to find help, and the message, in the current
    language (Click's own `show` writes English)."""
    lines = []
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(tekst(bericht("cli.zie_help", opdracht=ctx.command_path, optie=ctx.help_option_names[0])))
        lines.append("")
    lines.append(tekst(bericht("cli.fout", melding=vertaal_klik(zonder_aliassen(exc.format_message())))))
    return "\n".join(lines)


def klik_fout(exc: Any) -> str:
    """Another Click exception (not a usage error) in the current language."""
    return tekst(bericht("cli.fout", melding=vertaal_klik(exc.format_message())))


__all__ = ["KLIK", "ALIASSEN", "eigen", "zonder_aliassen", "SOORTEN", "soort_label", "vertaal_klik", "taal_uit_argv", "kies_taal", "help_in_taal", "hulp_in_taal", "hulp_index",
           "gebruiksfout", "klik_fout"]
