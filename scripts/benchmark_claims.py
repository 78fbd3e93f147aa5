"""Benchmark the claims loader on large ledgers (not a test).

Builds ledgers of 10,000 and 100,000 rows (and 1,000,000 with ``--sizes``) by repeating
the example ledger's rows (real district names and spellings, dates shifted so rows stay
distinct, a distinct source per row) and reads each with ``read_claims`` (the columnar
reader) on the real 398 districts, in a fresh process per size. Prints seconds, the
process's peak RSS (boundaries included) and its growth during the read, microseconds and
bytes per row, the ratios between sizes (about the row ratio means linear), and
``[ok]``/``[miss]`` against the targets of issue #13: 100,000 rows in <= 2 s, 1,000,000
rows in <= 15 s and <= 1 GB peak. ``--reference`` also times the row-by-row reader that
the columnar one replaced (tests/_reference_claims.py) at the same sizes. Machines are
shared and noisy: read the ratios (all sizes measured in the same run).

Usage::

    MAPPER_MIRROR=/path/to/boundaries python scripts/benchmark_claims.py \
        [--sizes 100000 1000000] [--reference]
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
if sys.argv[3] == "reference":
    from tests._reference_claims import read_claims_reference as read_claims
else:
    from mapper.claims import read_claims
units = load_units("afg-districts")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
ledger = read_claims(sys.argv[1], units, today=dt.date(2099, 12, 31))
elapsed = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"claims": len(ledger.claims), "s": elapsed, "rss_mb": (peak - before) / 1024,
                  "peak_mb": peak / 1024}))
"""
#: rows -> (seconds, peak MB or None): the targets of issue #13 part 3
TARGETS = {100_000: (2.0, None), 1_000_000: (15.0, 1024.0)}


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


def measure(n: int, tmp: Path, engine: str = "columnar") -> dict[str, float]:
    path = tmp / f"claims-{n}.csv"
    if not path.exists():
        big_ledger(path, n)
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(path), str(ROOT), engine],
        capture_output=True,
        text=True,
        check=True,
    )
    m = json.loads(out.stdout)
    if m["claims"] != n:
        raise SystemExit(f"read {m['claims']} claims of {n}")
    return m


def _verdict(n: int, m: dict[str, float]) -> str:
    if n not in TARGETS:
        return ""
    secs, peak = TARGETS[n]
    ok = m["s"] <= secs and (peak is None or m["peak_mb"] <= peak)
    want = f"<= {secs:g} s" + (f", <= {peak / 1024:g} GB peak" if peak else "")
    return f"  {'[ok]' if ok else '[miss]'} target {want}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--reference", action="store_true", help="also time the row-by-row reader")
    args = ap.parse_args()
    engines = ["columnar", *(["reference"] if args.reference else [])]
    with tempfile.TemporaryDirectory() as tmp:
        results = {(e, n): measure(n, Path(tmp), e) for n in args.sizes for e in engines}
    print(
        f"{'reader':>9} {'rows':>9} {'seconds':>8} {'peak MB':>8} {'RSS +MB':>8} {'us/row':>7} "
        f"{'bytes/row':>9}"
    )
    for (e, n), m in results.items():
        print(
            f"{e:>9} {n:>9,} {m['s']:>8.2f} {m['peak_mb']:>8.0f} {m['rss_mb']:>8.0f} "
            f"{1e6 * m['s'] / n:>7.1f} {m['rss_mb'] * 2**20 / n:>9,.0f}"
            + (_verdict(n, m) if e == "columnar" else "")
        )
    sizes = sorted(args.sizes)
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        ma, mb = results[("columnar", a)], results[("columnar", b)]
        print(
            f"{b:,}/{a:,} rows = {b / a:.0f}x: time {mb['s'] / ma['s']:.1f}x, "
            f"RSS growth {mb['rss_mb'] / max(ma['rss_mb'], 1e-9):.1f}x "
            "(about the row ratio means linear)"
        )


if __name__ == "__main__":
    main()
