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
    """Figures a reader can check by hand against the example ledger."""
    tl = build_timeline(example_ledger, districts, ["2021-05-10", "2021-05-11", "2021-09-06"])
    s = status_series(tl, districts).set_index(["date", "status"])["units"]
    assert s[(pd.Timestamp("2021-05-10").date(), "unknown")] == 398  # before the first claim
    assert s[(pd.Timestamp("2021-05-11").date(), "taliban")] == 1  # Nerkh, row 2
    assert s.xs(pd.Timestamp("2021-09-06").date(), level="date").sum() == 398


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
