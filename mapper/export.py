"""The state at a date as files for GIS and newsroom tools.

:func:`state_table` is one row per unit (id, names, parent, status, since, age, claims,
area); :func:`write_export` writes it as GeoJSON, GeoPackage or GeoParquet with the full
polygons (QGIS, notebooks), as a CSV keyed by unit id (a choropleth tool's data sheet), or
as a TopoJSON basemap (the simplified polygons with id, name and parent, for Datawrapper's
or Flourish's "custom map" upload; join the CSV on ``unit_id``). CSV text cells are
formula-safe (:func:`mapper._io.neutralize_frame`); JSON never holds NaN or Infinity.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import settings
from ._io import atomic_open, move_into_place, neutralize_frame, write_text
from .boundaries import UnitSet
from .claims import Ledger
from .errors import MapperError, OutputExistsError, WriteError
from .snapshots import candidates

Format = Literal["geojson", "gpkg", "geoparquet", "csv", "topojson"]
#: File suffix -> format.
SUFFIXES: dict[str, Format] = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "geoparquet",
    ".geoparquet": "geoparquet",
    ".csv": "csv",
    ".topojson": "topojson",
}
#: Columns of :func:`state_table`, in order (geometry last).
COLUMNS = [
    "unit_id",
    "name",
    "parent",
    "status",
    "status_label",
    "actor",
    "since",
    "age_days",
    "claims",
    "disputed",
    "stale",
    "confidence",
    "source",
    "area_km2",
    "date",
]


class ExportError(MapperError, ValueError):
    """An export cannot be written as asked (unknown format, missing engine)."""


def export_format(path: str | Path) -> Format:
    """The format a path's suffix asks for.

    Raises
    ------
    ExportError
        An unknown suffix (the message lists the known ones).
    """
    suffix = Path(path).suffix.lower()
    fmt = SUFFIXES.get(suffix)
    if fmt is None:
        raise ExportError(
            f"{str(path)!r}: unknown export format {suffix or '(no suffix)'!r}; use one of "
            f"{', '.join(SUFFIXES)}"
        )
    return fmt


def state_table(state: pd.DataFrame, units: UnitSet, ledger: Ledger) -> gpd.GeoDataFrame:
    """One row per unit: the state at ``state.attrs["date"]`` with its claims count.

    ``since`` is the date of the claim behind the status (empty when unknown), ``age_days``
    the days since then, ``claims`` the number of ledger claims dated on or before the date
    that bear on the unit (its own and those of a province-wide claim), ``area_km2`` the
    equal-area size the stats divide by.
    """
    date = pd.Timestamp(state.attrs["date"])
    vocab = ledger.vocabulary
    per_unit = candidates(ledger, units, date).groupby("unit_id").size()
    u = units.units
    since = state["claim_date"]
    out = gpd.GeoDataFrame(
        {
            "unit_id": u.index.astype(str).to_numpy(),
            "name": u["name"].astype(str).to_numpy(),
            "parent": u["province"].astype(str).to_numpy(),
            "status": state["status"].astype(str).to_numpy(),
            "status_label": [vocab[s].label for s in state["status"]],
            "actor": state["actor"].astype(str).to_numpy(),
            "since": [d.strftime("%Y-%m-%d") if pd.notna(d) else "" for d in since],
            "age_days": state["age_days"].astype("Int64").to_numpy(),
            "claims": per_unit.reindex(u.index, fill_value=0).astype(int).to_numpy(),
            "disputed": state["disputed"].astype(bool).to_numpy(),
            "stale": state["stale"].astype(bool).to_numpy(),
            "confidence": state["confidence"].astype(str).to_numpy(),
            "source": state["source"].astype(str).to_numpy(),
            "area_km2": u["area_km2"].astype(float).round(3).to_numpy(),
            "date": date.strftime("%Y-%m-%d"),
        },
        geometry=u.geometry.to_numpy(),
        crs=u.crs,
    )
    return out


def write_export(
    table: gpd.GeoDataFrame,
    path: str | Path,
    *,
    fmt: Format | None = None,
    overwrite: bool = False,
    formula_safe: bool = True,
) -> Path:
    """Write ``table`` (from :func:`state_table`) as ``fmt`` (default: from the suffix).

    Raises
    ------
    ExportError
        Unknown format, or GeoParquet without pyarrow installed.
    OutputExistsError
        ``path`` exists and ``overwrite`` is false.
    """
    p = Path(path)
    fmt = fmt or export_format(p)
    if not overwrite and p.exists():
        raise OutputExistsError(f"{str(p)!r} exists; pass --overwrite to replace it")
    if fmt == "csv":
        df = pd.DataFrame(table.drop(columns="geometry"))
        if formula_safe:
            df = neutralize_frame(df)
        with atomic_open(p, "w", overwrite=overwrite) as fh:
            df.to_csv(fh, index=False, lineterminator="\n")
    elif fmt == "geojson":
        geo = table.to_crs(settings.DRAW_CRS).copy()
        geo.geometry = shapely.orient_polygons(geo.geometry.to_numpy(), exterior_cw=False)
        text = _json(json.loads(geo.to_json(na="null", drop_id=True)))
        write_text(p, text, overwrite=overwrite)
    elif fmt == "topojson":
        write_text(p, _json(topojson(table)), overwrite=overwrite)
    elif fmt in ("gpkg", "geoparquet"):
        _write_via_temp(table, p, fmt, overwrite=overwrite)
    else:  # pragma: no cover - Format is closed
        raise ExportError(f"unknown format {fmt!r}")
    return p


def _write_via_temp(
    table: gpd.GeoDataFrame, p: Path, fmt: Format, *, overwrite: bool = True
) -> None:
    """GDAL and pyarrow write to a path: write beside ``p``, then rename over it."""
    if fmt == "geoparquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ExportError(
                "GeoParquet needs pyarrow: pip install pyarrow (or mapper[parquet]); "
                "GeoJSON and GeoPackage need nothing more"
            ) from None
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as e:
        raise WriteError(f"cannot write {str(p)!r}: {e.strerror or e}") from e
    os.close(fd)
    os.unlink(tmp)
    try:
        if fmt == "gpkg":
            with warnings.catch_warnings():
                # the temp name ends in .tmp; the renamed file has the .gpkg suffix
                warnings.filterwarnings("ignore", "The filename extension", RuntimeWarning)
                table.to_file(tmp, driver="GPKG", layer="state")
        else:
            table.to_parquet(tmp, index=False)
        move_into_place(tmp, p, overwrite=overwrite)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not isinstance(e, MapperError):
            raise WriteError(f"cannot write {str(p)!r}: {e.strerror or e}") from e
        raise


def topojson(table: gpd.GeoDataFrame, *, tolerance: float | None = None) -> dict[str, Any]:
    """A TopoJSON basemap of ``table``'s units (object ``units``), quantised.

    Shared borders are stored once; polygons are simplified as a coverage for drawing
    (``settings.SIMPLIFY_TOLERANCE_DEG``, areas are never computed from them); exterior
    rings run clockwise, the d3/TopoJSON convention the newsroom tools draw with. Each
    geometry has ``id`` = unit id and properties ``unit_id``, ``name``, ``parent``.
    """
    from .pages._topology import build_topology

    tol = settings.SIMPLIFY_TOLERANCE_DEG if tolerance is None else tolerance
    geoms = table.geometry.to_crs(settings.DRAW_CRS)
    arr = shapely.coverage_simplify(geoms.to_numpy(), tol) if tol > 0 else geoms.to_numpy()
    arr = shapely.set_precision(arr, settings.COORD_PRECISION_DEG)
    arr = shapely.orient_polygons(arr, exterior_cw=True)
    step = settings.COORD_PRECISION_DEG
    topo = build_topology(arr, step=step)
    arcs = []
    for a in topo.arcs:
        d = np.asarray(a, dtype=np.int64).copy()
        d[1:] = d[1:] - d[:-1]
        arcs.append(d.tolist())
    geometries = []
    for i, polys in enumerate(topo.shapes):
        props = {
            "unit_id": str(table["unit_id"].iat[i]),
            "name": str(table["name"].iat[i]),
            "parent": str(table["parent"].iat[i]),
        }
        g: dict[str, Any] = {"type": None, "id": props["unit_id"], "properties": props}
        if polys:
            g = {
                "type": "MultiPolygon",
                "arcs": polys,
                **{k: v for k, v in g.items() if k != "type"},
            }
        geometries.append(g)
    x0, y0, x1, y1 = (float(v) for v in shapely.total_bounds(arr))
    return {
        "type": "Topology",
        "bbox": [round(x0, 6), round(y0, 6), round(x1, 6), round(y1, 6)],
        "transform": {"scale": [step, step], "translate": [topo.origin[0], topo.origin[1]]},
        "objects": {"units": {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": arcs,
    }


def _json(doc: Any) -> str:
    """Compact JSON, NaN and Infinity refused (invalid JSON), UTF-8 text kept."""

    def clean(o: Any) -> Any:
        if isinstance(o, float) and not math.isfinite(o):
            return None
        if isinstance(o, dict):
            return {k: clean(v) for k, v in o.items()}
        if isinstance(o, list):
            return [clean(v) for v in o]
        return o

    return json.dumps(clean(doc), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
