"""Catalogue: evaluating the law for a case (WG-EVAL: core/values.py and the engine, one case at a time and in
columns)."""

BERICHTEN = {
    "WG-EVAL-001": {"nl": "geen regel geeft '{naam}' in dit geval een waarde{argumenten}; zie {bron}",
                    "en": "no rule gives '{naam}' a value in this case{argumenten}; see {bron}"},
    "WG-EVAL-001.kolom": {"nl": "geen regel geeft '{naam}' een waarde; zie {bron}",
                          "en": "no rule gives '{naam}' a value; see {bron}"},
    "WG-EVAL-002": {"nl": "conflict: twee regels met dezelfde voorrang gelden met verschillende uitkomsten: {detail}",
                    "en": "conflict: two rules of equal priority apply with different results: {detail}"},
    "zin.eval.botsing": {"nl": "{a} ({bron_a}, {plaats_a}) en {b} ({bron_b}, {plaats_b})",
                         "en": "{a} ({bron_a}, {plaats_a}) and {b} ({bron_b}, {plaats_b})"},
    "WG-EVAL-002.kolom": {"nl": "conflict: twee regels met dezelfde voorrang gelden met verschillende uitkomsten "
                                "(regel op {plaats})",
                          "en": "conflict: two rules of equal priority apply with different results (rule at "
                                "{plaats})"},
    "WG-EVAL-003": {"nl": "deling door nul", "en": "division by zero"},
    "WG-EVAL-009": {"nl": "'{op}' is hier niet te evalueren", "en": "cannot evaluate '{op}' here"},
    "WG-EVAL-010": {"nl": "{a} is niet te vergelijken met {b}: maanden en dagen zijn verschillende eenheden (een "
                          "maand heeft geen vast aantal dagen)",
                    "en": "cannot compare {a} with {b}: months and days are different units (a month has no fixed "
                          "number of days)"},
    "WG-EVAL-011": {"nl": "{datum} + {duur} bestaat niet: {maand} heeft {dagen} dagen; zeg hoe wordt afgerond "
                          "(optellen_omlaag / optellen_omhoog)",
                    "en": "{datum} + {duur} does not exist: {maand} has {dagen} days; say how to round "
                          "(optellen_omlaag / optellen_omhoog)"},
    "WG-EVAL-011.kolom": {"nl": "een datum + {duur} bestaat niet in de maand waarin hij valt (bijvoorbeeld 31 januari "
                                "+ 1 maand); zeg hoe wordt afgerond",
                          "en": "a date + {duur} does not exist in the target month (e.g. 31 January + 1 month); say "
                                "how to round"},
    "WG-EVAL-012": {"nl": "{datum} + {duur} valt buiten de kalender (de jaren 1 tot en met 9999)",
                    "en": "{datum} + {duur} falls outside the calendar (years 1 to 9999)"},
    "WG-EVAL-012.kolom": {"nl": "een datum + {duur} valt buiten de kalender (de jaren 1 tot en met 9999)",
                          "en": "a date + {duur} falls outside the calendar (years 1 to 9999)"},
    "WG-EVAL-012.maand": {"nl": "de maand na {datum} valt buiten de kalender (de jaren 1 tot en met 9999)",
                          "en": "the month after {datum} falls outside the calendar (years 1 to 9999)"},
    "WG-EVAL-012.december": {"nl": "de maand na december 9999 valt buiten de kalender (de jaren 1 tot en met 9999)",
                             "en": "the month after December 9999 falls outside the calendar (years 1 to 9999)"},
    "WG-EVAL-013": {"nl": "'{naam}' rust op een keten van definities die te diep is om te evalueren (elke gebruikt "
                          "de volgende, honderden niveaus diep)",
                    "en": "'{naam}' rests on a chain of definitions too deep to evaluate (each using the next, "
                          "hundreds of levels deep)"},
    # a batch run (engine/batch.py): the error of one row
    "zin.eval.rij": {"nl": "{melding} (rij {rij})", "en": "{melding} (row {rij})"},
}
