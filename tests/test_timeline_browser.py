"""The timeline and compare pages in headless Chromium, offline."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import shapely

from mapper.boundaries import UnitSet
from mapper.claims import Ledger, read_claims
from mapper.render import draw_geometry
from mapper.render_timeline import build_compare_page, build_timeline_page
from mapper.timeline import Timeline, build_timeline, status_series, timeline_dates
from tests.browser import open_page
from tests.worlds import tiny_units, write_claims

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def example_timeline(example_ledger: Ledger, districts: UnitSet) -> Timeline:
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-06")
    return build_timeline(example_ledger, districts, dates)


@pytest.fixture(scope="module")
def timeline_page(
    example_timeline: Timeline,
    example_ledger: Ledger,
    districts: UnitSet,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    path = tmp_path_factory.mktemp("tl") / "timeline.html"
    path.write_text(build_timeline_page(example_timeline, districts, example_ledger), "utf-8")
    return path


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def _pixel(page: object, x: float, y: float) -> np.ndarray:
    from PIL import Image

    png = page.screenshot(clip={"x": x - 1, "y": y - 1, "width": 3, "height": 3})  # type: ignore[attr-defined]
    img = Image.open(io.BytesIO(png)).convert("RGB")
    return np.array(img.getpixel((1, 1)), dtype=float)


def test_timeline_loads_offline_without_errors(timeline_page: Path) -> None:
    with open_page(timeline_page) as (page, log):
        assert log.failed == [] and log.errors == [] and log.console_errors == []
        assert log.external == []
        assert page.evaluate("mapper.layers.length") == 398
        # it opens on the last date (the first is an all-grey map)
        assert page.inner_text("#mapper-date-label") == "2021-09-06"
        assert page.evaluate("mapper.current()") == 128
        assert page.evaluate("mapper.layers[0].options.renderer instanceof L.Canvas")


def test_timeline_opens_at_the_date_asked_for(
    example_timeline: Timeline, example_ledger: Ledger, districts: UnitSet, tmp_path: Path
) -> None:
    from mapper.render_timeline import TimelineOptions

    path = tmp_path / "t.html"
    # 2021-07-04 is no slider date: the last one before it (2021-07-03) is shown
    options = TimelineOptions(open_at="2021-07-04")
    html = build_timeline_page(example_timeline, districts, example_ledger, options=options)
    path.write_text(html, "utf-8")
    dates = [d.date().isoformat() for d in example_timeline.dates]
    expected = max(d for d in dates if d <= "2021-07-04")
    with open_page(path) as (page, log):
        assert page.inner_text("#mapper-date-label") == expected
        assert page.evaluate("mapper.current()") == dates.index(expected)
        assert log.errors == []


def test_ticks_mark_months_and_claim_dates(
    timeline_page: Path, example_timeline: Timeline, example_ledger: Ledger
) -> None:
    dates = [d.date().isoformat() for d in example_timeline.dates]
    claim_days = {
        d.date().isoformat() for d in example_ledger.claims["date"] if dates[0] <= str(d.date())
    }
    # the slider date on which each claim first shows
    expected = sorted({min(x for x in dates if x >= c) for c in claim_days if c <= dates[-1]})
    with open_page(timeline_page) as (page, log):
        months = page.eval_on_selector_all(
            ".mapper-month", "els => els.map(e => [e.textContent, e.dataset.day])"
        )
        assert months == [
            ["May", "2021-05-01"],
            ["Jun", "2021-06-01"],
            ["Jul", "2021-07-01"],
            ["Aug", "2021-08-01"],
            ["Sep", "2021-09-01"],
        ]
        marks = page.eval_on_selector_all(
            ".mapper-claim-mark", "els => els.map(e => e.dataset.day)"
        )
        assert sorted(marks) == expected
        # the marks sit under the slider, in date order from left to right
        xs = page.eval_on_selector_all(
            ".mapper-claim-mark", "els => els.map(e => e.getBoundingClientRect().left)"
        )
        assert xs == sorted(xs)
        slider = page.locator("#mapper-slider").bounding_box()
        assert slider is not None
        assert slider["x"] <= xs[0] and xs[-1] <= slider["x"] + slider["width"]
        assert log.errors == []


def test_a_step_outlines_the_units_that_changed_for_a_moment(timeline_page: Path) -> None:
    with open_page(timeline_page) as (page, log):
        page.locator("#mapper-slider").fill("105")
        page.wait_for_timeout(1500)
        page.locator("#mapper-slider").fill("106")  # 2021-08-14 -> 2021-08-15
        changed = page.evaluate("mapper.view.changed")
        assert len(changed) > 0
        outlined = page.evaluate("mapper.layers.flatMap((l, u) => l.options.weight > 2 ? [u] : [])")
        assert sorted(outlined) == sorted(changed)
        page.wait_for_timeout(1600)
        assert page.evaluate("mapper.layers.filter(l => l.options.weight > 2).length") == 0
        assert log.errors == []


def test_reset_view_and_icons_without_an_emoji_font(timeline_page: Path) -> None:
    with open_page(timeline_page) as (page, log):
        view = "[mapper.map.getZoom(), mapper.map.getCenter().lat, mapper.map.getCenter().lng]"
        before = page.evaluate(view)
        page.evaluate("() => { mapper.map.setView([36.7, 71.0], 9, {animate: false}); }")
        assert page.evaluate(view) != before
        page.click(".mapper-reset a")
        page.wait_for_timeout(300)
        assert page.evaluate(view) == pytest.approx(before, abs=1e-6)
        # play/pause and reset are inline SVG with plain-text labels: no emoji, no icon font
        for sel in ("#mapper-play", ".mapper-reset a"):
            assert page.locator(f"{sel} svg").count() >= 1
            text = page.inner_text(sel)
            assert all(ord(ch) < 0x2000 for ch in text), text
        assert page.inner_text("#mapper-play").strip() == "Play"
        assert log.errors == []


def test_slider_restyles_changed_districts(
    timeline_page: Path,
    example_timeline: Timeline,
    example_ledger: Ledger,
    districts: UnitSet,
) -> None:
    tl, vocab = example_timeline, example_ledger.vocabulary
    t0, t1 = 60, 106  # 2021-06-30 and 2021-08-15
    keys = np.array(vocab.keys)
    before, after = keys[tl.status[t0]], keys[tl.status[t1]]
    changed = np.flatnonzero(before != after)
    assert len(changed) > 50
    # a large district whose two statuses are plain colours (not hatched), to read pixels
    area = districts.units["area_km2"].to_numpy()
    plain = [u for u in changed if not vocab[before[u]].hatch and not vocab[after[u]].hatch]
    u = max(plain, key=lambda i: area[i])
    geom = draw_geometry(districts.units.geometry, tolerance=0.002)[u]
    inside = shapely.point_on_surface(geom)
    palette = {s.key: 0.85 * _rgb(s.colour) + 0.15 * _rgb("#eef2f5") for s in vocab.statuses}

    def nearest(px: np.ndarray) -> str:
        return min(palette, key=lambda k: float(np.abs(palette[k] - px).sum()))

    with open_page(timeline_page) as (page, log):
        slider = page.locator("#mapper-slider")
        slider.fill(str(t0))
        page.wait_for_timeout(200)
        statuses0 = page.evaluate("mapper.layers.map(l => l.mapperStatus)")
        assert statuses0 == list(before)
        xy = page.evaluate(
            f"(() => {{ const p = mapper.map.latLngToContainerPoint([{inside.y}, {inside.x}]);"
            " return [p.x, p.y]; })()"
        )
        colour0 = _pixel(page, *xy)
        slider.fill(str(t1))
        page.wait_for_timeout(200)
        # only the districts whose status changed were restyled
        assert page.evaluate("mapper.view.restyled") == len(changed)
        assert page.evaluate("mapper.layers.map(l => l.mapperStatus)") == list(after)
        assert page.evaluate(f"mapper.layers[{u}].options.fillColor") == vocab[after[u]].colour
        colour1 = _pixel(page, *xy)
        assert page.inner_text("#mapper-date-label") == "2021-08-15"
        assert log.errors == []
    assert nearest(colour0) == before[u] and nearest(colour1) == after[u]
    assert float(np.abs(colour0 - colour1).sum()) > 60


def test_panel_numbers_follow_the_slider(
    timeline_page: Path, example_timeline: Timeline, districts: UnitSet
) -> None:
    series = status_series(example_timeline, districts)
    day = example_timeline.dates[106].date()
    row = series[(series["date"] == day)].set_index("status")
    with open_page(timeline_page) as (page, _log):
        page.locator("#mapper-slider").fill("106")
        page.wait_for_timeout(100)
        cell = "tr[data-status='taliban'] [data-f='{}']"
        assert page.inner_text(cell.format("units")) == str(int(row.loc["taliban", "units"]))
        assert page.inner_text(cell.format("km2")) == f"{row.loc['taliban', 'area_km2']:,.0f}"
        share = f"{100 * row.loc['taliban', 'share_area']:.1f}%"
        assert page.inner_text(cell.format("share_area")) == share
        low, high = int(row.loc["taliban", "units_low"]), int(row.loc["taliban", "units_high"])
        assert page.inner_text("li[data-side='taliban'] [data-f='units']") == f"{low}–{high}"
        assert page.inner_text("#mapper-date") == "2021-08-15"


def test_play_advances_the_date(timeline_page: Path) -> None:
    with open_page(timeline_page) as (page, log):
        page.click("#mapper-play")
        page.wait_for_function("mapper.current() >= 2", timeout=15_000)
        assert page.inner_text("#mapper-play").endswith("Pause")
        page.click("#mapper-play")
        t = page.evaluate("mapper.current()")
        page.wait_for_timeout(600)
        assert page.evaluate("mapper.current()") == t
        assert log.errors == []


def test_popup_shows_the_claim_at_the_slider_date(timeline_page: Path) -> None:
    with open_page(timeline_page) as (page, _log):
        u = page.evaluate("mapper.units.indexOf('AF-WAR/nirkh')")
        page.locator("#mapper-slider").fill("10")  # 2021-05-11: Nerkh fell (row 2)
        page.evaluate(f"() => {{ mapper.layers[{u}].openPopup(); }}")
        text = page.inner_text(".leaflet-popup-content")
        assert "Taliban control" in text and "as of 2021-05-11" in text and "row 2" in text
        page.evaluate(f"() => {{ mapper.layers[{u}].closePopup(); }}")
        page.locator("#mapper-slider").fill("5")
        page.evaluate(f"() => {{ mapper.layers[{u}].openPopup(); }}")
        # before the fall: the country-wide baseline of 2021-05-01, no later claim listed
        text = page.inner_text(".leaflet-popup-content")
        assert "Government control as of 2021-05-01" in text and "2021-05-11" not in text


def test_ledger_text_is_escaped(tmp_path: Path) -> None:
    units = tiny_units()
    evil = "<img src=x onerror=alert(1)>"
    path = write_claims(
        tmp_path,
        [
            {
                "date": "2021-01-02",
                "province": "North",
                "district": "Nolan",
                "status": "taliban",
                "source": f"Outlet {evil}",
                "note": "</script><script>alert(2)</script>",
                "url": "https://example.org/a?b=1&c=2",
            }
        ],
    )
    ledger = read_claims(path, units)
    tl = build_timeline(ledger, units, ["2021-01-01", "2021-01-02"])
    html = build_timeline_page(tl, units, ledger)
    assert "<img src=x" not in html and "</script><script>alert" not in html
    page_path = tmp_path / "t.html"
    page_path.write_text(html, "utf-8")
    with open_page(page_path) as (page, log):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.locator("#mapper-slider").fill("1")
        page.evaluate("() => { mapper.layers[0].openPopup(); }")
        text = page.inner_text(".leaflet-popup-content")
        assert evil in text and "</script><script>alert(2)</script>" in text
        assert page.evaluate("document.querySelectorAll('.leaflet-popup-content img').length") == 0
        href = page.get_attribute(".leaflet-popup-content a", "href")
        assert href == "https://example.org/a?b=1&c=2"
        assert dialogs == [] and log.errors == []


def test_compare_page_shows_both_dates(
    example_ledger: Ledger, districts: UnitSet, tmp_path: Path
) -> None:
    d1, d2 = "2021-07-01", "2021-08-15"
    path = tmp_path / "compare.html"
    path.write_text(build_compare_page(example_ledger, districts, d1, d2), "utf-8")
    tl = build_timeline(example_ledger, districts, [d1, d2])
    keys = np.array(example_ledger.vocabulary.keys)
    with open_page(path, height=1100) as (page, log):
        assert log.failed == [] and log.errors == [] and log.external == []
        assert d1 in page.inner_text("#mapper-label-a")
        assert d2 in page.inner_text("#mapper-label-b")
        assert page.evaluate("mapper.a.layers.map(l => l.mapperStatus)") == list(keys[tl.status[0]])
        assert page.evaluate("mapper.b.layers.map(l => l.mapperStatus)") == list(keys[tl.status[1]])
        wakhan = page.evaluate("mapper.units.indexOf('AF-BDS/wakhan')")
        assert page.evaluate(f"mapper.transitions.layers[{wakhan}].mapperStatus") == (
            "gained_taliban"
        )
        # the maps are synced: zooming one moves the others
        z0 = page.evaluate("mapper.a.map.getZoom()")
        page.evaluate("() => { mapper.a.map.setZoom(mapper.a.map.getZoom() + 1); }")
        page.wait_for_function(f"mapper.maps.every(m => m.getZoom() === {z0} + 1)", timeout=15_000)
        rows = page.locator("#mapper-changes tr[data-unit]").count()
        changed = int((tl.status[0] != tl.status[1]).sum())
        assert rows == changed
        # the geometry is in the file once, not once per map
        assert page.evaluate("mapper.data.geometry.n_arcs") > 0
        # a legend on each map; one credit line, under the maps, not on them
        assert page.locator(".mapper-pane .mapper-map-legend").count() == 3
        assert "Taliban control" in page.inner_text("#mapper-map-a .mapper-map-legend")
        assert "Other change" in page.inner_text("#mapper-map-t .mapper-map-legend")
        assert page.locator(".mapper-pane .leaflet-control-attribution").count() == 0
        credit = page.locator(".mapper-credit").bounding_box()
        grid = page.locator(".mapper-grid").bounding_box()
        assert credit is not None and grid is not None
        assert credit["y"] >= grid["y"] + grid["height"] - 1
        assert "geoBoundaries" in page.inner_text(".mapper-credit")
    html = path.read_text("utf-8")
    assert html.count('"arcs":') == 1
