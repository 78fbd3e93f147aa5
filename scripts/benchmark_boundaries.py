"""Benchmark the processed-boundary cache (not a test): cold, warm and uncached loads.

For each boundary set, :func:`mapper.boundaries.load_timings` loads it once into an empty
cache folder (cold: reading, repairing, parents, areas, overlap and gap checks, writing the
cache), then ``--repeat`` times from that cache (warm, median), then without the cache
(uncached, median). Then the whole-process wall time of ``mapper stats`` on the example
ledger with a warm cache (median of ``--repeat``), the command the issue's target is about
(warm ``stats`` <= 1 s; the interpreter and imports are included, so the result also
depends on lazy imports). Machines are shared and noisy: compare figures within one run.

Usage::

    MAPPER_MIRROR=/path/to/boundaries python scripts/benchmark_boundaries.py [--repeat 5]

Prints a table and, with ``--json``, one JSON document (for ``scripts/benchmark.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper import boundaries as bnd  # noqa: E402

SETS = ["afg-districts", "afg-provinces", "us-counties"]
EXAMPLE = ROOT / "examples" / "afghanistan-2021.csv"
WARM_STATS_TARGET_S = 1.0


def warm_stats(repeat: int) -> dict[str, float]:
    """Median wall time of ``mapper stats EXAMPLE --date D`` in a fresh process, warm cache."""
    cache = Path(tempfile.mkdtemp(prefix="mapper-bench-stats-"))
    env = {**os.environ, "MAPPER_CACHE": str(cache)}
    cmd = [sys.executable, "-m", "mapper", "stats", str(EXAMPLE), "--date", "2021-08-10"]
    try:
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=ROOT)
        cold = time.perf_counter() - t0
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {"cold_s": cold, "warm_median_s": statistics.median(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sets", nargs="*", default=SETS)
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args()
    mirror = os.environ.get("MAPPER_MIRROR", str(ROOT.parent / "shared" / "data" / "boundaries"))
    rows = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the checks' notes, same every load
        for name in args.sets:
            rows[name] = bnd.load_timings(name, repeat=args.repeat, mirror=mirror)
    stats = warm_stats(args.repeat)
    if args.json:
        print(json.dumps({"load": rows, "stats_cli": stats}, indent=2))
        return
    print(f"{'boundary set':16} {'units':>6} {'cold s':>8} {'warm s':>8} {'uncached s':>11}")
    for name, t in rows.items():
        print(
            f"{name:16} {int(t['units']):>6} {t['cold_s']:>8.2f} {t['warm_s']:>8.3f} "
            f"{t['uncached_s']:>11.2f}"
        )
    ok = "ok" if stats["warm_median_s"] <= WARM_STATS_TARGET_S else "miss"
    print(
        f"\nmapper stats (example, whole process): first call {stats['cold_s']:.2f} s, warm "
        f"median of {args.repeat} {stats['warm_median_s']:.2f} s "
        f"[{ok}] target <= {WARM_STATS_TARGET_S:.0f} s"
    )


if __name__ == "__main__":
    main()
