"""Print: statuses stay apart in greyscale, a scale bar, the SVG keeps indented lines.

The greyscale check reads the PNG as a printer without colour would: converted to grey
(ITU-R BT.601 luma, PIL's "L"), each status's legend swatch is cut out of the image and
two numbers are measured over its inside: the mean grey (the tone a reader sees from
reading distance) and the standard deviation (the texture: 0 for a flat fill, 20-70 for the
hatches and dot screens). Two statuses can be told apart when either differs by at least
CONTRAST grey levels.

Why 25 of 255 levels: about 10 % of the grey range, or ~10 L* in the mid-tones, four times
the ~2.3 ΔE at which side-by-side patches are just told apart, leaving room for a laser
printer's dot gain and a photocopy, which flatten tones. A standard deviation of 25 is a
pattern plainly visible at normal reading distance (hatch lines are 50-100 levels from the
fill). Without a print texture government and Taliban differ by 32 in mean and 0 in
texture (the issue's "nearly the same grey"); with white dots on government the closest
pair is Taliban/unconfirmed at 32. The textures are chosen by measuring them
(:func:`mapper.pages.plot.print_hatches`, aiming at 35).
"""

from __future__ import annotations

import html
import io
import itertools
import re

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from mapper.pages.context import source_line
from mapper.pages.plot import figure_bytes, keep_indent, plot_state, print_hatches
from mapper.snapshots import state_at
from mapper.vocabulary import DEFAULT

CONTRAST = 25.0
DPI = 120


def swatch_greys(fig) -> dict[str, tuple[float, float]]:
    """Mean and standard deviation of grey inside each legend swatch of the PNG."""
    png = figure_bytes(fig, fmt="png", dpi=DPI)
    img = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=float)
    fig.set_dpi(DPI)
    renderer = FigureCanvasAgg(fig).get_renderer()
    legend = fig.legends[0]
    out = {}
    h = img.shape[0]
    for handle, status in zip(legend.legend_handles, DEFAULT.statuses, strict=True):
        bb = handle.get_window_extent(renderer)
        inside = img[int(h - bb.y1) + 2 : int(h - bb.y0) - 2, int(bb.x0) + 2 : int(bb.x1) - 2]
        assert inside.size > 200, status.key
        out[status.key] = (float(inside.mean()), float(inside.std()))
    return out


def test_every_pair_of_statuses_differs_in_greyscale(districts, example_ledger) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    fig = plot_state(state, districts, example_ledger)
    grey = swatch_greys(fig)
    weak = []
    for a, b in itertools.combinations(grey, 2):
        d_mean = abs(grey[a][0] - grey[b][0])
        d_std = abs(grey[a][1] - grey[b][1])
        if max(d_mean, d_std) < CONTRAST:
            weak.append((a, b, round(d_mean), round(d_std)))
    assert weak == [], f"statuses too alike in grey (mean, texture): {weak}"
    # the map uses the same fills as the legend: the textured statuses are drawn so
    hatches = print_hatches(DEFAULT)
    assert hatches["contested"] == hatches["disputed"] == "////"  # the vocabulary's own
    assert hatches["government"]  # a print texture: 32 grey levels from Taliban, flat
    assert hatches["taliban"] is None and hatches["unknown"] is None


def test_png_and_svg_have_a_scale_bar_places_and_neighbours(districts, example_ledger) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    fig = plot_state(state, districts, example_ledger)
    svg = figure_bytes(fig, fmt="svg").decode("utf-8")
    assert 'id="scale-bar' in svg and re.search(r">\d+ km<", svg)
    for name in ("Kabul", "Herat", "Kandahar", "PAKISTAN", "IRAN", "TAJIKISTAN"):
        assert f">{name}<" in svg, name
    assert 'id="neighbours"' in svg
    assert "Reported territorial control in Afghanistan" in svg
    assert "Latest claim on record: 2021-08-10" in svg
    assert f"Sources: {source_line(example_ledger, '2021-08-10')}." in html.unescape(svg)


def test_svg_keeps_the_indentation_of_range_lines(districts, example_ledger) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    svg = figure_bytes(plot_state(state, districts, example_ledger), fmt="svg").decode()
    # leading spaces of <text> are dropped by SVG viewers; no-break spaces are kept
    assert re.search(r">\u00a0\u00a0Taliban control: \d+–\d+ districts,<", svg)
    assert re.search(r">\u00a0{4}\d+\.\d%–\d+\.\d% of area<", svg)
    assert not re.search(r">  \S", svg)
    assert keep_indent("a\n  b\n    c d") == "a\n\u00a0\u00a0b\n\u00a0\u00a0\u00a0\u00a0c d"


@pytest.mark.browser
def test_svg_indentation_survives_a_browser(districts, example_ledger, tmp_path) -> None:
    from tests.browser import open_page

    state = state_at(example_ledger, districts, "2021-08-10")
    path = tmp_path / "map.svg"
    path.write_bytes(figure_bytes(plot_state(state, districts, example_ledger), fmt="svg"))
    with open_page(path, width=1100, height=850) as (page, log):
        xs = page.evaluate(
            "[...document.querySelectorAll('text')].filter(t =>"
            " /Ranges|Taliban control:|of area$/.test(t.textContent))"
            ".map(t => { const k = t.textContent.search(/[^\\s\\u00a0]/);"
            " const m = t.getScreenCTM(), p = t.getStartPositionOfChar(k);"
            " return [t.textContent.trim().slice(0, 8), m.a * p.x + m.c * p.y + m.e]; })"
        )
        assert log.errors == [] and log.external == []
    ranges_x = next(x for t, x in xs if t.startswith("Ranges"))
    side_x = next(x for t, x in xs if t.startswith("Taliban"))
    area_x = next(x for t, x in xs if t[0].isdigit())
    assert ranges_x < side_x < area_x
