"""A unit set across the antimeridian is drawn contiguous, and its maps fitted to it.

U.S. states and counties reach across 180° (the Aleutians west of it, Guam and the
Northern Marianas far beyond): their bounds were taken as min/max longitude, -180..180, so
every map of them was fitted to the whole globe with the U.S. a small strip in it, and the
Natural Earth layer drew Russia, Wrangel Island and Fiji as bands around the world.
``mapper/_antimeridian.py`` cuts the circle of longitudes in the set's largest empty gap
instead (display only); the tests hold the pages, the static image and the context layer
to it, and Afghanistan (and any set across Greenwich) to no shift at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from mapper._antimeridian import (
    display_west,
    unstitch,
    wrap_features,
    wrap_geometry,
    wrap_lon,
)
from mapper.boundaries import UnitSet, load_units
from mapper.claims import read_claims
from mapper.pages.map import build_map, draw_geometry
from mapper.pages.plot import plot_state
from mapper.pages.timeline import build_timeline_page
from mapper.places import display_west as set_west
from mapper.places import frame
from mapper.snapshots import state_at
from mapper.timeline import build_timeline
from tests.browser import open_page
from tests.worlds import write_claims

pytestmark = pytest.mark.filterwarnings(
    "ignore:.*(left out|repaired with make_valid|overlapping pair|shared by units):UserWarning"
)

#: (lon, lat) of places the U.S. map must show, in their own longitudes.
ANCHORAGE = (-149.90, 61.22)
HONOLULU = (-157.86, 21.31)
PORTLAND_ME = (-70.26, 43.66)
ATTU = (173.2, 52.9)  # the far end of the Aleutians, west of 180°
DATE = "2024-03-10"


def _one_level(geoms: list[Any]) -> UnitSet:
    """A one-level set of the given polygons (areas set, not computed: display tests only)."""
    ids = [f"u{i}" for i in range(len(geoms))]
    units = gpd.GeoDataFrame(
        {
            "name": ids,
            "province": ids,
            "iso_3166_2": ids,
            "source_id": ids,
            "area_km2": [1.0] * len(geoms),
        },
        geometry=geoms,
        crs="EPSG:4326",
        index=pd.Index(ids, name="unit_id"),
    )
    return UnitSet(
        units=units,
        level="province",
        boundary="squares",
        title="Squares",
        attribution="Test squares",
        licence="CC0",
        levels=1,
    )


# ---- the cut, on tiny worlds


def test_two_squares_either_side_of_180_are_drawn_across_it() -> None:
    squares = _one_level([box(178, -17, 179, -16), box(-179, -17, -178, -16)])
    west = set_west(squares)
    assert west == -360.0  # cut half-way round, at 0°: the pair drawn west of it
    drawn = draw_geometry(squares.units.geometry, tolerance=0.0, west=west)
    assert tuple(shapely.total_bounds(drawn)) == (-182.0, -17.0, -178.0, -16.0)
    # the frame (neighbours, labels, zoom rules) lies across 180° too, inside the window
    x0, _, x1, _ = frame(squares, margin=0.25)
    assert -183.0 <= x0 < -180.0 < x1 <= -177.0
    # wrapped the other way round it is the same pair, 360° east
    east = wrap_geometry(np.array([box(178, 0, 179, 1), box(-179, 0, -178, 1)]), 0.0)
    assert tuple(shapely.total_bounds(east)) == (178.0, 0.0, 182.0, 1.0)


def test_a_strip_across_greenwich_is_not_shifted() -> None:
    strip = _one_level([box(-3, 50, 0, 52), box(0, 50, 3, 52)])
    assert set_west(strip) is None
    geoms = strip.units.geometry.to_numpy()
    assert wrap_geometry(geoms, None) is geoms  # nothing touched, not even copied
    drawn = draw_geometry(strip.units.geometry, tolerance=0.0)
    assert tuple(shapely.total_bounds(drawn)) == (-3.0, 50.0, 3.0, 52.0)
    x0, _, x1, _ = frame(strip, margin=0.25)
    assert (x0, x1) == (-4.5, 4.5)


def test_sets_inside_one_hemisphere_are_not_shifted(districts: UnitSet) -> None:
    assert set_west(districts) is None  # Afghanistan: its pages stay byte for byte
    assert display_west([box(-179.5, 0, -170, 1), box(-100, 0, -90, 1)]) is None
    assert display_west([box(170, 0, 179.5, 1)]) is None
    assert display_west([]) is None


def test_wrap_moves_only_what_lies_outside_the_window() -> None:
    lon = np.array([-170.123456789, 145.0, -64.5, 39.9])
    out = wrap_lon(lon, -320.0)
    assert out.tolist() == [-170.123456789, 145.0 - 360.0, -64.5, 39.9]
    assert out[0] == lon[0]  # kept bit for bit, not recomputed through the window


def test_lines_drawn_over_the_units_move_with_them() -> None:
    """The check page's border lines (``MapOptions.lines``) lie where their units are drawn."""
    lines = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"tip": "x"},
                "geometry": {"type": "LineString", "coordinates": [[179.5, 0.0], [179.9, 1.0]]},
            }
        ],
    }
    moved = wrap_features(lines, -360.0)
    assert moved["features"][0]["geometry"]["coordinates"] == ((-180.5, 0.0), (-180.1, 1.0))
    assert moved["features"][0]["properties"] == {"tip": "x"}
    assert wrap_features(lines, None) == lines


def test_a_polygon_stitched_across_180_is_cut_back_there() -> None:
    # world-atlas stitches a country across the antimeridian: its ring steps 170 -> -170
    stitched = shapely.Polygon([(170, -1), (-170, -1), (-170, 1), (170, 1)])
    assert stitched.bounds[2] - stitched.bounds[0] == 340.0  # a band around the globe
    cut = unstitch(stitched)
    pieces = sorted(p.bounds for p in shapely.get_parts(cut))
    assert pieces == [(-180.0, -1.0, -170.0, 1.0), (170.0, -1.0, 180.0, 1.0)]
    assert cut.area == pytest.approx(40.0)
    plain = box(10, 10, 20, 20)
    assert unstitch(plain) is plain


# ---- the U.S.: pages, static image and context layer


@pytest.fixture(scope="module")
def us_states(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> UnitSet:
    return load_units("us-states", mirror=mirror, cache_dir=tmp_path_factory.mktemp("us"))


@pytest.fixture(scope="module")
def us_ledger(us_states: UnitSet, tmp_path_factory: pytest.TempPathFactory) -> Any:
    rows = [
        {"date": "2024-03-01", "province": "Alaska", "status": "taliban"},
        {"date": "2024-03-01", "province": "Maine", "status": "government"},
        {"date": "2024-03-02", "province": "Hawaii", "status": "contested"},
    ]
    return read_claims(write_claims(tmp_path_factory.mktemp("claims"), rows), us_states)


@pytest.fixture(scope="module")
def us_map(us_states: UnitSet, us_ledger: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    html = build_map(state_at(us_ledger, us_states, DATE), us_states, us_ledger)
    path = tmp_path_factory.mktemp("us-map") / "us-states.html"
    path.write_text(html, encoding="utf-8")
    return path


def _data(html: str) -> dict[str, Any]:
    m = re.search(r"<script type='application/json' id='mapper-data'>(.*?)</script>", html, re.S)
    assert m is not None
    return dict(json.loads(m.group(1)))


def _inside(bounds: list[list[float]], lon: float, lat: float) -> bool:
    (s, w), (n, e) = bounds
    return s <= lat <= n and w <= lon <= e


def _shown(lon: float, west: float | None) -> float:
    return float(wrap_lon(lon, west))


def test_us_states_page_is_fitted_to_the_us_not_the_globe(us_states: UnitSet, us_map: Path) -> None:
    data = _data(us_map.read_text("utf-8"))
    bounds = data["geometry"]["bounds"]
    (_, w), (_, e) = bounds
    assert e - w < 180.0, bounds  # was -179.1..179.8: the whole globe
    west = set_west(us_states)
    for lon, lat in (ANCHORAGE, HONOLULU, PORTLAND_ME, ATTU):
        assert _inside(bounds, _shown(lon, west), lat), (lon, lat, bounds)
    # display only: the areas the page counts are the set's own
    assert data["units"]["area"] == [round(float(a), 3) for a in us_states.units["area_km2"]]


def test_us_context_layer_is_drawn_where_the_units_are(us_states: UnitSet, us_map: Path) -> None:
    data = _data(us_map.read_text("utf-8"))
    west = set_west(us_states)
    assert west is not None
    places = data["places"]
    assert places["country"] == "United States of America"  # found, and left out
    feats = {f["properties"]["name"]: f for f in places["neighbours"]["features"]}
    assert {"Canada", "Mexico", "Russia"} <= set(feats)  # Russia beside Alaska
    for name, f in feats.items():
        geom = shapely.geometry.shape(f["geometry"])
        x0, _, x1, _ = geom.bounds
        assert west <= x0 and x1 <= west + 360.0, name
        # no country drawn as a band around the globe (Natural Earth's stitched polygons)
        assert all(p.bounds[2] - p.bounds[0] < 180.0 for p in shapely.get_parts(geom)), name
    # Chukotka lies west of the Bering Strait, beside Alaska, not a world away
    russia = shapely.geometry.shape(feats["Russia"]["geometry"])
    assert russia.distance(shapely.Point(_shown(-168.0, west), 65.6)) < 3.0
    # labels are where their units are drawn: Guam's beyond 180°, inside the page's bounds
    labels = {p["name"]: p for p in places["labels"]}
    for name in ("Alaska", "Hawaii", "Maine", "Guam"):
        assert _inside(data["geometry"]["bounds"], labels[name]["lon"], labels[name]["lat"]), name
    assert labels["Guam"]["lon"] < -180.0


def test_us_timeline_page_has_the_same_bounds(
    us_states: UnitSet, us_ledger: Any, us_map: Path
) -> None:
    tl = build_timeline(us_ledger, us_states, ["2024-03-01", DATE])
    timeline = _data(build_timeline_page(tl, us_states, us_ledger))
    assert timeline["geometry"]["bounds"] == _data(us_map.read_text("utf-8"))["geometry"]["bounds"]


def test_us_static_image_is_fitted_to_the_us(us_states: UnitSet, us_ledger: Any) -> None:
    fig = plot_state(state_at(us_ledger, us_states, DATE), us_states, us_ledger)
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x1 - x0 < 180.0, (x0, x1)
    west = set_west(us_states)
    for lon, lat in (ANCHORAGE, HONOLULU, PORTLAND_ME, ATTU):
        assert x0 <= _shown(lon, west) <= x1 and y0 <= lat <= y1, (lon, lat)


# ---- in the browser: the first view


#: The first view: zoom, the longitudes it spans, its centre, and the share of the map's
#: width and height the contiguous states take.
VIEW = """
() => {
  const map = mapper.map, b = map.getBounds(), s = map.getSize();
  const nw = map.latLngToContainerPoint([49.4, -124.7]);
  const se = map.latLngToContainerPoint([24.5, -66.9]);
  return {zoom: map.getZoom(), span: b.getEast() - b.getWest(), centre: b.getCenter().lng,
          contained: b.contains(L.latLngBounds(mapper.data.geometry.bounds)),
          conus: [(se.x - nw.x) / s.x, (se.y - nw.y) / s.y]};
}
"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("size", "least_zoom", "most_span", "least_conus"),
    [((1366, 768), 2.5, 300.0, 0.18), ((390, 844), 1.5, 200.0, 0.3)],
    ids=["desktop", "phone"],
)
def test_first_view_of_a_us_map_is_the_us(
    us_map: Path, size: tuple[int, int], least_zoom: float, most_span: float, least_conus: float
) -> None:
    """Before: zoom 2 on a desktop and 0.5 on a phone, the view centred on the Atlantic
    (-30°) and 480° of longitude wide. Guam (145°E) and American Samoa (14°S) are U.S.
    states here, so the whole set is 151° x 86°: the contiguous states take a fifth of a
    desktop map's width, not most of it."""
    with open_page(us_map, width=size[0], height=size[1]) as (page, log):
        page.wait_for_timeout(400)
        view = page.evaluate(VIEW)
        assert view["contained"], view  # the whole set, Guam to the Virgin Islands
        assert view["zoom"] >= least_zoom, view
        assert view["span"] < most_span, view
        assert -160.0 <= view["centre"] <= -67.0, view  # over the U.S., not the Atlantic
        assert view["conus"][0] >= least_conus, view
        assert log.errors == [] and log.console_errors == []
