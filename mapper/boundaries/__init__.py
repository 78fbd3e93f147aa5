"""Boundary sets: a registry of pinned public files, resolved mirror -> cache -> download.

A *boundary set* is a named, versioned set of polygons (``afg-districts``, ``afg-provinces``,
``us-counties``, ``world-countries``) with licence, attribution, and a sha256 for every
file. A file is looked for, in order, in a local mirror folder (``mirror=`` /
``$MAPPER_MIRROR``), in the cache (``cache_dir=`` / ``$MAPPER_CACHE``), then downloaded from
its pinned URLs. A file whose hash differs from the pinned one is a *different boundary
version* and an error, never a silent swap. Other countries and levels come from the
geoBoundaries API (``gb:UKR:ADM1``); their hash is recorded on first use and checked on
every use after, from the cache or a mirror.

:func:`load_units` turns a boundary set (or any polygon file) into a :class:`UnitSet`:
one row per unit with a stable id, display name, parent, ISO 3166-2 code and an area in
km² computed once in :data:`mapper.settings.EQUAL_AREA_CRS`, after checks that no two units
overlap (:mod:`._quality`); the result is cached per input hash (:mod:`._cache`).

Modules: ``_registry`` (names -> files), ``_fetch`` (mirror/cache/download, pins),
``_read`` (polygon files -> usable geometry), ``_quality`` (names, overlaps, gaps),
``_units`` (unit sets and parents), ``_cache`` (the processed-boundary cache), ``_info``
(what ``mapper boundaries info`` prints, cache timings for the benchmark).
"""

from __future__ import annotations

from ._cache import PROCESSING_VERSION
from ._fetch import fetch, file_hashes, pin_path, read_pin
from ._info import cache_status, load_timings
from ._quality import OVERLAP_MODES, OVERLAP_TOLERANCE, OverlapMode, Quality
from ._read import area_km2, check_areas, clean_name, parse_crs, read_polygons, slug
from ._registry import GEOBOUNDARIES_API, BoundarySet, FileSpec, available, get, registry
from ._units import CachedUnitSet, UnitSet, assign_parent, load_countries, load_units

__all__ = [
    "GEOBOUNDARIES_API",
    "OVERLAP_MODES",
    "OVERLAP_TOLERANCE",
    "PROCESSING_VERSION",
    "BoundarySet",
    "CachedUnitSet",
    "FileSpec",
    "OverlapMode",
    "Quality",
    "UnitSet",
    "area_km2",
    "assign_parent",
    "available",
    "cache_status",
    "check_areas",
    "clean_name",
    "fetch",
    "file_hashes",
    "get",
    "load_countries",
    "load_timings",
    "load_units",
    "parse_crs",
    "pin_path",
    "read_pin",
    "read_polygons",
    "registry",
    "slug",
]
