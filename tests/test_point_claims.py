"""Point claims (issue #12 part 3): a row may give lat/lon (or a GeoJSON Point) instead
of names; it is assigned to the unit holding the point, refused on a shared border or
outside every unit, and a row whose names and point disagree is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from worlds import tiny_provinces, tiny_units

from mapper.boundaries import UnitSet
from mapper.claims import read_claims
from mapper.errors import ClaimsError

UNITS = tiny_units()  # North: Nolan (0..1, 1..2), Narin (1..2, 1..2); South: Sarak, Sorkh
HEAD = "date,province,district,status,source,lat,lon,scope\n"


def _csv(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "c.csv"
    p.write_text(HEAD + body, encoding="utf-8")
    return p


def test_point_rows_go_to_the_unit_holding_them(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "2021-07-08,,,taliban,A,1.5,0.5,\n"  # Nolan
        "2021-07-08,,,government,B,0.5,1.5,province\n"  # the whole of South
        "2021-07-09,North,Nolan,taliban,C,1.25,0.75,\n"  # names and point agree
        "2021-07-09,North,,taliban,D,1.5,1.5,\n",  # a province name and a point in it
    )
    c = read_claims(path, UNITS).claims
    assert c["unit_id"].tolist() == ["N/n1", "", "N/n1", "N/n2"]
    assert c["scope"].tolist() == ["district", "province", "district", "district"]
    assert c["province"].tolist() == ["North", "South", "North", "North"]
    assert c["district"].tolist() == ["Nolan", "", "Nolan", "Narin"]
    assert c["note"].tolist()[0] == "located at 1.5, 0.5 (lat, lon)"


def test_point_note_keeps_the_users_note(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("date,status,source,lat,lon,note\n2021-07-08,taliban,A,1.5,0.5,town taken\n")
    assert read_claims(p, UNITS).claims["note"].iloc[0] == (
        "town taken; located at 1.5, 0.5 (lat, lon)"
    )


@pytest.mark.parametrize(
    ("line", "column", "why"),
    [
        (
            "2021-07-08,,,taliban,A,1.5,1.0,",
            "lat,lon",
            "on the border of Nolan (North) and Narin (North)",
        ),
        ("2021-07-08,,,taliban,A,1.0,0.5,province", "lat,lon", "on the border of North and South"),
        ("2021-07-08,,,taliban,A,5,5,", "lat,lon", "in no unit of tiny"),
        (
            "2021-07-08,North,Nolan,taliban,A,1.5,1.5,",
            "lat,lon",
            "the point is in Narin (North), the row names Nolan (North)",
        ),
        (
            "2021-07-08,South,,taliban,A,1.5,1.5,",
            "lat,lon",
            "the point is in North, the row names South",
        ),
        ("2021-07-08,,,taliban,A,91,0.5,", "lat", "not a latitude"),
        ("2021-07-08,,,taliban,A,1.5,east,", "lon", "not a longitude"),
        ("2021-07-08,,,taliban,A,1.5,nan,", "lon", "not a longitude"),
        ("2021-07-08,,,taliban,A,1.5,,", "lon", "needs both lat and lon"),
        ("2021-07-08,,,taliban,A,1.5,0.5,country", "lat,lon", "country-wide claim"),
    ],
)
def test_refused_points_name_row_column_and_value(
    tmp_path: Path, line: str, column: str, why: str
) -> None:
    with pytest.raises(ClaimsError) as e:
        read_claims(_csv(tmp_path, line + "\n"), UNITS)
    [p] = [p for p in e.value.problems if p.severity == "error"]
    assert (p.row, p.column) == (2, column) and why in p.message, str(p)


def test_geojson_points(tmp_path: Path) -> None:
    props = {"date": "2021-07-08", "status": "taliban", "source": "X"}
    feats = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [1.5, 0.5]},
            "properties": props,
        },
        {"type": "Feature", "geometry": None, "properties": props | {"province": "North"}},
        {
            "type": "Feature",
            "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
            "properties": props | {"province": "South", "source": "Y"},
        },
    ]
    path = tmp_path / "c.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    led = read_claims(path, UNITS)
    assert led.claims["unit_id"].tolist() == ["S/s2", "", ""]
    assert led.claims["note"].iloc[0] == "located at 0.5, 1.5 (lat, lon)"
    # a non-Point geometry says what is done with it
    assert [(p.row, p.column, p.severity) for p in led.problems] == [(3, "geometry", "warning")]
    feats[0]["properties"] = props | {"lat": "1", "lon": "1"}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats[:1]}))
    with pytest.raises(ClaimsError, match="gives a Point and lat/lon properties"):
        read_claims(path, UNITS)


def test_points_on_a_province_set(tmp_path: Path) -> None:
    units = tiny_provinces()
    p = tmp_path / "c.csv"
    p.write_text("date,status,source,lat,lon\n2021-07-08,taliban,A,0.5,1.5\n")
    c = read_claims(p, units).claims
    assert c["scope"].tolist() == ["province"] and c["province"].tolist() == ["South"]


def test_a_real_town_and_its_popup(districts: UnitSet, tmp_path: Path) -> None:
    from mapper.render import unit_properties
    from mapper.snapshots import state_at

    p = tmp_path / "c.csv"
    # Kabul city, Kunduz city, and a point named as Kunduz's district but in Kabul
    p.write_text(
        "date,province,district,status,source,lat,lon\n"
        "2021-08-15,,,taliban,Reuters,34.5553,69.2075\n"
        "2021-08-08,Kunduz,Kunduz,taliban,AP,36.7286,68.8681\n"
    )
    led = read_claims(p, districts)
    assert led.claims["province"].tolist() == ["Kunduz", "Kabul"]  # sorted by date
    assert led.claims["district"].tolist()[1] == "Kabul"
    state = state_at(led, districts, "2021-08-16")
    props = {x["unit_id"]: x for x in unit_properties(state, districts, led)}
    kabul = led.claims["unit_id"].iloc[1]
    assert "located at 34.5553, 69.2075 (lat, lon)" in props[kabul]["popup"]
    p.write_text(
        "date,province,district,status,source,lat,lon\n"
        "2021-08-15,Kunduz,Kunduz,taliban,Reuters,34.5553,69.2075\n"
    )
    with pytest.raises(
        ClaimsError, match=r"the point is in Kabul \(Kabul\), the row names Kunduz \(Kunduz\)"
    ):
        read_claims(p, districts)
