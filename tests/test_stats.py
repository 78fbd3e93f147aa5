"""Counts, areas, shares and ranges with exact expected numbers on the tiny world."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mapper.claims import read_claims
from mapper.snapshots import state_at
from mapper.stats import control_ranges, denominators, read_population, summarize
from tests.worlds import tiny_units, write_claims

UNITS = tiny_units()


@pytest.fixture
def state(tmp_path: Path) -> pd.DataFrame:
    rows = [
        {"date": "2021-07-01", "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": "2021-07-01", "province": "North", "district": "Narin", "status": "contested"},
        {"date": "2021-07-01", "province": "South", "district": "Sorkh", "status": "government"},
        {
            "date": "2021-07-01",
            "province": "South",
            "district": "Sarak",
            "status": "unconfirmed",
            "actor": "taliban",
        },
    ]
    return state_at(read_claims(write_claims(tmp_path, rows), UNITS), UNITS, "2021-07-02")


def test_country_table_exact(state: pd.DataFrame) -> None:
    t = summarize(state)
    assert t.index.tolist() == [
        "taliban",
        "contested",
        "government",
        "unconfirmed",
        "disputed",
        "unknown",
    ]
    assert t["units"].tolist() == [1, 1, 1, 1, 0, 0]
    assert t["area_km2"].tolist() == [10.0, 20.0, 40.0, 30.0, 0.0, 0.0]
    assert t["share_area"].tolist() == [0.1, 0.2, 0.4, 0.3, 0.0, 0.0]
    assert t["share_units"].tolist() == [0.25, 0.25, 0.25, 0.25, 0.0, 0.0]


def test_ranges_exact(state: pd.DataFrame) -> None:
    r = control_ranges(state)
    assert r.loc["taliban", ["units_low", "units_mid", "units_high"]].tolist() == [1, 2, 3]
    assert r.loc[
        "taliban", ["share_area_low", "share_area_mid", "share_area_high"]
    ].tolist() == pytest.approx([0.1, 0.4, 0.6])
    assert r.loc[
        "government", ["share_area_low", "share_area_mid", "share_area_high"]
    ].tolist() == pytest.approx([0.4, 0.4, 0.9])


def test_by_province_divides_by_the_province(state: pd.DataFrame) -> None:
    t = summarize(state, by="province")
    north = t.loc["North"]
    assert north.loc["taliban", "share_area"] == pytest.approx(10 / 30)
    assert north.loc["contested", "share_area"] == pytest.approx(20 / 30)
    assert t.loc["South"].loc["government", "share_units"] == 0.5


def test_population_weights_the_same_table(state: pd.DataFrame, tmp_path: Path) -> None:
    f = tmp_path / "pop.csv"
    f.write_text(
        "province,district,population\nNorth,Nolan,1000\nNorth,Narin,3000\n"
        "South,Sarak,0\nSouth,Sorkh,6000\n"
    )
    pop = read_population(f, UNITS)
    t = summarize(state, population=pop)
    assert t.loc["taliban", "share_population"] == pytest.approx(0.1)
    assert t.loc["government", "share_population"] == pytest.approx(0.6)
    assert denominators(UNITS, population=pop).population == 10_000


def test_denominators_are_declared() -> None:
    d = denominators(UNITS)
    assert (d.units, d.area_km2, d.area_crs) == (4, 100.0, "EPSG:6933")
    assert "4 districts of boundary set 'tiny'; area 100 km²" in d.describe()


def test_real_shares_sum_to_one_and_areas_to_total(districts, example_ledger) -> None:
    for date in ("2021-06-30", "2021-07-17", "2021-08-16"):
        t = summarize(state_at(example_ledger, districts, date))
        assert t["share_area"].sum() == pytest.approx(1.0)
        assert t["share_units"].sum() == pytest.approx(1.0)
        assert t["units"].sum() == 398
        assert np.isclose(t["area_km2"].sum(), districts.total_area_km2)


def test_document_lists_only_live_disputes_and_names_stale_units(tmp_path: Path) -> None:
    from mapper.stats import stats_document

    rows = [
        # an old dispute on Nolan (two statuses on one date), then nothing newer
        {"date": "2021-06-01", "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": "2021-06-01", "province": "North", "district": "Nolan", "status": "government"},
        # a fresh dispute on Sorkh
        {"date": "2021-07-01", "province": "South", "district": "Sorkh", "status": "taliban"},
        {"date": "2021-07-01", "province": "South", "district": "Sorkh", "status": "contested"},
        {"date": "2021-07-01", "province": "North", "district": "Narin", "status": "taliban"},
    ]
    ledger = read_claims(write_claims(tmp_path, rows), UNITS)
    fresh = stats_document(state_at(ledger, UNITS, "2021-07-02"), UNITS)
    assert fresh["disputed_units"] == ["N/n1", "S/s2"] and fresh["stale_units"] == []
    aged = stats_document(state_at(ledger, UNITS, "2021-07-02", max_age=10), UNITS)
    # Nolan's dispute is 31 days old: counted unknown, so not listed as disputed
    assert aged["disputed_units"] == ["S/s2"]
    assert aged["stale_units"] == ["N/n1"]
    by = {r["status"]: r["units"] for r in aged["by_status"]}  # type: ignore[attr-defined]
    assert by["disputed"] == 1 and by["unknown"] == 2


# --------------------------------------------------------------------------------------------
# Population files: coverage, columns, duplicates


def _pop(tmp_path: Path, text: str) -> Path:
    f = tmp_path / "pop.csv"
    f.write_text(text, "utf-8")
    return f


def test_partial_population_is_declared_not_zero(state: pd.DataFrame, tmp_path: Path) -> None:
    from mapper.stats import population_coverage, population_warning

    # Sarak (S/s1, unconfirmed Taliban) is not in the file: no figure, not 0 people
    pop = read_population(
        _pop(tmp_path, "unit_id,population\nN/n1,1000\nN/n2,3000\nS/s2,0\n"), UNITS
    )
    assert pop.isna().tolist() == [False, False, True, False]
    covered, missing = population_coverage(pop, UNITS.units.index)
    assert list(covered) == ["N/n1", "N/n2", "S/s2"] and list(missing) == ["S/s1"]
    d = denominators(UNITS, population=pop)
    assert (d.population, d.population_units, d.population_missing_units) == (
        4000.0,
        3,
        ("S/s1",),
    )
    assert "population 4,000 of 3 of 4 districts (user-supplied; the other 1 have no" in (
        d.describe()
    )
    assert d.as_dict()["population_missing_units"] == ["S/s1"]
    warning = population_warning(pop, UNITS, source="pop.csv")
    assert warning is not None
    assert "pop.csv gives no population for 1 of 4 districts (Sarak, South)" in warning
    assert "shares are of the 3 districts it covers (4,000 people), not of all 4" in warning
    # shares divide by the 4,000 people of the covered districts
    t = summarize(state, population=pop)
    assert t.loc["taliban", "share_population"] == pytest.approx(0.25)
    assert t.loc["contested", "share_population"] == pytest.approx(0.75)
    assert t.loc["unconfirmed", "population"] == 0.0
    # a file that lists every unit (0 included) is complete: no warning, plain text
    full = read_population(
        _pop(tmp_path, "unit_id,population\nN/n1,1\nN/n2,1\nS/s1,0\nS/s2,1\n"), UNITS
    )
    assert population_warning(full, UNITS) is None
    assert denominators(UNITS, population=full).describe().endswith("population 3 (user-supplied)")


def test_population_warning_lists_a_few_names() -> None:
    from mapper.stats import population_warning

    pop = pd.Series({"N/n1": 5.0})
    text = population_warning(pop, UNITS, examples=2)
    assert text is not None
    assert "no population for 3 of 4 districts (Narin, North; Sarak, South; and 1 more)" in text


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("unit_id,people", "missing column 'population'"),
        ("district,population", "missing column 'unit_id (or province,district)'"),
        ("name,people", "missing column 'unit_id (or province,district)' and 'population'"),
    ],
)
def test_population_file_without_a_needed_column(tmp_path: Path, header: str, missing: str) -> None:
    from mapper.errors import ValidationError

    f = _pop(tmp_path, f"{header}\nN/n1,10\nN/n2,20\n")
    with pytest.raises(ValidationError) as e:
        read_population(f, UNITS)
    assert len(e.value.problems) == 1  # one problem for the file, not one per row
    text = str(e.value.problems[0])
    assert f"{f}, row 1: {missing}; expected columns unit_id,population or " in text
    assert "province,district,population (found: " in text
    assert "must be a" not in str(e.value)


def test_population_unit_listed_twice_names_both_rows(tmp_path: Path) -> None:
    from mapper.errors import ValidationError

    f = _pop(
        tmp_path,
        "province,district,population\nNorth,Nolan,1000\nSouth,Sorkh,5\nNorth,Nolan,200\n",
    )
    with pytest.raises(ValidationError) as e:
        read_population(f, UNITS)
    [problem] = e.value.problems
    assert (problem.row, problem.column, problem.value) == (4, "district", "Nolan")
    assert "listed twice, in rows 2 and 4" in problem.message
    f = _pop(tmp_path, "unit_id,population\nS/s2,1\nS/s2,1\n")
    with pytest.raises(ValidationError, match="rows 2 and 3"):
        read_population(f, UNITS)


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "", "many"])
def test_population_value_must_be_a_finite_count(tmp_path: Path, value: str) -> None:
    from mapper.errors import ValidationError

    f = _pop(tmp_path, f'unit_id,population\nN/n1,"{value}"\nN/n2,"1,500"\n')
    with pytest.raises(ValidationError) as e:
        read_population(f, UNITS)
    assert [(p.row, p.column) for p in e.value.problems] == [(2, "population")]


def test_population_file_without_rows(tmp_path: Path) -> None:
    from mapper.errors import ValidationError

    with pytest.raises(ValidationError, match="no population rows"):
        read_population(_pop(tmp_path, "unit_id,population\n"), UNITS)


def test_denominators_on_every_row(state: pd.DataFrame) -> None:
    from mapper.stats import with_denominators

    pop = pd.Series({"N/n1": 100.0, "N/n2": 300.0, "S/s2": 600.0})  # Sarak: no figure
    t = with_denominators(summarize(state, population=pop), state, population=pop)
    assert set(t["denominator_units"]) == {4} and set(t["denominator_area_km2"]) == {100.0}
    assert set(t["denominator_population"]) == {1000.0}
    assert set(t["denominator_population_units"]) == {3}
    by = with_denominators(
        summarize(state, by="province", population=pop), state, by="province", population=pop
    )
    north, south = by.loc["North"].iloc[0], by.loc["South"].iloc[0]
    assert (north["denominator_units"], north["denominator_area_km2"]) == (2, 30.0)
    assert (south["denominator_units"], south["denominator_area_km2"]) == (2, 70.0)
    assert (north["denominator_population"], north["denominator_population_units"]) == (400, 2)
    assert (south["denominator_population"], south["denominator_population_units"]) == (600, 1)
    # every share times its denominator gives the row's amount back
    for share, amount, total in (
        ("share_units", "units", "denominator_units"),
        ("share_area", "area_km2", "denominator_area_km2"),
        ("share_population", "population", "denominator_population"),
    ):
        assert (by[share] * by[total]).tolist() == pytest.approx(by[amount].tolist())
