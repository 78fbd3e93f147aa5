"""Same inputs, same bytes: every output of the CLI, made twice in separate processes.

The two runs use different hash seeds (set/dict order bugs show up) and different output
folders (an output must not embed where it was written). The real example ledger and the
real boundaries are used, as a user would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

DATE = "2021-08-10"
OUTPUTS = {
    "map.html": ["render", "--format", "html"],
    "embed.html": ["render", "--embed", "--width", "640", "--height", "480"],
    "map.png": ["render", "--format", "png", "--dpi", "60"],
    "map.svg": ["render", "--format", "svg"],
    "stats.csv": ["stats", "--format", "csv", "--by", "province"],
    "stats.json": ["stats", "--format", "json", "--by", "province"],
    "report.md": ["report"],
    "report.html": ["report"],
}

_DRIVER = """
import sys
from mapper.cli import main
out, claims, date = sys.argv[1], sys.argv[2], sys.argv[3]
jobs = {jobs!r}
for name, args in jobs.items():
    cmd, rest = args[0], args[1:]
    try:
        main([cmd, claims, "--date", date, "-o", out + "/" + name, *rest],
             standalone_mode=False)
    except SystemExit as e:
        if e.code:
            raise
"""


def _run(out: Path, seed: str, mirror: Path) -> None:
    out.mkdir()
    env = dict(os.environ, PYTHONHASHSEED=seed, MAPPER_MIRROR=str(mirror))
    env["MAPPER_CACHE"] = str(out.parent / f"cache-{seed}")
    subprocess.run(
        [sys.executable, "-c", _DRIVER.format(jobs=OUTPUTS), str(out), str(EXAMPLE), DATE],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def two_runs(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("det")
    a, b = base / "first", base / "second-run"
    _run(a, "1", mirror)
    _run(b, "2", mirror)
    return a, b


@pytest.mark.parametrize("name", [*OUTPUTS, "report-map.png"])
def test_outputs_are_byte_identical(two_runs: tuple[Path, Path], name: str) -> None:
    a, b = two_runs
    first, second = (a / name).read_bytes(), (b / name).read_bytes()
    assert len(first) > 100, name
    assert first == second, f"{name} differs between two runs of the same inputs"


def test_no_clock_or_paths_in_outputs(two_runs: tuple[Path, Path]) -> None:
    a, _ = two_runs
    import datetime as dt

    today = dt.date.today().isoformat()
    for name in [*OUTPUTS, "report-map.png"]:
        data = (a / name).read_bytes()
        assert today.encode() not in data, f"{name} carries today's date"
        assert str(a).encode() not in data, f"{name} carries its output folder"


def test_stable_ids_renames_every_folium_id() -> None:
    from mapper.render import stable_ids

    h1, h2 = "d801aa70ff098c92475d6c39a3bf3f9c", "5382d9c132c8414fecef5d5b5e9d2dd5"
    html = (
        f"var geo_json_{h1} = x; function geo_json_{h1}_styler() {{}} map_{h2}.add(geo_json_{h1});"
    )
    assert stable_ids(html) == (
        "var geo_json_0001 = x; function geo_json_0001_styler() {} map_0002.add(geo_json_0001);"
    )
