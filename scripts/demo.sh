#!/usr/bin/env bash
# Set up wetgraaf in a virtual environment and run the demo: check the corpus, answer a scenario with its
# explanation (and, once they exist, an amendment report and the site build).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${WETGRAAF_VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".[site,serve]"
WG="$VENV/bin/wetgraaf"
echo "== wetgraaf check: het hele corpus =="
"$WG" check
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
echo "== wetgraaf site: de site bouwen (build/site; 'wetgraaf serve' toont haar met de vraagdienst) =="
"$WG" site
