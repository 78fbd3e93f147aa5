"""Red-team of session 12's new rules (redteam12b, issue #8): misreadings, a sentence read into
a confident claim that differs from what it says, read as ``mapper check`` reads them (the
boundary set's names, the date of writing as the anchor). Each is now refused, naming the words
it could not read; the near misses beside them (the forms the new rules were written for, and
refusals they must keep) pass on main and here.

* the headline's bare "take(s)" with "as" after its object ("Taliban take Zaranj as an
  example / as their base") read as a capture, the "as ..." set aside as a circumstance;
* a fronted "after the fall of X," set aside whatever X was ("the Taliban", "Najibullah",
  "Afghanistan": a regime's or a person's fall, or one elsewhere, maybe years before);
* a possessive whole count ("Takhar's 16 districts", the set has 17; "Afghanistan's 33
  provincial capitals") and "all 33 provincial centres" read as a count, not the whole;
* "after heavy fighting with the Taliban" beside a capture by the Taliban (the side that
  fought is the side said to take it) read as the Taliban's;
* the Islamic State's news agency (Amaq) as who said it, set aside;
* a region phrase closing a list ("Kunduz and Herat in the west of Afghanistan") checked
  against the last unit only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import refusal, scope_of

DAY = dt.date(2021, 8, 10)


def _refusal(gaz, sentence: str) -> ClaimParseError:  # type: ignore[no-untyped-def]
    e: ClaimParseError = refusal(sentence, gazetteer=gaz, anchor=DAY)
    return e


# ---- misreadings: refused now, naming the words ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # the headline's bare "take" (f9dea86) with "as" after its object: regard / use as
        ("Taliban take Zaranj as an example", "take zaranj as"),
        ("Taliban take Kabul as a model", "take kabul as"),
        ("Taliban take Zaranj as their base", "take zaranj as"),
        ("Taliban take Zaranj as hostage", "take zaranj as"),
        ("Taliban take Kandahar, Herat as examples", "take kandahar, herat as"),
        ("Taliban take Kandahar, Herat and Zaranj as models", "herat and zaranj as"),
        # a fronted fall of what is no place of the boundary set (af216b7)
        ("After the fall of Taliban, government forces control Zaranj", "fall of Taliban"),
        ("After the fall of Najibullah, the Taliban captured Kabul", "fall of Najibullah"),
        ("After the fall of Ghani, the Taliban captured Kabul", "fall of Ghani"),
        ("After the fall of Afghanistan, the Taliban captured Sheberghan", "fall of Afghanistan"),
        # a possessive count is the whole of its owner (fd087c3, fc2d4ad left it)
        ("The Taliban captured Takhar's 16 districts", "Takhar's 16 districts"),
        ("The Taliban captured Takhar province's 16 districts", "province's 16 districts"),
        ("The Taliban captured Maidan Wardak's 8 districts", "Wardak's 8 districts"),
        ("The Taliban captured Afghanistan's 33 provincial capitals", "33 provincial capitals"),
        ("The Taliban captured the country's 33 provinces", "country's 33 provinces"),
        ("The Taliban captured all 33 provincial centres", "all 33 provincial centres"),
        # the fight before the capture is with the capturing side itself (01db313)
        ("The Taliban captured Zaranj after heavy fighting with the Taliban", "with the Taliban"),
        (
            "Government forces captured Zaranj after two weeks of heavy fighting with Afghan "
            "forces",
            "with Afghan forces",
        ),
        # the Islamic State's news agency as who said it (bcc6ba4 left it)
        ("The Taliban captured Zaranj, Amaq said", "amaq"),
        ("The Taliban captured Zaranj, according to the Amaq News Agency", "amaq"),
        # a region phrase closing a list may say where all of it lies (a755cba)
        ("The Taliban captured Kunduz and Herat in the west of Afghanistan", "west"),
        ("The Taliban captured Kunduz, Herat in the west of Afghanistan", "west"),
        (
            "The Taliban captured Spin Boldak and Herat in the west of Afghanistan",
            "in the west of afghanistan",
        ),
    ],
)
def test_misreadings_of_the_new_rules_are_refused(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert part.lower() in e.part.lower(), (e.part, e.problem)


# ---- near misses: read as written ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "side", "lo", "scope"),
    [
        ("The Taliban occupied the city of Zaranj", "taliban", 1, "units:capital:Zaranj"),
        ("Zaranj was occupied by the Taliban", "taliban", 1, "units:capital:Zaranj"),
        ("The Taliban still occupy Zaranj", "taliban", 1, "units:capital:Zaranj"),
        (
            "The Taliban captured Zaranj in the west of Afghanistan",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        (
            "The Taliban captured Kunduz in the north of Afghanistan and Herat in the west of "
            "Afghanistan",
            "taliban",
            2,
            "units:capital:Kunduz+capital:Herat",
        ),
        (
            "The Taliban captured Farah and Herat in the west of Afghanistan",
            "taliban",
            2,
            "units:capital:Farah+capital:Herat",
        ),
        (
            "Government forces captured Zaranj after heavy fighting with the Taliban",
            "government",
            1,
            "units:capital:Zaranj",
        ),
        (
            "The Taliban captured Zaranj after two weeks of heavy fighting with government forces",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        (
            "The Taliban captured Afghanistan's Zaranj, capital of Nimroz",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        ("The Afghan military recaptured Zaranj", "government", 1, "units:capital:Zaranj"),
        (
            "The Taliban captured Zaranj from the Afghan military",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        ("Government regains control over Zaranj", "government", 1, "units:capital:Zaranj"),
        (
            "I can confirm that the Taliban captured Zaranj",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        ("Taliban take Zaranj", "taliban", 1, "units:capital:Zaranj"),
        ("Taliban take Zaranj as well", "taliban", 1, "units:capital:Zaranj"),
        ("Afghan forces take Zaranj from Taliban", "government", 1, "units:capital:Zaranj"),
        (
            "The Taliban captured the entire territory of Kandahar city",
            "taliban",
            1,
            "units:capital:Kandahar",
        ),
        ("-- The Taliban captured Zaranj", "taliban", 1, "units:capital:Zaranj"),
        ("The Taliban captured Zaranj, officials also said", "taliban", 1, "units:capital:Zaranj"),
        ("The Taliban captured Zaranj (AP)", "taliban", 1, "units:capital:Zaranj"),
        (
            "The Taliban captured Zaranj, a spokesman told Kabul Now",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        ("The Taliban captured Zaranj, ISW said", "taliban", 1, "units:capital:Zaranj"),
        (
            "After the fall of Zaranj, the Taliban captured Sheberghan",
            "taliban",
            1,
            "units:capital:Sheberghan",
        ),
        (
            "After the fall of Spin Boldak, the Taliban captured Kandahar",
            "taliban",
            1,
            "units:capital:Kandahar",
        ),
        (
            "A few hours after the fall of Maymana, Taliban fighters imposed control of "
            "Mazar-i-Sharif",
            "taliban",
            1,
            "units:capital:Mazar-i-Sharif",
        ),
        (
            "The Taliban imposed their control over Zaranj",
            "taliban",
            1,
            "units:capital:Zaranj",
        ),
        (
            "The Taliban captured Kandahar, following the capture of Ghazni",
            "taliban",
            1,
            "units:capital:Kandahar",
        ),
        # a possessive count after "of" is a stated total, not the whole (r125, r191)
        ("The Taliban captured five of Takhar's 16 districts", "taliban", 5, "Takhar"),
        (
            "Four of Laghman province's six districts fell to the Taleban between 19 May and "
            "13 July.",
            "taliban",
            4,
            "Laghman",
        ),
        (
            "The Taliban control 10 of Afghanistan's 34 provincial capitals",
            "taliban",
            10,
            "country",
        ),
        # a possessive whole count that agrees with the set
        ("The Taliban captured Afghanistan's 34 provincial capitals", "taliban", 34, "country"),
        ("The Taliban captured all 34 provincial centres", "taliban", 34, "country"),
    ],
)
def test_near_misses_read_as_written(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    side: str,
    lo: float,
    scope: str,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, c.figure.lo, scope_of(c)) == (side, lo, scope)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("I cannot confirm that the Taliban captured Zaranj", "cannot"),
        ("I can neither confirm nor deny that the Taliban captured Zaranj", "neither"),
        ("Taliban take aim at Zaranj", "aim"),
        ("Taliban take Zaranj's governor hostage", "governor"),
        ("The Taliban captured almost the entire territory of Kandahar city", "almost"),
        ("The Taliban captured Zaranj in the east of Afghanistan", "east"),
        ("The Taliban captured Kandahar in the south of Helmand", "kandahar in the"),
        ("The Taliban captured Zaranj, officials had said", "had"),
        ("Two years after the fall of Zaranj, the Taliban control Sheberghan", "two"),
        ("The Taliban occupied Zaranj for two hours", "two"),
        ("The Taliban briefly occupied Zaranj", "briefly"),
        ("Government forces cannot regain control over Zaranj", "cannot"),
    ],
)
def test_near_misses_stay_refused(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert part.lower() in e.part.lower(), (e.part, e.problem)
