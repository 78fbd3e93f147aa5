"""Display longitudes for unit sets that cross the antimeridian (drawing only).

A set with polygons on both sides of 180° (U.S. counties and states: the Aleutians, Guam;
Fiji; Russia's Chukotka; New Zealand's Chatham Islands; Kiribati) has longitudes from -180
to 180, so its bounding box is the whole globe, and a map fitted to it shows the world with
the set as a strip. Taken on the circle, the set's longitudes leave their largest empty gap
elsewhere (the U.S.: from the Virgin Islands east to Guam); cutting the circle in that gap
instead of at 180° makes the set contiguous.

The cut is a 360° *window* ``[west, west + 360)``: every drawn longitude outside it is moved
by 360° into it. ``west`` is ``None`` when the usual window (-180..180) already holds the set
contiguously, and then nothing is moved at all (Afghanistan's pages are the same bytes).
Areas, lengths and counts never use these coordinates: they are computed on the original
geometry in an equal-area CRS.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import shapely
import shapely.geometry

#: The longitude at which a world map (EPSG:4326) is cut.
WORLD_EDGE = 180.0


def display_west(geoms: Any) -> float | None:
    """The western edge of the 360° window that holds ``geoms`` (EPSG:4326) contiguously.

    The longitudes covered by the polygons' parts are taken on the circle; the window is cut
    in the middle of the largest empty gap between them. ``None`` when that gap is the one
    across 180° (or the set is empty): the usual -180..180 then holds the set as it is.
    Of the two windows cut there (the set drawn east or west of the gap) the one that keeps
    the set nearer the Greenwich meridian is chosen: the U.S. is drawn from Guam at -215°
    to the Virgin Islands at -64.6°, Russia from Kaliningrad at 19.6° to Chukotka at 190.6°.

    Examples
    --------
    >>> display_west([shapely.box(-5, 0, 5, 1)]) is None  # across Greenwich: as it is
    True
    >>> display_west([shapely.box(178, 0, 179, 1), shapely.box(-179, 0, -178, 1)])
    -360.0
    """
    parts = shapely.get_parts(np.asarray(geoms, dtype=object).ravel())
    parts = parts[~(shapely.is_empty(parts) | shapely.is_missing(parts))]
    if not len(parts):
        return None
    b = shapely.bounds(parts)
    order = np.argsort(b[:, 0], kind="stable")
    lo = b[order, 0]
    hi = np.maximum.accumulate(b[order, 2])  # the furthest east reached so far
    gaps = lo[1:] - hi[:-1]
    across = lo[0] + 360.0 - hi[-1]  # the gap across 180°
    if not len(gaps) or float(gaps.max()) <= across:
        return None
    k = int(np.argmax(gaps))
    cut = (float(hi[k]) + float(lo[k + 1])) / 2
    # drawn west of the cut, the set spans lo[k + 1] - 360 .. hi[k]; east of it, 360° more
    centre = (float(lo[k + 1]) - 360.0 + float(hi[k])) / 2
    return cut - 360.0 if abs(centre) <= abs(centre + 360.0) else cut


def wrap_lon(lon: Any, west: float | None) -> np.ndarray:
    """Longitudes moved by 360° into ``[west, west + 360)``; the others kept bit for bit."""
    x = np.asarray(lon, dtype=float)
    if west is None:
        return x
    return np.where(x < west, x + 360.0, np.where(x >= west + 360.0, x - 360.0, x))


def wrap_geometry(geoms: Any, west: float | None) -> Any:
    """``geoms`` with every vertex's longitude in ``[west, west + 360)`` (:func:`wrap_lon`).

    Meant for geometries of the set that ``west`` was found for: none of their parts spans
    the cut, so moving vertices moves whole parts. ``geoms`` itself when ``west`` is None.
    """
    if west is None:
        return geoms

    def move(xy: np.ndarray) -> np.ndarray:
        out = xy.copy()
        out[:, 0] = wrap_lon(xy[:, 0], west)
        return out

    return shapely.transform(geoms, move)


def wrap_features(collection: Mapping[str, Any], west: float | None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the set's lines or shapes with :func:`wrap_geometry`."""
    if west is None:
        return dict(collection)
    feats = []
    for f in collection.get("features", []):
        g = f.get("geometry")
        if g is not None:
            g = shapely.geometry.mapping(wrap_geometry(shapely.geometry.shape(g), west))
        feats.append({**f, "geometry": g})
    return {**collection, "features": feats}


def world_copies(minx: float, maxx: float) -> list[float]:
    """The shifts (0, then ±360) of a -180..180 world layer that reach into ``minx..maxx``.

    A display frame cut elsewhere than at 180° reaches past the world's edge; the layer is
    drawn shifted by 360° there as well, so that (say) Russia lies beside Alaska.
    """
    out = [0.0]
    if minx < -WORLD_EDGE:
        out.append(-360.0)
    if maxx > WORLD_EDGE:
        out.append(360.0)
    return out


def _unwrap_ring(xy: np.ndarray) -> np.ndarray:
    """A ring's longitudes made continuous: each jump of more than 180° is one across 180°."""
    dx = np.diff(xy[:, 0])
    turns = np.concatenate([[0.0], np.cumsum(-360.0 * np.round(dx / 360.0))])
    out = xy.copy()
    out[:, 0] += turns
    return out


def unstitch(geom: Any) -> Any:
    """A polygon whose rings jump across 180° cut back into pieces at the antimeridian.

    Natural Earth (world-atlas 2) stitches polygons across the antimeridian (the ring steps
    from 180 to -180), which read on a plane becomes a band around the globe (Russia's
    Chukotka, Wrangel Island, Fiji). Such a ring is unwrapped into continuous longitudes,
    the polygon cut at ±180 and each piece moved back into -180..180. Any other geometry,
    and a ring around a pole (it cannot be unwrapped to a closed ring), is returned as is.
    """
    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return geom
    polys = list(shapely.get_parts(geom))
    jumps = [
        p
        for p in polys
        if any(
            np.abs(np.diff(np.asarray(r.coords)[:, 0])).max(initial=0.0) > 180.0
            for r in (p.exterior, *p.interiors)
        )
    ]
    if not jumps:
        return geom
    out: list[Any] = []
    for p in polys:
        if not any(p is j for j in jumps):
            out.append(p)
            continue
        shell = _unwrap_ring(np.asarray(p.exterior.coords))
        if abs(shell[-1, 0] - shell[0, 0]) > 1e-9:  # around a pole
            out.append(p)
            continue
        mid = float(shell[:, 0].mean())
        holes = []
        for r in p.interiors:
            h = _unwrap_ring(np.asarray(r.coords))
            h[:, 0] += 360.0 * np.round((mid - h[:, 0].mean()) / 360.0)
            holes.append(h)
        whole = shapely.make_valid(shapely.Polygon(shell, holes))
        for shift in (-360.0, 0.0, 360.0):
            window = shapely.box(-WORLD_EDGE - shift, -90.0, WORLD_EDGE - shift, 90.0)
            piece = shapely.intersection(whole, window)
            piece = shapely.transform(piece, lambda xy, s=shift: xy + np.array([s, 0.0]))
            out += [q for q in shapely.get_parts(piece) if q.geom_type == "Polygon" and q.area]
    return shapely.multipolygons(out) if len(out) > 1 else out[0]
