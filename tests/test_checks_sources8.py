"""Who said it and the side's wording, session 8 (#8, sources8).

* A local source tied to the claim's own province without naming it: "The head of the
  provincial council says ...", "A provincial council official says ...", "..., according to
  lawmakers from the province", "an MP from the province said": set aside like "local
  officials", only when the claim names its own place.
* The side's slot: its name with words that each name or describe that same side ("The
  Taliban militant group has overrun ...", "Armed Taliban have captured ...", "the Talibani
  terrorists"), the country's own name after "in" ("The Taliban in Afghanistan have ..."),
  "also" before the subject, "immediately" before the verb.
* The side's own claim with a noun of control or capture as its object ("The Taliban claimed
  control of Panjshir", "Taliban claims 'complete capture' of Panjshir"): read as what it
  claims, the side named being who said it; "had claimed" (no date) refused.
* An official of a province named in who said it ("..., Roh Gul Khairzad, the deputy governor
  of Nimroz, told AFP"): set aside only when every unit of the claim lies in that province.
Each near miss (no place in the claim, a place in the speaker, a denial, a negation, a modal,
an unknown word) stays refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

FRIDAY = dt.date(2021, 8, 13)


def _units(c) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{u.kind}:{u.name}" for u in c.named_units]


@pytest.mark.parametrize(
    ("sentence", "unit", "day"),
    [
        ("The head of the provincial council says the city of Feroz Koh fell to the insurgents "
         "on Friday.", "capital:Chaghcharan", "2021-08-13"),
        ("A provincial council official says the Taliban overran the Nirkh district "
         "headquarters in Maidan Wardak province on Tuesday.", "district:Nirkh", "2021-08-10"),
        ("On Thursday, Dawlat Shah district in Laghman was captured by the Taliban, according to "
         "lawmakers from the province.", "district:Daulatshahi", "2021-08-12"),
        ("Zaranj fell to the Taliban, an MP from the province said.", "capital:Zaranj", ""),
        ("Zaranj fell to the Taliban, according to a member of parliament from the province.",
         "capital:Zaranj", ""),
    ],
)  # fmt: skip
def test_a_local_source_of_the_province_is_set_aside(
    sentence: str, unit: str, day: str, districts: UnitSet
) -> None:
    c = parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)
    assert (c.side, _units(c), c.check_date) == ("taliban", [unit], day)
    assert any("(who said it) set aside" in n for n in c.reading_notes)


def test_the_other_side_after_a_local_source_is_read_as_written(districts: UnitSet) -> None:
    c = parse_claim(
        "Zaranj fell to government forces, according to provincial lawmakers.",
        gazetteer=districts.gazetteer(),
    )
    assert (c.side, _units(c)) == ("government", ["capital:Zaranj"])


def test_a_local_source_beside_a_figure_with_its_own_place() -> None:
    c = parse_claim(
        "The Taliban control half of the districts of Kunduz province, an MP from the province "
        "said."
    )
    assert (c.side, c.measure, c.province) == ("taliban", "districts", "Kunduz")


@pytest.mark.parametrize(
    "sentence",
    [
        # no place named in the claim: which province's districts?
        "The Taliban control half of the districts, provincial officials said.",
        "Provincial officials say the Taliban control half of the districts.",
        "The Taliban control half of the districts, according to lawmakers from the province.",
        # a place in the speaker
        "The head of the provincial council of Helmand says Kunduz fell to the insurgents.",
        "Zaranj fell to the Taliban, according to lawmakers from the province of Kunar.",
        "Zaranj fell to the Taliban, according to lawmakers from the provincial capital.",
        # denials, negations, modals
        "Provincial lawmakers denied that Zaranj fell to the Taliban.",
        "Provincial lawmakers rejected claims that Zaranj fell to the Taliban.",
        "Zaranj fell to the Taliban, provincial lawmakers denied.",
        "The head of the provincial council says Zaranj did not fall to the insurgents.",
        "The head of the provincial council says Zaranj may fall to the insurgents.",
        # unknown words
        "Provincial Narnia lawmakers say Zaranj fell to the Taliban.",
        "The head of the provincial council says Narnia fell to the insurgents.",
    ],
)
def test_near_misses_of_a_local_source_are_refused(sentence: str, districts: UnitSet) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "side", "side_text"),
    [
        ("The Taliban militant group has overrun the Dihrawud district in the southern Uruzgan "
         "province.", "taliban", "taliban militant group"),
        ("The Taliban terrorist group has captured Zaranj.", "taliban", "taliban terrorist group"),
        ("Armed Taliban have captured Zaranj.", "taliban", "armed taliban"),
        ("The Taliban in Afghanistan have captured Zaranj.", "taliban", "taliban in afghanistan"),
        ("Also Taliban captured Zaranj.", "taliban", "taliban"),
        ("Zaranj fell to the Talibani terrorists.", "taliban", "talibani terrorists"),
        ("Taliban fighters immediately gained control of Zaranj.", "taliban", "taliban fighters"),
        ("Also government forces retook Zaranj.", "government", "government forces"),
        ("Armed government forces retook Zaranj.", "government", "armed government forces"),
    ],
)  # fmt: skip
def test_the_sides_slot_as_reporting_writes_it(
    sentence: str, side: str, side_text: str, districts: UnitSet
) -> None:
    c = parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)
    assert (c.side, c.side_text, len(c.named_units)) == (side, side_text, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban in Kunduz have captured Zaranj.",  # a place that may be a scope
        "The Taliban in Pakistan have captured Zaranj.",
        "The Pakistani Taliban militant group has captured Zaranj.",  # another actor
        "The ISIS militant group has captured Zaranj.",
        "The Taliban government group has captured Zaranj.",  # another side's word
        "The Taliban bandit group has captured Zaranj.",  # an unknown word
        "The Taliban militant group has not captured Zaranj.",
        "The Taliban militant group may capture Zaranj.",
        "The Taliban militant group failed to capture Zaranj.",
        "Armed men have captured Zaranj.",  # a description alone
        "The armed group has captured Zaranj.",
        "Zaranj fell to the terrorists.",
        "Also Taliban did not capture Zaranj.",
        "Taliban fighters immediately lost control of Zaranj.",
    ],
)
def test_near_misses_of_the_sides_slot_are_refused(sentence: str, districts: UnitSet) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "side", "units", "change"),
    [
        ("The Taliban claimed control of Panjshir province.", "taliban", ["province:Panjshir"],
         ""),
        ("Taliban claims 'complete capture' of Panjshir", "taliban", ["province:Panjshir"],
         "claims 'complete capture' of"),
        ("The Taliban claimed the capture of Zaranj.", "taliban", ["capital:Zaranj"],
         "claimed the capture of"),
        ("The Taliban have claimed control over Zaranj and Lashkar Gah.", "taliban",
         ["capital:Zaranj", "capital:Lashkar Gah"], ""),
        ("Afghan forces claimed control of Zaranj.", "government", ["capital:Zaranj"], ""),
    ],
)  # fmt: skip
def test_the_sides_own_claim_of_control_is_read_as_claimed(
    sentence: str, side: str, units: list[str], change: str, districts: UnitSet
) -> None:
    c = parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)
    assert (c.side, _units(c), c.change_verb) == (side, units, change)
    assert any("the side's own claim" in n for n in c.reading_notes)


def test_the_sides_own_claim_after_who_reported_it(districts: UnitSet) -> None:
    c = parse_claim(
        "The Taliban claimed control of Zaranj, officials said on Tuesday.",
        gazetteer=districts.gazetteer(),
        anchor=FRIDAY,
    )
    assert (c.side, _units(c), c.check_date) == ("taliban", ["capital:Zaranj"], "2021-08-10")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban denied control of Zaranj.",
        "The Taliban claimed partial control of Zaranj.",
        "The Taliban claimed control of parts of Zaranj.",
        "The Taliban may claim control of Zaranj.",
        "The Taliban claimed no control of Zaranj.",
        "The Taliban claimed the capture of Narnia.",
        "The Taliban claimed the loss of Zaranj.",
        "Officials claimed control of Zaranj.",  # no side
        "The Taliban had claimed control of Zaranj.",  # before a time not given
        "The Taliban had also claimed the capture of Zaranj.",
        "The Taliban falsely claimed control of Zaranj.",
        "The Taliban claimed control of Zaranj was contested.",
    ],
)
def test_near_misses_of_the_sides_own_claim_are_refused(sentence: str, districts: UnitSet) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ('"Zaranj, provincial capital of Nimroz, has fallen to the Taliban," Roh Gul Khairzad, '
         "the deputy governor of Nimroz, told AFP.", ["capital:Zaranj"]),
        ("Lashkar Gah fell to the Taliban, Ali Khan, the police chief of Helmand province, said.",
         ["capital:Lashkar Gah"]),
        ("Nimroz province has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of "
         "Nimroz, said.", ["province:Nimroz"]),
    ],
)  # fmt: skip
def test_an_official_of_the_claims_own_province_is_set_aside(
    sentence: str, units: list[str], districts: UnitSet
) -> None:
    c = parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)
    assert (c.side, _units(c)) == ("taliban", units)
    assert any("the province of every unit of the claim" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Helmand, said.",
        "Zaranj and Lashkar Gah have fallen to the Taliban, Roh Gul Khairzad, the deputy "
        "governor of Nimroz, said.",
        "The Taliban control half of the districts, Roh Gul Khairzad, the deputy governor of "
        "Nimroz, said.",
        "Zaranj has not fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, "
        "said.",
        "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, "
        "denied.",
        "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Narnia, said.",
        "Zaranj may fall to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, said.",
    ],
)
def test_near_misses_of_an_official_of_a_province_are_refused(
    sentence: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=districts.gazetteer(), anchor=FRIDAY)
