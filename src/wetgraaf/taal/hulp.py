"""Catalogue: the help of the command line (`wetgraaf X --help`): each command's text, keyed `hulp.<command path>`
(`hulp.graaf.toon`), and each option's, keyed `hulp.<command path>.<option>` or, when several commands share it,
`hulp.optie.<name>`. The code passes `bericht(key)` as Typer's `help=`; cli_taal.hulp_in_taal renders it in the
reader's language when the help is shown. The Dutch texts are unique, so the Dutch text names its entry."""

BERICHTEN = {
    "hulp.wetgraaf": {"nl": "wetgraaf — Nederlandse wetten als code: wettekst naast regels, één afhankelijkheidsgraaf, "
                            "uitgelegde antwoorden.",
                      "en": "wetgraaf — Dutch laws as code: the law's text beside its rules, one dependency graph, "
                            "explained answers."},
    # options several commands share
    "hulp.optie.corpus": {"nl": "Corpusmap (standaard: het corpus dat met wetgraaf meekomt).",
                          "en": "Corpus folder (default: the corpus shipped with wetgraaf)."},
    "hulp.optie.corpus_kort": {"nl": "Corpusmap.", "en": "Corpus folder."},
    "hulp.optie.datum": {"nl": "Datum (JJJJ-MM-DD).", "en": "Date (YYYY-MM-DD)."},
    "hulp.optie.wijziging": {"nl": "Pas deze wijziging toe.", "en": "Apply this amendment."},
    "hulp.optie.json": {"nl": "JSON in plaats van tekst.", "en": "JSON instead of text."},
    "hulp.optie.graaf_peildatum": {"nl": "De wetsversie die op deze datum geldt (JJJJ-MM-DD); standaard de nieuwste.",
                                   "en": "The version of the law in force on this date (YYYY-MM-DD); default the "
                                         "newest."},
    "hulp.optie.graaf_wijziging": {"nl": "Pas deze wijziging toe (herhaalbaar), bv. -w wams.",
                                   "en": "Apply this amendment (repeatable), e.g. -w wams."},
    "hulp.optie.graaf_json": {"nl": "Antwoord als JSON.", "en": "The answer as JSON."},
    "hulp.optie.graaf_diepte": {"nl": "Alleen tot zoveel stappen.", "en": "Only up to this many steps."},
    # controleer
    "hulp.controleer": {"nl": "Controleer een corpus: lees, verbind en typeer elke wet en wijziging; noem elke fout en "
                         "elk wetsgebrek.",
                   "en": "Validate a corpus: parse, resolve and type-check every law and amendment; list every error "
                         "and law defect."},
    "hulp.controleer.path": {"nl": "Corpusmap (standaard: het meegeleverde corpus).",
                        "en": "Corpus folder (default: the shipped corpus)."},
    "hulp.controleer.peildatum": {"nl": "Controleer de versie die op deze datum geldt.",
                             "en": "Check the version in force on this date."},
    "hulp.controleer.wijziging": {"nl": "Controleer ook met deze wijziging.", "en": "Also check with this amendment."},
    "hulp.controleer.streng": {"nl": "Ook bij waarschuwingen mislukken (exit 1).", "en": "Also fail (exit 1) on warnings."},
    "hulp.controleer.alles": {"nl": "Noem ook de opmerkingen, bv. definities die geen regel gebruikt.",
                         "en": "Also list the remarks (opmerkingen), e.g. definitions that no rule uses."},
    "hulp.controleer.analyse": {"nl": "Zoek wetsgebreken (conflicten, gaten, dode uitzonderingen).",
                           "en": "Search for law defects (conflicts, gaps, dead exceptions)."},
    # vraag
    "hulp.vraag": {"nl": "Beantwoord de vragen van een scenario: waarde of onbekend, ontbrekende feiten, open normen, "
                         "uitleg.",
                   "en": "Answer the questions of a scenario: value or onbekend, missing facts, open norms, "
                         "explanation."},
    "hulp.vraag.scenario": {"nl": "Scenariobestand (YAML).", "en": "Scenario file (YAML)."},
    "hulp.vraag.uitleg": {"nl": "Toon de uitleg met vindplaatsen.", "en": "Show the explanation with citations."},
    "hulp.vraag.json": {"nl": "Geef de antwoorden als JSON (docs/json.md).",
                        "en": "Print the answers as JSON (docs/json.md)."},
    # wijziging, mutatie, afleiden
    "hulp.wijziging": {"nl": "Pas een wijziging in het geheugen toe en toon de renvooi, het verschil in regels en in de "
                             "graaf, de omgeslagen uitkomsten en de gevolgen voor een gegenereerde populatie.",
                       "en": "Apply an amendment in memory and report the renvooi, rule diff, graph diff, outcome "
                             "flips and the impact on a generated population."},
    "hulp.wijziging.amendment": {"nl": "Naam of map van de wijziging (law/wijzigingen/<naam>).",
                                 "en": "Amendment name or folder (law/wijzigingen/<naam>)."},
    "hulp.wijziging.op": {"nl": "Pas toe bovenop deze wijziging (stapelen).",
                          "en": "Apply on top of this amendment (stacking)."},
    "hulp.wijziging.vergelijk": {"nl": "Vergelijk met een andere wijziging op dezelfde basis.",
                                 "en": "Compare with another amendment on the same base."},
    "hulp.wijziging.peildatum": {"nl": "Datum voor tekst en regels (standaard: de datum van inwerkingtreding).",
                                 "en": "Date for text and rules (default: entry date)."},
    "hulp.wijziging.scenarios": {"nl": "Extra scenariobestanden of -mappen.", "en": "Extra scenario files or folders."},
    "hulp.wijziging.populatie": {"nl": "Populatiebestand of -naam (law/populaties/<naam>.yaml); standaard: de "
                                       "populaties die deze wijziging noemen.",
                                 "en": "Population file or name (law/populaties/<naam>.yaml); default: those that "
                                       "name this amendment."},
    "hulp.wijziging.aantal": {"nl": "Grootte van de gegenereerde populatie.", "en": "Size of the generated population."},
    "hulp.wijziging.zaad": {"nl": "Zaad van de populatiegenerator.", "en": "Seed of the population generator."},
    "hulp.wijziging.dask": {"nl": "Reken de populatie in delen op een lokaal Dask-cluster (zelfde uitkomst; vraagt de "
                                  "extra `dask`).",
                            "en": "Run the population in partitions on a local Dask cluster (same result; needs the "
                                  "`dask` extra)."},
    "hulp.wijziging.dask_adres": {"nl": "...of op de Dask-scheduler op dit adres (tcp://host:8786); zie "
                                        "docs/prestaties.md.",
                                  "en": "...or on the Dask scheduler at this address (tcp://host:8786); see "
                                        "docs/prestaties.md."},
    "hulp.wijziging.json": {"nl": "Geef het rapport als JSON (docs/wijzigingen.md).",
                            "en": "Print the report as JSON (docs/wijzigingen.md)."},
    "hulp.wijziging.wetsvoorstel": {"nl": "Toon de wijzigingsartikelen zoals een wetgevingsjurist ze publiceert.",
                                    "en": "Print the amending article(s) as a drafter publishes them."},
    "hulp.wijziging.docx": {"nl": "Schrijf het wetsvoorstel, de renvooi en de uitkomstentabel naar dit Word-bestand "
                                  "(.docx).",
                            "en": "Write the wetsvoorstel, renvooi and outcome table to this Word file (.docx)."},
    "hulp.wijziging.overschrijf": {"nl": "Met --docx: vervang een bestand dat wetgraaf niet schreef (bewaard als "
                                         "NAAM.orig).",
                                   "en": "With --docx: replace a file wetgraaf did not write (kept as NAME.orig)."},
    "hulp.mutatie": {"nl": "Mutatietoets: welke opzettelijke fouten in de regels van een artikel merkt geen scenario "
                           "op?",
                     "en": "Mutation check: which deliberate mistakes in an article's rules does no scenario notice?"},
    "hulp.mutatie.wet": {"nl": "Sleutel van de wet, bv. wbmgp.", "en": "Law key, e.g. wbmgp."},
    "hulp.mutatie.artikel": {"nl": "Nummer van het artikel, bv. 8.", "en": "Article number, e.g. 8."},
    "hulp.mutatie.scenarios": {"nl": "Scenariobestanden of -mappen (standaard: de scenario's van het corpus).",
                               "en": "Scenario files or folders (default: the corpus scenarios)."},
    "hulp.mutatie.wijziging": {"nl": "Muteer het artikel zoals deze wijziging (naam of map) het achterlaat, tegen wat "
                                     "de scenario's verwachten voor versies met die wijziging.",
                               "en": "Mutate the article as this amendment (name or folder) leaves it, against the "
                                     "expectations scenarios state for versions with it."},
    "hulp.mutatie.json": {"nl": "Geef het rapport als JSON.", "en": "Print the report as JSON."},
    "hulp.afleiden": {"nl": "Leid uit een bewerkte kopie van een artikel de wijzigingsopdrachten af die haar maken, in "
                            "standaardformulering, als wijzigingsbestand (getoond, of bewaard in "
                            "law/wijzigingen/<naam>/).",
                      "en": "Derive, from an edited copy of an article, the instructions that produce it, in standard "
                            "wording, as an amendment file (print it, or save it in law/wijzigingen/<naam>/)."},
    "hulp.afleiden.oud": {"nl": "Het artikel zoals het is (law/<wet>/artikel-N.md).",
                          "en": "The article as it is (law/<wet>/artikel-N.md)."},
    "hulp.afleiden.nieuw": {"nl": "Een bewerkte kopie ervan.", "en": "An edited copy of it."},
    "hulp.afleiden.onderdeel": {"nl": "Letter van het eerste onderdeel.", "en": "Letter of the first onderdeel."},
    # meet
    "hulp.meet": {"nl": "Meet het laden van het corpus, het opstarten van `wetgraaf vraag`, enkele en batchbeslissingen, "
                         "het populatierapport en OpenFisca op dezelfde gevallen; toon elk doel met het nu gemeten "
                         "getal (docs/prestaties.md).",
                   "en": "Measure corpus load, the start-up of `wetgraaf vraag`, single and batch decisions, the "
                         "population report and OpenFisca on the same cases; print every target with the figure "
                         "measured now (docs/prestaties.md)."},
    "hulp.meet.aantal": {"nl": "Gevallen in de batchruns.", "en": "Cases in the batch runs."},
    "hulp.meet.enkel": {"nl": "Verschillende gevallen voor de enkele beslissingen.",
                         "en": "Distinct cases for the single decisions."},
    "hulp.meet.rondes": {"nl": "Hoe vaak elk enkel geval beslist wordt.", "en": "Times each single case is decided."},
    "hulp.meet.json": {"nl": "Waar de resultaten komen.", "en": "Where to write the results."},
    "hulp.meet.overschrijf": {"nl": "Vervang resultaatbestanden die wetgraaf niet schreef (bewaard als NAAM.orig).",
                               "en": "Replace result files wetgraaf did not write (kept as NAME.orig)."},
    "hulp.meet.site": {"nl": "Alleen de site: een volledige bouw en een herbouw na één gewijzigd artikel, op een kopie "
                              "van het corpus (bench/site.py).",
                        "en": "Only the site: a full build and a one-article rebuild of a copy of the corpus "
                              "(bench/site.py)."},
    "hulp.meet.alleen": {"nl": "Meet alleen deze onderdelen: corpus, opstarten, enkel, batch, openfisca, populatie, "
                                "peers.",
                          "en": "Measure only these parts: corpus, opstarten, enkel, batch, openfisca, populatie, "
                                "peers."},
    # dev
    "hulp.dev": {"nl": "Wat elke stap van de wet maakt: het gelezen bestand, de verbonden regels, de boom van "
                       "uitzonderingen.",
                 "en": "What each pass makes of the law: the parsed file, the resolved rules, the exception tree."},
    "hulp.dev.ir": {"nl": "De gelezen structuur van één wetsbestand: de eenheden en de declaraties onder elk, met "
                          "regelnummers.",
                    "en": "The parsed structure of one law file: its units and the declarations under each, with "
                          "line numbers."},
    "hulp.dev.ir.file": {"nl": "Een wetsbestand (artikel-*.md) in een wetsmap met een wet.yaml.",
                         "en": "A law file (artikel-*.md) in a law folder with a wet.yaml."},
    "hulp.dev.programma": {"nl": "De verbonden definitie: soort, type, vindplaats, wat ze gebruikt, en haar regels met "
                                 "hun vindplaatsen.",
                           "en": "The resolved definition: kind, type, citation, what it uses, and its rules with their "
                                 "citations."},
    "hulp.dev.programma.naam": {"nl": "Een definitie, bv. wmo2015.gezinslid of gezinslid.",
                                "en": "A definition, e.g. wmo2015.gezinslid or gezinslid."},
    "hulp.dev.uitzonderingen": {"nl": "De boom van uitzonderingen: elke basisregel met de uitzonderingen die haar "
                                      "opzij zetten, en de uitzonderingen op alle regels.",
                                "en": "The exception tree: each base rule with the exceptions that override it, and "
                                      "the exceptions to all rules."},
    "hulp.dev.uitzonderingen.naam": {"nl": "Een definitie, bv. wbmgp.huisvestingsvergunning_weigeren.",
                                     "en": "A definition, e.g. wbmgp.huisvestingsvergunning_weigeren."},
    "hulp.optie.corpus_meegeleverd": {"nl": "Corpusmap (standaard: de meegeleverde).",
                                      "en": "Corpus folder (default: the shipped one)."},
    # gegevens
    "hulp.gegevens": {"nl": "Mag partij X gegevens van soort Y aan Z verstrekken voor doel P? Antwoord met de leden die "
                            "het dragen.",
                      "en": "May party X provide data of kind Y to Z for purpose P? Answer with the leden that carry "
                            "it."},
    "hulp.gegevens.partij": {"nl": "Wie verstrekt: college, coordinator, burgemeester, casusoverleg, ander_college, of "
                                   "de naam van een partij (bijv. huisarts).",
                             "en": "Who provides: college, coordinator, burgemeester, casusoverleg, ander_college, or "
                                   "the name of a party (e.g. huisarts)."},
    "hulp.gegevens.ontvanger": {"nl": "Aan wie: college, coordinator, burgemeester, casusoverleg, ander_college of de "
                                      "naam van een partij.",
                                "en": "To whom: college, coordinator, burgemeester, casusoverleg, ander_college or the "
                                      "name of a party."},
    "hulp.gegevens.doel": {"nl": "Waarvoor: onderzoek, coordinatie, eigen_taak, overdracht, maatwerkvoorziening, "
                                 "huisverbod, wvggz, triage, doorgeleiding, nieuwe_gemeente, fraude, ...",
                           "en": "What for: onderzoek, coordinatie, eigen_taak, overdracht, maatwerkvoorziening, "
                                 "huisverbod, wvggz, triage, doorgeleiding, nieuwe_gemeente, fraude, ..."},
    "hulp.gegevens.categorie": {"nl": "Welke gegevens (komma's): gewoon, gezondheid, strafrechtelijk, politiegegevens "
                                      "en/of onderzoeksgegevens, coordinatiegegevens, melddossier, casusoverleg, eigen.",
                                "en": "Which data (commas): gewoon, gezondheid, strafrechtelijk, politiegegevens "
                                      "and/or onderzoeksgegevens, coordinatiegegevens, melddossier, casusoverleg, "
                                      "eigen."},
    "hulp.gegevens.scenario": {"nl": "Scenario (YAML) met de feiten van het geval; de eerste scenario in het bestand "
                                     "wordt gebruikt.",
                               "en": "Scenario (YAML) with the facts of the case; the first scenario in the file is "
                                     "used."},
    "hulp.gegevens.peildatum": {"nl": "Datum (standaard: die van het scenario, anders vandaag).",
                                "en": "Date (default: the scenario's, otherwise today)."},
    "hulp.gegevens.zonder_wijzigingen": {
        "nl": "Niet de wijzigingen toepassen die de wet voor deze vraag noemt (de vraag heeft dan geen regels).",
        "en": "Do not apply the amendments the law names for this question (the question then has no rules)."},
    "hulp.gegevens.wet": {"nl": "De wet die de vraag stelt (standaard: de enige wet met een vraag in wet.yaml).",
                          "en": "The law that asks the question (default: the only law with a question in wet.yaml)."},
    "hulp.gegevens.json": {"nl": "Het antwoord als JSON (docs/json.md) met 'gronden'.",
                           "en": "The answer as JSON (docs/json.md) with 'gronden'."},
    # gherkin, importeer
    "hulp.gherkin": {"nl": "Draai het feature-bestand van een peer met een koppelbestand, of toon scenario's van "
                           "wetgraaf als Gherkin.",
                     "en": "Run a peer's feature file with a mapping file, or print wetgraaf scenarios as Gherkin."},
    "hulp.gherkin.feature": {"nl": "Een feature-bestand in de Gherkin van de peers.",
                             "en": "A feature file in the peers' Gherkin."},
    "hulp.gherkin.mapping": {"nl": "Het koppelbestand bij dat feature-bestand.",
                             "en": "The mapping file for that feature file."},
    "hulp.gherkin.naar": {"nl": "Toon in plaats daarvan dit scenariobestand als Gherkin.",
                          "en": "Print this scenario file as Gherkin instead."},
    "hulp.importeer": {"nl": "Importeer een officiële BWB-toestand (XML): wet.yaml en één bestand per artikel; "
                             "overschrijft nooit.",
                       "en": "Import an official BWB toestand XML: wet.yaml and one literate file per article; never "
                             "overwrites."},
    "hulp.importeer.xml": {"nl": "De BWB-toestand als XML (van repository.officiele-overheidspublicaties.nl).",
                           "en": "The BWB toestand XML (from repository.officiele-overheidspublicaties.nl)."},
    "hulp.importeer.sleutel": {"nl": "De sleutel van de wet, en de naam van haar map (bv. zorgtoeslag).",
                               "en": "The law's key, and its folder name (e.g. zorgtoeslag)."},
    "hulp.importeer.wti": {"nl": "Het WTI-bestand: de wijzigingsgeschiedenis van elk artikel.",
                           "en": "The WTI file: each article's amendment history."},
    "hulp.importeer.corpus": {"nl": "De corpusmap waarin de map van de wet komt.",
                              "en": "The corpus folder to write the law folder into."},
    "hulp.importeer.bronnen": {"nl": "Waar de kopie van de officiële tekst komt.",
                               "en": "Where the copy of the official text goes."},
    # site, dienst, interview
    "hulp.site": {"nl": "Bouw de site: een pagina per wet, artikel, begrip, scenario en wijziging, de graaf, de dekking "
                        "en de documentatie.",
                  "en": "Build the site: a page per law, article, term, scenario and amendment, the graph, coverage "
                        "and the docs."},
    "hulp.site.out": {"nl": "Waar de site komt.", "en": "Where to write the site."},
    "hulp.site.config": {"nl": "mkdocs.yml (standaard: ./mkdocs.yml).", "en": "mkdocs.yml (default: ./mkdocs.yml)."},
    "hulp.site.strict": {"nl": "Mislukken bij elke waarschuwing (standaard).", "en": "Fail on any warning (default)."},
    "hulp.site.overschrijf": {"nl": "Vervang een bestaande map die wetgraaf niet bouwde (die wordt opzij gezet als "
                                    "NAAM.bewaard-TIJD, nooit verwijderd).",
                              "en": "Replace an existing folder wetgraaf did not build (it is moved aside as "
                                    "NAME.bewaard-TIME, never deleted)."},
    "hulp.site.volledig": {"nl": "Maak elke pagina opnieuw op in plaats van de ongewijzigde pagina's van de vorige "
                                 "bouw te hergebruiken.",
                           "en": "Render every page again instead of reusing the unchanged pages of the previous "
                                 "build."},
    "hulp.dienst": {"nl": "Bied de site en de vraagdienst (JSON-API, documentatie op /api/docs) aan op "
                         "http://127.0.0.1:POORT/.",
                   "en": "Serve the site and the question service (JSON API, docs at /api/docs) on "
                         "http://127.0.0.1:PORT/."},
    "hulp.dienst.port": {"nl": "Poort op 127.0.0.1 (1-65535).", "en": "Port on 127.0.0.1 (1-65535)."},
    "hulp.dienst.site_dir": {"nl": "De gebouwde site die aangeboden wordt.", "en": "The built site to serve."},
    "hulp.dienst.build_first": {"nl": "Bouw eerst de site (die wordt altijd gebouwd als ze ontbreekt).",
                               "en": "Build the site first (it is always built when missing)."},
    "hulp.dienst.overschrijf": {"nl": "Bouw in een map die wetgraaf niet bouwde (opzij gezet, nooit verwijderd).",
                               "en": "Build into a folder wetgraaf did not build (moved aside, never deleted)."},
    "hulp.dienst.tijdslimiet": {"nl": "Seconden werk die één verzoek mag kosten (daarna WG-API-003).",
                               "en": "Seconds of work one request may take (WG-API-003 after that)."},
    "hulp.dienst.herlaad": {"nl": "Bouw de site opnieuw als het corpus, mkdocs.yml of docs/ wijzigt, en laad open "
                                 "pagina's opnieuw.",
                           "en": "Rebuild the site when the corpus, mkdocs.yml or docs/ change, and reload open "
                                 "pages."},
    "hulp.interview": {"nl": "Stel alleen de vragen die nog nodig zijn om VRAAG te beantwoorden, één voor één, en toon "
                             "dan het antwoord en waarom.",
                       "en": "Ask only the questions still needed to answer VRAAG, one at a time, then show the answer "
                             "and why."},
    "hulp.interview.vraag": {"nl": "De vraag, bv. 'gezinslid(kind, cliënt)'.",
                             "en": "The question, e.g. 'gezinslid(kind, cliënt)'."},
    "hulp.interview.wet": {"nl": "Wet van namen zonder wet ervoor, bv. wmo2015.",
                           "en": "Law of unqualified names, e.g. wmo2015."},
    # spiegel
    "hulp.spiegel": {"nl": "Vergelijk spiegelbepalingen: gelijk over alle combinaties van de feiten, of een "
                           "onderscheidend geval.",
                     "en": "Compare mirror provisions: equal over every combination of the facts, or a "
                           "distinguishing case."},
    "hulp.spiegel.links": {"nl": "De spiegelbepaling: een definitie met haar argumenten, bv. "
                                 "participatiewet.toepassing_2_3a_1_verplicht(p).",
                           "en": "The mirror provision: a definition with its arguments, e.g. "
                                 "participatiewet.toepassing_2_3a_1_verplicht(p)."},
    "hulp.spiegel.rechts": {"nl": "De bepaling die zij spiegelt, bv. wmo2015.onderzoek_starten_na_hulpvraag(p).",
                            "en": "The provision it mirrors, e.g. wmo2015.onderzoek_starten_na_hulpvraag(p)."},
    "hulp.spiegel.paren": {"nl": "Een parenbestand (YAML; zie wetgraaf/analysis/spiegel.py). Standaard: elke "
                                 "spiegels.yaml van de wijzigingen van het corpus.",
                           "en": "A pair file (YAML; see wetgraaf/analysis/spiegel.py). Default: every spiegels.yaml "
                                 "of the corpus' amendments."},
    "hulp.spiegel.wijziging": {"nl": "Pas deze wijziging toe (bij twee definities op de opdrachtregel).",
                               "en": "Apply this amendment (two definitions given on the command line)."},
    "hulp.spiegel.peildatum": {"nl": "Datum waarop gerekend wordt (standaard: vandaag).",
                               "en": "Date to evaluate on (default: today)."},
    "hulp.spiegel.vast": {"nl": "Leg een invoer vast: 'feit(p)=waarde' (herhaalbaar).",
                          "en": "Fix an input: 'feit(p)=waarde' (repeatable)."},
    # graaf
    "hulp.graaf": {"nl": "De afhankelijkheidsgraaf: afhankelijkheden, impact, kringen, bungelende verwijzingen, "
                         "ongebruikte definities, dekking en export.",
                   "en": "The dependency graph: dependencies, impact, cycles, dangling references, unused "
                         "definitions, coverage and export."},
    "hulp.graaf.afhankelijk": {"nl": "Waarvan NAAM afhangt: definities, feiten, open normen, regels en de wettekst "
                                     "waarnaar verwezen wordt.",
                               "en": "What NAAM depends on: definitions, facts, open norms, rules and the law text "
                                     "referred to."},
    "hulp.graaf.afhankelijk.naam": {"nl": "Definitie (gezinslid, wmo2015.gezinslid), node-id of plaats "
                                          "('wmo2015 1.1.2 lid 5').",
                                    "en": "Definition (gezinslid, wmo2015.gezinslid), node id or place "
                                          "('wmo2015 1.1.2 lid 5')."},
    "hulp.graaf.afhankelijk.soort": {"nl": "Alleen deze soort knopen (feit, oordeel, begrip, lid, extern, ...); "
                                           "herhaalbaar.",
                                     "en": "Only this kind of node (feit, oordeel, begrip, lid, extern, ...); "
                                           "repeatable."},
    "hulp.graaf.gebruikt-door": {"nl": "Wat van NAAM afhangt: de impact van een wijziging van NAAM.",
                                 "en": "What depends on NAAM: the impact of a change of NAAM."},
    "hulp.graaf.gebruikt-door.naam": {"nl": "Definitie, node-id of plaats in een wet.",
                                      "en": "Definition, node id or place in a law."},
    "hulp.graaf.gebruikt-door.soort": {"nl": "Alleen deze soort knopen; herhaalbaar.",
                                       "en": "Only this kind of node; repeatable."},
    "hulp.graaf.cycli": {"nl": "Kringen: definities die (via andere) zichzelf gebruiken (fout, exit 1), en ter "
                               "informatie groepen artikelen die naar elkaar verwijzen (gewoon in wetgeving).",
                         "en": "Cycles: definitions that use themselves (through others) (error, exit 1), and for "
                               "information groups of articles that refer to each other (common in legislation)."},
    "hulp.graaf.bungelend": {"nl": "Verwijzingen in de wettekst naar een lid of onderdeel dat niet bestaat (exit 1), "
                                   "en links waarvan het #Artikel-anker een ander artikel noemt dan de tekst "
                                   "(waarschuwing).",
                             "en": "References in the law text to a lid or onderdeel that does not exist (exit 1), and "
                                   "links whose #Artikel anchor names another article than the text (warning)."},
    "hulp.graaf.ongebruikt": {"nl": "Definities, feiten, open normen, parameters en soorten die niets gebruikt. Een "
                                    "begrip hier kan een eindvraag zijn (bv. gezinslid); een feit hier wordt nooit "
                                    "gevraagd.",
                              "en": "Definitions, facts, open norms, parameters and soorten that nothing uses. A term "
                                    "here can be a final question (e.g. gezinslid); a fact here is never asked."},
    "hulp.graaf.dekking": {"nl": "Dekking per wet en artikel: elke eenheid (lid zonder onderdelen, onderdeel, "
                                 "subonderdeel, slot) is gecodeerd (heeft regels), gemarkeerd `niet uitvoerbaar`, of "
                                 "open.",
                           "en": "Coverage per law and article: each unit (lid without onderdelen, onderdeel, "
                                 "subonderdeel, closing words) is encoded (has rules), marked `niet uitvoerbaar`, or "
                                 "open."},
    "hulp.graaf.dekking.wet": {"nl": "Alleen deze wet (bv. wbmgp).", "en": "Only this law (e.g. wbmgp)."},
    "hulp.graaf.dekking.minimum": {"nl": "Exit 1 als een wet onder dit percentage blijft.",
                                   "en": "Exit 1 when a law stays below this percentage."},
    "hulp.graaf.dekking.kort": {"nl": "Zonder de lijst van open eenheden.", "en": "Without the list of open units."},
    "hulp.graaf.dekking.gewijzigd": {"nl": "Alleen de eenheden die een wijziging (-w) inbrengt, bv. -w wams "
                                           "--gewijzigd.",
                                     "en": "Only the units an amendment (-w) brings in, e.g. -w wams --gewijzigd."},
    "hulp.graaf.export": {"nl": "Schrijf de graaf als JSON (node-link), GraphML of DOT (Graphviz).",
                          "en": "Write the graph as JSON (node-link), GraphML or DOT (Graphviz)."},
    "hulp.graaf.export.formaat": {"nl": "json, graphml of dot.", "en": "json, graphml or dot."},
    "hulp.graaf.export.uitvoer": {"nl": "Bestand (standaard: stdout).", "en": "File (default: stdout)."},
    "hulp.graaf.export.rond": {"nl": "Alleen de omgeving van deze knoop.", "en": "Only the surroundings of this node."},
    "hulp.graaf.export.diepte": {"nl": "Met --rond: zoveel stappen.", "en": "With --rond: this many steps."},
    # the pytest plugin (pytest_plugin.py): `pytest law/scenarios --help`
    "hulp.pytest.corpus": {"nl": "corpusmap voor de scenariotests (standaard: het meegeleverde corpus)",
                           "en": "corpus folder for scenario tests (default: shipped)"},
    "hulp.pytest.ververs": {"nl": "schrijf de goudbestanden van de scenariobestanden opnieuw (golden/<bestand>.txt, "
                                  "docs/scenarios.md)",
                            "en": "write the golden files of the scenario files anew (golden/<file>.txt, "
                                  "docs/scenarios.md)"},
    "hulp.graaf.export.overschrijf": {"nl": "Een bestaand bestand dat wetgraaf niet schreef vervangen (het wordt "
                                            "bewaard als NAAM.orig).",
                                      "en": "Replace an existing file wetgraaf did not write (it is kept as "
                                            "NAME.orig)."},
}
