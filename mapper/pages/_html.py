"""Escaping for anything from outside (claims, names, URLs) that reaches HTML."""

from __future__ import annotations

import html
import json
from typing import Any

from ..claims import is_http_url
from ._static import asset


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


#: Fit a Leaflet map to bounds, keeping the overlays lying on it (the stats panel or its strip,
#: the verdict box, the date stamp, legends, the slider bar, the controls) off the units, without
#: ever asking for more room than the map has. The overlays are measured and each is kept clear
#: sideways or above/below, whichever shows the bounds largest. Leaflet's own fitBounds
#: computes a NaN zoom when the padding is wider than the map (a phone, a narrow report column,
#: an iframe before layout), and every layer then fails with "Invalid LatLng object: (NaN,
#: NaN)": the padding is scaled down so at least min(25 %, 200 px) of each side stays for the
#: map. A map without a size yet is fitted once it gets one, and the fit runs again on every
#: resize (rotation, a frame sized late) until the reader moves, zooms or taps.
NARROW_PX = 560
FIT_JS = asset("fit.js")

#: Phones and narrow columns: the stats panel becomes a scrollable strip along the top (the
#: per-cent-of-units column dropped) and the verdict box (NARROW_VERDICT_CSS) one along the
#: bottom, so the map between them stays visible.
NARROW_CSS = asset("narrow.css")

#: The same for the checker's verdict box (appended after its own rules, so it wins).
NARROW_VERDICT_CSS = asset("narrow-verdict.css")

#: Phones and narrow frames (``phone.js``, ``phone.css``): popups above the panels and sized to
#: the map, no tooltip while a popup is open, panels folded to strips a tap unfolds. Goes in the
#: ``<head>`` of every page, after Leaflet and the page's own styles.
PHONE_HEAD = f"<style>{asset('phone.css')}</style>\n<script>{asset('phone.js')}</script>"
