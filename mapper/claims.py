"""The claims ledger: read, validate, resolve names to units.

A claim is about one unit (a province or a district), one date, one status, from one
source. Columns: ``date, reported, province, district, status, actor, source, url,
confidence, note`` (``district`` empty = the whole province). CSV (comma, semicolon or tab;
UTF-8 with or without BOM), JSON (a list of objects, or ``{"claims": [...]}``) and GeoJSON
(feature properties) are read. Validation collects *every* problem with file, row, column
and value, and raises them together.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from ._ledger_table import Table as _Table
from ._ledger_table import read_table
from .boundaries import UnitSet
from .dates import DateError, parse_date
from .errors import ClaimsError, MatchError, Problem
from .matching import Gazetteer, Match
from .vocabulary import DEFAULT, Vocabulary

COLUMNS = (
    "date",
    "reported",
    "province",
    "district",
    "status",
    "actor",
    "source",
    "url",
    "confidence",
    "note",
)
REQUIRED = ("date", "status", "source")
#: Optional input columns beside :data:`COLUMNS`: ``scope`` says what a row covers
#: (``country``, ``province`` or ``district``; empty = inferred from the names given);
#: ``lat``/``lon`` (WGS84 degrees) place a point claim in the unit that contains it.
OPTIONAL = ("scope", "lat", "lon")
SCOPES = ("country", "province", "district")
#: Columns of ``Ledger.claims``: where the row came from, the input columns (status and
#: actor as vocabulary keys), then what resolution added.
LEDGER_COLUMNS = ["row", *COLUMNS, "scope", "unit_id", "input_province"]
CONFIDENCE = ("high", "medium", "low")
_DELIMITERS = (",", ";", "\t", "|")


SKIPPED_COLUMNS = ("row", "date", "scope", "province", "unit_id")


def _empty_skipped() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in SKIPPED_COLUMNS})


@dataclass
class Ledger:
    """A validated, resolved claims ledger.

    ``claims`` has one row per claim with the input columns plus ``row`` (where it came
    from), ``status`` as a vocabulary key, ``actor`` as a side key or "", ``scope``
    (``district`` or ``province``), ``unit_id`` (district claims) and ``province``
    (canonical name). ``problems`` keeps the warnings, and with ``skip_invalid`` the errors
    of the rows that were skipped.
    """

    claims: pd.DataFrame
    file: str
    vocabulary: Vocabulary = DEFAULT
    problems: list[Problem] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    #: Where each skipped row points as far as it resolves (:data:`SKIPPED_COLUMNS`):
    #: ``scope`` empty when its names did not resolve, ``province`` the province it names
    #: (if that resolved), ``unit_id`` its district (if that resolved), ``date`` NaT if bad.
    skipped: pd.DataFrame = field(default_factory=lambda: _empty_skipped())

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _read_rows(path: Path) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    """Rows as string dicts with lower-case column names, and their row numbers."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ClaimsError([Problem(name, None, None, None, f"cannot read: {e.strerror}")]) from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ClaimsError(
            [
                Problem(
                    name,
                    None,
                    None,
                    None,
                    f"not UTF-8 (byte {e.start}: {data[e.start : e.start + 4]!r});"
                    " save the file as UTF-8",
                )
            ]
        ) from e
    if not text.strip():
        raise ClaimsError(
            [
                Problem(
                    name, None, None, None, f"file is empty; expected a header with {list(COLUMNS)}"
                )
            ]
        )
    suffix = path.suffix.lower()
    if suffix in (".json", ".geojson") or text.lstrip().startswith(("{", "[")):
        return _json_rows(name, text)
    return _csv_rows(name, text)


def _json_rows(name: str, text: str) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    # strict types, depth limit, features without properties: see mapper._ledger_json
    from ._ledger_json import json_rows

    return json_rows(name, text)


def _csv_rows(name: str, text: str) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    # only the first line: splitting a 100k-row file into a list of lines costs memory
    header_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    delim = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    table: list[list[str]] = []
    try:
        # a strict pass to catch malformed quoting; only the header is kept
        for i, rec in enumerate(reader):
            if i == 0:
                table.append(rec)
    except csv.Error as e:
        from ._io import csv_field_problem  # a cell over the limit: name its row and column

        big = csv_field_problem(name, text, delim) if "field larger" in str(e) else None
        raise ClaimsError(
            [big or Problem(name, reader.line_num, None, None, f"malformed CSV: {e}")]
        ) from e
    header = [h.strip().lower() for h in table[0]]
    problems: list[Problem] = []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        hint = ""
        if len(header) == 1:
            hint = " (the header has one column: is the delimiter a comma, semicolon or tab?)"
        raise ClaimsError(
            [
                Problem(
                    name,
                    1,
                    None,
                    ",".join(table[0])[:200],
                    f"missing required column(s) {missing}; expected columns {list(COLUMNS)}{hint}",
                )
            ]
        )
    if not {"province", "district", "unit", "scope"} & set(header) and not {
        "lat",
        "lon",
    } <= set(header):
        raise ClaimsError(
            [
                Problem(
                    name,
                    1,
                    None,
                    ",".join(table[0])[:200],
                    "need a 'province' and/or 'district' column (or 'unit' for a one-level "
                    "boundary set, 'scope' for country-wide claims)",
                )
            ]
        )
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise ClaimsError([Problem(name, 1, None, ",".join(dupes), "duplicate column names")])
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    line = 1
    # csv.reader does not give line numbers per record; recount, multi-line cells included
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    next(reader)
    line = reader.line_num
    for rec in reader:
        start = line + 1
        line = reader.line_num
        if not any(cell.strip() for cell in rec):
            continue
        if len(rec) != len(header):
            problems.append(
                Problem(
                    name,
                    start,
                    None,
                    delim.join(rec)[:120],
                    f"has {len(rec)} fields, the header has {len(header)}",
                )
            )
            rows.append({})
            numbers.append(start)
            continue
        rows.append(dict(zip(header, rec, strict=True)))
        numbers.append(start)
    return rows, numbers, problems


@dataclass
class _Point:
    """A row's point: its text, and the units holding it (``None`` if the text is bad)."""

    text: str
    problems: list[tuple[str, str, str]]
    unit_ids: list[str] = field(default_factory=list)


def _locate_points(
    rows: list[dict[str, str]], numbers: list[int], units: UnitSet
) -> dict[int, _Point]:
    """Point claims (``lat``/``lon``) by row number, each located in one pass (a tree of
    the points queried by the prepared unit polygons, as :mod:`mapper.ingest.acled`)."""
    found: dict[int, _Point] = {}
    good: list[tuple[int, float, float]] = []
    for rec, row in zip(rows, numbers, strict=True):
        lat_t, lon_t = (rec.get("lat") or "").strip(), (rec.get("lon") or "").strip()
        if not lat_t and not lon_t:
            continue
        pt = _Point(f"{lat_t}, {lon_t}", [])
        found[row] = pt
        values: dict[str, float] = {}
        for col, text, lim in (("lat", lat_t, 90.0), ("lon", lon_t, 180.0)):
            if not text:
                other = "lon" if col == "lat" else "lat"
                pt.problems.append(
                    (col, text, f"a point needs both lat and lon ({other} is given)")
                )
                continue
            try:
                v = float(text)
            except ValueError:
                v = float("nan")
            if not math.isfinite(v) or not -lim <= v <= lim:
                pt.problems.append(
                    (
                        col,
                        text,
                        f"not a {'latitude' if col == 'lat' else 'longitude'}: decimal degrees "
                        f"(WGS84) from {-lim:g} to {lim:g}, e.g. "
                        f"{'34.5167' if col == 'lat' else '69.1833'}",
                    )
                )
            values[col] = v
        if not pt.problems:
            good.append((row, values["lat"], values["lon"]))
    if good:
        import numpy as np

        from .ingest.acled import point_hits

        lat = np.array([g[1] for g in good])
        lon = np.array([g[2] for g in good])
        ui, pi = point_hits(lon, lat, units)
        ids = units.table.index.to_numpy()
        for u, i in sorted(zip(ui.tolist(), pi.tolist(), strict=True), key=lambda x: x[1]):
            found[good[i][0]].unit_ids.append(str(ids[u]))
        for row, _lat, _lon in good:
            found[row].unit_ids.sort()
    return found


def _resolve_status(
    vocabulary: Vocabulary, status: str, actor: str
) -> tuple[str, str] | list[tuple[str, str]]:
    """(status key, side key), or every problem as (column, message): an unknown actor
    must not hide an unknown status."""
    try:
        return vocabulary.resolve(status, actor)
    except ValueError as exc:
        why = str(exc)
        if not why.startswith("unknown actor"):
            return [("status" if "status" in why else "actor", why)]
        found = [("actor", why)]
    try:
        vocabulary.resolve(status)
    except ValueError as exc:
        if str(exc).startswith("unknown status"):
            found.insert(0, ("status", str(exc)))
    return found


def is_http_url(value: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


_WANTED = (*COLUMNS, "scope", "unit", "lat", "lon")
#: URLs this matches are certainly valid http(s) URLs (the rest go to :func:`is_http_url`).
_SURE_URL = re.compile(r"(?i)https?://[A-Za-z0-9._~%!$&'()*+,;=:@-]+(?:[/?#][^\s\x00-\x1f]*)?")


@dataclass
class _Block:
    """What a row's names, scope and point resolve to; problems without a row number."""

    problems: list[Problem]
    match: Match
    scope: str
    name_problem: bool
    province: str  # the input province (a one-level set's unit, moved here)
    district: str
    ignored: bool  # a district claim on a province-level set: a warning, not kept

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def _names_block(
    province: str,
    district: str,
    unit: str,
    given: str,
    pt: _Point | None,
    *,
    units: UnitSet,
    gaz: Gazetteer,
    matches: dict[tuple[str, str], Match],
    name: str,
) -> _Block:
    """Scope, names and point of one row (the same for every row that spells them alike)."""
    errs: list[Problem] = []

    def err(col: str | None, val: str | None, msg: str) -> None:
        errs.append(Problem(name, None, col, val, msg))

    one_col = ""  # a one-level set's unit may be named in `unit` or `district` too
    if units.levels == 1 and not province and (unit or district):
        one_col = "unit" if unit else "district"
        province, district = (unit if unit else district), ""
    province_map = units.level == "province"
    scope = given.lower()
    if pt is not None and scope == "country":
        err("lat,lon", pt.text, "a country-wide claim (scope 'country') has no point")
    if scope and scope not in SCOPES:
        err("scope", given, f"must be one of {list(SCOPES)} or empty (inferred from the names)")
    elif scope == "country" and (province or district):
        for col, named_text in (("province", province), ("district", district)):
            if named_text:
                err(
                    col,
                    named_text,
                    "a country-wide claim (scope 'country') names no unit; "
                    "leave province and district empty",
                )
    elif scope == "province" and district:
        err(
            "district",
            district,
            "scope 'province' claims name no district; leave it empty or use scope 'district'",
        )
    elif scope == "district" and not district and pt is None:
        err("district", "", "scope 'district' needs a district name (or lat and lon)")
    if not scope:
        point_unit = pt is not None and not province_map
        scope = "district" if district or point_unit else "province"
    # on a province map a district claim says nothing about the whole province
    mkey = (province, "" if province_map else district)
    # a bad scope on a row without names is one problem, not two
    no_names = scope == "country" or (scope not in SCOPES and not any(mkey))
    named = bool(province or district)
    match = Match() if no_names else matches.get(mkey)
    at: Match | None = None
    if pt is not None and scope != "country":
        # a point claim: the unit holding the point; names given too must agree
        for col, val, why in pt.problems:
            err(col, val, why)
        at = _point_match(pt, units, scope, name, cast(int, None), errs)
        if not named:
            match = at or Match()
    if match is None:
        match = matches[mkey] = gaz.match(*mkey)
    get = {"province": province, "district": district}
    if at is not None and pt is not None and named and not match.problem:
        _check_agreement(at, match, get, units, scope, name, cast(int, None), pt, errs)
        if not district:
            match = at  # a province name and a point in it: the point's unit
    name_problem = False
    if match.problem and not province and not district:
        errs.append(
            Problem(
                name,
                None,
                "province",
                None,
                f"{match.problem}; for a claim on the whole country set scope to 'country'",
            )
        )
        name_problem = True
    elif match.problem:
        hint = (
            f"; did you mean {', '.join(repr(s) for s in match.suggestions)}?"
            if match.suggestions
            else ""
        )
        col = "district" if district and match.province else "province"
        value: str | None = get[col] or None
        col = one_col or col
        also: Problem | None = None
        if col == "province" and province and mkey[1]:
            # a bad province must not hide the district: look it up on its own
            dkey = ("", mkey[1])
            dm = matches.get(dkey)
            if dm is None:
                dm = matches[dkey] = gaz.match(*dkey)
            if dm.problem is None:
                hint += f"; district {mkey[1]!r} is in {dm.province}"
            elif dm.problem.startswith("unknown district"):
                more = (
                    f"; did you mean {', '.join(repr(x) for x in dm.suggestions)}?"
                    if dm.suggestions
                    else ""
                )
                also = Problem(
                    name, None, "district", mkey[1], f"{dm.problem} in any province{more}"
                )
        errs.append(Problem(name, None, col, value, match.problem + hint))
        if also is not None:
            errs.append(also)
        name_problem = True
    elif district and units.level == "province":
        errs.append(
            Problem(
                name,
                None,
                "district",
                district,
                "district claim ignored: the boundary set has provinces only "
                "(use a district boundary set to map it)",
                "warning",
            )
        )
    elif match.note or match.read_as:  # a place of new_districts.csv, a near spelling
        said = match.note or match.read_as or ""
        errs.append(Problem(name, None, "district", district, said, "warning"))
    return _Block(
        errs, match, scope, name_problem, province, district, bool(district and province_map)
    )


def _pair_codes(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One code per distinct combination of the given code arrays: (first position of
    each combination, combination code per row)."""
    key = codes[0].astype(np.int64)
    span = int(key.max(initial=0)) + 1
    for c in codes[1:]:
        radix = int(c.max(initial=0)) + 1
        if span * radix >= 2**62:  # re-number before the key could overflow
            key = pd.factorize(key)[0].astype(np.int64)
            span = int(key.max(initial=0)) + 1
        key = key * radix + c
        span *= radix
    inv, uniq = pd.factorize(key)
    inv = inv.astype(np.int64)
    first = np.empty(len(uniq), dtype=np.int64)
    first[inv[::-1]] = np.arange(len(inv) - 1, -1, -1)  # the first row of each
    return first, inv


def _point_columns(table: _Table, units: UnitSet) -> dict[int, _Point]:
    """Point claims by table position (rows with a lat or lon), located in one pass."""
    lat_c, lon_c = table.col("lat"), table.col("lon")
    lat_has = np.array([bool(v) for v in lat_c.values])[lat_c.codes]
    lon_has = np.array([bool(v) for v in lon_c.values])[lon_c.codes]
    pos = np.flatnonzero((lat_has | lon_has) & ~table.empty)
    if not len(pos):
        return {}
    recs = [{"lat": lat_c.values[lat_c.codes[i]], "lon": lon_c.values[lon_c.codes[i]]} for i in pos]
    by_row = _locate_points(recs, [int(i) for i in pos], units)
    return {int(i): by_row[int(i)] for i in pos}


def read_claims(
    path: str | Path,
    units: UnitSet,
    *,
    vocabulary: Vocabulary = DEFAULT,
    aliases: str | Path | None = None,
    today: dt.date | None = None,
    skip_invalid: bool = False,
    on_future: Literal["error", "warning"] = "error",
) -> Ledger:
    """Read, validate and resolve a claims ledger against ``units``.

    Columnar: dates, statuses, URLs, confidences and names are checked once per distinct
    value (or combination), the results indexed by each row's codes; problems are made
    only for the rows that have them, located as precisely as row by row (file, row,
    column, value) and in the same order.

    Parameters
    ----------
    path
        CSV, JSON or GeoJSON file.
    units
        The boundary set the names must resolve to.
    skip_invalid
        Keep the valid rows and report the rest (``Ledger.problems``) instead of raising.

    Raises
    ------
    ClaimsError
        Malformed file or rows (every problem listed, with row, column and value).
    MatchError
        Names that do not resolve (with suggestions), when only names are wrong.
    """
    p = Path(path)
    name = str(path)
    t = read_table(p, _WANTED, legacy=_read_rows, check_header=_csv_rows)
    if not t.n:
        raise ClaimsError([Problem(name, None, None, None, "no claims (header only)")])
    n, rows, live = t.n, t.rows, ~t.empty
    points = _point_columns(t, units)
    gaz: Gazetteer = units.gazetteer(aliases=aliases)
    today = today or dt.date.today()
    found: list[tuple[int, float, int, Problem]] = []  # (position, slot, seq, problem)
    row_err = np.zeros(n, dtype=bool)

    def flag(mask: np.ndarray, slot: float, make: Callable[[int], Problem]) -> None:
        for i in np.flatnonzero(mask):
            found.append((int(i), slot, 0, make(int(i))))

    # dates: each distinct spelling parsed once
    stamps: dict[str, Any] = {}
    for col, slot, warn_slot in (("date", 1.0, 0.0), ("reported", 2.0, 0.5)):
        c = t.col(col)
        parsed: list[dt.date | None] = []
        why: list[str | None] = []
        for v in c.values:
            if col == "reported" and not v:
                parsed.append(None)
                why.append(None)
                continue
            try:
                parsed.append(parse_date(v))
                why.append(None)
            except DateError as exc:
                parsed.append(None)
                why.append(str(exc) if col == "date" else f"{exc} (or leave it empty)")
        bad = np.array([w is not None for w in why])[c.codes] & live
        for i in np.flatnonzero(bad):
            code = c.codes[i]
            found.append(
                (int(i), slot, 0, Problem(name, int(rows[i]), col, c.values[code], why[code]))
            )
        row_err |= bad
        future = np.array([d is not None and d > today for d in parsed])[c.codes] & live
        what = "date" if col == "date" else "reported date"
        msg = f"{what} is in the future (today is {today.isoformat()})"
        error = on_future == "error"
        severity: Literal["error", "warning"] = "error" if error else "warning"
        for i in np.flatnonzero(future):
            found.append(
                (
                    int(i),
                    slot if error else warn_slot,
                    0,
                    Problem(name, int(rows[i]), col, c.values[c.codes[i]], msg, severity),
                )
            )
        if error:
            row_err |= future
        stamps[col] = pd.Series([pd.Timestamp(d) if d else pd.NaT for d in parsed], dtype=object)
    date_c, date_parsed = t.col("date"), stamps["date"]

    # status and actor: each distinct pair resolved once
    st, ac = t.col("status"), t.col("actor")
    first, pair = _pair_codes(st.codes, ac.codes)
    outcomes = [
        _resolve_status(vocabulary, st.values[st.codes[i]], ac.values[ac.codes[i]]) for i in first
    ]
    pair_bad = np.array([not isinstance(o, tuple) for o in outcomes])[pair] & live
    for i in np.flatnonzero(pair_bad):
        for seq, (col, why_s) in enumerate(cast(list[tuple[str, str]], outcomes[pair[i]])):
            value = (st if col == "status" else ac).values[(st if col == "status" else ac).codes[i]]
            found.append((int(i), 3.0, seq, Problem(name, int(rows[i]), col, value, why_s)))
    row_err |= pair_bad
    status_key = np.array([o[0] if isinstance(o, tuple) else "" for o in outcomes], dtype=object)
    actor_key = np.array([o[1] if isinstance(o, tuple) else "" for o in outcomes], dtype=object)

    src = t.col("source")
    no_source = np.array([not v for v in src.values])[src.codes] & live
    flag(
        no_source,
        4.0,
        lambda i: Problem(
            name, int(rows[i]), "source", "", "every claim needs a source (outlet or person)"
        ),
    )
    row_err |= no_source
    url = t.col("url")
    url_bad_code = np.array(
        [bool(v) and not (_SURE_URL.fullmatch(v) or is_http_url(v)) for v in url.values]
    )
    url_bad = url_bad_code[url.codes] & live
    flag(
        url_bad,
        5.0,
        lambda i: Problem(
            name,
            int(rows[i]),
            "url",
            url.values[url.codes[i]],
            "only absolute http(s) URLs are accepted (or leave empty)",
        ),
    )
    row_err |= url_bad
    conf = t.col("confidence")
    conf_lower = [v.lower() for v in conf.values]
    conf_bad = np.array([bool(v) and v not in CONFIDENCE for v in conf_lower])[conf.codes] & live
    flag(
        conf_bad,
        6.0,
        lambda i: Problem(
            name,
            int(rows[i]),
            "confidence",
            conf.values[conf.codes[i]],
            f"must be one of {list(CONFIDENCE)} or empty",
        ),
    )
    row_err |= conf_bad

    # names, scope and points: each distinct (province, district, unit, scope) once
    pv, ds, un, sc = t.col("province"), t.col("district"), t.col("unit"), t.col("scope")
    first, combo = _pair_codes(pv.codes, ds.codes, un.codes, sc.codes)
    matches: dict[tuple[str, str], Match] = {}
    blocks: list[_Block] = []
    block_of = np.empty(n, dtype=np.int64)

    def block_for(i: int, pt: _Point | None) -> _Block:
        return _names_block(
            pv.values[pv.codes[i]],
            ds.values[ds.codes[i]],
            un.values[un.codes[i]],
            sc.values[sc.codes[i]],
            pt,
            units=units,
            gaz=gaz,
            matches=matches,
            name=name,
        )

    combo_block: dict[int, int] = {}
    live_first = [int(i) for i in first]
    for k, r in enumerate(live_first):
        if r in points:
            continue  # point rows get their own block below
        combo_block[k] = len(blocks)
        blocks.append(block_for(r, None))
    point_pos = np.zeros(n, dtype=bool)
    point_pos[list(points)] = True
    need = np.flatnonzero(~point_pos)
    missing = sorted(set(np.unique(combo[need]).tolist()) - set(combo_block))
    for k in missing:  # combinations whose first row is a point row
        r = int(need[np.flatnonzero(combo[need] == k)[0]])
        combo_block[k] = len(blocks)
        blocks.append(block_for(r, None))
    lookup = np.full(int(combo.max(initial=-1)) + 1, -1, dtype=np.int64)
    for k, b in combo_block.items():
        lookup[k] = b
    block_of[:] = lookup[combo] if n else block_of
    for r, pt in points.items():
        block_of[r] = len(blocks)
        blocks.append(block_for(r, pt))
    block_err = np.array([b.has_error for b in blocks])
    block_has = np.array([bool(b.problems) for b in blocks])
    b_err = block_err[block_of] & live
    row_err |= b_err
    for i in np.flatnonzero(block_has[block_of] & live):
        for seq, prob in enumerate(blocks[block_of[i]].problems):
            found.append((int(i), 7.0, seq, replace(prob, row=int(rows[i]))))
    ignored = np.array([b.ignored for b in blocks])[block_of]
    valid = live & ~row_err & ~ignored

    # duplicates among the rows kept: same date, names, status, source, URL and point
    keep = np.flatnonzero(valid)
    day_code = _canon([str(x.date()) if x is not pd.NaT else "" for x in date_parsed])
    if len(keep):
        pt_code = np.zeros(n, dtype=np.int64)
        pt_code[list(points)] = 1 + _canon([pt.text for pt in points.values()])
        sa_code = _canon([f"{a}|{b}" for a, b in zip(status_key, actor_key, strict=True)])
        _, cheap = _pair_codes(
            day_code[date_c.codes[keep]],
            _canon([b.province.lower() for b in blocks])[block_of[keep]],
            _canon([b.district.lower() for b in blocks])[block_of[keep]],
            sa_code[pair[keep]],
            _canon(url.values)[url.codes[keep]],
            pt_code[keep],
        )
        # sources are compared only where everything else repeats (a million distinct
        # sources are not hashed for nothing)
        cand = pd.Series(cheap).duplicated(keep=False).to_numpy()
        if cand.any():
            src_code = np.full(len(keep), -1, dtype=np.int64)
            src_code[cand] = _canon(src.text(keep[cand]))
            first_of, group = _pair_codes(cheap, src_code + 1)
            dup = cand & (first_of[group] != np.arange(len(keep)))
            for j in np.flatnonzero(dup):
                at_ = int(keep[j])
                found.append(
                    (
                        at_,
                        8.0,
                        0,
                        Problem(
                            name,
                            int(rows[at_]),
                            None,
                            None,
                            f"duplicate of row {int(rows[keep[first_of[group[j]]]])} (same "
                            "unit, date, status and source); counted once",
                            "warning",
                        ),
                    )
                )
            keep = keep[~dup]
    found.sort(key=lambda x: (x[0], x[1], x[2]))
    problems = [*t.problems, *(f[3] for f in found)]
    errors = [pr for pr in problems if pr.severity == "error"]
    name_problem_rows = {int(rows[i]) for i in np.flatnonzero(b_err)} & {
        int(rows[i])
        for i in np.flatnonzero(np.array([b.name_problem for b in blocks])[block_of] & live)
    }
    if errors and not skip_invalid:
        only_names = {e.row for e in errors} <= name_problem_rows and all(
            e.column in ("province", "district") for e in errors
        )
        cls = MatchError if only_names else ClaimsError
        raise cls(
            problems,
            summary=f"{name}: {len(errors)} problem(s) in "
            f"{len({e.row for e in errors})} row(s); nothing was drawn",
        )
    frame = _frame(
        t, keep, blocks, block_of, points, stamps, pair, status_key, actor_key, conf_lower, units
    )
    skipped = sorted({e.row for e in errors if e.row is not None})
    where = []
    for i in np.flatnonzero(row_err & live):
        b = blocks[block_of[i]]
        names_ok = not b.name_problem
        m = b.match
        where.append(
            (
                int(rows[i]),
                date_parsed[date_c.codes[i]],
                b.scope if b.scope in SCOPES and (names_ok or b.scope == "country") else "",
                m.province or "",
                m.unit_ids[0]
                if names_ok and b.scope == "district" and len(m.unit_ids) == 1
                else "",
            )
        )
    known = pd.DataFrame(where, columns=list(SKIPPED_COLUMNS)).astype(
        {"row": int, "scope": object, "province": object, "unit_id": object}
    )
    # rows skipped before their names were read (ragged rows, non-object records)
    blind = sorted(set(skipped) - set(known["row"]))
    if blind:
        rest = pd.DataFrame(
            {"row": blind, "date": pd.NaT, "scope": "", "province": "", "unit_id": ""}
        )
        known = pd.concat([known, rest], ignore_index=True)
    known = known[known["row"].isin(skipped)].sort_values("row").reset_index(drop=True)
    return Ledger(frame, name, vocabulary, problems, skipped, known)


def _canon(values: list[str] | np.ndarray) -> np.ndarray:
    """One code per distinct value (equal texts, equal codes)."""
    return pd.factorize(np.asarray(values, dtype=object))[0].astype(np.int64)


def _strings(values: list[str], codes: np.ndarray) -> Any:
    """``values[codes]`` as pandas' default string column, built in Arrow (no Python
    string per row)."""
    import pyarrow as pa

    # a dictionary array cast to plain strings: a third faster than a take here
    arr = pa.DictionaryArray.from_arrays(
        pa.array(codes, pa.int64()), pa.array(values, pa.large_string())
    ).cast(pa.large_string())
    return pd.array(arr, dtype=pd.Series([""]).dtype)


def _frame(
    t: _Table,
    keep: np.ndarray,
    blocks: list[_Block],
    block_of: np.ndarray,
    points: dict[int, _Point],
    stamps: dict[str, Any],
    pair: np.ndarray,
    status_key: np.ndarray,
    actor_key: np.ndarray,
    conf_lower: list[str],
    units: UnitSet,
) -> pd.DataFrame:
    """``Ledger.claims`` for the kept positions, sorted by date then row."""
    if not len(keep):
        return pd.DataFrame([], columns=LEDGER_COLUMNS)
    date_c, rep_c = t.col("date"), t.col("reported")

    def seconds(col: str) -> np.ndarray:
        return np.array(
            [
                np.datetime64(x.to_pydatetime(), "s")
                if x is not pd.NaT
                else np.datetime64("NaT", "s")
                for x in stamps[col]
            ],
            dtype="datetime64[s]",
        )

    dates = seconds("date")[date_c.codes[keep]]
    order = np.lexsort((t.rows[keep], dates))
    keep, dates = keep[order], dates[order]
    bk = block_of[keep]

    def per_block(f: Callable[[_Block], str]) -> Any:
        return _strings([f(b) for b in blocks], bk)

    note = t.col("note")
    note_values, note_codes = list(note.values), note.codes[keep].copy()
    extra = [b.match.note or "" for b in blocks]
    for j in np.flatnonzero(np.array([bool(x) for x in extra])[bk]):
        note_values.append("; ".join(x for x in (note_values[note_codes[j]], extra[bk[j]]) if x))
        note_codes[j] = len(note_values) - 1
    if points:
        for j in np.flatnonzero(np.isin(keep, list(points))):
            pt = points[int(keep[j])]
            here = f"located at {pt.text} (lat, lon)"
            note_values.append("; ".join(x for x in (note_values[note_codes[j]], here) if x))
            note_codes[j] = len(note_values) - 1
    src, url, conf = t.col("source"), t.col("url"), t.col("confidence")
    cols: dict[str, Any] = {
        "row": t.rows[keep].astype(np.int64),
        "date": dates,
        "reported": seconds("reported")[rep_c.codes[keep]],
        "province": per_block(lambda b: b.match.province or ""),
        "district": per_block(lambda b: b.district or _unit_name(b.match, units, b.scope)),
        "status": _strings(list(status_key), pair[keep]),
        "actor": _strings(list(actor_key), pair[keep]),
        "source": _strings(src.values, src.codes[keep]),
        "url": _strings(url.values, url.codes[keep]),
        "confidence": _strings(conf_lower, conf.codes[keep]),
        "note": _strings(note_values, note_codes),
        "scope": per_block(lambda b: b.scope),
        "unit_id": per_block(
            lambda b: b.match.unit_ids[0] if b.scope == "district" and b.match.unit_ids else ""
        ),
        "input_province": per_block(lambda b: b.province),
    }
    return pd.DataFrame(cols, columns=LEDGER_COLUMNS)


def skipped_in_scope(
    ledger: Ledger,
    units: UnitSet,
    scope_units: Any,
    *,
    date: str | dt.date | pd.Timestamp | None = None,
    scope_text: str = "this claim's scope",
) -> list[str]:
    """Sentences saying which rows skipped by ``--skip-invalid`` may bear on a scope.

    A skipped row bears on the scope (the unit ids ``scope_units``, e.g. a verdict's) if it
    is country-wide, names a district in it, or names a province with a unit in it
    (a row whose district did not resolve but whose province did counts as that province).
    A row none of whose names resolved may lie anywhere: it is counted apart. Rows dated
    after ``date`` cannot change the state on ``date`` and are left out (a row whose date
    is unreadable is kept). Empty list when no skipped row bears on the scope.
    """
    sk = ledger.skipped
    if not len(sk):
        return []
    if date is not None:
        day = pd.Timestamp(date).normalize()
        sk = sk[~(sk["date"].notna() & (pd.to_datetime(sk["date"]) > day))]
    ids = {str(u) for u in scope_units}
    u = units.table
    in_scope = u.index.astype(str).isin(list(ids))
    provinces = set(u.loc[in_scope, "province"].astype(str)) if "province" in u else set()
    country = sk["scope"] == "country"
    district = (sk["unit_id"] != "") & sk["unit_id"].astype(str).isin(list(ids))
    province = (sk["unit_id"] == "") & (sk["province"] != "") & sk["province"].isin(list(provinces))
    placed = (sk["unit_id"] != "") | (sk["province"] != "") | country
    touching = sk[country | district | province]
    loose = sk[~placed]
    out: list[str] = []
    if len(touching):
        kinds = {
            "the whole country" if sc == "country" else f"{units.level}s" if uid else "provinces"
            for sc, uid in zip(touching["scope"], touching["unit_id"], strict=True)
        }
        what = kinds.pop() if len(kinds) == 1 else "units"
        out.append(
            f"{len(touching)} skipped row(s) (rows {row_ranges(touching['row'])}) name {what} "
            f"in {scope_text}; fixing them may change this verdict"
        )
    if len(loose):
        out.append(
            f"{len(loose)} skipped row(s) (rows {row_ranges(loose['row'])}) name no unit that "
            f"resolves; they may lie in {scope_text}"
        )
    return out


def row_ranges(rows: Any, limit: int = 20) -> str:
    """Row numbers as ranges ``2-4, 7``; more than ``limit`` ranges end with a count."""
    nums = sorted(int(r) for r in rows)
    if not nums:
        return ""
    parts: list[str] = []
    start = prev = nums[0]
    for r in [*nums[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if r is not None:
            start = prev = r
    if len(parts) > limit:
        return ", ".join(parts[:limit]) + f" and {len(parts) - limit} more range(s)"
    return ", ".join(parts)


def _point_match(
    pt: _Point, units: UnitSet, scope: str, name: str, row: int, errs: list[Problem]
) -> Match | None:
    """The unit (or, for scope ``province``, the province) holding a row's point; a
    point in no unit or on a shared border is an error naming the unit(s)."""
    if pt.problems:
        return None
    u = units.table
    if not pt.unit_ids:
        errs.append(
            Problem(name, row, "lat,lon", pt.text, f"the point is in no unit of {units.boundary}")
        )
        return None
    label = {
        uid: f"{u.at[uid, 'name']!s} ({u.at[uid, 'province']!s})"
        if units.level != "province" and "province" in u
        else str(u.at[uid, "name"])
        for uid in pt.unit_ids
    }
    provinces = sorted({str(u.at[uid, "province"]) for uid in pt.unit_ids})
    if scope == "province" or units.level == "province":
        if len(provinces) > 1:
            errs.append(
                Problem(
                    name,
                    row,
                    "lat,lon",
                    pt.text,
                    f"the point is on the border of {' and '.join(provinces)}; "
                    "give the province by name",
                )
            )
            return None
        return Match(province=provinces[0])
    if len(pt.unit_ids) > 1:
        errs.append(
            Problem(
                name,
                row,
                "lat,lon",
                pt.text,
                f"the point is on the border of {' and '.join(label[x] for x in pt.unit_ids)}; "
                "give the district by name (or move the point inside one)",
            )
        )
        return None
    return Match(unit_ids=list(pt.unit_ids), province=provinces[0])


def _check_agreement(
    at: Match,
    match: Match,
    get: dict[str, str],
    units: UnitSet,
    scope: str,
    name: str,
    row: int,
    pt: _Point,
    errs: list[Problem],
) -> None:
    """A row naming a unit and giving a point: both must be the same place."""
    u = units.table
    if scope == "district" and get["district"] and match.unit_ids:
        named_uid, point_uid = match.unit_ids[0], at.unit_ids[0]
        if named_uid != point_uid:
            errs.append(
                Problem(
                    name,
                    row,
                    "lat,lon",
                    pt.text,
                    f"the point is in {u.at[point_uid, 'name']!s} ({at.province}), the row names "
                    f"{u.at[named_uid, 'name']!s} ({match.province}); make them agree or give one",
                )
            )
    elif match.province and at.province and match.province != at.province:
        errs.append(
            Problem(
                name,
                row,
                "lat,lon",
                pt.text,
                f"the point is in {at.province}, the row names {match.province}; "
                "make them agree or give one",
            )
        )


def _unit_name(match: Match, units: UnitSet, scope: str) -> str:
    """A point claim's district name (its unit's), or "" for other claims."""
    if scope == "district" and match.unit_ids and units.level != "province":
        return str(units.table.at[match.unit_ids[0], "name"])
    return ""
