"""A refusal names the words that stop the reading, not a capital the grammar reads (#8, s12).

A sentence with a city word was refused "could not read 'capital': a city, a town or 'the
capital' is not a unit of the boundary set" even when the city words are a provincial capital
the named-units grammar reads with its title ("the provincial capital of Farah province",
"Kunduz, the capital of northern Kunduz province"): the words that stopped the reading were
elsewhere (", three sources have confirmed", "The latest to fall is"). Such a sentence is now
refused naming those words, from the named-units reading of the whole sentence
(city_words.py). Nothing new is read: each sentence here is refused, as before.

A city the grammar does not read ("the city of Narnia", "Afghanistan's second-largest city"
with no name, "major cities", "two northern cities", a title the places data contradicts)
is still refused naming the city words; so is a city word beside a count of districts or
provincial capitals the figure grammar reads (the named-units grammar's refusal of the
figure would name no blocker).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import refusal

DAY = dt.date(2021, 8, 10)
CITY = "a city, a town or 'the capital' is not a unit of the boundary set"


def _refusal(gaz, sentence: str) -> ClaimParseError:  # type: ignore[no-untyped-def]
    e: ClaimParseError = refusal(sentence, gazetteer=gaz, anchor=DAY)
    return e


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


# ---- the capital is read: the refusal names what stops the reading -------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # dev7 f5232's shape: who confirmed it, with a figure, after the capital
        (
            "Taliban militants have overrun the provincial capital of Farah province, three "
            "sources have confirmed.",
            "three sources have confirmed",
        ),
        (
            "Taliban fighters have overrun the provincial capital of Ghor province, two "
            "officials have confirmed.",
            "two officials have confirmed",
        ),
        # dev2 e088: no verb of the grammar; its unread word
        # since increments12 the 'latest' frame itself names its missing side
        (
            "The latest to fall is Kunduz, the capital of northern Kunduz province.",
            "The latest to fall",
        ),
        (
            "The latest to fall is Sheberghan, the capital of Jawzjan province.",
            "The latest to fall",
        ),
        # dev7 f5054: who told AFP, not read as who said it
        (
            "The Taliban Tuesday captured Pul-e-Khumri, capital of Baghlan province and about "
            "200 kilometres (125 miles) north of Kabul, an MP from the area and an army "
            "officer told AFP.",
            "from the area and an army officer told afp",
        ),
        # dev7 f5140: where the capital lies, in a relative clause
        (
            "The Taliban have overrun Pul-e-Alam, capital of the eastern Logar province, which "
            "lies less than 90 kilometers (55 miles) west of Kabul, the group's spokesman said.",
            "which lies less than 90 kilometers (55 miles)",
        ),
        # dev2 e142: "the Afghan capital" is Kabul; the span of hours is the blocker
        (
            "On August 15, Taliban fighters swept into Kabul without encountering any "
            "resistance, and gained full control over the Afghan capital within a few hours.",
            "within a few hours",
        ),
        # dev5 h178
        (
            "It was announced Friday (local time) that the Taliban had captured the city of "
            "Lashkar Gah in Helmand Province.",
            "it announced local time that",
        ),
        # dev2 e146: a description of the city with a relative clause
        (
            "Jalalabad, a key eastern city that is the capital of Nangarhar province, fell "
            "early on Sunday morning.",
            "that",
        ),
        # adversarial a1640's shape: a hedge before a ranked capital
        (
            "The Taliban have captured half of Kandahar, Afghanistan's second-largest city",
            "half of",
        ),
        # a headline's label naming another country
        ("Tajikistan: Taliban fighters seize Kunduz city", "tajikistan fighters"),
        # dev7 f5091: a verb that is not control, beside a share
        (
            "The terrorist group has seized nearly 90% of the country and surrounded the "
            "capital Kabul.",
            "surrounded",
        ),
        # dev3 f091's shape: how far from Kabul, in a list after the capital
        (
            "KABUL: The Taliban seized the strategic Afghan city of Ghazni Thursday, just 150km "
            "from Kabul, their most important gain in a lightning offensive.",
            "just 150km from kabul",
        ),
        # dev d156: who said it, not set aside
        (
            "An Afghan official, who spoke on condition of anonymity, said Baghlan's capital "
            "had also fallen.",
            "official who spoke condition anonymity said",
        ),
        # real r247's shape: the clashes before the fall
        (
            "The Taliban have seized the city of Ghazni after one week of clashes, sources "
            "confirmed to ToloNews.",
            "clashes",
        ),
        # dev6 f4290
        (
            "Only the city of Taluqan is under government control,\u201d said Hamiduddin "
            "Yuldish, an MP from Takhar.",
            "only said hamiduddin yuldish mp from",
        ),
    ],
)
def test_the_blocker_is_named_not_the_capital(gaz, sentence: str, part: str) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, sentence)
    assert e.part == part, (e.part, e.problem)
    assert CITY not in e.problem
    # the words named are the sentence's own
    assert _words(e.part) <= _words(sentence)


def test_the_refusal_says_which_capital_was_read(gaz) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(
        gaz,
        "Taliban militants have overrun the provincial capital of Farah province, three "
        "sources have confirmed.",
    )
    assert (
        "(the city words are read as provincial capitals of the places data: 'provincial "
        "capital of farah')" in e.problem
    )


# ---- a city the grammar does not read: the city words stay named ----------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The Taliban captured the city of Narnia, three sources have confirmed.", "city"),
        ("The latest to fall is the city of Narnia.", "city"),
        ("The Taliban captured the capital, three sources have confirmed.", "capital"),
        ("Taliban militants capture major cities, three sources have confirmed.", "cities"),
        ("The Taliban took two northern cities, three sources have confirmed.", "cities"),
        ("The latest to fall is Afghanistan's second-largest city.", "city"),
        # "Talokan" and "Tachar" (a province spelling since names13) are read, but the leading
        # "Afghanistan." keeps the units grammar from reading the sentence: the city word is named
        ("Afghanistan. The Taliban occupied Talokan, the capital of Tachar Province", "capital"),
        # the places data contradicts the title: not read, though "the capital of Herat
        # province" alone is Herat
        # one city read, the next not: the one not read is named (main named the first)
        (
            "The Taliban took Kunduz city and two northern cities, three sources have confirmed.",
            "cities",
        ),
        ("The latest to fall is the city of Ghazni and the town of Narnia.", "town"),
        # a count the figure grammar reads beside the capital: its refusal by the named-units
        # grammar names no blocker
        ("Taliban tighten grip on Ghazni city as three districts fall", "city"),
        (
            "The Taliban captured Kandahar, Afghanistan's second-largest city, and 40 districts",
            "city",
        ),
        # a province's alias ("Jawzjan" for the set's "Jowzjan") in the capital read is not
        # named as an unread word
        ("Sheberghan, the capital city of the Jawzjan province has fallen.", "capital"),
    ],
)
def test_a_city_not_read_is_named(gaz, sentence: str, part: str) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, sentence)
    assert e.part == part, (e.part, e.problem)
    assert CITY in e.problem


# ---- the near misses that read still read ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Taliban militants have overrun the provincial capital of Farah province.", "Farah"),
        ("The Taliban captured Kunduz, the capital of northern Kunduz province.", "Kunduz"),
        ("The Taliban captured the city of Lashkar Gah in Helmand Province.", "Lashkar Gah"),
    ],
)
def test_the_capital_alone_still_reads(gaz, sentence: str, name: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert [(u.kind, u.name) for u in c.named_units] == [("capital", name)]
