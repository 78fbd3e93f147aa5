"""Moved to ``mapper/pages/static/`` (``pages.js``, ``timeline.css``); this path keeps working."""

from .pages._static import asset

PAGE_CSS = asset("timeline.css")
PAGE_JS = asset("fit.js") + asset("pages.js")

__all__ = ["PAGE_CSS", "PAGE_JS"]
