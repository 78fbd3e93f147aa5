"""UCDP GED event exports -> a claims ledger.

UCDP GED (ucdp.uu.se) codes events of organised violence with at least one death: when,
where (with a precision code), between which two sides, how many died, and the sources. It
has no field saying that control of a place changed hands, so :func:`import_ucdp` never
makes a side's control out of an event. By default (``mapper/data/ingest/ucdp.toml``) a
state-based or non-state event between two *different* sides of the vocabulary becomes a
``contested`` claim on its place (no side); one-sided violence, events with an actor mapped
to ``other`` and events located only to a country are counted, not imported. Anything the
mapping does not know (a violence type, a precision code, an actor) is refused with its
row, column and value, never guessed.

The ledger has the same shape as ``mapper import acled``: the claims columns, the point
(``lat``/``lon``), the event id (UCDP's ``id``) and UCDP's own fields; ``--assign`` puts
each event in the unit containing its point (:func:`mapper.ingest.acled.assign_units`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import ClaimsError, Problem
from ..vocabulary import Vocabulary
from .acled import ImportResult, actor_sides, read_export_csv

#: The columns an export must have, by UCDP GED's published names (the 49-column CSV of
#: GED releases and candidate releases; the other columns are kept out of the ledger).
REQUIRED = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "source_article",
    "where_prec",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "event_clarity",
    "date_prec",
    "date_start",
    "best",
)
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
    "type_of_violence",
    "side_a",
    "side_b",
    "where_description",
    "adm_1",
    "adm_2",
    "where_prec",
    "date_prec",
    "event_clarity",
    "deaths_best",
)
_CONFIDENCE = ("high", "medium", "low")
_LEVELS = (*_CONFIDENCE, "ignore")
_PRECISION = ("where_prec", "date_prec", "event_clarity")
_VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}
_MAX_LISTED = 200
#: UCDP writes admin units with their kind ("Kunduz province", "Imam Sahib district").
_ADMIN_SUFFIX = re.compile(r"\s+(province|district|oblast|region|state|municipality)$", re.I)


@dataclass(frozen=True)
class UcdpMapping:
    """What UCDP GED's codes mean as claims, for one vocabulary."""

    type_of_violence: dict[str, str]
    actors: dict[str, str]
    base: str
    precision: dict[str, dict[str, str]]
    source: str = "built-in"


def load_mapping(vocabulary: Vocabulary, path: str | Path | None = None) -> UcdpMapping:
    """The built-in mapping for ``vocabulary`` with ``path`` (TOML) merged over it.

    A user file may hold ``[type_of_violence]``, ``[confidence]`` and ``actors`` at the top
    level or under ``[presets.NAME]``.

    Raises
    ------
    ClaimsError
        An unreadable file, an unknown key or a value that is not a status, side, ``other``,
        ``ignore`` or confidence level (all problems at once).
    """
    res = resources.files("mapper") / "data" / "ingest" / "ucdp.toml"
    table = tomllib.loads(res.read_text("utf-8"))
    tov = dict(table["type_of_violence"])
    conf: dict[str, Any] = {
        k: (dict(v) if isinstance(v, dict) else v) for k, v in table["confidence"].items()
    }
    actors = dict(table.get("presets", {}).get(vocabulary.name, {}).get("actors", {}))
    name = "built-in"
    problems: list[Problem] = []
    if path is not None:
        from .._io import read_text_input

        name = str(path)
        try:
            user = tomllib.loads(read_text_input(path, "mapping file"))
        except tomllib.TOMLDecodeError as e:
            raise ClaimsError([Problem(name, None, None, None, f"not TOML: {e}")]) from e
        for k in user:
            if k not in ("type_of_violence", "confidence", "actors", "presets"):
                problems.append(
                    Problem(
                        name,
                        None,
                        k,
                        None,
                        "unknown key; valid: type_of_violence, confidence, actors, presets",
                    )
                )
        for layer in (user, user.get("presets", {}).get(vocabulary.name, {})):
            if not isinstance(layer, dict):
                continue
            for key, target in (("type_of_violence", tov), ("actors", actors)):
                v = layer.get(key, {})
                if not isinstance(v, dict):
                    problems.append(Problem(name, None, key, repr(v), "must be a table"))
                    continue
                target.update({str(a): b for a, b in v.items()})
            c = layer.get("confidence", {})
            if isinstance(c, dict):
                for k, v in c.items():
                    conf[k] = dict(v) if isinstance(v, dict) else v
            else:
                problems.append(Problem(name, None, "confidence", repr(c), "must be a table"))
    statuses = set(vocabulary.keys)
    for k, v in tov.items():
        if v != "ignore" and v not in statuses:
            problems.append(
                Problem(
                    name,
                    None,
                    f"type_of_violence.{k}",
                    repr(v),
                    f"must be 'ignore' or a status key ({', '.join(vocabulary.keys)})",
                )
            )
    for k, v in actors.items():
        if v != "other" and v not in vocabulary.sides:
            problems.append(
                Problem(
                    name,
                    None,
                    f"actors.{k}",
                    repr(v),
                    f"must be a side ({', '.join(vocabulary.sides)}) or 'other'",
                )
            )
    base = conf.get("base")
    if base not in _CONFIDENCE:
        problems.append(
            Problem(name, None, "confidence.base", repr(base), f"one of {list(_CONFIDENCE)}")
        )
    precision: dict[str, dict[str, str]] = {}
    for col in _PRECISION:
        val = conf.get(col)
        if not isinstance(val, dict) or not all(v in _LEVELS for v in val.values()):
            problems.append(
                Problem(
                    name,
                    None,
                    f"confidence.{col}",
                    repr(val),
                    f'a table of code -> {"/".join(_LEVELS)}, e.g. {{ "3" = "low" }}',
                )
            )
            val = {}
        precision[col] = {str(k): str(v) for k, v in val.items()}
    if problems:
        raise ClaimsError(problems, summary=f"{name}: invalid UCDP mapping")
    return UcdpMapping(tov, actors, str(base), precision, name)


def read_ucdp(path: str | Path) -> pd.DataFrame:
    """A UCDP GED CSV export as strings (UTF-8, with or without BOM)."""
    return read_export_csv(
        Path(path),
        REQUIRED,
        "UCDP GED",
        f"a GED export (CSV) has {', '.join(REQUIRED)} among its 49 columns",
    )


def _admin(names: pd.Series) -> pd.Series:
    return names.str.strip().str.replace(_ADMIN_SUFFIX, "", regex=True)


def import_ucdp(
    path: str | Path,
    *,
    vocabulary: Vocabulary,
    mapping: UcdpMapping | None = None,
    skip_invalid: bool = False,
) -> ImportResult:
    """Turn a UCDP GED export into claim rows (see the module docstring for the rules).

    Raises
    ------
    ClaimsError
        Every problem, each with the file, CSV row, column and value.
    """
    name = str(path)
    mapping = mapping or load_mapping(vocabulary)
    df = read_ucdp(path)
    n = len(df)
    rows = np.arange(2, n + 2)
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

    tov = df["type_of_violence"].str.strip()
    rule = tov.map(mapping.type_of_violence)
    flag(
        rule.isna().to_numpy(),
        "type_of_violence",
        tov,
        f"violence type not in the UCDP mapping (knows {sorted(mapping.type_of_violence)}); "
        "add it to [type_of_violence] of a --mapping file",
    )
    ignored: dict[str, int] = {}
    keep = rule.notna().to_numpy() & (rule != "ignore").to_numpy()
    for t, k in tov[(rule == "ignore").to_numpy()].value_counts().sort_index().items():
        ignored[f"{_VIOLENCE.get(str(t), 'type ' + str(t))} violence"] = int(k)
    # precision codes: a level each (the lowest wins), or ignore (the place/date says nothing)
    rank_of = {c: i for i, c in enumerate(_CONFIDENCE)}
    rank = np.full(n, rank_of[mapping.base])
    for col in _PRECISION:
        code = df[col].str.strip()
        level = code.map(mapping.precision[col])
        flag(
            keep & level.isna().to_numpy(),
            col,
            code,
            f"unknown {col} code; the mapping knows {sorted(mapping.precision[col])}",
        )
        drop = keep & (level == "ignore").to_numpy()
        if drop.any():
            ignored[f"{col} too coarse"] = ignored.get(f"{col} too coarse", 0) + int(drop.sum())
            keep &= ~drop
        rank = np.maximum(rank, level.map(rank_of).fillna(0).to_numpy(dtype=int))
    sides = actor_sides(pd.concat([df["side_a"], df["side_b"]]), mapping.actors, vocabulary)
    sa = df["side_a"].map(sides).to_numpy(dtype=object)
    sb = df["side_b"].map(sides).to_numpy(dtype=object)
    hint = (
        f"actor is no side of the vocabulary ({', '.join(vocabulary.sides)}); map it in "
        "[actors] of a --mapping file (to a side, or to 'other')"
    )
    flag(keep & pd.isna(sa), "side_a", df["side_a"], hint)
    flag(keep & pd.isna(sb), "side_b", df["side_b"], hint)
    known = keep & ~pd.isna(sa) & ~pd.isna(sb)
    other = known & ((sa == "other") | (sb == "other") | (sa == sb))
    if other.any():
        ignored["not between two sides"] = int(other.sum())
    keep &= ~other
    raw = df["date_start"].str.strip()
    date = pd.to_datetime(raw.str[:10], format="%Y-%m-%d", errors="coerce")
    flag(keep & date.isna().to_numpy(), "date_start", raw, "not a date; expected YYYY-MM-DD")
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
    eid = df["id"].str.strip()
    flag(keep & (eid == "").to_numpy(), "id", eid, "an event needs its id")
    src = df["source_article"].str.strip()
    flag(keep & (src == "").to_numpy(), "source_article", src, "an event needs its source")
    if problems and not skip_invalid:
        raise ClaimsError(problems, summary=f"{name}: {int(bad.sum())} row(s) cannot be imported")
    sel = np.flatnonzero(keep & ~bad)
    pick = df.iloc[sel]
    where = pick["where_prec"].str.strip().to_numpy()
    approx = np.where(
        np.isin(where, ["3", "4", "5"]),
        " Location approximate: UCDP where_prec " + where + ".",
        "",
    )
    kind = pick["type_of_violence"].str.strip().map(_VIOLENCE).fillna("organised")
    ledger = pd.DataFrame(
        {
            "date": date.iloc[sel].dt.strftime("%Y-%m-%d").to_numpy(),
            "province": _admin(pick["adm_1"]).to_numpy(),
            "district": _admin(pick["adm_2"]).to_numpy(),
            "status": rule.iloc[sel].to_numpy(),
            "actor": "",
            "source": ("UCDP GED " + eid.iloc[sel] + ": " + src.iloc[sel]).to_numpy(),
            "confidence": np.array(_CONFIDENCE, dtype=object)[rank[sel]],
            "note": (
                "Fighting ("
                + kind
                + " violence) between "
                + pick["side_a"]
                + " and "
                + pick["side_b"]
                + " at "
                + pick["where_description"].str.strip()
                + "; deaths (best estimate) "
                + pick["best"].str.strip()
                + "."
                + approx
            ).to_numpy(),
            "lat": lat.iloc[sel].to_numpy(),
            "lon": lon.iloc[sel].to_numpy(),
            "event_id": eid.iloc[sel].to_numpy(),
            "type_of_violence": pick["type_of_violence"].str.strip().to_numpy(),
            "side_a": pick["side_a"].to_numpy(),
            "side_b": pick["side_b"].to_numpy(),
            "where_description": pick["where_description"].to_numpy(),
            "adm_1": pick["adm_1"].to_numpy(),
            "adm_2": pick["adm_2"].to_numpy(),
            "where_prec": where,
            "date_prec": pick["date_prec"].str.strip().to_numpy(),
            "event_clarity": pick["event_clarity"].str.strip().to_numpy(),
            "deaths_best": pick["best"].str.strip().to_numpy(),
        },
        columns=list(LEDGER_COLUMNS),
    )
    return ImportResult(
        ledger=ledger,
        events=n,
        ignored=ignored,
        skipped_rows=[int(rows[i]) for i in np.flatnonzero(bad)],
        problems=problems,
    )
