"""Claims beside a sentence's main claim: an ordinal of falls and named units (#8).

"The Taliban captured Sheberghan on Saturday, the second provincial capital to fall in less
than 24 hours" makes two claims: Sheberghan is the Taliban's, and it is the second capital to
fall to them within a day. "The Taliban now control at least 13 provincial capitals,
including Kandahar and Herat" makes the count and the named capitals. Neither part is set
aside: each is checked with its own verdict, and the sentence's verdict holds only when every
part does (:func:`both`): CONTRADICTED when one part is, SUPPORTED when all are, otherwise
UNDETERMINED (a part rests on units with no claim on record) or DEPENDS-ON-ASSUMPTIONS.

* the ordinal (``ParsedClaim.ordinal``) is counted by :mod:`mapper.check.falls` on the day of
  the event (the state given must be that day's: ``ParsedClaim.check_date``). For the
  ``capitals`` measure the ordinal *is* the claim ("Sheberghan is the second provincial
  capital to fall"): its figure is not a count held, so the verdict and its range are the
  falls';
* named units beside a count (``ParsedClaim.also_units``) are checked as the ``units``
  measure (:func:`mapper.check.units.check_units`); their lines are the verdict's named units.
  "Panjshir, the last holdout Afghan province" puts every other province there
  (:func:`mapper.check.complements.holdout`): the apposition says they were the side's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

from .model import Acceptance, CheckError, ParsedClaim, VerdictKind

if TYPE_CHECKING:
    from ..boundaries import UnitSet
    from ..claims import Ledger
    from ..vocabulary import Vocabulary
    from .verdict import Verdict


def both(*verdicts: VerdictKind) -> VerdictKind:
    """The verdict on claims that must all hold."""
    if "contradicted" in verdicts:
        return "contradicted"
    if all(v == "supported" for v in verdicts):
        return "supported"
    if "undetermined" in verdicts:
        return "undetermined"
    return "depends-on-assumptions"


def without_beside(parsed: ParsedClaim) -> ParsedClaim:
    """The main claim alone."""
    return dataclasses.replace(
        parsed, ordinal=None, ordinal_days=None, ordinal_first=None, also_units=()
    )


def check_beside(
    v: Verdict,
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary,
    mode: str,
    places: pd.DataFrame | None,
    ledger: Ledger | None,
) -> Verdict:
    """The main claim's verdict ``v`` with the claims beside it checked and joined."""
    from .falls import count_falls, falls_text, ordinal_text
    from .units import check_units, claim_of, side_name

    verdicts: list[VerdictKind] = [v.verdict]
    notes = list(v.notes)
    explanation = v.explanation
    changes: dict[str, object] = {}
    label = side_name(vocabulary, parsed.side)
    if parsed.ordinal is not None:
        n = parsed.ordinal
        day = dt.date.fromisoformat(str(state.attrs.get("date", ""))[:10])
        if parsed.check_date and day.isoformat() != parsed.check_date:
            raise CheckError(
                f"an ordinal ('the {ordinal_text(n)} provincial capital to fall') is checked on "
                f"the day of the event, {parsed.check_date}; the state given is of {day}"
            )
        if ledger is None:
            raise CheckError(
                "an ordinal counts falls on the ledger: checking it needs the ledger "
                "(check_claim(ledger=...))"
            )
        f = count_falls(
            ledger,
            units,
            places,
            side=parsed.side,
            day=day,
            days=parsed.ordinal_days,
            mode=mode,
            max_age=state.attrs.get("max_age"),
        )
        first = parsed.ordinal_first
        text = falls_text(f, n, label, parsed.ordinal_days, first)
        if parsed.measure == "capitals":
            # the ordinal is the claim: its range is the falls by the day's end
            through = {"low": float(f.through[0]), "high": float(f.through[1])}
            verdicts = [f.verdict(n, first)]
            explanation = text
            changes = {
                "values": {"low": through["low"], "mid": through["low"], "high": through["high"]},
                "amounts": {"low": through["low"], "mid": through["low"], "high": through["high"]},
                "open_values": dict(through),
                "open_amounts": dict(through),
                "range_values": dict(through),
                "accepted": Acceptance(lo=float(n)),
                "accepted_text": (
                    f"the {ordinal_text(n)} to fall: fewer than {n} before {day}, at least {n} "
                    "by its end"
                    if first is None
                    else f"the {ordinal_text(first)} and {ordinal_text(n)} to fall: fewer than "
                    f"{first} before {day}, at least {n} by its end"
                ),
                "holds": {
                    "low": f.through[0] >= n,
                    "mid": f.through[0] >= n,
                    "high": f.through[1] >= n,
                },
                "open_holds": {"low": f.through[0] >= n, "high": f.through[1] >= n},
                "unit": "provincial capitals fallen",
                "direction": "",
                "gap": (0.0, 0.0),
                "gap_text": "",
            }
        else:
            verdicts.append(f.verdict(n, first))
            notes.append(text)
    rows = list(v.named_units)
    if parsed.also_units:
        extra = claim_of(
            parsed.text,
            side=parsed.side,
            named=parsed.also_units,
            side_text=parsed.side_text,
            check_date=parsed.check_date,
        )
        u = check_units(
            extra, state, units, vocabulary=vocabulary, mode=mode, places=places, ledger=ledger
        )
        verdicts.append(u.verdict)
        rows += list(u.named_units)
        counted = parsed.measure != "units" and parsed.form == "count"
        beside = "the count" if counted else "the claim"
        notes.append(
            f"Named beside {beside}, checked as named units: " + u.explanation.split(". ", 1)[-1]
        )
    verdict = both(*verdicts)
    if len(verdicts) > 1:
        parts = " and ".join(x.upper() for x in verdicts)
        notes.append(
            f"Two claims in one sentence, each checked: {parts}; the sentence holds only if "
            f"both do: {verdict.upper()}."
        )
    if verdict != v.verdict:
        changes.update({"direction": "", "gap": (0.0, 0.0), "gap_text": ""})
    return dataclasses.replace(
        v,
        claim=parsed,
        verdict=verdict,
        explanation=explanation,
        notes=tuple(notes),
        named_units=tuple(rows),
        **changes,  # type: ignore[arg-type]
    )
