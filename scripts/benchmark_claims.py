"""Benchmark the claims loader on large ledgers (not a test).

Builds ledgers of 10,000 and 100,000 rows by repeating the example ledger's rows (real
district names and spellings, dates shifted so rows stay distinct) and reads each with
``read_claims`` on the real 398 districts, in a fresh process per size so the peak RSS
belongs to that read alone. Prints seconds, RSS growth, microseconds and bytes per row, and
the 100k/10k ratios: about 10 is linear; a quadratic slip shows as ~100. Machines are
shared and noisy: read the ratios (both sizes measured in the same run).

Usage::

    MAPPER_MIRROR=/path/to/boundaries python scripts/benchmark_claims.py [--sizes N ...]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "afghanistan-2021.csv"

_WORKER = """
import datetime as dt, json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from mapper.boundaries import load_units
from mapper.claims import read_claims
units = load_units("afg-districts")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
ledger = read_claims(sys.argv[1], units, today=dt.date(2099, 12, 31))
elapsed = time.perf_counter() - t0
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"claims": len(ledger.claims), "s": elapsed, "rss_mb": grown / 1024}))
"""


def big_ledger(path: Path, n: int) -> None:
    """``n`` rows: the example's rows over and over, each pass shifted by one day."""
    with EXAMPLE.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for i in range(n):
            row = dict(rows[i % len(rows)])
            shift = dt.timedelta(days=i // len(rows))
            row["date"] = str(dt.date.fromisoformat(row["date"]) + shift)
            row["source"] = f"{row['source']} #{i}"
            w.writerow(row)


def measure(n: int, tmp: Path) -> dict[str, float]:
    path = tmp / f"claims-{n}.csv"
    big_ledger(path, n)
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(path), str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
    )
    m = json.loads(out.stdout)
    if m["claims"] != n:
        raise SystemExit(f"read {m['claims']} claims of {n}")
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: measure(n, Path(tmp)) for n in args.sizes}
    print(f"{'rows':>9} {'seconds':>8} {'RSS +MB':>8} {'us/row':>7} {'bytes/row':>9}")
    for n, m in results.items():
        print(
            f"{n:>9,} {m['s']:>8.2f} {m['rss_mb']:>8.0f} {1e6 * m['s'] / n:>7.1f} "
            f"{m['rss_mb'] * 2**20 / n:>9,.0f}"
        )
    if len(results) >= 2:
        (a, ma), (b, mb) = sorted(results.items())[0], sorted(results.items())[-1]
        print(
            f"{b:,}/{a:,} rows = {b / a:.0f}x: time {mb['s'] / ma['s']:.1f}x, "
            f"RSS growth {mb['rss_mb'] / max(ma['rss_mb'], 1e-9):.1f}x "
            "(about the row ratio means linear)"
        )


if __name__ == "__main__":
    main()
