"""Catalogue: where a command will not write (atomic.py's OutputRefused, shown by `site -o`, `graaf export -o`,
`wijziging --docx`, `meet`), why the system refused a path, and work that stopped without its result: a worker
process (werker.py's Crashed), a Dask scheduler that does not answer, a site whose corpus has errors."""

BERICHTEN = {
    # a target a command cannot or should not write (atomic.check_writable, write_output, check_output_dir)
    "zin.uitvoer.systeemmap": {
        "nl": "{doel}: dat is een systeemmap ({map}); kies een gewone map om in te schrijven",
        "en": "{doel}: that is a system folder ({map}); choose an ordinary folder to write in"},
    "zin.uitvoer.geen_map": {"nl": "{doel}: kan hier niet schrijven: {map} is geen map",
                             "en": "{doel}: cannot write here: {map} is not a folder"},
    "zin.uitvoer.niet_hier": {"nl": "{doel}: kan hier niet schrijven: {reden}",
                              "en": "{doel}: cannot write here: {reden}"},
    "zin.uitvoer.geen_bestand": {"nl": "{doel}: is geen gewoon bestand; kies een bestandsnaam",
                                 "en": "{doel}: is not a regular file; choose a file name"},
    "zin.uitvoer.vreemd_bestand": {
        "nl": "{doel}: dit bestand bestaat al en is niet door wetgraaf gemaakt; kies een andere naam, of geef "
              "--overschrijf (het bestaande bestand wordt dan bewaard als {kopie})",
        "en": "{doel}: this file already exists and was not made by wetgraaf; choose another name, or give "
              "--overschrijf (the existing file is then kept as {kopie})"},
    "zin.uitvoer.schrijven": {"nl": "{doel}: kan niet schrijven: {reden}", "en": "{doel}: cannot write: {reden}"},
    "zin.uitvoer.bevat": {
        "nl": "{doel}: deze map bevat {wat}; een bouw mag die niet vervangen — kies een andere uitvoermap "
              "(standaard build/site)",
        "en": "{doel}: this folder contains {wat}; a build may not replace it — choose another output folder "
              "(default build/site)"},
    "zin.uitvoer.huidige_map": {"nl": "de huidige map", "en": "the current folder"},
    "zin.uitvoer.geen_uitvoermap": {"nl": "{doel}: bestaat en is geen map; kies een andere uitvoermap",
                                    "en": "{doel}: exists and is not a folder; choose another output folder"},
    "zin.uitvoer.vreemde_map": {
        "nl": "{doel}: deze map bestaat al en is niet door wetgraaf gebouwd; kies een andere uitvoermap, of geef "
              "--overschrijf (de map wordt dan opzij gezet als {naam}.bewaard-<tijd>, niet verwijderd)",
        "en": "{doel}: this folder already exists and was not built by wetgraaf; choose another output folder, or "
              "give --overschrijf (the folder is then moved aside as {naam}.bewaard-<time>, not deleted)"},
    "zin.uitvoer.map_maken": {"nl": "{doel}: kan de map niet maken: {reden}",
                              "en": "{doel}: cannot make the folder: {reden}"},
    # why the system refused a path (atomic.reason), by errno; another errno is said in the system's own words
    "zin.uitvoer.reden.ENOENT": {"nl": "die map bestaat niet", "en": "that folder does not exist"},
    "zin.uitvoer.reden.EACCES": {"nl": "geen toestemming om daar te schrijven", "en": "no permission to write there"},
    "zin.uitvoer.reden.EROFS": {"nl": "alleen-lezen bestandssysteem", "en": "read-only file system"},
    "zin.uitvoer.reden.ENOSPC": {"nl": "de schijf is vol", "en": "the disk is full"},
    "zin.uitvoer.reden.ENOTDIR": {"nl": "een deel van het pad is geen map", "en": "part of the path is not a folder"},
    "zin.uitvoer.reden.EISDIR": {"nl": "dat is een map", "en": "that is a folder"},
    "zin.uitvoer.reden.ENAMETOOLONG": {"nl": "de naam is te lang", "en": "the name is too long"},
    "zin.uitvoer.reden.ELOOP": {"nl": "te veel symbolische koppelingen", "en": "too many symbolic links"},
    "zin.uitvoer.reden.EEXIST": {"nl": "er staat al iets met die naam", "en": "something with that name is already there"},
    # a worker process that ended without an answer (werker.Crashed; the service reports it as WG-API-500)
    "zin.werker.geen_antwoord": {"nl": "het rekenproces stopte zonder antwoord",
                                 "en": "the computing process stopped without an answer"},
    # `wijziging --dask-adres` when no Dask scheduler answers there (amend/partitions.py)
    "zin.dask.meldt": {"nl": "Dask meldt: “{tekst}”", "en": "Dask reports: “{tekst}”"},
    "zin.dask.geen_planner": {"nl": "geen Dask-planner antwoordt op {adres} ({reden})",
                              "en": "no Dask scheduler answers at {adres} ({reden})"},
    # the site plugin's first line when the corpus does not load (shown by `wetgraaf site` as the reason)
    "zin.site.corpus_fouten": {"nl": "het corpus heeft fouten (draai `wetgraaf controleer`):",
                               "en": "the corpus has errors (run `wetgraaf controleer`):"},
}
