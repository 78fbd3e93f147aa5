"""The state at a date: carry forward, province-wide cover, precedence, a side's unconfirmed
claims on its own control, disputes, staleness."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapper.claims import read_claims
from mapper.snapshots import candidates, state_at
from mapper.timeline import build_timeline
from tests.conftest import NEWS_ONLY
from tests.worlds import tiny_provinces, tiny_units, write_claims

UNITS = tiny_units()


def _state(tmp_path: Path, rows: list[dict[str, str]], date: str, **kw) -> pd.DataFrame:
    return state_at(read_claims(write_claims(tmp_path, rows), UNITS), UNITS, date, **kw)


def c(date: str, status: str, district: str = "", province: str = "North", **kw: str):
    return {"date": date, "province": province, "district": district, "status": status, **kw}


def test_unclaimed_units_are_unknown(tmp_path: Path) -> None:
    s = _state(tmp_path, [c("2021-07-01", "taliban", "Nolan")], "2021-07-05")
    assert s["status"].to_dict() == {
        "N/n1": "taliban",
        "N/n2": "unknown",
        "S/s1": "unknown",
        "S/s2": "unknown",
    }
    assert s.loc["N/n1", "age_days"] == 4
    assert pd.isna(s.loc["N/n2", "age_days"])


def test_only_claims_up_to_the_date_count(tmp_path: Path) -> None:
    rows = [c("2021-07-01", "taliban", "Nolan"), c("2021-07-10", "government", "Nolan")]
    assert _state(tmp_path, rows, "2021-07-09").loc["N/n1", "status"] == "taliban"
    assert _state(tmp_path, rows, "2021-07-10").loc["N/n1", "status"] == "government"
    assert _state(tmp_path, rows, "2021-06-30").loc["N/n1", "status"] == "unknown"


def test_province_wide_claim_covers_its_districts(tmp_path: Path) -> None:
    s = _state(tmp_path, [c("2021-07-01", "taliban")], "2021-07-02")
    assert s["status"].tolist() == ["taliban", "taliban", "unknown", "unknown"]
    assert s.loc["N/n2", "scope"] == "province"


def test_district_claim_beats_province_claim_of_same_date(tmp_path: Path) -> None:
    rows = [c("2021-07-01", "taliban"), c("2021-07-01", "government", "Narin")]
    s = _state(tmp_path, rows, "2021-07-01")
    assert s.loc["N/n1", "status"] == "taliban" and s.loc["N/n2", "status"] == "government"
    assert not s["disputed"].any()


def test_newer_province_claim_overrides_older_district_claim(tmp_path: Path) -> None:
    rows = [c("2021-07-01", "government", "Narin"), c("2021-07-05", "taliban")]
    s = _state(tmp_path, rows, "2021-07-06")
    assert s.loc["N/n2", "status"] == "taliban"


def test_older_province_claim_never_overrides_newer_district_claim(tmp_path: Path) -> None:
    rows = [c("2021-07-01", "taliban"), c("2021-07-05", "government", "Narin")]
    s = _state(tmp_path, rows, "2021-07-06")
    assert s.loc["N/n2", "status"] == "government" and s.loc["N/n1", "status"] == "taliban"


def test_disagreeing_claims_on_one_date_are_disputed_and_listed(tmp_path: Path) -> None:
    rows = [
        c("2021-07-01", "taliban", "Nolan", source="A"),
        c("2021-07-01", "government", "Nolan", source="B"),
    ]
    s = _state(tmp_path, rows, "2021-07-02")
    assert s.loc["N/n1", "status"] == "disputed" and s.loc["N/n1", "disputed"]
    assert s.loc["N/n1", "rows"] == "2;3" and s.loc["N/n1", "source"] == "A; B"


def test_agreeing_sources_are_not_a_dispute(tmp_path: Path) -> None:
    rows = [
        c("2021-07-01", "taliban", "Nolan", source="A"),
        c("2021-07-01", "taliban", "Nolan", source="B"),
    ]
    s = _state(tmp_path, rows, "2021-07-02")
    assert s.loc["N/n1", "status"] == "taliban" and not s.loc["N/n1", "disputed"]


def test_a_later_claim_resolves_a_dispute(tmp_path: Path) -> None:
    rows = [
        c("2021-07-01", "taliban", "Nolan"),
        c("2021-07-01", "government", "Nolan"),
        c("2021-07-03", "taliban", "Nolan"),
    ]
    assert _state(tmp_path, rows, "2021-07-03").loc["N/n1", "status"] == "taliban"


@pytest.mark.parametrize(
    ("max_age", "expected"), [(None, "taliban"), (10, "taliban"), (9, "unknown")]
)
def test_max_age_makes_old_statuses_unknown(tmp_path: Path, max_age, expected) -> None:
    s = _state(tmp_path, [c("2021-07-01", "taliban", "Nolan")], "2021-07-11", max_age=max_age)
    assert s.loc["N/n1", "status"] == expected
    assert s.loc["N/n1", "stale"] == (expected == "unknown")


def test_real_example_dates(districts, example_ledger) -> None:
    early = state_at(example_ledger, districts, "2021-06-30")
    late = state_at(example_ledger, districts, "2021-08-16")
    assert len(early) == len(late) == 398
    assert (late["status"] == "taliban").sum() > (early["status"] == "taliban").sum()
    # Kohsan (Islam Qala) had disagreeing reports on 2021-07-08 in the ledger
    assert state_at(example_ledger, districts, "2021-07-08").loc["AF-HER/kohsan", "disputed"]


# ------------------------------------------ rule 5: a side's weaker claim on its own control


def u(date: str, actor: str, district: str = "", province: str = "North", **kw: str):
    """An unconfirmed claim by ``actor`` (province-wide when no district)."""
    return c(date, "unconfirmed", district, province, actor=actor, **kw)


def test_later_unconfirmed_claim_by_the_holder_keeps_its_control(tmp_path: Path) -> None:
    # the Badakhshan case: district control, then a province-wide claim by the same side
    rows = [c("2021-07-03", "taliban", "Nolan"), u("2021-07-04", "taliban")]
    s = _state(tmp_path, rows, "2021-07-10")
    n1 = s.loc["N/n1"]
    assert (n1["status"], n1["rows"], n1["scope"], n1["age_days"]) == (
        "taliban",
        "2",
        "district",
        7,
    )
    assert n1["claim_date"] == pd.Timestamp("2021-07-03") and not n1["disputed"]
    # the province-wide claim still reaches the district that had no control claim
    assert (s.loc["N/n2", "status"], s.loc["N/n2", "rows"]) == ("unconfirmed", "3")
    # and stays in n1's history (popups list it)
    ledger = read_claims(write_claims(tmp_path, rows), UNITS)
    hist = candidates(ledger, UNITS, "2021-07-10")
    assert hist.loc[hist["unit_id"] == "N/n1", "row"].tolist() == [2, 3]


def test_age_and_staleness_count_from_the_control_claim(tmp_path: Path) -> None:
    rows = [c("2021-07-01", "taliban", "Nolan"), u("2021-07-09", "taliban", "Nolan")]
    kept = _state(tmp_path, rows, "2021-07-11", max_age=10)
    assert (kept.loc["N/n1", "status"], kept.loc["N/n1", "age_days"]) == ("taliban", 10)
    stale = _state(tmp_path, rows, "2021-07-12", max_age=10)
    assert stale.loc["N/n1", "status"] == "unknown" and stale.loc["N/n1", "stale"]
    assert stale.loc["N/n1", "age_days"] == 11


def test_same_day_control_and_own_unconfirmed_claim_are_not_a_dispute(tmp_path: Path) -> None:
    # Imam Sahib, 2021-06-22: Taliban control (high) and a Taliban claim (low)
    rows = [
        c("2021-07-01", "taliban", "Nolan", source="A", confidence="high"),
        u("2021-07-01", "taliban", "Nolan", source="B", confidence="low"),
    ]
    n1 = _state(tmp_path, rows, "2021-07-02").loc["N/n1"]
    assert (n1["status"], n1["disputed"], n1["rows"], n1["source"]) == (
        "taliban",
        False,
        "2",
        "A",
    )


def test_remaining_claims_of_the_day_can_still_disagree(tmp_path: Path) -> None:
    rows = [
        c("2021-07-01", "taliban", "Nolan", source="A"),
        u("2021-07-01", "taliban", "Nolan", source="B"),
        c("2021-07-01", "government", "Nolan", source="C"),
    ]
    n1 = _state(tmp_path, rows, "2021-07-02").loc["N/n1"]
    assert (n1["status"], n1["rows"], n1["source"]) == ("disputed", "2;4", "A; C")


@pytest.mark.parametrize(
    ("later", "expected", "rows"),
    [
        # the other side's claims and contested reports still replace the control
        ([c("2021-07-05", "contested", "Nolan")], "contested", "3"),
        ([c("2021-07-05", "government", "Nolan")], "government", "3"),
        ([u("2021-07-05", "government", "Nolan")], "unconfirmed", "3"),
        # and on the same date disagree with the holder's own unconfirmed claim
        (
            [u("2021-07-05", "taliban", "Nolan"), c("2021-07-05", "contested", "Nolan")],
            "disputed",
            "3;4",
        ),
        # a claim with no claimant side is not the holder's
        ([u("2021-07-05", "", "Nolan")], "unconfirmed", "3"),
        # several of the holder's own claims in a row change nothing
        ([u("2021-07-05", "taliban", "Nolan"), u("2021-07-07", "taliban")], "taliban", "2"),
        # once another state came in between, the holder's claim replaces it as before
        (
            [u("2021-07-05", "government", "Nolan"), u("2021-07-07", "taliban", "Nolan")],
            "unconfirmed",
            "4",
        ),
    ],
)
def test_other_claims_still_replace_the_control(
    tmp_path: Path, later: list[dict[str, str]], expected: str, rows: str
) -> None:
    s = _state(tmp_path, [c("2021-07-01", "taliban", "Nolan"), *later], "2021-07-08")
    assert (s.loc["N/n1", "status"], s.loc["N/n1", "rows"]) == (expected, rows)


def test_disputed_state_is_not_a_sides_control(tmp_path: Path) -> None:
    rows = [
        c("2021-07-01", "taliban", "Nolan"),
        c("2021-07-01", "government", "Nolan"),
        u("2021-07-03", "taliban", "Nolan"),
    ]
    n1 = _state(tmp_path, rows, "2021-07-04").loc["N/n1"]
    assert (n1["status"], n1["actor"], n1["rows"]) == ("unconfirmed", "taliban", "4")


def test_ranks_pick_the_days_claims_first(tmp_path: Path) -> None:
    # a province-wide control claim and a district's own claim of the same side, same day:
    # the district's own claim wins the day (rule 3), as for any other status ...
    rows = [c("2021-07-01", "taliban"), u("2021-07-01", "taliban", "Nolan")]
    s = _state(tmp_path, rows, "2021-07-02")
    assert s["status"].tolist()[:2] == ["unconfirmed", "taliban"]
    # ... unless the district already was that side's: then it keeps the older control
    rows = [c("2021-06-30", "taliban", "Nolan"), *rows]
    n1 = _state(tmp_path, rows, "2021-07-02").loc["N/n1"]
    assert (n1["status"], n1["rows"], n1["scope"]) == ("taliban", "2", "district")
    # a province-wide control the district already holds is kept against its own claim
    rows = [c("2021-07-01", "taliban"), u("2021-07-03", "taliban", "Nolan")]
    n1 = _state(tmp_path, rows, "2021-07-04").loc["N/n1"]
    assert (n1["status"], n1["rows"], n1["scope"]) == ("taliban", "2", "province")


def test_rule_5_on_a_province_set(tmp_path: Path) -> None:
    units = tiny_provinces()
    rows = [
        c("2021-07-01", "taliban"),
        u("2021-07-02", "taliban"),
        c("2021-07-01", "government", province="South"),
        u("2021-07-01", "government", province="South"),
        u("2021-07-02", "taliban", province="South"),
    ]
    ledger = read_claims(write_claims(tmp_path, rows), units)
    s = state_at(ledger, units, "2021-07-03")
    assert s.loc["XN", ["status", "rows", "age_days"]].tolist() == ["taliban", "2", 2]
    assert s.loc["XS", ["status", "actor", "rows"]].tolist() == [
        "unconfirmed",
        "taliban",
        "6",
    ]
    tl = build_timeline(ledger, units, pd.date_range("2021-06-30", "2021-07-03"))
    for d in tl.dates:
        pd.testing.assert_frame_equal(
            tl.state(d, units), state_at(ledger, units, d), check_dtype=False
        )


@pytest.fixture(scope="module")
def news_ledger(districts):
    """The example ledger as it was before it grew a baseline (row numbers below are its own)."""
    return read_claims(NEWS_ONLY, districts)


def test_real_badakhshan_districts_keep_their_control(districts, news_ledger) -> None:
    """Jurm, Raghistan and Yaftal (rows 29-31, 07-03) against Sputnik's province-wide claim
    (row 32, 07-04, low confidence)."""
    example_ledger = news_ledger
    ids = {"AF-BDS/jurm": "29", "AF-BDS/raghistan": "30", "AF-BDS/yaftal-sufla": "31"}
    for day in ("2021-07-04", "2021-08-16", "2021-09-06"):
        s = state_at(example_ledger, districts, day)
        for uid, row in ids.items():
            r = s.loc[uid]
            assert (r["status"], r["rows"], r["disputed"]) == ("taliban", row, False), (day, uid)
            assert r["claim_date"] == pd.Timestamp("2021-07-03")
    # Badakhshan districts without a claim of their own do take the province-wide claim
    s = state_at(example_ledger, districts, "2021-07-04")
    bds = s[s["province"] == "Badakhshan"]
    assert set(bds.loc[~bds.index.isin(list(ids)), "rows"]) == {"32"}
    hist = candidates(example_ledger, districts, "2021-07-04")
    for uid, row in ids.items():
        assert hist.loc[hist["unit_id"] == uid, "row"].tolist() == [int(row), 32]


def test_real_imam_sahib_is_taliban_not_disputed(districts, news_ledger) -> None:
    """Rows 17 (Taliban control, high) and 18 (Taliban claim, low), both 2021-06-22."""
    example_ledger = news_ledger
    for day in ("2021-06-22", "2021-08-10"):
        r = state_at(example_ledger, districts, day).loc["AF-KDZ/imam-sahib"]
        assert (r["status"], r["rows"], r["row"], r["disputed"]) == ("taliban", "17", 17, False)
