"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import MapperError, OutputExistsError, Problem, ValidationError, WriteError


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    overwrite: bool = True,
    encoding: str | None = "utf-8",
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside ``path``; move it to ``path`` only if the block succeeds.

    On any error (a full disk included) the temp file is removed and ``path`` keeps its
    previous content. With ``overwrite=False`` the file is created exclusively: it is
    hard-linked to ``path``, which fails if ``path`` exists by then, so of two writers
    racing for one new name one wins and the other gets :class:`OutputExistsError` (never
    a silent replacement). Temp files of this pattern older than an hour in the folder
    (left by a killed writer) are removed first.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise OutputExistsError(f"{str(target)!r} exists; pass --overwrite to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(target.parent)
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
        move_into_place(tmp, target, overwrite=overwrite)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not isinstance(e, MapperError):
            # a full disk, a quota, a vanished folder: say so plainly (CLI exit 1, no
            # traceback), and that nothing was half-written
            kept = "the previous file is unchanged" if target.exists() else "nothing was written"
            raise WriteError(f"cannot write {str(target)!r}: {e.strerror or e}; {kept}") from e
        raise


def move_into_place(tmp: str | os.PathLike[str], target: Path, *, overwrite: bool) -> None:
    """Give the finished file ``tmp`` (in ``target``'s folder) the name ``target``: replace
    it with ``overwrite``, else only if nothing has that name (:class:`OutputExistsError`)."""
    if overwrite:
        os.replace(tmp, target)
    else:
        _create_exclusive(str(tmp), target)


def _create_exclusive(tmp: str, target: Path) -> None:
    """Give the finished temp file ``tmp`` the name ``target`` only if nothing has it."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExistsError(
            f"{str(target)!r} was created by another writer meanwhile; nothing was replaced "
            "(pass --overwrite to replace it)"
        ) from None
    except OSError:
        # a file system without hard links: reserve the name with O_EXCL, then move over it
        # (a reader may see it empty for a moment; no writer can replace another's file)
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            raise OutputExistsError(
                f"{str(target)!r} was created by another writer meanwhile; nothing was "
                "replaced (pass --overwrite to replace it)"
            ) from None
        try:
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        return
    os.unlink(tmp)


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


def neutralize_frame(frame: Any) -> Any:
    """A copy of a pandas DataFrame whose text cells (and text index) are
    :func:`neutralize_cell`-ed; numbers, dates and missing values are left as they are."""
    out = frame.copy()
    for col in out.columns:
        s = out[col]
        if _is_text(s.dtype):
            hit = _formula_mask(s)
            if hit.any():
                out[col] = s.where(~hit, "'" + s.where(hit, ""))
    if _is_text(out.index.dtype) and len(out.index):
        idx = out.index.to_series()
        hit = _formula_mask(idx)
        if hit.any():
            out.index = idx.where(~hit, "'" + idx.where(hit, "")).rename(out.index.name)
    return out


def _formula_mask(s: Any) -> Any:
    """True where a Series holds a string a spreadsheet would run as a formula."""
    try:
        return s.str.startswith(FORMULA_START, na=False).astype(bool)
    except AttributeError:  # an object column without strings (dates, mixed objects)
        return s.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).astype(bool)


def _is_text(dtype: Any) -> bool:
    return str(dtype) in ("object", "string", "str")


def neutralize_column(values: Any) -> Any:
    """:func:`neutralize_cell` over a pandas Series of strings (vectorised)."""
    s = values.astype(str)
    return s.where(~s.str.startswith(FORMULA_START), "'" + s)


def dumps_json(doc: Any, **kw: Any) -> str:
    """``json.dumps`` that never writes NaN or Infinity (invalid JSON): a non-finite float
    becomes ``null``. Keyword arguments go to :func:`json.dumps` (``allow_nan`` is False)."""
    return json.dumps(finite(doc), allow_nan=False, **kw)


def finite(value: Any) -> Any:
    """``value`` with every non-finite float (NaN, ±Infinity) replaced by None, recursively
    through dicts, lists and tuples; numpy scalars become Python numbers."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        return finite(value.tolist())
    return value


def read_text_input(path: str | os.PathLike[str], what: str = "file") -> str:
    """The text of a UTF-8 input file (a BOM is dropped).

    Raises :class:`~mapper.errors.ValidationError` naming the file, the line and the bytes
    when it is not UTF-8, and the reason when it cannot be read; ``what`` says which input
    it is ("--aliases file", "population file" ...).
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ValidationError(
            [Problem(name, None, None, None, f"cannot read the {what}: {e.strerror or e}")],
            summary=f"{name}: cannot read the {what}",
        ) from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ValidationError(
            [
                Problem(
                    name,
                    line,
                    None,
                    repr(data[e.start : e.start + 4]),
                    f"the {what} is not UTF-8 (byte {e.start}); save it as UTF-8",
                )
            ],
            summary=f"{name}: the {what} is not UTF-8",
        ) from e


#: The largest CSV cell mapper reads (the csv module's own default limit, 128 KiB): a
#: longer one is refused naming its row and column, never read as a truncated value.
CSV_FIELD_LIMIT = 131_072


def csv_field_problem(
    file: str, text: str, delimiter: str, header: list[str] | None = None
) -> Problem | None:
    """The first cell of ``text`` longer than :data:`CSV_FIELD_LIMIT`, as a problem naming
    its row (1-based line) and column, or None if there is none."""
    old = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        line = 0
        for i, rec in enumerate(reader):
            start, line = line + 1, reader.line_num
            if i == 0 and header is None:
                header = [h.strip().lower() for h in rec]
            for j, cell in enumerate(rec):
                if len(cell) > CSV_FIELD_LIMIT:
                    col = header[j] if header and j < len(header) else f"field {j + 1}"
                    return Problem(
                        file,
                        start,
                        col,
                        cell[:40] + "...",
                        f"cell of {len(cell):,} characters; the limit is "
                        f"{CSV_FIELD_LIMIT:,} (is a quote missing its closing quote?)",
                    )
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(old)
    return None


def csv_error(
    path: str | os.PathLike[str], error: Exception, what: str = "CSV file"
) -> MapperError:
    """A :class:`csv.Error` raised while reading ``path`` as a ValidationError naming the
    file and, for a cell over the field limit, its row and column."""
    name = str(path)
    problem = None
    if "field larger" in str(error):
        with contextlib.suppress(OSError, UnicodeDecodeError):
            problem = csv_field_problem(name, Path(path).read_text("utf-8-sig"), ",")
    problem = problem or Problem(name, None, None, None, f"malformed CSV: {error}")
    return ValidationError([problem], summary=f"{name}: cannot read the {what}")


#: mapper's own temp files beside an output: ``.NAME.XXXXXXXX.tmp`` (see atomic_open).
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
#: A temp file of that pattern older than this (seconds) is a leftover of a killed writer.
STALE_TEMP_SECONDS = 3600


def remove_stale_temps(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove mapper's own temp files (``.NAME.XXXXXXXX.tmp``) in ``folder`` older than an
    hour: leftovers of a writer killed mid-write (SIGKILL, power loss). Others' files and
    folders are never touched; errors are ignored. Returns what was removed."""
    removed: list[Path] = []
    cutoff = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
