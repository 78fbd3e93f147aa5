"""Capitals named with a title, and counts of "regional capitals" (#8, helper capitals6).

"Taliban captures Afghan provincial capital Sheberghan" (dev3 f171), "Taliban capture three
regional capitals" (dev3 f174), "... three provincial capitals of Afghanistan including the
strategic city of Kunduz, reports stated on Sunday" (dev3 f175): a closed grammar, where the
name must be a capital the title fits (the national capital, Kabul, for "the (Afghan) capital";
any provincial capital for "provincial capital"), and every near miss is refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 8, 16)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Taliban captures Afghan provincial capital Sheberghan", ["Sheberghan"]),
        ("The Taliban captured the provincial capital Sheberghan", ["Sheberghan"]),
        ("The Taliban captured the Afghan capital Kabul", ["Kabul"]),
        ("The Taliban captured the Afghan capital, Kabul", ["Kabul"]),
        ("The Taliban captured the capital, Kabul, and Herat", ["Kabul", "Herat"]),
        ("The Taliban captured Kabul, the Afghan capital", ["Kabul"]),
        ("The Taliban captured Afghanistan's capital Kabul", ["Kabul"]),
        ("The Taliban control the Afghan capital", ["Kabul"]),
        ("The Taliban took Kunduz, a provincial capital", ["Kunduz"]),
        ("The Taliban took Taluqan city, the provincial capital", ["Taloqan"]),
        ("The Taliban took Sheberghan, the provincial capital in Jawzjan", ["Sheberghan"]),
        ("The Taliban took Lashkar Gah, the Helmand capital", ["Lashkar Gah"]),
        ("The Taliban took the major city of Kandahar", ["Kandahar"]),
        ("The Taliban took the strategically important city of Kunduz", ["Kunduz"]),
        ("Taliban seize control over Taleqan", ["Taloqan"]),
        ("Taliban gain control of Herat city", ["Herat"]),
    ],
)
def test_titled_capitals_read(gaz, sentence: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=ON)
    assert c.measure == "units" and c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", n) for n in units]


def test_a_title_is_named_in_the_reading(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim("Taliban captures Afghan provincial capital Sheberghan", gazetteer=gaz)
    assert any("'afghan provincial capital'" in n and "fits" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The Taliban captured the capital", "could not read"),
        ("The Taliban captured the city", "could not read"),
        ("The Taliban captured the capital, Kandahar", "do not agree"),
        ("The Taliban captured the Afghan capital Herat", "do not agree"),
        ("The Taliban took Herat, the capital", "do not agree"),
        ("The Taliban captured the provincial capital Helmand", "not a provincial capital"),
        ("The Taliban captured the provincial capital Spin Boldak", "not a provincial capital"),
        ("The Taliban took Spin Boldak city", "not a provincial capital"),
        ("The Taliban took the town of Kohsan", "not a provincial capital"),
        ("The Taliban took Sheberghan, the provincial capital in Faryab", "places data gives"),
        ("The Taliban took Lashkar Gah, the Kandahar capital", "places data gives"),
        ("The Taliban did not capture the Afghan capital Kabul", "negation"),
        ("The Taliban may capture the Afghan capital Kabul", ""),
        ("The Taliban besieged the Afghan capital Kabul", "not control"),
        ("The Taliban captured the Afghan capital Kabul bbb", "bbb"),
    ],
)
def test_titled_near_misses_are_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, gazetteer=gaz, anchor=ON)


def test_regional_capitals_are_provincial_capitals() -> None:
    c = parse_claim("Taliban capture three regional capitals")
    assert (c.measure, c.comparison, c.figure.lo) == ("capitals", "at-least", 3)
    assert any("'regional capitals' read as provincial capitals" in n for n in c.reading_notes)
    c = parse_claim("The Taliban control 17 of Afghanistan's 34 regional capitals")
    assert (c.measure, c.figure.lo, c.stated_total or c.figure.of_total) == ("capitals", 17, 34)
    for refused in [
        "The Taliban captured three regional capital",
        "The Taliban captured three regional cities",
        "The Taliban captured three capitals",
        "The Taliban captured three more regional capitals",
        "The Taliban captured three regional capitals and 20 districts",
        "The Taliban captured many regional capitals",
    ]:
        with pytest.raises(ClaimParseError):
            parse_claim(refused)


def test_including_a_city_of_and_a_trailing_source() -> None:
    c = parse_claim(
        "The Taliban has seized control over three provincial capitals of Afghanistan including "
        "the strategic city of Kunduz, reports stated on Sunday.",
        anchor=dt.date(2021, 8, 8),
    )
    assert (c.measure, c.comparison, c.figure.lo) == ("capitals", "at-least", 3)
    assert any("including the strategic city of kunduz" in n for n in c.reading_notes)
    c = parse_claim(
        "The Taliban now control at least 13 provincial capitals, including Kandahar city and "
        "the western city of Herat, officials said"
    )
    assert c.figure.lo == 13 and any("(Kandahar, Herat)" in n for n in c.reading_notes)
    for refused in [
        "The Taliban now control at least 13 provincial capitals, including the city of Spin "
        "Boldak",
        "The Taliban now control at least 13 provincial capitals, including the city, officials "
        "said",
        "The Taliban now control at least 13 provincial capitals, including Kandahar and Herat, "
        "officials said in Kabul",
    ]:
        with pytest.raises(ClaimParseError):
            parse_claim(refused)


def test_when_a_capture_it_was_the_nth() -> None:
    """dev2 e011: "When the militants on Thursday seized the city of Ghazni, it was the 10th
    provincial capital to fall in a week": the capture and its ordinal, "it" the capital."""
    on = dt.date(2021, 8, 12)
    c = parse_claim(
        "When the militants on Thursday seized the city of Ghazni, it was the 10th provincial "
        "capital to fall in a week.",
        anchor=on,
    )
    assert c.measure == "units" and [u.name for u in c.named_units] == ["Ghazni"]
    assert c.ordinal == 10 and c.ordinal_days == 7 and c.check_date == "2021-08-12"
    assert any("'when ..., it was' joins the capture" in n for n in c.reading_notes)
    for refused in [
        # no day of the capture: the ordinal's day is not known
        "When the militants seized the city of Ghazni, it was the 10th provincial capital to "
        "fall in a week.",
        "When the militants on Thursday seized the city of Ghazni and Herat, it was the 10th "
        "provincial capital to fall in a week.",
        "When the militants on Thursday seized Ghazni province, it was the 10th provincial "
        "capital to fall in a week.",
        "When the militants on Thursday seized the city of Ghazni, it will be the 10th "
        "provincial capital to fall in a week.",
        "When government forces on Thursday seized the city of Ghazni, it was the 10th "
        "provincial capital to fall to the Taliban in a week.",
        "When the militants on Thursday besieged the city of Ghazni, it was the 10th provincial "
        "capital to fall in a week.",
        "When the militants on Thursday seized the city of Ghazni, it was the 10th provincial "
        "capital to fall in a month.",
    ]:
        with pytest.raises(ClaimParseError):
            parse_claim(refused, anchor=on)


def test_with_the_capture_of_a_list_of_capitals() -> None:
    """real r146: "With the capture of Taleqan, the capital of the northeastern province of
    Takhar, and the strategically important city of Kunduz hours earlier, ..."."""
    c = parse_claim(
        "With the capture of Taleqan, the capital of the northeastern province of Takhar, and "
        "the strategically important city of Kunduz hours earlier, the Taliban now has sway "
        "over four provincial capitals across the country.",
        anchor=dt.date(2021, 8, 8),
    )
    assert (c.measure, c.figure.lo) == ("capitals", 4)
    assert any("Taloqan, Kunduz, checked beside" in n and "hours earlier" in n
               for n in c.reading_notes)  # fmt: skip
    for refused in [
        "With the capture of Taleqan, the capital of Kunduz province, and the city of Kunduz, "
        "the Taliban now control four provincial capitals.",
        "With the capture of Taleqan and the city of Spin Boldak, the Taliban now control four "
        "provincial capitals.",
        "With the capture of Taleqan and Kunduz province, the Taliban now control four "
        "provincial capitals.",
        "With the capture of Taleqan and Kunduz weeks earlier, the Taliban now control four "
        "provincial capitals.",
        "With the capture of Taleqan and Kunduz hours earlier, the Taliban now control half of "
        "the districts.",
    ]:
        with pytest.raises(ClaimParseError):
            parse_claim(refused, anchor=dt.date(2021, 8, 8))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban seized the southern city of Kunduz",
        "The Taliban seized the eastern city of Herat",
        "The Taliban seized the southern city of Kunduz, a provincial capital",
        "The Taliban captured the southern province of Jawzjan",
        "The Taliban captured Zaranj, the capital of the northeastern province of Nimroz",
        "The Taliban now control at least 13 provincial capitals, including the southern city "
        "of Kunduz",
        "With the capture of Taleqan, the capital of the southern province of Takhar, the "
        "Taliban now control four provincial capitals.",
    ],
)
def test_a_region_word_that_does_not_fit_is_refused(sentence: str) -> None:
    """'the southern city of Kunduz' was read as Kunduz, the region word set aside unchecked."""
    with pytest.raises(ClaimParseError, match="places data puts it"):
        parse_claim(sentence, anchor=ON)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Taliban seized the northern city of Kunduz", "Kunduz"),
        ("The Taliban seized the western city of Herat", "Herat"),
        ("The Taliban seized the southern city of Kandahar", "Kandahar"),
        ("The Taliban seized the eastern city of Jalalabad", "Jalalabad"),
        ("The Taliban seized the central city of Ghazni", "Ghazni"),
        ("The Taliban captured Zaranj, the capital of the southwestern province of Nimroz",
         "Zaranj"),
    ],
)  # fmt: skip
def test_a_region_word_that_fits_is_read(sentence: str, name: str) -> None:
    c = parse_claim(sentence, anchor=ON)
    assert [u.name for u in c.named_units] == [name]
