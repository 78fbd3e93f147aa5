"""The side a capture was a blow to (#8, sides9; dev6 f4068, "Local officials said the Taliban
had captured Zaranj, in Nimroz province, in a major blow to government forces"): "in a major
blow to government forces" names the side that lost the unit, not a second side holding it.
Read when the clause is "(in) a|another", up to two closed words, "blow to" or "setback
for|to", then the other side than the claim's named whole (sides._BLOW,
circumstance._check_blow). Refused: the claim's own side, an actor of no side, a place, a
clause going on past the side's name, a second actor, "a boost to", and "government forces"
after 15 August 2021 (whose forces?).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import reading


@pytest.fixture(scope="module")
def gaz(districts: UnitSet):  # type: ignore[no-untyped-def]
    return districts.gazetteer()


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
