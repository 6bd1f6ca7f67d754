#!/usr/bin/env bash
# Set up wetgraaf in a virtual environment and run the demo: check the corpus, answer a scenario with its
# explanation, run the amendment report of the 2025 Wbmgp revision and build the site.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh "site,serve"
echo "== wetgraaf controleer: het hele corpus =="
"$WG" controleer
echo
echo "== wetgraaf vraag: is het kind in het pleeggezin gezinslid? =="
"$WG" vraag law/scenarios/gezinslid.yaml --uitleg
echo
echo "== wetgraaf vraag: moet de huisvestingsvergunning worden geweigerd (Wbmgp art. 8)? =="
"$WG" vraag law/scenarios/wbmgp-art8.yaml
echo
echo "== wetgraaf wijziging: wat verandert de herziening van 2025 (ontwerp) aan tekst, regels en uitkomsten? =="
"$WG" wijziging wbmgp-2025
echo
echo "== wetgraaf site: de site bouwen (build/site; 'wetgraaf dienst' toont haar met de vraagdienst) =="
"$WG" site
