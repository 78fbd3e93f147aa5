"""Reading and validating claims ledgers: every problem located and reported together."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mapper.claims import read_claims
from mapper.errors import ClaimsError, MatchError
from tests.worlds import tiny_units, write_claims

UNITS = tiny_units()


def test_valid_csv_resolves_units_and_scopes(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {
                "date": "2021-07-08",
                "province": "North",
                "district": "Nolan",
                "status": "Taliban",
                "url": "https://example.org/a",
                "confidence": "High",
            },
            {"date": "2021-07-09", "province": "South", "status": "government"},
            {"date": "2021-07-10", "district": "Sorkh", "status": "controlled", "actor": "Taliban"},
        ],
    )
    led = read_claims(path, UNITS)
    c = led.claims
    assert c["unit_id"].tolist() == ["N/n1", "", "S/s2"]
    assert c["scope"].tolist() == ["district", "province", "district"]
    assert c["status"].tolist() == ["taliban", "government", "taliban"]
    assert c["actor"].tolist() == ["taliban", "government", "taliban"]
    assert c["confidence"].tolist() == ["high", "", ""]
    assert c["row"].tolist() == [2, 3, 4]
    assert c["province"].tolist() == ["North", "South", "South"]


def test_bom_semicolons_and_dari_text(tmp_path: Path) -> None:
    text = (
        "\ufeffdate;province;district;status;source;note\n"
        "2021-07-08;North;Nolan;taliban;طلوع نیوز;ولسوالی سقوط کرد\n"
    )
    path = tmp_path / "c.csv"
    path.write_text(text, encoding="utf-8")
    c = read_claims(path, UNITS).claims
    assert c.loc[0, "source"] == "طلوع نیوز" and c.loc[0, "note"] == "ولسوالی سقوط کرد"


def test_json_and_geojson(tmp_path: Path) -> None:
    recs = [
        {
            "date": "2021-07-08",
            "province": "North",
            "district": "Narin",
            "status": "contested",
            "source": "X",
        }
    ]
    (tmp_path / "a.json").write_text(json.dumps(recs))
    (tmp_path / "b.json").write_text(json.dumps({"claims": recs}))
    (tmp_path / "c.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [{"type": "Feature", "geometry": None, "properties": recs[0]}],
            }
        )
    )
    for name in ("a.json", "b.json", "c.geojson"):
        assert read_claims(tmp_path / name, UNITS).claims["unit_id"].tolist() == ["N/n2"]


def test_every_problem_is_reported_with_row_column_and_value(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {"date": "2021-07-08", "province": "North", "district": "Nolan", "status": "taliban"},
            {"date": "8 July", "province": "North", "district": "Nolan", "status": "victorious"},
            {
                "date": "2021-07-09",
                "province": "Nowhere",
                "status": "taliban",
                "url": "javascript:alert(1)",
                "confidence": "sure",
            },
        ],
    )
    with pytest.raises(ClaimsError) as e:
        read_claims(path, UNITS)
    msg = str(e.value)
    assert "4 problem" not in msg  # counted exactly below
    errors = [p for p in e.value.problems if p.severity == "error"]
    located = {(p.row, p.column, p.value) for p in errors}
    assert located == {
        (3, "date", "8 July"),
        (3, "status", "victorious"),
        (4, "province", "Nowhere"),
        (4, "url", "javascript:alert(1)"),
        (4, "confidence", "sure"),
    }
    assert f"{path}, row 3, column 'date': value '8 July'" in msg
    assert "valid statuses: taliban, contested, government" in msg
    assert "only absolute http(s) URLs" in msg
    assert "nothing was drawn" in msg


def test_names_only_problems_are_a_match_error_with_suggestions(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [{"date": "2021-07-08", "province": "North", "district": "Nolzn", "status": "taliban"}],
    )
    with pytest.raises(
        MatchError, match=r"unknown district 'Nolzn' in North; did you mean 'Nolan'"
    ):
        read_claims(path, UNITS)


def test_missing_columns_wrong_delimiter_and_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("when,where,what\n2021-07-08,North,taliban\n")
    with pytest.raises(
        ClaimsError, match=r"row 1.*missing required column\(s\) \['date', 'status'"
    ):
        read_claims(p, UNITS)
    p.write_text("date:province:status:source\n2021-07-08:North:taliban:X\n")
    with pytest.raises(ClaimsError, match="delimiter"):
        read_claims(p, UNITS)
    p.write_text("")
    with pytest.raises(ClaimsError, match="file is empty"):
        read_claims(p, UNITS)
    p.write_text("date,province,status,source\n")
    with pytest.raises(ClaimsError, match="no claims"):
        read_claims(p, UNITS)


def test_ragged_row_is_located(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("date,province,status,source\n2021-07-08,North,taliban,X\n2021-07-09,North\n")
    with pytest.raises(ClaimsError, match=r"row 3.*2 fields, the header has 4"):
        read_claims(p, UNITS)


def test_future_dates_are_errors(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path, [{"date": "2031-01-01", "province": "North", "status": "taliban"}]
    )
    with pytest.raises(ClaimsError, match="in the future"):
        read_claims(path, UNITS, today=dt.date(2026, 11, 30))


def test_skip_invalid_keeps_good_rows_and_reports_skipped(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {"date": "2021-07-08", "province": "North", "district": "Nolan", "status": "taliban"},
            {"date": "bad", "province": "North", "status": "taliban"},
        ],
    )
    led = read_claims(path, UNITS, skip_invalid=True)
    assert len(led.claims) == 1 and led.skipped_rows == [3]


def test_duplicate_rows_are_counted_once_with_a_warning(tmp_path: Path) -> None:
    row = {"date": "2021-07-08", "province": "North", "district": "Nolan", "status": "taliban"}
    led = read_claims(write_claims(tmp_path, [row, row]), UNITS)
    assert len(led.claims) == 1
    assert [(w.row, "duplicate of row 2" in w.message) for w in led.warnings] == [(3, True)]


def test_controlled_needs_an_actor(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path, [{"date": "2021-07-08", "province": "North", "status": "captured"}]
    )
    with pytest.raises(ClaimsError, match="needs an actor"):
        read_claims(path, UNITS)


def test_example_ledger_is_valid(example_ledger) -> None:
    c = example_ledger.claims
    assert len(c) > 100
    assert c["url"].str.startswith(("http://", "https://")).all()
    assert (c["scope"] == "district").sum() > 80


def test_province_map_ignores_district_claims_with_a_warning(provinces) -> None:
    import csv

    from tests.conftest import EXAMPLE

    with open(EXAMPLE, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["district"].strip()]
    province_wide = sum(1 for r in rows if r["province"].strip())
    country_wide = sum(1 for r in rows if r.get("scope") == "country")
    led = read_claims(EXAMPLE, provinces)
    assert (led.claims["scope"] == "province").sum() == province_wide
    assert (led.claims["scope"] == "country").sum() == country_wide == 2
    assert len(led.claims) == province_wide + country_wide
    ignored = [w for w in led.warnings if "district claim ignored" in w.message]
    assert len(ignored) > 100
