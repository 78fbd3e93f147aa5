"""Misreadings found by the lead on 5 December (session 13, issue #8), read as ``mapper
check`` reads them (the boundary set's names, the date of writing as the anchor).

"as" before a short noun phrase with no verb ("Taliban capture Zaranj as a hoax / as a
lesson / as the prize / as examples") was set aside as a clause of circumstance and the
capture read: "as a hoax" unsays it, "as a lesson" or "as a base" says how the side uses the
place. It is now refused by name (``circumstance.as_role``); clauses of time, which have a
verb ("as the insurgency continues", "as major cities fall"), are set aside as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import refusal, scope_of

DAY = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Taliban capture Zaranj as a lesson", "as a lesson"),
        ("Taliban capture Zaranj as a hoax", "as a hoax"),
        ("Taliban capture Zaranj as a rumour", "as a rumour"),
        ("Taliban capture Zaranj as a bargaining chip", "as a bargaining chip"),
        ("Taliban retake Zaranj as a trap", "as a trap"),
        ("Taliban capture Zaranj as the prize", "as the prize"),
        ("Taliban capture Zaranj as examples", "as examples"),
        ("Taliban capture Zaranj as a hoax, officials said", "as a hoax"),
        ("The Taliban captured Kunduz as their base.", "as their base"),
    ],
)
def test_as_with_a_role_is_refused_by_name(gaz: Gazetteer, sentence: str, named: str) -> None:
    e = refusal(sentence, gazetteer=gaz, anchor=DAY)
    assert e.part == named, e.part
    assert "not set aside" in e.problem


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The Taliban conquer Jalalabad as the insurgency continues.", "units:capital:Jalalabad"),
        ("Taliban capture Zaranj as major cities fall", "units:capital:Zaranj"),
        ("Taliban capture Zaranj as their grip weakens", "units:capital:Zaranj"),
        ("Taliban capture Zaranj as the US withdraws", "units:capital:Zaranj"),
    ],
)
def test_a_clause_of_time_after_as_is_still_set_aside(
    gaz: Gazetteer, sentence: str, scope: str
) -> None:
    """Guards: pass on main and here."""
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, c.figure.lo, scope_of(c)) == ("taliban", 1.0, scope)


# dev9 (fresh7) g7072: the headline present "fall(s) to" and the noun "the fall of" before a
# bare count are verbs of taking, so the count is what fell, a lower bound; it was read as
# exactly the count held (CONTRADICTED whenever the side held more).
@pytest.mark.parametrize(
    "sentence",
    [
        "Two districts fall to Taliban as offensives intensifying countrywide",
        "Two districts fall to Taliban",
        "The fall of two districts to the Taliban",
        "Two districts falls to the Taliban",
    ],
)
def test_a_count_that_falls_to_a_side_is_a_lower_bound(sentence: str, gaz: Gazetteer) -> None:
    c = parse_claim(sentence, anchor=dt.date(2021, 6, 20), gazetteer=gaz)
    assert (c.side, c.comparison, c.figure.lo, c.measure) == ("taliban", "at-least", 2, "districts")
    assert any("lower bound" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Three more districts fall to the Taliban", "more districts"),
        ("Two districts could fall to the Taliban", "could"),
        ("Two districts are lost to the Taliban", "lost"),
    ],
)
def test_near_misses_of_a_count_that_falls_stay_refused(sentence: str, named: str) -> None:
    e = refusal(sentence, gazetteer=None, anchor=dt.date(2021, 6, 20))
    assert named in str(e).lower(), str(e)
