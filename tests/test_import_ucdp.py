"""UCDP GED import on synthetic exports in UCDP GED's published 49-column layout (#12.4).

The rows are made up (no UCDP data is shipped); the header is the column list of the GED
CSV releases. GED has no field saying that control changed hands: fighting between the two
sides becomes a `contested` claim on its place, never a side's control.
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
from mapper.ingest.acled import assign_units
from mapper.ingest.ucdp import import_ucdp, load_mapping
from mapper.vocabulary import DEFAULT, get_vocabulary
from tests.worlds import tiny_units

#: UCDP GED's CSV columns, in order (GED 2x.1 releases).
HEADER = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
]
GOV, TAL = "Government of Afghanistan", "Taleban"


def event(eid: str, **kw: str) -> dict[str, str]:
    row = dict.fromkeys(HEADER, "")
    row.update(
        id=eid,
        relid=f"AFG-2021-1-{eid}",
        year="2021",
        active_year="1",
        code_status="Clear",
        type_of_violence="1",
        conflict_name="Afghanistan: Government",
        side_a=GOV,
        side_b=TAL,
        source_article='"Reuters,2021-07-05,Fighting in Nolan"',
        where_prec="1",
        where_description="Nolan town",
        adm_1="North province",
        adm_2="Nolan district",
        latitude="1.5",
        longitude="0.5",
        country="Afghanistan",
        region="Asia",
        event_clarity="1",
        date_prec="1",
        date_start="2021-07-05 00:00:00.000",
        date_end="2021-07-05 00:00:00.000",
        best="4",
    )
    row.update(kw)
    return row


def write_export(tmp_path: Path, rows: list[dict[str, str]], name: str = "ged.csv") -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(
        tmp_path,
        [
            event("101"),
            event(
                "102",
                side_a=TAL,
                side_b=GOV,
                where_prec="4",
                where_description="Sorkh district (approximate)",
                adm_1="South province",
                adm_2="Sorkh district",
                latitude="0.5",
                longitude="1.5",
                date_start="2021-07-06",
            ),
            event("103", type_of_violence="3", side_b="Civilians"),  # one-sided: counted
            event("104", side_b="IS"),  # not between the two sides: counted
            event("105", where_prec="6"),  # country only: counted
            event("106", where_description='=HYPERLINK("http://x")', date_prec="4"),
        ],
    )


def test_fighting_between_the_sides_becomes_contested_never_control(export: Path) -> None:
    r = import_ucdp(export, vocabulary=DEFAULT)
    led = r.ledger
    assert led["event_id"].tolist() == ["101", "102", "106"]
    assert set(led["status"]) == {"contested"} and set(led["actor"]) == {""}
    assert led["province"].tolist() == ["North", "South", "North"]
    assert led["district"].tolist() == ["Nolan", "Sorkh", "Nolan"]
    assert led["date"].tolist() == ["2021-07-05", "2021-07-06", "2021-07-05"]
    assert led["confidence"].tolist() == ["medium", "low", "low"]
    assert led["source"].iloc[0].startswith("UCDP GED 101: ")
    assert "Location approximate: UCDP where_prec 4" in led["note"].iloc[1]
    assert r.events == 6
    assert r.ignored == {
        "one-sided violence": 1,
        "not between two sides": 1,
        "where_prec too coarse": 1,
    }


def test_round_trip_import_validate_stats(export: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "ledger.csv"
    r = runner.invoke(main, ["import", "ucdp", str(export), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "6 event(s): 3 claim(s) (2 low confidence)" in r.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert rows[2]["where_description"] == '\'=HYPERLINK("http://x")'  # formula-safe
    bfile = tmp_path / "units.geojson"
    tiny_units().units.reset_index().to_file(bfile, driver="GeoJSON")
    base = ["--boundary-file", str(bfile), "--name-column", "name", "--parent-column", "province"]
    r = runner.invoke(main, ["validate", str(out), *base])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["stats", str(out), "--date", "2021-07-10", "--format", "json", *base])
    assert r.exit_code == 0, r.output
    by = {x["status"]: x["units"] for x in json.loads(r.stdout)["by_status"]}
    assert (by["contested"], by["unknown"]) == (2, 2)
    r = runner.invoke(main, ["import", "ucdp", str(export), "-o", str(out)])
    assert r.exit_code == 1 and "exists" in r.output
    raw = tmp_path / "raw.csv"
    r = runner.invoke(main, ["import", "ucdp", str(export), "-o", str(raw), "--raw-csv"])
    assert r.exit_code == 0 and '"=HYPERLINK(""http://x"")"' in raw.read_text("utf-8")


def test_assign_uses_the_point(export: Path) -> None:
    led = import_ucdp(export, vocabulary=DEFAULT).ledger
    led.loc[0, "district"] = "Elsewhere"
    out = assign_units(led, tiny_units())
    assert out["unit_id"].tolist() == ["N/n1", "S/s2", "N/n1"]
    assert out["adm_2"].tolist() == ["Nolan district", "Sorkh district", "Nolan district"]


def test_unknown_codes_and_actors_are_refused_with_row_and_column(tmp_path: Path) -> None:
    path = write_export(
        tmp_path,
        [
            event("1", type_of_violence="9"),
            event("2", side_b="Unheard-of Front"),
            event("3", where_prec="8"),
            event("4", date_start="sometime"),
            event("5", latitude="95"),
        ],
    )
    with pytest.raises(ClaimsError) as exc:
        import_ucdp(path, vocabulary=DEFAULT)
    got = {(p.row, p.column, p.value) for p in exc.value.problems}
    assert got == {
        (2, "type_of_violence", "9"),
        (3, "side_b", "Unheard-of Front"),
        (4, "where_prec", "8"),
        (5, "date_start", "sometime"),
        (6, "latitude", "95"),
    }
    r = import_ucdp(path, vocabulary=DEFAULT, skip_invalid=True)
    assert len(r.ledger) == 0 and r.skipped_rows == [2, 3, 4, 5, 6]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,side_a\n1,A\n")
    with pytest.raises(ClaimsError, match="missing UCDP GED column"):
        import_ucdp(path, vocabulary=DEFAULT)


def test_mapping_override_and_another_preset(tmp_path: Path) -> None:
    vocab = get_vocabulary("russia-ukraine")
    path = write_export(
        tmp_path,
        [
            event(
                "7",
                side_a="Government of Ukraine",
                side_b="Government of Russia (Soviet Union)",
            ),
            event("8", side_a="Government of Ukraine", side_b="Kraken Regiment"),
        ],
    )
    with pytest.raises(ClaimsError, match="Kraken"):
        import_ucdp(path, vocabulary=vocab)
    m = tmp_path / "m.toml"
    m.write_text('[actors]\n"Kraken Regiment" = "ukraine"\n[type_of_violence]\n"1" = "ignore"\n')
    r = import_ucdp(path, vocabulary=vocab, mapping=load_mapping(vocab, m))
    assert len(r.ledger) == 0 and r.ignored == {"state-based violence": 2}
    m.write_text('[actors]\n"Kraken Regiment" = "nobody"\n')
    with pytest.raises(ClaimsError, match=r"actors\.Kraken Regiment"):
        load_mapping(vocab, m)
