"""Time phrases in real sentences (#8, helper tense8): "earlier in the day", "currently", and one
day named in apposition ("today, Wednesday, May 05", "on Friday, June 18").

Each resolves to the day it names from the date the sentence was written (the anchor), stated in
the reading, or is refused: another day beside "earlier in the day" (which day is "the day"?),
"currently" beside a past day of the claim, a weekday that is not the date's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.check.model import ParsedClaim
from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

MON_19_JULY = dt.date(2021, 7, 19)
WED_5_MAY = dt.date(2021, 5, 5)


def _unit(c: ParsedClaim, kind: str, name: str) -> None:
    assert c.measure == "units"
    assert [(u.kind, u.name) for u in c.named_units] == [(kind, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Zaranj fell to the Taliban earlier in the day.",
        "Earlier in the day, Zaranj fell to the Taliban.",
        "The Taliban captured Zaranj earlier in the day.",
    ],
)
def test_earlier_in_the_day_is_the_day_of_writing(text: str) -> None:
    c = parse_claim(text, anchor=MON_19_JULY)
    assert c.side == "taliban"
    _unit(c, "capital", "Zaranj")
    assert c.check_date == "2021-07-19"
    assert any("'earlier in the day' = the day of 2021-07-19" in n for n in c.reading_notes)


def test_earlier_in_the_day_with_a_count() -> None:
    c = parse_claim("The Taliban captured 10 districts earlier in the day.", anchor=MON_19_JULY)
    assert (c.measure, c.comparison, c.figure.lo, c.check_date) == (
        "districts",
        "at-least",
        10,
        "2021-07-19",
    )


@pytest.mark.parametrize(
    ("text", "anchor", "part"),
    [
        # "the day" may be Friday's (when it was said), not the day of writing
        (
            "An official said on Friday that Zaranj fell to the Taliban earlier in the day.",
            MON_19_JULY,
            "earlier in the day",
        ),
        ("Zaranj fell to the Taliban earlier in the day on 16 July.", MON_19_JULY, None),
        ("Zaranj fell to the Taliban yesterday, earlier in the day.", MON_19_JULY, None),
        # no date of writing
        ("Zaranj fell to the Taliban earlier in the day.", None, None),
        ("The Taliban did not capture Zaranj earlier in the day.", MON_19_JULY, "not"),
        ("The Taliban captured Zaranj earlier in the week.", MON_19_JULY, "earlier"),
        ("The Taliban could have captured Zaranj earlier in the day.", MON_19_JULY, None),
    ],
)
def test_earlier_in_the_day_refused(text: str, anchor: dt.date | None, part: str | None) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=anchor)
    if part is not None:
        assert e.value.part == part


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Qala-e-Naw is currently in the hands of government forces.", "government"),
        ("Currently, the Taliban control Qala-e-Naw.", "taliban"),
        ("The Taliban currently hold Qala-e-Naw.", "taliban"),
        ("Qala-e-Naw is currently under Taliban control.", "taliban"),
        ("The Taliban are currently in control of Qala-e-Naw.", "taliban"),
    ],
)
def test_currently_is_the_present(text: str, side: str) -> None:
    c = parse_claim(text, anchor=dt.date(2021, 7, 9))
    assert c.side == side
    _unit(c, "capital", "Qala-i-Naw")
    assert c.check_date == ""  # the date given, as "now"


def test_currently_with_the_day_it_was_said() -> None:
    c = parse_claim(
        "Zaranj is currently under Taliban control, officials said on Monday.",
        anchor=dt.date(2021, 7, 9),
    )
    _unit(c, "capital", "Zaranj")
    assert c.check_date == "2021-07-05"


@pytest.mark.parametrize(
    "text",
    [
        "Currently, the Taliban captured Zaranj on Monday.",
        "The Taliban currently control 150 districts on Monday.",
        "Currently, the Taliban captured Zaranj last week.",
        "Qala-e-Naw is currently besieged by government forces.",
        "Qala-e-Naw is currently not in the hands of government forces.",
        "Qala-e-Naw is currently almost in the hands of government forces.",
        "Currently the Taliban do not control Zaranj.",
    ],
)
def test_currently_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=dt.date(2021, 7, 9))


H207 = (
    "The Taliban militants have taken control over Burka district of the northeastern Baghlan "
    "province, a local security official confirmed, today, Wednesday, May 05."
)


def test_today_weekday_date_is_one_day(gaz: Gazetteer) -> None:
    c = parse_claim(H207, anchor=WED_5_MAY, gazetteer=gaz)
    assert c.side == "taliban"
    _unit(c, "district", "Burka")
    assert c.check_date == "2021-05-05"
    assert c.text == H207
    assert any("names one day (2021-05-05, a Wednesday" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (H207.replace("Wednesday", "Tuesday"), WED_5_MAY),  # not the date's weekday
        (H207.replace("May 05", "May 04"), WED_5_MAY),  # not today
        (H207, dt.date(2021, 5, 6)),  # 'today' is not 5 May
        (H207, None),  # no date of writing: 'today' unknown
    ],
)
def test_today_weekday_date_that_disagree_are_refused(
    gaz: Gazetteer, text: str, anchor: dt.date | None
) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=anchor, gazetteer=gaz)


def test_weekday_and_date_in_apposition(gaz: Gazetteer) -> None:
    c = parse_claim("The Taliban controlled 150 districts on Friday, 6 August 2021.")
    assert (c.measure, c.figure.lo) == ("districts", 150)
    assert any("read as 'on 6 August 2021'" in n for n in c.reading_notes)
    c = parse_claim(
        "Burka district of Baghlan province fell to the Taliban on Tuesday, May 4.",
        anchor=WED_5_MAY,
        gazetteer=gaz,
    )
    _unit(c, "district", "Burka")
    assert c.check_date == "2021-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban controlled 150 districts on Thursday, 6 August 2021.",
        "Burka district of Baghlan province fell to the Taliban on Monday, May 4.",
        "Burka district of Baghlan province fell to the Taliban on Tuesday, May 4, and Monday.",
        "Burka district of Baghlan province fell to the Taliban on Tuesday, May 6.",  # after
    ],
)
def test_weekday_and_date_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=WED_5_MAY)


def test_today_weekday_keeps_the_said_day() -> None:
    c = parse_claim(
        "The Taliban movement announced today, Thursday, that it controls close to 90% of "
        "Afghanistan's borders with neighboring countries.",
        anchor=dt.date(2021, 7, 22),
    )
    assert (c.measure, c.check_date) == ("border", "2021-07-22")
    with pytest.raises(ClaimParseError):
        parse_claim(
            "The Taliban movement announced today, Wednesday, that it controls close to 90% of "
            "Afghanistan's borders with neighboring countries.",
            anchor=dt.date(2021, 7, 22),
        )


# A weekday without "on" (wire copy): the last such day on or before the date of writing.
WED_21_JULY = dt.date(2021, 7, 21)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zaranj fell to the Taliban late Sunday.", "2021-07-18"),
        ("Zaranj fell to the Taliban early Monday.", "2021-07-19"),
        ("Zaranj fell to the Taliban Sunday night.", "2021-07-18"),
        ("Zaranj fell to the Taliban late Sunday night.", "2021-07-18"),
        ("Late Sunday, Zaranj fell to the Taliban.", "2021-07-18"),
        ("Sunday, Zaranj fell to the Taliban.", "2021-07-18"),
        ("The Taliban late Sunday captured Zaranj.", "2021-07-18"),
        ("The Taliban captured Zaranj late Wednesday.", "2021-07-21"),
        # the night before the date of writing: the state on the date of writing
        ("Zaranj fell to the Taliban last night.", "2021-07-21"),
    ],
)
def test_a_weekday_without_on(text: str, day: str) -> None:
    c = parse_claim(text, anchor=WED_21_JULY)
    assert c.side == "taliban"
    _unit(c, "capital", "Zaranj")
    assert c.check_date == day


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured 10 districts late Sunday.",
        "The Taliban captured 10 districts Sunday.",
        "The Taliban Sunday captured 10 districts.",
        "The Taliban on Sunday captured 10 districts.",
    ],
)
def test_a_weekday_without_on_with_a_count(text: str) -> None:
    c = parse_claim(text, anchor=WED_21_JULY)
    assert (c.measure, c.comparison, c.figure.lo, c.check_date) == (
        "districts",
        "at-least",
        10,
        "2021-07-18",
    )


def test_last_night_is_said_in_the_reading() -> None:
    c = parse_claim("The Taliban captured 10 districts last night.", anchor=WED_21_JULY)
    assert c.check_date == "2021-07-21"
    assert any("'last night' = the night before 2021-07-21" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Zaranj fell to the Taliban overnight Saturday.", "overnight saturday"),
        ("The Taliban captured 10 districts overnight Sunday.", "overnight sunday"),
        ("The day before, the Taliban had seized Zaranj.", "the day before"),
        ("The day before, the Taliban seized Zaranj.", "the day before"),
        ("A day before, the Taliban had captured Kandahar and Herat.", "a day before"),
        ("Just hours earlier the Taliban had captured Kandahar.", "just hours earlier"),
        ("The previous day, the Taliban seized Zaranj.", "the previous day"),
        ("Two days earlier, the Taliban captured 10 districts.", "two days earlier"),
        ("Zaranj fell to the Taliban last Sunday.", None),
        ("The Taliban captured 10 districts by Sunday.", None),
        ("The Taliban captured 10 districts since Sunday.", None),
        # the day it was said, not the claim's, in the same clause: not read
        ("Officials said the Taliban captured 10 districts Sunday.", None),
        ("The Taliban late Sunday besieged Zaranj.", None),
        ("The Taliban late Sunday did not capture Zaranj.", None),
        ("Zaranj fell to the Taliban on Sunday and late Monday.", None),
    ],
)
def test_relative_days_refused(text: str, part: str | None) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=WED_21_JULY)
    if part is not None:
        assert e.value.part.lower() == part
