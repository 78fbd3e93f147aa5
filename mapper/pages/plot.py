"""Print-ready static maps (PNG, SVG) with matplotlib.

Same palette and hatching as the HTML map (from the vocabulary), province outlines over
districts, a legend whose counts, km² and shares come from :func:`mapper.stats.summarize`,
a title with the date, the denominators and the attribution. The figure is built with
matplotlib's object API (no pyplot, no global backend or rcParams changed), and saved
deterministically: no dates in the metadata and a fixed SVG id salt, so the same inputs
give the same bytes. Text from outside (titles, labels, attribution) is drawn literally:
mathtext is off, and the SVG writer escapes it.
"""

from __future__ import annotations

import functools
import html
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import matplotlib as mpl
import numpy as np
import pandas as pd
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.path import Path as MplPath

from .. import settings
from .._io import write_bytes
from ..boundaries import UnitSet
from ..claims import Ledger
from ..places import display_west
from ..stats import control_ranges, denominators, summarize
from .context import latest_claim, scale_bar, source_line
from .map import draw_geometry
from .method import software, state_notes

StaticFormat = Literal["png", "svg"]

HATCH = "////"
HATCH_COLOUR = "#333333"
#: rcParams for saving: a fixed id salt and real ``<text>`` in SVG (editable, searchable)
_SAVE_RC: dict[str, Any] = {
    "svg.hashsalt": "mapper",
    "svg.fonttype": "none",
    "hatch.linewidth": 0.6,
}


#: Textures that print may add to solid statuses (drawn in white, so that on a mid or dark
#: fill they lift the grey and show a pattern); None is "no texture".
PRINT_TEXTURES: tuple[str | None, ...] = (None, ".", "..", "...", "oo", "O", "\\\\", "--", "xx")
PRINT_TEXTURE_COLOUR = "#ffffff"
#: The contrast (grey levels of 255, in mean tone or in texture; see tests/test_print.py)
#: that print aims for between every two statuses; a solid status below it against one
#: already placed gets the texture that separates it best.
PRINT_CONTRAST = 35.0


def _grey(colour: str) -> float:
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b


@functools.cache
def _patch_grey(colour: str, hatch: str | None, hatch_colour: str) -> tuple[float, float]:
    """Mean and standard deviation of grey of a fill as it prints (rendered, measured)."""
    from matplotlib.patches import Rectangle

    fig = Figure(figsize=(1, 1))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.add_patch(
        Rectangle((0, 0), 1, 1, facecolor=colour, edgecolor=hatch_colour, hatch=hatch, linewidth=0)
    )
    canvas = FigureCanvasAgg(fig)
    with mpl.rc_context(_SAVE_RC):  # type: ignore[arg-type]
        canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba(), dtype=float)[10:-10, 10:-10]
    grey = rgba[..., 0] * 0.299 + rgba[..., 1] * 0.587 + rgba[..., 2] * 0.114
    return float(grey.mean()), float(grey.std())


def _contrast(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]))


def print_hatches(vocabulary: Any) -> dict[str, str | None]:
    """The hatch of each status in PNG/SVG, chosen so statuses stay apart in greyscale.

    Statuses the vocabulary hatches keep :data:`HATCH`. The others are taken in the
    vocabulary's order (the main statuses first) and stay solid while that keeps
    :data:`PRINT_CONTRAST` to every status placed so far; otherwise they get the texture
    of :data:`PRINT_TEXTURES` whose measured grey and texture differ most from them.
    """
    out: dict[str, str | None] = {}
    placed: list[tuple[float, float]] = []
    for s in vocabulary.statuses:
        if s.hatch:
            out[s.key] = HATCH
            placed.append(_patch_grey(s.colour, HATCH, HATCH_COLOUR))
    for s in vocabulary.statuses:
        if s.hatch:
            continue

        def score(t: str | None, colour: str = s.colour) -> float:
            g = _patch_grey(colour, t, PRINT_TEXTURE_COLOUR)
            return min((_contrast(g, p) for p in placed), default=255.0)

        best: str | None = None
        if score(None) < PRINT_CONTRAST:
            best = max(PRINT_TEXTURES, key=score)
        out[s.key] = best
        placed.append(_patch_grey(s.colour, best, PRINT_TEXTURE_COLOUR))
    return out


def keep_indent(text: str) -> str:
    """Leading spaces as no-break spaces: an SVG viewer collapses ordinary ones.

    With ``svg.fonttype: none`` the SVG holds real ``<text>``, whose leading spaces
    browsers and Inkscape drop (XML whitespace handling), so indented lines lost their
    indentation; U+00A0 is kept and looks the same in the PNG.
    """
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        out.append("\u00a0" * (len(line) - len(stripped)) + stripped)
    return "\n".join(out)


def _paths(geoms: np.ndarray) -> list[MplPath]:
    """One compound matplotlib path per (multi)polygon, holes included."""
    out = []
    for g in geoms:
        rings: list[MplPath] = []
        for poly in shapely.get_parts(g):
            if poly.is_empty or poly.geom_type != "Polygon":
                continue
            for ring in (poly.exterior, *poly.interiors):
                xy = np.asarray(ring.coords)[:, :2]
                codes = np.full(len(xy), MplPath.LINETO, dtype=np.uint8)
                codes[0], codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
                rings.append(MplPath(xy, codes))
        out.append(MplPath.make_compound_path(*rings) if rings else MplPath(np.zeros((0, 2))))
    return out


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def plot_state(
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    title: str = "Reported territorial control",
    figsize: tuple[float, float] = (11.0, 8.5),
    simplify_deg: float = settings.SIMPLIFY_TOLERANCE_DEG,
    context: Mapping[str, Any] | None = None,
) -> Figure:
    """A print-ready map of ``state`` as a matplotlib :class:`~matplotlib.figure.Figure`.

    Parameters
    ----------
    state
        From :func:`mapper.snapshots.state_at` on ``units``.
    title
        Drawn with the date (``"<title> — state on YYYY-MM-DD"``).
    figsize
        Inches; the default is US Letter landscape.
    context
        The place layer (:func:`mapper.pages.context.place_context`): neighbours, province
        labels, capitals; built with the defaults when not given.

    Examples
    --------
    >>> fig = plot_state(state, units, ledger)                   # doctest: +SKIP
    >>> save_static(fig, "map-2021-08-10.png", fmt="png")        # doctest: +SKIP
    """
    from .context import draw_context, draw_labels, page_title, place_context, shown_state

    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    if context is None:
        context = place_context(units)
    title = page_title(title, context, units)
    state = shown_state(state, units)
    # a set across the antimeridian is drawn contiguous, as on the pages (and its context)
    west = display_west(units)
    geoms = draw_geometry(units.units.geometry.loc[state.index], tolerance=simplify_deg, west=west)
    paths = _paths(geoms)
    status = state["status"].to_numpy()
    hatches = print_hatches(vocab)
    fig = Figure(figsize=figsize, layout=None)
    ax = fig.add_axes((0.02, 0.12, 0.62, 0.76))
    ax.set_axis_off()
    draw_context(ax, context)
    for s in vocab.statuses:
        idx = np.flatnonzero(status == s.key)
        if not len(idx):
            continue
        fill = PathCollection(
            [paths[i] for i in idx], facecolor=s.colour, edgecolor="#ffffff", linewidth=0.3
        )
        fill.set_gid(f"status-{s.key}")
        ax.add_collection(fill)
        if hatches[s.key]:
            hatch = PathCollection(
                [paths[i] for i in idx],
                facecolor="none",
                edgecolor=HATCH_COLOUR if s.hatch else PRINT_TEXTURE_COLOUR,
                linewidth=0.0,
                hatch=hatches[s.key],
            )
            hatch.set_gid(f"hatch-{s.key}")
            ax.add_collection(hatch)
    if units.provinces is not None and units.level == "district":
        pgeoms = draw_geometry(units.provinces.geometry, tolerance=simplify_deg, west=west)
        outline = PathCollection(
            _paths(pgeoms), facecolor="none", edgecolor="#222222", linewidth=0.8
        )
        outline.set_gid("provinces")
        ax.add_collection(outline)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    padx, pady = (maxx - minx) * 0.04, (maxy - miny) * 0.04
    ax.set_xlim(minx - padx, maxx + padx)
    ax.set_ylim(miny - pady, maxy + pady)
    # lon/lat drawn with the local scale of a degree of longitude, as geopandas does
    ax.set_aspect(1 / np.cos(np.radians((miny + maxy) / 2)))
    draw_labels(ax, context)
    scale_bar(ax, avoid=shapely.union_all(geoms))

    table = summarize(state, vocabulary=vocab)
    denoms = denominators(units)
    handles, labels = [], []
    for s in vocab.statuses:
        r = {str(k): float(v) for k, v in table.loc[s.key].to_dict().items()}
        handles.append(
            Patch(
                facecolor=s.colour,
                edgecolor=HATCH_COLOUR if s.hatch else "#666666",
                hatchcolor=HATCH_COLOUR if s.hatch else PRINT_TEXTURE_COLOUR,
                hatch=hatches[s.key],
                linewidth=0.6,
                gid=f"legend-{s.key}",
            )
        )
        labels.append(
            f"{s.label}\n{_n(int(r['units']), denoms.level)} ({_pct(float(r['share_units']))}), "
            f"{float(r['area_km2']):,.0f} km² ({_pct(float(r['share_area']))} of area)"
        )
    legend = fig.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(0.655, 0.88),
        frameon=False,
        fontsize=8.5,
        title="Status on " + date,
        title_fontsize=9.5,
        alignment="left",
        handlelength=3.0,
        handleheight=2.0,
    )
    for t in [*legend.get_texts(), legend.get_title()]:
        t.set_parse_math(False)

    lines = ["Ranges (low = own status; high = + contested,", "disputed and unconfirmed):"]
    for side, rr in control_ranges(state, vocabulary=vocab).iterrows():
        lines.append(
            f"  {vocab[str(side)].label}: {int(rr['units_low'])}–{int(rr['units_high'])} "
            f"{denoms.level}s,\n    {_pct(rr['share_area_low'])}–{_pct(rr['share_area_high'])} "
            "of area"
        )
    # units shown as disputed (a stale dispute is shown, and counted, as unknown)
    disputed = state.index[state["status"] == vocab.disputed]
    if len(disputed):
        names = [f"{state.loc[u, 'name']!s}, {state.loc[u, 'province']!s}" for u in disputed[:8]]
        more = f" and {len(disputed) - 8} more" if len(disputed) > 8 else ""
        lines += ["", "Disputed (sources disagree on the latest date):"]
        lines += [f"  {n}" for n in names] + ([f"  {more.strip()}"] if more else [])
    # the ranges go right under the legend, wherever its last entry ends
    canvas = FigureCanvasAgg(fig)
    bottom = legend.get_window_extent(canvas.get_renderer()).y0 / fig.bbox.height
    fig.text(
        0.665,
        bottom - 0.02,
        keep_indent("\n".join(lines)),
        fontsize=8,
        va="top",
        parse_math=False,
        gid="ranges",
    )

    fig.text(
        0.02,
        0.95,
        f"{title} — state on {date}",
        fontsize=15,
        fontweight="bold",
        parse_math=False,
    )
    fig.text(
        0.02,
        0.915,
        f"Shares of {denoms.units} {denoms.level}s and of {denoms.area_km2:,.0f} km² "
        f"(polygon area, {denoms.area_crs}); unclaimed units count for nobody.",
        fontsize=9,
        parse_math=False,
    )
    notes = state_notes(state, ledger, level=denoms.level)
    if notes:
        fig.text(
            0.02,
            0.89,
            "\n".join(notes),
            fontsize=9,
            color="#8c2d04",
            fontweight="bold",
            va="top",
            parse_math=False,
        )
    latest = latest_claim(ledger, date) or "none"
    fig.text(
        0.02,
        0.085,
        f"Latest claim on record: {latest}. Sources: {source_line(ledger, date)}.",
        fontsize=8.5,
        color="#222222",
        parse_math=False,
        wrap=True,
        gid="sources",
    )
    layer = html.unescape(str(context.get("sources", "")))
    credit = (
        f"{units.attribution} | Claims: {Path(ledger.file).name} "
        f"({len(ledger.claims)} claims, only those dated on or before {date} used) | "
        + (f"{layer} | " if layer else "")
        + f"{software()}"
    )
    fig.text(0.02, 0.03, credit, fontsize=7, color="#333333", parse_math=False, wrap=True)
    return fig


def figure_bytes(fig: Figure, *, fmt: StaticFormat, dpi: int = 200) -> bytes:
    """The figure encoded as PNG or SVG, byte-identical for identical figures."""
    buf = io.BytesIO()
    # dates and the like are left out of the metadata so outputs diff cleanly
    metadata: dict[str, str | None] = (
        {"Date": None, "Creator": software()} if fmt == "svg" else {"Software": software()}
    )
    with mpl.rc_context(_SAVE_RC):  # type: ignore[arg-type]
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return buf.getvalue()


def save_static(
    fig: Figure,
    path: str | Path,
    *,
    fmt: StaticFormat | None = None,
    dpi: int = 200,
    overwrite: bool = True,
) -> Path:
    """Write the figure atomically (format from ``fmt`` or the file extension)."""
    p = Path(path)
    kind = fmt or p.suffix.lower().lstrip(".")
    if kind not in ("png", "svg"):
        raise ValueError(f"{str(p)!r}: static maps are 'png' or 'svg', not {kind!r}")
    return write_bytes(p, figure_bytes(fig, fmt=kind, dpi=dpi), overwrite=overwrite)  # type: ignore[arg-type]
