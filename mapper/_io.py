"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import MapperError, OutputExistsError, WriteError


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    overwrite: bool = True,
    encoding: str | None = "utf-8",
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside ``path``; rename it over ``path`` only if the block succeeds.

    On any error (a full disk included) the temp file is removed and ``path`` keeps its
    previous content.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise OutputExistsError(f"{str(target)!r} exists; pass --overwrite to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise WriteError(f"cannot write {str(target)!r}: {e.strerror or e}") from e
    binary = "b" in mode
    try:
        # mkstemp creates 0600; an output is meant to be shared like any file the user makes
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else ""
        ) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not isinstance(e, MapperError):
            # a full disk, a quota, a vanished folder: say so plainly (CLI exit 1, no
            # traceback), and that nothing was half-written
            kept = "the previous file is unchanged" if target.exists() else "nothing was written"
            raise WriteError(f"cannot write {str(target)!r}: {e.strerror or e}; {kept}") from e
        raise


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or the usual ones under the current umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: str | os.PathLike[str], text: str, *, overwrite: bool = True) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    with atomic_open(path, "w", overwrite=overwrite) as fh:
        fh.write(text)
    return Path(path)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open(path, "wb", overwrite=overwrite) as fh:
        fh.write(data)
    return Path(path)


#: Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(text: str) -> str:
    """``text`` with a leading single quote if a spreadsheet would run it as a formula.

    OWASP's rule for CSV injection: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or
    carriage return gets a ``'`` prefix, so Excel, LibreOffice and Google Sheets show it as
    text. Apply to text cells only (a negative number stays a number).
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def neutralize_column(values: Any) -> Any:
    """:func:`neutralize_cell` over a pandas Series of strings (vectorised)."""
    s = values.astype(str)
    return s.where(~s.str.startswith(FORMULA_START), "'" + s)
