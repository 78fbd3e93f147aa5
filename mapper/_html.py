"""Moved to :mod:`mapper.pages._html`; this import path keeps working."""

from .pages._html import (
    FIT_JS,
    NARROW_CSS,
    NARROW_PX,
    NARROW_VERDICT_CSS,
    esc,
    link,
    script_json,
)

__all__ = [
    "FIT_JS",
    "NARROW_CSS",
    "NARROW_PX",
    "NARROW_VERDICT_CSS",
    "esc",
    "link",
    "script_json",
]
