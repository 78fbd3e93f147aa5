"""Who the claim is about (#8, sides9).

The side a capture was a blow to (dev6 f4068, "Local officials said the Taliban had captured
Zaranj, in Nimroz province, in a major blow to government forces"): it names the side that
lost the unit, not a second side holding it. Read when the clause is "(in) a|another", up to
two closed words, "blow to" or "setback for|to", then the other side than the claim's named
whole (sides._BLOW, circumstance._check_blow). Refused: the claim's own side, an actor of no
side, a place, a clause going on past the side's name, a second actor, "a boost to", and
"government forces" after 15 August 2021 (whose forces?).

A pronoun glossed by an editor in square brackets ("They [the Taliban]", dev2 e208) is the
side named; "claimed to capture" (dev6 f4041) is the side's claim as "claimed to have
captured". A count of a side's men in the side's place ("a small number of Taliban",
dev4 g281) is that side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import reading

DAY = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    ("sentence", "side", "unit"),
    [
        ("The Taliban captured Zaranj, in a major blow to government forces.", "taliban", "Zaranj"),
        ("Insurgents overran Pul-e Khumri, in a major blow to Afghan security forces", "taliban",
         "Pul-e Khumri"),
        ("The Taliban seized Farah city in a fresh setback for government troops", "taliban",
         "Farah"),
        ("Afghan forces retook Lashkar Gah in a significant blow to the Taliban, officials said",
         "government", "Lashkar Gah"),
        ("The militants took Aybak, another blow to the embattled Afghan government", "taliban",
         "Aybak"),
    ],
)  # fmt: skip
def test_the_side_dealt_the_blow_is_set_aside(gaz, sentence: str, side: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    r = reading(c)
    assert (r["side"], r["measure"], r["scope"]) == (side, "units", f"units:capital:{unit}")
    assert (r["lo"], r["hi"]) == (1, 1)


def test_a_share_beside_the_blow_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Militants now hold a third of the country, in a serious blow to the Afghan army",
        gazetteer=gaz,
        anchor=DAY,
    )
    r = reading(c)
    assert (r["side"], r["measure"], r["scope"]) == ("taliban", "area", "country")
    assert r["lo"] == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Farah city in a major blow to the Taliban",
        "Afghan forces retook Lashkar Gah in a blow to government forces",
        "The Taliban seized Farah city in a major boost to government forces",
        "The Taliban seized Farah city in a major blow to the resistance",
        "The Taliban seized Farah city in a major blow to ISIS-K",
        "The Taliban seized Farah city in a blow to government forces in Herat",
        "The Taliban seized Farah city in a blow to government forces who retook Kunduz",
        "The Taliban seized Farah city in a blow to government forces and the Taliban",
        "The Taliban seized Farah city in a blow to Afghan and US forces",
        "The Taliban may seize Farah city in a major blow to government forces",
        "The Taliban did not seize Farah city, in a major blow to government forces",
    ],
)
def test_a_blow_not_to_the_other_side_whole_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


def test_government_forces_after_the_fall_of_kabul_are_not_the_loser(gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="may name more than one actor"):
        parse_claim(
            "The Taliban captured Zaranj, in a major blow to government forces.",
            gazetteer=gaz,
            anchor=dt.date(2021, 8, 20),
        )


# A pronoun glossed by an editor in square brackets (dev2 e208: '"They [the Taliban] are
# controlling ... of the territory," Lavrov said'): the side the brackets name.
@pytest.mark.parametrize(
    ("sentence", "side", "n"),
    [
        ('"They [the Taliban] now hold 60% of the territory," the envoy told reporters',
         "taliban", 0.6),
        ("The minister said they [the ANDSF] still control 40 percent of the country",
         "government", 0.4),
        ('"Their [Taliban] fighters control 70% of the land," a diplomat said', "taliban", 0.7),
    ],
)  # fmt: skip
def test_a_pronoun_glossed_by_a_side_is_that_side(gaz, sentence: str, side: str, n: float) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    r = reading(c)
    assert (r["side"], r["measure"], r["scope"]) == (side, "area", "country")
    assert r["lo"] == r["hi"] == pytest.approx(n)
    assert any("pronoun glossed" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        '"They [ISIS-K] now hold 10% of the territory," the envoy said',
        '"They [the Taliban and Afghan forces] each hold half of the country," he said',
        '"They [the fighters] now hold 60% of the territory," the envoy said',
        '"They (the Taliban) now hold 60% of the territory," the envoy said',
        '"They [the Taliban] do not hold 60% of the territory," the envoy said',
        '"They [the Taliban] could soon hold 60% of the territory," the envoy said',
        "Afghan forces said they [the Taliban] now hold 60% of the territory",
        "They [the Taliban] and Afghan forces now hold 60% of the territory",
    ],
)
def test_a_pronoun_glossed_by_no_one_side_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


def test_a_pronoun_glossed_by_government_forces_is_refused_after_the_fall(gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="may name more than one actor"):
        parse_claim(
            '"They [government forces] control 15% of the country," Lavrov said.',
            gazetteer=gaz,
            anchor=dt.date(2021, 8, 20),
        )


# "claimed to capture" (dev6 f4041: "On Thursday, the Taliban claimed to capture Herat"): the
# side's own claim of a taking done, as "claimed to have captured".
@pytest.mark.parametrize(
    ("sentence", "side", "scope"),
    [
        ("The insurgents claimed to capture Maimana, the capital of Faryab", "taliban",
         "units:capital:Maymana"),
        ("Afghan forces claimed to retake Kohsan district", "government", "units:district:Kohsan"),
        ("The Taliban claims to take control of Zaranj", "taliban", "units:capital:Zaranj"),
    ],
)  # fmt: skip
def test_claimed_to_capture_is_the_sides_claim(gaz, sentence: str, side: str, scope: str) -> None:  # type: ignore[no-untyped-def]
    r = reading(parse_claim(sentence, gazetteer=gaz, anchor=DAY))
    assert (r["side"], r["measure"], r["scope"], r["lo"], r["hi"]) == (side, "units", scope, 1, 1)


def test_claimed_to_capture_on_a_day_is_dated(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "On Thursday, the Taliban claimed to capture Herat, Afghanistan's third-largest city.",
        gazetteer=gaz,
        anchor=dt.date(2021, 8, 13),
    )
    assert reading(c)["scope"] == "units:capital:Herat"
    assert c.check_date == "2021-08-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban aimed to capture Kohsan district",
        "The Taliban vowed to capture Kohsan district",
        "The Taliban claimed they would capture Kohsan district",
        "The Taliban claimed to soon capture Kohsan district",
        "The Taliban had claimed to capture Kohsan district",
        "The Taliban claimed to attack Kohsan district",
        "The Taliban claimed to besiege Kohsan district",
        "The Taliban claimed not to capture Kohsan district",
    ],
)
def test_not_a_claim_of_a_taking_done_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


# A count of a side's men as the subject of a claim about named units (dev4 g281: "a small
# number of Taliban took control of Qarqin and Khamab").
@pytest.mark.parametrize(
    ("sentence", "side", "scope"),
    [
        ("A small number of Taliban took control of Qarqin and Khamab", "taliban",
         "units:district:Qarqin+district:Kham Ab"),
        ("Hundreds of Taliban fighters overran Kunduz", "taliban", "units:capital:Kunduz"),
        ("Thousands of Afghan troops retook Lashkar Gah", "government",
         "units:capital:Lashkar Gah"),
        ("Dozens of the insurgents seized Farah", "taliban", "units:capital:Farah"),
    ],
)  # fmt: skip
def test_a_count_of_a_sides_men_is_that_side(gaz, sentence: str, side: str, scope: str) -> None:  # type: ignore[no-untyped-def]
    r = reading(parse_claim(sentence, gazetteer=gaz, anchor=DAY))
    assert (r["side"], r["measure"], r["scope"]) == (side, "units", scope)
    assert r["lo"] == r["hi"] == len(scope.split("+"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of civilians overran Kunduz",
        "Hundreds of ISIS fighters overran Kunduz",
        "A group of Taliban fighters overran Kunduz",
        "Hundreds of Taliban and Afghan troops overran Kunduz",
        "Hundreds of Taliban prisoners overran Kunduz",
        "Hundreds of Taliban troops overran Kunduz",
        "Hundreds of Taliban fighters attacked Kunduz",
        "Hundreds of Taliban fighters may overrun Kunduz",
        "Hundreds of Taliban fighters surrendered Kunduz",
        "Hundreds of resistance fighters retook Kunduz",
    ],
)
def test_not_a_count_of_one_sides_men_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)
