"""Catalogue: names and types in rule expressions (WG-NAME-001, WG-TYPE; resolve/types.py) and their phrases."""

BERICHTEN = {
    "WG-NAME-001": {"nl": "onbekende naam '{naam}'", "en": "unknown name '{naam}'"},
    "WG-NAME-001.elders": {"nl": "onbekende naam '{naam}'; die is gedefinieerd in een andere wet: schrijf {namen}",
                           "en": "unknown name '{naam}'; it is defined in another law: write {namen}"},
    "WG-NAME-001.bedoelt": {"nl": "onbekende naam '{naam}'; bedoelt u {namen}?",
                            "en": "unknown name '{naam}'; did you mean {namen}?"},
    "WG-TYPE-001": {"nl": "{wat} moet {gewenst} zijn, maar dit is {gegeven}",
                    "en": "{wat} must be {gewenst}, but this is {gegeven}"},
    "WG-TYPE-001.geheel": {"nl": "{wat} moet een geheel getal zijn, maar dit is een getal dat decimalen kan hebben; "
                                 "rond het af met afronden(...)",
                           "en": "{wat} must be a whole number, but this is a number that may have decimals; round "
                                 "it with afronden(...)"},
    "WG-TYPE-001.vergelijk": {"nl": "{functie} vergelijkt waarden van één type; dit is {dit}, de eerste is {eerste}",
                              "en": "{functie} compares values of one type; this is {dit}, the first is {eerste}"},
    "WG-TYPE-001.min": {"nl": "{soort} kan niet negatief gemaakt worden", "en": "cannot negate {soort}"},
    "WG-TYPE-001.takken": {"nl": "beide takken moeten één type hebben: 'dan' geeft {dan}, 'anders' geeft {anders}",
                           "en": "both branches must have one type: 'dan' gives {dan}, 'anders' gives {anders}"},
    "WG-TYPE-001.lijst": {"nl": "'{soort}' loopt over een lijst, maar dit is {gegeven}",
                          "en": "'{soort}' ranges over a list, but this is {gegeven}"},
    "WG-TYPE-002": {"nl": "'{naam}' heeft {aantal} argument(en) ({parameters}), niet {gegeven}",
                    "en": "'{naam}' takes {aantal} argument(s) ({parameters}), not {gegeven}"},
    "WG-TYPE-002.min": {"nl": "{functie} heeft twee of meer waarden nodig", "en": "{functie} takes two or more values"},
    "WG-TYPE-002.functie": {"nl": "{functie} heeft {aantal} argument(en), niet {gegeven}",
                            "en": "{functie} takes {aantal} argument(s), not {gegeven}"},
    "WG-TYPE-003": {"nl": "'{op}' werkt niet op {links} en {rechts}", "en": "cannot use '{op}' on {links} and {rechts}"},
    "WG-TYPE-004": {"nl": "'{naam}' is geen waarde van soort {soort} ({waarden})",
                    "en": "'{naam}' is not a value of soort {soort} ({waarden})"},
    "WG-TYPE-005": {"nl": "onbekend type '{naam}': geen basistype ({basis}), geen entiteit ({entiteiten}) en geen "
                          "gedeclareerde soort",
                    "en": "unknown type '{naam}': not a basic type ({basis}), an entity ({entiteiten}) or a declared "
                          "soort"},
    # a type in words
    "zin.type.waarheid": {"nl": "een waarheid (waar/onwaar)", "en": "a waarheid (true/false)"},
    "zin.type.geheel": {"nl": "een geheel getal", "en": "a whole number"},
    "zin.type.getal": {"nl": "een getal", "en": "a number"},
    "zin.type.bedrag": {"nl": "een geldbedrag", "en": "an amount of money"},
    "zin.type.datum": {"nl": "een datum", "en": "a date"},
    "zin.type.duur": {"nl": "een duur", "en": "a duration"},
    "zin.type.tekst": {"nl": "een tekst", "en": "a text"},
    "zin.type.anders": {"nl": "een {type}", "en": "a {type}"},
    # what must have the type
    "zin.type.argument_van": {"nl": "argument '{param}' van {naam}", "en": "argument '{param}' of {naam}"},
    "zin.type.argument_n": {"nl": "argument {n} van {naam}", "en": "argument {n} of {naam}"},
    "zin.type.niet": {"nl": "wat na 'niet' staat", "en": "the operand of 'niet'"},
    "zin.type.kant": {"nl": "elke kant van '{op}'", "en": "each side of '{op}'"},
    "zin.type.keuze": {"nl": "elke keuze", "en": "each option"},
    "zin.type.als": {"nl": "de voorwaarde na 'als'", "en": "the condition after 'als'"},
    "zin.type.waarvoor": {"nl": "de voorwaarde na 'waarvoor'/'geldt'", "en": "the condition after 'waarvoor'/'geldt'"},
    "zin.type.voorwaarde": {"nl": "de voorwaarde van een regel", "en": "a rule's condition"},
    "zin.type.waarde_van": {"nl": "de waarde van {naam}", "en": "the value of {naam}"},
}
