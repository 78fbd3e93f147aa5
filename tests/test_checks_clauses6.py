"""Clauses beside a claim that carry no claim (helper clauses6, issue #8): a clause of
fighting that names the other side as the party fought ("after briefly fighting with
government forces") is set aside, in a closed form; anything more stays refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # e085 (dev2), offstream.news, 10 August 2021
        (
            "The Taliban captures the city of Farah, the capital of the southwestern Farah "
            "Province, after briefly fighting with government forces.",
            "taliban",
        ),
        (
            "The Taliban control half of the country amid heavy clashes with Afghan forces",
            "taliban",
        ),
        (
            "Government forces control half of the country after days of fierce fighting with "
            "the Taliban",
            "government",
        ),
    ],
)
def test_fighting_with_the_other_side_is_set_aside(gaz, sentence: str, side: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))
    assert c.side == side
    assert any("fighting between the sides" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control half of the country after fighting with the Taliban",
        "The Taliban control half of the country after fighting with government forces in Herat",
        "The Taliban control half of the country after fighting with government forces ended",
        "The Taliban control half of the country after fighting with Narnian forces",
        "The Taliban control half of the country after fighting with the militias",
        "The Taliban control half of the country after fighting with government forces for two "
        "weeks",
        "The Taliban controlled half of the country after fighting with government forces",
        "The Taliban control half of the country despite fighting with government forces",
        "The Taliban control half of the country after fighting with government forces who still "
        "hold Kabul",
    ],
)
def test_fighting_near_misses_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))


def test_reached_and_captured_is_the_capture(gaz) -> None:  # type: ignore[no-untyped-def]
    # e058 (dev2): the page is of 20 August 2021
    s = (
        "On 15 August, the Associated Press reported that the Taliban had reached and "
        "captured Kabul."
    )
    c = parse_claim(s, gazetteer=gaz, anchor=dt.date(2021, 8, 20))
    assert [u.name for u in c.named_units] == ["Kabul"] and c.check_date == "2021-08-15"
    assert any("'reached and'" in n for n in c.reading_notes)
    for s in (
        "The Taliban reached and besieged Kabul",
        "The Taliban approached and captured Zaranj",
        "The Taliban reached and nearly captured Zaranj",
    ):
        with pytest.raises(ClaimParseError):
            parse_claim(s, gazetteer=gaz)


def test_a_change_then_the_state_as_of_a_date(gaz) -> None:  # type: ignore[no-untyped-def]
    # r200 (real), written 14 July 2021 (LWJ via the report)
    s = (
        "The Taliban began to seize territory once the May 1 deadline expired, and as of June 29, "
        "2021, now controls 157 districts, the report stated."
    )
    c = parse_claim(s, gazetteer=gaz, anchor=dt.date(2021, 7, 14))
    assert (c.figure.lo, c.measure, c.check_date) == (157.0, "districts", "2021-06-29")
    for s in (
        "The Taliban began to seize territory once the deadline expires, and now control 157 "
        "districts",
        "The Taliban began to seize territory once the government collapsed, and now control 157 "
        "districts",
    ):
        with pytest.raises(ClaimParseError):
            parse_claim(s, gazetteer=gaz, anchor=dt.date(2021, 7, 14))


@pytest.mark.parametrize(
    "sentence",
    [
        # e220 (dev2) and r318 (real): the same AP sentence of 13 August 2021, two copies
        "Although Kabul itself is not yet under direct threat, the losses and battles elsewhere "
        "further strengthen confidence in the strength of the resurgent Taliban, which, "
        "according to estimates, now holds more than two-thirds of the country and continues "
        "to advance.",
        "While the nation's capital, Kabul, isn't directly under threat yet, the losses and the "
        "battles elsewhere further tighten the grip of a resurgent Taliban, who are estimated to "
        "now hold over two-thirds of the country and continue to press their offensive.",
    ],
)
def test_a_concession_that_kabul_is_not_threatened(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
    assert (c.side, c.comparison, c.measure, c.province) == ("taliban", "over", "area", None)
    assert round(c.figure.lo, 4) == 0.6667
    assert "concession" in c.reading_notes[0] and "Kabul" in c.reading_notes[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Although Kabul is not yet under direct threat, the Taliban control all of the country",
        "Although Kabul is not yet under direct threat, the Taliban control half of Kabul province",
        "Although Kabul is not yet under direct threat, the Taliban have captured Herat",
        "Although Kabul is under direct threat, the Taliban control half of the country",
        "Although the Taliban do not control Kabul, they hold half of the country",
    ],
)
def test_the_concession_near_misses_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # f157 (dev3), 15 August 2021; f013 (dev3), 25 July 2021
        (
            "On August 14, Logar province, which is not very far from Kabul, fell to the "
            "Taliban, that too, without a fight.",
            "Logar",
        ),
        ("Narai district fell (to the Taliban) without resistance.", "Nari"),
    ],
)
def test_the_manner_and_the_place_around_a_capture(gaz, sentence: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
    assert [u.name for u in c.named_units] == [unit] and c.change_verb
    assert any("set aside" in n and "without" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control Logar province without a fight",
        "The Taliban captured half of Logar province without a fight",
        "The Taliban captured 5 districts without a fight",
        "The Taliban captured Logar province without a fight from the government",
        "Logar province, which is not very far from Herat, fell to the Taliban",
    ],
)
def test_the_manner_near_misses_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
