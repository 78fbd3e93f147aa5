"""Measuring a parsed claim on a snapshot: :func:`check_claim`."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from ..borders import LENGTH_CAVEATS, NEIGHBOUR_NAMES, PUBLISHED_BORDER_KM
from ..boundaries import UnitSet
from ..claims import Ledger
from ..vocabulary import DEFAULT, Vocabulary
from .explanation import (
    _amount_text,
    _denominator_text,
    _explain,
    _same_name_notes,
    _unclaimed_text,
    _what,
)
from .grammar import normalise
from .model import (
    BOUNDS,
    Acceptance,
    CheckError,
    Figure,
    ParsedClaim,
    VerdictKind,
    _border_name,
    allocation_labels,
)
from .verdict import (
    _UNIT_LABEL,
    Verdict,
    _fmt_value,
    resolve_unclaimed,
)


def _refuse_before_ledger(parsed: ParsedClaim, ledger: Ledger | None, unclaimed: str) -> None:
    """No verdict on a day the sentence names (its date, or a window's first day) before the
    ledger's first claim unless ``--unclaimed open``: nothing is on record then, and
    ``--unclaimed nobody`` or a side would give a firm verdict about a time the ledger does not
    cover ("The Taliban captured Kunduz city on 28 September 2015" was CONTRADICTED with
    ``--unclaimed government``). Open counts every unit both ways there (undetermined).
    Red-team finding (#8)."""
    day = parsed.window_start or parsed.check_date
    if ledger is None or not day or ledger.claims.empty or unclaimed == "open":
        return
    first = pd.Timestamp(ledger.claims["date"].min())
    if pd.Timestamp(day) < first:
        raise CheckError(
            f"the sentence's date ({day}) is before the ledger's first claim "
            f"({first.date().isoformat()}): nothing is on record then, so no verdict with "
            f"--unclaimed {unclaimed} (open counts every unit both ways)"
        )


def check_claim(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary = DEFAULT,
    population: pd.Series | None = None,
    segments: pd.DataFrame | None = None,
    unclaimed: str = "open",
    places: pd.DataFrame | None = None,
    ledger: Ledger | None = None,
) -> Verdict:
    """Measure a parsed claim on a snapshot and give a verdict.

    Parameters
    ----------
    parsed
        From :func:`parse_claim`.
    state
        From :func:`mapper.snapshots.state_at` on ``units``.
    units
        The boundary set the state is on (areas, provinces, denominators).
    vocabulary
        The ledger's status vocabulary (``ledger.vocabulary``).
    population
        Population per unit id (:func:`mapper.stats.read_population`), for population
        shares.
    segments
        Border pieces from :func:`mapper.borders.border_segments` on ``units.units``, for
        border claims.
    unclaimed
        Units with no claim on record (status unknown, stale ones included):

        * ``"open"`` (default): they may count for the side or not. The verdict is decided
          on the range from low (none of them for the side) to high plus all of them; a
          claim that holds (or fails) at every recorded allocation but could flip with them
          is ``undetermined``.
        * ``"nobody"``: they count for nobody (the verdict is about what the ledger records).
        * a side (``"government"``): they are counted as that side's.
    places
        Places (:func:`mapper.places.read_places`) whose ``admin1`` rows are the provincial
        capitals, for the ``capitals`` measure; default: the built-in places of the set's
        country (Afghanistan only). See :mod:`mapper.check.capitals`.
    ledger
        The ledger ``state`` comes from, for the ``capitals`` measure: a capital whose
        district a province-wide claim decides keeps its own earlier claim's status when the
        two agree (without it, such a capital is open).

    Raises
    ------
    CheckError
        The claim needs data that was not given, its scope is empty, or ``unclaimed`` is
        not a mode or a side.
    """
    _refuse_before_ledger(parsed, ledger, unclaimed)
    kw: dict[str, Any] = {
        "vocabulary": vocabulary,
        "population": population,
        "segments": segments,
        "unclaimed": unclaimed,
        "places": places,
        "ledger": ledger,
    }
    if parsed.ordinal is not None or parsed.also_units:
        # an ordinal of falls or named units beside the main claim: each checked (beside.py)
        from .beside import check_beside, without_beside

        main = check_claim(without_beside(parsed), state, units, **kw)
        mode = resolve_unclaimed(unclaimed, vocabulary)
        return check_beside(
            main, parsed, state, units, vocabulary=vocabulary, mode=mode, places=places,
            ledger=ledger,
        )  # fmt: skip
    if parsed.window_start and parsed.window_end:
        # "four districts fell between 19 May and 13 July": a change over the span (spans.py);
        # "late last month", "in mid-July": a state on some day of a window (windows.py)
        from .spans import check_taken

        by_window = check_taken if parsed.window_taken else _check_window
        return by_window(parsed, state, units, **kw)
    # "80 districts are contested": a contested status counts like a side (low: units whose
    # status is contested; high: plus disputed and unconfirmed ones, which may be contested)
    as_status = parsed.side in vocabulary.of_kind("contested")
    if parsed.side not in vocabulary.sides and not as_status:
        raise CheckError(
            f"side {parsed.side!r} is not in the vocabulary; valid: {vocabulary.sides}"
        )
    mode = resolve_unclaimed(unclaimed, vocabulary)
    if parsed.measure == "units":  # named units ("The Taliban captured Zaranj"): units.py
        from .units import check_units

        return check_units(
            parsed, state, units, vocabulary=vocabulary, mode=mode, places=places, ledger=ledger
        )
    notes: list[str] = []
    if as_status:
        notes.append(
            f"'{parsed.side}' is a status, not a side: low counts the units whose status is "
            f"{parsed.side!r}; high adds the disputed and unconfirmed units (either may be "
            "contested)"
        )
    scope_mask = pd.Series(True, index=state.index)
    scope_bits: list[str] = []
    unit_word = units.level
    nb_lengths: dict[str, dict[str, float]] = {}

    if parsed.district is not None:
        if parsed.district not in state.index:
            raise CheckError(
                f"district {parsed.district_name or parsed.district!r} is not in boundary set "
                f"{units.boundary!r}"
            )
        scope_mask &= pd.Series(state.index == parsed.district, index=state.index)
        scope_bits.append(f"{state.at[parsed.district, 'name']!s} district")
    if parsed.province is not None:
        provs = set(state["province"].astype(str))
        if parsed.province not in provs:
            raise CheckError(
                f"province {parsed.province!r} is not in boundary set {units.boundary!r}"
            )
        scope_mask &= state["province"] == parsed.province
        scope_bits.append(f"{parsed.province} province")

    weights: pd.Series | None = None
    needs_border = parsed.measure == "border" or parsed.border_districts
    if needs_border:
        if segments is None:
            raise CheckError(
                "this claim is about a border; pass border segments "
                "(mapper.borders.border_segments) to check it"
            )
        seg = segments[segments["neighbour"].notna()]
        if parsed.neighbours:
            seg = seg[seg["neighbour"].isin(parsed.neighbours)]
        if seg.empty:
            raise CheckError(
                f"no border with {', '.join(parsed.neighbours) or 'any country'} in the border "
                "segments of this boundary set"
            )
        per_unit = seg.groupby("unit_id")["length_km"].sum()
        on_border = pd.Series(state.index.isin(per_unit.index), index=state.index)
        scope_mask &= on_border
        for nb, g in seg.groupby("neighbour"):
            km = float(g["length_km"].sum())
            nb_lengths[str(nb)] = {
                "computed_km": round(km, 1),
                "published_km": PUBLISHED_BORDER_KM.get(str(nb), math.nan),
            }
            pub = PUBLISHED_BORDER_KM.get(str(nb))
            if pub:
                notes.append(
                    f"Border with {NEIGHBOUR_NAMES.get(str(nb), nb)}: {km:,.1f} km computed "
                    f"from the district outline vs {pub:,.0f} km published "
                    f"({100 * (km - pub) / pub:+.1f}%)."
                    + (f" {LENGTH_CAVEATS[str(nb)]}." if str(nb) in LENGTH_CAVEATS else "")
                )
        if parsed.measure == "border":
            weights = per_unit.reindex(state.index).fillna(0.0)
            scope_bits.insert(0, _border_name(parsed.neighbours))
        else:
            scope_bits.insert(0, f"{unit_word}s along {_border_name(parsed.neighbours)}")

    cap_frame: pd.DataFrame | None = None
    if parsed.measure == "capitals":
        from .capitals import capital_frame

        if parsed.province or parsed.district or needs_border:
            raise CheckError(
                "provincial capitals are counted over the country; a claim about them names "
                "no province, district or border"
            )
        # the rows measured are the capitals' districts, one a capital
        if parsed.change_days:
            from .capitals import change_start

            notes.append(
                change_start(parsed, state, units, places, ledger, parsed.side, mode, vocabulary)
            )
        cap_frame = capital_frame(state, units, places, ledger)
        state = state.loc[cap_frame["unit_id"].tolist()]
        scope_mask = pd.Series(True, index=state.index)
    sub = state[scope_mask]
    if sub.empty:
        raise CheckError(f"no {unit_word} of boundary set {units.boundary!r} is in the scope")
    scope_text = ", in ".join(scope_bits) if scope_bits else "the country"
    n_scope = len(sub)
    if parsed.measure == "border" or parsed.border_districts:
        where = f"along {_border_name(parsed.neighbours)}"
        where += f", in {parsed.province} province" if parsed.province else ""
    elif parsed.district is not None:
        where = f"named, in {parsed.province} province"
    else:
        where = f"of {parsed.province} province" if parsed.province else "of the country"
    units_text = f"the {n_scope} {unit_word}{'s' if n_scope != 1 else ''} {where}"
    if cap_frame is not None:
        units_text = f"one {unit_word} each"

    side = parsed.side
    status = state["status"]
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_all = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    unknown_all = status == vocabulary.unknown
    rests = pd.Series(False, index=state.index)
    if cap_frame is not None:
        # a capital whose district a province-wide claim decides does not follow it: open
        rests = pd.Series((cap_frame["scope"] == "province").to_numpy(), index=state.index)
        rests &= ~unknown_all
        unconfirmed &= ~rests
        open_all = open_all | rests
    own_all = (status == side) & ~rests
    given = unknown_all if mode == side else pd.Series(False, index=state.index)
    # every allocation, over the whole state (a province counts when all its units do)
    sets = {
        "low": own_all | given,
        "mid": own_all | (unconfirmed & (state["actor"] == side)) | given,
        "high": own_all | open_all | given,
        "open_low": own_all,
        "nobody_high": own_all | open_all,
        "open_high": own_all | open_all | unknown_all,
    }

    measure = parsed.measure
    if measure == "population":
        if population is None:
            raise CheckError("a population share needs a population file (--population)")
        pop = population.reindex(state.index)
        missing = sub.index[pop[scope_mask].isna().to_numpy()]
        if len(missing):
            # a share of a part of the population is not the claim's share: no verdict
            names = ", ".join(str(x) for x in state.loc[missing[:5], "name"])
            raise CheckError(
                f"the population file gives no population for {len(missing)} of {n_scope} "
                f"{unit_word}s in {scope_text} (e.g. {names}); a population share needs a "
                f"figure for every {unit_word} in scope (0 where nobody lives)"
            )
        pop = pop.fillna(0.0)
        if float(pop[scope_mask].sum()) <= 0:
            raise CheckError(f"the population file gives no population for {scope_text}")
    else:
        pop = None

    if measure == "districts" and units.level != "district":
        raise CheckError(
            f"counting districts needs a district-level boundary set; {units.boundary!r} has "
            f"{units.level}s"
        )
    amount_of: Any
    if measure == "provinces":
        provinces = sorted(set(sub["province"].astype(str)))
        prov_of = state["province"].astype(str)
        members = [prov_of == p for p in provinces]

        def amount_of(mask: pd.Series) -> float:
            return float(sum(bool(mask[m].all()) for m in members))

        total = float(len(provinces))
        unit = "provinces"
        weight_of_unknown = amount_of(unknown_all)  # provinces with no claim at all
        unclaimed_amount = float(sum(bool(unknown_all[m].any()) for m in members))
    else:
        if measure in ("districts", "capitals"):
            w = pd.Series(1.0, index=state.index)
        elif measure == "population":
            assert pop is not None
            w = pop.astype(float)
        elif measure == "border":
            assert weights is not None
            w = weights.astype(float)
        else:
            w = state["area_km2"].astype(float)
        w = w.where(scope_mask, 0.0)

        def amount_of(mask: pd.Series) -> float:
            return float(w[mask].sum())

        total = float(n_scope) if measure in ("districts", "capitals") else float(w.sum())
        unit = f"{unit_word}s" if measure == "districts" else _UNIT_LABEL[measure]
        weight_of_unknown = unclaimed_amount = amount_of(unknown_all)

    def value(amount: float) -> float:
        if parsed.form == "share":
            return amount / total if total else 0.0
        return amount

    all_amounts = {k: amount_of(m) for k, m in sets.items()}
    amounts = {b: all_amounts[b] for b in BOUNDS}
    values = {b: value(amounts[b]) for b in BOUNDS}
    open_amounts = {"low": all_amounts["open_low"], "high": all_amounts["open_high"]}
    open_values = {k: value(a) for k, a in open_amounts.items()}
    acc = parsed.acceptance()
    holds = {b: acc.contains(values[b]) for b in BOUNDS}
    open_holds = {k: acc.contains(v) for k, v in open_values.items()}

    # the verdict each way of counting the unclaimed units gives
    nobody_low, nobody_high = open_values["low"], value(all_amounts["nobody_high"])
    recorded = acc.relation(nobody_low, nobody_high)
    both_ways = acc.relation(open_values["low"], open_values["high"])
    if both_ways != "depends-on-assumptions" or recorded == "depends-on-assumptions":
        verdict_open: VerdictKind = both_ways
    else:
        verdict_open = "undetermined"
    if mode == "open":
        verdict = verdict_open
        range_values = dict(open_values)
        lo_set, hi_set = sets["open_low"], sets["open_high"]
    else:
        verdict = acc.relation(values["low"], values["high"])
        range_values = {"low": values["low"], "high": values["high"]}
        lo_set, hi_set = sets["low"], sets["high"]

    sub_mask = scope_mask.to_numpy()

    def ids(mask: pd.Series) -> tuple[str, ...]:
        return tuple(str(u) for u in state.index[mask.to_numpy() & sub_mask])

    n_unknown = len(ids(unknown_all))
    if verdict == "undetermined":
        deciding, role = ids(unknown_all), "units in scope with no claim on record"
    elif verdict == "depends-on-assumptions":
        deciding, role = ids(open_all), "contested, disputed and unconfirmed units in scope"
    elif (verdict == "contradicted" and range_values["high"] <= acc.lo) or (
        verdict == "supported" and acc.lo == -math.inf
    ):
        deciding, role = ids(hi_set), "every unit that could count for the side"
        if mode == "open" and n_unknown:
            role += ", units with no claim on record included"
    else:
        deciding, role = ids(lo_set), "units under the side's own status"
        if mode == side and n_unknown:
            role += " (with the units with no claim on record, counted as the side's)"

    def fmt(v: float) -> str:
        return _fmt_value(v, parsed.form)

    accepted_text = acc.describe(fmt)
    side_label = vocabulary[side].label
    what = _what(measure, parsed.form, unit_word)
    denominator = _denominator_text(measure, total, units_text, scope_text, units)
    unclaimed_share = unclaimed_amount / total if total else 0.0
    unclaimed_value = value(unclaimed_amount)
    date = str(state.attrs.get("date", ""))
    unclaimed_text = _unclaimed_text(mode, vocabulary)
    if measure == "provinces":
        summary = (
            f"{n_unknown} of {n_scope} {unit_word}s in scope have no claim on record by {date}; "
            f"{unclaimed_amount:,.0f} of the {total:,.0f} provinces have at least one district "
            "with no claim on record"
        )
    elif cap_frame is not None:
        summary = (
            f"{n_unknown} of the {n_scope} provincial capitals have no claim on record for "
            f"their {unit_word} by {date} ({100 * unclaimed_share:.1f}% of the denominator)"
        )
    else:
        summary = (
            f"{n_unknown} of {n_scope} {unit_word}s in scope have no claim on record by {date}: "
            f"{_amount_text(unclaimed_amount, unit)} of {_amount_text(total, unit)} "
            f"{unit} ({100 * unclaimed_share:.1f}% of the denominator)"
        )
    explanation = _explain(
        verdict,
        values=values,
        holds=holds,
        range_values=range_values,
        open_values=open_values,
        recorded=recorded,
        acc=acc,
        side_label=side_label,
        what=what,
        fmt=fmt,
        form=parsed.form,
        mode=mode,
        mode_label=vocabulary[mode].label if mode in vocabulary.sides else mode,
        n_unknown=n_unknown,
        unclaimed_value=unclaimed_value,
        nobody_high=nobody_high,
        measure=measure,
    )

    if (
        parsed.province_text
        and not parsed.province_word
        and parsed.district is None
        and measure in ("area", "population", "border")
        and units.level == "district"
    ):
        notes.extend(_same_name_notes(parsed, state))
    _refuse_another_set(parsed, total, unit)
    notes.extend(_stated_total_notes(parsed, total, unit, units.boundary))
    capitals: dict[str, list[str]] = {}
    if cap_frame is not None:
        capitals = _capitals_groups(cap_frame, rests, unknown_all, vocabulary)
        notes.extend(_capitals_notes(parsed, cap_frame, rests, side_label, vocabulary))
    if parsed.form == "count" and (
        parsed.figure.hi > total or (parsed.comparison == "over" and parsed.figure.hi >= total)
    ):
        notes.append(
            f"The scope only has {total:,.0f} {unit} ({scope_text}); the figure "
            f"{parsed.figure.text!r} goes beyond what any allocation can reach."
        )
    if state.attrs.get("max_age") is not None and bool(sub["stale"].any()):
        notes.append(
            f"{int(sub['stale'].sum())} {unit_word}(s) in scope have a status older than "
            f"{state.attrs['max_age']} days and count as having no claim on record."
        )
    if mode != "open" and verdict_open != verdict:
        notes.append(
            f"With --unclaimed open (the default: units with no claim on record counted both "
            f"ways) the verdict would be {verdict_open.upper()}."
        )
    direction, gap = _direction(verdict, parsed.figure, acc, range_values)
    if parsed.comparison == "up-to":
        about = replace(parsed, comparison="about")
        d_about, gap_about = _direction(
            about.acceptance().relation(range_values["low"], range_values["high"]),
            parsed.figure,
            about.acceptance(),
            range_values,
        )
        if d_about:
            notes.append(
                f"'{parsed.comparison_text} {parsed.figure.text}' is read as a cap. Read as an "
                f"upper estimate (about {parsed.figure.text}), the claim {d_about} "
                f"{_gap_text(gap_about, parsed.form, unit)}."
            )
    allocations = allocation_labels(mode == side)
    return Verdict(
        claim=parsed,
        verdict=verdict,
        date=date,
        side=side,
        side_label=side_label,
        measure=measure,
        form=parsed.form,
        scope=scope_text,
        unit=unit,
        total=total,
        values=values,
        amounts=amounts,
        holds=holds,
        accepted=acc,
        accepted_text=accepted_text,
        scope_units=tuple(str(u) for u in sub.index),
        deciding_units=deciding,
        deciding_role=role,
        open_units=ids(open_all),
        unknown_units=ids(unknown_all),
        unknown_amount=weight_of_unknown,
        denominator=denominator,
        boundary=units.boundary,
        level=units.level,
        explanation=explanation,
        unclaimed=mode,
        unclaimed_text=unclaimed_text,
        unclaimed_summary=summary,
        unclaimed_amount=unclaimed_amount,
        unclaimed_share=unclaimed_share,
        open_values=open_values,
        open_amounts=open_amounts,
        open_holds=open_holds,
        range_values=range_values,
        allocations=allocations,
        notes=tuple(notes),
        neighbour_lengths=nb_lengths,
        direction=direction,
        gap=gap,
        gap_text=_gap_text(gap, parsed.form, unit) if direction else "",
        capitals=capitals,
    )


def _check_window(parsed: ParsedClaim, state: pd.DataFrame, units: UnitSet, **kw: Any) -> Verdict:
    """A state claim about some day of a window the writer did not pin down ("late last
    month"): checked on every day of it. The range is the lowest low to the highest high;
    the verdict is SUPPORTED (CONTRADICTED, UNDETERMINED) only when it is on every day, else
    DEPENDS-ON-ASSUMPTIONS, naming the days on which it flips.

    The ledger is read once for the window (:func:`mapper.timeline.build_timeline`), and
    the claim is measured once per run of days whose state is the same."""
    from ..timeline import build_timeline

    ledger = kw.get("ledger")
    if ledger is None:
        raise CheckError(
            f"a claim about a window of days ({parsed.window_start} to {parsed.window_end}) "
            "needs the ledger (check_claim(ledger=...)) to read the state on every day of it"
        )
    days = pd.date_range(parsed.window_start, parsed.window_end, freq="D")
    tl = build_timeline(ledger, units, days, max_age=state.attrs.get("max_age"))
    # consecutive days with the same records and staleness have the same state
    key = np.concatenate([tl.record, tl.stale.astype(np.int32)], axis=1)
    same = np.all(key[1:] == key[:-1], axis=1)
    starts = [0, *(int(i) + 1 for i in np.flatnonzero(~same))]
    ends = [*(i - 1 for i in starts[1:]), len(days) - 1]
    day_claim = replace(parsed, window_start="", window_end="")
    per: list[tuple[str, str, Verdict]] = []
    for a, b in zip(starts, ends, strict=True):
        v = check_claim(day_claim, tl.state(tl.dates[a], units), units, **kw)
        per.append((tl.dates[a].date().isoformat(), tl.dates[b].date().isoformat(), v))
    last = per[-1][2]
    kinds = {v.verdict for _, _, v in per}
    verdict: VerdictKind = kinds.pop() if len(kinds) == 1 else "depends-on-assumptions"
    acc = last.accepted

    def lo_hi(get: Any) -> dict[str, float]:
        return {
            "low": min(get(v)["low"] for _, _, v in per),
            "high": max(get(v)["high"] for _, _, v in per),
        }

    range_values = lo_hi(lambda v: v.range_values)
    open_values = lo_hi(lambda v: v.open_values)
    open_amounts = lo_hi(lambda v: v.open_amounts)
    values = {
        "low": min(v.values["low"] for _, _, v in per),
        "mid": last.values["mid"],
        "high": max(v.values["high"] for _, _, v in per),
    }
    values["mid"] = min(max(values["mid"], values["low"]), values["high"])
    amounts = {
        "low": min(v.amounts["low"] for _, _, v in per),
        "mid": last.amounts["mid"],
        "high": max(v.amounts["high"] for _, _, v in per),
    }
    holds = {b: all(v.holds[b] for _, _, v in per) for b in BOUNDS}
    open_holds = {k: all(v.open_holds[k] for _, _, v in per) for k in ("low", "high")}
    # runs of days with the same verdict, and the days it flips
    segments: list[list[Any]] = []
    for first, end, v in per:
        if segments and segments[-1][2] == v.verdict:
            segments[-1][1] = end
            segments[-1][3] = min(segments[-1][3], v.range_values["low"])
            segments[-1][4] = max(segments[-1][4], v.range_values["high"])
        else:
            segments.append([first, end, v.verdict, v.range_values["low"], v.range_values["high"]])
    runs = tuple(
        {"from": a, "to": b, "verdict": k, "low": lo, "high": hi} for a, b, k, lo, hi in segments
    )

    def fmt(x: float) -> str:
        return _fmt_value(x, parsed.form)

    n = len(days)
    span = f"the {n} days from {parsed.window_start} to {parsed.window_end}"
    rng = (
        fmt(range_values["low"])
        if range_values["low"] == range_values["high"]
        else (f"{fmt(range_values['low'])} to {fmt(range_values['high'])}")
    )
    head = (
        f"The sentence does not say which day of {span}: the claim is checked on each. Over "
        f"them, {last.side_label} ({_what(last.measure, parsed.form, units.level)}) runs from "
        f"{rng}."
    )

    def when(a: str, b: str) -> str:
        return a if a == b else f"{a} to {b}"

    if len(segments) == 1:
        why = (
            f"{head} It is {verdict.upper()} on every day. On {parsed.window_end}: "
            f"{last.explanation}"
        )
    else:
        parts = "; ".join(
            f"{k.upper()} on {when(a, b)} ({fmt(lo)}–{fmt(hi)})" for a, b, k, lo, hi in segments
        )
        flips = ", ".join(str(seg[0]) for seg in segments[1:])
        why = f"{head} It depends on the day: {parts}; it flips on {flips}."
    if verdict == "depends-on-assumptions" and len(segments) > 1:
        scope = set(last.scope_units)
        changed = np.any(tl.status != tl.status[:1], axis=0)
        deciding = tuple(
            str(u) for u, c in zip(tl.unit_ids, changed, strict=True) if c and str(u) in scope
        )
        role = (
            f"units in scope whose state changes within {parsed.window_start} to "
            f"{parsed.window_end}"
        )
    else:
        deciding, role = last.deciding_units, f"{last.deciding_role} (on {parsed.window_end})"
    direction, gap = _direction(verdict, parsed.figure, acc, range_values)
    note = (
        f"Window: {span} ({len(per)} distinct state(s) of the ledger in it); the range is the "
        "lowest low to the highest high over the days, and the verdict holds only if it holds "
        "whatever the day. The mid row, the units and the notes shown are those of the last day."
    )
    return replace(
        last,
        claim=parsed,
        verdict=verdict,
        date=parsed.window_end,
        values=values,
        amounts=amounts,
        holds=holds,
        open_values=open_values,
        open_amounts=open_amounts,
        open_holds=open_holds,
        range_values=range_values,
        explanation=why,
        deciding_units=deciding,
        deciding_role=role,
        direction=direction,
        gap=gap,
        gap_text=_gap_text(gap, parsed.form, last.unit) if direction else "",
        notes=(note, *last.notes),
        window_start=parsed.window_start,
        window_end=parsed.window_end,
        window_runs=runs,
    )


#: The group of provincial capitals that rest on province-wide claims (open).
PROVINCE_WIDE = "open: on a province-wide claim"
#: The group of provincial capitals whose district has no claim on record.
NO_CLAIM = "no claim on record"


def _capitals_groups(
    frame: pd.DataFrame, rests: pd.Series, unknown: pd.Series, vocabulary: Vocabulary
) -> dict[str, list[str]]:
    """The provincial capitals by what their district's state says: a status's label, the
    ones on a province-wide claim (:data:`PROVINCE_WIDE`) and those with no claim
    (:data:`NO_CLAIM`); names sorted."""
    groups: dict[str, list[str]] = {}
    for (name, r), on_prov, none in zip(
        frame.iterrows(), rests.to_numpy(), unknown.to_numpy(), strict=True
    ):
        if none:
            key = NO_CLAIM
        elif on_prov:
            key = PROVINCE_WIDE
        else:
            key = vocabulary[str(r["status"])].label
        groups.setdefault(key, []).append(str(name))
    return {k: sorted(v) for k, v in sorted(groups.items())}


def _capitals_notes(
    parsed: ParsedClaim,
    frame: pd.DataFrame,
    rests: pd.Series,
    side_label: str,
    vocabulary: Vocabulary,
) -> list[str]:
    """Which capitals rest on province-wide claims, and the state of the capitals the
    sentence names (set aside, not checked on their own)."""
    from .capitals import short_list

    out = []
    on_prov = [str(n) for n, r in zip(frame.index, rests.to_numpy(), strict=True) if r]
    if on_prov:
        out.append(
            f"{len(on_prov)} provincial capital(s) rest on province-wide claims "
            f"({short_list(on_prov)}): a claim on a whole province does not decide its capital "
            "('all districts of X have fallen' usually excepts the provincial centre), so each "
            f"counts for {side_label} only in the high allocation."
        )
    agreed = [f"{n} ({r['earlier']})" for n, r in frame.iterrows() if r["earlier"]]
    if agreed:
        out.append(
            f"{len(agreed)} provincial capital(s) are in districts a province-wide claim decides, "
            "and that claim agrees with the capital's own earlier claim, which decides it: "
            + "; ".join(agreed)
            + "."
        )
    # capitals named in the sentence are checked beside the count (beside.py), each a named
    # unit with its own line; they are no longer set aside here
    return out


#: "all 7 districts": a count that is the total of the set it names (with no province, a set
#: the sentence does not name).
_ALL_N = re.compile(
    r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<n>[\w,-]+)\s+(?:districts?|provinces?"
    r"|provincial\s+(?:capitals|centres|centers)|district\s+cent(?:er|re)s)\b"
)


def _refuse_another_set(parsed: ParsedClaim, total: float, unit: str) -> None:
    """No verdict when the sentence's own total is far from the scope's (under half of it, or
    over twice): "10 of 16 districts", "most of the 28 districts", "all 7 districts" with no
    province count the districts of a part the sentence does not name (a province named in the
    sentence before), not the country's 398; they were checked on the country (CONTRADICTED,
    or SUPPORTED for "most of the 28"). A nearby total (421 or 407 for 398) is the same set
    counted by another source: a note (:func:`_stated_total_notes`). Red-team finding (#8)."""
    if parsed.measure not in ("districts", "provinces", "capitals") or not total:
        return
    f = parsed.figure
    stated = f.of_total if f.of_total is not None else parsed.stated_total
    said = parsed.stated_total_text or (f"{stated:g}" if stated is not None else "")
    lead = "out of "
    if stated is None and f.form == "count" and f.lo == f.hi:
        m = _ALL_N.search(normalise(parsed.text))
        if m and m["n"] == normalise(f.text):
            stated, said, lead = f.lo, f.text, "all "
    if stated is None or total / 2 <= stated <= total * 2:
        return
    which = (
        "a part the sentence does not name (such as a province named in the sentence before)"
        if stated < total
        else "a larger set than the scope's"
    )
    raise CheckError(
        f"the sentence counts {lead}{said} {unit}, but its scope ({parsed.scope_text()}) has "
        f"{total:,.0f}: its {said} are the {unit} of {which}, so the claim is not about the "
        "scope's; no verdict. Name the province ('10 of Herat's 16 districts') or give the "
        "scope's own total"
    )


def _stated_total_notes(parsed: ParsedClaim, total: float, unit: str, boundary: str) -> list[str]:
    """Say the sentence's own denominator and the boundary set's, and what is checked on
    which ("a third of Afghanistan's 421 districts" on a set of 398)."""
    stated = parsed.figure.of_total if parsed.figure.of_total is not None else parsed.stated_total
    if stated is None:
        return []
    said = parsed.stated_total_text or f"{stated:g}"
    f = parsed.figure
    if stated == total:
        return [f"The sentence counts {said} {unit}; boundary set {boundary!r} has the same."]
    head = (
        f"The sentence counts out of {said}; boundary set {boundary!r} has "
        f"{total:,.0f} {unit} in scope"
    )
    if f.form == "share":
        return [f"{head}: the share is checked on the {total:,.0f}."]
    share = f.value / stated if stated else 0.0
    return [
        f"{head}: the count ({f.text}) is compared as written on the {total:,.0f}; as a share, "
        f"{f.value:g} of {stated:g} is {100 * share:.1f}%, which is {share * total:,.0f} of "
        f"{total:,.0f}."
    ]


def _direction(
    verdict: str, figure: Figure, acc: Acceptance, range_values: dict[str, float]
) -> tuple[str, tuple[float, float]]:
    """Which way a contradicted claim misses ("overstates": the figure is above every value of
    the range; "understates": below), and by how much (nearest end, farthest end)."""
    if verdict != "contradicted":
        return "", (0.0, 0.0)
    lo, hi = range_values["low"], range_values["high"]
    if hi < acc.lo or (hi == acc.lo and not acc.lo_closed):
        return "overstates", (figure.lo - hi, figure.lo - lo)
    if lo > acc.hi or (lo == acc.hi and not acc.hi_closed):
        return "understates", (lo - figure.hi, hi - figure.hi)
    return "", (0.0, 0.0)


def _gap_text(gap: tuple[float, float], form: str, unit: str) -> str:
    """'by 51.0-59.0 points' (shares, in percentage points) or 'by 20-30 districts'."""
    a, b = sorted(gap)
    if form == "share":
        a, b = 100 * a, 100 * b
        span = f"{a:.1f}" if round(a, 1) == round(b, 1) else f"{a:.1f}–{b:.1f}"
        return f"by {span} points"
    span = f"{a:,.0f}" if round(a) == round(b) else f"{a:,.0f}–{b:,.0f}"
    return f"by {span} {unit}"
