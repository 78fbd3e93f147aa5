"""Boundary sets of any shape, end to end: U.S. counties/states, a mocked two-level gb:
country, a one-level file named in `unit` or `district`.

The U.S. ledger (tests/data/us-counties-ledger.csv) is synthetic: the statuses are
placeholders that exercise names, parents and denominators, not reports of real events.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
import responses
from click.testing import CliRunner
from shapely.geometry import box

from mapper import boundaries as bnd
from mapper import settings
from mapper.cli import main
from tests.worlds import write_us_capitals

pytestmark = pytest.mark.filterwarnings(
    "ignore:.*(left out|repaired with make_valid|overlapping pair|shared by units):UserWarning"
)

US_LEDGER = Path(__file__).resolve().parent / "data" / "us-counties-ledger.csv"


@pytest.fixture(scope="module")
def us_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("us-cache")


@pytest.fixture(scope="module")
def us(mirror: Path, us_cache: Path) -> bnd.UnitSet:
    return bnd.load_units("us-counties", mirror=mirror, cache_dir=us_cache)


def _run(mirror: Path, cache: Path, *args: str):
    return CliRunner().invoke(main, ["--mirror", str(mirror), "--cache-dir", str(cache), *args])


def test_us_counties_load_with_states_as_parents(us: bnd.UnitSet) -> None:
    u = us.units
    # 3,231 counties in the file; Falls Church has no area at 1:10m and is left out, declared
    assert len(u) == 3230 and "51610" not in u.index
    assert any("51610 left out" in w for w in us.quality.warnings)
    assert us.level == "district" and us.levels == 2 and us.country == "USA"
    assert (u["name"] == "Washington").sum() == 31
    assert u["province"].nunique() == 56  # 50 states, DC and 5 territories
    assert u.loc["49053", ["name", "province"]].tolist() == ["Washington", "Utah"]
    assert u.loc["53033", ["name", "province"]].tolist() == ["King", "Washington"]
    # parents come from the FIPS prefix: every county's id starts with its state's id
    assert us.provinces is not None and len(us.provinces) == 56
    assert us.quality.overlap_share < 1e-6


def test_us_names_resolve_by_parent_and_ambiguity_lists_the_candidates(
    us: bnd.UnitSet,
) -> None:
    gaz = us.gazetteer()
    assert gaz.match("Utah", "Washington").unit_ids == ["49053"]
    assert gaz.match("Rhode Island", "Washington").unit_ids == ["44009"]
    m = gaz.match("", "Washington")
    assert m.problem and "ambiguous without a province" in m.problem
    assert "Washington (Utah)" in m.problem and "Washington (Maine)" in m.problem
    assert m.problem.count("Washington (") == 31
    # two units of one state with one name (Baltimore city and county): refused, both named
    b = gaz.match("Maryland", "Baltimore")
    assert b.problem and "matches several units in Maryland" in b.problem


def test_us_validate_stats_render_timeline_check(
    mirror: Path, us_cache: Path, tmp_path: Path, us: bnd.UnitSet
) -> None:
    opts = ["--boundary", "us-counties"]
    res = _run(mirror, us_cache, "validate", str(US_LEDGER), *opts)
    assert res.exit_code == 0, res.output
    res = _run(
        mirror, us_cache, "stats", str(US_LEDGER), "--date", "2024-03-10", "--format", "json", *opts
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    units = {r["status"]: r["units"] for r in doc["by_status"]}
    # Washington UT, Washington RI (overrides the state-wide claim), King WA | Washington ME +
    # Delaware's 3 counties | Rhode Island's other 4 counties + Harris TX
    assert units["taliban"] == 3 and units["government"] == 4 and units["contested"] == 5
    assert units["unknown"] == 3230 - 12
    assert doc["denominators"]["units"] == 3230 and doc["denominators"]["boundary"] == "us-counties"
    delaware = us.units.loc[us.units["province"] == "Delaware", "area_km2"].sum()
    gov = next(r for r in doc["by_status"] if r["status"] == "government")
    assert gov["area_km2"] == pytest.approx(delaware + us.units.loc["23029", "area_km2"], abs=1e-3)
    page = tmp_path / "us.html"
    res = _run(
        mirror, us_cache, "render", str(US_LEDGER), "--date", "2024-03-10", "-o", str(page), *opts
    )
    assert res.exit_code == 0, res.output
    html = page.read_text("utf-8")
    assert "Census Bureau" in html and "King" in html
    tl = tmp_path / "tl.html"
    res = _run(
        mirror,
        us_cache,
        "timeline",
        str(US_LEDGER),
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-10",
        "-o",
        str(tl),
        *opts,
    )
    assert res.exit_code == 0, res.output
    assert "3230 districts" in res.output
    res = _run(
        mirror,
        us_cache,
        "check",
        str(US_LEDGER),
        "--date",
        "2024-03-10",
        "The Taliban control 3 districts",
        *opts,
    )
    assert res.exit_code == 0, res.output
    assert "3230 districts" in res.output and "'us-counties'" in res.output


def test_us_ledger_naming_washington_alone_is_refused_listing_them(
    mirror: Path, us_cache: Path, tmp_path: Path, us: bnd.UnitSet
) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text("date,province,district,status,source\n2024-03-01,,Washington,taliban,x\n")
    res = _run(mirror, us_cache, "validate", str(claims), "--boundary", "us-counties")
    assert res.exit_code == 1
    assert "ambiguous without a province" in res.output and "Washington (Vermont)" in res.output


# ---------------------------------------------------------------- a mocked gb: country


def _gj(rows: list[tuple[str, str, object]]) -> str:
    return gpd.GeoDataFrame(
        {"shapeName": [r[0] for r in rows], "shapeID": [r[1] for r in rows]},
        geometry=[r[2] for r in rows],
        crs="EPSG:4326",
    ).to_json()


ADM1 = [("Oblast A", "A", box(30, 48, 31, 49)), ("Oblast B", "B", box(31, 48, 32, 49))]
ADM2 = [
    ("Center", "A-1", box(30, 48, 30.5, 49)),
    ("Westend", "A-2", box(30.5, 48, 31, 49)),
    ("Center", "B-1", box(31, 48, 31.5, 49)),
    ("Eastend", "B-2", box(31.5, 48, 32, 49)),
]


@pytest.fixture
def gb_country(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(settings.ENV_MIRROR, raising=False)
    with responses.RequestsMock() as rsps:
        for level, rows in (("ADM1", ADM1), ("ADM2", ADM2)):
            url = f"https://example.org/ukr-{level}.geojson"
            rsps.get(
                bnd.GEOBOUNDARIES_API.format(iso3="UKR", level=level),
                json={"gjDownloadURL": url, "boundaryLicense": "CC BY 4.0"},
            )
            rsps.get(url, body=_gj(rows))
        yield rsps


@pytest.mark.allow_adapter
def test_gb_adm2_fetches_adm1_and_assigns_parents(gb_country, tmp_path: Path) -> None:
    us = bnd.load_units("gb:UKR:ADM2", mirror=None, cache_dir=tmp_path)
    assert len(gb_country.calls) == 4  # API + file, for ADM2 and for ADM1
    assert us.units["province"].to_dict() == {
        "A-1": "Oblast A",
        "A-2": "Oblast A",
        "B-1": "Oblast B",
        "B-2": "Oblast B",
    }
    assert us.levels == 2 and us.country == "UKR" and us.provinces is not None
    # both files pinned at first download; a warm call needs no network
    assert set(us.files) == {"geoBoundaries-UKR-ADM2.geojson", "geoBoundaries-UKR-ADM1.geojson"}
    again = bnd.load_units("gb:UKR:ADM2", mirror=None, cache_dir=tmp_path)
    assert again.cache_state == "cached" and len(gb_country.calls) == 4


@pytest.mark.allow_adapter
def test_gb_two_level_country_end_to_end(gb_country, tmp_path: Path) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text(
        "date,province,district,status,source\n"
        "2024-01-01,Oblast A,Center,taliban,x\n"
        "2024-01-02,Oblast B,,government,x\n"
    )
    cache = tmp_path / "cache"
    base = ["--cache-dir", str(cache)]
    opts = ["--boundary", "gb:UKR:ADM2"]
    res = CliRunner().invoke(main, [*base, "validate", str(claims), *opts])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(
        main, [*base, "stats", str(claims), "--date", "2024-01-05", "--format", "json", *opts]
    )
    assert res.exit_code == 0, res.output
    units = {r["status"]: r["units"] for r in json.loads(res.stdout)["by_status"]}
    assert units["taliban"] == 1 and units["government"] == 2 and units["unknown"] == 1
    for cmd in (
        ["render", str(claims), "--date", "2024-01-05", "-o", str(tmp_path / "m.html")],
        [
            "timeline",
            str(claims),
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-05",
            "-o",
            str(tmp_path / "t.html"),
        ],
        ["check", str(claims), "--date", "2024-01-05", "The Taliban control 1 district"],
    ):
        res = CliRunner().invoke(main, [*base, *cmd, *opts])
        assert res.exit_code == 0, (cmd, res.output)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,province,district,status,source\n2024-01-01,,Center,taliban,x\n")
    res = CliRunner().invoke(main, [*base, "validate", str(bad), *opts])
    assert res.exit_code == 1
    assert "Center (Oblast A)" in res.output and "Center (Oblast B)" in res.output


# ---------------------------------------------------------------- one-level files


@pytest.mark.parametrize("column", ["province", "district", "unit"])
def test_one_level_file_takes_names_in_province_district_or_unit(
    tmp_path: Path, column: str
) -> None:
    path = tmp_path / "raions.geojson"
    gpd.GeoDataFrame(
        {"shapeName": ["Alpha", "Beta", "Gamma"]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)],
        crs="EPSG:4326",
    ).to_file(path, driver="GeoJSON")
    claims = tmp_path / "c.csv"
    claims.write_text(f"date,{column},status,source\n2024-01-01,Beta,taliban,x\n")
    args = ["--boundary-file", str(path), "--name-column", "shapeName"]
    res = CliRunner().invoke(
        main, ["stats", str(claims), "--date", "2024-01-05", "--format", "json", *args]
    )
    assert res.exit_code == 0, res.output
    units = {r["status"]: r["units"] for r in json.loads(res.stdout)["by_status"]}
    assert units["taliban"] == 1 and units["unknown"] == 2
    claims.write_text(f"date,{column},status,source\n2024-01-01,Betta Nova,taliban,x\n")
    res = CliRunner().invoke(main, ["validate", str(claims), *args])
    assert res.exit_code == 1 and f"column '{column}': value 'Betta Nova'" in res.output


def test_parent_file_assigns_parents_by_largest_overlap(tmp_path: Path) -> None:
    units = tmp_path / "u.geojson"
    gpd.GeoDataFrame(
        {"name": ["Center", "Edge", "Center"]},
        # Edge straddles both parents: 0.3 of it in P1, 0.7 in P2
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)],
        crs="EPSG:4326",
    ).to_file(units, driver="GeoJSON")
    parents = tmp_path / "p.geojson"
    gpd.GeoDataFrame(
        {"pname": ["P1", "P2"]}, geometry=[box(0, 0, 1.3, 1), box(1.3, 0, 3, 1)], crs="EPSG:4326"
    ).to_file(parents, driver="GeoJSON")
    us = bnd.load_units(
        path=units, name_column="name", parent_file=parents, parent_name_column="pname"
    )
    assert sorted(zip(us.units["name"], us.units["province"], strict=True)) == [
        ("Center", "P1"),
        ("Center", "P2"),
        ("Edge", "P2"),
    ]
    assert us.levels == 2 and us.provinces is not None
    assert sorted(us.provinces.index) == ["P1", "P2"]
    gaz = us.gazetteer()
    assert gaz.match("P2", "Center").unit_ids == ["p2/center"]
    assert "ambiguous" in str(gaz.match("", "Center").problem)


def test_us_border_with_a_natural_earth_neighbour_is_read_and_checked(
    mirror: Path, us_cache: Path, us: bnd.UnitSet
) -> None:
    """#12 part 2: "the border with X" names any Natural Earth country for a set outside
    Afghanistan; a country the set does not border is a clean error, an unknown one unread."""
    opts = ["--boundary", "us-counties", "--date", "2024-03-10", "--format", "json"]
    res = _run(
        mirror,
        us_cache,
        "check",
        str(US_LEDGER),
        "The Taliban control 1% of the border with Mexico",
        *opts,
    )
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    doc = doc[0] if isinstance(doc, list) else doc
    assert doc["parsed"]["scope"] == "the border with Mexico", doc["parsed"]
    assert doc["parsed"]["measure"] == "border"
    # Natural Earth's U.S.-Mexico line along the county outlines: 2,708 km (3,145 published)
    km = float(doc["denominator"].split(" km", 1)[0].replace(",", ""))
    assert 2_500 < km < 3_200, doc["denominator"]
    assert "the 22 districts along the border with Mexico" in doc["denominator"]
    res = _run(
        mirror,
        us_cache,
        "check",
        str(US_LEDGER),
        "The Taliban control 1% of the border with Narnia",
        *opts,
    )
    assert res.exit_code != 0 and "narnia" in res.output
    res = _run(
        mirror,
        us_cache,
        "check",
        str(US_LEDGER),
        "The Taliban control 1% of the border with France",
        *opts,
    )
    assert res.exit_code != 0 and "no border with France" in res.output


def test_us_report_checks_read_the_border_with_a_natural_earth_neighbour(
    mirror: Path, us_cache: Path, us: bnd.UnitSet, tmp_path: Path
) -> None:
    """``report --checks`` reads "the border with X" on a set outside Afghanistan as
    ``check`` does (it passed no neighbour names before, so the sentence was not checked)."""
    sentences = tmp_path / "checks.txt"
    sentences.write_text(
        "The Taliban control 1% of the border with Mexico\n"
        "The Taliban control 1% of the border with Narnia\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    res = _run(
        mirror,
        us_cache,
        "report",
        str(US_LEDGER),
        "--boundary",
        "us-counties",
        "--date",
        "2024-03-10",
        "--checks",
        str(sentences),
        "-o",
        str(out),
    )
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "the 22 districts along the border with Mexico" in page
    # the unknown country is not widened to every border: that sentence is not checked
    assert "could not read &#x27;narnia&#x27;" in page or "could not read 'narnia'" in page


def test_us_report_places_give_capitals_to_checks_and_the_map(
    mirror: Path, us_cache: Path, tmp_path: Path
) -> None:
    """``report --places FILE`` does for a report what it does for ``check`` and ``render``:
    capitals for claims about provincial capitals on a set without built-in ones, and the
    capitals on the report's map (before, the report had no ``--places`` and such a claim
    was not checked)."""
    sentences = tmp_path / "checks.txt"
    sentences.write_text("The Taliban control 1 of the 2 provincial capitals\n", encoding="utf-8")
    places = write_us_capitals(tmp_path)
    args = ["report", str(US_LEDGER), "--boundary", "us-counties", "--date", "2024-03-10",
            "--checks", str(sentences)]  # fmt: skip
    out = tmp_path / "without.html"
    res = _run(mirror, us_cache, *args, "-o", str(out))
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "has no provincial capitals" in page
    assert "&quot;name&quot;:&quot;Sacramento&quot;" not in page  # no capitals on the map
    out = tmp_path / "with.html"
    res = _run(mirror, us_cache, *args, "--places", str(places), "-o", str(out))
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "has no provincial capitals" not in page
    # the verdict lists the two capitals, and the map (an escaped srcdoc) draws them
    assert "Capitals: no claim on record (2): Austin, Sacramento" in page
    assert "&quot;name&quot;:&quot;Sacramento&quot;" in page
    assert "&quot;name&quot;:&quot;Austin&quot;" in page
