"""The verdict in words: the explanation, the denominator and the terminal block."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from .. import settings
from ..boundaries import UnitSet
from ..matching import fold, name_keys
from ..vocabulary import Vocabulary
from .model import (
    BOUNDS,
    Acceptance,
    Form,
    Measure,
    ParsedClaim,
    VerdictKind,
)
from .verdict import (
    Verdict,
)

#: What the row with every unclaimed unit counts (``--unclaimed open``).
OPEN_ROW = "+unclaimed"
OPEN_ROW_TEXT = "high, plus every unit with no claim on record"


def _unclaimed_text(mode: str, vocabulary: Vocabulary) -> str:
    if mode == "open":
        return (
            "open (the default): units with no claim on record may count for the side or "
            "not, and a firm verdict must hold both ways"
        )
    if mode == "nobody":
        return (
            "nobody (--unclaimed nobody): units with no claim on record count for nobody, so "
            "the verdict is about what the ledger records, not about the ground"
        )
    return (
        f"{mode} (--unclaimed {mode}): units with no claim on record are counted as "
        f"{vocabulary[mode].label} — an assumption, not a record"
    )


def _amount_text(amount: float, unit: str) -> str:
    if unit in ("km²", "km of border"):
        return f"{amount:,.1f}"
    return f"{amount:,.0f}"


def _same_name_notes(parsed: ParsedClaim, state: pd.DataFrame) -> list[str]:
    """A note for a province read as such although a district has the same name."""
    key = fold(parsed.province_text)
    hits = [
        (str(r["name"]), str(r["province"]))
        for _uid, r in state[["name", "province"]].iterrows()
        if key in name_keys(str(r["name"]))
    ]
    hits.sort(key=lambda h: h[1] != parsed.province)
    if not hits:
        return []
    name, prov = hits[0]
    return [
        f"'{parsed.province_text}' read as the province; the district of the same name is "
        f"'{name}' in {prov} — say '{parsed.province_text} district' to check that"
    ]


def _what(measure: Measure, form: Form, unit_word: str) -> str:
    if measure == "districts":
        return f"{unit_word}s" if form == "count" else f"of the {unit_word}s"
    if measure == "provinces":
        return "provinces" if form == "count" else "of the provinces"
    if measure == "capitals":
        return "provincial capitals" if form == "count" else "of the provincial capitals"
    if measure == "units":
        return "named units"
    return {
        "area": "of the area",
        "population": "of the population",
        "border": "of the border length",
    }[measure]


def _denominator_text(
    measure: Measure, total: float, units_text: str, scope: str, units: UnitSet
) -> str:
    base = f"boundary set '{units.boundary}'"
    if measure == "area":
        return (
            f"{total:,.0f} km², the polygon area of {units_text} ({base}, area in "
            f"{settings.EQUAL_AREA_CRS})"
        )
    if measure == "districts":
        return f"{units_text} ({base})"
    if measure == "provinces":
        return (
            f"the {total:,.0f} provinces with a unit in {scope} ({base}); a province counts "
            "when all its units do"
        )
    if measure == "population":
        return f"population {total:,.0f} (user-supplied) of {units_text} ({base})"
    if measure == "capitals":
        return (
            f"the {total:,.0f} provincial capitals of {scope} ({units_text}), each counted by "
            f"the status of the district holding its point ({base}); a capital whose district "
            "is decided by a province-wide claim is open (it counts only in the high allocation)"
        )
    return (
        f"{total:,.1f} km, the length of {scope}, geodesic (WGS84), along the outline of "
        f"{base}; each km counts for the unit it bounds ({units_text})"
    )


def _explain(
    verdict: VerdictKind,
    *,
    values: Mapping[str, float],
    holds: Mapping[str, bool],
    range_values: Mapping[str, float],
    open_values: Mapping[str, float],
    recorded: VerdictKind,
    acc: Acceptance,
    side_label: str,
    what: str,
    fmt: Any,
    form: Form,
    mode: str,
    mode_label: str,
    n_unknown: int,
    unclaimed_value: float,
    nobody_high: float,
    measure: Measure,
) -> str:
    accepted = acc.describe(fmt)

    def accepted_between(a: float, b: float) -> bool:
        return acc.relation(min(a, b), max(a, b)) != "contradicted"

    span = (
        fmt(values["low"])
        if values["low"] == values["high"]
        else f"{fmt(values['low'])} (low) to {fmt(values['high'])} (high)"
    )
    head = f"{side_label}: {span} {what}; the claim needs {accepted}."
    if n_unknown:
        if measure == "provinces":
            gap = f"{n_unknown} districts in scope (in {fmt(unclaimed_value)} provinces)"
        else:
            gap = f"{fmt(unclaimed_value)} {what}"
        if mode == "open":
            head += (
                f" No claim is on record for {gap}; counting those for {side_label} too gives "
                f"up to {fmt(open_values['high'])}."
            )
        elif mode == "nobody":
            head += (
                f" No claim is on record for {gap}; they count for nobody (--unclaimed nobody), "
                "so this is about what the ledger records."
            )
        else:
            head += (
                f" No claim is on record for {gap}; they are counted as {mode_label} "
                f"(--unclaimed {mode})."
            )
    lo, hi = range_values["low"], range_values["high"]
    whole = fmt(lo) if lo == hi else f"from {fmt(lo)} to {fmt(hi)}"
    open_gap = mode == "open" and n_unknown > 0
    if verdict == "supported":
        tail = (
            " whether or not the units with no claim on record count for the side"
            if open_gap
            else ""
        )
        return head + f" It holds at every allocation {whole},{tail}".rstrip(",") + "."
    if verdict == "contradicted":
        if not open_gap:
            return head + f" It fails at every allocation {whole}."
        if hi < acc.lo or (hi == acc.lo and not acc.lo_closed):
            return (
                head + f" It fails at every allocation {whole}, even with every unit with no "
                "claim on record counted for the side."
            )
        return (
            head + f" It fails at every allocation {whole}: the side's own status is already "
            "beyond it, whatever the units with no claim on record are."
        )
    if verdict == "undetermined":
        pool = (
            f"of the {fmt(unclaimed_value)} with a district that has no claim on record"
            if measure == "provinces"
            else f"of the {fmt(unclaimed_value)} with no claim on record"
        )

        def amount(v: float) -> str:
            noun = what[:-1] if form == "count" and v == 1 and what.endswith("s") else what
            return f"{fmt(v)} {noun}"

        if recorded == "contradicted":
            need = acc.lo - nobody_high
            word = "at least" if acc.lo_closed else "more than"
            if form == "count" and not float(need).is_integer():
                need, word = float(math.ceil(need)), "at least"
            take = (
                f"it would hold only if {word} {amount(need)} ({pool}) counted for "
                f"{side_label}, on top of the high allocation"
            )
            if acc.hi != math.inf:
                take += f", and no more than {fmt(acc.hi - values['low'])} on top of low"
        else:
            margin = acc.hi - nobody_high
            word = "more than" if acc.hi_closed else "at least"
            if form == "count" and not float(margin).is_integer():
                margin, word = float(math.floor(margin)), "more than"
            take = (
                f"it would fail if {word} {amount(margin)} ({pool}) counted for "
                f"{side_label}, on top of the high allocation"
            )
        state_word = "holds" if recorded == "supported" else "fails"
        low = open_values["low"]  # undetermined is an --unclaimed open verdict
        recorded_span = fmt(low) if low == nobody_high else f"{fmt(low)} to {fmt(nobody_high)}"
        return (
            head + f" It {state_word} at every allocation of what the ledger records "
            f"({recorded_span}), but the ledger does not cover enough of the scope to "
            f"decide: {take}."
        )
    yes = [b for b in BOUNDS if holds[b]]
    no = [b for b in BOUNDS if not holds[b]]
    flips = [
        f"between {a} ({fmt(values[a])}) and {b} ({fmt(values[b])})"
        for a, b in itertools.pairwise(BOUNDS)
        if holds[a] != holds[b] or (not holds[a] and accepted_between(values[a], values[b]))
    ]
    tail = ", so it depends on how the contested, disputed and unconfirmed units are counted."
    widen = (
        f" The units with no claim on record widen the range to {fmt(open_values['low'])} to "
        f"{fmt(open_values['high'])}."
        if open_gap
        else ""
    )
    if not yes:
        return (
            head + " It fails at low, mid and high, but the verdict covers every allocation from "
            f"low to high, not only those three points, and that range crosses the figure "
            f"({accepted}): it would hold for an allocation " + " or ".join(flips) + tail + widen
        )
    return (
        head
        + f" It holds at {', '.join(yes)} and fails at {', '.join(no)}; it flips "
        + " and ".join(flips)
        + tail
        + widen
    )


# --------------------------------------------------------------------------------------------
# Output


_CMP_WORDS = {
    "over": "more than",
    "at-least": "at least",
    "nearly": "nearly",
    "about": "about",
    "up-to": "at most",
    "under": "less than",
    "as-stated": "",
}


def reading_text(c: ParsedClaim, level: str = "district", *, scope: str | None = None) -> str:
    """How the checker read a sentence, in one line: side, comparison, figure, measure,
    scope, the sentence's own denominator and date, and the reading's notes."""
    if c.measure == "units":
        from .units import reading_text as units_reading

        return units_reading(c)
    named = f"named as {c.side_text!r}" if c.side_text else "given, not in the sentence"
    cmp_ = c.comparison_text or "as stated"
    if c.comparison != "as-stated" and _CMP_WORDS[c.comparison] != c.comparison_text:
        cmp_ = f"{c.comparison_text} (= {_CMP_WORDS[c.comparison]})"
    figure = f"{cmp_} {c.figure.text}"
    if c.figure.kind == "most":  # "most" is both the comparison and the figure
        figure = f"{c.figure.text} (= more than half)"
    parts = [
        f"side {c.side} ({named})",
        f"{figure} {_what(c.measure, c.form, level)}",
        f"scope: {scope or c.scope_text()}",
    ]
    stated = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    if stated is not None:
        parts.append(f"the sentence's denominator: {c.stated_total_text or f'{stated:g}'}")
    if c.window_start and c.window_taken:
        parts.append(f"taken over the span from {c.window_start} to {c.window_end} (a change)")
    elif c.window_start:
        parts.append(f"window: every day from {c.window_start} to {c.window_end}")
    elif c.date_text and c.check_date:
        # the note on how the day was found says it already ("'on 13 august': the state on
        # 2021-08-13 is checked (...)")
        if not any(n.startswith(f"'{c.date_text}': the state on") for n in c.reading_notes):
            parts.append(f"date in the sentence: {c.date_text!r} (checked on {c.check_date})")
    elif c.date_text:
        parts.append(f"date in the sentence: {c.date_text!r} (the check uses the date given)")
    parts += list(c.reading_notes)
    return "; ".join(parts)


def verdict_text(v: Verdict) -> str:
    """A plain-text block for the terminal."""
    c = v.claim
    way = f" — {v.direction.upper()} {v.gap_text}" if v.direction else ""
    lines = [
        f"Claim:    {c.text}",
        f"Verdict:  {v.verdict.upper()}  ({v.date_text}){way}",
        f"Read as:  {reading_text(c, v.level, scope=v.scope)}",
        f"Needs:    {v.accepted_text}",
        f"Unclaimed: {v.unclaimed_text}. {_capital(v.unclaimed_summary)}.",
        "",
        f"  {'allocation':10} {'value':>9} {'amount':>16}  holds  counts for the side",
    ]
    for b, value, amount, holds, text in _rows(v):
        lines.append(
            f"  {b:10} {v.fmt(value):>9} {_amount_text(amount, v.unit):>11} "
            f"{_short_unit(v.unit):>4}  {'yes' if holds else 'no':5}  {text}"
        )
    lines += [
        "",
        f"Decided on: {v.range_text}",
        f"Why:      {v.explanation}",
        f"Out of:   {v.denominator}",
        f"Decided by: {len(v.deciding_units)} {v.level}(s) — {v.deciding_role}",
    ]
    lines += [f"Capitals: {line}" for line in capitals_lines(v)]
    lines += [f"Unit:     {line}" for line in units_lines(v)]
    lines += [f"Note:     {n}" for n in v.notes]
    return "\n".join(lines) + "\n"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rows(v: Verdict) -> list[tuple[str, float, float, bool, str]]:
    """The allocation rows shown: low, mid, high, and (open) high plus every unclaimed unit."""
    rows = [(b, v.values[b], v.amounts[b], v.holds[b], v.allocations[b]) for b in BOUNDS]
    if v.unclaimed == "open" and v.unknown_units:
        rows.append(
            (
                OPEN_ROW,
                v.open_values["high"],
                v.open_amounts["high"],
                v.open_holds["high"],
                OPEN_ROW_TEXT,
            )
        )
    return rows


def _short_unit(unit: str) -> str:
    short = {
        "km of border": "km",
        "people": "ppl",
        "provincial capitals": "cap",
        "named units": "unit",
    }
    return short.get(unit, unit[:4])


def units_lines(v: Verdict) -> list[str]:
    """For the ``units`` measure: one line per named unit; empty for other measures."""
    from .units import units_lines as lines

    return lines(v)


def capitals_lines(v: Verdict) -> list[str]:
    """For the capitals measure: one line per group of provincial capitals ("Taliban (17):
    Zaranj, ..."), the side's own first; empty for other measures."""
    from .capitals import short_list

    groups = sorted(v.capitals.items(), key=lambda kv: kv[0] != v.side_label)
    return [f"{label} ({len(names)}): {short_list(names)}" for label, names in groups]
