"""Units of a boundary set: names, parents, ids and areas, checked and cached."""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .. import settings
from .._http import sha256_file
from .._lazy import LazyModule
from ..errors import BoundaryError
from ..matching import Gazetteer, read_aliases, read_places, read_province_table, reported_aliases
from . import _cache
from ._fetch import fetch, file_hashes
from ._quality import OverlapMode, Quality, check_names, measure_gaps, resolve_overlaps
from ._read import check_areas, clean_name, read_polygons, slug
from ._registry import BoundarySet, get

if TYPE_CHECKING:
    import geopandas as gpd
    import requests
    import shapely
else:  # imported when first used: a cached set's attributes need neither
    gpd = LazyModule("geopandas")
    shapely = LazyModule("shapely")

log = logging.getLogger("mapper.boundaries")


@dataclass
class UnitSet:
    """Units of one boundary set, ready for claims.

    ``units`` is indexed by ``unit_id`` with columns ``name``, ``province`` (the parent's
    name; in a one-level set the unit's own name), ``iso_3166_2``, ``source_id``,
    ``area_km2`` and ``geometry`` (EPSG:4326). ``provinces`` holds the parent outlines
    (index parent name) for drawing.

    ``levels`` is 2 when units sit under parents (districts in provinces, counties in
    states) and 1 for a one-level set, whose ledger may name units in the ``province``,
    ``district`` or ``unit`` column. ``country`` is the ISO 3166-1 alpha-3 code of the
    country the set covers, when known (``"AFG"``, ``"USA"``). ``quality`` holds what the
    checks measured (overlaps resolved, gaps); ``cache_state`` says whether the set was
    read from the processed-boundary cache (``"cached"``), built and stored (``"built"``)
    or built without the cache (``"off"``).
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
    country: str | None = None
    levels: int = 2
    quality: Quality = field(default_factory=Quality)
    cache_state: str = "off"
    cache_path: str | None = None

    @property
    def table(self) -> pd.DataFrame:
        """The units' attributes (index ``unit_id``; ``name``, ``province``, ``area_km2``...).

        Use it where no geometry is needed: here it is ``units`` itself; a set read from
        the processed-boundary cache (:class:`CachedUnitSet`) answers from a small table
        without decoding any polygon or importing geopandas.
        """
        return self.units

    @property
    def total_area_km2(self) -> float:
        return float(self.table["area_km2"].sum())

    def gazetteer(self, *, aliases: str | Path | None = None) -> Gazetteer:
        """Name lookup for this set, with built-in and optional user aliases."""
        table = read_aliases() + reported_aliases() + (read_aliases(aliases) if aliases else [])
        provinces = dict(self.province_spellings)
        attrs = self.table
        for p in attrs["province"].unique():
            provinces.setdefault(str(p), [])
        districts = (
            {}
            if self.level == "province"
            else {
                uid: (str(n), str(p))
                for uid, n, p in zip(attrs.index, attrs["name"], attrs["province"], strict=True)
            }
        )
        return Gazetteer(districts, provinces, aliases=table, places=read_places())


_UNREAD: Any = object()


class CachedUnitSet(UnitSet):
    """A :class:`UnitSet` read from the processed-boundary cache, geometry decoded lazily.

    ``table`` (every column but ``geometry``) is read at once from the entry's small Arrow
    file; ``units`` and ``provinces`` (GeoDataFrames) are read from its GeoParquet files on
    first use. A command that neither draws nor measures (``stats``, ``validate``) then
    never decodes a polygon nor imports geopandas. Assigning ``units`` drops the table
    (it then answers from the new ``units``).
    """

    def attach(
        self,
        table: pd.DataFrame,
        read_units: Callable[[], gpd.GeoDataFrame],
        read_parents: Callable[[], gpd.GeoDataFrame | None],
    ) -> CachedUnitSet:
        self.__dict__.update(_table=table, _read_units=read_units, _read_parents=read_parents)
        return self

    @property  # type: ignore[override]
    def units(self) -> gpd.GeoDataFrame:
        value = self.__dict__.get("_units", _UNREAD)
        if value is _UNREAD:
            value = self.__dict__["_units"] = self.__dict__["_read_units"]()
        return value

    @units.setter
    def units(self, value: gpd.GeoDataFrame) -> None:
        if value is not _UNREAD:
            self.__dict__.pop("_table", None)
        self.__dict__["_units"] = value

    @property  # type: ignore[override]
    def provinces(self) -> gpd.GeoDataFrame | None:
        value = self.__dict__.get("_provinces", _UNREAD)
        if value is _UNREAD:
            value = self.__dict__["_provinces"] = self.__dict__["_read_parents"]()
        return value

    @provinces.setter
    def provinces(self, value: gpd.GeoDataFrame | None) -> None:
        self.__dict__["_provinces"] = value

    @property
    def table(self) -> pd.DataFrame:
        table = self.__dict__.get("_table")
        return table if table is not None else self.units

    def __getstate__(self) -> dict[str, Any]:
        # pickled or deep-copied with its frames read (the readers are closures)
        state = dict(self.__dict__)
        state.update(_units=self.units, _provinces=self.provinces)
        state.pop("_read_units", None)
        state.pop("_read_parents", None)
        return state


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


@dataclass(frozen=True)
class LoadPlan:
    """What :func:`load_units` will read: input hashes, the cache key, and how to build."""

    label: str
    cache: Path
    hashes: dict[str, str]
    key: str
    build: Callable[[], UnitSet]

    @property
    def cached(self) -> bool:
        return (_cache.entry_dir(self.cache, self.key) / "meta.json").is_file()

    @property
    def entry(self) -> Path:
        return _cache.entry_dir(self.cache, self.key)


def plan_load(
    boundary: str = settings.DEFAULT_BOUNDARY,
    *,
    path: str | Path | None = None,
    name_column: str | None = None,
    parent_column: str | None = None,
    parent_file: str | Path | None = None,
    parent_name_column: str | None = None,
    id_column: str | None = None,
    layer: str | None = None,
    assume_crs: str | None = None,
    overlaps: OverlapMode = "refuse",
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    session: requests.Session | None = None,
) -> LoadPlan:
    """Fetch and hash the inputs of :func:`load_units` (same arguments) without loading."""
    fetch_kw: dict[str, Any] = {"mirror": mirror, "cache_dir": cache_dir, "session": session}
    cache = Path(cache_dir) if cache_dir is not None else settings.default_cache_dir()
    build: Callable[[], UnitSet]
    if path is not None:
        src = Path(path)
        psrc = Path(parent_file) if parent_file is not None else None
        hashes = _local_hashes(src)
        if psrc is not None:
            hashes.update({f"parent:{k}": v for k, v in _local_hashes(psrc).items()})
        options: dict[str, Any] = {
            "path": src,
            "name_column": name_column,
            "parent_column": parent_column,
            "parent_file": psrc,
            "parent_name_column": parent_name_column,
            "id_column": id_column,
            "layer": layer,
            "assume_crs": assume_crs,
            "overlaps": overlaps,
        }

        def build() -> UnitSet:
            return _load_user_file(
                src,
                name_column=name_column,
                parent_column=parent_column,
                parent_file=psrc,
                parent_name_column=parent_name_column,
                id_column=id_column,
                layer=layer,
                assume_crs=assume_crs,
                overlaps=overlaps,
            )
    else:
        bset = get(boundary)
        main = fetch(boundary, **fetch_kw)
        hashes = file_hashes(boundary, main, cache_dir=cache_dir)
        parent_main: Path | None = None
        if bset.parent:
            parent_main = fetch(bset.parent, **fetch_kw)
            hashes.update(file_hashes(bset.parent, parent_main, cache_dir=cache_dir))
        options = {"boundary": boundary, "overlaps": overlaps}

        def build() -> UnitSet:
            if bset.country == "AFG" and bset.level in ("district", "province"):
                return _load_afg(bset, main, parent_main, overlaps=overlaps)
            return _load_generic(bset, main, parent_main, overlaps=overlaps)

    label = str(path) if path is not None else boundary
    return LoadPlan(label, cache, hashes, _cache.cache_key(hashes, options), build)


def load_units(
    boundary: str = settings.DEFAULT_BOUNDARY,
    *,
    path: str | Path | None = None,
    name_column: str | None = None,
    parent_column: str | None = None,
    parent_file: str | Path | None = None,
    parent_name_column: str | None = None,
    id_column: str | None = None,
    layer: str | None = None,
    assume_crs: str | None = None,
    overlaps: OverlapMode = "refuse",
    mirror: str | Path | None = None,
    cache_dir: str | Path | None = None,
    session: requests.Session | None = None,
    use_cache: bool = True,
) -> UnitSet:
    """Load a boundary set (or a user file with ``path=``) as a :class:`UnitSet`.

    The processed result is cached per (files' sha256, options, processing version) in
    ``<cache_dir>/processed/`` (see :mod:`mapper.boundaries._cache`); ``use_cache=False``
    builds it from the files every time.

    Parameters
    ----------
    boundary
        Registry name (``afg-districts``, ``us-counties``) or ``gb:ISO3:ADMn``.
    path
        A polygon file of your own instead; ``name_column`` names its unit-name column.
    parent_column, parent_file
        The parent of each unit of ``path``: a column of names, or a second polygon file
        (names in ``parent_name_column``, default ``name_column``) whose polygon each unit
        overlaps most, in the equal-area CRS. Neither: a one-level set.
    id_column
        A column of unique ids: units are keyed by it, and units with the same name (or
        none) are told apart by it.
    overlaps
        ``"refuse"`` (default): overlaps above the tolerance are an error naming the pairs;
        ``"clip"``: each overlap goes to the smaller unit (see :mod:`._quality`).

    Raises
    ------
    BoundaryError, ValidationError
        Unknown set, unreadable file, bad CRS, bad names, overlaps, unmeasurable areas.

    Examples
    --------
    >>> us = load_units("afg-districts", mirror="../shared/data/boundaries")  # doctest: +SKIP
    >>> len(us.units), round(us.total_area_km2)                                # doctest: +SKIP
    (398, 641...)
    """
    plan = plan_load(
        boundary,
        path=path,
        name_column=name_column,
        parent_column=parent_column,
        parent_file=parent_file,
        parent_name_column=parent_name_column,
        id_column=id_column,
        layer=layer,
        assume_crs=assume_crs,
        overlaps=overlaps,
        mirror=mirror,
        cache_dir=cache_dir,
        session=session,
    )
    cache, hashes, build = plan.cache, plan.hashes, plan.build
    key = plan.key
    if use_cache:
        hit = _cache.read(cache, key, rebuild=build)
        if hit is not None:
            _replay(hit.quality)
            return hit
    label = plan.label
    log.info("%s: processing boundaries (%s)", label, "not cached yet" if use_cache else "no cache")
    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        us = build()
    us.files = hashes
    us.quality.warnings = [str(w.message) for w in caught] + us.quality.warnings
    log.info("%s: processed %d units in %.2f s", label, len(us.units), time.perf_counter() - t0)
    if use_cache:
        stored = _cache.write(cache, key, us)
        us.cache_state = "built" if stored else "off"
        us.cache_path = str(stored) if stored else None
    _replay(us.quality)
    return us


def _replay(q: Quality) -> None:
    # the same warnings on a cold and a warm call: what the checks found, every time
    for msg in q.warnings:
        warnings.warn(msg, UserWarning, stacklevel=3)


def _local_hashes(path: Path) -> dict[str, str]:
    """sha256 of a user file and, for a shapefile, of its sidecar files."""
    if not path.is_file():
        raise BoundaryError(f"{path}: no such file")
    files = [path]
    if path.suffix.lower() == ".shp":
        files += sorted(p for p in path.parent.glob(path.stem + ".*") if p != path and p.is_file())
    return {p.name: sha256_file(p) for p in files}


def _checked(
    raw: gpd.GeoDataFrame,
    names: pd.Series,
    parents: pd.Series | None,
    *,
    source: str,
    name_column: str,
    ids: pd.Series | None,
    id_column: str | None,
    overlaps: OverlapMode,
) -> tuple[pd.Series, np.ndarray, np.ndarray, Quality]:
    """Names checked, geometry without overlaps (EPSG:4326) and areas, with what was found."""
    names, name_warnings = check_names(
        source, names, parents, name_column=name_column, ids=ids, id_column=id_column
    )
    geo = raw.geometry
    ea = geo.to_crs(settings.EQUAL_AREA_CRS).to_numpy()
    labels = [
        f"{n!r}" + (f" ({p})" if parents is not None and p else "") + f" (row {i + 1})"
        for i, (n, p) in enumerate(
            zip(names, parents if parents is not None else [""] * len(names), strict=True)
        )
    ]
    draw, q = resolve_overlaps(ea, geo.to_numpy(), labels, source=source, mode=overlaps)
    if q.clipped_units:
        ea = gpd.GeoSeries(draw, crs=geo.crs).to_crs(settings.EQUAL_AREA_CRS).to_numpy()
    areas = np.asarray(shapely.area(ea) / 1e6, dtype=float)
    check_areas(source, areas, [str(n) for n in names])
    measure_gaps(ea, q)
    q.warnings.extend(name_warnings)
    return names, draw, areas, q


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
    bset: BoundarySet, main: Path, parent_main: Path | None, *, overlaps: OverlapMode
) -> UnitSet:
    parents = _afg_provinces(main if bset.level == "province" else Path(str(parent_main)))
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
        _, draw, areas, q = _checked(
            units,
            units["name"],
            None,
            source=str(main),
            name_column="PROV_34_NA",
            ids=None,
            id_column=None,
            overlaps=overlaps,
        )
    else:
        raw = read_polygons(main)
        names = raw[bset.name_column].map(clean_name)
        owner = assign_parent(raw, parents)
        if owner["parent"].isna().any():
            bad = names[owner["parent"].isna()].tolist()
            raise BoundaryError(f"districts {bad} overlap no province")
        iso = owner["parent"].astype(str)
        prov_name = pd.Series(parents.loc[iso, "name"].to_numpy(), index=raw.index)
        names, draw, areas, q = _checked(
            raw,
            names,
            prov_name,
            source=str(main),
            name_column=bset.name_column,
            ids=raw[bset.id_column].astype(str) if bset.id_column else None,
            id_column=bset.id_column,
            overlaps=overlaps,
        )
        ids = _unique_ids([f"{i}/{slug(n)}" for i, n in zip(iso, names, strict=True)])
        units = gpd.GeoDataFrame(
            {
                "name": names.to_numpy(),
                "province": prov_name.to_numpy(),
                "iso_3166_2": iso.to_numpy(),
                "source_id": raw[bset.id_column].astype(str).to_numpy() if bset.id_column else ids,
                "overlap": owner["overlap"].to_numpy(),
            },
            geometry=raw.geometry.to_numpy(),
            crs=raw.crs,
            index=pd.Index(ids, name="unit_id"),
        )
    units = units.set_geometry(gpd.GeoSeries(draw, crs=units.crs, index=units.index))
    units["area_km2"] = areas
    units = units.sort_index()
    return UnitSet(
        units=units,
        level=bset.level,
        boundary=bset.name,
        title=bset.title,
        attribution=bset.attribution,
        licence=bset.licence,
        published_area_km2=bset.published_area_km2,
        provinces=outlines,
        province_spellings=spellings,
        country=bset.country,
        levels=1 if bset.level == "province" else 2,
        quality=q,
    )


def _unique_ids(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0) + 1
        seen[i] = n
        out.append(i if n == 1 else f"{i}-{n}")
    return out


def _id_values(raw: gpd.GeoDataFrame, column: str | None, source: str) -> pd.Series | None:
    if column is None:
        return None
    if column not in raw.columns:
        cols = [c for c in raw.columns if c != "geometry"]
        raise BoundaryError(f"{source}: no id column {column!r}; columns are {cols}")
    ids = raw[column].map(clean_name)
    bad = (ids == "") | ids.duplicated(keep=False)
    if bad.any():
        rows = [int(i) + 1 for i in np.flatnonzero(bad.to_numpy())][:20]
        raise BoundaryError(
            f"{source}: id column {column!r} is not a unique id: empty or repeated values in "
            f"rows {rows}"
        )
    return ids


def _read_layer(bset: BoundarySet, path: Path) -> gpd.GeoDataFrame:
    # TopoJSON declares no CRS; by the TopoJSON spec (and every file the registry pins)
    # an unprojected topology is lon/lat
    return read_polygons(
        path,
        layer=bset.layer,
        assume_crs="EPSG:4326" if bset.layer else None,
        exclude=bset.exclude,
        exclude_column=bset.id_column,
    )


def _load_generic(
    bset: BoundarySet, main: Path, parent_main: Path | None, *, overlaps: OverlapMode
) -> UnitSet:
    raw = _read_layer(bset, main)
    names = raw[bset.name_column].map(clean_name)
    source = f"{bset.name} ({main.name})"
    ids = _id_values(raw, bset.id_column, source) if bset.id_column in raw.columns else None
    outlines = None
    province: pd.Series | None = None
    if bset.parent:
        pset = get(bset.parent)
        praw = _read_layer(pset, Path(str(parent_main)))
        pnames = praw[pset.name_column].map(clean_name)
        if bset.parent_id_chars:
            pids = _id_values(praw, pset.id_column, pset.name)
            if ids is None or pids is None:
                raise BoundaryError(f"{bset.name}: parent by id needs id columns in both sets")
            by_id = dict(zip(pids, pnames, strict=True))
            prefix = ids.str[: bset.parent_id_chars]
            province = prefix.map(by_id)
            if province.isna().any():
                bad = sorted(set(prefix[province.isna()]))
                raise BoundaryError(
                    f"{source}: units whose id prefix {bad} is no {pset.name} id; "
                    f"valid: {sorted(by_id)[:60]}"
                )
        else:
            praw.index = pd.Index(pnames, name="province")
            province = assign_parent(raw, praw)["parent"].fillna("").astype(str)
        outlines = gpd.GeoDataFrame(
            geometry=praw.geometry.to_numpy(),
            crs=praw.crs,
            index=pd.Index(pnames.to_numpy(), name="province"),
        )
    return _unitset_from(
        raw,
        names,
        province,
        bset.name,
        bset.level,
        title=bset.title,
        attribution=bset.attribution,
        licence=bset.licence,
        outlines=outlines,
        ids=ids,
        id_column=bset.id_column,
        name_column=bset.name_column,
        source=source,
        overlaps=overlaps,
        country=bset.country,
        published_area_km2=bset.published_area_km2,
    )


def _unitset_from(
    raw: gpd.GeoDataFrame,
    names: pd.Series,
    province: pd.Series | None,
    boundary: str,
    level: str,
    *,
    title: str,
    attribution: str,
    licence: str,
    outlines: gpd.GeoDataFrame | None,
    ids: pd.Series | None,
    id_column: str | None,
    name_column: str,
    source: str,
    overlaps: OverlapMode,
    country: str | None = None,
    published_area_km2: float | None = None,
) -> UnitSet:
    two_level = province is not None
    names, draw, areas, q = _checked(
        raw,
        names,
        province,
        source=source,
        name_column=name_column,
        ids=ids,
        id_column=id_column,
        overlaps=overlaps,
    )
    if province is not None:
        prov = province
    else:
        # a one-level set is its own parent level: a name shared by two units (told apart
        # by id) gets its id after "#" there, so a ledger naming it alone matches neither
        # and the reader suggests both ("A #1", "A #2") instead of picking one
        folded = names.str.casefold()
        shared = folded.duplicated(keep=False).to_numpy()
        prov = names.copy()
        if shared.any() and ids is not None:
            prov[shared] = [f"{n} #{i}" for n, i in zip(names[shared], ids[shared], strict=True)]
    if ids is not None:
        keys = ids.tolist()
    else:
        keys = _unique_ids(
            [
                f"{slug(p)}/{slug(n)}" if two_level and p else slug(n)
                for p, n in zip(prov, names, strict=True)
            ]
        )
    units = gpd.GeoDataFrame(
        {
            "name": names.to_numpy(),
            "province": prov.to_numpy(),
            "iso_3166_2": [""] * len(raw),
            "source_id": keys,
        },
        geometry=draw,
        crs=raw.crs,
        index=pd.Index(keys, name="unit_id"),
    )
    units["area_km2"] = areas
    if outlines is None and two_level and (prov != "").any():
        outlines = units.dissolve(by="province")[["geometry"]]
    return UnitSet(
        units=units.sort_index(),
        level="district" if two_level else "province",
        boundary=boundary,
        title=title,
        attribution=attribution,
        licence=licence,
        provinces=outlines,
        country=country,
        levels=2 if two_level else 1,
        quality=q,
        published_area_km2=published_area_km2,
    )


def _load_user_file(
    path: Path,
    *,
    name_column: str | None,
    parent_column: str | None,
    parent_file: Path | None,
    parent_name_column: str | None,
    id_column: str | None,
    layer: str | None,
    assume_crs: str | None,
    overlaps: OverlapMode,
) -> UnitSet:
    if not name_column:
        raise BoundaryError(f"{path}: say which column holds unit names (--name-column)")
    if parent_column and parent_file:
        raise BoundaryError("give the parents as --parent-column or --parent-file, not both")
    raw = read_polygons(path, layer=layer, assume_crs=assume_crs)
    for col in filter(None, [name_column, parent_column]):
        if col not in raw.columns:
            cols = [c for c in raw.columns if c != "geometry"]
            raise BoundaryError(f"{path}: no column {col!r}; columns are {cols}")
    names = raw[name_column].map(clean_name)
    ids = _id_values(raw, id_column, str(path))
    province: pd.Series | None = None
    outlines = None
    if parent_column:
        province = raw[parent_column].map(clean_name)
        empty = province == ""
        if empty.any():
            rows = [int(i) + 1 for i in np.flatnonzero(empty.to_numpy())][:20]
            raise BoundaryError(
                f"{path}: column {parent_column!r} is empty in rows {rows}; every unit needs "
                "its parent's name"
            )
    elif parent_file is not None:
        pcol = parent_name_column or name_column
        praw = read_polygons(parent_file, assume_crs=assume_crs)
        if pcol not in praw.columns:
            cols = [c for c in praw.columns if c != "geometry"]
            raise BoundaryError(
                f"{parent_file}: no column {pcol!r} (--parent-name-column); columns are {cols}"
            )
        pnames = praw[pcol].map(clean_name)
        check_names(str(parent_file), pnames, None, name_column=pcol, ids=None, id_column=None)
        praw.index = pd.Index(pnames, name="province")
        owner = assign_parent(raw, praw)
        if owner["parent"].isna().any():
            rows = [int(i) + 1 for i in np.flatnonzero(owner["parent"].isna().to_numpy())][:20]
            raise BoundaryError(f"{path}: units in rows {rows} overlap no polygon of {parent_file}")
        province = owner["parent"].astype(str)
        outlines = gpd.GeoDataFrame(
            geometry=praw.geometry.to_numpy(),
            crs=praw.crs,
            index=pd.Index(pnames.to_numpy(), name="province"),
        )
    return _unitset_from(
        raw,
        names,
        province,
        str(path),
        "district" if province is not None else "province",
        title=path.name,
        attribution=f"Boundaries: {path.name} (user file)",
        licence="as stated by the file's provider",
        outlines=outlines,
        ids=ids,
        id_column=id_column,
        name_column=name_column,
        source=str(path),
        overlaps=overlaps,
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
