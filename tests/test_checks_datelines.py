"""Wire datelines and a weekday closing the claim (#8).

Real copy opens with where and when it was filed ("KABUL, Aug 13 (Reuters) -", "NEW DELHI,
August 3. /TASS/.", "ISLAMABAD (AP) —") and dates events with a weekday at the end of the
clause ("captured ten districts on Saturday"). The dateline's place is never the claim's
scope by itself; its day is the claim's date. Near misses stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

MON_16_AUG = dt.date(2021, 8, 16)


@pytest.mark.parametrize(
    ("sentence", "scope", "day"),
    [
        # Reuters, AP, TASS, ANI dateline shapes, the claim naming its scope
        ("KABUL, Aug 13 (Reuters) - The Taliban control 85% of Afghanistan.", None, "2021-08-13"),
        ("NEW DELHI, August 3. /TASS/. The Taliban control 85% of Afghanistan.", None,
         "2021-08-03"),
        ("ISLAMABAD (AP) — The Taliban control 85% of Afghanistan.", None, None),
        ("Kabul [Afghanistan] July 27 (ANI): The Taliban control 85% of Afghanistan.", None,
         "2021-07-27"),
        ("KANDAHAR, Afghanistan (AP) — The Taliban control half of Herat's districts.", "Herat",
         None),
        ("KABUL, Afghanistan (AP) — The Taliban control half of the country's districts.", None,
         None),
    ],
)  # fmt: skip
def test_a_wire_dateline_is_where_it_was_filed(
    sentence: str, scope: str | None, day: str | None
) -> None:
    c = parse_claim(sentence, anchor=MON_16_AUG)
    assert c.side == "taliban"
    assert c.province == scope
    assert (c.check_date or None) == day
    assert any("a dateline: where the report was written" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # the dateline's Afghan place may be the claim's scope: the claim must name its own
        ("KANDAHAR, Afghanistan (AP) — The Taliban control half of the districts.",
         "the dateline names 'Kandahar'"),
        ("HERAT (AP) — The Taliban captured 10 districts.", "the dateline names 'Herat'"),
        # a neighbour in the dateline may be the border meant
        ("DUSHANBE, Tajikistan (AP) — The Taliban control 70% of the border.",
         "names a place"),
        # reposted AP copy without its tag is a dateline too
        ("KANDAHAR, Afghanistan - The Taliban control half of the districts.",
         "the dateline names .Kandahar."),
        ("Taliban, Afghanistan - control half of the districts.", "side|taliban"),
        # a side in the place's slot is never a dateline
        ("The Taliban (AFP) - control 85% of Afghanistan.", "afp"),
        # the dateline does not make a negation readable
        ("KABUL, Aug 13 (Reuters) - The Taliban do not control 85% of Afghanistan.", "not"),
    ],
)  # fmt: skip
def test_datelines_that_stay_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, anchor=MON_16_AUG)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Taliban captured 10 districts on Saturday.", "2021-08-14"),
        ("The Taliban captured 10 districts late on Sunday.", "2021-08-15"),
        ("The Taliban took control of 85% of the country on Friday.", "2021-08-13"),
        ("On Sunday evening, the Taliban captured 10 districts.", "2021-08-15"),
        ("The Taliban captured Zaranj on Saturday evening.", "2021-08-14"),
        # the claim's day, not the day it was said
        ("The Taliban captured 10 districts on Sunday, officials said Monday.", "2021-08-15"),
        ("The Taliban captured 10 districts, officials said on Sunday.", "2021-08-15"),
    ],
)
def test_a_weekday_closing_the_claim_is_its_day(sentence: str, day: str) -> None:
    c = parse_claim(sentence, anchor=MON_16_AUG)
    assert (c.side, c.check_date) == ("taliban", day)


@pytest.mark.parametrize(
    "sentence",
    [
        # the weekday dates a figure given for comparison, not the claim
        "The Taliban control half the country, up from a third on Saturday.",
        "The Taliban control half the country, compared with a third on Saturday.",
        # two dates
        "The Taliban captured 10 districts three weeks ago on Sunday.",
        "On Friday, the Taliban captured 10 districts on Sunday.",
    ],
)
def test_weekdays_that_stay_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, anchor=MON_16_AUG)


def test_the_day_checked_is_said_once() -> None:
    """'Read as' names the date phrase and the day checked once, not twice."""
    from mapper.checks import reading_text

    c = parse_claim("On 13 August, the Taliban controlled 85% of Afghanistan.", anchor=MON_16_AUG)
    text = reading_text(c, "district")
    assert text.count("2021-08-13") == 2  # "the state on 2021-08-13 ... = 2021-08-13"
    assert "date in the sentence" not in text
