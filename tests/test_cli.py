"""The command line, driven with click's CliRunner: help, exit codes, outputs."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mapper.cli import main
from tests.conftest import EXAMPLE
from tests.worlds import write_claims


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


@pytest.fixture
def run(mirror: Path, tmp_path: Path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(
            main,
            ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), *args],
            catch_exceptions=False,
        )

    return invoke


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    seen = []
    for path, _cmd in _commands(main):
        res = runner.invoke(main, [*path, "--help"])
        assert res.exit_code == 0, (path, res.output)
        assert "Example" in res.output, f"`mapper {' '.join(path)} --help` has no example"
        seen.append(" ".join(path))
    assert {"validate", "stats", "render", "boundaries list"} <= set(seen)


def test_usage_error_is_exit_2() -> None:
    res = CliRunner().invoke(main, ["render", str(EXAMPLE)])
    assert res.exit_code == 2 and "--date" in res.output
    res = CliRunner().invoke(main, ["render", str(EXAMPLE), "--date", "July 8"])
    assert res.exit_code == 2 and "use YYYY-MM-DD" in res.output


def test_validate_example(run) -> None:
    res = run("validate", str(EXAMPLE))
    assert res.exit_code == 0, res.output
    assert "valid claim(s)" in res.output and "398 districts" in res.output
    # what is counted: claims, then the districts and provinces they are on
    assert (
        "115 valid claim(s): 105 on 78 district(s), 10 province-wide on 8 province(s)" in res.output
    )
    assert "dispute: AF-HER/kohsan on 2021-07-08" in res.output
    # disputes between province-wide claims are listed with the districts they reach
    assert (
        "dispute: Panjshir (province-wide) on 2021-09-06: rows [114, 115] disagree; covers 6 "
        "of its 7 districts: Dara, Khenj (Hese- Awal), Paryan, Rukha, Shutul, Unaba "
        "(Bazarak has its own claim that day)"
    ) in res.output
    # Taliban control and a Taliban claim on one day (rows 17, 18) are not a dispute
    assert "imam-sahib" not in res.output
    lines = [x for x in res.output.splitlines() if x.startswith("dispute: ")]
    assert len(lines) == 7
    assert (
        "7 dispute(s): 6 between a district's own claims, 1 between province-wide claims "
        "reaching 6 district(s)"
    ) in res.output


def test_validate_lists_a_dispute_covering_a_whole_province(run, tmp_path: Path) -> None:
    rows = [
        {"date": "2021-08-01", "province": "Kunduz", "status": "taliban", "source": "A"},
        {"date": "2021-08-01", "province": "Kunduz", "status": "contested", "source": "B"},
        # the same side's weaker claim beside its control is no dispute
        {"date": "2021-08-02", "province": "Balkh", "status": "taliban", "source": "A"},
        {
            "date": "2021-08-02",
            "province": "Balkh",
            "status": "unconfirmed",
            "actor": "taliban",
            "source": "B",
        },
    ]
    path = write_claims(tmp_path, rows)
    res = run("validate", str(path))
    assert res.exit_code == 0, res.output
    disputes = [x for x in res.output.splitlines() if x.startswith("dispute")]
    assert disputes == [
        "dispute: Kunduz (province-wide) on 2021-08-01: rows [2, 3] disagree; covers the "
        "whole province (7 districts)",
    ]
    assert "4 valid claim(s): 0 on 0 district(s), 4 province-wide on 2 province(s)" in res.output
    # on the province set the province is the unit
    res = run("validate", str(path), "--boundary", "afg-provinces")
    assert "dispute: AF-KDZ on 2021-08-01: rows [2, 3] disagree" in res.output
    assert "1 dispute(s)" in res.output


def test_validate_bad_ledger_exits_1_with_locations(run, tmp_path: Path) -> None:
    path = write_claims(
        tmp_path,
        [
            {"date": "2021-07-08", "province": "Herat", "district": "Kohsan", "status": "taliban"},
            {"date": "2021-13-01", "province": "Herat", "district": "Kohsann", "status": "won"},
        ],
    )
    res = run("validate", str(path))
    assert res.exit_code == 1
    assert f"{path}, row 3, column 'date': value '2021-13-01'" in res.output
    assert "value 'won': unknown status" in res.output
    res = run("validate", str(path), "--skip-invalid")
    assert res.exit_code == 1 and "skipped 1 invalid row(s): 3" in res.output


def test_stats_json_and_csv(run, tmp_path: Path) -> None:
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "json")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["date"] == "2021-08-10"
    assert doc["denominators"]["units"] == 398
    assert doc["denominators"]["area_crs"] == "EPSG:6933"
    assert sum(r["units"] for r in doc["by_status"]) == 398
    assert sum(r["share_area"] for r in doc["by_status"]) == pytest.approx(1.0, abs=1e-5)
    out = tmp_path / "s.csv"
    res = run(
        "stats",
        str(EXAMPLE),
        "--date",
        "2021-08-10",
        "--by",
        "province",
        "--format",
        "csv",
        "-o",
        str(out),
    )
    assert res.exit_code == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "province,status,units,share_units,area_km2,share_area"
    assert len(lines) == 1 + 34 * 6


def test_stats_table_declares_denominators(run) -> None:
    res = run("stats", str(EXAMPLE), "--date", "2021-07-17")
    assert "Denominators: 398 districts of 'afg-districts'" in res.output
    assert "published area 652,230 km² shown for reference only" in res.output
    assert "Ranges (low = own status" in res.output


def test_stats_max_age_counts_and_names_stale_units(run) -> None:
    plain = run("stats", str(EXAMPLE), "--date", "2021-08-20", "--format", "json")
    aged = run("stats", str(EXAMPLE), "--date", "2021-08-20", "--max-age", "20", "--format", "json")
    p, a = json.loads(plain.output), json.loads(aged.output)
    unknown = {d["status"]: d["units"] for d in a["by_status"]}["unknown"]
    before = {d["status"]: d["units"] for d in p["by_status"]}["unknown"]
    assert p["stale_units"] == [] and len(a["stale_units"]) == unknown - before > 0
    assert set(a["disputed_units"]) <= set(p["disputed_units"])
    assert not set(a["disputed_units"]) & set(a["stale_units"])
    table = run("stats", str(EXAMPLE), "--date", "2021-08-20", "--max-age", "20").output
    assert f"counted as unknown: {len(a['stale_units'])} units" in table


def test_render_writes_and_refuses_to_overwrite(run, tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    res = run("render", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 100_000 and "wrote" in res.output
    before = out.read_bytes()
    res = run("render", str(EXAMPLE), "--date", "2021-08-10", "-o", str(out))
    assert res.exit_code == 1 and "--overwrite" in res.output
    assert out.read_bytes() == before


def test_boundaries_commands(run) -> None:
    res = run("boundaries", "list")
    assert res.exit_code == 0 and "afg-districts" in res.output and "398" in res.output
    res = run("boundaries", "info", "afg-districts")
    assert "2cc048836d7825dbd1374c98bf07e6de9bed7ac400342762ea83c0eca10fb12d" in res.output
    res = run("boundaries", "fetch", "afg-provinces")
    assert res.exit_code == 0 and res.output.strip().endswith(
        "geoBoundaries-AFG-ADM1-extended.json"
    )
    res = run("boundaries", "info", "nowhere")
    assert res.exit_code == 1 and "valid: afg-districts" in res.output
