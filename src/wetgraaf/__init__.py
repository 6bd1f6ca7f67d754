"""wetgraaf: Dutch law as code — official text beside executable rules, one dependency graph, explained answers."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def load(root=None):
    """Load the corpus (the packaged one by default); see wetgraaf.api."""
    from .api import load as _load

    return _load(root)
