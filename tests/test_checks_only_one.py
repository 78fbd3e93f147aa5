"""Complements stated by exception (issue #8, session 16b): "the only province not to have
fallen to the Taliban" is every province of the set but one, held by that side
(mapper/check/complements.py). Expectations are written by hand."""

from __future__ import annotations

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("The valley, north of the capital Kabul, is one of Afghanistan's smallest provinces "
         "and the only one not to have fallen to the Taliban.", None),
        ("Panjshir is the only province not to have fallen to the Taliban.", None),
        ("Panjshir province is the only province that has not been captured by the Taliban.",
         None),
        ("It is one of Afghanistan's 34 provinces and the only one not to have fallen to the "
         "Taliban.", 34),
    ],
)  # fmt: skip
def test_the_only_province_not_fallen_is_every_other(sentence: str, stated: float | None) -> None:
    c = parse_claim(sentence)
    assert (c.side, c.comparison, c.figure.lo, c.figure.hi, c.measure, c.province) == (
        "taliban", "as-stated", 33, 33, "provinces", None)  # fmt: skip
    got = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    assert got == stated
    assert any("less one" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Panjshir is the only province not yet fully under Taliban control.", "'not'"),
        ("Panjshir is not the only province not to have fallen to the Taliban.", "'not'"),
        ("Panjshir is one of the few provinces not to have fallen to the Taliban.", "'not'"),
        ("Panjshir is the only province to have fallen to the Taliban.", "could not read"),
        ("Panjshir is the only one not to have fallen to the Taliban.", "'the only one'"),
        ("Kabul city is the only province not to have fallen to the Taliban.", "Kabul city"),
        ("Panjshir is the only province that had not fallen to the Taliban.", "pluperfect"),
        ("Panjshir is the only province not to have fallen to the Taliban yet.", "yet"),
        ("Panjshir is the only province not to have fallen to the Taliban, officials denied.",
         "'not'"),
        ("Panjshir is the only province not to have fallen to the Taliban and Herat.", "'not'"),
        ("The valley is one of Afghanistan's 33 provinces and the only one not to have fallen "
         "to the Taliban.", "counts 33 provinces"),
        ("Panjshir is the only province not to have fallen to the foo.", "which side"),
    ],
)  # fmt: skip
def test_only_one_near_misses_are_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence)
    assert why in str(info.value)


@pytest.mark.parametrize(
    "sentence",
    [
        "In Takhar province, which neighbors Badakhshan, the residents said all districts have "
        "fallen to the Taliban except Taluqan, the capital city.",
        "In Takhar province, all districts have fallen to the Taliban except Taluqan.",
    ],
)
def test_fronted_all_districts_except_one(districts: UnitSet, sentence: str) -> None:
    c = parse_claim(sentence, gazetteer=districts.gazetteer())
    assert (c.side, c.comparison, c.figure.lo, c.figure.hi, c.measure, c.province) == (
        "taliban", "as-stated", 16, 16, "districts", "Takhar")  # fmt: skip
    assert any("all but one" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("In Takhar province, all districts have fallen to the Taliban except two.", "'two'"),
        ("In Takhar province, all districts have fallen to the Taliban except Kunduz.",
         "not a district of Takhar"),
        ("In Herat province, all districts have fallen to the Taliban except Taluqan.",
         "not a district of Herat"),
        ("In Takhar province, all districts have fallen to the Taliban except the city of "
         "Kunduz.", "not a district of Takhar"),
        ("In Takhar province, which neighbors Takhar, all districts have fallen to the Taliban "
         "except Taluqan.", "not another province"),
        ("In Takhar province, officials denied all districts have fallen to the Taliban except "
         "Taluqan.", "denied"),
        ("In Takhar province, the residents said not all districts have fallen to the Taliban "
         "except Taluqan.", "'not'"),
        ("In Takhar province, the residents said all districts have fallen to the Taliban "
         "except Taluqan and Rustaq.", "except"),
        ("In Takhar province, the residents feared all districts have fallen to the Taliban "
         "except Taluqan.", "feared"),
    ],
)  # fmt: skip
def test_fronted_except_near_misses_are_refused(
    districts: UnitSet, sentence: str, why: str
) -> None:
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence, gazetteer=districts.gazetteer())
    assert why in str(info.value)


def test_fronted_except_needs_the_boundary_sets_districts() -> None:
    with pytest.raises(ClaimParseError, match="boundary set's districts"):
        parse_claim("In Takhar province, all districts have fallen to the Taliban except Taluqan.")
