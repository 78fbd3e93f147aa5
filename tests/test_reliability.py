"""Downloads that time out, fail or arrive truncated/tampered; writes that hit a full disk.

HTTP is mocked with ``responses`` (the network is blocked in tests); the retry backoff is
patched to zero so the retries cost no time.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest
import requests
import responses
from click.testing import CliRunner
from conftest import EXAMPLE

from mapper import _io, settings
from mapper._http import download
from mapper.boundaries import fetch
from mapper.cli import main
from mapper.errors import DownloadError, HashMismatchError, MapperError, WriteError

GOOD = b"boundary bytes " * 100
GOOD_SHA = hashlib.sha256(GOOD).hexdigest()
URL1 = "https://one.example/file.geojson"
URL2 = "https://two.example/file.geojson"


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "HTTP_BACKOFF_S", 0.0)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.allow_adapter
@responses.activate
def test_timeout_is_retried_then_next_url(tmp_path: Path) -> None:
    responses.add(responses.GET, URL1, body=requests.exceptions.ConnectTimeout("timed out"))
    responses.add(responses.GET, URL2, body=GOOD)
    dest = tmp_path / "cache" / "f.geojson"
    assert download([URL1, URL2], dest, sha256=GOOD_SHA, retries=3) == dest
    assert dest.read_bytes() == GOOD
    assert [c.request.url for c in responses.calls] == [URL1, URL1, URL1, URL2]
    # every request carries the (connect, read) timeout: nothing waits forever
    assert all(c.request.req_kwargs["timeout"] == settings.HTTP_TIMEOUT_S for c in responses.calls)


@pytest.mark.allow_adapter
@responses.activate
def test_all_timeouts_raise_download_error_naming_urls(tmp_path: Path) -> None:
    responses.add(responses.GET, URL1, body=requests.exceptions.ReadTimeout("read timed out"))
    dest = tmp_path / "cache" / "f.geojson"
    with pytest.raises(DownloadError) as e:
        download([URL1], dest, sha256=GOOD_SHA, retries=2)
    assert URL1 in str(e.value) and "read timed out" in str(e.value)
    assert len(responses.calls) == 2
    assert _leftovers(dest.parent) == []


@pytest.mark.allow_adapter
@responses.activate
def test_server_errors_retry_client_errors_do_not(tmp_path: Path) -> None:
    responses.add(responses.GET, URL1, status=503)
    responses.add(responses.GET, URL2, status=404)
    with pytest.raises(DownloadError):
        download([URL1, URL2], tmp_path / "f", sha256=None, retries=3)
    urls = [c.request.url for c in responses.calls]
    assert urls.count(URL1) == 3 and urls.count(URL2) == 1


@pytest.mark.allow_adapter
@responses.activate
@pytest.mark.parametrize("served", [GOOD[: len(GOOD) // 2], GOOD.replace(b"bytes", b"BYTES")])
def test_truncated_or_tampered_download_writes_nothing(tmp_path: Path, served: bytes) -> None:
    responses.add(responses.GET, URL1, body=served)
    dest = tmp_path / "cache" / "f.geojson"
    with pytest.raises(HashMismatchError) as e:
        download([URL1], dest, sha256=GOOD_SHA)
    assert hashlib.sha256(served).hexdigest() in str(e.value) and GOOD_SHA in str(e.value)
    assert "nothing was written" in str(e.value)
    assert _leftovers(dest.parent) == []


def test_tampered_mirror_file_is_refused(mirror: Path, tmp_path: Path) -> None:
    """A mirror whose file differs from the pinned hash is a different boundary version."""
    fake = tmp_path / "mirror"
    fake.mkdir()
    for p in mirror.glob("geoBoundaries-AFG-ADM1-extended.json"):
        data = p.read_bytes()
        (fake / p.name).write_bytes(data[:-10])  # truncated copy
    with pytest.raises(HashMismatchError, match="different boundary version"):
        fetch("afg-provinces", mirror=fake, cache_dir=tmp_path / "cache")


def test_tampered_cache_file_is_refused(mirror: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = cache / "afg-provinces"
    folder.mkdir(parents=True)
    src = mirror / "geoBoundaries-AFG-ADM1-extended.json"
    tampered = src.read_bytes().replace(b"Badakhshan", b"Badakshan")
    assert tampered != src.read_bytes()
    (folder / src.name).write_bytes(tampered)
    with pytest.raises(HashMismatchError, match="in the cache"):
        fetch("afg-provinces", mirror=tmp_path / "no-mirror", cache_dir=cache)


# ------------------------------------------------------------------------------ full disk


class _FullDisk:
    """A file object that accepts ``room`` characters, then fails like a full disk."""

    def __init__(self, fh, room: int) -> None:  # type: ignore[no-untyped-def]
        self._fh, self._room = fh, room

    def write(self, data):  # type: ignore[no-untyped-def]
        if len(data) > self._room:
            self._fh.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self._fh, name)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc):  # type: ignore[no-untyped-def]
        return self._fh.__exit__(*exc)


def _fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    real = os.fdopen
    monkeypatch.setattr(_io.os, "fdopen", lambda *a, **k: _FullDisk(real(*a, **k), room))


def test_full_disk_on_write_keeps_previous_output(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "stats.csv"
    out.write_text("previous\n")
    _fill_disk_after(monkeypatch, 5)
    with pytest.raises(WriteError) as e:
        _io.write_text(out, "a much longer new content\n")
    assert isinstance(e.value, OSError) and isinstance(e.value, MapperError)
    assert "No space left on device" in str(e.value)
    assert "the previous file is unchanged" in str(e.value)
    assert out.read_text() == "previous\n"
    assert _leftovers(tmp_path) == ["stats.csv"]  # no temp file left behind


def test_full_disk_on_fsync_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_io.os, "fsync", no_space)
    with pytest.raises(WriteError, match="nothing was written"):
        _io.write_bytes(tmp_path / "m.png", b"\x89PNG" * 1000)
    assert _leftovers(tmp_path) == []


def test_cli_full_disk_is_a_clean_error(
    mirror: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAPPER_MIRROR", str(mirror))
    out = tmp_path / "map.html"
    out.write_text("<p>yesterday's map</p>")
    _fill_disk_after(monkeypatch, 1000)
    res = CliRunner().invoke(
        main, ["render", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out), "--overwrite"]
    )
    assert res.exit_code == 1
    assert "No space left on device" in res.output and "previous file is unchanged" in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert out.read_text() == "<p>yesterday's map</p>"
    assert _leftovers(tmp_path) == ["map.html"]


def test_outputs_are_not_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        p = _io.write_text(tmp_path / "a.html", "x")
        assert p.stat().st_mode & 0o777 == 0o644
        os.chmod(p, 0o640)
        _io.write_text(p, "y")  # replacing keeps the file's mode
        assert p.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
