"""Catalogue: law defects found without a scenario (WG-DEF, resolve/defects.py) and their hints."""

BERICHTEN = {
    "WG-DEF-001": {"nl": "{vraag} kan tegelijk twee waarden krijgen (Conflict): {detail}; bijvoorbeeld wanneer {geval}",
                   "en": "{vraag} can get two values at once (Conflict): {detail}; for example when {geval}"},
    "WG-DEF-001.hint": {"nl": "maak van de ene regel een uitzondering (uitzondering ... op) op de andere, of maak hun "
                              "voorwaarden elkaar uitsluitend",
                        "en": "make one rule an exception (uitzondering ... op) of the other, or make their "
                              "conditions exclusive"},
    "WG-DEF-002": {"nl": "geen regel geeft {vraag} een waarde (NoValue) wanneer {geval}; zie {bron}",
                   "en": "no rule gives {vraag} a value (NoValue) when {geval}; see {bron}"},
    "WG-DEF-002.hint": {"nl": "voeg de regel toe voor het geval dat de wet niet uitschrijft (vaak '= onwaar' als "
                              "basisregel, met de voorwaarden als uitzonderingen)",
                        "en": "add the rule for the case the law leaves implicit (often '= onwaar' as the base "
                              "rule, the conditions as exceptions)"},
    "WG-DEF-003": {"nl": "uitzondering {label} van {naam} kan nooit gelden: haar voorwaarde is in elk geval onwaar",
                   "en": "exception {label} of {naam} can never apply: its condition is false in every case"},
    "WG-DEF-003.hint": {"nl": "verbeter de voorwaarde, of verwijder de uitzondering",
                        "en": "correct the condition, or remove the exception"},
    "WG-DEF-004": {"nl": "uitzondering {label} van {naam} geldt nooit samen met de regel waarvan ze afwijkt "
                         "({regel}, {plaats}): ze voegt een geval toe in plaats van een uitzondering te maken",
                   "en": "exception {label} of {naam} never applies together with the rule it departs from "
                         "({regel}, {plaats}): it adds a case instead of making an exception"},
    "WG-DEF-004.hint": {"nl": "vergelijk de voorwaarde met die van de regel; is het een eigen geval, maak er dan een "
                              "regel '... voor' van",
                        "en": "check the condition against the rule's; if it is a case of its own, make it a "
                              "'regel ... voor' rule"},
    "WG-DEF-005": {"nl": "{wat} {label} van {naam} beslist nooit: {waarom}",
                   "en": "{wat} {label} of {naam} never decides: {waarom}"},
    "WG-DEF-005.hint": {"nl": "de regel is dode tekst in de codering; controleer de voorwaarden van de uitzonderingen",
                        "en": "the rule is dead text in the encoding; check the conditions of the exceptions"},
    "WG-DEF-006": {"nl": "{soort} {label} is gedeclareerd, maar geen regel gebruikt het",
                   "en": "{soort} {label} is declared but no rule uses it"},
    "WG-DEF-006.begrip": {"nl": "begrip {label} wordt door geen andere regel gebruikt (misschien is het een vraag die "
                                "de wet beantwoordt)",
                          "en": "term {label} is not used by any other rule (it may be a question the law "
                                "answers)"},
    "WG-DEF-006.hint": {"nl": "verwijder de declaratie, of gebruik haar in de regel die de tekst noemt",
                        "en": "remove the declaration, or use it in the rule that the text states"},
    "WG-DEF-007": {"nl": "de tekst verwijst naar '{tekst}', dat niet bestaat: {reden}",
                   "en": "the text refers to '{tekst}', which does not exist: {reden}"},
    "WG-DEF-007.hint": {"nl": "zegt de officiële tekst het zo, laat het dan staan en leg het uit in een Toelichting; "
                              "verbeter anders de verwijzing",
                        "en": "if the official text says so, keep it and explain it in a Toelichting; otherwise "
                              "correct the reference"},
    "WG-DEF-008": {"nl": "link '{tekst}': {reden}", "en": "link '{tekst}': {reden}"},
    "WG-DEF-008.hint": {"nl": "de woorden worden gevolgd; verbeter het anker van de link",
                        "en": "the words are followed; correct the link's anchor"},
    "zin.def.uitzondering": {"nl": "uitzondering", "en": "exception"},
    "zin.def.regel": {"nl": "regel", "en": "rule"},
    "zin.def.eigen_regel": {"nl": "(de eigen regel van de definitie)", "en": "(the definition's own rule)"},
    "zin.def.geldt_altijd": {"nl": "uitzondering {label} ({plaats}) geldt altijd",
                             "en": "exception {label} ({plaats}) always applies"},
    "zin.def.altijd_uitzondering": {"nl": "telkens als haar voorwaarde geldt, geldt er een uitzondering",
                                    "en": "whenever its condition holds, an exception applies"},
    "zin.def.versie_met": {"nl": "{datum} met {wijzigingen}", "en": "{datum} with {wijzigingen}"},
    "zin.def.op_versies": {"nl": "{melding} (op {versies})", "en": "{melding} (on {versies})"},
    "zin.def.elk_geval": {"nl": "in elk geval", "en": "in every case"},
    "zin.def.gelijk": {"nl": "{naam} = {waarde}", "en": "{naam} = {waarde}"},
    "zin.def.lijst": {"nl": "[{waarden}]", "en": "[{waarden}]"},
}
