"""Red-team findings of session 6 (redteam4, issue #8): sentences the checker read under a
reading they do not have, read as ``mapper check`` reads them (the boundary set's names, the
date of writing as the anchor). Issue #8's notes list the findings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        # read as a claim about Kabul (or Herat) province: the bare dateline was the scope
        "Kabul: The Taliban control half of the districts",
        "KABUL: The Taliban control 200 districts",
        "Kabul, Aug 9: The Taliban now control 200 districts",
        "KABUL \u2014 The Taliban control half of the districts",
        "KABUL -- The Taliban control half of the districts",
        "Herat - The Taliban control half of the districts",
        "Kandahar: Taliban fighters have captured 5 districts",
        "Mazar-i-Sharif: The Taliban control a third of the districts",
        "Herat [Afghanistan]: The Taliban control 10 districts",
    ],
)
def test_a_bare_dateline_is_not_the_scope(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="dateline"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


def test_a_bare_dateline_is_set_aside_when_the_claim_names_its_place(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Kabul: The Taliban control 10 of Herat's 16 districts", gazetteer=gaz, anchor=DAY
    )
    assert (c.province, c.figure.lo, c.measure) == ("Herat", 10, "districts")
    assert any("dateline" in n for n in c.reading_notes)
    c = parse_claim("KABUL: The Taliban control half of Kunduz province", gazetteer=gaz, anchor=DAY)
    assert (c.province, c.figure.lo, c.measure) == ("Kunduz", 0.5, "area")
    # a place never a scope, and a named unit, are read as before
    c = parse_claim("Moscow: The Taliban control 150 districts", gazetteer=gaz, anchor=DAY)
    assert (c.province, c.figure.lo) == (None, 150)
    c = parse_claim("Kabul: The Taliban seized the Sheberghan city in Jawzjan province.",
                    gazetteer=gaz, anchor=DAY)  # fmt: skip
    assert c.measure == "units"


@pytest.mark.parametrize(
    "sentence",
    [
        # read as 50 districts of Herat: the province was a second thing held
        "The Taliban control 50 districts and Herat province",
        "The Taliban control 50 districts and all of Herat",
        "The Taliban control half of the districts and the whole of Herat",
        # read as half of the area of the districts on the Iranian border
        "The Taliban control half of the country and the border with Iran",
        "The Taliban control half of the country and all of its borders",
        "The Taliban control 50 districts and the border with Iran",
        # read as half of both borders ('all' is a filler word)
        "The Taliban control half of the border with Tajikistan and all of the border with Iran",
        "The Taliban control half of the border with Tajikistan, and the entire border with Iran",
        # the place first, the figure after 'and'
        "The Taliban control the border with Iran and half of the districts",
        "The Taliban control Herat province and over half of the districts",
        # 'along' and 'with' are filler words
        "The Taliban control half of the districts along with Herat province",
    ],
)
def test_a_place_joined_by_and_is_not_the_scope(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="second thing held"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


def test_one_border_phrase_with_two_neighbours_is_still_read(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban control two-thirds of the border with Tajikistan and Uzbekistan",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.measure, c.neighbours) == ("border", ("TJK", "UZB"))
    c = parse_claim(
        "The Taliban control half of the territory along the border with Iran",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.measure, c.neighbours, c.border_districts) == ("area", ("IRN",), True)


@pytest.mark.parametrize(
    "sentence",
    [
        # SUPPORTED on 7 September 2021: the locator, which names another place, was not checked
        "The Taliban captured Kandahar, north of Kabul",
        "The Taliban captured Charikar, south of Kabul",
        "The Taliban control Logar province, north of Kabul",
        "The Taliban captured Pul-e Khumri, northeast of Kabul",
        "The Taliban captured Kabul, north of Kabul",
        # a district has no point in the places data
        "The Taliban captured Kohsan district, north of Herat",
    ],
)
def test_a_locator_is_checked(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="locator"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 9, 7))
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Taliban captured Charikar, north of Kabul", "Charikar"),
        ("The Taliban have taken control of Panjshir province north of Kabul", "Panjshir"),
        ("The Taliban control Logar province, south of Kabul", "Logar"),
        ("The Taliban captured Pul-e Khumri, northwest of Kabul", "Pul-e Khumri"),
    ],
)
def test_a_locator_that_agrees_is_set_aside(gaz, sentence: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 9, 7))
    assert [u.name for u in c.named_units] == [unit]
    assert any("agrees with the places data" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        # read as done: the second capital's fall, 85% held, half of the districts held
        "Taleban to capture second provincial capital",
        "Taliban to capture second Afghan provincial capital in 24 hours",
        "Taliban to control 85% of Afghanistan",
        "Taliban to seize half of the districts",
        "KABUL: Taliban to control 85% of Afghanistan",
        "Taliban to take Kunduz",
    ],
)
def test_a_headline_future_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="will do"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 7))
        pytest.fail(f"read as {c.measure} {c.figure.text}")


def test_claim_to_and_believed_to_are_not_the_future(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence in [
        "The Taliban claim to control 85% of the country",
        "The Taliban are believed to control 85% of the country",
        "The Taliban began to seize territory and now control 157 districts",
    ]:
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 7))


# 'previous' / 'prior' in who said it puts the statement on an earlier day not given, as
# "said earlier" does (redteam4 found it read on the date of writing; fixed in when.py; real
# r082 "Previous Taliban statements said ..." is now expected refused for the same reason).
@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control 100 districts, according to a previous Long War Journal tally",
        "A previous Pentagon assessment said the Taliban control 100 districts",
        "The Taliban control 100 districts, a previous UN report said",
    ],
)
def test_a_previous_source_is_not_the_date_of_writing(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="earlier day"):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        # read as held: the taking is under way
        "The Taliban are capturing half of the districts",
        "The Taliban are taking control of half the country",
        "Half of the districts are being overrun by the Taliban",
        "The Taliban are overrunning five districts in Herat",
        "The Taliban were seizing half of Herat province",
        "Taliban seizing control of 85% of the country",
    ],
)
def test_a_progressive_taking_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="progressive"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {c.measure} {c.figure.text}")


def test_a_progressive_state_and_a_taking_clause_are_still_read(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("The Taliban are controlling half of the districts", gazetteer=gaz, anchor=DAY)
    assert (c.measure, c.figure.lo) == ("districts", 0.5)
    c = parse_claim(
        "After capturing six Afghan provincial capitals over the weekend, the Taliban have "
        "seized an additional three capitals and now control two-thirds of Afghanistan",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert c.measure == "area"


@pytest.mark.parametrize(
    "sentence",
    [
        # CONTRADICTED on 10 August: both checked on Friday 6 August (Sheberghan fell on the 7th)
        "The Taliban captured Zaranj on Friday and Sheberghan",
        "The Taliban captured Zaranj on 6 August and Sheberghan",
        "Zaranj on Friday and Sheberghan fell to the Taliban",
        "The Taliban captured Zaranj yesterday and Sheberghan",
    ],
)
def test_a_day_between_units_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="day named between units"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {c.measure} on {c.check_date}")


def test_a_day_after_all_the_units_dates_them_all(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence in [
        "The Taliban captured Zaranj and Sheberghan on Friday",
        "On Friday the Taliban captured Zaranj and Sheberghan",
    ]:
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        assert (len(c.named_units), c.check_date) == (2, "2021-08-06")


@pytest.mark.parametrize(
    "sentence",
    [
        # read, the clause set aside unchecked: Kandahar and Herat are far from Kabul
        "Kandahar province, which is near Kabul, fell to the Taliban",
        "Herat, which is near Kabul, fell to the Taliban",
    ],
)
def test_near_kabul_is_checked(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="bordering"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {[u.name for u in c.named_units]}")


def test_near_kabul_for_a_neighbour_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("Logar province, which is close to Kabul, fell to the Taliban",
                    gazetteer=gaz, anchor=DAY)  # fmt: skip
    assert [u.name for u in c.named_units] == ["Logar"]
