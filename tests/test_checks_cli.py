"""`mapper check` and `mapper borders` on the real example ledger and boundaries.

Expected verdicts are derived here from the snapshot with plain pandas (sums of areas by
status), not copied from the checker's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from click.testing import CliRunner

from mapper.borders import border_lengths, border_segments, border_units
from mapper.boundaries import UnitSet, load_countries
from mapper.checks import check_claim, check_map, parse_claim
from mapper.claims import Ledger, read_claims
from mapper.cli import main
from mapper.snapshots import state_at
from tests.browser import open_page
from tests.conftest import NEWS_ONLY as EXAMPLE

OPEN = ["contested", "disputed", "unconfirmed"]


@pytest.fixture(scope="module")
def example_ledger(districts: UnitSet) -> Ledger:
    """The news-only ledger (NEWS_ONLY), so the state matches what the CLI reads here."""
    return read_claims(EXAMPLE, districts)


@pytest.fixture(scope="module")
def segments(mirror: Path, districts: UnitSet) -> gpd.GeoDataFrame:
    return border_segments(districts.units, load_countries(mirror=mirror))


def invoke(mirror: Path, *args: str) -> object:
    return CliRunner().invoke(main, ["--mirror", str(mirror), *args], catch_exceptions=False)


def expected_verdict(low: float, high: float, lo: float, hi: float, unclaimed: float = 0.0) -> str:
    """The verdict rule written out (closed bounds): firm only when the claim holds, or fails,
    from low to high plus every unclaimed unit; firm on the record but not with the
    unclaimed units -> undetermined (--unclaimed open)."""

    def relation(a: float, b: float) -> str:
        if lo <= a and b <= hi:
            return "supported"
        if b < lo or a > hi:
            return "contradicted"
        return "depends-on-assumptions"

    recorded, both_ways = relation(low, high), relation(low, high + unclaimed)
    if both_ways != "depends-on-assumptions" or recorded == "depends-on-assumptions":
        return both_ways
    return "undetermined"


def area_range(state: pd.DataFrame, ids: pd.Index, side: str) -> tuple[float, float, float]:
    """Low, high and the unclaimed share of the area of ``ids``, with plain pandas."""
    sub = state.loc[ids]
    total = sub["area_km2"].sum()
    own = sub.loc[sub["status"] == side, "area_km2"].sum()
    openish = sub.loc[sub["status"].isin(OPEN), "area_km2"].sum()
    unknown = sub.loc[sub["status"] == "unknown", "area_km2"].sum()
    return own / total, (own + openish) / total, unknown / total


# --------------------------------------------------------------------------------------------
# mapper check


def test_85_percent_is_undetermined_not_contradicted(
    mirror: Path, districts: UnitSet, example_ledger: Ledger
) -> None:
    """On 2021-07-17 the ledger records 8-14% for the Taliban but has no claim for 82% of the
    area: "85%" fails on the record and could hold on the ground. It used to be published
    as contradicted; now it is undetermined, and contradicted only with --unclaimed nobody."""
    args = ["check", str(EXAMPLE), "The Taliban control 85% of the territory"]
    args += ["--date", "2021-07-17", "--format", "json"]
    r = invoke(mirror, *args)
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    state = state_at(example_ledger, districts, "2021-07-17")
    low, high, unknown = area_range(state, state.index, "taliban")
    assert high < 0.845 < high + unknown  # computed directly from the snapshot
    assert doc["verdict"] == "undetermined"
    assert doc["unclaimed"] == "open"
    assert doc["values"]["low"] == pytest.approx(low, abs=1e-6)
    assert doc["values"]["high"] == pytest.approx(high, abs=1e-6)
    assert doc["value_open_low"] == pytest.approx(low, abs=1e-6)
    assert doc["value_open_high"] == pytest.approx(high + unknown, abs=1e-6)
    assert doc["unclaimed_share"] == pytest.approx(unknown, abs=1e-6)
    assert doc["unclaimed_units"] == int((state["status"] == "unknown").sum()) == 334
    assert doc["total"] == pytest.approx(districts.total_area_km2, rel=1e-9)
    assert doc["boundary"] == "afg-districts" and doc["unit"] == "km²"
    assert "398 districts of the country" in doc["denominator"]
    assert "does not cover enough of the scope to decide" in doc["explanation"]
    assert "82.2% of the denominator" in doc["unclaimed_summary"]
    nobody = json.loads(invoke(mirror, *args, "--unclaimed", "nobody").stdout)
    assert nobody["verdict"] == "contradicted" and nobody["unclaimed"] == "nobody"
    assert "about what the ledger records" in nobody["unclaimed_assumption"]
    assert any("would be UNDETERMINED" in n for n in nobody["notes"])


def test_table_output(mirror: Path) -> None:
    r = invoke(
        mirror,
        "check",
        str(EXAMPLE),
        "The Taliban have captured over two-thirds of the country",
        "--date",
        "2021-07-17",
    )
    assert r.exit_code == 0, r.output
    # was CONTRADICTED (8.1-14.0%) while 82% of the area has no claim on record
    assert "Verdict:  UNDETERMINED  (state on 2021-07-17)" in r.stdout
    assert "Needs:    > 66.7%" in r.stdout
    assert "641,868 km², the polygon area of the 398 districts" in r.stdout
    assert "Unclaimed: open (the default)" in r.stdout
    assert "334 of 398 districts in scope have no claim on record by 2021-07-17" in r.stdout
    row = next(ln for ln in r.stdout.splitlines() if ln.strip().startswith("+unclaimed"))
    assert row.split()[1:3] == ["96.2%", "617,589.4"] and "yes" in row.split()
    assert "Decided on: every allocation from 8.8% to 96.2%" in r.stdout
    assert "more than 52.7% of the area" in r.stdout  # what it would take


def test_tajik_border_territory(
    mirror: Path, districts: UnitSet, example_ledger: Ledger, segments: gpd.GeoDataFrame
) -> None:
    """'2/3 of the territory on the Afghan-Tajik border': report what the ledger says."""
    r = invoke(
        mirror,
        "check",
        str(EXAMPLE),
        "2/3 of the territory on the Afghan-Tajik border",
        "--side",
        "taliban",
        "--date",
        "2021-07-17",
        "--format",
        "json",
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    ids = border_units(segments, "TJK")
    assert sorted(doc["scope_units"]) == list(ids)
    state = state_at(example_ledger, districts, "2021-07-17")
    low, high, unknown = area_range(state, ids, "taliban")
    assert doc["values"]["low"] == pytest.approx(low, abs=1e-6)
    assert doc["values"]["high"] == pytest.approx(high, abs=1e-6)
    assert doc["value_open_high"] == pytest.approx(high + unknown, abs=1e-6)
    assert doc["verdict"] == expected_verdict(low, high, 2 / 3 - 0.02, 2 / 3 + 0.02, unknown)
    assert any("Border with Tajikistan" in n for n in doc["notes"])


def test_tajik_border_line(
    districts: UnitSet, example_ledger: Ledger, segments: gpd.GeoDataFrame
) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    parsed = parse_claim(
        "The Taliban hold two-thirds of the border with Tajikistan",
        gazetteer=districts.gazetteer(),
    )
    v = check_claim(parsed, state, districts, segments=segments)
    tjk = segments[segments["neighbour"] == "TJK"].join(state[["status"]], on="unit_id")
    total = tjk["length_km"].sum()
    own = tjk.loc[tjk["status"] == "taliban", "length_km"].sum()
    openish = tjk.loc[tjk["status"].isin(OPEN), "length_km"].sum()
    unclaimed = tjk.loc[tjk["status"] == "unknown", "length_km"].sum()  # unclaimed length
    assert v.total == pytest.approx(border_lengths(segments).loc["TJK", "length_km"])
    assert v.values["low"] == pytest.approx(own / total)
    assert v.values["high"] == pytest.approx((own + openish) / total)
    assert v.unclaimed_amount == pytest.approx(unclaimed)
    assert v.open_values["high"] == pytest.approx((own + openish + unclaimed) / total)
    assert v.verdict == expected_verdict(
        own / total, (own + openish) / total, 0.6467, 0.6867, unclaimed / total
    )


def test_province_claim(mirror: Path, districts: UnitSet, example_ledger: Ledger) -> None:
    r = invoke(
        mirror,
        "check",
        str(EXAMPLE),
        "The Taliban captured five districts in Hirat",
        "--date",
        "2021-08-10",
        "--format",
        "json",
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    state = state_at(example_ledger, districts, "2021-08-10")
    herat = state[state["province"] == "Herat"]
    assert len(doc["scope_units"]) == len(herat)
    own = int((herat["status"] == "taliban").sum())
    high = own + int(herat["status"].isin(OPEN).sum())
    unknown = int((herat["status"] == "unknown").sum())
    assert (doc["values"]["low"], doc["values"]["high"]) == (own, high)
    assert doc["value_open_high"] == high + unknown
    assert doc["verdict"] == expected_verdict(own, high, 5, 5, unknown)


def test_population_file(mirror: Path, districts: UnitSet, tmp_path: Path) -> None:
    # one person per district: a population share must equal the share of districts
    pop = tmp_path / "pop.csv"
    pop.write_text(
        "unit_id,population\n" + "".join(f"{u},1\n" for u in districts.units.index), "utf-8"
    )
    args = ["check", str(EXAMPLE), "--date", "2021-08-10", "--format", "json"]
    a = invoke(mirror, *args, "The Taliban hold 20% of the population", "--population", str(pop))
    b = invoke(mirror, *args, "The Taliban hold 20% of the districts")
    assert a.exit_code == 0 and b.exit_code == 0, a.output + b.output
    va, vb = json.loads(a.stdout), json.loads(b.stdout)
    assert va["values"] == vb["values"] and va["verdict"] == vb["verdict"]
    assert va["unit"] == "people" and va["total"] == 398


def test_unreadable_sentence_exits_1(mirror: Path) -> None:
    r = invoke(mirror, "check", str(EXAMPLE), "The Taliban are winning", "--date", "2021-07-17")
    assert r.exit_code == 1
    assert r.stdout == ""  # no verdict
    assert "found no figure" in r.stderr and "Sentences the checker can read" in r.stderr


def test_batch_csv(mirror: Path, tmp_path: Path) -> None:
    batch = tmp_path / "claims.csv"
    batch.write_text(
        "id,date,claim\n"
        "a,2021-07-17,The Taliban control 85% of the territory\n"
        "b,2021-09-06,The Taliban control 85% of the territory\n"
        "c,,Militants hold 150-180 districts\n"
        "d,2021-07-17,The Taliban are winning\n",
        "utf-8",
    )
    r = invoke(
        mirror, "check", str(EXAMPLE), "--batch", str(batch), "--date", "2021-08-10",
        "--format", "json",
    )  # fmt: skip
    assert r.exit_code == 1  # one row is unreadable
    doc = json.loads(r.stdout)
    assert [d["id"] for d in doc] == ["a", "b", "c", "d"]
    assert [d["row"] for d in doc] == [2, 3, 4, 5]
    assert [d["date"] for d in doc[:3]] == ["2021-07-17", "2021-09-06", "2021-08-10"]
    assert doc[0]["values"]["high"] < doc[1]["values"]["high"]  # the ledger grows over time
    assert doc[3]["verdict"] is None and "found no figure" in doc[3]["error"]
    assert "claims.csv, row 5" in r.stderr


def test_batch_text_needs_a_date(mirror: Path, tmp_path: Path) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text("The Taliban control 85% of the territory\n", "utf-8")
    r = invoke(mirror, "check", str(EXAMPLE), "--batch", str(batch))
    assert r.exit_code == 2 and "--date is required" in r.output
    r = invoke(mirror, "check", str(EXAMPLE), "--batch", str(batch), "--date", "2021-07-17")
    assert r.exit_code == 0 and "UNDETERMINED" in r.stdout  # 82% of the area unclaimed


def test_usage_errors(mirror: Path, tmp_path: Path) -> None:
    r = invoke(mirror, "check", str(EXAMPLE), "--date", "2021-07-17")
    assert r.exit_code == 2 and "SENTENCE or --batch" in r.output
    batch = tmp_path / "b.txt"
    batch.write_text("The Taliban control half the country\n")
    r = invoke(
        mirror, "check", str(EXAMPLE), "--batch", str(batch), "--date", "2021-07-17",
        "--html", str(tmp_path / "x.html"),
    )  # fmt: skip
    assert r.exit_code == 2 and "--html draws one claim" in r.output
    assert "mapper report CLAIMS --date D --checks BATCH" in r.output


def test_html_report(mirror: Path, tmp_path: Path) -> None:
    out = tmp_path / "check.html"
    args = [
        "check",
        str(EXAMPLE),
        "The Taliban hold two-thirds of the border with Tajikistan <b>!</b>",
        "--date",
        "2021-08-10",
        "--html",
        str(out),
    ]
    r = invoke(mirror, *args)
    assert r.exit_code == 0, r.output
    html = out.read_text("utf-8")
    assert 'id="mapper-verdict"' in html
    assert "&lt;b&gt;!&lt;/b&gt;" in html and "<b>!</b>" not in html
    assert "km of border" in html
    r = invoke(mirror, *args)  # exists, no --overwrite
    assert r.exit_code == 1 and "--overwrite" in r.stderr


def test_help_has_examples() -> None:
    for cmd in ("check", "borders"):
        r = CliRunner().invoke(main, [cmd, "--help"])
        assert r.exit_code == 0 and "Example" in r.output, cmd


# --------------------------------------------------------------------------------------------
# mapper borders


def test_borders_json(mirror: Path, districts: UnitSet, segments: gpd.GeoDataFrame) -> None:
    r = invoke(mirror, "borders", "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    ref = border_lengths(segments)
    got = {n["iso3"]: n for n in doc["neighbours"]}
    assert list(got) == ["TJK", "UZB", "TKM", "IRN", "PAK", "CHN"]
    for iso3, n in got.items():
        assert n["length_km"] == pytest.approx(ref.loc[iso3, "length_km"], abs=1e-3)
        assert n["diff_pct"] == pytest.approx(ref.loc[iso3, "diff_pct"], abs=1e-3)
        assert sorted(u["unit_id"] for u in n["units"]) == list(border_units(segments, iso3))
        assert sum(u["length_km"] for u in n["units"]) == pytest.approx(n["length_km"], abs=0.05)
    assert got["CHN"]["caveat"] and "tripoint" in got["CHN"]["caveat"]
    assert got["TJK"]["caveat"] is None


def test_borders_table_and_filter(mirror: Path) -> None:
    r = invoke(mirror, "borders", "--neighbour", "Tajikistan")
    assert r.exit_code == 0, r.output
    assert "Tajikistan" in r.stdout and "Pakistan" not in r.stdout
    assert "Wakhan" in r.stdout and "Imam Sahib" in r.stdout
    r = invoke(mirror, "borders", "--neighbour", "CHN")
    assert "China" in r.stdout and "*" in r.stdout and "tripoint" in r.stdout
    r = invoke(mirror, "borders", "--neighbour", "Narnia")
    assert r.exit_code == 2 and "TJK (Tajikistan)" in r.output


def test_borders_csv(mirror: Path) -> None:
    r = invoke(mirror, "borders", "--format", "csv", "--neighbour", "UZB")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "neighbour,unit_id,name,province,length_km"
    assert sorted(ln.split(",")[2] for ln in lines[1:]) == ["Kaldar", "Shortepa"]


# --------------------------------------------------------------------------------------------
# The page in a browser: deciding units outlined, border line drawn, nothing fetched


@pytest.mark.browser
def test_check_map_in_browser(
    tmp_path: Path, districts: UnitSet, example_ledger: Ledger, segments: gpd.GeoDataFrame
) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    parsed = parse_claim("The Taliban hold two-thirds of the border with Tajikistan")
    v = check_claim(parsed, state, districts, segments=segments)
    path = tmp_path / "check.html"
    path.write_text(check_map(v, state, districts, example_ledger, segments=segments), "utf-8")
    with open_page(path) as (page, log):
        assert page.locator("#mapper-verdict").is_visible()
        assert page.locator("#mapper-verdict .badge").inner_text() == v.verdict.upper()
        outlined = page.locator("path[stroke-width='3.5']").count()
        assert outlined == len(v.deciding_units) > 0
        # one coloured line per district along the Tajik border, over a dark casing
        assert page.locator("path[stroke-width='5']").count() == len(v.scope_units) == 20
        assert page.locator("path[stroke-width='9']").count() == 20
        assert not log.failed and not log.errors and not log.external


# --------------------------------------------------------------------------------------------
# Missing data, names shared by a province and a district, impossible figures, batches


def _json(mirror: Path, *args: str) -> dict:
    r = invoke(mirror, "check", str(EXAMPLE), *args, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Taliban control over half of the country",
            {"open": "undetermined", "nobody": "contradicted", "government": "contradicted"},
        ),
        (
            "The government controls under half of the country",
            {"open": "undetermined", "nobody": "supported", "government": "contradicted"},
        ),
    ],
)
def test_a_ledger_with_no_claims_decides_nothing(
    mirror: Path, sentence: str, expected: dict[str, str]
) -> None:
    """On 2021-05-01 none of the 398 districts has a claim: only an assumption about them can
    give a firm verdict, and the output says which."""
    for mode, verdict in expected.items():
        doc = _json(mirror, sentence, "--date", "2021-05-01", "--unclaimed", mode)
        assert doc["verdict"] == verdict, mode
        assert doc["unclaimed"] == mode
        assert doc["unclaimed_units"] == 398 and doc["unclaimed_share"] == 1.0
        assert (doc["value_open_low"], doc["value_open_high"]) == (0.0, 1.0)
    doc = _json(mirror, sentence, "--date", "2021-05-01")  # the default is open
    assert doc["verdict"] == "undetermined"
    assert "does not cover enough of the scope to decide" in doc["explanation"]
    assert "398 of 398 districts in scope have no claim on record" in doc["unclaimed_summary"]


def test_unclaimed_option_is_checked(mirror: Path) -> None:
    args = ["check", str(EXAMPLE), "The Taliban control half the country", "--date", "2021-07-17"]
    r = invoke(mirror, *args, "--unclaimed", "rebels")
    assert r.exit_code == 2 and "--unclaimed" in r.output and "taliban" in r.output
    r = invoke(mirror, *args, "--unclaimed", "Government")
    assert r.exit_code == 0 and "Unclaimed: government (--unclaimed government)" in r.stdout


def test_province_that_shares_a_district_name_is_noted(mirror: Path) -> None:
    doc = _json(mirror, "The Taliban control half of Kunduz", "--date", "2021-08-16")
    assert doc["parsed"]["scope"] == "Kunduz province" and len(doc["scope_units"]) == 7
    assert (
        "'Kunduz' read as the province; the district of the same name is 'Kunduz' in Kunduz — "
        "say 'Kunduz district' to check that" in doc["notes"]
    )
    doc = _json(mirror, "The Taliban control half of Herat", "--date", "2021-08-16")
    assert (
        "'Herat' read as the province; the district of the same name is 'Hirat' in Herat — "
        "say 'Herat district' to check that" in doc["notes"]
    )
    doc = _json(mirror, "The Taliban control half of Kunduz province", "--date", "2021-08-16")
    assert doc["parsed"]["measure"] == "area" and len(doc["scope_units"]) == 7
    assert not any("read as the province" in n for n in doc["notes"])
    doc = _json(mirror, "The Taliban control half of Kunduz district", "--date", "2021-08-16")
    assert doc["scope_units"] == ["AF-KDZ/kunduz"]
    assert doc["parsed"]["scope"] == "Kunduz district, in Kunduz province"
    assert not any("read as the province" in n for n in doc["notes"])


def test_impossible_figures(mirror: Path, districts: UnitSet) -> None:
    r = invoke(
        mirror, "check", str(EXAMPLE), "The Taliban control 150% of the country", "--date",
        "2021-08-16",
    )  # fmt: skip
    assert r.exit_code == 1 and r.stdout == ""
    assert "a share above 100% (150%) cannot be checked" in r.stderr
    doc = _json(mirror, "The Taliban control over 400 districts", "--date", "2021-08-16")
    assert doc["verdict"] == "contradicted"  # even every district is 398
    assert doc["value_open_high"] <= len(districts.units) == 398
    assert any("The scope only has 398 districts" in n for n in doc["notes"])


def test_tajik_border_range_crosses_the_figure(mirror: Path) -> None:
    """Fails at low, mid and high, yet depends-on-assumptions: the verdict is about the whole
    range, and 57.9%..91.5% crosses the 2/3 window."""
    doc = _json(
        mirror, "2/3 of the territory on the Afghan-Tajik border", "--side", "taliban",
        "--date", "2021-08-16",
    )  # fmt: skip
    assert doc["verdict"] == "depends-on-assumptions"
    assert doc["holds"] == {"low": False, "mid": False, "high": False}
    assert [round(100 * doc["values"][b], 1) for b in ("low", "mid", "high")] == [57.9, 91.5, 91.5]
    assert (
        "It fails at low, mid and high, but the verdict covers every allocation from low to "
        "high, not only those three points, and that range crosses the figure (64.7% to 68.7%)"
        in doc["explanation"]
    )


def test_batch_prints_the_examples_once(mirror: Path, tmp_path: Path) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text(
        "The Taliban are winning\nThe Taliban control 150% of the country\n"
        "Nobody knows\nThe Taliban control 85% of the territory\n",
        "utf-8",
    )
    r = invoke(mirror, "check", str(EXAMPLE), "--batch", str(batch), "--date", "2021-07-17")
    assert r.exit_code == 1
    assert r.stderr.count("Sentences the checker can read") == 1
    assert r.stderr.count("Militants hold 150-180 districts") == 1
    assert r.stderr.count("error: ") == 3 and "3 sentence(s) could not be read" in r.stderr
    assert r.stderr.rstrip().endswith("Government forces hold about half of the population")
    assert r.stdout.count("UNREADABLE") == 3 and "UNDETERMINED" in r.stdout
