"""ACLED event exports -> a claims ledger.

ACLED (acleddata.com) codes dated, located events with actors. Three of its sub-event types
say that control of a place changed hands ("Government regains territory", "Non-state
actor overtakes territory", "Non-violent transfer of territory"); :func:`import_acled`
turns each such event into one claim row, and counts every other event as not a claim
about control. The mapping (sub-event types -> rule, ACLED actor names -> sides, precision
codes -> confidence) is data: ``mapper/data/ingest/acled.toml``, overridable by a small
TOML (``--mapping``). Anything the mapping does not know is refused with the row, column and
value, never guessed.

Every row keeps the event id and ACLED's source, ACLED's admin1/admin2 names (as
``province``/``district``) and the point (``lat``/``lon``). With a boundary set
(:func:`assign_units`) the point decides the unit instead, and ACLED's own names are kept in
``admin1``/``admin2``.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..errors import ClaimsError, Problem
from ..vocabulary import Vocabulary

if TYPE_CHECKING:
    from ..boundaries import UnitSet

#: Columns an export must have (ACLED's published names; the rest are ignored).
REQUIRED = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
)
#: Columns of the ledger written: the claims columns, then the event's own.
LEDGER_COLUMNS = (
    "date",
    "province",
    "district",
    "status",
    "actor",
    "source",
    "confidence",
    "note",
    "lat",
    "lon",
    "event_id",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "admin2",
    "geo_precision",
    "time_precision",
)
_RULES = ("government", "non-government", "actor1", "ignore")
_CONFIDENCE = ("high", "medium", "low")
_MAX_LISTED = 200


@dataclass(frozen=True)
class AcledMapping:
    """What ACLED's codes mean as claims, for one vocabulary."""

    sub_event_types: dict[str, str]
    actors: dict[str, str]
    government: str | None
    base: str
    geo_precision: dict[str, str]
    time_precision: dict[str, str]
    source: str = "built-in"


@dataclass
class ImportResult:
    """The ledger rows and what became of every event."""

    ledger: pd.DataFrame
    events: int
    ignored: dict[str, int] = field(default_factory=dict)
    skipped_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        low = int((self.ledger["confidence"] == "low").sum()) if len(self.ledger) else 0
        parts = [
            f"{self.events} event(s): {len(self.ledger)} claim(s) ({low} low confidence)",
        ]
        if self.ignored:
            top = sorted(self.ignored.items(), key=lambda kv: (-kv[1], kv[0]))
            parts.append(
                f"{sum(self.ignored.values())} not about control ("
                + ", ".join(f"{k} {v}" for k, v in top)
                + ")"
            )
        if self.skipped_rows:
            parts.append(f"{len(self.skipped_rows)} invalid row(s) skipped")
        return "; ".join(parts)


# ---------------------------------------------------------------- the mapping


def _default_table() -> dict[str, Any]:
    res = resources.files("mapper") / "data" / "ingest" / "acled.toml"
    return tomllib.loads(res.read_text("utf-8"))


def load_mapping(vocabulary: Vocabulary, path: str | Path | None = None) -> AcledMapping:
    """The built-in mapping for ``vocabulary``, with ``path`` (TOML) merged over it.

    A user file may hold ``[sub_event_types]``, ``[confidence]``, and ``government`` and
    ``actors`` either at the top level or under ``[presets.NAME]``.

    Raises
    ------
    ClaimsError
        An unreadable file, an unknown key, or a value that is not a rule, status, side or
        confidence level (all problems at once).
    """
    table = _default_table()
    preset = dict(table.get("presets", {}).get(vocabulary.name, {}))
    sub = dict(table["sub_event_types"])
    conf = {k: (dict(v) if isinstance(v, dict) else v) for k, v in table["confidence"].items()}
    actors: dict[str, str] = dict(preset.get("actors", {}))
    government = preset.get("government")
    name = "built-in"
    problems: list[Problem] = []
    if path is not None:
        name = str(path)
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise ClaimsError(
                [Problem(name, None, None, None, f"cannot read the mapping: {e}")]
            ) from e
        for k in user:
            if k not in ("sub_event_types", "confidence", "actors", "government", "presets"):
                problems.append(
                    Problem(
                        name,
                        None,
                        k,
                        None,
                        "unknown key; valid: sub_event_types, confidence, actors, government, "
                        "presets",
                    )
                )
        layers = [user, user.get("presets", {}).get(vocabulary.name, {})]
        for layer in layers:
            if not isinstance(layer, dict):
                continue
            for k, v in _table(layer, "sub_event_types", name, problems).items():
                sub[k] = v
            for k, v in _table(layer, "actors", name, problems).items():
                actors[k] = v
            if "government" in layer:
                government = layer["government"]
            for k, v in _table(layer, "confidence", name, problems).items():
                conf[k] = dict(v) if isinstance(v, dict) else v
    statuses = set(vocabulary.keys)
    for k, v in sub.items():
        if not isinstance(v, str) or (v not in _RULES and v not in statuses):
            problems.append(
                Problem(
                    name,
                    None,
                    f"sub_event_types.{k}",
                    repr(v),
                    f"must be one of {list(_RULES)} or a status key ({', '.join(vocabulary.keys)})",
                )
            )
    for k, v in actors.items():
        if v not in vocabulary.sides:
            problems.append(
                Problem(
                    name,
                    None,
                    f"actors.{k}",
                    repr(v),
                    f"must be a side of the vocabulary: {', '.join(vocabulary.sides)}",
                )
            )
    if government is not None and government not in vocabulary.sides:
        problems.append(
            Problem(
                name,
                None,
                "government",
                repr(government),
                f"must be a side: {', '.join(vocabulary.sides)}",
            )
        )
    base = conf.get("base")
    if base not in _CONFIDENCE:
        problems.append(Problem(name, None, "confidence.base", repr(base), f"one of {_CONFIDENCE}"))
    levels: dict[str, dict[str, str]] = {}
    for col in ("geo_precision", "time_precision"):
        val = conf.get(col)
        if not isinstance(val, dict) or not all(
            isinstance(c, str) and c in _CONFIDENCE for c in val.values()
        ):
            problems.append(
                Problem(
                    name,
                    None,
                    f"confidence.{col}",
                    repr(val),
                    f'a table of code -> {"/".join(_CONFIDENCE)}, e.g. {{ "3" = "low" }}',
                )
            )
            val = {}
        levels[col] = {str(k): str(v) for k, v in val.items()}
    if problems:
        raise ClaimsError(problems, summary=f"{name}: invalid ACLED mapping")
    return AcledMapping(
        sub_event_types=sub,
        actors=actors,
        government=government,
        base=str(base),
        geo_precision=levels["geo_precision"],
        time_precision=levels["time_precision"],
        source=name,
    )


def _table(layer: dict[str, Any], key: str, name: str, problems: list[Problem]) -> dict[str, Any]:
    v = layer.get(key, {})
    if not isinstance(v, dict):
        problems.append(Problem(name, None, key, repr(v), "must be a table"))
        return {}
    return v


def actor_sides(
    names: pd.Series, actors: dict[str, str], vocab: Vocabulary
) -> dict[str, str | None]:
    """Side key (or None) for every distinct actor name: exact names in ``actors``, then its
    glob patterns, then the vocabulary's own spellings (ACLED and UCDP imports)."""
    exact = {k: v for k, v in actors.items() if not any(c in k for c in "*?[")}
    patterns = [(k, v) for k, v in actors.items() if k not in exact]
    out: dict[str, str | None] = {}
    for a in map(str, names.unique()):
        side = exact.get(a)
        if side is None:
            side = next((v for k, v in patterns if fnmatch.fnmatchcase(a, k)), None)
        if side is None and a:
            side = vocab.resolve_side(a)
        out[a] = side
    return out


def _actor_sides(names: pd.Series, mapping: AcledMapping, vocab: Vocabulary) -> dict[str, str]:
    """Side key (or "") for every distinct actor name: mapping patterns, then vocabulary."""
    return {a: side or "" for a, side in actor_sides(names, mapping.actors, vocab).items()}


# ---------------------------------------------------------------- the import


def read_export_csv(
    p: Path, required: Sequence[str], what: str, describe: str, *, sep: str = ","
) -> pd.DataFrame:
    """An event export as strings (UTF-8, with or without BOM), lower-case column names, the
    ``required`` columns present; every failure a ClaimsError naming the file."""
    try:
        df = pd.read_csv(
            p, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig", engine="c"
        )
    except OSError as e:
        raise ClaimsError([Problem(str(p), None, None, None, f"cannot read: {e.strerror}")]) from e
    except UnicodeDecodeError as e:
        raise ClaimsError(
            [Problem(str(p), None, None, None, f"not UTF-8 ({e.reason}); save the export as UTF-8")]
        ) from e
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as e:
        raise ClaimsError([Problem(str(p), None, None, None, f"not a CSV export: {e}")]) from e
    df.columns = [str(c).strip().lower() for c in df.columns]
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ClaimsError(
            [
                Problem(
                    str(p),
                    1,
                    ",".join(missing),
                    None,
                    f"missing {what} column(s) {missing}; {describe}",
                )
            ]
        )
    return df


def read_acled(path: str | Path) -> pd.DataFrame:
    """An ACLED CSV export as strings (UTF-8, with or without BOM; comma, tab or semicolon)."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(4096).decode("utf-8-sig", errors="replace")
    except OSError as e:
        raise ClaimsError([Problem(str(p), None, None, None, f"cannot read: {e.strerror}")]) from e
    first = head.splitlines()[0] if head else ""
    sep = max((",", "\t", ";"), key=first.count)
    return read_export_csv(
        p,
        REQUIRED,
        "ACLED",
        "an ACLED export has "
        "event_id_cnty, event_date, time_precision, sub_event_type, actor1, actor2, "
        "admin1, admin2, location, latitude, longitude, geo_precision, source, notes",
        sep=sep,
    )


def import_acled(
    path: str | Path,
    *,
    vocabulary: Vocabulary,
    mapping: AcledMapping | None = None,
    skip_invalid: bool = False,
) -> ImportResult:
    """Turn an ACLED export into claim rows (see the module docstring for the rules).

    Parameters
    ----------
    path
        ACLED CSV export.
    vocabulary
        The sides the claims are about (a preset or a user file).
    mapping
        From :func:`load_mapping`; the built-in one for ``vocabulary`` if omitted.
    skip_invalid
        Drop rows with problems (counted and listed) instead of raising.

    Raises
    ------
    ClaimsError
        Every problem, each with the file, CSV row, column and value.
    """
    name = str(path)
    mapping = mapping or load_mapping(vocabulary)
    df = read_acled(path)
    n = len(df)
    rows = np.arange(2, n + 2)  # CSV line numbers: the header is line 1
    problems: list[Problem] = []
    bad = np.zeros(n, dtype=bool)

    def flag(mask: np.ndarray, column: str, values: pd.Series, message: str) -> None:
        idx = np.flatnonzero(mask)
        bad[idx] = True
        for i in idx[:_MAX_LISTED]:
            problems.append(Problem(name, int(rows[i]), column, str(values.iat[i]), message))
        if len(idx) > _MAX_LISTED:
            problems.append(
                Problem(name, None, column, None, f"... and {len(idx) - _MAX_LISTED} more rows")
            )

    sub = df["sub_event_type"].str.strip()
    rule = sub.map(mapping.sub_event_types)
    unknown = rule.isna().to_numpy()
    flag(
        unknown,
        "sub_event_type",
        sub,
        "sub-event type not in the ACLED mapping; add it to [sub_event_types] of a --mapping "
        "file (a rule: government, non-government, actor1, ignore, or a status key)",
    )
    ignore = (rule == "ignore").to_numpy()
    ignored = sub[ignore].value_counts().sort_index().to_dict()
    keep = ~unknown & ~ignore
    sides = _actor_sides(pd.concat([df["actor1"], df["actor2"]]), mapping, vocabulary)
    a1 = df["actor1"].map(sides).to_numpy(dtype=object)
    a2 = df["actor2"].map(sides).to_numpy(dtype=object)
    r = rule.to_numpy(dtype=object)
    winner = np.full(n, "", dtype=object)
    status = np.full(n, "", dtype=object)

    m = keep & (r == "actor1")
    flag(
        m & (a1 == ""),
        "actor1",
        df["actor1"],
        f"actor names no side of the vocabulary ({', '.join(vocabulary.sides)}); map it in "
        "[actors] of a --mapping file",
    )
    winner[m] = a1[m]

    gov = mapping.government
    m = keep & (r == "government")
    if gov is None and m.any():
        flag(
            m,
            "sub_event_type",
            sub,
            "the mapping names no government side for this vocabulary; set government = "
            f"SIDE ({', '.join(vocabulary.sides)}) in a --mapping file",
        )
    else:
        flag(
            m & (a1 != gov) & (a2 != gov),
            "actor1",
            df["actor1"] + " / " + df["actor2"],
            f"'Government regains territory' but neither actor is the government side {gov!r}; "
            "map the actor in [actors] of a --mapping file",
        )
        winner[m] = gov

    m = keep & (r == "non-government")
    a1_other = (a1 != "") & (a1 != gov)
    a2_other = (a2 != "") & (a2 != gov)
    flag(
        m & ~(a1_other ^ a2_other),
        "actor1",
        df["actor1"] + " / " + df["actor2"],
        "'Non-state actor overtakes territory' needs exactly one actor on a non-government "
        f"side (government: {gov!r}); map the actors in [actors] of a --mapping file",
    )
    winner[m & a1_other & ~a2_other] = a1[m & a1_other & ~a2_other]
    winner[m & a2_other & ~a1_other] = a2[m & a2_other & ~a1_other]

    m = keep & ~np.isin(r, _RULES)
    status[m] = r[m]
    side_rows = keep & np.isin(r, ("government", "non-government", "actor1"))
    status[side_rows] = winner[side_rows]

    # dates: ISO (API and current exports) or "15 August 2021" (older exports)
    raw_date = df["event_date"].str.strip()
    date = pd.to_datetime(raw_date, format="%Y-%m-%d", errors="coerce")
    other = date.isna() & (raw_date != "")
    if other.any():
        date[other] = pd.to_datetime(raw_date[other], format="%d %B %Y", errors="coerce")
    flag(
        (keep & date.isna().to_numpy()),
        "event_date",
        raw_date,
        "not a date; expected YYYY-MM-DD (or '15 August 2021')",
    )
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    flag(
        keep & ~lat.between(-90, 90).to_numpy(),
        "latitude",
        df["latitude"],
        "latitude must be a number from -90 to 90",
    )
    flag(
        keep & ~lon.between(-180, 180).to_numpy(),
        "longitude",
        df["longitude"],
        "longitude must be a number from -180 to 180",
    )
    conf_rank = {c: i for i, c in enumerate(_CONFIDENCE)}
    rank = np.full(n, conf_rank[mapping.base])
    for col, table in (
        ("geo_precision", mapping.geo_precision),
        ("time_precision", mapping.time_precision),
    ):
        code = df[col].str.strip()
        level = code.map(table)
        flag(
            keep & level.isna().to_numpy(),
            col,
            code,
            f"unknown {col} code; the mapping knows {sorted(table)}",
        )
        rank = np.maximum(rank, level.map(conf_rank).fillna(0).to_numpy(dtype=int))
    eid = df["event_id_cnty"].str.strip()
    flag(keep & (eid == "").to_numpy(), "event_id_cnty", eid, "an event needs its id")
    src = df["source"].str.strip()
    flag(keep & (src == "").to_numpy(), "source", src, "an event needs its source")

    if problems and not skip_invalid:
        raise ClaimsError(problems, summary=f"{name}: {int(bad.sum())} row(s) cannot be imported")
    out_mask = keep & ~bad
    sel = np.flatnonzero(out_mask)
    pick = df.iloc[sel]
    confidence = np.array(_CONFIDENCE, dtype=object)[rank[sel]]
    geo = pick["geo_precision"].str.strip()
    approx = np.where(
        geo.to_numpy() == "3",
        " Location approximate: ACLED geo_precision 3 (only a larger region is known).",
        "",
    )
    ledger = pd.DataFrame(
        {
            "date": date.iloc[sel].dt.strftime("%Y-%m-%d").to_numpy(),
            "province": pick["admin1"].str.strip().to_numpy(),
            "district": pick["admin2"].str.strip().to_numpy(),
            "status": status[sel],
            "actor": winner[sel],
            "source": ("ACLED " + eid.iloc[sel] + ": " + src.iloc[sel]).to_numpy(),
            "confidence": confidence,
            "note": (
                sub.iloc[sel]
                + " ("
                + pick["actor1"]
                + "; "
                + pick["actor2"]
                + ") at "
                + pick["location"]
                + ". "
                + pick["notes"].str.strip()
                + approx
            ).to_numpy(),
            "lat": lat.iloc[sel].to_numpy(),
            "lon": lon.iloc[sel].to_numpy(),
            "event_id": eid.iloc[sel].to_numpy(),
            "sub_event_type": sub.iloc[sel].to_numpy(),
            "actor1": pick["actor1"].to_numpy(),
            "actor2": pick["actor2"].to_numpy(),
            "location": pick["location"].to_numpy(),
            "admin1": pick["admin1"].to_numpy(),
            "admin2": pick["admin2"].to_numpy(),
            "geo_precision": geo.to_numpy(),
            "time_precision": pick["time_precision"].str.strip().to_numpy(),
        },
        columns=list(LEDGER_COLUMNS),
    )
    return ImportResult(
        ledger=ledger,
        events=n,
        ignored={str(k): int(v) for k, v in ignored.items()},
        skipped_rows=[int(rows[i]) for i in np.flatnonzero(bad)],
        problems=problems,
    )


def point_hits(lon: np.ndarray, lat: np.ndarray, units: UnitSet) -> tuple[np.ndarray, np.ndarray]:
    """Every (unit position, point position) pair where the unit holds the point (WGS84
    ``lon``/``lat``), a point on a shared border finding both units. Also used by the
    ledger reader for point claims (:func:`mapper.claims.read_claims`)."""
    import shapely

    geoms = units.units.geometry.to_numpy()
    pts = shapely.points(lon, lat)
    crs = units.units.crs
    if crs is not None and crs.to_epsg() != 4326:
        import geopandas as gpd

        pts = gpd.GeoSeries(pts, crs="EPSG:4326").to_crs(crs).to_numpy()
    # The tree holds the points and the polygons query it: shapely prepares the query
    # geometries, so each polygon is prepared once (3-4x faster than a tree of polygons
    # queried by a million points). "intersects" so a point on a shared border finds both
    # units (refused by the callers).
    ui, pi = shapely.STRtree(pts).query(geoms, predicate="intersects")
    return ui, pi


def assign_units(ledger: pd.DataFrame, units: UnitSet, *, file: str = "ledger") -> pd.DataFrame:
    """Put each claim in the unit containing its point (``lat``/``lon``).

    ``province`` and ``district`` become the unit's names in ``units`` (ACLED's stay in
    ``admin1``/``admin2``). Uses a Sort-Tile-Recursive tree over the points (shapely 2,
    vectorised, the polygons prepared once): the engine ``scripts/benchmark_import.py``
    measured fastest here.

    Raises
    ------
    ClaimsError
        A point in no unit, or on the border of two (both named).
    """
    lon, lat = ledger["lon"].to_numpy(float), ledger["lat"].to_numpy(float)
    ui, pi = point_hits(lon, lat, units)
    pts = lon  # one entry per point
    counts = np.bincount(pi, minlength=len(pts))
    problems: list[Problem] = []
    ids = units.units.index.to_numpy()
    for i in np.flatnonzero(counts == 0)[:_MAX_LISTED]:
        problems.append(
            Problem(
                file,
                i + 2,
                "lat,lon",
                f"{ledger['lat'].iat[i]},{ledger['lon'].iat[i]}",
                f"event {ledger['event_id'].iat[i]}: the point is in no unit of {units.boundary}",
            )
        )
    multi = np.flatnonzero(counts > 1)
    for i in multi[:_MAX_LISTED]:
        both = ", ".join(sorted(str(u) for u in ids[ui[pi == i]]))
        problems.append(
            Problem(
                file,
                i + 2,
                "lat,lon",
                f"{ledger['lat'].iat[i]},{ledger['lon'].iat[i]}",
                f"event {ledger['event_id'].iat[i]}: the point is on the border of {both}; "
                "give the unit by name",
            )
        )
    if problems:
        raise ClaimsError(problems, summary=f"{len(problems)} point(s) cannot be assigned")
    unit_of = np.empty(len(pts), dtype=np.int64)
    unit_of[pi] = ui
    out = ledger.copy()
    u = units.units
    if units.level == "province":
        out["province"] = u["name"].to_numpy()[unit_of]
        out["district"] = ""
    else:
        out["province"] = u["province"].to_numpy()[unit_of]
        out["district"] = u["name"].to_numpy()[unit_of]
    out["unit_id"] = ids[unit_of]
    return out
