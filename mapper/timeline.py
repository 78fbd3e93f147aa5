"""The state of every unit on many dates at once, and per-date statistics.

:func:`mapper.snapshots.state_at` answers "what was the state on D?". A timeline asks it for
hundreds of dates; calling ``state_at`` per date repeats the same work, so this module
computes the same answer once for all dates:

1. Every claim bearing on a unit (province- and country-wide claims expanded, as in
   :func:`mapper.snapshots.candidates`) is grouped by (unit, claim date). Each group gives
   one *record*: the state the unit takes from that date on (the best-ranked claims of the
   day, less a side's unconfirmed claims on a day that also gives its control;
   disagreeing ones make it ``disputed``).
2. A group made only of side S's unconfirmed claims gives no record when the unit's state
   before it is S's control (rule 5b of :mod:`mapper.snapshots`): found for all groups at
   once from runs of such groups (:func:`_absorbed`), no loop over units or dates.
3. A unit's state on date D is its latest record dated <= D (carry forward), found for all
   dates with one forward fill over a (dates x units) matrix.
4. With ``max_age``, a status older than that on D becomes ``unknown`` (``stale``), the age
   counted from the record's date.

The result is bit-for-bit the same as ``state_at`` on each date (tested on the example
ledger), but the statistics per date are a vectorised sum over per-unit areas computed once,
never a dissolve per date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from . import settings
from .boundaries import UnitSet
from .claims import Ledger
from .errors import MapperError
from .snapshots import candidates
from .vocabulary import Vocabulary

Every = Literal["day", "week", "claim-dates"]
EVERY = settings.EVERY

#: More dates than this is almost certainly a typo in --from/--to; ask for --every week.
MAX_DATES = 4000

RECORD_COLUMNS = [
    "unit",
    "claim_date",
    "status",
    "actor",
    "scope",
    "row",
    "rows",
    "source",
    "url",
    "confidence",
    "note",
    "disputed",
]


_NO_RECORD = pd.DataFrame(
    [[-1, pd.NaT, "", "", "", -1, "", "", "", "", "", False]], columns=RECORD_COLUMNS
)


class TimelineError(MapperError, ValueError):
    """A date range or step that cannot make a timeline."""


DateLike = str | dt.date | pd.Timestamp


def timeline_dates(
    ledger: Ledger, start: DateLike, end: DateLike, *, every: Every = "day"
) -> pd.DatetimeIndex:
    """The dates a timeline shows, from ``start`` to ``end`` inclusive.

    Parameters
    ----------
    every
        ``"day"``: every day. ``"week"``: every 7th day from ``start``, plus ``end``.
        ``"claim-dates"``: ``start``, every date of a claim after it up to ``end``, and
        ``end`` (the dates on which the map can change).

    Raises
    ------
    TimelineError
        If ``end`` is before ``start``, ``every`` is not a valid step, or the range has
        more than :data:`MAX_DATES` dates.
    """
    d1, d2 = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    if d2 < d1:
        raise TimelineError(
            f"end date {d2.date().isoformat()!r} is before start date {d1.date().isoformat()!r}"
        )
    if every == "day":
        dates = pd.date_range(d1, d2, freq="D")
    elif every == "week":
        dates = pd.date_range(d1, d2, freq="7D").union(pd.DatetimeIndex([d2]))
    elif every == "claim-dates":
        claimed = ledger.claims["date"]
        inside = claimed[(claimed > d1) & (claimed <= d2)]
        dates = pd.DatetimeIndex(sorted({d1, d2, *inside}))
    else:
        raise TimelineError(f"every={every!r} is not a valid step; use one of {list(EVERY)}")
    if len(dates) > MAX_DATES:
        raise TimelineError(
            f"{len(dates)} dates from {d1.date()} to {d2.date()} is more than {MAX_DATES}; "
            "use every='week' or 'claim-dates', or a shorter range"
        )
    return pd.DatetimeIndex(dates, name="date")


@dataclass(frozen=True)
class Timeline:
    """The state of every unit on every date.

    Attributes
    ----------
    dates
        The dates, ascending (rows of the matrices).
    unit_ids
        The units, in the unit set's order (columns of the matrices).
    status
        ``uint8`` matrix (dates x units): index into ``vocabulary.keys``.
    record
        ``int32`` matrix (dates x units): row of ``records`` behind the state, -1 when the
        unit has no claim yet.
    records
        One row per (unit, claim date) state, columns :data:`RECORD_COLUMNS` (``unit`` is
        the column position of the unit; ``status`` a vocabulary key, ``disputed`` when
        same-day claims disagree). A date that changes nothing (a side's own unconfirmed
        claims on its control, rule 5b of :mod:`mapper.snapshots`) has no record.
    stale
        ``bool`` matrix: the state is older than ``max_age`` and shown as unknown.
    """

    dates: pd.DatetimeIndex
    unit_ids: pd.Index
    status: np.ndarray
    record: np.ndarray
    records: pd.DataFrame
    stale: np.ndarray
    vocabulary: Vocabulary
    max_age: int | None = None

    def state(self, date: DateLike, units: UnitSet) -> pd.DataFrame:
        """The state on one of the timeline's dates, in the form of ``state_at``."""
        d = pd.Timestamp(date).normalize()
        pos = int(self.dates.get_indexer(pd.DatetimeIndex([d]))[0])
        if pos < 0:
            raise TimelineError(f"{d.date().isoformat()!r} is not one of the timeline's dates")
        rec = self.record[pos]
        has = rec >= 0
        records = self.records if len(self.records) else _NO_RECORD
        r = records.iloc[np.where(has, rec, 0)].reset_index(drop=True)
        out = pd.DataFrame(index=self.unit_ids)
        keys = np.array(self.vocabulary.keys, dtype=object)
        out["status"] = keys[self.status[pos]]
        for col in ("actor", "scope", "rows", "source", "url", "confidence", "note"):
            out[col] = np.where(has, r[col].to_numpy(dtype=object), "")
        claim_date = pd.Series(pd.DatetimeIndex(r["claim_date"]), index=self.unit_ids)
        out["claim_date"] = claim_date.where(has).astype("datetime64[ns]")
        out["age_days"] = (d - out["claim_date"]).dt.days
        out["row"] = pd.Series(r["row"].to_numpy(), index=self.unit_ids).astype("Int64").where(has)
        out["disputed"] = np.where(has, r["disputed"], False).astype(bool)
        out["stale"] = self.stale[pos]
        out = out.join(units.table[["name", "province", "area_km2"]])
        out.attrs["date"] = d.date().isoformat()
        out.attrs["max_age"] = self.max_age
        return out


def _join_groups(values: pd.Series, keys: pd.Series, sep: str, *, unique: bool) -> pd.Series:
    """``sep``-join the values of each group, on every row of the group.

    ``keys`` are group ids whose groups are runs of consecutive rows (as :func:`_group_ids`
    numbers them). Most groups have one value and are left as they are; the few others are
    joined by slicing (a pandas ``transform`` took seconds at 40,000 units)."""
    base = values.astype(str)
    out = base.tolist()
    gid = keys.to_numpy()
    if len(gid) > 1:
        starts = np.flatnonzero(np.r_[True, gid[1:] != gid[:-1]])
        ends = np.r_[starts[1:], len(gid)]
        multi = np.flatnonzero(ends - starts > 1)
        for a, b in zip(starts[multi].tolist(), ends[multi].tolist(), strict=True):
            items = out[a:b]
            joined = sep.join(dict.fromkeys(items) if unique else items)
            out[a:b] = [joined] * (b - a)
    return pd.Series(out, index=base.index, dtype=base.dtype)


def _group_ids(unit_code: np.ndarray, day_code: np.ndarray) -> np.ndarray:
    """0, 1, 2 ... per run of equal (unit, day) in rows sorted by unit, then day."""
    new = np.ones(len(unit_code), dtype=bool)
    new[1:] = (unit_code[1:] != unit_code[:-1]) | (day_code[1:] != day_code[:-1])
    return np.cumsum(new) - 1


def _absorbed(unit: np.ndarray, control: np.ndarray, only: np.ndarray) -> np.ndarray:
    """Rule 5b of :mod:`mapper.snapshots` for (unit, date) groups sorted by unit, then date.

    ``control``: the side whose control a group's state is (-1: none); ``only``: the side
    all of whose unconfirmed claims make up the group (-1: none). A group of S's
    unconfirmed claims changes nothing when the unit's state before it is S's control.

    Such groups come in runs of equal ``only``. A run is passed over whole or not at all:
    if its first group is passed over the state stays S's control for the next, and if not
    the state becomes S's unconfirmed claim, which is nobody's control. The first group's
    state before is that of the group just before the run: S's control if that group is
    (it cannot be passed over, being S's control); if that group was itself passed over it
    belonged to a run of another side T, the state is T's control, and its ``control`` is
    -1 as the test needs. So a run is passed over exactly when the group just before it,
    on the same unit, has ``control == S``.
    """
    n = len(unit)
    idx = np.arange(n)
    new_run = np.ones(n, dtype=bool)
    new_run[1:] = (unit[1:] != unit[:-1]) | (only[1:] != only[:-1]) | (only[1:] < 0)
    start = np.maximum.accumulate(np.where(new_run, idx, 0))
    before = start - 1
    has_before = before >= 0
    before = np.maximum(before, 0)
    same_unit = has_before & (unit[before] == unit)
    return (only >= 0) & same_unit & (control[before] == only)


def _release_freed_memory() -> None:
    """Hand memory freed by pyarrow (pandas' strings) back to the system.

    Its allocator keeps freed blocks for reuse; the (dates x units) matrices that follow
    are numpy's, so what the claim frames held would otherwise stay in the peak (~90 MB
    at 240,000 claims)."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def build_timeline(
    ledger: Ledger,
    units: UnitSet,
    dates: pd.DatetimeIndex | list[DateLike],
    *,
    max_age: int | None = None,
) -> Timeline:
    """The state of every unit of ``units`` on each of ``dates``.

    Parameters
    ----------
    dates
        Any dates (sorted and de-duplicated here), e.g. from :func:`timeline_dates`.
    max_age
        Statuses older than this many days on a date are shown as ``unknown``.

    Returns
    -------
    Timeline
        Same states as :func:`mapper.snapshots.state_at` on each date.
    """
    vocab = ledger.vocabulary
    days = pd.DatetimeIndex(sorted({pd.Timestamp(d).normalize() for d in dates}), name="date")
    if len(days) == 0:
        raise TimelineError("a timeline needs at least one date")
    unit_ids = units.table.index
    n_d, n_u = len(days), len(unit_ids)
    cand = candidates(ledger, units, days[-1])
    if len(cand):
        # the best-ranked claims of each (unit, date): a district's own claim beats a
        # province-wide one on the same day
        best = cand.groupby(["unit_id", "date"])["rank"].transform("max")
        # only the columns a record keeps: every row filter below copies each column
        needed = ["unit_id", "date", "rank", "status", "actor", "scope", "row", "source"]
        needed += ["url", "confidence", "note"]
        top = cand.loc[cand["rank"] == best, needed].reset_index(drop=True)
        del cand, best  # every claim with all its columns: freed before the matrices
        # candidates come sorted by unit, then date: number the (unit, date) groups in order
        unit_code = unit_ids.get_indexer(pd.Index(top["unit_id"]))
        day_code = top["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
        # a side's unconfirmed claims are set aside on a day that also gives its control
        side_of = pd.Index(vocab.sides)
        control = side_of.get_indexer(pd.Index(top["status"]))  # -1: not a side's control
        claimant = np.where(
            top["status"].isin(vocab.of_kind("unconfirmed")).to_numpy(),
            side_of.get_indexer(pd.Index(top["actor"])),
            -1,
        )  # -1: not a side's unconfirmed claim
        gid = _group_ids(unit_code, day_code)
        n_sides = len(side_of)
        held_today = np.zeros((int(gid[-1]) + 1, max(n_sides, 1)), dtype=bool)
        held_today[gid[control >= 0], control[control >= 0]] = True
        aside = (claimant >= 0) & held_today[gid, np.maximum(claimant, 0)]
        keep = ~aside
        top = top[keep].reset_index(drop=True)
        unit_code, day_code = unit_code[keep], day_code[keep]
        control, claimant = control[keep], claimant[keep]
        gid = _group_ids(unit_code, day_code)
        group = pd.Series(gid)
        view = top["status"] + "\x1f" + top["actor"]
        n_views = view.groupby(group, sort=False).transform("nunique")
        rows = _join_groups(top["row"], group, ";", unique=False)
        sources = _join_groups(top["source"], group, "; ", unique=True)
        first = ~group.duplicated()
        disputed = (n_views > 1).to_numpy()
        # one candidate record per (unit, date) group, in order
        starts = np.flatnonzero(first.to_numpy())
        g_unit = unit_code[starts]
        g_control = np.where(n_views.to_numpy()[starts] == 1, control[starts], -1)
        lo = np.minimum.reduceat(claimant, starts)
        hi = np.maximum.reduceat(claimant, starts)
        g_only = np.where(lo == hi, lo, -1)  # every claim is this side's unconfirmed claim
        absorbed = _absorbed(g_unit, g_control, g_only)
        at = starts[~absorbed]  # the rows that become records: each column taken once

        def take(values: pd.Series) -> pd.Series:
            # a positional take keeps pyarrow strings compact (object arrays of str are
            # several times larger at 240,000 records)
            return values.iloc[at].reset_index(drop=True)

        rec = pd.DataFrame(
            {
                "unit": unit_code[at],
                "claim_date": take(top["date"]),
                "status": np.where(disputed[at], vocab.disputed, take(top["status"])),
                "actor": np.where(disputed[at], "", take(top["actor"])),
                "scope": take(top["scope"]),
                "row": take(top["row"].astype(int)),
                "rows": take(rows),
                "source": take(sources),
                "url": take(top["url"]),
                "confidence": take(top["confidence"]),
                "note": take(top["note"]),
                "disputed": disputed[at],
            }
        )
        del top, rows, sources, view, group  # per claim; the records are what stays
        _release_freed_memory()
    else:
        rec = _NO_RECORD.iloc[0:0].reset_index(drop=True)
    # first timeline date on which each record shows; of several records falling before
    # the same timeline date, the latest wins (records are sorted by unit, then date)
    k = days.searchsorted(pd.DatetimeIndex(rec["claim_date"]), side="left")
    place = pd.DataFrame({"unit": rec["unit"].to_numpy(), "k": k, "rec": np.arange(len(rec))})
    place = place.drop_duplicates(["unit", "k"], keep="last")
    matrix = np.full((n_d, n_u), -1, dtype=np.int32)
    matrix[place["k"].to_numpy(), place["unit"].to_numpy()] = place["rec"].to_numpy()
    # forward fill down the dates: carry each unit's last record forward (one date at a
    # time: a (dates x units) gather took seconds at 40,000 units)
    for d in range(1, n_d):
        row, above = matrix[d], matrix[d - 1]
        gap = row < 0
        row[gap] = above[gap]
    codes = pd.Index(vocab.keys)
    unknown = np.uint8(vocab.keys.index(vocab.unknown))
    # record -> status code, with "no record" (-1) as the last entry: unknown
    rec_code = np.append(codes.get_indexer(pd.Index(rec["status"])).astype(np.uint8), unknown)
    status = rec_code[matrix]
    stale = np.zeros((n_d, n_u), dtype=bool)  # untouched zero pages cost no memory
    if max_age is not None and len(rec):
        has = matrix >= 0
        claim_day = rec["claim_date"].to_numpy(dtype="datetime64[D]").astype(np.int64)
        day = days.to_numpy(dtype="datetime64[D]").astype(np.int64)
        age = day[:, None] - claim_day[np.where(has, matrix, 0)]
        stale = has & (age > max_age)
        status[stale] = unknown
    return Timeline(
        dates=days,
        unit_ids=unit_ids,
        status=status,
        record=matrix,
        records=rec,
        stale=stale,
        vocabulary=vocab,
        max_age=max_age,
    )


#: Dates per block in the series sums: memory stays a few MB whatever the units x dates.
_DATE_BLOCK = 32


def _status_sums(
    s: np.ndarray, group: np.ndarray, n_g: int, n_k: int, weights: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Per weight, its sum per (date, group, status): one bincount per block of dates.

    Each cell sums its units in unit order, as one bincount over all dates did (same
    bits), without the (dates x units) index and weight arrays (~120 MB each at 40,000
    units x 365 dates)."""
    n_d = s.shape[0]
    out = {w: np.zeros((n_d, n_g, n_k)) for w in weights}
    base = (group * n_k)[None, :]
    for a in range(0, n_d, _DATE_BLOCK):
        blk = s[a : a + _DATE_BLOCK]
        n = blk.shape[0]
        cell = (np.arange(n)[:, None] * (n_g * n_k) + base + blk).ravel()
        for w, v in weights.items():
            if w == "units":
                summed = np.bincount(cell, minlength=n * n_g * n_k).astype(float)
            else:
                summed = np.bincount(cell, weights=np.tile(v, n), minlength=n * n_g * n_k)
            out[w][a : a + n] = summed.reshape(n, n_g, n_k)
    return out


def _point_sums(
    d: np.ndarray,
    u: np.ndarray,
    n_d: int,
    group: np.ndarray,
    n_g: int,
    weights: dict[str, np.ndarray],
) -> dict[str, np.ndarray]:
    """Per weight, the sum over the unit-dates (``d``, ``u``) per (date, group)."""
    cell = d * n_g + group[u]
    return {
        w: np.bincount(cell, weights=v[u], minlength=n_d * n_g).reshape(n_d, n_g)
        for w, v in weights.items()
    }


def status_series(
    timeline: Timeline,
    units: UnitSet,
    *,
    by: str | None = None,
    population: pd.Series | None = None,
) -> pd.DataFrame:
    """Units, km² and shares per status on every date of ``timeline``, with side ranges.

    Areas are the units' ``area_km2`` (computed once in the equal-area CRS when the unit set
    was loaded), summed per date by one ``bincount`` over (date, group, status) cells and
    one matrix product per range bound; shares divide by the number of units and the polygon
    area of the whole boundary set (see :func:`mapper.stats.denominators`), or, with ``by``,
    of the group's own units.

    Parameters
    ----------
    by
        ``"province"``: one row per (date, province, status); every share and range divides
        by that province's own units, km² and population (as
        :func:`mapper.stats.summarize` with ``by``).
    population
        Population per unit id (:func:`mapper.stats.read_population`); units it does not
        list count 0, as in :func:`mapper.stats.summarize` and
        :func:`mapper.stats.control_ranges`. Adds ``population``, ``share_population`` and
        ``{population,share_population}_{low,mid,high}``.

    Returns
    -------
    pandas.DataFrame
        Tidy, one row per (date[, ``by``], status) in legend order (groups sorted by
        name), columns ``date``[, ``by``], ``status``, ``units``, ``share_units``,
        ``area_km2``, ``share_area`` [, ``population``, ``share_population``] and, on the
        rows of side statuses, the range bounds of :func:`mapper.stats.control_ranges`:
        ``{units,area_km2,share_units,share_area}_{low,mid,high}`` [and the population
        ones] (empty elsewhere). ``attrs["denominators"]`` holds the totals shares divide
        by (country-wide); with ``by``, ``attrs["denominators_by"]`` holds one such dict per
        group, with the group's name under ``by``.
    """
    vocab = timeline.vocabulary
    table = units.table.reindex(timeline.unit_ids)
    s = timeline.status
    record = timeline.record
    weights: dict[str, np.ndarray] = {
        "units": np.ones(len(table)),
        "area_km2": table["area_km2"].to_numpy(dtype=float),
    }
    if population is not None:
        pop = population.reindex(timeline.unit_ids).fillna(0.0)
        weights["population"] = pop.to_numpy(dtype=float)
    country: dict[str, float | int] = {
        w: (len(v) if w == "units" else float(v.sum())) for w, v in weights.items()
    }
    names: np.ndarray
    if by:
        group, uniques = pd.factorize(table[by], sort=True)
        keep = group >= 0  # units without a group are left out, as groupby drops them
        if not keep.all():
            group, s, record = group[keep], s[:, keep], record[:, keep]
            weights = {w: v[keep] for w, v in weights.items()}
        names = np.asarray(uniques, dtype=object)
    else:
        group, names = np.zeros(s.shape[1], dtype=np.intp), np.array([None], dtype=object)
    keys = vocab.keys
    n_d, n_g, n_k = s.shape[0], len(names), len(keys)
    totals = {w: np.bincount(group, weights=v, minlength=n_g) for w, v in weights.items()}

    def share(w: str, values: np.ndarray) -> np.ndarray:
        """``values`` (..., groups) divided by each group's total; 0 where it is 0."""
        t = np.broadcast_to(totals[w], values.shape)
        return np.divide(values, t, out=np.zeros(values.shape), where=t != 0)

    share_name = {
        "units": "share_units",
        "area_km2": "share_area",
        "population": "share_population",
    }
    # bincounts over (date, group, status) cells: a vectorised sum per date, no dissolve
    frame = pd.DataFrame({"date": np.repeat(timeline.dates.date, n_g * n_k)})
    if by:
        frame[by] = np.tile(np.repeat(names, n_k), n_d)
    frame["status"] = np.tile(keys, n_d * n_g)
    sums = _status_sums(s, group, n_g, n_k, weights)  # per weight: dates x groups x statuses
    for w, summed in sums.items():
        frame[w] = summed.ravel().astype(int) if w == "units" else summed.ravel()
        ratio = share(w, summed.transpose(0, 2, 1)).transpose(0, 2, 1)
        frame[share_name[w]] = ratio.ravel()
    code = {k: i for i, k in enumerate(keys)}
    open_codes = [
        code[k]
        for k in vocab.of_kind("unconfirmed")
        + vocab.of_kind("contested")
        + vocab.of_kind("disputed")
    ]
    # the unit-dates of an unconfirmed claim (few), and the side whose claim each is
    is_unconfirmed = np.zeros(256, dtype=bool)
    is_unconfirmed[[code[k] for k in vocab.of_kind("unconfirmed")]] = True
    ud, uu = np.nonzero(is_unconfirmed[s])
    rec_actor = (
        pd.Index(keys).get_indexer(pd.Index(timeline.records["actor"]))
        if len(timeline.records)
        else np.array([-1])
    )
    u_rec = record[ud, uu]
    u_actor = np.where(u_rec >= 0, rec_actor[np.maximum(u_rec, 0)], -1)
    bounds = ("low", "mid", "high")
    order = ["units", "area_km2", "share_units", "share_area"]
    if population is not None:
        order += ["population", "share_population"]
    cols = [f"{w}_{b}" for w in order for b in bounds]
    extra = np.full((len(frame), len(cols)), np.nan)
    col = {c: i for i, c in enumerate(cols)}
    status_col = frame["status"].to_numpy()
    for side in vocab.sides:
        # low: the side's own status; mid: plus its unconfirmed claims; high: plus every
        # contested, disputed and unconfirmed unit. From the per-status sums (no dates x
        # units mask), the side's unconfirmed unit-dates added by one bincount
        mine = u_actor == code[side]
        unconf = _point_sums(ud[mine], uu[mine], n_d, group, n_g, weights)
        where = np.flatnonzero(status_col == side)  # ordered by (date, group)
        for w, summed in sums.items():
            low = summed[:, :, code[side]]
            per_bound = {
                "low": low,
                "mid": low + unconf[w],
                "high": low + summed[:, :, open_codes].sum(axis=2),
            }
            for b, val in per_bound.items():  # dates x groups
                extra[where, col[f"{w}_{b}"]] = val.ravel()
                extra[where, col[f"{share_name[w]}_{b}"]] = share(w, val).ravel()
    ranges = pd.DataFrame(extra, index=frame.index, columns=cols)
    for b in bounds:
        ranges[f"units_{b}"] = ranges[f"units_{b}"].round().astype("Int64")
    out = pd.concat([frame, ranges], axis=1)
    out.attrs["denominators"] = country
    if by:
        out.attrs["denominators_by"] = [
            {
                by: str(name),
                **{w: (int(t[i]) if w == "units" else float(t[i])) for w, t in totals.items()},
            }
            for i, name in enumerate(names)
        ]
    return out


def ledger_disputes(ledger: Ledger, units: UnitSet) -> pd.DataFrame:
    """Every dispute the state rules produce from ``ledger``, on any date.

    A dispute is a unit and date whose kept claims disagree (rules 3-6 of
    :mod:`mapper.snapshots`), whether or not a later claim replaces it; a side's control and
    its own unconfirmed claim of the same date are not one. On a district set, a dispute
    between province-wide claims is one row for all the districts it reaches.

    Returns
    -------
    pandas.DataFrame
        One row per dispute, by date then unit: ``date``, ``scope`` of the disagreeing
        claims (``"district"``, ``"province"`` for province-wide ones, ``"country"`` for
        country-wide ones), ``province`` (empty for country-wide ones),
        ``unit_ids`` (the units it makes disputed, in the set's order: one, or on a
        district set the districts a province-wide dispute reaches), ``others`` (on a
        district set, the province's districts a province-wide dispute does not reach, or
        for a country-wide dispute the units of the set it does not reach:
        their own claims of that day win, or rule 5b leaves their state as it was; else
        empty) and ``rows`` (the ledger rows that disagree).
    """
    columns = ["date", "scope", "province", "unit_ids", "others", "rows"]
    c = ledger.claims
    if c.empty:
        return pd.DataFrame(columns=columns)
    tl = build_timeline(ledger, units, [c["date"].max()])
    rec = tl.records[tl.records["disputed"].astype(bool)]
    if rec.empty:
        return pd.DataFrame(columns=columns)
    u = units.table
    ids = tl.unit_ids[rec["unit"].to_numpy()]
    frame = pd.DataFrame(
        {
            "date": pd.DatetimeIndex(rec["claim_date"]),
            "scope": rec["scope"].to_numpy(),
            # a country-wide dispute is one row for all the units it reaches
            "province": np.where(
                rec["scope"].to_numpy() == "country", "", u.loc[ids, "province"].to_numpy()
            ),
            "unit_id": ids,
            "rows": rec["rows"].to_numpy(),
            "order": u.index.get_indexer(ids),
        }
    )
    out = []
    for (day, scope, province, rows), g in frame.groupby(
        ["date", "scope", "province", "rows"], sort=False
    ):
        reached = list(g.sort_values("order")["unit_id"])
        if scope == "country":
            others = [x for x in u.index if x not in set(reached)]
        elif scope == "province" and units.level == "district":
            others = [x for x in u.index[u["province"] == province] if x not in set(reached)]
        else:
            others = []
        out.append(
            {
                "date": day,
                "scope": scope,
                "province": province,
                "unit_ids": reached,
                "others": others,
                "rows": [int(x) for x in str(rows).split(";") if x],
            }
        )
    result = pd.DataFrame(out, columns=columns)
    first = result["unit_ids"].map(lambda x: u.index.get_loc(x[0]))
    return (
        result.assign(_first=first)
        .sort_values(["date", "_first"], kind="stable")
        .drop(columns="_first")
        .reset_index(drop=True)
    )
