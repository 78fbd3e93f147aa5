"""Measure the spelling corpus (tests/data/spellings.csv): how many real-world spellings
resolve to the district they denote, how many are refused (unknown or ambiguous), how many
resolve to a wrong district; per batch (``tuning``, ``held-out``, ``held-out-2``), with every miss.

Usage: MAPPER_MIRROR=/path/to/boundaries python scripts/spellings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.boundaries import load_units  # noqa: E402
from tests.test_spellings import CORPUS, measure  # noqa: E402


def main() -> int:
    result = measure(load_units("afg-districts"))
    rows = [(kind, r) for kind, rs in result.items() for r in rs]
    for batch in ("tuning", "held-out", "held-out-2", None):
        sel = [(k, r) for k, r in rows if batch is None or r["batch"] == batch]
        if not sel:
            continue
        n = len(sel)
        counts = {k: sum(1 for kk, _ in sel if kk == k) for k in ("correct", "refused", "wrong")}
        print(
            f"{batch or 'all'}: {n} spellings, {counts['correct']} correct "
            f"({counts['correct'] / n:.1%}), {counts['refused']} refused, {counts['wrong']} wrong"
        )
    for kind in ("wrong", "refused"):
        for r in result[kind]:
            print(
                f"[{kind}] {r['spelling']!r} ({r['province'] or 'no province'}) -> "
                f"{r['expected_district']}, {r['expected_province']}  [{r['outlet']}]"
            )
    print(f"corpus: {CORPUS.relative_to(ROOT)}")
    return 1 if result["wrong"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
