"""ACLED import on synthetic exports in ACLED's published column layout (#12.4).

ACLED data cannot be shipped, so the rows here are made up; the header is the column list
of a current ACLED export (2023-, with admin3, tags and timestamp).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import main
from mapper.errors import ClaimsError
from mapper.ingest.acled import assign_units, import_acled, load_mapping
from mapper.vocabulary import DEFAULT, get_vocabulary
from tests.worlds import tiny_units

HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

TALIBAN = "Taliban"
ARMY = "Military Forces of Afghanistan (2004-2021)"


def event(
    eid: str,
    date: str,
    sub: str,
    a1: str,
    a2: str,
    adm1: str,
    adm2: str,
    lat: float,
    lon: float,
    *,
    geo: str = "1",
    time: str = "1",
    notes: str = "",
    source: str = "Pajhwok Afghan News",
) -> dict[str, str]:
    return {
        "event_id_cnty": eid,
        "event_date": date,
        "year": date[:4] if date[:4].isdigit() else date[-4:],
        "time_precision": time,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": sub,
        "actor1": a1,
        "assoc_actor_1": "",
        "inter1": "2",
        "actor2": a2,
        "assoc_actor_2": "",
        "inter2": "1",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "4",
        "region": "Caspian",
        "country": "Afghanistan",
        "admin1": adm1,
        "admin2": adm2,
        "admin3": "",
        "location": adm2 or adm1,
        "latitude": f"{lat}",
        "longitude": f"{lon}",
        "geo_precision": geo,
        "source": source,
        "source_scale": "National",
        "notes": notes or f"On {date}, fighting in {adm2}.",
        "fatalities": "0",
        "tags": "",
        "timestamp": "1629000000",
    }


def write_export(path: Path, events: list[dict[str, str]]) -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    w.writerows(events)
    path.write_text("\ufeff" + buf.getvalue(), "utf-8")
    return path


TAKE = "Non-state actor overtakes territory"
RETAKE = "Government regains territory"
CLASH = "Armed clash"


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(
        tmp_path / "acled.csv",
        [
            event("AFG1", "2021-07-01", TAKE, TALIBAN, ARMY, "North", "Nolan", 1.5, 0.5),
            event("AFG2", "2021-07-02", CLASH, TALIBAN, ARMY, "North", "Narin", 1.5, 1.5),
            event("AFG3", "2021-07-03", RETAKE, ARMY, TALIBAN, "South", "Sarak", 0.5, 0.5, geo="3"),
            event("AFG4", "5 July 2021", TAKE, ARMY, TALIBAN, "South", "Sorkh", 0.5, 1.5, time="3")
            | {"location": '=HYPERLINK("http://x")'},
            event("AFG5", "2021-07-06", CLASH, ARMY, TALIBAN, "South", "Sorkh", 0.5, 1.5),
        ],
    )


def test_territory_events_become_claims(export: Path) -> None:
    r = import_acled(export, vocabulary=DEFAULT)
    led = r.ledger
    assert r.events == 5 and r.ignored == {"Armed clash": 2}
    assert led["event_id"].tolist() == ["AFG1", "AFG3", "AFG4"]
    # the side that took the place, whichever actor column it is in
    assert led["status"].tolist() == ["taliban", "government", "taliban"]
    assert led["date"].tolist() == ["2021-07-01", "2021-07-03", "2021-07-05"]
    assert led["source"].tolist()[0] == "ACLED AFG1: Pajhwok Afghan News"
    # geo_precision 3 and time_precision 3 are flagged low
    assert led["confidence"].tolist() == ["medium", "low", "low"]
    assert "Location approximate" in led["note"].iat[1]
    assert (led["lat"].tolist(), led["lon"].tolist()) == ([1.5, 0.5, 0.5], [0.5, 0.5, 1.5])
    assert led[["province", "district"]].values.tolist() == [
        ["North", "Nolan"],
        ["South", "Sarak"],
        ["South", "Sorkh"],
    ]
    assert "3 claim(s) (2 low confidence)" in r.summary()


def _tiny_file(tmp_path: Path) -> list[str]:
    bfile = tmp_path / "units.geojson"
    tiny_units().units.reset_index().to_file(bfile, driver="GeoJSON")
    return ["--boundary-file", str(bfile), "--name-column", "name", "--parent-column", "province"]


def test_round_trip_import_validate_stats(export: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "ledger.csv"
    r = runner.invoke(main, ["import", "acled", str(export), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "5 event(s): 3 claim(s)" in r.output and "Armed clash 2" in r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    # a cell a spreadsheet would run is written as text
    assert rows[2]["location"] == '\'=HYPERLINK("http://x")'
    base = _tiny_file(tmp_path)
    r = runner.invoke(main, ["validate", str(out), *base])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["stats", str(out), "--date", "2021-07-10", "--format", "json", *base])
    assert r.exit_code == 0, r.output
    by = {x["status"]: x["units"] for x in json.loads(r.stdout)["by_status"]}
    assert (by["taliban"], by["government"], by["unknown"]) == (2, 1, 1)
    # refuses to replace the ledger without --overwrite
    r = runner.invoke(main, ["import", "acled", str(export), "-o", str(out)])
    assert r.exit_code == 1 and "exists" in r.output


def test_assign_puts_points_in_units_and_keeps_acled_names(export: Path, tmp_path: Path) -> None:
    r = import_acled(export, vocabulary=DEFAULT)
    led = r.ledger.copy()
    led.loc[0, "district"] = "Somewhere else"  # ACLED's names may differ from the set's
    out = assign_units(led, tiny_units())
    assert out["unit_id"].tolist() == ["N/n1", "S/s1", "S/s2"]
    assert out["district"].tolist() == ["Nolan", "Sarak", "Sorkh"]
    assert out["admin2"].tolist() == ["Nolan", "Sarak", "Sorkh"]


def test_a_point_on_a_shared_border_or_outside_is_refused(tmp_path: Path) -> None:
    p = write_export(
        tmp_path / "a.csv",
        [
            event("AFG9", "2021-07-01", TAKE, TALIBAN, ARMY, "North", "Nolan", 1.5, 1.0),
            event("AFG8", "2021-07-01", TAKE, TALIBAN, ARMY, "North", "Nolan", 9.0, 9.0),
        ],
    )
    led = import_acled(p, vocabulary=DEFAULT).ledger
    with pytest.raises(ClaimsError) as e:
        assign_units(led, tiny_units(), file="a.csv")
    msg = str(e.value)
    assert "AFG9: the point is on the border of N/n1, N/n2" in msg
    assert "AFG8: the point is in no unit" in msg


def test_unknown_sub_event_types_and_actors_are_refused(tmp_path: Path) -> None:
    p = write_export(
        tmp_path / "a.csv",
        [
            event(
                "AFG1", "2021-07-01", "Territory swap", TALIBAN, ARMY, "North", "Nolan", 1.5, 0.5
            ),
            event(
                "AFG2",
                "2021-07-01",
                TAKE,
                "Unidentified Armed Group (Afghanistan)",
                ARMY,
                "North",
                "Nolan",
                1.5,
                0.5,
            ),
            event(
                "AFG3",
                "2021-07-01",
                RETAKE,
                "Police Forces of Pakistan",
                TALIBAN,
                "North",
                "Nolan",
                1.5,
                0.5,
            ),
            event("AFG4", "2021-13-01", TAKE, TALIBAN, ARMY, "North", "Nolan", 1.5, 0.5),
            event("AFG5", "2021-07-01", TAKE, TALIBAN, ARMY, "North", "Nolan", 95, 0.5, geo="4"),
        ],
    )
    with pytest.raises(ClaimsError) as e:
        import_acled(p, vocabulary=DEFAULT)
    got = {(x.row, x.column) for x in e.value.problems}
    assert got == {
        (2, "sub_event_type"),
        (3, "actor1"),
        (4, "actor1"),
        (5, "event_date"),
        (6, "latitude"),
        (6, "geo_precision"),
    }
    assert "'Territory swap'" in str(e.value)
    # --skip-invalid imports nothing here, and says which rows it dropped
    r = import_acled(p, vocabulary=DEFAULT, skip_invalid=True)
    assert r.ledger.empty and r.skipped_rows == [2, 3, 4, 5, 6]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("event_id_cnty,event_date\nX1,2021-01-01\n", "utf-8")
    with pytest.raises(ClaimsError, match="missing ACLED column"):
        import_acled(p, vocabulary=DEFAULT)


def test_mapping_override_and_other_presets(tmp_path: Path) -> None:
    p = write_export(
        tmp_path / "a.csv",
        [
            event(
                "SDN1",
                "2023-05-01",
                TAKE,
                "Rapid Support Forces",
                "Military Forces of Sudan (2019-)",
                "Khartoum",
                "Bahri",
                15.6,
                32.5,
            ),
            event(
                "SDN2",
                "2023-05-02",
                RETAKE,
                "Military Forces of Sudan (2019-)",
                "Rapid Support Forces",
                "Khartoum",
                "Omdurman",
                15.6,
                32.4,
            ),
            event(
                "SDN3",
                "2023-05-03",
                CLASH,
                "Military Forces of Sudan (2019-)",
                "Rapid Support Forces",
                "Khartoum",
                "Khartoum",
                15.5,
                32.5,
            ),
        ],
    )
    sudan = get_vocabulary("sudan-saf-rsf")
    r = import_acled(p, vocabulary=sudan)
    assert r.ledger["status"].tolist() == ["rsf", "saf"]
    override = tmp_path / "m.toml"
    override.write_text('[sub_event_types]\n"Armed clash" = "contested"\n', "utf-8")
    r = import_acled(p, vocabulary=sudan, mapping=load_mapping(sudan, override))
    assert r.ledger["status"].tolist() == ["rsf", "saf", "contested"]
    assert r.ledger["actor"].tolist() == ["rsf", "saf", ""]
    bad = tmp_path / "bad.toml"
    bad.write_text('[actors]\n"Rapid Support Forces" = "rebels"\n[sub_event_types]\nx = 1\n')
    with pytest.raises(ClaimsError) as e:
        load_mapping(sudan, bad)
    cols = {x.column for x in e.value.problems}
    assert cols == {"actors.Rapid Support Forces", "sub_event_types.x"}
