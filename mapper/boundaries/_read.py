"""Reading a polygon file into usable geometry, refusing what cannot be measured."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .. import settings
from .._lazy import LazyModule
from ..errors import BoundaryError, Problem, ValidationError
from ..matching import normalize

if TYPE_CHECKING:
    import geopandas as gpd
    import shapely
else:
    gpd = LazyModule("geopandas")
    shapely = LazyModule("shapely")


def clean_name(value: object) -> str:
    """Strip stray white space and newlines from a boundary name (``"Warduj\\n"``).

    ``None`` and NaN are the empty name (never ``"nan"``); an integral float keeps its
    integer text (``12.0`` -> ``"12"``), as a spreadsheet showed it.
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            value = int(value)
    return " ".join(str(value).split())


def slug(name: str) -> str:
    """A stable id fragment: normalised, ASCII, hyphenated."""
    return normalize(name).replace(" ", "-") or "unit"


def area_km2(geoms: gpd.GeoSeries) -> np.ndarray:
    """Area in km² of each geometry, in the equal-area CRS (never degrees)."""
    if geoms.crs is None:
        raise BoundaryError("geometries have no CRS; cannot compute areas")
    return np.asarray(geoms.to_crs(settings.EQUAL_AREA_CRS).area.to_numpy() / 1e6)


def parse_crs(text: str, *, option: str = "--assume-crs") -> object:
    """A :class:`pyproj.CRS` from user text, or a :class:`BoundaryError` saying what is valid."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        return CRS.from_user_input(text)
    except CRSError as e:
        raise BoundaryError(
            f"{option} {text!r} is not a coordinate reference system ({e}). Valid: an "
            "authority code such as EPSG:4326 (lon/lat WGS 84) or EPSG:32642, a PROJ string "
            "or WKT"
        ) from e


def _coordinate_problems(
    path: Path, gdf: gpd.GeoDataFrame, geoms: np.ndarray, *, assumed: bool
) -> list[Problem]:
    """Rows whose coordinates cannot be in the file's CRS (lon 500 in degrees, ...)."""
    crs = gdf.crs
    bounds = shapely.bounds(geoms)
    problems: list[Problem] = []
    finite = np.isfinite(bounds).all(axis=1)
    for i in np.flatnonzero(~finite):
        problems.append(
            Problem(str(path), int(i) + 1, "geometry", None, "coordinates are not finite")
        )
    if crs is None or not crs.is_geographic:
        return problems
    bad = finite & (
        (bounds[:, 0] < -180.0)
        | (bounds[:, 2] > 180.0)
        | (bounds[:, 1] < -90.0)
        | (bounds[:, 3] > 90.0)
    )
    hint = (
        "; the coordinates look projected (metres?): --assume-crs EPSG:4326 is wrong for "
        "this file, give its real CRS"
        if assumed
        else f"; the file declares {crs.to_string()}, a lon/lat CRS, so the file is wrong "
        "or declares the wrong CRS"
    )
    for i in np.flatnonzero(bad):
        b = bounds[i]
        problems.append(
            Problem(
                str(path),
                int(i) + 1,
                "geometry",
                f"lon {b[0]:.6g}..{b[2]:.6g}, lat {b[1]:.6g}..{b[3]:.6g}",
                "coordinates outside the valid range of a lon/lat CRS (lon -180..180, "
                "lat -90..90)" + hint,
            )
        )
    return problems


def read_polygons(
    path: str | Path,
    *,
    layer: str | None = None,
    assume_crs: str | None = None,
    exclude: tuple[tuple[str, str], ...] = (),
    exclude_column: str | None = None,
) -> gpd.GeoDataFrame:
    """Read a polygon file and make its geometry usable, reporting what was wrong.

    Z coordinates are dropped, invalid polygons repaired with ``make_valid`` (a warning),
    and the result is in EPSG:4326. Empty, missing or non-polygonal geometries, coordinates
    outside the CRS's valid range, areas that are not finite and a missing CRS (unless
    ``assume_crs``) are errors naming the rows. ``exclude`` ((id, reason) pairs matched on
    ``exclude_column``) drops features a registry declares unusable, with a warning each;
    an excluded id the file lacks is an error (the file is not the one described).
    """
    path = Path(path)
    crs_given = parse_crs(assume_crs) if assume_crs is not None else None
    try:
        gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except Exception as e:  # pyogrio raises several types for unreadable files
        raise BoundaryError(
            f"{path}: cannot read as a vector file ({e}). Valid: GeoJSON, "
            "Shapefile, GeoPackage, TopoJSON (with --layer)"
        ) from e
    if exclude:
        gdf = _exclude(path, gdf, exclude, exclude_column)
    problems: list[Problem] = []
    if len(gdf) == 0:
        raise ValidationError(
            [Problem(str(path), None, None, None, "file has no features")],
            summary=f"{path}: no units",
        )
    assumed = False
    if gdf.crs is None:
        if crs_given is None:
            raise ValidationError(
                [
                    Problem(
                        str(path),
                        None,
                        "crs",
                        None,
                        "file has no CRS; pass --assume-crs EPSG:4326 "
                        "(or the right one) if you know it",
                    )
                ]
            )
        gdf = gdf.set_crs(crs_given)
        assumed = True
    geoms = gdf.geometry.to_numpy()
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    for i in np.flatnonzero(missing):
        problems.append(
            Problem(
                str(path),
                int(i) + 1,
                "geometry",
                None,
                "empty or missing geometry; every unit needs a polygon",
            )
        )
    ok = ~missing
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, [3, 6, 7])  # Polygon, MultiPolygon, GeometryCollection
    for i in np.flatnonzero(ok & ~polygonal):
        problems.append(
            Problem(
                str(path),
                int(i) + 1,
                "geometry",
                geoms[i].geom_type,
                "not a polygon; units must be Polygon or MultiPolygon",
            )
        )
    if problems:
        raise ValidationError(problems, summary=f"{path}: unusable geometries")
    problems = _coordinate_problems(path, gdf, geoms, assumed=assumed)
    if problems:
        raise ValidationError(problems, summary=f"{path}: coordinates out of range")
    geoms = shapely.force_2d(geoms)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        warnings.warn(
            f"{path}: {int(invalid.sum())} invalid polygon(s) repaired with "
            f"make_valid (rows {[int(i) + 1 for i in np.flatnonzero(invalid)[:10]]})",
            stacklevel=2,
        )
        fixed = shapely.make_valid(geoms[invalid])
        # make_valid can return collections with stray lines; keep the polygonal part
        geoms[invalid] = [_polygonal(g) for g in fixed]
    collections = shapely.get_type_id(geoms) == 7
    geoms[collections] = [_polygonal(g) for g in geoms[collections]]
    # a degenerate ring, or a collection of lines, "loads" as a unit of 0 km² that would
    # silently join every count denominator
    no_area = shapely.is_empty(geoms) | (shapely.area(geoms) <= 0)
    if no_area.any():
        raise ValidationError(
            [
                Problem(
                    str(path),
                    int(i) + 1,
                    "geometry",
                    None,
                    "polygon has no area (degenerate ring, or only lines/points); every "
                    "unit needs an area",
                )
                for i in np.flatnonzero(no_area)
            ],
            summary=f"{path}: unusable geometries",
        )
    gdf = gdf.set_geometry(gpd.GeoSeries(geoms, crs=gdf.crs, index=gdf.index))
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
        moved = gdf.geometry.to_numpy()
        problems = _coordinate_problems(path, gdf, moved, assumed=assumed)
        if problems:
            raise ValidationError(
                problems, summary=f"{path}: coordinates do not reproject to lon/lat"
            )
    return gdf


def _exclude(
    path: Path,
    gdf: gpd.GeoDataFrame,
    exclude: tuple[tuple[str, str], ...],
    column: str | None,
) -> gpd.GeoDataFrame:
    if column is None or column not in gdf.columns:
        raise BoundaryError(f"{path}: no column {column!r} to match the excluded ids on")
    ids = gdf[column].map(clean_name)
    drop = ids.isin([i for i, _ in exclude])
    missing = sorted({i for i, _ in exclude} - set(ids[drop]))
    if missing:
        raise BoundaryError(
            f"{path}: the registry excludes {column} {missing}, which the file does not have; "
            "it is not the file the registry describes"
        )
    for i, why in exclude:
        warnings.warn(f"{path.name}: {column} {i} left out: {why}", UserWarning, stacklevel=3)
    return gdf[~drop.to_numpy()].reset_index(drop=True)


def check_areas(path: str, areas: np.ndarray, names: list[str]) -> None:
    """Refuse units whose equal-area area is not a finite positive number."""
    bad = ~np.isfinite(areas) | (areas <= 0)
    if bad.any():
        raise ValidationError(
            [
                Problem(
                    path,
                    int(i) + 1,
                    "geometry",
                    names[i],
                    f"area is {float(areas[i])} km² in {settings.EQUAL_AREA_CRS}; the unit "
                    "cannot be measured, so no denominator can include it",
                )
                for i in np.flatnonzero(bad)
            ],
            summary=f"{path}: units without a measurable area",
        )


def _polygonal(g: shapely.Geometry) -> shapely.Geometry:
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()
