"""Catalogue: what the commands write (their output, their own usage errors) and the watcher of `wetgraaf dienst`."""

BERICHTEN = {
    # herlaad.py: the watcher of `wetgraaf dienst`
    "opdracht.herlaad.gewijzigd": {"nl": "wetgraaf dienst: een bestand is gewijzigd — de site wordt opnieuw gebouwd ...",
                                   "en": "wetgraaf dienst: a file changed — rebuilding the site ..."},
    "opdracht.herlaad.niet_gebouwd": {"nl": "wetgraaf dienst: de site is niet gebouwd: {fout}",
                                      "en": "wetgraaf dienst: the site was not built: {fout}"},
    "opdracht.herlaad.gebouwd": {"nl": "wetgraaf dienst: site gebouwd in {s:.1f} s ({n} pagina's opnieuw opgemaakt)",
                                 "en": "wetgraaf dienst: site built in {s:.1f} s ({n} pages rendered again)"},
    "opdracht.herlaad.interne_fout": {"nl": "interne fout bij het bouwen: {fout}",
                                      "en": "internal error while building: {fout}"},
    "opdracht.herlaad.melding": {"nl": "wetgraaf dienst: {fout}", "en": "wetgraaf dienst: {fout}"},
}
BERICHTEN.update({
    # check
    "opdracht.check.peildatum": {"nl": "--peildatum {waarde}: geen datum op de kalender; schrijf haar als 2026-01-01",
                                 "en": "--peildatum {waarde}: not a date on the calendar; write it like 2026-01-01"},
    "opdracht.check.waarschuwing": {"nl": "{n} waarschuwing(en)", "en": "{n} warning(s)"},
    "opdracht.check.opmerking": {"nl": "{n} opmerking(en)", "en": "{n} remark(s)"},
    "opdracht.check.alles": {"nl": "{staart}; --alles toont de opmerkingen", "en": "{staart}; --alles shows the remarks"},
    "opdracht.check.streng": {"nl": "{telling} — --streng: waarschuwingen tellen als fout",
                              "en": "{telling} — --streng: warnings count as errors"},
    "opdracht.check.in_orde": {"nl": "[green]✓[/green] corpus in orde: {wetten} wetten, {artikelen} artikelbestanden, "
                                     "{wijzigingen} wijziging(en); gecontroleerd op {data}",
                               "en": "[green]✓[/green] corpus fine: {wetten} laws, {artikelen} article files, "
                                     "{wijzigingen} amendment(s); checked on {data}"},
    "opdracht.check.nieuwste": {"nl": "de nieuwste versie", "en": "the newest version"},
    "opdracht.met_staart": {"nl": "{tekst} ({staart})", "en": "{tekst} ({staart})"},
})
BERICHTEN.update({
    # bench
    "opdracht.bench.onbekend_onderdeel": {"nl": "onbekend onderdeel '{naam}'", "en": "unknown part '{naam}'"},
    "opdracht.bench.geen_onderdeel": {"nl": "geen onderdeel genoemd", "en": "no part named"},
    "opdracht.bench.alleen": {"nl": "meet: --alleen {waarde}: {wat}; kies uit {delen} (meerdere met komma's, "
                                    "bijvoorbeeld --alleen opstarten,enkel)",
                              "en": "meet: --alleen {waarde}: {wat}; choose from {delen} (several with commas, "
                                    "for example --alleen opstarten,enkel)"},
    "opdracht.bench.bestaat": {"nl": "meet: {pad}: dit bestand bestaat al en is niet door wetgraaf gemaakt; kies een "
                                     "andere --json, of geef --overschrijf (het bestaande bestand wordt dan bewaard "
                                     "als {naam}.orig)",
                               "en": "meet: {pad}: this file exists and was not made by wetgraaf; choose another "
                                     "--json, or give --overschrijf (the existing file is then kept as {naam}.orig)"},
    "opdracht.bench.fout": {"nl": "meet: {fout}", "en": "meet: {fout}"},
    "opdracht.bench.titel": {"nl": "wetgraaf meet — {datum}, {processoren} processoren, Python {python}, NumPy "
                                   "{numpy}, openfisca-core {openfisca}",
                             "en": "wetgraaf meet — {datum}, {processoren} processors, Python {python}, NumPy "
                                   "{numpy}, openfisca-core {openfisca}"},
    "opdracht.bench.kolom.doel": {"nl": "doel", "en": "target"},
    "opdracht.bench.kolom.gemeten": {"nl": "gemeten", "en": "measured"},
    "opdracht.bench.kolom.grens": {"nl": "grens", "en": "bound"},
    "opdracht.bench.kolom.toelichting": {"nl": "toelichting", "en": "explanation"},
    "opdracht.bench.kolom.geval": {"nl": "geval", "en": "case"},
    "opdracht.bench.kolom.waar": {"nl": "waar", "en": "where"},
    "opdracht.bench.gehaald": {"nl": "[green]gehaald[/green]", "en": "[green]met[/green]"},
    "opdracht.bench.niet_gehaald": {"nl": "[red]NIET gehaald[/red]", "en": "[red]NOT met[/red]"},
    "opdracht.bench.niet_gemeten": {"nl": "[yellow]niet gemeten[/yellow]", "en": "[yellow]not measured[/yellow]"},
    "opdracht.bench.peers": {"nl": "naast de peers (issue 18): wetgraaf hier gemeten, de peers zoals zij publiceren",
                             "en": "beside the peers (issue 18): wetgraaf measured here, the peers as they publish"},
    "opdracht.bench.geheugen": {"nl": "piekgeheugen van het hele proces: {mib} MiB; resultaten in {json} en {md}",
                                "en": "peak memory of the whole process: {mib} MiB; results in {json} and {md}"},
    "opdracht.bench.mislukt": {"nl": "[red]{n} doel(en) niet gehaald of niet gemeten[/red]",
                               "en": "[red]{n} target(s) not met or not measured[/red]"},
})
BERICHTEN.update({
    "opdracht.peildatum_zoals": {"nl": "--peildatum: '{waarde}' is geen datum zoals 2026-01-01",
                                 "en": "--peildatum: '{waarde}' is not a date like 2026-01-01"},
    # gegevens
    "opdracht.gegevens.fout": {"nl": "wetgraaf gegevens: {fout}", "en": "wetgraaf gegevens: {fout}"},
    # gherkin
    "opdracht.gherkin.gebruik": {"nl": "geef een feature-bestand met --koppeling, of --naar met een scenariobestand",
                                 "en": "give a feature file with --koppeling, or --naar with a scenario file"},
    "opdracht.gherkin.afwijking": {"nl": "✓ afwijking", "en": "✓ deviation"},
    "opdracht.gherkin.verdwenen": {"nl": "✗ afwijking verdwenen", "en": "✗ deviation gone"},
    "opdracht.gherkin.totaal": {"nl": "{n} scenario's, {slecht} niet zoals verwacht",
                                "en": "{n} scenarios, {slecht} not as expected"},
    # importeer
    "opdracht.importeer.geschreven": {"nl": "geschreven: {pad}", "en": "written: {pad}"},
    "opdracht.importeer.klaar": {"nl": "✓ {n} artikelen van {bron} geïmporteerd in {map}; voeg de regels toe onder de "
                                       "leden die ze coderen (docs/wetsbestand.md)",
                                 "en": "✓ {n} articles of {bron} imported into {map}; add the rules under the leden "
                                       "they encode (docs/wetsbestand.md)"},
    # spiegel
    "opdracht.spiegel.twee": {"nl": "wetgraaf spiegel: geef twee definities (LINKS RECHTS), of geen om de "
                                    "parenbestanden te toetsen",
                              "en": "wetgraaf spiegel: give two definitions (LINKS RECHTS), or none to check the pair "
                                    "files"},
    "opdracht.spiegel.vast": {"nl": "--vast: '{waarde}' is niet 'feit(p)=waarde'",
                              "en": "--vast: '{waarde}' is not 'feit(p)=waarde'"},
    "opdracht.spiegel.geen_paren": {"nl": "wetgraaf spiegel: geen parenbestand (spiegels.yaml) in het corpus; geef "
                                          "twee definities of --paren",
                                    "en": "wetgraaf spiegel: no pair file (spiegels.yaml) in the corpus; give two "
                                          "definitions or --paren"},
    "opdracht.spiegel.verschil_verwacht": {"nl": "[red]✗ (verschil verwacht)[/red]",
                                           "en": "[red]✗ (difference expected)[/red]"},
    "opdracht.spiegel.zoals_verwacht": {"nl": "[yellow]≠ (verwacht)[/yellow]", "en": "[yellow]≠ (expected)[/yellow]"},
    "opdracht.spiegel.gelijk": {"nl": "{teken} {naam}: gelijkwaardig over {n} combinaties van de feiten {feiten}",
                                "en": "{teken} {naam}: equivalent over {n} combinations of the facts {feiten}"},
    "opdracht.spiegel.geen": {"nl": "(geen)", "en": "(none)"},
    "opdracht.spiegel.verschil": {"nl": "{teken} {naam}: verschil — links {links}, rechts {rechts}; onderscheidend "
                                        "geval (scenario):",
                                  "en": "{teken} {naam}: difference — left {links}, right {rechts}; distinguishing "
                                        "case (scenario):"},
    "opdracht.spiegel.anders": {"nl": "{n} paar/paren anders dan verwacht", "en": "{n} pair(s) not as expected"},
})
BERICHTEN.update({
    # dev
    "opdracht.dev.eenheid": {"nl": "{soort} {id}  (regel {regel}; {citaat})", "en": "{soort} {id}  (line {regel}; {citaat})"},
    "opdracht.dev.geen_bestand": {"nl": "{pad}: dit bestand bestaat niet (of is geen gewoon bestand)",
                                  "en": "{pad}: this file does not exist (or is not a regular file)"},
    "opdracht.dev.geen_wet_yaml": {"nl": "{pad}: geen wet.yaml in {map}: `dev ir` leest een artikelbestand van een wet",
                                   "en": "{pad}: no wet.yaml in {map}: `dev ir` reads an article file of a law"},
    "opdracht.dev.onleesbaar": {"nl": "{pad}: niet te lezen: {fout}", "en": "{pad}: cannot be read: {fout}"},
    "opdracht.dev.artikel": {"nl": "{wet} artikel {nummer} (herkomst: {herkomst})",
                             "en": "{wet} article {nummer} (origin: {herkomst})"},
    "opdracht.dev.peildatum": {"nl": "--peildatum: '{waarde}' is geen datum als 2026-01-01",
                               "en": "--peildatum: '{waarde}' is not a date like 2026-01-01"},
    "opdracht.dev.geen_definitie": {"nl": "'{naam}' is geen definitie op {datum}",
                                    "en": "'{naam}' is not a definition on {datum}"},
    "opdracht.dev.bedoelt_u": {"nl": "{melding}; bedoelt u {namen}?", "en": "{melding}; did you mean {namen}?"},
    "opdracht.dev.gebruikt": {"nl": "  gebruikt: {namen}", "en": "  uses: {namen}"},
    "opdracht.dev.uitzondering_alle": {"nl": "  uitzondering op alle regels:", "en": "  exception to all rules:"},
    "opdracht.dev.invoer": {"nl": "  (geen regels: de gebruiker of een bevoegd orgaan geeft de waarde)",
                            "en": "  (no rules: the user or a competent body gives the value)"},
    "opdracht.dev.geen_regels": {"nl": "  (geen regels)", "en": "  (no rules)"},
    "opdracht.dev.uitzonderingen_alle": {"nl": "  uitzonderingen op alle basisregels:",
                                         "en": "  exceptions to all base rules:"},
})
BERICHTEN.update({
    # graaf
    "opdracht.graaf.peildatum": {"nl": "--peildatum: '{waarde}' is geen datum; schrijf bv. 2026-07-01",
                                 "en": "--peildatum: '{waarde}' is not a date; write e.g. 2026-07-01"},
    "opdracht.graaf.hangt_af": {"nl": "{naam} hangt af van ({n})", "en": "{naam} depends on ({n})"},
    "opdracht.graaf.wat_afhangt": {"nl": "Wat afhangt van {naam} ({n})", "en": "What depends on {naam} ({n})"},
    "opdracht.graaf.kolom.soort": {"nl": "soort", "en": "kind"},
    "opdracht.graaf.kolom.naam": {"nl": "naam", "en": "name"},
    "opdracht.graaf.kolom.vindplaats": {"nl": "vindplaats", "en": "place"},
    "opdracht.graaf.kolom.afstand": {"nl": "afstand", "en": "distance"},
    "opdracht.graaf.kolom.via": {"nl": "via", "en": "via"},
    "opdracht.graaf.kring": {"nl": "{plaats}: deze definities gebruiken elkaar in een kring: {kring}",
                             "en": "{plaats}: these definitions use each other in a cycle: {kring}"},
    "opdracht.graaf.geen_kringen": {"nl": "[green]✓[/green] geen kringen in de definities",
                                    "en": "[green]✓[/green] no cycles in the definitions"},
    "opdracht.graaf.ter_informatie": {"nl": "Ter informatie — artikelen die (via elkaar) naar elkaar verwijzen "
                                            "({n} groep(en)):",
                                      "en": "For information — articles that refer to each other (through each "
                                            "other) ({n} group(s)):"},
    "opdracht.graaf.bungelend": {"nl": "{plaats}: bungelende verwijzing '{tekst}': {reden}",
                                 "en": "{plaats}: dangling reference '{tekst}': {reden}"},
    "opdracht.graaf.anker": {"nl": "{plaats}: waarschuwing: link '{tekst}': {reden}",
                             "en": "{plaats}: warning: link '{tekst}': {reden}"},
    "opdracht.graaf.geen_bungelend": {"nl": "[green]✓[/green] geen bungelende verwijzingen ({n} verwijzingen gelezen)",
                                      "en": "[green]✓[/green] no dangling references ({n} references read)"},
    "opdracht.graaf.n_bungelend": {"nl": "{n} bungelende verwijzing(en) van {van}",
                                   "en": "{n} dangling reference(s) of {van}"},
    "opdracht.graaf.ongebruikt": {"nl": "Niet gebruikt door andere regels ({n})", "en": "Not used by other rules ({n})"},
    "opdracht.graaf.onbekende_wet": {"nl": "--wet: onbekende wet '{wet}' (bekend: {bekend})",
                                     "en": "--wet: unknown law '{wet}' (known: {bekend})"},
    "opdracht.graaf.dekking_wet": {"nl": "Dekking per wet", "en": "Coverage per law"},
    "opdracht.graaf.dekking_artikel": {"nl": "Dekking per artikel", "en": "Coverage per article"},
    "opdracht.graaf.kolom.wet": {"nl": "wet", "en": "law"},
    "opdracht.graaf.kolom.artikel": {"nl": "artikel", "en": "article"},
    "opdracht.graaf.kolom.eenheden": {"nl": "eenheden", "en": "units"},
    "opdracht.graaf.kolom.gecodeerd": {"nl": "gecodeerd", "en": "encoded"},
    "opdracht.graaf.kolom.niet uitvoerbaar": {"nl": "niet uitvoerbaar", "en": "not executable"},
    "opdracht.graaf.kolom.open": {"nl": "open", "en": "open"},
    "opdracht.graaf.kolom.dekking": {"nl": "dekking", "en": "coverage"},
    "opdracht.graaf.open": {"nl": "Open — niet gecodeerd en niet gemarkeerd als niet uitvoerbaar ({n}):",
                            "en": "Open — not encoded and not marked as not executable ({n}):"},
    "opdracht.graaf.minimum": {"nl": "onder het minimum van {minimum:g}%: {wetten}",
                               "en": "below the minimum of {minimum:g}%: {wetten}"},
    "opdracht.graaf.formaat": {"nl": "--formaat: kies {formaten}, niet '{formaat}'",
                               "en": "--formaat: choose {formaten}, not '{formaat}'"},
    "opdracht.graaf.export_fout": {"nl": "graaf export: {fout}", "en": "graaf export: {fout}"},
    "opdracht.graaf.geschreven": {"nl": "{knopen} knopen, {verbindingen} verbindingen -> {pad}",
                                  "en": "{knopen} nodes, {verbindingen} edges -> {pad}"},
    "opdracht.graaf.bewaard": {"nl": "{melding} (het vorige bestand is bewaard als {pad})",
                               "en": "{melding} (the previous file is kept as {pad})"},
})
BERICHTEN.update({
    # site, serve, interview
    "opdracht.site.config": {"nl": "wetgraaf site: --configuratie {pad}: dat is geen bestand; geef een mkdocs.yml",
                             "en": "wetgraaf site: --configuratie {pad}: that is not a file; give a mkdocs.yml"},
    "zin.site.bouw_afgebroken": {"nl": "de bouw is afgebroken om de meldingen hieronder",
                                 "en": "the build was stopped for the messages below"},
    "opdracht.site.niet_gebouwd": {"nl": "wetgraaf site: de site is niet gebouwd: {fout}",
                                   "en": "wetgraaf site: the site was not built: {fout}"},
    "opdracht.site.geweigerd": {"nl": "wetgraaf site: niet gebouwd: {fout}", "en": "wetgraaf site: not built: {fout}"},
    "opdracht.site.gebouwd": {"nl": "site gebouwd: {n} pagina's in {map}", "en": "site built: {n} pages in {map}"},
    "opdracht.site.hergebruikt": {"nl": "{melding} ({opnieuw} opnieuw opgemaakt, {over} overgenomen uit de vorige bouw)",
                                  "en": "{melding} ({opnieuw} rendered again, {over} taken from the previous build)"},
    "opdracht.serve.poort": {"nl": "{waarde} is geen poort: kies een getal van 1 tot en met 65535 (bijvoorbeeld 8000)",
                             "en": "{waarde} is not a port: choose a number from 1 to 65535 (for example 8000)"},
    "opdracht.serve.bouwen": {"nl": "de site wordt gebouwd in {map} ...", "en": "building the site in {map} ..."},
    "opdracht.serve.herlaad": {"nl": "de site wordt opnieuw gebouwd zodra een wetsbestand, mkdocs.yml of docs/ wijzigt",
                               "en": "the site is rebuilt as soon as a law file, mkdocs.yml or docs/ changes"},
    "opdracht.serve.draait": {"nl": "wetgraaf draait op http://127.0.0.1:{poort}/ (API: "
                                    "http://127.0.0.1:{poort}/api/docs); stop met Ctrl-C",
                              "en": "wetgraaf runs at http://127.0.0.1:{poort}/ (API: "
                                    "http://127.0.0.1:{poort}/api/docs); stop with Ctrl-C"},
    "opdracht.interview.let_op": {"nl": "Let op: {melding}", "en": "Note: {melding}"},
    "opdracht.interview.nog": {"nl": " (nog ten hoogste {n})", "en": " (at most {n} more)"},
    "opdracht.interview.prompt": {"nl": "    {hint}(? = weet ik niet)> ", "en": "    {hint}(? = I don't know)> "},
    "opdracht.interview.afgebroken": {"nl": "\nafgebroken: geen antwoord meer op de invoer",
                                      "en": "\naborted: no more answers on the input"},
    "opdracht.interview.fout": {"nl": "fout: {melding}", "en": "error: {melding}"},
    "opdracht.interview.antwoord": {"nl": "Antwoord: {antwoord} (na {n} vraag)", "en": "Answer: {antwoord} (after {n} "
                                                                                       "question)"},
    "opdracht.interview.antwoord_n": {"nl": "Antwoord: {antwoord} (na {n} vragen)",
                                      "en": "Answer: {antwoord} (after {n} questions)"},
    "opdracht.interview.nog_nodig": {"nl": "Nog nodig: {wat}", "en": "Still needed: {wat}"},
    "opdracht.interview.oordeel": {"nl": "Hangt af van het oordeel van {door} over {wat}",
                                   "en": "Depends on the judgement of {door} on {wat}"},
    "opdracht.interview.ja_nee": {"nl": "ja/nee ", "en": "ja/nee (yes/no) "},
    "opdracht.interview.komma_soort": {"nl": "{waarden}, gescheiden door komma's (leeg = geen) ",
                                       "en": "{waarden}, separated by commas (empty = none) "},
    "opdracht.interview.komma": {"nl": "nummers of namen, gescheiden door komma's (leeg = geen) ",
                                 "en": "numbers or names, separated by commas (empty = none) "},
    "opdracht.interview.entiteit": {"nl": "nummer of naam ", "en": "number or name "},
    "opdracht.interview.datum": {"nl": "JJJJ-MM-DD ", "en": "YYYY-MM-DD "},
    "opdracht.interview.bedrag": {"nl": "bedrag in euro ", "en": "amount in euros "},
    "opdracht.interview.duur": {"nl": "bijv. 6 maanden ", "en": "e.g. 6 maanden "},
})
BERICHTEN.update({
    # wijziging, mutatie, afleiden
    "WG-WIJZ-007.geen": {"nl": "geen wijziging '{naam}': geef een naam ({bekend}) of een map",
                         "en": "no amendment '{naam}': give a name ({bekend}) or a folder"},
    "opdracht.wijz.geen_bekend": {"nl": "geen bekend", "en": "none known"},
    "opdracht.wijz.kop": {"nl": "Wijziging {namen}", "en": "Amendment {namen}"},
    "opdracht.wijz.kop_op": {"nl": "Wijziging {namen} op {basis}", "en": "Amendment {namen} on {basis}"},
    "opdracht.wijz.titel": {"nl": "{titel} — status {status}", "en": "{titel} — status {status}"},
    "opdracht.wijz.kamerstuk": {"nl": "{melding}, Kamerstuk {kamerstuk}", "en": "{melding}, Kamerstuk {kamerstuk}"},
    "opdracht.wijz.renvooi": {"nl": "Renvooi", "en": "Renvooi"},
    "opdracht.wijz.regels": {"nl": "Regels", "en": "Rules"},
    "opdracht.wijz.uitkomsten": {"nl": "Uitkomsten", "en": "Outcomes"},
    "opdracht.wijz.graaf": {"nl": "Graaf", "en": "Graph"},
    "opdracht.wijz.artikel": {"nl": "[bold]{wet} artikel {artikel}[/bold] ({status})",
                              "en": "[bold]{wet} article {artikel}[/bold] ({status})"},
    "opdracht.wijz.eenheid": {"nl": "  [bold]{pad}[/bold] — {status}", "en": "  [bold]{pad}[/bold] — {status}"},
    "opdracht.wijz.herkomst": {"nl": "{melding} [yellow]({herkomst})[/yellow]",
                               "en": "{melding} [yellow]({herkomst})[/yellow]"},
    "opdracht.wijz.te_herzien": {"nl": "    [yellow]te herzien: de woorden zijn gewijzigd, de regels eronder niet (geen "
                                       "gebonden waarde volgde); herschrijf ze of bevestig dat ze blijven gelden"
                                       "[/yellow]",
                                 "en": "    [yellow]to review: the words changed, the rules under them did not (no "
                                       "bound value followed); rewrite them or confirm that they still hold[/yellow]"},
    "opdracht.wijz.regel": {"nl": "[{kleur}]{status}[/{kleur}] {soort} [bold]{naam}[/bold] — {bron}",
                            "en": "[{kleur}]{status}[/{kleur}] {soort} [bold]{naam}[/bold] — {bron}"},
    "opdracht.wijz.min": {"nl": "    [red]- {regel}[/red]", "en": "    [red]- {regel}[/red]"},
    "opdracht.wijz.plus": {"nl": "    [green]+ {regel}[/green]", "en": "    [green]+ {regel}[/green]"},
    "opdracht.wijz.telling": {"nl": "{omgeslagen} uitkomst(en) omgeslagen, {ongewijzigd} ongewijzigd, {niet} niet "
                                    "vergelijkbaar",
                              "en": "{omgeslagen} outcome(s) flipped, {ongewijzigd} unchanged, {niet} not comparable"},
    "opdracht.wijz.niet_vergelijkbaar": {"nl": "  [dim]{scenario}: {vraag}: {reden}[/dim]",
                                         "en": "  [dim]{scenario}: {vraag}: {reden}[/dim]"},
    "opdracht.wijz.let_op": {"nl": "[yellow]let op:[/yellow] {melding}", "en": "[yellow]note:[/yellow] {melding}"},
    "opdracht.wijz.geen_verschil": {"nl": "{teken} geen verschil", "en": "{teken} no difference"},
    "opdracht.wijz.beslissingen_vervallen": {"nl": "[red]beslissingen vervallen[/red]: {namen}",
                                             "en": "[red]decisions gone[/red]: {namen}"},
    "opdracht.wijz.impact_regel": {"nl": "  {naam} — {bron} [dim](via {door})[/dim]",
                                   "en": "  {naam} — {bron} [dim](via {door})[/dim]"},
    "opdracht.wijz.meer": {"nl": "  … en {n} meer (--json geeft ze alle)", "en": "  … and {n} more (--json gives them all)"},
    "opdracht.wijz.populatie": {"nl": "Populatie {naam}", "en": "Population {naam}"},
    "opdracht.wijz.vraag": {"nl": "vraag: {vraag} — {aantal} gevallen, zaad {zaad}, {seconden} s ({pad})",
                            "en": "question: {vraag} — {aantal} cases, seed {zaad}, {seconden} s ({pad})"},
    "opdracht.wijz.ongebruikt": {"nl": "[dim]niet gelezen door deze versies (een andere wijziging van de wet kent ze): "
                                       "{feiten}[/dim]",
                                 "en": "[dim]not read by these versions (another amendment of the law knows them): "
                                       "{feiten}[/dim]"},
    "opdracht.wijz.voorbeeld": {"nl": "[bold]voorbeeld {van} → {naar}[/bold] (rij {rij})",
                                "en": "[bold]example {van} → {naar}[/bold] (row {rij})"},
    "opdracht.wijz.splitst": {"nl": "  splitst bij {naam}: {voor} → {na} — {bron}",
                              "en": "  splits at {naam}: {voor} → {na} — {bron}"},
    "opdracht.wijz.feiten": {"nl": "  [dim]{feiten}[/dim]", "en": "  [dim]{feiten}[/dim]"},
    "opdracht.wijz.dask": {"nl": "--dask vraagt Dask: pip install 'wetgraaf[dask]'",
                           "en": "--dask needs Dask: pip install 'wetgraaf[dask]'"},
    "opdracht.wijz.docx_fout": {"nl": "wijziging --docx: {fout}", "en": "wijziging --docx: {fout}"},
    "opdracht.wijz.peildatum": {"nl": "--peildatum: '{waarde}' is geen datum; schrijf haar als 2026-07-01",
                                "en": "--peildatum: '{waarde}' is not a date; write it as 2026-07-01"},
    "opdracht.wijz.docx_nodig": {"nl": "--docx heeft python-docx nodig: pip install 'wetgraaf[docx]'",
                                 "en": "--docx needs python-docx: pip install 'wetgraaf[docx]'"},
    "opdracht.wijz.geschreven": {"nl": "wetsvoorstel, renvooi en uitkomsten geschreven naar {pad}",
                                 "en": "wetsvoorstel, renvooi and outcomes written to {pad}"},
    "opdracht.wijz.geen_bestand": {"nl": "{pad}: geen bestand", "en": "{pad}: not a file"},
    "opdracht.wijz.gelijk": {"nl": "# geen verschil: de tekst is gelijk", "en": "# no difference: the text is the same"},
    "opdracht.wijz.geen_mutanten": {"nl": "geen regels gevonden in {artikel} om te muteren",
                                    "en": "no rules found in {artikel} to mutate"},
    "opdracht.wijz.geen_mutanten_met": {"nl": "geen regels gevonden in {artikel} om te muteren die een scenario met "
                                              "{naam} toetst (per_versie: {naam})",
                                        "en": "no rules found in {artikel} to mutate that a scenario with {naam} "
                                              "tests (per_versie: {naam})"},
    "opdracht.wijz.mutaties": {"nl": "Mutaties van {artikel} tegen {n} verwachtingen van scenario's",
                               "en": "Mutations of {artikel} against {n} expectations of scenarios"},
    "opdracht.wijz.kolom.lid / onderdeel": {"nl": "lid / onderdeel", "en": "lid / onderdeel"},
    "opdracht.wijz.kolom.mutanten": {"nl": "mutanten", "en": "mutants"},
    "opdracht.wijz.kolom.ontdekt": {"nl": "ontdekt", "en": "detected"},
    "opdracht.wijz.kolom.niet ontdekt": {"nl": "niet ontdekt", "en": "not detected"},
    # a mutant's description: the rule language's own words ('en', 'niet', `<=`) stay as written
    "opdracht.mutant.uitzondering_weg": {"nl": "uitzondering {label} weggelaten", "en": "exception {label} left out"},
    "opdracht.mutant.niet_weg": {"nl": "'niet' weggelaten", "en": "'niet' left out"},
    "opdracht.mutant.in_regel": {"nl": "{label}: {wijziging}", "en": "{label}: {wijziging}"},
    "opdracht.mutant.regel": {"nl": "regel: {wijziging}", "en": "rule: {wijziging}"},
})
BERICHTEN.update({
    # wijziging: the comparison of two drafts, the graph and the population sections
    "opdracht.wijz.geldende_wet": {"nl": "de geldende wet", "en": "the law in force"},
    "opdracht.wijz.vergelijking": {"nl": "Vergelijking {a} en {b}, elk op {basis}",
                                   "en": "Comparison of {a} and {b}, each on {basis}"},
    "opdracht.wijz.tekst": {"nl": "Tekst", "en": "Text"},
    "opdracht.wijz.uitkomsten_ab": {"nl": "Uitkomsten die {a} of {b} verandert ({n} in beide gelijk)",
                                    "en": "Outcomes that {a} or {b} changes ({n} equal in both)"},
    "opdracht.wijz.populatie_ab": {"nl": "Populatie {naam}: {vraag}, {aantal} gevallen (dezelfde rijen)",
                                   "en": "Population {naam}: {vraag}, {aantal} cases (the same rows)"},
    "opdracht.wijz.kolom.artikel": {"nl": "artikel", "en": "article"},
    "opdracht.wijz.kolom.plaats": {"nl": "plaats", "en": "place"},
    "opdracht.wijz.kolom.definitie": {"nl": "definitie", "en": "definition"},
    "opdracht.wijz.kolom.scenario": {"nl": "scenario", "en": "scenario"},
    "opdracht.wijz.kolom.vraag": {"nl": "vraag", "en": "question"},
    "opdracht.wijz.kolom.zonder": {"nl": "zonder", "en": "without"},
    "opdracht.wijz.kolom.verschil": {"nl": "verschil", "en": "difference"},
    "opdracht.wijz.kolom.uitkomst": {"nl": "uitkomst", "en": "outcome"},
    "opdracht.wijz.kolom.voor": {"nl": "voor", "en": "before"},
    "opdracht.wijz.kolom.na": {"nl": "na", "en": "after"},
    "opdracht.wijz.kolom.van → naar": {"nl": "van → naar", "en": "from → to"},
    "opdracht.wijz.kolom.aantal": {"nl": "aantal", "en": "number"},
    "opdracht.wijz.kolom.aandeel": {"nl": "aandeel", "en": "share"},
    "opdracht.wijz.voor_en_na": {"nl": "Uitkomsten voor en na", "en": "Outcomes before and after"},
    "opdracht.wijz.overgangen": {"nl": "Overgangen", "en": "Transitions"},
    "opdracht.wijz.bestond_niet": {"nl": "(bestond niet)", "en": "(did not exist)"},
    "opdracht.wijz.telt": {"nl": "{wat}: {n}", "en": "{wat}: {n}"},
    "opdracht.wijz.knopen_toegevoegd": {"nl": "knopen toegevoegd", "en": "nodes added"},
    "opdracht.wijz.knopen_verwijderd": {"nl": "knopen verwijderd", "en": "nodes removed"},
    "opdracht.wijz.kanten_toegevoegd": {"nl": "kanten toegevoegd", "en": "edges added"},
    "opdracht.wijz.kanten_verwijderd": {"nl": "kanten verwijderd", "en": "edges removed"},
    "opdracht.wijz.artikelen_vervallen": {"nl": "artikelen vervallen", "en": "articles gone"},
    "opdracht.wijz.delen_vervallen": {"nl": "delen vervallen", "en": "parts gone"},
    "opdracht.wijz.artikelen_nieuw": {"nl": "artikelen nieuw", "en": "articles new"},
    "opdracht.wijz.delen_nieuw": {"nl": "delen nieuw", "en": "parts new"},
    "opdracht.wijz.geen": {"nl": "geen", "en": "none"},
    "opdracht.wijz.geen_wet": {"nl": "geen wet", "en": "no law"},
    "opdracht.wijz.impact": {"nl": "geraakt langs de regels ({n} beslissingen in {wetten})",
                             "en": "affected along the rules ({n} decisions in {wetten})"},
    "opdracht.wijz.impact_tekst": {"nl": "alleen via verwijzingen in de tekst ({n} beslissingen; hun regels lezen de "
                                         "gewijzigde tekst niet, maar een lezer wel)",
                                   "en": "only through references in the text ({n} decisions; their rules do not read "
                                         "the changed text, but a reader does)"},
})
BERICHTEN.update({
    # check: the severity before a defect that is not an error
    "opdracht.check.ernst.waarschuwing": {"nl": "waarschuwing", "en": "warning"},
    "opdracht.check.ernst.opmerking": {"nl": "opmerking", "en": "remark"},
})
BERICHTEN.update({
    # amend/report.py
    "opdracht.wijz.geen_graaf": {"nl": "het verschil in de graaf is niet beschikbaar",
                                 "en": "graph diff unavailable"},
})
BERICHTEN.update({
    # cli_vraag.py: the answer table of `wetgraaf vraag`
    "opdracht.vraag.titel": {"nl": "{naam} — peildatum {peildatum}", "en": "{naam} — peildatum {peildatum}"},
    "opdracht.vraag.met": {"nl": ", met {wijzigingen}", "en": ", with {wijzigingen}"},
    "opdracht.vraag.kolom.vraag": {"nl": "vraag", "en": "question"},
    "opdracht.vraag.kolom.antwoord": {"nl": "antwoord", "en": "answer"},
    "opdracht.vraag.kolom.ontbreekt": {"nl": "ontbreekt / open normen", "en": "missing / open norms"},
    "opdracht.vraag.kolom.verwacht": {"nl": "verwacht", "en": "expected"},
    "opdracht.vraag.geen_grondslag": {"nl": "geen grondslag in deze versie", "en": "no provision in this version"},
    "opdracht.vraag.fout": {"nl": "fout: {melding}", "en": "error: {melding}"},
    "opdracht.vraag.oordeel": {"nl": "oordeel {door}: {wat}", "en": "judgement {door}: {wat}"},
    "opdracht.vraag.versie": {"nl": "{vraag} \\[versie {versie}]", "en": "{vraag} \\[version {versie}]"},
})
