"""Every page on a phone-sized screen and in a frame that starts with no size.

Leaflet's fitBounds gives a NaN zoom when the padding kept for the stats panel is wider than
the map; every layer then throws "Invalid LatLng object: (NaN, NaN)" and nothing is drawn.
This once broke the map on any screen narrower than ~380 px and, under load, the report's
map (its iframe can run the map's script before it has a size).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import check_claim, check_map, parse_claim
from mapper.claims import Ledger
from mapper.render import MapOptions, build_map
from mapper.render_timeline import build_compare_page, build_timeline_page
from mapper.report import report_html
from mapper.snapshots import state_at
from mapper.timeline import build_timeline, timeline_dates
from tests.browser import open_page

pytestmark = pytest.mark.browser

DATE = "2021-08-10"

# every Leaflet map in a frame: its zoom, and whether the centre of the country is in view
_MAPS = """
() => {
  const out = [];
  for (const k of Object.keys(window)) {
    let v; try { v = window[k]; } catch (e) { continue; }
    if (v && typeof L !== 'undefined' && v instanceof L.Map && !out.some(o => o.m === v))
      out.push({m: v});
  }
  if (window.mapper) {
    for (const m of [window.mapper.map, ...(window.mapper.maps || [])])
      if (m && !out.some(o => o.m === m)) out.push({m: m});
  }
  return out.map(({m}) => {
    const b = m.getBounds(), s = m.getSize();
    return {zoom: m.getZoom(), w: s.x, h: s.y, south: b.getSouth(), north: b.getNorth(),
            west: b.getWest(), east: b.getEast()};
  });
}
"""

# the centre of Afghanistan's bounding box
LAT, LON = 33.9, 67.7


@pytest.fixture(scope="module")
def pages(
    districts: UnitSet, example_ledger: Ledger, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    state = state_at(example_ledger, districts, DATE)
    parsed = parse_claim(
        "The Taliban have captured over two-thirds of the country",
        gazetteer=districts.gazetteer(),
    )
    verdict = check_claim(parsed, state, districts, vocabulary=example_ledger.vocabulary)
    timeline = build_timeline(
        example_ledger, districts, timeline_dates(example_ledger, "2021-07-01", "2021-09-01")
    )
    html = {
        "map": build_map(state, districts, example_ledger),
        "embed": build_map(
            state,
            districts,
            example_ledger,
            options=MapOptions(embed=True, embed_width_px=300, embed_height_px=240),
        ),
        "check": check_map(verdict, state, districts, example_ledger),
        "timeline": build_timeline_page(timeline, districts, example_ledger),
        "compare": build_compare_page(example_ledger, districts, "2021-07-01", "2021-08-15"),
        "report": report_html(state, districts, example_ledger),
    }
    root = tmp_path_factory.mktemp("narrow")
    out = {}
    for name, text in html.items():
        out[name] = root / f"{name}.html"
        out[name].write_text(text, encoding="utf-8")
    return out


def _maps(page: object) -> list[dict[str, float]]:
    found = []
    for frame in page.frames:  # type: ignore[attr-defined]
        found += frame.evaluate(_MAPS)
    return found


@pytest.mark.parametrize("name", ["map", "embed", "check", "timeline", "compare", "report"])
def test_phone_screen_draws_the_country(pages: dict[str, Path], name: str) -> None:
    with open_page(pages[name], width=360, height=640) as (page, log):
        if name == "report":
            page.frame_locator("iframe").locator(".leaflet-container").wait_for(timeout=15_000)
            page.wait_for_timeout(300)
        assert log.errors == [] and log.console_errors == [], log.errors
        maps = _maps(page)
        assert maps, "no Leaflet map found"
        for m in maps:
            assert m["zoom"] == m["zoom"] and m["zoom"] >= 3, m  # a number, and zoomed in
            assert m["south"] < LAT < m["north"] and m["west"] < LON < m["east"], m


def test_map_in_a_frame_without_size_is_fitted_once_it_has_one(
    pages: dict[str, Path], tmp_path: Path
) -> None:
    host = tmp_path / "host.html"
    host.write_text(
        "<!DOCTYPE html><html><body>"
        f"<iframe id='f' src='{pages['map'].as_uri()}' style='width:0;height:0;border:0'>"
        "</iframe></body></html>",
        encoding="utf-8",
    )
    with open_page(host) as (page, log):
        container = page.frame_locator("iframe").locator(".leaflet-container")
        container.wait_for(state="attached", timeout=15_000)
        page.wait_for_timeout(300)
        assert log.errors == []
        page.evaluate("document.getElementById('f').style.cssText='width:900px;height:600px'")
        page.wait_for_timeout(500)
        assert log.errors == []
        (m,) = _maps(page)
        assert m["w"] == 900 and m["h"] == 600
        assert m["zoom"] >= 4, m  # fitted to the country, not left at the world view
        assert m["south"] < LAT < m["north"] and m["west"] < LON < m["east"], m


_OVERLAP = """
() => {
  const a = document.querySelector('.leaflet-control-scale').getBoundingClientRect();
  const b = document.querySelector('.leaflet-control-attribution').getBoundingClientRect();
  return [a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top,
          b.height];
}
"""


@pytest.mark.parametrize(("name", "width", "height"), [("map", 360, 640), ("embed640", 700, 520)])
def test_attribution_leaves_the_scale_bar_readable(
    pages: dict[str, Path],
    districts: UnitSet,
    example_ledger: Ledger,
    tmp_path: Path,
    name: str,
    width: int,
    height: int,
) -> None:
    path = pages.get(name)
    if path is None:  # the 640 x 480 embed of the README example
        state = state_at(example_ledger, districts, DATE)
        opts = MapOptions(embed=True, embed_width_px=640, embed_height_px=480)
        path = tmp_path / "embed640.html"
        path.write_text(build_map(state, districts, example_ledger, options=opts), "utf-8")
    with open_page(path, width=width, height=height) as (page, log):
        overlap, attribution_height = page.evaluate(_OVERLAP)
        assert log.errors == []
        assert attribution_height > 0  # still shown (the licence asks for it)
        assert not overlap


_CLEAR = """
() => {
  let map = null;
  for (const k of Object.keys(window)) {
    let v; try { v = window[k]; } catch (e) { continue; }
    if (v && v instanceof L.Map) map = v;
  }
  if (!map && window.mapper) map = window.mapper.map;
  const box = map.getContainer().getBoundingClientRect();
  const b = L.latLngBounds([[29.36, 60.47], [38.49, 74.89]]);  // Afghanistan
  const nw = map.latLngToContainerPoint(b.getNorthWest());
  const se = map.latLngToContainerPoint(b.getSouthEast());
  const country = {left: box.left + nw.x, top: box.top + nw.y,
                   right: box.left + se.x, bottom: box.top + se.y};
  const hits = [];
  document.querySelectorAll('.mapper-panel, .mapper-verdict, .mapper-controls').forEach(el => {
    const r = el.getBoundingClientRect();
    const w = Math.min(r.right, country.right) - Math.max(r.left, country.left);
    const h = Math.min(r.bottom, country.bottom) - Math.max(r.top, country.top);
    if (w > 4 && h > 4) hits.push([el.className, Math.round(w), Math.round(h)]);
  });
  return hits;
}
"""


@pytest.mark.parametrize("name", ["map", "check", "timeline"])
def test_overlays_leave_the_country_clear_on_a_laptop_screen(
    pages: dict[str, Path], name: str
) -> None:
    with open_page(pages[name], width=1280, height=800) as (page, log):
        assert page.evaluate(_CLEAR) == []
        assert log.errors == []


def test_open_method_section_leaves_the_zoom_buttons_usable(pages: dict[str, Path]) -> None:
    with open_page(pages["map"], width=1280, height=800) as (page, _log):
        page.click("#mapper-method summary")
        page.wait_for_function("document.getElementById('mapper-method').open")
        zoom_out = page.locator(".leaflet-control-zoom-out").bounding_box()
        method = page.locator("#mapper-method").bounding_box()
        assert zoom_out is not None and method is not None
        assert method["y"] > zoom_out["y"] + zoom_out["height"]
