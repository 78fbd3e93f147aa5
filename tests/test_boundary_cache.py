"""The processed-boundary cache: same results warm and cold, invalidated, race-safe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import geopandas as gpd
import geopandas.testing
import numpy as np
import pandas as pd
import pytest
import shapely
from click.testing import CliRunner
from conftest import EXAMPLE
from shapely.geometry import box

from mapper import boundaries as bnd
from mapper.boundaries import _cache, _units
from mapper.cli import main
from mapper.pages import context


def _same(a: bnd.UnitSet, b: bnd.UnitSet) -> None:
    geopandas.testing.assert_geodataframe_equal(a.units, b.units, check_less_precise=False)
    assert list(a.units.columns) == list(b.units.columns)
    assert (a.provinces is None) == (b.provinces is None)
    if a.provinces is not None and b.provinces is not None:
        geopandas.testing.assert_geodataframe_equal(a.provinces, b.provinces)
    for f in ("level", "levels", "boundary", "title", "attribution", "licence", "files"):
        assert getattr(a, f) == getattr(b, f), f
    assert a.province_spellings == b.province_spellings
    assert a.published_area_km2 == b.published_area_km2 and a.country == b.country
    assert a.quality == b.quality


def test_afghanistan_cold_warm_and_uncached_are_identical(mirror: Path, tmp_path: Path) -> None:
    cold = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    assert cold.cache_state == "built" and cold.cache_path
    assert (Path(cold.cache_path) / "units.parquet").is_file()
    warm = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    assert warm.cache_state == "cached"
    off = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path, use_cache=False)
    assert off.cache_state == "off"
    _same(cold, warm)
    _same(off, warm)
    assert len(warm.units) == 398 and warm.country == "AFG" and warm.levels == 2
    # the GeoParquet entry is readable by any GeoParquet reader, CRS included
    plain = gpd.read_parquet(Path(str(warm.cache_path)) / "units.parquet")
    assert plain.crs == "EPSG:4326" and len(plain) == 398


def _grid(tmp_path: Path, n: int = 4, name: str = "g.geojson") -> Path:
    cells = [(i, j) for i in range(n) for j in range(n)]
    gdf = gpd.GeoDataFrame(
        {"name": [f"c{i}-{j}" for i, j in cells], "region": [f"r{i}" for i, _ in cells]},
        geometry=[box(i, j, i + 1, j + 1) for i, j in cells],
        crs="EPSG:4326",
    )
    path = tmp_path / name
    gdf.to_file(path, driver="GeoJSON")
    return path


def test_any_change_of_file_options_or_version_is_a_new_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _grid(tmp_path)
    cache = tmp_path / "cache"
    kw = {"path": path, "name_column": "name", "parent_column": "region", "cache_dir": cache}
    assert bnd.load_units(**kw).cache_state == "built"
    assert bnd.load_units(**kw).cache_state == "cached"
    # other options: another entry
    assert bnd.load_units(**{**kw, "overlaps": "clip"}).cache_state == "built"
    # the file changes (same size, one name): never the stale entry
    path.write_text(path.read_text().replace('"c0-0"', '"x0-0"'))
    changed = bnd.load_units(**kw)
    assert changed.cache_state == "built" and "x0-0" in set(changed.units["name"])
    # processing version bump
    monkeypatch.setattr(_cache, "PROCESSING_VERSION", _cache.PROCESSING_VERSION + 1)
    assert bnd.load_units(**kw).cache_state == "built"
    assert len(list((cache / "processed").iterdir())) == 4


def test_broken_entry_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    path = _grid(tmp_path)
    kw = {"path": path, "name_column": "name", "cache_dir": tmp_path / "c"}
    first = bnd.load_units(**kw)
    entry = Path(str(first.cache_path))
    # polygons are decoded on first use: a broken GeoParquet file is found then, and the
    # set is rebuilt from its files (and stored again)
    (entry / "units.parquet").write_bytes(b"not parquet")
    again = bnd.load_units(**kw)
    assert again.cache_state == "cached"
    _same(first, again)
    assert again.cache_state == "built"
    assert bnd.load_units(**kw).cache_state == "cached"
    # a broken attribute table or meta.json: a miss at once
    (entry / "table.arrow").write_bytes(b"not arrow")
    assert bnd.load_units(**kw).cache_state == "built"
    (entry / "meta.json").write_text("{")
    assert bnd.load_units(**kw).cache_state == "built"


def test_cached_table_is_the_units_without_geometry_read_without_polygons(
    mirror: Path, tmp_path: Path
) -> None:
    """``table`` of a cached set (what stats reads) equals ``units`` minus geometry,
    dtypes and index included, and reading it decodes no polygon."""
    bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    warm = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    assert isinstance(warm, bnd.CachedUnitSet)
    table = warm.table
    assert warm.__dict__.get("_units") is _units._UNREAD
    assert warm.total_area_km2 == pytest.approx(641_868, rel=1e-5)
    assert warm.__dict__.get("_units") is _units._UNREAD  # still not decoded
    pd.testing.assert_frame_equal(
        table, pd.DataFrame(warm.units.drop(columns="geometry")), check_exact=True
    )
    off = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path, use_cache=False)
    pd.testing.assert_frame_equal(
        table, pd.DataFrame(off.units.drop(columns="geometry")), check_exact=True
    )
    assert warm.total_area_km2 == off.total_area_km2
    # pickled (and copied) with its frames
    import copy
    import pickle

    for twin in (pickle.loads(pickle.dumps(warm)), copy.deepcopy(warm)):
        _same(warm, twin)
        pd.testing.assert_frame_equal(twin.table, table)
    # assigning units drops the table: it answers from the new frame
    warm.units = warm.units.iloc[:3]
    assert len(warm.table) == 3


def test_unwritable_cache_still_loads(tmp_path: Path) -> None:
    path = _grid(tmp_path)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    us = bnd.load_units(path=path, name_column="name", cache_dir=blocker)
    assert us.cache_state == "off" and len(us.units) == 16


_WRITER = """
import sys
from mapper.boundaries import load_units
us = load_units(path=sys.argv[1], name_column="name", parent_column="region", cache_dir=sys.argv[2])
print(us.cache_state, len(us.units), round(us.total_area_km2, 6))
"""


def test_two_processes_writing_at_once_leave_one_complete_entry(tmp_path: Path) -> None:
    path = _grid(tmp_path, n=20)
    cache = tmp_path / "cache"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    results = {o[0].split(maxsplit=1)[1] for o in outs}
    assert len(results) == 1  # same units, same area
    entries = list((cache / "processed").iterdir())
    assert len(entries) == 1 and not entries[0].name.startswith(".")
    warm = bnd.load_units(path=path, name_column="name", parent_column="region", cache_dir=cache)
    assert warm.cache_state == "cached" and len(warm.units) == 400


def _cli(cache: Path, mirror: Path, *args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, ["--mirror", str(mirror), "--cache-dir", str(cache), *args])
    return res.exit_code, res.stdout, res.stderr


def test_cli_results_identical_cold_and_warm_on_the_example(mirror: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    outputs = []
    for run in ("cold", "warm"):
        page = tmp_path / f"{run}.html"
        code, stats_out, _ = _cli(
            cache, mirror, "stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "json"
        )
        assert code == 0
        code2, state_out, _ = _cli(
            cache, mirror, "stats", str(EXAMPLE), "--date", "2021-07-20", "--format", "csv"
        )
        assert code2 == 0
        code3, _, err = _cli(
            cache, mirror, "render", str(EXAMPLE), "--date", "2021-08-10", "-o", str(page)
        )
        assert code3 == 0, err
        # the series reads the cached set's attribute table only (no polygon decoded)
        code4, series_out, err = _cli(
            cache,
            mirror,
            "stats",
            str(EXAMPLE),
            "--series",
            "--from",
            "2021-07-01",
            "--to",
            "2021-08-31",
            "--every",
            "week",
            "--by",
            "province",
            "--format",
            "csv",
        )
        assert code4 == 0, err
        outputs.append((stats_out, state_out, page.read_bytes(), series_out))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0][0])


def _code(k: int) -> str:
    # digits as letters from two disjoint sets, alternating, so that no two neighbouring
    # letters repeat (the name matcher folds "U11" and "U1" together)
    sets = ("bcdfghjklm", "nprstvwxza")
    return "".join(sets[p % 2][int(d)] for p, d in enumerate(f"{k:03d}"))


def _big_world(tmp_path: Path, nx: int = 80, ny: int = 50) -> tuple[Path, Path]:
    """4,000 units (0.1° squares) in 40 regions, and claims on a few hundred of them."""
    cells = [(i, j) for i in range(nx) for j in range(ny)]
    gdf = gpd.GeoDataFrame(
        {
            "name": [f"{_code(i)}u{_code(j)}".title() for i, j in cells],
            "region": [f"R{i // 10}{j // 10}" for i, j in cells],
        },
        geometry=[
            box(60 + i / 10, 30 + j / 10, 60 + (i + 1) / 10, 30 + (j + 1) / 10) for i, j in cells
        ],
        crs="EPSG:4326",
    )
    path = tmp_path / "big.geojson"
    gdf.to_file(path, driver="GeoJSON")
    rng = np.random.default_rng(7)
    rows = ["date,province,district,status,source"]
    for k in rng.choice(len(cells), 300, replace=False):
        i, j = cells[int(k)]
        day = 1 + int(rng.integers(0, 28))
        status = ["taliban", "government", "contested"][int(rng.integers(0, 3))]
        unit = f"{_code(i)}u{_code(j)}".title()
        rows.append(f"2021-07-{day:02d},R{i // 10}{j // 10},{unit},{status},synthetic")
    claims = tmp_path / "big.csv"
    claims.write_text("\n".join(rows) + "\n")
    return path, claims


def test_cli_results_identical_cold_and_warm_on_4000_units(mirror: Path, tmp_path: Path) -> None:
    path, claims = _big_world(tmp_path)
    cache = tmp_path / "c"
    opts = ["--boundary-file", str(path), "--name-column", "name", "--parent-column", "region"]
    outputs = []
    for run in ("cold", "warm"):
        # what this process keeps in memory must not hide the files read back from disk
        context._neighbours_cached.cache_clear()
        context._countries.cache_clear()
        page = tmp_path / f"{run}.html"
        code, stats_out, err = _cli(
            cache, mirror, "stats", str(claims), "--date", "2021-07-20", "--format", "json", *opts
        )
        assert code == 0, err
        code, csv_out, _ = _cli(
            cache, mirror, "stats", str(claims), "--date", "2021-07-31", "--format", "csv", *opts
        )
        assert code == 0
        code, _, err = _cli(
            cache, mirror, "render", str(claims), "--date", "2021-07-31", "-o", str(page), *opts
        )
        assert code == 0, err
        tl = tmp_path / f"{run}-timeline.html"
        code, _, err = _cli(
            cache,
            mirror,
            "timeline",
            str(claims),
            "--from",
            "2021-07-01",
            "--to",
            "2021-07-31",
            "--every",
            "week",
            "-o",
            str(tl),
            *opts,
        )
        assert code == 0, err
        outputs.append((stats_out, csv_out, page.read_bytes(), tl.read_bytes()))
        # the drawn geometry and the neighbour layer are kept beside the processed units
        # after the first page
        assert len(list(cache.glob("processed/*/draw-*.json"))) == 1
        assert len(list(cache.glob("processed/*/neighbours-*.json"))) == 1
    assert outputs[0] == outputs[1]
    assert '"units": 4000' in outputs[0][0].replace(" ", "").replace(
        '"units":4000', '"units": 4000'
    )


def test_boundaries_info_says_whether_cached_and_v_says_processing(
    mirror: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "c"
    args = ["--mirror", str(mirror), "--cache-dir", str(cache), "boundaries", "info"]
    res = subprocess.run(
        [sys.executable, "-m", "mapper", "-v", *args, "afg-districts"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    assert "processed cache: not cached; processed now" in res.stdout
    assert "afg-districts: processing boundaries (not cached yet)" in res.stderr
    assert "units: 398 districts under parents in 34 parents; country: AFG" in res.stdout
    assert "overlaps: 0 pair(s), 0.000 km²" in res.stdout
    assert "gaps: 1 hole(s)" in res.stdout
    res2 = CliRunner().invoke(main, [*args, "afg-districts"])
    assert res2.exit_code == 0 and "processed cache: cached (" in res2.stdout


def test_load_timings_reports_cold_and_warm(tmp_path: Path) -> None:
    path = _grid(tmp_path)
    t = bnd.load_timings(path=path, name_column="name", repeat=2)
    assert set(t) == {"cold_s", "warm_s", "uncached_s", "units"}
    assert t["units"] == 16 and all(v > 0 for v in t.values())


def _same_neighbours(a: Any, b: Any) -> None:
    assert a is not None and b is not None
    assert (a.home, a.names, a.label_points, a.frame) == (b.home, b.names, b.label_points, b.frame)
    assert [shapely.to_wkb(g) for g in a.geometry] == [shapely.to_wkb(g) for g in b.geometry]


def test_neighbour_layer_kept_on_disk_read_back_exactly_and_invalidated(
    mirror: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The neighbour layer is stored beside the entry, read back bit for bit, and any
    change of the Natural Earth file, the layer's options or the units is another file."""
    bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    units = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    entry = Path(str(units.cache_path))
    context._neighbours_cached.cache_clear()
    computed, note = context.load_neighbours(units, mirror=mirror, cache_dir=tmp_path)
    assert note == "" and computed is not None and computed.home == "Afghanistan"
    [stored] = list(entry.glob("neighbours-*.json"))
    # read back from disk, nothing computed (Natural Earth is not even read)
    context._neighbours_cached.cache_clear()
    context._countries.cache_clear()
    monkeypatch.setattr(context, "_countries", None)  # would raise if called
    again, _ = context.load_neighbours(units, mirror=mirror, cache_dir=tmp_path)
    _same_neighbours(computed, again)
    monkeypatch.undo()
    file = context._neighbour_cache_file(units, mirror, tmp_path)
    assert file == stored
    # another Natural Earth file, other options, other units: other names
    monkeypatch.setattr(bnd, "file_hashes", lambda *a, **k: {"countries-10m.json": "0" * 64})
    assert context._neighbour_cache_file(units, mirror, tmp_path) != stored
    monkeypatch.undo()
    monkeypatch.setattr(context.pl, "NEIGHBOUR_MARGIN", context.pl.NEIGHBOUR_MARGIN + 0.1)
    assert context._neighbour_cache_file(units, mirror, tmp_path) != stored
    monkeypatch.undo()
    units.units = units.units.iloc[:-1]
    assert context._neighbour_cache_file(units, mirror, tmp_path) != stored
    # a broken file is computed again and replaced
    whole = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path)
    stored.write_text('{"home": ')
    context._neighbours_cached.cache_clear()
    fixed, _ = context.load_neighbours(whole, mirror=mirror, cache_dir=tmp_path)
    _same_neighbours(computed, fixed)
    assert json.loads(stored.read_text())["home"] == "Afghanistan"
    # a set without an entry (built without the cache) has no file
    off = bnd.load_units("afg-districts", mirror=mirror, cache_dir=tmp_path, use_cache=False)
    assert context._neighbour_cache_file(off, mirror, tmp_path) is None
