"""Catalogue: the `uitbreidingen:` key of a wet.yaml (WG-WET-006, parser/uitbreidingen.py), and its phrases."""

BERICHTEN = {
    "WG-WET-006.sleutel": {"nl": "onbekende sleutel '{sleutel}' in {wat}; toegestaan: {toegestaan}",
                           "en": "unknown key '{sleutel}' in {wat}; allowed: {toegestaan}"},
    "WG-WET-006.ontbreekt": {"nl": "{wat} mist '{sleutel}'",
                             "en": "{wat} lacks '{sleutel}'"},
    "WG-WET-006.soort": {"nl": "'{sleutel}' in {wat} moet {verwacht} zijn, niet {waarde}",
                         "en": "'{sleutel}' in {wat} must be {verwacht}, not {waarde}"},
    "WG-WET-006.keuze": {"nl": "'{sleutel}' in {wat} is een van: {toegestaan}",
                         "en": "'{sleutel}' in {wat} is one of: {toegestaan}"},
    "WG-WET-006.artikel_vorm": {"nl": "'{artikel}' noemt geen artikel: schrijf het als 'artikel 5, derde lid'",
                                "en": "'{artikel}' names no article: write it like 'artikel 5, derde lid'"},
    "WG-WET-006.artikel": {"nl": "'{artikel}' is geen artikel van de {wet} in dit corpus",
                           "en": "'{artikel}' is not an article of the {wet} in this corpus"},
    "WG-WET-006.map": {"nl": "map '{map}' moet een map onder de corpusmap zijn (geen absoluut pad, geen '..')",
                       "en": "map '{map}' must be a folder under the corpus folder (no absolute path, no '..')"},
    "WG-WET-006.aanwijzing": {"nl": "{wat} noemt artikel {artikel}, maar een aanwijzing kan alleen voor artikel "
                                    "{artikelen} zijn (grondslag)",
                              "en": "{wat} names artikel {artikel}, but a designation can only be for artikel "
                                    "{artikelen} (grondslag)"},
    "zin.uitbr.tekst": {"nl": "een tekst", "en": "a text"},
    "zin.uitbr.naam": {"nl": "een naam (kleine letters, cijfers en _)", "en": "a name (lower case, digits and _)"},
    "zin.uitbr.geheel": {"nl": "een geheel getal", "en": "a whole number"},
    "zin.uitbr.tabel": {"nl": "een tabel (sleutel: waarde)", "en": "a table (key: value)"},
    "zin.uitbr.lijst": {"nl": "een lijst", "en": "a list"},
    "zin.uitbr.waarheid": {"nl": "waar of onwaar", "en": "true or false"},
    "zin.uitbr.paar": {"nl": "een paar [waar/onwaar, waar/onwaar]", "en": "a pair [true/false, true/false]"},
}
