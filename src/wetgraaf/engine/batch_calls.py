"""Definitions used with arguments computed per row (`gemeente_van(gebied_van(w))`) in the batch path
(engine/batch.py): evaluated once per distinct argument value, each value's errors counted only in the rows that
have it."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .columns import Col, ListCol, errors, live, with_errors

__all__ = ["computed_call"]


def computed_call(fn, spec: tuple, empty: Callable[[int], Any]):
    """A definition used with arguments computed per row: evaluated once per distinct argument tuple; rows where an
    argument is unknown are unknown (as in the single path). A value shared by most rows is evaluated over the whole
    batch and masked (a definition's column does not depend on which rows are looked at); should that raise an
    error, or for rarer values, only the rows that have the value are evaluated, so no row fails that the single
    path would not evaluate. `empty(n)`: the all-unknown column of the definition's type."""

    def call(b, env):
        cols = [x[0](b, env) if k == "col" else None for k, x in spec]
        present = [c for c in cols if c is not None]
        known = present[0].known
        for c in present[1:]:
            known = known & c.known
        err = errors(*present)  # the arguments are evaluated first, in every row
        if all(c.val.strides == (0,) for c in present) and known.all():
            # The same entity in every row (a broadcast constant): one evaluation over the whole batch.
            return with_errors(fn(b, _args(spec, env, [None if c is None else int(c.val[0]) for c in cols])), err,
                             first=True)
        out = None
        remaining = np.array(known, dtype=bool)
        while remaining.any():
            i = int(np.argmax(remaining))
            codes = [None if c is None else int(c.val[i]) for c in cols]
            rows = remaining.copy()
            for c, code in zip(cols, codes):
                if c is not None:
                    rows &= c.val == code
            remaining &= ~rows
            args = _args(spec, env, codes)
            if 2 * int(rows.sum()) >= b.n:
                # A column does not depend on which rows are looked at; its errors count in `rows` only.
                part = fn(b, args)
                err = errors(err, live(part.err, rows))
                if out is None and not remaining.any():
                    return with_errors(_masked(part, rows), err, replace=True)  # no copy of the values
                out = empty(b.n) if out is None else out
                _put(out, part, rows)
                continue
            idx = np.flatnonzero(rows)
            out = empty(b.n) if out is None else out
            part = fn(b.subset(idx), args)
            _put(out, part, idx)
            if part.err:
                err = errors(err, tuple((_scatter(m, idx, b.n), e) for m, e in part.err))
        out = empty(b.n) if out is None else out
        return with_errors(out, err, replace=True)

    return call


def _masked(part, rows: np.ndarray):
    """`part` known only in `rows`."""
    if isinstance(part, ListCol):
        return ListCol(part.counts, part.known & rows)
    return Col(part.val, part.known & rows)


def _scatter(mask: np.ndarray, idx: np.ndarray, n: int) -> np.ndarray:
    full = np.zeros(n, bool)
    full[idx] = mask
    return full


def _put(out, part, where: np.ndarray) -> None:
    """Rows `where` of `out` from `part`: a mask (part covers every row) or indices (part has just those rows)."""
    if where.dtype == bool:
        if isinstance(out, ListCol):
            np.copyto(out.counts, part.counts, where=where[None, :])
        else:
            np.copyto(out.val, part.val, where=where)
        np.copyto(out.known, part.known, where=where)
        return
    if isinstance(out, ListCol):
        out.counts[:, where] = part.counts
    else:
        out.val[where] = part.val
    out.known[where] = part.known


def _args(spec: tuple, env: tuple, codes: list) -> tuple:
    out = []
    for (k, x), code in zip(spec, codes):
        out.append(env[x] if k == "ref" else x if k == "lit" else x[1](code))
    return tuple(out)
