"""User boundary files with broken geometry: repaired with a warning, or refused by row."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner
from shapely.geometry import box

from mapper.boundaries import load_units, read_polygons
from mapper.cli import main
from mapper.errors import BoundaryError, ValidationError


def _square(x0: float, y0: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [[[x0, y0], [x0 + 1, y0], [x0 + 1, y0 + 1], [x0, y0 + 1], [x0, y0]]],
    }


def _geojson(tmp_path: Path, geoms: list[dict | None], name: str = "u.geojson") -> Path:
    feats = [
        {
            "type": "Feature",
            "properties": {"name": f"U{i}", "prov": "P" if i <= 2 else "Q"},
            "geometry": g,
        }
        for i, g in enumerate(geoms, start=1)
    ]
    p = tmp_path / name
    p.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return p


def _rows(e: pytest.ExceptionInfo[ValidationError]) -> list[tuple[int | None, str]]:
    return [(p.row, p.message) for p in e.value.problems]


def test_invalid_polygon_is_repaired_with_a_warning(tmp_path: Path) -> None:
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    path = _geojson(tmp_path, [bowtie, _square(2, 0)])
    with pytest.warns(
        UserWarning, match=r"1 invalid polygon\(s\) repaired with make_valid \(rows \[1\]\)"
    ):
        units = load_units(path=path, name_column="name")
    assert units.units.geometry.is_valid.all()
    area = units.units.set_index("name")["area_km2"]
    # the bow tie's two triangles cover half of a same-latitude square
    assert area["U1"] / area["U2"] == pytest.approx(0.5, abs=2e-3)


def test_empty_missing_and_non_polygon_geometries_are_refused_by_row(tmp_path: Path) -> None:
    point = {"type": "Point", "coordinates": [0, 0]}
    empty = {"type": "Polygon", "coordinates": []}
    path = _geojson(tmp_path, [_square(0, 0), None, empty, point])
    with pytest.raises(ValidationError) as e:
        load_units(path=path, name_column="name")
    assert _rows(e) == [
        (2, "empty or missing geometry; every unit needs a polygon"),
        (3, "empty or missing geometry; every unit needs a polygon"),
        (4, "not a polygon; units must be Polygon or MultiPolygon"),
    ]
    assert e.value.problems[2].value == "Point"


def test_zero_area_units_are_refused(tmp_path: Path) -> None:
    """A degenerate ring or a collection of lines must not become a 0 km² unit that
    silently joins the count denominator."""
    flat = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [2, 0], [0, 0]]]}
    lines = {
        "type": "GeometryCollection",
        "geometries": [{"type": "LineString", "coordinates": [[0, 0], [1, 1]]}],
    }
    path = _geojson(tmp_path, [flat, _square(2, 0), lines])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ValidationError) as e:
            load_units(path=path, name_column="name")
    assert [r for r, _ in _rows(e)] == [1, 3]
    assert "polygon has no area" in _rows(e)[0][1]


def test_collection_with_a_polygon_keeps_the_polygon(tmp_path: Path) -> None:
    coll = {
        "type": "GeometryCollection",
        "geometries": [_square(0, 0), {"type": "LineString", "coordinates": [[5, 5], [6, 6]]}],
    }
    units = load_units(path=_geojson(tmp_path, [coll, _square(3, 0)]), name_column="name")
    assert units.units.geometry.geom_type.tolist() == ["Polygon", "Polygon"]
    a = units.units.set_index("name")["area_km2"]
    assert a["U1"] == pytest.approx(a["U2"], rel=1e-12)


def test_z_coordinates_are_dropped(tmp_path: Path) -> None:
    z = {
        "type": "Polygon",
        "coordinates": [[[0, 0, 5], [1, 0, 5], [1, 1, 900], [0, 1, 5], [0, 0, 5]]],
    }
    units = load_units(path=_geojson(tmp_path, [z, _square(3, 0)]), name_column="name")
    assert not units.units.geometry.has_z.any()
    a = units.units.set_index("name")["area_km2"]
    # same latitude band, same width: same area, whatever the heights
    assert a["U1"] == pytest.approx(a["U2"], rel=1e-12)


def test_crs_less_file_needs_assume_crs(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame({"name": ["A", "B"]}, geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)])
    path = tmp_path / "nocrs.shp"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gdf.to_file(path)
    assert not (tmp_path / "nocrs.prj").exists()
    with pytest.raises(ValidationError, match="file has no CRS; pass --assume-crs"):
        read_polygons(path)
    units = load_units(path=path, name_column="name", assume_crs="EPSG:4326")
    assert units.units.crs.to_epsg() == 4326
    assert len(units.units) == 2


def test_projected_file_is_reprojected_and_areas_are_true(tmp_path: Path) -> None:
    # 100 km x 100 km in UTM 42N, 500 km west of the central meridian, where the UTM scale
    # factor is k = 0.9996 * (1 + x^2 / 2R^2) ~ 1.00268, so the true area is 10,000 / k^2
    gdf = gpd.GeoDataFrame(
        {"name": ["A"]}, geometry=[box(0, 3_800_000, 100_000, 3_900_000)], crs="EPSG:32642"
    )
    path = tmp_path / "utm.gpkg"
    gdf.to_file(path)
    units = load_units(path=path, name_column="name")
    assert units.units.crs.to_epsg() == 4326
    assert units.units["area_km2"].iloc[0] == pytest.approx(10_000 / 1.00268**2, rel=2e-3)


def test_unreadable_and_featureless_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.geojson"
    junk.write_text("{not json")
    with pytest.raises(BoundaryError, match="cannot read as a vector file"):
        load_units(path=junk, name_column="name")
    with pytest.raises(ValidationError, match="no units"):
        load_units(path=_geojson(tmp_path, []), name_column="name")
    with pytest.raises(BoundaryError, match=r"no column 'nom'; columns are \['name', 'prov'\]"):
        load_units(path=_geojson(tmp_path, [_square(0, 0)]), name_column="nom")


def test_cli_renders_from_a_user_boundary_file(tmp_path: Path) -> None:
    path = _geojson(tmp_path, [_square(0, 0), _square(1, 0), _square(0, 1)])
    claims = tmp_path / "c.csv"
    claims.write_text(
        "date,province,district,status,source\n2021-07-01,P,U1,taliban,A\n2021-07-02,Q,,government,B\n"
    )
    out = tmp_path / "m.html"
    args = ["--boundary-file", str(path), "--name-column", "name", "--parent-column", "prov"]
    res = CliRunner().invoke(
        main, ["render", str(claims), "--date", "2021-07-05", "-o", str(out), *args]
    )
    assert res.exit_code == 0, res.output
    assert (
        "taliban 1, contested 0, government 1, unconfirmed 0, disputed 0, unknown 1" in res.output
    )
    bad = _geojson(tmp_path, [_square(0, 0), None], name="bad.geojson")
    res = CliRunner().invoke(
        main,
        [
            "render",
            str(claims),
            "--date",
            "2021-07-05",
            "-o",
            str(tmp_path / "x.html"),
            "--boundary-file",
            str(bad),
            "--name-column",
            "name",
        ],
    )
    assert res.exit_code == 1
    assert "row 2, column 'geometry': empty or missing geometry" in res.output
