"""Population runs in partitions, here or on a Dask cluster, with the same rows and so the same results.

A population of n rows is cut into partitions of at most PARTITION rows. Partition 0 is generated from the run's
seed itself (so a population that fits in one partition is what it always was); partition k from a seed derived
from (seed, k) with NumPy's SeedSequence. Each partition is generated and decided where it runs: nothing but the
programs and the population file goes to a worker, and only the outcome labels come back. Whether the partitions
run one after another in this process or in parallel on a cluster, every row, and so every count, transition and
example, is the same (tests/amend/test_dask.py).

`dask` is None (this process), "lokaal" (a LocalCluster on this machine, one worker per processor), a scheduler
address ("tcp://scheduler:8786"), or a `distributed.Client` that the caller manages. Running on a real cluster:
docs/prestaties.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..taal import bericht
from .population import decide_partition, generate

PARTITION = 250_000
LOCAL = ("lokaal", "local", "")


@dataclass(frozen=True)
class Part:
    index: int
    offset: int
    size: int
    seed: int


def partitions(n: int, seed: int, size: int | None = None) -> list[Part]:
    size = size or PARTITION
    parts = []
    for k, offset in enumerate(range(0, n, size)):
        part_seed = seed if k == 0 else int(np.random.SeedSequence([seed, k]).generate_state(1, np.uint64)[0])
        parts.append(Part(k, offset, min(size, n - offset), part_seed))
    return parts


class _Engines:
    """What the row-by-row fallback needs of a Wetgraaf (engine_for), for a worker that has only the job's programs:
    each of them compiled at most once, found by identity among the programs it was made for (no id() keys)."""

    def __init__(self, programs: tuple) -> None:
        self._pairs: list[tuple[Any, Any]] = [(p, None) for p in programs]

    def engine_for(self, program):
        from ..engine.evaluate import Engine

        for i, (known, engine) in enumerate(self._pairs):
            if known is program:
                if engine is None:
                    engine = Engine(program)
                    self._pairs[i] = (known, engine)
                return engine
        return Engine(program)  # not one of the job's programs: compiled for this call only


@dataclass
class Job:
    """One population run: what every partition needs (sent once to each worker)."""

    spec: Any  # amend.population.PopulationSpec
    new_prog: Any
    base_prog: Any
    qname_new: str
    qname_base: str | None  # None: the question does not exist before the amendment
    args: tuple
    others: tuple = ()  # programs of other versions of the law: the types of facts neither version compared has
    _engines: Any = field(default=None, repr=False, compare=False)
    _cached: tuple | None = field(default=None, repr=False, compare=False)  # (part index, its columns)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_engines"] = None  # compiled closures stay where they were made
        state["_cached"] = None
        return state

    def columns(self, part: Part) -> dict:
        if self._cached is not None and self._cached[0] == part.index:
            return self._cached[1]
        columns = generate(self.spec, self.new_prog, part.size, part.seed, self.base_prog, *self.others)
        self._cached = (part.index, columns)
        return columns

    def run(self, part: Part, wg=None) -> tuple[np.ndarray, np.ndarray, str]:
        """(labels before, labels after, path) of the rows of one partition."""
        if wg is None:
            if self._engines is None:
                self._engines = _Engines((self.new_prog, self.base_prog, *self.others))
            wg = self._engines
        peildatum = self.spec.peildatum
        columns = self.columns(part)
        new_cols = {k: c for k, c in columns.items() if k[0] in self.new_prog.definitions}
        after, path = decide_partition(wg, self.new_prog, self.qname_new, self.args, new_cols, peildatum, part.size)
        if self.qname_base is None:
            return np.full(part.size, "(niet gedefinieerd)", dtype=object), after, path
        base_cols = {k: c for k, c in columns.items() if k[0] in self.base_prog.definitions}
        before, base_path = decide_partition(wg, self.base_prog, self.qname_base, self.args, base_cols, peildatum, part.size)
        return before, after, path if path == base_path else "rij voor rij"

    def row(self, parts: list[Part], i: int) -> tuple[dict, int]:
        """The columns of the partition that holds population row i, and i's place in it."""
        part = next(p for p in parts if p.offset <= i < p.offset + p.size)
        return self.columns(part), i - part.offset


def _run_part(job: Job, part: Part) -> tuple[np.ndarray, np.ndarray, str]:
    result = job.run(part)
    job._cached = None  # a worker keeps no population rows between tasks
    return result


def run(job: Job, parts: list[Part], dask=None, wg=None) -> list[tuple[np.ndarray, np.ndarray, str]]:
    """Every partition's outcomes, in partition order."""
    if dask is None:
        return [job.run(part, wg) for part in parts]
    client, close = _client(dask)
    try:
        remote = client.scatter(job, broadcast=True)
        futures = [client.submit(_run_part, remote, part, pure=False) for part in parts]
        return client.gather(futures)
    finally:
        close()


def _client(dask):
    """(client, close) for the `dask` argument of run()."""
    if not isinstance(dask, str):
        return dask, lambda: None  # the caller's own Client
    from dask.distributed import Client, LocalCluster

    if dask.strip().lower() in LOCAL:
        cluster = LocalCluster(n_workers=max(1, os.cpu_count() or 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()
        return client, close
    try:
        client = Client(dask, timeout="20s")
    except (OSError, TimeoutError) as exc:
        # distributed's own words (English), quoted as the library's
        raise ConnectionError(bericht("zin.dask.geen_planner", adres=dask,
                                      reden=bericht("zin.dask.meldt", tekst=str(exc)))) from None
    return client, client.close
