"""The centre of a named district, and city words that name no unit (issue #8).

"The center of <name> district" is the district, as the corpora count district centres ("the
Spin Boldak district center", "the district centre of Nahrin" were read so already). City and
capital words that name no provincial capital of the boundary set stay refused, as do centres
of no named district.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import reading

DAY = dt.date(2021, 6, 23)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # The Frontier Post (from TOLOnews), 2021-06-19, dev row h139 (its attribution cut)
        ("The center of the Mardian district in Jawzjan fell to the Taliban on Saturday morning.",
         "units:district:Mardyan"),
        # The Frontier Post (from TOLOnews), 2021-06-19, dev row h140 (its attribution cut)
        ("The center of Khwaja Sabz Posh district in Faryab fell to the Taliban.",
         "units:district:Khwaja Sabz Posh"),
        # ISWNews, 2021-06-23, dev row h009 (the headquarters beside it cut)
        ("The Taliban captured the center of Dand Patan district in Paktia province.",
         "units:district:Dand Patan"),
        ("The Taliban captured the centre of Nahrin district", "units:district:Nahrin"),
        ("The Taliban captured the centre of Nahrin district and Kunduz city",
         "units:district:Nahrin+capital:Kunduz"),
    ],
)  # fmt: skip
def test_the_centre_of_a_named_district_is_the_district(
    text: str, scope: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, gazetteer=gaz, anchor=DAY)
    assert reading(c)["scope"] == scope
    assert reading(c)["side"] == "taliban"
    assert "a district's centre stands for the district" in " ".join(c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        # no district named: which one?
        "The Taliban captured the centre of the district",
        "According to the sources, the center of the district is now under Taliban control.",
        # not a district: the middle of the country, of a province
        "The Taliban captured the centre of the country",
        "The Taliban captured the center of Kandahar province",
        # a name that is no district, or a district in another province
        "The Taliban captured the centre of Narnia district",
        "The Taliban captured the centre of Nahrin district in Herat province",
        # a hedge or no control around the centre
        "The Taliban captured areas near the centre of Nahrin district",
        "The Taliban control most of the centre of Nahrin district",
        "The Taliban attacked the centre of Nahrin district",
        # an office, not a centre of a unit (dev row g318's attribution)
        "The Taliban captured Khwahan district, reports the Press Center of the Border Troops",
        "The Press Center of the Border Troops is under Taliban control",
    ],
)
def test_a_centre_of_no_named_district_stays_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "text",
    [
        # anaphoric: which city?
        "The Taliban captured the city",
        "The Taliban captured Mazar-i-Sharif, adding that the city was taken without a struggle",
        # the provincial capital of no named province
        "The Taliban claim to have taken full control over the provincial capital.",
        "The Taliban took three districts in Ghazni and intensify attacks on the provincial "
        "capital",
        # vague or unnamed cities
        "Taliban militants capture major Afghanistan cities",
        "The Taliban control two major cities",
        "The Taliban are putting pressure on cities including Kandahar",
        # a city or town that is no provincial capital
        "The Taliban captured Spin Boldak town",
        "The Taliban captured the city of Spin Boldak",
        "The Taliban captured the city of Narnia",
    ],
)
def test_a_city_word_naming_no_capital_stays_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "text",
    [
        # Washington Newsday (a Newsweek rewrite), 2021-08-13, dev row f057
        "In just one week, Taliban fighters have taken control of ten provincial capitals, the "
        "most recent of which being Ghazni City.",
        # Newsweek, 2021-08-12, dev row f067
        "Taliban fighters have captured 10 provincial capitals in just one week, with Ghazni City "
        "the most recent to have been taken.",
        "The Taliban have taken control of ten provincial capitals, the latest of which was the "
        "city of Ghazni",
    ],
)
def test_the_most_recent_capital_named_beside_a_count_is_checked_beside_it(
    text: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
    r = reading(c)
    assert (r["side"], r["measure"], r["scope"], r["lo"]) == ("taliban", "capitals", "country", 10)
    assert [u.label for u in c.also_units] == ["Ghazni (capital of Ghazni)"]
    assert "most recent is a rank, not checked" in " ".join(c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        # no capital named, or a city that is no capital, or two
        "The Taliban have taken control of ten provincial capitals, the most recent of which "
        "being the city",
        "The Taliban have taken control of ten provincial capitals, the most recent of which "
        "being Spin Boldak town",
        "The Taliban have taken control of ten provincial capitals, the most recent of which "
        "being Narnia City",
        "The Taliban have taken control of ten provincial capitals, the most recent of which "
        "being Herat and Ghazni",
        # not at the end of the sentence: what follows is not read
        "The Taliban have captured 10 provincial capitals, with Ghazni City the most recent to "
        "have been taken, officials feared",
    ],
)
def test_a_most_recent_naming_no_one_capital_stays_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
