"""Place context for maps: capitals, province label points, neighbouring countries, names.

A reader finds their way on a control map by its towns, its province names and the
countries around it. This module gathers those from data, not from the page code:

- **places** (capitals and other towns): a small CSV with name, spelling variants,
  province, kind (``capital`` or ``admin1``), lat/lon (WGS84) and a source per row. The
  built-in file ``mapper/data/afg_places.csv`` covers Afghanistan's capital and its 34
  provincial capitals and is used for sets whose country is ``AFG``; any other set gets
  places only from a file the user gives (``--places FILE``, same columns).
- **label points**: one point inside each province (or unit of a one-level set), from
  ``shapely``'s representative point (always inside the polygon, unlike a centroid).
- **neighbours**: Natural Earth countries (``world-countries`` in the boundary registry)
  around the set's bounding box, clipped to a frame around it; the set's own country is the
  Natural Earth country that contains most of its units, so this works for any set whose
  country is in Natural Earth, including user files that declare no country.
- **everyday names**: the alias table spells many boundary-set names the way readers know
  them ("Herat" for the AIMS "Hirat"); :func:`everyday_names` picks, per unit, an alias that
  is a spelling of the same name (not a different place, such as a town in the district).

All functions are pure apart from reading the data files; Natural Earth is loaded by the
caller (:func:`mapper.boundaries.load_countries`) and passed in.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ._antimeridian import display_west as _display_west
from ._antimeridian import unstitch, world_copies, wrap_geometry, wrap_lon
from .boundaries import UnitSet
from .errors import MapperError

PlaceKind = Literal["capital", "admin1", "town"]
PLACE_KINDS: tuple[str, ...] = ("capital", "admin1", "town")
PLACE_COLUMNS = ["name", "variants", "province", "kind", "lat", "lon", "source"]
#: Built-in place files by ISO 3166-1 alpha-3 of the boundary set's country.
BUILTIN_PLACES: dict[str, str] = {"AFG": "afg_places.csv"}
#: How far around the set's bounding box neighbours are kept (share of its larger side).
FRAME_MARGIN = 0.25
#: Neighbours are clipped this far around the set (beyond what a fitted map shows) and
#: named inside the closer LABEL_MARGIN frame.
NEIGHBOUR_MARGIN = 0.8
LABEL_MARGIN = 0.12
#: Neighbour pieces smaller than this share of the frame's area are left out.
MIN_NEIGHBOUR_SHARE = 0.002
#: Drawing tolerance and grid for neighbour outlines, degrees (~5 km, ~1 km): context, not
#: data; keeps the layer near 36 KB on the Afghan map.
NEIGHBOUR_SIMPLIFY_DEG = 0.05
#: An alias counts as "the same name spelled otherwise" from this similarity up
#: (difflib ratio of the lower-cased letters): Hirat/Herat 0.8, Daulatshahi/Dawlat Shah
#: 0.73, Reg(Khanshin)/Khanashin 0.8; Kohsan/Islam Qala 0.12 and Aybak/Samangan 0.15
#: (a town in the district, a province name) stay out.
SAME_NAME_RATIO = 0.6


class PlacesError(MapperError, ValueError):
    """A places file that cannot be read: names the file, row, column and value."""


@dataclass(frozen=True)
class Neighbours:
    """Countries around a boundary set, clipped to a frame around it (EPSG:4326)."""

    home: str | None  #: Natural Earth name of the set's own country, if found
    names: list[str]
    geometry: list[shapely.Geometry]
    #: (lon, lat) inside each country near the set; None for one only in the outer frame
    label_points: list[tuple[float, float] | None]
    frame: tuple[float, float, float, float]  #: minx, miny, maxx, maxy


def read_places(path: str | Path | None = None, *, text: str | None = None) -> pd.DataFrame:
    """A places CSV as a frame with :data:`PLACE_COLUMNS` (``variants`` a list).

    Lines starting with ``#`` are comments. Every problem is collected and reported
    together (file, row, column, value and what is valid).

    Raises
    ------
    PlacesError
        Missing columns, empty names, unknown kinds, coordinates that are not numbers or
        out of range, or a row without a source.
    """
    label = str(path) if path is not None else "<places>"
    if text is None:
        if path is None:
            raise ValueError("read_places needs a path or text")
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise PlacesError(f"{label}: cannot read the places file ({e})") from e
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    cols = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in ("name", "lat", "lon", "source") if c not in cols]
    if missing:
        raise PlacesError(
            f"{label}: missing column(s) {', '.join(missing)}; a places file has the columns "
            f"{', '.join(PLACE_COLUMNS)} (variants, province and kind may be left out)"
        )
    rows, problems = [], []
    for n, raw in enumerate(reader, start=2):
        r = {(k or "").strip(): (v or "").strip() for k, v in raw.items()}
        where = f"{label}, row {n}"
        name = r.get("name", "")
        if not name:
            problems.append(f"{where}, column name: empty; every place needs a name")
        kind = r.get("kind", "") or "town"
        if kind not in PLACE_KINDS:
            problems.append(
                f"{where}, column kind: {kind!r} is not one of {', '.join(PLACE_KINDS)}"
            )
        coords = []
        for col, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
            try:
                v = float(r.get(col, ""))
                if not (lo <= v <= hi) or math.isnan(v):
                    raise ValueError
                coords.append(v)
            except ValueError:
                problems.append(
                    f"{where}, column {col}: {r.get(col, '')!r} is not a number from "
                    f"{lo:g} to {hi:g} (decimal degrees, WGS84)"
                )
        if not r.get("source"):
            problems.append(f"{where}, column source: empty; say where each place comes from")
        if len(coords) == 2:
            variants = [v.strip() for v in r.get("variants", "").split("|") if v.strip()]
            rows.append(
                {
                    "name": name,
                    "variants": variants,
                    "province": r.get("province", ""),
                    "kind": kind,
                    "lat": coords[0],
                    "lon": coords[1],
                    "source": r.get("source", ""),
                }
            )
    if problems:
        raise PlacesError(
            f"{len(problems)} problem(s) in the places file:\n  " + "\n  ".join(problems)
        )
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)


def builtin_places(country: str | None) -> pd.DataFrame:
    """The shipped places of a country (ISO3), or an empty frame when none is shipped."""
    name = BUILTIN_PLACES.get((country or "").upper())
    if name is None:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    text = resources.files("mapper").joinpath("data", name).read_text("utf-8")
    table = read_places(f"mapper/data/{name}", text=text)
    return _with_reported_spellings(table) if name == "afg_places.csv" else table


def _with_reported_spellings(table: pd.DataFrame) -> pd.DataFrame:
    """The places table with the capitals' spellings read in real reporting
    (``data/reported_spellings.csv``, each with its outlet) added to their variants. A row
    naming a capital the table does not have is an error, not skipped."""
    from .matching import read_reported_spellings

    table = table.copy()
    for r in read_reported_spellings():
        if r.level != "capital":
            continue
        hit = table.index[
            (table["name"].astype(str) == r.canonical)
            & (table["province"].astype(str) == r.province)
            & table["kind"].isin(["capital", "admin1"])
        ]
        if len(hit) != 1:
            raise PlacesError(
                f"mapper/data/reported_spellings.csv: {r.spelling!r} names the capital "
                f"{r.canonical!r} of {r.province}, which afg_places.csv does not have"
            )
        i = hit[0]
        variants: list[str] = list(table.at[i, "variants"])  # type: ignore[arg-type]
        if r.spelling != str(table.at[i, "name"]) and r.spelling not in variants:
            table.at[i, "variants"] = [*variants, r.spelling]  # type: ignore[assignment]
    return table


def places_for(units: UnitSet, places_file: str | Path | None = None) -> pd.DataFrame:
    """The places drawn for ``units``: the user's file if given, else the built-in set.

    Places outside the frame around the set (see :func:`frame`) are dropped: a file of a
    whole region may be given for a set that covers part of it.
    """
    table = read_places(places_file) if places_file else builtin_places(units.country)
    if table.empty:
        return table
    minx, miny, maxx, maxy = frame(units)
    lon = wrap_lon(table["lon"].to_numpy(dtype=float), display_west(units))
    keep = (lon >= minx) & (lon <= maxx) & table["lat"].between(miny, maxy).to_numpy()
    return table[keep].reset_index(drop=True)


def frame(
    units: UnitSet, margin: float = FRAME_MARGIN, *, whole: bool = False
) -> tuple[float, float, float, float]:
    """The box around the set's main body, widened by ``margin`` of its larger side.

    The main body is the box of the units' inner points that lie within four times the
    median distance from the median point: Alaska and Hawaii would otherwise stretch the
    U.S. frame over the Pacific. ``whole``: the box around every unit instead. Longitudes
    are the set's display longitudes (:func:`display_west`): a set across the antimeridian
    (the Aleutians, Fiji) has a frame across it, reaching below -180 or above 180 but never
    past its 360° window.
    """
    west = display_west(units)
    world = units.units.to_crs(4326).geometry.to_numpy()
    if whole:
        main = np.ones(len(world), dtype=bool)
    else:
        pts = shapely.point_on_surface(world)
        x, y = wrap_lon(shapely.get_x(pts), west), shapely.get_y(pts)
        d = np.hypot(x - np.median(x), y - np.median(y))
        main = d <= max(4 * float(np.median(d)), 1e-9)
    geoms = wrap_geometry(world[main], west)
    minx, miny, maxx, maxy = (float(v) for v in shapely.total_bounds(geoms))
    pad = max(maxx - minx, maxy - miny, 0.5) * margin
    left = -180.0 if west is None else west
    return (
        max(minx - pad, left),
        max(miny - pad, -90.0),
        min(maxx + pad, left + 360.0),
        min(maxy + pad, 90.0),
    )


def display_west(units: UnitSet) -> float | None:
    """Where the set's drawn longitudes start (:func:`mapper._antimeridian.display_west`).

    ``None`` for a set that -180..180 holds contiguously (nothing is shifted); for one
    across the antimeridian, the west edge of the 360° window its pages are drawn in.
    """
    return _display_west(units.units.to_crs(4326).geometry.to_numpy())


def label_points(units: UnitSet) -> pd.DataFrame:
    """One label point per province (per unit for a one-level set), inside its polygon.

    Returns
    -------
    pandas.DataFrame
        Indexed by province name, columns ``lon``, ``lat`` and ``area_km2`` (for choosing
        which labels fit at a zoom).
    """
    if units.level == "district" and units.provinces is not None:
        geoms = units.provinces.to_crs(4326).geometry
        names = [str(p) for p in units.provinces.index]
        area = units.units.groupby("province")["area_km2"].sum()
        areas = [float(area.get(n, 0.0)) for n in names]
    else:
        geoms = units.units.to_crs(4326).geometry
        names = [str(n) for n in units.units["name"]]
        areas = [float(a) for a in units.units["area_km2"]]
    pts = shapely.point_on_surface(_largest_parts(geoms.to_numpy()))
    return pd.DataFrame(
        {
            "lon": np.round(shapely.get_x(pts), 4),
            "lat": np.round(shapely.get_y(pts), 4),
            "area_km2": areas,
        },
        index=pd.Index(names, name="province"),
    )


def _largest_parts(geoms: np.ndarray) -> np.ndarray:
    """The largest polygon of each (multi)polygon: a label goes on the main body."""
    out = []
    for g in geoms:
        parts = shapely.get_parts(g)
        out.append(parts[int(np.argmax(shapely.area(parts)))] if len(parts) > 1 else g)
    return np.array(out, dtype=object)


def neighbours(units: UnitSet, countries: gpd.GeoDataFrame) -> Neighbours:
    """Natural Earth countries around ``units``, clipped to :func:`frame`.

    ``countries`` is :func:`mapper.boundaries.load_countries` (``name`` column; an unset CRS
    is taken as EPSG:4326, as Natural Earth's TopoJSON is). The set's own country is the one
    containing most of its units' representative points (at least half); it is left out.
    """
    box = frame(units, margin=NEIGHBOUR_MARGIN)
    label_box = shapely.box(*frame(units, margin=LABEL_MARGIN))
    world = countries.set_crs(4326) if countries.crs is None else countries.to_crs(4326)
    raw = world.geometry.to_numpy()
    names = [str(n) for n in world["name"]]
    clip = shapely.box(*box)
    # and around the units outside the main body (Alaska's Aleutians beside Russia), which
    # the fitted map shows too: they are not drawn floating in an empty frame
    around = shapely.box(*frame(units, margin=LABEL_MARGIN, whole=True))
    if not shapely.covers(clip, around):
        clip = shapely.union(clip, around)
        x0, y0, x1, y1 = (float(v) for v in clip.bounds)
        box = (x0, y0, x1, y1)
    # the frame is in the set's display longitudes: past 180° (a set across the
    # antimeridian) it takes the world again, shifted by 360°; each country is one piece per
    # copy of the world that reaches into the frame
    world_tree = shapely.STRtree(raw)
    geoms = np.array(raw, dtype=object)
    hits: dict[int, list[float]] = {}
    for shift in world_copies(box[0], box[2]):
        own = (box[0] - shift, box[1], box[2] - shift, box[3])  # in the world's longitudes
        near = world_tree.query(shapely.box(*own))
        # Natural Earth stitches polygons across 180°: cut back there, or Russia and Fiji
        # are bands around the globe
        geoms[near] = [unstitch(g) for g in geoms[near]]
        # an envelope hit is not a country in the frame (Russia, the USA and France span
        # the globe): drop those whose fast rectangle clip is empty before the costly repair
        near = near[~shapely.is_empty(shapely.clip_by_rect(geoms[near], *own))]
        for i in near.tolist():
            hits.setdefault(i, []).append(shift)
    near = np.array(sorted(hits), dtype=np.intp)
    # only the countries near the frame are repaired (make_valid on all 255 takes seconds)
    geoms[near] = shapely.make_valid(geoms[near])
    pts = shapely.point_on_surface(units.units.to_crs(4326).geometry.to_numpy())
    tree = shapely.STRtree(geoms[near])
    _, hit = tree.query(pts, predicate="within")
    home: str | None = None
    if len(hit):
        counts = np.bincount(near[hit], minlength=len(geoms))
        best = int(np.argmax(counts))
        if counts[best] * 2 >= len(pts):
            home = names[best]
    keep_names, keep_geoms, keep_points = [], [], []
    for i in near:
        if home is not None and names[i] == home:
            continue
        part = _in_frame(geoms[i], clip, hits[int(i)])
        part = shapely.simplify(part, NEIGHBOUR_SIMPLIFY_DEG, preserve_topology=True)
        part = shapely.set_precision(part, 0.01)
        # islands and slivers under 0.2 % of the frame would only clutter the map
        if part.is_empty or shapely.area(part) < MIN_NEIGHBOUR_SHARE * shapely.area(label_box):
            continue
        polys = [p for p in shapely.get_parts(part) if p.geom_type == "Polygon"]
        if not polys:
            continue
        # the name goes on the part of the country near the set, where the reader looks;
        # a country only in the outer frame is drawn without a name
        near_part = shapely.intersection(part, label_box)
        near_polys = [
            p
            for p in shapely.get_parts(near_part)
            if p.geom_type == "Polygon" and not p.is_empty and p.area > 0
        ]
        pt = shapely.point_on_surface(max(near_polys, key=lambda p: p.area)) if near_polys else None
        keep_names.append(names[i])
        keep_geoms.append(shapely.multipolygons(polys) if len(polys) > 1 else polys[0])
        keep_points.append(
            None if pt is None or pt.is_empty else (round(float(pt.x), 4), round(float(pt.y), 4))
        )
    order = sorted(range(len(keep_names)), key=lambda k: keep_names[k])
    return Neighbours(
        home=home,
        names=[keep_names[k] for k in order],
        geometry=[keep_geoms[k] for k in order],
        label_points=[keep_points[k] for k in order],
        frame=box,
    )


def _in_frame(geom: shapely.Geometry, clip: shapely.Geometry, shifts: list[float]) -> Any:
    """``geom`` (in -180..180) clipped to ``clip``, taken shifted by each of ``shifts``."""
    if shifts == [0.0]:
        return shapely.intersection(geom, clip)
    pieces = [
        shapely.intersection(shapely.transform(geom, lambda xy, s=s: xy + np.array([s, 0.0])), clip)
        for s in shifts
    ]
    return shapely.union_all(pieces)


_LETTERS = re.compile(r"[^a-z]+")


def _same_name(a: str, b: str) -> bool:
    x, y = _LETTERS.sub("", a.lower()), _LETTERS.sub("", b.lower())
    return bool(x and y) and difflib.SequenceMatcher(None, x, y).ratio() >= SAME_NAME_RATIO


def everyday_names(units: UnitSet, *, aliases: str | Path | None = None) -> pd.Series:
    """Per unit, the everyday spelling of its name from the alias table, or ``""``.

    An alias qualifies when it applies to the unit's province (or everywhere) and is a
    spelling of the same name (:data:`SAME_NAME_RATIO`); the first such row of the table
    wins. Indexed by ``unit_id``.
    """
    from .matching import read_aliases

    table = read_aliases() + (read_aliases(aliases) if aliases else [])
    level = "district" if units.level == "district" else "province"
    first: dict[tuple[str, str], str] = {}
    for a in table:
        if a.level != level or a.alias == a.canonical:
            continue
        if not _same_name(a.alias, a.canonical):
            continue
        first.setdefault((a.province or "", _key(a.canonical)), a.alias)
    out = []
    for name, prov in zip(units.units["name"], units.units["province"], strict=True):
        n = str(name)
        alias = first.get((str(prov), _key(n))) or first.get(("", _key(n))) or ""
        out.append("" if _key(alias) == _key(n) else alias)
    return pd.Series(out, index=units.units.index, name="everyday", dtype=object)


def _key(name: str) -> str:
    return " ".join(str(name).split()).lower()


def display_name(name: str, everyday: str) -> str:
    """``"Herat (Hirat)"``: the everyday name first, the boundary set's in brackets."""
    name = " ".join(str(name).split())
    return f"{everyday} ({name})" if everyday else name
