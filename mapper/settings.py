"""Defaults in one place. Functions take these as keyword defaults; nothing reads them late."""

from __future__ import annotations

import os
from pathlib import Path

#: Every area mapper reports is computed in this CRS: WGS 84 / NSIDC EASE-Grid 2.0 Global,
#: a cylindrical *equal-area* projection on the WGS 84 ellipsoid. Never degrees, never
#: Web Mercator.
EQUAL_AREA_CRS = "EPSG:6933"

#: Geographic CRS used for storage and drawing.
DRAW_CRS = "EPSG:4326"

#: Environment variables a user can set instead of passing options.
ENV_MIRROR = "MAPPER_MIRROR"
ENV_CACHE = "MAPPER_CACHE"

#: HTTP behaviour for downloads.
HTTP_TIMEOUT_S = (10.0, 60.0)  # connect, read
HTTP_RETRIES = 3
HTTP_BACKOFF_S = 1.0
USER_AGENT = "mapper (territorial-control maps; https://pypi.org/project/requests/)"

#: Default boundary set and output folder.
DEFAULT_BOUNDARY = "afg-districts"
DEFAULT_OUTPUT_DIR = Path("output")

#: Comparison tolerance for shares in "about"/"roughly" claims lives with the checker;
#: here only what the map and stats need.
SIMPLIFY_TOLERANCE_DEG = 0.002  # ~200 m: drawing only, areas use the full geometry
COORD_PRECISION_DEG = 1e-4  # ~11 m grid for drawn coordinates

#: Steps of a timeline or series (--every): here so the CLI can offer them without
#: importing numpy and pandas.
EVERY: tuple[str, ...] = ("day", "week", "claim-dates")


def default_cache_dir() -> Path:
    """Folder for downloaded boundary files: ``$MAPPER_CACHE`` or the user cache dir."""
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mapper"


def default_mirror_dir() -> Path | None:
    """Local mirror folder from ``$MAPPER_MIRROR``, if set."""
    env = os.environ.get(ENV_MIRROR)
    return Path(env).expanduser() if env else None
