"""Escaping for anything from outside that reaches Markdown.

Markdown passes raw HTML through, so text is HTML-escaped first (``<script>`` shows as
text), then Markdown's own punctuation is backslash-escaped so a claim cannot open a link,
an image, emphasis or a table cell. Only absolute http(s) URLs become links.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from .claims import is_http_url

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# characters that may stay in a URL inside ``(...)``; everything else is percent-encoded
_URL_SAFE = ":/?#@!$&'*+,;=%~-._[]"


def md_text(value: object) -> str:
    """Inert Markdown text on one line (safe inside a table cell)."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = html.escape(text, quote=False)
    # "&amp;" etc. must keep their "&" and ";" working: escape only Markdown punctuation
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_url(url: str) -> str:
    """Percent-encode a URL so it cannot close ``(...)`` or ``<...>``."""
    return quote(url.strip(), safe=_URL_SAFE)


def md_link(url: str, text: str) -> str:
    """``[text](url)`` for http(s) URLs only; anything else becomes plain escaped text."""
    if url and is_http_url(url):
        return f"[{md_text(text)}]({md_url(url)})"
    return md_text(text)
