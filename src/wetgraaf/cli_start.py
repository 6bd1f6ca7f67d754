"""The `wetgraaf` entry point. `wetgraaf vraag FILE [--uitleg] [--json] [--corpus DIR]` runs without importing
Typer, Rich's full stack, NumPy, Lark or networkx: the command a resident or a drafter runs most should take the time
of its answer, not of the imports (issue 17, item 6; `wetgraaf meet --alleen opstarten`). Every other command line,
including `vraag --help` and every mistake in the arguments, goes to the Typer app (cli.py) unchanged, so usage,
help and their messages have one implementation."""

from __future__ import annotations

import sys
from pathlib import Path

_FLAGS = {"--uitleg": "uitleg", "--json": "as_json"}


def quick_vraag(argv: list[str]) -> dict | None:
    """The arguments of `vraag` when they are plain (one scenario file, the known flags, at most one --corpus);
    None for anything else, which the Typer app then reads (and explains when it is wrong)."""
    if not argv or argv[0] != "vraag":
        return None
    args: dict = {"scenario": None, "uitleg": False, "as_json": False, "corpus": None}
    rest = argv[1:]
    i = 0
    while i < len(rest):
        a = rest[i]
        if a in _FLAGS and not args[_FLAGS[a]]:
            args[_FLAGS[a]] = True
        elif a == "--corpus" and args["corpus"] is None and i + 1 < len(rest) and not rest[i + 1].startswith("-"):
            args["corpus"] = Path(rest[i + 1])
            i += 1
        elif a.startswith("--corpus=") and args["corpus"] is None and len(a) > len("--corpus="):
            args["corpus"] = Path(a[len("--corpus="):])
        elif not a.startswith("-") and args["scenario"] is None:
            args["scenario"] = Path(a)
        else:
            return None  # --help, an unknown option, a second file, ...: Typer answers
        i += 1
    return args if args["scenario"] is not None else None


def main() -> None:
    """Run `wetgraaf`: plain `vraag` here, everything else through the Typer app."""
    args = quick_vraag(sys.argv[1:])
    if args is None:
        from .cli import main as typer_main

        typer_main()
        return
    import gc

    # A short command whose objects (modules, the kept programs) live until it ends: the cycle collector would only
    # walk them again and again (about 15% of the run). Answering makes next to no cyclic garbage (measured on the
    # largest scenario file with --uitleg: the same peak memory with and without the collector).
    gc.disable()
    from .cli_vraag import run_vraag

    try:
        run_vraag(**args)
    except Exception as exc:  # noqa: BLE001 - reported as the Typer app reports it: located, no traceback
        from .cli import exit_code

        sys.exit(exit_code(exc))
    sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
