"""`python -m wetgraaf ...`: the same as the `wetgraaf` command (cli_start.py)."""

from .cli_start import main

main()
