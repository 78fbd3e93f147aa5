"""Moved to :mod:`mapper.pages.method`; this import path keeps working."""

from .pages.method import (
    MAX_LISTED_CLAIMS,
    RULES,
    method_html,
    method_markdown,
    method_record,
    path_name,
    software,
    state_notes,
)

__all__ = [
    "MAX_LISTED_CLAIMS",
    "RULES",
    "method_html",
    "method_markdown",
    "method_record",
    "path_name",
    "software",
    "state_notes",
]
