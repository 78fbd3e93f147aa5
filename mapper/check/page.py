"""The verdict on the map page: the HTML box, the claimed border lines, the map."""

from __future__ import annotations

from typing import Any

import pandas as pd
import shapely

from .. import settings
from .._html import NARROW_VERDICT_CSS, esc
from ..boundaries import UnitSet
from ..claims import Ledger
from ..vocabulary import Vocabulary
from .explanation import (
    _capital,
    _rows,
    capitals_lines,
    reading_text,
    units_lines,
)
from .verdict import (
    Verdict,
)

#: Width of the verdict box on the map page (the map is fitted beside it).
VERDICT_BOX_PX = 380

_VERDICT_COLOURS = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "depends-on-assumptions": "#8c510a",
    "undetermined": "#4d4d4d",
}

VERDICT_CSS = (
    """
.mapper-verdict { position: absolute; left: 54px; top: 10px; z-index: 1000; background: #fff;
  padding: 8px 10px; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.35);
  width: __W__px; max-height: calc(100% - 70px); overflow: auto; box-sizing: border-box;
  font: 12px/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.mapper-verdict .badge { display: inline-block; color: #fff; font-weight: 700;
  padding: 2px 6px; border-radius: 3px; letter-spacing: .02em; }
.mapper-verdict blockquote { margin: 4px 0 6px; font-style: italic; font-size: 13px; }
.mapper-verdict table { border-collapse: collapse; margin: 4px 0; }
.mapper-verdict td, .mapper-verdict th { padding: 1px 5px; text-align: left; }
.mapper-verdict td.n { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
.mapper-verdict .what { font-size: 11px; color: #444; margin-bottom: 4px; }
.mapper-verdict .key { display: inline-block; width: 22px; height: 0; vertical-align: middle;
  border-top: 3px solid #000; margin-right: 4px; }
.mapper-verdict ul { margin: 4px 0; padding-left: 16px; }
""".replace("__W__", str(VERDICT_BOX_PX))
    + NARROW_VERDICT_CSS
)


def verdict_box(v: Verdict) -> str:
    """The verdict as an HTML box for the map page (everything escaped)."""
    colour = _VERDICT_COLOURS[v.verdict]
    way = (
        f" <b class='mapper-direction' data-direction='{esc(v.direction)}'>"
        f"{esc(v.direction)} {esc(v.gap_text)}</b>"
        if v.direction
        else ""
    )
    rows = "".join(
        f"<tr data-bound='{esc(b)}'><td>{esc(b)}</td><td class='n'>{esc(v.fmt(value))}</td>"
        f"<td class='n'>{esc(_amount(v, amount))}</td><td>{'holds' if holds else 'fails'}</td>"
        "</tr>"
        for b, value, amount, holds, _text in _rows(v)
    )
    legend = "; ".join(f"{esc(b)}: {esc(text)}" for b, _v, _a, _h, text in _rows(v))
    notes = "".join(f"<li>{esc(n)}</li>" for n in v.notes)
    capitals = "".join(f"<li>{esc(line)}</li>" for line in capitals_lines(v))
    if capitals:
        capitals = (
            f"<div class='mapper-capitals'><b>Provincial capitals</b><ul>{capitals}</ul></div>"
        )
    named = "".join(f"<li>{esc(line)}</li>" for line in units_lines(v))
    if named:
        capitals += f"<div class='mapper-units'><b>Named units</b><ul>{named}</ul></div>"
    line_key = (
        "<div><span class='key' style='border-top:5px solid #555'></span>the border line, "
        "coloured by the status of the district it bounds</div>"
        if v.measure == "border"
        else ""
    )
    return f"""
<style>{VERDICT_CSS}</style>
<div class="mapper-verdict" id="mapper-verdict" data-verdict="{esc(v.verdict)}">
  <div><span class="badge" style="background:{colour}">{esc(v.verdict.upper())}</span>
  {esc(v.date_text.replace("state on ", "on ", 1))}{way}</div>
  <blockquote id="mapper-claim">“{esc(v.claim.text)}”</blockquote>
  <div>Read as: {esc(reading_text(v.claim, v.level, scope=v.scope))}. Needs
  {esc(v.accepted_text)}.</div>
  <div class="mapper-unclaimed" data-unclaimed="{esc(v.unclaimed)}"
  data-unclaimed-share="{v.unclaimed_share:.6f}"><b>Unclaimed:</b> {esc(v.unclaimed_text)}.
  {esc(_capital(v.unclaimed_summary))}.</div>
  <table><tr><th>allocation</th><th>value</th><th>{esc(v.unit)}</th><th></th></tr>
  {rows}</table>
  <div class="what">{legend}.</div>
  <div><b>Decided on</b> {esc(v.range_text)}.</div>
  <div>{esc(v.explanation)}</div>
  <div class="mapper-small">Out of {esc(v.denominator)}.</div>
  <div><span class="key"></span>thick outline: {len(v.deciding_units)}
  {esc(v.level)}(s) that decide the verdict ({esc(v.deciding_role)})</div>
  {line_key}
  {capitals}
  <ul>{notes}</ul>
</div>"""


def _amount(v: Verdict, amount: float) -> str:
    if v.unit == "km of border":
        return f"{amount:,.1f} of {v.total:,.1f}"
    return f"{amount:,.0f} of {v.total:,.0f}"


def border_lines(
    v: Verdict, state: pd.DataFrame, segments: pd.DataFrame, vocabulary: Vocabulary
) -> dict[str, Any]:
    """GeoJSON of the claimed border, one feature per bounding unit, coloured by its status."""
    seg = segments[segments["neighbour"].notna()]
    if v.claim.neighbours:
        seg = seg[seg["neighbour"].isin(v.claim.neighbours)]
    seg = seg[seg["unit_id"].isin(v.scope_units)]
    feats = []
    for uid, g in seg.groupby("unit_id", sort=True):
        geom = shapely.line_merge(shapely.union_all(g.geometry.to_numpy()))
        geom = shapely.set_precision(geom, settings.COORD_PRECISION_DEG)
        row = state.loc[uid]
        status = str(row["status"])
        label = vocabulary[status].label
        tip = (
            f"<b>{esc(row['name'])}</b>, {esc(row['province'])}<br>{esc(label)}<br>"
            f"{float(g['length_km'].sum()):,.1f} km of border"
        )
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "unit_id": str(uid),
                    "colour": vocabulary[status].colour,
                    "tip": tip,
                },
                "geometry": shapely.geometry.mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def check_map(
    v: Verdict,
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    segments: pd.DataFrame | None = None,
    title: str = "Claim check",
) -> str:
    """An offline HTML map of the state, the deciding units outlined, and the verdict box."""
    from ..render import MapOptions, build_map  # late: checking without --html needs no folium

    lines = (
        border_lines(v, state, segments, ledger.vocabulary)
        if v.measure == "border" and segments is not None
        else None
    )
    options = MapOptions(
        title=title,
        highlight=tuple(v.deciding_units),
        lines=lines,
        extra_html=verdict_box(v),
        padding_left=VERDICT_BOX_PX + 64,
    )
    return build_map(state, units, ledger, options=options)
