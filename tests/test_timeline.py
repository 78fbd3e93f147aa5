"""Timeline states, date steps and the per-date series: tiny world (exact) and real data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mapper.boundaries import UnitSet
from mapper.claims import Ledger, read_claims
from mapper.snapshots import state_at
from mapper.stats import control_ranges, summarize
from mapper.timeline import (
    TimelineError,
    build_timeline,
    ledger_disputes,
    status_series,
    timeline_dates,
)
from tests.worlds import tiny_provinces, tiny_units, write_claims

#: The tiny world's story (CSV rows 2..8):
#:   01-01 n1 Taliban; 01-03 South province-wide government; 01-05 s2 contested,
#:   n2 unconfirmed Taliban claim; 01-07 n1 government (A) and Taliban (B) = disputed;
#:   01-08 s1 unconfirmed government claim, which leaves s1's government control (from the
#:   province-wide claim of 01-03) as it was.
STORY = [
    {"date": "2021-01-01", "province": "North", "district": "Nolan", "status": "taliban"},
    {"date": "2021-01-03", "province": "South", "status": "government"},
    {"date": "2021-01-05", "province": "South", "district": "Sorkh", "status": "contested"},
    {
        "date": "2021-01-05",
        "province": "North",
        "district": "Narin",
        "status": "unconfirmed",
        "actor": "taliban",
    },
    {
        "date": "2021-01-07",
        "province": "North",
        "district": "Nolan",
        "status": "government",
        "source": "A",
    },
    {
        "date": "2021-01-07",
        "province": "North",
        "district": "Nolan",
        "status": "taliban",
        "source": "B",
    },
    {
        "date": "2021-01-08",
        "province": "South",
        "district": "Sarak",
        "status": "unconfirmed",
        "actor": "government",
    },
]


@pytest.fixture
def tiny() -> UnitSet:
    return tiny_units()


@pytest.fixture
def story(tmp_path: Path, tiny: UnitSet) -> Ledger:
    return read_claims(write_claims(tmp_path, STORY), tiny)


def test_dates_day_week_and_claim_dates(story: Ledger) -> None:
    days = timeline_dates(story, "2021-01-01", "2021-01-08")
    assert [d.day for d in days] == [1, 2, 3, 4, 5, 6, 7, 8]
    weeks = timeline_dates(story, "2021-01-01", "2021-01-10", every="week")
    assert [d.day for d in weeks] == [1, 8, 10]  # the end date is always shown
    claimed = timeline_dates(story, "2021-01-02", "2021-01-07", every="claim-dates")
    assert [d.day for d in claimed] == [2, 3, 5, 7]


def test_dates_refuse_reversed_range_and_bad_step(story: Ledger) -> None:
    with pytest.raises(TimelineError, match="before start date '2021-01-05'"):
        timeline_dates(story, "2021-01-05", "2021-01-01")
    with pytest.raises(TimelineError, match="not a valid step"):
        timeline_dates(story, "2021-01-01", "2021-01-05", every="month")  # type: ignore[arg-type]
    with pytest.raises(TimelineError, match="more than 4000"):
        timeline_dates(story, "2000-01-01", "2021-01-01")


def test_status_matrix_tiny_world(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, timeline_dates(story, "2021-01-01", "2021-01-08"))
    keys = np.array(story.vocabulary.keys)
    got = {uid: list(keys[tl.status[:, i]]) for i, uid in enumerate(tl.unit_ids)}
    u, t, g, c, x, d = "unknown", "taliban", "government", "contested", "unconfirmed", "disputed"
    assert got == {
        "N/n1": [t, t, t, t, t, t, d, d],
        "N/n2": [u, u, u, u, x, x, x, x],
        "S/s1": [u, u, g, g, g, g, g, g],  # the government's own weaker claim on 01-08
        "S/s2": [u, u, g, g, c, c, c, c],
    }
    s1 = tl.state("2021-01-08", tiny).loc["S/s1"]
    assert (s1["rows"], s1["scope"], s1["age_days"]) == ("3", "province", 5)
    disputed = tl.state("2021-01-07", tiny).loc["N/n1"]
    assert disputed["rows"] == "6;7" and disputed["source"] == "A; B"
    assert tl.state("2021-01-04", tiny).loc["S/s2", "scope"] == "province"


def test_max_age_makes_old_statuses_unknown(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, ["2021-01-04", "2021-01-05"], max_age=3)
    state = tl.state("2021-01-05", tiny)
    assert state.loc["N/n1", "status"] == "unknown" and bool(state.loc["N/n1", "stale"])
    assert state.loc["S/s1", "status"] == "government"  # 2 days old
    assert tl.state("2021-01-04", tiny).loc["N/n1", "status"] == "taliban"  # 3 days: kept


def test_state_on_a_date_not_in_the_timeline_is_refused(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, ["2021-01-04"])
    with pytest.raises(TimelineError, match="'2021-01-05' is not one of"):
        tl.state("2021-01-05", tiny)


def test_series_exact_numbers(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, timeline_dates(story, "2021-01-01", "2021-01-07"))
    s = status_series(tl, tiny).set_index(["date", "status"])
    jan = pd.Timestamp("2021-01-05").date()
    row = s.loc[(jan, "taliban")]
    assert (row["units"], row["area_km2"], row["share_area"]) == (1, 10.0, 0.1)
    assert row["units_mid"] == 2 and row["area_km2_mid"] == 30.0  # + n2's unconfirmed claim
    assert row["units_high"] == 3 and row["share_area_high"] == pytest.approx(0.7)
    gov = s.loc[(jan, "government")]
    assert (gov["units_low"], gov["units_mid"], gov["units_high"]) == (1, 1, 3)
    assert gov["area_km2_high"] == 90.0
    assert s.loc[(jan, "contested"), "area_km2"] == 40.0
    assert pd.isna(s.loc[(jan, "contested"), "units_low"])  # ranges only on side rows
    last = s.xs(pd.Timestamp("2021-01-07").date(), level="date")
    assert last["units"].to_dict() == {
        "taliban": 0,
        "contested": 1,
        "government": 1,
        "unconfirmed": 1,
        "disputed": 1,
        "unknown": 0,
    }
    assert last.loc["taliban", "units_high"] == 3 and last.loc["taliban", "area_km2_mid"] == 20
    first = s.xs(pd.Timestamp("2021-01-01").date(), level="date")
    assert first.loc["unknown", "area_km2"] == 90.0 and first.loc["unknown", "share_units"] == 0.75
    # shares of every date sum to one
    assert s.groupby(level="date")["share_area"].sum().to_numpy() == pytest.approx([1.0] * 7)


def test_timeline_equals_state_at_on_every_date_of_the_example(
    example_ledger: Ledger, districts: UnitSet
) -> None:
    """The vectorised timeline gives exactly state_at's answer, date by date."""
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-10")
    for max_age in (None, 21):
        tl = build_timeline(example_ledger, districts, dates, max_age=max_age)
        for d in dates:
            expected = state_at(example_ledger, districts, d, max_age=max_age)
            pd.testing.assert_frame_equal(tl.state(d, districts), expected, check_dtype=False)


def test_series_equals_summarize_and_ranges_on_the_example(
    example_ledger: Ledger, districts: UnitSet
) -> None:
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-06", every="week")
    series = status_series(build_timeline(example_ledger, districts, dates), districts)
    assert len(series) == len(dates) * 6
    for d in dates:
        state = state_at(example_ledger, districts, d)
        table = summarize(state)
        got = series[series["date"] == d.date()].set_index("status")
        assert got["units"].to_dict() == table["units"].to_dict()
        np.testing.assert_allclose(got["area_km2"], table["area_km2"].loc[got.index])
        ranges = control_ranges(state)
        for side, row in ranges.iterrows():
            for col, value in row.items():
                assert got.loc[side, col] == pytest.approx(value), (d, side, col)


def test_example_series_known_figures(example_ledger: Ledger, districts: UnitSet) -> None:
    """Figures a reader can check by hand against the example ledger (which grows: the
    first claim's date is looked up)."""
    first = pd.Timestamp(example_ledger.claims["date"].min())
    before = first - pd.Timedelta(days=1)
    tl = build_timeline(example_ledger, districts, [before, first, "2021-09-06"])
    s = status_series(tl, districts).set_index(["date", "status"])["units"]
    assert s[(before.date(), "unknown")] == 398  # before the first claim
    assert s[(first.date(), "unknown")] < 398  # the first claim shows on its date
    assert s.xs(pd.Timestamp("2021-09-06").date(), level="date").sum() == 398


#: Population of the tiny world; Sarak (S/s1) is not listed, so it counts 0 everywhere, as
#: in summarize and control_ranges.
TINY_POPULATION = pd.Series({"N/n1": 1000.0, "N/n2": 3000.0, "S/s2": 6000.0})


def _rows(series: pd.DataFrame, day: str, province: str | None = None) -> pd.DataFrame:
    got = series[series["date"] == pd.Timestamp(day).date()]
    if province is not None:
        got = got[got["province"] == province]
    return got.set_index("status")


def test_series_by_province_exact(story: Ledger, tiny: UnitSet) -> None:
    dates = timeline_dates(story, "2021-01-03", "2021-01-07", every="claim-dates")
    s = status_series(build_timeline(story, tiny, dates), tiny, by="province")
    assert len(s) == 3 * 2 * 6
    assert list(s.columns[:3]) == ["date", "province", "status"]
    assert s.attrs["denominators_by"] == [
        {"province": "North", "units": 2, "area_km2": 30.0},
        {"province": "South", "units": 2, "area_km2": 70.0},
    ]
    # 01-03: n1 Taliban, n2 no claim; all of the South government (province-wide claim)
    north = _rows(s, "2021-01-03", "North")
    assert north.loc["taliban", ["units", "area_km2"]].tolist() == [1, 10.0]
    assert north.loc["taliban", "share_area"] == pytest.approx(1 / 3)
    assert north.loc["unknown", "share_units"] == 0.5
    south = _rows(s, "2021-01-03", "South")
    assert south.loc["government", ["units", "share_units", "share_area"]].tolist() == [2, 1, 1]
    # 01-05: n2 an unconfirmed Taliban claim; s2 contested
    north = _rows(s, "2021-01-05", "North")
    assert north.loc["taliban", ["units_low", "units_mid", "units_high"]].tolist() == [1, 2, 2]
    assert north.loc["taliban", ["area_km2_low", "area_km2_mid"]].tolist() == [10.0, 30.0]
    assert north.loc["taliban", "share_area_mid"] == 1.0
    assert north.loc["government", ["units_low", "units_high"]].tolist() == [0, 1]
    assert north.loc["government", "share_area_high"] == pytest.approx(2 / 3)
    south = _rows(s, "2021-01-05", "South")
    assert south.loc["government", "share_area"] == pytest.approx(3 / 7)
    assert south.loc["contested", "share_area"] == pytest.approx(4 / 7)
    assert south.loc["government", ["area_km2_low", "area_km2_high"]].tolist() == [30.0, 70.0]
    assert south.loc["taliban", ["units_low", "units_mid", "units_high"]].tolist() == [0, 0, 1]
    assert south.loc["taliban", "share_area_high"] == pytest.approx(4 / 7)
    # 01-07: n1 disputed
    north = _rows(s, "2021-01-07", "North")
    assert north.loc["disputed", "share_area"] == pytest.approx(1 / 3)
    assert north.loc["taliban", ["units_low", "units_mid", "units_high"]].tolist() == [0, 1, 2]
    # per date and province the shares sum to one; provinces sum to the country
    sums = s.groupby(["date", "province"])[["share_units", "share_area"]].sum()
    assert sums.to_numpy() == pytest.approx(np.ones(sums.shape))
    country = status_series(build_timeline(story, tiny, dates), tiny)
    summed = s.groupby(["date", "status"], sort=False)[["units", "area_km2"]].sum()
    assert summed.to_numpy() == pytest.approx(country[["units", "area_km2"]].to_numpy())


def test_series_population_exact(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, ["2021-01-05", "2021-01-07"])
    s = status_series(tl, tiny, population=TINY_POPULATION)
    assert s.attrs["denominators"] == {"units": 4, "area_km2": 100.0, "population": 10_000.0}
    day = _rows(s, "2021-01-05")
    assert day["population"].to_dict() == {
        "taliban": 1000.0,
        "contested": 6000.0,
        "government": 0.0,  # Sarak: not in the population file
        "unconfirmed": 3000.0,
        "disputed": 0.0,
        "unknown": 0.0,
    }
    assert day.loc["contested", "share_population"] == pytest.approx(0.6)
    assert day.loc["taliban", ["population_low", "population_mid", "population_high"]].tolist() == [
        1000.0,
        4000.0,
        10_000.0,
    ]
    assert day.loc["government", "share_population_high"] == pytest.approx(0.9)
    assert pd.isna(day.loc["contested", "population_low"])
    assert _rows(s, "2021-01-07").loc["disputed", "share_population"] == pytest.approx(0.1)
    # the same as the single-date table and ranges, missing unit included
    for d in tl.dates:
        state = state_at(story, tiny, d)
        table = summarize(state, vocabulary=story.vocabulary, population=TINY_POPULATION)
        got = _rows(s, str(d.date()))
        for col in ("population", "share_population"):
            np.testing.assert_allclose(got[col], table[col].loc[got.index])
        ranges = control_ranges(state, vocabulary=story.vocabulary, population=TINY_POPULATION)
        for side, row in ranges.iterrows():
            for col, value in row.items():
                assert got.loc[side, col] == pytest.approx(value), (d, side, col)


def test_series_by_province_with_population_exact(story: Ledger, tiny: UnitSet) -> None:
    tl = build_timeline(story, tiny, ["2021-01-03", "2021-01-05", "2021-01-07"])
    s = status_series(tl, tiny, by="province", population=TINY_POPULATION)
    assert s.attrs["denominators_by"] == [
        {"province": "North", "units": 2, "area_km2": 30.0, "population": 4000.0},
        {"province": "South", "units": 2, "area_km2": 70.0, "population": 6000.0},
    ]
    north = _rows(s, "2021-01-03", "North")
    assert north.loc["taliban", "share_population"] == 0.25
    assert north.loc["unknown", "share_population"] == 0.75
    south = _rows(s, "2021-01-05", "South")
    assert south.loc["government", ["population", "share_population"]].tolist() == [0.0, 0.0]
    assert south.loc["contested", "share_population"] == 1.0
    assert south.loc["taliban", ["population_high", "share_population_high"]].tolist() == [
        6000.0,
        1.0,
    ]
    north = _rows(s, "2021-01-07", "North")
    assert north.loc[
        "taliban", ["population_low", "population_mid", "population_high"]
    ].tolist() == [
        0.0,
        3000.0,
        4000.0,
    ]
    assert north.loc["taliban", "share_population_mid"] == 0.75
    sums = s.groupby(["date", "province"])["share_population"].sum()
    assert sums.to_numpy() == pytest.approx(np.ones(len(sums)))


def test_series_by_province_equals_single_dates_on_the_example(
    example_ledger: Ledger, districts: UnitSet
) -> None:
    """Per province and date: summarize(by=...) for the table, control_ranges on the
    province's units for the ranges; population with a province and other units missing."""
    ids = districts.units.index
    missing = (districts.units["province"] == "Nuristan") | (np.arange(len(ids)) % 17 == 0)
    pop = pd.Series(1000.0 + 37.0 * np.arange(len(ids)), index=ids)[~missing.to_numpy()]
    dates = timeline_dates(example_ledger, "2021-05-01", "2021-09-06", every="week")
    tl = build_timeline(example_ledger, districts, dates, max_age=30)
    s = status_series(tl, districts, by="province", population=pop)
    country = status_series(tl, districts, population=pop)
    assert len(s) == len(dates) * 34 * 6
    for d in dates:
        state = state_at(example_ledger, districts, d, max_age=30)
        table = summarize(state, by="province", population=pop)
        got = s[s["date"] == d.date()].set_index(["province", "status"])
        assert got.index.tolist() == [(str(p), str(k)) for p, k in table.index]
        assert got["units"].tolist() == table["units"].tolist()
        for col in ("share_units", "area_km2", "share_area", "population", "share_population"):
            np.testing.assert_allclose(got[col], table[col], atol=1e-9, err_msg=f"{d} {col}")
        for province in ("Nuristan", "Kunduz", "Helmand"):
            part = state[state["province"] == province]
            ranges = control_ranges(part, population=pop)
            for side, row in ranges.iterrows():
                for col, value in row.items():
                    assert got.loc[(province, side), col] == pytest.approx(value), (d, side, col)
    # invariants: shares per (date, province) sum to one (population: zero in Nuristan,
    # where nobody is counted); provincial figures sum to the country's for each status
    sums = s.groupby(["date", "province"])[["share_units", "share_area"]].sum()
    np.testing.assert_allclose(sums.to_numpy(), 1.0)
    pop_sums = s.groupby(["date", "province"])["share_population"].sum()
    nuristan = pop_sums.index.get_level_values("province") == "Nuristan"
    np.testing.assert_allclose(pop_sums[~nuristan], 1.0)
    np.testing.assert_allclose(pop_sums[nuristan], 0.0)
    summed = s.groupby(["date", "status"], sort=False)[["units", "area_km2", "population"]].sum()
    np.testing.assert_allclose(
        summed.to_numpy(), country[["units", "area_km2", "population"]].to_numpy()
    )
    for b in ("low", "mid", "high"):
        side = s.dropna(subset=[f"units_{b}"])
        summed = side.groupby(["date", "status"], sort=False)[f"area_km2_{b}"].sum()
        expected = country.dropna(subset=[f"units_{b}"])[f"area_km2_{b}"]
        np.testing.assert_allclose(summed.to_numpy(), expected.to_numpy())


def test_ledger_disputes_tiny_world(tmp_path: Path, tiny: UnitSet) -> None:
    rows = [
        # province-wide dispute; Narin has its own claim that day
        {"date": "2021-01-02", "province": "North", "status": "taliban", "source": "A"},
        {"date": "2021-01-02", "province": "North", "status": "contested", "source": "B"},
        {"date": "2021-01-02", "province": "North", "district": "Narin", "status": "taliban"},
        # a district dispute, later replaced: still listed
        {"date": "2021-01-03", "province": "South", "district": "Sarak", "status": "taliban"},
        {"date": "2021-01-03", "province": "South", "district": "Sarak", "status": "government"},
        {"date": "2021-01-04", "province": "South", "district": "Sarak", "status": "government"},
        # control and the same side's unconfirmed claim: no dispute
        {"date": "2021-01-05", "province": "South", "status": "government"},
        {
            "date": "2021-01-05",
            "province": "South",
            "status": "unconfirmed",
            "actor": "government",
        },
    ]
    ledger = read_claims(write_claims(tmp_path, rows), tiny)
    found = ledger_disputes(ledger, tiny)
    assert found[["scope", "province", "unit_ids", "others", "rows"]].to_dict("records") == [
        {
            "scope": "province",
            "province": "North",
            "unit_ids": ["N/n1"],
            "others": ["N/n2"],
            "rows": [2, 3],
        },
        {
            "scope": "district",
            "province": "South",
            "unit_ids": ["S/s1"],
            "others": [],
            "rows": [5, 6],
        },
    ]
    assert [d.day for d in found["date"]] == [2, 3]
    # on the province set, the province-wide dispute is the province's own
    provinces = tiny_provinces()
    wide = ledger_disputes(read_claims(write_claims(tmp_path, rows), provinces), provinces)
    assert wide[["scope", "unit_ids", "others", "rows"]].to_dict("records") == [
        {"scope": "province", "unit_ids": ["XN"], "others": [], "rows": [2, 3]}
    ]


def test_ledger_disputes_are_the_disputes_of_the_states(
    example_ledger: Ledger, districts: UnitSet
) -> None:
    """Every dispute validate lists shows in the state on its date, and every disputed state
    on any date is listed (the example: six district disputes and Panjshir's)."""
    found = ledger_disputes(example_ledger, districts)
    listed = {(u, d) for d, ids in zip(found["date"], found["unit_ids"], strict=True) for u in ids}
    seen = set()
    for day in sorted(set(example_ledger.claims["date"])):
        state = state_at(example_ledger, districts, day)
        now = state[state["disputed"] & (state["claim_date"] == day)]
        seen |= {(u, pd.Timestamp(day)) for u in now.index}
    assert listed == seen
    assert len(found) == 7 and (found["scope"] == "province").sum() == 1
    assert ("AF-KDZ/imam-sahib", pd.Timestamp("2021-06-22")) not in listed


def test_timeline_without_a_claim_on_the_set(story: Ledger) -> None:
    """District claims only, on the province set: nothing to map, every unit unknown
    (this used to fail indexing an empty record table)."""
    provinces = tiny_provinces()
    wide = story.claims[story.claims["scope"] == "district"].reset_index(drop=True)
    ledger = Ledger(wide, story.file, story.vocabulary)
    tl = build_timeline(ledger, provinces, ["2021-01-01", "2021-01-08"])
    assert tl.records.empty and (tl.record == -1).all()
    state = tl.state("2021-01-08", provinces)
    pd.testing.assert_frame_equal(
        state, state_at(ledger, provinces, "2021-01-08"), check_dtype=False
    )
    assert ledger_disputes(ledger, provinces).empty
