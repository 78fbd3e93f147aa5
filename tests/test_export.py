"""`mapper export`: the state at a date as GeoJSON, GeoPackage, GeoParquet, CSV, TopoJSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from click.testing import CliRunner
from shapely.geometry import Polygon

from mapper.claims import read_claims
from mapper.cli import main
from mapper.export import ExportError, export_format, state_table, topojson, write_export
from mapper.snapshots import state_at
from tests.worlds import tiny_units, write_claims

ROWS = [
    {"date": "2024-01-01", "province": "North", "status": "taliban", "source": "A"},
    {"date": "2024-01-05", "province": "North", "district": "Narin", "status": "government",
     "source": '=HYPERLINK("http://evil")'},
    {"date": "2024-01-03", "province": "South", "district": "Sarak", "status": "contested",
     "source": "C"},
    {"date": "2024-02-01", "province": "South", "district": "Sorkh", "status": "taliban",
     "source": "after the date"},
]  # fmt: skip


@pytest.fixture
def table(tmp_path: Path) -> gpd.GeoDataFrame:
    units = tiny_units()
    ledger = read_claims(write_claims(tmp_path, ROWS), units)
    return state_table(state_at(ledger, units, "2024-01-10"), units, ledger)


def test_state_table_rows(table: gpd.GeoDataFrame) -> None:
    t = table.set_index("unit_id")
    assert t["status"].to_dict() == {
        "N/n1": "taliban",
        "N/n2": "government",
        "S/s1": "contested",
        "S/s2": "unknown",
    }
    assert t["since"].to_dict() == {
        "N/n1": "2024-01-01",
        "N/n2": "2024-01-05",
        "S/s1": "2024-01-03",
        "S/s2": "",
    }
    assert t["age_days"].iloc[:3].tolist() == [9, 5, 7] and t["age_days"].isna().iat[3]
    # N/n2 has its own claim and the province-wide one; the February claim is not counted
    assert t["claims"].to_dict() == {"N/n1": 1, "N/n2": 2, "S/s1": 1, "S/s2": 0}
    assert t["parent"].tolist() == ["North", "North", "South", "South"]
    assert t["area_km2"].tolist() == [10.0, 20.0, 30.0, 40.0]
    assert t["status_label"]["N/n1"] == "Taliban control"
    assert set(t["date"]) == {"2024-01-10"}


def test_csv_is_keyed_by_unit_and_formula_safe(table: gpd.GeoDataFrame, tmp_path: Path) -> None:
    out = write_export(table, tmp_path / "s.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [r["unit_id"] for r in rows] == ["N/n1", "N/n2", "S/s1", "S/s2"]
    assert rows[1]["source"] == '\'=HYPERLINK("http://evil")'
    raw = write_export(table, tmp_path / "raw.csv", formula_safe=False)
    assert list(csv.DictReader(io.StringIO(raw.read_text("utf-8"))))[1]["source"].startswith("=")
    with pytest.raises(FileExistsError):
        write_export(table, out)


def test_geojson_and_geopackage_round_trip(table: gpd.GeoDataFrame, tmp_path: Path) -> None:
    gj = write_export(table, tmp_path / "s.geojson")
    doc = json.loads(gj.read_text("utf-8"))
    assert "NaN" not in gj.read_text("utf-8")
    props = [f["properties"] for f in doc["features"]]
    assert [p["unit_id"] for p in props] == ["N/n1", "N/n2", "S/s1", "S/s2"]
    assert props[3]["age_days"] is None and props[1]["claims"] == 2
    ring = np.array(doc["features"][0]["geometry"]["coordinates"][0])
    assert shapely.is_ccw(shapely.linearrings(ring))  # RFC 7946: exterior counter-clockwise
    gp = gpd.read_file(write_export(table, tmp_path / "s.gpkg"), layer="state")
    assert gp["status"].tolist() == table["status"].tolist()
    assert gp["claims"].tolist() == [1, 2, 1, 0]
    assert not list(tmp_path.glob(".*.tmp"))


def test_geoparquet(table: gpd.GeoDataFrame, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    back = gpd.read_parquet(write_export(table, tmp_path / "s.parquet"))
    assert back["unit_id"].tolist() == ["N/n1", "N/n2", "S/s1", "S/s2"]
    assert back.geometry.equals(table.geometry)


def _decode(topo: dict) -> list[Polygon]:
    """An independent TopoJSON reader (spec: delta-encoded quantised arcs, ~i reversed)."""
    sc, tr = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = [np.cumsum(np.array(a, dtype=float), axis=0) * sc + tr for a in topo["arcs"]]

    def ring(refs: list[int]) -> np.ndarray:
        pts: list[np.ndarray] = []
        for r in refs:
            a = arcs[r] if r >= 0 else arcs[~r][::-1]
            pts.extend(a if not pts else a[1:])
        return np.array(pts)

    out = []
    for g in topo["objects"]["units"]["geometries"]:
        assert g["type"] == "MultiPolygon"
        polys = [Polygon(ring(p[0]), [ring(h) for h in p[1:]]) for p in g["arcs"]]
        out.append(shapely.union_all(polys))
    return out


def test_topojson_basemap_decodes_to_the_units(table: gpd.GeoDataFrame) -> None:
    topo = topojson(table)
    geoms = topo["objects"]["units"]["geometries"]
    assert [g["id"] for g in geoms] == ["N/n1", "N/n2", "S/s1", "S/s2"]
    assert geoms[1]["properties"] == {"unit_id": "N/n2", "name": "Narin", "parent": "North"}
    decoded = _decode(topo)
    for got, want in zip(decoded, table.geometry, strict=True):
        assert got.symmetric_difference(want).area < 1e-8
        # the d3/TopoJSON convention (as us-atlas): exterior rings clockwise
        assert not shapely.is_ccw(got.exterior)
    # four squares in a 2x2 grid: 12 unit edges, each shared edge stored once (not 16)
    total = sum(len(a) - 1 for a in topo["arcs"])
    assert total <= 12


def test_cli_export_writes_each_format(tmp_path: Path) -> None:
    bfile = tmp_path / "units.geojson"
    tiny_units().units.reset_index().to_file(bfile, driver="GeoJSON")
    base = ["--boundary-file", str(bfile), "--name-column", "name", "--parent-column", "province"]
    ledger = write_claims(tmp_path, ROWS)
    outs = [tmp_path / f"s.{s}" for s in ("geojson", "gpkg", "csv", "topojson")]
    args = ["export", str(ledger), "--date", "2024-01-10", *base]
    for o in outs:
        args += ["-o", str(o)]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert all(o.exists() for o in outs)
    # a second run refuses before any work, naming the file
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 1 and "exists; pass --overwrite" in r.output
    r = CliRunner().invoke(main, [*args[:-2], "-o", str(tmp_path / "s.xlsx")])
    assert r.exit_code == 1 and "unknown export format '.xlsx'" in r.output


def test_unknown_suffix() -> None:
    with pytest.raises(ExportError, match=r"\.geojson, \.json, \.gpkg"):
        export_format("x.shp")
