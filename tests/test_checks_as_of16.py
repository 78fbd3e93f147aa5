""" "As of <weekday>" is the state on that day (#8), as "as of July 21" and "on Wednesday"
are: the last such weekday on or before the date the sentence was written (dev6 f4250, "As of
Wednesday, the Taliban controls about 212 of Afghanistan's 419 district centers, Milley
said"). Without the date of writing, "by <weekday>" (any day up to it), "as of next / last
Wednesday" and a weekday after who said it stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

THURSDAY = dt.date(2021, 7, 22)


@pytest.mark.parametrize(
    ("text", "day", "lo"),
    [
        (
            "As of Wednesday, the Taliban controls about 212 of Afghanistan’s 419 district "
            "centers, Milley said.",
            "2021-07-21",
            212,
        ),
        ("As of Monday, the Taliban control 200 districts.", "2021-07-19", 200),
        ("The Taliban control 200 districts as of Wednesday.", "2021-07-21", 200),
        ("As of Thursday, the Taliban control half of the country.", "2021-07-22", 0.5),
    ],
)
def test_as_of_a_weekday_is_the_state_on_that_day(
    text: str, day: str, lo: float, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=THURSDAY, gazetteer=gaz)
    assert (c.check_date, c.figure.lo) == (day, lo)
    assert any(n.startswith("'as of ") and day in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "By Wednesday, the Taliban controls about 212 of Afghanistan’s 419 district centers.",
        "As of next Wednesday, the Taliban control 200 districts.",
        "As of Wednesday next week, the Taliban control 200 districts.",
        "Officials said as of Wednesday the Taliban control 200 districts.",
        "As of Wednesday, the Taliban may control 200 districts.",
    ],
)
def test_near_misses_stay_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=THURSDAY, gazetteer=gaz)


def test_without_the_date_of_writing_it_is_refused() -> None:
    with pytest.raises(ClaimParseError):
        parse_claim("As of Friday, the Taliban control 212 of the district centers")
