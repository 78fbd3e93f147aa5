"""Dated choropleth maps as one self-contained HTML file (folium + inlined Leaflet).

The page makes no network request unless a tile layer is asked for: Leaflet and its CSS
are inlined from the ``xstatic-leaflet`` package, there are no fonts, icons or CDNs. Units
are coloured by status with a fixed palette (hatched where the vocabulary says so), province
outlines are drawn over districts, and every unit carries a tooltip and a popup with the
claims behind its state. Everything from the ledger or the boundary file is HTML-escaped;
only http(s) URLs become links. Element ids are numbered, not random, so the same inputs
give byte-identical HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Figure, MacroElement
from folium.utilities import JsCode
from jinja2 import Template

from .. import settings
from .._assets import LEAFLET_VERSION, leaflet_css, leaflet_js
from .._io import write_text
from ..boundaries import UnitSet
from ..claims import Ledger
from ..snapshots import candidates
from ..stats import Denominators, control_ranges, denominators, summarize
from ..vocabulary import Vocabulary
from ._html import FIT_JS, NARROW_CSS, PHONE_HEAD, esc, link, script_json
from ._static import asset
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


def draw_geometry(geoms: gpd.GeoSeries, *, tolerance: float) -> np.ndarray:
    """Simplified geometry for drawing only: shared borders stay shared.

    ``shapely.coverage_simplify`` simplifies the coverage as a whole, so neighbouring units
    keep one common border (no slivers or gaps), then coordinates snap to a ~11 m grid.
    Areas are never computed from this geometry.
    """
    arr = geoms.to_crs(settings.DRAW_CRS).to_numpy()
    if tolerance > 0:
        arr = shapely.coverage_simplify(arr, tolerance)
    return shapely.set_precision(arr, settings.COORD_PRECISION_DEG)


def _geojson(geoms: np.ndarray, props: list[dict[str, Any]]) -> dict[str, Any]:
    feats = []
    for g, p in zip(geoms, props, strict=True):
        geo = shapely.geometry.mapping(g)
        feats.append({"type": "Feature", "properties": p, "geometry": _round(geo)})
    return {"type": "FeatureCollection", "features": feats}


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, (list, tuple)):
        return [_round(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


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

_ON_EACH = JsCode("""
function(feature, layer) {
  layer.bindTooltip(feature.properties.tip, {sticky: true});
  layer.bindPopup(feature.properties.popup, {maxWidth: 480, maxHeight: 380});
}
""")


_ON_EACH_LINE = JsCode("""
function(feature, layer) {
  layer.bindTooltip(feature.properties.tip, {sticky: true});
}
""")


def _page_head(tiles: str | None) -> str:
    return (
        f"<style>{leaflet_css()}</style>\n<script>{leaflet_js()}</script>\n"
        f"<style>{PAGE_CSS}{NARROW_CSS}{METHOD_CSS}{COMPACT_CSS}</style>\n{PHONE_HEAD}"
    )


def unit_properties(
    state: pd.DataFrame, units: UnitSet, ledger: Ledger, *, max_history: int = 12
) -> list[dict[str, str]]:
    """Per unit of ``state`` (in its order): id, status, fill, tooltip and popup HTML."""
    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    hist = candidates(ledger, units, date) if date else pd.DataFrame()
    by_unit: dict[Any, pd.DataFrame] = (
        {k: g for k, g in hist.groupby("unit_id")} if len(hist) else {}
    )
    props = []
    empty = hist.iloc[0:0] if len(hist) else pd.DataFrame()
    for uid, row in state.iterrows():
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


def build_map(
    state: pd.DataFrame, units: UnitSet, ledger: Ledger, *, options: MapOptions = MapOptions()
) -> str:
    """The HTML page for one date (see the module docstring).

    Parameters
    ----------
    state
        From :func:`mapper.snapshots.state_at` on ``units``.
    """
    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    geoms = draw_geometry(units.units.geometry.loc[state.index], tolerance=options.simplify_deg)
    props = unit_properties(state, units, ledger, max_history=options.max_history)
    fc = _geojson(geoms, props)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    m = folium.Map(
        location=[(miny + maxy) / 2, (minx + maxx) / 2],
        zoom_start=6,
        tiles=None,
        width=options.width,
        height=options.height,
        control_scale=True,
        zoom_snap=0.25,
    )
    m.default_js = []  # inlined below: no CDN requests
    m.default_css = []
    # leave room on the right for the stats panel
    _Fit(
        [[float(miny), float(minx)], [float(maxy), float(maxx)]],
        top_left=(options.padding_left, 10),
        bottom_right=(_panel_room(options), 10),
    ).add_to(m)
    root = cast(Figure, m.get_root())
    root.header.add_child(folium.Element(_page_head(options.tiles)), name="mapper_head")
    if not options.embed:  # (the embed page writes its own head)
        title = f"<title>{esc(options.title)}{f' — {esc(date)}' if date else ''}</title>"
        root.header.add_child(folium.Element(title), name="mapper_title")
    if options.tiles:
        folium.TileLayer(options.tiles).add_to(m)
    folium.GeoJson(
        fc,
        name="units",
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"],
            "fillOpacity": 0.85,
            "color": "#ffffff",
            "weight": 0.6,
        },
        on_each_feature=_ON_EACH,
    ).add_to(m)
    if units.provinces is not None and units.level == "district":
        pgeoms = draw_geometry(units.provinces.geometry, tolerance=options.simplify_deg)
        pfc = _geojson(pgeoms, [{"province": str(p)} for p in units.provinces.index])
        folium.GeoJson(
            pfc,
            name="provinces",
            interactive=False,
            style_function=lambda f: {
                "fill": False,
                "color": "#222222",
                "weight": 1.4,
                "opacity": 0.9,
            },
        ).add_to(m)
    if options.highlight:
        keep = state.index.isin(list(options.highlight))
        hfc = _geojson(geoms[keep], [{"unit_id": str(u)} for u in state.index[keep]])
        colour = options.highlight_colour
        folium.GeoJson(
            hfc,
            name="highlight",
            interactive=False,
            style_function=lambda f: {"fill": False, "color": colour, "weight": 3.5},
        ).add_to(m)
    if options.lines:
        lines = dict(options.lines)
        folium.GeoJson(
            lines,
            name="line-casing",
            interactive=False,
            style_function=lambda f: {"color": "#222222", "weight": 9, "opacity": 0.9},
        ).add_to(m)
        folium.GeoJson(
            lines,
            name="lines",
            style_function=lambda f: {
                "color": f["properties"]["colour"],
                "weight": 5,
                "opacity": 1.0,
            },
            on_each_feature=_ON_EACH_LINE,
        ).add_to(m)
    denoms = denominators(units)
    body = hatch_defs(vocab)
    if options.show_panel:
        body += stats_panel(
            state,
            denoms,
            vocab,
            title=options.title,
            date=date,
            notes=state_notes(state, ledger, level=denoms.level),
        )
    body += options.extra_html
    if options.method:
        body += method_html(method_record(state, units, ledger))
    root.html.add_child(folium.Element(body), name="mapper_body")
    attribution = (
        f"{esc(units.attribution)} | Claims: {esc(Path(ledger.file).name)} | "
        f"Leaflet {esc(LEAFLET_VERSION)}"
    )
    _Attribution(attribution).add_to(m)
    if options.embed:
        return stable_ids(_embed_page(root, options))
    html = root.render()
    return stable_ids(html)


class _Fit(MacroElement):
    """``mapperFit`` (see :data:`mapper._html.FIT_JS`) instead of folium's ``fitBounds``."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
        {{ this.fit_js }}
        mapperFit({{ this._parent.get_name() }}, L.latLngBounds({{ this.bounds|tojson }}),
          {{ this.top_left|tojson }}, {{ this.bottom_right|tojson }});
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        top_left: tuple[int, int],
        bottom_right: tuple[int, int],
    ) -> None:
        super().__init__()
        self._name = "MapperFit"
        self.bounds = bounds
        self.top_left = list(top_left)
        self.bottom_right = list(bottom_right)
        self.fit_js = FIT_JS


def _panel_room(options: MapOptions) -> int:
    """Pixels kept free on the right of the fitted map for the stats panel."""
    if not options.show_panel:
        return 10
    # the panel's outer width (max-width + padding + offset from the edge) plus a margin
    return 250 if options.embed else 400


# folium's page rules that size <html>/<body> and pin a #map: wrong inside a host page
_PAGE_RULES = re.compile(
    r"<style>\s*(?:html,\s*body|#map)\s*\{[^}]*\}\s*</style>|<meta name=\"viewport\"[^>]*/>"
)


def _embed_page(root: Figure, options: MapOptions) -> str:
    """A fixed-size page for an ``<iframe>``: no page-wide styles, everything in one box.

    The ``<div class="mapper-embed">`` and the scripts after it also work pasted into
    another page (all CSS is scoped to Leaflet's and mapper's own classes).
    """
    root.render()  # lays the map's header, body and script parts into the figure
    head = _PAGE_RULES.sub("", root.header.render())
    body = root.html.render()
    script = root.script.render()
    w, h = int(options.embed_width_px), int(options.embed_height_px)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(options.title)}</title>\n{head}\n{_EMBED_FILL}\n</head>\n"
        '<body style="margin:0">\n'
        f'<div class="mapper-embed mapper-compact" style="position:relative;width:100%;'
        f'aspect-ratio:{w} / {h};overflow:hidden">\n{body}\n</div>\n'
        f"<script>\n{script}\n</script>\n</body>\n</html>\n"
    )


#: The embed is responsive: as a page of its own (in an ``<iframe>``) it fills the frame, at
#: whatever size the host gives it; pasted into a page, it takes the full width at the aspect
#: ratio of --width x --height.
_EMBED_FILL = "<style>body > .mapper-embed { height: 100vh; aspect-ratio: auto; }</style>"


class _Attribution(MacroElement):
    """Replaces Leaflet's attribution with the boundary and claims credits (after the map)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.attributionControl.setPrefix(false);"
        "{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text }});"
        "{% endmacro %}"
    )

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = script_json(html_text)


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
