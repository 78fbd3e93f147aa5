"""International-border geometry: which stretch of a country's outline faces which neighbour.

The district outlines (geoBoundaries / AIMS) and the neighbour polygons (Natural Earth 1:10m)
come from different surveys and do not share a border line: Natural Earth lies up to ~3.4 km
(Tajik side) and ~7 km (Iranian side) from the AIMS outline.  "Touches the neighbour's polygon"
therefore misses long stretches.  Instead we take the country's OWN outer outline (the union of
its units), cut it into short pieces and give each piece to the NEAREST neighbouring country
within ``max_distance_km``; pieces farther than that from every neighbour stay unassigned.

Lengths are geodesic on the WGS84 ellipsoid; distances for the nearest-neighbour search are
measured in an azimuthal equidistant projection centred on the country (scale error below
~0.2 % within 800 km of the centre), never in degrees.

Against the published figures (:data:`PUBLISHED_BORDER_KM`) the 398 AIMS districts give
+0.1 % (Pakistan) to +1.3 % (Turkmenistan), but China comes out at ~96 km, +5.6 %: Natural
Earth puts the China/Pakistan tripoint ~6 km (along the AIMS outline) south-west of the
Wakhan's south-eastern tip, where the 1963 Sino-Afghan treaty starts the boundary.

All functions are pure: no file or network I/O, inputs are not modified.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import numpy.typing as npt
import pandas as pd
import pyproj
import shapely

__all__ = [
    "ISO_NUMERIC_TO_ISO3",
    "LENGTH_CAVEATS",
    "NEIGHBOUR_NAMES",
    "PUBLISHED_BORDER_KM",
    "SEGMENT_COLUMNS",
    "border_lengths",
    "border_segments",
    "border_units",
    "unit_border_lengths",
]

#: Afghanistan's six neighbours, keyed by ISO 3166-1 alpha-3.
NEIGHBOUR_NAMES: dict[str, str] = {
    "TJK": "Tajikistan",
    "UZB": "Uzbekistan",
    "TKM": "Turkmenistan",
    "IRN": "Iran",
    "PAK": "Pakistan",
    "CHN": "China",
}

#: Published lengths of Afghanistan's land borders, km (CIA World Factbook figures).
PUBLISHED_BORDER_KM: dict[str, float] = {
    "TJK": 1357.0,
    "UZB": 144.0,
    "TKM": 804.0,
    "IRN": 921.0,
    "PAK": 2670.0,
    "CHN": 91.0,
}

#: ISO 3166-1 numeric (Natural Earth / world-atlas ``id``) -> alpha-3.  Afghanistan, its six
#: neighbours and the nearest non-neighbours (Kyrgyzstan ~100 km, India ~210 km, Kazakhstan
#: ~300 km from the AIMS outline), so that a wrong nearest match would show up rather than be
#: hidden.  Countries missing from this table are ignored by :func:`border_segments`.
ISO_NUMERIC_TO_ISO3: dict[str, str] = {
    "004": "AFG",
    "762": "TJK",
    "860": "UZB",
    "795": "TKM",
    "364": "IRN",
    "586": "PAK",
    "156": "CHN",
    "417": "KGZ",
    "356": "IND",
    "398": "KAZ",
}

_GEOD = pyproj.Geod(ellps="WGS84")
#: Upper bound of km per degree of latitude (111.69) or longitude (111.32 at the equator);
#: a lon/lat edge no longer than ``x / _KM_PER_DEG_MAX`` degrees is at most ``x`` km long.
_KM_PER_DEG_MAX = 111.7
#: Edges are densified to at most ``segment_km / _DENSIFY`` so that pieces, which are made of
#: whole edges, stay within about 1 +- 1/_DENSIFY of ``segment_km``.
_DENSIFY = 4.0

SEGMENT_COLUMNS = ["unit_id", "neighbour", "length_km", "geometry"]


def border_segments(
    units: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame,
    *,
    country_iso3: str = "AFG",
    max_distance_km: float = 25.0,
    segment_km: float = 1.0,
) -> gpd.GeoDataFrame:
    """Pieces of the outer outline of ``units``, each assigned to a neighbour and to a unit.

    Parameters
    ----------
    units
        The country's administrative units (e.g. the 398 districts), polygons in EPSG:4326
        (other CRSs are reprojected; a missing CRS is an error), indexed by unit id.  They
        should form a coverage of the country: the outline is the exterior of their union,
        holes of the union (slivers between units) are not treated as borders.
    countries
        Country polygons with an ``id`` column holding the ISO 3166-1 numeric code as a
        string (Natural Earth / world-atlas ``countries`` layer).  Only countries listed in
        :data:`ISO_NUMERIC_TO_ISO3` are used, ``country_iso3`` itself excluded.
    country_iso3
        The country the units belong to.
    max_distance_km
        A piece farther than this from every neighbour is left unassigned (``neighbour`` is
        ``None``).  Must exceed the mismatch between the two data sets (~7 km here).
    segment_km
        Target piece length.  The outline is densified so that no edge exceeds a quarter of
        it, each edge is assigned (to a neighbour and to a unit) by its midpoint, and runs of
        edges with the same neighbour and unit are cut into equal pieces; a piece is at most
        1.25 * ``segment_km`` long.

    Returns
    -------
    GeoDataFrame in EPSG:4326 with one row per piece, in order along the outline, and
    columns ``unit_id`` (index label of the unit whose boundary the piece lies on),
    ``neighbour`` (ISO3 of the nearest neighbour, ``None`` if unassigned), ``length_km``
    (geodesic, WGS84) and ``geometry`` (LineString).  The pieces partition the outline:
    they do not overlap and their lengths add up to the outline's length.
    """
    if not max_distance_km > 0:
        raise ValueError(f"max_distance_km must be > 0, got {max_distance_km!r}")
    if not segment_km > 0:
        raise ValueError(f"segment_km must be > 0, got {segment_km!r}")
    if units.crs is None:
        raise ValueError("units have no CRS; expected EPSG:4326 lon/lat")
    if len(units) == 0:
        raise ValueError("units is empty")
    if not units.index.is_unique:
        raise ValueError("units index (the unit ids) must be unique")

    unit_geoms = _valid(units.to_crs(4326).geometry.to_numpy())
    rings = _outline_rings(unit_geoms)
    if len(rings) == 0:
        raise ValueError("units have no polygon area")

    # Densify in lon/lat: added vertices lie on the original edges, so the outline is unchanged.
    rings = shapely.segmentize(rings, max_segment_length=segment_km / _DENSIFY / _KM_PER_DEG_MAX)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    # Consecutive vertices of the same ring form an edge (rings are closed).
    is_edge = ring_of[:-1] == ring_of[1:]
    start = coords[:-1][is_edge]
    end = coords[1:][is_edge]
    edge_ring = ring_of[:-1][is_edge]
    _, _, edge_m = _GEOD.inv(start[:, 0], start[:, 1], end[:, 0], end[:, 1])
    edge_m = np.asarray(edge_m, dtype=float)

    # Nearest-search CRS: azimuthal equidistant, centred on the outline's bounding box.
    lon0, lat0 = _bbox_centre(rings)
    aeqd = pyproj.CRS.from_proj4(
        f"+proj=aeqd +lat_0={lat0:.6f} +lon_0={lon0:.6f} +datum=WGS84 +units=m +no_defs"
    )
    to_aeqd = pyproj.Transformer.from_crs(4326, aeqd, always_xy=True)
    mid = (start + end) / 2.0  # on the edge as drawn in EPSG:4326
    mx, my = to_aeqd.transform(mid[:, 0], mid[:, 1])
    mid_pts = shapely.points(np.asarray(mx), np.asarray(my))

    unit_proj = shapely.transform(unit_geoms, lambda xy: _transform_xy(to_aeqd, xy))
    edge_unit = _nearest(mid_pts, unit_proj, max_distance=None)

    nb_iso3, nb_geoms = _neighbour_polygons(countries, country_iso3, unit_geoms)
    max_m = max_distance_km * 1000.0
    if len(nb_geoms):
        # Only the parts of the neighbours near the outline matter; clipping keeps the
        # polygons (China, Iran, ...) small so that the distance computations stay cheap.
        nb_proj = shapely.transform(nb_geoms, lambda xy: _transform_xy(to_aeqd, xy))
        xmin, ymin, xmax, ymax = shapely.total_bounds(mid_pts)
        pad = 2.0 * max_m
        nb_proj = shapely.clip_by_rect(nb_proj, xmin - pad, ymin - pad, xmax + pad, ymax + pad)
        edge_nb = _nearest(mid_pts, nb_proj, max_distance=max_m)
    else:
        edge_nb = np.full(len(mid_pts), -1, dtype=np.intp)

    order = _rotate_rings(edge_ring, edge_unit, edge_nb)
    start, end, edge_ring = start[order], end[order], edge_ring[order]
    edge_unit, edge_nb, edge_m = edge_unit[order], edge_nb[order], edge_m[order]
    piece = _pieces(edge_ring, edge_unit, edge_nb, edge_m, segment_km * 1000.0)
    geoms = _piece_lines(start, end, piece)
    first = np.flatnonzero(np.r_[True, piece[1:] != piece[:-1]])
    length_km = np.bincount(piece, weights=edge_m) / 1000.0
    nb_first = edge_nb[first]
    neighbour = np.array([nb_iso3[i] if i >= 0 else None for i in nb_first], dtype=object)
    return gpd.GeoDataFrame(
        {
            "unit_id": units.index.to_numpy()[edge_unit[first]],
            "neighbour": neighbour,
            "length_km": length_km,
        },
        geometry=gpd.GeoSeries(geoms, crs="EPSG:4326").to_numpy(),
        crs="EPSG:4326",
    )[SEGMENT_COLUMNS]


def border_lengths(segments: pd.DataFrame) -> pd.DataFrame:
    """Border length per neighbour, compared with :data:`PUBLISHED_BORDER_KM` (Afghanistan's).

    Returns a frame indexed by neighbour ISO3 (sorted; unassigned pieces are left out) with
    columns ``length_km``, ``published_km`` (NaN if no published figure), ``diff_pct``
    (``100 * (length_km - published_km) / published_km``) and ``units`` (number of distinct
    units along that border).
    """
    assigned = segments[segments["neighbour"].notna()]
    grouped = assigned.groupby("neighbour", sort=True)
    out = pd.DataFrame(
        {
            "length_km": grouped["length_km"].sum().astype(float),
            "units": grouped["unit_id"].nunique().astype(int),
        }
    )
    out.index.name = "neighbour"
    out["published_km"] = out.index.map(lambda k: PUBLISHED_BORDER_KM.get(k, np.nan)).astype(float)
    out["diff_pct"] = 100.0 * (out["length_km"] - out["published_km"]) / out["published_km"]
    return out[["length_km", "published_km", "diff_pct", "units"]]


def border_units(segments: pd.DataFrame, neighbour: str) -> pd.Index:
    """Sorted ids of the units with at least one piece on the border with ``neighbour``.

    An unknown neighbour gives an empty index.
    """
    ids = segments.loc[segments["neighbour"] == neighbour, "unit_id"]
    return pd.Index(sorted(ids.unique()), name="unit_id")


# --------------------------------------------------------------------------------------------
# helpers


def _valid(geoms: npt.NDArray[np.object_]) -> npt.NDArray[np.object_]:
    """make_valid only where needed (it is not free and may reorder rings)."""
    geoms = np.asarray(geoms, dtype=object).copy()
    bad = ~shapely.is_valid(geoms) & ~shapely.is_missing(geoms)
    if bad.any():
        geoms[bad] = shapely.make_valid(geoms[bad])
    return geoms


def _outline_rings(unit_geoms: npt.NDArray[np.object_]) -> npt.NDArray[np.object_]:
    """Exterior rings of the union of the units (holes of the union are dropped)."""
    union = shapely.union_all(unit_geoms)
    parts = shapely.get_parts(union)
    # make_valid may have produced collections; flatten once more and keep polygons only.
    parts = shapely.get_parts(parts)
    polys = parts[shapely.get_type_id(parts) == 3]
    return np.asarray(shapely.get_exterior_ring(polys), dtype=object)


def _bbox_centre(geoms: npt.NDArray[np.object_]) -> tuple[float, float]:
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    return (xmin + xmax) / 2.0, (ymin + ymax) / 2.0


def _transform_xy(
    transformer: pyproj.Transformer, xy: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    x, y = transformer.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _neighbour_polygons(
    countries: gpd.GeoDataFrame,
    country_iso3: str,
    unit_geoms: npt.NDArray[np.object_] | None = None,
) -> tuple[list[str], npt.NDArray[np.object_]]:
    """Codes and valid EPSG:4326 geometries of the countries around ours, ours excluded.

    A country is keyed by its ISO3 (:data:`ISO_NUMERIC_TO_ISO3`). For a set whose country
    is not in that table (anything but Afghanistan and its region) every Natural Earth
    country is keyed by its ``name``: any set whose country is in Natural Earth gets its
    neighbours. With ``unit_geoms``, only countries within a degree of the units'
    bounding box are kept, and every country containing one of the units is left out (ours,
    even when ``country_iso3`` is not in the table, and territories the set covers).
    """
    if "id" not in countries.columns:
        raise ValueError("countries needs an 'id' column (ISO 3166-1 numeric, e.g. '004')")
    # The world-atlas TopoJSON carries no CRS although it is lon/lat WGS84: assume EPSG:4326
    # only when the CRS is unset, otherwise reproject whatever was declared.
    countries = countries.set_crs(4326) if countries.crs is None else countries.to_crs(4326)
    codes = countries["id"].map(_iso3_of_numeric)
    if "name" in countries.columns and country_iso3 not in ISO_NUMERIC_TO_ISO3.values():
        # a set outside the table's region: every Natural Earth country, by name
        codes = codes.fillna(countries["name"].astype(object))
    keep = codes.notna() & (codes != country_iso3)
    raw = countries.geometry.to_numpy()
    if unit_geoms is not None and len(unit_geoms):
        minx, miny, maxx, maxy = shapely.total_bounds(unit_geoms)
        near = shapely.intersects(raw, shapely.box(minx - 1, miny - 1, maxx + 1, maxy + 1))
        keep &= near
        pts = shapely.point_on_surface(unit_geoms)
        idx = np.flatnonzero(keep.to_numpy())
        if len(idx):
            cand = _valid(raw[idx])
            # ours, and territories the set itself covers (Puerto Rico, Guam in the U.S.
            # sets): a country holding any of the units is not a neighbour
            inside = np.array([int(shapely.contains(g, pts).sum()) for g in cand])
            keep.iloc[idx[inside > 0]] = False
    geoms = _valid(raw[keep.to_numpy()])
    return [str(c) for c in codes[keep]], geoms


def _iso3_of_numeric(code: object) -> str | None:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return None
    key = str(int(code)).zfill(3) if isinstance(code, (int, np.integer)) else str(code).strip()
    return ISO_NUMERIC_TO_ISO3.get(key.zfill(3))


def _nearest(
    points: npt.NDArray[np.object_],
    geoms: npt.NDArray[np.object_],
    *,
    max_distance: float | None,
) -> npt.NDArray[np.intp]:
    """Index into polygonal ``geoms`` of the nearest one to each point, -1 if none in range.

    Same answer as ``STRtree(geoms).query_nearest`` but much faster for big polygons: a
    point in (or on) a polygon is at distance 0 from it (prepared-polygon test), any other
    point is as far from a polygon as from its boundary, which is searched edge by edge in
    a tree of two-point lines.  Exact ties go to the lowest index, so the result does not
    depend on the trees' traversal order.
    """
    n = len(points)
    result = np.full(n, -1, dtype=np.intp)
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    # Collections (from make_valid or clipping) are flattened once more; keep polygons only.
    sub, sub_of = shapely.get_parts(parts, return_index=True)
    is_poly = shapely.get_type_id(sub) == 3
    polys, poly_owner = sub[is_poly], part_owner[sub_of[is_poly]]
    if n == 0 or len(polys) == 0:
        return result

    # 1. containment: the tree holds the points, each polygon is prepared once.
    poly_i, pt_i = shapely.STRtree(points).query(polys, predicate="intersects")
    if len(pt_i):
        owner = poly_owner[poly_i]
        order = np.lexsort((owner, pt_i))
        pt_s, owner_s = pt_i[order], owner[order]
        first = np.r_[True, pt_s[1:] != pt_s[:-1]]
        result[pt_s[first]] = owner_s[first]

    # 2. the other points: nearest polygon edge.
    todo = np.flatnonzero(result < 0)
    rings, ring_poly = shapely.get_rings(polys, return_index=True)
    xy, xy_ring = shapely.get_coordinates(rings, return_index=True)
    same = xy_ring[:-1] == xy_ring[1:]
    edges = shapely.linestrings(np.stack([xy[:-1][same], xy[1:][same]], axis=1))
    edge_owner = poly_owner[ring_poly[xy_ring[:-1][same]]]
    if len(todo) == 0 or len(edges) == 0:
        return result
    pairs, dist = shapely.STRtree(edges).query_nearest(
        points[todo], max_distance=max_distance, return_distance=True, all_matches=True
    )
    if pairs.shape[1] == 0:
        return result
    src, owner = pairs[0], edge_owner[pairs[1]]
    order = np.lexsort((owner, dist, src))
    src, owner = src[order], owner[order]
    first = np.r_[True, src[1:] != src[:-1]]
    result[todo[src[first]]] = owner[first]
    return result


def _rotate_rings(
    edge_ring: npt.NDArray[np.intp],
    edge_unit: npt.NDArray[np.intp],
    edge_nb: npt.NDArray[np.intp],
) -> npt.NDArray[np.intp]:
    """Edge order that starts each ring just after a change of unit or neighbour.

    Edges must be grouped by ring and in order along it.  Without the rotation a run of
    edges with the same unit and neighbour that crosses a ring's first vertex would be split.
    """
    n = len(edge_ring)
    order = np.arange(n)
    ring_start = np.flatnonzero(np.r_[True, edge_ring[1:] != edge_ring[:-1]])
    ring_end = np.r_[ring_start[1:], n]
    for a, b in zip(ring_start, ring_end, strict=True):  # one iteration per ring (a handful)
        changes = np.flatnonzero(
            (edge_unit[a + 1 : b] != edge_unit[a : b - 1])
            | (edge_nb[a + 1 : b] != edge_nb[a : b - 1])
        )
        if len(changes):
            order[a:b] = np.roll(order[a:b], -(int(changes[0]) + 1))
    return order


def _pieces(
    edge_ring: npt.NDArray[np.intp],
    edge_unit: npt.NDArray[np.intp],
    edge_nb: npt.NDArray[np.intp],
    edge_m: npt.NDArray[np.float64],
    piece_m: float,
) -> npt.NDArray[np.intp]:
    """Piece number (0, 1, ... in edge order) of each edge; edges ordered along their rings.

    A run is a maximal sequence of consecutive edges with the same unit and neighbour; each
    run is cut into ``ceil(run length / piece_m)`` pieces of equal length (up to edge
    granularity: an edge goes to the piece containing its midpoint).
    """
    n = len(edge_ring)
    new_run = np.r_[
        True,
        (edge_ring[1:] != edge_ring[:-1])
        | (edge_unit[1:] != edge_unit[:-1])
        | (edge_nb[1:] != edge_nb[:-1]),
    ]
    run = np.cumsum(new_run) - 1
    run_len = np.bincount(run, weights=edge_m)[run]
    run_first = np.flatnonzero(new_run)
    cum_end = np.cumsum(edge_m)
    cum_before_run = (cum_end[run_first] - edge_m[run_first])[run]
    cum_mid = cum_end - edge_m / 2.0 - cum_before_run
    n_bins = np.maximum(np.ceil(run_len / piece_m - 1e-9), 1).astype(np.intp)
    frac = np.divide(cum_mid, run_len, out=np.zeros(n), where=run_len > 0)
    bin_ = np.minimum((frac * n_bins).astype(np.intp), n_bins - 1)
    key_change = np.r_[True, (run[1:] != run[:-1]) | (bin_[1:] != bin_[:-1])]
    return np.asarray(np.cumsum(key_change) - 1, dtype=np.intp)


def _piece_lines(
    start: npt.NDArray[np.float64], end: npt.NDArray[np.float64], piece: npt.NDArray[np.intp]
) -> npt.NDArray[np.object_]:
    """LineStrings made of consecutive edges with the same piece number."""
    n = len(piece)
    last = np.r_[piece[1:] != piece[:-1], True]
    xy = np.concatenate([start, end[last]])
    idx = np.concatenate([piece, piece[last]])
    pos = np.concatenate([np.arange(n, dtype=float), np.flatnonzero(last) + 0.5])
    order = np.argsort(pos, kind="stable")
    return np.asarray(shapely.linestrings(xy[order], indices=idx[order]), dtype=object)


#: Why a computed length differs from :data:`PUBLISHED_BORDER_KM` by more than ~2 %, per
#: neighbour, for printing next to the figures (see the module docstring).
LENGTH_CAVEATS: dict[str, str] = {
    "CHN": (
        "Natural Earth puts the China/Pakistan tripoint ~6 km (along the district outline) "
        "south-west of the Wakhan's south-eastern tip, where the 1963 Sino-Afghan treaty "
        "starts the boundary; measured to that tip the China stretch is ~90 km"
    ),
}


def unit_border_lengths(segments: pd.DataFrame) -> pd.DataFrame:
    """Border length per (neighbour, unit): how much of each border each unit lies along.

    Returns a frame indexed by (``neighbour``, ``unit_id``), both sorted, with one column
    ``length_km``; unassigned pieces are left out.
    """
    assigned = segments[segments["neighbour"].notna()]
    out = assigned.groupby(["neighbour", "unit_id"], sort=True)["length_km"].sum().to_frame()
    return out.astype({"length_km": float})
