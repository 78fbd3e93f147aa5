"""The example ledger tells the May-September 2021 story from sourced reporting (#9 part 8).

Every row names an outlet and a URL; a country-wide baseline opens it; the headline check
("over two-thirds of the country", AP, 13 August 2021) gets a firm verdict that does not
rest on the baseline, while in July the baseline is what decides.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import main
from tests.conftest import EXAMPLE

HEADLINE = "The Taliban have captured over two-thirds of the country"


def _rows() -> list[dict[str, str]]:
    with open(EXAMPLE, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_row_has_outlet_and_url() -> None:
    rows = _rows()
    assert len(rows) > 200
    for i, r in enumerate(rows, start=2):
        assert r["source"].strip(), f"row {i}: no outlet"
        assert r["url"].startswith(("http://", "https://")), f"row {i}: {r['url']!r}"


def test_baseline_opens_the_ledger() -> None:
    rows = _rows()
    first = rows[0]
    assert first["scope"] == "country" and first["date"] == "2021-05-01"
    assert first["status"] == "government"
    assert not first["province"] and not first["district"]
    assert "afghanistan-analysts.org" in first["url"] and "33 of Afghanistan's 421" in first["note"]
    country = [r for r in rows if r["scope"] == "country"]
    # the baseline and the 15 August sweep (Panjshir excepted by its own same-day row)
    assert [(r["date"], r["status"]) for r in country] == [
        ("2021-05-01", "government"),
        ("2021-08-15", "taliban"),
    ]
    assert any(
        r["date"] == "2021-08-15" and r["province"] == "Panjshir" and not r["district"]
        for r in rows
    )


@pytest.fixture
def check(mirror: Path, tmp_path: Path):
    def run(ledger: Path, date: str) -> dict:
        opts = ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c")]
        args = ["check", str(ledger), HEADLINE, "--date", date, "--format", "json"]
        res = CliRunner().invoke(main, [*opts, *args])
        assert res.exit_code == 0, res.output
        doc = json.loads(res.output)
        return doc[0] if isinstance(doc, list) else doc

    return run


@pytest.fixture
def without_baseline(tmp_path: Path) -> Path:
    rows = [r for r in _rows() if r["scope"] != "country"]
    out = tmp_path / "no-baseline.csv"
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return out


def test_headline_is_supported_and_not_by_the_baseline(check, without_baseline: Path) -> None:
    doc = check(EXAMPLE, "2021-08-13")
    assert doc["verdict"] == "supported"
    assert doc["unclaimed_units"] == 0
    assert doc["value_open_low"] == pytest.approx(0.752, abs=0.001)  # README figure
    # without the country-wide rows the verdict holds both ways over the unclaimed part
    bare = check(without_baseline, "2021-08-13")
    assert bare["verdict"] == "supported" and bare["unclaimed_units"] == 149


def test_in_july_the_baseline_decides(check, without_baseline: Path) -> None:
    assert check(EXAMPLE, "2021-07-17")["verdict"] == "contradicted"
    assert check(without_baseline, "2021-07-17")["verdict"] == "undetermined"


def test_the_verdict_says_what_rests_on_the_baseline(check, without_baseline: Path) -> None:
    """#9 part 5: the verdict names the units and area share decided by country-wide rows."""
    doc = check(EXAMPLE, "2021-08-13")
    said = [n for n in doc["notes"] if "rest on country-wide claims" in n]
    # the same 149 districts that are unclaimed once the country-wide rows are removed
    assert len(said) == 1 and said[0].startswith("149 of the 398 units"), doc["notes"]
    assert "dated 2021-05-01" in said[0] and "Government control 149" in said[0]
    bare = check(without_baseline, "2021-08-13")
    assert not [n for n in bare["notes"] if "rest on country-wide claims" in n]
