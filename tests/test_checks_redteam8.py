"""Red-team of session 8 (redteam8, issue #8): near-variants of the forms read on 4 December
(capitals8, sources8, tense8, clauses8), read as ``mapper check`` reads them (the boundary
set's names, the date of writing as the anchor). Each read sentence is asserted with the reading
it has; each refused one means something the new form does not read. The rows without a date of
writing are in adversarial.csv (category redteam8).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import scope_of

DAY = dt.date(2021, 8, 10)  # a Tuesday


def _refused(gaz, sentence: str, anchor: dt.date = DAY) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        c = parse_claim(sentence, gazetteer=gaz, anchor=anchor)
        pytest.fail(f"read as {c.measure} {scope_of(c)} on {c.check_date or c.window_start}")


@pytest.mark.parametrize(
    ("sentence", "side", "scope", "date"),
    [
        # capitals8
        ("The Taliban captured the capitals of Kunduz and Takhar", "taliban",
         "units:capital:Kunduz+capital:Taloqan", ""),
        ("The Taliban captured Pul-e-Khumri, capital of Baghlan province and Badakhshan",
         "taliban", "units:capital:Pul-e Khumri+province:Badakhshan", ""),
        ("The Taliban captured Sar-e-Pul, in the northern province of the same name", "taliban",
         "units:capital:Sar-e Pol", ""),
        # sources8
        ("A provincial council official says the Taliban overran the Nirkh district "
         "headquarters", "taliban", "units:district:Nirkh", ""),
        ("The Taliban overran Nirkh district, an MP from the province said", "taliban",
         "units:district:Nirkh", ""),
        ("Government forces immediately regained control of Mazar-i-Sharif", "government",
         "units:capital:Mazar-i-Sharif", ""),
        # tense8: the day of the claim, not of who said it
        ("The Taliban captured Zaranj yesterday, officials confirmed today, Tuesday", "taliban",
         "units:capital:Zaranj", "2021-08-09"),
        ("The Taliban captured Zaranj on Friday, 6 August, officials said today, Tuesday",
         "taliban", "units:capital:Zaranj", "2021-08-06"),
        ("The Taliban captured Zaranj before Friday, 6 August", "taliban",
         "units:capital:Zaranj", "2021-08-05"),
        ("Qala-e-Naw is currently in the hands of government forces, officials said on Monday",
         "government", "units:capital:Qala-i-Naw", "2021-08-09"),
    ],
)  # fmt: skip
def test_near_variants_read_as_they_mean(
    gaz: Gazetteer, sentence: str, side: str, scope: str, date: str
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, scope_of(c), c.check_date) == (side, scope, date)


@pytest.mark.parametrize(
    "sentence",
    [
        # sources8: a provincial source beside a denial, a modal, a loss, a country-wide claim
        "A provincial council official says the Taliban overran the Nirkh district "
        "headquarters, a claim the Taliban denied",
        "A provincial council official says the Taliban nearly overran the Nirkh district "
        "headquarters",
        "A provincial council official says the Taliban overran the Nirkh district "
        "headquarters but were later driven out",
        "The Taliban overran Nirkh district, an MP from the province denied",
        "The Taliban overran Nirkh district, an MP from the province said, but officials denied",
        "The Taliban did not overrun Nirkh district, an MP from the province said",
        "An MP from the province said it was false that the Taliban overran Nirkh district",
        "An MP from the province asked whether the Taliban overran Nirkh district",
        "The Taliban control Nirkh district, a senator from the province feared",
        "The Taliban control 200 districts in Afghanistan, provincial officials said",
        "The Taliban have captured five districts in the province, provincial officials said",
        "Provincial officials deny the Taliban captured Nirkh district",
        "Provincial officials dismissed reports the Taliban captured Nirkh district",
        "Provincial officials could not confirm the Taliban captured Nirkh district",
        "Provincial officials have yet to confirm the Taliban captured Nirkh district",
        # sources8: the side's slot
        "The anti-Taliban militant group has overrun Nirkh district",
        "The pro-Taliban militant group has overrun Nirkh district",
        "A Taliban breakaway militant group has overrun Nirkh district",
        "The Islamic State militant group has overrun Nirkh district",
        "Armed Taliban opponents have overrun Nirkh district",
        "Armed villagers have overrun Nirkh district",
        "Taliban fighters immediately lost control of Mazar-i-Sharif",
        "Taliban fighters immediately withdrew from Mazar-i-Sharif",
        "Taliban fighters would immediately gain control of Mazar-i-Sharif",
        # tense8
        "The official confirmed in his Friday briefing that Dihrawud district fell to the "
        "insurgents earlier in the day",
        "Dihrawud district fell to the insurgents earlier in the day, according to a report "
        "published yesterday",
        "Dihrawud district fell to the insurgents earlier in the day, a report from Aug 6 said",
        "The official confirmed last week that Dihrawud district fell to the insurgents earlier "
        "in the day",
        "KABUL, Aug 6 (Reuters) - Zaranj fell to the Taliban earlier in the day",
        "The Taliban captured Zaranj on Friday, 6 August 2020",
        "The Taliban captured Zaranj, officials said today, Tuesday, August 10, but retracted it",
        "The Taliban currently captured Zaranj on Monday",
        "Currently, the Taliban control Zaranj in 2020",
        "Zaranj is currently not under Taliban control",
        "Qala-e-Naw is currently in the hands of government forces, the Taliban claimed last week",
    ],
)
def test_near_variants_that_mean_something_else_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence)


_CLAIMS = ["The Taliban control 150 districts", "The Taliban have captured Kandahar province"]


@pytest.mark.parametrize("claim", _CLAIMS)
@pytest.mark.parametrize(
    "clause",
    [
        # clauses8 refuses "amid ongoing fighting", "as fighting continues", "fighting
        # escalates" and "as the army prepares a counterattack": the same meaning in other
        # words was set aside and read as the claim held (redteam8)
        "amid unabated fighting",
        "amid relentless fighting",
        "amid escalating fighting",
        "amid intensifying clashes",
        "amid mounting clashes",
        "amid incessant clashes",
        "amid constant fighting",
        "after days of fierce fighting, which goes on",
        "after days of fierce fighting, which continues",
        "amid heavy fighting, and the army is regrouping",
        "as the army regroups",
    ],
)
def test_a_fight_that_goes_on_in_other_words_is_refused(gaz, claim: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, f"{claim} {clause}")


@pytest.mark.parametrize("claim", _CLAIMS)
@pytest.mark.parametrize(
    "clause", ["amid heavy fighting", "after days of fierce fighting", "amid a surge in wins"]
)
def test_a_fight_before_the_claim_is_still_set_aside(gaz, claim: str, clause: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(f"{claim} {clause}", gazetteer=gaz, anchor=DAY)
    assert (c.side, c.measure) == ("taliban", "units" if "Kandahar" in claim else "districts")


@pytest.mark.parametrize(
    ("sentence", "side", "scope"),
    [
        # clauses8 (the other side's retreat), sources8 (the side's claim of control),
        # capitals8 (where a province lies after it)
        ("Government forces captured Panjwai district as the Taliban retreated", "government",
         "units:district:Panjwayi"),
        ("The Taliban again claimed control of Panjshir province", "taliban",
         "units:province:Panjshir"),
        ("Government forces claimed control of Zaranj", "government", "units:capital:Zaranj"),
        ("The Taliban captured Kunar province in the east", "taliban", "units:province:Kunar"),
    ],
)  # fmt: skip
def test_later_forms_read_as_they_mean(
    gaz: Gazetteer, sentence: str, side: str, scope: str
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, scope_of(c)) == (side, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Panjwai district as the Taliban retreated",
        "The Taliban captured Panjwai district as ISIS fighters retreated",
        "The Taliban captured Panjwai district as government forces did not retreat",
        "The Taliban captured Panjwai district as government forces may retreat",
        "The Taliban captured Panjwai district as US forces withdrew",
        "The Taliban controlled Panjwai district as government forces retreated",
        "The resistance claimed control of Panjshir province",
        "The Taliban claimed control of Panjshir province, which the resistance denied",
        "The Taliban falsely claimed control of Panjshir province",
        "The Taliban prematurely claimed control of Panjshir province",
        "The Taliban disclaimed control of Zaranj",
        "The Taliban never claimed control of Zaranj",
        "The Taliban claimed control of Zaranj in 1998",
        "Officials denied the Taliban claimed control of Zaranj",
        "The Taliban claimed partial control of Zaranj",
        "The Taliban claimed nominal control of Zaranj",
        "The Taliban captured Kunar province in the west",
        "The Taliban captured the province of Badakhshan in northeastern Tajikistan",
        "The Taliban captured three districts in the north of Badakhshan province",
        "The Taliban nearly captured the second and third-largest cities of Herat and Kandahar",
        "The Taliban captured the two largest cities of Herat and Kandahar",
    ],
)
def test_later_forms_near_variants_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence)


# tense8 (f89b45e 'last night'; 'yesterday' / 'earlier today' before it) read these from the
# date of writing, where the day meant is likely the speaker's: refused since tense9
# (when.refuse_counted_back_beside_said_day), as 'earlier in the day' beside another day is
@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said on Friday that Zaranj fell to the Taliban last night",
        "Zaranj fell to the Taliban last night, officials said on Friday",
        "Officials said on Friday that Zaranj fell to the Taliban yesterday",
    ],
)
def test_a_relative_day_beside_the_day_it_was_said_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence)
