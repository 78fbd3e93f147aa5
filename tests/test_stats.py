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
