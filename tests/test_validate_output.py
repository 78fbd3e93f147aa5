"""Validate output (issue #9 part 7): errors counted as errors, every problem of a row in
one run, and a skipped-row list that is never cut without saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from worlds import tiny_units, write_claims

from mapper.claims import read_claims
from mapper.cli import _row_ranges, _skipped_line, main
from mapper.errors import ClaimsError, MatchError

UNITS = tiny_units()


@pytest.fixture
def run(mirror: Path, tmp_path: Path):
    def invoke(*args: str):
        return CliRunner().invoke(
            main, ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), *args]
        )

    return invoke


def _ledger(tmp_path: Path, bad: int, good: int = 2) -> Path:
    rows = ["date,province,district,status,source"]
    rows += [f"2021-07-{8 + i % 20:02d},Kabul,Paghman,taliban,S{i}" for i in range(good)]
    rows += [f"2021-07-08,Kabul,Paghman,victorious,B{i}" for i in range(bad)]
    path = tmp_path / "c.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_a_bad_province_does_not_hide_a_bad_district() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = write_claims(
            Path(d),
            [
                {
                    "date": "2021-07-08",
                    "province": "Nortj",
                    "district": "Nolxn",
                    "status": "taliban",
                },
                {
                    "date": "2021-07-08",
                    "province": "Nortj",
                    "district": "Sorkh",
                    "status": "taliban",
                },
                {
                    "date": "2021-07-08",
                    "province": "North",
                    "district": "Nolan",
                    "status": "taliban",
                },
            ],
        )
        with pytest.raises(MatchError) as e:
            read_claims(path, UNITS)
    got = [(p.row, p.column, p.value) for p in e.value.problems]
    assert got == [
        (2, "province", "Nortj"),
        (2, "district", "Nolxn"),
        (3, "province", "Nortj"),
    ]
    msgs = [p.message for p in e.value.problems]
    assert "did you mean 'North'" in msgs[0]
    assert "unknown district 'Nolxn' in any province; did you mean 'Nolan (North)'?" in msgs[1]
    # a district that exists elsewhere is a hint on the province error, not a second error
    assert "district 'Sorkh' is in South" in msgs[2]


def test_an_unknown_actor_does_not_hide_an_unknown_status(tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {"date": "bad", "province": "North", "status": "victorious", "actor": "martians"},
            {"date": "2021-07-08", "province": "North", "status": "taliban", "actor": "martians"},
        ],
    )
    with pytest.raises(ClaimsError) as e:
        read_claims(path, UNITS)
    got = [(p.row, p.column) for p in e.value.problems]
    assert got == [(2, "date"), (2, "status"), (2, "actor"), (3, "actor")]


def test_row_ranges_and_a_cut_list_says_so() -> None:
    assert _row_ranges([7, 2, 3, 4, 9, 10]) == ["2-4", "7", "9-10"]
    line = _skipped_line(list(range(2, 200, 2)), limit=3)
    assert line.startswith("skipped 99 invalid row(s): 2, 4, 6 ... and 96 more row(s)")
    assert "mapper validate` lists every one" in line
    assert "more" not in _skipped_line(list(range(2, 200)), limit=3)  # one range: not cut


def test_validate_lists_every_error_as_an_error(run, tmp_path: Path) -> None:
    path = _ledger(tmp_path, bad=45)
    res = run("validate", str(path))
    assert res.exit_code == 1
    assert res.output.count("error: ") == 46  # 45 problems and the summary
    assert "warning" not in res.output and "more" not in res.output
    assert f"error: {path}: 45 error(s) in 45 row(s); rows 4-48" in res.output


def test_validate_skip_invalid_lists_every_skipped_row(run, tmp_path: Path) -> None:
    path = _ledger(tmp_path, bad=60)
    res = run("validate", str(path), "--skip-invalid")
    assert res.exit_code == 1
    assert res.output.count("error: ") == 60
    assert "skipped 60 invalid row(s): 4-63\n" in res.output


def test_other_commands_count_what_they_leave_out_by_severity(run, tmp_path: Path) -> None:
    path = _ledger(tmp_path, bad=31)
    res = run("stats", str(path), "--date", "2021-08-01", "--skip-invalid")
    assert res.exit_code == 0, res.output
    assert res.output.count("error: ") == 20
    assert (
        "... and 11 more not shown (11 error(s)); `mapper validate` lists every one" in res.output
    )
    assert "more warning" not in res.output
    assert "skipped 31 invalid row(s): 4-34" in res.output
