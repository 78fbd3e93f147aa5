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
    assert res.exit_code == 2 and "not a date" in res.output and "2021-07-08" in res.output


def test_validate_example(run) -> None:
    res = run("validate", str(EXAMPLE))
    assert res.exit_code == 0, res.output
    assert "valid claim(s)" in res.output and "398 districts" in res.output
    # what is counted: claims, then the districts and provinces they are on
    assert (
        "249 valid claim(s): 213 on 165 district(s), 34 province-wide on 22 province(s), "
        "2 country-wide" in res.output
    )
    assert "dispute: AF-HER/kohsan on 2021-07-08" in res.output
    # disputes between province-wide claims are listed with the districts they reach
    assert (
        "dispute: Panjshir (province-wide) on 2021-09-06: rows [248, 249] disagree; covers 6 "
        "of its 7 districts: Dara, Khenj (Hese- Awal), Paryan, Rukha, Shutul, Unaba "
        "(Bazarak has its own claim that day)"
    ) in res.output
    # Taliban control and a Taliban claim on one day (Imam Sahib) are not a dispute
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
    assert lines[0] == (
        "date,province,status,units,share_units,area_km2,share_area,"
        "denominator_units,denominator_area_km2,boundary"
    )
    assert len(lines) == 1 + 34 * 6


def test_stats_csv_rows_declare_their_denominators(run, tmp_path: Path) -> None:
    import csv
    import io

    doc = json.loads(run("stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "json").output)
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["status"] for r in rows] == [r["status"] for r in doc["by_status"]]
    for r in rows:
        assert (r["date"], r["boundary"], r["denominator_units"]) == (
            "2021-08-10",
            "afg-districts",
            "398",
        )
        den = float(r["denominator_area_km2"])
        assert den == pytest.approx(doc["denominators"]["area_km2"], abs=1e-3)
        assert float(r["share_area"]) * den == pytest.approx(float(r["area_km2"]), abs=1.0)
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--format", "csv", "--by", "province")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    farah = [r for r in rows if r["province"] == "Farah"]
    assert {r["denominator_units"] for r in farah} == {"11"}  # Farah's own 11 districts
    assert sum(int(r["units"]) for r in farah) == 11
    per_province = {r["province"]: int(r["denominator_units"]) for r in rows}
    assert len(per_province) == 34 and sum(per_province.values()) == 398


def _population_file(tmp_path: Path, districts, n: int) -> Path:
    pop = tmp_path / "pop.csv"
    ids = list(districts.units.index)
    pop.write_text(
        "unit_id,population\n" + "".join(f"{u},{1000 * (i + 1)}\n" for i, u in enumerate(ids[:n])),
        "utf-8",
    )
    return pop


def test_stats_partial_population_is_warned_and_declared(run, tmp_path: Path, districts) -> None:
    pop = _population_file(tmp_path, districts, 50)
    covered = sum(1000 * (i + 1) for i in range(50))  # 1,275,000
    missing = districts.units.iloc[50]
    args = ["stats", str(EXAMPLE), "--date", "2021-08-10", "--population", str(pop)]
    res = run(*args)
    assert res.exit_code == 0, res.output
    assert f"warning: {pop} gives no population for 348 of 398 districts (" in res.stderr
    assert f"{missing['name']}, {missing['province']}" in res.stderr
    assert f"population shares are of the 50 districts it covers ({covered:,} people)" in (
        res.stderr
    )
    assert f"population {covered:,} of 50 of 398 districts: the other 348 have no" in res.stdout
    doc = json.loads(run(*args, "--format", "json").stdout)
    d = doc["denominators"]
    assert (d["population"], d["population_units"]) == (covered, 50)
    assert (
        len(d["population_missing_units"]) == 348 and missing.name in d["population_missing_units"]
    )
    # shares of the covered population, summing to 1; the missing districts add nothing
    assert sum(r["population"] for r in doc["by_status"]) == covered
    assert sum(r["share_population"] for r in doc["by_status"]) == pytest.approx(1.0, abs=1e-5)
    res = run(*args, "--format", "csv")
    assert "denominator_population,denominator_population_units" in res.stdout.splitlines()[0]
    assert f",{covered:.1f},50,afg-districts" in res.stdout.splitlines()[1]
    # a complete file gives no warning
    full = _population_file(tmp_path, districts, 398)
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--population", str(full))
    assert res.exit_code == 0 and "warning" not in res.stderr


def test_stats_population_file_errors(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("unit_id,people\nAF-BAL/balkh,10\n", "utf-8")
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--population", str(bad))
    assert res.exit_code == 1
    assert "missing column 'population'; expected columns unit_id,population" in res.stderr
    dup = tmp_path / "dup.csv"
    dup.write_text(
        "province,district,population\nBalkh,Balkh,10\nHerat,Herat,5\nBalkh,Balkh,20\n", "utf-8"
    )
    res = run("stats", str(EXAMPLE), "--date", "2021-08-10", "--population", str(dup))
    assert res.exit_code == 1 and "listed twice, in rows 2 and 4" in res.stderr


def test_stats_by_province_table(run) -> None:
    args = ["stats", str(EXAMPLE), "--date", "2021-08-10", "--by", "province"]
    doc = json.loads(run(*args, "--format", "json").stdout)
    text = run(*args).stdout
    assert "By province: districts per status (% of the province's polygon area; - none)" in text
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("province "))
    assert lines[head].split() == [
        "province",
        "districts",
        "taliban",
        "contested",
        "government",
        "unconfirmed",
        "disputed",
        "unknown",
    ]
    body = lines[head + 1 : head + 35]
    assert all(len(line) <= 110 for line in [lines[head], *body])  # one line per province
    rows = {(r["province"], r["status"]): r for r in doc["by_province"]}
    provinces = sorted({p for p, _ in rows})
    assert len(provinces) == 34
    for line, name in zip(body, provinces, strict=True):
        assert line.startswith(name)
        cells = line[len(name) :].split()
        assert int(cells[0]) == rows[(name, "taliban")]["denominator_units"]
        for status in ("taliban", "contested", "government", "unconfirmed", "disputed", "unknown"):
            r = rows[(name, status)]
            if r["units"]:
                assert f"{r['units']:>3} {100 * r['share_area']:5.1f}%" in line
    assert lines[head + 35].startswith("Shares divide by each province's own districts")
    farah = next(line for line in body if line.startswith("Farah"))
    assert farah.split() == ["Farah", "11", "11", "100.0%", "-", "-", "-", "-", "-"]


@pytest.mark.parametrize(
    "command",
    [
        ["stats", str(EXAMPLE), "--date", "2021-08-10"],
        ["stats", str(EXAMPLE), "--series", "--from", "2021-08-01", "--to", "2021-08-02"],
        ["check", str(EXAMPLE), "The Taliban hold 30% of the country", "--date", "2021-08-10"],
        ["borders", "--neighbour", "TKM"],
    ],
    ids=["stats", "stats-series", "check", "borders"],
)
def test_file_outputs_refuse_to_overwrite(run, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "out.txt"
    out.write_text("keep me", "utf-8")
    res = run(*command, "-o", str(out))
    assert res.exit_code == 1 and f"'{out}' exists; pass --overwrite to replace it" in res.stderr
    assert out.read_text("utf-8") == "keep me"
    res = run(*command, "-o", str(out), "--overwrite")
    assert res.exit_code == 0, res.output
    assert out.read_text("utf-8") != "keep me" and f"wrote {out}" in res.stderr


def test_check_refuses_an_existing_html_before_writing_anything(run, tmp_path: Path) -> None:
    out, page = tmp_path / "v.txt", tmp_path / "v.html"
    page.write_text("keep me", "utf-8")
    args = ["check", str(EXAMPLE), "The Taliban hold 30% of the country", "--date", "2021-08-10"]
    res = run(*args, "-o", str(out), "--html", str(page))
    assert res.exit_code == 1 and "--overwrite" in res.stderr
    assert not out.exists() and page.read_text("utf-8") == "keep me"


def test_compare_tables_refuse_to_overwrite(run, tmp_path: Path) -> None:
    table = tmp_path / "t.json"
    table.write_text("keep me", "utf-8")
    page = tmp_path / "c.html"
    args = ["compare", str(EXAMPLE), "2021-08-01", "2021-08-10", "-o", str(page)]
    res = run(*args, "--table-json", str(table))
    assert res.exit_code == 1 and "--overwrite" in res.stderr
    assert table.read_text("utf-8") == "keep me" and not page.exists()
    res = run(*args, "--table-json", str(table), "--overwrite")
    assert res.exit_code == 0, res.output
    assert json.loads(table.read_text("utf-8"))["changes"] is not None


def test_stats_table_declares_denominators(run) -> None:
    res = run("stats", str(EXAMPLE), "--date", "2021-07-17")
    assert "Denominators: 398 districts of 'afg-districts'" in res.output
    assert "published area 652,230 km² shown for reference only" in res.output
    assert "Ranges (low = own status" in res.output


def test_stats_max_age_counts_and_names_stale_units(run) -> None:
    plain = run("stats", str(EXAMPLE), "--date", "2021-07-20", "--format", "json")
    aged = run("stats", str(EXAMPLE), "--date", "2021-07-20", "--max-age", "20", "--format", "json")
    p, a = json.loads(plain.output), json.loads(aged.output)
    unknown = {d["status"]: d["units"] for d in a["by_status"]}["unknown"]
    before = {d["status"]: d["units"] for d in p["by_status"]}["unknown"]
    assert p["stale_units"] == [] and len(a["stale_units"]) == unknown - before > 0
    assert set(a["disputed_units"]) <= set(p["disputed_units"])
    assert not set(a["disputed_units"]) & set(a["stale_units"])
    table = run("stats", str(EXAMPLE), "--date", "2021-07-20", "--max-age", "20").output
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
