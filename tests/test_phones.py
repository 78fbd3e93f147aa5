"""Every page type on a laptop (1280 x 800), a phone (390 x 844) and, for the embed, in a
640 x 480 frame: a popup opened by a tap fits the viewport and is drawn above the panels, the
tooltip hides while it is open, nothing covers the legend or the verdict box, the page has a
``<title>``, and there is no console error and no network request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import check_claim, check_map, parse_claim
from mapper.claims import Ledger
from mapper.render import MapOptions, build_map
from mapper.render_timeline import build_compare_page, build_timeline_page
from mapper.report import report_html
from mapper.snapshots import state_at
from mapper.timeline import build_timeline, timeline_dates
from tests.browser import CLICK_TARGET, OVERLAPS, POPUP_STATE, open_page

pytestmark = pytest.mark.browser

DATE = "2021-08-10"
LAPTOP, PHONE, FRAME = (1280, 800), (390, 844), (640, 480)
#: Overlap allowed between the legend or verdict and anything else: a box shadow, a rounded
#: corner (px, both ways).
TOLERANCE = 4

CHECKS = [
    {
        "sentence": "The Taliban control a third of the country's districts and they are "
        "advancing fast in the north, a spokesman said on Tuesday",
        "date": DATE,
        "verdict": "supported",
        "detail": "Taliban control 17.8% of districts (low) to 31.2% (high); the claim needs "
        "33.3%; the range decides it either way on this date",
    }
]


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
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-06")
    embed = MapOptions(embed=True, embed_width_px=640, embed_height_px=480)
    html = {
        "map": build_map(state, districts, example_ledger),
        "embed": build_map(state, districts, example_ledger, options=embed),
        "check": check_map(verdict, state, districts, example_ledger),
        "timeline": build_timeline_page(
            build_timeline(example_ledger, districts, dates), districts, example_ledger
        ),
        "compare": build_compare_page(example_ledger, districts, "2021-07-01", "2021-08-15"),
        "report": report_html(state, districts, example_ledger, checks=CHECKS),
    }
    root = tmp_path_factory.mktemp("phones")
    out = {}
    for name, text in html.items():
        out[name] = root / f"{name}.html"
        out[name].write_text(text, encoding="utf-8")
    return out


CASES = [
    (name, size)
    for name in ("map", "check", "timeline", "compare", "report", "embed")
    for size in (LAPTOP, PHONE)
] + [("embed", FRAME)]


def _map_frame(page: Any, name: str) -> tuple[Any, tuple[float, float]]:
    """The frame holding the map and its offset in the page (the report's map is an iframe)."""
    if name != "report":
        return page.main_frame, (0.0, 0.0)
    page.frame_locator("iframe.mapper-map").locator(".leaflet-container").wait_for(timeout=15_000)
    page.wait_for_timeout(300)
    page.locator("iframe.mapper-map").scroll_into_view_if_needed()
    box = page.locator("iframe.mapper-map").bounding_box()
    frame = next(f for f in page.frames if f != page.main_frame)
    return frame, (box["x"] + 1, box["y"] + 1)  # inside its 1 px border


@pytest.mark.parametrize(("name", "size"), CASES, ids=[f"{n}-{w}x{h}" for n, (w, h) in CASES])
def test_page_on_a_screen(pages: dict[str, Path], name: str, size: tuple[int, int]) -> None:
    width, height = size
    with open_page(pages[name], width=width, height=height) as (page, log):
        frame, (dx, dy) = _map_frame(page, name)
        assert page.title().strip(), "no <title>"
        assert frame.evaluate("document.title").strip()
        # nothing lies on the legend or the verdict box (beyond a shadow's width)
        assert frame.evaluate(OVERLAPS, TOLERANCE) == []
        # a tap on a unit opens its popup: inside the viewport, above every panel
        target = frame.evaluate(CLICK_TARGET)
        assert target is not None, "no unit to tap"
        page.mouse.click(target[0] + dx, target[1] + dy)
        frame.locator(".leaflet-popup").wait_for(timeout=5_000)
        page.wait_for_timeout(600)  # the map pans the popup into view, the window scrolls
        state = frame.evaluate(POPUP_STATE)
        assert state is not None
        assert state["inside"], state
        assert all(on_top for _cls, on_top in state["under"]), state
        assert state["box"][2] <= state["viewport"][0] - 16, state  # with a margin
        # hovering another unit while the popup is open shows no tooltip
        page.mouse.move(dx + 5, dy + state["viewport"][1] / 2)
        page.mouse.move(target[0] + dx + 3, target[1] + dy + 3)
        page.wait_for_timeout(150)
        assert frame.evaluate(POPUP_STATE)["tooltips"] == 0
        if name == "report":
            page.wait_for_timeout(200)
        assert log.errors == [] and log.console_errors == [], (log.errors, log.console_errors)
        assert log.external == [] and log.failed == []


@pytest.mark.parametrize("name", ["map", "check", "embed", "timeline"])
def test_phone_folds_the_panels_to_strips_a_tap_unfolds(pages: dict[str, Path], name: str) -> None:
    with open_page(pages[name], width=390, height=844) as (page, log):
        panel = page.locator(".mapper-panel")
        assert "mapper-collapsed" in (panel.get_attribute("class") or "")
        strip = panel.bounding_box()
        assert strip is not None and strip["height"] <= 100  # title, date and a legend line
        # the strip still names every status
        legend = page.inner_text(".mapper-panel .mapper-strip-legend")
        for label in ("Taliban control", "Contested", "Government control", "Disputed"):
            assert label in legend
        assert page.is_visible(".mapper-panel .mapper-title")
        assert page.is_visible("#mapper-date")
        panel.click()
        assert "mapper-collapsed" not in (panel.get_attribute("class") or "")
        assert page.is_visible(".mapper-panel .mapper-legend")
        page.click(".mapper-panel .mapper-strip-toggle")
        assert "mapper-collapsed" in (panel.get_attribute("class") or "")
        if name == "check":
            verdict = page.locator(".mapper-verdict")
            assert "mapper-collapsed" in (verdict.get_attribute("class") or "")
            box = verdict.bounding_box()
            assert box is not None and box["height"] <= 70
            assert page.is_visible(".mapper-verdict .badge")
            assert page.is_visible("#mapper-claim")
            verdict.click()
            assert page.is_visible(".mapper-verdict table")
        assert log.errors == []


def test_laptop_keeps_the_panels_open(pages: dict[str, Path]) -> None:
    with open_page(pages["check"], width=1280, height=800) as (page, log):
        assert page.locator(".mapper-collapsed").count() == 0
        assert page.is_visible(".mapper-panel .mapper-legend")
        assert page.is_visible(".mapper-verdict table")
        assert not page.is_visible(".mapper-strip-toggle")
        assert log.errors == []


@pytest.mark.parametrize("size", [(390, 260), (640, 480), (1000, 700)])
def test_embed_fills_the_frame_it_is_given(pages: dict[str, Path], size: tuple[int, int]) -> None:
    """In an iframe of any size the embed fills it; its strip shows title, date, legend."""
    width, height = size
    with open_page(pages["embed"], width=width, height=height) as (page, log):
        box = page.eval_on_selector(".mapper-embed", "e => e.getBoundingClientRect().toJSON()")
        assert (box["width"], box["height"]) == (width, height)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.is_visible(".mapper-panel .mapper-title")
        assert page.is_visible("#mapper-date")
        assert page.locator(".mapper-legend:visible, .mapper-strip-legend:visible").count() == 1
        assert log.errors == []


def test_report_on_a_phone_reflows(pages: dict[str, Path]) -> None:
    with open_page(pages["report"], width=390, height=844) as (page, log):
        _map_frame(page, "report")
        # nothing wider than the screen except inside a sideways-scrolling box
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        frame = page.locator("iframe.mapper-map").bounding_box()
        assert frame is not None and frame["width"] <= 390 and frame["height"] >= 300
        summary = page.inner_text(".mapper-summary")
        assert summary.startswith(f"On {DATE}, of 398 districts: Taliban control ")
        # checked claims stack: the claim takes the full width, not a word per line
        claim = page.locator("table.mapper-checks tr[data-date] td:first-child").bounding_box()
        assert claim is not None and claim["width"] >= 300
        assert (
            page.locator("table.mapper-stats").evaluate(
                "t => getComputedStyle(t.parentElement).overflowX"
            )
            == "auto"
        )
        # the map inside is fitted: the whole country in view
        inner = next(f for f in page.frames if f != page.main_frame)
        fitted = inner.evaluate("mapper.map.getBounds().contains([[29.4, 60.5], [38.5, 74.9]])")
        assert fitted
        assert log.errors == []
