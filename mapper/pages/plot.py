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

import io
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
from ..stats import control_ranges, denominators, summarize
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

    Examples
    --------
    >>> fig = plot_state(state, units, ledger)                   # doctest: +SKIP
    >>> save_static(fig, "map-2021-08-10.png", fmt="png")        # doctest: +SKIP
    """
    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    geoms = draw_geometry(units.units.geometry.loc[state.index], tolerance=simplify_deg)
    paths = _paths(geoms)
    status = state["status"].to_numpy()
    fig = Figure(figsize=figsize, layout=None)
    ax = fig.add_axes((0.02, 0.12, 0.62, 0.76))
    ax.set_axis_off()
    for s in vocab.statuses:
        idx = np.flatnonzero(status == s.key)
        if not len(idx):
            continue
        fill = PathCollection(
            [paths[i] for i in idx], facecolor=s.colour, edgecolor="#ffffff", linewidth=0.3
        )
        fill.set_gid(f"status-{s.key}")
        ax.add_collection(fill)
        if s.hatch:
            hatch = PathCollection(
                [paths[i] for i in idx],
                facecolor="none",
                edgecolor=HATCH_COLOUR,
                linewidth=0.0,
                hatch=HATCH,
            )
            hatch.set_gid(f"hatch-{s.key}")
            ax.add_collection(hatch)
    if units.provinces is not None and units.level == "district":
        pgeoms = draw_geometry(units.provinces.geometry, tolerance=simplify_deg)
        outline = PathCollection(
            _paths(pgeoms), facecolor="none", edgecolor="#222222", linewidth=0.8
        )
        outline.set_gid("provinces")
        ax.add_collection(outline)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    padx, pady = (maxx - minx) * 0.02, (maxy - miny) * 0.02
    ax.set_xlim(minx - padx, maxx + padx)
    ax.set_ylim(miny - pady, maxy + pady)
    # lon/lat drawn with the local scale of a degree of longitude, as geopandas does
    ax.set_aspect(1 / np.cos(np.radians((miny + maxy) / 2)))

    table = summarize(state, vocabulary=vocab)
    denoms = denominators(units)
    handles, labels = [], []
    for s in vocab.statuses:
        r = {str(k): float(v) for k, v in table.loc[s.key].to_dict().items()}
        handles.append(
            Patch(
                facecolor=s.colour,
                edgecolor=HATCH_COLOUR if s.hatch else "#666666",
                hatch=HATCH if s.hatch else None,
                linewidth=0.6,
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
    fig.text(0.665, bottom - 0.02, "\n".join(lines), fontsize=8, va="top", parse_math=False)

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
    credit = (
        f"{units.attribution} | Claims: {Path(ledger.file).name} "
        f"({len(ledger.claims)} claims, only those dated on or before {date} used) | "
        f"{software()}"
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
