"""A count of districts taken over a span of days ("Four of Laghman's six districts fell to the
Taleban between 19 May and 13 July", "The Taliban captured 10 districts last week"): a change,
checked as one.

The districts taken in the span are those that became the side's on some day of it, not being
the side's the day before. On the ledger that count is a range:

* **low** — districts *certainly* taken: on some day of the span the side's own status, and on
  an earlier day (from the day before the span) certainly not the side's (another side's
  control, or no claim when units with no claim count for nobody or another side);
* **high** — districts *possibly* taken: on some day of the span possibly the side's (its own,
  contested, disputed or unconfirmed; with no claim, under ``--unclaimed open``), and on an
  earlier day possibly not the side's.

A district taken, lost and taken again counts once; one taken and lost again inside the span
counts (it was taken). The verdict is decided on that range like any other (SUPPORTED when
every count in it is accepted); under ``--unclaimed open`` a claim that only the units with no
claim could flip is UNDETERMINED. The ledger is read once (:func:`mapper.timeline.build_timeline`
over the day before the span to its last day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from ..boundaries import UnitSet
from ..vocabulary import DEFAULT, Vocabulary
from .model import CheckError, ParsedClaim, VerdictKind
from .verdict import Verdict, resolve_unclaimed


def taken_ranges(
    status: np.ndarray, vocabulary: Vocabulary, side: str, unknown_as: str
) -> tuple[np.ndarray, np.ndarray]:
    """Per unit (columns of ``status``, a days x units array of status keys whose first row is
    the day before the span): certainly taken, possibly taken.

    ``unknown_as``: ``"both"`` (no claim may be the side's or not), ``"side"`` (it is the
    side's) or ``"other"`` (it is not)."""
    own = status == side
    open_ = np.isin(
        status,
        vocabulary.of_kind("unconfirmed")
        + vocabulary.of_kind("contested")
        + vocabulary.of_kind("disputed"),
    )
    unknown = status == vocabulary.unknown
    possibly = own | open_
    certainly = own.copy()
    if unknown_as in ("both", "side"):
        possibly |= unknown
    if unknown_as == "side":
        certainly |= unknown
    before_not = np.logical_or.accumulate(~possibly, axis=0)  # certainly not the side's
    before_maybe_not = np.logical_or.accumulate(~certainly, axis=0)
    low = np.any(certainly[1:] & before_not[:-1], axis=0)
    high = np.any(possibly[1:] & before_maybe_not[:-1], axis=0)
    return low, high


def check_taken(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary = DEFAULT,
    **kw: Any,
) -> Verdict:
    """Check a count of districts taken over ``parsed``'s window (see the module docstring).

    Raises
    ------
    CheckError
        No ledger, or a measure other than districts.
    """
    from ..timeline import build_timeline
    from .evaluation import _direction, _gap_text, check_claim

    ledger = kw.get("ledger")
    if ledger is None:
        raise CheckError(
            f"a count of districts taken from {parsed.window_start} to {parsed.window_end} is "
            "a change; checking it needs the ledger (check_claim(ledger=...))"
        )
    if parsed.measure != "districts" or parsed.form != "count":
        raise CheckError("only a count of districts taken over a span is checked as a change")
    start = dt.date.fromisoformat(parsed.window_start)
    days = pd.date_range(start - dt.timedelta(days=1), parsed.window_end, freq="D")
    tl = build_timeline(ledger, units, days, max_age=state.attrs.get("max_age"))
    last = tl.state(tl.dates[-1], units)
    as_state = replace(parsed, window_start="", window_end="", window_taken=False)
    base = check_claim(as_state, last, units, vocabulary=vocabulary, **kw)
    keys = np.array(vocabulary.keys, dtype=object)
    status = keys[tl.status]
    in_scope = np.asarray(tl.unit_ids.isin(list(base.scope_units)))
    side = parsed.side
    mode = resolve_unclaimed(kw.get("unclaimed", "open"), vocabulary)

    def count(unknown_as: str) -> tuple[float, float, np.ndarray]:
        low, high = taken_ranges(status, vocabulary, side, unknown_as)
        return float((low & in_scope).sum()), float((high & in_scope).sum()), high & in_scope

    open_lo, open_hi, maybe = count("both")
    rec_lo, rec_hi, _ = count("other")
    acc = parsed.acceptance()
    recorded = acc.relation(rec_lo, rec_hi)
    both_ways = acc.relation(open_lo, open_hi)
    verdict_open: VerdictKind = (
        both_ways
        if both_ways != "depends-on-assumptions" or recorded == "depends-on-assumptions"
        else "undetermined"
    )
    if mode == "open":
        verdict, lo, hi = verdict_open, open_lo, open_hi
    else:
        lo, hi, maybe = count("side" if mode == side else "other")
        verdict = acc.relation(lo, hi)
    values = {"low": rec_lo if mode == "open" else lo, "high": rec_hi if mode == "open" else hi}
    values["mid"] = values["low"]
    holds = {b: acc.contains(values[b]) for b in ("low", "mid", "high")}
    open_values = {"low": open_lo, "high": open_hi}
    names = ", ".join(
        str(n) for n in units.table.loc[tl.unit_ids[maybe], "name"].head(12).astype(str)
    )
    span = f"{parsed.window_start} to {parsed.window_end}"
    rng = f"{lo:,.0f}" if lo == hi else f"{lo:,.0f} to {hi:,.0f}"
    why = (
        f"Read as a change: the districts that came under {base.side_label} on some day from "
        f"{span}, not under it the day before. The ledger gives {rng} (certainly taken to "
        f"possibly taken: contested, disputed and unconfirmed units"
        + (", and units with no claim on record," if mode == "open" else "")
        + f" counted both ways); the claim needs {acc.describe(base.fmt)}: "
        f"{verdict.upper()}."
    )
    if verdict == "undetermined":
        why += (
            f" What the ledger records ({rec_lo:,.0f} to {rec_hi:,.0f}) decides it only if the "
            "units with no claim on record are left out."
        )
    note = (
        f"A count of districts taken over {span} is a change, not what the side holds on a day: "
        f"the districts taken in it (possibly: {names or 'none'}) are counted from the ledger "
        f"read from {days[0].date().isoformat()}, the day before, to {parsed.window_end}; a "
        "district taken and lost again inside the span counts as taken. The units and notes "
        f"below are those of {parsed.window_end}."
    )
    range_values = {"low": lo, "high": hi}
    direction, gap = _direction(verdict, parsed.figure, acc, range_values)
    return replace(
        base,
        claim=parsed,
        verdict=verdict,
        values=values,
        amounts=dict(values),
        holds=holds,
        open_values=open_values,
        open_amounts=dict(open_values),
        open_holds={k: acc.contains(v) for k, v in open_values.items()},
        range_values=range_values,
        explanation=why,
        deciding_units=tuple(str(u) for u in tl.unit_ids[maybe]),
        deciding_role=f"districts in scope possibly taken from {span}",
        direction=direction,
        gap=gap,
        gap_text=_gap_text(gap, parsed.form, base.unit) if direction else "",
        notes=(note, *base.notes),
        window_start=parsed.window_start,
        window_end=parsed.window_end,
        window_runs=(),
        allocations={
            "low": "districts certainly taken in the span (the side's own status on a day of "
            "it, certainly not the side's before)",
            "mid": "as low",
            "high": "plus every district possibly taken (contested, disputed or unconfirmed "
            "on a day of the span or before)",
        },
    )
