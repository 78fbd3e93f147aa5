"""The centres of named districts, read as the districts (#8, session 16, helper fresh8tail).

"According to two MPs, the centers of Ishkamish district in Takhar and Sozma Qala district in
Sar-e-Pul fell to the Taliban on Thursday" (fresh8 k8023; the row itself stays refused for "two
MPs"): the plural before a list is read as the list only when every item is written with the
word "district" (mapper/check/centres.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


def _units(c) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(u.kind, u.name) for u in c.named_units]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("According to officials, the centers of Ishkamish district in Takhar and Sozma Qala "
         "district in Sar-e-Pul fell to the Taliban on Thursday.",
         [("district", "Ishkamish"), ("district", "Sozma Qala")]),
        ("The Taliban captured the centres of Charkh district in Logar and Farsi district in "
         "Herat.", [("district", "Charkh"), ("district", "Farsi")]),
        ("The centers of Ishkamish and Sozma Qala districts fell to the Taliban.",
         [("district", "Ishkamish"), ("district", "Sozma Qala")]),
    ],
)  # fmt: skip
def test_the_centres_of_named_districts_are_the_districts(text: str, units: list, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 6, 11))
    assert (c.side, c.measure, _units(c)) == ("taliban", "units", units)
    assert any("centre stands for the district" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The centres of Kunduz and Herat fell to the Taliban.",
        "The centers of Ishkamish district and Takhar province fell to the Taliban.",
        "The centers of two districts fell to the Taliban.",
        "The centers of the districts fell to the Taliban.",
    ],
)
def test_centres_of_what_is_not_a_named_district_stay_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 6, 11))
