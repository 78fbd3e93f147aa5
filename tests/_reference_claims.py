"""The row-by-row ledger reader as it was before the columnar one (issue #13 part 3).

Kept only as the reference the columnar reader must agree with, value for value and
problem for problem (tests/test_claims_columnar.py). Not used by mapper itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal, cast

import pandas as pd

from mapper.boundaries import UnitSet
from mapper.claims import (
    CONFIDENCE,
    LEDGER_COLUMNS,
    SCOPES,
    SKIPPED_COLUMNS,
    Ledger,
    _check_agreement,
    _locate_points,
    _point_match,
    _read_rows,
    _resolve_status,
    _unit_name,
    is_http_url,
    parse_date,
)
from mapper.dates import DateError
from mapper.errors import ClaimsError, MatchError, Problem
from mapper.matching import Gazetteer, Match
from mapper.vocabulary import DEFAULT, Vocabulary

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


def read_claims_reference(
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
