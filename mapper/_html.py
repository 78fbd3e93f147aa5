"""Escaping for anything from outside (claims, names, URLs) that reaches HTML."""

from __future__ import annotations

import html
import json
from typing import Any

from .claims import is_http_url


def esc(value: object) -> str:
    """HTML-escape text for element content and quoted attributes."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def link(url: str, text: str) -> str:
    """An ``<a>`` for http(s) URLs only; anything else becomes plain escaped text."""
    if url and is_http_url(url):
        return (
            f'<a href="{esc(url.strip())}" target="_blank" rel="noopener noreferrer">'
            f"{esc(text)}</a>"
        )
    return esc(text)


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>``, no ``<!--``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


#: Fit a Leaflet map to bounds, keeping room for overlays (the stats panel, the verdict box)
#: without ever asking for more room than the map has. Leaflet's own fitBounds computes a NaN
#: zoom when the padding is wider than the map (a phone, a narrow report column, an iframe
#: before layout), and every layer then fails with "Invalid LatLng object: (NaN, NaN)". The
#: padding is scaled down so at least min(40 %, 200 px) of each side stays for the map, and a
#: map without a size yet is fitted once it gets one. On a narrow map (< NARROW_PX) the
#: overlays are stacked above and below the map by NARROW_CSS, so the room is measured from
#: them instead of taken from the side paddings.
NARROW_PX = 560
FIT_JS = r"""
function mapperFit(map, bounds, tl, br) {
  function room(a, b, n) {
    var free = n - Math.min(0.4 * n, 200);
    if (a + b <= free) return [a, b];
    var k = Math.max(free, 0) / (a + b);
    return [a * k, b * k];
  }
  function stacked(s) {
    var box = map.getContainer().getBoundingClientRect(), top = tl[1], bottom = br[1];
    var doc = map.getContainer().ownerDocument;
    doc.querySelectorAll(".mapper-panel, .mapper-verdict").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (!r.height || r.bottom <= box.top || r.top >= box.bottom) return;
      if (r.top + r.height / 2 < box.top + s.y / 2) top = Math.max(top, r.bottom - box.top + 6);
      else bottom = Math.max(bottom, box.bottom - r.top + 6);
    });
    return [[10, top], [10, bottom]];
  }
  function fit() {
    var s = map.getSize();
    if (!(s.x >= 8 && s.y >= 8)) return false;
    var p = s.x < __NARROW__ ? stacked(s) : [tl, br];
    var x = room(p[0][0], p[1][0], s.x), y = room(p[0][1], p[1][1], s.y);
    map.fitBounds(bounds, {paddingTopLeft: [x[0], y[0]], paddingBottomRight: [x[1], y[1]],
      animate: false});
    return true;
  }
  if (!map._loaded) map.setView(bounds.getCenter(), 0, {animate: false});
  if (fit() || typeof ResizeObserver === "undefined") return;
  var watch = new ResizeObserver(function () {
    map.invalidateSize(false);
    if (fit()) watch.disconnect();
  });
  watch.observe(map.getContainer());
}
""".replace("__NARROW__", str(NARROW_PX))

#: Phones and narrow columns: the stats panel becomes a scrollable strip along the top (the
#: per-cent-of-units column dropped) and the verdict box (NARROW_VERDICT_CSS) one along the
#: bottom, so the map between them stays visible.
NARROW_CSS = f"""
@media (max-width: {NARROW_PX - 1}px) {{
  .mapper-panel {{ left: 52px; right: 6px; top: 6px; max-width: none; max-height: 38%;
    padding: 4px 6px; font-size: 11px; }}
  .mapper-panel .mapper-title {{ font-size: 12px; }}
  .mapper-panel .mapper-legend th:nth-child(3), .mapper-panel .mapper-legend td:nth-child(3)
    {{ display: none; }}
  .mapper-controls {{ left: 6px; right: 6px; }}
  .mapper-grid {{ grid-template-columns: 1fr; grid-template-rows: none; grid-auto-rows: 62vh; }}
  .leaflet-control-attribution {{ font-size: 9px; line-height: 1.2; }}
  .leaflet-bottom.leaflet-right {{ max-width: calc(100% - 130px); }}
}}
"""

#: The same for the checker's verdict box (appended after its own rules, so it wins).
NARROW_VERDICT_CSS = f"""
@media (max-width: {NARROW_PX - 1}px) {{
  .mapper-verdict {{ left: 6px; right: 6px; top: auto; bottom: 64px; width: auto;
    max-width: none; max-height: 30%; font-size: 11px; }}
}}
"""
