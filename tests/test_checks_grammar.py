"""Constructions the checker reads beyond single clauses (issue #8, session `grammar`):
clauses set aside, totality, dates relative to the date of writing. Expectations are written
by hand; the corpus rows (adversarial.csv) hold the near misses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.checks import ClaimParseError, parse_claim
from mapper.cli import main
from tests.conftest import EXAMPLE

SAT = dt.date(2021, 7, 10)  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "anchor", "day"),
    [
        ("The Taliban held half the country three weeks ago", SAT, "2021-06-19"),
        ("The Taliban held half the country 10 days ago", SAT, "2021-06-30"),
        ("Earlier on Friday, the Taliban held half the country", SAT, "2021-07-09"),
        ("Earlier on Saturday, the Taliban held half the country", SAT, "2021-07-10"),
        ("Earlier today, the Taliban held half the country", SAT, "2021-07-10"),
        ("Before May 1, the Taliban controlled 73 districts", SAT, "2021-04-30"),
        # written in March: "before May 1" is last year's
        ("Before May 1, the Taliban controlled 73 districts", dt.date(2022, 3, 1), "2021-04-30"),
        ("Before 1 March, the Taliban controlled 73 districts", SAT, "2021-02-28"),
        ("Before May 1, 2020, the Taliban controlled 73 districts", None, "2020-04-30"),
    ],
)
def test_relative_dates_resolve_from_the_date_of_writing(
    sentence: str, anchor: dt.date | None, day: str
) -> None:
    c = parse_claim(sentence, anchor=anchor)
    assert c.check_date == day
    assert any(day in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban held half the country three weeks ago",
        "Earlier on Friday, the Taliban held half the country",
        "Before May 1, the Taliban controlled 73 districts",
    ],
)
def test_a_relative_date_with_no_anchor_is_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError, match="needs that date"):
        parse_claim(sentence)


def test_a_sentence_with_no_relative_date_keeps_the_date_given() -> None:
    assert parse_claim("The Taliban hold half the country", anchor=SAT).check_date == ""


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The Taliban fully controls the Afghan province of Panjshir", "Panjshir province"),
        ("The Taliban have taken complete control of Panjshir province", "Panjshir province"),
        ("We are in control of the entire Afghanistan", "the country"),
        ("The Taliban control the whole of Herat", "Herat province"),
    ],
)
def test_totality_is_the_whole_scope(sentence: str, scope: str) -> None:
    c = parse_claim(sentence, side="taliban")
    assert (c.figure.lo, c.figure.hi, c.comparison, c.measure) == (1.0, 1.0, "as-stated", "area")
    assert c.scope_text() == scope
    assert c.acceptance().contains(1.0) and not c.acceptance().contains(0.999)


def test_period_with_a_share_is_the_state_and_a_count_is_refused() -> None:
    c = parse_claim("The Taliban captured more than half of the districts since May")
    assert c.period_text == "since may" and c.figure.lo == 0.5
    assert any("(a period) set aside" in n for n in c.reading_notes)
    with pytest.raises(ClaimParseError, match="change over a period"):
        parse_claim("The Taliban captured 12 of 34 provinces in the last week")


def test_cli_checks_the_day_a_relative_date_names(mirror: Path) -> None:
    r = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-28",
         "--format", "json", "The Taliban seized half of the country two weeks ago"],
        catch_exceptions=False,
    )  # fmt: skip
    doc = json.loads(r.output)
    assert doc["date"] == "2021-08-14"
    assert doc["parsed"]["check_date"] == "2021-08-14"
