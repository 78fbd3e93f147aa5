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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

import pandas as pd

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
        ids = units.units.index.to_numpy()
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
    rows, numbers, problems = _read_rows(p)
    if not rows:
        raise ClaimsError([Problem(name, None, None, None, "no claims (header only)")])
    points = _locate_points(rows, numbers, units)
    gaz: Gazetteer = units.gazetteer(aliases=aliases)
    today = today or dt.date.today()
    out: list[dict[str, Any]] = []
    name_problem_rows: set[int] = set()
    seen: dict[tuple[str, ...], int] = {}
    where: list[tuple[int, Any, str, str, str]] = []
    # ledgers repeat the same few names and statuses: resolve each spelling once
    matches: dict[tuple[str, str], Match] = {}
    resolved: dict[tuple[str, str], tuple[str, str] | list[tuple[str, str]]] = {}
    for rec, row in zip(rows, numbers, strict=True):
        if not rec:
            continue
        errs: list[Problem] = []

        def err(
            col: str | None, val: str | None, msg: str, _row: int = row, _errs: list[Problem] = errs
        ) -> None:
            _errs.append(Problem(name, _row, col, val, msg))

        get = {c: (rec.get(c) or "").strip() for c in COLUMNS}
        one_col = ""  # a one-level set's unit may be named in `unit` or `district` too
        if units.levels == 1 and not get["province"] and (rec.get("unit") or get["district"]):
            one_col = "unit" if (rec.get("unit") or "").strip() else "district"
            get["province"], get["district"] = (rec.get(one_col) or "").strip(), ""
        date = reported = None
        try:
            date = parse_date(get["date"])
        except DateError as exc:
            err("date", get["date"], str(exc))
        if date is not None and date > today:
            msg = f"date is in the future (today is {today.isoformat()})"
            if on_future == "error":
                err("date", get["date"], msg)
            else:
                problems.append(Problem(name, row, "date", get["date"], msg, "warning"))
        if get["reported"]:
            try:
                reported = parse_date(get["reported"])
            except DateError as exc:
                err("reported", get["reported"], f"{exc} (or leave it empty)")
        if reported is not None and reported > today:
            # the same rule as `date`: nobody reported anything after today
            msg = f"reported date is in the future (today is {today.isoformat()})"
            if on_future == "error":
                err("reported", get["reported"], msg)
            else:
                problems.append(Problem(name, row, "reported", get["reported"], msg, "warning"))
        status = actor = ""
        rkey = (get["status"], get["actor"])
        if rkey not in resolved:
            resolved[rkey] = _resolve_status(vocabulary, *rkey)
        outcome = resolved[rkey]
        if isinstance(outcome, tuple):
            status, actor = outcome
        else:
            for col, why in outcome:
                err(col, get[col], why)
        if not get["source"]:
            err("source", "", "every claim needs a source (outlet or person)")
        if get["url"] and not is_http_url(get["url"]):
            err("url", get["url"], "only absolute http(s) URLs are accepted (or leave empty)")
        conf = get["confidence"].lower()
        if conf and conf not in CONFIDENCE:
            err("confidence", get["confidence"], f"must be one of {list(CONFIDENCE)} or empty")
        province_map = units.level == "province"
        given = (rec.get("scope") or "").strip()
        scope = given.lower()
        pt = points.get(row)
        if pt is not None and scope == "country":
            err("lat,lon", pt.text, "a country-wide claim (scope 'country') has no point")
        if scope and scope not in SCOPES:
            err("scope", given, f"must be one of {list(SCOPES)} or empty (inferred from the names)")
        elif scope == "country" and (get["province"] or get["district"]):
            for col in ("province", "district"):
                if get[col]:
                    err(
                        col,
                        get[col],
                        "a country-wide claim (scope 'country') names no unit; "
                        "leave province and district empty",
                    )
        elif scope == "province" and get["district"]:
            err(
                "district",
                get["district"],
                "scope 'province' claims name no district; leave it empty or use scope 'district'",
            )
        elif scope == "district" and not get["district"] and pt is None:
            err("district", "", "scope 'district' needs a district name (or lat and lon)")
        if not scope:
            point_unit = pt is not None and not province_map
            scope = "district" if get["district"] or point_unit else "province"
        # on a province map a district claim says nothing about the whole province
        mkey = (get["province"], "" if province_map else get["district"])
        # a bad scope on a row without names is one problem, not two
        no_names = scope == "country" or (scope not in SCOPES and not any(mkey))
        named = bool(get["province"] or get["district"])
        match = Match() if no_names else matches.get(mkey)
        at: Match | None = None
        if pt is not None and scope != "country":
            # a point claim: the unit holding the point; names given too must agree
            for col, val, why in pt.problems:
                err(col, val, why)
            at = _point_match(pt, units, scope, name, row, errs)
            if not named:
                match = at or Match()
        if match is None:
            match = matches[mkey] = gaz.match(*mkey)
        if at is not None and pt is not None and named and not match.problem:
            _check_agreement(at, match, get, units, scope, name, row, pt, errs)
            if not get["district"]:
                match = at  # a province name and a point in it: the point's unit
        if match.problem and not get["province"] and not get["district"]:
            errs.append(
                Problem(
                    name,
                    row,
                    "province",
                    None,
                    f"{match.problem}; for a claim on the whole country set scope to 'country'",
                )
            )
            name_problem_rows.add(row)
        elif match.problem:
            hint = (
                f"; did you mean {', '.join(repr(s) for s in match.suggestions)}?"
                if match.suggestions
                else ""
            )
            col = "district" if get["district"] and match.province else "province"
            value = get[col] or None
            col = one_col or col
            also: Problem | None = None
            if col == "province" and get["province"] and mkey[1]:
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
                        name, row, "district", mkey[1], f"{dm.problem} in any province{more}"
                    )
            errs.append(Problem(name, row, col, value, match.problem + hint))
            if also is not None:
                errs.append(also)
            name_problem_rows.add(row)
        elif get["district"] and units.level == "province":
            errs.append(
                Problem(
                    name,
                    row,
                    "district",
                    get["district"],
                    "district claim ignored: the boundary set has provinces only "
                    "(use a district boundary set to map it)",
                    "warning",
                )
            )
        elif match.note:  # a district created after the boundary set, or a locality
            errs.append(Problem(name, row, "district", get["district"], match.note, "warning"))
        problems.extend(errs)
        if any(e.severity == "error" for e in errs):
            # where a skipped row points, as far as it resolves (skipped_in_scope)
            names_ok = row not in name_problem_rows
            where.append(
                (
                    row,
                    pd.Timestamp(date) if date is not None else pd.NaT,
                    scope if scope in SCOPES and (names_ok or scope == "country") else "",
                    match.province or "",
                    match.unit_ids[0]
                    if names_ok and scope == "district" and len(match.unit_ids) == 1
                    else "",
                )
            )
            continue
        if get["district"] and province_map:
            continue
        key = (
            str(date),
            get["province"].lower(),
            get["district"].lower(),
            status,
            actor,
            get["source"],
            get["url"],
            pt.text if pt is not None else "",
        )
        if key in seen:
            problems.append(
                Problem(
                    name,
                    row,
                    None,
                    None,
                    f"duplicate of row {seen[key]} (same unit, date, status and "
                    "source); counted once",
                    "warning",
                )
            )
            continue
        seen[key] = row
        out.append(
            {
                "row": row,
                "date": pd.Timestamp(cast(dt.date, date)),
                "reported": pd.Timestamp(reported) if reported else pd.NaT,
                "province": match.province or "",
                "district": get["district"] or _unit_name(match, units, scope),
                "status": status,
                "actor": actor,
                "source": get["source"],
                "url": get["url"],
                "confidence": conf,
                "note": "; ".join(
                    x
                    for x in (
                        get["note"],
                        match.note,
                        f"located at {pt.text} (lat, lon)" if pt is not None else "",
                    )
                    if x
                ),
                "scope": scope,
                "unit_id": match.unit_ids[0] if scope == "district" else "",
                "input_province": get["province"],
            }
        )
    errors = [pr for pr in problems if pr.severity == "error"]
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
    frame = pd.DataFrame(out, columns=LEDGER_COLUMNS)
    frame = frame.sort_values(["date", "row"], kind="stable").reset_index(drop=True)
    skipped = sorted({e.row for e in errors if e.row is not None})
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
    u = units.units
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
    u = units.units
    if not pt.unit_ids:
        errs.append(
            Problem(name, row, "lat,lon", pt.text, f"the point is in no unit of {units.boundary}")
        )
        return None
    label = {
        uid: f"{u.at[uid, 'name']} ({u.at[uid, 'province']})"
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
    u = units.units
    if scope == "district" and get["district"] and match.unit_ids:
        named_uid, point_uid = match.unit_ids[0], at.unit_ids[0]
        if named_uid != point_uid:
            errs.append(
                Problem(
                    name,
                    row,
                    "lat,lon",
                    pt.text,
                    f"the point is in {u.at[point_uid, 'name']} ({at.province}), the row names "
                    f"{u.at[named_uid, 'name']} ({match.province}); make them agree or give one",
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
        return str(units.units.at[match.unit_ids[0], "name"])
    return ""
