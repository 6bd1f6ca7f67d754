# Sourced by demo.sh and test.sh: make (or reuse) the virtual environment and install wetgraaf into it with the
# extras given as arguments. Sets VENV and WG (the wetgraaf command in it).
VENV="${WETGRAAF_VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".[$1]"
WG="$VENV/bin/wetgraaf"
