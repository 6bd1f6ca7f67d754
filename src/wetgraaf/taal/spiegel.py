"""Catalogue: the mirror (WG-SPGL, analysis/spiegel.py): pair files, and comparing the two sides of a pair."""

BERICHTEN = {
    # the pair file
    "WG-SPGL-001.lezen": {"nl": "dit bestand is niet te lezen: {reden}", "en": "cannot read this file: {reden}"},
    "WG-SPGL-001": {"nl": "een parenbestand heeft 'paren:' met een lijst paren (naam, links, rechts), en eventueel "
                          "'wijzigingen' en 'peildatum'",
                    "en": "a pair file has 'paren:' with a list of pairs (naam, links, rechts), and optionally "
                          "'wijzigingen' and 'peildatum'"},
    "WG-SPGL-001.kanten": {"nl": "een paar heeft 'links' en 'rechts' nodig (een definitie met haar argumenten, "
                                 "bijvoorbeeld <wet>.onderzoek_verplicht(p))",
                           "en": "a pair needs 'links' and 'rechts' (a definition with its arguments, e.g. "
                                 "<wet>.onderzoek_verplicht(p))"},
    "WG-SPGL-001.veld": {"nl": "onbekend veld '{veld}'; een paar heeft {velden}",
                         "en": "unknown field '{veld}'; a pair has {velden}"},
    "WG-SPGL-001.verwacht": {"nl": "'verwacht' is gelijk of verschil", "en": "'verwacht' is gelijk or verschil"},
    "WG-SPGL-001.woord": {"nl": "het woord '{naam}' heeft 'links' en/of 'rechts' nodig: de feiten die het aan elke "
                                "kant zet",
                          "en": "the word '{naam}' needs 'links' and/or 'rechts': the facts it sets on each side"},
    # the two sides
    "WG-SPGL-002": {"nl": "{wat} '{naam}' is niet gedefinieerd in het corpus (met {wijzigingen}){suggestie}",
                    "en": "{wat} '{naam}' is not defined in the corpus (with {wijzigingen}){suggestie}"},
    "zin.spgl.geen_wijzigingen": {"nl": "geen wijzigingen", "en": "no amendments"},
    "zin.spgl.bedoelt_u": {"nl": "; bedoelt u {namen}?", "en": "; did you mean {namen}?"},
    "zin.spgl.links": {"nl": "de linkerkant (links)", "en": "the left side (links)"},
    "zin.spgl.rechts": {"nl": "de rechterkant (rechts)", "en": "the right side (rechts)"},
    "zin.spgl.invoer": {"nl": "de invoer", "en": "the input"},
    "WG-SPGL-002.argumenten": {"nl": "{naam} heeft {aantal} argument(en), '{tekst}' geeft er {gegeven}",
                               "en": "{naam} takes {aantal} argument(s), '{tekst}' gives {gegeven}"},
    "WG-SPGL-003": {"nl": "de invoer {invoer} ({type}) is niet op te sommen: geef haar waarde onder 'vast' of haar "
                          "waarden onder 'domein'",
                    "en": "the input {invoer} ({type}) cannot be enumerated: give its value under 'vast' or its "
                          "values under 'domein'"},
    "WG-SPGL-004": {"nl": "het woord '{woord}' heeft de waarde {waarde!r}, maar de vertaling ervan aan de kant {kant} "
                          "voor {invoer} noemt die niet",
                    "en": "the word '{woord}' has value {waarde!r}, which its {kant} translation for {invoer} does "
                          "not list"},
    "WG-SPGL-005": {"nl": "{totaal} combinaties van {aantal} invoeren is meer dan {max}: leg er een aantal vast onder "
                          "'vast' of beperk ze onder 'domein'",
                    "en": "{totaal} combinations of {aantal} inputs is more than {max}: fix some under 'vast' or "
                          "narrow them under 'domein'"},
    # what a value is, in the messages of the scenario reader
    "zin.spgl.domein": {"nl": "een waarde van {invoer} in 'domein'", "en": "a value of {invoer} in 'domein'"},
    "zin.spgl.kant": {"nl": "de waarde aan de kant {kant} van {invoer} voor het woord '{woord}'",
                      "en": "the {kant} value of {invoer} for the word '{woord}'"},
    "zin.spgl.vast": {"nl": "de vaste waarde van {invoer}", "en": "the fixed value of {invoer}"},
}
