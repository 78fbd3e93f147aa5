"""The words around a government retaking (#8, session 16, helper gov16).

Government reporting of a retaking wraps the claim in words that say nothing of who holds the
unit: an allied force named beside the government's ("ANDSF & Public Uprising Forces"), a verb
of achieving ("managed to take control of"), the loser's control with a descriptor ("from
#Taliban terrorists control"), a fronted operation, a trailing clause about the loser's losses,
a speaker's meeting, "Kabul said ... the forces" (mapper/check/retaking.py). Each is read only
in its closed form; the near misses below stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer


@pytest.mark.parametrize(
    ("text", "day", "cmp_", "n", "scope"),
    [
        # real r220, UrduPoint (Sputnik) quoting the defence ministry's tweet
        (
            '"#ANDSF [the Afghan National Defense and Security Forces] & Public Uprising Forces '
            "liberated #Kaldar district of #Balkh province from #Taliban terrorists control "
            "today.",
            "2021-07-26",
            "as-stated",
            1,
            "units:district:Kaldar",
        ),
        # real r224
        (
            '"ANDSF [the Afghan National Defense and Security Forces] and Public Uprising Forces '
            "liberated #Karokh district of #Herat province from terrorist TB [the Taliban's] "
            "control today.",
            "2021-07-23",
            "as-stated",
            1,
            "units:district:Karukh",
        ),
        # dev4 g078
        (
            "“#ANDSF & Public Uprising Forces with support from #AAF recaptured the Guzara "
            "district of #Herat province, from #Taliban terrorists control today.",
            "2021-07-27",
            "as-stated",
            1,
            "units:district:Guzara",
        ),
        # dev6 f4326, UrduPoint (Sputnik)
        (
            '"#ANDSF [Afghan National Defense and Security Forces] and Public Uprising Forces '
            "recaptured Shinwari district of Parwan province during an offensive operation early "
            "this morning.",
            "2021-06-30",
            "as-stated",
            1,
            "units:district:Shinwari",
        ),
        # real r215, ANI
        (
            "According to the Ministry of National Defense, the news agency said that after "
            "launching a military operation, ANDSF managed to take control of the Kaldar district "
            "from Taliban terrorists.",
            "2021-07-27",
            "as-stated",
            1,
            "units:district:Kaldar",
        ),
        # real r292, Daily Times
        (
            "Afghan President Ashraf Ghani, who met US President Joe Biden in the White House on "
            "Friday, said in Washington that the government forces have retaken six districts "
            "from the Taliban.",
            "2021-06-26",
            "at-least",
            6,
            "country",
        ),
        # real r297, UrduPoint (Sputnik)
        (
            "Kabul said on Friday that the forces took back control of Sheberghan, the capital of "
            "the Jowzjan province, from the Taliban.",
            "2021-08-07",
            "as-stated",
            1,
            "units:capital:Sheberghan",
        ),
        # dev7 f5025, Xinhua
        (
            "Afghan forces regained control of Dara-e-Suf Bala district in Samangan province, "
            "forcing the Taliban militants to flee, a police spokesman said on Monday.",
            "2021-06-21",
            "as-stated",
            1,
            "units:district:Dara-I-Sufi Bala",
        ),
        (
            "Afghan forces have retaken Dawlatabad district in Faryab province and the Taliban "
            "insurgents have suffered heavy casualties.",
            "2021-06-16",
            "as-stated",
            1,
            "units:district:Dawlatabad",
        ),
        (
            "Afghan forces recaptured Khanabad district in Kunduz province and the Taliban "
            "insurgents after suffering casualties fled the area.",
            "2021-06-21",
            "as-stated",
            1,
            "units:district:Khanabad",
        ),
        (
            "Government forces succeeded in retaking 17 districts from the Taliban.",
            "2021-07-20",
            "at-least",
            17,
            "country",
        ),
        (
            "Afghan forces were able to recapture Kaldar district from the Taliban.",
            "2021-07-20",
            "as-stated",
            1,
            "units:district:Kaldar",
        ),
        (
            "The Afghan security forces backed by People Uprising Forces reclaimed Kahmard "
            "district of Bamyan province.",
            "2021-07-17",
            "as-stated",
            1,
            "units:district:Kahmard",
        ),
        # the Taliban's own word for a taking, from the government: the Taliban's
        (
            "The Taliban liberated Kaldar district from government control.",
            "2021-07-20",
            "as-stated",
            1,
            "units:district:Kaldar",
        ),
    ],
)
def test_a_retaking_is_read_without_the_words_around_it(
    text: str, day: str, cmp_: str, n: int, scope: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=dt.date.fromisoformat(day), gazetteer=gaz)
    side = "taliban" if text.startswith("The Taliban") else "government"
    assert c.side == side
    assert c.comparison == cmp_
    assert (c.figure.lo, c.figure.hi) == (n, n)
    if scope.startswith("units:"):
        assert c.measure == "units"
        assert sorted(u.name for u in c.named_units) == sorted(
            w.split(":", 1)[1] for w in scope[len("units:") :].split("+")
        )
    else:
        assert c.measure == "districts"
        assert c.province is None and not c.named_units


def test_kabul_said_is_the_day_it_said(gaz: Gazetteer) -> None:
    c = parse_claim(
        "Kabul said on Friday that the forces took back control of Sheberghan, the capital of "
        "the Jowzjan province, from the Taliban.",
        anchor=dt.date(2021, 8, 7),
        gazetteer=gaz,
    )
    assert c.check_date == "2021-08-06"
    assert any("'Kabul said' read as the Afghan government" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an attempt, a failure, a negation, a condition: not achieved
        ("ANDSF tried to take control of the Kaldar district from Taliban terrorists.", None),
        ("ANDSF failed to take control of the Kaldar district from the Taliban.", None),
        ("ANDSF never managed to take control of the Kaldar district from the Taliban.", None),
        ("ANDSF has not been able to retake Kaldar district from the Taliban.", None),
        ("ANDSF hasn't managed to retake Kaldar district from the Taliban.", None),
        ("Afghan forces are able to retake Kaldar district from the Taliban.", None),
        ("If ANDSF managed to retake Kaldar district, the Taliban would flee.", None),
        (
            "ANDSF & Public Uprising Forces failed to liberate Kaldar district from Taliban "
            "terrorists control.",
            None,
        ),
        # the ally beside no government name, or beside the Taliban; resistance forces alone
        ("Public Uprising Forces liberated Kaldar district from Taliban terrorists control.", None),
        (
            "The Taliban and Public Uprising Forces liberated Kaldar district from government "
            "control.",
            None,
        ),
        ("Resistance forces retook Deh Salah district from the Taliban.", "2021-08-21"),
        (
            "National Resistance Front and Public Uprising Forces retook Deh Salah district from "
            "the Taliban.",
            "2021-08-21",
        ),
        # a second claim of control in the trailing clause is never dropped
        (
            "Afghan forces have retaken Dawlatabad district in Faryab province and the Taliban "
            "insurgents have retaken Kaldar district.",
            None,
        ),
        (
            "Afghan forces have retaken Dawlatabad district in Faryab province and the Taliban "
            "have suffered heavy casualties and captured Kaldar district.",
            None,
        ),
        # the side said to flee is the side said to take it
        (
            "The Taliban captured Dawlatabad district in Faryab province, forcing the Taliban "
            "to flee.",
            None,
        ),
        # a meeting naming a side or a place is not set aside
        (
            "Afghan President Ashraf Ghani, who met Taliban leaders in Doha on Friday, said that "
            "the government forces have retaken six districts from the Taliban.",
            None,
        ),
        (
            "Afghan President Ashraf Ghani, who visited Balkh on Friday, said that the government "
            "forces have retaken six districts from the Taliban.",
            None,
        ),
        # Kabul's forces: only with the Taliban as the loser; and "government" is dated
        ("Kabul said on Friday that the forces took back control of Sheberghan.", "2021-08-07"),
        (
            "Kabul said on Friday that the forces took back control of Sheberghan from the "
            "Taliban.",
            "2021-09-04",
        ),
        # the operation set aside names nothing: a place after it stays the claim's
        ("ANDSF recaptured Shinwari district during an operation in Balkh province.", None),
        (
            "ANDSF recaptured Shinwari district of Parwan province in an operation led by "
            "commandos.",
            None,
        ),
        # a side does not take a unit from itself
        ("ANDSF liberated Kaldar district from the government's control.", None),
    ],
)
def test_near_misses_stay_refused(text: str, day: str | None, gaz: Gazetteer) -> None:
    anchor = dt.date.fromisoformat(day) if day else dt.date(2021, 7, 20)
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=anchor, gazetteer=gaz)
