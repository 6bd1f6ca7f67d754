"""Catalogue: the rule language's parser (WG-PARSE; parser/rules.py) and what it expected, in a drafter's words."""

BERICHTEN = {
    "WG-PARSE-001.einde": {"nl": "het regelblok houdt te vroeg op; hier hoort {verwacht}",
                           "en": "the rule block ends too early; expected {verwacht}"},
    "WG-PARSE-001.teken": {"nl": "onverwacht teken {teken!r}: dit hoort niet bij de regeltaal",
                           "en": "unexpected character {teken!r}: this is not part of the rule language"},
    "WG-PARSE-001.teken_komma": {"nl": "onverwacht teken {teken!r}: dit hoort niet bij de regeltaal (een decimaal "
                                       "getal schrijft u met een punt: 3.5; duizendtallen scheidt u met _: 500_000)",
                                 "en": "unexpected character {teken!r}: this is not part of the rule language "
                                       "(decimal numbers use a point: 3.5; group thousands with _: 500_000)"},
    "WG-PARSE-001": {"nl": "hier hoort {verwacht}, niet {gevonden}",
                     "en": "unexpected {gevonden}; expected {verwacht}"},
    "WG-PARSE-001.woord": {"nl": "hier hoort {verwacht}, niet {gevonden} ('{woord}' is een woord van de regeltaal "
                                 "en kan geen naam zijn)",
                           "en": "unexpected {gevonden}; expected {verwacht} ('{woord}' is a word of the rule "
                                 "language; it cannot be used as a name)"},
    "WG-PARSE-001.komma": {"nl": "onverwachte ',' na een getal: een decimaal getal schrijft u met een punt (1.5), "
                                 "niet met een komma",
                           "en": "unexpected ',' after a number: decimal numbers use a point (1.5), not a comma"},
    "WG-PARSE-001.sleutelwoord": {"nl": "onverwacht '{woord}': dat is een woord van de regeltaal, en hier hoort een "
                                        "naam of een waarde",
                                  "en": "unexpected '{woord}': it is a word of the rule language, and a name or "
                                        "value belongs here"},
    "WG-PARSE-001.twee_keer": {"nl": "'{soort}' staat twee keer bij één declaratie; houd er één",
                               "en": "'{soort}' is written twice for one declaration; keep one"},
    "WG-PARSE-001.geen_vraag": {"nl": "een {wat} heeft geen '{soort}': alleen een feit of een oordeel wordt als vraag "
                                      "gesteld; gebruik label en omschrijving",
                                "en": "a {wat} has no '{soort}': only a feit or an oordeel is asked as a question; "
                                      "use label and omschrijving"},
    "WG-PARSE-001.omschrijving": {"nl": "dit begrip heeft zijn omschrijving twee keer (een tekst na het type en een "
                                        "regel 'omschrijving'); houd er één",
                                  "en": "this begrip has its omschrijving twice (a text after the type and an "
                                        "'omschrijving' line); keep one"},
    "WG-PARSE-002": {"nl": "een duur is een geheel aantal {eenheid}", "en": "a duration must be a whole number of {eenheid}"},
    "WG-PARSE-003.punt": {"nl": "€ {bedrag}: in de regeltaal is een punt een decimaalteken; schrijf € {goed} voor "
                                "het bedrag dat de wet schrijft als € {bedrag}, of bind het aan de tekst met `waarde`",
                          "en": "€ {bedrag}: in the rule language a point is a decimal point; write € {goed} for the "
                                "amount the law writes as € {bedrag}, or bind it to the text with `waarde`"},
    "WG-PARSE-003": {"nl": "een geldbedrag heeft ten hoogste twee decimalen: € {bedrag}",
                     "en": "an amount of money has at most two decimals: € {bedrag}"},
    "WG-PARSE-004": {"nl": "{datum} is geen datum die op de kalender staat",
                     "en": "{datum} is not a date on the calendar"},
    "WG-PARSE-005": {"nl": "deze uitdrukking is meer dan {max} niveaus diep genest (haakjes, 'niet', operatoren of "
                           "termen met 'en'/'of'): splits haar in begrippen met een naam",
                     "en": "this expression is nested more than {max} levels deep (brackets, 'niet', operators or "
                           "terms with 'en'/'of'): split it into named begrippen"},
    "WG-PARSE-006": {"nl": "dit regelblok is {kib} KiB; een blok mag hoogstens {max} KiB zijn: verdeel de regels over "
                           "de artikelen en leden waar ze staan",
                     "en": "this rule block is {kib} KiB; a block may be at most {max} KiB: spread the rules over the "
                           "articles and leden where they are"},
    # what the parser expected, and what it found
    "zin.parse.waarde": {"nl": "een waarde of een naam (bijvoorbeeld 12, € 5, 2026-01-01, waar, inkomen(p), '(')",
                         "en": "a value or a name (e.g. 12, € 5, 2026-01-01, waar, inkomen(p), '(')"},
    "zin.parse.operator": {"nl": "een operator (en, of, =, <, +, ...)", "en": "an operator (en, of, =, <, +, ...)"},
    "zin.parse.declaratie": {"nl": "de volgende declaratie (feit, begrip, regel, ...)",
                             "en": "the next declaration (feit, begrip, regel, ...)"},
    "zin.parse.NAME": {"nl": "een naam", "en": "a name"},
    "zin.parse.NUMBER": {"nl": "een getal", "en": "a number"},
    "zin.parse.STRING": {"nl": "een tekst tussen aanhalingstekens", "en": "a quoted text"},
    "zin.parse.DATE": {"nl": "een datum", "en": "a date"},
    "zin.parse.UNIT": {"nl": "een eenheid (jaar, maand, week, dag)", "en": "a unit (jaar, maand, week, dag)"},
    "zin.parse.CMP": {"nl": "een vergelijking (=, <, >, ...)", "en": "a comparison (=, <, >, ...)"},
    "zin.parse.ADD": {"nl": "'+' of '-'", "en": "'+' or '-'"},
    "zin.parse.MUL": {"nl": "'*' of '/'", "en": "'*' or '/'"},
    "zin.parse.$END": {"nl": "het einde van het blok", "en": "the end of the block"},
    "zin.parse.token_naam": {"nl": "de naam '{tekst}'", "en": "name '{tekst}'"},
    "zin.parse.token_tekst": {"nl": "de tekst {tekst}", "en": "text {tekst}"},
    "zin.parse.token_waarde": {"nl": "de waarde {tekst}", "en": "value {tekst}"},
}
