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
    # why the system could not read a file (core.errors.leesreden), by errno; another reason, of a read or a write
    # (core.errors.systeemreden), quoted as the system's
    "zin.lezen.ENOENT": {"nl": "het bestand bestaat niet", "en": "the file does not exist"},
    "zin.lezen.EACCES": {"nl": "geen toestemming om het te lezen", "en": "no permission to read it"},
    "zin.lezen.EISDIR": {"nl": "dat is een map", "en": "that is a folder"},
    "zin.lezen.ENOTDIR": {"nl": "een deel van het pad is geen map", "en": "part of the path is not a folder"},
    "zin.lezen.ENAMETOOLONG": {"nl": "de naam is te lang", "en": "the name is too long"},
    "zin.lezen.ELOOP": {"nl": "te veel symbolische koppelingen", "en": "too many symbolic links"},
    "zin.lezen.EIO": {"nl": "een invoer-/uitvoerfout van de schijf", "en": "an input/output error of the disk"},
    "zin.lezen.systeem": {"nl": "het systeem meldt: “{tekst}”", "en": "the system reports: “{tekst}”"},
}
