"""Who said it and the side's wording, session 7 (#8, sources7).

* "Taliban militants seized ...": a side's own one-word noun after its name is its slot.
* "The Taliban claimed to have seized ...": the side's own claim; "claimed to" set aside.
* "The Taliban (a terrorist group banned in Russia) said ...": the legal tag on a speaker
  that is a side's name.
* "..., officials said on Tuesday" with a claim about named units: the state on the day it
  was said, as for a figure (it was checked on the date of writing, the day unused).
Each near miss stays refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

FRIDAY = dt.date(2021, 8, 13)


def _units(c) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{u.kind}:{u.name}" for u in c.named_units]


@pytest.mark.parametrize(
    "sentence",
    [
        "Taliban militants have captured Kunduz province.",
        "Taliban insurgents seized Kunduz province.",
    ],
)
def test_side_noun_after_the_sides_name(sentence: str) -> None:
    c = parse_claim(sentence)
    assert (c.side, _units(c)) == ("taliban", ["province:Kunduz"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Government militants seized Kunduz province.",
        "Taliban government seized Kunduz province.",
        "Taliban forces insurgents seized Kunduz province.",
        "ISIS militants seized Kunduz province.",
        "Taliban militants did not seize Kunduz province.",
        "Taliban militants may have seized Kunduz province.",
    ],
)
def test_side_noun_near_misses_are_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


@pytest.mark.parametrize(
    ("sentence", "side", "units"),
    [
        ("Taliban Claim To Have Seized Northeastern Badakhshan Province", "taliban",
         ["province:Badakhshan"]),
        ("The Taliban claimed to have seized Badakhshan province.", "taliban",
         ["province:Badakhshan"]),
        ("The Taliban has also claimed to have captured Kunduz province.", "taliban",
         ["province:Kunduz"]),
        ("The government claimed to have retaken Badakhshan province.", "government",
         ["province:Badakhshan"]),
    ],
)  # fmt: skip
def test_claimed_to_have(sentence: str, side: str, units: list[str]) -> None:
    c = parse_claim(sentence)
    assert (c.side, _units(c)) == (side, units)
    assert any("the side's own claim" in n for n in c.reading_notes), c.reading_notes


def test_claimed_to_have_with_a_figure_names_the_sides_claim() -> None:
    c = parse_claim("The Taliban claim to have captured 85% of the country.")
    assert (c.side, c.figure.lo) == ("taliban", 0.85)
    assert any("'claim to' (the side's own claim" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban had claimed to have seized Badakhshan province.",
        "The Taliban claimed on Friday to have seized Badakhshan province.",
        "Officials claimed to have retaken Badakhshan province.",
        "Residents claimed to have seized Badakhshan province.",
        "They claimed to have seized Badakhshan province.",
        "The Taliban claimed to have not seized Badakhshan province.",
        "The Taliban claimed to have almost seized Badakhshan province.",
        "The Taliban claimed to have attacked Badakhshan province.",
        "The Taliban claimed to have seized Narnia province.",
        "The Taliban falsely claimed to have seized Badakhshan province.",
        "The Taliban's claim to have taken Panjshir, they tweeted.",
        "The Taliban's claim to have taken Panjshir is a lie, they tweeted.",
    ],
)
def test_claimed_to_have_near_misses_are_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


def test_legal_tag_on_a_speaker_that_is_the_side() -> None:
    c = parse_claim(
        "The Taliban (a terrorist group banned in Russia) said they control 85% of the country."
    )
    assert (c.side, c.figure.lo) == ("taliban", 0.85)
    assert any("legal status" in n for n in c.reading_notes), c.reading_notes
    c = parse_claim(
        "The Taliban (a terrorist group banned in Russia) said they have captured Badakhshan "
        "province."
    )
    assert _units(c) == ["province:Badakhshan"]
    assert any("banned in russia" in n.lower() for n in c.reading_notes), c.reading_notes


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban (a terrorist group banned in Helmand) said they control 85% of the country.",
        "The Taliban (a terrorist group) said they control 85% of the country.",
        "ISIS (a terrorist group banned in Russia) said they control 85% of the country.",
        "Officials (a terrorist group banned in Russia) said the Taliban control 85% of the "
        "country.",
    ],
)
def test_legal_tag_near_misses_are_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Taliban have seized Nimroz province, officials said on Tuesday.", "2021-08-10"),
        ("The Taliban claimed on Tuesday it had seized Nimroz province.", "2021-08-10"),
        # the claim's own day wins over the day it was said
        ("The Taliban seized Nimroz province on Monday, officials said on Tuesday.", "2021-08-09"),
    ],
)
def test_named_units_said_on_a_day_are_checked_on_that_day(sentence: str, day: str) -> None:
    c = parse_claim(sentence, anchor=FRIDAY)
    assert c.check_date == day
    if "on Monday" not in sentence:
        assert any("(when it was said)" in n for n in c.reading_notes), c.reading_notes


def test_named_units_said_earlier_without_a_day_is_refused() -> None:
    with pytest.raises(ClaimParseError, match="earlier day"):
        parse_claim("The Taliban have seized Nimroz province, officials had said.", anchor=FRIDAY)
