"""Catalogue: reading the corpus's files (WG-FILE: law files, parser/markdown.py and parser/corpus.py; WG-WET:
wet.yaml, parser/corpus.py)."""

BERICHTEN = {
    # any file wetgraaf reads (parser/corpus.py: read_text, load_yaml)
    "WG-FILE-015": {"nl": "dit bestand is geen UTF-8-tekst; sla het op als UTF-8",
                    "en": "this file is not UTF-8 text; save it as UTF-8"},
    "WG-FILE-021": {"nl": "'geldig_tot_betreft' noemt {naam!r}, maar dat is geen waarde van dit artikel (waarden: {bekend})",
                    "en": "'geldig_tot_betreft' names {naam!r}, which is no value of this article (values: {bekend})"},
    "WG-FILE-021.lijst": {"nl": "'geldig_tot_betreft' moet een lijst met namen van waarden van dit artikel zijn, niet {waarde}",
                          "en": "'geldig_tot_betreft' must be a list of names of this article's values, not {waarde}"},
    "WG-FILE-021.zonder_einde": {"nl": "'geldig_tot_betreft' zegt welke waarden na 'geldig_tot' wijzigen; zonder "
                                       "'geldig_tot' betekent het niets: voeg 'geldig_tot' toe of haal de sleutel weg",
                                 "en": "'geldig_tot_betreft' says which values change after 'geldig_tot'; without "
                                       "'geldig_tot' it means nothing: add 'geldig_tot' or remove the key"},
    "WG-FILE-016": {"nl": "er is geen corpusmap op {pad}", "en": "no corpus folder at {pad}"},
    "WG-FILE-017": {"nl": "dit bestand is niet te lezen: {reden}", "en": "cannot read this file: {reden}"},
    "WG-FILE-018": {"nl": "de map {pad} bevat geen wetten: geen submap met een wet.yaml (is dit de goede map?)",
                    "en": "the folder {pad} holds no laws: no subfolder with a wet.yaml (is this the right folder?)"},
    "WG-FILE-019.soort": {"nl": "dit is geen gewoon bestand (maar een pipe, apparaat of socket): wetgraaf leest "
                                "alleen gewone bestanden",
                          "en": "this is not a regular file (but a pipe, device or socket): wetgraaf reads regular "
                                "files only"},
    "WG-FILE-019": {"nl": "dit bestand is {mib} MiB; wetgraaf leest bestanden tot {max} MiB",
                    "en": "this file is {mib} MiB; wetgraaf reads files up to {max} MiB"},
    "zin.bestand.yaml": {"nl": "dit is geen geldige YAML: {probleem}", "en": "not valid YAML: {probleem}"},
    # what core.errors.yaml_problem says itself (PyYAML's own problems are in scen.py)
    "zin.yaml.te_diep": {"nl": "de YAML is te diep genest om te lezen; schrijf haar plat",
                         "en": "the YAML is nested too deeply to read; write it flat"},
    "zin.yaml.ongeldig": {"nl": "dit is geen geldige YAML", "en": "this is not valid YAML"},
    "zin.yaml.kalender": {"nl": "{datum} is geen datum die op de kalender staat",
                          "en": "{datum} is not a date on the calendar"},
    "zin.bestand.sleutels": {"nl": "hier horen regels 'sleutel: waarde'", "en": "expected 'key: value' lines"},
    # an article file (parser/markdown.py)
    "WG-FILE-001": {"nl": "een wetsbestand begint met front matter tussen twee regels '---' (wet, artikel, "
                          "geldig_vanaf, bron, herkomst)",
                    "en": "a law file starts with front matter between two '---' lines (wet, artikel, geldig_vanaf, "
                          "bron, herkomst)"},
    "WG-FILE-001.open": {"nl": "de front matter wordt nergens gesloten: zet er een regel '---' achter",
                         "en": "the front matter is never closed: add a line '---' after it"},
    "WG-FILE-002": {"nl": "de front matter is niet geldig: {probleem}", "en": "the front matter is not valid: {probleem}"},
    "WG-FILE-002.sleutels": {"nl": "de front matter moet bestaan uit regels 'sleutel: waarde'",
                             "en": "the front matter must be a list of 'key: value' lines"},
    "WG-FILE-003": {"nl": "'{sleutel}' moet een datum zijn zoals 2026-01-01, niet {waarde!r}",
                    "en": "'{sleutel}' must be a date like 2026-01-01, not {waarde!r}"},
    "WG-FILE-004": {"nl": "dit ```{taal}-blok wordt nergens gesloten: zet er een regel {teken} achter",
                    "en": "this ```{taal} block is never closed: add a line {teken}"},
    "WG-FILE-005": {"nl": "een regelblok hoort onder het artikel, lid of onderdeel dat het vastlegt; zet er een kop "
                          "boven",
                    "en": "a rule block must sit under the artikel, lid or onderdeel it encodes; put a heading "
                          "above it"},
    "WG-FILE-006": {"nl": "onbekende kop '{kop}': een kop noemt een Artikel, Lid, Onderdeel, Subonderdeel, Slot of "
                          "Toelichting",
                    "en": "unknown heading '{kop}': a heading names an Artikel, Lid, Onderdeel, Subonderdeel, Slot or "
                          "Toelichting"},
    "WG-FILE-007": {"nl": "een kop {soort} heeft een nummer of letter nodig, bijvoorbeeld '{voorbeeld}'",
                    "en": "a {soort} heading needs its number or letter, e.g. '{voorbeeld}'"},
    "WG-FILE-008": {"nl": "er staat tekst voor de eerste kop: begin het artikel met '# Artikel <nummer>'",
                    "en": "text before the first heading: start the article with '# Artikel <nummer>'"},
    "WG-FILE-009": {"nl": "dit is geen tekstbestand (het bevat NUL-bytes)",
                    "en": "this is not a text file (it contains NUL bytes)"},
    "WG-FILE-010.geen": {"nl": "dit bestand heeft geen kop '# Artikel <nummer>': elke kop hoort daaronder",
                         "en": "this file has no '# Artikel <nummer>' heading: every heading belongs below it"},
    "WG-FILE-010.boven": {"nl": "een kop {soort} boven de kop van het artikel: begin het bestand met "
                                "'# Artikel <nummer>' en zet al het andere daaronder",
                          "en": "a {soort} heading above the article heading: start the file with "
                                "'# Artikel <nummer>' and put everything else below it"},
    "WG-FILE-010": {"nl": "een wetsbestand bevat precies één artikel: één kop '# Artikel <nummer>' met al het andere "
                          "daaronder",
                    "en": "a law file holds exactly one article: one '# Artikel <nummer>' heading with everything "
                          "else below it"},
    "WG-FILE-011": {"nl": "de kop zegt artikel {kop}, maar de front matter zegt artikel {nummer}",
                    "en": "the heading says artikel {kop} but the front matter says artikel {nummer}"},
    "WG-FILE-012": {"nl": "dit bestand staat in de map van '{wet}', maar de front matter zegt wet: {gezegd}",
                    "en": "this file is in the folder of '{wet}' but its front matter says wet: {gezegd}"},
    "WG-FILE-013": {"nl": "herkomst moet officieel, herleid (opnieuw opgebouwd uit een memorie van toelichting) of "
                          "ontwerp (zelf opgesteld) zijn, niet {herkomst!r}",
                    "en": "herkomst must be officieel, herleid (rebuilt from a memorie van toelichting) or ontwerp "
                          "(drafted), not {herkomst!r}"},
    "WG-FILE-014": {"nl": "een herleid artikel moet de passage noemen waaruit het is opgebouwd: voeg toe "
                          "'mvt: seed 002, regels A-B'",
                    "en": "a rebuilt (herleid) article must cite the passage it is rebuilt from: add "
                          "'mvt: seed 002, regels A-B'"},
    "WG-FILE-020.dubbel": {"nl": "de kop '{soort} {nummer}' staat hier voor de tweede keer (eerder op regel {regel}); "
                                 "elke {soort} heeft een eigen nummer",
                           "en": "the heading '{soort} {nummer}' appears here for the second time (earlier on line "
                                 "{regel}); each {soort} has a number of its own"},
    "WG-FILE-020": {"nl": "de kop zegt lid {kop}, maar de tekst eronder begint met {tekst}: zet de kop "
                          "'## Lid {tekst}' boven die tekst, zodat de regels onder het juiste lid staan",
                    "en": "the heading says lid {kop}, but the text below it starts with {tekst}: put the heading "
                          "'## Lid {tekst}' above that text, so that the rules sit under the right lid"},
    "WG-FILE-020.alinea": {"nl": "de tekst van lid {kop} loopt door in een alinea die met {tekst} begint: daar "
                                 "ontbreekt de kop '## Lid {tekst}'",
                           "en": "the text of lid {kop} runs on into a paragraph that starts with {tekst}: the "
                                 "heading '## Lid {tekst}' is missing there"},
    # wet.yaml (parser/corpus.py)
    "WG-WET-002": {"nl": "wet.yaml mist {velden}", "en": "wet.yaml lacks {velden}"},
    "WG-WET-003": {"nl": "sleutel '{sleutel}' moet gelijk zijn aan de naam van de map, '{map}'",
                   "en": "sleutel '{sleutel}' must equal the folder name '{map}'"},
    "WG-WET-004": {"nl": "status moet een van deze zijn: {statussen}", "en": "status must be one of {statussen}"},
    "WG-WET-005": {"nl": "'{sleutel}' moet een tekst zijn, niet {soort}", "en": "'{sleutel}' must be text, not {soort}"},
    "WG-WET-005.versies": {"nl": "'versies' moet een lijst zijn (regels die beginnen met '- versie: ')",
                           "en": "'versies' must be a list (lines starting with '- versie: ')"},
    "WG-WET-005.versie": {"nl": "versie {i} in 'versies' moet 'versie: JJJJ-MM-DD' zijn, met 'bron' en 'herkomst'",
                          "en": "version {i} in 'versies' must be 'versie: YYYY-MM-DD', with 'bron' and 'herkomst'"},
    "WG-WET-005.datum": {"nl": "versie {i} in 'versies': '{waarde}' is geen datum als 2026-01-01",
                         "en": "version {i} in 'versies': '{waarde}' is not a date like 2026-01-01"},
    "WG-WET-005.tekst": {"nl": "versie {i} in 'versies': 'bron' en 'herkomst' moeten tekst zijn",
                         "en": "version {i} in 'versies': 'bron' and 'herkomst' must be text"},
    "zin.wet.lijst": {"nl": "een lijst", "en": "a list"},
    "zin.wet.tabel": {"nl": "een tabel (sleutel: waarde)", "en": "a table (key: value)"},
    "zin.wet.janee": {"nl": "ja/nee", "en": "yes/no"},
    "zin.wet.getal": {"nl": "een getal", "en": "a number"},
}
