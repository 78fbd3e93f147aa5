"""Counts in real sentences (#8, helper counts7): a range written "212 or 213", a share closing
the sentence that restates the count over its stated total, the speaker's own guess, "as of
today", and an ordinal of "Afghan capital" in a headline.

General Milley, 21 July 2021 (DOD News): "As of today, 212 or 213 of the district centers are
in Taliban control – it's about half of the 419 that are out there." The count is the claim
(a range of two consecutive numbers); the share is checked to restate it (212 of 419 is 50.6%:
about half) and gives the count's stated total. Each of these sentences was refused before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

MILLEY = (
    "\"As of today, 212 or 213 of the district centers are in Taliban control – it's about half "
    "of the 419 that are out there."
)


def test_two_consecutive_numbers_joined_by_or_are_a_range() -> None:
    c = parse_claim("212 or 213 of the district centers are in Taliban control")
    assert (c.side, c.measure, c.comparison) == ("taliban", "districts", "as-stated")
    assert (c.figure.lo, c.figure.hi) == (212, 213)
    c = parse_claim("The Taliban control two or three provinces")
    assert (c.measure, c.figure.lo, c.figure.hi) == ("provinces", 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban control 212 or 214 of the district centres",
        "The Taliban control 5 or 10 districts",
        "The Taliban control 213 or 212 districts",
        "The Taliban control 212 districts or 213",
    ],
)
def test_two_figures_joined_by_or_that_are_not_consecutive_are_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text)


def test_a_closing_share_that_restates_the_count_is_read_once_with_its_total() -> None:
    c = parse_claim(MILLEY, anchor=dt.date(2021, 7, 21))
    assert (c.side, c.measure, c.figure.lo, c.figure.hi) == ("taliban", "districts", 212, 213)
    assert c.stated_total == 419
    assert any("restates the count (212 or 213 of 419" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The Taliban control 212 districts – it's about half", "over a total the sentence"),
        (
            "The Taliban control 212 of the district centers – it's about a third of the 419",
            "does not restate",
        ),
        (
            "The Taliban control 212 of the 400 district centers – it's about half of the 419",
            "two stated totals",
        ),
        ("The Taliban control half of the country – it's about half of the 419", "second claim"),
        (
            "The Taliban captured 212 of the district centers last week – it's about half of "
            "the 419",
            "second claim",
        ),
    ],
)
def test_a_closing_share_that_does_not_restate_a_count_is_refused(text: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=dt.date(2021, 7, 21))
    assert why in str(e.value)


def test_the_speakers_guess_is_refused_naming_it() -> None:
    text = (
        "As of today, more or less, I guess it's about 212, 214, it's in that range, the "
        "district centres are in Taliban control, it's about half of the 419 that are out there."
    )
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text)
    assert "i guess" in str(e.value) and "hedges" in str(e.value)


def test_as_of_today_is_today() -> None:
    c = parse_claim("As of today, the Taliban control 212 of the district centers")
    assert (c.measure, c.figure.lo) == ("districts", 212)
    with pytest.raises(ClaimParseError):
        parse_claim("As of Friday, the Taliban control 212 of the district centers")


def test_an_ordinal_of_afghan_capital_after_a_verb_of_taking_counts_provincial_capitals() -> None:
    c = parse_claim("Taliban seize 10th Afghan capital", anchor=dt.date(2021, 8, 12))
    assert (c.measure, c.ordinal, c.check_date) == ("capitals", 10, "2021-08-12")
    c = parse_claim(
        "The Taliban seized the ninth Afghan capital on Wednesday", anchor=dt.date(2021, 8, 12)
    )
    assert (c.ordinal, c.check_date) == (9, "2021-08-11")
    assert any("the country has one capital" in n for n in c.reading_notes)
    for text in ("Taliban seize 10th capital",):
        with pytest.raises(ClaimParseError):
            parse_claim(text, anchor=dt.date(2021, 8, 12))


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban on Friday captured their first provincial capital since launching an "
        "offensive to coincide with the departure of foreign troops.",
        "The Taliban have captured their first Afghan provincial capital since launching an "
        "offensive, a senior government official said Friday",
        "Zaranj is the first provincial capital to fall to the Taliban since the withdrawal began",
    ],
)
def test_an_ordinal_since_an_event_of_unknown_day_is_refused_naming_the_span(text: str) -> None:
    """'the first since the offensive' is not 'the first ever': the span is not set aside,
    and its first day is not known (it was refused as 'change over a period' or for other
    words)."""
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=dt.date(2021, 8, 6))
    assert "an ordinal over a span from an event" in str(e.value)


def test_a_span_from_a_named_day_still_reads_with_its_ordinal() -> None:
    c = parse_claim(
        "Kunduz is the third provincial capital the Taliban have seized since Friday.",
        anchor=dt.date(2021, 8, 8),
    )
    assert (c.ordinal, c.ordinal_days) == (3, 3)


def test_a_bound_on_two_figures_joined_by_or_is_refused_unless_it_is_the_lower() -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim("The Taliban control under 212 or 213 districts")
    assert "joined by 'or'" in str(e.value)
    c = parse_claim("The Taliban control more than 212 or 213 districts")
    assert (c.comparison, c.figure.lo, c.figure.hi) == ("over", 212, 212)


def test_a_comparison_after_an_opening_quotation_mark_is_read() -> None:
    c = parse_claim("The Taliban hold sway over “about 250 of Afghanistan’s nearly 400 districts”")
    assert (c.comparison, c.figure.lo, c.stated_total) == ("about", 250, 400)


R109 = (
    "In less than a week, the Taliban has overrun one-quarter of Afghanistan's provincial "
    "capitals in a huge swathe of territory across the north of the country."
)


def test_where_the_capitals_lie_is_set_aside_after_the_countrys_capitals() -> None:
    c = parse_claim(R109, anchor=dt.date(2021, 8, 12))
    assert (c.measure, c.figure.lo, c.change_days) == ("capitals", 0.25, 7)
    assert any("where they lie is not checked" in n for n in c.reading_notes)
    with pytest.raises(ClaimParseError):
        parse_claim(
            "The Taliban have taken one-quarter of the provincial capitals in a huge swathe of "
            "territory across the north of the country"
        )


def test_one_capital_named_as_the_latest_gain_is_checked_beside_the_count() -> None:
    c = parse_claim(
        "Six regional capitals have fallen to the Taliban in the past three days and the latest "
        "Kunduz is their latest and most significant gain.",
        anchor=dt.date(2021, 8, 9),
    )
    assert (c.measure, c.figure.lo, c.change_days) == ("capitals", 6, 3)
    assert [u.name for u in c.also_units] == ["Kunduz"]
    with pytest.raises(ClaimParseError):
        parse_claim("The Taliban now hold six provincial capitals and Kunduz is their latest gain")
