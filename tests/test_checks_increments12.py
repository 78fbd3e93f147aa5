"""An increment or a 'latest' frame that names the capital that fell (#8, session 12).

"the Taliban have taken control of another provincial capital, the southern city of Kandahar"
names what changed: the named capital is read (the side holds it, the state the fall left),
the increment set aside with a note that what it adds to is not checked
(increments.named_increment). The forms, closed:

* "<taking verb> another provincial capital, X", "another provincial capital, X, fell to S",
  "X is another provincial capital that fell to S";
* "X is the latest (provincial capital) to fall to S", "The latest to fall to S is X(, the
  capital of P province)": 'the latest' is a rank among falls, not checked; with no side
  refused, naming the frame;
* "<taking verb> N (more) (provincial) capitals — / : LIST": read as the list, which must name
  exactly N provincial capitals (after the reading: the reading's units are counted).

The reading must name exactly the capitals the frame counts, each a provincial capital of the
places data; otherwise refused. "Another" with no name, a name that is no capital, "another
... is under threat", "the latest to be attacked" stay refused. Also: "the southern city of
Kandahar in the same-named province" (unit_names._EPONYMOUS, no comma before "in").
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 13)


def _units(text: str) -> tuple[str, list[tuple[str, str]], tuple[str, ...]]:
    c = parse_claim(text, anchor=DAY)
    assert c.measure == "units", c
    return c.side, [(u.kind, u.name) for u in c.named_units], c.reading_notes


def _refused(text: str, part: str) -> None:
    """The sentence is refused, the refusal naming ``part``."""
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=DAY)
    assert part in e.value.part.lower(), str(e.value)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # dev7 f5117, as published
        (
            "According to Afghan officials, the Taliban have taken control of another provincial "
            "capital, the southern city of Kandahar in the same-named province.",
            [("capital", "Kandahar")],
        ),
        ("The Taliban have taken another provincial capital, Ghazni.", [("capital", "Ghazni")]),
        (
            "The Taliban captured another provincial capital, Ghazni, just 80 miles from Kabul.",
            [("capital", "Ghazni")],
        ),
        (
            "Another provincial capital, Kunduz, fell to the Taliban on Sunday.",
            [("capital", "Kunduz")],
        ),
        (
            "Pol-e-Alam is another provincial capital that fell to the Taliban.",
            [("capital", "Pul-i-Alam")],
        ),
        ("Taloqan is the latest to fall to the Taliban.", [("capital", "Taloqan")]),
        (
            "Kunduz is the latest provincial capital to be captured by the Taliban.",
            [("capital", "Kunduz")],
        ),
        (
            "The latest to fall to the Taliban is Kunduz, the capital of northern Kunduz province.",
            [("capital", "Kunduz")],
        ),
        (
            "The Taliban took three provincial capitals — Zaranj, Sheberghan and Kunduz.",
            [("capital", "Zaranj"), ("capital", "Sheberghan"), ("capital", "Kunduz")],
        ),
        (
            "The Taliban seized two more capitals: Farah and Herat.",
            [("capital", "Farah"), ("capital", "Herat")],
        ),
    ],
)
def test_the_named_capital_is_read(text: str, units: list[tuple[str, str]]) -> None:
    side, got, notes = _units(text)
    assert (side, got) == ("taliban", units)
    assert any("not checked" in n for n in notes), notes


def test_the_note_names_the_increment_set_aside() -> None:
    _, _, notes = _units("The Taliban have taken another provincial capital, Ghazni.")
    assert any(
        n.startswith("'another provincial capital' (an increment") and "count before it" in n
        for n in notes
    ), notes


def test_same_named_province_is_the_capitals_own() -> None:
    side, got, _ = _units("The Taliban have taken control of the city of Kandahar in the "
                          "same-named province.")  # fmt: skip
    assert (side, got) == ("taliban", [("capital", "Kandahar")])
    _refused(
        "The Taliban have taken control of the city of Lashkar Gah in the same-named province.",
        "same-named",
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # "another" with no name: an increment, refused as before
        ("The Taliban have taken another provincial capital.", "another"),
        ("The Taliban have taken another provincial capital in the north.", "another"),
        # a name that is no provincial capital
        ("The Taliban have taken another provincial capital, Spin Boldak.", "another"),
        ("Another provincial capital, Narnia, fell to the Taliban.", "another"),
        ("Spin Boldak is another provincial capital that fell to the Taliban.", "another"),
        # the frame counts one, the reading names two
        ("The Taliban have taken another provincial capital, Kandahar, and Herat.",
         "another provincial capital"),
        # not a fall
        ("Another provincial capital, Taloqan, is under threat from the Taliban.", "another"),
        ("Taloqan is another provincial capital that is under threat.", "another"),
        ("Taloqan is the latest to be attacked by the Taliban.", "attacked"),
        ("The latest to be attacked by the Taliban is Taloqan.", "attacked"),
        # 'the latest to fall' with no side
        ("The latest to fall is Kunduz, the capital of northern Kunduz province.",
         "the latest to fall"),
        ("Taloqan is the latest to fall.", "the latest to fall"),
        # a count that differs from its list's length, or a list item that is no capital
        ("The Taliban took three provincial capitals — Zaranj and Herat.",
         "three provincial capitals"),
        ("The Taliban took three provincial capitals: Zaranj, Sheberghan, Kunduz and Herat.",
         "three provincial capitals"),
        ("The Taliban took two more provincial capitals: Zaranj and Nimroz.",
         "two more provincial capitals"),
        # words between the count and its list other than "over the weekend"
        ("The Taliban took three provincial capitals in the north — Zaranj, Sheberghan and "
         "Kunduz.", "in the north"),
        ("The Taliban took three provincial capitals at the weekend — Zaranj, Sheberghan and "
         "Kunduz.", "at the weekend"),
        # a negation, a denial, a modal stay refused
        ("The Taliban have not taken another provincial capital, Ghazni.", "not"),
        ("Officials deny the Taliban have taken another provincial capital, Ghazni.", "deny"),
        ("The Taliban may have taken another provincial capital, Ghazni.", "may"),
        ("Kunduz is not the latest to fall to the Taliban.", "not"),
        # a retaking is not among the frame's verbs: the increment stays refused
        ("The government has recaptured another provincial capital, Ghazni.", "another"),
        # the name read as a province or a district, not the capital the frame counts
        ("The Taliban have taken another provincial capital, Ghazni province.",
         "another provincial capital"),
        # (with no gazetteer a district name is refused as such)
        ("The Taliban have taken another provincial capital, Herat district.",
         "herat district"),
        # another side in the frame than the named capital's claim is the grammar's to refuse
        ("Ghazni is the latest to fall to the group.", "group"),
    ],
)  # fmt: skip
def test_near_misses_stay_refused(text: str, part: str) -> None:
    _refused(text, part)


F4120 = (
    "The Taliban took three provincial capitals over the weekend — Zaranj, the capital of the "
    "southern province of Nimroz, Sar-e-Pul, the capital of the northern province of the same "
    "name, and Taloqan, the capital of northeastern Takhar province."
)


def test_a_count_over_the_weekend_is_its_list_on_sunday() -> None:
    """dev6 f4120 as published (written Tuesday 10 August 2021): the three capitals, checked
    on Sunday 8 August, the weekend's last day."""
    c = parse_claim(F4120, anchor=dt.date(2021, 8, 10))
    assert (c.side, c.comparison, c.check_date) == ("taliban", "as-stated", "2021-08-08")
    assert [(u.kind, u.name) for u in c.named_units] == [
        ("capital", "Zaranj"),
        ("capital", "Sar-e Pol"),
        ("capital", "Taloqan"),
    ]
    assert any("'over the weekend' read as on Sunday" in n for n in c.reading_notes)


@pytest.mark.parametrize("anchor", [None, dt.date(2021, 8, 14)])
def test_over_the_weekend_with_no_date_or_on_a_saturday_is_refused(
    anchor: dt.date | None,
) -> None:
    """With no date of writing the Sunday is not known; written on a Saturday the weekend may
    be the one under way."""
    with pytest.raises(ClaimParseError) as e:
        parse_claim(F4120, anchor=anchor)
    assert e.value.part == "over the weekend"


def test_an_ordinal_beside_the_named_increment_is_still_checked() -> None:
    c = parse_claim(
        "The Taliban on Friday took another provincial capital, Ghazni, the 10th provincial "
        "capital to fall in a week.",
        anchor=DAY,
    )
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", "Ghazni")]
    assert c.ordinal == 10
