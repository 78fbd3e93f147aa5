"""Place context: the capitals file, everyday names, neighbours, identity lines."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from mapper.boundaries import load_countries
from mapper.claims import read_claims
from mapper.pages.context import (
    human_date,
    latest_claim,
    nice_length,
    page_title,
    place_context,
    source_line,
)
from mapper.places import (
    PlacesError,
    builtin_places,
    display_name,
    everyday_names,
    neighbours,
    read_places,
)
from tests.worlds import tiny_units, write_claims


def test_every_capital_lies_in_its_province_and_in_the_district_named_for_it(districts) -> None:
    places = builtin_places("AFG")
    # Kabul plus one capital per province, each with a source
    assert sorted(places["province"]) == sorted(districts.units["province"].unique())
    assert (places["kind"] == "capital").sum() == 1
    assert places.loc[places["kind"] == "capital", "name"].tolist() == ["Kabul"]
    assert places["source"].str.len().min() > 0
    pts = gpd.GeoDataFrame(
        places, geometry=gpd.points_from_xy(places["lon"], places["lat"]), crs=4326
    )
    hit = gpd.sjoin(pts, districts.units[["name", "province", "geometry"]], how="left")
    assert (hit["province_left"] == hit["province_right"]).all(), hit

    # the district holding each capital is named for it (in one of its spellings):
    # coordinates, province and name agree row by row
    def key(x: str) -> str:
        return re.sub(r"[^a-z]", "", x.lower())

    for _, r in hit.iterrows():
        district = key(str(r["name_right"]))
        names = [key(v) for v in [r["name_left"], *r["variants"]]]
        assert any(n in district or district in n for n in names), (r["name_left"], district)


def test_a_places_file_reports_every_problem_with_row_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "places.csv"
    bad.write_text(
        "name,kind,lat,lon,source\n"
        "Good,town,10,20,https://example.org\n"
        ",town,10,20,x\n"
        "Odd,village,10,20,x\n"
        "Far,town,95,20,x\n"
        "NoSource,town,10,abc,\n",
        encoding="utf-8",
    )
    with pytest.raises(PlacesError) as e:
        read_places(bad)
    msg = str(e.value)
    assert "row 3, column name" in msg
    assert "row 4, column kind: 'village'" in msg and "capital, admin1, town" in msg
    assert "row 5, column lat: '95'" in msg
    assert "row 6, column lon: 'abc'" in msg and "row 6, column source" in msg
    missing = tmp_path / "m.csv"
    missing.write_text("name,lat\nX,1\n", encoding="utf-8")
    with pytest.raises(PlacesError, match="missing column"):
        read_places(missing)


def test_everyday_names_are_spellings_of_the_same_name_not_other_places(districts) -> None:
    every = everyday_names(districts)
    by_name = dict(zip(districts.units["name"].str.strip(), every, strict=True))
    assert by_name["Hirat"] == "Herat"
    assert by_name["Daulatshahi"] == "Dawlat Shah"
    assert display_name("Hirat", "Herat") == "Herat (Hirat)"
    # aliases naming a town inside the district, or the province, are not everyday names
    assert by_name["Kohsan"] == ""  # Islam Qala is a town in Kohsan
    assert by_name["Aybak"] != "Samangan"
    assert by_name["Imam Sahib"] == ""  # Shir Khan Bandar is a port in it


@pytest.fixture(scope="module")
def countries(mirror: Path) -> gpd.GeoDataFrame:
    return load_countries(mirror=mirror)


def test_neighbours_of_afghanistan_are_named_and_its_own_country_found(
    districts, countries
) -> None:
    nb = neighbours(districts, countries)
    assert nb.home == "Afghanistan"
    for name in ("Iran", "Pakistan", "Tajikistan", "Turkmenistan", "Uzbekistan", "China"):
        assert name in nb.names
    assert "Afghanistan" not in nb.names
    named = [n for n, p in zip(nb.names, nb.label_points, strict=True) if p]
    assert {"Iran", "Pakistan", "Tajikistan"} <= set(named)


def test_neighbours_work_for_any_set_in_natural_earth(mirror: Path, countries) -> None:
    from mapper.boundaries import load_units

    states = load_units("us-states", mirror=mirror)
    nb = neighbours(states, countries)
    assert nb.home == "United States of America"
    assert {"Canada", "Mexico"} <= set(nb.names)
    ctx = place_context(states, countries=countries)
    assert ctx["places"] == []  # capitals only from a file for sets other than AFG
    assert len(ctx["labels"]) == len(states.units)  # one label per state
    assert page_title("Reported territorial control", ctx, states).endswith(
        "in United States of America"
    )


def test_places_file_for_another_set_is_escaped(tmp_path: Path, countries) -> None:
    units = tiny_units()
    f = tmp_path / "p.csv"
    f.write_text(
        "name,variants,province,kind,lat,lon,source\n"
        '"<b>Nolan</b>town",,North,admin1,1.5,0.5,https://example.org\n'
        "Faraway,,North,town,50,50,https://example.org\n",
        encoding="utf-8",
    )
    ctx = place_context(units, places_file=f, countries=countries)
    assert [p["name"] for p in ctx["places"]] == ["&lt;b&gt;Nolan&lt;/b&gt;town"]
    assert ctx["country"] == ""  # squares in the Gulf of Guinea: no country
    assert "p.csv" in ctx["sources"]


def test_source_line_latest_claim_and_title(tmp_path: Path) -> None:
    units = tiny_units()
    rows = [
        {
            "date": f"2021-07-0{i + 1}",  # same unit, date and source would count once
            "province": "North",
            "district": "Nolan",
            "status": "taliban",
            "source": s,
        }
        for i, s in enumerate(
            ("AFP", "AFP", "AFP", "TOLOnews", "TOLOnews", "Pajhwok", "BBC", "Reuters")
        )
    ]
    rows.append(
        {
            "date": "2021-08-01",
            "province": "South",
            "district": "Sarak",
            "status": "government",
            "source": "Reuters",
            "url": "https://www.example.org/a",
        }
    )
    ledger = read_claims(write_claims(tmp_path, rows), units)
    assert source_line(ledger, "2021-07-15") == "AFP, TOLOnews, BBC and 2 others; 8 claims"
    assert source_line(ledger) == "AFP, Reuters, TOLOnews and 2 others; 9 claims"
    assert source_line(ledger, "2021-01-01") == "no claims on record up to this date"
    assert latest_claim(ledger, "2021-07-20") == "2021-07-08"
    assert latest_claim(ledger, "2021-07-03") == "2021-07-03"
    assert latest_claim(ledger, "2021-09-01") == "2021-08-01"
    assert latest_claim(ledger, "2020-01-01") == ""
    assert human_date("2021-08-10") == "10 August 2021"
    assert page_title("My own title", {"country": "Afghanistan"}, units) == "My own title"
    assert (
        page_title("Reported territorial control", {"country": "C&amp;D"}, units)
        == "Reported territorial control in C&D"
    )
    assert [nice_length(x) for x in (130.0, 260.0, 0.7, 2400.0)] == [100, 250, 0.5, 2000]


def test_label_points_lie_inside_their_provinces(districts) -> None:
    from mapper.places import label_points

    pts = label_points(districts)
    assert len(pts) == 34
    g = gpd.GeoSeries(gpd.points_from_xy(pts["lon"], pts["lat"]), index=pts.index, crs=4326)
    prov = districts.provinces.to_crs(4326).geometry
    inside = pd.Series([prov[p].contains(g[p]) for p in pts.index], index=pts.index)
    assert inside.all(), inside[~inside]
