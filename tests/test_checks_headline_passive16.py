"""A headline's passive with its auxiliary left out (#8, mapper/check/headline_passive.py):
"Mazar-i-Sharif city overrun by Taliban." (dev6 f4263) is read as "Mazar-i-Sharif city was
overrun by Taliban", named units only (a share or a count in this form was read before, as
written). A negation, a hedge, a retake, a question and more than the bare headline stay
refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer

AUG14 = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("text", "side", "units"),
    [
        ("Mazar-i-Sharif city overrun by Taliban.", "taliban", ["Mazar-i-Sharif"]),
        ("Kunduz province captured by Taliban", "taliban", ["Kunduz"]),
        ("Zaranj and Sheberghan captured by the Taliban", "taliban", ["Zaranj", "Sheberghan"]),
        ("Spin Boldak district seized by the insurgents", "taliban", ["Spin Boldak"]),
    ],
)
def test_a_headline_passive_is_the_taking(
    text: str, side: str, units: list[str], gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=AUG14, gazetteer=gaz)
    assert (c.side, c.measure, [u.name for u in c.named_units]) == (side, "units", units)
    assert any("auxiliary left out" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "Districts captured by Taliban",
        "Zaranj not captured by Taliban",
        "Zaranj almost captured by Taliban",
        "Zaranj reportedly captured by Taliban",
        "Zaranj recaptured by government forces",
        "Zaranj captured by Taliban?",
        "Zaranj captured by Taliban, officials say",
        "Zaranj captured by Taliban in 2001",
        "Zaranj was attacked and Kunduz captured by Taliban",
    ],
)
def test_near_misses_stay_refused(text: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=AUG14, gazetteer=gaz)
