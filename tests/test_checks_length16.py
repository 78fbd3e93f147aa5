""" "The entire length of the border": the entire border (#8, session 16, helper fresh8tail).

"The Taliban have taken control of the entire length of Afghanistan's border with Uzbekistan and
Tajikistan" (fresh8 k8234's claim; the row itself stays refused for its closing "urging ..."
clause) was refused: "entire" read as 100% was followed by "length". "entire / whole / full
length of" right before a border is the entire border (grammar._SYMBOLS); "the length of",
"half the length of", the length of a river or a highway stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 8, 11)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The Taliban have taken control of the entire length of Afghanistan\u2019s border with "
         "Uzbekistan and Tajikistan, the Russian defense minister said.", "border:TJK+UZB"),
        ("The Taliban control the entire length of the border with Tajikistan.", "border:TJK"),
        ("The Taliban hold the whole length of the border with Turkmenistan.", "border:TKM"),
    ],
)  # fmt: skip
def test_the_entire_length_is_the_entire_border(text: str, scope: str, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=ON)
    assert (c.side, c.figure.lo, c.figure.hi, c.measure) == ("taliban", 1.0, 1.0, "border")
    assert "border:" + "+".join(c.neighbours) == scope


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban control the length of the border with Tajikistan.",
        "The Taliban control half the length of the border with Tajikistan.",
        "The Taliban control the entire length of the Amu Darya.",
        "The Taliban control the entire length of the highway to the border with Tajikistan.",
        "The Taliban control the whole length of the border with Narnia.",
    ],
)
def test_other_lengths_stay_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=ON)
