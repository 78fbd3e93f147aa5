"""Clauses of circumstance around a claim (helper clauses8, issue #8): a clause is set aside
only when it cannot change who holds what on the date checked. A fight that goes on beside the
claim, a move against the hold (a counter-attack, a retaking, being pushed back) and a
short-lived or temporary campaign may: refused. A bare count after "have extended their
control over" (what was added, or all held now?) is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

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


@pytest.mark.parametrize(
    ("sentence", "day", "name"),
    [
        # a fight before a capture in the simple past: what came before it, not a date
        (
            "The Taliban captured Panjwai district after fierce fighting with government forces.",
            DAY,
            "Panjwayi",
        ),
        ("After heavy fighting, the Taliban took control of Panjwai district.", DAY, "Panjwayi"),
        ("Panjwai district was captured by the Taliban after fierce fighting.", DAY, "Panjwayi"),
        ("Panjwai district fell to the Taliban following days of clashes.", DAY, "Panjwayi"),
        ("Panjwai district fell to the Taliban after a monthslong siege.", DAY, "Panjwayi"),
        (
            "The Taliban captured Panjwai district after fierce overnight fighting with Afghan "
            "forces.",
            DAY,
            "Panjwayi",
        ),
        # dev5 h202
        (
            "He said the insurgents took control over Sayghan after several hours of clashes "
            "erupted between the government forces and Taliban fighters.",
            dt.date(2021, 7, 14),
            "Sayghan",
        ),
        # the manner of the capture: dev5 h210, h037
        (
            "Burka district of Baghlan province has fallen to the Taliban almost without any "
            "fighting.",
            dt.date(2021, 5, 5),
            "Burka",
        ),
        (
            "Earlier today, the city of Jalalabad fell to the Talibani terrorists without any "
            "fight.",
            dt.date(2021, 8, 15),
            "Jalalabad",
        ),
        ("Panjwai district fell to the Taliban with no battles or clashes.", DAY, "Panjwayi"),
        ("Panjwai district fell to the Taliban without firing a shot.", DAY, "Panjwayi"),
    ],
)
def test_a_fight_before_a_capture_and_its_manner_are_set_aside(gaz, sentence, day, name) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=day)
    assert (c.side, c.measure, c.comparison, [u.name for u in c.named_units]) == (
        "taliban",
        "units",
        "as-stated",
        [name],
    )
    assert any("set aside" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban controlled Panjwai district after fierce fighting.",
        "The Taliban controlled 90 percent of the country amid fierce fighting.",
        "The Taliban captured Panjwai district and held it after fierce fighting.",
        "Panjwai district fell to the Taliban amid a siege.",
        "The Taliban captured Panjwai district after clashes erupted between Taliban fighters "
        "and the insurgents.",
        "The Taliban captured Panjwai district after clashes between government forces and local "
        "militias.",
        "The Taliban captured Panjwai district after clashes erupted between ISIS fighters and "
        "government forces.",
        "The Taliban captured Panjwai district after fierce fighting on Friday.",
        "The Taliban captured Panjwai district after fierce fighting in Herat.",
        "The Taliban captured Panjwai district after a five-day siege.",
        "The Taliban control Panjwai district without a fight.",
        "Panjwai district almost fell to the Taliban without any fighting.",
        "Panjwai district fell to the Taliban without any fighting, but was retaken.",
    ],
)
def test_near_misses_of_a_fight_before_a_capture_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Panjwai district as government forces retreated.",
        "As government forces retreated, the Taliban captured Panjwai district.",
        "Panjwai district fell to the Taliban after Afghan security forces withdrew.",
    ],
)
def test_the_other_sides_retreat_beside_a_capture_is_set_aside(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, [u.name for u in c.named_units]) == ("taliban", ["Panjwayi"])
    assert any("the other side's retreat" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Panjwai district as Taliban fighters retreated.",
        "Government forces hold Panjwai district as government forces retreated.",
        "The Taliban captured Panjwai district after government forces withdrew to Kandahar.",
        "The Taliban controlled Panjwai district as government forces retreated.",
        "The Taliban captured Panjwai district after the soldiers withdrew.",
        "The Taliban control half of the country after government forces retreated.",
        "The Taliban control half the country, as Afghan forces retreat.",
    ],
)
def test_near_misses_of_a_retreat_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control Panjwai district amid heavy fighting.",
        "The Taliban hold Kandahar province amid heavy clashes with Afghan forces.",
        "Panjwai district is under Taliban control amid fierce fighting.",
        "Amid heavy fighting, the Taliban control Panjwai district.",
    ],
)
def test_a_fight_now_beside_a_named_unit_held_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    # each was read as the whole unit held: the fight may be in it (contested)
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


def test_a_fight_now_beside_a_share_or_a_capture_is_still_set_aside(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban control half of the country amid heavy clashes with Afghan forces.",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.measure, c.figure.lo) == ("area", 0.5)
    c = parse_claim(
        "The Taliban have captured Panjwai district amid heavy fighting.", gazetteer=gaz
    )
    assert [u.name for u in c.named_units] == ["Panjwayi"]
