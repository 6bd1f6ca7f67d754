"""Catalogue: the site's own words (`wetgraaf site`, the mkdocs plugin; site/woorden.py): headings, table heads,
labels, badges, tooltips, link texts, the navigation wetgraaf adds and the question form's script. The site is
built in one language (`wetgraaf --taal en site`, WETGRAAF_TAAL, LANG); the law's text, the drafters' labels and
the hand-written docs pages stay in the law's language, Dutch."""

BERICHTEN = {
    # words used on many pages
    "site.geen": {"nl": "geen", "en": "none"},
    "site.en": {"nl": " en ", "en": " and "},
    "site.graaf": {"nl": "Graaf", "en": "Graph"},
    "site.scenarios": {"nl": "Scenario's", "en": "Scenarios"},
    "site.begrippen": {"nl": "Begrippen, feiten en open normen", "en": "Terms, facts and open norms"},
    "site.bronlink": {"nl": "link in de bron: {doel}", "en": "link in the source: {doel}"},
    "site.soort.begrip": {"nl": "begrip", "en": "term"},
    "site.soort.feit": {"nl": "feit", "en": "fact"},
    "site.soort.oordeel": {"nl": "open norm", "en": "open norm"},
    "site.soort.parameter": {"nl": "parameter", "en": "parameter"},
    # the legal situations the site shows (site/model.py)
    "site.situatie.geldend": {"nl": "geldend", "en": "in force"},
    "site.situatie.wijziging": {"nl": "met wijziging {titel}", "en": "with amendment {titel}"},
    "site.situatie.versie": {"nl": "versie van {datum}", "en": "version of {datum}"},
    # the coverage bar (site/coverage.py)
    "site.balk.geen_tekst": {"nl": "geen tekst", "en": "no text"},
    "site.balk.gecodeerd": {"nl": "gecodeerd", "en": "encoded"},
    "site.balk.niet_uitvoerbaar": {"nl": "niet uitvoerbaar", "en": "not executable"},
    "site.balk.open": {"nl": "open", "en": "open"},
    "site.balk.woorden": {"nl": "{uitvoerbaar} uitvoerbaar, {niet} niet uitvoerbaar, {open} open",
                          "en": "{uitvoerbaar} executable, {niet} not executable, {open} open"},
    "site.balk.procent": {"nl": "{procent}% uitvoerbaar", "en": "{procent}% executable"},
    # article pages (site/pages_law.py)
    "site.eenheid.lid": {"nl": "Lid", "en": "Paragraph"},
    "site.eenheid.onderdeel": {"nl": "Onderdeel", "en": "Item"},
    "site.eenheid.subonderdeel": {"nl": "Subonderdeel", "en": "Sub-item"},
    "site.eenheid.slot": {"nl": "Slot", "en": "Closing words"},
    "site.eenheid.artikel": {"nl": "Artikel", "en": "Article"},
    "site.artikel.titel": {"nl": "artikel {nummer} {wet}", "en": "article {nummer} {wet}"},
    "site.artikel.gewijzigd_door": {"nl": " (gewijzigd door {titel})", "en": " (amended by {titel})"},
    "site.artikel.versie": {"nl": " (versie {datum})", "en": " (version {datum})"},
    "site.artikel.kop": {"nl": "Artikel {nummer} {wet}", "en": "Article {nummer} {wet}"},
    "site.artikel.zoals_gewijzigd": {"nl": "Zoals gewijzigd door {titel}", "en": "As amended by {titel}"},
    "site.artikel.na_wijziging": {"nl": "Dit is de tekst na toepassing van de wijziging ({status}).",
                                  "en": "This is the text after the amendment is applied ({status})."},
    "site.artikel.geen_scenario": {"nl": "Geen scenario raakt dit artikel.",
                                   "en": "No scenario touches this article."},
    "site.banner.herleid": {"nl": "**Herleid uit de memorie van toelichting** — geen officiële wettekst",
                            "en": "**Derived from the explanatory memorandum** — not official law text"},
    "site.banner.ontwerp": {"nl": "**Ontwerptekst** — opgesteld door wetgraaf naar een voornemen, geen officiële "
                                  "wettekst",
                            "en": "**Draft text** — written by wetgraaf after an intention, not official law text"},
    "site.banner.bron": {"nl": " (bron: {bron})", "en": " (source: {bron})"},
    "site.toelichting": {"nl": "Toelichting van wetgraaf (geen wettekst)",
                         "en": "Note by wetgraaf (not law text)"},
    "site.herleid.kop": {"nl": "Herleid uit de memorie van toelichting",
                         "en": "Derived from the explanatory memorandum"},
    "site.herleid.tekst": {"nl": "De wettekst is niet beschikbaar. Gemarkeerde onderdelen zijn herleid uit de "
                                 "memorie van toelichting; onder elk staat de passage waarop het berust",
                           "en": "The law text is not available. Marked parts are derived from the explanatory "
                                 "memorandum; under each is the passage it rests on"},
    "site.opmerkingen": {"nl": "Opmerkingen bij de bron", "en": "Remarks on the source"},
    "site.tekst_en_regels": {"nl": "Tekst en regels", "en": "Text and rules"},
    "site.gedefinieerd_hier": {"nl": "Gedefinieerd in dit artikel", "en": "Defined in this article"},
    "site.meta.wet": {"nl": "Wet", "en": "Law"},
    "site.meta.citeren_als": {"nl": "Citeren als", "en": "Cite as"},
    "site.meta.geldig": {"nl": "Geldig", "en": "Valid"},
    "site.meta.officiele_bron": {"nl": "Officiële bron", "en": "Official source"},
    "site.meta.bron": {"nl": "Bron", "en": "Source"},
    "site.meta.herkomst": {"nl": "Herkomst", "en": "Provenance"},
    "site.meta.gewijzigd_door": {"nl": "Gewijzigd door", "en": "Amended by"},
    "site.meta.zonder_wijziging": {"nl": "; [tekst zonder de wijziging]({link})",
                                   "en": "; [text without the amendment]({link})"},
    "site.meta.andere_versies": {"nl": "Andere versies", "en": "Other versions"},
    "site.meta.dekking": {"nl": "Dekking", "en": "Coverage"},
    "site.meta.titel": {"nl": "Titel", "en": "Title"},
    "site.meta.afkorting": {"nl": "Afkorting", "en": "Abbreviation"},
    "site.meta.status": {"nl": "Status", "en": "Status"},
    "site.geldig.vanaf": {"nl": "vanaf {datum}", "en": "from {datum}"},
    "site.geldig.tot": {"nl": " tot en met {datum}", "en": " up to and including {datum}"},
    "site.geldig.onbekend": {"nl": "datum van inwerkingtreding onbekend", "en": "date of entry into force unknown"},
    "site.geldig.na": {"nl": "na {titel}", "en": "after {titel}"},
    "site.herkomst.officieel": {"nl": "officiële tekst", "en": "official text"},
    "site.herkomst.herleid": {"nl": "herleid uit de memorie van toelichting",
                              "en": "derived from the explanatory memorandum"},
    "site.herkomst.ontwerp": {"nl": "ontwerptekst", "en": "draft text"},
    "site.herkomst.delen.officieel": {"nl": "officiële delen", "en": "official parts"},
    "site.herkomst.delen.herleid": {"nl": "herleide delen", "en": "derived parts"},
    "site.herkomst.delen.ontwerp": {"nl": "ontworpen delen", "en": "drafted parts"},
    "site.herkomst.delen": {"nl": "{soort} delen", "en": "{soort} parts"},
    "site.herkomst.met": {"nl": "; met {delen} (gemarkeerd)", "en": "; with {delen} (marked)"},
    "site.verwijzingen": {"nl": "Verwijzingen", "en": "References"},
    "site.verwijzingen.uit_tekst": {"nl": "Deze tekst verwijst naar", "en": "This text refers to"},
    "site.verwijzingen.naar_tekst": {"nl": "Naar deze tekst verwijzen", "en": "Referring to this text"},
    "site.verwijzingen.uit_regels": {"nl": "De regels hier gebruiken", "en": "The rules here use"},
    "site.verwijzingen.naar_regels": {"nl": "Regels elders gebruiken wat hier is gedefinieerd",
                                      "en": "Rules elsewhere use what is defined here"},
    # law pages, the list of laws, the coverage page (site/pages_law.py)
    "site.wetten": {"nl": "Wetten", "en": "Laws"},
    "site.wetten.tabel": {"nl": "| wet | BWB-id | status | artikelen | dekking |",
                          "en": "| law | BWB id | status | articles | coverage |"},
    "site.wet.versies": {"nl": "Versies en herkomst", "en": "Versions and provenance"},
    "site.wet.versie": {"nl": "versie {versie}", "en": "version {versie}"},
    "site.wet.herkomst": {"nl": " — herkomst: {herkomst}", "en": " — provenance: {herkomst}"},
    "site.wet.artikelen": {"nl": "Artikelen", "en": "Articles"},
    "site.wet.tabel": {"nl": "| artikel | geldig | herkomst | dekking |",
                       "en": "| article | valid | provenance | coverage |"},
    "site.dekking": {"nl": "Dekking", "en": "Coverage"},
    "site.dekking.uitleg": {
        "nl": "Hoeveel van de officiële tekst uitvoerbaar is. Elke kleinste teksteenheid (lid, onderdeel of "
              "subonderdeel zonder onderverdeling) telt één keer: *uitvoerbaar* als er regels onder of boven staan, "
              "*niet uitvoerbaar* als zij bewust niet is gecodeerd (met de reden, hieronder per wet), anders *open*. "
              "Het percentage is het uitvoerbare deel; wat niet uitvoerbaar is, telt daar niet in mee. Artikelen van "
              "de officiële bron die niet in het corpus staan, zijn *buiten bereik* en per wet apart geteld. Alleen "
              "de geldende versie van elk artikel telt mee.",
        "en": "How much of the official text is executable. Each smallest unit of text (a lid, onderdeel or "
              "subonderdeel without subdivisions) counts once: *executable* when rules stand under or above it, "
              "*not executable* when it is deliberately not encoded (with the reason, below per law), else *open*. "
              "The percentage is the executable share; what is not executable does not count towards it. Articles "
              "of the official source that are not in the corpus are *out of scope* and counted apart per law. Only "
              "the version in force of each article counts."},
    "site.dekking.corpus": {"nl": "**Hele corpus:** {balk}", "en": "**Whole corpus:** {balk}"},
    "site.dekking.tabel": {"nl": "| artikel | dekking | open onderdelen |",
                           "en": "| article | coverage | open parts |"},
    "site.dekking.alle_in_corpus": {
        "nl": "Buiten bereik: de officiële bron in het corpus bevat {n} artikelen van deze wet (de artikelen die het "
              "corpus nodig heeft); die staan alle in het corpus. De overige artikelen van de wet zijn niet "
              "overgenomen en tellen niet mee.",
        "en": "Out of scope: the official source in the corpus holds {n} articles of this law (the articles the "
              "corpus needs); all of them are in the corpus. The other articles of the law are not taken over and "
              "do not count."},
    "site.dekking.buiten_bereik": {
        "nl": "Buiten bereik: {n} van de {van} artikelen van de officiële bron staan niet in het corpus en zijn niet "
              "geteld ({artikelen}). De overige artikelen van de wet zijn niet overgenomen.",
        "en": "Out of scope: {n} of the {van} articles of the official source are not in the corpus and are not "
              "counted ({artikelen}). The other articles of the law are not taken over."},
    "site.dekking.geen_reden": {"nl": "geen reden opgegeven", "en": "no reason given"},
    "site.dekking.redenen": {"nl": "Niet uitvoerbaar: de redenen", "en": "Not executable: the reasons"},
    "site.dekking.redenen_tabel": {"nl": "| reden | eenheden |", "en": "| reason | units |"},
}
BERICHTEN.update({
    # term pages and the list of terms (site/pages_terms.py)
    "site.regels": {"nl": "Regels", "en": "Rules"},
    "site.regel": {"nl": "regel", "en": "rule"},
    "site.uitzondering": {"nl": "uitzondering", "en": "exception"},
    "site.begrip.soort_van": {"nl": "{soort} van de {wet}", "en": "{soort} of the {wet}"},
    "site.begrip.naam": {"nl": "naam in de regels: `{naam}`", "en": "name in the rules: `{naam}`"},
    "site.begrip.rollen_tabel": {"nl": "| rol | in de regels | soort |", "en": "| role | in the rules | kind |"},
    "site.begrip.waarden": {"nl": "Mogelijke waarden: ", "en": "Possible values: "},
    "site.begrip.open_norm": {"nl": "Open norm — oordeel van {door}", "en": "Open norm — judgement of {door}"},
    "site.begrip.open_norm_tekst": {
        "nl": "Dit is een oordeel dat de wet aan **{door}** laat. wetgraaf beslist het nooit: zolang het oordeel niet "
              "is gegeven, toont een antwoord beide uitkomsten.",
        "en": "This is a judgement the law leaves to **{door}**. wetgraaf never decides it: as long as the judgement "
              "is not given, an answer shows both outcomes."},
    "site.begrip.vraag": {"nl": "Vraag: *{vraag}*", "en": "Question: *{vraag}*"},
    "site.begrip.gedefinieerd_in": {"nl": "Gedefinieerd in: {waar}", "en": "Defined in: {waar}"},
    "site.begrip.alleen_in": {"nl": "Alleen in: {waar}.", "en": "Only in: {waar}."},
    "site.begrip.op": {"nl": " op {regel}", "en": " to {regel}"},
    "site.begrip.hangt_af_van": {"nl": "Hangt af van", "en": "Depends on"},
    "site.begrip.gebruikt_in": {"nl": "Gebruikt in regels", "en": "Used in rules"},
    "site.begrip.in": {"nl": " in ", "en": " in "},
    "site.begrip.niet_gebruikt": {"nl": "Geen regel gebruikt dit.", "en": "No rule uses this."},
    "site.begrip.in_wettekst": {"nl": "In de wettekst", "en": "In the law text"},
    "site.begrip.niet_in_tekst": {"nl": "Dit woord komt niet letterlijk in de gecodeerde wetteksten voor.",
                                  "en": "This word does not occur literally in the encoded law texts."},
    "site.begrippen.uitleg": {
        "nl": "Elk begrip (met zijn regels), elk feit dat een gebruiker opgeeft, elke open norm (een oordeel dat de "
              "wet aan een bestuursorgaan laat) en elke parameter van het corpus. Bij een beslissing staat het "
              "formulier *Komt dit in aanmerking?*.",
        "en": "Every term (with its rules), every fact a user gives, every open norm (a judgement the law leaves to "
              "an administrative body) and every parameter of the corpus. A decision has the form *Does this "
              "qualify?*."},
    "site.begrippen.tabel": {"nl": "| in woorden | naam | soort | type | gedefinieerd in |",
                             "en": "| in words | name | kind | type | defined in |"},
    "site.begrippen.vraag_het": {"nl": " · *vraag het*", "en": " · *ask it*"},
})
BERICHTEN.update({
    # scenario pages (site/pages_scenarios.py)
    "site.scenario.betrokkenen": {"nl": "Betrokkenen: ", "en": "Persons and things: "},
    "site.scenario.feiten_tabel": {"nl": "| feit | waarde |", "en": "| fact | value |"},
    "site.scenario.kop": {"nl": "Scenario's: {naam}", "en": "Scenarios: {naam}"},
    "site.scenario.peildatum": {"nl": "peildatum {datum}", "en": "reference date {datum}"},
    "site.scenario.met": {"nl": "met ", "en": "with "},
    "site.scenario.bron": {"nl": "bron: {bron}", "en": "source: {bron}"},
    "site.scenario.onleesbaar": {"nl": "Dit scenario kan niet worden gelezen", "en": "This scenario cannot be read"},
    "site.scenario.feiten": {"nl": "Feiten", "en": "Facts"},
    "site.scenario.zoals_verwacht": {"nl": " ✓ zoals verwacht", "en": " ✓ as expected"},
    "site.scenario.wijkt_af": {"nl": " ✗ wijkt af: ", "en": " ✗ differs: "},
    "site.scenario.versie": {"nl": " — versie {versie}", "en": " — version {versie}"},
    "site.scenario.geen_grondslag": {
        "nl": "Deze versie van de wet heeft geen bepaling die deze vraag beantwoordt (geen grondslag).",
        "en": "This version of the law has no provision that answers this question (no ground)."},
    "site.scenarios.uitleg": {
        "nl": "Voorbeeldgevallen uit `law/scenarios/`: de feiten, de vragen, de antwoorden met hun uitleg, en of het "
              "antwoord overeenkomt met wat het scenario verwacht.",
        "en": "Example cases from `law/scenarios/`: the facts, the questions, the answers with their explanation, "
              "and whether the answer matches what the scenario expects."},
    "site.scenarios.geen": {"nl": "Het corpus bevat geen scenario's.", "en": "The corpus holds no scenarios."},
    "site.scenarios.fout": {"nl": "fout", "en": "error"},
})
BERICHTEN.update({
    # amendment pages (site/pages_amendments.py)
    "site.wijzigingen": {"nl": "Wijzigingen", "en": "Amendments"},
    "site.wijzigingen.uitleg": {
        "nl": "Wijzigingswetten en wetsvoorstellen, als opdrachten op de geldende tekst. Per wijziging: de opdrachten, "
              "de renvooi, de gewijzigde regels, het verschil in de graaf en in de uitkomsten van de scenario's "
              "(ook `wetgraaf wijziging <naam>`).",
        "en": "Amending acts and bills, as instructions on the text in force. Per amendment: the instructions, the "
              "renvooi (the text with its changes marked), the changed rules, the difference in the graph and in the "
              "outcomes of the scenarios (also `wetgraaf wijziging <naam>`)."},
    "site.wijzigingen.geen": {"nl": "Het corpus bevat geen wijzigingen.", "en": "The corpus holds no amendments."},
    "site.wijz.opdrachten": {"nl": "Wijzigingsopdrachten", "en": "Amending instructions"},
    "site.wijz.zoals_gewijzigd": {"nl": " — [artikel zoals gewijzigd]({link})", "en": " — [article as amended]({link})"},
    "site.wijz.wetsvoorstel": {"nl": "Wetsvoorstel", "en": "Bill"},
    "site.wijz.wetsvoorstel_uitleg": {
        "nl": "De wijzigingsopdrachten in de standaardformulering van de Aanwijzingen voor de regelgeving, met de "
              "nieuwe tekst. Als Word-bestand: `wetgraaf wijziging {naam} --docx wetsvoorstel.docx`.",
        "en": "The amending instructions in the standard wording of the Aanwijzingen voor de regelgeving (the Dutch "
              "drafting instructions), with the new text. As a Word file: `wetgraaf wijziging {naam} --docx "
              "wetsvoorstel.docx`."},
    "site.wijz.renvooi": {"nl": "Renvooi", "en": "Renvooi"},
    "site.wijz.renvooi_uitleg": {
        "nl": "Per artikel en onderdeel de tekst voor en na de wijziging: <del>geschrapt</del>, <ins>ingevoegd</ins>.",
        "en": "Per article and part the text before and after the amendment: <del>struck</del>, "
              "<ins>inserted</ins>."},
    "site.wijz.artikel": {"nl": "artikel {nummer} {wet} ({status})", "en": "article {nummer} {wet} ({status})"},
    "site.wijz.herleid": {"nl": " — herleid uit de memorie van toelichting",
                          "en": " — derived from the explanatory memorandum"},
    "site.wijz.geen_tekst": {"nl": "<em>(geen tekst)</em>", "en": "<em>(no text)</em>"},
    "site.wijz.geen_regel": {"nl": "Geen regel verandert.", "en": "No rule changes."},
    "site.wijz.regels_tabel": {"nl": "| naam | soort | wijziging | bron |", "en": "| name | kind | change | source |"},
    "site.wijz.graaf": {"nl": "Verschil in de graaf", "en": "Difference in the graph"},
    "site.wijz.niet_beschikbaar": {"nl": "Niet beschikbaar.", "en": "Not available."},
    "site.wijz.knopen": {"nl": "knopen: {toegevoegd} toegevoegd, {verwijderd} verwijderd, {gewijzigd} gewijzigd",
                         "en": "nodes: {toegevoegd} added, {verwijderd} removed, {gewijzigd} changed"},
    "site.wijz.kanten": {"nl": "verbindingen: {toegevoegd} toegevoegd, {verwijderd} verwijderd",
                         "en": "edges: {toegevoegd} added, {verwijderd} removed"},
    "site.wijz.wetten": {"nl": "geraakte wetten: {wetten}", "en": "laws affected: {wetten}"},
    "site.wijz.beslissingen": {"nl": "Beslissingen die de wijziging raakt:", "en": "Decisions the amendment affects:"},
    "site.wijz.vervallen": {"nl": "Vervallen: ", "en": "Repealed: "},
    "site.wijz.uitkomsten": {"nl": "Verschil in uitkomsten", "en": "Difference in outcomes"},
    "site.wijz.uitkomsten_tabel": {"nl": "| scenario | vraag | zonder | met | waar het uiteenloopt |",
                                   "en": "| scenario | question | without | with | where they part |"},
    "site.wijz.telling": {"nl": "{om} antwoord(en) slaan om, {gelijk} blijven gelijk, {niet} niet te vergelijken.",
                          "en": "{om} answer(s) flip, {gelijk} stay the same, {niet} cannot be compared."},
    "site.wijz.herkomst": {"nl": "Herkomst van de tekst", "en": "Provenance of the text"},
    "site.wijz.status.nieuw": {"nl": "nieuw", "en": "new"},
    "site.wijz.status.vervallen": {"nl": "vervallen", "en": "repealed"},
    "site.wijz.status.gewijzigd": {"nl": "gewijzigd", "en": "changed"},
    "site.wijz.status.ongewijzigd": {"nl": "ongewijzigd", "en": "unchanged"},
    "site.wijz.status.ingevoegd": {"nl": "ingevoegd", "en": "inserted"},
    "site.wijz.status.toegevoegd": {"nl": "toegevoegd", "en": "added"},
    "site.wijz.status.verwijderd": {"nl": "verwijderd", "en": "removed"},
    "site.wijz.status.vernummerd": {"nl": "vernummerd", "en": "renumbered"},
    "site.wijz.status.geschrapt": {"nl": "geschrapt", "en": "struck"},
    "site.wijz.soort.begrip": {"nl": "begrip", "en": "term"},
    "site.wijz.soort.feit": {"nl": "feit", "en": "fact"},
    "site.wijz.soort.oordeel": {"nl": "oordeel", "en": "open norm"},
    "site.wijz.soort.parameter": {"nl": "parameter", "en": "parameter"},
    "site.wijz.soort.artikel": {"nl": "artikel", "en": "article"},
})
BERICHTEN.update({
    # the graph page (site/pages_graph.py)
    "site.graaf.kop": {"nl": "Afhankelijkheidsgraaf", "en": "Dependency graph"},
    "site.graaf.uitleg": {
        "nl": "Alle begrippen, feiten, open normen en parameters van het corpus, met de artikelen die ze definiëren. "
              "Een pijl loopt van een begrip naar wat zijn regels gebruiken. Zoom met het scrollwiel, sleep om te "
              "verschuiven, klik op een knoop om zijn pagina te openen. Onder de tekening staat dezelfde graaf als "
              "lijst; de filters werken op allebei.",
        "en": "Every term, fact, open norm and parameter of the corpus, with the articles that define them. An arrow "
              "runs from a term to what its rules use. Zoom with the scroll wheel, drag to pan, click a node to open "
              "its page. Below the drawing is the same graph as a list; the filters work on both."},
    "site.graaf.telling": {"nl": "{knopen} knopen, {kanten} verbindingen.", "en": "{knopen} nodes, {kanten} edges."},
    "site.graaf.filters": {"nl": "Filters van de graaf", "en": "Filters of the graph"},
    "site.graaf.wet": {"nl": "Wet", "en": "Law"},
    "site.graaf.soort": {"nl": "Soort", "en": "Kind"},
    "site.graaf.zoek": {"nl": "Zoek", "en": "Search"},
    "site.graaf.zoek_plaats": {"nl": "naam of woorden", "en": "name or words"},
    "site.graaf.zoek_label": {"nl": "Zoek een knoop op naam of woorden", "en": "Search a node by name or words"},
    "site.graaf.tekening": {"nl": "Tekening van de afhankelijkheidsgraaf; dezelfde graaf staat hieronder als lijst",
                            "en": "Drawing of the dependency graph; the same graph is below as a list"},
    "site.graaf.legenda": {"nl": "Legenda", "en": "Legend"},
    "site.graaf.legenda.pijl": {"nl": "gebruikt (pijl naar wat de regels gebruiken)",
                                "en": "uses (arrow to what the rules use)"},
    "site.graaf.legenda.definieert": {"nl": "gedefinieerd in (artikel)", "en": "defined in (article)"},
    "site.graaf.gebruikt": {"nl": " — gebruikt: {wat}", "en": " — uses: {wat}"},
    "site.graaf.lijst": {"nl": "De graaf als lijst", "en": "The graph as a list"},
    "site.graaf.lijst_aantal": {"nl": "De graaf als lijst ({aantal} knopen)", "en": "The graph as a list ({aantal} nodes)"},
    "site.graaf.een.artikel": {"nl": "artikel", "en": "article"},
    "site.graaf.een.begrip": {"nl": "begrip", "en": "term"},
    "site.graaf.een.feit": {"nl": "feit", "en": "fact"},
    "site.graaf.een.oordeel": {"nl": "open norm", "en": "open norm"},
    "site.graaf.een.parameter": {"nl": "parameter", "en": "parameter"},
    "site.graaf.veel.artikel": {"nl": "artikelen", "en": "articles"},
    "site.graaf.veel.begrip": {"nl": "begrippen", "en": "terms"},
    "site.graaf.veel.feit": {"nl": "feiten", "en": "facts"},
    "site.graaf.veel.oordeel": {"nl": "open normen", "en": "open norms"},
    "site.graaf.veel.parameter": {"nl": "parameters", "en": "parameters"},
    "site.graaf.vorm.rechthoek": {"nl": "rechthoek", "en": "rectangle"},
    "site.graaf.vorm.bolletje": {"nl": "bolletje", "en": "dot"},
    "site.graaf.vorm.ruit": {"nl": "ruit", "en": "diamond"},
})
BERICHTEN.update({
    # the question form (site/pages_vraag.py) and the page that lists the decisions
    "site.vraag.kop": {"nl": "Komt dit in aanmerking?", "en": "Does this qualify?"},
    "site.vraag.intro": {
        "nl": "Beantwoord de vragen; alleen wat nog nodig is om te beslissen wordt gevraagd. Weet u iets niet, kies "
              "dan <em>Weet ik niet</em>: het antwoord zegt dan wat nog ontbreekt.",
        "en": "Answer the questions; only what is still needed to decide is asked. If you do not know something, "
              "choose <em>I don't know</em>: the answer then says what is still missing."},
    "site.vraag.met_wijziging": {"nl": " Met toepassing van de wijziging: {wijziging}.",
                                 "en": " With the amendment applied: {wijziging}."},
    "site.vraag.peildatum": {"nl": "peildatum", "en": "reference date"},
    "site.vraag.vergelijk": {"nl": "ook volgens de wijzigingen in voorbereiding",
                             "en": "also according to the amendments in preparation"},
    "site.vraag.begin": {"nl": "Begin", "en": "Start"},
    "site.vraag.offline": {
        "nl": "De vraagdienst is niet bereikbaar. Deze site is zonder de server geopend; start <code>wetgraaf "
              "dienst</code> en open de pagina via de server om deze vraag te beantwoorden.",
        "en": "The question service cannot be reached. This site was opened without the server; start "
              "<code>wetgraaf dienst</code> and open the page through the server to answer this question."},
    "site.vraag.uitleg": {
        "nl": "Kies de beslissing waarover u een vraag hebt. Het formulier vraagt alleen wat nog nodig is om te "
              "beslissen, geeft het antwoord met de artikelen waarop het rust, en zegt wat ontbreekt als u iets niet "
              "weet. Het formulier werkt als de site via `wetgraaf dienst` is geopend.",
        "en": "Choose the decision you have a question about. The form asks only what is still needed to decide, "
              "gives the answer with the articles it rests on, and says what is missing when you do not know "
              "something. The form works when the site is opened through `wetgraaf dienst`."},
    "site.vraag.met_de_wijziging": {"nl": " (met de wijziging {wijziging})", "en": " (with the amendment {wijziging})"},
    "site.vraag.vraag_het": {"nl": "Vraag het aan de hand van dit artikel:", "en": "Ask it with this article:"},
})
BERICHTEN.update({
    # the navigation wetgraaf adds (site/build.py, site/plugin.py) and the start page of a site without docs/
    "site.nav.start": {"nl": "Start", "en": "Home"},
    "site.nav.begrippen": {"nl": "Begrippen", "en": "Terms"},
    "site.nav.documentatie": {"nl": "Documentatie", "en": "Documentation"},
    "site.docs.wetsbestand": {"nl": "Het wetsbestand", "en": "The law file"},
    "site.docs.semantiek": {"nl": "Semantiek", "en": "Semantics"},
    "site.docs.scenarios": {"nl": "Scenario's", "en": "Scenarios"},
    "site.docs.json": {"nl": "JSON", "en": "JSON"},
    "site.docs.architectuur": {"nl": "Architectuur", "en": "Architecture"},
    "site.docs.fouten": {"nl": "Foutmeldingen", "en": "Error messages"},
    "site.docs.robuustheid": {"nl": "Robuustheid", "en": "Robustness"},
    "site.docs.prestaties": {"nl": "Prestaties", "en": "Performance"},
    "site.docs.wijzigingen": {"nl": "Wijzigingsrapport", "en": "Amendment report"},
    "site.docs.feiten": {"nl": "Feiten van de {wet}", "en": "Facts of the {wet}"},
    "site.docs.opdrachten": {"nl": "Wijzigingsopdrachten", "en": "Amending instructions"},
    "site.docs.lezingen": {"nl": "De tweede lezing", "en": "The second reading"},
    "site.home": {
        "nl": "# wetgraaf\n\nNederlandse wetten als code: de officiële tekst naast de regels die haar uitvoerbaar "
              "maken. Dit corpus bevat {wetten} wetten.\n\n- [Wetten](wetten/index.md)\n- [Begrippen]"
              "(begrippen/index.md)\n- [Graaf](graaf/index.md)\n- [Scenario's](scenarios/index.md)\n- [Wijzigingen]"
              "(wijzigingen/index.md)\n- [Dekking](dekking.md)\n",
        "en": "# wetgraaf\n\nDutch laws as code: the official text beside the rules that make it executable. This "
              "corpus holds {wetten} laws.\n\n- [Laws](wetten/index.md)\n- [Terms](begrippen/index.md)\n- [Graph]"
              "(graaf/index.md)\n- [Scenarios](scenarios/index.md)\n- [Amendments](wijzigingen/index.md)\n- "
              "[Coverage](dekking.md)\n"},
})
BERICHTEN.update({
    # the question form's script (site/assets/wetgraaf.js: each "{{site.js.KEY}}" string; site/woorden.py)
    "site.js.uitzondering": {"nl": " [uitzondering ", "en": " [exception "},
    "site.js.vink_aan": {"nl": "Vink aan wat van toepassing is (niets: geen).", "en": "Tick what applies (nothing: none)."},
    "site.js.kies": {"nl": "— kies —", "en": "— choose —"},
    "site.js.komma": {"nl": "gescheiden door komma's (leeg: geen)", "en": "separated by commas (empty: none)"},
    "site.js.duur": {"nl": "bijvoorbeeld 6 maanden", "en": "for example 6 maanden"},
    "site.js.afhangen_1": {"nl": " Deze beslissing kan afhangen van ", "en": " This decision can depend on "},
    "site.js.afhangen_2": {"nl": " feiten en oordelen; de meeste zijn meestal niet nodig.", "en": " facts and judgements; most of them are usually not needed."},
    "site.js.onbekende_fout": {"nl": "onbekende fout", "en": "unknown error"},
    "site.js.fout_kop": {"nl": "Fout: ", "en": "Error: "},
    "site.js.bezig": {"nl": "Bezig…", "en": "Working…"},
    "site.js.weet_ik_niet_klein": {"nl": "weet ik niet", "en": "I don't know"},
    "site.js.ja": {"nl": "ja", "en": "yes"},
    "site.js.nee": {"nl": "nee", "en": "no"},
    "site.js.geen": {"nl": "geen", "en": "none"},
    "site.js.wijzig": {"nl": "wijzig", "en": "change"},
    "site.js.wijzig_label": {"nl": "Wijzig het antwoord op: ", "en": "Change the answer to: "},
    "site.js.ja_knop": {"nl": "Ja", "en": "Yes"},
    "site.js.nee_knop": {"nl": "Nee", "en": "No"},
    "site.js.volgende": {"nl": "Volgende", "en": "Next"},
    "site.js.weet_ik_niet": {"nl": "Weet ik niet", "en": "I don't know"},
    "site.js.annuleer": {"nl": "Annuleer", "en": "Cancel"},
    "site.js.vraag": {"nl": " vraag", "en": " question"},
    "site.js.vragen": {"nl": " vragen", "en": " questions"},
    "site.js.beantwoord": {"nl": " beantwoord", "en": " answered"},
    "site.js.nog_ten_hoogste": {"nl": " · nog ten hoogste ", "en": " · at most "},
    "site.js.nu_nog": {"nl": " · nu nog ", "en": " · now still "},
    "site.js.open": {"nl": " open", "en": " open"},
    "site.js.fout_streep": {"nl": "fout — ", "en": "error — "},
    "site.js.onbekend": {"nl": "onbekend", "en": "unknown"},
    "site.js.let_op": {"nl": "Let op: ", "en": "Note: "},
    "site.js.antwoord": {"nl": "Antwoord: ", "en": "Answer: "},
    "site.js.nog_nodig": {"nl": "Nog nodig om te beslissen:", "en": "Still needed to decide:"},
    "site.js.hangt_af": {"nl": "Hangt af van het oordeel van ", "en": "Depends on the judgement of "},
    "site.js.over": {"nl": " over ", "en": " about "},
    "site.js.als": {"nl": "als ", "en": "if "},
    "site.js.nu": {"nl": "nu: ", "en": "now: "},
    "site.js.niet_te_bepalen": {"nl": "niet te bepalen — ", "en": "cannot be determined — "},
    "site.js.met": {"nl": "met ", "en": "with "},
    "site.js.ook_nodig": {"nl": " (dan is ook nodig: ", "en": " (then also needed: "},
    "site.js.omdat": {"nl": "omdat …", "en": "because …"},
    "site.js.vergelijking": {"nl": "Volgens de wet nu en volgens de wijzigingen", "en": "According to the law now and according to the amendments"},
    "site.js.uitleg": {"nl": "Uitleg", "en": "Explanation"},
    "site.js.opnieuw": {"nl": "Opnieuw", "en": "Again"},
})
BERICHTEN.update({
    # the facts about an amendment (its wijziging.yaml), as the rows of its page's table
    "site.wijz.meta.kamerstuk": {"nl": "kamerstuk", "en": "parliamentary paper"},
    "site.wijz.meta.status": {"nl": "status", "en": "status"},
    "site.wijz.meta.herkomst": {"nl": "herkomst", "en": "provenance"},
    "site.wijz.meta.bron": {"nl": "bron", "en": "source"},
    "site.wijz.meta.inwerkingtreding": {"nl": "inwerkingtreding", "en": "entry into force"},
})
BERICHTEN.update({
    # the amendment history of an imported article (importeer.py geschiedenis_markdown)
    "site.wti.kop": {"nl": "Wijzigingsgeschiedenis", "en": "Amendment history"},
    "site.wti.uitleg": {"nl": "Volgens de wetstechnische informatie (WTI) van het BWB.",
                        "en": "According to the technical information (WTI) of the BWB."},
    "site.wti.tabel": {"nl": "| in werking | betreft | bekendmaking | kamerstuk |",
                       "en": "| in force | concerns | publication | parliamentary paper |"},
    # what the wetgraaf plugin warns about while mkdocs builds (site/plugin.py)
    "site.plugin.zelfde_naam": {"nl": "docs/{uri} heeft dezelfde naam als een gemaakte pagina; de gemaakte pagina is "
                                      "weggelaten",
                                "en": "docs/{uri} has the same name as a generated page; the generated page is left out"},
    # mkdocs' warnings about a site, in words (site/meldingen.py lists its texts); the lines a build prints
    "zin.mkdocs.waarschuwing": {"nl": "waarschuwing", "en": "WARNING"},
    "zin.mkdocs.fout": {"nl": "fout", "en": "ERROR"},
    "zin.mkdocs.regel": {"nl": "{niveau}: {melding}", "en": "{niveau}: {melding}"},
    "zin.mkdocs.link_doel": {"nl": "{bestand} linkt naar '{link}', maar dat staat niet tussen de documentatiebestanden",
                             "en": "Doc file '{bestand}' contains a link '{link}', but the target is not found among "
                                   "documentation files."},
    "zin.mkdocs.link_onbekend": {"nl": "{bestand} heeft een relatieve link '{link}' die mkdocs niet herkent; hij is "
                                       "gelaten zoals hij is",
                                 "en": "Doc file '{bestand}' contains an unrecognized relative link '{link}', it was "
                                       "left as is."},
    "zin.mkdocs.link_absoluut": {"nl": "{bestand} heeft een absolute link '{link}'; hij is gelaten zoals hij is",
                                 "en": "Doc file '{bestand}' contains an absolute link '{link}', it was left as is."},
    "zin.mkdocs.anker_hier": {"nl": "{bestand} linkt naar '{link}', maar die pagina heeft zo'n anker niet",
                              "en": "Doc file '{bestand}' contains a link '{link}', but there is no such anchor on "
                                    "this page."},
    "zin.mkdocs.anker": {"nl": "{bestand} linkt naar '{link}', maar {doel} heeft geen anker '#{anker}'",
                         "en": "Doc file '{bestand}' contains a link '{link}', but the doc '{doel}' does not contain "
                               "an anchor '#{anker}'."},
    "zin.mkdocs.link_uitgesloten": {"nl": "{bestand} linkt naar '{doel}', dat niet in de site is opgenomen",
                                    "en": "Doc file '{bestand}' contains a link to '{doel}' which is excluded from the "
                                          "built site."},
    "zin.mkdocs.conflict": {"nl": "'{bestand}' is weggelaten uit de site omdat het botst met '{ander}'",
                            "en": "Excluding '{bestand}' from the site because it conflicts with '{ander}'."},
    "zin.mkdocs.nav_niet_gevonden": {"nl": "de navigatie ('nav') noemt '{pad}', maar dat staat niet tussen de "
                                           "documentatiebestanden",
                                     "en": "A reference to '{pad}' is included in the 'nav' configuration, which is "
                                           "not found in the documentation files."},
    "zin.mkdocs.nav_uitgesloten": {"nl": "de navigatie ('nav') noemt '{pad}', maar dat bestand is niet in de site "
                                         "opgenomen",
                                   "en": "A reference to '{pad}' is included in the 'nav' configuration, but this "
                                         "file is excluded from the built site."},
    "zin.mkdocs.nav_absoluut": {"nl": "de navigatie ('nav') noemt het absolute pad '{pad}', vermoedelijk iets buiten "
                                      "de site",
                                "en": "An absolute path to '{pad}' is included in the 'nav' configuration, which "
                                      "presumably points to an external resource."},
    "zin.mkdocs.instelling_onbekend": {"nl": "instelling '{naam}' in de mkdocs-configuratie: mkdocs kent de naam "
                                             "{sleutel} niet",
                                       "en": "Config value '{naam}': Unrecognised configuration name: {sleutel}"},
    "zin.mkdocs.instelling_onbekend_kaal": {"nl": "mkdocs kent de instelling {sleutel} niet",
                                            "en": "Unrecognised configuration name: {sleutel}"},
    "zin.mkdocs.instelling": {"nl": "instelling '{naam}' in de mkdocs-configuratie: {melding}",
                              "en": "Config value '{naam}': {melding}"},
    "zin.mkdocs.sjabloon": {"nl": "sjabloon '{naam}' overgeslagen: niet gevonden", "en": "Template skipped: "
                                                                                        "'{naam}' not found."},
    "zin.mkdocs.pagina": {"nl": "fout bij het lezen van pagina '{pagina}':", "en": "Error reading page '{pagina}':"},
    "zin.mkdocs.pagina_fout": {"nl": "fout bij het lezen van pagina '{pagina}': {melding}",
                               "en": "Error reading page '{pagina}': {melding}"},
    "zin.mkdocs.bestand_niet_gevonden": {"nl": "bestand niet gevonden: {pad}", "en": "File not found: {pad}"},
    "zin.mkdocs.codering": {"nl": "{pad} is geen UTF-8-tekst", "en": "Encoding error reading file: {pad}"},
    "zin.mkdocs.bedoelt": {"nl": "{melding}; bedoelt u '{bedoeld}'?", "en": "{melding} Did you mean '{bedoeld}'?"},
    # a warning mkdocs gives that the table does not know: quoted as mkdocs' own words
    "zin.mkdocs.bibliotheek": {"nl": "mkdocs meldt: “{tekst}”", "en": "mkdocs reports: “{tekst}”"},
})
