"""Catalogue: law and tests from other formats: the Gherkin bridge (WG-GHK, gherkin.py) and the import of a BWB
toestand (WG-IMP, importeer.py)."""

BERICHTEN = {
    # the Gherkin bridge: the feature file
    "WG-GHK-001.outline": {"nl": "een Scenario Outline (met Examples) kan de brug nog niet lezen; schrijf de "
                                 "voorbeelden als losse scenario's",
                           "en": "the bridge cannot read a Scenario Outline (with Examples) yet; write the examples "
                                 "as separate scenarios"},
    "WG-GHK-001.tabel": {"nl": "een tabel hoort onder een stap", "en": "a table belongs under a step"},
    "WG-GHK-001": {"nl": "deze regel is geen Gherkin die de brug kent: '{regel}'",
                   "en": "this line is no Gherkin the bridge knows: '{regel}'"},
    # the steps against the mapping
    "WG-GHK-002.stap": {"nl": "geen stap in {mapping} past bij '{stap}'", "en": "no step in {mapping} matches '{stap}'"},
    "WG-GHK-002.uitvoer": {"nl": "de uitvoer '{naam}' staat niet onder 'uitvoer' in {mapping}",
                           "en": "the output '{naam}' is not under 'uitvoer' in {mapping}"},
    "WG-GHK-002.datum": {"nl": "scenario '{naam}' noemt geen datum", "en": "scenario '{naam}' names no date"},
    "WG-GHK-002.parameter": {"nl": "de parameter '{naam}' staat niet onder 'parameters' in {mapping}",
                             "en": "the parameter '{naam}' is not under 'parameters' in {mapping}"},
    "WG-GHK-002.waarde": {"nl": "de waarde '{waarde}' van '{naam}' staat niet onder 'waarden' in {mapping}",
                          "en": "the value '{waarde}' of '{naam}' is not under 'waarden' in {mapping}"},
    "WG-GHK-002.stijl": {"nl": "deze stap is niet in de stijl van wetgraaf: '{stap}'",
                         "en": "this step is not in wetgraaf's style: '{stap}'"},
    # the mapping file
    "WG-GHK-003": {"nl": "de mapping is geen geldige YAML: {probleem}", "en": "the mapping is not valid YAML: {probleem}"},
    "WG-GHK-003.feiten": {"nl": "'{veld}' in een mapping is een tabel van feit naar waarde (feit: waarde)",
                          "en": "'{veld}' in a mapping is a table from fact to value (fact: value)"},
    "WG-GHK-003.velden": {"nl": "een mapping heeft minstens 'wet' en 'stappen'",
                          "en": "a mapping has at least 'wet' and 'stappen'"},
    # importing a BWB toestand
    "WG-IMP-001": {"nl": "dit bestand bestaat al; wetgraaf importeer overschrijft niets (verwijder het zelf, of "
                         "importeer onder een andere --sleutel)",
                   "en": "this file exists already; wetgraaf importeer overwrites nothing (remove it yourself, or "
                         "import under another --sleutel)"},
    "zin.xml.bibliotheek": {"nl": "de XML-lezer (libxml2) meldt: “{tekst}”",
                            "en": "the XML reader (libxml2) reports: “{tekst}”"},
    "WG-IMP-002.xml": {"nl": "het XML-bestand is niet te lezen: {reden}", "en": "cannot read the XML file: {reden}"},
    "WG-IMP-002.openen": {"nl": "het bestand is niet te openen: {reden}", "en": "cannot open the file: {reden}"},
    "WG-IMP-002.wti": {"nl": "het WTI-bestand is niet te lezen: {reden}", "en": "cannot read the WTI file: {reden}"},
    "WG-IMP-003": {"nl": "dit is geen BWB-toestand: verwacht <toestand bwb-id=… inwerkingtreding=…>, gevonden "
                         "<{gevonden}>",
                   "en": "this is no BWB toestand: expected <toestand bwb-id=… inwerkingtreding=…>, found "
                         "<{gevonden}>"},
    "WG-IMP-004": {"nl": "de sleutel '{sleutel}' moet uit kleine letters, cijfers en _ bestaan en met een letter "
                         "beginnen (zie docs/wetsbestand.md)",
                   "en": "the key '{sleutel}' must consist of lower-case letters, digits and _ and start with a "
                         "letter (see docs/wetsbestand.md)"},
}
