"""Reading a batch file of sentences to check."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from .model import (
    CheckError,
)

# --------------------------------------------------------------------------------------------
# Batch input


@dataclass(frozen=True)
class BatchItem:
    """One claim of a batch file: where it came from and what to check it with."""

    row: int
    text: str
    date: dt.date | None = None
    side: str | None = None
    id: str = ""


_TEXT_COLUMNS = ("claim", "sentence", "text", "statement")


def read_batch(path: str | Path) -> list[BatchItem]:
    """Claims to check from a file: a CSV with a ``claim`` (or ``sentence``/``text``)
    column and optional ``date``, ``side`` and ``id`` columns, or plain text with one
    sentence per line (blank lines and ``#`` comments skipped).

    Raises
    ------
    CheckError
        Unreadable file or a bad date, naming the file, row and value.
    """
    p = Path(path)
    try:
        text = p.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CheckError(f"{p}: cannot read batch file: {e}") from e
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), "")
    header = [h.strip().lower() for h in next(csv.reader([first]), [])]
    col = next((c for c in _TEXT_COLUMNS if c in header), None)
    items: list[BatchItem] = []
    if col is None:
        for i, ln in enumerate(lines, start=1):
            if ln.strip() and not ln.lstrip().startswith("#"):
                items.append(BatchItem(row=i, text=ln.strip()))
        return items
    reader = csv.DictReader(io.StringIO(text))
    problems = []
    for i, raw in enumerate(reader, start=2):
        if None in raw:  # more cells than the header: an unquoted comma in the sentence
            extra = raw.pop(None) or []
            problems.append(
                f"{p}, row {i}: {len(raw) + len(extra)} cells, the header has {len(raw)}: "
                'quote a sentence that holds a comma ("The Taliban captured Zaranj, the '
                'capital of Nimroz")'
            )
            continue
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if not r.get(col):
            continue
        day = None
        if r.get("date"):
            try:
                day = dt.date.fromisoformat(r["date"])
            except ValueError:
                problems.append(f"{p}, row {i}, column 'date': value {r['date']!r}: use YYYY-MM-DD")
                continue
        items.append(
            BatchItem(row=i, text=r[col], date=day, side=r.get("side") or None, id=r.get("id", ""))
        )
    if problems:
        raise CheckError("\n".join(problems))
    return items
