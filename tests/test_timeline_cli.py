"""CLI: mapper timeline, mapper compare, mapper stats --series (CliRunner, real data)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import main
from tests.conftest import EXAMPLE


def run(mirror: Path, tmp_path: Path, *args: str) -> object:
    runner = CliRunner()
    return runner.invoke(
        main, ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "cache"), *args]
    )


@pytest.mark.parametrize("command", ["timeline", "compare"])
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "examples/afghanistan-2021.csv" in result.output


def test_stats_help_mentions_series() -> None:
    result = CliRunner().invoke(main, ["stats", "--help"])
    assert "--series" in result.output and "--every" in result.output


def test_timeline_writes_one_offline_page(mirror: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    args = ["timeline", str(EXAMPLE), "--from", "2021-05-01", "--to", "2021-09-06"]
    result = run(mirror, tmp_path, *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "129 dates x 398 districts" in result.output
    html = out.read_text("utf-8")
    assert "<script src=" not in html and "<link " not in html  # everything inlined
    assert 'id="mapper-data"' in html or "id='mapper-data'" in html
    again = run(mirror, tmp_path, *args, "-o", str(out))
    assert again.exit_code == 1 and "--overwrite" in again.output
    assert run(mirror, tmp_path, *args, "-o", str(out), "--overwrite").exit_code == 0


def test_timeline_rejects_reversed_range(mirror: Path, tmp_path: Path) -> None:
    result = run(
        mirror,
        tmp_path,
        "timeline",
        str(EXAMPLE),
        "--from",
        "2021-09-01",
        "--to",
        "2021-05-01",
        "-o",
        str(tmp_path / "x.html"),
    )
    assert result.exit_code == 1
    assert "end date '2021-05-01' is before start date '2021-09-01'" in result.output


def test_timeline_every_claim_dates(mirror: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.html"
    result = run(
        mirror,
        tmp_path,
        "timeline",
        str(EXAMPLE),
        "--from",
        "2021-05-01",
        "--to",
        "2021-09-06",
        "--every",
        "claim-dates",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    # 2021-05-01 + the 44 distinct claim dates (all after it, the last on 2021-09-06)
    assert "45 dates x 398 districts" in result.output


def test_compare_writes_page_and_tables(mirror: Path, tmp_path: Path) -> None:
    out, tcsv, tjson = tmp_path / "c.html", tmp_path / "c.csv", tmp_path / "c.json"
    result = run(
        mirror,
        tmp_path,
        "compare",
        str(EXAMPLE),
        "2021-07-01",
        "2021-08-15",
        "-o",
        str(out),
        "--table-csv",
        str(tcsv),
        "--table-json",
        str(tjson),
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(tcsv.read_text("utf-8"))))
    doc = json.loads(tjson.read_text("utf-8"))
    assert len(rows) == len(doc["changes"]) > 0
    assert f"{len(rows)} of 398 districts changed status" in result.output
    taliban = next(r for r in doc["by_status"] if r["status"] == "taliban")
    gained = sum(1 for r in rows if r["status_d2"] == "taliban") - sum(
        1 for r in rows if r["status_d1"] == "taliban"
    )
    assert taliban["units_delta"] == gained
    assert f"{taliban['units_d1']} -> {taliban['units_d2']}" in result.output
    html = out.read_text("utf-8")
    assert "State on\n 2021-07-01" in html and "State on\n 2021-08-15" in html
    # an existing table is not replaced without --overwrite, and nothing is written
    out.unlink()
    again = run(
        mirror,
        tmp_path,
        "compare",
        str(EXAMPLE),
        "2021-07-01",
        "2021-08-15",
        "-o",
        str(out),
        "--table-csv",
        str(tcsv),
    )
    assert again.exit_code == 1 and not out.exists()


def test_stats_series_csv_and_json(mirror: Path, tmp_path: Path) -> None:
    base = ["stats", str(EXAMPLE), "--series", "--from", "2021-08-01", "--to", "2021-08-15"]
    result = run(mirror, tmp_path, *base, "--every", "week", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["date"] for r in rows[::6]] == ["2021-08-01", "2021-08-08", "2021-08-15"]
    assert {"units_low", "units_high", "share_area_high"} <= set(rows[0])
    single = run(
        mirror, tmp_path, "stats", str(EXAMPLE), "--date", "2021-08-15", "--format", "json"
    )
    by_status = {r["status"]: r for r in json.loads(single.output)["by_status"]}
    last = {r["status"]: r for r in rows if r["date"] == "2021-08-15"}
    for status, r in by_status.items():
        assert int(last[status]["units"]) == r["units"]
        assert float(last[status]["area_km2"]) == pytest.approx(r["area_km2"], abs=1e-5)
    doc = json.loads(run(mirror, tmp_path, *base, "--format", "json").output)
    assert len(doc["series"]) == 15 * 6 and doc["denominators"]["units"] == 398
    table = run(mirror, tmp_path, *base, "--every", "week")
    assert table.exit_code == 0 and "2021-08-08" in table.output and "Denominators" in table.output


def test_stats_still_needs_a_date_without_series(mirror: Path, tmp_path: Path) -> None:
    result = run(mirror, tmp_path, "stats", str(EXAMPLE))
    assert result.exit_code == 2 and "--date" in result.output
    result = run(mirror, tmp_path, "stats", str(EXAMPLE), "--series", "--from", "2021-08-01")
    assert result.exit_code == 2 and "--from and --to" in result.output
