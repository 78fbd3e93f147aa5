"""CLI: mapper timeline, mapper compare, mapper stats --series (CliRunner, real data)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from mapper.boundaries import UnitSet
from mapper.cli import main
from tests.conftest import EXAMPLE
from tests.test_timeline import STORY
from tests.worlds import tiny_units, write_claims


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


def test_timeline_open_at(mirror: Path, tmp_path: Path) -> None:
    import json
    import re

    out = tmp_path / "t.html"
    args = ["timeline", str(EXAMPLE), "--from", "2021-07-01", "--to", "2021-07-10"]
    result = run(mirror, tmp_path, *args, "--open-at", "2021-07-03", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    data = re.search(r"id='mapper-data'>(.*?)</script>", text, re.S)
    assert data is not None and json.loads(data.group(1))["open_at"] == 2
    bad = run(mirror, tmp_path, *args, "--open-at", "2021-08-01", "-o", str(tmp_path / "x.html"))
    assert bad.exit_code == 2 and "outside --from 2021-07-01 --to 2021-07-10" in bad.output


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
    # the 62 distinct claim dates (the first, the baseline, on 2021-05-01; the last 2021-09-06)
    assert "62 dates x 398 districts" in result.output


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
    by_status = {r["status"]: r for r in json.loads(single.stdout)["by_status"]}
    last = {r["status"]: r for r in rows if r["date"] == "2021-08-15"}
    for status, r in by_status.items():
        assert int(last[status]["units"]) == r["units"]
        assert float(last[status]["area_km2"]) == pytest.approx(r["area_km2"], abs=1e-5)
    doc = json.loads(run(mirror, tmp_path, *base, "--format", "json").stdout)
    assert len(doc["series"]) == 15 * 6 and doc["denominators"]["units"] == 398
    table = run(mirror, tmp_path, *base, "--every", "week")
    assert table.exit_code == 0 and "2021-08-08" in table.output and "Denominators" in table.output


def test_stats_still_needs_a_date_without_series(mirror: Path, tmp_path: Path) -> None:
    result = run(mirror, tmp_path, "stats", str(EXAMPLE))
    assert result.exit_code == 2 and "--date" in result.output
    result = run(mirror, tmp_path, "stats", str(EXAMPLE), "--series", "--from", "2021-08-01")
    assert result.exit_code == 2 and "--from and --to" in result.output


def _series_json(result: Any) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def test_stats_series_by_province_with_population_tiny_world(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exact numbers through the CLI on the tiny world (its unit set swapped in)."""
    import mapper.boundaries

    monkeypatch.setattr(mapper.boundaries, "load_units", lambda *a, **k: tiny_units())
    claims = write_claims(tmp_path, STORY)
    pop = tmp_path / "pop.csv"  # Sarak not listed: it counts 0
    pop.write_text("province,district,population\nNorth,Nolan,1000\nNorth,Narin,3000\n")
    pop.write_text(pop.read_text() + "South,Sorkh,6000\n")
    base = ["stats", str(claims), "--series", "--from", "2021-01-03", "--to", "2021-01-07"]
    base += ["--every", "claim-dates", "--by", "province", "--population", str(pop)]
    doc = _series_json(CliRunner().invoke(main, [*base, "--format", "json"]))
    assert doc["by"] == "province"
    assert doc["denominators"]["population"] == 10_000 and doc["denominators"]["units"] == 4
    assert doc["denominators_by_province"] == [
        {"province": "North", "units": 2, "area_km2": 30.0, "population": 4000.0},
        {"province": "South", "units": 2, "area_km2": 70.0, "population": 6000.0},
    ]
    rows = {(r["date"], r["province"], r["status"]): r for r in doc["series"]}
    assert len(rows) == len(doc["series"]) == 3 * 2 * 6
    gov = rows[("2021-01-05", "South", "government")]
    assert (gov["units"], gov["area_km2"], gov["share_area"]) == (1, 30.0, 0.428571)
    assert (gov["population"], gov["share_population"]) == (0.0, 0.0)
    assert (gov["units_high"], gov["population_high"], gov["share_population_high"]) == (
        2,
        6000.0,
        1.0,
    )
    tal = rows[("2021-01-07", "North", "taliban")]
    assert [tal[f"units_{b}"] for b in ("low", "mid", "high")] == [0, 1, 2]
    assert [tal[f"share_population_{b}"] for b in ("low", "mid", "high")] == [0.0, 0.75, 1.0]
    assert rows[("2021-01-07", "North", "contested")]["units_low"] is None
    csv_rows = list(
        csv.DictReader(io.StringIO(CliRunner().invoke(main, [*base, "--format", "csv"]).stdout))
    )
    assert list(csv_rows[0])[:3] == ["date", "province", "status"]
    assert {"population", "share_population", "population_mid"} <= set(csv_rows[0])
    assert len(csv_rows) == 36 and csv_rows[6]["province"] == "South"
    table = CliRunner().invoke(main, base).output
    assert "share of population" in table and "population 10,000 of 3 of 4 districts" in table
    assert "  North       2 districts, 30 km² polygon area, population 4,000" in table
    south = next(line for line in table.splitlines() if line.startswith("2021-01-05  South"))
    # Taliban 0; contested s2 (40 of 70 km², all 6,000 people); government s1 (no population)
    assert " ".join(south.split()[2:16]) == (
        "0 ( 0.0% / 0.0%) 1 ( 57.1% /100.0%) 1 ( 42.9% / 0.0%)"
    )


@pytest.fixture
def population_file(districts: UnitSet, tmp_path: Path) -> Path:
    """Population by unit id; all of Nuristan and every 17th district are not listed."""
    path = tmp_path / "population.csv"
    lines = ["unit_id,population"]
    provinces = districts.units["province"]
    for i, (uid, province) in enumerate(zip(provinces.index, provinces, strict=True)):
        if province != "Nuristan" and i % 17:
            lines.append(f"{uid},{1000 + 37 * i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


SERIES_DATES = ["2021-06-01", "2021-07-13", "2021-08-10", "2021-08-31"]


def _approx_equal(got: dict[str, Any], expected: dict[str, Any], where: object) -> None:
    for key, value in expected.items():
        if isinstance(value, float):
            assert got[key] == pytest.approx(value, abs=2e-6), (where, key)
        else:
            assert got[key] == value, (where, key)


@pytest.mark.parametrize("with_population", [False, True])
def test_stats_series_by_province_equals_single_dates(
    mirror: Path, tmp_path: Path, population_file: Path, with_population: bool
) -> None:
    pop = ["--population", str(population_file)] if with_population else []
    base = ["stats", str(EXAMPLE), "--series", "--from", "2021-06-01", "--to", "2021-08-31"]
    doc = _series_json(
        run(
            mirror, tmp_path, *base, "--every", "week", "--by", "province", *pop, "--format", "json"
        )
    )
    country = _series_json(
        run(mirror, tmp_path, *base, "--every", "week", *pop, "--format", "json")
    )
    series = {(r["date"], r["province"], r["status"]): r for r in doc["series"]}
    for day in SERIES_DATES:
        single = _series_json(
            run(
                mirror,
                tmp_path,
                "stats",
                str(EXAMPLE),
                "--date",
                day,
                "--by",
                "province",
                *pop,
                "--format",
                "json",
            )
        )
        assert doc["denominators"] == single["denominators"]
        assert single["by_province"], day
        for r in single["by_province"]:
            _approx_equal(series[(day, r["province"], r["status"])], r, day)
    # declared provincial denominators add up to the country's
    dens = doc["denominators_by_province"]
    assert len(dens) == 34 and sum(d["units"] for d in dens) == 398
    area = sum(d["area_km2"] for d in dens)
    assert area == pytest.approx(doc["denominators"]["area_km2"], abs=0.01)
    if with_population:
        assert sum(d["population"] for d in dens) == doc["denominators"]["population"]
        assert next(d for d in dens if d["province"] == "Nuristan")["population"] == 0
    # per date and province the shares sum to one; per date and status provinces add up
    # to the country row
    sums: dict[tuple[str, str], float] = {}
    km2: dict[tuple[str, str], float] = {}
    for (day, province, status), r in series.items():
        sums[(day, province)] = sums.get((day, province), 0.0) + r["share_area"]
        km2[(day, status)] = km2.get((day, status), 0.0) + r["area_km2"]
    assert all(v == pytest.approx(1.0, abs=1e-5) for v in sums.values())
    for r in country["series"]:
        assert km2[(r["date"], r["status"])] == pytest.approx(r["area_km2"], abs=1e-3)


def test_stats_series_population_equals_single_dates(
    mirror: Path, tmp_path: Path, population_file: Path
) -> None:
    pop = ["--population", str(population_file)]
    base = ["stats", str(EXAMPLE), "--series", "--from", "2021-06-01", "--to", "2021-08-31"]
    doc = _series_json(run(mirror, tmp_path, *base, *pop, "--format", "json"))
    assert "by" not in doc and "denominators_by_province" not in doc
    series = {(r["date"], r["status"]): r for r in doc["series"]}
    for day in SERIES_DATES:
        single = _series_json(
            run(mirror, tmp_path, "stats", str(EXAMPLE), "--date", day, *pop, "--format", "json")
        )
        assert doc["denominators"] == single["denominators"]
        assert single["denominators"]["population"] > 0
        for r in single["by_status"]:
            _approx_equal(series[(day, r["status"])], r, day)
        for r in single["ranges"]:
            expected = {k: v for k, v in r.items() if k != "side"}
            assert "population_high" in expected
            _approx_equal(series[(day, r["side"])], expected, day)
    table = run(mirror, tmp_path, *base, "--every", "week", *pop)
    assert table.exit_code == 0 and "share of population" in table.output
    csv_out = run(mirror, tmp_path, *base, "--every", "week", *pop, "--format", "csv")
    header = csv_out.stdout.splitlines()[0].split(",")
    assert header[:9] == [
        "date",
        "status",
        "units",
        "share_units",
        "area_km2",
        "share_area",
        "population",
        "share_population",
        "units_low",
    ]
    assert header[-5:] == [
        "share_population_high",
        "denominator_units",
        "denominator_area_km2",
        "denominator_population",
        "denominator_population_units",
    ]
