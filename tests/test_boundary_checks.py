"""Boundary files are checked before use: names, coordinates, CRS, overlaps, gaps, pins."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import responses
from click.testing import CliRunner
from shapely.geometry import Polygon, box

from mapper import boundaries as bnd
from mapper import settings
from mapper.cli import main
from mapper.errors import BoundaryError, HashMismatchError, ValidationError

GEOD = pyproj.Geod(ellps="WGS84")


def geodesic_km2(poly: Polygon) -> float:
    """Area by another method than the code under test (geodesic on WGS84)."""
    return abs(GEOD.geometry_area_perimeter(poly)[0]) / 1e6


def _file(tmp_path: Path, rows: list[dict], geoms: list, name: str = "u.geojson") -> Path:
    gdf = gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")
    path = tmp_path / name
    gdf.to_file(path, driver="GeoJSON")
    return path


def _messages(e: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(p) for p in e.value.problems]


# ---------------------------------------------------------------- names


def test_null_name_is_refused_unless_an_id_column_names_it(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        [{"name": None, "code": "X-1"}, {"name": "B", "code": "X-2"}],
        [box(0, 0, 1, 1), box(1, 0, 2, 1)],
    )
    with pytest.raises(ValidationError) as e:
        bnd.load_units(path=path, name_column="name", use_cache=False)
    assert _messages(e) == [
        f"{path}, row 1, column 'name': null or empty unit name; give every unit a name, or "
        "an id column (--id-column) so it can be shown by its id"
    ]
    with pytest.warns(UserWarning, match=r"1 unit\(s\) without a name are shown by their code"):
        us = bnd.load_units(path=path, name_column="name", id_column="code", use_cache=False)
    assert us.units.loc["X-1", "name"] == "[unnamed X-1]"
    assert "nan" not in set(us.units["name"])


def test_duplicate_names_need_a_parent_or_an_id(tmp_path: Path) -> None:
    rows = [
        {"name": "Washington", "state": "Utah", "fips": "49053"},
        {"name": "Washington", "state": "Maine", "fips": "23029"},
        {"name": "Kane", "state": "Utah", "fips": "49025"},
    ]
    path = _file(tmp_path, rows, [box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)])
    with pytest.raises(ValidationError) as e:
        bnd.load_units(path=path, name_column="name", use_cache=False)
    assert _messages(e) == [
        f"{path}, row 1, column 'name': value 'Washington': 2 units share this name (rows "
        "[1, 2]); give a parent (--parent-column or --parent-file) that tells them apart, or "
        "an id column (--id-column)"
    ]
    us = bnd.load_units(path=path, name_column="name", parent_column="state", use_cache=False)
    assert sorted(us.units.index) == ["maine/washington", "utah/kane", "utah/washington"]
    # one level, but told apart by id: loads; a ledger naming it is refused as ambiguous
    with pytest.warns(UserWarning, match="1 name.* shared .* told apart only by fips"):
        byid = bnd.load_units(path=path, name_column="name", id_column="fips", use_cache=False)
    assert sorted(byid.units.index) == ["23029", "49025", "49053"]


def test_duplicate_names_under_one_parent_need_an_id(tmp_path: Path) -> None:
    rows = [{"name": "Baltimore", "state": "MD"}, {"name": "Baltimore", "state": "MD"}]
    path = _file(tmp_path, rows, [box(0, 0, 1, 1), box(1, 0, 2, 1)])
    with pytest.raises(ValidationError, match=r"share this name in MD .*--id-column"):
        bnd.load_units(path=path, name_column="name", parent_column="state", use_cache=False)


def test_duplicate_names_and_a_ledger_row_naming_one_is_an_error_not_a_traceback(
    tmp_path: Path,
) -> None:
    rows = [{"name": "A", "code": "1"}, {"name": "A", "code": "2"}, {"name": "B", "code": "3"}]
    path = _file(tmp_path, rows, [box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)])
    claims = tmp_path / "c.csv"
    claims.write_text("date,province,district,status,source\n2021-07-01,A,,taliban,X\n")
    base = ["stats", str(claims), "--date", "2021-07-05", "--boundary-file", str(path)]
    res = CliRunner().invoke(main, [*base, "--name-column", "name"])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert "2 units share this name (rows [1, 2])" in res.output
    res = CliRunner().invoke(main, [*base, "--name-column", "name", "--id-column", "code"])
    assert isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code == 1
    assert "row 2, column 'province': value 'A'" in res.output


def test_integral_float_names_keep_their_text() -> None:
    assert bnd.clean_name(12.0) == "12" and bnd.clean_name(float("nan")) == ""
    assert bnd.clean_name(None) == "" and bnd.clean_name(" Zanda  Jan\n") == "Zanda Jan"


# ---------------------------------------------------------------- coordinates and CRS


def test_coordinates_outside_lon_lat_range_are_refused_by_row(tmp_path: Path) -> None:
    path = _file(
        tmp_path, [{"name": "ok"}, {"name": "far"}], [box(0, 0, 1, 1), box(499, 94, 500, 95)]
    )
    with pytest.raises(ValidationError) as e:
        bnd.load_units(path=path, name_column="name", use_cache=False)
    (msg,) = _messages(e)
    assert msg.startswith(f"{path}, row 2, column 'geometry': value 'lon 499..500, lat 94..95'")
    assert "outside the valid range of a lon/lat CRS" in msg


def test_projected_coordinates_under_assume_crs_4326_are_refused(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame(
        {"name": ["A"]}, geometry=[box(500_000, 3_800_000, 600_000, 3_900_000)], crs=None
    )
    shp = tmp_path / "utm.shp"
    gdf.to_file(shp)
    (tmp_path / "utm.prj").unlink(missing_ok=True)
    with pytest.raises(ValidationError) as e:
        bnd.load_units(path=shp, name_column="name", assume_crs="EPSG:4326", use_cache=False)
    (msg,) = _messages(e)
    assert "look projected" in msg and "--assume-crs EPSG:4326 is wrong" in msg
    # the right CRS works, and the area is that of a 100 km square (UTM scale ~0.9996-1.0027)
    us = bnd.load_units(path=shp, name_column="name", assume_crs="EPSG:32642", use_cache=False)
    assert us.units["area_km2"].iloc[0] == pytest.approx(10_000, rel=6e-3)


def test_bad_assume_crs_is_an_error_naming_valid_forms(tmp_path: Path) -> None:
    path = _file(tmp_path, [{"name": "A"}], [box(0, 0, 1, 1)])
    with pytest.raises(BoundaryError, match=r"--assume-crs 'garbage' is not a coordinate"):
        bnd.read_polygons(path, assume_crs="garbage")
    claims = tmp_path / "c.csv"
    claims.write_text("date,province,district,status,source\n2021-07-01,A,,taliban,X\n")
    res = CliRunner().invoke(
        main,
        [
            "stats",
            str(claims),
            "--date",
            "2021-07-05",
            "--boundary-file",
            str(path),
            "--name-column",
            "name",
            "--assume-crs",
            "garbage",
        ],
    )
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert "EPSG:4326" in res.output and "Traceback" not in res.output


def test_unmeasurable_area_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"row 2, column 'geometry': value 'B': area is nan"):
        bnd.check_areas("f.geojson", np.array([1.0, np.nan]), ["A", "B"])


# ---------------------------------------------------------------- overlaps and gaps


def test_overlap_above_tolerance_is_refused_with_the_pairs(tmp_path: Path) -> None:
    # B covers the right half of A: the overlap is a quarter of the sum of the two areas
    path = _file(tmp_path, [{"name": "A"}, {"name": "B"}], [box(0, 0, 1, 1), box(0.5, 0, 1.5, 1)])
    with pytest.raises(ValidationError) as e:
        bnd.load_units(path=path, name_column="name", use_cache=False)
    half = geodesic_km2(box(0.5, 0, 1, 1))
    assert "25.000% of the set's" in str(e.value) and "--overlaps clip" in str(e.value)
    (msg,) = _messages(e)
    km2 = float(msg.rsplit("overlap by ", 1)[1].split()[0].replace(",", ""))
    assert km2 == pytest.approx(half, rel=1e-3)
    assert "'A' (row 1) and 'B' (row 2)" in msg


def test_clip_gives_the_overlap_to_the_smaller_unit_and_counts_no_km2_twice(
    tmp_path: Path,
) -> None:
    # big 0..2 x 0..1; small 1.5..2.5 x 0..1 (half inside big)
    path = _file(
        tmp_path, [{"name": "Big"}, {"name": "Small"}], [box(0, 0, 2, 1), box(1.5, 0, 2.5, 0.5)]
    )
    us = bnd.load_units(path=path, name_column="name", overlaps="clip", use_cache=False)
    area = us.units.set_index("name")["area_km2"]
    assert area["Small"] == pytest.approx(geodesic_km2(box(1.5, 0, 2.5, 0.5)), rel=1e-3)
    assert area["Big"] == pytest.approx(
        geodesic_km2(box(0, 0, 2, 1)) - geodesic_km2(box(1.5, 0, 2, 0.5)), rel=1e-3
    )
    assert us.total_area_km2 == pytest.approx(
        geodesic_km2(box(0, 0, 2, 1)) + geodesic_km2(box(2, 0, 2.5, 0.5)), rel=1e-3
    )
    assert us.quality.clipped_units == 1 and us.quality.overlap_pairs == 1
    assert us.units.geometry.iloc[0].intersection(us.units.geometry.iloc[1]).area < 1e-12


def test_enclave_duplicated_inside_its_district_becomes_a_hole(tmp_path: Path) -> None:
    path = _file(
        tmp_path, [{"name": "District"}, {"name": "City"}], [box(0, 0, 3, 3), box(1, 1, 2, 2)]
    )
    with pytest.raises(ValidationError, match="overlap"):
        bnd.load_units(path=path, name_column="name", use_cache=False)
    us = bnd.load_units(path=path, name_column="name", overlaps="clip", use_cache=False)
    d = us.units.set_index("name").geometry["District"]
    assert len(d.interiors) == 1
    assert us.total_area_km2 == pytest.approx(geodesic_km2(box(0, 0, 3, 3)), rel=1e-3)


def test_a_unit_entirely_covered_cannot_be_clipped(tmp_path: Path) -> None:
    path = _file(tmp_path, [{"name": "A"}, {"name": "A2"}], [box(0, 0, 1, 1), box(0, 0, 1, 1)])
    with pytest.raises(ValidationError, match=r"'A2' \(row 2\) lies entirely inside 'A'"):
        bnd.load_units(path=path, name_column="name", overlaps="clip", use_cache=False)


def test_overlap_below_tolerance_is_clipped_and_reported(tmp_path: Path) -> None:
    # 0.0005° sliver on 1° squares: 0.025 % of the set
    path = _file(
        tmp_path, [{"name": "A"}, {"name": "B"}], [box(0, 0, 1, 1), box(0.9995, 0, 1.9995, 1)]
    )
    with pytest.warns(UserWarning, match=r"1 overlapping pair\(s\)"):
        us = bnd.load_units(path=path, name_column="name", use_cache=False)
    assert us.quality.overlap_share == pytest.approx(0.0005 / 2, rel=1e-2)
    # the union's area by the same projection: the sliver (2.5e-4 of the set) counted once
    union = bnd.area_km2(gpd.GeoSeries([box(0, 0, 1.9995, 1)], crs="EPSG:4326"))[0]
    assert us.total_area_km2 == pytest.approx(union, rel=1e-7)


def test_gaps_are_measured(tmp_path: Path) -> None:
    ring = [box(i, j, i + 1, j + 1) for i in range(3) for j in range(3) if (i, j) != (1, 1)]
    path = _file(tmp_path, [{"name": f"U{k}"} for k in range(8)], ring)
    us = bnd.load_units(path=path, name_column="name", use_cache=False)
    assert us.quality.gaps == 1
    assert us.quality.gap_km2 == pytest.approx(geodesic_km2(box(1, 1, 2, 2)), rel=1e-3)
    res = CliRunner().invoke(
        main, ["boundaries", "info", "--boundary-file", str(path), "--name-column", "name"]
    )
    assert res.exit_code == 0, res.output
    assert "gaps: 1 hole(s) covered by no unit, 12," in res.output
    assert "units: 8 provinces (one level)" in res.output


def test_cli_overlaps_option(tmp_path: Path) -> None:
    path = _file(tmp_path, [{"name": "A"}, {"name": "B"}], [box(0, 0, 1, 1), box(0.5, 0, 1.5, 1)])
    claims = tmp_path / "c.csv"
    claims.write_text("date,province,district,status,source\n2021-07-01,A,,taliban,X\n")
    base = ["stats", str(claims), "--date", "2021-07-05", "--boundary-file", str(path)]
    res = CliRunner().invoke(main, [*base, "--name-column", "name"])
    assert res.exit_code == 1 and "overlap by" in res.output
    res = CliRunner().invoke(main, [*base, "--name-column", "name", "--overlaps", "clip"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(main, [*base, "--name-column", "name", "--overlaps", "sum"])
    assert res.exit_code == 2


# ---------------------------------------------------------------- pins for gb: files


def _gb_file(n: int) -> bytes:
    gdf = gpd.GeoDataFrame(
        {"shapeName": [f"P{i}" for i in range(n)], "shapeID": [f"AFG-{i}" for i in range(n)]},
        geometry=[box(60 + i, 30, 61 + i, 31) for i in range(n)],
        crs="EPSG:4326",
    )
    return gdf.to_json().encode()


@pytest.fixture
def gb_api() -> responses.RequestsMock:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        api = bnd.GEOBOUNDARIES_API.format(iso3="AFG", level="ADM1")
        rsps.get(api, json={"gjDownloadURL": "https://example.org/afg1.geojson"})
        rsps.get("https://example.org/afg1.geojson", body=_gb_file(3))
        yield rsps


@pytest.mark.allow_adapter
def test_planted_mirror_file_is_caught_by_the_recorded_hash(
    tmp_path: Path, gb_api: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(settings.ENV_MIRROR, raising=False)
    cache = tmp_path / "cache"
    real = bnd.fetch("gb:AFG:ADM1", mirror=None, cache_dir=cache)
    good = hashlib.sha256(real.read_bytes()).hexdigest()
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    planted = mirror / "geoBoundaries-AFG-ADM1.geojson"
    planted.write_bytes(_gb_file(2))
    bad = hashlib.sha256(planted.read_bytes()).hexdigest()
    with pytest.raises(HashMismatchError) as e:
        bnd.load_units("gb:AFG:ADM1", mirror=mirror, cache_dir=cache)
    assert good in str(e.value) and bad in str(e.value)
    # the genuine file in the mirror passes
    planted.write_bytes(real.read_bytes())
    assert bnd.fetch("gb:AFG:ADM1", mirror=mirror, cache_dir=cache) == planted


def test_first_use_of_a_mirror_gb_file_records_its_hash(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    f = mirror / "geoBoundaries-AFG-ADM1.geojson"
    f.write_bytes(_gb_file(3))
    cache = tmp_path / "cache"
    with caplog.at_level("WARNING", logger="mapper.boundaries"):
        bnd.fetch("gb:AFG:ADM1", mirror=mirror, cache_dir=cache)
    assert "first use" in caplog.text and "recording sha256" in caplog.text
    pin = bnd.read_pin(bnd.pin_path("gb:AFG:ADM1", cache_dir=cache))
    assert pin is not None and pin["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
    f.write_bytes(_gb_file(2))
    with pytest.raises(HashMismatchError, match=pin["sha256"]):
        bnd.fetch("gb:AFG:ADM1", mirror=mirror, cache_dir=cache)


@pytest.mark.allow_adapter
@pytest.mark.parametrize("meta", ["{not json", "[]", '{"sha256": "abc"}', "{}", "\udcff"])
def test_malformed_cache_meta_is_a_miss_and_re_verified(
    tmp_path: Path, gb_api: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch, meta: str
) -> None:
    monkeypatch.delenv(settings.ENV_MIRROR, raising=False)
    folder = tmp_path / "gb-AFG-ADM1"
    folder.mkdir()
    (folder / "geoBoundaries-AFG-ADM1.geojson").write_bytes(_gb_file(2))  # stale/planted
    (folder / "meta.json").write_bytes(meta.encode("utf-8", "surrogateescape"))
    us = bnd.load_units("gb:AFG:ADM1", mirror=None, cache_dir=tmp_path)
    assert len(us.units) == 3  # downloaded again, not the planted two-polygon file
    pin = json.loads((folder / "meta.json").read_text())
    assert pin["sha256"] == hashlib.sha256(_gb_file(3)).hexdigest()
