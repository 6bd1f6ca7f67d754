"""Catalogue: a question asked as a scenario (vraagscenario.py, `wetgraaf gegevens`).

Dutch by default; the usage errors' English text (`--taal en`) is the wording they had before the catalogue. What is law-specific (the answer per
value, where the rules are) is declared in the law's wet.yaml, not here."""

BERICHTEN = {
    "vraag.kop": {"nl": "Mag {partij} gegevens ({categorieen}) aan {ontvanger} verstrekken voor {doel}?",
                  "en": "May {partij} give data ({categorieen}) to {ontvanger} for {doel}?"},
    "zin.vraag.niet_opgegeven": {"nl": "(niet opgegeven)", "en": "(not given)"},
    "vraag.geen_grondslag": {"nl": "  antwoord: geen grondslag in {bereik} — geen van de leden regelt deze "
                                   "verstrekking (andere wetten kunnen dat wel doen).",
                             "en": "  answer: no ground in {bereik} — none of its leden regulates this provision "
                                   "(other laws may)."},
    "vraag.antwoord": {"nl": "  antwoord: {antwoord}", "en": "  answer: {antwoord}"},
    "zin.vraag.hangt_af": {"nl": "hangt af van de feiten en oordelen hieronder",
                           "en": "depends on the facts and judgements below"},
    "vraag.berust_op": {"nl": "  berust op: {gronden}", "en": "  rests on: {gronden}"},
    "vraag.mogelijke_grond": {"nl": "  mogelijke grond: {gronden}", "en": "  possible ground: {gronden}"},
    # usage errors (exit code 2)
    "vraag.naam": {"nl": ("'{naam}' kan geen naam zijn: gebruik letters, cijfers en liggende streepjes, te beginnen met ee" "n letter (bijvoorbeeld huisarts, woningcorporatie)"),
                   "en": "'{naam}' cannot be used as a name: use letters, digits and underscores, starting with a "
                         "letter (e.g. huisarts, woningcorporatie)"},
    "vraag.onbekend": {"nl": "onbekende {wat} '{woord}'; kies een van: {keuzes}",
                       "en": "unknown {wat} '{woord}'; choose one of: {keuzes}"},
    "vraag.categorie": {"nl": "onbekende categorie '{categorie}'; kies er een of meer (gescheiden door komma's) uit: {keuzes}",
                        "en": "unknown categorie '{categorie}'; choose one or more (comma-separated) of: {keuzes}"},
    "vraag.geen_regels": {"nl": ("deze rechtstoestand heeft geen regels voor de vraag {begrip} ({wet}, {bereik}): pas de wijzigin" "g toe met {wijzigingen}"),
                          "en": "this legal situation has no rules for the question {begrip} ({wet}, {bereik}): "
                                "apply the amendment with {wijzigingen}"},
    "vraag.geen_declaratie": {"nl": ("hiervoor is precies één wet nodig die een vraag declareert (uitbreidingen.vraag in haar wet.yam" "l); wetten die er een declareren: {wetten}"),
                              "en": "this needs exactly one law that declares a question (uitbreidingen.vraag in "
                                    "its wet.yaml); declaring laws: {wetten}"},
    "vraag.geen_declaratie_wet": {"nl": ("de wet '{wet}' declareert geen vraag (uitbreidingen.vraag in haar wet.yaml); wetten die er een " "declareren: {wetten}"),
                                  "en": "the law '{wet}' declares no question (uitbreidingen.vraag in its "
                                        "wet.yaml); declaring laws: {wetten}"},
}
