"""Quantities as the law writes them: "zes jaar", "acht weken", "16 jaar", "€ 70.100", "4,273%", "vijftig procent".

A value a rule uses is declared once, bound to the words of the text it stands for (`waarde minimale_woonduur:
duur = "zes jaar"`); the value is read from those words here, so an amendment that replaces "zes jaar" by "vier
jaar" changes the value with no rule restated. Dutch number words up to the thousands, digits with Dutch
thousands separators (70.100 = seventy thousand one hundred) and decimal commas (2,5) are read; anything else is
refused with a message, never guessed. A percentage is read as the fraction it stands for ("108%" = 1.08), so a
`getal` bound to it is the factor a rule multiplies by.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..taal import bericht

_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9}
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
          "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}
TIME_UNITS = {"jaar": "jaar", "jaren": "jaar", "maand": "maand", "maanden": "maand", "week": "week",
              "weken": "week", "dag": "dag", "dagen": "dag"}
_MAX_WORD = 40  # no number word is longer; refusing longer input keeps the reader linear


class NotAQuantity(ValueError):
    """The words are not a quantity wetgraaf can read; the message says what was expected."""


def number_word(word: str) -> int:
    """'zes' -> 6, 'vierentwintig' -> 24, 'honderdvijftig' -> 150, 'tweeduizend' -> 2000."""
    w = word.lower().replace("ë", "e").replace("é", "e")
    if not w or len(w) > _MAX_WORD:
        raise NotAQuantity(bericht("zin.waarde.geen_woord", woord=word))
    if w in ("een", "één"):
        return 1
    if w.isdigit():
        return int(w)
    for big, factor in (("duizend", 1000), ("honderd", 100)):
        if big in w:
            head, tail = w.split(big, 1)
            n = (number_word(head) if head else 1) * factor
            return n + (number_word(tail) if tail else 0)
    if w in _UNITS:
        return _UNITS[w]
    if w in _TEENS:
        return _TEENS[w]
    if w in _TENS:
        return _TENS[w]
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|"
                     r"zeventig|tachtig|negentig)", w)
    if m:
        return _UNITS[m.group(1)] + _TENS[m.group(2)]
    raise NotAQuantity(bericht("zin.waarde.geen_woord", woord=word))


def dutch_number(text: str) -> Decimal:
    """'70.100' -> 70100; '2,5' -> 2.5; '1.234,56' -> 1234.56; 'zes' -> 6. A point followed by exactly three
    digits is a thousands separator, as Dutch law writes amounts; other uses of a point are refused."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", t):
        try:
            return Decimal(t.replace(".", "").replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            raise NotAQuantity(bericht("zin.waarde.geen_getal", tekst=text)) from None
    if re.fullmatch(r"\d+\.\d+", t):
        raise NotAQuantity(bericht("zin.waarde.punt", tekst=text))
    return Decimal(number_word(t))


# What follows the number of a quantity phrase: a percent sign, "procent" or a unit of time. One pattern for the
# phrases read here (_INNER) and for the scan of a text for the quantities it states (resolve/waarden.py).
QUANTITY_TAIL = (r"(?:\s*%|\s+(?:procent|" + "|".join(sorted(TIME_UNITS, key=len, reverse=True)) + r"))(?!\w)")
_INNER = re.compile(r"(?:€\s*[\d.,]*\d(?!\w)|[\w.,]+" + QUANTITY_TAIL + ")", re.I)


def read_quantity(words: str) -> tuple[str, object]:
    """('duur', (6, 'jaar')) | ('bedrag', Decimal) | ('procent', Decimal fraction) | ('getal', Decimal) for the
    words of the text. A longer phrase
    that holds exactly one quantity ("de duur van ten hoogste vier jaar") is read as that quantity, so a value can
    be bound to words that occur once in the text."""
    text = " ".join(words.split())
    if len(text) > 200:
        raise NotAQuantity(bericht("zin.waarde.te_lang"))
    try:
        return _read_exact(text)
    except NotAQuantity:
        found = []
        for m in _INNER.finditer(text):
            try:
                found.append(_read_exact(m.group(0)))
            except NotAQuantity:
                continue
        if len(found) == 1:
            return found[0]
        raise


def _read_exact(text: str) -> tuple[str, object]:
    m = re.fullmatch(r"(?:€|EUR|euro)\s*(\S+)", text, re.I) or re.fullmatch(r"(\S+)\s+(?:euro|EUR)", text, re.I)
    if m:
        return "bedrag", dutch_number(m.group(1).rstrip(",-").rstrip("."))
    m = re.fullmatch(r"(\S+?)\s*%", text) or re.fullmatch(r"(\S+)\s+procent", text, re.I)
    if m:
        return "procent", dutch_number(m.group(1)) / 100
    m = re.fullmatch(r"(\S+)\s+(\w+)", text)
    if m and m.group(2).lower() in TIME_UNITS:
        n = dutch_number(m.group(1))
        if n != int(n):
            raise NotAQuantity(bericht("zin.waarde.heel", tekst=text, eenheid=m.group(2)))
        return "duur", (int(n), TIME_UNITS[m.group(2).lower()])
    return "getal", dutch_number(text)


__all__ = ["read_quantity", "dutch_number", "number_word", "NotAQuantity", "TIME_UNITS", "QUANTITY_TAIL"]
