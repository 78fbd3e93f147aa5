"""Stated denominators outside the noun phrase, number words before "percent", "passed into the
control of", and an increment then its total (issue #8, helper denoms5): what "Read as" says
about what was moved or set aside, and the refusals that must name the sentence as written."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


def test_a_fronted_denominator_is_read_with_its_figure_and_the_move_is_named() -> None:
    c = parse_claim(
        "Out of 421 districts and district centers in the country, the insurgent organization "
        "has taken control of nearly a third."
    )
    assert (c.side, c.comparison, c.measure, c.stated_total) == (
        "taliban",
        "nearly",
        "districts",
        421,
    )
    assert round(c.figure.lo, 4) == 0.3333
    assert any("a denominator put first" in n for n in c.reading_notes)


def test_a_fronted_denominator_of_a_province_scopes_the_count() -> None:
    c = parse_claim("Of Ghazni's 18 districts, seven have fallen to the Taliban.")
    assert (c.figure.lo, c.stated_total, c.province) == (7, 18, "Ghazni")


def test_a_bare_total_after_the_counted_noun_is_the_denominator() -> None:
    c = parse_claim("The Taliban is in control of about 250 Afghan districts out of 398.")
    assert (c.figure.lo, c.comparison, c.stated_total, c.stated_total_text) == (
        250,
        "about",
        398,
        "398",
    )


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The Taliban control 150 of 421 districts out of 398", "two stated totals"),
        ("The Taliban control 450 districts out of 398", "more than the total"),
        ("The Taliban control 450 of Afghanistan's 421 districts", "more than the total"),
        ("Out of 34 provinces, the Taliban control 150 districts", "more than one figure"),
        ("Of 398 districts in 2001, the Taliban hold 150", ""),
        ("From 300 districts in May, the Taliban now hold 200 districts", "more than one figure"),
        ("The Taliban were forced out of 3 districts", "forced"),
    ],
)
def test_near_misses_of_denominators_stay_refused(text: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text)
    assert why in str(e.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eighty-five percent of Afghan territory is under Taliban control", 0.85),
        ("Ninety per cent of the country is held by the Taliban", 0.9),
        ("The Taliban control one hundred percent of Panjshir province", 1.0),
    ],
)
def test_number_words_before_percent(text: str, value: float) -> None:
    c = parse_claim(text)
    assert (c.figure.form, c.figure.lo) == ("share", value)


def test_passed_into_the_control_of_is_read_and_passed_out_of_is_not() -> None:
    c = parse_claim("Half of the districts have passed into the control of the Taliban")
    assert (c.side, c.figure.lo, c.measure) == ("taliban", 0.5, "districts")
    with pytest.raises(ClaimParseError, match="passed"):
        parse_claim("Half of the districts have passed out of the control of the Taliban")


def test_an_increment_then_its_total_reads_the_total_and_names_the_increment() -> None:
    c = parse_claim(
        "Afghan officials say three more provincial capitals have fallen to the Taliban, "
        "putting nine out of the country's 34 in the insurgents' hands amid the US withdrawal.",
        anchor=dt.date(2021, 8, 11),
    )
    assert (c.side, c.figure.lo, c.measure, c.stated_total) == ("taliban", 9, "capitals", 34)
    assert c.text.startswith("Afghan officials say three more")
    assert any(
        "'three more provincial capitals' (an increment" in n and "not checked" in n
        for n in c.reading_notes
    )


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "The Taliban seized three more districts, putting nine of the nation's 34 provinces "
            "in the insurgents' hands",
            "different units",
        ),
        (
            "The Taliban seized three more provincial capitals, putting nine of the nation's 34 "
            "in the government's hands",
            "different sides",
        ),
        (
            "The Taliban seized three more provincial capitals, putting nine of the nation's 34 "
            "at risk",
            "increment",
        ),
        ("Another 199 districts are disputed between the parties", "another"),
    ],
)
def test_near_misses_of_increments_stay_refused(text: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text)
    assert why in str(e.value)


def test_a_refused_total_clause_names_the_sentence_as_published() -> None:
    text = (
        "The Taliban seized three more provincial capitals, putting nine of the nation's 34 in "
        "the insurgents' hands amid 20 attacks"
    )
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text)
    assert e.value.text == text
    assert "the total clause, read as" in str(e.value)
