"""Dated choropleth maps as one self-contained HTML file.

The single-date page is the timeline page (:mod:`mapper.pages.timeline`) with one date: the
geometry as a compact topology (each shared border stored once, integer coordinates,
varints in base64; :mod:`mapper.pages._topology`), per unit its record, each claim once,
decoded and drawn by the same script (``static/pages.js``) on a canvas renderer. Until
0.x it was a folium ``GeoJson`` page: 2.5 MB for the 398 Afghan districts and 157 s /
39 MB at 40,000 units, because every unit carried its full coordinates and its tooltip
and popup HTML. folium is still used where it serves: resolving ``--tiles`` names to tile
URLs and attributions (only when tiles are asked for) and the timeline benchmark's
``TimeSliderChoropleth`` comparison.

The page makes no network request unless a tile layer is asked for: Leaflet and its CSS
are inlined from the ``xstatic-leaflet`` package, there are no fonts, icons or CDNs. Units
are coloured by status with a fixed palette (hatched where the vocabulary says so), province
outlines are drawn over districts, and every unit carries a tooltip and a popup with the
claims behind its state (:func:`unit_tooltip` / :func:`unit_popup` are the reference the
page's script is tested against). Everything from the ledger or the boundary file is
HTML-escaped in Python; only http(s) URLs become links. The same inputs give
byte-identical HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import settings
from .._antimeridian import wrap_features, wrap_geometry
from .._assets import leaflet_css, leaflet_js
from .._io import write_text
from ..boundaries import UnitSet
from ..claims import Ledger
from ..places import display_west
from ..snapshots import candidates
from ..stats import Denominators, control_ranges, denominators, summarize
from ..vocabulary import Vocabulary
from ._html import NARROW_CSS, PHONE_HEAD, esc, link, script_json
from ._static import asset, js
from .context import PLACES_CSS, PLACES_JS, page_title, place_context, shown_state, stamp_html
from .method import method_html, method_record, state_notes

HATCH_PREFIX = "mapper-hatch-"
# folium names elements <kind>_<32 hex>, also inside longer names (geo_json_<hex>_add)
_FOLIUM_ID = re.compile(r"\b([a-z][a-z0-9_]*?)_([0-9a-f]{32})(?![0-9a-f])")


@dataclass(frozen=True)
class MapOptions:
    """What goes on a map beyond the units themselves."""

    title: str = "Reported territorial control"
    tiles: str | None = None  # opt-in: a folium tile name such as "OpenStreetMap"
    width: str = "100%"
    height: str = "100%"
    simplify_deg: float = settings.SIMPLIFY_TOLERANCE_DEG
    show_panel: bool = True
    max_history: int = 12
    #: an iframe-friendly page of a fixed size (px), with a compact panel and no page styles
    embed: bool = False
    embed_width_px: int = 800
    embed_height_px: int = 600
    #: the collapsible "method and sources" section (boundaries, hashes, rules, ledger)
    method: bool = True
    #: Unit ids drawn with a thick outline on top (e.g. the units that decide a verdict).
    highlight: tuple[str, ...] = ()
    highlight_colour: str = "#000000"
    #: Extra GeoJSON lines (FeatureCollection; properties ``colour`` and ``tip``, the tip
    #: already escaped HTML), drawn over the units with a dark casing.
    lines: Mapping[str, Any] | None = None
    #: Trusted, already-escaped HTML appended to the page body (e.g. a verdict box).
    extra_html: str = ""
    #: Pixels kept free on the left when fitting the map (room for a box drawn there).
    padding_left: int = 10
    #: The place-context layer (:func:`mapper.pages.context.place_context`); built from
    #: ``places_file`` and Natural Earth (``$MAPPER_MIRROR`` or the cache) when not given.
    context: Mapping[str, Any] | None = None
    places_file: str | None = None


def draw_geometry(
    geoms: gpd.GeoSeries, *, tolerance: float, west: float | None = None
) -> np.ndarray:
    """Simplified geometry for drawing only: shared borders stay shared.

    ``shapely.coverage_simplify`` simplifies the coverage as a whole, so neighbouring units
    keep one common border (no slivers or gaps), then coordinates snap to a ~11 m grid.
    ``west`` is the set's display window (:func:`mapper.places.display_west`): a set across
    the antimeridian is drawn contiguous, its longitudes moved into ``[west, west + 360)``.
    Areas are never computed from this geometry.
    """
    arr = wrap_geometry(geoms.to_crs(settings.DRAW_CRS).to_numpy(), west)
    if tolerance > 0:
        arr = shapely.coverage_simplify(arr, tolerance)
    return shapely.set_precision(arr, settings.COORD_PRECISION_DEG)


def fill_for(status: str, vocabulary: Vocabulary) -> str:
    """Leaflet fill for a status: its colour, or its hatch pattern."""
    s = vocabulary[status]
    return f"url(#{HATCH_PREFIX}{s.key})" if s.hatch else s.colour


def hatch_defs(vocabulary: Vocabulary) -> str:
    """SVG pattern definitions for hatched statuses (referenced as ``url(#...)``)."""
    pats = []
    for s in vocabulary.statuses:
        if s.hatch:
            pats.append(
                f'<pattern id="{HATCH_PREFIX}{esc(s.key)}" patternUnits="userSpaceOnUse" '
                f'width="8" height="8" patternTransform="rotate(45)">'
                f'<rect width="8" height="8" fill="{esc(s.colour)}"/>'
                f'<line x1="0" y1="0" x2="0" y2="8" stroke="#333333" stroke-width="3" '
                f'stroke-opacity="0.55"/></pattern>'
            )
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true">'
        f"<defs>{''.join(pats)}</defs></svg>"
    )


def _swatch(status: str, vocabulary: Vocabulary) -> str:
    s = vocabulary[status]
    if s.hatch:
        bg = f"background: repeating-linear-gradient(45deg, {s.colour} 0 4px, #7a7a7a 4px 6px)"
    else:
        bg = f"background:{s.colour}"
    return f'<span class="mapper-swatch" style="{esc(bg)}"></span>'


def _fmt_pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def unit_tooltip(row: pd.Series, vocabulary: Vocabulary) -> str:
    """Short hover text for one unit (escaped HTML)."""
    label = vocabulary[row["status"]].label
    parts = [f"<b>{esc(row['name'])}</b>"]
    if row["province"] and row["province"] != row["name"]:
        parts[0] += f", {esc(row['province'])}"
    parts.append(esc(label))
    if pd.notna(row["claim_date"]):
        age = int(row["age_days"])
        parts.append(
            f"since {esc(pd.Timestamp(row['claim_date']).date())} "
            f"({age} day{'s' if age != 1 else ''} old)"
        )
    if row["stale"]:
        parts.append("last claim older than the staleness limit")
    return "<br>".join(parts)


def unit_popup(
    row: pd.Series,
    history: pd.DataFrame,
    vocabulary: Vocabulary,
    *,
    max_history: int,
    date: str,
    district_level: bool = True,
) -> str:
    """The claim ledger of one unit up to the map date (escaped HTML).

    The timeline page builds the same HTML in its script (``popupHtml`` in
    :mod:`mapper._timeline_js`); ``tests/test_popups.py`` holds the two to the same output.
    """
    head = f"<h4>{esc(row['name'])}"
    if row["province"] and row["province"] != row["name"]:
        head += f" <small>{esc(row['province'])}</small>"
    head += "</h4>"
    status = vocabulary[row["status"]].label
    line = f"<p><b>{esc(status)}</b>"
    if pd.notna(row["claim_date"]):
        line += (
            f" as of {esc(pd.Timestamp(row['claim_date']).date())}, "
            f"{int(row['age_days'])} days before {esc(date)}"
        )
    if row["scope"] == "province" and district_level:
        line += " (from a province-wide claim)"
    line += "</p>"
    if row["disputed"]:
        line += "<p><b>Disputed:</b> sources disagree on the latest date; all are listed.</p>"
    if history.empty:
        return head + line + "<p>No claim on record for this unit up to this date.</p>"
    rows = []
    for _, c in (
        history.sort_values(["date", "row"], ascending=[False, True]).head(max_history).iterrows()
    ):
        who = f" ({esc(c['actor'])})" if c["actor"] and c["actor"] != c["status"] else ""
        scope = " <i>province-wide</i>" if c["rank"] == 0 and district_level else ""
        src = link(c["url"], c["source"] or c["url"])
        note = f"<div class='mapper-note'>{esc(c['note'])}</div>" if c["note"] else ""
        rows.append(
            f"<tr><td>{esc(pd.Timestamp(c['date']).date())}</td>"
            f"<td>{esc(vocabulary[c['status']].label)}{who}{scope}</td>"
            f"<td>{src}<br><small>{esc(c['confidence'] or '-')} confidence, row "
            f"{int(c['row'])}</small>{note}</td></tr>"
        )
    more = len(history) - max_history
    tail = f"<p><small>{more} older claim(s) not shown</small></p>" if more > 0 else ""
    return (
        head + line + "<table class='mapper-claims'><tr><th>Date</th><th>Status</th>"
        "<th>Source</th></tr>" + "".join(rows) + "</table>" + tail
    )


def stats_panel(
    state: pd.DataFrame,
    denoms: Denominators,
    vocabulary: Vocabulary,
    *,
    title: str,
    date: str,
    notes: list[str] | None = None,
) -> str:
    """Title, legend with counts, km² and shares, ranges per side and denominators."""
    table = summarize(state, vocabulary=vocabulary)
    ranges = control_ranges(state, vocabulary=vocabulary)
    rows = []
    for key in vocabulary.keys:
        r = {str(k): float(v) for k, v in table.loc[key].to_dict().items()}
        rows.append(
            f"<tr data-status='{esc(key)}'><td>{_swatch(key, vocabulary)}"
            f"{esc(vocabulary[key].label)}</td><td class='n'>{int(r['units'])}</td>"
            f"<td class='n'>{_fmt_pct(r['share_units'])}</td>"
            f"<td class='n'>{r['area_km2']:,.0f}</td><td class='n'>{_fmt_pct(r['share_area'])}</td>"
            "</tr>"
        )
    rng = []
    for side, rr in ranges.iterrows():
        rng.append(
            f"<li><b>{esc(vocabulary[str(side)].label)}</b>: "
            f"{int(rr['units_low'])}–{int(rr['units_high'])} {esc(denoms.level)}s, "
            f"{_fmt_pct(rr['share_area_low'])}–{_fmt_pct(rr['share_area_high'])} of area</li>"
        )
    published = ""
    if denoms.published_area_km2:
        published = (
            f" Published country area: {denoms.published_area_km2:,.0f} km² "
            "(not used as a denominator)."
        )
    caveats = "".join(f'<p class="mapper-small mapper-caveat">{esc(n)}</p>' for n in notes or [])
    return f"""
<div class="mapper-panel" id="mapper-panel">
  <div class="mapper-title">{esc(title)}</div>
  <div class="mapper-date">State on <b id="mapper-date">{esc(date)}</b></div>
  <table class="mapper-legend">
    <tr><th>Status</th><th>{esc(denoms.level.capitalize())}s</th><th>%</th><th>km²</th>
    <th>% area</th></tr>
    {"".join(rows)}
  </table>
  <details><summary>Ranges (contested, disputed, unconfirmed)</summary>
  <ul class="mapper-ranges">{"".join(rng)}</ul>
  <p class="mapper-small">Low: the side's own status only. High: plus every contested,
  disputed and unconfirmed unit. Units without a claim count for nobody.</p></details>
  <p class="mapper-small">Shares of {denoms.units} {esc(denoms.level)}s and of
  {denoms.area_km2:,.0f} km² (polygon area of '{esc(denoms.boundary)}', computed in
  {esc(denoms.area_crs)}).{published}</p>{caveats}
</div>"""


PAGE_CSS = asset("map.css")

METHOD_CSS = asset("method.css")

COMPACT_CSS = asset("compact.css")

#: Page-wide rules of a full-page map (left out of an embed, which must not style its host).
_FULL_PAGE_CSS = "html, body { margin: 0; height: 100%; }\n"


def unit_properties(
    state: pd.DataFrame, units: UnitSet, ledger: Ledger, *, max_history: int = 12
) -> list[dict[str, str]]:
    """Per unit of ``state`` (in its order): id, status, fill, tooltip and popup HTML.

    The page builds the same text in its script from the compact data
    (``tests/test_popups.py`` holds the two to the same output); this is the reference,
    and what other outputs (reports, exports) use.
    """
    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    hist = candidates(ledger, units, date) if date else pd.DataFrame()
    by_unit: dict[Any, pd.DataFrame] = (
        {k: g for k, g in hist.groupby("unit_id")} if len(hist) else {}
    )
    props = []
    empty = hist.iloc[0:0] if len(hist) else pd.DataFrame()
    for uid, row in shown_state(state, units).iterrows():
        h = by_unit.get(uid, empty)
        props.append(
            {
                "unit_id": str(uid),
                "status": row["status"],
                "fill": fill_for(row["status"], vocab),
                "tip": unit_tooltip(row, vocab),
                "popup": unit_popup(
                    row,
                    h,
                    vocab,
                    max_history=max_history,
                    date=date,
                    district_level=units.level == "district",
                ),
            }
        )
    return props


def state_timeline(state: pd.DataFrame, ledger: Ledger) -> Any:
    """``state`` (from :func:`mapper.snapshots.state_at`) as a one-date timeline.

    The single-date page is the timeline page's data with one date: the same topology,
    per-unit records and claim tables, decoded by the same script.
    """
    from ..timeline import Timeline

    vocab = ledger.vocabulary
    code = {k: i for i, k in enumerate(vocab.keys)}
    n = len(state)
    has = state["claim_date"].notna().to_numpy()
    pos = np.flatnonzero(has)
    records = pd.DataFrame(
        {
            "unit": pos,
            "claim_date": pd.DatetimeIndex(state["claim_date"].to_numpy()[pos]),
            "status": state["status"].to_numpy(dtype=object)[pos],
            "scope": state["scope"].to_numpy(dtype=object)[pos],
            "rows": state["rows"].to_numpy(dtype=object)[pos],
            "disputed": state["disputed"].to_numpy(dtype=bool)[pos],
        }
    )
    record = np.full((1, n), -1, dtype=np.int32)
    record[0, pos] = np.arange(len(pos), dtype=np.int32)
    status = np.array([[code[str(s)] for s in state["status"]]], dtype=np.uint8)
    return Timeline(
        dates=pd.DatetimeIndex([pd.Timestamp(str(state.attrs.get("date", "")))]),
        unit_ids=state.index,
        status=status,
        record=record,
        records=records,
        stale=state["stale"].to_numpy(dtype=bool)[None, :],
        vocabulary=vocab,
        max_age=state.attrs.get("max_age"),
    )


def _tiles(name: str | None) -> dict[str, Any] | None:
    """URL template and Leaflet options of a folium tile name (folium is the catalogue)."""
    if not name:
        return None
    import folium  # only when tiles are asked for

    layer = folium.TileLayer(name)
    keep = ("attribution", "min_zoom", "max_zoom", "max_native_zoom", "subdomains", "no_wrap")
    opts = {
        k.split("_")[0] + "".join(w.capitalize() for w in k.split("_")[1:]): v
        for k, v in dict(layer.options).items()
        if k in keep
    }
    return {"url": str(layer.tiles), "options": opts}


def build_map(
    state: pd.DataFrame, units: UnitSet, ledger: Ledger, *, options: MapOptions = MapOptions()
) -> str:
    """The HTML page for one date (see the module docstring).

    Parameters
    ----------
    state
        From :func:`mapper.snapshots.state_at` on ``units`` (every unit, in the set's order).
    """
    from .timeline import TimelineOptions, _page_data

    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    options = _with_places(options, units)
    if not state.index.equals(units.units.index):
        state = state.reindex(units.units.index)
    tl = state_timeline(state, ledger)
    topts = TimelineOptions(
        title=options.title,
        simplify_deg=options.simplify_deg,
        max_history=options.max_history,
        context=options.context,
    )
    data = _page_data(tl, units, ledger, topts, "map")
    keep = state.index.isin(list(options.highlight))
    data["map"] = {
        "fit": [[options.padding_left, 10], [_panel_room(options), 10]],
        "panel": options.show_panel,
        "highlight": [int(i) for i in np.flatnonzero(keep)],
        "highlight_colour": options.highlight_colour,
        "lines": wrap_features(options.lines, display_west(units)) if options.lines else None,
        "tiles": _tiles(options.tiles),
    }
    denoms = denominators(units)
    body = ""
    if options.show_panel:
        body += stats_panel(
            state,
            denoms,
            vocab,
            title=options.title,
            date=date,
            notes=state_notes(state, ledger, level=denoms.level),
        )
        body += "\n"
    if date:
        body += stamp_html(ledger, date) + "\n"
    body += options.extra_html
    if options.method:
        # the ledger table is filled by the page from its claims data (no second copy)
        body += method_html(method_record(state, units, ledger, max_claims=0))
    return _map_page(options, body, data)


def _with_places(options: MapOptions, units: UnitSet) -> MapOptions:
    """Options with the place context built (if not given) and the country in the title."""
    ctx = options.context
    if ctx is None:
        ctx = place_context(units, places_file=options.places_file)
    return replace(options, context=ctx, title=page_title(options.title, ctx, units))


def _map_div(options: MapOptions) -> str:
    if options.embed or (options.width, options.height) == ("100%", "100%"):
        style = "position:absolute;top:0;bottom:0;left:0;right:0"
    else:
        style = f"position:relative;width:{options.width};height:{options.height}"
    return f'<div id="mapper-map" style="{esc(style)}"></div>\n'


def _map_page(options: MapOptions, body: str, data: dict[str, Any]) -> str:
    """The page: Leaflet and the shared page script inlined, the data as one JSON block.

    An embed is a page for an ``<iframe>``: no page-wide styles, everything in one box (see
    :data:`_EMBED_FILL`); the ``<div class="mapper-embed">`` and the scripts after it also
    work pasted into another page (all CSS is scoped to Leaflet's and mapper's own classes).
    """
    css = f"{PAGE_CSS}{NARROW_CSS}{METHOD_CSS}{COMPACT_CSS}"
    head = (
        f"<style>{leaflet_css()}</style>\n<script>{leaflet_js()}</script>\n"
        f"<style>{css if options.embed else _FULL_PAGE_CSS + css}</style>\n{PHONE_HEAD}\n"
        f"<style>{PLACES_CSS}</style>\n"
    )
    content = _map_div(options) + body
    scripts = (
        f"<script type='application/json' id='mapper-data'>{script_json(data)}</script>\n"
        f"<script>{PLACES_JS}</script>\n<script>{_PAGE_JS}</script>\n"
    )
    if options.embed:
        w, h = int(options.embed_width_px), int(options.embed_height_px)
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(options.title)}</title>\n{head}{_EMBED_FILL}\n</head>\n"
            '<body style="margin:0">\n'
            f'<div class="mapper-embed mapper-compact" style="position:relative;width:100%;'
            f'aspect-ratio:{w} / {h};overflow:hidden">\n{content}\n</div>\n{scripts}'
            "</body>\n</html>\n"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(options.title)}</title>\n{head}</head>\n<body>\n{content}\n"
        f"{scripts}</body>\n</html>\n"
    )


_PAGE_JS = js("fit.js", "pages.js")


def _panel_room(options: MapOptions) -> int:
    """Pixels kept free on the right of the fitted map for the stats panel."""
    if not options.show_panel:
        return 10
    # the panel's outer width (max-width + padding + offset from the edge) plus a margin
    return 250 if options.embed else 400


#: The embed is responsive: as a page of its own (in an ``<iframe>``) it fills the frame, at
#: whatever size the host gives it; pasted into a page, it takes the full width at the aspect
#: ratio of --width x --height.
_EMBED_FILL = "<style>body > .mapper-embed { height: 100vh; aspect-ratio: auto; }</style>"


def stable_ids(html: str) -> str:
    """Replace folium's random element ids with numbered ones, in order of appearance."""
    seen: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        key = m.group(0)
        if key not in seen:
            seen[key] = f"{m.group(1)}_{len(seen) + 1:04d}"
        return seen[key]

    return _FOLIUM_ID.sub(repl, html)


def write_map(html: str, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the page atomically; refuses to replace a file unless ``overwrite``."""
    return write_text(path, html, overwrite=overwrite)


def map_summary(html: str) -> dict[str, Any]:
    """Small facts about a page (for logs): size and whether it references remote assets."""
    remote = re.findall(r"""(?:src|href)=["'](https?:)?//""", html)
    return {"bytes": len(html.encode("utf-8")), "remote_refs": len(remote)}
