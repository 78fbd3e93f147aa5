"""Three forms news copy names captured cities in (#8, session 12).

* A headline's bare present "take(s)": "Taliban take Zaranj", "Taliban takes Sheberghan".
  The units grammar listed "takes? (control of|over)" with the space inside the verb, so the
  bare verb never matched; it is now a change verb like "capture(s)". The object must still
  be named units, and a modal, a future or a negation before it is refused as before.
* "the entire territory of" before a city marked as one ("Kunduz city", "the city of
  Kunduz", "Afghanistan's capital Kabul"): a provincial capital is checked whole, so the
  words are set aside (capitals.py) and said in the reading (reading.py passes the rewrite's
  notes to the named-units reading). Before a province or the country they stay a share.
* Lists of capitals, each with its apposition ("Sheberghan, the capital of Jowzjan, Sar-e-Pul,
  the capital of Sar-e-Pul province, and Taloqan, capital of Takhar"): a title after a name
  it fits is that name's apposition, not the title of the next name; and lists joined by
  semicolons ("... districts of Badakhshan; Worsaj in Takhar; Zerok in Paktika"), each group
  read as a list of its own (unit_names.py).
* A wire dateline's double dash left alone at the start of a sentence ("-- Taliban spokesman
  ... said"), its place and agency cut off: set aside as a dateline (grammar.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 14)


def _units(text: str, gazetteer: object = None) -> list[tuple[str, str]]:
    c = parse_claim(text, anchor=DAY, gazetteer=gazetteer)  # type: ignore[arg-type]
    assert c.measure == "units", c
    return [(u.kind, u.name) for u in c.named_units]


def _refused(text: str, part: str, gazetteer: object = None) -> None:
    """The sentence is refused, the refusal naming ``part``."""
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=DAY, gazetteer=gazetteer)  # type: ignore[arg-type]
    assert part in str(e.value).lower()


# --------------------------------------------------------------------------------------------
# "take" / "takes" in a headline


@pytest.mark.parametrize(
    ("text", "side", "units"),
    [
        ("Taliban take Zaranj", "taliban", [("capital", "Zaranj")]),
        ("Taliban takes Sheberghan", "taliban", [("capital", "Sheberghan")]),
        ("Taliban take Mazar-i-Sharif, set sights on Kabul", "taliban",
         [("capital", "Mazar-i-Sharif")]),
        ("Afghanistan: Taliban take Lashkar Gah, capital of Helmand", "taliban",
         [("capital", "Lashkar Gah")]),
        ("Taliban fighters take city of Lashkar Gah following capture of Kandahar and Herat",
         "taliban", [("capital", "Lashkar Gah")]),
        ("Taliban take Herat and Kandahar", "taliban",
         [("capital", "Herat"), ("capital", "Kandahar")]),
        ("Taliban finally take Zaranj", "taliban", [("capital", "Zaranj")]),
        ("Afghan forces take Kandahar", "government", [("capital", "Kandahar")]),
    ],
)  # fmt: skip
def test_a_bare_take_is_a_capture(text: str, side: str, units: list[tuple[str, str]]) -> None:
    c = parse_claim(text, anchor=DAY)
    assert (c.side, c.measure) == (side, "units")
    assert [(u.kind, u.name) for u in c.named_units] == units
    assert c.change_verb in ("take", "takes")
    assert any(n.startswith(f"'{c.change_verb}' (a change)") for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Taliban take control of Zaranj", [("capital", "Zaranj")]),
        ("Taliban take over Zaranj", [("capital", "Zaranj")]),
        ("Taliban takes over Kunduz province", [("province", "Kunduz")]),
    ],
)
def test_take_control_of_and_take_over_read_as_before(
    text: str, units: list[tuple[str, str]]
) -> None:
    assert _units(text) == units


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Taliban could take Kandahar", "could"),
        ("Taliban would take Kandahar", "would"),
        ("Taliban will take Kandahar", "will"),
        ("Taliban won't take Kandahar", "won't"),
        ("Taliban may take Kandahar", "may"),
        ("Taliban did not take Kandahar", "not"),
        ("Taliban to take Kandahar", "taliban to"),
        ("Taliban set to take Kandahar", "set"),
        ("If Taliban take Kandahar, the war is over", "if"),
        ("Taliban takes aim at Kandahar", "aim"),
        ("Taliban take part in talks", "part"),
        ("Taliban take Kandahar hostage", "hostage"),
        ("Taliban take on Kandahar", "on kandahar"),
        ("Taliban take Kandahar back", "back"),
        ("Taliban take the fight to Kandahar", "fight"),
        ("Taliban takes provincial capital", "provincial capital"),
        ("Taliban take Afghanistan\u2019s third-largest city", "third-largest"),
        ("Taliban take Afghanistan", "afghanistan"),
        ("Taliban take Foobad", "foobad"),
    ],
)
def test_take_stays_refused_without_named_units_or_with_a_modal(text: str, part: str) -> None:
    _refused(text, part)


# --------------------------------------------------------------------------------------------
# "the entire territory of" a city


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taliban movement has gained control over the entire territory of Afghanistan\u2019s "
         "capital Kabul, Taliban spokesman Zabiullah Mujahid said, Trend reports citing TASS.",
         "Kabul"),
        ("The Taliban captured the entire territory of Kunduz city", "Kunduz"),
        ("The Taliban captured the entire territory of the city of Kunduz", "Kunduz"),
        ("The Taliban captured the whole territory of Herat city", "Herat"),
        ("The Taliban captured the entire territory of the provincial capital Sheberghan",
         "Sheberghan"),
        ("The Taliban control the entire territory of Kunduz city", "Kunduz"),
    ],
)  # fmt: skip
def test_the_entire_territory_of_a_city_is_the_city(text: str, name: str) -> None:
    c = parse_claim(text, anchor=DAY)
    assert c.side == "taliban"
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", name)]
    assert any(f"territory of' before the city {name}" in n for n in c.reading_notes), (
        c.reading_notes
    )


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The Taliban captured the entire territory of Kunduz province", "Kunduz"),
        ("The Taliban captured the entire territory of Afghanistan", None),
        ("The Taliban captured the entire territory of the country", None),
    ],
)
def test_the_entire_territory_of_a_province_or_the_country_stays_a_share(
    text: str, scope: str | None
) -> None:
    c = parse_claim(text, anchor=DAY)
    assert (c.measure, c.figure.lo, c.figure.hi, c.province) == ("area", 1.0, 1.0, scope)
    assert not c.named_units


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Taliban captured the entire territory of Kunduz", "kunduz"),
        ("The Taliban captured the entire territory of Afghanistan\u2019s capital Herat",
         "afghanistan capital herat"),
        ("The Taliban captured the entire territory of Foobad city", "city"),
        ("The Taliban almost captured the entire territory of Kunduz city", "almost"),
        ("The Taliban have not captured the entire territory of Kunduz city", "not"),
        ("The Taliban could capture the entire territory of Kunduz city", "could"),
    ],
)  # fmt: skip
def test_the_entire_territory_of_stays_refused(text: str, part: str) -> None:
    _refused(text, part)


# --------------------------------------------------------------------------------------------
# Lists of capitals with their appositions


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The Taliban captured Sheberghan, the capital of Jowzjan, Sar-e-Pul, the capital of "
         "Sar-e-Pul province, and Taloqan, capital of Takhar",
         ["Sheberghan", "Sar-e Pol", "Taloqan"]),
        ("The Taliban seized Zaranj, the capital of the southern province of Nimroz, "
         "Sar-e-Pul, the capital of the northern province of the same name, and Taloqan, the "
         "capital of northeastern Takhar province.", ["Zaranj", "Sar-e Pol", "Taloqan"]),
        ("The Taliban captured Kunduz, the capital of Kunduz province, Herat",
         ["Kunduz", "Herat"]),
        ("The Taliban seized Kandahar, capital of the southern province of Kandahar; Herat, "
         "capital of western Herat province; Qala-e-Naw, capital of western Badghis province; "
         "and Firoz Koah, capital of the western province of Ghor.",
         ["Kandahar", "Herat", "Qala-i-Naw", "Chaghcharan"]),
    ],
)  # fmt: skip
def test_a_list_of_capitals_each_with_its_apposition(text: str, units: list[str]) -> None:
    assert _units(text) == [("capital", n) for n in units]


def test_the_title_before_a_name_still_reads() -> None:
    assert _units("The Taliban captured the capital of Jowzjan, Sheberghan") == [
        ("capital", "Sheberghan")
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # one name unknown
        ("The Taliban captured Sheberghan, the capital of Jowzjan, Sar-e-Pul, the capital of "
         "Sar-e-Pul province, and Foobad, capital of Takhar", "foobad"),
        # an apposition naming the wrong province
        ("The Taliban captured Sheberghan, the capital of Jowzjan, Sar-e-Pul, the capital of "
         "Faryab province, and Taloqan, capital of Takhar", "faryab"),
        ("The Taliban captured Sheberghan, the capital of Faryab, Sar-e-Pul, the capital of "
         "Sar-e-Pul province", "faryab"),
        # the title fits neither name beside it: which it belongs to is not guessed
        ("The Taliban captured Sheberghan, the capital of Faryab, Kunduz", "faryab"),
        ("The Taliban captured Herat, the capital of Jowzjan, Kunduz", "jowzjan"),
    ],
)  # fmt: skip
def test_a_list_of_appositions_stays_refused(text: str, part: str) -> None:
    _refused(text, part)


# --------------------------------------------------------------------------------------------
# Lists joined by semicolons (the boundary set's district names)


def test_a_list_of_lists_joined_by_semicolons(gaz) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to the sources, Taliban militants have seized control of Argo, Kofab, "
        "Zibak, Kohistan, and Baharak districts of Badakhshan; Worsaj in Takhar; Zerok in "
        "Paktika; and Panjwai in Kandahar province."
    )
    c = parse_claim(text, anchor=dt.date(2021, 7, 4), gazetteer=gaz)
    assert c.side == "taliban"
    assert [(u.name, u.province) for u in c.named_units] == [
        ("Argo", "Badakhshan"),
        ("Kuf Ab", "Badakhshan"),
        ("Zebak", "Badakhshan"),
        ("Kohistan", "Badakhshan"),
        ("Baharak", "Badakhshan"),
        ("Warsaj", "Takhar"),
        ("Ziruk", "Paktika"),
        ("Panjwayi", "Kandahar"),
    ]


def test_semicolons_between_capitals(gaz) -> None:  # type: ignore[no-untyped-def]
    assert _units("The Taliban captured Zaranj; Sheberghan; and Kunduz city", gaz) == [
        ("capital", "Zaranj"),
        ("capital", "Sheberghan"),
        ("capital", "Kunduz"),
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the kind shared by the names before a semicolon does not reach past it: Kohistan
        # alone is Badakhshan's or Faryab's
        ("The Taliban captured Argo and Baharak districts of Badakhshan; Kohistan", "kohistan"),
        # one name unknown
        ("The Taliban captured Argo and Baharak districts of Badakhshan; Foobad in Takhar",
         "foobad"),
        # a clause after the semicolon is not a list item
        ("The Taliban captured Zaranj; Herat remains under government control", "remains"),
        ("The Taliban captured Zaranj; officials in Herat denied it", "officials"),
        # a district in another province than the one named
        ("The Taliban captured Argo district of Badakhshan; Warsaj in Paktika", "warsaj"),
    ],
)  # fmt: skip
def test_a_semicolon_list_stays_refused(gaz, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    _refused(text, part, gaz)


# --------------------------------------------------------------------------------------------
# A wire dateline's double dash left alone at the start


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("-- Taliban militants overran Zaranj", ["Zaranj"]),
        ("-- Mujahid, Taliban spokesman, confirmed that Taliban militants had overrun Ghazni, "
         "the capital city of the east Afghan province of Ghazni, 150 km from the national "
         "capital Kabul.", ["Ghazni"]),
    ],
)  # fmt: skip
def test_a_leading_double_dash_is_a_dateline_cut_off(text: str, units: list[str]) -> None:
    c = parse_claim(text, anchor=DAY)
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", n) for n in units]
    assert "'--' (a dateline: where the report was written) set aside" in c.reading_notes


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("-- Taliban could take Zaranj", "could"),
        ("-- Taliban militants overran Foobad", "foobad"),
        ("- Government troops have been forced to the city\u2019s airport by insurgents", "city"),
    ],
)
def test_after_a_leading_dash_the_rest_is_read_as_written(text: str, part: str) -> None:
    _refused(text, part)
