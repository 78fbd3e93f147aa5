"""Ordinals of falls and named units beside a count (#8): falls.py, beside.py.

"The eighth provincial capital to fall" counts falls up to the day of the event, not the
capitals held on --date. Expected counts are worked out by hand from the rows of
examples/afghanistan-2021.csv cited (row = CSV line number): on 5 August Lashkar Gah (row
164), Pul-e Khumri (row 55) and Sar-e Pol (row 166) are contested, every other capital the
government's (row 2, baseline); Zaranj falls on 6 August (rows 170-171), Sheberghan on 7 August
(row 172); on 8 August Taloqan falls (row 177) while Kunduz (rows 173-174) and Sar-e Pol (rows
175-176) are disputed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.boundaries import load_units
from mapper.check.falls import count_falls, ordinal_apposition
from mapper.checks import ClaimParseError, parse_claim
from mapper.claims import read_claims
from mapper.cli import main
from tests.conftest import EXAMPLE


def check(mirror: Path, date: str, sentence: str) -> dict:
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", date, sentence,
         "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def world(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    units = load_units("afg-districts", mirror=mirror, cache_dir=tmp_path_factory.mktemp("c"))
    return units, read_claims(EXAMPLE, units)


def test_falls_are_counted_up_to_the_day_of_the_event(world) -> None:
    units, ledger = world
    f = count_falls(ledger, units, None, side="taliban", day=dt.date(2021, 8, 8), days=3,
                    mode="open")  # fmt: skip
    # from 5 August: by 7 August Zaranj and Sheberghan (fewest), plus the three contested
    # capitals that were not certainly the government's... they were not the Taliban's on 5
    # August (most); by 8 August also Taloqan, and Kunduz (disputed)
    assert f.start == dt.date(2021, 8, 5)
    assert f.before == (2, 5) and f.through == (3, 7)
    assert f.certain == ("Sheberghan", "Taloqan", "Zaranj")
    assert f.verdict(4) == "depends-on-assumptions"  # Kunduz, "the fourth to fall"
    assert f.verdict(8) == "contradicted"  # beyond the most by the end of the day
    assert f.verdict(2) == "contradicted"  # two had fallen before 8 August


def test_an_ordinal_with_no_period_counts_since_the_side_held_none(world) -> None:
    units, ledger = world
    f = count_falls(ledger, units, None, side="taliban", day=dt.date(2021, 8, 12), days=None,
                    mode="open")  # fmt: skip
    assert f.start < dt.date(2021, 8, 5) and f.through[1] == 11
    assert f.verdict(12) == "contradicted" and f.verdict(1) == "contradicted"


def test_a_named_capital_and_its_ordinal_are_both_checked(mirror: Path) -> None:
    s = ("The Taliban captured Sheberghan on Saturday, the second provincial capital to fall "
         "to the insurgents in less than 24 hours")  # fmt: skip
    # written on Monday 9 August: Saturday is 7 August, the day of the event, checked whatever
    # --date is; the 24 hours reach into 6 August (Zaranj)
    d = check(mirror, "2021-08-09", s)
    assert d["date"] == "2021-08-07"
    assert d["parsed"]["ordinal"] == 2 and d["parsed"]["ordinal_days"] == 2
    [unit] = d["units"]
    assert unit["unit"] == "Sheberghan (capital of Jowzjan)" and unit["verdict"] == "supported"
    # the ordinal: 1 (Zaranj) to 4 fell before 7 August, 2 to 5 by its end: depends
    assert any(n.startswith("Ordinal:") and "1-4 before it and 2-5 by its end" in n
               for n in d["notes"])  # fmt: skip
    assert any("Two claims in one sentence" in n for n in d["notes"])
    assert d["verdict"] == "depends-on-assumptions"


def test_an_ordinal_is_checked_as_falls_not_as_capitals_held(mirror: Path) -> None:
    # "the 12th" on 12 August: read as "12 held" it was checked against the count held; as
    # falls, at most 11 capitals were newly the Taliban's by the end of the day
    d = check(mirror, "2021-08-12", "The Taliban have taken the 12th provincial capital")
    assert d["verdict"] == "contradicted" and d["parsed"]["ordinal"] == 12
    assert d["explanation"].startswith("Ordinal: 'the 12th provincial capital to fall'")


def test_a_list_beside_a_count_is_checked_too(mirror: Path) -> None:
    s = "The Taliban now control at least 13 provincial capitals, including Kandahar and Herat"
    d = check(mirror, "2021-08-13", s)  # rows 200 (Herat), 202 (Kandahar): taliban
    assert d["verdict"] == "supported"
    assert {u["unit"]: u["verdict"] for u in d["units"]} == {
        "Kandahar (capital of Kandahar)": "supported",
        "Herat (capital of Herat)": "supported",
    }
    d = check(mirror, "2021-08-10", s)  # both still the government's (baseline, row 2)
    assert d["verdict"] == "contradicted"
    assert {u["verdict"] for u in d["units"]} == {"contradicted"}


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Zaranj was the first provincial capital to fall to the Taliban", "tells it as past"),
        ("The Taliban took the eighth provincial capital", "tells it as past"),
        ("The Taliban captured Zaranj, the first provincial capital to fall", "tells it as past"),
        ("The Taliban captured Zaranj, the first provincial capital to fall to government "
         "forces", "not the claim's side"),
        ("The Taliban captured Nimroz province, the first provincial capital to fall",
         "no single one"),
    ],
)  # fmt: skip
def test_an_ordinal_whose_day_or_unit_is_not_known_is_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, anchor=dt.date(2021, 8, 8))
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


_ZARANJ = "The city of Zaranj, the capital of Nimruz, was captured by the Taliban on Friday, "


def test_an_ordinal_with_how_the_capital_fell_is_set_aside() -> None:
    # real r300: "after a siege" may count only the capitals taken by siege: the ordinal is not
    # checked, the capture is (on Friday 6 August)
    c = parse_claim(
        _ZARANJ + "becoming the first provincial capital to fall to the militants after a siege.",
        anchor=dt.date(2021, 8, 7),
    )
    assert c.measure == "units" and c.side == "taliban" and c.check_date == "2021-08-06"
    assert [u.name for u in c.named_units] == ["Zaranj"] and c.ordinal is None
    assert any("(an ordinal) set aside" in n and "'after a siege'" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        _ZARANJ + "becoming the first provincial capital to be retaken by government forces "
        "after a siege.",
        _ZARANJ + "becoming the first provincial capital to fall to government forces after a "
        "siege.",
        _ZARANJ + "becoming the first capital to fall after a siege.",
        _ZARANJ + "threatening to become the first provincial capital to fall after a siege.",
        _ZARANJ + "becoming the first provincial capital to fall to the militants after the "
        "withdrawal.",
        _ZARANJ + "becoming the first provincial capital to fall to the militants after a "
        "decision.",
        "The city of Zaranj, the capital of Nimruz, was retaken by government forces on Friday, "
        "becoming the first provincial capital to fall after a siege.",
        "The city of Zaranj, the capital of Nimruz, may be captured by the Taliban on Friday, "
        "becoming the first provincial capital to fall to the militants after a siege.",
    ],
)
def test_an_ordinal_with_how_it_fell_near_misses_are_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, anchor=dt.date(2021, 8, 7))


def test_the_ordinal_apposition_is_found_and_split_off() -> None:
    a = ordinal_apposition(
        "Taliban militants have overrun the provincial capital of Kunduz province, the fourth "
        "provincial capital to fall in the past three days, officials confirmed on Sunday."
    )
    assert a is not None and a.n == 4 and a.period == "in the past three days"
    assert a.main == (
        "Taliban militants have overrun the provincial capital of Kunduz province, officials "
        "confirmed on Sunday."
    )
    assert ordinal_apposition("The Taliban hold the second largest provincial capital") is None
