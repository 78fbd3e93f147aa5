"""The first view of every map shows the whole unit set, clear of the page's overlays.

A phone screenshot (390 x 844) once showed western Afghanistan (Herat, Farah, Nimroz) cut
off: the map was fitted once, to the size it had when its script ran, and never again, so a
page laid out wider first (a desktop-sized first layout, a rotation, a frame sized late) kept
a view fitted to a wider map. And the fit kept a fixed room for the stats panel, so on a
tablet the date stamp, placed under the panel, lay over the north of the country.
``mapper/pages/static/fit.js`` now measures the overlays, keeps each clear sideways or
above/below (whichever shows the country largest) and fits again on every resize until the
reader moves the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mapper.boundaries import UnitSet
from mapper.claims import Ledger
from mapper.render import build_map
from mapper.render_timeline import build_compare_page, build_timeline_page
from mapper.report import report_html
from mapper.snapshots import state_at
from mapper.timeline import build_timeline, timeline_dates
from tests.browser import open_page

pytestmark = pytest.mark.browser

DATE = "2021-08-10"
PHONE, LANDSCAPE, TABLET, DESKTOP = (390, 844), (844, 390), (768, 1024), (1366, 768)

#: For every map of the page (the compare page has three): whether the unit set's bounds lie
#: inside the map's visible bounds, and which overlays (panel or its strip, date stamp,
#: legends, slider, method strip, controls) lie on the units' bounding box, in screen px.
FITTED = """
() => {
  const m = window.mapper, G = m.data.geometry;
  const units = L.latLngBounds(G.bounds);
  const views = [m.view, m.a, m.b, m.transitions].filter(v => v && v.map);
  const over = Array.from(document.querySelectorAll('.mapper-panel, .mapper-verdict, ' +
    '.mapper-stamp, .mapper-map-legend, .mapper-controls, .mapper-method, .leaflet-control'));
  return views.map(v => {
    const map = v.map, box = map.getContainer().getBoundingClientRect();
    const nw = map.latLngToContainerPoint(units.getNorthWest());
    const se = map.latLngToContainerPoint(units.getSouthEast());
    const c = [box.left + nw.x, box.top + nw.y, box.left + se.x, box.top + se.y];
    const covers = over.filter(el => {
      if (!el.offsetParent) return false;
      const r = el.getBoundingClientRect();
      const w = Math.min(r.right, c[2]) - Math.max(r.left, c[0]);
      const h = Math.min(r.bottom, c[3]) - Math.max(r.top, c[1]);
      return w > 2 && h > 2;
    }).map(el => String(el.className));
    return {contained: map.getBounds().contains(units), zoom: map.getZoom(), covers: covers,
            units: c.map(Math.round), size: [box.width, box.height]};
  });
}
"""


@pytest.fixture(scope="module")
def pages(
    districts: UnitSet, example_ledger: Ledger, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    state = state_at(example_ledger, districts, DATE)
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-06")
    html = {
        "map": build_map(state, districts, example_ledger),
        "timeline": build_timeline_page(
            build_timeline(example_ledger, districts, dates), districts, example_ledger
        ),
        "compare": build_compare_page(example_ledger, districts, "2021-07-01", "2021-08-15"),
        "report": report_html(state, districts, example_ledger),
    }
    root = tmp_path_factory.mktemp("fit")
    out = {}
    for name, text in html.items():
        out[name] = root / f"{name}.html"
        out[name].write_text(text, encoding="utf-8")
    return out


def _fitted(page: Any) -> list[dict[str, Any]]:
    page.wait_for_timeout(400)  # the refits run on the resize, before the next paint
    return page.evaluate(FITTED)


def _assert_whole_country(views: list[dict[str, Any]]) -> None:
    assert views, "no map"
    for v in views:
        assert v["contained"], v
        assert v["zoom"] >= 4, v  # fitted to the country, not to the world
        assert v["covers"] == [], v  # no overlay on the units' bounding box


SIZES = [PHONE, LANDSCAPE, TABLET, DESKTOP]


@pytest.mark.parametrize("name", ["map", "timeline", "compare"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_first_view_shows_the_whole_country_clear_of_overlays(
    pages: dict[str, Path], name: str, size: tuple[int, int]
) -> None:
    with open_page(pages[name], width=size[0], height=size[1]) as (page, log):
        _assert_whole_country(_fitted(page))
        assert log.errors == [] and log.console_errors == []


@pytest.mark.parametrize("name", ["map", "timeline", "compare"])
@pytest.mark.parametrize("first", [DESKTOP, LANDSCAPE], ids=["from-desktop", "from-landscape"])
def test_phone_after_a_resize_before_any_touch_shows_the_whole_country(
    pages: dict[str, Path], name: str, first: tuple[int, int]
) -> None:
    """A page laid out wider first (a rotation, a desktop-sized first layout) is fitted
    again to the phone's 390 x 844: before, the west of the country was cut off."""
    with open_page(pages[name], width=first[0], height=first[1]) as (page, log):
        page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
        views = _fitted(page)
        assert all(v["size"][0] <= PHONE[0] for v in views)
        _assert_whole_country(views)
        assert log.errors == [] and log.console_errors == []


def test_reader_view_is_kept_on_a_resize(pages: dict[str, Path]) -> None:
    """Once the reader has zoomed, a resize does not throw the view away."""
    with open_page(pages["map"], width=DESKTOP[0], height=DESKTOP[1]) as (page, _log):
        box = page.locator("#mapper-map").bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] * 0.4, box["y"] + box["height"] * 0.5)
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(600)
        zoom = page.evaluate("mapper.map.getZoom()")
        page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
        page.wait_for_timeout(400)
        assert page.evaluate("mapper.map.getZoom()") == zoom
        # the reset-view button still fits the whole country to the new size
        page.click(".mapper-reset a")
        page.wait_for_timeout(200)
        _assert_whole_country(page.evaluate(FITTED))


def test_report_map_on_a_phone_shows_the_whole_country(pages: dict[str, Path]) -> None:
    """The report's map, in its sandboxed iframe, at 390 x 844."""
    with open_page(pages["report"], width=PHONE[0], height=PHONE[1]) as (page, log):
        page.frame_locator("iframe.mapper-map").locator(".leaflet-container").wait_for(
            timeout=15_000
        )
        frame = next(f for f in page.frames if f != page.main_frame)
        frame.wait_for_timeout(400)
        _assert_whole_country(frame.evaluate(FITTED))
        assert log.errors == [] and log.console_errors == []


#: Pairs of visible overlays (Leaflet's controls, the panel, the stamp, the legends, the
#: method strip, the verdict box) whose boxes overlap by more than 2 px each way, as class names.
OVERLAPS = """
() => {
  const els = Array.from(document.querySelectorAll('.leaflet-control, .mapper-panel, ' +
    '.mapper-verdict, .mapper-stamp, .mapper-map-legend, .mapper-controls, .mapper-method'))
    .filter(el => el.offsetParent && !el.parentElement.closest('.leaflet-control, ' +
      '.mapper-panel, .mapper-verdict, .mapper-stamp, .mapper-controls, .mapper-method'));
  const out = [];
  for (let i = 0; i < els.length; i++) {
    for (let j = i + 1; j < els.length; j++) {
      const a = els[i].getBoundingClientRect(), b = els[j].getBoundingClientRect();
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > 2) out.push([String(els[i].className), String(els[j].className)]);
    }
  }
  return out;
}
"""


@pytest.mark.parametrize("name", ["map", "timeline", "compare"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_overlays_do_not_cover_each_other(
    pages: dict[str, Path], name: str, size: tuple[int, int]
) -> None:
    """On a tablet (768 x 1024) the credits, wrapped onto two lines across the whole width,
    covered the single-date page's scale bar bottom left."""
    with open_page(pages[name], width=size[0], height=size[1]) as (page, _log):
        page.wait_for_timeout(400)
        assert page.evaluate(OVERLAPS) == []
