"""Python's reference text and the pages' script show the same unit text.

Tooltips and popups are built twice: in Python (:func:`mapper.render.unit_properties`, the
reference) and in the pages' script from their compact data (the single-date map and the
timeline use the same data and script). Every unit of the example, on several dates, with
and without a staleness limit, on both boundary levels, must get byte-identical HTML from
both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.boundaries import UnitSet
from mapper.claims import Ledger, read_claims
from mapper.render import unit_properties
from mapper.render_timeline import build_timeline_page
from mapper.snapshots import state_at
from mapper.timeline import build_timeline, timeline_dates
from tests.browser import open_page
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.browser

DATES = ["2021-06-22", "2021-07-17", "2021-08-10", "2021-08-16", "2021-09-06"]


@pytest.mark.parametrize(
    ("level", "max_age"), [("district", None), ("district", 21), ("province", None)]
)
def test_timeline_popups_match_the_map(
    districts: UnitSet,
    provinces: UnitSet,
    example_ledger: Ledger,
    tmp_path: Path,
    level: str,
    max_age: int | None,
) -> None:
    units = districts if level == "district" else provinces
    ledger = example_ledger if level == "district" else read_claims(EXAMPLE, units)
    dates = timeline_dates(ledger, DATES[0], DATES[-1], every="day")
    timeline = build_timeline(ledger, units, dates, max_age=max_age)
    path = tmp_path / "timeline.html"
    path.write_text(build_timeline_page(timeline, units, ledger), encoding="utf-8")
    compared = disputed = wide = 0
    with open_page(path) as (page, log):
        js_dates = page.evaluate("mapper.dates")
        ids = page.evaluate("mapper.units")
        for date in DATES:
            t = js_dates.index(date)
            state = state_at(ledger, units, date, max_age=max_age)
            props = {p["unit_id"]: p for p in unit_properties(state, units, ledger)}
            js = page.evaluate(
                "t => mapper.units.map((_, u) =>"
                " [mapper.tooltipHtml(u, t), mapper.popupHtml(u, t)])",
                t,
            )
            for uid, (tip, popup) in zip(ids, js, strict=True):
                assert tip == props[uid]["tip"], (date, uid)
                assert popup == props[uid]["popup"], (date, uid)
                compared += 1
                disputed += "<b>Disputed:</b>" in popup
                wide += "province-wide" in popup
        assert log.errors == []
    assert compared == len(DATES) * len(units.units)
    assert disputed > 0  # the comparison covered disputes
    if level == "district":
        assert wide > 0  # and province-wide claims
    else:
        assert wide == 0  # which a province map does not call out


@pytest.mark.parametrize(
    ("level", "max_age"), [("district", None), ("district", 21), ("province", None)]
)
def test_map_popups_match_the_reference(
    districts: UnitSet,
    provinces: UnitSet,
    example_ledger: Ledger,
    tmp_path: Path,
    level: str,
    max_age: int | None,
) -> None:
    from mapper.render import build_map

    units = districts if level == "district" else provinces
    ledger = example_ledger if level == "district" else read_claims(EXAMPLE, units)
    compared = disputed = 0
    for date in DATES[1::2]:
        state = state_at(ledger, units, date, max_age=max_age)
        props = {p["unit_id"]: p for p in unit_properties(state, units, ledger)}
        path = tmp_path / f"map-{date}.html"
        path.write_text(build_map(state, units, ledger), encoding="utf-8")
        with open_page(path) as (page, log):
            assert page.evaluate("mapper.dates") == [date]
            ids = page.evaluate("mapper.units")
            js = page.evaluate(
                "mapper.units.map((_, u) => [mapper.tooltipHtml(u, 0), mapper.popupHtml(u, 0)])"
            )
            assert log.errors == []
        for uid, (tip, popup) in zip(ids, js, strict=True):
            assert tip == props[uid]["tip"], (date, uid)
            assert popup == props[uid]["popup"], (date, uid)
            compared += 1
            disputed += "<b>Disputed:</b>" in popup
    assert compared == 2 * len(units.units)
    assert disputed > 0 or level == "province"  # the district map covered disputes


def test_timeline_and_compare_method_ledger_matches_the_map(
    districts: UnitSet, example_ledger: Ledger, tmp_path: Path
) -> None:
    """The timeline and compare pages list the claims ledger from their data, not a second
    HTML copy; opened, the table is the single-date map's for the same last date."""
    from mapper.render import build_map
    from mapper.render_timeline import build_compare_page

    last = "2021-08-16"
    dates = timeline_dates(example_ledger, "2021-07-01", last, every="week")
    pages = {
        "timeline": build_timeline_page(
            build_timeline(example_ledger, districts, dates), districts, example_ledger
        ),
        "compare": build_compare_page(example_ledger, districts, "2021-07-01", last),
        "map": build_map(state_at(example_ledger, districts, last), districts, example_ledger),
    }
    tables = {}
    for name, html in pages.items():
        if name != "map":
            table = html.split("mapper-ledger'>")[1].split("</table>")[0]
            assert table.startswith("<tr><th>Row</th>") and "<td>" not in table  # no rows
        path = tmp_path / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        with open_page(path) as (page, log):
            page.evaluate("document.getElementById('mapper-method').open = true")
            page.wait_for_function(
                "document.querySelectorAll('#mapper-method table.mapper-ledger tr').length > 1"
            )
            tables[name] = page.evaluate(
                "[document.querySelector('#mapper-method table.mapper-ledger').innerHTML,"
                " !!document.getElementById('mapper-ledger-more')]"
            )
            assert log.errors == []
    rows = tables["map"][0].count("<tr>")
    assert rows == 1 + int((example_ledger.claims["date"] <= last).sum())  # header + claims
    assert tables["timeline"] == tables["map"] == tables["compare"]
