"""Descriptions news copy puts around a provincial capital or a province (capitals9, #8).

A distance that locates the place ("Ghazni city, 150 km southwest of Kabul", "Puli Alam, the
capital of Logar province, located just 50 kilometres (31 miles) south of Kabul", "Logar
province, only 90 km from Afghanistan capital Kabul") is a description of the place, checked
on the places data (straight-line distance, compass bearing) and set aside; Kabul, the place
measured from, never becomes the scope. A distance or a compass word the places data
contradicts, a distance after a district or after no place, and one beside a claim about
another place stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("text", "side", "kind", "name"),
    [
        ("The Taliban have captured Ghazni city, 150 km southwest of Kabul", "taliban",
         "capital", "Ghazni"),
        ("The Taliban have captured the city of Ghazni located just 150 km (95 miles) from "
         "Afghanistan's capital Kabul", "taliban", "capital", "Ghazni"),
        ("The Taliban have captured Puli Alam, the capital of Afghanistan's eastern Logar "
         "province, located just 50 kilometres (31 miles) south of Kabul", "taliban", "capital",
         "Pul-i-Alam"),
        ("Taliban capture Logar province, only 90 km from Afghanistan capital Kabul", "taliban",
         "province", "Logar"),
        ("The Taliban have overrun Ghazni, the capital city of the east Afghan province of "
         "Ghazni, 150 km from the national capital Kabul", "taliban", "capital", "Ghazni"),
        ("The Taliban have taken over Maidan Shar, the capital of the central Afghan province "
         "of Maidan Wardak located 40 kilometres (25 miles) west of Kabul", "taliban", "capital",
         "Maidan Shar"),
        ("The Taliban captured Pul-e-Khumri, the capital of Baghlan province about 200 km north "
         "of Kabul", "taliban", "capital", "Pul-e Khumri"),
        # other places, other outlets' wordings
        ("Charikar, some 60 kilometers north of the Afghan capital, fell to the Taliban",
         "taliban", "capital", "Charikar"),
        ("Government forces retook Gardez, about 100 km south of Kabul", "government", "capital",
         "Gardez"),
        ("The Taliban seized Jalalabad, which is about 120 km east of Kabul", "taliban",
         "capital", "Jalalabad"),
        ("The Taliban captured Aibak, 120 km east of Mazar-i-Sharif", "taliban", "capital",
         "Aybak"),
        ("The Taliban took Herat city, 640 km (398 miles) west of Kabul", "taliban", "capital",
         "Herat"),
    ],
)  # fmt: skip
def test_a_distance_locating_the_place_is_checked_and_set_aside(
    text: str, side: str, kind: str, name: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert c.side == side
    assert c.measure == "units"
    assert [(u.kind, u.name) for u in c.named_units or []] == [(kind, name)]
    assert (c.figure.lo, c.figure.hi) == (1, 1)
    assert c.comparison == "as-stated"
    assert any("a description, not a scope" in n for n in c.reading_notes)
    assert not any(u.name == "Kabul" for u in c.named_units or []) or name == "Kabul"


def test_a_distance_beside_a_share_of_the_province_is_the_provinces_description(
    districts: UnitSet,
) -> None:
    c = parse_claim(
        "The Taliban control half of Logar province, 60 km south of Kabul",
        gazetteer=districts.gazetteer(),
        anchor=DAY,
    )
    assert (c.measure, c.province, c.figure.lo, c.figure.hi) == ("area", "Logar", 0.5, 0.5)


def test_a_distance_after_a_fronted_subject_and_a_day(districts: UnitSet) -> None:
    c = parse_claim(
        "Ghazni, 150 km southwest of Kabul, fell to the Taliban on Thursday",
        gazetteer=districts.gazetteer(),
        anchor=DAY,
    )
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", "Ghazni")]
    assert c.check_date == "2021-08-12"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the distance contradicts the places data: another place may be meant
        ("The Taliban captured Herat, about 200 km west of Kabul", "200 km"),
        ("The Taliban captured Ghazni, 40 km southwest of Kabul", "40 km"),
        ("The Taliban captured Maidan Shar, 150 km west of Kabul", "150 km"),
        # the compass word contradicts it
        ("The Taliban captured Ghazni, 150 km north of Kabul", "north of"),
        ("The Taliban captured Pul-e-Khumri, the capital of Baghlan province about 200 km south "
         "of Kabul", "south of"),
        # the two figures are not the same distance
        ("The Taliban captured Ghazni, 150 km (30 miles) southwest of Kabul", "30 miles"),
        # measured from 'the capital' alone (a province's?) or from no provincial capital
        ("The Taliban captured Charikar, 60 km from the capital", "the capital"),
        ("The Taliban captured Ghazni, 150 km from Bagram", "bagram"),
        # a district located: the places data has no point for it
        ("The Taliban captured Baraki Barak district in Logar province, 60 km south of Kabul",
         "60 km"),
        # the claim is about another place than the one located
        ("Taliban fighters from Ghazni, 150 km southwest of Kabul, captured Zaranj", ""),
        ("The Taliban are now 50 km south of Kabul", ""),
        ("The Taliban captured a district 40 km west of Kabul", ""),
        # near-variants that mean something else
        ("The Taliban have not captured Ghazni, 150 km southwest of Kabul", ""),
        ("The Taliban may capture Ghazni, 150 km southwest of Kabul", ""),
        ("The Taliban besieged Ghazni, 150 km southwest of Kabul", ""),
        ("The Taliban captured Ghazni, 150 km southwest of Kabul and Herat", ""),
    ],
)  # fmt: skip
def test_a_distance_that_does_not_fit_or_locates_nothing_read_is_refused(
    text: str, part: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert part.lower() in str(e.value).lower()


def test_a_distance_beside_a_claim_about_another_place_is_refused(districts: UnitSet) -> None:
    from mapper.check import distances
    from mapper.check.capitals import capital_named

    gaz = districts.gazetteer()
    text = "The Taliban captured Ghazni, 150 km southwest of Kabul"
    located = distances.locator(text, capital_named, gaz.resolve_province)
    assert located is not None and located.name == "Ghazni"
    other = parse_claim("The Taliban captured Zaranj", gazetteer=gaz, anchor=DAY)
    with pytest.raises(ClaimParseError, match="the claim is about another"):
        distances.check_located(text, located, other)
    same = distances.check_located(
        text, located, parse_claim(located.text, gazetteer=gaz, anchor=DAY)
    )
    assert same.text == text and same.reading_notes[-1] == located.note


# ---- piece 2: "regional capital Zaranj"; a rank of size and "the capital of ..." joined by "and"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Afghanistan war: Taliban capture regional capital Zaranj", "Zaranj"),
        ("The Taliban have seized the regional capital, Sheberghan", "Sheberghan"),
        ("Taloqan, the regional capital, fell to the Taliban", "Taloqan"),
        ("The Taliban have taken control of Mazar-i-Sharif, the fourth largest city in "
         "Afghanistan and the capital of the northern province of Balkh", "Mazar-i-Sharif"),
        ("Government forces retook Herat, the capital of Herat province and the third-largest "
         "city in Afghanistan", "Herat"),
        ("Kandahar, the country's second-largest city and the capital of the southern province "
         "of Kandahar, fell to the Taliban", "Kandahar"),
    ],
)  # fmt: skip
def test_a_regional_capital_and_two_appositions_joined_by_and_are_read(
    text: str, name: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", name)]
    assert (c.figure.lo, c.figure.hi, c.comparison) == (1, 1, "as-stated")
    assert c.side == ("government" if text.startswith("Government") else "taliban")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the title before a name that is no provincial capital
        ("Taliban capture regional capital Spin Boldak", "spin boldak"),
        # a rank that does not fit the city (the table of appositions.RANKS)
        ("The Taliban have taken control of Mazar-i-Sharif, the third largest city in Afghanistan "
         "and the capital of the northern province of Balkh", "third largest"),
        ("The Taliban captured Herat, the capital of Herat province and the fifth-largest city",
         "fifth-largest"),
        # the other apposition contradicts the places data
        ("The Taliban have taken control of Mazar-i-Sharif, the fourth largest city in "
         "Afghanistan and the capital of Herat province", "herat"),
        ("The Taliban have taken control of Mazar-i-Sharif, the fourth largest city in "
         "Afghanistan and the capital of the southern province of Balkh", "southern"),
        # near-variants
        ("The Taliban have not captured the regional capital Zaranj", "not"),
        ("The Taliban could capture the regional capital Zaranj", "could"),
        ("Taliban fighters attacked the regional capital Zaranj", "attacked"),
    ],
)  # fmt: skip
def test_a_regional_capital_or_joined_apposition_that_does_not_fit_is_refused(
    text: str, part: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert part.lower() in str(e.value).lower()
