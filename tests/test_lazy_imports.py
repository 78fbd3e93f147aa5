"""Each command imports only what it uses: `stats`, `validate` and `check` (without --html)
never load folium, matplotlib or the page writers, and `import mapper` loads no numerics.

Each case runs the real CLI in a fresh interpreter and reads ``sys.modules`` at exit, since
this test process has long imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT

# modules a command that draws nothing must not load (old paths and their mapper.pages homes)
DRAWING = [
    "folium",
    "branca",
    "jinja2",
    "matplotlib",
    "mapper.render",
    "mapper.plot",
    "mapper.pages.map",
    "mapper.pages.plot",
]
# what a warm `stats` (cached boundaries) no longer needs: polygons are not decoded, and
# the fuzzy matcher is for names not found only
GEOMETRY = ["geopandas", "pyproj", "pyarrow.parquet", "pyarrow.dataset", "rapidfuzz"]
PAGES = [
    "mapper.render_timeline",
    "mapper.pages.timeline",
    "mapper.report",
    "mapper.checks",
    "mapper.borders",
]

_PROBE = """
import json, sys
from mapper.cli import main
try:
    main(sys.argv[2:], standalone_mode=False)
finally:
    sys.stdout.flush()
    with open(sys.argv[1], "w") as fh:
        json.dump(sorted(sys.modules), fh)
"""


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    out = tmp_path / "modules.json"
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(out), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(out.read_text()))


def _top(mods: set[str], names: list[str]) -> list[str]:
    return [n for n in names if n in mods]


def test_import_mapper_loads_no_numerics(tmp_path: Path) -> None:
    code = "import json, sys, mapper, mapper.cli; print(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    mods = set(json.loads(proc.stdout))
    assert _top(mods, ["numpy", "pandas", "geopandas", "shapely", *DRAWING, *PAGES]) == []
    # the public names still resolve, lazily
    import mapper

    for name in mapper.__all__:
        assert getattr(mapper, name) is not None
    assert set(mapper.__all__) <= set(dir(mapper))


def test_stats_loads_no_drawing_modules(mirror: Path, tmp_path: Path) -> None:
    """Cold (processing the boundaries) and warm: nothing that draws; warm (the cached
    set's attribute table): no geopandas, pyproj or GeoParquet reader either."""
    seen = []
    for run in ("cold", "warm"):
        out = tmp_path / f"{run}.json"
        mods = _loaded(
            tmp_path,
            "--mirror",
            str(mirror),
            "--cache-dir",
            str(tmp_path / "c"),
            "stats",
            str(EXAMPLE),
            "--date",
            "2021-08-10",
            "--format",
            "json",
            "-o",
            str(out),
        )
        assert "pandas" in mods  # the probe really ran the command
        assert json.loads(out.read_text())["by_status"]
        assert _top(mods, [*DRAWING, *PAGES]) == []
        seen.append(mods)
    assert "geopandas" in seen[0]  # the probe can see it (the cold call builds the set)
    assert _top(seen[1], [*GEOMETRY]) == []
    assert (tmp_path / "cold.json").read_text() == (tmp_path / "warm.json").read_text()


@pytest.mark.parametrize(
    "args",
    [
        ["validate", str(EXAMPLE)],
        [
            "check",
            str(EXAMPLE),
            "--date",
            "2021-07-17",
            "The Taliban have captured over two-thirds of the country",
        ],
    ],
    ids=["validate", "check"],
)
def test_validate_and_check_load_no_drawing_modules(
    mirror: Path, tmp_path: Path, args: list[str]
) -> None:
    mods = _loaded(tmp_path, "--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), *args)
    assert "pandas" in mods
    assert _top(mods, DRAWING) == []


def test_check_with_html_does_load_the_page_writer(mirror: Path, tmp_path: Path) -> None:
    """The probe can see a drawing module when one is used (the tests above can fail).

    The map page no longer needs folium (only ``--tiles`` asks it for a tile URL)."""
    mods = _loaded(
        tmp_path,
        "--mirror",
        str(mirror),
        "--cache-dir",
        str(tmp_path / "c"),
        "check",
        str(EXAMPLE),
        "--date",
        "2021-07-17",
        "The Taliban have captured over two-thirds of the country",
        "--html",
        str(tmp_path / "c.html"),
    )
    assert "mapper.render" in mods and "mapper.pages.map" in mods
    assert "folium" not in mods


def test_commands_ask_for_one_blas_thread_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    """numpy's OpenBLAS would start a thread per core at import for nothing a command
    does; a value the user set is kept."""
    import os

    from mapper.cli import single_threaded_blas

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)  # restored after the test
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    single_threaded_blas()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "4"
