#!/usr/bin/env bash
# Set up (a virtual environment in .venv, once) and run mapper on the example ledger:
# validate it, print the stats for 2021-08-10, write stats JSON and four dated maps.
# Boundary files are downloaded (pinned, sha256-checked) into the cache on first use;
# set MAPPER_MIRROR to a folder holding them to work offline.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/mapper ]; then
  "$PYTHON" -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -e .
fi
OUT=${MAPPER_OUTPUT:-output}
CLAIMS=examples/afghanistan-2021.csv
mkdir -p "$OUT"
.venv/bin/mapper validate "$CLAIMS"
.venv/bin/mapper stats "$CLAIMS" --date 2021-08-10
.venv/bin/mapper stats "$CLAIMS" --date 2021-08-10 --by province --format json --overwrite \
  -o "$OUT/stats-2021-08-10.json"
for d in 2021-06-30 2021-07-17 2021-08-10 2021-08-16; do
  .venv/bin/mapper render "$CLAIMS" --date "$d" -o "$OUT/map-$d.html" --overwrite
done
echo "open $OUT/map-2021-08-10.html in a browser (works offline)"
