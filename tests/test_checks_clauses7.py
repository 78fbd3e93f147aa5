"""Clauses and unread words around a claim (helper clauses7, issue #8): a clause placing its
event in the country beside a claim that names the country itself; "have extended their
control over"; captures before the claim ("following their capture of Kandahar and Herat")
checked beside it; a headline's kicker ("Afghanistan Turmoil:") and outlet tail ("| Oneindia
News"). Near misses stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


def test_a_clause_across_the_country_beside_a_claim_naming_the_country(gaz) -> None:  # type: ignore[no-untyped-def]
    # r170 (real), e221 (dev2)
    c = parse_claim(
        "A spokesman for the Taliban claims that the militant group has seized control of 90 "
        "percent of Afghanistan's borders, following their offensives across the "
        "conflict-ridden country amid withdrawal of American forces.",
        gazetteer=gaz,
    )
    assert (c.side, c.measure, c.figure.lo) == ("taliban", "border", 0.9)
    note = next(n for n in c.reading_notes if "following their offensives" in n)
    assert "which the claim names itself" in note


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control 85 percent, as they sweep across the country",
        "The Taliban control 50 districts, as they sweep across the country",
        "The Taliban control Herat province, as they sweep across the country",
        "The Taliban control 85 percent of the country, as they fail to sweep across the country",
    ],
)
def test_a_clause_across_the_country_stays_refused_otherwise(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz)


def test_extended_their_control_over_is_the_state_it_leaves(gaz) -> None:  # type: ignore[no-untyped-def]
    # r185 (real)
    c = parse_claim(
        "In a shocking revelation, the journal said that the Taliban have extended their "
        "control over more than 107 of Afghanistan\u2019s 398 districts in a string of attacks "
        "across the nation.",
        gazetteer=gaz,
    )
    stated = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    assert (c.side, c.comparison, c.figure.lo, c.measure, stated) == (
        "taliban",
        "over",
        107.0,
        "districts",
        398.0,
    )
    assert any(n.startswith("'extended' (a change of control)") for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban had established control over 85 percent of all Afghan territory",
        "The Taliban have extended their control to 85 percent of all Afghan territory",
        "The Taliban have extended the deadline over 85 percent of all Afghan territory",
    ],
)
def test_extended_control_near_misses(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz)


def test_captures_before_the_claim_are_checked_beside_it(gaz) -> None:  # type: ignore[no-untyped-def]
    # g045 (dev4)
    c = parse_claim(
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
        "Kandahar and Herat, as the security situation in the country rapidly deteriorates.",
        gazetteer=gaz,
    )
    assert [u.name for u in c.named_units] == ["Lashkar Gah"]
    assert [(u.kind, u.name) for u in c.also_units] == [
        ("capital", "Kandahar"),
        ("capital", "Herat"),
    ]
    assert any("is a second claim, checked beside the first" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following the fall of "
        "Kandahar",
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following their recapture "
        "of Kandahar",
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following the government's "
        "capture of Kandahar",
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
        "Hemland",
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
        "Kandahar province",
    ],
)
def test_captures_before_the_claim_near_misses(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz)


@pytest.mark.parametrize(
    ("sentence", "name", "note"),
    [
        ("Afghanistan Turmoil: Taliban forces take over Herat", "Herat", "kicker"),
        (
            "Taliban seizes northern city of Kunduz in Afghanistan | Oneindia News",
            "Kunduz",
            "outlet",
        ),
    ],
)
def test_a_headline_kicker_and_outlet_are_set_aside(
    gaz, sentence: str, name: str, note: str
) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz)
    assert [u.name for u in c.named_units] == [name]
    assert any(note in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabul Turmoil: Taliban forces take over Herat",
        "Afghanistan Turmoil: Taliban forces could take over Herat",
        "Taliban seizes northern city of Kunduz in Afghanistan | Kabul Times",
        "Taliban seizes northern city of Kunduz in Afghanistan | Herat next",
        "Afghanistan Crisis: Taliban control 85 percent",
    ],
)
def test_headline_frame_near_misses(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz)


def test_during_a_campaign_is_set_aside(gaz) -> None:  # type: ignore[no-untyped-def]
    # e203 (dev2)
    c = parse_claim(
        "MOSCOW -- The Taliban claimed Friday that they now control 85% of Afghanistan's "
        "territory during a surge of victories and as American troops complete their pullout "
        "from the war-battered country.",
        gazetteer=gaz,
        anchor=dt.date(2021, 7, 10),
    )
    assert (c.side, c.measure, c.figure.lo) == ("taliban", "area", 0.85)
    assert any(n.startswith("'during a surge of victories' (the campaign") for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban now control 85% of Afghanistan's territory during the summer",
        "The Taliban controlled 85% of Afghanistan's territory during their offensive",
        "The Taliban now control 85% of Afghanistan's territory during their failed offensive",
    ],
)
def test_during_near_misses(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz)
