"""Finding a boundary set's files: mirror -> cache -> download, every file hash-checked.

Registered sets pin a sha256 per file in the registry. ``gb:ISO3:ADMn`` files have no
registry pin: the hash is recorded in ``<cache>/gb-ISO3-ADMn/meta.json`` the first time the
file is used (downloaded, or found in a mirror) and every later use, from the cache or from
a mirror, must match it; a mismatch names both hashes. A ``meta.json`` that is not valid
JSON or lacks a well-formed hash is a cache miss: the file is fetched and verified again.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import settings
from .._http import download, get_json, sha256_file
from .._io import write_text
from ..errors import BoundaryError, HashMismatchError
from ._registry import GEOBOUNDARIES_API, BoundarySet, FileSpec, get

if TYPE_CHECKING:
    import requests

log = logging.getLogger("mapper.boundaries")

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _check(path: Path, spec: FileSpec, where: str) -> None:
    if spec.sha256 is None:
        return
    got = sha256_file(path)
    if got != spec.sha256:
        raise HashMismatchError(
            f"{path}: sha256 {got} but {spec.name} is pinned to {spec.sha256} (in the "
            f"{where}). This is a different boundary version; remove it or point "
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

    Raises
    ------
    HashMismatchError
        A file differs from its pin (both hashes named).
    DownloadError
        A missing file could not be downloaded.
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


def pin_path(name: str, *, cache_dir: str | Path | None = None) -> Path:
    """Where the recorded hash of a ``gb:`` set lives (``<cache>/gb-ISO3-ADMn/meta.json``)."""
    cache = Path(cache_dir) if cache_dir is not None else settings.default_cache_dir()
    return cache / name.replace(":", "-") / "meta.json"


def read_pin(meta_path: Path) -> dict[str, Any] | None:
    """The recorded metadata of a ``gb:`` set, or ``None`` when absent or unusable.

    A malformed or incomplete file is logged and treated as absent (a cache miss), never
    as a crash and never as a pass.
    """
    if not meta_path.is_file():
        return None
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        log.warning("%s: unreadable (%s); treating it as a cache miss", meta_path, e)
        return None
    if not isinstance(meta, dict) or not _HEX64.match(str(meta.get("sha256", ""))):
        log.warning("%s: no valid sha256 recorded; treating it as a cache miss", meta_path)
        return None
    return meta


def _fetch_geoboundaries(
    bset: BoundarySet, mirror_dir: Path | None, cache: Path, session: requests.Session | None
) -> Path:
    fname = bset.main
    folder = cache / bset.name.replace(":", "-")
    dest, meta_path = folder / fname, folder / "meta.json"
    meta = read_pin(meta_path)
    if mirror_dir is not None and (mirror_dir / fname).is_file():
        src = mirror_dir / fname
        if meta is not None:
            _check(src, FileSpec(fname, (), str(meta["sha256"])), f"mirror {mirror_dir}")
            return src
        got = sha256_file(src)
        log.warning(
            "%s: first use of %s from mirror %s; recording sha256 %s in %s",
            bset.name,
            fname,
            mirror_dir,
            got,
            meta_path,
        )
        _write_pin(meta_path, {"sha256": got, "source": f"mirror {mirror_dir}", "file": fname})
        return src
    if dest.is_file() and meta is not None:
        _check(dest, FileSpec(fname, (), str(meta["sha256"])), f"cache {folder}")
        log.info("%s: cache hit %s", bset.name, dest)
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
    record: dict[str, Any] = {
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
    record["sha256"] = sha256_file(dest)
    record["api"] = api
    record["file"] = fname
    _write_pin(meta_path, record)
    return dest


def _write_pin(meta_path: Path, record: dict[str, Any]) -> None:
    write_text(meta_path, json.dumps(record, indent=2, sort_keys=True))


def file_hashes(name: str, main: Path, *, cache_dir: str | Path | None = None) -> dict[str, str]:
    """File name -> sha256 of every file of set ``name`` (verified by :func:`fetch`)."""
    bset = get(name)
    if bset.name.startswith("gb:"):
        meta = read_pin(pin_path(name, cache_dir=cache_dir))
        return {bset.main: str(meta["sha256"]) if meta else sha256_file(main)}
    return {f.name: (f.sha256 or sha256_file(main.parent / f.name)) for f in bset.files}
