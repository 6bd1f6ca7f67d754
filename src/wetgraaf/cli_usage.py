"""Usage errors of the command line in Dutch: an unknown option or command, a missing argument, a value of the wrong
kind or out of range. Click (under Typer) words them in English; `dutch_usage` says the same from the exception's
fields, keeping a message a command wrote itself (already Dutch, e.g. the port check of `serve`)."""

from __future__ import annotations

import re

# Click's and Typer's own phrasings (English), and the Dutch said instead; the first that matches wins.
_PHRASES = [
    (re.compile(r"Input should be greater than or equal to (\S+)"), r"moet ten minste \1 zijn"),
    (re.compile(r"Input should be greater than (\S+)"), r"moet groter zijn dan \1"),
    (re.compile(r"Input should be less than or equal to (\S+)"), r"mag ten hoogste \1 zijn"),
    (re.compile(r"Input should be less than (\S+)"), r"moet kleiner zijn dan \1"),
    (re.compile(r"Input should be a valid integer.*"), "moet een geheel getal zijn"),
    (re.compile(r"Input should be a valid (number|float).*"), "moet een getal zijn"),
    (re.compile(r"'(.*)' is not a valid integer( range)?\.?"), r"'\1' is geen geheel getal"),
    (re.compile(r"'(.*)' is not a valid float( range)?\.?"), r"'\1' is geen getal"),
    (re.compile(r"'(.*)' is not a valid boolean\.?"), r"'\1' is geen ja of nee"),
    (re.compile(r"(\S+) is not in the range (.*)\."), r"\1 ligt niet in het bereik \2"),
    (re.compile(r"(?:File|Directory|Path) '(.*)' does not exist\.?"), r"'\1' bestaat niet"),
    (re.compile(r"'(.*)' is not one of (.*)\.?"), r"'\1' is niet een van \2"),
    (re.compile(r"(?:Got )?unexpected extra argument(?:s|\(s\))? \((.*)\)"), r"onverwacht extra argument: \1"),
    (re.compile(r"No such command '(.*)'\.?"), r"onbekend commando '\1'"),
    (re.compile(r"Option '(.*)' requires an argument\.?"), r"de optie \1 heeft een waarde nodig"),
    (re.compile(r"Option '(.*)' does not take a value\.?"), r"de optie \1 neemt geen waarde"),
    (re.compile(r"Missing command\.?"), "geef een commando"),
]


MAX_SHOWN = 300  # characters of a message matched and shown: a value can be as long as the system allows


def _words(message: str) -> str:
    if len(message) > MAX_SHOWN:  # bounded, so the phrases are matched in constant time
        message = message[:MAX_SHOWN] + "…"
    for pattern, dutch in _PHRASES:
        if pattern.search(message):
            return pattern.sub(dutch, message)
    return message


def _param_name(param) -> str:
    opts = [o for o in (getattr(param, "opts", None) or []) if o.startswith("-")]
    if opts:
        return max(opts, key=len)
    return (getattr(param, "human_readable_name", None) or getattr(param, "name", None) or "argument").upper()


def dutch_usage(exc: Exception) -> str:
    """The usage error as one Dutch line and a pointer to the help: 'wetgraaf serve: ongeldige waarde voor ...'.
    Empty when there is nothing to add (a command group without its command has printed its help already)."""
    kinds = {c.__name__ for c in type(exc).__mro__}
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command_path", None) or "wetgraaf"
    param = getattr(exc, "param", None)
    message = str(getattr(exc, "message", "") or exc)
    if "NoSuchOption" in kinds:
        text = f"onbekende optie {exc.option_name}"  # type: ignore[attr-defined]
        close = list(getattr(exc, "possibilities", None) or [])
        if close:
            text += f"; bedoelt u {' of '.join(sorted(close))}?"
    elif "MissingParameter" in kinds:
        what = "de optie" if param is not None and getattr(param, "param_type_name", "") == "option" else "het argument"
        text = f"{what} {_param_name(param)} ontbreekt" if param is not None else "er ontbreekt een argument"
    elif "BadParameter" in kinds:
        hint = _param_name(param) if param is not None else (getattr(exc, "param_hint", None) or "een waarde")
        text = f"ongeldige waarde voor {hint}: {_words(message)}"
    else:
        text = _words(message)
    if not text.strip():
        return ""
    return f"{command}: {text}\nZie '{command} --help' voor de opties en argumenten."


__all__ = ["dutch_usage"]
