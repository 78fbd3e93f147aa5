"""The place layer and page identity on every page type, in headless Chromium, offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.checks import check_claim, check_map, parse_claim
from mapper.pages.context import source_line
from mapper.render import MapOptions, build_map
from mapper.render_timeline import TimelineOptions, build_compare_page, build_timeline_page
from mapper.report import report_html
from mapper.snapshots import state_at
from mapper.timeline import build_timeline
from tests.browser import open_page

pytestmark = pytest.mark.browser

NEIGHBOURS = {"PAKISTAN", "IRAN", "TAJIKISTAN", "TURKMENISTAN", "UZBEKISTAN"}


def pages(districts, ledger, tmp_path: Path) -> dict[str, Path]:
    state = state_at(ledger, districts, "2021-08-10")
    out = {
        "map": build_map(state, districts, ledger),
        "embed": build_map(
            state,
            districts,
            ledger,
            options=MapOptions(embed=True, embed_width_px=640, embed_height_px=480),
        ),
        "timeline": build_timeline_page(
            build_timeline(ledger, districts, ["2021-07-01", "2021-08-10"]), districts, ledger
        ),
        "compare": build_compare_page(ledger, districts, "2021-07-01", "2021-08-10"),
        "check": check_map(
            check_claim(parse_claim("The Taliban control 85% of Afghanistan"), state, districts),
            state,
            districts,
            ledger,
        ),
    }
    paths = {}
    for name, html in out.items():
        paths[name] = tmp_path / f"{name}.html"
        paths[name].write_text(html, encoding="utf-8")
    return paths


def test_every_page_has_places_neighbours_title_and_no_request(
    districts, example_ledger, tmp_path: Path
) -> None:
    for name, path in pages(districts, example_ledger, tmp_path).items():
        width, height = (640, 480) if name == "embed" else (1280, 800)
        with open_page(path, width=width, height=height) as (page, log):
            page.wait_for_timeout(300)
            title = page.title()
            assert "Afghanistan" in title, (name, title)
            assert title.strip(), name
            capitals = page.eval_on_selector_all(
                ".mp-capital .mp-name", "els => els.map(e => e.textContent)"
            )
            assert "Kabul" in capitals, name
            maps = 3 if name == "compare" else 1
            assert page.locator(".mp-admin1").count() == 33 * maps, name  # + Kabul
            countries = set(
                page.eval_on_selector_all(
                    ".mp-country", "els => els.map(e => e.textContent.toUpperCase())"
                )
            )
            assert countries >= NEIGHBOURS, (name, countries)
            # Kabul's name is shown at every size; the labels take no clicks
            assert page.locator(".mp-capital .mp-name").first.is_visible(), name
            assert (
                page.evaluate("getComputedStyle(document.querySelector('.mp-label')).pointerEvents")
                == "none"
            )
            assert log.errors == [] and log.console_errors == [], (name, log.errors)
            assert log.external == [] and log.failed == [], (name, log.external)


def test_stamp_date_latest_claim_and_sources(districts, example_ledger, tmp_path) -> None:
    paths = pages(districts, example_ledger, tmp_path)
    with open_page(paths["map"]) as (page, log):
        assert page.inner_text("#mapper-stamp-date") == "10 August 2021"
        size = page.evaluate(
            "parseFloat(getComputedStyle(document.getElementById('mapper-stamp-date')).fontSize)"
        )
        assert size >= 24  # readable in a screenshot scaled to half
        assert page.inner_text("#mapper-stamp-latest") == "2021-08-10"
        sources = page.inner_text("#mapper-stamp-sources")
        assert sources == "Sources: " + source_line(example_ledger, "2021-08-10")
        assert " others" in sources
        # everyday names beside the boundary set's in tooltips and popups
        html = page.evaluate("mapper.tooltipHtml(mapper.units.indexOf('AF-HER/hirat'), 0)")
        assert html.startswith("<b>Herat (Hirat)</b>")
        # province labels appear when zoomed in, not on the country-wide view
        assert not page.locator(".mp-province").first.is_visible()
        page.evaluate("mapper.map.setZoom(mapper.map.getZoom() + 1.5, {animate: false}) && 0")
        page.wait_for_timeout(200)
        assert page.locator(".mp-province:visible").count() > 0
    with open_page(paths["timeline"]) as (page, log):
        page.evaluate("mapper.go(0)")
        assert page.inner_text("#mapper-stamp-date") == "1 July 2021"
        assert page.inner_text("#mapper-stamp-latest") <= "2021-07-01"
        page.evaluate("mapper.go(1)")
        assert page.inner_text("#mapper-stamp-date") == "10 August 2021"
        assert page.inner_text("#mapper-stamp-sources") == "Sources: " + source_line(
            example_ledger, "2021-08-10"
        )
        assert log.errors == [] and log.console_errors == []


def test_phone_shows_the_capital_and_hides_crowded_names(
    districts, example_ledger, tmp_path: Path
) -> None:
    path = pages(districts, example_ledger, tmp_path)["map"]
    with open_page(path, width=390, height=844) as (page, log):
        page.wait_for_timeout(300)
        assert page.locator(".mp-capital .mp-name").first.is_visible()
        # at phone width provincial capitals are dots only (names from a desktop's view)
        shown = page.locator(".mp-admin1 .mp-name:visible").count()
        assert shown < 10
        assert log.errors == [] and log.console_errors == [] and log.external == []


def test_report_map_has_the_place_layer(districts, example_ledger, tmp_path: Path) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    html = report_html(state, districts, example_ledger)
    assert "mapperPlaces" in html and "Kabul" in html and "Pakistan" in html
    timeline = build_timeline_page(
        build_timeline(example_ledger, districts, ["2021-08-10"]),
        districts,
        example_ledger,
        options=TimelineOptions(title="Own title"),
    )
    assert "<title>Own title</title>" in timeline
