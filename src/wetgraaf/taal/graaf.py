"""Catalogue: the words the dependency graph stores (graph/build.py, graph/references.py, graph/queries.py) — node
labels, the target of a reference, why a reference dangles, a law's status under a draft amendment — and the short
citation of a unit ('art. 1 lid 2'). The graph keeps them as messages (key and arguments, also in the cache), so
`wetgraaf graaf`, the site and the API say them in the reader's language; the law's own words (its names, the words
cited) are arguments and stay as the law writes them."""

BERICHTEN = {
    # a name `wetgraaf graaf` (or the API) cannot find in the graph
    "zin.graaf.naam.meer_wetten": {
        "nl": "'{naam}' is gedefinieerd in meer dan één wet: {wetten}; zet de wet ervoor, bijvoorbeeld {voorbeeld}",
        "en": "'{naam}' is defined in more than one law: {wetten}; write the law in front, e.g. {voorbeeld}"},
    "zin.graaf.naam.bedoelt": {"nl": "'{naam}' staat niet in de graaf; bedoelt u {namen}?",
                               "en": "'{naam}' is not in the graph; did you mean {namen}?"},
    "zin.graaf.naam.onbekend": {
        "nl": "'{naam}' staat niet in de graaf; geef een definitie (gezinslid, <wet>.gezinslid), een knoop "
              "(<wet>.artikel-1.1.2/lid-5) of een plaats (<wet> 1.1.2 lid 5)",
        "en": "'{naam}' is not in the graph; give a definition (gezinslid, <wet>.gezinslid), a node id "
              "(<wet>.artikel-1.1.2/lid-5) or a place (<wet> 1.1.2 lid 5)"},
    # a unit cited in short, for tables and labels: 'art. 1.1.1 lid 1 onder gezinslid 1°'
    "zin.kort.artikel": {"nl": "art. {artikel}", "en": "art. {artikel}"},
    "zin.kort.lid": {"nl": "{voor} lid {lid}", "en": "{voor} para. {lid}"},
    "zin.kort.onderdeel": {"nl": "{voor} onder {onderdeel}", "en": "{voor} point {onderdeel}"},
    "zin.kort.onder": {"nl": "{voor} onder {plek}", "en": "{voor} under {plek}"},
    "zin.kort.slot": {"nl": "{voor} onder slot", "en": "{voor} closing sentence"},
    "zin.kort.sub": {"nl": "{voor} {sub}", "en": "{voor} {sub}"},
    "zin.graaf.eenheid": {"nl": "{wet} {plaats}", "en": "{wet} {plaats}"},
    # node labels
    "zin.graaf.regel": {"nl": "regel {label} voor {naam}", "en": "rule {label} for {naam}"},
    "zin.graaf.uitzondering": {"nl": "uitzondering {label} voor {naam}", "en": "exception {label} for {naam}"},
    "zin.graaf.extern_tot": {"nl": "art. {artikel} t/m {tot} {naam}", "en": "art. {artikel} to {tot} {naam}"},
    "zin.graaf.vorige_versie": {"nl": "{wet} {doel} (tekst vóór de wijziging)",
                                "en": "{wet} {doel} (text before the amendment)"},
    # a law with a draft or proposed amendment applied
    "zin.graaf.status_ontwerp": {"nl": "{status}, met {wijzigingen} — niet in werking",
                                 "en": "{status}, with {wijzigingen} — not in force"},
    "zin.graaf.en": {"nl": "{a} en {b}", "en": "{a} and {b}"},
    # what a reference points to (the edge's `doel`)
    "zin.graaf.doel.artikel": {"nl": "artikel {artikel}", "en": "article {artikel}"},
    "zin.graaf.doel.artikelen": {"nl": "artikel {artikel} tot en met {tot}", "en": "articles {artikel} to {tot}"},
    "zin.graaf.doel.lid": {"nl": "lid {lid}", "en": "paragraph {lid}"},
    "zin.graaf.doel.begrip": {"nl": "begripsbepaling {begrip}", "en": "definition of {begrip}"},
    "zin.graaf.doel.onder": {"nl": "onder {plek}", "en": "under {plek}"},
    "zin.graaf.doel.wet": {"nl": "(de wet)", "en": "(the law)"},
    # why a reference dangles, and a link whose anchor names another article
    "zin.graaf.vervallen": {"nl": "artikel {artikel} {wet} is vervallen in deze situatie",
                            "en": "article {artikel} {wet} has lapsed in this situation"},
    "zin.graaf.geen_leden": {"nl": "artikel {artikel} {wet} heeft geen leden",
                             "en": "article {artikel} {wet} has no paragraphs"},
    "zin.graaf.geen_lid": {"nl": "artikel {artikel} {wet} heeft geen {rang} lid",
                           "en": "article {artikel} {wet} has no paragraph {rang}"},
    "zin.graaf.geen_onderdeel": {"nl": "{eenheid} heeft geen onderdeel {onderdeel}",
                                 "en": "{eenheid} has no point {onderdeel}"},
    "zin.graaf.naar_begrip": {"nl": "{reden} (de onderdelen zijn hier naar begrip benoemd, zonder letter: {namen})",
                              "en": "{reden} (the points here are named after a term, without a letter: {namen})"},
    "zin.graaf.geen_begrip": {"nl": "geen begripsbepaling '{begrip}' gevonden",
                              "en": "no definition of '{begrip}' found"},
    "zin.graaf.anker": {"nl": "de tekst noemt artikel {artikel}, de link wijst naar #{anker}",
                        "en": "the text names article {artikel}, the link points to #{anker}"},
    # a unit an amendment adds or removes, named from its node id (amend/graphdiff.py)
    "zin.graaf.deel.artikel": {"nl": "{wet} artikel {artikel}", "en": "{wet} article {artikel}"},
    "zin.graaf.deel.lid": {"nl": "lid {ident}", "en": "paragraph {ident}"},
    "zin.graaf.deel.onderdeel": {"nl": "onderdeel {ident}", "en": "point {ident}"},
    "zin.graaf.deel.subonderdeel": {"nl": "subonderdeel {ident}", "en": "subpoint {ident}"},
    "zin.graaf.deel.slot": {"nl": "slot", "en": "closing sentence"},
    # a node's kind in words, in the tables of `wetgraaf graaf` (the Dutch is the kind itself, as --soort takes it)
    "zin.graaf.soort.wet": {"nl": "wet", "en": "law"},
    "zin.graaf.soort.artikel": {"nl": "artikel", "en": "article"},
    "zin.graaf.soort.lid": {"nl": "lid", "en": "paragraph"},
    "zin.graaf.soort.onderdeel": {"nl": "onderdeel", "en": "point"},
    "zin.graaf.soort.subonderdeel": {"nl": "subonderdeel", "en": "subpoint"},
    "zin.graaf.soort.slot": {"nl": "slot", "en": "closing sentence"},
    "zin.graaf.soort.begrip": {"nl": "begrip", "en": "term"},
    "zin.graaf.soort.feit": {"nl": "feit", "en": "fact"},
    "zin.graaf.soort.oordeel": {"nl": "oordeel", "en": "open norm"},
    "zin.graaf.soort.parameter": {"nl": "parameter", "en": "parameter"},
    "zin.graaf.soort.soort": {"nl": "soort", "en": "enumeration"},
    "zin.graaf.soort.regel": {"nl": "regel", "en": "rule"},
    "zin.graaf.soort.uitzondering": {"nl": "uitzondering", "en": "exception"},
    "zin.graaf.soort.extern": {"nl": "extern", "en": "external"},
    "zin.graaf.soort.buiten-corpus": {"nl": "buiten-corpus", "en": "outside the corpus"},
    "zin.graaf.soort.ontbrekend": {"nl": "ontbrekend", "en": "missing"},
    "zin.graaf.soort.vorige-versie": {"nl": "vorige-versie", "en": "previous version"},
}
