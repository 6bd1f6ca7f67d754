"""Catalogue: words every surface shares (the error summary, the hint line, severities)."""

BERICHTEN = {
    "zin.telling": {"nl": "{fouten} fout(en), {waarschuwingen} waarschuwing(en)",
                    "en": "{fouten} error(s), {waarschuwingen} warning(s)"},
    "zin.komma": {"nl": "{a}, {b}", "en": "{a}, {b}"},
    "zin.hint": {"nl": "hint: {hint}", "en": "hint: {hint}"},
    "zin.afgebroken": {"nl": "afgebroken", "en": "aborted"},
    "zin.interne_fout": {"nl": "wetgraaf: interne fout: {soort}: {fout}. Meld dit als fout in wetgraaf; draai met "
                               "WETGRAAF_DEBUG=1 voor details.",
                         "en": "wetgraaf: internal error: {soort}: {fout}. Please report this as a bug in wetgraaf; "
                               "run with WETGRAAF_DEBUG=1 for details."},
}
