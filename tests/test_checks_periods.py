"""Periods, ordinals over a span and second dates (#8, helper spans6).

Expected figures are worked out by hand from examples/afghanistan-2021.csv (see
tests/test_checks_falls.py for the rows): on 5 August 2021 Lashkar Gah, Pul-e Khumri and
Sar-e Pol are contested; Zaranj falls on 6 August, Sheberghan on 7 August, Taloqan on 8 August
(Kunduz and Sar-e Pol disputed that day).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.check.windows import since_weekday_days
from mapper.checks import ClaimParseError, parse_claim
from mapper.cli import main
from tests.conftest import EXAMPLE

SUNDAY = dt.date(2021, 8, 8)
MONDAY = dt.date(2021, 8, 9)


def run(mirror: Path, date: str, sentence: str) -> tuple[int, str]:
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", date, sentence,
         "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    return res.exit_code, res.output


def refusal(sentence: str, **kw: object) -> ClaimParseError:
    with pytest.raises(ClaimParseError) as e:
        c = parse_claim(sentence, **kw)  # type: ignore[arg-type]
        pytest.fail(f"read: {c}")
    return e.value


# --------------------------------------------------------------------------------------------
# "since Friday": the days from that weekday to the day of the claim


def test_since_a_weekday_counts_the_days_to_the_day_of_the_claim() -> None:
    # Sunday 8 August: Friday 6, Saturday 7, Sunday 8
    assert since_weekday_days("since Friday", SUNDAY, "t") == 3
    assert since_weekday_days("since last friday", MONDAY, "t") == 4
    assert since_weekday_days("in the last week", SUNDAY, "t") is None
    # "since Sunday" written on a Sunday: that day or a week before? refused
    with pytest.raises(ClaimParseError, match="a week before"):
        since_weekday_days("since Sunday", SUNDAY, "t")
    with pytest.raises(ClaimParseError, match="date the sentence was written"):
        since_weekday_days("since Friday", None, "t")


def test_an_ordinal_since_friday_is_the_ordinal_over_those_days(mirror: Path, gaz) -> None:
    s = "Taloqan is the third provincial capital to fall to the Taliban since Friday"
    c = parse_claim(s, anchor=SUNDAY, gazetteer=gaz)
    assert (c.ordinal, c.ordinal_days, c.check_date) == (3, 3, "2021-08-08")
    assert any("from 2021-08-06 to 2021-08-08" in n and "checked, not set aside" in n
               for n in c.reading_notes)  # fmt: skip
    code, out = run(mirror, "2021-08-08", s)
    assert code == 0, out
    d = json.loads(out)
    # from 5 August: 2-5 fell before 8 August, 3-7 by its end (as "in three days")
    same = json.loads(run(mirror, "2021-08-08", s.replace("since Friday", "in three days"))[1])
    assert d["verdict"] == same["verdict"] == "depends-on-assumptions"
    assert any("2-5 before it and 3-7 by its end" in n for n in [d["explanation"], *d["notes"]])


def test_a_count_of_capitals_since_friday_is_a_change(mirror: Path, gaz) -> None:
    s = "In afghanistan the taliban have seized control of five provincial capitals since friday."
    c = parse_claim(s, anchor=MONDAY, gazetteer=gaz)
    assert (c.figure.lo, c.measure, c.change_days, c.check_date) == (5, "capitals", 4, "2021-08-09")
    assert any("from 2021-08-06 to 2021-08-09" in n for n in c.reading_notes)
    # on 5 August three capitals were contested: the count over the period is not the state,
    # and no verdict is given (the change reading of capitals.change_start)
    code, out = run(mirror, "2021-08-09", s)
    assert code != 0 and "Lashkar Gah, Pul-e Khumri, Sar-e Pol" in out


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban have seized five districts since Friday",  # districts: a change, refused
        "The Taliban have seized half of the districts since Friday",  # a share taken
        "The Taliban seized the third provincial capital since Friday",  # told as past
        "The Taliban have seized five provincial capitals since Monday",  # written on a Monday
        "The Taliban may have seized five provincial capitals since Friday",
        "The Taliban have seized five provincial capitals since Friday in Herat",
    ],
)
def test_since_friday_near_misses_stay_refused(sentence: str, gaz) -> None:
    refusal(sentence, anchor=MONDAY, gazetteer=gaz)


def test_since_friday_without_a_date_of_writing_is_refused() -> None:
    e = refusal("The Taliban have seized five provincial capitals since Friday")
    assert "date the sentence was written" in e.problem


# --------------------------------------------------------------------------------------------
# Headlines: an ordinal with no article


def test_a_headline_ordinal_is_the_ordinal(mirror: Path, gaz) -> None:
    s = "Taleban capture second Afghan provincial capital in 24 hours"
    c = parse_claim(s, anchor=dt.date(2021, 8, 7), gazetteer=gaz)
    assert (c.ordinal, c.ordinal_days, c.check_date) == (2, 2, "2021-08-07")
    code, out = run(mirror, "2021-08-07", s)
    assert code == 0, out
    # 6-7 August: Zaranj certainly before 7 August, the three contested capitals possibly
    assert json.loads(out)["verdict"] == "depends-on-assumptions"
    e = refusal(s.replace("capture", "captured"), anchor=dt.date(2021, 8, 7), gazetteer=gaz)
    assert "tells it as past" in e.problem
    for near in [
        "Taliban capture second largest Afghan provincial capital",
        "Taliban capture a second Afghan provincial capital in 24 hours",
        "Government forces retake second Afghan provincial capital in 24 hours",
        "Taliban capture second and third Afghan provincial capitals in 24 hours",
        "Taliban seize seventh Afghan provincial capital in five months",
    ]:
        refusal(near, anchor=dt.date(2021, 8, 7), gazetteer=gaz)


def test_a_period_with_just_or_only_is_a_period_of_days(gaz) -> None:
    c = parse_claim("The Taliban have captured five provincial capitals in just two days",
                    anchor=SUNDAY, gazetteer=gaz)  # fmt: skip
    assert c.change_days == 2


def test_an_unnamed_capital_before_its_ordinal_is_set_aside(mirror: Path, gaz) -> None:
    s = ("The Taliban took control of another city in northern Afghanistan on Wednesday, the "
         "eighth provincial capital to fall to the insurgents in six days.")  # fmt: skip
    c = parse_claim(s, anchor=dt.date(2021, 8, 11), gazetteer=gaz)
    assert (c.ordinal, c.ordinal_days, c.check_date) == (8, 6, "2021-08-11")
    assert c.named_units == () and c.also_units == ()
    assert any("'another city in northern afghanistan'" in n and "not which city" in n
               for n in c.reading_notes)  # fmt: skip
    code, out = run(mirror, "2021-08-11", s)
    assert code == 0, out
    assert json.loads(out)["parsed"]["ordinal"] == 8
    for near in [
        s.replace("northern Afghanistan", "Herat"),
        s.replace("in northern Afghanistan", "in the north"),
        s.replace("city", "town"),
        s.replace("to the insurgents", "to government forces"),
        s.replace("six days", "six months"),
        s.replace(" on Wednesday", ""),  # told as past, no day
        s.replace("took", "may have taken"),
        s.replace(".", ", officials said."),  # not in this closed form
    ]:
        refusal(near, anchor=dt.date(2021, 8, 11), gazetteer=gaz)


# --------------------------------------------------------------------------------------------
# A named unit taken in a span up to the date of writing


def test_a_unit_taken_in_the_past_24_hours_is_the_state_it_leaves(gaz) -> None:
    s = ("The militants have taken control of Shirin Tagab district in Faryab province and "
         "Dahan-e Ghori district in Baghlan province in the past 24 hours.")  # fmt: skip
    c = parse_claim(s, anchor=dt.date(2021, 6, 18), gazetteer=gaz)
    assert c.measure == "units" and c.check_date == "2021-06-18"
    assert any("fell inside the span is not checked" in n for n in c.reading_notes)
    assert not any("(a period) set aside" in n for n in c.reading_notes)
    for near in [
        "Shirin Tagab district has been under Taliban control in the past week",  # a state
        "The Taliban hold Shirin Tagab district in the past 24 hours",
        "The Taliban have taken control of Shirin Tagab district in the past five months",
        "The Taliban have taken control of Shirin Tagab district since May",
        "The Taliban captured Shirin Tagab district on Friday in the past 24 hours",
        "The Taliban have not taken control of Shirin Tagab district in the past 24 hours",
        "The Taliban have besieged Shirin Tagab district in the past 24 hours",
    ]:
        refusal(near, anchor=dt.date(2021, 6, 18), gazetteer=gaz)


# --------------------------------------------------------------------------------------------
# Second dates


def test_the_same_day_named_twice_is_one_date(gaz) -> None:
    s = "Officials said on May 11 that the Taliban controlled half the country on 11 May."
    c = parse_claim(s, anchor=dt.date(2021, 5, 11), gazetteer=gaz)
    assert c.check_date == "2021-05-11"
    assert any("the same day twice" in n for n in c.reading_notes)
    for near in [
        "Officials said on May 10 that the Taliban controlled half the country on May 11.",
        "Officials said on May 11 that the Taliban controlled half the country in May.",
    ]:
        e = refusal(near, anchor=dt.date(2021, 5, 11), gazetteer=gaz)
        assert "more than one date" in e.problem, near


# --------------------------------------------------------------------------------------------
# Refused for the right reason


@pytest.mark.parametrize(
    ("sentence", "part", "why"),
    [
        # the month, not the modal
        ("From May to 20 June 2021, the Taliban captured more than 50 of the country's 400 "
         "districts.", "from may", "words the checker does not read"),
        ("This is a major change from the situation in the first week of May when the Taliban "
         "controlled 77 districts.", "may", "words the checker does not read"),
        # a newspaper's name, not an increment
        ("The Taliban succeeding in taking Sheberghan and Zaranj, capital cities in the "
         "northern and eastern provinces of the country, The New York Times reported.", "",
         "found no figure"),
        # a date counted from another sentence's event, not a figure
        ("Two days later, the Taliban take control of Kandahar's Panjwai area.",
         "two days later", "an event the sentence does not tell"),
        # a hedged date, not a hedge of the control
        ("The Taliban seized the capital Kabul nearly three weeks ago.",
         "nearly three weeks ago", "a relative date with a hedge"),
    ],
)  # fmt: skip
def test_refused_for_the_right_reason(sentence: str, part: str, why: str, gaz) -> None:
    e = refusal(sentence, anchor=dt.date(2021, 9, 6), gazetteer=gaz)
    assert why in e.problem and "modal" not in e.problem and "increment" not in e.problem
    assert part in e.part.lower()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban may control half the country",
        "May the Taliban control half the country",
        "The Taliban may well control half the country",
        "The Taliban, who may have taken Herat, control half the country",
    ],
)
def test_the_modal_may_is_still_refused_as_one(sentence: str) -> None:
    assert "modal" in refusal(sentence).problem


# --------------------------------------------------------------------------------------------
# Two ordinals the same day: "These are the seventh and eighth provincial capitals to fall"


def test_two_ordinals_keep_the_first() -> None:
    from mapper.check.falls import Falls

    def falls(before: tuple[int, int], through: tuple[int, int]) -> Falls:
        d = dt.date(2021, 8, 10)
        return Falls(d, d, before, through, (), (), ())

    # seven fell before the day: "the eighth" alone holds, "the seventh and eighth" does not
    assert falls((7, 7), (8, 8)).verdict(8) == "supported"
    assert falls((7, 7), (8, 8)).verdict(8, 7) == "contradicted"
    assert falls((4, 7), (8, 9)).verdict(8, 7) == "depends-on-assumptions"
    assert falls((4, 6), (8, 9)).verdict(8, 7) == "supported"
    assert falls((4, 6), (7, 7)).verdict(8, 7) == "contradicted"


def test_the_seventh_and_eighth_are_read_as_a_pair(mirror: Path, gaz) -> None:
    s = ("These are the seventh and eighth provincial capitals to fall under Taliban control in "
         "the past five days.")  # fmt: skip
    c = parse_claim(s, anchor=dt.date(2021, 8, 10), gazetteer=gaz)
    assert (c.ordinal, c.ordinal_first, c.ordinal_days) == (8, 7, 5)
    code, out = run(mirror, "2021-08-10", s)
    assert code == 0, out
    d = json.loads(out)
    assert d["parsed"]["ordinal_first"] == 7
    # from 5 August: 4-8 before 10 August (Farah and Pul-e Khumri fall that day), 5-9 by its end
    assert "4-8 before it and 5-9 by its end" in d["explanation"]
    assert d["verdict"] == "depends-on-assumptions"
    for near in [
        s.replace("eighth", "ninth"),  # not consecutive
        s.replace("are", "were"),  # told as past, no day
        s.replace("are", "may be"),
        "These are the seventh and eighth largest provincial capitals.",
        "Farah and Herat are the seventh and eighth provincial capitals to fall to the Taliban.",
    ]:
        refusal(near, anchor=dt.date(2021, 8, 10), gazetteer=gaz)
