"""Figures read by counts9 (#8).

"The number of districts under Taliban control has exceeded 35" (dev5 h149, My Truck Page) and
"It brings the total fallen districts to the Taliban to more than 60" (dev6 f4298, Ariana
News copy) state the number a side holds now: read as that count (more than N after
"exceeded / crossed / surpassed"), not as the rise. "Another government source in the province
confirmed ..." (dev6 f4035, KabulNow): 'another' qualifies who said it, not the units; before
the units it stays an increment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

JUN22 = dt.date(2021, 6, 22)
AUG10 = dt.date(2021, 8, 10)
AUG13 = dt.date(2021, 8, 13)


@pytest.mark.parametrize(
    ("text", "side", "comparison", "n", "measure"),
    [
        (
            "In the past 2 months, the number of Taliban-controlled districts across the "
            "country has exceeded 35.",
            "taliban",
            "over",
            35,
            "districts",
        ),
        ("It brings the total fallen districts to the Taliban to more than 60.", "taliban",
         "over", 60, "districts"),
        ("The number of districts held by the insurgents has reached 120", "taliban",
         "as-stated", 120, "districts"),
        ("This brings the total number of districts captured by the Taliban to 85", "taliban",
         "as-stated", 85, "districts"),
        ("The number of districts under government control has dropped to 80", "government",
         "as-stated", 80, "districts"),
        ("The number of Taliban-held districts has crossed 200", "taliban", "over", 200,
         "districts"),
        ("The number of provinces under Taliban control has risen to 2", "taliban",
         "as-stated", 2, "provinces"),
    ],
)  # fmt: skip
def test_the_number_now_is_the_count_held(
    text: str, side: str, comparison: str, n: int, measure: str
) -> None:
    c = parse_claim(text, anchor=JUN22)
    assert (c.side, c.comparison, c.figure.form, c.figure.lo, c.figure.hi) == (
        side,
        comparison,
        "count",
        n,
        n,
    )
    assert (c.measure, c.province, c.district) == (measure, None, None)
    assert any("the number now" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The number of districts under Taliban control has not reached 150",
        "The number of districts under Taliban control is expected to reach 200",
        "The number of districts under Taliban control has risen by 20",
        "The number of districts under Taliban control has doubled",
        "The number of districts under Taliban control had risen to 150",
        "The number of districts lost to the Taliban has reached 60",
        "The number of districts contested by the Taliban has reached 120",
        "The number of districts under Taliban control has risen to 40%",
        "The number of districts under Taliban control has risen to 150 from 100",
        "The number of districts under Taliban control in Badghis has reached 5",
        "The number of opposition-held districts has crossed 30",
    ],
)
def test_the_number_now_near_variants_are_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=JUN22)


def test_another_before_who_said_it_qualifies_the_source(districts: UnitSet) -> None:
    c = parse_claim(
        "Another government source in the province confirmed the Taliban militant also took "
        "control of Khwaja Omari district.",
        anchor=dt.date(2021, 6, 28),
        gazetteer=districts.gazetteer(),
    )
    assert c.side == "taliban"
    assert [u.name for u in c.named_units or ()] == ["Khwaja Umari"]
    c = parse_claim("Another security source confirmed the Taliban now control 150 districts")
    assert (c.side, c.comparison, c.figure.lo, c.measure) == ("taliban", "as-stated", 150,
                                                             "districts")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban seized another district, another official said",
        "Another official said the Taliban seized another 12 districts",
        "Another source said Jaghori district did not fall to the Taliban",
        "Another video from Jaghori after its capture by the Taliban",
    ],
)
def test_another_before_the_units_stays_an_increment(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text)


# --------------------------------------------------------------------------------------------
# A capital and its own province after a comma (dev6 f4074): the city as an address writes it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taliban captured Nili, Daykundi.", "Nili"),
        ("The Taliban captured Zaranj, Nimroz", "Zaranj"),
        ("Taliban fighters captured Lashkar Gah, Helmand province, on Friday", "Lashkar Gah"),
        ("The Taliban seized Taloqan, Takhar", "Taloqan"),
    ],
)
def test_a_capital_and_its_own_province_is_the_city(
    districts: UnitSet, text: str, name: str
) -> None:
    c = parse_claim(text, anchor=AUG13, gazetteer=districts.gazetteer())
    assert [(u.kind, u.name) for u in c.named_units or ()] == [("capital", name)]
    assert any("as an address writes it" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban seized Taloqan, Takhar and Kunduz",
        "The Taliban captured Sheberghan, Zaranj, Nimroz province and Kunduz",
    ],
)
def test_a_capital_and_its_own_province_inside_a_list_is_refused(
    districts: UnitSet, text: str
) -> None:
    with pytest.raises(ClaimParseError, match="may be an address"):
        parse_claim(text, anchor=AUG13, gazetteer=districts.gazetteer())


def test_a_capital_and_another_province_or_and_are_two_units(districts: UnitSet) -> None:
    c = parse_claim("The Taliban captured Zaranj and Nimroz", gazetteer=districts.gazetteer())
    assert [(u.kind, u.name) for u in c.named_units or ()] == [
        ("capital", "Zaranj"),
        ("province", "Nimroz"),
    ]


# --------------------------------------------------------------------------------------------
# 'conquer(ed)' and 'surrendered to' (dev6 f4195, f4077)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The Taliban conquer Jalalabad as the insurgency continues.", "capital", "Jalalabad"),
        ("The insurgents conquered Sheberghan", "capital", "Sheberghan"),
        (
            "An Afghan lawmaker says the central province of Daykundi has surrendered to the "
            "Taliban without a fight.",
            "province",
            "Daykundi",
        ),
        ("Officials say Bamyan province has surrendered to the Taliban", "province", "Bamyan"),
    ],
)
def test_conquer_and_surrendered_to_are_taking(
    districts: UnitSet, text: str, kind: str, name: str
) -> None:
    c = parse_claim(text, anchor=AUG13, gazetteer=districts.gazetteer())
    assert c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units or ()] == [(kind, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban nearly conquered Kunduz city",
        "The Taliban did not conquer Kunduz city",
        "The governor of Bamyan surrendered to the Taliban",
        "Hundreds of soldiers in Kunduz surrendered to the Taliban",
        "Afghan forces in Ghor province surrendered to the Taliban",
        "Bamyan province could surrender to the Taliban",
    ],
)
def test_conquer_and_surrender_near_variants_are_refused(districts: UnitSet, text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=AUG13, gazetteer=districts.gazetteer())


# --------------------------------------------------------------------------------------------
# An ordinal's 'the group' refers back to the Taliban named before it (dev3 f018)


def test_the_ordinals_group_is_the_claims_side() -> None:
    c = parse_claim(
        "The Taliban has captured the provincial capital of Farah in southwest Afghanistan, the "
        "seventh provincial capital the group has seized since Friday.",
        anchor=AUG10,
    )
    assert [(u.kind, u.name) for u in c.named_units or ()] == [("capital", "Farah")]
    assert (c.side, c.ordinal, c.ordinal_days, c.check_date) == ("taliban", 7, 5, "2021-08-10")


@pytest.mark.parametrize(
    "text",
    [
        "Government forces have retaken Farah, the first provincial capital the group has retaken.",
        "The Taliban captured Farah on Tuesday, the seventh provincial capital to fall to the "
        "Islamic State group.",
    ],
)
def test_the_ordinals_other_group_is_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=AUG10)


# --------------------------------------------------------------------------------------------
# A claim in curly quotes before who said it (dev4 g081, g184), as in straight quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "\u201cThe Taliban have taken control of Mazar-i-Sharif,\u201d he said.",
            "Mazar-i-Sharif",
        ),
        (
            "\u201cZaranj city fell into Taliban\u2019s hands,\u201d Haji Nabi Barahawe told VOA.",
            "Zaranj",
        ),
        ("\u201cThe Taliban have captured Taloqan\u201d, the governor said.", "Taloqan"),
    ],
)
def test_a_claim_in_curly_quotes_is_read(text: str, name: str) -> None:
    c = parse_claim(text, anchor=AUG13)
    assert c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units or ()] == [("capital", name)]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe Taliban have not taken control of Taloqan,\u201d he said.",
        "\u201cThe Taliban might take Taloqan,\u201d he said.",
        "\u201cThe Taliban have taken control of Taloqan,\u201d he said, \u201cand Kabul is "
        "next.\u201d",
    ],
)
def test_a_claim_in_curly_quotes_near_variants_are_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=AUG13)


# --------------------------------------------------------------------------------------------
# A headline's label naming the country before a claim about named units (dev5 h102)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Afghanistan: the Taliban conquer Mazar-i Sharif", "Mazar-i-Sharif"),
        ("Afghanistan: Herat falls to the Taliban", "Herat"),
    ],
)
def test_a_country_label_before_named_units_is_set_aside(text: str, name: str) -> None:
    c = parse_claim(text, anchor=dt.date(2021, 8, 14))
    assert c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units or ()] == [("capital", name)]
    assert any("a headline's label" in note for note in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan: the Taliban capture Mazar-i-Sharif",
        "Afghanistan: the Taliban may capture Mazar-i-Sharif",
        "Afghanistan: the Taliban besiege Mazar-i-Sharif",
        "Afghanistan: Taliban did not capture Mazar-i-Sharif",
    ],
)
def test_a_country_label_near_variants_are_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=dt.date(2021, 8, 14))
