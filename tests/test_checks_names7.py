"""Unit forms as real reporting writes them (names7, issue #8): a district's centre or
headquarters is the district ("the Spin Boldak district center and police headquarters of
Kandahar province", "district and police headquarters of Farah's Anardara district"), a
translated "county" is a district, "X province in Afghanistan" is the province; each reading
says so in its notes, and near misses that name no district stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("text", "label", "said"),
    [
        ("The Taliban captured the Spin Boldak district center of Kandahar province",
         "Spin Boldak district (Kandahar)", "centre"),
        ("The Spin Boldak district center and police headquarters of Kandahar province came "
         "under the control of Taliban", "Spin Boldak district (Kandahar)", "police headquarters"),
        ("The Taliban overran the Nirkh district headquarters in Maidan Wardak province",
         "Nirkh district (Maidan Wardak)", "headquarters"),
        ("The Taliban captured district and police headquarters of Farah’s Anardara district",
         "Anar Dara district (Farah)", "farah's anardara"),
        ("The Taliban captured the district centre of Nahrin", "Nahrin district (Baghlan)",
         "centre"),
        ("The Taliban captured Kandahar’s Spin Boldak district", "Spin Boldak district (Kandahar)",
         "kandahar's spin boldak"),
        ("The Taliban captured the Khwahan County of Badakhshan Province",
         "Khwahan district (Badakhshan)", "county"),
        ("Taliban captures Logar province in Afghanistan", "Logar province", "in afghanistan"),
    ],
)  # fmt: skip
def test_a_unit_form_of_reporting_is_read_and_says_how(
    text: str, label: str, said: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert [u.label for u in c.named_units or []] == [label]
    assert said in " ".join(c.reading_notes).lower()


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured Kunduz’s Spin Boldak district",  # not Kunduz's
        "The Taliban captured Narnia's Spin Boldak district",
        "The Taliban captured Kandahar Spin Boldak district",  # no possessive written
        "The Taliban captured the district headquarters of Kandahar province",
        "The Taliban captured the centre of the district",  # no district named
        "The Taliban captured the police headquarters of Nirkh district",
        "The Taliban captured the district centers of Kunduz",
        "The Taliban captured the Nirkh district headquarters in Kandahar province",
        "The Taliban did not capture the Nirkh district headquarters",
        "The Taliban captured Orange County",
        "Taliban captures Logar province in Pakistan",
    ],
)
def test_a_near_miss_of_a_unit_form_is_refused(text: str, districts: UnitSet) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
