"""Counts after verbs of taking, over a span, and increments (#8, session 13, helper counts13).

A count of provincial capitals taken in a period given as a bound ("In less than a week, the
Taliban took control of nine provincial capitals", dev8 f6094) is read as a lower bound on the
capitals held: the period is at most 7 days, so the change over the 7 days the checker would
look back may be more than the count and the sentence still true; what the sentence entails is
that the side holds at least the capitals it took. An exact period ("in the last six days")
stays a change checked as one (capitals.change_start); a stated total ("eight out of 34")
stays as stated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import parse_claim
from tests.checker_corpus import refusal

DAY = dt.date(2021, 8, 11)


def _read(text: str) -> tuple[str, str, float, str, int | None]:
    c = parse_claim(text, anchor=DAY)
    return c.side, c.comparison, c.figure.lo, c.measure, c.change_days


@pytest.mark.parametrize(
    ("text", "side", "n"),
    [
        # dev8 f6094, as published
        (
            "In less than a week, the Taliban took control of nine provincial capitals.",
            "taliban",
            9,
        ),
        ("The Taliban captured nine provincial capitals in less than a week.", "taliban", 9),
        ("Nine provincial capitals fell to the Taliban in less than a week.", "taliban", 9),
        ("The Taliban have seized six provincial capitals within less than a week.", "taliban", 6),
        ("In less than 24 hours, the Taliban captured two provincial capitals.", "taliban", 2),
        # a verb of taking back (names13): what was taken back is held, at least nine
        ("Afghan forces retook nine provincial capitals in less than a week.", "government", 9),
    ],
)
def test_capitals_taken_in_less_than_a_period_are_a_floor(text: str, side: str, n: int) -> None:
    c = parse_claim(text, anchor=DAY)
    assert (c.side, c.comparison, c.figure.lo, c.measure) == (side, "at-least", n, "capitals")
    assert c.change_days is None  # not checked as a change over 7 days
    assert any("at most" in note and "lower bound" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "cmp_", "days"),
    [
        # an exact period: a change, checked as one (dev d112)
        (
            "In the last six days, the Taliban had captured eight provincial capitals.",
            "as-stated",
            6,
        ),
        ("The Taliban captured 5 provincial capitals in the last week.", "as-stated", 7),
        # a stated total: as stated (dev7 f5230)
        (
            "The Taliban have captured eight out of 34 provincial capitals in the country in "
            "less than a week.",
            "as-stated",
            7,
        ),
    ],
)
def test_exact_periods_and_stated_totals_stay_changes(text: str, cmp_: str, days: int) -> None:
    _side, c, _n, measure, change = _read(text)
    assert (c, measure, change) == (cmp_, "capitals", days)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Taliban failed to take nine provincial capitals in less than a week.", "failed to"),
        ("The Taliban could take nine provincial capitals in less than a week.", "could"),
        ("The Taliban lost nine provincial capitals in less than a week.", "lost"),
        ("The Taliban attacked nine provincial capitals in less than a week.", "attacked"),
        ("The Taliban took nine provincial capitals in less than a month.", "less than a month"),
    ],
)
def test_near_misses_of_a_taken_floor_stay_refused(text: str, part: str) -> None:
    e = refusal(text, gazetteer=None, anchor=DAY)
    assert part in e.part.lower(), str(e)


def test_a_floor_names_its_side() -> None:
    c = parse_claim(
        "In less than a week, government forces took nine provincial capitals.", anchor=DAY
    )
    assert (c.side, c.comparison, c.figure.lo) == ("government", "at-least", 9)


# Increments after a verb of taking stay refused: adversarial.csv's 'increment-period-loss'
# rows (a213 'captured another five districts', a214 'captured five more districts', a220
# 'captured 50 districts in the past week') and real rows (r143, e100, d095, e173) expect a
# refusal, while dev8 f6001, f6191, f6245, f6189, f6215, f4295 would read the floor ('at least
# N'): the corpora disagree, and a refusal is never a misreading. Pinned here until the lead
# decides (reported, session 13).
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Taliban captured two more districts on Tuesday.", "more districts"),
        ("The Taliban captured another five districts.", "another"),
        ("The Taliban captured 10 more districts in the past 24 hours.", "more"),
        ("The Taliban could take nine more districts.", "could"),
        ("The Taliban lost three more districts.", "more districts"),
        ("Nine more districts.", "more districts"),
        ("Afghan forces retook three more districts.", "more districts"),
        ("The Taliban failed to take nine more districts in a week.", "failed to"),
        ("The Taliban captured 50 districts in the past week.", "in the past week"),
    ],
)
def test_increments_and_district_counts_over_a_period_stay_refused(text: str, part: str) -> None:
    e = refusal(text, gazetteer=None, anchor=DAY)
    assert part in e.part.lower(), str(e)
