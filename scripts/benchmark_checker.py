"""Benchmark the claim checker's reader (not a test): parse time against sentence length.

Reads sentences of about 100, 1,000 and 10,000 characters with ``parse_claim`` (the length
limit lifted with ``max_chars=None``, to measure the reader itself) in three shapes:

- ``filler``: a readable sentence padded with words that carry no meaning ("now already");
- ``numbers``: a sentence crowded with figures and places ("150 districts in Herat, ...");
- ``unread``: a sentence padded with words outside the grammar (refused, naming them).

Prints the median time of repeated runs and the 10,000/1,000 and 1,000/100 ratios: about 10 is
linear, about 100 quadratic. Also the time to refuse a sentence over the documented limit
(``MAX_SENTENCE_CHARS``, 1,000 characters) with the default settings. Machines are shared and
noisy: read the ratios.

Usage::

    python scripts/benchmark_checker.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mapper, not an installed one

from mapper.checks import MAX_SENTENCE_CHARS, ClaimParseError, parse_claim  # noqa: E402

BASE = "The Taliban have captured over two-thirds of the country"
SHAPES: dict[str, tuple[str, str]] = {
    # (piece repeated to the length, where it goes)
    "filler": (" now already", "end"),
    "numbers": (" 150 districts in Herat and 20 provinces in Kabul,", "end"),
    "unread": (" lorem ipsum", "end"),
}
LENGTHS = (100, 1_000, 10_000)


def sentence(shape: str, length: int) -> str:
    piece, _where = SHAPES[shape]
    s = BASE
    while len(s) + len(piece) <= length:
        s += piece
    return s


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def parse(text: str, limit: int | None) -> str:
    try:
        parse_claim(text, max_chars=limit)
        return "read"
    except ClaimParseError:
        return "refused"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    parse(BASE, None)  # warm: imports, the gazetteer
    checks: list[tuple[str, bool, str]] = []
    print(f"{'shape':10} {'chars':>7} {'outcome':>8} {'median ms':>10}")
    for shape in SHAPES:
        ms: dict[int, float] = {}
        for n in LENGTHS:
            text = sentence(shape, n)
            outcome = parse(text, None)
            ms[n] = 1000 * timed(lambda t=text: parse(t, None), args.repeat)
            print(f"{shape:10} {len(text):7,} {outcome:>8} {ms[n]:10.2f}")
        r1, r2 = ms[1_000] / ms[100], ms[10_000] / ms[1_000]
        print(f"{'':10} ratios 1,000/100: {r1:.1f}x, 10,000/1,000: {r2:.1f}x (linear ~10x)")
        checks.append((f"{shape}: 10,000/1,000 chars <= 20x (linear)", r2 <= 20, f"{r2:.1f}x"))
        checks.append(
            (f"{shape}: 1,000 chars (the limit) <= 100 ms", ms[1_000] <= 100, f"{ms[1_000]:.1f}")
        )
    long = sentence("filler", 40_000)
    refuse_ms = 1000 * timed(lambda: parse(long, MAX_SENTENCE_CHARS), args.repeat)
    print(
        f"\nover the limit ({len(long):,} chars, MAX_SENTENCE_CHARS={MAX_SENTENCE_CHARS:,}): "
        f"refused in {refuse_ms:.3f} ms"
    )
    checks.append(("over the limit refused <= 1 ms", refuse_ms <= 1.0, f"{refuse_ms:.3f} ms"))
    print("\nTargets:")
    for name, ok, value in checks:
        print(f"  [{'ok' if ok else 'miss'}] {name}: {value}")


if __name__ == "__main__":
    main()
