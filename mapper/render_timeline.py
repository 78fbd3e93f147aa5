"""Moved to :mod:`mapper.pages.timeline`; this import path keeps working."""

from .pages.timeline import (
    TimelineOptions,
    build_compare_page,
    build_timeline_page,
    write_page,
)

__all__ = [
    "TimelineOptions",
    "build_compare_page",
    "build_timeline_page",
    "write_page",
]
