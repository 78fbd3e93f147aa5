"""Boundary registry, mirror/cache/download resolution, and the real Afghan unit sets."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import responses
from shapely.geometry import Polygon, box

from mapper import boundaries as bnd
from mapper import settings
from mapper.errors import BoundaryError, DownloadError, HashMismatchError, ValidationError

# ---------------------------------------------------------------- registry


def test_registry_lists_the_sets_with_licence_and_hashes() -> None:
    assert bnd.available() == [
        "afg-districts",
        "afg-provinces",
        "us-counties",
        "us-states",
        "world-countries",
    ]
    for name in bnd.available():
        b = bnd.get(name)
        assert b.licence and b.attribution
        assert all(f.sha256 and len(f.sha256) == 64 and f.urls for f in b.files)
        assert b.main in {f.name for f in b.files}


def test_unknown_set_lists_valid_names() -> None:
    with pytest.raises(BoundaryError, match=r"unknown boundary set 'afg-district'.*afg-districts"):
        bnd.get("afg-district")


def test_geoboundaries_names_parse() -> None:
    b = bnd.get("gb:UKR:ADM2")
    assert b.main == "geoBoundaries-UKR-ADM2.geojson"
    assert b.parent == "gb:UKR:ADM1"
    assert bnd.get("gb:UKR:ADM1").parent is None


# ---------------------------------------------------------------- real data


def test_real_districts(districts: bnd.UnitSet) -> None:
    u = districts.units
    assert len(u) == 398
    assert u.index.is_unique
    assert abs(districts.total_area_km2 - 641_900) <= 500
    # every district sits in exactly one province, almost entirely
    assert u["province"].notna().all() and u["province"].nunique() == 34
    assert (u["overlap"] > 0.999).all()
    # stray whitespace and newlines in source names are cleaned
    assert not u["name"].str.contains(r"\s\s|\n|^\s|\s$", regex=True).any()
    assert "Warduj" in set(u["name"]) and "Zanda Jan" in set(u["name"])
    # the seven names used twice are distinct units in different provinces
    twice = u["name"].value_counts()
    assert sorted(twice[twice == 2].index) == [
        "Arghandab",
        "Baharak",
        "Dawlatabad",
        "Fayzabad",
        "Kohistan",
        "Muqur",
        "Qarabagh",
    ]
    assert u.loc["AF-HER/kohsan", "province"] == "Herat"
    assert u["iso_3166_2"].str.fullmatch(r"AF-[A-Z]{3}").all()


def test_real_provinces_nest_with_districts(districts: bnd.UnitSet, provinces: bnd.UnitSet) -> None:
    p = provinces.units
    assert len(p) == 34 and p["iso_3166_2"].nunique() == 34
    assert abs(provinces.total_area_km2 - districts.total_area_km2) < 1.0
    by_prov = districts.units.groupby("province")["area_km2"].sum()
    prov_area = p.set_index("name")["area_km2"]
    np.testing.assert_allclose(by_prov.sort_index(), prov_area.sort_index(), rtol=1e-3)


def test_equal_area_matches_geodesic(districts: bnd.UnitSet) -> None:
    geod = pyproj.Geod(ellps="WGS84")
    sample = districts.units.iloc[::40]
    geodesic = np.array([abs(geod.geometry_area_perimeter(g)[0]) / 1e6 for g in sample.geometry])
    np.testing.assert_allclose(sample["area_km2"].to_numpy(), geodesic, rtol=1e-3)


def test_area_refuses_missing_crs() -> None:
    with pytest.raises(BoundaryError, match="no CRS"):
        bnd.area_km2(gpd.GeoSeries([box(0, 0, 1, 1)]))


# ---------------------------------------------------------------- resolution order


@pytest.fixture
def no_env_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    """mirror=None means "use $MAPPER_MIRROR"; these tests need no mirror at all."""
    monkeypatch.delenv(settings.ENV_MIRROR, raising=False)


def _copy_set(src: Path, dst: Path, name: str) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for f in bnd.get(name).files:
        shutil.copy(src / f.name, dst / f.name)


def test_mirror_is_used_and_verified(mirror: Path, tmp_path: Path) -> None:
    path = bnd.fetch("afg-provinces", mirror=mirror, cache_dir=tmp_path / "cache")
    assert path == mirror / "geoBoundaries-AFG-ADM1-extended.json"
    assert not (tmp_path / "cache").exists()


def test_tampered_mirror_names_both_hashes(mirror: Path, tmp_path: Path) -> None:
    fake = tmp_path / "mirror"
    _copy_set(mirror, fake, "afg-provinces")
    target = fake / "geoBoundaries-AFG-ADM1-extended.json"
    target.write_bytes(target.read_bytes() + b" ")
    got = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(HashMismatchError) as e:
        bnd.fetch("afg-provinces", mirror=fake, cache_dir=tmp_path / "c")
    assert got in str(e.value) and bnd.get("afg-provinces").files[0].sha256 in str(e.value)


@responses.activate
@pytest.mark.usefixtures("no_env_mirror")
def test_download_into_cache_then_cache_hit(mirror: Path, tmp_path: Path) -> None:
    spec = bnd.get("afg-provinces").files[0]
    body = (mirror / spec.name).read_bytes()
    responses.get(spec.urls[0], body=body)
    cache = tmp_path / "cache"
    path = bnd.fetch("afg-provinces", mirror=None, cache_dir=cache)
    assert path == cache / "afg-provinces" / spec.name
    assert path.read_bytes() == body
    assert len(responses.calls) == 1
    again = bnd.fetch("afg-provinces", mirror=None, cache_dir=cache)
    assert again == path and len(responses.calls) == 1  # served from cache


@responses.activate
@pytest.mark.usefixtures("no_env_mirror")
def test_download_falls_back_to_second_url(mirror: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "HTTP_BACKOFF_S", 0.0)
    files = bnd.get("world-countries").files[0]
    responses.get(files.urls[0], status=503)
    responses.get(files.urls[1], body=(mirror / files.name).read_bytes())
    path = bnd.fetch("world-countries", mirror=None, cache_dir=tmp_path)
    assert path.is_file()


@responses.activate
@pytest.mark.usefixtures("no_env_mirror")
def test_tampered_download_leaves_nothing_in_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "HTTP_BACKOFF_S", 0.0)
    spec = bnd.get("afg-provinces").files[0]
    responses.get(spec.urls[0], body=b'{"type": "FeatureCollection", "features": []}')
    with pytest.raises(HashMismatchError, match=spec.sha256):
        bnd.fetch("afg-provinces", mirror=None, cache_dir=tmp_path)
    assert list(tmp_path.rglob("*")) == [] or all(p.is_dir() for p in tmp_path.rglob("*"))


@responses.activate
@pytest.mark.usefixtures("no_env_mirror")
def test_geoboundaries_api_download_records_hash(tmp_path: Path) -> None:
    gj = gpd.GeoDataFrame(
        {"shapeName": ["Alpha", "Beta"], "shapeID": ["X-1", "X-2"]},
        geometry=[box(30, 45, 31, 46), box(31, 45, 32, 46)],
        crs="EPSG:4326",
    ).to_json()
    api = bnd.GEOBOUNDARIES_API.format(iso3="UKR", level="ADM1")
    responses.get(
        api,
        json={"gjDownloadURL": "https://example.org/ukr1.geojson", "boundaryLicense": "CC BY 4.0"},
    )
    responses.get("https://example.org/ukr1.geojson", body=gj)
    us = bnd.load_units("gb:UKR:ADM1", mirror=None, cache_dir=tmp_path)
    assert sorted(us.units["name"]) == ["Alpha", "Beta"]
    assert us.level == "province" and us.units.index.tolist() == ["X-1", "X-2"]
    meta = json.loads((tmp_path / "gb-UKR-ADM1" / "meta.json").read_text())
    assert meta["sha256"] == hashlib.sha256(gj.encode()).hexdigest()
    # a later change to the cached file is caught
    (tmp_path / "gb-UKR-ADM1" / "geoBoundaries-UKR-ADM1.geojson").write_text(gj + " ")
    with pytest.raises(HashMismatchError):
        bnd.fetch("gb:UKR:ADM1", mirror=None, cache_dir=tmp_path)


@responses.activate
@pytest.mark.usefixtures("no_env_mirror")
def test_unreachable_download_is_a_download_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "HTTP_BACKOFF_S", 0.0)
    spec = bnd.get("afg-provinces").files[0]
    responses.get(spec.urls[0], status=404)
    with pytest.raises(DownloadError, match="404"):
        bnd.fetch("afg-provinces", mirror=None, cache_dir=tmp_path)


# ---------------------------------------------------------------- user files


def _write(gdf: gpd.GeoDataFrame, path: Path) -> Path:
    gdf.to_file(path, driver="GeoJSON")
    return path


def test_user_file_with_parent_column(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame(
        {"NAME": ["a one", "a two", "b one"], "REGION": ["A", "A", "B"]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(0, 1, 1, 2)],
        crs="EPSG:4326",
    )
    us = bnd.load_units(
        path=_write(gdf, tmp_path / "u.geojson"), name_column="NAME", parent_column="REGION"
    )
    assert us.level == "district" and len(us.units) == 3
    assert us.units.index.tolist() == ["a/a-one", "a/a-two", "b/b-one"]
    assert us.provinces is not None and sorted(us.provinces.index) == ["A", "B"]
    # 1° x 1° at the equator is about 12,308 km²
    assert us.units["area_km2"].iloc[0] == pytest.approx(12_308, rel=2e-3)


def test_user_file_errors_name_the_problem(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame({"NAME": ["x"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:4326")
    path = _write(gdf, tmp_path / "u.geojson")
    with pytest.raises(BoundaryError, match=r"no column 'name'.*\['NAME'\]"):
        bnd.load_units(path=path, name_column="name")
    with pytest.raises(BoundaryError, match="--name-column"):
        bnd.load_units(path=path)


def test_crs_less_file_needs_assume_crs(tmp_path: Path) -> None:
    path = tmp_path / "nocrs.json"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"n": "x"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]],
                        },
                    }
                ],
            }
        )
    )
    gdf = gpd.read_file(path)
    if gdf.crs is not None:  # GeoJSON implies WGS 84; use a shapefile without .prj instead
        shp = tmp_path / "nocrs.shp"
        gdf.set_crs(None, allow_override=True).to_file(shp)
        (tmp_path / "nocrs.prj").unlink(missing_ok=True)
        path = shp
    with pytest.raises(ValidationError, match="no CRS; pass --assume-crs"):
        bnd.read_polygons(path)
    assert bnd.read_polygons(path, assume_crs="EPSG:4326").crs == "EPSG:4326"


def test_invalid_and_z_geometries_are_repaired(tmp_path: Path) -> None:
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    z = Polygon([(2, 0, 5), (3, 0, 5), (3, 1, 5), (2, 0, 5)])
    gdf = gpd.GeoDataFrame({"n": ["bow", "zed"]}, geometry=[bowtie, z], crs="EPSG:4326")
    path = tmp_path / "bad.gpkg"
    gdf.to_file(path)
    with pytest.warns(UserWarning, match="1 invalid polygon"):
        out = bnd.read_polygons(path)
    assert out.geometry.is_valid.all() and not out.geometry.has_z.any()


def test_empty_geometry_is_an_error_with_row(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame(
        {"n": ["ok", "empty"]}, geometry=[box(0, 0, 1, 1), Polygon()], crs="EPSG:4326"
    )
    path = tmp_path / "e.gpkg"
    gdf.to_file(path)
    with pytest.raises(ValidationError, match=r"row 2, column 'geometry'.*empty"):
        bnd.read_polygons(path)
