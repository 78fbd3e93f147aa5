"""Counts of districts taken since a named day (#8, session 15, helper counts15).

"At least seven districts have fallen to the Taliban since May 1" counts what changed, not what
the side holds: it is read as the span from that day to the day of the claim, checked on the
ledger as the districts taken in it (mapper/check/since.py, spans.py), never as the state. A
period that names no first day ("since May", "since the beginning of May") stays refused, as
the real corpus (r043, r044, r288) and the README decided.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

DAY = dt.date(2021, 6, 5)


@pytest.mark.parametrize(
    ("text", "day", "cmp_", "n", "start"),
    [
        # dev9 g7299, Terrorism Watch (IANS/dpa copy), 2021-06-05
        (
            "Since the official withdrawal of the US and other NATO troops in Afghanistan on "
            "May 1, at least seven districts have fallen to the Taliban.",
            DAY,
            "at-least",
            7,
            "2021-05-01",
        ),
        # dev5 f5032, Ghana News Agency (dpa), 2021-06-14
        (
            "Since the beginning of the official withdrawal of the United States and other NATO "
            "troops on May 1, at least 23 districts have fallen to the Taliban.",
            dt.date(2021, 6, 14),
            "at-least",
            23,
            "2021-05-01",
        ),
        # dev5 f5258, Qatar Tribune (dpa), 2021-06-17
        (
            "Since the beginning of the official withdrawal of the United States and other NATO "
            "troops on May 1, at least 27 districts have fallen to the Taliban.",
            dt.date(2021, 6, 17),
            "at-least",
            27,
            "2021-05-01",
        ),
        (
            "At least seven districts have fallen to the Taliban since May 1.",
            DAY,
            "at-least",
            7,
            "2021-05-01",
        ),
        # a bare count after a verb of taking: at least what was taken
        (
            "The Taliban have captured five districts since June 1.",
            DAY,
            "at-least",
            5,
            "2021-06-01",
        ),
        (
            "The Taliban have taken more than 50 of 370 districts since June 1.",
            DAY,
            "over",
            50,
            "2021-06-01",
        ),
    ],
)
def test_a_count_of_districts_since_a_day_is_a_change_over_the_span(
    text: str, day: dt.date, cmp_: str, n: int, start: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=day, gazetteer=gaz)
    assert (c.side, c.comparison, c.figure.lo, c.measure) == ("taliban", cmp_, n, "districts")
    assert (c.window_start, c.window_end, c.window_taken) == (start, day.isoformat(), True)
    assert c.check_date == "" and c.change_days is None
    assert any("is a change, not the total held" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # real r043 (Reuters), r044 (CNN), r288 (Daily Times), adversarial a219: a month names
        # no first day; refused as the corpora expect
        (
            "The Taliban has taken more than 50 of 370 districts in the country since May.",
            "since may",
        ),
        (
            "Fifty of Afghanistan's 370 districts have fallen to Taliban militants since May.",
            "since may",
        ),
        (
            "Ms. Deborah Lyons said more than 50 of Afghanistan's 370 districts have fallen since "
            "the beginning of May.",
            "since the beginning of may",
        ),
        ("The Taliban have captured five districts since May", "since may"),
        ("The Taliban have captured five districts since early June", "since early june"),
        # increments keep their rule
        ("The Taliban have captured another five districts since June 1", "another"),
        ("The Taliban have captured five more districts since June 1", "more districts"),
        # a loss, a cap, an ordinal, a state
        ("The Taliban have lost five districts since June 1", "lost"),
        ("The Taliban have captured less than five districts since June 1", "since june 1"),
        ("The Taliban have captured the fifth district since June 1", "since june 1"),
        # a weekday stays refused for districts (test_checks_periods); dev9 g7297 as published
        ("At least three districts have fallen to the Taliban since Thursday.", "since thursday"),
        ("At least three districts have fallen to the Taliban since Thursday night.", "since"),
        # the fronted clause's event excludes: not set aside
        (
            "Since the withdrawal of troops other than the US on May 1, at least seven districts "
            "have fallen to the Taliban.",
            "other than",
        ),
        # the day dates another event than the one the span starts from (as dev d027)
        (
            "Since the Taliban began its offensive after President Joe Biden announced the "
            "withdrawal of U.S forces on April 14, at least 100 districts have fallen to the "
            "Taliban.",
            "since",
        ),
        # a day after the date of writing
        ("The Taliban have captured five districts since June 10", "june 10"),
    ],
)
def test_near_misses_stay_refused(text: str, words: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert words in str(e.value).lower()


def test_since_a_day_needs_the_date_of_writing(gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError, match="date the sentence was written"):
        parse_claim(
            "At least seven districts have fallen to the Taliban since May 1.", gazetteer=gaz
        )


def test_a_share_since_a_dated_event_is_still_the_state_as_a_lower_bound(gaz: Gazetteer) -> None:
    c = parse_claim(
        "Since the withdrawal of US troops on May 1, the Taliban have captured more than half "
        "of the country.",
        anchor=DAY,
        gazetteer=gaz,
    )
    assert (c.comparison, c.measure, c.window_start, c.window_taken) == ("over", "area", "", False)
    assert c.check_date == ""  # the clause's day is not the claim's date
