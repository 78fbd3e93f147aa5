"""What changed between two dates: per-unit transitions, a change table, per-status deltas.

Every unit is put in one transition class (closed list, legend order):

- ``gained_<side>``: held by ``<side>`` on the second date, not on the first;
- ``newly_contested``: contested or disputed on the second date, something else before;
- ``lost``: held by a side on the first date and by no side (and not contested) on the
  second, e.g. it became an unconfirmed claim or its status went stale;
- ``other_change``: any other change of status (e.g. no claim -> unconfirmed claim);
- ``unchanged``: same status on both dates (a newer claim may confirm it).

Usable without HTML: :func:`changes` and :func:`status_deltas` return pandas tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .boundaries import UnitSet
from .claims import Ledger
from .snapshots import state_at
from .stats import summarize
from .timeline import DateLike, TimelineError
from .vocabulary import Vocabulary

#: Columns carried from each date's state into the change table (suffixed _d1 / _d2).
STATE_FIELDS = ["status", "actor", "claim_date", "rows", "source", "url"]


@dataclass(frozen=True)
class Transition:
    """One transition class: key, legend label and colour on the change map (``hatch``: drawn
    with dark diagonal stripes over the colour, as contested units are on the date maps)."""

    key: str
    label: str
    colour: str
    hatch: bool = False


#: Colours of the classes that are no side's gain: greys of clearly different lightness (and
#: stripes for newly contested), so none can be read as a side's colour. A side's gain is
#: drawn in the side's own colour; every side colour of the bundled vocabularies is far from
#: grey (``tests/test_compare.py`` checks the distances in CIE Lab).
NEUTRAL_CHANGE_COLOURS = {
    "newly_contested": "#FFFFFF",
    "lost": "#3A3A3A",
    "other_change": "#A3A3A3",
    "unchanged": "#EFEFEF",
}


def transition_classes(vocabulary: Vocabulary) -> list[Transition]:
    """The transition classes for a vocabulary, in legend order."""
    out = [
        Transition(f"gained_{s}", f"Gained: {vocabulary[s].label}", vocabulary[s].colour)
        for s in vocabulary.sides
    ]
    grey = NEUTRAL_CHANGE_COLOURS
    out += [
        Transition("newly_contested", "Newly contested or disputed", grey["newly_contested"], True),
        Transition("lost", "Lost (held by no side any more)", grey["lost"]),
        Transition(
            "other_change", "Other change (no claim, unconfirmed claim)", grey["other_change"]
        ),
        Transition("unchanged", "Unchanged", grey["unchanged"]),
    ]
    return out


def classify(before: pd.Series, after: pd.Series, *, vocabulary: Vocabulary) -> pd.Series:
    """Transition class of each unit from its status ``before`` to ``after``."""
    sides = set(vocabulary.sides)
    open_ = set(vocabulary.of_kind("contested") + vocabulary.of_kind("disputed"))
    b, a = before.to_numpy(dtype=object), after.to_numpy(dtype=object)
    a_side = np.isin(a, list(sides))
    out = np.select(
        [
            b == a,
            a_side,
            np.isin(a, list(open_)),
            np.isin(b, list(sides)),
        ],
        ["unchanged", np.char.add("gained_", a.astype(str)), "newly_contested", "lost"],
        default="other_change",
    )
    return pd.Series(out, index=before.index, name="transition")


def _check_order(d1: DateLike, d2: DateLike) -> tuple[pd.Timestamp, pd.Timestamp]:
    t1, t2 = pd.Timestamp(d1).normalize(), pd.Timestamp(d2).normalize()
    if t2 < t1:
        raise TimelineError(
            f"second date {t2.date().isoformat()!r} is before the first "
            f"{t1.date().isoformat()!r}; give the earlier date first"
        )
    return t1, t2


def transitions(
    ledger: Ledger, units: UnitSet, d1: DateLike, d2: DateLike, *, max_age: int | None = None
) -> pd.DataFrame:
    """Every unit's state on ``d1`` and ``d2`` and its transition class.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``unit_id`` (the unit set's order): ``name``, ``province``,
        ``area_km2``, ``transition`` and ``status``, ``actor``, ``claim_date``, ``rows``
        (ledger rows behind the state), ``source`` and ``url`` suffixed ``_d1`` / ``_d2``.
        ``attrs`` holds ``d1`` and ``d2`` (ISO dates).
    """
    t1, t2 = _check_order(d1, d2)
    s1 = state_at(ledger, units, t1, max_age=max_age)
    s2 = state_at(ledger, units, t2, max_age=max_age)
    out = s1[["name", "province", "area_km2"]].copy()
    out["transition"] = classify(s1["status"], s2["status"], vocabulary=ledger.vocabulary)
    for col in STATE_FIELDS:
        out[f"{col}_d1"] = s1[col]
        out[f"{col}_d2"] = s2[col]
    out.attrs.update(d1=t1.date().isoformat(), d2=t2.date().isoformat(), max_age=max_age)
    return out


def changes(
    ledger: Ledger, units: UnitSet, d1: DateLike, d2: DateLike, *, max_age: int | None = None
) -> pd.DataFrame:
    """The units whose status differs between ``d1`` and ``d2`` (see :func:`transitions`).

    Sorted by transition class (legend order), then province and name.
    """
    table = transitions(ledger, units, d1, d2, max_age=max_age)
    changed = table[table["transition"] != "unchanged"].copy()
    order = [t.key for t in transition_classes(ledger.vocabulary)]
    changed["_k"] = pd.Categorical(changed["transition"], categories=order, ordered=True)
    changed = changed.sort_values(["_k", "province", "name"], kind="stable").drop(columns="_k")
    changed.attrs.update(table.attrs)
    return changed


def status_deltas(
    ledger: Ledger, units: UnitSet, d1: DateLike, d2: DateLike, *, max_age: int | None = None
) -> pd.DataFrame:
    """Units, km² and shares per status on both dates and their difference.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``status`` (legend order): ``units_d1``, ``units_d2``, ``units_delta``,
        ``share_units_d1/_d2/_delta``, ``area_km2_d1/_d2/_delta``,
        ``share_area_d1/_d2/_delta``. Shares divide by all units of the boundary set and
        their polygon area (:func:`mapper.stats.denominators`); deltas are d2 minus d1.
    """
    t1, t2 = _check_order(d1, d2)
    vocab = ledger.vocabulary
    a = summarize(state_at(ledger, units, t1, max_age=max_age), vocabulary=vocab)
    b = summarize(state_at(ledger, units, t2, max_age=max_age), vocabulary=vocab)
    out = pd.DataFrame(index=a.index)
    for col in ("units", "share_units", "area_km2", "share_area"):
        out[f"{col}_d1"] = a[col]
        out[f"{col}_d2"] = b[col]
        out[f"{col}_delta"] = b[col] - a[col]
    out.attrs.update(d1=t1.date().isoformat(), d2=t2.date().isoformat(), max_age=max_age)
    return out


def change_document(table: pd.DataFrame, deltas: pd.DataFrame, units: UnitSet) -> dict[str, object]:
    """The change table and the per-status deltas as one JSON-ready dict."""
    from .stats import denominators

    def records(frame: pd.DataFrame) -> list[dict[str, object]]:
        out = []
        for rec in frame.reset_index().to_dict(orient="records"):
            clean: dict[str, object] = {}
            for k, v in rec.items():
                if isinstance(v, pd.Timestamp):
                    v = v.date().isoformat()
                elif v is pd.NaT or (isinstance(v, float) and np.isnan(v)):
                    v = None
                elif isinstance(v, float):
                    v = round(v, 6)
                elif isinstance(v, np.integer):
                    v = int(v)
                clean[str(k)] = v
            out.append(clean)
        return out

    return {
        "d1": deltas.attrs.get("d1"),
        "d2": deltas.attrs.get("d2"),
        "max_age_days": deltas.attrs.get("max_age"),
        "denominators": denominators(units).as_dict(),
        "by_status": records(deltas),
        "changes": records(table),
    }


def change_csv(table: pd.DataFrame, *, formula_safe: bool = True) -> str:
    """The change table as CSV text (ISO dates, one row per changed unit); text cells a
    spreadsheet would run as formulas get a leading ``'`` unless ``formula_safe`` is false."""
    from ._io import neutralize_frame

    frame = table.copy()
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col]):
            frame[col] = frame[col].dt.strftime("%Y-%m-%d").fillna("")
    frame["area_km2"] = frame["area_km2"].round(3)
    return (neutralize_frame(frame) if formula_safe else frame).to_csv(lineterminator="\n")
