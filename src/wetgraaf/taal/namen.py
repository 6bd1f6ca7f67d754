"""Catalogue: names, rules and circles in the resolved program (WG-NAME, WG-RULE, WG-CYCLE; resolve/program.py)."""

BERICHTEN = {
    "WG-NAME-001.regel": {"nl": "regel voor een onbekende definitie '{naam}'",
                          "en": "rule for unknown definition '{naam}'"},
    "WG-NAME-001.regel_bedoelt": {"nl": "regel voor een onbekende definitie '{naam}'; bedoelt u {namen}?",
                                  "en": "rule for unknown definition '{naam}'; did you mean {namen}?"},
    "WG-NAME-002": {"nl": "'{naam}' is twee keer gedefinieerd in {wet}: eerst op {plaats} ({bron})",
                    "en": "'{naam}' is defined twice in {wet}: first at {plaats} ({bron})"},
    "WG-NAME-002.soort": {"nl": "soort '{naam}' is twee keer gedefinieerd, met verschillende waarden (eerst op "
                                "{plaats})",
                          "en": "soort '{naam}' is defined twice with different values (first at {plaats})"},
    "WG-NAME-002.waarde": {"nl": "de waarde '{waarde}' hoort bij twee soorten: {eerste} en {tweede}",
                           "en": "value '{waarde}' belongs to two soorten: {eerste} and {tweede}"},
    "WG-NAME-004": {"nl": "'{naam}' is een woord van de regeltaal en kan geen naam zijn",
                    "en": "'{naam}' is a word of the rule language and cannot be used as a name"},
    "WG-RULE-001": {"nl": "'{naam}' is een {soort}: de waarde komt uit het scenario of van het bestuursorgaan, een "
                          "regel kan haar niet bepalen",
                    "en": "'{naam}' is a {soort}: its value comes from the scenario or the authority, a rule cannot "
                          "define it"},
    "WG-RULE-002": {"nl": "'{naam}' is gedeclareerd, maar geen regel geeft het een waarde: voeg '= ...' toe of een "
                          "blok 'regel ... voor'",
                    "en": "'{naam}' is declared but no rule gives it a value: add '= ...' or a 'regel ... voor' "
                          "block"},
    "WG-RULE-003": {"nl": "uitzondering op '{naam}', dat geen basisregel heeft",
                    "en": "exception to '{naam}', which has no base rule"},
    "WG-RULE-004.labels": {"nl": "uitzondering op een onbekende regel '{regel}' van '{naam}': {bedoelt}de regels van "
                                 "'{naam}' heten {labels}",
                           "en": "exception to unknown rule '{regel}' of '{naam}': {bedoelt}The rules of '{naam}' "
                                 "are labelled {labels}"},
    "WG-RULE-004.geen_labels": {"nl": "uitzondering op een onbekende regel '{regel}' van '{naam}': geen regel van "
                                      "'{naam}' heeft een label; schrijf 'uitzondering {eigen} op {naam}(...)' voor een "
                                      "uitzondering op al zijn regels",
                                "en": "exception to unknown rule '{regel}' of '{naam}': no rule of '{naam}' has a "
                                      "label; write 'uitzondering {eigen} op {naam}(...)' for an exception to all "
                                      "its rules"},
    "zin.naam.bedoelt": {"nl": "bedoelt u {naam}? ", "en": "did you mean {naam}? "},
    "WG-TYPE-002.regel": {"nl": "{naam} heeft {aantal} argument(en) ({parameters}), deze regel noemt er {gegeven}",
                          "en": "{naam} takes {aantal} argument(s) ({parameters}), this rule names {gegeven}"},
    "zin.naam.kring_stap": {"nl": "{naam} ({plaats})", "en": "{naam} ({plaats})"},
    "zin.naam.kring_pijl": {"nl": "{a} -> {b}", "en": "{a} -> {b}"},
    "WG-CYCLE-001": {"nl": "deze definities hangen in een kring van elkaar af: {pad}",
                     "en": "these definitions depend on each other in a circle: {pad}"},
    "zin.naam.definitie_van": {"nl": "de definitie van {naam}", "en": "the definition of {naam}"},
    "zin.naam.waarde_na_wijziging": {
        "nl": "Wat is {label} op de peildatum? Artikel {nummer} van de {wet} is gewijzigd met ingang van {datum}; die "
              "tekst staat niet in het corpus, dus de waarde uit de oudere tekst geldt niet zonder meer.",
        "en": "What is {label} on the reference date? Article {nummer} of the {wet} was changed with effect from "
              "{datum}; that text is not in the corpus, so the value of the older text does not simply apply."},
    "zin.naam.waarde_voor_versie": {
        "nl": "Wat is {label} op de peildatum? Het corpus heeft artikel {nummer} van de {wet} pas zoals het luidt "
              "met ingang van {datum}, en het is op die dag gewijzigd; de tekst die daarvóór gold staat niet in het "
              "corpus, dus de waarde uit de latere tekst geldt niet zonder meer.",
        "en": "What is {label} on the reference date? The corpus has article {nummer} of the {wet} only as it reads "
              "from {datum}, and it was changed on that day; the text in force before is not in the corpus, so the "
              "value of the later text does not simply apply."},
}
