"""State of control at a date, from the claims dated on or before it.

Rules, in order:

1. Only claims dated <= D count.
2. A unit takes its most recent claim (carry forward).
3. On the same date a district's own claim beats a province-wide one.
4. A province-wide claim covers every district of the province that has no newer or
   same-day claim of its own.
5. Two claims for one unit on its latest date that disagree (status or actor) make the
   unit ``disputed``; all of them are kept and listed, never silently picked.
6. With ``max_age``, a status older than that many days becomes ``unknown`` (``stale``).
7. Units never claimed are ``unknown``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from .boundaries import UnitSet
from .claims import Ledger

STATE_COLUMNS = [
    "status",
    "actor",
    "claim_date",
    "age_days",
    "scope",
    "row",
    "rows",
    "source",
    "url",
    "confidence",
    "note",
    "disputed",
    "stale",
]


def _as_ts(date: str | dt.date | pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(date).normalize()


def candidates(ledger: Ledger, units: UnitSet, date: str | dt.date | pd.Timestamp) -> pd.DataFrame:
    """Every claim dated <= ``date`` that bears on each unit, one row per (unit, claim).

    Province-wide claims are expanded to the province's districts. Columns are the
    ledger's plus ``unit_id`` and ``rank`` (1 for a unit's own claim, 0 for an inherited
    province-wide one).
    """
    d = _as_ts(date)
    c = ledger.claims[ledger.claims["date"] <= d]
    if units.level == "province":
        by_name = pd.Series(units.units.index, index=units.units["province"].to_numpy())
        own = c[c["scope"] == "province"].copy()
        own["unit_id"] = own["province"].map(by_name)
        own = own[own["unit_id"].notna()]
        own["rank"] = 1
        return own.reset_index(drop=True)
    own = c[c["scope"] == "district"].assign(rank=1)
    prov = c[c["scope"] == "province"].drop(columns=["unit_id"])
    members = pd.DataFrame(
        {"unit_id": units.units.index.to_numpy(), "province": units.units["province"].to_numpy()}
    )
    inherited = prov.merge(members, on="province", how="inner").assign(rank=0)
    both = pd.concat([own, inherited], ignore_index=True)
    return both.sort_values(["unit_id", "date", "rank", "row"], kind="stable").reset_index(
        drop=True
    )


def state_at(
    ledger: Ledger,
    units: UnitSet,
    date: str | dt.date | pd.Timestamp,
    *,
    max_age: int | None = None,
) -> pd.DataFrame:
    """State of every unit of ``units`` at ``date``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``unit_id`` (all units, in the set's order) with columns ``status``
        (a vocabulary key), ``actor``, ``claim_date``, ``age_days``, ``scope``, ``row`` (the
        ledger row behind the state), ``rows`` (all rows behind it, ``;``-joined, more than
        one when several sources agree or disagree), ``source``, ``url``, ``confidence``,
        ``note``, ``disputed`` and ``stale``, plus the units' ``name``, ``province`` and
        ``area_km2``. ``attrs["date"]`` holds the date.
    """
    d = _as_ts(date)
    vocab = ledger.vocabulary
    cand = candidates(ledger, units, d)
    out = pd.DataFrame(index=units.units.index)
    out["status"] = vocab.unknown
    for col in ("actor", "scope", "rows", "source", "url", "confidence", "note"):
        out[col] = ""
    out["claim_date"] = pd.NaT
    out["age_days"] = np.nan
    out["row"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["disputed"] = False
    out["stale"] = False
    if len(cand):
        latest = cand.groupby("unit_id")["date"].transform("max")
        top = cand[cand["date"] == latest]
        best_rank = top.groupby("unit_id")["rank"].transform("max")
        top = top[top["rank"] == best_rank]
        g = top.groupby("unit_id", sort=False)
        n_views = g[["status", "actor"]].apply(
            lambda f: len(set(zip(f["status"], f["actor"], strict=True)))
        )
        first = g.first()
        idx = first.index
        out.loc[idx, "status"] = first["status"]
        out.loc[idx, "actor"] = first["actor"]
        out.loc[idx, "claim_date"] = first["date"]
        out.loc[idx, "scope"] = np.where(first["rank"] == 1, first["scope"], "province")
        out.loc[idx, "row"] = first["row"].astype("Int64")
        out.loc[idx, "rows"] = g["row"].apply(lambda r: ";".join(str(x) for x in r))
        out.loc[idx, "source"] = g["source"].apply(lambda s: "; ".join(dict.fromkeys(s)))
        out.loc[idx, "url"] = first["url"]
        out.loc[idx, "confidence"] = first["confidence"]
        out.loc[idx, "note"] = first["note"]
        disputed = n_views[n_views > 1].index
        out.loc[disputed, "status"] = vocab.disputed
        out.loc[disputed, "actor"] = ""
        out.loc[disputed, "disputed"] = True
        out["age_days"] = (d - pd.to_datetime(out["claim_date"])).dt.days
        if max_age is not None:
            stale = out["age_days"] > max_age
            out.loc[stale, "status"] = vocab.unknown
            out.loc[stale, "stale"] = True
    out = out.join(units.units[["name", "province", "area_km2"]])
    out.attrs["date"] = d.date().isoformat()
    out.attrs["max_age"] = max_age
    return out
