"""Tiny in-code worlds with exact, hand-written numbers.

Two provinces, four districts, unit squares on a lon/lat grid. Areas are *set* (not
computed) so expected shares are exact fractions written in the tests:

    North:  n1 (10 km²)  n2 (20 km²)       lon 0..1, 1..2 ; lat 1..2
    South:  s1 (30 km²)  s2 (40 km²)       lon 0..1, 1..2 ; lat 0..1

Total 100 km², 4 districts.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from mapper.boundaries import UnitSet

AREAS = {"N/n1": 10.0, "N/n2": 20.0, "S/s1": 30.0, "S/s2": 40.0}


def tiny_units() -> UnitSet:
    rows = [
        ("N/n1", "Nolan", "North", box(0, 1, 1, 2)),
        ("N/n2", "Narin", "North", box(1, 1, 2, 2)),
        ("S/s1", "Sarak", "South", box(0, 0, 1, 1)),
        ("S/s2", "Sorkh", "South", box(1, 0, 2, 1)),
    ]
    units = gpd.GeoDataFrame(
        {
            "name": [r[1] for r in rows],
            "province": [r[2] for r in rows],
            "iso_3166_2": ["XN", "XN", "XS", "XS"],
            "source_id": [r[0] for r in rows],
            "area_km2": [AREAS[r[0]] for r in rows],
        },
        geometry=[r[3] for r in rows],
        crs="EPSG:4326",
        index=pd.Index([r[0] for r in rows], name="unit_id"),
    )
    provinces = gpd.GeoDataFrame(
        {"iso_3166_2": ["XN", "XS"]},
        geometry=[box(0, 1, 2, 2), box(0, 0, 2, 1)],
        crs="EPSG:4326",
        index=pd.Index(["North", "South"], name="province"),
    )
    return UnitSet(
        units=units,
        level="district",
        boundary="tiny",
        title="Tiny test world",
        attribution="Test squares",
        licence="CC0",
        provinces=provinces,
    )


def tiny_provinces() -> UnitSet:
    """The same world at province level: North (30 km², id XN) and South (70 km², id XS)."""
    districts = tiny_units()
    assert districts.provinces is not None
    outlines = districts.provinces
    units = gpd.GeoDataFrame(
        {
            "name": ["North", "South"],
            "province": ["North", "South"],
            "iso_3166_2": ["XN", "XS"],
            "source_id": ["XN", "XS"],
            "area_km2": [30.0, 70.0],
        },
        geometry=list(outlines.geometry),
        crs="EPSG:4326",
        index=pd.Index(["XN", "XS"], name="unit_id"),
    )
    return UnitSet(
        units=units,
        level="province",
        boundary="tiny-provinces",
        title="Tiny test world, provinces",
        attribution="Test squares",
        licence="CC0",
        provinces=outlines,
    )


HEADER = ["date", "province", "district", "status", "actor", "source", "url", "confidence", "note"]


def write_claims(tmp_path: Path, rows: list[dict[str, str]], name: str = "claims.csv") -> Path:
    """Write claim dicts (missing columns empty) as a CSV and return its path."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in HEADER} | {"source": r.get("source", "Test")})
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def tiny_segments() -> gpd.GeoDataFrame:
    """Hand-made border pieces for the tiny world, with exact lengths (km).

    n1: 30 km on TJK;  n2: 10 km on TJK and 5 km on UZB;  s1: 20 km on IRN;  s2: 7 km
    unassigned (farther than the neighbour search distance).  TJK 40, UZB 5, IRN 20.
    """
    from shapely.geometry import LineString

    rows = [
        ("N/n1", "TJK", 20.0, LineString([(0, 2), (0.5, 2)])),
        ("N/n1", "TJK", 10.0, LineString([(0.5, 2), (1, 2)])),
        ("N/n2", "TJK", 10.0, LineString([(1, 2), (2, 2)])),
        ("N/n2", "UZB", 5.0, LineString([(2, 2), (2, 1)])),
        ("S/s1", "IRN", 20.0, LineString([(0, 0), (0, 1)])),
        ("S/s2", None, 7.0, LineString([(1, 0), (2, 0)])),
    ]
    return gpd.GeoDataFrame(
        {
            "unit_id": [r[0] for r in rows],
            "neighbour": [r[1] for r in rows],
            "length_km": [r[2] for r in rows],
        },
        geometry=[r[3] for r in rows],
        crs="EPSG:4326",
    )


def write_us_capitals(tmp_path: Path) -> Path:
    """A places file with two U.S. state capitals (``--places``) for the us-counties set."""
    path = tmp_path / "places.csv"
    path.write_text(
        "name,variants,province,kind,lat,lon,source\n"
        "Sacramento,,California,admin1,38.5816,-121.4944,test\n"
        "Austin,,Texas,admin1,30.2672,-97.7431,test\n",
        encoding="utf-8",
    )
    return path
