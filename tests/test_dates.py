"""Dates as people write them: what is read, what is refused and why (issue #9 part 4,
issue #11 out-of-range dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from worlds import tiny_units, write_claims

from mapper.claims import read_claims
from mapper.cli import main
from mapper.dates import DATE_RANGE, DateError, in_range, parse_date
from mapper.errors import ClaimsError, MapperError
from tests.conftest import EXAMPLE

UNITS = tiny_units()
TODAY = dt.date(2026, 11, 30)
D = dt.date(2021, 7, 8)


@pytest.mark.parametrize(
    "text",
    [
        "2021-07-08",
        "2021-7-8",
        "2021-07-8",
        "2021/07/08",
        " 2021-07-08 ",
        "2021-07-08T12:30",
        "2021-07-08T12:30:05.5Z",
        "2021-07-08 23:59:59+04:30",
        "8 July 2021",
        "08 July 2021",
        "8th July 2021",
        "8 Jul 2021",
        "8 jul. 2021",
        "8-Jul-2021",
        "July 8, 2021",
        "July 8 2021",
        "Jul 8, 2021",
        "JULY 8, 2021",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == D


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("25/07/2021", dt.date(2021, 7, 25)),  # day first: 25 cannot be a month
        ("07/25/2021", dt.date(2021, 7, 25)),  # month first: 25 cannot be a month
        ("07/07/2021", dt.date(2021, 7, 7)),  # both readings are the same day
        ("3 Sept 2021", dt.date(2021, 9, 3)),
        ("September 3, 2021", dt.date(2021, 9, 3)),
    ],
)
def test_numeric_dates_that_cannot_swap_are_read(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("07/08/2021", r"ambiguous: 2021-08-07 \(day/month\) or 2021-07-08 \(month/day\)"),
        ("07.08.2021", "ambiguous"),
        ("2021-07-08 to 2021-07-20", r"text after the date \('to 2021-07-20'\)"),
        ("2021-07-08 or 2021-07-09", r"text after the date \('or 2021-07-09'\)"),
        ("2021-07-08Tnonsense", r"text after the date \('Tnonsense'\)"),
        ("2021-07-08T25:00", "text after the date"),
        ("8 July 2021 (approx.)", "text after the date"),
        ("25/07/2021 12:00", "text after the date"),
        ("8 July", "not a date"),
        ("July 2021", "not a date"),
        ("8 Juli 2021", "not a date"),
        ("21-07-08", "not a date"),
        ("2021-02-30", r"no such day \(2021-02-30\)"),
        ("13/13/2021", "no such day"),
        ("", "empty"),
        ("0001-01-01", "outside the supported range"),
        ("1677-01-01", "outside the supported range"),
        ("9999-12-31", "outside the supported range"),
    ],
)
def test_refused_forms_say_why(text: str, why: str) -> None:
    with pytest.raises(DateError, match=why):
        parse_date(text)


def test_supported_range_edges() -> None:
    assert parse_date("1800-01-01") == dt.date(1800, 1, 1)
    assert parse_date("2199-12-31") == dt.date(2199, 12, 31)
    for text in ("1799-12-31", "2200-01-01"):
        with pytest.raises(DateError, match=DATE_RANGE):
            parse_date(text)
    with pytest.raises(MapperError, match="outside the supported range"):
        in_range(dt.date(9999, 12, 31))


def test_ledger_reads_human_dates(tmp_path: Path) -> None:
    rows = [
        {"date": d, "province": "North", "district": "Nolan", "status": "taliban", "source": s}
        for s, d in [
            ("a", "2021-7-8"),
            ("b", "8 July 2021"),
            ("c", "July 8, 2021"),
            ("d", "8 Jul 2021"),
        ]
    ]
    c = read_claims(write_claims(tmp_path, rows), UNITS, today=TODAY).claims
    assert c["date"].dt.date.tolist() == [D] * 4


def test_ledger_refuses_each_bad_date_naming_row_column_and_value(tmp_path: Path) -> None:
    bad = [
        "07/08/2021",
        "2021-07-08 to 2021-07-20",
        "2021-07-08Tnonsense",
        "0001-01-01",
        "1677-01-01",
        "9999-12-31",
    ]
    rows = [{"date": d, "province": "North", "status": "taliban"} for d in bad]
    path = write_claims(tmp_path, rows)
    with pytest.raises(ClaimsError) as e:
        read_claims(path, UNITS, today=TODAY)
    found = {(p.row, p.column, p.value) for p in e.value.problems}
    assert found == {(i + 2, "date", d) for i, d in enumerate(bad)}
    msg = str(e.value)
    assert (
        f"{path}, row 5, column 'date': value '0001-01-01': "
        f"outside the supported range {DATE_RANGE}" in msg
    )
    assert "2021-08-07 (day/month) or 2021-07-08 (month/day)" in msg


def test_reported_date_in_the_future_follows_the_date_rule(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("date,reported,province,status,source\n2021-07-08,2099-01-01,North,taliban,X\n")
    with pytest.raises(
        ClaimsError,
        match=r"row 2, column 'reported': value '2099-01-01': reported date is in the future",
    ):
        read_claims(path, UNITS, today=TODAY)
    led = read_claims(path, UNITS, today=TODAY, on_future="warning")
    assert [(p.column, p.severity) for p in led.problems] == [("reported", "warning")]
    assert len(led.claims) == 1
    path.write_text(
        "date,reported,province,status,source\n2021-07-08,9 July 2021,North,taliban,X\n"
    )
    assert read_claims(path, UNITS, today=TODAY).claims["reported"].iloc[0] == dt.datetime(
        2021, 7, 9
    )
    path.write_text(
        "date,reported,province,status,source\n2021-07-08,2021-07-09 or so,North,taliban,X\n"
    )
    with pytest.raises(ClaimsError, match=r"column 'reported'.*text after the date"):
        read_claims(path, UNITS, today=TODAY)


@pytest.fixture
def run(mirror: Path, tmp_path: Path):
    def invoke(*args: str):
        return CliRunner().invoke(
            main, ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), *args]
        )

    return invoke


@pytest.mark.parametrize("command", [["stats"], ["render", "-o", "x.html"], ["check", "x"]])
@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2021-07-08 to 2021-07-09"])
def test_date_options_refuse_out_of_range_without_a_traceback(
    command: list[str], value: str
) -> None:
    res = CliRunner().invoke(main, [command[0], str(EXAMPLE), *command[1:], "--date", value])
    assert res.exit_code == 2, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "--date" in res.output and value in res.output


def test_stats_out_of_range_date_names_the_range() -> None:
    res = CliRunner().invoke(main, ["stats", str(EXAMPLE), "--date", "9999-12-31"])
    assert (
        res.exit_code == 2 and "outside the supported range 1800-01-01 to 2199-12-31" in res.output
    )


def test_validate_names_file_row_column_and_value_for_out_of_range(run, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "date,province,status,source\n2021-07-08,Kabul,taliban,X\n1677-01-01,Kabul,taliban,X\n"
    )
    for cmd in (
        ["validate"],
        ["stats", "--date", "2021-08-01"],
        ["render", "--date", "2021-08-01", "-o", str(tmp_path / "m.html")],
    ):
        res = run(cmd[0], str(path), *cmd[1:])
        assert res.exit_code == 1, res.output
        assert (
            f"{path}, row 3, column 'date': value '1677-01-01': outside the supported range"
            in res.output
        )


def test_state_at_refuses_out_of_range_dates() -> None:
    from mapper.snapshots import state_at

    path_rows = [{"date": "2021-07-08", "province": "North", "status": "taliban"}]
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        led = read_claims(write_claims(Path(d), path_rows), UNITS, today=TODAY)
    with pytest.raises(MapperError, match="outside the supported range"):
        state_at(led, UNITS, "9999-12-31")
    with pytest.raises(MapperError, match="outside the supported range"):
        state_at(led, UNITS, dt.date(1, 1, 1))
