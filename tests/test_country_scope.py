"""Country-wide claims (ledger column ``scope``): reading, precedence, state basis, stats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from worlds import tiny_provinces, tiny_units

from mapper.claims import read_claims
from mapper.errors import ClaimsError, ValidationError
from mapper.snapshots import state_at
from mapper.stats import basis_summary, stats_document
from mapper.timeline import build_timeline, ledger_disputes

TODAY = dt.date(2021, 12, 31)
HEADER = "date,scope,province,district,status,actor,source\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _read(tmp_path: Path, body: str, units=None):  # type: ignore[no-untyped-def]
    return read_claims(_write(tmp_path, body), units or tiny_units(), today=TODAY)


def test_country_claim_is_read_with_its_scope(tmp_path: Path) -> None:
    ledger = _read(tmp_path, "2021-05-01,country,,,government,,Baseline\n")
    row = ledger.claims.iloc[0]
    assert (row["scope"], row["province"], row["district"], row["unit_id"]) == (
        "country",
        "",
        "",
        "",
    )


def test_scope_is_case_insensitive_and_explicit_scopes_keep_working(tmp_path: Path) -> None:
    ledger = _read(
        tmp_path,
        "2021-05-01,Country,,,government,,A\n"
        "2021-05-02,province,North,,taliban,,B\n"
        "2021-05-03,DISTRICT,South,Sarak,taliban,,C\n"
        "2021-05-04,,South,,contested,,D\n",
    )
    assert list(ledger.claims["scope"]) == ["country", "province", "district", "province"]


@pytest.mark.parametrize(
    ("body", "column", "value", "words"),
    [
        ("2021-05-01,country,North,,government,,A\n", "province", "North", "country-wide"),
        ("2021-05-01,country,,Nolan,government,,A\n", "district", "Nolan", "country-wide"),
        ("2021-05-01,nation,,,government,,A\n", "scope", "nation", "'country'"),
        ("2021-05-01,province,North,Nolan,government,,A\n", "district", "Nolan", "scope"),
        ("2021-05-01,district,North,,government,,A\n", "district", "", "needs a district"),
        ("2021-05-01,,,,government,,A\n", "province", None, "scope to 'country'"),
    ],
)
def test_scope_errors_name_row_column_and_value(
    tmp_path: Path, body: str, column: str, value: str | None, words: str
) -> None:
    with pytest.raises(ValidationError) as e:
        _read(tmp_path, body)
    errors = [p for p in e.value.problems if p.severity == "error"]
    assert [(p.row, p.column, p.value) for p in errors] == [(2, column, value)]
    assert words in errors[0].message


def test_country_claim_with_province_and_district_names_both(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError) as e:
        _read(tmp_path, "2021-05-01,country,North,Nolan,government,,A\n")
    assert [(p.column, p.value) for p in e.value.problems] == [
        ("province", "North"),
        ("district", "Nolan"),
    ]


STORY = (
    # a baseline, then news: the district's own claim and the province's beat it
    "2021-05-01,country,,,government,,Baseline\n"
    "2021-05-01,,South,,contested,,B\n"  # same day: province beats country
    "2021-05-01,,North,Nolan,taliban,,C\n"  # same day: district beats country
    "2021-06-01,,North,Narin,taliban,,D\n"
    "2021-07-01,country,,,taliban,,E\n"  # newer: wins everywhere without a newer own claim
    "2021-07-01,,South,Sorkh,government,,F\n"
)


def test_precedence_same_day_district_then_province_then_country(tmp_path: Path) -> None:
    ledger = _read(tmp_path, STORY)
    s = state_at(ledger, tiny_units(), "2021-06-15")
    assert s["status"].to_dict() == {
        "N/n1": "taliban",
        "N/n2": "taliban",
        "S/s1": "contested",
        "S/s2": "contested",
    }
    assert s["scope"].to_dict() == {
        "N/n1": "district",
        "N/n2": "district",
        "S/s1": "province",
        "S/s2": "province",
    }
    s = state_at(ledger, tiny_units(), "2021-05-15")
    assert s.loc["N/n2", ["status", "scope", "source"]].tolist() == [
        "government",
        "country",
        "Baseline",
    ]


def test_newest_claim_wins_even_when_it_is_country_wide(tmp_path: Path) -> None:
    ledger = _read(tmp_path, STORY)
    s = state_at(ledger, tiny_units(), "2021-07-02")
    assert s["status"].to_dict() == {
        "N/n1": "taliban",
        "N/n2": "taliban",
        "S/s1": "taliban",
        "S/s2": "government",
    }
    assert s["scope"].to_dict() == {
        "N/n1": "country",
        "N/n2": "country",
        "S/s1": "country",
        "S/s2": "district",
    }


def test_country_claims_on_a_province_set(tmp_path: Path) -> None:
    ledger = _read(tmp_path, STORY, tiny_provinces())
    s = state_at(ledger, tiny_provinces(), "2021-06-15")
    assert s["status"].to_dict() == {"XN": "government", "XS": "contested"}
    assert s["scope"].to_dict() == {"XN": "country", "XS": "province"}


def test_timeline_equals_state_at_with_country_claims(tmp_path: Path) -> None:
    for units in (tiny_units(), tiny_provinces()):
        ledger = _read(tmp_path, STORY, units)
        dates = pd.date_range("2021-04-30", "2021-07-03")
        tl = build_timeline(ledger, units, dates, max_age=40)
        for d in dates:
            expected = state_at(ledger, units, d, max_age=40)
            pd.testing.assert_frame_equal(tl.state(d, units), expected, check_dtype=False)


def test_basis_counts_and_areas(tmp_path: Path) -> None:
    ledger = _read(tmp_path, STORY)
    state = state_at(ledger, tiny_units(), "2021-05-15")
    table = basis_summary(state)
    # n1 own claim (10 km²), n2 baseline (20), s1 and s2 province-wide (30 + 40)
    assert table["units"].to_dict() == {
        ("district", "taliban"): 1,
        ("province", "contested"): 2,
        ("country", "government"): 1,
    }
    assert table.loc[("country", "government"), "area_km2"] == 20.0
    assert table.loc[("country", "government"), "share_area"] == pytest.approx(0.2)
    doc = stats_document(state, tiny_units())
    assert {"basis": "country", "status": "government"}.items() <= doc["basis"][2].items()
    # before any claim every unit rests on nothing
    none = basis_summary(state_at(ledger, tiny_units(), "2021-04-01"))
    assert none["units"].to_dict() == {("none", "unknown"): 4}


def test_country_wide_dispute_is_listed_once(tmp_path: Path) -> None:
    ledger = _read(
        tmp_path,
        "2021-05-01,country,,,government,,A\n"
        "2021-05-01,country,,,taliban,,B\n"
        "2021-05-01,,North,Nolan,taliban,,C\n",
    )
    found = ledger_disputes(ledger, tiny_units())
    assert len(found) == 1
    d = found.iloc[0]
    assert (d["scope"], d["province"], d["unit_ids"], d["others"], d["rows"]) == (
        "country",
        "",
        ["N/n2", "S/s1", "S/s2"],
        ["N/n1"],
        [2, 3],
    )
