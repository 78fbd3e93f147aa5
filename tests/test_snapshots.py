"""The state at a date: carry forward, province-wide cover, precedence, disputes, staleness."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapper.claims import read_claims
from mapper.snapshots import state_at
from tests.worlds import tiny_units, write_claims

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
