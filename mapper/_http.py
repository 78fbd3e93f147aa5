"""Downloads with timeouts, retries, sha256 verification and atomic writes into the cache."""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import settings
from ._io import atomic_open
from .errors import DownloadError, HashMismatchError

if TYPE_CHECKING:  # requests costs ~0.08 s to import; only a download needs it
    import requests

log = logging.getLogger("mapper.http")


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def make_session() -> requests.Session:
    """A session with mapper's User-Agent (retries are done by :func:`download`)."""
    import requests

    session = requests.Session()
    session.headers["User-Agent"] = settings.USER_AGENT
    return session


def get_json(
    url: str, *, session: requests.Session | None = None, retries: int = settings.HTTP_RETRIES
) -> object:
    """GET a JSON document, retrying transient failures."""
    data = _get(url, session=session or make_session(), retries=retries)
    try:
        import json

        return json.loads(data)
    except ValueError as e:
        raise DownloadError(f"{url!r} did not return JSON: {e}") from e


def _get(url: str, *, session: requests.Session, retries: int) -> bytes:
    import requests

    last: Exception | None = None
    for attempt in range(1, retries + 1):
        try:
            resp = session.get(url, timeout=settings.HTTP_TIMEOUT_S)
            if resp.status_code >= 500 or resp.status_code == 429:
                raise DownloadError(f"HTTP {resp.status_code} from {url!r}")
            if resp.status_code != 200:
                # 4xx will not get better by retrying
                raise DownloadError(f"HTTP {resp.status_code} from {url!r}")
            log.info("downloaded %s (%d bytes)", url, len(resp.content))
            return resp.content
        except (requests.RequestException, DownloadError) as e:
            last = e
            if isinstance(e, DownloadError) and "HTTP 4" in str(e) and "HTTP 429" not in str(e):
                break
            log.warning("attempt %d/%d for %s failed: %s", attempt, retries, url, e)
            if attempt < retries:
                time.sleep(settings.HTTP_BACKOFF_S * attempt)
    raise DownloadError(f"could not download {url!r}: {last}") from last


def download(
    urls: list[str],
    dest: Path,
    *,
    sha256: str | None,
    session: requests.Session | None = None,
    retries: int = settings.HTTP_RETRIES,
) -> Path:
    """Fetch the first URL that answers with the expected bytes into ``dest``, atomically.

    Parameters
    ----------
    urls
        Candidate URLs, tried in order.
    dest
        Final path; written through a temp file and renamed, so an interrupted or
        rejected download leaves nothing behind.
    sha256
        Expected hex digest; ``None`` accepts any content (for unpinned upstreams).

    Raises
    ------
    HashMismatchError
        Every URL answered but with other bytes than the pinned ones (names both hashes).
    DownloadError
        No URL answered.
    """
    session = session or make_session()
    errors: list[str] = []
    mismatch: HashMismatchError | None = None
    for url in urls:
        try:
            data = _get(url, session=session, retries=retries)
        except DownloadError as e:
            errors.append(str(e))
            continue
        got = hashlib.sha256(data).hexdigest()
        if sha256 is not None and got != sha256:
            mismatch = HashMismatchError(
                f"{dest.name}: {url!r} served sha256 {got}, expected {sha256}. This is a "
                "different (or truncated/tampered) file, not the pinned boundary version; "
                "nothing was written to the cache."
            )
            errors.append(str(mismatch))
            continue
        with atomic_open(dest, "wb") as fh:
            fh.write(data)
        log.info("cached %s -> %s", url, dest)
        return dest
    if mismatch is not None:
        raise mismatch
    raise DownloadError(f"could not download {dest.name}:\n  " + "\n  ".join(errors))
