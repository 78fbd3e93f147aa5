"""Broken ledgers: every problem is named with file, row, column and value, or read right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from worlds import tiny_units

from mapper.claims import read_claims
from mapper.cli import main
from mapper.errors import ClaimsError, MatchError

TODAY = dt.date(2021, 12, 31)
HEADER = "date,province,district,status,actor,source,url,confidence,note\n"


def _write(tmp_path: Path, text: str, name: str = "c.csv", encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def _problems(path: Path) -> list[tuple[int | None, str | None, str | None]]:
    with pytest.raises(ClaimsError) as e:
        read_claims(path, tiny_units(), today=TODAY)
    return [(p.row, p.column, p.value) for p in e.value.problems if p.severity == "error"]


def test_empty_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(ClaimsError, match="file is empty"):
        read_claims(_write(tmp_path, ""), tiny_units())
    with pytest.raises(ClaimsError, match="file is empty"):
        read_claims(_write(tmp_path, " \n\n"), tiny_units())
    with pytest.raises(ClaimsError, match="no claims"):
        read_claims(_write(tmp_path, HEADER), tiny_units())


def test_malformed_quoting_names_the_line(tmp_path: Path) -> None:
    text = HEADER + '2021-07-01,North,Nolan,taliban,,"A"x,,,\n'
    with pytest.raises(ClaimsError, match="malformed CSV") as e:
        read_claims(_write(tmp_path, text), tiny_units())
    assert e.value.problems[0].row == 2


def test_wrong_field_count_is_a_row_problem(tmp_path: Path) -> None:
    text = HEADER + "2021-07-01,North,Nolan,taliban,,A,,,\n2021-07-02,North,Narin,taliban\n"
    assert _problems(_write(tmp_path, text)) == [
        (3, None, "2021-07-02,North,Narin,taliban"),
    ]


@pytest.mark.parametrize("delim", [";", "\t", "|"])
def test_other_delimiters_are_read(tmp_path: Path, delim: str) -> None:
    text = (HEADER + "2021-07-01,North,Nolan,taliban,,A,,,note, with comma\n").replace(",", delim)
    text = text.replace(f"note{delim} with comma", '"note, with comma"')
    ledger = read_claims(_write(tmp_path, text), tiny_units(), today=TODAY)
    assert ledger.claims["unit_id"].tolist() == ["N/n1"]
    assert ledger.claims["note"].tolist() == ["note, with comma"]


def test_wrong_delimiter_says_so(tmp_path: Path) -> None:
    # a ledger saved with ':' as delimiter has a one-column header
    text = HEADER.replace(",", ":") + "2021-07-01:North:Nolan:taliban::A:::\n"
    with pytest.raises(ClaimsError, match="is the delimiter a comma") as e:
        read_claims(_write(tmp_path, text), tiny_units())
    assert e.value.problems[0].row == 1


def test_missing_columns_are_listed(tmp_path: Path) -> None:
    text = "date,province,district,actor\n2021-07-01,North,Nolan,taliban\n"
    with pytest.raises(ClaimsError) as e:
        read_claims(_write(tmp_path, text), tiny_units())
    assert "missing required column(s) ['status', 'source']" in str(e.value)


def test_duplicate_column_names(tmp_path: Path) -> None:
    text = "date,province,district,status,source,Status\n2021-07-01,North,Nolan,t,A,t\n"
    with pytest.raises(ClaimsError, match="duplicate column names"):
        read_claims(_write(tmp_path, text), tiny_units())


def test_duplicate_rows_counted_once_with_a_warning(tmp_path: Path) -> None:
    row = "2021-07-01,North,Nolan,taliban,,A,https://a.example/1,,\n"
    ledger = read_claims(_write(tmp_path, HEADER + row + row + row), tiny_units(), today=TODAY)
    assert ledger.claims["row"].tolist() == [2]
    assert [(w.row, "duplicate of row 2" in w.message) for w in ledger.warnings] == [
        (3, True),
        (4, True),
    ]


def test_dates_future_and_unparsable(tmp_path: Path) -> None:
    text = HEADER + (
        "2022-01-05,North,Nolan,taliban,,A,,,\n"  # after "today"
        "08/07/2021,North,Narin,taliban,,A,,,\n"
        "2021-02-30,South,Sarak,taliban,,A,,,\n"
        "yesterday,South,Sorkh,taliban,,A,,,\n"
        "2021-07-01T10:00,South,Sorkh,taliban,,A,,,\n"  # a time part is fine
    )
    path = _write(tmp_path, text)
    assert _problems(path) == [
        (2, "date", "2022-01-05"),
        (3, "date", "08/07/2021"),
        (4, "date", "2021-02-30"),
        (5, "date", "yesterday"),
    ]
    ledger = read_claims(path, tiny_units(), today=TODAY, skip_invalid=True)
    assert ledger.claims["row"].tolist() == [6]
    assert ledger.skipped_rows == [2, 3, 4, 5]
    warned = read_claims(path, tiny_units(), today=TODAY, skip_invalid=True, on_future="warning")
    assert warned.claims["row"].tolist() == [6, 2]  # sorted by date


def test_unknown_status_and_actor_list_valid_ones(tmp_path: Path) -> None:
    text = HEADER + (
        "2021-07-01,North,Nolan,liberated,,A,,,\n"
        "2021-07-01,North,Narin,controlled,,A,,,\n"
        "2021-07-01,South,Sarak,controlled,aliens,A,,,\n"
        "2021-07-01,South,Sorkh,taliban,,A,,sure,\n"
    )
    with pytest.raises(ClaimsError) as e:
        read_claims(_write(tmp_path, text), tiny_units(), today=TODAY)
    by_row = {p.row: p for p in e.value.problems}
    assert (
        by_row[2].column == "status" and "valid statuses: taliban, contested" in by_row[2].message
    )
    assert by_row[3].column == "status" and "needs an actor" in by_row[3].message
    assert by_row[4].column == "actor" and "valid actors" in by_row[4].message
    assert by_row[5].column == "confidence"


def test_unknown_names_are_a_match_error_with_suggestions(tmp_path: Path) -> None:
    text = HEADER + "2021-07-01,North,Nowhere,taliban,,A,,,\n"
    with pytest.raises(MatchError) as e:
        read_claims(_write(tmp_path, text), tiny_units(), today=TODAY)
    assert "Nowhere" in str(e.value)


def test_not_utf8_and_bom(tmp_path: Path) -> None:
    text = HEADER + "2021-07-01,North,Nolan,taliban,,Café,,,\n"
    with pytest.raises(ClaimsError, match="not UTF-8"):
        read_claims(_write(tmp_path, text, encoding="latin-1"), tiny_units())
    ledger = read_claims(_write(tmp_path, "\ufeff" + text), tiny_units(), today=TODAY)
    assert ledger.claims["source"].tolist() == ["Café"]


def test_json_ledgers(tmp_path: Path) -> None:
    ok = (
        '[{"date": "2021-07-01", "province": "North", "district": "Nolan", '
        '"status": "taliban", "source": "A"}]'
    )
    assert len(read_claims(_write(tmp_path, ok, "c.json"), tiny_units(), today=TODAY).claims) == 1
    with pytest.raises(ClaimsError, match="invalid JSON"):
        read_claims(_write(tmp_path, "[{", "c.json"), tiny_units())
    with pytest.raises(ClaimsError, match="must be a list"):
        read_claims(_write(tmp_path, '{"a": 1}', "c.json"), tiny_units())
    with pytest.raises(ClaimsError, match="record is not an object"):
        read_claims(_write(tmp_path, '[1, "x"]', "c.json"), tiny_units())


def test_cli_validate_reports_rows_and_exits_1(tmp_path: Path) -> None:
    path = _write(tmp_path, "date,province,district\n2021-07-01,North,Nolan\n")
    res = CliRunner().invoke(main, ["validate", str(path), "--boundary-file", str(path)])
    assert res.exit_code == 1  # the boundary file is not a polygon file: a domain error


def test_100k_row_ledger_is_read_whole(tmp_path: Path) -> None:
    """100,000 distinct claims are all read and resolved, ordered by date then file row.

    Speed and memory are figures, not assertions: ``scripts/benchmark_claims.py`` prints
    them for 10k and 100k rows of real district names (measured: 0.23 s and 2.39 s, RSS
    +23 MB and +285 MB; 10.5x the time for 10x the rows, i.e. linear).
    """
    names = [("North", "Nolan"), ("North", "Narin"), ("South", "Sarak"), ("South", "Sorkh")]
    statuses = ["taliban", "government", "contested", "unconfirmed"]
    lines = [HEADER]
    for i in range(100_000):
        prov, dist = names[i % 4]
        day = dt.date(2021, 1, 1) + dt.timedelta(days=i % 300)
        lines.append(
            f"{day},{prov},{dist},{statuses[(i // 4) % 4]},,Source {i},"
            f"https://news.example/{i},medium,Note {i}\n"
        )
    ledger = read_claims(_write(tmp_path, "".join(lines)), tiny_units(), today=TODAY)
    c = ledger.claims
    assert len(c) == 100_000 and ledger.problems == []
    assert sorted(c["row"]) == list(range(2, 100_002))  # every file row (header is row 1)
    assert c[["date", "row"]].apply(tuple, axis=1).is_monotonic_increasing  # date, then row
    by_row = c.set_index("row")
    assert by_row.loc[100_001, "source"] == "Source 99999" and by_row.loc[2, "note"] == "Note 0"
    assert c["unit_id"].value_counts().to_dict() == {
        u: 25_000 for u in ("N/n1", "N/n2", "S/s1", "S/s2")
    }
    assert c["status"].value_counts().to_dict() == {s: 25_000 for s in statuses}
