"""State of control at a date, from the claims dated on or before it.

Rules, in order:

1. Only claims dated <= D count.
2. A unit takes its most recent claims (carry forward).
3. On the same date a district's own claim beats a province-wide one, which beats a
   country-wide one.
4. A province-wide claim covers every district of the province that has no newer or
   same-day claim of its own; a country-wide claim (ledger ``scope`` ``country``) covers
   every unit that has no newer or same-day claim of its own or of its province. The
   state's ``scope`` column says which of the three decided each unit.
5. A weaker claim by the same side never downgrades or disputes that side's control. Of the
   claims rules 3 and 4 keep for a unit on a date, an ``unconfirmed`` claim whose actor is
   side S is set aside

   a. when another kept claim of that date gives S's control, or
   b. when all the date's kept claims are S's unconfirmed claims and the unit's state
      before that date is S's control: the date changes nothing, and the state keeps the
      control claim's rows, date and age.

   Set-aside claims stay in the unit's history (:func:`candidates`, popups) but never make
   or dispute a state. A date that also brings any other claim (contested, the other side)
   replaces the state as before, and S's unconfirmed claim takes part in it (rule 6).
6. Two kept claims for one unit on the date its state comes from that disagree (status or
   actor) make the unit ``disputed``; all of them are listed, never silently picked.
7. With ``max_age``, a status older than that many days becomes ``unknown`` (``stale``);
   the age is that of the claims the state comes from (under rule 5b, the control claim).
8. Units never claimed are ``unknown``.

:func:`mapper.timeline.build_timeline` computes the same states for many dates at once
(vectorised); ``tests/test_timeline.py`` and ``tests/test_properties.py`` hold the two to
identical output.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from .boundaries import UnitSet
from .claims import Ledger
from .vocabulary import Vocabulary

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
    from .dates import in_range

    # outside the supported range is a DateError (a MapperError), not OutOfBoundsDatetime
    return pd.Timestamp(in_range(date) if isinstance(date, (str, dt.date)) else date).normalize()


def candidates(ledger: Ledger, units: UnitSet, date: str | dt.date | pd.Timestamp) -> pd.DataFrame:
    """Every claim dated <= ``date`` that bears on each unit, one row per (unit, claim).

    Province-wide claims are expanded to the province's districts and country-wide claims
    to every unit. Columns are the ledger's plus ``unit_id`` and ``rank`` (1 for a unit's
    own claim, 0 for an inherited province-wide one, -1 for a country-wide one: on one date
    the highest rank wins). Sorted by unit, date, rank and row (the timeline relies on it).
    """
    d = _as_ts(date)
    c = ledger.claims[ledger.claims["date"] <= d]
    everyone = pd.DataFrame({"unit_id": units.table.index.to_numpy()})
    country = (
        c[c["scope"] == "country"].drop(columns=["unit_id"]).merge(everyone, how="cross")
    ).assign(rank=-1)
    if units.level == "province":
        by_name = pd.Series(units.table.index, index=units.table["province"].to_numpy())
        own = c[c["scope"] == "province"].copy()
        own["unit_id"] = own["province"].map(by_name)
        own = own[own["unit_id"].notna()]
        own["rank"] = 1
        parts = [own, country]
    else:
        own = c[c["scope"] == "district"].assign(rank=1)
        prov = c[c["scope"] == "province"].drop(columns=["unit_id"])
        members = pd.DataFrame(
            {
                "unit_id": units.table.index.to_numpy(),
                "province": units.table["province"].to_numpy(),
            }
        )
        inherited = prov.merge(members, on="province", how="inner").assign(rank=0)
        parts = [own, inherited, country]
    both = pd.concat([p for p in parts if len(p)] or [parts[0]], ignore_index=True)
    return both.sort_values(["unit_id", "date", "rank", "row"], kind="stable").reset_index(
        drop=True
    )


def _set_aside_same_day(claims: pd.DataFrame, vocabulary: Vocabulary) -> pd.Series:
    """Rule 5a: which of ``claims`` (one unit-date's kept claims, or many) are a side's
    ``unconfirmed`` claims on a unit and date where another of ``claims`` gives that side's
    control. Boolean, aligned with ``claims``."""
    sides = vocabulary.sides
    control = claims[claims["status"].isin(sides)]
    held = pd.MultiIndex.from_arrays(
        [control["unit_id"].to_numpy(), control["date"].to_numpy(), control["status"].to_numpy()]
    )
    candidate = claims["status"].isin(vocabulary.of_kind("unconfirmed")) & claims["actor"].isin(
        sides
    )
    keys = pd.MultiIndex.from_arrays(
        [claims["unit_id"].to_numpy(), claims["date"].to_numpy(), claims["actor"].to_numpy()]
    )
    hit = keys.isin(held) if len(held) else np.zeros(len(claims), dtype=bool)
    return candidate & pd.Series(hit, index=claims.index, dtype=bool)


def _state_dates(kept: pd.DataFrame, vocabulary: Vocabulary) -> pd.Series:
    """Rules 2 and 5b: per unit, the date of the kept claims its state comes from.

    Walks each unit's dates in order, remembering whose control (if anyone's) the unit's
    state is; a date whose claims are all one side's unconfirmed claims is passed over when
    the state is that side's control.
    """
    sides = vocabulary.sides
    unconfirmed = kept["status"].isin(vocabulary.of_kind("unconfirmed")) & kept["actor"].isin(sides)
    flags = pd.DataFrame(
        {
            "unit_id": kept["unit_id"],
            "date": kept["date"],
            "view": kept["status"] + "\x1f" + kept["actor"],
            # the side whose control the claim gives, or ""
            "control": kept["status"].where(kept["status"].isin(sides), ""),
            # the side whose unconfirmed claim it is, or ""
            "claimant": kept["actor"].where(unconfirmed, ""),
        }
    )
    per_day = flags.groupby(["unit_id", "date"], sort=True).agg(
        views=("view", "nunique"),
        control=("control", "first"),
        claimants=("claimant", "nunique"),
        claimant=("claimant", "first"),
    )
    dates: dict[object, pd.Timestamp] = {}
    held: dict[object, str] = {}  # unit -> side whose control its state is ("" for none)
    for (uid, day), views, control, claimants, claimant in per_day.itertuples(name=None):
        only_unconfirmed_by = claimant if claimants == 1 else ""
        if only_unconfirmed_by and held.get(uid) == only_unconfirmed_by:
            continue  # rule 5b: the side's own weaker claim leaves its control as it was
        dates[uid] = day
        held[uid] = control if views == 1 else ""
    return pd.Series(dates, dtype="datetime64[ns]")


def _joined(values: pd.Series, keys: pd.Series, sep: str, *, unique: bool = False) -> pd.Series:
    """Per key, its values ``sep``-joined in order (``unique``: each once), indexed by key.

    Most keys have one value: those skip the join, so the Python call per group is only
    made for the few with several (a per-unit ``apply`` took ~40 s at 40,000 units)."""
    df = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()})
    if unique:
        df = df.drop_duplicates(["k", "v"])
    size = df.groupby("k", sort=False)["v"].transform("size")
    single = df[size.to_numpy() == 1].set_index("k")["v"]
    multi = df[size.to_numpy() > 1].groupby("k", sort=False)["v"].agg(sep.join)
    return pd.concat([single, multi])


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
    out = pd.DataFrame(index=units.table.index)
    out["status"] = vocab.unknown
    for col in ("actor", "scope", "rows", "source", "url", "confidence", "note"):
        out[col] = ""
    out["claim_date"] = pd.NaT
    out["age_days"] = np.nan
    out["row"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["disputed"] = False
    out["stale"] = False
    if len(cand):
        # rules 3-4: the best-ranked claims of each (unit, date); rule 5a
        best_rank = cand.groupby(["unit_id", "date"])["rank"].transform("max")
        kept = cand[cand["rank"] == best_rank]
        kept = kept[~_set_aside_same_day(kept, vocab)]
        # rules 2 and 5b: the date each unit's state comes from
        source = _state_dates(kept, vocab)
        top = kept[kept["date"] == kept["unit_id"].map(source)]
        g = top.groupby("unit_id", sort=False)
        # distinct (status, actor) views per unit; no per-unit Python call (40,000 units)
        n_views = (
            top.drop_duplicates(["unit_id", "status", "actor"])
            .groupby("unit_id", sort=False)
            .size()
        )
        first = g.first()
        idx = first.index
        out.loc[idx, "status"] = first["status"]
        out.loc[idx, "actor"] = first["actor"]
        out.loc[idx, "claim_date"] = first["date"]
        # the scope of the claims that decided the unit: district, province or country
        out.loc[idx, "scope"] = first["scope"]
        out.loc[idx, "row"] = first["row"].astype("Int64")
        out.loc[idx, "rows"] = _joined(top["row"].astype(str), top["unit_id"], ";")
        out.loc[idx, "source"] = _joined(top["source"], top["unit_id"], "; ", unique=True)
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
    out = out.join(units.table[["name", "province", "area_km2"]])
    out.attrs["date"] = d.date().isoformat()
    out.attrs["max_age"] = max_age
    return out
