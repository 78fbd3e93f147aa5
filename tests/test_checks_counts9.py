"""Figures read by counts9 (#8).

"The number of districts under Taliban control has exceeded 35" (dev5 h149, My Truck Page) and
"It brings the total fallen districts to the Taliban to more than 60" (dev6 f4298, Ariana
News copy) state the number a side holds now: read as that count (more than N after
"exceeded / crossed / surpassed"), not as the rise. "Another government source in the province
confirmed ..." (dev6 f4035, KabulNow): 'another' qualifies who said it, not the units; before
the units it stays an increment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

JUN22 = dt.date(2021, 6, 22)


@pytest.mark.parametrize(
    ("text", "side", "comparison", "n", "measure"),
    [
        (
            "In the past 2 months, the number of Taliban-controlled districts across the "
            "country has exceeded 35.",
            "taliban",
            "over",
            35,
            "districts",
        ),
        ("It brings the total fallen districts to the Taliban to more than 60.", "taliban",
         "over", 60, "districts"),
        ("The number of districts held by the insurgents has reached 120", "taliban",
         "as-stated", 120, "districts"),
        ("This brings the total number of districts captured by the Taliban to 85", "taliban",
         "as-stated", 85, "districts"),
        ("The number of districts under government control has dropped to 80", "government",
         "as-stated", 80, "districts"),
        ("The number of Taliban-held districts has crossed 200", "taliban", "over", 200,
         "districts"),
        ("The number of provinces under Taliban control has risen to 2", "taliban",
         "as-stated", 2, "provinces"),
    ],
)  # fmt: skip
def test_the_number_now_is_the_count_held(
    text: str, side: str, comparison: str, n: int, measure: str
) -> None:
    c = parse_claim(text, anchor=JUN22)
    assert (c.side, c.comparison, c.figure.form, c.figure.lo, c.figure.hi) == (
        side,
        comparison,
        "count",
        n,
        n,
    )
    assert (c.measure, c.province, c.district) == (measure, None, None)
    assert any("the number now" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The number of districts under Taliban control has not reached 150",
        "The number of districts under Taliban control is expected to reach 200",
        "The number of districts under Taliban control has risen by 20",
        "The number of districts under Taliban control has doubled",
        "The number of districts under Taliban control had risen to 150",
        "The number of districts lost to the Taliban has reached 60",
        "The number of districts contested by the Taliban has reached 120",
        "The number of districts under Taliban control has risen to 40%",
        "The number of districts under Taliban control has risen to 150 from 100",
        "The number of districts under Taliban control in Badghis has reached 5",
        "The number of opposition-held districts has crossed 30",
    ],
)
def test_the_number_now_near_variants_are_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=JUN22)


def test_another_before_who_said_it_qualifies_the_source(districts: UnitSet) -> None:
    c = parse_claim(
        "Another government source in the province confirmed the Taliban militant also took "
        "control of Khwaja Omari district.",
        anchor=dt.date(2021, 6, 28),
        gazetteer=districts.gazetteer(),
    )
    assert c.side == "taliban"
    assert [u.name for u in c.named_units or ()] == ["Khwaja Umari"]
    c = parse_claim("Another security source confirmed the Taliban now control 150 districts")
    assert (c.side, c.comparison, c.figure.lo, c.measure) == ("taliban", "as-stated", 150,
                                                             "districts")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban seized another district, another official said",
        "Another official said the Taliban seized another 12 districts",
        "Another source said Jaghori district did not fall to the Taliban",
        "Another video from Jaghori after its capture by the Taliban",
    ],
)
def test_another_before_the_units_stays_an_increment(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text)
