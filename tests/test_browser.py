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
        # one canvas-drawn, interactive polygon per district, coloured as the state says
        shown = page.evaluate(
            "mapper.layers.map(l => [l.mapperStatus, typeof l.options.fillColor === 'string'"
            " ? l.options.fillColor : 'pattern', l.options.interactive !== false])"
        )
        assert Counter(s for s, _, _ in shown) == Counter(state["status"])
        for status, fill, interactive in shown:
            assert fill == ("pattern" if DEFAULT[status].hatch else DEFAULT[status].colour)
            assert interactive
        assert page.locator(".leaflet-container canvas").count() >= 1
        # province outlines are drawn (non-interactive) over the districts
        outlines = page.evaluate(
            "(() => { let n = 0; mapper.map.eachLayer(l => { if (l instanceof L.Polyline &&"
            " !(l instanceof L.Polygon) && l.options.interactive === false)"
            " n += l.getLatLngs().length; }); return n; })()"
        )
        assert outlines >= 34
        assert page.inner_text("#mapper-date") == "2021-08-10"
        legend = page.inner_text(".mapper-legend")
        for s in DEFAULT.statuses:
            assert s.label.split(" ")[0] in legend
        # hovering a district shows its tooltip: a point inside the largest one on screen
        box = page.evaluate(
            "(() => { const m = mapper.map, c = m.getContainer().getBoundingClientRect();"
            " const ls = mapper.layers.slice().sort((a, b) => b._pxBounds.getSize().x *"
            " b._pxBounds.getSize().y - a._pxBounds.getSize().x * a._pxBounds.getSize().y);"
            " for (const l of ls) { const p = l._pxBounds.getCenter();"
            "  if (l._containsPoint(p)) { const q = m.layerPointToContainerPoint(p);"
            "   return [c.x + q.x, c.y + q.y]; } } return null; })()"
        )
        page.mouse.move(box[0], box[1])
        page.wait_for_timeout(200)
        assert page.locator(".leaflet-tooltip").count() == 1
        page.screenshot(path=str(tmp_path / "map.png"))
        assert (tmp_path / "map.png").stat().st_size > 20_000
