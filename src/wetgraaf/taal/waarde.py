"""Catalogue: values bound to the words of the law (WG-WAARDE: `waarde` in parser/rules.py, the quantities of
parser/hoeveelheid.py, resolve/waarden.py) and the words for people (WG-LABEL: resolve/labels.py)."""

BERICHTEN = {
    # a `waarde` read from its words (parser/rules.py, parser/hoeveelheid.py)
    "WG-WAARDE-001": {"nl": "de waarde van \"{woorden}\" is niet te lezen: {reden}",
                      "en": "cannot read the value of \"{woorden}\": {reden}"},
    "WG-WAARDE-001.decimalen": {"nl": "\"{woorden}\": een bedrag heeft ten hoogste twee decimalen",
                                "en": "\"{woorden}\": an amount has at most two decimals"},
    "WG-WAARDE-001.geheel": {"nl": "\"{woorden}\" is geen geheel getal", "en": "\"{woorden}\" is not a whole number"},
    "WG-WAARDE-001.type": {"nl": "\"{woorden}\" is {wat}, geen waarde van type {type}",
                           "en": "\"{woorden}\" is {wat}, not a value of type {type}"},
    "zin.waarde.duur": {"nl": "een duur", "en": "a duration"},
    "zin.waarde.bedrag": {"nl": "een bedrag", "en": "an amount"},
    "zin.waarde.getal": {"nl": "een getal", "en": "a number"},
    "zin.waarde.geen_woord": {"nl": "'{woord}' is geen getal in woorden", "en": "'{woord}' is not a number in words"},
    "zin.waarde.geen_getal": {"nl": "'{tekst}' is geen getal", "en": "'{tekst}' is not a number"},
    "zin.waarde.punt": {"nl": "'{tekst}': schrijf een getal zoals de wet het doet (70.100 is zeventigduizend honderd, "
                              "2,5 is twee en een half)",
                        "en": "'{tekst}': write a number as the law does (70.100 is seventy thousand one hundred, "
                              "2,5 is two and a half)"},
    "zin.waarde.te_lang": {"nl": "te lang voor een hoeveelheid", "en": "too long for a quantity"},
    "zin.waarde.heel": {"nl": "'{tekst}': een duur is een heel aantal {eenheid}",
                        "en": "'{tekst}': a duration is a whole number of {eenheid}"},
    # the words still in the text (resolve/waarden.py)
    "WG-WAARDE-002": {"nl": "waarde '{naam}' wordt gelezen uit de woorden \"{woorden}\", maar die staan niet in de "
                            "tekst van {plaats}: bind haar aan de woorden die de tekst nu gebruikt, of zet haar onder "
                            "de eenheid die ze noemt",
                      "en": "waarde '{naam}' is read from the words \"{woorden}\", which do not appear in the text of "
                            "{plaats}: bind it to the words the text now uses, or move it under the unit that states "
                            "them"},
    "WG-WAARDE-003": {"nl": "deze regel schrijft de waarde die de tekst noemt als \"{woorden}\" ({plaats}) als "
                            "letterlijke waarde: declareer haar één keer met `waarde NAAM: type = \"{woorden}\"` en "
                            "gebruik de naam, zodat een wijziging van de woorden de regel bereikt",
                      "en": "this rule writes the value that the text states as \"{woorden}\" ({plaats}) as a "
                            "literal: declare it once with `waarde NAAM: type = \"{woorden}\"` and use the name, so "
                            "an amendment of the words reaches the rule"},
    "WG-WAARDE-004": {"nl": "de woorden \"{woorden}\" van waarde '{naam}' staan meer dan één keer in de tekst van "
                            "{plaats}: een wijziging van één ervan kan niet zeggen welke waarde volgt; bind de waarde "
                            "aan een langere zinsnede die één keer voorkomt",
                      "en": "the words \"{woorden}\" of waarde '{naam}' occur more than once in the text of "
                            "{plaats}: an amendment of one of them cannot say which value follows; bind the value to "
                            "a longer phrase that occurs once"},
    # words for people (resolve/labels.py)
    "WG-LABEL-001": {"nl": "{soort} '{naam}' heeft geen {ontbreekt}: schrijf {schrijf} onder de declaratie, in "
                           "woorden die een inwoner begrijpt",
                     "en": "{soort} '{naam}' has no {ontbreekt}: write {schrijf} under its declaration, in words a "
                           "resident understands"},
    "zin.label.beide": {"nl": "label en geen omschrijving", "en": "label and no omschrijving"},
    "zin.label.schrijf_beide": {"nl": "'label' en 'omschrijving'", "en": "'label' and 'omschrijving'"},
    "WG-LABEL-002": {"nl": "{soort} '{naam}': parameter(s) {parameters} hebben geen rol in woorden; schrijf die na het "
                           "type, bijvoorbeeld {voorbeeld}",
                     "en": "{soort} '{naam}': parameter(s) {parameters} have no role in words; write it after the "
                           "type, e.g. {voorbeeld}"},
    "WG-LABEL-002.soort": {"nl": "soort '{naam}': de waarde(n) {waarden} hebben geen woorden voor mensen; schrijf een "
                                 "label na elke waarde, bijvoorbeeld {voorbeeld}",
                           "en": "soort '{naam}': the value(s) {waarden} have no words for people; write a label "
                                 "after each value, e.g. {voorbeeld}"},
    "WG-LABEL-003": {"nl": "het label van {soort} '{naam}' noemt {{{plek}}}, maar dat is geen parameter ervan "
                           "({parameters})",
                     "en": "the label of {soort} '{naam}' names {{{plek}}}, which is no parameter of it "
                           "({parameters})"},
    "zin.label.geen_parameters": {"nl": "het heeft er geen", "en": "it has none"},
}
