"""The :class:`Verdict` and how units with no claim on record enter it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..vocabulary import DEFAULT, Vocabulary
from .model import (
    ALLOCATIONS,
    Acceptance,
    CheckError,
    Form,
    Measure,
    ParsedClaim,
    VerdictKind,
)

# --------------------------------------------------------------------------------------------
# Evaluator

#: How units with no claim on record (status unknown, stale statuses included) enter a
#: verdict: ``open`` (the default), ``nobody``, or a side's key (see :func:`check_claim`).
UNCLAIMED_MODES: dict[str, str] = {
    "open": "they may count for the side or not: a firm verdict must hold both ways, "
    "otherwise it is 'undetermined'",
    "nobody": "they count for nobody: the verdict is about what the ledger records",
    "SIDE": "they are counted as that side's (e.g. 'government': government unless claimed)",
}


def resolve_unclaimed(value: str | None, vocabulary: Vocabulary = DEFAULT) -> str:
    """``open``, ``nobody`` or the side key that ``value`` names.

    Raises
    ------
    CheckError
        ``value`` is none of these.
    """
    v = (value or "open").strip()
    if v.lower() in ("open", "nobody"):
        return v.lower()
    key = vocabulary.resolve_side(v) or (v if v in vocabulary.sides else None)
    if key is None:
        raise CheckError(
            f"unclaimed units: {value!r} is not 'open', 'nobody' or a side "
            f"({', '.join(vocabulary.sides)})"
        )
    return key


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one claim, with every number behind it.

    ``values`` are in the claim's terms (a share 0..1 or a count) for each allocation,
    ``amounts`` in ``unit`` (km², districts, provinces, people, km of border) out of
    ``total``. ``holds`` says whether the claim holds at each allocation. ``deciding_units``
    are the units that decide the verdict (``deciding_role`` says how).

    ``unclaimed`` is how units with no claim on record were treated (``open``, ``nobody``
    or a side key), ``unclaimed_text`` says so in words and ``unclaimed_summary`` how much
    of the scope they are (``unclaimed_amount`` in ``unit``, ``unclaimed_share`` of
    ``total``). ``values``/``amounts`` count them for nobody, except under a side that is
    the claim's own side (then they are in every row). ``open_values``/``open_amounts``
    are the extreme bounds with them: ``low`` with none of them for the side, ``high``
    with every one of them (and every contested, disputed and unconfirmed unit).
    ``range_values`` is the range the verdict is decided on: the open bounds under
    ``open``, low..high otherwise.
    """

    claim: ParsedClaim
    verdict: VerdictKind
    date: str
    side: str
    side_label: str
    measure: Measure
    form: Form
    scope: str
    unit: str
    total: float
    values: dict[str, float]
    amounts: dict[str, float]
    holds: dict[str, bool]
    accepted: Acceptance
    accepted_text: str
    scope_units: tuple[str, ...]
    deciding_units: tuple[str, ...]
    deciding_role: str
    open_units: tuple[str, ...]
    unknown_units: tuple[str, ...]
    unknown_amount: float
    denominator: str
    boundary: str
    level: str
    explanation: str
    unclaimed: str = "open"
    unclaimed_text: str = ""
    unclaimed_summary: str = ""
    unclaimed_amount: float = 0.0
    unclaimed_share: float = 0.0
    open_values: dict[str, float] = field(default_factory=dict)
    open_amounts: dict[str, float] = field(default_factory=dict)
    open_holds: dict[str, bool] = field(default_factory=dict)
    range_values: dict[str, float] = field(default_factory=dict)
    allocations: dict[str, str] = field(default_factory=lambda: dict(ALLOCATIONS))
    notes: tuple[str, ...] = ()
    neighbour_lengths: dict[str, dict[str, float]] = field(default_factory=dict)
    #: "overstates" / "understates" for a contradicted claim whose figure lies above / below
    #: the whole range ("" otherwise); ``gap`` (nearest, farthest) in the claim's terms.
    direction: str = ""
    gap: tuple[float, float] = (0.0, 0.0)
    gap_text: str = ""
    #: For the ``capitals`` measure: the provincial capitals by their district's status
    #: label, with the groups "open: on a province-wide claim" and "no claim on record".
    capitals: dict[str, list[str]] = field(default_factory=dict)
    #: For the ``units`` measure: each named unit with its status, verdict and the ledger rows
    #: behind it (:func:`mapper.check.units.check_units`).
    named_units: tuple[dict[str, Any], ...] = ()
    #: A claim about some day of a window ("late last month"): its first and last day (ISO;
    #: "" otherwise) and the runs of days with one verdict (``from``, ``to``, ``verdict``,
    #: ``low``, ``high`` of the range). ``date`` is then the window's last day.
    window_start: str = ""
    window_end: str = ""
    window_runs: tuple[dict[str, Any], ...] = ()

    @property
    def date_text(self) -> str:
        """'state on D', or 'state on every day from A to B' for a window."""
        if self.window_start and self.claim.window_taken:
            return f"districts taken from {self.window_start} to {self.window_end}"
        if self.window_start:
            return f"state on every day from {self.window_start} to {self.window_end}"
        return f"state on {self.date}"

    def fmt(self, v: float) -> str:
        """A value in the claim's terms: '66.7%' for a share, '152' for a count."""
        return _fmt_value(v, self.form)

    @property
    def range_text(self) -> str:
        """What the verdict is decided on, in words."""
        lo, hi = self.range_values.get("low"), self.range_values.get("high")
        if lo is None or hi is None:
            return ""
        span = self.fmt(lo) if lo == hi else f"{self.fmt(lo)} to {self.fmt(hi)}"
        with_unclaimed = (
            ", units with no claim on record counted both ways"
            if self.unclaimed == "open" and self.unknown_units
            else ""
        )
        return (
            f"every allocation from {span}{with_unclaimed} — the whole range, not only the "
            "rows shown"
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (infinite interval ends become ``None``)."""
        acc = {
            "lo": None if math.isinf(self.accepted.lo) else self.accepted.lo,
            "hi": None if math.isinf(self.accepted.hi) else self.accepted.hi,
            "lo_closed": self.accepted.lo_closed,
            "hi_closed": self.accepted.hi_closed,
            "text": self.accepted_text,
        }
        return {
            "sentence": self.claim.text,
            "verdict": self.verdict,
            "direction": self.direction or None,
            "gap": [_round(g) for g in self.gap] if self.direction else None,
            "gap_text": self.gap_text or None,
            "date": self.date,
            "side": self.side,
            "parsed": {
                "comparison": self.claim.comparison,
                "comparison_text": self.claim.comparison_text,
                "figure": self.claim.figure.text,
                "form": self.form,
                "measure": self.measure,
                "scope": self.scope,
                "actor_text": self.claim.side_text,
                "stated_denominator": self.claim.stated_total
                if self.claim.figure.of_total is None
                else self.claim.figure.of_total,
                "date_in_sentence": self.claim.date_text or None,
                "check_date": self.claim.check_date or None,
                **(
                    {
                        "window": [self.claim.window_start, self.claim.window_end],
                        "window_taken": self.claim.window_taken,
                    }
                    if self.claim.window_start
                    else {}
                ),
                "period_set_aside": self.claim.period_text or None,
                "reading_notes": list(self.claim.reading_notes),
                **(
                    {
                        "capitals_named": list(self.claim.capitals_named),
                        "change_days": self.claim.change_days,
                    }
                    if self.measure == "capitals"
                    else {}
                ),
                **(
                    {
                        "named_units": [
                            {
                                "kind": u.kind,
                                "name": u.name,
                                "province": u.province,
                                "unit_id": u.unit_id or None,
                                "written": u.written,
                            }
                            for u in self.claim.named_units
                        ],
                        "change_verb": self.claim.change_verb or None,
                    }
                    if self.measure == "units"
                    else {}
                ),
                **(
                    {
                        "ordinal": self.claim.ordinal,
                        "ordinal_days": self.claim.ordinal_days,
                        "ordinal_first": self.claim.ordinal_first,
                        "also_units": [u.label for u in self.claim.also_units],
                    }
                    if self.claim.ordinal is not None or self.claim.also_units
                    else {}
                ),
            },
            "accepted": acc,
            "unit": self.unit,
            "total": _round(self.total),
            "values": {k: _round(v) for k, v in self.values.items()},
            "amounts": {k: _round(v) for k, v in self.amounts.items()},
            "holds": dict(self.holds),
            "allocations": dict(self.allocations),
            "unclaimed": self.unclaimed,
            "unclaimed_assumption": self.unclaimed_text,
            "unclaimed_summary": self.unclaimed_summary,
            "unclaimed_units": len(self.unknown_units),
            "unclaimed_amount": _round(self.unclaimed_amount),
            "unclaimed_share": _round(self.unclaimed_share),
            "value_open_low": _round(self.open_values["low"]),
            "value_open_high": _round(self.open_values["high"]),
            "amount_open_low": _round(self.open_amounts["low"]),
            "amount_open_high": _round(self.open_amounts["high"]),
            "holds_open_high": self.open_holds["high"],
            "verdict_range": {k: _round(v) for k, v in self.range_values.items()},
            "denominator": self.denominator,
            "boundary": self.boundary,
            "level": self.level,
            "scope_units": list(self.scope_units),
            "deciding_units": list(self.deciding_units),
            "deciding_role": self.deciding_role,
            "open_units": list(self.open_units),
            "unknown_units": len(self.unknown_units),
            "unknown_amount": _round(self.unknown_amount),
            "explanation": self.explanation,
            "notes": list(self.notes),
            "border_lengths": self.neighbour_lengths,
            **({"capitals": dict(self.capitals)} if self.capitals else {}),
            **({"units": [dict(r) for r in self.named_units]} if self.named_units else {}),
            **(
                {
                    "window": {
                        "start": self.window_start,
                        "end": self.window_end,
                        "runs": [
                            {**r, "low": _round(r["low"]), "high": _round(r["high"])}
                            for r in self.window_runs
                        ],
                    }
                }
                if self.window_start
                else {}
            ),
        }


def _round(v: float) -> float:
    return round(float(v), 6)


def _fmt_value(v: float, form: Form) -> str:
    if form == "share":
        return f"{100 * v:.1f}%"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


_UNIT_LABEL: dict[Measure, str] = {
    "area": "km²",
    "districts": "units",
    "provinces": "provinces",
    "population": "people",
    "border": "km of border",
    "capitals": "provincial capitals",
    "units": "named units",
}
