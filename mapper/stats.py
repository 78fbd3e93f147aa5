"""Counts, areas and shares by status, with declared denominators and ranges.

Every share says what it divides by: the number of units of the boundary set, the area of
its polygons (computed once in :data:`mapper.settings.EQUAL_AREA_CRS`), or a population
total the user supplied. A population file need not list every unit: units it leaves out
have no figure (NaN, not 0), population shares divide by the population of the units it
covers, and :class:`Denominators` says how many those are. Contested, disputed and
unconfirmed units are shown as a range for each side: ``low`` counts them for nobody,
``mid`` adds the side's own unconfirmed claims, ``high`` counts every contested, disputed
and unconfirmed unit for that side.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import settings
from .boundaries import UnitSet
from .errors import Problem, ValidationError
from .vocabulary import DEFAULT, Vocabulary


@dataclass(frozen=True)
class Denominators:
    """What shares divide by, and where the numbers come from.

    ``population`` is the total of the units the population file covers,
    ``population_units`` how many units those are, and ``population_missing_units`` the ids
    of the units it gives no figure for (left out of population shares, not counted as 0).
    """

    boundary: str
    level: str
    units: int
    area_km2: float
    area_crs: str
    published_area_km2: float | None
    population: float | None = None
    population_units: int | None = None
    population_missing_units: tuple[str, ...] = ()

    @property
    def population_text(self) -> str | None:
        """'population 1,275,000 of 50 of 398 districts (...)', or None without population."""
        if self.population is None:
            return None
        text = f"population {self.population:,.0f}"
        missing = len(self.population_missing_units)
        if not missing:
            return text + " (user-supplied)"
        return (
            f"{text} of {self.population_units} of {self.units} {self.level}s (user-supplied; "
            f"the other {missing} have no population figure and are left out of population "
            "shares)"
        )

    def describe(self) -> str:
        text = (
            f"Denominators: {self.units} {self.level}s of boundary set '{self.boundary}'; "
            f"area {self.area_km2:,.0f} km² (polygon area, {self.area_crs})"
        )
        if self.published_area_km2:
            text += f"; published country area {self.published_area_km2:,.0f} km² for reference"
        if self.population_text:
            text += f"; {self.population_text}"
        return text

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["population_missing_units"] = list(self.population_missing_units)
        return out


def population_coverage(population: pd.Series, index: pd.Index) -> tuple[pd.Index, pd.Index]:
    """``(covered, missing)``: the ids of ``index`` with a population figure, and without.

    A unit is missing when ``population`` does not list it or gives NaN; a listed 0 counts
    as covered (nobody lives there).
    """
    values = population.reindex(index)
    return index[values.notna().to_numpy()], index[values.isna().to_numpy()]


def population_warning(
    population: pd.Series, units: UnitSet, *, source: str = "the population file", examples: int = 5
) -> str | None:
    """A warning when ``population`` has no figure for some units of ``units``, else None.

    Names how many units lack a figure and a few of them, and says what the population
    shares then divide by.
    """
    covered, missing = population_coverage(population, units.table.index)
    if not len(missing):
        return None
    frame = units.table.loc[missing]
    names = [
        f"{r['name']}, {r['province']}" if str(r["province"]) != str(r["name"]) else str(r["name"])
        for _, r in frame.head(examples).iterrows()
    ]
    more = f"; and {len(missing) - examples} more" if len(missing) > examples else ""
    total = float(population.reindex(covered).sum())
    return (
        f"{source} gives no population for {len(missing)} of {len(units.table)} "
        f"{units.level}s ({'; '.join(names)}{more}); population shares are of the "
        f"{len(covered)} {units.level}s it covers ({total:,.0f} people), not of all "
        f"{len(units.table)}"
    )


def denominators(units: UnitSet, *, population: pd.Series | None = None) -> Denominators:
    """The denominators for ``units`` (and an optional population, see
    :func:`population_coverage`)."""
    if population is None:
        covered = missing = None
    else:
        covered, missing = population_coverage(population, units.table.index)
    return Denominators(
        boundary=units.boundary,
        level=units.level,
        units=len(units.table),
        area_km2=round(units.total_area_km2, 3),
        area_crs=settings.EQUAL_AREA_CRS,
        published_area_km2=units.published_area_km2,
        population=float(population.reindex(covered).sum())
        if population is not None and covered is not None
        else None,
        population_units=len(covered) if covered is not None else None,
        population_missing_units=tuple(str(u) for u in missing) if missing is not None else (),
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
        Units without a figure add nothing to either side of the share (see
        :func:`with_denominators` for what each share then divides by).

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


POPULATION_COLUMNS = "unit_id,population or province,district,population"


def read_population(
    path: str | Path, units: UnitSet, *, aliases: str | Path | None = None
) -> pd.Series:
    """Population per unit from a CSV with ``unit_id,population`` or
    ``province,district,population`` columns.

    Returns
    -------
    pandas.Series
        Indexed by every unit id of ``units``; NaN for a unit the file does not list (no
        figure, which is not 0: see :func:`population_coverage` and
        :func:`population_warning`).

    Raises
    ------
    ValidationError
        A missing column, a value that is not a finite non-negative number, an unknown
        unit, a unit listed twice (both rows named), or no rows at all; every problem of
        the file is listed.
    """
    from ._io import csv_field_problem, read_text_input

    p = Path(path)
    text = read_text_input(p, "population file")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in (reader.fieldnames or []) if h and h.strip()]
        rows = list(reader)
    except csv.Error as e:
        problem = csv_field_problem(str(p), text, ",") or Problem(
            str(p), reader.line_num, None, None, f"malformed CSV: {e}"
        )
        raise ValidationError([problem], summary=f"{p}: population file has problems") from e
    problems: list[Problem] = []
    need = ["population"] if "population" not in header else []
    if "unit_id" not in header and "province" not in header:
        need.insert(0, "unit_id (or province,district)")
    if need:
        found = ", ".join(header) if header else "none"
        raise ValidationError(
            [
                Problem(
                    str(p),
                    1,
                    None,
                    None,
                    f"missing column {' and '.join(repr(n) for n in need)}; expected columns "
                    f"{POPULATION_COLUMNS} (found: {found})",
                )
            ],
            summary=f"{p}: population file has problems",
        )
    values: dict[str, float] = {}
    first_row: dict[str, int] = {}
    gaz = units.gazetteer(aliases=aliases)
    for i, r in enumerate(rows, start=2):
        r = {k.strip().lower(): (v or "").strip() for k, v in r.items() if k}
        try:
            pop = float(r.get("population", "").replace(",", ""))
            if pop < 0 or not math.isfinite(pop):
                raise ValueError
        except ValueError:
            problems.append(
                Problem(
                    str(p),
                    i,
                    "population",
                    r.get("population"),
                    "must be a finite non-negative number",
                )
            )
            continue
        if r.get("unit_id"):
            uid, column, given = r["unit_id"], "unit_id", r["unit_id"]
            if uid not in units.table.index:
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
                uid = str(units.table.index[units.table["province"] == m.province][0])
            column = "district" if r.get("district") else "province"
            given = r.get(column, "")
        if uid in first_row:
            problems.append(
                Problem(
                    str(p),
                    i,
                    column,
                    given,
                    f"{units.level} {uid} is listed twice, in rows {first_row[uid]} and {i}; "
                    "give each unit's population once",
                )
            )
            continue
        first_row[uid] = i
        values[uid] = pop
    if not rows:
        problems.append(Problem(str(p), None, None, None, "no population rows"))
    if not math.isfinite(sum(values.values())):
        big = max(values, key=lambda u: values[u])
        problems.append(
            Problem(
                str(p),
                first_row[big],
                "population",
                repr(values[big]),
                "the population total is not a finite number (values this large overflow); "
                "check the figures",
            )
        )
    if problems:
        raise ValidationError(problems, summary=f"{p}: population file has problems")
    return pd.Series(values, name="population", dtype=float).reindex(units.table.index)


def with_denominators(
    table: pd.DataFrame,
    state: pd.DataFrame,
    *,
    by: str | None = None,
    population: pd.Series | None = None,
) -> pd.DataFrame:
    """``table`` from :func:`summarize` with what its shares divide by on every row.

    Adds ``denominator_units`` and ``denominator_area_km2`` (the totals of the row's group:
    the country, or the row's province with ``by``) and, with ``population``,
    ``denominator_population`` (the population of the group's units that have a figure)
    and ``denominator_population_units`` (how many units those are).
    """
    out = table.copy()
    if by:
        keys = out.index.get_level_values(by)
        groups = state.groupby(by)
        n = groups.size().reindex(keys)
        area = groups["area_km2"].sum().reindex(keys)
    else:
        n = pd.Series(len(state), index=out.index)
        area = pd.Series(float(state["area_km2"].sum()), index=out.index)
    out["denominator_units"] = n.to_numpy().astype(int)
    out["denominator_area_km2"] = area.to_numpy().astype(float)
    if population is not None:
        pop = population.reindex(state.index)
        frame = pd.DataFrame({"population": pop, "covered": pop.notna()})
        if by:
            frame[by] = state[by]
            sums = frame.groupby(by)[["population", "covered"]].sum().reindex(keys)
            total, covered = sums["population"], sums["covered"]
        else:
            total = pd.Series(float(pop.sum()), index=out.index)
            covered = pd.Series(int(pop.notna().sum()), index=out.index)
        out["denominator_population"] = total.to_numpy().astype(float)
        out["denominator_population_units"] = covered.to_numpy().astype(int)
    return out


def series_with_denominators(
    table: pd.DataFrame,
    units: UnitSet,
    *,
    by: str | None = None,
    population: pd.Series | None = None,
) -> pd.DataFrame:
    """A :func:`mapper.timeline.status_series` table with the same denominator columns as
    :func:`with_denominators` (the country's totals, or the row's province's with ``by``)."""
    frame = pd.DataFrame({"units": 1, "area_km2": units.table["area_km2"].astype(float)})
    if population is not None:
        pop = population.reindex(units.table.index)
        frame["population"] = pop.fillna(0.0)
        frame["covered"] = pop.notna().astype(int)
    if by:
        frame[by] = units.table[by]
        totals = frame.groupby(by).sum()
    else:
        totals = frame.sum().to_frame().T
    totals = totals.rename(
        columns={
            "units": "denominator_units",
            "area_km2": "denominator_area_km2",
            "population": "denominator_population",
            "covered": "denominator_population_units",
        }
    )
    totals["denominator_units"] = totals["denominator_units"].astype(int)
    if "denominator_population_units" in totals:
        totals["denominator_population_units"] = totals["denominator_population_units"].astype(int)
    if by:
        out = table.join(totals, on=by)
    else:
        out = table.copy()
        for col in totals.columns:
            out[col] = totals[col].iloc[0]
    out.attrs = dict(table.attrs)
    return out


BASES = ("district", "province", "country", "none")


def basis_summary(state: pd.DataFrame, *, vocabulary: Vocabulary = DEFAULT) -> pd.DataFrame:
    """Units and km² per (basis, status): which scope of claim decided each unit's state.

    The basis is the state's ``scope``: ``district`` (the unit's own claim), ``province``
    (a province-wide claim), ``country`` (a country-wide claim, e.g. a baseline) or
    ``none`` (no claim on record). A verdict or share that rests on country-wide claims
    can say how much of it does.

    Returns
    -------
    pandas.DataFrame
        Indexed by (``basis``, ``status``), only the cells holding units, bases in the
        order district, province, country, none and statuses in legend order; columns
        ``units``, ``share_units``, ``area_km2``, ``share_area`` (fractions of all units
        and of the polygon area of the set).
    """
    basis = state["scope"].replace("", "none")
    frame = pd.DataFrame(
        {
            "basis": pd.Categorical(basis, categories=BASES, ordered=True),
            "status": pd.Categorical(state["status"], categories=vocabulary.keys, ordered=True),
            "units": 1,
            "area_km2": state["area_km2"].astype(float),
        },
        index=state.index,
    )
    table = frame.groupby(["basis", "status"], observed=True)[["units", "area_km2"]].sum()
    table = table[table["units"] > 0]
    total_area = float(state["area_km2"].sum())
    table["units"] = table["units"].astype(int)
    table["share_units"] = table["units"] / len(state) if len(state) else 0.0
    table["share_area"] = table["area_km2"] / total_area if total_area else 0.0
    table = table[["units", "share_units", "area_km2", "share_area"]]
    table.index = pd.MultiIndex.from_tuples(
        [(str(b), str(k)) for b, k in table.index], names=["basis", "status"]
    )
    return table


def baseline_note(
    state: pd.DataFrame,
    scope_units: object,
    *,
    vocabulary: Vocabulary = DEFAULT,
    scope_text: str = "this verdict's scope",
) -> tuple[str, ...]:
    """Say how much of a scope rests on country-wide claims (a baseline), if any does.

    A verdict on a ledger with a baseline row ("as of 1 May every district not otherwise
    reported is held by the government") is decided in part by that row rather than by a
    claim on the unit or its province. Returns one sentence naming the units, their share of
    the scope's area, the statuses and the dates of the country-wide claims, or nothing when
    no unit of the scope rests on one (#9 part 5).
    """
    ids = [u for u in scope_units if u in state.index]  # type: ignore[attr-defined]
    if not ids or "scope" not in state.columns:
        return ()
    sub = state.loc[ids]
    on = sub[sub["scope"] == "country"]
    if not len(on):
        return ()
    area = sub["area_km2"].astype(float)
    total = float(area.sum())
    share = float(on["area_km2"].astype(float).sum()) / total if total else 0.0
    parts = []
    for key in vocabulary.keys:
        n = int((on["status"] == key).sum())
        if n:
            parts.append(f"{vocabulary[key].label} {n}")
    dates = sorted({pd.Timestamp(d).strftime("%Y-%m-%d") for d in on["claim_date"].dropna()})
    when = f" dated {', '.join(dates)}" if dates else ""
    return (
        f"{len(on)} of the {len(sub)} units in {scope_text}, {share:.1%} of its area, rest on "
        f"country-wide claims{when}, not on a claim of their own or their province's "
        f"({'; '.join(parts)}); the verdict depends on that baseline for them.",
    )


def annotate_verdict(
    verdict: Any,
    ledger: Any,
    units: UnitSet,
    state: pd.DataFrame,
    day: Any,
    *,
    vocabulary: Vocabulary = DEFAULT,
) -> Any:
    """A checker verdict with the ledger's notes on it added (``check`` and ``report``).

    Which part of the scope rests on country-wide claims (:func:`baseline_note`, #9 part 5)
    and, under ``--skip-invalid``, which skipped rows may bear on it
    (:func:`mapper.claims.skipped_in_scope`, #9 part 6).
    """
    from dataclasses import replace

    scope_text = f"this verdict's scope ({verdict.scope})"
    said = list(
        baseline_note(state, verdict.scope_units, vocabulary=vocabulary, scope_text=scope_text)
    )
    if len(ledger.skipped):
        from .claims import skipped_in_scope

        said += skipped_in_scope(
            ledger, units, verdict.scope_units, date=day, scope_text=scope_text
        )
    return replace(verdict, notes=(*verdict.notes, *said)) if said else verdict


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
        # which scope of claim decided each unit: own, province-wide, country-wide, none
        "basis": _records(basis_summary(state, vocabulary=vocabulary)),
    }
    if by:
        # each province's shares divide by that province's totals: say so on every record
        doc["by_" + by] = _records(
            with_denominators(
                summarize(state, vocabulary=vocabulary, by=by, population=population),
                state,
                by=by,
                population=population,
            )
        )
    return doc
