"""Review of session 6's checker changes (#8, helper review6): near misses of the new forms
that were read with a verdict and must be refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


def _refused(gaz, sentence: str, match: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=match):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
        pytest.fail(f"read as {c.side} {c.figure.text} {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as 85% held on 13 August (CONTRADICTED): "to" and these verbs are
        # filler words, so only a closed list of verbs after "to" was refused
        "Taliban to occupy 85% of Afghanistan",
        "Taliban to rule 85% of Afghanistan",
        "Taliban to grab 85% of Afghanistan",
        "Taliban to be in control of 85% of Afghanistan",
        "Taliban to have captured 85% of Afghanistan",
        "Taliban 'to control 85% of Afghanistan'",
        "“Taliban to control 85% of Afghanistan”",
        "Taliban, to control 85% of Afghanistan",
        "Taliban: to control 85% of Afghanistan",
    ],
)
def test_a_headline_future_with_any_verb_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "will do")


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as 50 districts of Herat province (or of the Iranian border)
        "The Taliban control 50 districts & Herat province",
        "The Taliban control 50 districts along with Herat province",
        "The Taliban control 50 districts and now Herat province",
        "The Taliban control 50 districts and now control Herat province",
        "The Taliban control 50 districts and the Iranian border",
    ],
)
def test_a_place_joined_to_the_figure_past_filler_words_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "second thing held")


def test_the_scope_after_the_figure_is_still_read(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence, scope in [
        ("The Taliban control 5 districts in Herat province", "Herat"),
        ("The Taliban control half of the districts along the border with Iran", "Iran"),
        ("The Taliban are in control of 5 districts of Herat", "Herat"),
    ]:
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
        assert scope.lower() in c.scope_text().lower(), (sentence, c.scope_text())


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as the capital held (SUPPORTED on 15 August): the compass adjective
        # was set aside unchecked (refused since capitals6's region check, e8cd9e6)
        "The Taliban captured the southern city of Kunduz",
        "The Taliban captured the northern city of Kandahar",
        "The Taliban captured 9 provincial capitals, including the northern city of Kandahar",
    ],
)
def test_a_compass_adjective_the_places_data_contradicts_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "places data")


def test_a_compass_adjective_that_agrees_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence, name in [
        ("The Taliban captured the northern city of Kunduz", "Kunduz"),
        ("The Taliban captured the southern city of Kandahar", "Kandahar"),
        ("The Taliban captured the western city of Herat", "Herat"),
        ("The Taliban captured the eastern city of Ghazni", "Ghazni"),
        ("The Taliban captured the north-eastern city of Taloqan", "Taloqan"),
    ]:
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
        assert [u.name for u in c.named_units] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as 200 districts of Kabul province (CONTRADICTED on 13 August): the
        # bare dateline / headline topic took only "Kabul:" and "Kabul [Afghanistan]:"
        "Kabul (Afghanistan): The Taliban control 200 districts",
        "In Kabul: The Taliban control 200 districts",
    ],
)
def test_a_bare_dateline_in_brackets_or_with_in_is_no_scope(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "no agency's tag")


def test_a_bare_dateline_in_brackets_is_set_aside_when_the_claim_names_its_place(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Kabul (Afghanistan): The Taliban control 5 districts of Herat",
        gazetteer=gaz,
        anchor=dt.date(2021, 8, 13),
    )
    assert "herat" in c.scope_text().lower()
    assert any("a dateline" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as both units held on Friday 6 August (CONTRADICTED when written on 10
        # August: Sheberghan fell on Saturday), the near variants of d3076e7's 'and'
        "The Taliban captured Zaranj on Friday & Sheberghan",
        "The Taliban captured Zaranj on Friday as well as Sheberghan",
        "The Taliban captured Zaranj on Friday, Sheberghan and Taloqan",
        "The Taliban captured Zaranj on Friday, Sheberghan",
        "The Taliban captured Zaranj on Friday, Nimroz province",
    ],
)
def test_a_day_between_units_joined_otherwise_dates_only_the_first(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="a day named between units"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))
        pytest.fail(f"read as {[u.name for u in c.named_units]} on {c.check_date}")


def test_a_day_after_all_units_or_before_who_said_it_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence in [
        "The Taliban captured Zaranj and Sheberghan on Friday",
        "The Taliban captured Zaranj and Sheberghan on Friday, officials said",
        "On Friday, Zaranj fell to the Taliban",
    ]:
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))
        assert c.check_date == "2021-08-06", sentence


# a hedged change clause before the state it gives: refused (clauses._HEDGED_CHANGE)
def test_a_hedged_change_before_the_state_it_gives_is_refused(gaz) -> None:  # type: ignore[no-untyped-def]
    _refused(
        gaz,
        "The Taliban nearly seized Herat, giving them control of more than two-thirds of the "
        "country",
        "nearly",
    )
