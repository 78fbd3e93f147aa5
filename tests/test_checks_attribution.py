"""Who said it, set aside only as a recognised construction (#8, check2).

A speaker named with an appositive ("General Mark Milley, the chairman of the Joint Chiefs of
Staff, said that ..."), a place where it was said that is never a scope ("in Moscow"), and a
few phrases that carry nothing for the claim ("so far", "has shrunk to", "ex-Soviet") are read;
anything that could be the claim or its scope keeps the words in the sentence, where they are
read or refused.
"""

from __future__ import annotations

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import reading

READ = [
    (
        "General Mark Milley, the chairman of the Joint Chiefs of Staff, said that more than "
        "200 of the 419 district centers were under Taliban control.",
        ("taliban", "over", 200.0, "districts", "country", 419),
    ),
    (
        "Maulavi Delawar, a senior Taliban official told reporters in Moscow that their "
        "fighters have taken control of more than 200 of 380 districts.",
        ("taliban", "over", 200.0, "districts", "country", 380),
    ),
    (
        "The Taliban control 85% of the country, officials said in Moscow.",
        ("taliban", "as-stated", 0.85, "area", "country", None),
    ),
    (
        "In Moscow, the Taliban said they control half of the country.",
        ("taliban", "as-stated", 0.5, "area", "country", None),
    ),
    (
        "So far the Taliban hold half of the country.",
        ("taliban", "as-stated", 0.5, "area", "country", None),
    ),
    (
        "The Taliban control 90% of the border with neighbouring countries.",
        ("taliban", "as-stated", 0.9, "border", "border:ALL", None),
    ),
    (
        "The Taliban control half of the border with ex-Soviet Tajikistan.",
        ("taliban", "as-stated", 0.5, "border", "border:TJK", None),
    ),
    (
        "The government's control has shrunk to around 110 districts.",
        ("government", "about", 110.0, "districts", "country", None),
    ),
    (
        "With this, two-thirds of Herat has gone under the control of the Taliban.",
        ("taliban", "as-stated", 2 / 3, "area", "Herat", None),
    ),
    # who said it between commas (attribution.MIDDLE: the speaker is a closed noun phrase)
    (
        "Two-thirds of the country, Milley said, is under Taliban control.",
        ("taliban", "as-stated", 2 / 3, "area", "country", None),
    ),
    # a dateline of a place that is never a scope, the Russian media's legal formula
    (
        "Moscow: The Taliban (outlawed in Russia) control 90% of the border with Tajikistan.",
        ("taliban", "as-stated", 0.9, "border", "border:TJK", None),
    ),
    # a fronted denominator is the share's own
    (
        "Milley said that out of the 419 district centers in Afghanistan, about half are under "
        "Taliban control.",
        ("taliban", "about", 0.5, "districts", "country", 419),
    ),
    (
        "Out of the 398 districts, 60% are held by the government.",
        ("government", "as-stated", 0.6, "districts", "country", 398),
    ),
    # "all districts": a share of 1
    (
        "The Taliban control all districts of Panjshir province.",
        ("taliban", "as-stated", 1.0, "districts", "Panjshir", None),
    ),
    (
        "The Taliban control half of all districts.",
        ("taliban", "as-stated", 0.5, "districts", "country", None),
    ),
    # "212 or 213" alone: the range between two consecutive numbers (counts7; it was refused
    # when only the lower bound "more than 212 or 213" was read)
    (
        "The Taliban control 212 or 213 districts.",
        ("taliban", "as-stated", 212.0, "districts", "country", None),
    ),
    # "more than 212 or 213": the lower bound
    (
        "Milley said more than 212 or 213 out of the 419 district centers were under Taliban "
        "control.",
        ("taliban", "over", 212.0, "districts", "country", 419),
    ),
    (
        "More than a third of the country's 421 districts and district centers are in Taliban "
        "control.",
        ("taliban", "over", 1 / 3, "districts", "country", 421),
    ),
    (
        "The Taliban claimed to capture all districts of the Panjshir province following the "
        "skirmishes.",
        ("taliban", "as-stated", 1.0, "districts", "Panjshir", None),
    ),
    # a share of a named province is its area, never a share of provinces
    (
        "The Taliban control a third of the province of Herat.",
        ("taliban", "as-stated", 1 / 3, "area", "Herat", None),
    ),
    (
        "The Taliban control half of the Afghan province of Panjshir.",
        ("taliban", "as-stated", 0.5, "area", "Panjshir", None),
    ),
    # a period between two dates is a date phrase
    (
        "Four of Laghman's six districts were under Taliban control between 19 May and 13 July.",
        ("taliban", "as-stated", 4.0, "districts", "Laghman", 6.0),
    ),
    # sources6: a headline's source after a colon or a dash (a role named), "according to"
    # between commas, a lead-in of reason, Russia and "which arrived in Moscow" in who said
    # it, a headline's caveat, datelines from Erbil and a republisher's bracket
    (
        "Taliban control 65% of Afghanistan: EU official",
        ("taliban", "as-stated", 0.65, "area", "country", None),
    ),
    (
        "The Taliban control 150 districts - Taliban delegation in Moscow",
        ("taliban", "as-stated", 150.0, "districts", "country", None),
    ),
    (
        "The Taliban, according to experts, have already captured two-thirds of the country.",
        ("taliban", "as-stated", 2 / 3, "area", "country", None),
    ),
    (
        "This claim was made because militants are believed to control around half of "
        "Afghanistan's roughly 400 districts.",
        ("taliban", "about", 0.5, "districts", "country", 400),
    ),
    (
        "A Taliban group in Russia said that 250 of Afghanistan's 398 districts were under its "
        "control.",
        ("taliban", "as-stated", 250.0, "districts", "country", 398),
    ),
    (
        "Militants say 85% of Afghanistan taken, but news unverified",
        ("taliban", "as-stated", 0.85, "area", "country", None),
    ),
    (
        "ERBIL, Kurdistan Region - The Taliban now controls nearly 80 percent of Afghanistan.",
        ("taliban", "nearly", 0.8, "area", "country", None),
    ),
    (
        "MOSCOW (UrduPoint News / Sputnik - 09th July, 2021) The Taliban controls 174 Afghan "
        "districts, the head of the movement's delegation which arrived in Moscow, said.",
        ("taliban", "as-stated", 174.0, "districts", "country", None),
    ),
    (
        "Afghanistan Map Shows Taliban Now Control More Than Half the Country",
        ("taliban", "over", 0.5, "area", "country", None),
    ),
    # "are claiming"; what a tracker does after its name; "data from" an outlet; where a press
    # conference was held without a comma; the Taliban's self-name after a Taliban speaker
    (
        "The Taliban are claiming they now control 85% of Afghanistan's territory.",
        ("taliban", "as-stated", 0.85, "area", "country", None),
    ),
    (
        "According to the Long War Journal, which maps the shifting control lines in the Afghan "
        "conflict, the Taliban hold sway in 205 districts.",
        ("taliban", "as-stated", 205.0, "districts", "country", None),
    ),
    (
        "Data from \"FDD's Long War Journal\", which tracks the Taliban's attempts to gain control "
        "of territory, shows that the Taliban control 267 districts.",
        ("taliban", "as-stated", 267.0, "districts", "country", None),
    ),
    (
        "At a press conference in Moscow Taliban members, who refer to themselves as the "
        '"Islamic Emirates of Afghanistan", say they control 85 percent of Afghanistan\'s '
        "territory.",
        ("taliban", "as-stated", 0.85, "area", "country", None),
    ),
    # an ambiguous word describing who said it, the side named outside it
    (
        "The Taliban control 150 districts, the extremist group's spokesman, Zabihullah "
        "Mujahid, said.",
        ("taliban", "as-stated", 150.0, "districts", "country", None),
    ),
    # "his province" closing the claim: the province a named speaker is from
    (
        "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had seized half of "
        "his province.",
        ("taliban", "as-stated", 0.5, "area", "Badakhshan", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), READ)
def test_read(sentence: str, expected: tuple[object, ...]) -> None:
    r = reading(parse_claim(sentence))
    got = (r["side"], r["comparison"], r["lo"], r["measure"], r["scope"], r["stated"])
    assert got[:2] == expected[:2] and got[3:] == expected[3:]
    assert got[2] == pytest.approx(expected[2])


REFUSED = [
    # "all N districts of P" is read only when the boundary set has N there (redteam12: "all 16
    # districts of Takhar" was read as a count of 16; the set has 17). Without the set's
    # district names (the default gazetteer) the count cannot be compared: refused. With them,
    # test_checks_redteam12.py.
    "The Taliban control all 16 districts of Takhar.",
    # a count fallen over a span of days is a change, not a holding (windows, README)
    "Four of Laghman's six districts fell to the Taliban between 19 May and 13 July.",
    # a place in who-said-it may be the scope: not set aside, so its words are refused
    "General Mark Milley, the governor of Narnia, said that the Taliban control half of the "
    "districts.",
    "Herat officials said the Taliban control half of the districts.",
    "The Taliban control 85% of the country, officials said in Kandahar.",
    "The Taliban control 85% of the country, officials said in Narnia Moscow.",
    "In Herat, officials said the Taliban control half of the districts.",
    "In Moscow, officials in Kunduz said the Taliban hold half of the province.",
    "Maulavi Delawar, a senior Taliban official told reporters in Kandahar that their fighters "
    "have taken control of more than 200 of 380 districts.",
    # a province folded into a speaker's name
    "General Ghazni Milley, the chairman of the Joint Chiefs of Staff, said that more than 200 "
    "of the 419 district centers were under Taliban control.",
    # who said it between commas names a place or a number: kept, and refused
    "Two-thirds of the country, Milley in Herat said, is under Taliban control.",
    "Two-thirds of the country, two officials said, is under Taliban control.",
    # a share of the country and a province elsewhere: which is the scope is not said
    "In Herat, the Taliban control half of the country.",
    "Kabul: The Taliban control half of the country.",
    # a side in who-said-it and another in the claim
    "The government controls 20 districts, Taliban official Delawar said in Moscow.",
    "The Taliban control 90% of the border with northern neighbouring countries.",
    "Out of the 34 provinces in Narnia, half are under Taliban control.",
    "Out of the 34 provinces, half are not under Taliban control.",
    "Out of the 398 districts, half of Herat is held by the government.",
    "The Taliban control all districts in Narnia.",
    "The Taliban control all districts between May and July.",
    "The Taliban control under 212 or 213 districts.",
    # "the province" names none (it was read as a share of the country's provinces)
    "The Taliban control a third of the province.",
    "The Taliban control half of the province's districts.",
    "The Taliban control half of Herat following the skirmishes in Narnia.",
    "The Taliban control more than 212 or 215 districts.",
    "The Taliban control half of the districts and district centres and Narnia.",
    # sources6 near misses: a headline's source with no role, a place, a verb or a negation;
    # "according to" with a place or a number; a modal after the lead-in; a province in the
    # speaker; another caveat; a dateline of an Afghan place; the bracket without its day
    "The Taliban control 150 districts - Lavrov",
    "The Taliban control 150 districts: Helmand officials",
    "The Taliban control 150 districts: governor of Kunduz",
    "The Taliban control 150 districts - officials deny",
    "The Taliban control 150 districts - officials in Kandahar",
    "The Taliban, according to officials in Helmand, control 150 districts",
    "The Taliban, according to two officials, control 150 districts",
    "This claim was made because the Taliban may control 150 districts",
    "A Taliban delegation in Kunduz said the Taliban control 150 districts",
    "The Taliban control 150 districts, but news unconfirmed",
    "The Taliban control 150 districts, but the government denies it",
    "KUNDUZ, Kurdistan Region - The Taliban control 10 districts",
    "MOSCOW (UrduPoint News / Sputnik) The Taliban control 150 districts",
    "The Taliban control 150 districts, the head of the Taliban delegation which arrived in "
    "Kunduz said",
    "Helmand map shows the Taliban control 150 districts",
    "The Taliban are not claiming they control 85% of Afghanistan's territory.",
    "The Taliban were claiming they control 85% of Afghanistan's territory.",
    "According to the Long War Journal, which maps the shifting control lines in Helmand, the "
    "Taliban hold sway in 205 districts.",
    "According to the Long War Journal, which maps 40 districts, the Taliban hold sway in 205 "
    "districts.",
    "According to officials, which maps the shifting control lines in the Afghan conflict, the "
    "Taliban hold sway in 205 districts.",
    "According to the Long War Journal, which does not track the shifting control lines, the "
    "Taliban hold sway in 205 districts.",
    "Data from Helmand shows that the Taliban have captured 267 districts.",
    "At a press conference in Kunduz Taliban members say they control 85 percent of the province.",
    'Government officials, who refer to themselves as the "Islamic Emirate of Afghanistan", say '
    "they control 85 percent of Afghanistan's territory.",
    'Taliban members, who refer to themselves as the "Islamic Republic of Afghanistan", say they '
    "control 85 percent of Afghanistan's territory.",
    "The extremist group's spokesman said the group controls 150 districts.",
    "The extremist group controls 150 districts, its spokesman said.",
    "The extremists control 150 districts, a Taliban spokesman said.",
    "The Taliban control 150 districts, an ISIS-K spokesman said.",
    "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had seized their "
    "province.",
    "Hujatullah Kheradmand, a lawmaker from Narnia, said the Taliban had seized his province.",
    "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had seized his district.",
    "Hujatullah Kheradmand, a lawmaker from Kunduz, said the Taliban had seized Badakhshan.",
    "Hujatullah Kheradmand, a lawmaker from Badakhshan and Takhar, said the Taliban had seized "
    "his province.",
]


@pytest.mark.parametrize("sentence", REFUSED)
def test_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


def test_speakers_province_refusal_names_the_sentence_as_published() -> None:
    text = (
        "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had not seized his "
        "province."
    )
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text)
    assert e.value.text == text
    assert "read as 'Hujatullah Kheradmand, a lawmaker, said" in e.value.problem
