"""When the claim is about, in wire copy (#8, helper tense9): a weekday beside a dateline's date
that names the same day, "today, June 28", and a time of day.

Each resolves to one day from the date the sentence was written (the anchor) and the date given,
stated in the reading, or is refused: a weekday that is another day than the date's,
"yesterday" beside a date (the day before the date of writing, or before the date given?),
"today" beside another day, a time of day that is a bound ("by 6 pm", "after 6 pm").
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.check.model import ParsedClaim
from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

FRI_9_JULY = dt.date(2021, 7, 9)
WED_30_JUNE = dt.date(2021, 6, 30)
MON_28_JUNE = dt.date(2021, 6, 28)


def _unit(c: ParsedClaim, kind: str, name: str) -> None:
    assert c.measure == "units"
    assert [(u.kind, u.name) for u in c.named_units] == [(kind, name)]


# --------------------------------------------------------------------------------------------
# A weekday beside a date that names the same day


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw on Friday, officials said.",
            FRI_9_JULY,
        ),
        # written three days later: Friday is still 9 July, whichever day it counts from
        (
            "HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw on Friday, officials said.",
            dt.date(2021, 7, 12),
        ),
        ("On 9 July 2021, the Taliban captured Qala-e-Naw late Friday.", FRI_9_JULY),
        ("The Taliban captured Qala-e-Naw on 9 July, earlier on Friday.", FRI_9_JULY),
    ],
)
def test_a_weekday_beside_the_same_date_is_one_day(text: str, anchor: dt.date) -> None:
    c = parse_claim(text, anchor=anchor)
    assert c.side == "taliban"
    _unit(c, "capital", "Qala-i-Naw")
    assert c.check_date == "2021-07-09"


def test_a_repost_dateline_and_its_weekday(gaz: Gazetteer) -> None:
    text = (
        "KABUL (UrduPoint News / Sputnik - 30th June, 2021) Afghan government forces on "
        "Wednesday regained control of the Shinwari district of eastern Parwan province from the "
        "Taliban, the defense ministry said."
    )
    c = parse_claim(text, anchor=WED_30_JUNE, gazetteer=gaz)
    assert c.side == "government"
    _unit(c, "district", "Shinwari")
    assert c.check_date == "2021-06-30"
    assert any("name the same day (2021-06-30)" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # Saturday is 8 July, not the dateline's 9 July
        ("HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw on Thursday.", FRI_9_JULY),
        # "yesterday": before the date of writing (8 July) or before 9 July? not one day
        ("HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw yesterday.", FRI_9_JULY),
        ("The Taliban captured Qala-e-Naw yesterday, 8 July 2021.", FRI_9_JULY),
        # written ten days later: "Friday" is 16 July, not 9 July
        ("HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw on Friday.", dt.date(2021, 7, 19)),
        # no date of writing: the weekday is not resolved
        ("HERAT, July 9, 2021 (AFP) -- The Taliban seized Qala-e-Naw on Friday.", None),
        ("The Taliban captured Qala-e-Naw on Friday and Saturday, 9 July 2021.", FRI_9_JULY),
        ("HERAT, July 9 (AFP) -- The Taliban did not seize Qala-e-Naw on Friday.", FRI_9_JULY),
        ("HERAT, July 9 (AFP) -- The Taliban besieged Qala-e-Naw on Friday.", FRI_9_JULY),
    ],
)
def test_a_weekday_beside_another_date_is_refused(text: str, anchor: dt.date | None) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=anchor)


def test_the_repost_dateline_beside_another_weekday_is_refused(gaz: Gazetteer) -> None:
    for day in ("Tuesday", "yesterday"):
        with pytest.raises(ClaimParseError, match="more than one date"):
            parse_claim(
                "KABUL (UrduPoint News / Sputnik - 30th June, 2021) Afghan government forces "
                f"{'on ' if day[0].isupper() else ''}{day} regained control of the Shinwari "
                "district of eastern Parwan province from the Taliban.",
                anchor=WED_30_JUNE,
                gazetteer=gaz,
            )


# --------------------------------------------------------------------------------------------
# "today, June 28" and a time of day


def test_today_and_the_date_of_writing_are_one_day(gaz: Gazetteer) -> None:
    c = parse_claim(
        "The Taliban took over Waghaz district today, June 28, around 01:00 AM.",
        anchor=MON_28_JUNE,
        gazetteer=gaz,
    )
    assert c.side == "taliban"
    _unit(c, "district", "Waghaz")
    assert c.check_date == "2021-06-28"
    assert any("names one day (2021-06-28, the date of writing)" in n for n in c.reading_notes)
    assert any("'around 01:00 am' (a time of day)" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Taliban captured Qala-e-Naw at 4 p.m. local time on Friday.", "2021-07-09"),
        ("The Taliban captured Qala-e-Naw around 6:00 PM on Friday, July 9.", "2021-07-09"),
        ("The Taliban captured Qala-e-Naw on July 8 at about 11 pm.", "2021-07-08"),
        ("The Taliban captured Qala-e-Naw at 0300 hours.", ""),
    ],
)
def test_a_time_of_day_is_set_aside(text: str, date: str) -> None:
    c = parse_claim(text, anchor=FRI_9_JULY)
    _unit(c, "capital", "Qala-i-Naw")
    assert c.check_date == date
    assert any("(a time of day) set aside" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took over Waghaz district today, June 27.",
        "The Taliban took over Waghaz district by 6 pm.",
        "The Taliban took over Waghaz district after 6 pm.",
        "The Taliban took over Waghaz district until 6 pm.",
        "The Taliban took over Waghaz district since 10:00 am.",
        "The Taliban did not take over Waghaz district around 01:00 AM.",
        "The Taliban surrounded Waghaz district around 01:00 AM.",
    ],
)
def test_today_beside_another_day_and_a_bound_of_time_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=MON_28_JUNE, gazetteer=gaz)


# --------------------------------------------------------------------------------------------
# An adverb of earlier time before a verb of taking named units

FRI_13_AUG = dt.date(2021, 8, 13)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Previously, the Afghan Taliban captured Faizabad, the capital of Badakhshan.",
         "capital", "Fayzabad"),
        ("Earlier, the Taliban captured Sheberghan.", "capital", "Sheberghan"),
        ("The Taliban earlier captured Zaranj in the southern province of Nimroz.",
         "capital", "Zaranj"),
        ("Taliban had earlier captured Zaranj in the southern province of Nimroz.",
         "capital", "Zaranj"),
        ("Earlier, the insurgents had taken Ghazni.", "capital", "Ghazni"),
        ("Earlier, Zaranj fell to the Taliban.", "capital", "Zaranj"),
        ("Taliban militants had previously taken control of Nahrin district.",
         "district", "Nahrin"),
    ],
)  # fmt: skip
def test_earlier_before_a_verb_of_taking(text: str, kind: str, name: str, gaz: Gazetteer) -> None:
    c = parse_claim(text, anchor=FRI_13_AUG, gazetteer=gaz)
    assert c.side == "taliban"
    _unit(c, kind, name)
    assert c.change_verb
    assert c.check_date == ""  # the date of writing, as a plain past capture
    assert c.text == text
    assert any("(before the date of writing) set aside" in n for n in c.reading_notes)


def test_earlier_said_full_control_of_a_province() -> None:
    c = parse_claim(
        "Earlier, Taliban spokesman Zabihullah Mujahid said that the Taliban had taken full "
        "control of the Panjshir province.",
        anchor=dt.date(2021, 9, 6),
    )
    assert (c.side, c.measure, c.province, c.figure.lo, c.check_date) == (
        "taliban",
        "area",
        "Panjshir",
        1.0,
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a state then: no longer?
        "Previously, the Taliban held Sheberghan.",
        "The Taliban previously controlled Sheberghan.",
        "Earlier, the Taliban controlled Sheberghan.",
        "Earlier, the Taliban claimed control of Sheberghan.",
        "Earlier, officials said the Taliban control Sheberghan.",
        "Taliban had earlier declared that it controls 85 per cent of territory in Afghanistan.",
        # a count or a part taken is not held
        "Earlier, the Taliban captured 12 districts.",
        "Earlier, the Taliban took control of half of Paktika province.",
        # a date of its own beside the adverb
        "Earlier, the Taliban captured Sheberghan on Friday.",
        "The Taliban had earlier captured Sheberghan on 6 August.",
        "Earlier, the Taliban captured Sheberghan last week.",
        # the pluperfect without the adverb, and in a relative clause
        "The Taliban had captured Sheberghan.",
        "Government forces retook Sheberghan, which the Taliban had earlier captured.",
        "Officials said the Taliban had earlier captured Sheberghan on 6 August.",
        # not control, negation, a loss, another side's capture of it
        "Earlier, the Taliban besieged Sheberghan.",
        "Earlier, the Taliban did not capture Sheberghan.",
        "Earlier, the Taliban lost Sheberghan.",
        "Earlier, government forces recaptured Sheberghan from the Taliban, who had seized it.",
    ],
)
def test_earlier_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=FRI_13_AUG, gazetteer=gaz)


def test_earlier_recaptured_is_the_government_side(gaz: Gazetteer) -> None:
    c = parse_claim(
        "Earlier, Afghan forces recaptured Dawlatabad district in Faryab province.",
        anchor=FRI_13_AUG,
        gazetteer=gaz,
    )
    assert c.side == "government"
    _unit(c, "district", "Dawlatabad")


# --------------------------------------------------------------------------------------------
# "overnight" closing a capture of named units


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured Ghazni overnight.",
        "Taliban fighters took control of Ghazni overnight, officials said.",
    ],
)
def test_overnight_is_the_night_before_the_date_of_writing(text: str) -> None:
    c = parse_claim(text, anchor=FRI_13_AUG)
    assert c.side == "taliban"
    _unit(c, "capital", "Ghazni")
    assert c.check_date == ""
    assert any("'overnight' (the night before the date of writing)" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured Ghazni yesterday overnight.",
        "On 12 August the Taliban captured Ghazni overnight.",
        "The Taliban captured Ghazni overnight Thursday.",
        "The Taliban surrounded Ghazni overnight.",
        "The Taliban did not capture Ghazni overnight.",
    ],
)
def test_overnight_beside_another_day_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=FRI_13_AUG)


# --------------------------------------------------------------------------------------------
# A day counted back beside who said it on another day (redteam8's strict xfails)

TUE_10_AUG = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Friday that Sheberghan fell to the Taliban last night.",
        "Sheberghan fell to the Taliban yesterday, a provincial official told Reuters Saturday.",
        "Officials said yesterday that Sheberghan fell to the Taliban late last night.",
        "Sheberghan fell to the Taliban two days ago, an official told AFP on Sunday.",
    ],
)
def test_a_day_counted_back_beside_another_day_of_saying_is_refused(text: str) -> None:
    with pytest.raises(ClaimParseError, match="counts back from a day"):
        parse_claim(text, anchor=TUE_10_AUG)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # said on the date of writing: both count from the same day
        ("Officials said on Tuesday that Sheberghan fell to the Taliban last night.", "2021-08-10"),
        ("Sheberghan fell to the Taliban yesterday, officials said.", "2021-08-09"),
        ("Officials said yesterday that Sheberghan fell to the Taliban.", "2021-08-09"),
    ],
)
def test_a_day_counted_back_beside_the_day_of_writing(text: str, date: str) -> None:
    c = parse_claim(text, anchor=TUE_10_AUG)
    _unit(c, "capital", "Sheberghan")
    assert c.check_date == date
