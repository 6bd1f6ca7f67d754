"""Catalogue: the municipal data a law declares (WG-GEM, resolve/gegevens.py).

These messages were written in English before the catalogue existed, and tests and documentation quote them; the
default (`nl`) text is kept as it was, word for word, so nothing a reader or a test relies on changes."""

BERICHTEN = {
    "WG-GEM-001": {"nl": "this file is not UTF-8 text", "en": "this file is not UTF-8 text"},
    "WG-GEM-002": {"nl": "unknown key '{sleutel}' in {wat}; allowed: {toegestaan}",
                   "en": "unknown key '{sleutel}' in {wat}; allowed: {toegestaan}"},
    "WG-GEM-003": {"nl": "{wat} lacks '{sleutel}'", "en": "{wat} lacks '{sleutel}'"},
    "WG-GEM-003.data": {"nl": "give both 'ingangsdatum' and 'einddatum' of the designation, or neither",
                        "en": "give both 'ingangsdatum' and 'einddatum' of the designation, or neither"},
    "WG-GEM-003.verlenging": {"nl": "an extension needs the designation's ingangsdatum and einddatum",
                              "en": "an extension needs the designation's ingangsdatum and einddatum"},
    "WG-GEM-004": {"nl": "'{sleutel}' in {wat} must be {verwacht}, not {waarde}",
                   "en": "'{sleutel}' in {wat} must be {verwacht}, not {waarde}"},
    "WG-GEM-004.mapping": {"nl": "{wat} must be 'key: value' lines", "en": "{wat} must be 'key: value' lines"},
    "WG-GEM-004.ingetrokken": {"nl": "'ingetrokken_per' must be a date, or leeg (~) when the source says the "
                                     "designation was not withdrawn",
                               "en": "'ingetrokken_per' must be a date, or empty (~) when the source says the "
                                     "designation was not withdrawn"},
    "WG-GEM-005.gemeente": {"nl": "gemeente '{gemeente}' is described twice",
                            "en": "gemeente '{gemeente}' is described twice"},
    "WG-GEM-005.gebied": {"nl": "gebied id '{gebied}' is used twice (also in gemeente '{gemeente}'); ids are unique "
                                "over all gemeenten",
                          "en": "gebied id '{gebied}' is used twice (also in gemeente '{gemeente}'); ids are unique "
                                "over all gemeenten"},
    "WG-GEM-005.aanwijzing": {"nl": "gebied '{gebied}' has two designations for artikel {artikel}; describe one, "
                                    "with its extensions",
                              "en": "gebied '{gebied}' has two designations for artikel {artikel}; describe one, "
                                    "with its extensions"},
    "WG-GEM-005.kenmerk": {"nl": "kenmerk '{kenmerk}' is listed twice", "en": "kenmerk '{kenmerk}' is listed twice"},
    "WG-GEM-006": {"nl": "the einddatum lies before the ingangsdatum",
                   "en": "the einddatum lies before the ingangsdatum"},
    "WG-GEM-006.verlenging": {"nl": "an extension must run past the previous last day ({vorige})",
                              "en": "an extension must run past the previous last day ({vorige})"},
    "WG-GEM-007.bestand": {"nl": "the file of gemeente '{gemeente}' must be called '{bestand}'",
                           "en": "the file of gemeente '{gemeente}' must be called '{bestand}'"},
    "WG-GEM-007.id": {"nl": "a gebied id is lower-case words joined by '_': write '{id}'",
                      "en": "a gebied id is lower-case words joined by '_': write '{id}'"},
    "WG-GEM-007.artikel": {"nl": "artikel must be {artikelen} ({grondslag}), not {artikel}",
                           "en": "artikel must be {artikelen} ({grondslag}), not {artikel}"},
    "WG-GEM-007.instrument": {"nl": "'instrument' belongs to an artikel {artikel} designation and is one of "
                                    "{instrumenten}",
                              "en": "'instrument' belongs to an artikel {artikel} designation and is one of "
                                    "{instrumenten}"},
    "WG-GEM-007.rang": {"nl": "rang must be 1 to {max} (1 goes first)", "en": "rang must be 1 to {max} (1 goes first)"},
    "WG-GEM-007.waarde": {"nl": "'{waarde}' is not a value the law knows for {feit} ({waarden})",
                          "en": "'{waarde}' is not a value the law knows for {feit} ({waarden})"},
    "WG-GEM-008": {"nl": "'bron' in {wat} must name its source like 'seed 004, regels 2359-2368' or 'law-sources "
                         "{wet} art. 5', not {bron}",
                   "en": "'bron' in {wat} must name its source like 'seed 004, regels 2359-2368' or 'law-sources "
                         "{wet} art. 5', not {bron}"},
    "zin.gem.of": {"nl": "{a} or {b}", "en": "{a} or {b}"},
}
