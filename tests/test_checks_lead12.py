"""Two forms of real reporting read as named units (#8, session 12).

"occupied" is a verb of taking in translated and wire copy ("The Taliban occupied the city of
Jalalabad", TASS, Polish News (AFP, translated), Tajik border troops' statements): read like
"captured" ("occupy" / "occupies": a state, like "holds"); "occupied by" like "captured by".

A region phrase after a unit ("Taliban militants have overrun the provincial capital of Farah
province in the west of Afghanistan", dev7 f5232) is read as where the unit lies, for a
province or a provincial capital whose place in the places data fits the region word; a
region that does not fit, and any region after a district (not checked), is refused naming it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

WRITTEN = dt.date(2021, 8, 15)


def _refused(text: str, word: str, anchor: dt.date = WRITTEN) -> None:
    """The sentence is refused, the refusal naming ``word``."""
    with pytest.raises(ClaimParseError) as err:
        parse_claim(text, anchor=anchor)
    assert word in str(err.value).lower()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Taliban occupied Zaranj", ["Zaranj"]),
        ("The Taliban have occupied Zaranj", ["Zaranj"]),
        ("The Taliban occupy Zaranj", ["Zaranj"]),
        ("The Taliban occupies Zaranj", ["Zaranj"]),
        ("Zaranj was occupied by the Taliban", ["Zaranj"]),
        ("The Taliban occupied the city of Jalalabad earlier on Sunday", ["Jalalabad"]),
        ("The Taliban occupied Talokan", ["Taloqan"]),
    ],
)
def test_occupied_is_a_verb_of_taking(text: str, names: list[str]) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.side == "taliban"
    assert [u.name for u in c.named_units] == names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Taliban could have occupied Zaranj", "could"),
        ("The Taliban occupied positions near Zaranj", "near"),
        ("The Taliban did not occupy Zaranj", "not"),
        ("Taliban-occupied Zaranj", "occupied"),
        ("The rebels occupied Jalalabad", "rebels"),
        ("Zaranj was occupied by the resistance forces", "resistance"),
    ],
)
def test_occupied_near_misses_stay_refused(text: str, word: str) -> None:
    _refused(text, word)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Taliban militants have overrun the provincial capital of Farah province in the "
            "west of Afghanistan",
            ["Farah"],
        ),
        ("The Taliban captured Farah in the west of Afghanistan", ["Farah"]),
        ("The Taliban captured Kunduz in the north of the country", ["Kunduz"]),
        ("The Taliban captured Farah and Herat in the west of the country", ["Farah", "Herat"]),
    ],
)
def test_a_region_after_a_unit_says_where_it_lies(text: str, names: list[str]) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.side == "taliban"
    assert [u.name for u in c.named_units] == names
    assert any("says where" in n for n in c.reading_notes), c.reading_notes


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Taliban captured Kunduz in the south of Afghanistan", "south"),
        ("The Taliban captured Farah in the east of the country", "east"),
        ("The Taliban captured Narnia in the west of Afghanistan", "narnia"),
        ("The Taliban captured Farah in the west of Narnia", "narnia"),
    ],
)
def test_a_region_that_does_not_fit_is_refused(text: str, word: str) -> None:
    _refused(text, word)


def test_a_region_after_a_district_is_refused(districts: UnitSet) -> None:
    """The places data has no point for a district: its region word would go unchecked."""
    with pytest.raises(ClaimParseError) as err:
        parse_claim(
            "The Taliban captured Kohsan district in the west of Afghanistan",
            anchor=WRITTEN,
            gazetteer=districts.gazetteer(),
        )
    assert "in the west of afghanistan" in str(err.value).lower()
    # the same sentence without the region is read
    c = parse_claim(
        "The Taliban captured Kohsan district", anchor=WRITTEN, gazetteer=districts.gazetteer()
    )
    assert [u.name for u in c.named_units] == ["Kohsan"]


# ---- "after two weeks of heavy fighting": the fight before a capture of named units ----------


@pytest.mark.parametrize(
    ("text", "side", "names"),
    [
        (
            "The Taliban have captured Afghanistan\u2019s Lashkar Gah, capital of the southern "
            "province of Helmand, after two weeks of heavy fighting, a police official said on "
            "Friday.",
            "taliban",
            ["Lashkar Gah"],
        ),
        ("Taliban capture Afghanistan's Lashkar Gah, capital of Helmand: police official",
         "taliban", ["Lashkar Gah"]),
        ("The Taliban captured Kunduz after heavy fighting", "taliban", ["Kunduz"]),
        ("Government forces retook Kunduz after heavy fighting with the Taliban", "government",
         ["Kunduz"]),
        ("The Taliban seized Zaranj after fierce night-time fighting with Afghan government "
         "forces, officials said.", "taliban", ["Zaranj"]),
    ],
)  # fmt: skip
def test_the_fight_before_a_capture_is_set_aside(text: str, side: str, names: list[str]) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.side == side
    assert [u.name for u in c.named_units] == names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Taliban captured Kunduz after heavy fighting that continues", "fighting"),
        ("The Taliban besieged Kunduz after heavy fighting", "besieged"),
        ("The Taliban captured Kunduz after heavy fighting with Narnia", "narnia"),
        ("The Taliban captured Kunduz after heavy fighting, but lost it", "lost"),
        ("The Taliban captured Kunduz after weeks weeks weeks of fighting", "fighting"),
        ("The Taliban could capture Kunduz after heavy fighting", "could"),
        ("The Taliban have captured Kandahar province after days of fierce fighting, which "
         "goes on", "which goes on"),
        ("Heavy fighting is underway in Kunduz after heavy fighting", "fighting"),
        ("The Taliban captured Afghanistan's Kunduz, capital of Helmand", "helmand"),
    ],
)  # fmt: skip
def test_fighting_near_misses_stay_refused(text: str, word: str) -> None:
    _refused(text, word)


def test_fighting_beside_a_share_reads_as_before() -> None:
    """Not a capture of named units: read as it was read without the rule (adversarial
    a1281), the fight's other side not taken for the claim's."""
    c = parse_claim(
        "Government forces control half of the country after days of fierce fighting with the "
        "Taliban",
        anchor=WRITTEN,
    )
    assert c.side == "government" and c.figure.lo == 0.5 and c.measure == "area"


# ---- "Afghan military regains control over Guzara district" (dev4 g076) ---------------------


def test_afghan_military_regains_control(districts: UnitSet) -> None:
    c = parse_claim(
        "Afghan military regains control over Guzara district in Herat province",
        anchor=dt.date(2021, 7, 31),
        gazetteer=districts.gazetteer(),
    )
    assert c.side == "government"
    assert [u.name for u in c.named_units] == ["Guzara"]


@pytest.mark.parametrize(
    ("text", "anchor", "word"),
    [
        ("The US military controls Zaranj", dt.date(2021, 7, 31), "side"),
        ("The military captured Zaranj", dt.date(2021, 7, 31), "side"),
        ("Pakistan military captured Zaranj", dt.date(2021, 7, 31), "side"),
        ("The Taliban military captured Zaranj", dt.date(2021, 7, 31), "taliban military"),
        ("Afghan military and Taliban captured Zaranj", dt.date(2021, 7, 31), "more than one"),
        # after 15 August 2021 the Afghan military may be the Taliban's
        ("The Afghan military controls Zaranj", dt.date(2021, 8, 20), "afghan military"),
        ("Government forces regains Zaranj", dt.date(2021, 7, 31), "figure"),
    ],
)
def test_military_near_misses_stay_refused(text: str, anchor: dt.date, word: str) -> None:
    _refused(text, word, anchor)


# ---- '"I can confirm... the city of Zaranj ... has fallen to the Taliban," ...' (real r205) ---


@pytest.mark.parametrize(
    "text",
    [
        '"I can confirm... the city of Zaranj, provincial capital of Nimroz, has fallen to the '
        'Taliban," Roh Gul Khairzad, the deputy governor, told AFP on Friday.',
        "I can confirm that the city of Zaranj has fallen to the Taliban",
        "We can confirm the Taliban captured Zaranj",
    ],
)
def test_the_speakers_affirmation_is_set_aside(text: str) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.side == "taliban"
    assert [u.name for u in c.named_units] == ["Zaranj"]
    assert any("confirm" in n for n in c.reading_notes), c.reading_notes


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I cannot confirm that the Taliban captured Zaranj", "cannot"),
        ("I can not confirm that the Taliban captured Zaranj", "not"),
        ("I can confirm the Taliban could capture Zaranj", "could"),
        ("They can confirm the Taliban captured Zaranj", "can"),
        ("The Taliban can confirm they captured Zaranj", "can"),
        ("I can confirm", "can"),
        ("We can confirm we captured Zaranj", "side"),
    ],
)
def test_affirmation_near_misses_stay_refused(text: str, word: str) -> None:
    _refused(text, word)
