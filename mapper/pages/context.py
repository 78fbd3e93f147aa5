"""The place-context layer and the page identity, shared by every page that draws a map.

- :func:`place_context`: JSON-ready data for ``static/places.js`` (neighbouring countries,
  their names, province label points, capitals), every string escaped here. Pages inline
  :data:`PLACES_JS` / :data:`PLACES_CSS` and call ``mapperPlaces(map, data)``.
- Identity: :func:`page_title` (the boundary set's country in the default title),
  :func:`latest_claim`, :func:`source_line` ("AFP, TOLOnews, Pajhwok and 9 others; 115
  claims") and :func:`stamp_html` (the large date stamp with both).
- :func:`draw_context` and :func:`scale_bar` do the same for the matplotlib PNG/SVG.

Natural Earth comes from the boundary registry (``world-countries``) through
:func:`mapper.boundaries.load_countries`, loaded once per process and mirror. The
neighbour layer (repair and clip of the countries around the set: ~1 s, the same every
time) is also kept on disk beside the set's processed-boundary entry, see
:func:`_neighbour_cache_file`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .. import _antimeridian
from .. import places as pl
from .._io import write_text
from ..boundaries import UnitSet
from ..claims import Ledger
from ..errors import MapperError
from ._html import esc
from ._static import asset

PLACES_JS = asset("places.js")
PLACES_CSS = asset("places.css")
#: The generic title; a page whose title is this gets the country added.
GENERIC_TITLES = (
    "Reported territorial control",
    "Reported territorial control over time",
    "What changed",
    "Claim check",
)
#: Outlets named in the source line before "and N others".
NAMED_OUTLETS = 3


@functools.cache
def _countries(mirror: str | None, cache_dir: str | None) -> Any:
    from ..boundaries import load_countries

    return load_countries(mirror=mirror, cache_dir=cache_dir)


@functools.cache
def _neighbours_cached(key: tuple[Any, ...], units_ref: Any, countries_ref: Any) -> Any:
    return pl.neighbours(units_ref.obj, countries_ref.obj)


class _Ref:
    """Hashable by a key, carries an unhashable object (for the neighbour cache)."""

    def __init__(self, key: Any, obj: Any) -> None:
        self.key, self.obj = key, obj

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ref) and other.key == self.key


#: Bump when the stored neighbour layer changes in a way the hashed code would not show.
NEIGHBOUR_CACHE_VERSION = 1


def _neighbour_cache_file(
    units: UnitSet, mirror: str | Path | None, cache_dir: str | Path | None
) -> Path | None:
    """Where the neighbour layer of ``units`` is kept, beside its processed-boundary entry.

    The entry's folder is specific to the boundary files, loading options and shapely/GEOS
    versions; the name adds the Natural Earth file's sha256, the layer's options, the units
    (ids and provinces in order, bounds) and the code that draws it (``places.py`` and
    this file), so any change is another file and a stale layer is never read. ``None``
    when the set has no entry (built without the cache, or a subset made in memory).
    Raises what :func:`mapper.boundaries.fetch` raises when Natural Earth is missing.
    """
    if not units.cache_path or not Path(units.cache_path).is_dir():
        return None
    from ..boundaries import fetch, file_hashes

    world = fetch("world-countries", mirror=mirror, cache_dir=cache_dir)
    h = hashlib.sha256()
    for part in (
        str(NEIGHBOUR_CACHE_VERSION),
        repr(sorted(file_hashes("world-countries", world, cache_dir=cache_dir).items())),
        repr(
            (
                pl.NEIGHBOUR_MARGIN,
                pl.LABEL_MARGIN,
                pl.MIN_NEIGHBOUR_SHARE,
                pl.NEIGHBOUR_SIMPLIFY_DEG,
                units.level,
            )
        ),
        repr(tuple(float(v) for v in units.units.total_bounds)),
        "\x1f".join(map(str, units.units.index)),
        "\x1f".join(map(str, units.units["province"])),
    ):
        h.update(part.encode("utf-8") + b"\0")
    for code in (Path(pl.__file__), Path(__file__), Path(_antimeridian.__file__)):
        h.update(code.resolve().read_bytes())
    return Path(units.cache_path) / f"neighbours-{h.hexdigest()[:32]}.json"


def _dump_neighbours(nb: pl.Neighbours) -> str:
    # WKB keeps every coordinate bit for bit; floats go through JSON exactly (repr)
    return json.dumps(
        {
            "home": nb.home,
            "names": nb.names,
            "wkb": [shapely.to_wkb(g, hex=True) for g in nb.geometry],
            "label_points": nb.label_points,
            "frame": list(nb.frame),
        }
    )


def _load_neighbours_file(path: Path) -> pl.Neighbours:
    doc = json.loads(path.read_text("utf-8"))
    frame = tuple(float(v) for v in doc["frame"])
    points = doc["label_points"]
    if len(frame) != 4 or not len(doc["names"]) == len(doc["wkb"]) == len(points):
        raise ValueError("inconsistent neighbour layer")
    return pl.Neighbours(
        home=doc["home"],
        names=[str(n) for n in doc["names"]],
        geometry=[shapely.from_wkb(w) for w in doc["wkb"]],
        label_points=[None if p is None else (float(p[0]), float(p[1])) for p in points],
        frame=(frame[0], frame[1], frame[2], frame[3]),
    )


def load_neighbours(
    units: UnitSet,
    *,
    countries: Any = None,
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
) -> tuple[pl.Neighbours | None, str]:
    """Neighbours of ``units`` and, when Natural Earth could not be loaded, why not.

    A map without neighbours is still a correct map, so a failed download is reported on
    the page (and as a warning), not raised.
    """
    disk: Path | None = None
    if countries is None:
        try:
            disk = _neighbour_cache_file(units, mirror, cache_dir)
        except (MapperError, OSError):
            disk = None  # Natural Earth missing: reported below as before
        if disk is not None and disk.is_file():
            try:
                return _load_neighbours_file(disk), ""
            except (OSError, ValueError, KeyError, TypeError, shapely.errors.GEOSException):
                pass  # unreadable: computed again and replaced below
    try:
        world = countries
        if world is None:
            world = _countries(
                str(mirror) if mirror else None, str(cache_dir) if cache_dir else None
            )
    except (MapperError, OSError) as e:
        msg = f"neighbouring countries not drawn: Natural Earth could not be loaded ({e})"
        warnings.warn(msg, stacklevel=2)
        return None, msg
    bounds = tuple(round(float(v), 6) for v in units.units.total_bounds)
    key = (units.boundary, len(units.units), bounds)
    nb: pl.Neighbours = _neighbours_cached(key, _Ref(key, units), _Ref(id(world), world))
    if disk is not None:
        with contextlib.suppress(OSError):  # a read-only cache only costs time
            write_text(disk, _dump_neighbours(nb), overwrite=True)
    return nb, ""


def place_context(
    units: UnitSet,
    *,
    places_file: str | Path | None = None,
    countries: Any = None,
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    aliases: str | Path | None = None,
) -> dict[str, Any]:
    """Data for ``mapperPlaces`` (see ``static/places.js``); every string escaped.

    Keys: ``country`` (Natural Earth name of the set's country or ``""``), ``neighbours``
    (GeoJSON, each feature's ``name`` and ``label`` point), ``labels`` (province names at
    a point inside each), ``places`` (capitals: name, kind, lat, lon), ``extent`` (the
    set's bounds, for the zoom rules), ``note`` (why something is missing) and
    ``sources`` (what the layer is drawn from, for the attribution).

    Every coordinate is in the set's display longitudes (:func:`mapper.places.display_west`),
    as its units are drawn: for a set across the antimeridian, Guam's label lies at -215°.
    """
    nb, note = load_neighbours(units, countries=countries, mirror=mirror, cache_dir=cache_dir)
    feats = []
    if nb is not None:
        for name, geom, pt in zip(nb.names, nb.geometry, nb.label_points, strict=True):
            feats.append(
                {
                    "type": "Feature",
                    "properties": {"name": esc(name), "label": list(pt) if pt else None},
                    "geometry": shapely.geometry.mapping(geom),
                }
            )
    west = pl.display_west(units)
    pts = pl.label_points(units)
    pts["lon"] = _antimeridian.wrap_lon(pts["lon"].to_numpy(), west)
    if units.level != "district":
        every = pl.everyday_names(units, aliases=aliases)
        shown = [pl.display_name(n, e) for n, e in zip(units.units["name"], every, strict=True)]
        pts.index = pd.Index(shown)
    labels = [
        {"name": esc(n), "lat": float(r["lat"]), "lon": float(r["lon"])} for n, r in pts.iterrows()
    ]
    table = pl.places_for(units, places_file)
    places = [
        {
            "name": esc(r["name"]),
            "province": esc(r["province"]),
            "kind": str(r["kind"]),
            "lat": round(float(r["lat"]), 5),
            "lon": round(float(_antimeridian.wrap_lon(r["lon"], west)), 5),
        }
        # the national capital last, so that it is drawn over a nearby provincial one
        for _, r in table.sort_values("kind", key=lambda k: k == "capital").iterrows()
    ]
    minx, miny, maxx, maxy = pl.frame(units, margin=0.0)
    sources = ["Natural Earth"] if feats else []
    if len(table):
        sources.append(
            f"places: {Path(places_file).name}" if places_file else "places: GeoNames, Wikipedia"
        )
    return {
        "country": esc(nb.home) if nb is not None and nb.home else "",
        "neighbours": {"type": "FeatureCollection", "features": feats},
        "labels": labels,
        "places": places,
        "extent": [[miny, minx], [maxy, maxx]],
        "note": esc(note),
        "sources": esc(", ".join(sources)),
    }


def page_title(title: str, context: Mapping[str, Any] | None, units: UnitSet) -> str:
    """``title``, with the set's country added when it is one of :data:`GENERIC_TITLES`."""
    if title not in GENERIC_TITLES:
        return title
    country = ""
    if context and context.get("country"):
        import html

        country = html.unescape(str(context["country"]))
    country = country or (units.country or "")
    return f"{title} in {country}" if country else title


def latest_claim(ledger: Ledger, date: Any) -> str:
    """ISO date of the newest claim dated on or before ``date`` (``""`` if none)."""
    c = ledger.claims
    day = pd.Timestamp(date).normalize()
    dates = c.loc[c["date"] <= day, "date"]
    return "" if dates.empty else pd.Timestamp(dates.max()).date().isoformat()


def source_line(ledger: Ledger, date: Any | None = None) -> str:
    """Outlets behind the claims dated up to ``date``, most claims first (plain text).

    ``"AFP, TOLOnews, Pajhwok and 9 others; 115 claims"``; the source column, else the
    URL's host, names the outlet.
    """
    c = ledger.claims
    if date is not None:
        c = c[c["date"] <= pd.Timestamp(date).normalize()]
    if c.empty:
        return "no claims on record up to this date"
    outlets = [_outlet(s, u) for s, u in zip(c["source"], c["url"], strict=True)]
    counts = pd.Series(outlets, dtype=object).value_counts(sort=False)
    ranked = sorted(counts.items(), key=lambda kv: (-int(kv[1]), str(kv[0]).lower()))
    names = [str(k) for k, _ in ranked]
    shown = ", ".join(names[:NAMED_OUTLETS])
    rest = len(names) - NAMED_OUTLETS
    if rest > 0:
        shown += f" and {rest} other{'s' if rest != 1 else ''}"
    n = len(c)
    return f"{shown}; {n} claim{'s' if n != 1 else ''}"


def _outlet(source: object, url: object) -> str:
    s = " ".join(str(source or "").split())
    if s:
        return s
    from urllib.parse import urlsplit

    host = urlsplit(str(url or "")).hostname or ""
    return host.removeprefix("www.") or "unnamed source"


def human_date(iso: str) -> str:
    """``"10 August 2021"`` for ``"2021-08-10"`` (no locale: the same on every machine)."""
    if not iso:
        return ""
    t = pd.Timestamp(iso)
    return f"{t.day} {t.month_name()} {t.year}"


def stamp_html(ledger: Ledger, date: str, *, extra_class: str = "") -> str:
    """The date stamp: the date in large type, the latest claim on record, the sources."""
    latest = latest_claim(ledger, date) if date else ""
    return (
        f'<div class="mapper-stamp {esc(extra_class)}" id="mapper-stamp">'
        f'<div class="mapper-stamp-date" id="mapper-stamp-date" data-date="{esc(date)}">'
        f"{esc(human_date(date))}</div>"
        f'<div class="mapper-stamp-latest">latest claim on record: '
        f'<b id="mapper-stamp-latest">{esc(latest or "none")}</b></div>'
        f'<div class="mapper-stamp-sources" id="mapper-stamp-sources">Sources: '
        f"{esc(source_line(ledger, date or None))}</div></div>"
    )


# ---- matplotlib (PNG/SVG)


def draw_context(ax: Any, context: Mapping[str, Any], *, fontsize: float = 7.0) -> None:
    """Neighbours (under the units: call first), then :func:`draw_labels` over them."""
    import html

    from matplotlib.collections import PathCollection

    from .plot import _paths

    feats = context.get("neighbours", {}).get("features", [])
    if feats:
        geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in feats], dtype=object)
        coll = PathCollection(
            _paths(geoms), facecolor="#e6e2d8", edgecolor="#b8b2a5", linewidth=0.5, zorder=0
        )
        coll.set_gid("neighbours")
        ax.add_collection(coll)
        for f in feats:
            if not f["properties"]["label"]:
                continue
            x, y = f["properties"]["label"]
            ax.text(
                x,
                y,
                html.unescape(f["properties"]["name"]).upper(),
                fontsize=fontsize + 0.5,
                color="#7a7365",
                style="italic",
                ha="center",
                va="center",
                zorder=1,
                clip_on=True,
                parse_math=False,
                gid="neighbour-label",
            )


def draw_labels(ax: Any, context: Mapping[str, Any], *, fontsize: float = 7.0) -> None:
    """Capitals and province labels over the units (call after drawing them).

    Labels are placed in order of importance (the capital, provincial capitals, then
    province names) and one that would overlap a label already placed is left out, as the
    pages do (``static/places.js``); the capitals' markers are always drawn.
    """
    import html

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # a light box, not a stroked halo: path effects turn SVG text into outlines, and the
    # SVG keeps real, searchable <text>
    def halo(alpha: float) -> dict[str, Any]:
        return {"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": alpha}

    renderer = FigureCanvasAgg(ax.figure).get_renderer()
    placed: list[Any] = []

    def keep(artist: Any) -> bool:
        box = artist.get_window_extent(renderer).expanded(1.04, 1.1)
        if any(box.overlaps(b) for b in placed):
            artist.remove()
            return False
        placed.append(box)
        return True

    places = sorted(context.get("places", []), key=lambda p: p["kind"] != "capital")
    for p in places:
        capital = p["kind"] == "capital"
        ax.plot(
            p["lon"],
            p["lat"],
            marker="s" if capital else "o",
            markersize=5 if capital else 3.2,
            markerfacecolor="#111111" if capital else "white",
            markeredgecolor="white" if capital else "#111111",
            markeredgewidth=0.8,
            zorder=7,
            gid="place",
        )
    # a town's name goes right of its dot, else left, else below right
    spots = (((3, 2), "left", "bottom"), ((-3, 2), "right", "bottom"), ((3, -2), "left", "top"))
    for p in places:
        capital = p["kind"] == "capital"
        for offset, ha, va in spots:
            text = ax.annotate(
                html.unescape(p["name"]),
                (p["lon"], p["lat"]),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=fontsize + (1.5 if capital else 0),
                fontweight="bold" if capital else "normal",
                color="#111111",
                zorder=7,
                bbox=halo(0.7),
                annotation_clip=True,
                parse_math=False,
                gid="place-label",
            )
            if keep(text):
                break
    for p in context.get("labels", []):
        keep(
            ax.text(
                p["lon"],
                p["lat"],
                html.unescape(p["name"]).upper(),
                fontsize=fontsize - 1.5,
                color="#444444",
                ha="center",
                va="center",
                zorder=6,
                bbox=halo(0.45),
                parse_math=False,
                gid="province-label",
            )
        )


_NICE = (1, 2, 2.5, 5)


def nice_length(km: float) -> float:
    """The largest 1, 2, 2.5 or 5 x 10^n not above ``km``."""
    if km <= 0:
        return 0.0
    exp = 10 ** math.floor(math.log10(km))
    return max(n * exp for n in _NICE if n * exp <= km)


def scale_bar(ax: Any, *, fraction: float = 0.2, fontsize: float = 7.5, avoid: Any = None) -> float:
    """A scale bar (km) in a lower corner of a lon/lat axes; returns its length in km.

    The lower left, or the lower right when it covers less of ``avoid`` (the units).

    The axes draw lon/lat with the aspect of the central latitude (see
    :func:`mapper.pages.plot.plot_state`), so one degree of longitude is
    111.32 km x cos(latitude) there; the bar is true at that latitude.
    """
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    lat = (y0 + y1) / 2
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    length = nice_length((x1 - x0) * fraction * km_per_deg)
    deg = length / km_per_deg
    by = y0 + (y1 - y0) * 0.04
    bx = x0 + (x1 - x0) * 0.03
    if avoid is not None:
        # the lower corner where the bar covers less of the units
        right = x1 - (x1 - x0) * 0.03 - deg
        covered = [
            float(shapely.area(shapely.intersection(avoid, shapely.box(x, by, x + deg, top))))
            for x, top in ((bx, by + (y1 - y0) * 0.08), (right, by + (y1 - y0) * 0.08))
        ]
        if covered[1] < covered[0]:
            bx = right
    h = (y1 - y0) * 0.008
    half = deg / 2
    kw: dict[str, Any] = {"zorder": 8, "gid": "scale-bar"}
    ax.fill(
        [bx, bx + half, bx + half, bx],
        [by, by, by + h, by + h],
        facecolor="#111111",
        edgecolor="#111111",
        linewidth=0.6,
        **kw,
    )
    ax.fill(
        [bx + half, bx + deg, bx + deg, bx + half],
        [by, by, by + h, by + h],
        facecolor="white",
        edgecolor="#111111",
        linewidth=0.6,
        **kw,
    )
    for x, t in ((bx, "0"), (bx + deg, f"{length:g} km")):
        ax.text(
            x, by + h * 1.8, t, fontsize=fontsize, ha="center", va="bottom", parse_math=False, **kw
        )
    return length


def display_names(units: UnitSet, *, aliases: str | Path | None = None) -> pd.Series:
    """Per unit, the name as labels, tooltips and popups show it: ``"Herat (Hirat)"``."""
    every = pl.everyday_names(units, aliases=aliases)
    return pd.Series(
        [pl.display_name(n, e) for n, e in zip(units.units["name"], every, strict=True)],
        index=units.units.index,
        name="name",
        dtype=object,
    )


def shown_state(state: pd.DataFrame, units: UnitSet) -> pd.DataFrame:
    """``state`` with display names in ``name`` (and in ``province`` for one-level sets)."""
    names = display_names(units).reindex(state.index)
    out = state.assign(name=names.fillna(state["name"]))
    if units.level != "district":
        out["province"] = out["name"]
    out.attrs.update(state.attrs)
    return out
