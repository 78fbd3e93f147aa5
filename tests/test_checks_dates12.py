"""Day phrases a capture is dated with (#8, session 12): "this morning", "by midday Monday",
"last night, June 20", "on Sunday (8)", "on the same day" after a day named, and an event
told "hours after" which the claim's taking came. Each is read only when it names one day
from the date of writing (the anchor), and the claim is checked on that day; a phrase that
names no one day ("the same day" with none named before it, "a day later" beside another day,
"this morning" without a date of writing or beside who said it on another day) is refused,
naming it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import scope_of

SAT_19_JUNE = dt.date(2021, 6, 19)
MON_21_JUNE = dt.date(2021, 6, 21)
TUE_22_JUNE = dt.date(2021, 6, 22)
SUN_8_AUG = dt.date(2021, 8, 8)
MON_9_AUG = dt.date(2021, 8, 9)
THU_12_AUG = dt.date(2021, 8, 12)
FRI_13_AUG = dt.date(2021, 8, 13)


@pytest.mark.parametrize(
    ("text", "anchor", "side", "scope", "day", "phrase"),
    [
        # dev6 f4236's claim: "this morning" is the day of writing
        (
            "Taliban seized Khwaja Sabz Posh district of Faryab province this morning.",
            SAT_19_JUNE,
            "taliban",
            "units:district:Khwaja Sabz Posh",
            "2021-06-19",
            "this morning",
        ),
        (
            "Early this morning, the Taliban seized Zaranj.",
            SAT_19_JUNE,
            "taliban",
            "units:capital:Zaranj",
            "2021-06-19",
            "early this morning",
        ),
        (
            "Government forces recaptured Shinwari district of Parwan province early this morning.",
            SAT_19_JUNE,
            "government",
            "units:district:Shinwari",
            "2021-06-19",
            "early this morning",
        ),
        (
            "The Taliban captured Zaranj this evening.",
            SAT_19_JUNE,
            "taliban",
            "units:capital:Zaranj",
            "2021-06-19",
            "this evening",
        ),
        # "this morning" and the date of writing in apposition: one day
        (
            "The Taliban captured Mardian district of Jawzjan this morning, June 19.",
            SAT_19_JUNE,
            "taliban",
            "units:district:Mardyan",
            "2021-06-19",
            "this morning",
        ),
        # dev5 h002's date: the state at midday of the Monday named
        (
            "By midday Monday the Taliban had captured Zaranj.",
            TUE_22_JUNE,
            "taliban",
            "units:capital:Zaranj",
            "2021-06-21",
            "by midday monday",
        ),
        # dev d168's date: the night of the day before the date of writing, read as "last
        # night" (the state on the date of writing, the first day after that night)
        (
            "The Taliban captured Zaranj last night, June 20.",
            MON_21_JUNE,
            "taliban",
            "units:capital:Zaranj",
            "2021-06-21",
            "last night, June 20",
        ),
        # dev7 f5186's date: the last Sunday, the 8th
        (
            "The Taliban captured Zaranj on Sunday (8).",
            MON_9_AUG,
            "taliban",
            "units:capital:Zaranj",
            "2021-08-08",
            "Sunday (8)",
        ),
        # "on the same day" after a day named: that day
        (
            "On Friday the Taliban captured Zaranj and Sheberghan on the same day.",
            SUN_8_AUG,
            "taliban",
            "units:capital:Zaranj+capital:Sheberghan",
            "2021-08-06",
            "on the same day",
        ),
        (
            "On August 6, the Taliban captured Zaranj and Sheberghan the same day.",
            SUN_8_AUG,
            "taliban",
            "units:capital:Zaranj+capital:Sheberghan",
            "2021-08-06",
            "the same day",
        ),
        # "hours after" an event by its noun: the event set aside, the taking on its own day
        (
            "The Taliban captured Herat on Thursday, hours after the fall of Kandahar.",
            FRI_13_AUG,
            "taliban",
            "units:capital:Herat",
            "2021-08-12",
            "hours after the fall of Kandahar",
        ),
    ],
)
def test_a_day_phrase_naming_one_day_is_read_on_that_day(
    text: str, anchor: dt.date, side: str, scope: str, day: str, phrase: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=anchor, gazetteer=gaz)
    assert (c.side, scope_of(c), c.check_date) == (side, scope, day)
    assert any(phrase in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "anchor", "scope", "phrase"),
    [
        # dev5 h165 (a headline)
        (
            "Afghanistan: Taliban captures Kandahar and Herat, hours after takeover of Ghazni",
            THU_12_AUG,
            "units:capital:Kandahar+capital:Herat",
            "hours after takeover of Ghazni",
        ),
        # dev4 g003
        (
            "The fall of Kandahar came hours after the Taliban captured Herat, the "
            "third-largest Afghan city and capital of the western province of the same name.",
            FRI_13_AUG,
            "units:capital:Herat",
            "The fall of Kandahar came hours after",
        ),
    ],
)
def test_an_event_hours_before_the_taking_is_set_aside(
    text: str, anchor: dt.date, scope: str, phrase: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=anchor, gazetteer=gaz)
    assert (c.side, scope_of(c), c.check_date) == ("taliban", scope, "")
    assert any(phrase in n and "not checked" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "anchor", "part"),
    [
        # no date of writing: "this morning" and "by midday Monday" name no day
        ("The Taliban captured Zaranj this morning.", None, "this morning"),
        ("By midday Monday the Taliban had captured Zaranj.", None, "by midday monday"),
        # a past state before the morning, refused as before
        ("The Taliban seized Zaranj earlier this morning.", SAT_19_JUNE, "earlier"),
        # counted from the speaker's day or the writer's?
        (
            "Officials said on Friday that the Taliban captured Zaranj this morning.",
            SAT_19_JUNE,
            "this morning",
        ),
        # two days named
        (
            "The Taliban captured Zaranj this morning, June 18.",
            SAT_19_JUNE,
            "this morning and june 18",
        ),
        ("The Taliban captured Zaranj last night, June 19.", MON_21_JUNE, "last night, June 19"),
        ("The Taliban captured Zaranj last night, June 21.", MON_21_JUNE, "last night, June 21"),
        ("The Taliban captured Zaranj on Sunday (9).", MON_9_AUG, "Sunday (9)"),
        ("The Taliban captured Zaranj on Sunday (1).", MON_9_AUG, "Sunday (1)"),
        # "the same day" with no day named before it (dev6 f4312's date)
        (
            "Government forces expelled Taliban fighters from the Chakhansur district in the "
            "southwestern province of Nimruz on the same day.",
            dt.date(2021, 7, 18),
            "on the same day",
        ),
        ("The Taliban captured Zaranj the same day.", SUN_8_AUG, "the same day"),
        (
            "The Taliban captured Zaranj on the same day that Kunduz fell.",
            SUN_8_AUG,
            "on the same day",
        ),
        # "a day later" beside the day named before it: a second day (dev3 f202)
        (
            "On Friday the Taliban seized Zaranj and a day later Sheberghan.",
            SUN_8_AUG,
            "a day later",
        ),
    ],
)
def test_a_day_phrase_naming_no_one_day_is_refused(
    text: str, anchor: dt.date | None, part: str, gaz: Gazetteer
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=anchor, gazetteer=gaz)
    assert e.value.part == part


def test_a_day_later_beside_a_day_named_says_it_is_a_second_day() -> None:
    with pytest.raises(ClaimParseError, match="counts from the day named before it"):
        parse_claim(
            "On Friday the Taliban seized Zaranj and a day later Sheberghan.", anchor=SUN_8_AUG
        )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a count or a share beside the event: not named units taken
        ("The Taliban hold half the country, hours after the fall of Kabul.", None),
        ("The fall of Kandahar came hours after the Taliban claimed 10 districts.", None),
        # a side or a day in the event: not set aside, read or refused as written
        ("The Taliban captured Herat, hours after the fall of Kandahar to government.", None),
        ("The Taliban captured Herat, hours after the fall of Kandahar on Friday.", None),
        (
            "The fall of Kandahar to the government came hours after the Taliban captured Herat.",
            None,
        ),
        # negated around the event: refused for the negation
        ("The Taliban did not capture Herat, hours after the fall of Kandahar.", "not"),
        ("The fall of Kandahar came hours after the Taliban failed to capture Herat.", "failed to"),
    ],
)
def test_an_event_beside_anything_but_units_taken_is_refused(
    text: str, part: str | None, gaz: Gazetteer
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=FRI_13_AUG, gazetteer=gaz)
    if part is not None:
        assert e.value.part == part


def test_a_part_of_the_day_before_a_clause_of_time_is_the_day_named(gaz: Gazetteer) -> None:
    """dev5 h221's date: "on Tuesday night" before "after fighting ...", its "night" once left
    to the side's words ("the militants night")."""
    c = parse_claim(
        "Burka district of Baghlan was taken over by the militants on Tuesday night after "
        "fighting between the security forces and the Taliban, provincial council member "
        "Bismillah Atash said.",
        anchor=dt.date(2021, 5, 5),
        gazetteer=gaz,
    )
    assert (c.side, scope_of(c), c.check_date) == ("taliban", "units:district:Burka", "2021-05-04")
    assert any("'on tuesday night'" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        # "yesterday night", "today morning": not a weekday's part of the day
        "Zaranj was taken over by the Taliban yesterday night after fighting.",
        # two days
        "Zaranj was taken over by the Taliban on Monday night and Sheberghan on Tuesday night.",
    ],
)
def test_a_part_of_the_day_beside_no_weekday_or_another_is_refused(
    text: str, gaz: Gazetteer
) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=dt.date(2021, 5, 5), gazetteer=gaz)
