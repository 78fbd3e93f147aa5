"""Other forms of an ordinal of provincial capitals (#8, mapper/check/ordinal_forms.py):
"a sixth provincial capital", "Afghanistan's ninth provincial capital", "sixth Afghanistan
provincial capital", "the sixth provincial Afghan capital" and a headline opening with the
ordinal ("9th provincial capital in Afghanistan falls to Taliban") are the ordinal the
capitals grammar reads as "the sixth provincial capital" (dev6 f4090, f4092, f4110, f4147;
dev9 g7253). "a second" ("another, one more"), the fraction ("a sixth of"), a rank of size
("sixth-largest") and a plural stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

AUG9 = dt.date(2021, 8, 9)


@pytest.mark.parametrize(
    ("text", "n", "days"),
    [
        # dev6 f4092
        (
            "Kabul, Afghanistan – The Taliban has captured a sixth provincial capital in "
            "Afghanistan in four days, as the group’s advances gain momentum.",
            6,
            4,
        ),
        # dev6 f4110
        (
            "Kabul, Afghanistan — The Taliban has taken control of Afghanistan’s sixth "
            "provincial capital in four days, as the group’s gains gather traction.",
            6,
            4,
        ),
        # dev6 f4090
        ("Taliban captures sixth Afghanistan provincial capital: Official", 6, None),
        # dev6 f4147
        ("9th provincial capital in Afghanistan falls to Taliban", 9, None),
        # the same shapes, other words
        ("The Taliban have taken control of a 10th provincial capital", 10, None),
        ("The Taliban have seized their seventh provincial capital in five days", 7, 5),
        ("The Taliban have captured the country's eighth provincial capital", 8, None),
        ("The Taliban have seized the ninth provincial Afghan capital", 9, None),
        ("Tenth provincial capital falls to the Taliban", 10, None),
    ],
)
def test_other_forms_of_an_ordinal_are_the_ordinal(
    text: str, n: int, days: int | None, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=AUG9, gazetteer=gaz)
    assert (c.measure, c.figure.lo, c.figure.hi, c.ordinal) == ("capitals", n, n, n)
    assert (c.ordinal_days, c.check_date) == (days, "2021-08-09")
    assert any("read as a count of falls" in note for note in c.reading_notes)


def test_the_form_is_said_in_the_notes(gaz: Gazetteer) -> None:
    c = parse_claim(
        "The Taliban have taken control of Afghanistan's sixth provincial capital",
        anchor=AUG9,
        gazetteer=gaz,
    )
    assert any(
        "'afghanistan's sixth provincial capital' read as 'the sixth provincial capital in "
        "afghanistan'" in n
        for n in c.reading_notes
    )


def test_a_capital_named_with_the_countrys_ordinal_is_checked_beside_it(gaz: Gazetteer) -> None:
    # dev9 g7253: the capital and its ordinal, two claims
    c = parse_claim(
        "The Taliban captured Sheberghan, Afghanistan’s second provincial capital, on Saturday.",
        anchor=dt.date(2021, 8, 7),
        gazetteer=gaz,
    )
    assert (c.ordinal, c.check_date) == (2, "2021-08-07")
    assert [u.name for u in c.also_units] == ["Sheberghan"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # "a second" may be "another" with no count (adversarial a1191)
        ("Taliban capture a second Afghan provincial capital in 24 hours", ""),
        ("The Taliban have captured a first provincial capital", ""),
        # the fraction, a rank of size, a plural, another unit
        ("The Taliban have captured a sixth of the provincial capitals", ""),
        ("The Taliban have captured their sixth-largest city", ""),
        ("The Taliban have captured Afghanistan's sixth largest provincial capital", ""),
        ("Sixth provincial capitals fall to Taliban", ""),
        ("The Taliban have captured a sixth district", ""),
        # what the capitals grammar refuses of an ordinal stays refused
        ("The Taliban captured a sixth provincial capital", "tells it as past"),
        ("The Taliban have captured a sixth provincial capital in five months", "period"),
        ("The Taliban may capture a sixth provincial capital", "modal"),
        ("The Taliban have not captured a sixth provincial capital", "negation"),
        ("Government forces retake Afghanistan's sixth provincial capital", "taking back"),
        (
            "The Taliban have captured their first provincial capital since launching an offensive",
            "span from an event",
        ),
        ("9th provincial capital in Herat falls to Taliban", "counted over the country"),
    ],
)
def test_near_misses_stay_refused(text: str, why: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=AUG9, gazetteer=gaz)
    assert why in str(e.value)
