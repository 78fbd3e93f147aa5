"""The processed-boundary cache: a unit set after all its processing, stored once.

Reading a boundary set means validating and repairing polygons, assigning each unit its
parent by overlap, measuring areas, overlaps and gaps: about two seconds for Afghanistan,
identical on every call. The result is stored in ``<cache>/processed/<key>/`` as GeoParquet
(``units.parquet``, ``parents.parquet``) and ``meta.json``, where ``key`` is a sha256 of the
input files' sha256s, the loading options and :data:`PROCESSING_VERSION` (plus the shapely
and GEOS versions, whose repairs can differ, and a hash of the loading code itself). Any
change to one of them is a different key, so a stale entry is never read. An entry is
written into a temporary folder and renamed into place, so two processes writing the same
entry at once leave one complete copy; an unreadable entry is a cache miss (logged),
rebuilt and replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..settings import DRAW_CRS

if TYPE_CHECKING:
    from collections.abc import Callable

    import geopandas as gpd
    import pandas as pd

    from ._units import UnitSet

log = logging.getLogger("mapper.boundaries")

#: Bump whenever a change to loading (repair, parents, ids, areas, checks) could change a
#: unit set built from the same files: old entries then stop matching.
PROCESSING_VERSION = 1

_META = "meta.json"
#: the units' columns but geometry, as an Arrow IPC file: what ``stats`` reads
_TABLE = "table.arrow"


def _code_hash() -> str:
    """sha256 of the code and tables that shape a unit set.

    A safety net under :data:`PROCESSING_VERSION`: an edited loader (or an upgrade) never
    reads entries built by the old one, even if nobody remembered to bump the version.
    """
    here = Path(__file__).resolve().parent
    paths = [
        *sorted(here.glob("*.py")),
        here.parent / "matching.py",
        here.parent / "data" / "afg_provinces.csv",
    ]
    h = hashlib.sha256()
    for p in paths:
        with contextlib.suppress(OSError):
            h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def cache_key(files: dict[str, str], options: dict[str, Any]) -> str:
    """Hex key for input files (name -> sha256) and loading options."""
    import shapely

    doc = {
        "processing_version": PROCESSING_VERSION,
        "code": _code_hash(),
        "shapely": shapely.__version__,
        "geos": shapely.geos_version_string,
        "files": sorted(files.items()),
        "options": {k: (str(v) if v is not None else None) for k, v in sorted(options.items())},
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode("utf-8")).hexdigest()


def entry_dir(cache_dir: Path, key: str) -> Path:
    return cache_dir / "processed" / key[:32]


def read(cache_dir: Path, key: str, rebuild: Callable[[], UnitSet] | None = None) -> UnitSet | None:
    """The cached unit set for ``key``, or ``None`` (absent, or unreadable: logged).

    Only ``meta.json`` and the attribute table are read here; the polygons are decoded
    when the set's ``units``/``provinces`` are first used (see ``CachedUnitSet``). Should
    the entry have become unreadable by then, that is logged, the entry removed, and the
    frames come from ``rebuild()`` (the set built from its files) instead.
    """
    folder = entry_dir(cache_dir, key)
    meta_path = folder / _META
    if not meta_path.is_file():
        return None
    t0 = time.perf_counter()
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("key") != key:
            raise ValueError("key recorded in meta.json differs")
        from ._quality import Quality
        from ._units import _UNREAD, CachedUnitSet

        table = _read_table(folder / _TABLE, meta["columns"]["units"])
        us = CachedUnitSet(
            units=_UNREAD,
            level=meta["level"],
            boundary=meta["boundary"],
            title=meta["title"],
            attribution=meta["attribution"],
            licence=meta["licence"],
            files=dict(meta["files"]),
            published_area_km2=meta["published_area_km2"],
            provinces=_UNREAD,
            province_spellings={k: list(v) for k, v in meta["province_spellings"].items()},
            country=meta["country"],
            levels=int(meta["levels"]),
            quality=Quality.from_dict(meta["quality"]),
            cache_state="cached",
            cache_path=str(folder),
        )
        rebuilt: list[UnitSet] = []

        def lazily(file: str, attr: str, columns: list[str] | None) -> Callable[[], Any]:
            def load() -> Any:
                if not rebuilt:
                    try:
                        return None if columns is None else _read_frame(folder / file, columns)
                    except Exception as e:
                        if rebuild is None:
                            raise
                        log.warning(
                            "processed-boundary cache %s unreadable (%s); rebuilding", folder, e
                        )
                        _remove(folder)
                        fresh = rebuild()
                        fresh.files = us.files
                        stored = write(cache_dir, key, fresh)
                        rebuilt.append(fresh)
                        us.__dict__.pop("_table", None)  # answer from the rebuilt units
                        us.cache_state = "built" if stored else "off"
                        us.cache_path = str(stored) if stored else None
                return getattr(rebuilt[0], attr)

            return load

        us.attach(
            table,
            lazily("units.parquet", "units", meta["columns"]["units"]),
            lazily("parents.parquet", "provinces", meta["columns"].get("parents")),
        )
    except Exception as e:  # a half-deleted or foreign entry must never stop a command
        log.warning("processed-boundary cache %s unreadable (%s); rebuilding", folder, e)
        _remove(folder)
        return None
    log.info(
        "%s: processed boundaries read from cache %s in %.3f s",
        us.boundary,
        folder,
        time.perf_counter() - t0,
    )
    return us


def write(cache_dir: Path, key: str, us: UnitSet) -> Path | None:
    """Store ``us`` under ``key`` atomically; ``None`` (logged) if the cache is not writable."""
    final = entry_dir(cache_dir, key)
    meta = {
        "key": key,
        "processing_version": PROCESSING_VERSION,
        "level": us.level,
        "levels": us.levels,
        "boundary": us.boundary,
        "title": us.title,
        "attribution": us.attribution,
        "licence": us.licence,
        "files": us.files,
        "published_area_km2": us.published_area_km2,
        "province_spellings": us.province_spellings,
        "country": us.country,
        "quality": us.quality.to_dict(),
        "units": len(us.units),
        "columns": {
            "units": list(us.units.columns),
            "parents": list(us.provinces.columns) if us.provinces is not None else None,
        },
    }
    frames = [us.units] + ([us.provinces] if us.provinces is not None else [])
    if any(f.crs is None or not f.crs.equals(DRAW_CRS) for f in frames):
        log.warning("%s: not in %s, not cached", us.boundary, DRAW_CRS)
        return None
    tmp: str | None = None
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
        us.units.to_parquet(Path(tmp) / "units.parquet")
        _write_table(Path(tmp) / "units.parquet", Path(tmp) / _TABLE)
        if us.provinces is not None:
            us.provinces.to_parquet(Path(tmp) / "parents.parquet")
        # meta.json last: an entry without it is never read
        (Path(tmp) / _META).write_text(json.dumps(meta, sort_keys=True), "utf-8")
        os.chmod(tmp, 0o755)
        if final.exists() and not (final / _META).is_file():
            _remove(final)  # a broken entry (read() failed on it): replace it
        try:
            os.rename(tmp, final)
        except OSError:
            # another process renamed its identical entry first: keep that one
            log.info("processed-boundary cache %s written by another process", final)
            _remove(Path(tmp))
            return final
        tmp = None
    except (OSError, ImportError) as e:  # ImportError: pyarrow missing from an install
        log.warning("cannot write processed-boundary cache %s: %s", final, e)
        return None
    finally:
        if tmp is not None:
            _remove(Path(tmp))
    log.info("%s: processed boundaries cached in %s", us.boundary, final)
    return final


def _read_frame(path: Path, columns: list[str]) -> gpd.GeoDataFrame:
    """Read a GeoParquet file written by :func:`write`, fast.

    geopandas' reader parses the file's PROJJSON CRS (0.07 s each); every cached frame is
    in EPSG:4326 (checked on write), so the WKB column is decoded directly.
    """
    import geopandas as gpd
    import pyarrow.parquet as pq
    import shapely

    frame = pq.read_table(path).to_pandas()
    geom = shapely.from_wkb(frame.pop("geometry").to_numpy())
    out = gpd.GeoDataFrame(frame, geometry=geom, crs=DRAW_CRS)
    return out[columns]


def _write_table(parquet: Path, path: Path) -> None:
    """The GeoParquet file's columns but geometry, as Arrow IPC: same schema and pandas
    metadata, so :func:`_read_table` gives exactly the attributes of :func:`_read_frame`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    table = table.drop_columns(["geometry"])
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _read_table(path: Path, columns: list[str]) -> pd.DataFrame:
    """The attribute table written by :func:`_write_table` (no geometry, no geopandas)."""
    import pyarrow as pa

    with pa.memory_map(str(path), "r") as source:
        frame = pa.ipc.open_file(source).read_all().to_pandas()
    return frame[[c for c in columns if c != "geometry"]]


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        trash = path.with_name(f".{path.name}.{os.getpid()}.old")
        os.rename(path, trash)
        shutil.rmtree(trash, ignore_errors=True)
