"""The columnar ledger reader gives exactly what the row-by-row reader gave (issue #13
part 3): the same claims frame, the same problems in the same order, the same skipped
rows, on the example, a synthetic ledger and every reader path (fast CSV and fallbacks)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from worlds import tiny_units

import mapper.claims as claims_mod
from mapper.boundaries import UnitSet
from mapper.claims import read_claims
from mapper.errors import ValidationError
from tests._reference_claims import read_claims_reference
from tests.conftest import EXAMPLE, ROOT

UNITS = tiny_units()
TODAY = dt.date(2026, 1, 1)

HEAD = "date,reported,province,district,status,actor,source,url,confidence,note,lat,lon,scope"
BODY = r'''2021-07-08,,North,Nolan,taliban,,A,https://x.org/a,high,n1,,,
2021-7-8,,north,nolan,Taliban,,A,https://x.org/a,,n2,,,
8 July 2021,,North,Nolan,taliban,,A,https://x.org/a,,,,,
bad,2099-01-01,Nortj,Nolxn,victorious,martians,,ftp://x,maybe,,,,
2021-07-09,,South,,government,,B,,,,,,
2021-07-09,,,,taliban,,C,,,,1.5,0.5,
2021-07-09,,,,taliban,,C,,,,1.5,1.0,
,,,,,,,,,,,,
2021-07-10,,,,government,,D,,,,,,country
2021-07-10,,North,,government,,D,,,,,,country
2021-07-10,,,Sorkh,contested,,E,,Low,"multi, comma",,,
2021-07-11,,,Sorkh,contested,,E,,Low,"say ""hi""",,,
2021-07-11,,,Sorkh,contested,,E,,Low,"say ""hi""",,,
2031-07-11,,,Sarak,contested,,E,https://x.org/b,Low,x,,,
2021-07-11,,Nortj,Sorkh,contested,,E,,Low,x,,,
2021-07-12,2021-07-13,South,Sarak,controlled,government, F ,https://x.org/c?q=1#f,medium, spaced ,,,
2021-07-12,,South,Sarak,controlled,,F,http://[::1,,,,,
2021-07-12,,,,taliban,,G,,,,,,
'''
VARIANTS: dict[str, str] = {
    "plain.csv": HEAD + "\n" + BODY,
    "crlf.csv": (HEAD + "\n" + BODY).replace("\n", "\r\n"),
    "bom-semicolon.csv": "\ufeff" + (HEAD + "\n" + BODY).replace(",", ";"),
    "blank-lines.csv": HEAD + "\n\n" + BODY.replace("\n2021-07-10", "\n\n2021-07-10"),
    "multiline.csv": HEAD + "\n" + BODY + '2021-07-13,,North,Narin,taliban,,H,,,"two\nlines",,,\n',
    "ragged.csv": HEAD + "\n" + BODY + "2021-07-13,North\n",
    "bare-cr.csv": (HEAD + "\n" + BODY).replace("\n", "\r"),
    "odd-quote.csv": HEAD + "\n" + BODY + '2021-07-13,,North,Narin,taliban,,"H"x,,,,,,\n',
    "whitespace-line.csv": HEAD + "\n" + BODY + "   \n2021-07-13,,North,Narin,taliban,,H,,,,,,\n",
    "header-only.csv": HEAD + "\n",
}


def _same(path: Path, units: UnitSet, **kw: Any) -> str:
    def run(f: Any) -> Any:
        try:
            return "ok", f(path, units, **kw)
        except ValidationError as e:
            return type(e).__name__, e

    (ka, a), (kb, b) = run(read_claims), run(read_claims_reference)
    assert ka == kb, (ka, kb)
    if ka == "ok":
        pd.testing.assert_frame_equal(a.claims, b.claims)
        assert a.problems == b.problems
        assert a.skipped_rows == b.skipped_rows
        pd.testing.assert_frame_equal(a.skipped, b.skipped)
    else:
        assert a.problems == b.problems and str(a) == str(b)
    return ka


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize(
    "kw",
    [{}, {"skip_invalid": True}, {"skip_invalid": True, "on_future": "warning"}],
    ids=["strict", "skip", "skip-warn"],
)
def test_every_path_agrees_with_the_row_by_row_reader(
    tmp_path: Path, variant: str, kw: dict[str, Any]
) -> None:
    path = tmp_path / variant
    path.write_bytes(VARIANTS[variant].encode("utf-8"))
    with contextlib.suppress(ValidationError):  # header only: both raise the same first
        _same(path, UNITS, today=TODAY, **kw)


def test_json_and_geojson_agree(tmp_path: Path) -> None:
    recs = [
        {
            "date": "2021-07-08",
            "province": "North",
            "district": "Nolan",
            "status": "taliban",
            "source": "A",
        },
        {"date": "8 July 2021", "province": "Nortj", "status": "taliban", "source": "B"},
        {"date": "2021-07-09", "status": "taliban", "source": "C", "lat": 1.5, "lon": 0.5},
        "not an object",
    ]
    (tmp_path / "a.json").write_text(json.dumps(recs))
    feats = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [1.5, 0.5]},
            "properties": recs[0],
        },
        {"type": "Feature", "geometry": None, "properties": recs[1]},
    ]
    (tmp_path / "b.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": feats})
    )
    for name in ("a.json", "b.geojson"):
        for kw in ({}, {"skip_invalid": True}):
            _same(tmp_path / name, UNITS, today=TODAY, **kw)


def test_the_example_agrees(districts: UnitSet) -> None:
    assert _same(EXAMPLE, districts) == "ok"


def test_a_synthetic_ledger_agrees(districts: UnitSet, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from benchmark_claims import big_ledger

    path = tmp_path / "big.csv"
    big_ledger(path, 3_000)
    text = path.read_text(encoding="utf-8").splitlines()
    # some broken rows among them: a bad date, an unknown district, a duplicate
    text[100] = text[100].replace(text[100].split(",")[0], "2021-13-01", 1)
    text[200] = text[200].replace(text[200].split(",")[3], "Nowhereistan", 1)
    text.insert(300, text[299])
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    for kw in ({}, {"skip_invalid": True}):
        _same(path, districts, today=dt.date(2099, 12, 31), **kw)


def test_plain_csv_takes_the_fast_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(VARIANTS["plain.csv"], encoding="utf-8")
    expected = read_claims(path, UNITS, today=TODAY, skip_invalid=True)

    def no(*_a: Any) -> Any:
        raise AssertionError("the row-by-row reader was used")

    monkeypatch.setattr(claims_mod, "_read_rows", no)
    got = read_claims(path, UNITS, today=TODAY, skip_invalid=True)
    pd.testing.assert_frame_equal(got.claims, expected.claims)
    assert got.problems == expected.problems


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_line_scan_does_not_depend_on_its_block_size(tmp_path: Path, variant: str) -> None:
    from mapper._ledger_table import _scan

    path = tmp_path / variant
    path.write_bytes(VARIANTS[variant].encode("utf-8"))
    whole = _scan(path, 0, ",")
    for step in (1, 2, 3, 7, 64):
        part = _scan(path, 0, ",", step=step)
        assert (part.lines.tolist(), part.has_quote, part.one_line_records) == (
            whole.lines.tolist(),
            whole.has_quote,
            whole.one_line_records,
        )
        assert (part.bare_cr, part.odd_quote) == (whole.bare_cr, whole.odd_quote)


def test_a_cell_over_the_field_limit_is_refused_as_before(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "big.csv"
    big = "x" * (csv.field_size_limit() + 1)  # under pyarrow's block size: it would parse
    path.write_text(f"date,province,status,source,note\n2021-07-08,North,taliban,S,{big}\n")
    with pytest.raises(ValidationError) as exc:
        read_claims(path, UNITS, today=TODAY)
    [p] = exc.value.problems
    assert (p.row, p.column) == (2, "note")


@pytest.mark.parametrize(
    "raw",
    [
        b"date,province,status,source\n2021-07-08,North,taliban,S\n2021-07-09,N\xf6rth,taliban,S\n",
        b"date,province,status,source\n2021-07-08,North,taliban,S\x00x\n",
        b"date,province,status,source\n2021-07-08,North,taliban,S\n2021-07-09,North,taliban",
    ],
    ids=["not-utf8", "nul", "no-final-newline-ragged"],
)
def test_odd_bytes_agree(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(raw)
    for kw in ({}, {"skip_invalid": True}):
        with contextlib.suppress(ValidationError):
            _same(path, UNITS, today=TODAY, **kw)
