"""The rendered example map in real headless Chromium, offline."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mapper.render import build_map
from mapper.snapshots import state_at
from mapper.vocabulary import DEFAULT
from tests.browser import open_page

pytestmark = pytest.mark.browser


def test_example_map_renders_offline(districts, example_ledger, tmp_path: Path) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    path = tmp_path / "map.html"
    path.write_text(build_map(state, districts, example_ledger), encoding="utf-8")
    with open_page(path) as (page, log):
        assert log.failed == [] and log.errors == [] and log.external == []
        fills = page.evaluate(
            "Array.from(document.querySelectorAll('path.leaflet-interactive'))"
            ".map(p => p.getAttribute('fill'))"
        )
        # one interactive path per district, coloured as the state says
        expected = Counter(
            f"url(#mapper-hatch-{s})" if DEFAULT[s].hatch else DEFAULT[s].colour
            for s in state["status"]
        )
        assert Counter(fills) == expected
        # province outlines are drawn (non-interactive) over the districts
        outlines = page.evaluate(
            "document.querySelectorAll('path:not(.leaflet-interactive)').length"
        )
        assert outlines >= 34
        assert page.inner_text("#mapper-date") == "2021-08-10"
        legend = page.inner_text(".mapper-legend")
        for s in DEFAULT.statuses:
            assert s.label.split(" ")[0] in legend
        # hovering a district shows its tooltip
        box = page.evaluate(
            "(() => { const r = Array.from(document.querySelectorAll("
            "'path.leaflet-interactive')).map(p => p.getBoundingClientRect())"
            ".sort((a, b) => b.width * b.height - a.width * a.height)[0];"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        page.mouse.move(box[0], box[1])
        page.wait_for_timeout(200)
        assert page.locator(".leaflet-tooltip").count() == 1
        page.screenshot(path=str(tmp_path / "map.png"))
        assert (tmp_path / "map.png").stat().st_size > 20_000
