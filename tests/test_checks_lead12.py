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
    with pytest.raises(ClaimParseError) as err:
        parse_claim(text, anchor=WRITTEN)
    assert word in str(err.value).lower()


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
    with pytest.raises(ClaimParseError) as err:
        parse_claim(text, anchor=WRITTEN)
    assert word in str(err.value).lower()


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
