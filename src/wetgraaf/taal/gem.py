"""Catalogue: the municipal data a law declares (WG-GEM, resolve/gegevens.py).

Dutch for the reader by default; the English text (`--taal en`) is the wording these messages had before the
catalogue, which docs/fouten.md quotes. `{wat}` is a phrase of this table (zin.gem.*), in the same language."""

BERICHTEN = {
    "WG-GEM-001": {"nl": "dit bestand is geen UTF-8-tekst", "en": "this file is not UTF-8 text"},
    "WG-GEM-002": {"nl": "onbekende sleutel '{sleutel}' in {wat}; toegestaan: {toegestaan}",
                   "en": "unknown key '{sleutel}' in {wat}; allowed: {toegestaan}"},
    "WG-GEM-003": {"nl": "in {wat} ontbreekt '{sleutel}'", "en": "{wat} lacks '{sleutel}'"},
    "WG-GEM-003.data": {"nl": "geef van de aanwijzing zowel 'ingangsdatum' als 'einddatum', of geen van beide",
                        "en": "give both 'ingangsdatum' and 'einddatum' of the designation, or neither"},
    "WG-GEM-003.verlenging": {"nl": "een verlenging vraagt de ingangsdatum en de einddatum van de aanwijzing",
                              "en": "an extension needs the designation's ingangsdatum and einddatum"},
    "WG-GEM-004": {"nl": "'{sleutel}' in {wat} moet {verwacht} zijn, niet {waarde}",
                   "en": "'{sleutel}' in {wat} must be {verwacht}, not {waarde}"},
    "WG-GEM-004.mapping": {"nl": "{wat} moet uit regels 'sleutel: waarde' bestaan", "en": "{wat} must be 'key: value' lines"},
    "WG-GEM-004.ingetrokken": {"nl": ("'ingetrokken_per' moet een datum zijn, of leeg (~) als de bron zegt dat de aanwijzing niet is ingetr" "okken"),
                               "en": "'ingetrokken_per' must be a date, or empty (~) when the source says the "
                                     "designation was not withdrawn"},
    "WG-GEM-005.gemeente": {"nl": "gemeente '{gemeente}' is twee keer beschreven",
                            "en": "gemeente '{gemeente}' is described twice"},
    "WG-GEM-005.gebied": {"nl": ("gebied-id '{gebied}' komt twee keer voor (ook in gemeente '{gemeente}'); een id is uniek over alle g" "emeenten"),
                          "en": "gebied id '{gebied}' is used twice (also in gemeente '{gemeente}'); ids are unique "
                                "over all gemeenten"},
    "WG-GEM-005.aanwijzing": {"nl": ("gebied '{gebied}' heeft twee aanwijzingen voor artikel {artikel}; beschrijf er één, met haar verleng" "ingen"),
                              "en": "gebied '{gebied}' has two designations for artikel {artikel}; describe one, "
                                    "with its extensions"},
    "WG-GEM-005.kenmerk": {"nl": "kenmerk '{kenmerk}' staat er twee keer", "en": "kenmerk '{kenmerk}' is listed twice"},
    "WG-GEM-006": {"nl": "de einddatum ligt vóór de ingangsdatum",
                   "en": "the einddatum lies before the ingangsdatum"},
    "WG-GEM-006.verlenging": {"nl": "een verlenging moet verder lopen dan de vorige laatste dag ({vorige})",
                              "en": "an extension must run past the previous last day ({vorige})"},
    "WG-GEM-007.bestand": {"nl": "het bestand van gemeente '{gemeente}' moet '{bestand}' heten",
                           "en": "the file of gemeente '{gemeente}' must be called '{bestand}'"},
    "WG-GEM-007.id": {"nl": "een gebied-id bestaat uit kleine letters en woorden verbonden met '_': schrijf '{id}'",
                      "en": "a gebied id is lower-case words joined by '_': write '{id}'"},
    "WG-GEM-007.artikel": {"nl": "artikel moet {artikelen} zijn ({grondslag}), niet {artikel}",
                           "en": "artikel must be {artikelen} ({grondslag}), not {artikel}"},
    "WG-GEM-007.instrument": {"nl": "'instrument' hoort bij een aanwijzing voor artikel {artikel} en is een van {instrumenten}",
                              "en": "'instrument' belongs to an artikel {artikel} designation and is one of "
                                    "{instrumenten}"},
    "WG-GEM-007.rang": {"nl": "rang moet 1 tot en met {max} zijn (1 gaat voor)", "en": "rang must be 1 to {max} (1 goes first)"},
    "WG-GEM-007.waarde": {"nl": "'{waarde}' is geen waarde die de wet kent voor {feit} ({waarden})",
                          "en": "'{waarde}' is not a value the law knows for {feit} ({waarden})"},
    "WG-GEM-008": {"nl": ("'bron' in {wat} moet de bron noemen, zoals 'seed 004, regels 2359-2368' of 'law-sources {wet} art. 5" "', niet {bron}"),
                   "en": "'bron' in {wat} must name its source like 'seed 004, regels 2359-2368' or 'law-sources "
                         "{wet} art. 5', not {bron}"},
    "zin.gem.of": {"nl": "{a} of {b}", "en": "{a} or {b}"},
    # the parts of a data file, as {wat} in the messages above
    "zin.gem.aanwijzing": {"nl": "een aanwijzing", "en": "a designation"},
    "zin.gem.aanwijzing_lijst": {"nl": "een aanwijzing (aanwijzing)", "en": "a designation (aanwijzing)"},
    "zin.gem.gebied": {"nl": "een gebied", "en": "a gebied"},
    "zin.gem.bestand_gemeente": {"nl": "een gemeentebestand", "en": "a gemeente file"},
    "zin.gem.kenmerk": {"nl": "een kenmerk", "en": "a kenmerk"},
    "zin.gem.verlenging": {"nl": "een verlenging", "en": "an extension"},
    "zin.gem.verlenging_lijst": {"nl": "een verlenging (verlenging)", "en": "an extension (verlenging)"},
    "zin.gem.bestand": {"nl": "het bestand", "en": "the file"},
    "zin.gem.gemeente": {"nl": "de gemeente", "en": "the gemeente"},
    # what a value must be (WG-GEM-004 {verwacht})
    "zin.gem.soort.tekst": {"nl": "een tekst", "en": "a text"},
    "zin.gem.soort.geheel": {"nl": "een geheel getal", "en": "a whole number"},
    "zin.gem.soort.getal": {"nl": "een getal", "en": "a number"},
    "zin.gem.soort.waarheid": {"nl": "waar/onwaar (true/false)", "en": "waar/onwaar (true/false)"},
    "zin.gem.soort.datum": {"nl": "een datum zoals 2024-01-26", "en": "a date like 2024-01-26"},
    "zin.gem.soort.lijst": {"nl": "een lijst", "en": "a list"},
    "zin.gem.soort.tabel": {"nl": "regels 'sleutel: waarde'", "en": "'key: value' lines"},
}
