"""Verdicts say what --skip-invalid skipped in their scope (issue #9 part 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from worlds import tiny_units, write_claims

from mapper.claims import read_claims, row_ranges, skipped_in_scope
from mapper.cli import main
from tests.conftest import EXAMPLE

UNITS = tiny_units()


def test_skipped_rows_are_placed_as_far_as_they_resolve(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {"date": "2021-07-08", "province": "North", "district": "Nolan", "status": "taliban"},
            {"date": "bad", "province": "North", "district": "Nolan", "status": "taliban"},  # 3
            {"date": "2021-07-09", "province": "South", "status": "winning"},  # 4
            {"date": "2021-07-09", "province": "South", "district": "Nowhere", "status": "taliban"},
            {"date": "2021-07-09", "district": "Atlantis", "status": "taliban"},  # 6
            {"date": "2021-07-30", "province": "North", "district": "Narin", "status": "x"},  # 7
        ],
    )
    led = read_claims(path, UNITS, skip_invalid=True)
    assert led.skipped_rows == [3, 4, 5, 6, 7]
    sk = led.skipped.set_index("row")
    assert sk.loc[3, "unit_id"] == "N/n1" and sk.loc[3, "scope"] == "district"
    assert sk.loc[4, "province"] == "South" and sk.loc[4, "unit_id"] == ""
    # the district did not resolve, its province did: counted as the province
    assert sk.loc[5, "province"] == "South" and sk.loc[5, "scope"] == ""
    assert sk.loc[6, "province"] == "" and sk.loc[6, "unit_id"] == ""

    north = skipped_in_scope(led, UNITS, ["N/n1", "N/n2"], date="2021-07-20")
    assert north == [
        "1 skipped row(s) (rows 3) name districts in this claim's scope; "
        "fixing them may change this verdict",
        "1 skipped row(s) (rows 6) name no unit that resolves; they may lie in this claim's scope",
    ]
    # row 7 (Narin, 2021-07-30) is after the date: it cannot change that day's state
    later = skipped_in_scope(led, UNITS, ["N/n2"], date="2021-08-01")
    assert later[0].startswith("1 skipped row(s) (rows 7) name districts")
    south = skipped_in_scope(led, UNITS, ["S/s1"], scope_text="the south")
    assert south[0] == (
        "2 skipped row(s) (rows 4-5) name provinces in the south; "
        "fixing them may change this verdict"
    )


def test_no_skipped_rows_no_sentence(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path, [{"date": "2021-07-08", "province": "North", "status": "taliban"}]
    )
    led = read_claims(path, UNITS, skip_invalid=True)
    assert led.skipped_rows == [] and skipped_in_scope(led, UNITS, list(UNITS.units.index)) == []


def test_row_ranges() -> None:
    assert row_ranges([9, 2, 3, 4, 7]) == "2-4, 7, 9"
    assert row_ranges(range(2, 100, 2), limit=2) == "2, 4 and 47 more range(s)"


@pytest.fixture
def ledger_with_bad_rows(tmp_path: Path) -> tuple[Path, int]:
    text = EXAMPLE.read_text(encoding="utf-8")
    first = text.rstrip("\n").count("\n") + 2  # row number of the first appended line
    header = text.splitlines()[0].split(",")
    extra_rows = [
        ("2021-07-08 to 2021-07-10", "Takhar", "Darqad", "taliban", "taliban"),  # Tajik border
        ("2021-07-09", "Kandahar", "Spin Boldak", "victorious", ""),  # not on it
        ("2021-07-09", "", "Nowhereistan", "taliban", "taliban"),  # anywhere
        ("2021-08-01", "Takhar", "Darqad", "victorious", ""),  # after the check date
    ]
    extra = []
    for date, prov, dist, status, actor in extra_rows:
        cells = dict.fromkeys(header, "") | {
            "date": date,
            "province": prov,
            "district": dist,
            "status": status,
            "actor": actor,
            "source": "X",
        }
        extra.append(",".join(cells[h] for h in header))
    path = tmp_path / "ledger.csv"
    path.write_text(text.rstrip("\n") + "\n" + "\n".join(extra) + "\n", encoding="utf-8")
    return path, first


def test_check_verdict_names_skipped_rows_in_its_scope(
    mirror: Path, tmp_path: Path, ledger_with_bad_rows: tuple[Path, int]
) -> None:
    path, first = ledger_with_bad_rows
    base = ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), "check", str(path)]
    base += ["--date", "2021-07-17", "--skip-invalid"]

    def check(sentence: str, *extra: str) -> dict:
        res = CliRunner().invoke(
            main,
            [*base, "--format", "json", *extra, sentence],
        )
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)

    border = check("2/3 of the territory on the Afghan-Tajik border", "--side", "taliban")
    said = [n for n in border["notes"] if "skipped" in n]
    assert said[0].startswith(f"1 skipped row(s) (rows {first}) name districts in this verdict")
    assert said[0].endswith("fixing them may change this verdict")
    assert said[1].startswith(f"1 skipped row(s) (rows {first + 2}) name no unit that resolves")
    country = check("The Taliban have captured over two-thirds of the country")
    said = [n for n in country["notes"] if "skipped" in n]
    assert said[0].startswith(f"2 skipped row(s) (rows {first}-{first + 1}) name districts")
    res = CliRunner().invoke(
        main,
        [*base, "The Taliban have captured over two-thirds of the country"],
    )
    assert "Note:     2 skipped row(s)" in res.output


def test_report_checks_carry_the_skipped_note(
    districts, ledger_with_bad_rows: tuple[Path, int]
) -> None:
    from mapper.report import run_checker

    path, _first = ledger_with_bad_rows
    led = read_claims(path, districts, skip_invalid=True)
    [v] = run_checker(
        ["The Taliban have captured over two-thirds of the country"],
        led,
        districts,
        date="2021-07-17",
    )
    assert any(n.startswith("2 skipped row(s)") for n in v["notes"])
