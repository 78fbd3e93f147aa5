"""Moved to :mod:`mapper.pages.map`; this import path keeps working."""

from .pages.map import (
    HATCH_PREFIX,
    METHOD_CSS,
    PAGE_CSS,
    MapOptions,
    _swatch,
    build_map,
    draw_geometry,
    fill_for,
    hatch_defs,
    map_summary,
    stable_ids,
    stats_panel,
    unit_popup,
    unit_properties,
    unit_tooltip,
    write_map,
)

__all__ = [
    "HATCH_PREFIX",
    "METHOD_CSS",
    "PAGE_CSS",
    "MapOptions",
    "_swatch",
    "build_map",
    "draw_geometry",
    "fill_for",
    "hatch_defs",
    "map_summary",
    "stable_ids",
    "stats_panel",
    "unit_popup",
    "unit_properties",
    "unit_tooltip",
    "write_map",
]
