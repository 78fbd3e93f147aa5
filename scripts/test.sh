#!/usr/bin/env bash
# Run the test suite (sets up .venv with the dev extras once). Tests read boundary files
# from the mirror folder MAPPER_MIRROR (default ../shared/data/boundaries); tests that
# need it are skipped when it is absent. No test touches the network.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/pytest ] || [ ! -x .venv/bin/mapper ]; then
  "$PYTHON" -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -e '.[dev]'
fi
export MAPPER_MIRROR=${MAPPER_MIRROR:-$(cd .. && pwd)/shared/data/boundaries}
exec .venv/bin/python -m pytest "$@"
