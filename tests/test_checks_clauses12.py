"""Who said it, in the forms real reporting writes it (#8, session 12, helper clauses12).

"The Taliban also said that they had captured Ghazni city" (dev3 f088), "The Agence
France-Presse (AFP) has said in a tweet that Taloqan ... fell to the Taliban" (dev3 f183), "...
capital of the southern Helmand province. (AP)" (dev4 g041), "..., Wafiullah Rahmani, Chief of
Takhar Provincial Council told Kabul Now" (dev4 g262), "The Taliban have now claimed that they
have captured the Logar province as well, ..." (dev4 g299), "Mrs. Rahimi also confirmed the
Taliban took over Waghaz district today, June 28, ..." (dev6 f4034) were refused for the way
their source is written. Each form is closed: an adverb (also, now) before the reporting verb; a
wire agency's credit in brackets closing the sentence (a closed list of agencies); an outlet
with its own initials in brackets; an outlet who was told ("told Kabul Now": not Kabul); a
speaker's office naming a province (the units must all lie in it; the province is never the
claim's scope); a speaker behind a leading source; a closing "as well". A pluperfect report
("had said", "had confirmed", "had also claimed to") is refused naming it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 8, 13)


def _units(c) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(u.kind, u.name) for u in c.named_units]


# ---- the rows, read exactly as they say ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "on", "units"),
    [
        ("The Taliban also said that they had captured Ghazni city , 150 km southwest of "
         "Kabul .", "2021-08-12", [("capital", "Ghazni")]),
        ("The Agence France-Presse (AFP) has said in a tweet that Taloqan, the capital of Takhar "
         "Province fell to the Taliban on Sunday afternoon.", "2021-08-08",
         [("capital", "Taloqan")]),
        ("Afghan official says Taliban have captured Lashkar Gah, capital of the southern "
         "Helmand province. (AP)", "2021-08-13", [("capital", "Lashkar Gah")]),
        ("Bangi, Chal, Hazar Sumuch, and Yangi Qala districts fell to the Taliban last night, "
         "Wafiullah Rahmani, Chief of Takhar Provincial Council told Kabul Now.", "2021-06-20",
         [("district", "Bangi"), ("district", "Chal"), ("district", "Hazar Sumuch"),
          ("district", "Yangi Qala")]),
        ("The Taliban have now claimed that they have captured the Logar province as well, which "
         "is about 90 kms from Afghanistan\u2019s capital Kabul.", "2021-08-13",
         [("province", "Logar")]),
        ("Mrs. Rahimi also confirmed the Taliban took over Waghaz district today, June 28, "
         "around 01:00 AM.", "2021-06-28", [("district", "Waghaz")]),
    ],
)  # fmt: skip
def test_the_rows_are_read_as_they_say(text: str, on: str, units: list, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=dt.date.fromisoformat(on))
    assert c.side == "taliban"
    assert c.measure == "units"
    assert _units(c) == units


def test_the_wire_credit_is_named_in_the_reading(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Afghan official says Taliban have captured Lashkar Gah, capital of the southern "
        "Helmand province. (AP)",
        gazetteer=gaz,
        anchor=ON,
    )
    assert any("(AP)" in n and "wire credit" in n for n in c.reading_notes), c.reading_notes


def test_the_office_province_is_named_as_who_said_it(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Bangi, Chal, Hazar Sumuch, and Yangi Qala districts fell to the Taliban last night, "
        "Wafiullah Rahmani, Chief of Takhar Provincial Council told Kabul Now.",
        gazetteer=gaz,
        anchor=dt.date(2021, 6, 20),
    )
    assert any("Takhar" in n and "who said it" in n for n in c.reading_notes), c.reading_notes


def test_a_closing_as_well_is_named(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("The Taliban have captured the Logar province as well.", gazetteer=gaz)
    assert _units(c) == [("province", "Logar")]
    assert any("'as well'" in n for n in c.reading_notes), c.reading_notes


# ---- the same forms in other sentences --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Taliban spokesman Zabihullah Mujahid also said that the Taliban captured Ghazni.",
         [("capital", "Ghazni")]),
        ("The Taliban have now claimed to have captured Kunduz province",
         [("province", "Kunduz")]),
        ("Bangi district fell to the Taliban, Wafiullah Rahmani told Kabul Now.",
         [("district", "Bangi")]),
        ("Ghazni fell to the Taliban, officials also told Kabul Now.", [("capital", "Ghazni")]),
        ("Zaranj fell to the Taliban, Rohgul Khairzad, Nimruz\u2019s deputy governor, told AFP.",
         [("capital", "Zaranj")]),
        ("Bangi district fell to the Taliban, Wafiullah Rahmani, a member of Takhar Provincial "
         "Council, said.", [("district", "Bangi")]),
        ("Bangi district fell to the Taliban, Wafiullah Rahmani, Head of Takhar Provincial "
         "Council, said.", [("district", "Bangi")]),
        ("Bangi district fell to the Taliban last night, said Wafiullah Rahmani, a member of "
         "Takhar Provincial Council.", [("district", "Bangi")]),
        ("According to NBC News, officials confirmed that the Taliban captured Zaranj.",
         [("capital", "Zaranj")]),
        ("According to NBC News, Rohgul Khairzad, Nimruz\u2019s deputy governor, confirmed that "
         "the Taliban are in control of Zaranj.", [("capital", "Zaranj")]),
        ("The Associated Press (AP) said the Taliban captured Taloqan.",
         [("capital", "Taloqan")]),
        ("The Taliban captured Ghazni (AFP).", [("capital", "Ghazni")]),
        ("The Taliban captured Ghazni, officials said. (Reuters)", [("capital", "Ghazni")]),
        # "as well as" joins a list: both units are the claim, not the first alone
        ("The Taliban have captured Logar as well as Kunduz.",
         [("province", "Logar"), ("capital", "Kunduz")]),
        ("The Taliban have captured Logar, Kunduz as well.",
         [("province", "Logar"), ("capital", "Kunduz")]),
        # "vice-governor", AFP's word for a deputy governor (dev3 f164, f166)
        ("KABUL: The Taliban Saturday captured city of sheberghan in Jawzjan, said the "
         "vice-governor, the second Afghan provincial capital to fall to insurgents in less than "
         "24 hours.", [("capital", "Sheberghan")]),
        ('On Friday, the town of Zaranj in Nimroz fell to the Taliban "without a fight", '
         "according to its vice-governor, becoming the first provincial capital to be taken by "
         "the insurgents.", [("capital", "Zaranj")]),
    ],
)  # fmt: skip
def test_the_forms_read_named_units(text: str, units: list, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=ON)
    assert c.side == "taliban"
    assert _units(c) == units


@pytest.mark.parametrize(
    "text",
    [
        "Officials have also said the Taliban control half of Afghanistan.",
        "The Taliban now say they control half of the country.",
        "The Taliban control half of the country (Reuters)",
        "According to NBC News, officials confirmed that the Taliban control half of the country.",
    ],
)
def test_the_forms_read_a_share_of_the_country(text: str) -> None:
    c = parse_claim(text, anchor=ON)
    got = (c.side, c.measure, c.scope_text(), c.figure.lo)
    assert got == ("taliban", "area", "the country", 0.5)


# ---- near misses: refused, naming what was not read ------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Officials had said the Taliban captured Ghazni.", "had said"),
        ("Officials had confirmed the Taliban captured Ghazni.", "had confirmed"),
        ("The Taliban captured Ghazni, officials had tweeted.", "had tweeted"),
        ("Officials had noted that the Taliban control half of Afghanistan.", "had noted"),
        ("The Taliban had also said that they captured Ghazni.", "had also said"),
        ("The Taliban had also claimed to have captured Kunduz province", "had also claimed"),
        ("The Taliban had claimed to have captured Kunduz province", "had claimed"),
    ],
)
def test_a_pluperfect_report_is_refused_naming_it(text: str, named: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=gaz, anchor=ON)
    assert e.value.part == named


@pytest.mark.parametrize(
    "text",
    [
        # an agency the list does not know, or a place, in brackets
        "The Taliban captured Ghazni (BNA).",
        "The Taliban captured Ghazni (Helmand).",
        # a credit that does not close the sentence
        "The Taliban captured Ghazni (AP) on Monday.",
        # initials that are not the outlet's
        "The Associated Press (AFP) said the Taliban captured Taloqan.",
        "The Agence France-Presse (HELMAND) said the Taliban captured Taloqan.",
        # an outlet the list does not know, named for a place
        "The Taliban captured Ghazni, Wafiullah Rahmani told Kabul Times.",
        "Kabul Now reported that the Taliban captured Ghazni.",
        "Officials in Kabul now say the Taliban captured Ghazni.",
        # the speaker's province leaking into the claim's scope
        "The Taliban control half of the districts, Wafiullah Rahmani, Head of Takhar Provincial "
        "Council, said.",
        "The Taliban control half of the districts, Rohgul Khairzad, Nimruz\u2019s deputy "
        "governor, told AFP.",
        "Kunduz fell to the Taliban, Wafiullah Rahmani, a member of Takhar Provincial Council, "
        "said.",
        "Dushi district fell to the Taliban, Wafiullah Rahmani, a member of Takhar Provincial "
        "Council, said.",
        "Bangi district fell to the Taliban, Wafiullah Rahmani, Chief of Narnia Provincial "
        "Council, said.",
        "The Taliban captured Sheberghan, the vice-governor of Herat said.",
        "Kunduz fell to the Taliban last night, said Wafiullah Rahmani, a member of Takhar "
        "Provincial Council.",
        "The Taliban control half of the districts, said Roh Gul Khairzad, the deputy governor "
        "of Nimroz.",
        # a place in who said it behind a leading source
        "According to NBC News, Herat officials confirmed that the Taliban control half of the "
        "country.",
        "According to NBC News, officials in Helmand said that the Taliban control half of the "
        "districts.",
        # 'as well' that is not closing the claim, or beside a hedge
        "The Taliban have captured Logar as well as.",
        "The Taliban nearly captured Logar as well.",
        # negated or modal reports stay refused with the adverb
        "Officials also did not say the Taliban captured Ghazni.",
        "Officials may also say the Taliban captured Ghazni.",
        "The Taliban also said they might capture Ghazni.",
    ],
)
def test_near_misses_are_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=ON)


# ---- a provincial office with no province named: the claim's own place, never the country ----


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban control half of the districts, the deputy governor said.",
        "The Taliban control half of the districts, the vice-governor said.",
        "The governor said the Taliban control half of the districts.",
        "The Taliban now control 10 districts, the police chief said.",
    ],
)
def test_a_provincial_office_is_not_a_source_for_the_country(text: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=ON)
    assert "local source" in e.value.problem


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The Taliban control half of Jawzjan, the deputy governor said.", "Jowzjan"),
        ("The Taliban control half of Jawzjan province, the police chief said.", "Jowzjan"),
    ],
)
def test_a_provincial_office_beside_its_place_is_set_aside(text: str, scope: str) -> None:
    c = parse_claim(text, anchor=ON)
    assert (c.side, c.measure, c.province, c.figure.lo) == ("taliban", "area", scope, 0.5)


# ---- a fronted "after the fall of X," (to whom not said): when the claim came -----------------


@pytest.mark.parametrize(
    "text",
    [
        "A few hours after the fall of Maymana, Taliban fighters imposed control of "
        "Mazar-i-Sharif, the fourth largest city in Afghanistan and the capital of the northern "
        "province of Balkh.",
        "After the fall of Maymana, Taliban fighters captured Mazar-i-Sharif.",
        "Following the fall of Maymana, Taliban fighters captured Mazar-i-Sharif.",
    ],
)
def test_a_fronted_fall_is_set_aside_before_named_units(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
    assert c.side == "taliban"
    assert _units(c) == [("capital", "Mazar-i-Sharif")]
    assert any("fall of Maymana" in n for n in c.reading_notes), c.reading_notes


def test_imposed_control_of_is_a_capture(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("Taliban fighters imposed control over Mazar-i-Sharif.", gazetteer=gaz)
    assert (c.side, _units(c)) == ("taliban", [("capital", "Mazar-i-Sharif")])


@pytest.mark.parametrize(
    "text",
    [
        # the fall to a side: a second claim, not when the claim came
        "Hours after the fall of Maymana to the government, Taliban fighters captured "
        "Mazar-i-Sharif.",
        # a date in the clause
        "After the fall of Maymana on Friday, Taliban fighters captured Mazar-i-Sharif.",
        # not before a claim about named units
        "After the fall of Maymana, the Taliban control half of the country.",
        "After the fall of Maymana, the Taliban might capture Mazar-i-Sharif.",
        "After the fall of the city, Taliban fighters captured Mazar-i-Sharif.",
        "After the fall of Maymana, Taliban fighters captured it.",
        "Taliban fighters imposed a curfew on Mazar-i-Sharif.",
    ],
)
def test_a_fronted_fall_near_misses_are_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
