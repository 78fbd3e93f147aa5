"""Checking a claim of the ``units`` measure against the state on a date (#8).

Each named unit is held by the side at an allocation when every district in it counts for
the side there; the verdict is that the side holds every named unit (see
:mod:`mapper.check.units`, "Checking").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from .model import Acceptance, CheckError, ParsedClaim, VerdictKind
from .unit_names import NamedUnit, joined, side_name

if TYPE_CHECKING:
    from ..boundaries import UnitSet
    from ..claims import Ledger
    from ..vocabulary import Vocabulary
    from .verdict import Verdict


def members(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    places: pd.DataFrame | None,
    ledger: Ledger | None,
) -> list[tuple[NamedUnit, list[str], bool, str]]:
    """(unit, its district ids, whether it rests open on a province-wide claim, how it is
    measured) for each named unit.

    Raises
    ------
    CheckError
        A unit not in the boundary set, or a capital without a district-level set.
    """
    out: list[tuple[NamedUnit, list[str], bool, str]] = []
    cap_frame: pd.DataFrame | None = None
    for u in parsed.named_units:
        if u.kind == "province":
            ids = [str(i) for i in state.index[state["province"].astype(str) == u.name]]
            if not ids:
                raise CheckError(f"province {u.name!r} is not in boundary set {units.boundary!r}")
            level = units.level
            how = (
                f"all {len(ids)} {level}s of {u.name}" if len(ids) > 1 else f"the {level} {u.name}"
            )
            out.append((u, ids, False, how))
        elif u.kind == "district":
            if u.unit_id not in state.index:
                raise CheckError(
                    f"district {u.name!r} ({u.unit_id}) is not in boundary set {units.boundary!r}"
                )
            out.append((u, [u.unit_id], False, "the district itself"))
        else:
            if cap_frame is None:
                from .capitals import capital_frame

                if units.level != "district":
                    raise CheckError(
                        f"a provincial capital ({u.name}) takes the status of the district "
                        f"holding its point: it needs a district-level boundary set; "
                        f"{units.boundary!r} has {units.level}s"
                    )
                cap_frame = capital_frame(state, units, places, ledger)
            if u.name not in cap_frame.index:
                raise CheckError(
                    f"provincial capital {u.name!r} is not in the places given; valid: "
                    f"{', '.join(sorted(cap_frame.index))}"
                )
            r = cap_frame.loc[u.name]
            uid = str(r["unit_id"])
            rests = str(r["scope"]) == "province"
            how = f"the district holding its point, {state.at[uid, 'name']!s}"
            if r["earlier"]:
                how += f" (a province-wide claim agrees with its own {r['earlier']})"
            if rests:
                how += " (decided by a province-wide claim, which does not decide a capital: open)"
            out.append((u, [uid], rests, how))
    return out


def check_units(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary,
    mode: str,
    places: pd.DataFrame | None = None,
    ledger: Ledger | None = None,
) -> Verdict:
    """The verdict on a claim of the ``units`` measure (see the module docstring); ``mode``
    as resolved by :func:`mapper.check.verdict.resolve_unclaimed`."""
    from .model import allocation_labels
    from .verdict import Verdict

    side = parsed.side
    if side not in vocabulary.sides:
        raise CheckError(f"side {side!r} is not in the vocabulary; valid: {vocabulary.sides}")
    parts = members(parsed, state, units, places, ledger)
    status = state["status"].astype(str)
    actor = state["actor"].astype(str)
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_all = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    unknown_all = status == vocabulary.unknown
    own_all = status == side
    given_all = unknown_all if mode == side else pd.Series(False, index=state.index)
    keys = ("low", "mid", "high", "open_low", "open_high", "nobody_high")
    held: dict[str, list[bool]] = {k: [] for k in keys}
    rows: list[dict[str, Any]] = []
    side_label = side_name(vocabulary, side)
    for u, ids, rests, how in parts:
        own, unc, opn, unk, given = (
            own_all[ids], unconfirmed[ids], open_all[ids], unknown_all[ids], given_all[ids]
        )  # fmt: skip
        if rests:
            own = own & False
            opn = ~unk
            unc = unc & False
        mid_extra = unc & (actor[ids] == side)
        sets = {
            "low": own | given,
            "mid": own | mid_extra | given,
            "high": own | opn | given,
            "open_low": own,
            "open_high": own | opn | unk,
            "nobody_high": own | opn,
        }
        for k in keys:
            held[k].append(bool(sets[k].all()))
        one = Acceptance(lo=1.0, hi=1.0)
        v = _verdict_of(
            one,
            {k: float(held[k][-1]) for k in keys},
            mode,
        )
        rows.append(_unit_row(u, ids, rests, how, v, state, vocabulary, side_label))
    n = float(len(parts))
    amounts = {k: float(sum(held[k])) for k in keys}
    acc = parsed.acceptance()
    verdict = _verdict_of(acc, amounts, mode)
    values = {b: amounts[b] for b in ("low", "mid", "high")}
    holds = {b: acc.contains(values[b]) for b in values}
    open_values = {"low": amounts["open_low"], "high": amounts["open_high"]}
    open_holds = {k: acc.contains(v) for k, v in open_values.items()}
    range_values = (
        dict(open_values) if mode == "open" else {"low": values["low"], "high": values["high"]}
    )
    all_ids = list(dict.fromkeys(i for _u, ids, _r, _h in parts for i in ids))
    sub = state.loc[all_ids]

    def ids_where(mask: pd.Series) -> tuple[str, ...]:
        return tuple(str(i) for i in all_ids if bool(mask[i]))

    unknown_ids = ids_where(unknown_all)
    rest_ids = {ids[0] for _u, ids, r, _h in parts if r}
    open_ids = tuple(dict.fromkeys([*ids_where(open_all), *(i for i in all_ids if i in rest_ids)]))
    not_side = [i for i in all_ids if not bool(own_all[i]) or i in rest_ids]
    if verdict == "supported":
        deciding, role = tuple(all_ids), "every district of the named units, each the side's"
    elif verdict == "contradicted":
        deciding = tuple(i for i in not_side if i not in open_ids and i not in unknown_ids)
        role = "districts of the named units held by another side"
    elif verdict == "undetermined":
        deciding, role = unknown_ids, "districts of the named units with no claim on record"
    else:
        deciding, role = open_ids, "contested, disputed and unconfirmed districts of the units"
    names = joined([u.label for u in parsed.named_units])
    total_units = int(n)
    explanation = _explanation(verdict, rows, side_label, total_units)
    verdict_open = _verdict_of(acc, amounts, "open") if mode != "open" else verdict
    notes = []
    if mode != "open" and verdict_open != verdict:
        notes.append(
            f"With --unclaimed open (the default: units with no claim on record counted both "
            f"ways) the verdict would be {verdict_open.upper()}."
        )
    if state.attrs.get("max_age") is not None and bool(sub["stale"].any()):
        notes.append(
            f"{int(sub['stale'].sum())} district(s) of the named units have a status older "
            f"than {state.attrs['max_age']} days and count as having no claim on record."
        )
    from .explanation import _unclaimed_text

    allocations = allocation_labels(mode == side)
    date = str(state.attrs.get("date", ""))
    unclaimed_amount = float(sum(1 for r in rows if r["unclaimed_districts"]))
    return Verdict(
        claim=parsed,
        verdict=verdict,
        date=date,
        side=side,
        side_label=side_label,
        measure="units",
        form="count",
        scope=names,
        unit="named units",
        total=n,
        values=values,
        amounts=dict(values),
        holds=holds,
        accepted=acc,
        accepted_text=f"all {total_units} named unit(s) held by {side_label} in full"
        if total_units > 1
        else f"{names} held by {side_label} in full",
        scope_units=tuple(all_ids),
        deciding_units=deciding,
        deciding_role=role,
        open_units=open_ids,
        unknown_units=unknown_ids,
        unknown_amount=float(len(unknown_ids)),
        denominator=(
            f"the {total_units} named unit(s): "
            + "; ".join(f"{r['unit']}: {r['measured_as']}" for r in rows)
            + f" (boundary set '{units.boundary}'); a unit counts for the side when all of "
            "its districts do"
        ),
        boundary=units.boundary,
        level=units.level,
        explanation=explanation,
        unclaimed=mode,
        unclaimed_text=_unclaimed_text(mode, vocabulary),
        unclaimed_summary=(
            f"{len(unknown_ids)} of the {len(all_ids)} {units.level}s of the named units have "
            f"no claim on record by {date}"
        ),
        unclaimed_amount=unclaimed_amount,
        unclaimed_share=unclaimed_amount / n if n else 0.0,
        open_values=open_values,
        open_amounts=dict(open_values),
        open_holds=open_holds,
        range_values=range_values,
        allocations=allocations,
        notes=tuple(notes),
        named_units=tuple(rows),
    )


def _verdict_of(acc: Acceptance, amounts: dict[str, float], mode: str) -> VerdictKind:
    """The verdict as :func:`mapper.check.evaluation.check_claim` decides it."""
    if mode != "open":
        return acc.relation(amounts["low"], amounts["high"])
    recorded = acc.relation(amounts["open_low"], amounts["nobody_high"])
    both = acc.relation(amounts["open_low"], amounts["open_high"])
    if both != "depends-on-assumptions" or recorded == "depends-on-assumptions":
        return both
    return "undetermined"


def _unit_row(
    u: NamedUnit,
    ids: list[str],
    rests: bool,
    how: str,
    verdict: VerdictKind,
    state: pd.DataFrame,
    vocabulary: Vocabulary,
    side_label: str,
) -> dict[str, Any]:
    """One named unit in the verdict: its status by district and the ledger rows behind it."""
    groups: dict[str, list[str]] = {}
    claims: list[str] = []
    seen: set[str] = set()
    for i in ids:
        r = state.loc[i]
        label = vocabulary[str(r["status"])].label
        if rests:
            label += " (on a province-wide claim: open for the capital)"
        groups.setdefault(label, []).append(str(r["name"]))
        rows_behind = str(r["rows"] or "")
        if rows_behind and rows_behind not in seen:
            seen.add(rows_behind)
            when = r["claim_date"]
            day: str = "" if pd.isna(when) else pd.Timestamp(when).date().isoformat()
            scope = str(r["scope"] or "")
            claims.append(
                f"row{'s' if ';' in rows_behind else ''} {rows_behind.replace(';', ', ')} "
                f"({day}, {r['source']}"
                + (f", {scope}-wide claim" if scope in ("province", "country") else "")
                + ")"
            )
    status = "; ".join(
        f"{label} {len(names)}" + (f" ({', '.join(sorted(names))})" if len(ids) > 1 else "")
        for label, names in sorted(groups.items())
    )
    unclaimed = [
        str(state.at[i, "name"]) for i in ids if str(state.at[i, "status"]) == vocabulary.unknown
    ]
    return {
        "unit": u.label,
        "kind": u.kind,
        "name": u.name,
        "province": u.province,
        "written": u.written,
        "measured_as": how,
        "districts": list(ids),
        "status": status,
        "verdict": verdict,
        "claims": claims,
        "unclaimed_districts": unclaimed,
    }


def _explanation(verdict: VerdictKind, rows: list[dict[str, Any]], side_label: str, n: int) -> str:
    held = [r["unit"] for r in rows if r["verdict"] == "supported"]
    lost = [r["unit"] for r in rows if r["verdict"] == "contradicted"]
    open_ = [r["unit"] for r in rows if r["verdict"] in ("depends-on-assumptions", "undetermined")]
    bits = []
    if held:
        bits.append(f"held by {side_label} in full at every allocation: {joined(held)}")
    if lost:
        bits.append(f"not {side_label}'s at any allocation: {joined(lost)}")
    if open_:
        bits.append(
            "decided by contested, disputed, unconfirmed or unclaimed districts: " + joined(open_)
        )
    head = f"The claim needs {side_label} to hold all of {n} named unit(s) in full. "
    if n == 1:
        head = f"The claim needs {side_label} to hold {rows[0]['unit']} in full. "
    tail = {
        "supported": "It holds at every allocation.",
        "contradicted": "It fails at every allocation.",
        "depends-on-assumptions": "It depends on how the contested, disputed and unconfirmed "
        "districts are counted.",
        "undetermined": "The ledger does not cover enough of the units to decide.",
    }[verdict]
    said = "; ".join(bits)
    return head + said[:1].upper() + said[1:] + ". " + tail


def units_lines(v: Verdict) -> list[str]:
    """For the ``units`` measure: one line per named unit (status, rows behind it)."""
    out = []
    for r in v.named_units:
        claims = "; ".join(r["claims"]) or "no claim on record"
        out.append(
            f"{r['unit']} — {r['verdict'].upper()}: {r['status']} [{r['measured_as']}]; "
            f"behind it: {claims}"
        )
    return out
