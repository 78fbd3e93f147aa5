"""Counts, areas and shares by status, with declared denominators and ranges.

Every share says what it divides by: the number of units of the boundary set, the area of
its polygons (computed once in :data:`mapper.settings.EQUAL_AREA_CRS`), or a population
total the user supplied. Contested, disputed and unconfirmed units are shown as a range for
each side: ``low`` counts them for nobody, ``mid`` adds the side's own unconfirmed claims,
``high`` counts every contested, disputed and unconfirmed unit for that side.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from . import settings
from .boundaries import UnitSet
from .errors import Problem, ValidationError
from .vocabulary import DEFAULT, Vocabulary


@dataclass(frozen=True)
class Denominators:
    """What shares divide by, and where the numbers come from."""

    boundary: str
    level: str
    units: int
    area_km2: float
    area_crs: str
    published_area_km2: float | None
    population: float | None = None

    def describe(self) -> str:
        text = (
            f"Denominators: {self.units} {self.level}s of boundary set '{self.boundary}'; "
            f"area {self.area_km2:,.0f} km² (polygon area, {self.area_crs})"
        )
        if self.published_area_km2:
            text += f"; published country area {self.published_area_km2:,.0f} km² for reference"
        if self.population:
            text += f"; population {self.population:,.0f} (user-supplied)"
        return text

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def denominators(units: UnitSet, *, population: pd.Series | None = None) -> Denominators:
    """The denominators for ``units`` (and an optional population)."""
    return Denominators(
        boundary=units.boundary,
        level=units.level,
        units=len(units.units),
        area_km2=round(units.total_area_km2, 3),
        area_crs=settings.EQUAL_AREA_CRS,
        published_area_km2=units.published_area_km2,
        population=float(population.sum()) if population is not None else None,
    )


def summarize(
    state: pd.DataFrame,
    *,
    vocabulary: Vocabulary = DEFAULT,
    by: str | None = None,
    population: pd.Series | None = None,
) -> pd.DataFrame:
    """Units, km² and shares per status (for the country, or per ``by`` group).

    Parameters
    ----------
    state
        From :func:`mapper.snapshots.state_at`: needs ``status`` and ``area_km2``.
    by
        ``"province"`` for a table per province; shares then divide by the group's totals.
    population
        Optional population per unit id; adds ``population`` and ``share_population``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``status`` (every vocabulary status, legend order) or by
        (``by``, ``status``); columns ``units``, ``share_units``, ``area_km2``,
        ``share_area`` [, ``population``, ``share_population``]. Shares are fractions
        (0..1) of the group's total units / polygon area / population.
    """
    frame = state[["status", "area_km2"]].copy()
    frame["units"] = 1
    cols = ["units", "area_km2"]
    if population is not None:
        frame["population"] = population.reindex(frame.index).fillna(0.0)
        cols.append("population")
    keys = [by, "status"] if by else ["status"]
    if by:
        frame[by] = state[by]
    order = pd.CategoricalDtype(vocabulary.keys, ordered=True)
    frame["status"] = frame["status"].astype(order)
    table = frame.groupby(keys, observed=False)[cols].sum()
    totals = table.groupby(level=by).transform("sum") if by else table.sum()
    for col, share in (
        ("units", "share_units"),
        ("area_km2", "share_area"),
        ("population", "share_population"),
    ):
        if col in table:
            table[share] = (table[col] / totals[col]).fillna(0.0)
    table["units"] = table["units"].astype(int)
    out_cols = ["units", "share_units", "area_km2", "share_area"]
    if population is not None:
        out_cols += ["population", "share_population"]
    table = table[out_cols]
    if not by:
        table.index = pd.Index([str(s) for s in table.index], name="status")
    return table


def control_ranges(
    state: pd.DataFrame, *, vocabulary: Vocabulary = DEFAULT, population: pd.Series | None = None
) -> pd.DataFrame:
    """For each side, the range of units, km² and shares it holds.

    ``low``: units whose status is the side. ``mid``: plus units with an unconfirmed claim
    by the side. ``high``: plus every contested, disputed and unconfirmed unit. Units with
    no claim (``unknown``) are never counted for anyone.

    Returns
    -------
    pandas.DataFrame
        Indexed by side, columns ``{units,area_km2,share_units,share_area}_{low,mid,high}``
        (and population ones when given).
    """
    status = state["status"]
    actor = state["actor"]
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_units = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    weights = {"units": pd.Series(1.0, index=state.index), "area_km2": state["area_km2"]}
    if population is not None:
        weights["population"] = population.reindex(state.index).fillna(0.0)
    rows = {}
    for side in vocabulary.sides:
        masks = {"low": status == side}
        masks["mid"] = masks["low"] | (unconfirmed & (actor == side))
        masks["high"] = masks["low"] | open_units
        row: dict[str, float] = {}
        for w, values in weights.items():
            total = float(values.sum())
            share = "share_" + ("area" if w == "area_km2" else w)
            for bound, m in masks.items():
                v = float(values[m].sum())
                row[f"{w}_{bound}"] = int(v) if w == "units" else v
                row[f"{share}_{bound}"] = v / total if total else 0.0
        rows[side] = row
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "side"
    return out


def read_population(
    path: str | Path, units: UnitSet, *, aliases: str | Path | None = None
) -> pd.Series:
    """Population per unit from a CSV with ``unit_id,population`` or
    ``province,district,population`` columns. Units not listed get 0 (reported)."""
    p = Path(path)
    with open(p, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    problems: list[Problem] = []
    values: dict[str, float] = {}
    gaz = units.gazetteer(aliases=aliases)
    for i, r in enumerate(rows, start=2):
        r = {k.strip().lower(): (v or "").strip() for k, v in r.items() if k}
        try:
            pop = float(r.get("population", "").replace(",", ""))
            if pop < 0:
                raise ValueError
        except ValueError:
            problems.append(
                Problem(
                    str(p), i, "population", r.get("population"), "must be a non-negative number"
                )
            )
            continue
        if r.get("unit_id"):
            uid = r["unit_id"]
            if uid not in units.units.index:
                problems.append(Problem(str(p), i, "unit_id", uid, "no such unit id"))
                continue
        else:
            m = gaz.match(r.get("province", ""), r.get("district", ""))
            if m.problem or (units.level == "district" and not m.unit_ids):
                problems.append(
                    Problem(
                        str(p),
                        i,
                        "district",
                        r.get("district"),
                        m.problem
                        or "a district-level boundary set needs a district per population row",
                    )
                )
                continue
            if m.unit_ids:
                uid = m.unit_ids[0]
            else:
                uid = str(units.units.index[units.units["province"] == m.province][0])
        values[uid] = values.get(uid, 0.0) + pop
    if problems:
        raise ValidationError(problems, summary=f"{p}: population file has problems")
    return pd.Series(values, name="population").reindex(units.units.index).fillna(0.0)


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    out = []
    for rec in frame.reset_index().to_dict(orient="records"):
        out.append({str(k): (round(v, 6) if isinstance(v, float) else v) for k, v in rec.items()})
    return out


def stats_document(
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary = DEFAULT,
    by: str | None = None,
    population: pd.Series | None = None,
) -> dict[str, object]:
    """Everything ``mapper stats`` prints, as one JSON-ready dict with stable ordering."""
    doc: dict[str, object] = {
        "date": state.attrs.get("date"),
        "max_age_days": state.attrs.get("max_age"),
        "denominators": denominators(units, population=population).as_dict(),
        "by_status": _records(summarize(state, vocabulary=vocabulary, population=population)),
        "ranges": _records(control_ranges(state, vocabulary=vocabulary, population=population)),
        # units counted as disputed now; a dispute older than --max-age counts as unknown
        # and is listed under stale_units with every other state too old to count
        "disputed_units": sorted(str(u) for u in state.index[state["disputed"] & ~state["stale"]]),
        "stale_units": sorted(str(u) for u in state.index[state["stale"]]),
    }
    if by:
        doc["by_" + by] = _records(
            summarize(state, vocabulary=vocabulary, by=by, population=population)
        )
    return doc
