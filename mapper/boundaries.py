"""Boundary sets: a registry of pinned public files, resolved mirror -> cache -> download.

A *boundary set* is a named, versioned set of polygons (``afg-districts``, ``afg-provinces``,
``world-countries``) with licence, attribution, and a sha256 for every file. A file is
looked for, in order, in a local mirror folder (``mirror=`` / ``$MAPPER_MIRROR``), in the
cache (``cache_dir=`` / ``$MAPPER_CACHE``), then downloaded from its pinned URLs. A file
whose hash differs from the pinned one is a *different boundary version* and an error,
never a silent swap. Other countries and levels come from the geoBoundaries API
(``gb:UKR:ADM1``); their hash is recorded on first download and checked afterwards.

:func:`load_units` turns a boundary set (or any polygon file) into a :class:`UnitSet`:
one row per unit with a stable id, display name, province, ISO 3166-2 code and an area in
km² computed once in :data:`mapper.settings.EQUAL_AREA_CRS`.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import requests
import shapely

from . import settings
from ._http import download, get_json, sha256_file
from ._io import write_text
from .errors import BoundaryError, HashMismatchError, Problem, ValidationError
from .matching import Gazetteer, normalize, read_aliases, read_province_table

log = logging.getLogger("mapper.boundaries")

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
    """A registry entry. ``main`` is the file to read; the others travel with it."""

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


def _registry_text() -> str:
    # Installed wheels carry the registry as package data; a source checkout reads the
    # top-level boundaries/registry.json, the one place it is edited.
    packaged = resources.files("mapper").joinpath("data/registry.json")
    if packaged.is_file():
        return packaged.read_text("utf-8")
    return (Path(__file__).resolve().parent.parent / "boundaries" / "registry.json").read_text(
        "utf-8"
    )


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
        )
    return out


def available() -> list[str]:
    """Names of the registered boundary sets (geoBoundaries ``gb:ISO:ADMn`` also work)."""
    return sorted(registry())


def get(name: str) -> BoundarySet:
    """The registry entry ``name``, or a geoBoundaries entry for ``gb:ISO3:ADMn``.

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
            parent=f"gb:{iso3}:ADM{int(level[3]) - 1}" if int(level[3]) >= 2 else None,
        )
    raise BoundaryError(
        f"unknown boundary set {name!r}; valid: {', '.join(available())}, "
        "or gb:ISO3:ADMn (e.g. gb:UKR:ADM1) for any geoBoundaries country"
    )


def _check(path: Path, spec: FileSpec, where: str) -> None:
    if spec.sha256 is None:
        return
    got = sha256_file(path)
    if got != spec.sha256:
        raise HashMismatchError(
            f"{path}: sha256 {got} but the registry pins {spec.sha256} for {spec.name} "
            f"(in the {where}). This is a different boundary version; remove it or point "
            "--mirror at the pinned files."
        )


def fetch(
    name: str,
    *,
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    session: requests.Session | None = None,
) -> Path:
    """Local path of the main file of boundary set ``name``, fetching what is missing.

    Every file is looked for in ``mirror`` (default ``$MAPPER_MIRROR``), then in
    ``cache_dir`` (default ``$MAPPER_CACHE`` or ``~/.cache/mapper``), then downloaded into
    the cache; each is checked against its pinned sha256 wherever it comes from.
    """
    bset = get(name)
    mirror_dir = Path(mirror) if mirror is not None else settings.default_mirror_dir()
    cache = Path(cache_dir) if cache_dir is not None else settings.default_cache_dir()
    if bset.name.startswith("gb:"):
        return _fetch_geoboundaries(bset, mirror_dir, cache, session)
    if mirror_dir is not None and all((mirror_dir / f.name).is_file() for f in bset.files):
        for f in bset.files:
            _check(mirror_dir / f.name, f, f"mirror {mirror_dir}")
        log.info("%s: using mirror %s", name, mirror_dir)
        return mirror_dir / bset.main
    folder = cache / name
    for f in bset.files:
        dest = folder / f.name
        if dest.is_file():
            log.info("%s: cache hit %s", name, dest)
            _check(dest, f, f"cache {folder}")
            continue
        log.info("%s: cache miss %s, downloading", name, dest)
        if not f.urls:
            raise BoundaryError(f"{f.name} is not in the mirror or cache and has no URL")
        download(list(f.urls), dest, sha256=f.sha256, session=session)
    return folder / bset.main


def _fetch_geoboundaries(
    bset: BoundarySet, mirror_dir: Path | None, cache: Path, session: requests.Session | None
) -> Path:
    fname = bset.main
    if mirror_dir is not None and (mirror_dir / fname).is_file():
        return mirror_dir / fname
    folder = cache / bset.name.replace(":", "-")
    dest, meta_path = folder / fname, folder / "meta.json"
    if dest.is_file() and meta_path.is_file():
        meta = json.loads(meta_path.read_text("utf-8"))
        _check(dest, FileSpec(fname, (), meta["sha256"]), f"cache {folder}")
        return dest
    iso3, level = bset.name.split(":")[1:]
    api = GEOBOUNDARIES_API.format(iso3=iso3, level=level)
    info = get_json(api, session=session)
    if not isinstance(info, dict) or not info.get("gjDownloadURL"):
        raise BoundaryError(
            f"geoBoundaries API {api!r} has no gjDownloadURL for {iso3} "
            f"{level}; check the ISO3 code and level"
        )
    download([str(info["gjDownloadURL"])], dest, sha256=None, session=session)
    meta = {
        k: info.get(k)
        for k in (
            "boundaryID",
            "boundaryName",
            "boundaryYearRepresented",
            "boundaryLicense",
            "boundarySource",
            "gjDownloadURL",
        )
    }
    meta["sha256"] = sha256_file(dest)
    meta["api"] = api
    write_text(meta_path, json.dumps(meta, indent=2, sort_keys=True))
    return dest


@dataclass
class UnitSet:
    """Units of one boundary set, ready for claims.

    ``units`` is indexed by ``unit_id`` with columns ``name``, ``province``,
    ``iso_3166_2``, ``source_id``, ``area_km2`` and ``geometry`` (EPSG:4326).
    ``provinces`` holds the province outlines (index province name) for drawing.
    """

    units: gpd.GeoDataFrame
    level: str
    boundary: str
    title: str
    attribution: str
    licence: str
    files: dict[str, str] = field(default_factory=dict)  # file name -> sha256
    published_area_km2: float | None = None
    provinces: gpd.GeoDataFrame | None = None
    province_spellings: dict[str, list[str]] = field(default_factory=dict)

    @property
    def total_area_km2(self) -> float:
        return float(self.units["area_km2"].sum())

    def gazetteer(self, *, aliases: str | Path | None = None) -> Gazetteer:
        """Name lookup for this set, with built-in and optional user aliases."""
        table = read_aliases() + (read_aliases(aliases) if aliases else [])
        provinces = dict(self.province_spellings)
        for p in self.units["province"].unique():
            provinces.setdefault(str(p), [])
        districts = (
            {}
            if self.level == "province"
            else {
                uid: (str(n), str(p))
                for uid, n, p in zip(
                    self.units.index, self.units["name"], self.units["province"], strict=True
                )
            }
        )
        return Gazetteer(districts, provinces, aliases=table)


def clean_name(value: object) -> str:
    """Strip stray white space and newlines from a boundary name (``"Warduj\\n"``)."""
    return " ".join(str(value).split()) if value is not None else ""


def slug(name: str) -> str:
    """A stable id fragment: normalised, ASCII, hyphenated."""
    return normalize(name).replace(" ", "-") or "unit"


def area_km2(geoms: gpd.GeoSeries) -> np.ndarray:
    """Area in km² of each geometry, in the equal-area CRS (never degrees)."""
    if geoms.crs is None:
        raise BoundaryError("geometries have no CRS; cannot compute areas")
    return np.asarray(geoms.to_crs(settings.EQUAL_AREA_CRS).area.to_numpy() / 1e6)


def read_polygons(
    path: str | Path, *, layer: str | None = None, assume_crs: str | None = None
) -> gpd.GeoDataFrame:
    """Read a polygon file and make its geometry usable, reporting what was wrong.

    Z coordinates are dropped, invalid polygons repaired with ``make_valid`` (a warning),
    and the result is in EPSG:4326. Empty, missing or non-polygonal geometries and a
    missing CRS (unless ``assume_crs``) are errors naming the rows.
    """
    path = Path(path)
    try:
        gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except Exception as e:  # pyogrio raises several types for unreadable files
        raise BoundaryError(
            f"{path}: cannot read as a vector file ({e}). Valid: GeoJSON, "
            "Shapefile, GeoPackage, TopoJSON (with --layer)"
        ) from e
    problems: list[Problem] = []
    if len(gdf) == 0:
        raise ValidationError([Problem(str(path), None, None, None, "file has no features")])
    if gdf.crs is None:
        if assume_crs is None:
            raise ValidationError(
                [
                    Problem(
                        str(path),
                        None,
                        "crs",
                        None,
                        "file has no CRS; pass --assume-crs EPSG:4326 "
                        "(or the right one) if you know it",
                    )
                ]
            )
        gdf = gdf.set_crs(assume_crs)
    geoms = gdf.geometry.to_numpy()
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    for i in np.flatnonzero(missing):
        problems.append(
            Problem(
                str(path),
                int(i) + 1,
                "geometry",
                None,
                "empty or missing geometry; every unit needs a polygon",
            )
        )
    ok = ~missing
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, [3, 6, 7])  # Polygon, MultiPolygon, GeometryCollection
    for i in np.flatnonzero(ok & ~polygonal):
        problems.append(
            Problem(
                str(path),
                int(i) + 1,
                "geometry",
                shapely.get_type_id(geoms[i]).__str__(),
                "not a polygon; units must be Polygon or MultiPolygon",
            )
        )
    if problems:
        raise ValidationError(problems, summary=f"{path}: unusable geometries")
    geoms = shapely.force_2d(geoms)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        warnings.warn(
            f"{path}: {int(invalid.sum())} invalid polygon(s) repaired with "
            f"make_valid (rows {list(np.flatnonzero(invalid)[:10] + 1)})",
            stacklevel=2,
        )
        fixed = shapely.make_valid(geoms[invalid])
        # make_valid can return collections with stray lines; keep the polygonal part
        geoms[invalid] = [_polygonal(g) for g in fixed]
    gdf = gdf.set_geometry(gpd.GeoSeries(geoms, crs=gdf.crs, index=gdf.index))
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    return gdf


def _polygonal(g: shapely.Geometry) -> shapely.Geometry:
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def assign_parent(children: gpd.GeoDataFrame, parents: gpd.GeoDataFrame) -> pd.DataFrame:
    """For each child polygon, the parent it overlaps most and the share of its area inside.

    Returns a frame indexed like ``children`` with ``parent`` (a ``parents`` index label)
    and ``overlap`` (0..1). Computed in the equal-area CRS.
    """
    c = children[["geometry"]].to_crs(settings.EQUAL_AREA_CRS)
    p = parents[["geometry"]].to_crs(settings.EQUAL_AREA_CRS)
    c = c.reset_index(drop=True)
    p = p.reset_index(drop=True)
    pairs = gpd.sjoin(c, p, predicate="intersects", how="inner")
    inter = shapely.area(
        shapely.intersection(
            c.geometry.to_numpy()[pairs.index.to_numpy()],
            p.geometry.to_numpy()[pairs["index_right"].to_numpy()],
        )
    )
    frame = pd.DataFrame(
        {"child": pairs.index.to_numpy(), "parent": pairs["index_right"].to_numpy(), "inter": inter}
    )
    best = frame.sort_values(["child", "inter"], ascending=[True, False]).drop_duplicates("child")
    best = best.set_index("child").reindex(range(len(c)))
    overlap = best["inter"].to_numpy() / shapely.area(c.geometry.to_numpy())
    parent_labels = np.where(
        best["parent"].isna(), None, parents.index.to_numpy()[best["parent"].fillna(0).astype(int)]
    )
    return pd.DataFrame({"parent": parent_labels, "overlap": overlap}, index=children.index)


def load_units(
    boundary: str = settings.DEFAULT_BOUNDARY,
    *,
    path: str | Path | None = None,
    name_column: str | None = None,
    parent_column: str | None = None,
    layer: str | None = None,
    assume_crs: str | None = None,
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    session: requests.Session | None = None,
) -> UnitSet:
    """Load a boundary set (or a user file with ``path=``) as a :class:`UnitSet`.

    Parameters
    ----------
    boundary
        Registry name (``afg-districts``, ``afg-provinces``) or ``gb:ISO3:ADMn``.
    path
        A polygon file of your own instead; ``name_column`` names its unit-name column and
        ``parent_column`` (optional) its province column.

    Examples
    --------
    >>> us = load_units("afg-districts", mirror="../shared/data/boundaries")  # doctest: +SKIP
    >>> len(us.units), round(us.total_area_km2)                                # doctest: +SKIP
    (398, 641...)
    """
    fetch_kw: dict[str, Any] = {"mirror": mirror, "cache_dir": cache_dir, "session": session}
    if path is not None:
        return _load_user_file(
            Path(path),
            name_column=name_column,
            parent_column=parent_column,
            layer=layer,
            assume_crs=assume_crs,
        )
    bset = get(boundary)
    main = fetch(boundary, **fetch_kw)
    hashes = {f.name: (f.sha256 or sha256_file(main.parent / f.name)) for f in bset.files}
    if bset.country == "AFG" and bset.level in ("district", "province"):
        return _load_afg(bset, main, hashes, fetch_kw)
    return _load_generic(bset, main, hashes, fetch_kw)


def _afg_provinces(path: Path) -> gpd.GeoDataFrame:
    raw = read_polygons(path)
    table = pd.DataFrame(read_province_table()).set_index("pcode")
    unknown = sorted(set(raw["admin1Pcode"]) - set(table.index))
    if unknown:
        raise BoundaryError(f"{path}: province codes {unknown} are not in the built-in table")
    joined = table.loc[raw["admin1Pcode"]]
    out = gpd.GeoDataFrame(
        {
            "name": joined["name"].to_numpy(),
            "province": joined["name"].to_numpy(),
            "iso_3166_2": joined["iso_3166_2"].to_numpy(),
            "source_id": raw["shapeID"].to_numpy(),
            "spellings": [
                sorted({clean_name(a), clean_name(b), *filter(None, str(al).split("|"))})
                for a, b, al in zip(
                    raw["PROV_34_NA"],
                    raw["admin1Name_en"],
                    joined["aliases"].fillna(""),
                    strict=True,
                )
            ],
        },
        geometry=raw.geometry.to_numpy(),
        crs=raw.crs,
    )
    return out.set_index(pd.Index(joined["iso_3166_2"].to_numpy(), name="unit_id"))


def _load_afg(
    bset: BoundarySet, main: Path, hashes: dict[str, str], fetch_kw: dict[str, Any]
) -> UnitSet:
    if bset.level == "province":
        prov = _afg_provinces(main)
        parents = prov
    else:
        parent_set = get(str(bset.parent))
        parent_main = fetch(parent_set.name, **fetch_kw)
        parents = _afg_provinces(parent_main)
        hashes.update({f.name: str(f.sha256) for f in parent_set.files})
    spellings = {
        str(n): list(s) for n, s in zip(parents["name"], parents["spellings"], strict=True)
    }
    outlines = gpd.GeoDataFrame(
        {"iso_3166_2": parents.index.to_numpy()},
        geometry=parents.geometry.to_numpy(),
        crs=parents.crs,
        index=pd.Index(parents["name"].to_numpy(), name="province"),
    )
    if bset.level == "province":
        units = parents.drop(columns=["spellings"])
    else:
        raw = read_polygons(main)
        names = raw[bset.name_column].map(clean_name)
        owner = assign_parent(raw, parents)
        if owner["parent"].isna().any():
            bad = names[owner["parent"].isna()].tolist()
            raise BoundaryError(f"districts {bad} overlap no province")
        iso = owner["parent"].astype(str)
        prov_name = parents.loc[iso, "name"].to_numpy()
        ids = _unique_ids([f"{i}/{slug(n)}" for i, n in zip(iso, names, strict=True)])
        units = gpd.GeoDataFrame(
            {
                "name": names.to_numpy(),
                "province": prov_name,
                "iso_3166_2": iso.to_numpy(),
                "source_id": raw[bset.id_column].astype(str).to_numpy() if bset.id_column else ids,
                "overlap": owner["overlap"].to_numpy(),
            },
            geometry=raw.geometry.to_numpy(),
            crs=raw.crs,
            index=pd.Index(ids, name="unit_id"),
        )
    units["area_km2"] = area_km2(units.geometry)
    units = units.sort_index()
    return UnitSet(
        units=units,
        level=bset.level,
        boundary=bset.name,
        title=bset.title,
        attribution=bset.attribution,
        licence=bset.licence,
        files=hashes,
        published_area_km2=bset.published_area_km2,
        provinces=outlines,
        province_spellings=spellings,
    )


def _unique_ids(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0) + 1
        seen[i] = n
        out.append(i if n == 1 else f"{i}-{n}")
    return out


def _load_generic(
    bset: BoundarySet, main: Path, hashes: dict[str, str], fetch_kw: dict[str, Any]
) -> UnitSet:
    raw = read_polygons(main, layer=bset.layer, assume_crs="EPSG:4326" if bset.layer else None)
    names = raw[bset.name_column].map(clean_name)
    outlines = None
    if bset.parent:
        parent_set = get(bset.parent)
        parent_raw = read_polygons(fetch(parent_set.name, **fetch_kw))
        parent_raw.index = pd.Index(
            parent_raw[parent_set.name_column].map(clean_name), name="province"
        )
        province = assign_parent(raw, parent_raw)["parent"].fillna("").astype(str)
        outlines = parent_raw[["geometry"]]
    elif bset.level in ("ADM1", "province"):
        province = names
    else:
        province = pd.Series([""] * len(raw), index=raw.index)
    return _unitset_from(
        raw,
        names,
        province,
        bset.name,
        bset.level,
        title=bset.title,
        attribution=bset.attribution,
        licence=bset.licence,
        files=hashes,
        outlines=outlines,
        id_column=bset.id_column,
    )


def _unitset_from(
    raw: gpd.GeoDataFrame,
    names: pd.Series,
    province: pd.Series,
    boundary: str,
    level: str,
    *,
    title: str,
    attribution: str,
    licence: str,
    files: dict[str, str],
    outlines: gpd.GeoDataFrame | None,
    id_column: str | None,
) -> UnitSet:
    level_kind = "province" if level in ("ADM1", "province") else "district"
    if id_column and id_column in raw and raw[id_column].is_unique:
        ids = raw[id_column].astype(str).tolist()
    else:
        ids = _unique_ids(
            [
                f"{slug(p)}/{slug(n)}" if p and level_kind == "district" else slug(n)
                for p, n in zip(province, names, strict=True)
            ]
        )
    units = gpd.GeoDataFrame(
        {
            "name": names.to_numpy(),
            "province": province.to_numpy(),
            "iso_3166_2": [""] * len(raw),
            "source_id": ids,
        },
        geometry=raw.geometry.to_numpy(),
        crs=raw.crs,
        index=pd.Index(ids, name="unit_id"),
    )
    units["area_km2"] = area_km2(units.geometry)
    if outlines is None and level_kind == "district" and (province != "").any():
        outlines = units.dissolve(by="province")[["geometry"]]
    return UnitSet(
        units=units.sort_index(),
        level=level_kind,
        boundary=boundary,
        title=title,
        attribution=attribution,
        licence=licence,
        files=files,
        provinces=outlines,
    )


def _load_user_file(
    path: Path,
    *,
    name_column: str | None,
    parent_column: str | None,
    layer: str | None,
    assume_crs: str | None,
) -> UnitSet:
    if not name_column:
        raise BoundaryError(f"{path}: say which column holds unit names (--name-column)")
    raw = read_polygons(path, layer=layer, assume_crs=assume_crs)
    for col in filter(None, [name_column, parent_column]):
        if col not in raw.columns:
            cols = [c for c in raw.columns if c != "geometry"]
            raise BoundaryError(f"{path}: no column {col!r}; columns are {cols}")
    names = raw[name_column].map(clean_name)
    empty = names == ""
    if empty.any():
        raise ValidationError(
            [
                Problem(str(path), int(i) + 1, name_column, "", "empty unit name")
                for i in np.flatnonzero(empty)
            ]
        )
    if parent_column:
        province = raw[parent_column].map(clean_name)
        level = "district"
    else:
        province = names
        level = "province"
    return _unitset_from(
        raw,
        names,
        province,
        str(path),
        level,
        title=path.name,
        attribution=f"Boundaries: {path.name} (user file)",
        licence="as stated by the file's provider",
        files={path.name: sha256_file(path)},
        outlines=None,
        id_column=None,
    )


def load_countries(
    *,
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    session: requests.Session | None = None,
) -> gpd.GeoDataFrame:
    """Natural Earth country polygons (``world-countries``), for :mod:`mapper.borders`.

    The TopoJSON declares no CRS; it is lon/lat WGS84 and :func:`mapper.borders.border_segments`
    treats an unset CRS as such. ``id`` holds the ISO 3166-1 numeric code as a string.
    """
    bset = get("world-countries")
    path = fetch(bset.name, mirror=mirror, cache_dir=cache_dir, session=session)
    return gpd.read_file(path, layer=bset.layer or "countries")
