"""List how the checker reads the rows of a development corpus (issue #8).

    MAPPER_MIRROR=../shared/data/boundaries python scripts/corpus_refusals.py dev2 [--all]

Prints, per row expected readable that the checker refuses, the row id and the refusal's first
line; with ``--all``, also rows read wrongly and expected refusals that are read. Ends with the
share read; with ``--markdown``, the refused rows as the README's table; with ``--readme``
(``real`` only), that table rewritten in README.md between its markers. Corpora: ``real``
(real_reporting.csv), ``dev``, ``dev2`` to ``dev9`` (``dev3`` to ``dev9`` are former unseen
batches, tunable since their one measurement landed). The held-out corpus and any
unseen batch are refused: nobody tunes on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mapper.boundaries import load_units  # noqa: E402
from mapper.checks import ClaimParseError, parse_claim  # noqa: E402
from tests.checker_corpus import (  # noqa: E402
    load,
    mismatches,
    reading,
    refusal_table,
    with_refusal_table,
)

CORPORA = {
    "real": "real_reporting.csv",
    "dev": "real_reporting_dev.csv",
    "dev2": "real_reporting_dev2.csv",
    "dev3": "real_reporting_dev3.csv",
    "dev4": "real_reporting_dev4.csv",
    "dev5": "real_reporting_dev5.csv",
    "dev6": "real_reporting_dev6.csv",
    "dev7": "real_reporting_dev7.csv",
    "dev8": "real_reporting_dev8.csv",
    "dev9": "real_reporting_dev9.csv",
    "fresh8": "real_reporting_fresh8.csv",
    "fresh9": "real_reporting_fresh9.csv",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--all", action="store_true", help="also wrong readings and read refusals")
    ap.add_argument(
        "--markdown",
        action="store_true",
        help="print the refused rows as a Markdown table (the README holds real's)",
    )
    ap.add_argument(
        "--readme",
        action="store_true",
        help="rewrite the README's table of refused rows (real only) between its markers",
    )
    args = ap.parse_args(argv)
    if args.readme and args.corpus != "real":
        ap.error("--readme rewrites the table of 'real' only")
    mirror = Path(os.environ.get("MAPPER_MIRROR", ROOT.parent / "shared/data/boundaries"))
    with tempfile.TemporaryDirectory() as cache:
        gaz = load_units("afg-districts", mirror=mirror, cache_dir=Path(cache)).gazetteer()
        rows = load(CORPORA[args.corpus])
        if args.markdown:
            print(refusal_table(rows, gaz), end="")
            return 0
        if args.readme:
            readme = ROOT / "README.md"
            text = with_refusal_table(readme.read_text(encoding="utf-8"), refusal_table(rows, gaz))
            tmp = readme.with_suffix(".md.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(readme)  # never half-written
            print(f"rewrote the refused rows of {CORPORA['real']} in {readme}")
            return 0
        read = expected = 0
        for r in rows:
            anchor = dt.date.fromisoformat(r["date_published"]) if r.get("date_published") else None
            try:
                c = parse_claim(r["sentence"], anchor=anchor, gazetteer=gaz)
            except ClaimParseError as exc:
                if r["expect"] == "read":
                    expected += 1
                    first = str(exc).splitlines()[0]
                    print(f"{r['id']}\tREFUSED\t{r['sentence']}\n\t-> {first}")
                continue
            if r["expect"] != "read":
                if args.all:
                    print(f"{r['id']}\tREAD-BUT-REFUSE\t{r['sentence']}\n\t-> {reading(c)}")
                continue
            expected += 1
            read += 1
            bad = mismatches(r, c)
            if bad and args.all:
                print(f"{r['id']}\tWRONG\t{r['sentence']}\n\t-> {bad}")
        print(f"{args.corpus}: {read} of {expected} expected readable are read")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
