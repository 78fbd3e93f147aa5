"""Exceptions raised by mapper.

Every exception subclasses :class:`MapperError` and the built-in it behaves like, so
callers can catch either. The CLI turns any :class:`MapperError` into exit code 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class MapperError(Exception):
    """Root of every error mapper raises on purpose."""


class BoundaryError(MapperError, ValueError):
    """A boundary set is unknown, malformed or unusable."""


class DownloadError(MapperError, OSError):
    """A boundary file could not be fetched from any of its URLs."""


class HashMismatchError(DownloadError):
    """A file's sha256 differs from the pinned one: a different boundary version."""


@dataclass(frozen=True)
class Problem:
    """One problem found while validating input, located precisely.

    ``row`` is the 1-based line in a CSV (the header is row 1) or the 1-based record number
    in JSON/GeoJSON; ``None`` for problems about the whole file.
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        value = f": value {self.value!r}" if self.value is not None else ""
        return f"{where}{value}: {self.message}"


class ValidationError(MapperError, ValueError):
    """Input failed validation; ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem], *, summary: str | None = None) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        head = summary or f"{len(errors)} problem(s) found"
        lines = [head] + [f"  - {p}" for p in errors[:200]]
        if len(errors) > 200:
            lines.append(
                f"  ... and {len(errors) - 200} more error(s) not shown "
                "(`mapper validate` lists every one)"
            )
        super().__init__("\n".join(lines))


class ClaimsError(ValidationError):
    """The claims ledger is malformed (columns, dates, statuses, URLs ...)."""


class MatchError(ValidationError):
    """Names in the ledger do not resolve to units of the boundary set."""


class OutputExistsError(MapperError, FileExistsError):
    """The output file exists and overwriting was not asked for."""


class ReportError(MapperError, ValueError):
    """A report cannot be made as asked (unknown format, checker not available ...)."""


class WriteError(MapperError, OSError):
    """An output could not be written (disk full, no permission ...); nothing half-written."""
