"""Leaflet, inlined from the ``xstatic-leaflet`` package so maps open offline."""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet

_DATA = Path(xleaflet.BASE_DIR)
LEAFLET_VERSION = xleaflet.VERSION


@functools.cache
def leaflet_js() -> str:
    """Minified Leaflet, safe to place inside a ``<script>`` element."""
    return (_DATA / "leaflet.js").read_text("utf-8").replace("</script", "<\\/script")


@functools.cache
def leaflet_css() -> str:
    """Leaflet's CSS with its images turned into data URIs (no relative requests)."""
    css = (_DATA / "leaflet.css").read_text("utf-8")

    def inline(m: re.Match[str]) -> str:
        data = base64.b64encode((_DATA / m.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
