"""Catalogue: amendments (WG-WIJZ): reading an amendment folder and its instructions (parser/wijziging.py) and
applying them to the law in force (resolve/situation.py, resolve/woorden.py)."""

BERICHTEN = {
    # what an amendment changes in the outcomes (amend/outcomes.py)
    "wijz.uitkomst.zonder_onbeantwoord": {"nl": "zonder de wijziging niet te beantwoorden: {melding}",
                                          "en": "cannot be answered without the amendment: {melding}"},
    "wijz.uitkomst.met_onbeantwoord": {"nl": "met de wijziging niet te beantwoorden: {melding}",
                                       "en": "cannot be answered with the amendment: {melding}"},
    "wijz.uitkomst.niet_gedefinieerd": {"nl": "(niet gedefinieerd)", "en": "(not defined)"},
    "wijz.uitkomst.bestond_niet": {"nl": "(bestond niet)", "en": "(did not exist)"},
    "wijz.uitkomst.splitst": {"nl": "\n    splitst bij {naam}: {oud} → {nieuw} — {bron}",
                              "en": "\n    parts at {naam}: {oud} → {nieuw} — {bron}"},
    "wijz.uitkomst.regel": {"nl": " [regel {regel}]", "en": " [rule {regel}]"},
    "wijz.uitkomst.nu_geldt": {"nl": " geldt niet meer; nu geldt {nu}", "en": " no longer applies; now {nu} applies"},
    # the amendment report's words for what happened to an article, unit or definition, and where new text comes
    # from (amend/report.py: `status_tekst`, `herkomst_tekst` beside the fixed values `status`, `herkomst`)
    "zin.wijz.status.nieuw": {"nl": "nieuw", "en": "new"},
    "zin.wijz.status.vervallen": {"nl": "vervallen", "en": "repealed"},
    "zin.wijz.status.gewijzigd": {"nl": "gewijzigd", "en": "changed"},
    "zin.wijz.status.ongewijzigd": {"nl": "ongewijzigd", "en": "unchanged"},
    "zin.wijz.status.toegevoegd": {"nl": "toegevoegd", "en": "added"},
    "zin.wijz.status.verwijderd": {"nl": "verwijderd", "en": "removed"},
    "zin.wijz.herkomst.officieel": {"nl": "officieel", "en": "official"},
    "zin.wijz.herkomst.herleid": {"nl": "herleid", "en": "derived"},
    "zin.wijz.herkomst.ontwerp": {"nl": "ontwerp", "en": "draft"},
    # a place in an article, in the renvooi ('lid 2, onderdeel j')
    "zin.wijz.plaats.artikel": {"nl": "artikel", "en": "article"},
    "zin.wijz.plaats.slotzin": {"nl": "slotzin", "en": "closing sentence"},
    # the amendment folder and its wijziging.yaml
    "WG-WIJZ-001": {"nl": "dit wijzigingsbestand heeft geen opdracht: begin elke opdracht met een ```wijziging-blok "
                          "(onderdeel, wet, opdracht)",
                    "en": "this amendment file has no instruction: start each with a ```wijziging block (onderdeel, "
                          "wet, opdracht)"},
    "WG-WIJZ-006.map": {"nl": "een wijzigingsmap heeft een wijziging.yaml nodig (titel, status, bron)",
                        "en": "an amendment folder needs a wijziging.yaml (titel, status, bron)"},
    "WG-WIJZ-006.datum": {"nl": "inwerkingtreding '{waarde}' is geen datum: schrijf haar als 2027-01-01, of null "
                                "als ze niet bekend is",
                          "en": "inwerkingtreding '{waarde}' is not a date: write it as 2027-01-01, or null when it "
                                "is not known"},
    "WG-WIJZ-006.op": {"nl": "op noemt de wijzigingen waarop deze voortbouwt: schrijf op: [<naam>, ...]",
                       "en": "op names the amendments this one builds on: write op: [<naam>, ...]"},
    "WG-WIJZ-006": {"nl": "op noemt de wijziging '{naam}', maar die staat niet in het corpus (bekend: {bekend})",
                    "en": "op names amendment '{naam}', which is not in the corpus (known: {bekend})"},
    "WG-WIJZ-007.kring": {"nl": "wijziging '{naam}' bouwt voort op '{basis}', en die weer op '{naam}' ({keten}): een "
                                "wijziging kan niet op zichzelf voortbouwen",
                          "en": "amendment '{naam}' builds on '{basis}', which builds on '{naam}' again ({keten}): an "
                                "amendment cannot build on itself"},
    "WG-WIJZ-007.dubbel": {"nl": "wijziging '{naam}' is twee keer genoemd; een wijziging wordt één keer toegepast",
                           "en": "amendment '{naam}' is named twice; an amendment is applied once"},
    "WG-WIJZ-007": {"nl": "onbekende wijziging '{naam}' (bekend: {bekend})",
                    "en": "unknown amendment '{naam}' (known: {bekend})"},
    "zin.wijz.geen": {"nl": "geen", "en": "none"},
    # reading an instruction
    "WG-WIJZ-002": {"nl": "de opdracht '{zin}' is niet te lezen{deel}. Schrijf haar zoals een wijzigingswet dat doet "
                          "(docs/opdrachten.md noemt elke vorm), bijvoorbeeld 'Artikel 8, eerste lid, komt te luiden:', "
                          "'In artikel 8, eerste lid, wordt \"zes jaar\" vervangen door \"vier jaar\".', 'Na artikel "
                          "2.3.10 wordt een artikel ingevoegd, luidende:', 'Aan artikel 8 wordt een lid toegevoegd, "
                          "luidende:', 'Artikel 4 vervalt.' of 'Artikel 8 wordt als volgt gewijzigd: 1. ... 2. ...'",
                    "en": "cannot read the instruction '{zin}'{deel}. Write it as a wijzigingswet does "
                          "(docs/opdrachten.md lists every form), e.g. 'Artikel 8, eerste lid, komt te luiden:', "
                          "'In artikel 8, eerste lid, wordt \"zes jaar\" vervangen door \"vier jaar\".', 'Na artikel "
                          "2.3.10 wordt een artikel ingevoegd, luidende:', 'Aan artikel 8 wordt een lid toegevoegd, "
                          "luidende:', 'Artikel 4 vervalt.' or 'Artikel 8 wordt als volgt gewijzigd: 1. ... 2. ...'"},
    "zin.wijz.deel": {"nl": " (het deel '{deel}')", "en": " (the part '{deel}')"},
    "WG-WIJZ-002.aantal": {"nl": "'{zin}' bevat {aantal} opdrachten waar er één wordt verwacht",
                           "en": "'{zin}' holds {aantal} instructions where one is expected"},
    "WG-WIJZ-003.na": {"nl": "de plaats '{tekst}' na 'na' is niet te lezen: schrijf bijvoorbeeld 'na onderdeel a', "
                             "'na het tweede lid' of 'na artikel 10c'",
                       "en": "cannot read the place '{tekst}' after 'na': write e.g. 'na onderdeel a', 'na het tweede "
                             "lid' or 'na artikel 10c'"},
    "WG-WIJZ-003.artikel": {"nl": "de plaats '{tekst}' is niet te lezen: ze hoort te beginnen met 'artikel <nummer>'",
                            "en": "cannot read the place '{tekst}': it should start with 'artikel <nummer>'"},
    "WG-WIJZ-003.deel": {"nl": "'{deel}' in '{tekst}' is niet te lezen: hier hoort bijvoorbeeld 'eerste lid' of "
                               "'onderdeel a'",
                         "en": "cannot read '{deel}' in '{tekst}': expected 'eerste lid' or 'onderdeel a'"},
    "WG-WIJZ-003.invoegen": {"nl": "niet te lezen waar '{zin}' invoegt: schrijf de plaats direct na 'wordt' of "
                                   "'worden', bijvoorbeeld 'wordt na onderdeel a een onderdeel ingevoegd'",
                             "en": "cannot read where '{zin}' inserts: write the place right after 'wordt' or "
                                   "'worden', e.g. 'wordt na onderdeel a een onderdeel ingevoegd'"},
    "WG-WIJZ-003.welk": {"nl": "'{zin}' zegt niet welk artikel ze wijzigt: noem het ('In artikel 8, eerste lid, "
                               "...'), of begin met 'Artikel 8 wordt als volgt gewijzigd:' en nummer de wijzigingen",
                         "en": "'{zin}' does not say which article it changes: name it ('In artikel 8, eerste lid, "
                               "...'), or open with 'Artikel 8 wordt als volgt gewijzigd:' and number the changes"},
    "WG-WIJZ-003.waar": {"nl": "'{zin}': zeg in welk artikel het nieuwe {soort} komt ('In artikel 8 wordt na het "
                               "tweede lid ...')",
                         "en": "'{zin}': say in which article the new {soort} goes ('In artikel 8 wordt na het "
                               "tweede lid ...')"},
    # the instruction block
    "WG-WIJZ-004": {"nl": "het opdrachtblok is geen geldige YAML: {probleem}",
                    "en": "the instruction block is not valid YAML: {probleem}"},
    "WG-WIJZ-004.velden": {"nl": "een opdracht heeft 'wet' en 'opdracht' nodig (en 'onderdeel')",
                           "en": "an instruction needs 'wet' and 'opdracht' (and 'onderdeel')"},
    "WG-WIJZ-005": {"nl": "deze opdracht wijzigt wet '{wet}', maar die staat niet in het corpus (bekend: {bekend}); "
                          "als de tekst die ze wijzigt er niet is, markeer haar met niet_uitvoerbaar: \"reden\"",
                    "en": "this instruction amends wet '{wet}', which is not in the corpus (known: {bekend}); if "
                          "the text it amends is not available, mark it with niet_uitvoerbaar: \"reason\""},
    "WG-WIJZ-010": {"nl": "een bepaling met niet_uitvoerbaar heeft 'opdracht' nodig (wat ze zegt) en de reden als "
                          "tekst: niet_uitvoerbaar: \"...\"",
                    "en": "a provision marked niet_uitvoerbaar needs 'opdracht' (what it says) and the reason as "
                          "text: niet_uitvoerbaar: \"...\""},
    "WG-FILE-004.wijziging": {"nl": "dit ```wijziging-blok wordt nergens gesloten",
                              "en": "this ```wijziging block is never closed"},
    # the new text below an instruction
    "WG-WIJZ-009.regels": {"nl": "regels onder een woordopdracht vervangen de regels van de ene eenheid die ze "
                                 "wijzigt; deze opdracht bevat meerdere wijzigingen: geef die waarvan de regels "
                                 "veranderen een eigen ```wijziging-blok",
                           "en": "rules under a word instruction replace the rules of the one unit it changes; this "
                                 "opdracht holds several changes: give the one whose rules change its own "
                                 "```wijziging block"},
    "WG-WIJZ-009.teksten": {"nl": "deze opdracht bevat meerdere wijzigingen die elk nieuwe tekst nodig hebben; geef "
                                  "elk een eigen ```wijziging-blok met de tekst eronder",
                            "en": "this opdracht holds several changes that each need new text; give each its own "
                                  "```wijziging block with its text below it"},
    "WG-WIJZ-009.geen_tekst": {"nl": "'{zin}' neemt geen nieuwe tekst, maar er volgt tekst op de opdracht: haal die "
                                     "weg, of schrijf een opdracht die haar gebruikt ('komt te luiden:')",
                               "en": "'{zin}' takes no new text, but text follows the instruction: remove it, or "
                                     "write an instruction that uses it ('komt te luiden:')"},
    "WG-WIJZ-009.ontbreekt": {"nl": "'{opdracht}' heeft geen nieuwe tekst: zet {wat} onder de opdracht, elk "
                                    "beginnend met '# Artikel <nummer>'",
                              "en": "'{opdracht}' has no new text: put {wat} below the instruction, each starting "
                                    "with '# Artikel <nummer>'"},
    "WG-WIJZ-009.artikelen": {"nl": "alleen hele artikelen kunnen {wat} vormen; begin de nieuwe tekst met "
                                    "'# Artikel <nummer>'",
                              "en": "only whole articles can make up {wat}; start the new text with "
                                    "'# Artikel <nummer>'"},
    "zin.wijz.hoofdstuk": {"nl": "het nieuwe hoofdstuk {hoofdstuk}", "en": "the new hoofdstuk {hoofdstuk}"},
    "zin.wijz.tussen": {"nl": "wat tussen artikelen wordt ingevoegd", "en": "what is inserted between articles"},
    "WG-WIJZ-009.een_artikel": {"nl": "'komt te luiden' voor een heel artikel heeft precies één '# Artikel "
                                      "<nummer>' eronder nodig",
                                "en": "'komt te luiden' for a whole article needs exactly one '# Artikel <nummer>' "
                                      "below it"},
    "WG-WIJZ-009.ander_artikel": {"nl": "'{opdracht}' vervangt artikel {artikel}, maar de kop van de nieuwe tekst is "
                                        "'# Artikel {nieuw}'",
                                  "en": "'{opdracht}' replaces artikel {artikel}, but the new text is headed "
                                        "'# Artikel {nieuw}'"},
    "WG-WIJZ-009.een_kop": {"nl": "'komt te luiden' vervangt één {soort}: zet precies één kop onder de opdracht",
                            "en": "'komt te luiden' replaces one {soort}: put exactly one heading below the "
                                  "instruction"},
    "WG-WIJZ-009.andere_kop": {"nl": "'{opdracht}' vervangt {soort} {nummer}, maar de kop van de nieuwe tekst is "
                                     "{nieuw_soort} {nieuw_nummer}",
                               "en": "'{opdracht}' replaces {soort} {nummer}, but the new text is headed "
                                     "{nieuw_soort} {nieuw_nummer}"},
    # applying an instruction to the law in force
    "WG-WIJZ-008.eenheid": {"nl": "'{opdracht}' is niet toe te passen: {plaats} heeft in deze versie geen {soort} "
                                  "{nummer}",
                            "en": "'{opdracht}' does not apply: {plaats} has no {soort} {nummer} in this version"},
    "WG-WIJZ-008.artikel": {"nl": "'{opdracht}' is niet toe te passen: {wet} heeft op deze datum geen artikel "
                                  "{nummer}",
                            "en": "'{opdracht}' does not apply: there is no artikel {nummer} in {wet} on this date"},
    "WG-WIJZ-008.hoofdstuk": {"nl": "'{opdracht}' is niet toe te passen: geen artikel van {wet} staat in hoofdstuk "
                                    "{hoofdstuk} (een artikel noemt zijn hoofdstuk in de front matter)",
                              "en": "'{opdracht}' does not apply: no article of {wet} is in hoofdstuk {hoofdstuk} "
                                    "(articles name their hoofdstuk in the front matter)"},
    "WG-WIJZ-008.bestaat_artikel": {"nl": "'{opdracht}' voegt artikel {nummer} in, maar dat bestaat al",
                                    "en": "'{opdracht}' inserts artikel {nummer}, which exists already"},
    "WG-WIJZ-008.bestaat": {"nl": "'{opdracht}' voegt {soort} {nummer} in, maar dat bestaat al",
                            "en": "'{opdracht}' inserts {soort} {nummer}, which exists already"},
    "WG-WIJZ-008.punt": {"nl": "'{opdracht}' is niet toe te passen: onderdeel {onderdeel} eindigt in deze versie "
                               "niet met een punt",
                         "en": "'{opdracht}' does not apply: onderdeel {onderdeel} does not end with a period in "
                               "this version"},
    "WG-WIJZ-008.begrip": {"nl": "'{opdracht}' is niet toe te passen: {plaats} heeft geen begripsbepaling '{begrip}'",
                           "en": "'{opdracht}' does not apply: {plaats} has no begripsbepaling '{begrip}'"},
    "WG-WIJZ-008.slotzin": {"nl": "'{opdracht}' is niet toe te passen: {plaats} heeft geen slotzin",
                            "en": "'{opdracht}' does not apply: {plaats} has no slotzin"},
    "WG-WIJZ-008.volzin": {"nl": "'{opdracht}' is niet toe te passen: {plaats} heeft {aantal} volzin(nen), niet "
                                 "{volzin}",
                           "en": "'{opdracht}' does not apply: {plaats} has {aantal} volzin(nen), not {volzin}"},
    "WG-WIJZ-008.hier": {"nl": "'{opdracht}' is niet toe te passen: hier is geen {soort} {nummer}",
                         "en": "'{opdracht}' does not apply: there is no {soort} {nummer} here"},
    "WG-WIJZ-008.al": {"nl": "'{opdracht}' is niet toe te passen: {soort} {nummer} bestaat al",
                       "en": "'{opdracht}' does not apply: {soort} {nummer} exists already"},
    "WG-WIJZ-011": {"nl": "'{opdracht}' is niet toe te passen: de woorden \"{woorden}\" komen niet voor in "
                          "{plaats}{bijna}",
                    "en": "'{opdracht}' does not apply: the words \"{woorden}\" do not occur in {plaats}{bijna}"},
    "zin.wijz.hoofdletters": {"nl": " (ze komen wel voor met andere hoofdletters: \"{woorden}\")",
                              "en": " (it does occur with other capitals: \"{woorden}\")"},
    "WG-WIJZ-012": {"nl": "'{opdracht}' is niet eenduidig: \"{woorden}\" komt {aantal} keer voor ({plaatsen}); noem "
                          "de plaats preciezer (het onderdeel, de aanhef, de volzin) of schrijf 'telkens' om ze alle "
                          "te wijzigen",
                    "en": "'{opdracht}' is not unambiguous: \"{woorden}\" occurs {aantal} times ({plaatsen}); name "
                          "the place more exactly (the onderdeel, the aanhef, the volzin) or write 'telkens' to "
                          "change every one"},
    "zin.wijz.opnieuw_zonder_regels": {"nl": "de tekst is opnieuw vastgesteld zonder de regels",
                                       "en": "the text was enacted again without the rules"},
}
