"""wetgraaf: Dutch law as code — official text beside executable rules, one dependency graph, explained answers."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`wetgraaf.__version__`, from the installed package's metadata (pyproject.toml is the one place it is
    written). Looked up on first use: importing importlib.metadata costs more than all of `wetgraaf vraag`'s own
    start-up, so nothing on that path asks for it."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("wetgraaf")
        except PackageNotFoundError:  # a source tree that was never installed
            value = "0+onbekend"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'wetgraaf' has no attribute {name!r}")

__all__ = ["__version__", "load"]


def load(root=None):
    """Load the corpus (the packaged one by default); see wetgraaf.api."""
    from .api import load as _load

    return _load(root)
