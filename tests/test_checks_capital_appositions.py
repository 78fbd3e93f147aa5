"""A provincial capital named with an apposition, a title or a rank of size (#8, capitals7).

"The city of Zaranj, the provincial capital of Nimroz, has fallen to the Taliban" (dev4 g178:
refused as 'read only as one of a count' because 'provincial capital' made it a capitals
sentence), "the capital of the south-eastern Afghan province of Paktika, Sharana, and Logar'
provincial capital Pul-e-Alam city" (g286), "Zaranj, Nimruz province's capital city" (g167),
"Kandahar, Afghanistan's second-largest city" (g002, g297), "including the third-largest city
Herat" (g037), "Taliban seize 10th Afghan capital" (g007). Every name is checked against the
province the title names (places data) and every rank of size against a closed table
(appositions.RANKS); a mismatch is refused with the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 8, 16)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The city of Zaranj, the provincial capital of Nimroz, has fallen to the Taliban",
         ["Zaranj"]),
        ('"The city of Zaranj, the provincial capital of Nimroz, has fallen to the Taliban," '
         "Roh Gul Khairzad, the deputy governor, told AFP", ["Zaranj"]),
        ("The Taliban have captured the capital of Paktika province, Sharana", ["Sharana"]),
        ("The Taliban took control over the capital of the south-eastern Afghan province of "
         "Paktika, Sharana, and Logar’ provincial capital Pul-e-Alam city",
         ["Sharana", "Pul-i-Alam"]),
        ("The Taliban have captured Logar's provincial capital Pul-e-Alam", ["Pul-i-Alam"]),
        ("The Taliban took control of Zaranj, Nimruz province’s capital city", ["Zaranj"]),
        ("The Taliban have captured Kandahar province's capital", ["Kandahar"]),
        ("The Taliban captured Kandahar, Afghanistan's second-largest city", ["Kandahar"]),
        ("The Taliban captured Herat, Afghanistan's second-largest city", ["Herat"]),
        ("Herat, the third-largest city in Afghanistan, has fallen to the Taliban", ["Herat"]),
        ("The Taliban captured Herat and Kandahar, the country’s second- and third-largest "
         "cities", ["Herat", "Kandahar"]),
        ("The Taliban captured the third-largest city Herat", ["Herat"]),
        ("The second largest city, Kandahar, has fallen to the Taliban", ["Kandahar"]),
        ("The Taliban captured Mazar-e-Sharif, the fourth-largest city in Afghanistan",
         ["Mazar-i-Sharif"]),
    ],
)  # fmt: skip
def test_appositions_read(gaz, sentence: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=ON)
    assert c.measure == "units" and c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", n) for n in units]


def test_a_rank_is_named_in_the_reading(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban captured Kandahar, Afghanistan's second-largest city", gazetteer=gaz
    )
    assert any("rank of size" in n and "set aside" in n for n in c.reading_notes)


def test_a_rank_beside_a_count(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban now control at least 13 provincial capitals, including Kandahar and Herat, "
        "the second and third largest cities in the country",
        gazetteer=gaz,
        anchor=ON,
    )
    assert (c.measure, c.figure.lo, c.comparison) == ("capitals", 13, "at-least")
    assert set(c.capitals_named) == {"Kandahar", "Herat"}
    assert any("rank of size" in n for n in c.reading_notes)


def test_an_ordinal_afghan_capital_is_a_provincial_capital(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("Taliban seize 10th Afghan capital", gazetteer=gaz, anchor=dt.date(2021, 8, 12))
    assert (c.measure, c.figure.lo, c.ordinal) == ("capitals", 10, 10)
    assert any("'10th afghan capital' read as" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The Taliban have captured the capital of Nimroz province, Herat", "may name"),
        ("The Taliban have captured the capital of Nimroz province, Herat and Kandahar",
         "may name"),
        ("The Taliban have captured Helmand's provincial capital Zaranj", "places data gives"),
        ("The Taliban took control of Herat, Nimruz province’s capital city", "places data"),
        ("The city of Herat, the provincial capital of Nimroz, has fallen to the Taliban",
         "not of 'nimroz'"),
        ("Zaranj, the capital of Nimroz province, has fallen to the Taliban, who hold 12 "
         "provincial capitals", "beside a count"),
        ("The Taliban captured Herat, Afghanistan's fourth-largest city", "does not fit Herat"),
        ("The Taliban captured Zaranj, Afghanistan's second-largest city", "does not fit"),
        ("The Taliban captured Kabul, Afghanistan's second-largest city", "does not fit"),
        ("The Taliban captured Kandahar, Afghanistan's biggest city", "does not fit"),
        ("The Taliban captured Herat and Zaranj, the country's second- and third-largest cities",
         "does not fit"),
        ("The Taliban now control at least 13 provincial capitals, including the fourth-largest "
         "city Herat", "does not fit"),
        ("The Taliban captured Afghanistan's third-largest city", "third-largest"),
        ("The Taliban captured Kandahar, Afghanistan's second-largest city in the south", ""),
        ("The Taliban captured Kandahar, Afghanistan's second-largest province", ""),
        ("The Taliban captured Kandahar, Afghanistan's sixth-largest city", ""),
        ("The Taliban have not captured Kandahar, Afghanistan's second-largest city", "not"),
        ("The Taliban may capture Kandahar, Afghanistan's second-largest city", ""),
        ("The Taliban captured half of Kandahar, Afghanistan's second-largest city", ""),
        ("Taliban seize 10th Afghan capitals", ""),
        ("Taliban seize 10th capital", ""),
        ("Taliban seize Afghan capital", ""),
    ],
)  # fmt: skip
def test_near_misses_are_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why or None):
        parse_claim(sentence, gazetteer=gaz, anchor=ON)
