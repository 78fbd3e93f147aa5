"""A ledger file as columns: each column's distinct values (stripped) and a code per row.

The columnar reader (:func:`mapper.claims.read_claims`) checks and resolves each distinct
value once and indexes the results by the codes, so a million rows cost a few vectorised
passes, not a million Python dicts. A plain CSV is parsed by pyarrow; anything the fast
path cannot number exactly like the row-by-row reader (quoted line breaks, ragged rows,
bare ``\\r`` line ends, malformed quoting, non-UTF-8, JSON) goes through that reader
(:func:`mapper.claims._read_rows`), whose rows become the same columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import Problem

Rows = tuple[list[dict[str, str]], list[int], list[Problem]]
_DELIMITERS = (",", ";", "\t", "|")
_BOM = b"\xef\xbb\xbf"
#: A column whose sample has more distinct values than this share is kept as plain
#: values (hashing a million unique sources costs more than it saves).
_DISTINCT_SHARE = 0.5


@dataclass
class Column:
    """``values[codes[i]]`` is row i's text, stripped."""

    codes: np.ndarray
    values: list[str]

    def text(self, positions: np.ndarray | None = None) -> np.ndarray:
        """Row texts (of ``positions``) as an object array sharing the value strings."""
        vals = np.empty(len(self.values), dtype=object)
        vals[:] = self.values
        return vals[self.codes if positions is None else self.codes[positions]]


@dataclass
class Table:
    """Rows of a ledger: ``rows`` their numbers (CSV line, JSON record), ``empty`` the
    records the reader refused (their problem is in ``problems``)."""

    rows: np.ndarray
    empty: np.ndarray
    columns: dict[str, Column]
    problems: list[Problem] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.rows)

    def col(self, name: str) -> Column:
        got = self.columns.get(name)
        return got if got is not None else Column(np.zeros(self.n, dtype=np.intp), [""])


def _factorize(values: list[str]) -> Column:
    index: dict[str, int] = {}
    codes = np.fromiter(
        (index.setdefault(v, len(index)) for v in values), dtype=np.intp, count=len(values)
    )
    return Column(codes, [v.strip() for v in index])


def from_records(records: Rows, wanted: tuple[str, ...]) -> Table:
    """A table from the row-by-row reader's string dicts (``{}`` = a refused record)."""
    rows, numbers, problems = records
    cols = {c: _factorize([rec.get(c) or "" for rec in rows]) for c in wanted}
    return Table(
        np.asarray(numbers, dtype=np.int64),
        np.fromiter((not rec for rec in rows), dtype=bool, count=len(rows)),
        cols,
        problems,
    )


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


@dataclass
class _Scan:
    """What one pass over a CSV's bytes says about numbering its records."""

    lines: np.ndarray  # 1-based numbers of the non-empty physical lines
    has_quote: bool
    one_line_records: bool  # every line holds an even number of quotes
    bare_cr: bool  # a \\r ends a line on its own (the row-by-row reader numbers those)
    odd_quote: bool  # a quote that neither opens, closes nor doubles (strict reader's call)


def _around(
    arr: np.ndarray, at: np.ndarray, before: int, eof: bool
) -> tuple[np.ndarray, np.ndarray]:
    """The bytes before and after positions ``at`` of ``arr`` (``before`` stands before
    its start; a line break after the file's end)."""
    prev = arr[np.maximum(at - 1, 0)]
    prev[at == 0] = before
    nxt = arr[np.minimum(at + 1, len(arr) - 1)]
    if eof:
        nxt[at + 1 >= len(arr)] = 10
    return prev, nxt


def _scan(path: Path, start: int, delim: str, step: int = 1 << 24) -> _Scan:
    """One pass in blocks of ``step`` bytes (memory stays small at any file size)."""
    bound = np.zeros(256, dtype=bool)
    bound[[ord(delim), 13, 10, 34]] = True
    nl_parts: list[np.ndarray] = []
    crlf_parts: list[np.ndarray] = []
    q_parts: list[np.ndarray] = []
    odd = bare_cr = False
    before, pos, carry = 10, start, b""
    with path.open("rb") as f:
        f.seek(start)
        while True:
            chunk = f.read(step)
            eof = not chunk
            buf = carry + chunk
            if not buf:
                break
            arr = np.frombuffer(buf, dtype=np.uint8)
            last = len(arr) if eof else len(arr) - 1  # the last byte waits for its successor
            seg = arr[:last]

            nlp = np.flatnonzero(seg == 10)
            nl_parts.append(nlp + pos)
            crlf_parts.append(_around(arr, nlp, before, eof)[0] == 13)
            qp = np.flatnonzero(seg == 34)
            q_parts.append(qp + pos)
            if len(qp):
                q_prev, q_next = _around(arr, qp, before, eof)
                odd = odd or bool((~bound[q_prev] & ~bound[q_next]).any())
            crp = np.flatnonzero(seg == 13)
            if len(crp):
                bare_cr = bare_cr or bool((_around(arr, crp, before, eof)[1] != 10).any())
                bare_cr = bare_cr or (eof and bool(seg[-1] == 13))
            if last:
                before = int(seg[-1])
            pos += last
            carry = buf[last:]
            if eof:
                break
    nl = np.concatenate(nl_parts) if nl_parts else np.zeros(0, dtype=np.int64)
    crlf = np.concatenate(crlf_parts) if crlf_parts else np.zeros(0, dtype=bool)
    quotes = np.concatenate(q_parts) if q_parts else np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[start], nl + 1])
    stops = np.concatenate([nl, [pos]])
    length = stops - starts - np.concatenate([crlf, [False]])
    per_line = np.bincount(np.searchsorted(nl, quotes), minlength=len(nl) + 1)
    return _Scan(
        np.flatnonzero(length > 0) + 1,
        bool(len(quotes)),
        not (per_line % 2).any(),
        bare_cr,
        odd,
    )


def _over_field_limit(table: Any) -> bool:
    """Whether a cell is longer than the csv module's field limit: the row-by-row reader
    refuses it, naming the row and column, so it must read the file."""
    import csv

    import pyarrow.compute as pc

    limit = csv.field_size_limit()
    for col in table.columns:
        longest = pc.max(pc.utf8_length(col)).as_py() if len(col) else 0
        if longest is not None and longest > limit:
            return True
    return False


def _encode(chunked: Any, n: int) -> tuple[Column, np.ndarray]:
    """A pyarrow string column as codes and stripped values, and which codes are blank."""
    import pyarrow as pa
    import pyarrow.compute as pc

    sample = chunked.slice(0, min(n, 20_000))
    distinct = len(pc.unique(sample)) if n else 0
    if n and distinct > _DISTINCT_SHARE * len(sample):
        values = [v.strip() for v in chunked.to_pylist()]
        col = Column(np.arange(n, dtype=np.intp), values)
    else:
        enc = pc.dictionary_encode(chunked)
        if isinstance(enc, pa.ChunkedArray):
            enc = enc.unify_dictionaries()
            chunks = enc.chunks
        else:  # pragma: no cover - pyarrow returns a ChunkedArray for a ChunkedArray
            chunks = [enc]
        if chunks:
            codes = np.concatenate(
                [c.indices.to_numpy(zero_copy_only=False) for c in chunks]
            ).astype(np.intp)
            values = [v.strip() for v in chunks[0].dictionary.to_pylist()]
        else:
            codes, values = np.zeros(0, dtype=np.intp), [""]
        col = Column(codes, values or [""])
    blank = np.fromiter((not v for v in col.values), dtype=bool, count=len(col.values))
    return col, blank


def read_table(
    path: Path,
    wanted: tuple[str, ...],
    *,
    legacy: Callable[[Path], Rows],
    check_header: Callable[[str, str], Rows],
) -> Table:
    """The ledger at ``path`` as a :class:`Table` of the ``wanted`` columns.

    ``legacy`` is the row-by-row reader (every case the fast path leaves to it);
    ``check_header(name, header_text)`` refuses a bad header exactly as it does.
    """
    try:
        with path.open("rb") as f:
            first = f.read(1 << 16)
    except OSError:
        return from_records(legacy(path), wanted)
    start = 3 if first.startswith(_BOM) else 0
    head = first[start:]
    if (
        path.suffix.lower() in (".json", ".geojson")
        or not head.strip()
        or head.lstrip().startswith((b"{", b"["))
        or b"\n" not in head
    ):
        return from_records(legacy(path), wanted)
    try:
        header_line = head[: head.index(b"\n")].decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        return from_records(legacy(path), wanted)
    if '"' in header_line or "\r" in header_line:
        return from_records(legacy(path), wanted)
    check_header(str(path), header_line + "\n")  # raises as the row-by-row reader does
    delim = _delimiter(header_line)
    header = [h.strip().lower() for h in header_line.split(delim)]
    scan = _scan(path, start, delim)
    lines = scan.lines
    if scan.odd_quote or scan.bare_cr or not len(lines) or lines[0] != 1:
        return from_records(legacy(path), wanted)
    import pyarrow as pa
    import pyarrow.csv as pcsv

    invalid: list[int] = []

    def on_invalid(_row: Any) -> str:
        invalid.append(1)
        return "skip"

    names = [f"c{i}" for i in range(len(header))]
    # parsed in parallel unless a quoted value may hold a line break
    newlines = scan.has_quote and not scan.one_line_records
    try:
        table = pcsv.read_csv(
            str(path),
            read_options=pcsv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pcsv.ParseOptions(
                delimiter=delim,
                newlines_in_values=newlines,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False
            ),
        )
    except (pa.ArrowException, ValueError):
        return from_records(legacy(path), wanted)
    n = table.num_rows
    if invalid or n != len(lines) - 1 or _over_field_limit(table):
        return from_records(legacy(path), wanted)
    rows = lines[1:].astype(np.int64)
    cols: dict[str, Column] = {}
    blank = np.ones(n, dtype=bool)
    for i, h in enumerate(header):
        col, blank_code = _encode(table.column(i), n)
        blank &= blank_code[col.codes]
        if h in wanted:
            cols[h] = col
    del table
    pa.default_memory_pool().release_unused()  # give the parsed text back, not only to Arrow
    keep = np.flatnonzero(~blank)
    if len(keep) < n:
        cols = {h: Column(c.codes[keep], c.values) for h, c in cols.items()}
        rows = rows[keep]
    return Table(rows, np.zeros(len(rows), dtype=bool), cols, [])
