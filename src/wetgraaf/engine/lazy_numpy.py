"""NumPy, imported on first use. The single path shares the table of operator and builtin forms (engine/forms.py)
and the column types (engine/columns.py) with the batch path, but never computes on columns; importing NumPy is a
large part of the start-up of `wetgraaf vraag`, so the modules that hold column code bind `np` to this stand-in."""

from __future__ import annotations

from typing import Any


class _LazyNumPy:
    """Looks like the numpy module; imports it at the first attribute asked and keeps each attribute found."""

    def __getattr__(self, name: str) -> Any:
        import numpy

        value = getattr(numpy, name)
        setattr(self, name, value)  # later look-ups are plain instance attributes
        return value


np: Any = _LazyNumPy()

__all__ = ["np"]
