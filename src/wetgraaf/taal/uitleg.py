"""Catalogue: answers and their explanations (engine/explain.py, site/explain_md.py, the golden files): the
one-sentence summary, value words, the words of the explanation tree and the words of a citation. The labels the
drafters wrote in the law files are the law's own words and are not here: they stay as written in both languages."""

BERICHTEN = {
    # the summary of an answer in one sentence
    "uitleg.ja": {"nl": "Ja: {wat}{grond}", "en": "Yes: {wat}{grond}"},
    "uitleg.nee": {"nl": "Nee: \"{wat}\" geldt niet{grond}", "en": "No: \"{wat}\" does not hold{grond}"},
    "uitleg.geen_antwoord": {"nl": "Geen antwoord: {melding}", "en": "No answer: {melding}"},
    "uitleg.nog_onbekend": {"nl": "Nog onbekend: {wat}? Nog nodig: {nodig}",
                            "en": "Not yet known: {wat}? Still needed: {nodig}"},
    "zin.uitleg.op_grond_van": {"nl": ", op grond van {bron}", "en": ", on the basis of {bron}"},
    "zin.uitleg.feit.een": {"nl": "{n} feit", "en": "{n} fact"},
    "zin.uitleg.feit.meer": {"nl": "{n} feiten", "en": "{n} facts"},
    "zin.uitleg.oordeel.een": {"nl": "{n} oordeel", "en": "{n} judgement"},
    "zin.uitleg.oordeel.meer": {"nl": "{n} oordelen", "en": "{n} judgements"},
    "zin.uitleg.en": {"nl": "{a} en {b}", "en": "{a} and {b}"},
    "zin.uitleg.niets": {"nl": "niets", "en": "nothing"},
    # values in words
    "zin.uitleg.waar": {"nl": "waar", "en": "true"},
    "zin.uitleg.onwaar": {"nl": "onwaar", "en": "false"},
    "zin.uitleg.onbekend": {"nl": "onbekend", "en": "unknown"},
    "zin.uitleg.ja": {"nl": "ja", "en": "yes"},
    "zin.uitleg.nee": {"nl": "nee", "en": "no"},
    "zin.uitleg.geen": {"nl": "geen", "en": "none"},
    "zin.uitleg.fout": {"nl": "fout", "en": "error"},
    "zin.uitleg.fout_melding": {"nl": "fout: {melding}", "en": "error: {melding}"},
    # the explanation: its lines and the words of its tree
    "uitleg.grondslag": {"nl": "grondslag: {bron}", "en": "legal basis: {bron}"},
    "uitleg.ontbreekt": {"nl": "ontbreekt: {wat}", "en": "missing: {wat}"},
    "uitleg.hangt_af": {"nl": "hangt af van het oordeel van {door} over {wat}",
                        "en": "depends on the judgement of {door} about {wat}"},
    "uitleg.als": {"nl": "als {voorwaarde}: {waarde}", "en": "if {voorwaarde}: {waarde}"},
    "uitleg.berust_op": {"nl": "berust op het oordeel van {door}: {wat}", "en": "rests on the judgement of {door}: {wat}"},
    "uitleg.uitleg": {"nl": "uitleg:", "en": "explanation:"},
    "uitleg.antwoord": {"nl": "antwoord: {waarde}", "en": "answer: {waarde}"},
    "uitleg.nog_nodig": {"nl": "nog nodig (ontbrekende feiten):", "en": "still needed (missing facts):"},
    "zin.uitleg.zie_boven": {"nl": "zie boven", "en": "see above"},
    "zin.uitleg.soort.feit": {"nl": "feit", "en": "fact"},
    "zin.uitleg.soort.oordeel": {"nl": "oordeel", "en": "judgement"},
    "zin.uitleg.ontbreekt": {"nl": "ontbreekt", "en": "missing"},
    "zin.uitleg.gegeven": {"nl": "gegeven", "en": "given"},
    "zin.uitleg.regel": {"nl": "regel", "en": "rule"},
    "zin.uitleg.uitzondering": {"nl": "uitzondering", "en": "exception"},
    "zin.uitleg.met_noot": {"nl": "{bron} ({noot})", "en": "{bron} ({noot})"},  # drafted text and the lines it follows
    "zin.uitleg.herleid": {"nl": "{bron} (herleid uit de toelichting: {toelichting})",
                           "en": "{bron} (derived from the explanatory memorandum: {toelichting})"},
    # the Algemene termijnenwet extended a statutory term (engine/termijnen.py); a feestdag keeps the Atw's name
    "uitleg.atw.1": {"nl": "Algemene termijnenwet, artikel 1: de termijn eindigde op {einde} ({waarom}) en is verlengd "
                           "tot en met {dag}",
                     "en": "Algemene termijnenwet, article 1: the term ended on {einde} ({waarom}) and is extended up "
                           "to and including {dag}"},
    "uitleg.atw.2": {"nl": "Algemene termijnenwet, artikel 2: de termijn moet ten minste twee werkdagen bevatten; "
                           "verlengd tot en met {dag}",
                     "en": "Algemene termijnenwet, article 2: the term must contain at least two working days; "
                           "extended up to and including {dag}"},
    **{f"zin.uitleg.dag.{n}": {"nl": nl, "en": en} for n, (nl, en) in enumerate(zip(
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))},
    # a citation as a drafter writes it: 'artikel 8, eerste lid, onderdeel a, Wbmgp'
    "zin.bron.artikel": {"nl": "artikel {artikel}", "en": "article {artikel}"},
    "zin.bron.lid": {"nl": "{lid} lid", "en": "paragraph {lid}"},
    "zin.bron.onderdeel": {"nl": "onderdeel {onderdeel}", "en": "point {onderdeel}"},
    "zin.bron.onder": {"nl": "onder {plek}", "en": "under {plek}"},
    "zin.bron.slotzin": {"nl": "slotzin", "en": "closing sentence"},
    # the ordinal of a lid: 'eerste lid', in English 'paragraph 1'
    **{f"zin.bron.rang.{n}": {"nl": rang, "en": str(n)} for n, rang in enumerate(
        ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
         "twaalfde", "dertiende"), start=1)},
    # the golden files of the scenarios (wetgraaf/golden.py)
    "uitleg.goud.kop": {"nl": "# Antwoorden en uitleg van {naam}, zoals wetgraaf ze nu geeft. Gemaakt met `pytest "
                              "--wetgraaf-ververs`;\n# niet met de hand bewerken: een verschil hier is een veranderd "
                              "antwoord of een veranderde uitleg.\n",
                        "en": "# Answers and explanations of {naam}, as wetgraaf gives them now. Made with `pytest "
                              "--wetgraaf-ververs`;\n# do not edit by hand: a difference here is a changed answer or a "
                              "changed explanation.\n"},
    "uitleg.goud.titel": {"nl": "## {naam} — peildatum {peildatum}", "en": "## {naam} — peildatum {peildatum}"},
    "zin.uitleg.goud.met": {"nl": ", met {wijzigingen}", "en": ", with {wijzigingen}"},
    "zin.uitleg.goud.versie": {"nl": "[versie {versie}] ", "en": "[version {versie}] "},
    "uitleg.goud.geen": {"nl": "{pad}: er is nog geen goudbestand voor {naam}",
                         "en": "{pad}: there is no golden file for {naam} yet"},
    "uitleg.goud.bedoeld": {"nl": "Is de verandering bedoeld? Schrijf de goudbestanden opnieuw met `pytest "
                                  "--wetgraaf-ververs law/scenarios` en laat het verschil beoordelen.",
                            "en": "Is the change intended? Write the golden files anew with `pytest --wetgraaf-ververs "
                                  "law/scenarios` and have the difference reviewed."},
    "uitleg.goud.wijkt_af": {"nl": "antwoorden en uitleg wijken af van het goudbestand",
                             "en": "answers and explanations differ from the golden file"},
    "uitleg.goud.info": {"nl": "goudbestand: {naam}", "en": "golden file: {naam}"},
    # a scenario run as a pytest item (wetgraaf/pytest_plugin.py)
    "uitleg.pytest.geen_verwachting": {"nl": "scenario '{naam}' zegt geen verwachte uitkomst: een test moet iets "
                                             "controleren",
                                       "en": "scenario '{naam}' states no expected outcome: a test must check "
                                             "something"},
    "uitleg.pytest.versie": {"nl": "{vraag} [versie {versie}]:", "en": "{vraag} [version {versie}]:"},
    "uitleg.goud.geen_grondslag": {"nl": "{vraag}: geen grondslag in deze versie",
                                   "en": "{vraag}: no legal basis in this version"},
}
