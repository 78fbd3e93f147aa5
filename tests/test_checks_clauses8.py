"""Clauses of circumstance around a claim (helper clauses8, issue #8): a clause is set aside
only when it cannot change who holds what on the date checked. A fight that goes on beside the
claim, a move against the hold (a counter-attack, a retaking, being pushed back) and a
short-lived or temporary campaign may: refused. A bare count after "have extended their
control over" (what was added, or all held now?) is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim


@pytest.fixture(scope="module")
def gaz(districts: UnitSet):  # type: ignore[no-untyped-def]
    return districts.gazetteer()


DAY = dt.date(2021, 7, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as Panjwayi (or 85 %) held: the fight may be in the unit, still going on
        "The Taliban have captured Panjwai district as fighting continues.",
        "The Taliban have captured Panjwai district amid ongoing fighting.",
        "The Taliban control 85 percent of the country as fighting rages.",
        "The Taliban have captured Panjwai district, while clashes are still underway.",
        "The Taliban have captured Panjwai district amid continuing clashes.",
        "The Taliban have captured Panjwai district as fighting goes on.",
        "The Taliban have captured Panjwai district while the battle rages on.",
        "The Taliban have captured Panjwai district as clashes continue.",
        "The Taliban have captured Panjwai district as resistance continues.",
        "The Taliban have captured Panjwai district after fierce fighting that continues.",
        # a move against the hold
        "The Taliban have captured Panjwai district after a counter-attack.",
        "The Taliban have captured Panjwai district amid a counteroffensive.",
        "The Taliban have captured Panjwai district as the army prepares a counterattack.",
        "The Taliban have captured Panjwai district as efforts to retake it continue.",
        # a gain that did not last
        "The Taliban have captured Panjwai district in a short-lived advance.",
        "The Taliban have captured Panjwai district in a temporary advance.",
    ],
)
def test_a_clause_that_may_change_who_holds_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban have captured Panjwai district amid heavy fighting.",
        "The Taliban have captured Panjwai district after briefly fighting with government forces.",
        "The Taliban have captured Panjwai district after days of fierce fighting.",
    ],
)
def test_a_fight_before_or_around_the_capture_is_still_set_aside(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, c.measure, [u.name for u in c.named_units]) == (
        "taliban",
        "units",
        ["Panjwayi"],
    )
    assert any("set aside" in n and "fight" in n for n in c.reading_notes)
