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
