"""parse_claim: every number, comparison, measure, scope and actor form, and refusals."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from mapper.checks import (
    SHARE_ABOUT_TOL,
    SHARE_FRACTION_TOL,
    SHARE_NEARLY_TOL,
    Acceptance,
    ClaimParseError,
    parse_claim,
    reading_text,
)
from mapper.errors import MapperError
from tests.worlds import tiny_units

INF = math.inf


# --------------------------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(
    ("sentence", "form", "lo", "hi", "measure"),
    [
        ("The Taliban control two-thirds of the country", "share", 2 / 3, 2 / 3, "area"),
        ("The Taliban control two thirds of the country", "share", 2 / 3, 2 / 3, "area"),
        ("The Taliban control 2/3 of the country", "share", 2 / 3, 2 / 3, "area"),
        ("The Taliban control 2/3rd of the country", "share", 2 / 3, 2 / 3, "area"),
        ("The Taliban control 2/3rds of the country", "share", 2 / 3, 2 / 3, "area"),
        ("The Taliban control 66% of the country", "share", 0.66, 0.66, "area"),
        ("The Taliban control 85 percent of the territory", "share", 0.85, 0.85, "area"),
        ("The Taliban control 85 per cent of the territory", "share", 0.85, 0.85, "area"),
        ("The Taliban control half the country", "share", 0.5, 0.5, "area"),
        ("The Taliban control half of Afghanistan", "share", 0.5, 0.5, "area"),
        ("The Taliban control a third of the land", "share", 1 / 3, 1 / 3, "area"),
        ("The Taliban control one-third of the land", "share", 1 / 3, 1 / 3, "area"),
        ("The Taliban control three quarters of the country", "share", 0.75, 0.75, "area"),
        ("The Taliban control three-quarters of the country", "share", 0.75, 0.75, "area"),
        ("The Taliban control 60-70% of the territory", "share", 0.6, 0.7, "area"),
        ("The Taliban captured five districts", "count", 5, 5, "districts"),
        ("The Taliban captured twenty-five districts", "count", 25, 25, "districts"),
        ("The Taliban control 150-180 districts", "count", 150, 180, "districts"),
        ("The Taliban control 150 to 180 districts", "count", 150, 180, "districts"),
        ("The Taliban control between 150 and 180 districts", "count", 150, 180, "districts"),
        ("The Taliban control 250 of 398 districts", "count", 250, 250, "districts"),
        ("The Taliban control 250 out of 398 districts", "count", 250, 250, "districts"),
        ("The Taliban control 12 provinces", "count", 12, 12, "provinces"),
        ("The Taliban control half of the districts", "share", 0.5, 0.5, "districts"),
        ("The Taliban control 60% of the provinces", "share", 0.6, 0.6, "provinces"),
    ],
)
def test_numbers(sentence: str, form: str, lo: float, hi: float, measure: str) -> None:
    c = parse_claim(sentence)
    assert c.figure.form == form
    assert c.figure.lo == pytest.approx(lo)
    assert c.figure.hi == pytest.approx(hi)
    assert c.measure == measure
    assert c.side == "taliban"


def test_n_of_m_keeps_the_sentence_denominator() -> None:
    c = parse_claim("The Taliban have taken 250 of 398 districts")
    assert c.figure.of_total == 398
    assert c.figure.text == "250 of 398"


def test_en_dash_range() -> None:
    c = parse_claim("Militants hold 150\u2013180 districts")
    assert (c.figure.lo, c.figure.hi) == (150, 180)


# --------------------------------------------------------------------------------------------
# Comparisons -> accepted interval (the tolerances are the module's named constants)


@pytest.mark.parametrize(
    ("sentence", "comparison", "expected"),
    [
        ("The Taliban control over two-thirds of the country", "over", (2 / 3, INF, False, True)),
        ("The Taliban control more than half the country", "over", (0.5, INF, False, True)),
        ("The Taliban control at least 66% of the country", "at-least", (0.66, INF, True, True)),
        (
            "The Taliban control nearly two-thirds of the country",
            "nearly",
            (2 / 3 - SHARE_NEARLY_TOL, 2 / 3 + SHARE_FRACTION_TOL, True, True),
        ),
        (
            "The Taliban control almost 85% of the country",
            "nearly",
            (0.85 - SHARE_NEARLY_TOL, 0.855, True, True),
        ),
        (
            "The Taliban control about half the country",
            "about",
            (0.5 - SHARE_ABOUT_TOL, 0.5 + SHARE_ABOUT_TOL, True, True),
        ),
        ("The Taliban control roughly 40% of the country", "about", (0.35, 0.45, True, True)),
        ("The Taliban control up to 66% of the country", "up-to", (-INF, 0.66, True, True)),
        (
            "The Taliban control less than a third of the country",
            "under",
            (-INF, 1 / 3, True, False),
        ),
        ("The Taliban control fewer than 150 districts", "under", (-INF, 150, True, False)),
        ("The Taliban control about 150 districts", "about", (135, 165, True, True)),
        ("The Taliban control nearly 150 districts", "nearly", (135, 150, True, True)),
        ("The Taliban control about five districts", "about", (4, 6, True, True)),
        ("The Taliban control 150 or more districts", "at-least", (150, INF, True, True)),
        ("The Taliban control 150 or fewer districts", "up-to", (-INF, 150, True, True)),
        ("The Taliban control most of the country", "over", (0.5, INF, False, True)),
        ("The Taliban control the majority of districts", "over", (0.5, INF, False, True)),
        # bare figures: the way they are written
        ("The Taliban control 85% of the country", "as-stated", (0.845, 0.855, True, True)),
        ("The Taliban control 85.3% of the country", "as-stated", (0.8525, 0.8535, True, True)),
        (
            "The Taliban control two-thirds of the country",
            "as-stated",
            (0.64667, 0.68667, True, True),
        ),
        ("The Taliban control five districts", "as-stated", (5, 5, True, True)),
        ("The Taliban control 150-180 districts", "as-stated", (150, 180, True, True)),
    ],
)
def test_comparisons(sentence: str, comparison: str, expected: tuple) -> None:
    c = parse_claim(sentence)
    assert c.comparison == comparison
    acc = c.acceptance()
    lo, hi, lo_closed, hi_closed = expected
    assert acc.lo == pytest.approx(lo, abs=1e-5)
    assert acc.hi == pytest.approx(hi, abs=1e-5)
    assert (acc.lo_closed, acc.hi_closed) == (lo_closed, hi_closed)


def test_control_over_is_a_preposition_after_have_control() -> None:
    assert parse_claim("The Taliban have control over half the country").comparison == "as-stated"
    assert parse_claim("The Taliban control over half the country").comparison == "over"


def test_acceptance_relation() -> None:
    over_half = Acceptance(lo=0.5, lo_closed=False)
    assert over_half.relation(0.6, 0.9) == "supported"
    assert over_half.relation(0.1, 0.5) == "contradicted"  # 0.5 is not over half
    assert over_half.relation(0.4, 0.6) == "depends-on-assumptions"
    band = Acceptance(lo=0.3, hi=0.4)
    assert band.relation(0.1, 0.9) == "depends-on-assumptions"  # holds only in between
    assert band.relation(0.41, 0.9) == "contradicted"


# --------------------------------------------------------------------------------------------
# Sides


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Taliban control half the country", "taliban"),
        ("Militants control half the country", "taliban"),
        ("Insurgents control half the country", "taliban"),
        ("The government controls half the country", "government"),
        ("Afghan forces control half the country", "government"),
        ("Security forces hold half the country", "government"),
        ("The Afghan government holds half the country", "government"),
        ("Over half the country is under Taliban control", "taliban"),
    ],
)
def test_sides(sentence: str, side: str) -> None:
    assert parse_claim(sentence).side == side


def test_side_given_when_the_sentence_names_none() -> None:
    c = parse_claim("2/3 of the Afghan-Tajik border", side="taliban")
    assert c.side == "taliban" and c.side_text == ""
    assert parse_claim("2/3 of the Afghan-Tajik border", side="Taliban").side == "taliban"


# --------------------------------------------------------------------------------------------
# Scopes


def test_province_scope_default_gazetteer() -> None:
    c = parse_claim("The Taliban captured five districts in Herat")
    assert c.province == "Herat" and c.measure == "districts" and not c.border_districts
    assert parse_claim("The Taliban captured five districts in Hirat").province == "Herat"
    assert parse_claim("The Taliban captured five of Helmand's districts").province == "Helmand"
    assert parse_claim("The Taliban control half of Kunduz province").province == "Kunduz"


def test_province_scope_from_units_gazetteer() -> None:
    gaz = tiny_units().gazetteer()
    c = parse_claim("The Taliban hold half the districts in North", gazetteer=gaz)
    assert c.province == "North"
    assert parse_claim("The Taliban hold half the country", gazetteer=gaz).province is None


@pytest.mark.parametrize(
    ("sentence", "measure", "neighbours", "border_districts"),
    [
        (
            "The Taliban control 2/3 of the territory on the Afghan-Tajik border",
            "area",
            ("TJK",),
            True,
        ),
        ("The Taliban control two-thirds of the border with Tajikistan", "border", ("TJK",), False),
        ("The Taliban control 2/3 of the Afghan-Tajik border", "border", ("TJK",), False),
        ("The Taliban control most of the Tajik border districts", "districts", ("TJK",), True),
        ("The Taliban hold five districts along the border with Iran", "districts", ("IRN",), True),
        ("The Taliban hold half of the Durand Line", "border", ("PAK",), False),
        (
            "The Taliban hold half of the borders with Iran and Pakistan",
            "border",
            ("IRN", "PAK"),
            False,
        ),
        ("The Taliban hold half of Afghanistan's borders", "border", (), False),
        ("The Taliban hold half of the border areas", "area", (), True),
    ],
)
def test_border_scopes(
    sentence: str, measure: str, neighbours: tuple[str, ...], border_districts: bool
) -> None:
    c = parse_claim(sentence)
    assert c.measure == measure
    assert c.neighbours == neighbours
    assert c.border_districts is border_districts


def test_population_measure() -> None:
    c = parse_claim("Government forces hold about half of the population")
    assert (c.side, c.measure, c.comparison) == ("government", "population", "about")


def test_scope_text() -> None:
    assert parse_claim("The Taliban hold half the country").scope_text() == "the country"
    assert parse_claim("The Taliban hold five districts in Herat").scope_text() == "Herat province"
    assert (
        parse_claim("The Taliban hold half the territory on the Tajik border").scope_text()
        == "districts along the border with Tajikistan"
    )


# --------------------------------------------------------------------------------------------
# Sentences the parser refuses, naming the part it could not read


@pytest.mark.parametrize(
    ("sentence", "part", "why"),
    [
        ("The Taliban are winning", "", "found no figure"),
        ("", "", "empty"),
        ("Half the country has fallen", "", "which side"),
        ("The Taliban control 150 districts and 20 provinces", "'150' and '20'", "more than one"),
        ("The Taliban control 40% of something", "40%", "what '40%' a share of"),
        ("The Taliban control 40 villages", "villages", "not a unit"),
        ("The Taliban have lost half the districts", "lost", "losses"),
        ("The Taliban do not control half the country", "not", "negations"),
        ("The Taliban have captured five districts since May", "since", "change over a period"),
        ("The Taliban control or contest 70% of the country", "contest", "contested"),
        ("The Taliban control over 1,000 km of the border", "km", "absolute"),
        ("The Taliban and the government each hold half the country", "", "more than one side"),
        ("The Taliban control five districts in Herat and Farah", "herat and farah", "province"),
        ("The Taliban control half the districts near Tajikistan", "Tajikistan", "no border"),
        ("The Taliban control five of the border", "five", "must count districts, provinces"),
        ("The Taliban control five countries", "five", "could not tell what 'five' counts"),
        ("The Taliban hold 150-180 districts", None, None),  # control: this one is readable
    ],
)
def test_unreadable(sentence: str, part: str | None, why: str | None) -> None:
    if why is None:
        parse_claim(sentence)
        return
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence)
    e = info.value
    assert isinstance(e, MapperError) and isinstance(e, ValueError)
    assert why in e.problem
    if part:
        assert part in e.part
    msg = str(e)
    assert "No verdict given" in msg
    assert "The Taliban have captured over two-thirds of the country" in msg  # examples


def test_side_conflicting_with_sentence_is_refused() -> None:
    with pytest.raises(ClaimParseError, match="names taliban but the side given"):
        parse_claim("The Taliban hold half the country", side="government")
    with pytest.raises(ClaimParseError, match="unknown side"):
        parse_claim("2/3 of the Afghan-Tajik border", side="rebels")


def test_dates_and_years_are_not_figures() -> None:
    c = parse_claim("On 17 July 2021 the Taliban controlled 150 districts")
    assert (c.figure.lo, c.measure) == (150, "districts")


# --------------------------------------------------------------------------------------------
# Shares above 100 %, districts named as such, provinces that share a district's name


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control 150% of the country",
        "The Taliban control 101 percent of the districts",
        "The Taliban control 90-120% of the territory",
    ],
)
def test_share_above_100_percent_is_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence)
    assert "a share above 100%" in info.value.problem
    assert "No verdict given" in str(info.value)
    parse_claim("The Taliban control 100% of the country")  # the whole is readable


def test_district_named_as_such_is_a_scope() -> None:
    gaz = tiny_units().gazetteer()
    c = parse_claim("The Taliban control half of Nolan district", gazetteer=gaz)
    assert (c.district, c.district_name, c.province) == ("N/n1", "Nolan", "North")
    assert c.measure == "area" and c.figure.form == "share"
    assert c.scope_text() == "Nolan district, in North province"
    assert c.province_text == ""  # the province comes from the district, not the sentence
    c = parse_claim("The Taliban hold most of the population of Sorkh district", gazetteer=gaz)
    assert (c.district, c.measure, c.comparison) == ("S/s2", "population", "over")
    c = parse_claim("The Taliban hold 80% of Sarak district in South", gazetteer=gaz)
    assert c.district == "S/s1"
    # counting districts is unchanged: "one district" names none
    c = parse_claim("The Taliban captured one strategic district", gazetteer=gaz)
    assert (c.district, c.measure, c.figure.lo) == (None, "districts", 1)


@pytest.mark.parametrize(
    ("sentence", "part", "why"),
    [
        ("The Taliban hold 80% of Sarak district in North", "sarak district", "not in North"),
        ("The Taliban hold half of Fooville district", "fooville district", "not a district"),
        ("The Taliban hold two districts in Nolan district", "nolan", "a single district"),
        (
            "The Taliban hold half of Nolan district and Narin district",
            "nolan and narin",
            "more than one district",
        ),
    ],
)
def test_district_scope_refusals(sentence: str, part: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence, gazetteer=tiny_units().gazetteer())
    assert why in info.value.problem and part in info.value.part


def test_district_scope_needs_district_names() -> None:
    # the built-in gazetteer knows provinces only: it refuses instead of reading "half of
    # the districts"
    with pytest.raises(ClaimParseError, match=r"gazetteer=units\.gazetteer"):
        parse_claim("The Taliban control half of Kunduz district")


def test_province_as_written() -> None:
    c = parse_claim("The Taliban control half of Kunduz")
    assert (c.province, c.province_text, c.province_word) == ("Kunduz", "Kunduz", False)
    c = parse_claim("The Taliban control half of Kunduz province")
    assert (c.province, c.province_word, c.measure) == ("Kunduz", True, "area")
    c = parse_claim("The Taliban control half of HIRAT")
    assert (c.province, c.province_text) == ("Herat", "HIRAT")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The militants hold most of the country", "most (= more than half) of the area"),
        ("The Taliban control the majority of districts", "the majority (= more than half) of"),
        ("The Taliban control over half of the country", "over (= more than) half of the area"),
    ],
)
def test_read_as_says_most_once(sentence: str, said: str) -> None:
    """'most' is both the comparison and the figure: "Read as" says it once, with its meaning
    (it said "most (= more than) most of the area")."""
    text = reading_text(parse_claim(sentence))
    assert said in text
    assert "most (= more than) most" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        # a subset of the measure is not the measure ("rural areas" is not the country)
        "Government forces still hold 65 percent of the population centres.",
        "Government forces hold 65 percent of the urban centres.",
        "The Taliban hold 65 percent of the centres.",
        "The Taliban hold 65 percent of the rural areas.",
        "The Taliban control half of the key districts.",
        "The Taliban control half of the strategic districts.",
        "The Taliban control 85 percent of rural Afghanistan.",
    ],
)
def test_a_subset_of_the_measure_is_refused(sentence: str) -> None:
    """These were read as shares of all districts or of the whole area: a word that picks a
    subset ("key", "rural", "population centres") is no filler."""
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


def test_district_centres_are_the_districts() -> None:
    c = parse_claim("The Taliban hold 212 of the 419 district centers.")
    assert (c.measure, c.figure.lo, c.figure.of_total) == ("districts", 212, 419)


def test_a_count_of_key_districts_counts_districts() -> None:
    """After a count the same words describe, they do not pick a part: three key districts
    are three districts."""
    c = parse_claim("The Taliban captured three key districts in Herat.")
    assert (c.measure, c.figure.lo, c.province) == ("districts", 3, "Herat")


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [
        ("The Taliban captured five districts in Herat", "at-least"),
        ("Five districts fell to the Taliban", "at-least"),
        ("The Taliban have seized 12 provinces", "at-least"),
        ("The Taliban now hold five districts in Herat", "as-stated"),
        ("The Taliban have captured 117 districts so far", "as-stated"),
        ("The Taliban had captured 150 districts by the end of July", "as-stated"),
        ("The Taliban have taken 250 of 398 districts", "as-stated"),
        (
            "Four of Laghman province's six districts fell to the Taleban between 19 May and "
            "13 July.",
            "as-stated",
        ),
        ("Four districts fell to the Taliban between 19 May and 13 July.", "at-least"),
        ("The Taliban captured five of Herat's districts.", "at-least"),
        ("The Taliban captured five of the 16 districts in Herat.", "as-stated"),
    ],
)
def test_a_count_taken_is_a_lower_bound_unless_a_total(sentence: str, comparison: str) -> None:
    """What was taken is not what is held: "captured five districts" was read as "= 5" held
    (CONTRADICTED whenever the side held more); a total ("now", "so far", "of N") is as said."""
    assert parse_claim(sentence, anchor=dt.date(2021, 8, 9)).comparison == comparison
