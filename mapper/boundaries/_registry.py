"""The registry of boundary sets: name -> files (URLs, sha256), licence, attribution."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import BoundaryError

GEOBOUNDARIES_API = "https://www.geoboundaries.org/api/current/gbOpen/{iso3}/{level}/"
_GB_NAME = re.compile(r"^gb:([A-Z]{3}):(ADM[0-5])$")


@dataclass(frozen=True)
class FileSpec:
    """One file of a boundary set: where it comes from and what it must hash to."""

    name: str
    urls: tuple[str, ...]
    sha256: str | None


@dataclass(frozen=True)
class BoundarySet:
    """A registry entry. ``main`` is the file to read; the others travel with it.

    ``id_column`` names the column (or ``"id"`` for a TopoJSON object id) holding stable
    unit ids; ``parent_id_chars`` says that a unit's parent is the set ``parent`` unit whose
    id is the first N characters of the unit's id (U.S. county FIPS -> state FIPS) instead
    of the parent it overlaps most. ``exclude`` lists (id, reason) of features the set
    leaves out, declared in the registry (a polygon with no area in the file), so every
    count says it is of the remaining units.
    """

    name: str
    title: str
    level: str
    main: str
    name_column: str
    files: tuple[FileSpec, ...]
    licence: str
    attribution: str
    homepage: str = ""
    country: str | None = None
    units: int | None = None
    id_column: str | None = None
    parent: str | None = None
    layer: str | None = None
    published_area_km2: float | None = None
    parent_id_chars: int | None = None
    exclude: tuple[tuple[str, str], ...] = ()


def _registry_text() -> str:
    # Installed wheels carry the registry as package data; a source checkout reads the
    # top-level boundaries/registry.json, the one place it is edited.
    packaged = resources.files("mapper").joinpath("data/registry.json")
    if packaged.is_file():
        return packaged.read_text("utf-8")
    root = Path(__file__).resolve().parent.parent.parent
    return (root / "boundaries" / "registry.json").read_text("utf-8")


def registry() -> dict[str, BoundarySet]:
    """All registered boundary sets by name."""
    raw: dict[str, dict[str, Any]] = json.loads(_registry_text())
    out = {}
    for name, d in raw.items():
        files = tuple(FileSpec(fn, tuple(f["urls"]), f["sha256"]) for fn, f in d["files"].items())
        out[name] = BoundarySet(
            name=name,
            title=d["title"],
            level=d["level"],
            main=d["main"],
            name_column=d["name_column"],
            files=files,
            licence=d["licence"],
            attribution=d["attribution"],
            homepage=d.get("homepage", ""),
            country=d.get("country"),
            units=d.get("units"),
            id_column=d.get("id_column"),
            parent=d.get("parent"),
            layer=d.get("layer"),
            published_area_km2=d.get("published_area_km2"),
            parent_id_chars=d.get("parent_id_chars"),
            exclude=tuple(sorted((d.get("exclude") or {}).items())),
        )
    return out


def available() -> list[str]:
    """Names of the registered boundary sets (geoBoundaries ``gb:ISO:ADMn`` also work)."""
    return sorted(registry())


def get(name: str) -> BoundarySet:
    """The registry entry ``name``, or a geoBoundaries entry for ``gb:ISO3:ADMn``.

    ``gb:ISO3:ADMn`` with n >= 2 has ``gb:ISO3:ADM1`` as its parent set: its units are
    assigned to the ADM1 unit they overlap most, as for Afghanistan.

    Raises
    ------
    BoundaryError
        Unknown name; the message lists the valid ones.
    """
    reg = registry()
    if name in reg:
        return reg[name]
    m = _GB_NAME.match(name)
    if m:
        iso3, level = m.groups()
        return BoundarySet(
            name=name,
            title=f"geoBoundaries gbOpen {iso3} {level}",
            level=level,
            main=f"geoBoundaries-{iso3}-{level}.geojson",
            name_column="shapeName",
            files=(FileSpec(f"geoBoundaries-{iso3}-{level}.geojson", (), None),),
            licence="see geoBoundaries metadata",
            country=iso3,
            id_column="shapeID",
            attribution="Boundaries: geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866)",
            homepage="https://www.geoboundaries.org/",
            parent=f"gb:{iso3}:ADM1" if int(level[3]) >= 2 else None,
        )
    raise BoundaryError(
        f"unknown boundary set {name!r}; valid: {', '.join(available())}, "
        "or gb:ISO3:ADMn (e.g. gb:UKR:ADM1) for any geoBoundaries country"
    )
