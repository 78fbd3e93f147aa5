"""What ``mapper boundaries info`` reports, and the cache's load times for the benchmark."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from ._units import load_units, plan_load


def cache_status(boundary: str, **kw: Any) -> dict[str, Any]:
    """Whether the processed form of a set is cached: ``{"cached", "entry", "key", "files"}``.

    ``kw`` are :func:`load_units`'s options (``mirror``, ``cache_dir``, ``path`` ...). The
    set's files are fetched and hash-checked, nothing is processed.
    """
    plan = plan_load(boundary, **kw)
    return {
        "cached": plan.cached,
        "entry": str(plan.entry),
        "key": plan.key,
        "files": dict(plan.hashes),
    }


def load_timings(
    boundary: str = "afg-districts",
    *,
    repeat: int = 5,
    mirror: str | Path | None = None,
    **kw: Any,
) -> dict[str, float]:
    """Cold and warm :func:`load_units` wall time in seconds, for ``scripts/benchmark.py``.

    Cold: one load into an empty cache folder (processing and writing the cache). Warm: the
    median of ``repeat`` loads from that folder, and the same without the cache
    (``uncached``), so the figure shows what the cache saves. In-process times: the
    interpreter and imports are not included.
    """
    tmp = Path(tempfile.mkdtemp(prefix="mapper-bench-cache-"))
    try:
        t0 = time.perf_counter()
        load_units(boundary, mirror=mirror, cache_dir=tmp, **kw)
        cold = time.perf_counter() - t0
        warm, uncached = [], []
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            us = load_units(boundary, mirror=mirror, cache_dir=tmp, **kw)
            warm.append(time.perf_counter() - t0)
            assert us.cache_state == "cached", us.cache_state
        for _ in range(max(1, min(repeat, 3))):
            t0 = time.perf_counter()
            load_units(boundary, mirror=mirror, cache_dir=tmp, use_cache=False, **kw)
            uncached.append(time.perf_counter() - t0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "cold_s": cold,
        "warm_s": statistics.median(warm),
        "uncached_s": statistics.median(uncached),
        "units": float(len(us.units)),
    }
