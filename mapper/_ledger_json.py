"""JSON and GeoJSON claims ledgers: records to string rows, refusing what would be coerced.

A value where the ledger expects text must be a string or a number; a number keeps its text
form exactly as written (``12`` stays "12", ``2.50`` stays "2.50"); ``null`` is empty. A
list, an object, ``true``/``false`` and the non-standard ``NaN``/``Infinity`` are refused,
naming the record (or GeoJSON feature), the column and the value. A record that is empty or
not an object, a feature without properties, and JSON nested deeper than the parser allows
are refused the same way; with ``--skip-invalid`` they are skipped and counted.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ClaimsError, Problem

#: A ledger is at most four levels deep (FeatureCollection > features > feature >
#: properties); Python's parser stops at about 1,000, and mapper refuses anything deeper
#: than this (which no ledger needs) before parsing.
MAX_DEPTH = 64


class _Pairs(dict[str, Any]):
    """An object as parsed, remembering keys that were given twice."""

    duplicates: list[str]


def _pairs(items: list[tuple[str, Any]]) -> _Pairs:
    out = _Pairs(items)
    seen: set[str] = set()
    out.duplicates = []
    for k, _ in items:
        key = str(k).strip().lower()
        if key in seen:
            out.duplicates.append(str(k))
        seen.add(key)
    return out


class _Number(str):
    """A JSON number, kept as the text it was written as."""


def _show(value: Any) -> str:
    """``value`` as it was written in the JSON (numbers unquoted, as in the file)."""
    if isinstance(value, _Number | _NonStandard):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_show(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


class _NonStandard(str):
    """``NaN``, ``Infinity`` or ``-Infinity``: accepted by Python's parser, not JSON."""


def _constant(token: str) -> Any:
    return _NonStandard(token)


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep ``text``'s brackets nest (strings skipped), counting up to ``limit + 1``."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _load(name: str, text: str) -> Any:
    def fail(msg: str) -> ClaimsError:
        return ClaimsError([Problem(name, None, None, None, msg)])

    # the common case: parse first, measure only what the parser cannot take
    try:
        return json.loads(
            text,
            parse_int=_Number,
            parse_float=_Number,
            parse_constant=_constant,
            object_pairs_hook=_pairs,
        )
    except RecursionError:
        raise _too_deep(name) from None
    except ValueError as e:
        raise fail(f"invalid JSON: {e}") from e


def _too_deep(name: str) -> ClaimsError:
    return ClaimsError(
        [
            Problem(
                name,
                None,
                None,
                None,
                f"JSON nested too deep (more than {MAX_DEPTH} levels); a ledger is a list of "
                "flat objects, at most 4 levels deep (FeatureCollection > features > feature "
                "> properties)",
            )
        ]
    )


def _cell(value: Any) -> tuple[str, str | None]:
    """``(text, problem)``: a scalar's text form, or why it is refused."""
    if value is None:
        return "", None
    if isinstance(value, _NonStandard):
        return "", f"{value} is not valid JSON; write null, or a number"
    if isinstance(value, str):  # numbers arrive as their source text (parse_int/parse_float)
        return str(value), None
    if isinstance(value, bool):
        return "", f'is {"true" if value else "false"} (a boolean); write text, e.g. "yes"'
    if isinstance(value, list):
        return "", "is a list; give one value as text (one claim per record)"
    if isinstance(value, dict):
        return "", "is an object; give one value as text"
    return "", f"is a {type(value).__name__}; give text or a number"  # pragma: no cover


def _with_point(name: str, i: int, label: str, f: dict[str, Any], problems: list[Problem]) -> Any:
    """A feature's properties, with a Point geometry's coordinates as ``lon``/``lat`` (a
    point claim, see :mod:`mapper.claims`). Other geometries are ignored with a warning."""
    props = f["properties"]
    geom = f.get("geometry")
    if geom is None:
        return props
    kind = geom.get("type") if isinstance(geom, dict) else None
    if kind != "Point":
        problems.append(
            Problem(
                name,
                i,
                "geometry",
                str(kind)[:60],
                f"{label}: a {kind} geometry is ignored; a claim's unit comes from its names "
                "or a Point",
                "warning",
            )
        )
        return props
    xy = geom.get("coordinates")
    if "lat" in props or "lon" in props:
        problems.append(
            Problem(
                name, i, "geometry", None, f"{label} gives a Point and lat/lon properties; give one"
            )
        )
        return None
    if not isinstance(xy, list) or len(xy) not in (2, 3):
        problems.append(
            Problem(
                name,
                i,
                "geometry",
                json.dumps(xy)[:60],
                f"{label}: a Point's coordinates are [lon, lat] in WGS84 degrees",
            )
        )
        return None
    props["lon"], props["lat"] = xy[0], xy[1]
    return props


def json_rows(name: str, text: str) -> tuple[list[dict[str, str]], list[int], list[Problem]]:
    """Rows of a JSON or GeoJSON ledger as string dicts (lower-case keys), their record
    numbers, and the problems found. A refused record is an empty dict with its problem."""
    # deeper nesting beyond the first 100,000 characters ends in the parser's own limit
    if nesting_depth(text[:100_000]) > MAX_DEPTH:
        raise _too_deep(name)
    doc = _load(name, text)
    records: list[Any]
    what = "record"
    rows: list[dict[str, str]] = []
    problems: list[Problem] = []
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        feats = doc.get("features")
        if not isinstance(feats, list):
            raise ClaimsError(
                [
                    Problem(
                        name, None, "features", None, "a FeatureCollection needs a list 'features'"
                    )
                ]
            )
        what = "feature"
        records = []
        for i, f in enumerate(feats, start=1):
            label = f"feature {i}" + (
                f" (id {f['id']!r})" if isinstance(f, dict) and f.get("id") is not None else ""
            )
            if not isinstance(f, dict) or f.get("type") != "Feature":
                problems.append(
                    Problem(name, i, None, repr(f)[:60], f"{label} is not a GeoJSON Feature")
                )
                records.append(None)
            elif not isinstance(f.get("properties"), dict) or not f["properties"]:
                problems.append(
                    Problem(
                        name,
                        i,
                        "properties",
                        repr(f.get("properties"))[:60],
                        f"{label} has no properties; a claim's columns (date, status, source "
                        "...) are the feature's properties",
                    )
                )
                records.append(None)
            else:
                records.append(_with_point(name, i, label, f, problems))
    elif isinstance(doc, dict) and isinstance(doc.get("claims"), list):
        records = doc["claims"]
    elif isinstance(doc, list):
        records = doc
    else:
        raise ClaimsError(
            [
                Problem(
                    name,
                    None,
                    None,
                    None,
                    'JSON must be a list of claim objects, {"claims": [...]}, '
                    "or a GeoJSON FeatureCollection",
                )
            ]
        )
    for i, rec in enumerate(records, start=1):
        if rec is None:  # a feature refused above
            rows.append({})
            continue
        if not isinstance(rec, dict):
            shown = rec if isinstance(rec, str) else _show(rec)
            problems.append(
                Problem(name, i, None, shown[:60], f"record is not an object ({what} {i})")
            )
            rows.append({})
            continue
        if not rec:
            problems.append(
                Problem(
                    name,
                    i,
                    None,
                    "{}",
                    f"{what} {i} is empty; a claim needs date, status, source and a unit",
                )
            )
            rows.append({})
            continue
        row: dict[str, str] = {}
        bad = False
        for dup in getattr(rec, "duplicates", []):
            problems.append(
                Problem(name, i, dup, None, f"column {dup!r} is given twice in {what} {i}")
            )
            bad = True
        for k, v in rec.items():
            text_value, why = _cell(v)
            key = str(k).strip().lower()
            if why:
                shown = v if isinstance(v, str) else _show(v)[:60]
                problems.append(Problem(name, i, key, shown, f"{what} {i}: value {why}"))
                bad = True
            row[key] = text_value
        rows.append({} if bad else row)
    return rows, list(range(1, len(rows) + 1)), problems
