"""A bare dateline before who said it, over a claim about named units (#8, session 16).

"KABUL: Defense authorities say that the Afghan security forces have retaken ... Dawlatabad
district" (real r231): the bare dateline ("KABUL:", a province or a provincial capital, then a
colon or a dash, scopes._bare_dateline) was blanked before who-said-it was looked for on the
count path only; on the path of named units its colon stood before the speaker, so no speaker
was found and the speaker's words were read as the side. The dateline is now blanked there
too, with a note; it is where the report was filed, never the claim's scope (a district name
it would settle stays ambiguous). Near misses stay refused: an unknown speaker, a verb frame
that is not a closed one, a denial, a dateline as the only place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import reading

WED_16_JUN = dt.date(2021, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # real r231 (Afghanistan Times)
        ("KABUL: Defense authorities say that the Afghan security forces have retaken the "
         "control of Dawlatabad district in northern Faryab province and the Taliban insurgents "
         "have suffered heavy casualty.", "government"),
        ("KABUL: The ministry of defense said the Afghan forces have retaken Dawlatabad district "
         "in Faryab province.", "government"),
        # the side is the speaker
        ("KABUL: Taliban say they have captured Dawlatabad district in northern Faryab "
         "province.", "taliban"),
        # a dateline naming another province than the claim's
        ("HERAT: Defense authorities say that the Afghan security forces have retaken "
         "Dawlatabad district in Faryab.", "government"),
    ],
)  # fmt: skip
def test_a_bare_dateline_before_who_said_it(gaz: Gazetteer, sentence: str, side: str) -> None:
    c = parse_claim(sentence, anchor=WED_16_JUN, gazetteer=gaz)
    assert (c.side, reading(c)["scope"]) == (side, "units:district:Dawlatabad")
    assert any("(a dateline: where the report was filed) set aside" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # an unknown speaker phrase: its words are not a side
        ("KABUL: Sundry blorfs say that the Afghan security forces have retaken Dawlatabad "
         "district in Faryab province.", "blorfs"),
        # a frame after the verb that is not a closed one
        ("KABUL: Defense authorities told a packed hall that the Afghan security forces have "
         "retaken Dawlatabad district in Faryab province.", "packed hall"),
        ("KABUL: Defense authorities deny that the Afghan security forces have retaken "
         "Dawlatabad district in Faryab province.", "deny"),
        # the dateline's province never settles which Dawlatabad
        ("FARYAB: Defense authorities say that the Afghan security forces have retaken "
         "Dawlatabad district.", "ambiguous"),
        # the dateline is the only place: no scope of the claim's own
        ("KUNDUZ: Defense authorities say that the Afghan security forces have retaken the "
         "provincial capital.", "provincial capital"),
        ("KABUL: Defense authorities say that the Afghan security forces have retaken the "
         "district.", "the district"),
        # a district's name as a dateline is not a bare dateline (a province or capital only)
        ("DAWLATABAD: Defense authorities say that the Afghan security forces have retaken the "
         "district.", "authorities"),
    ],
)  # fmt: skip
def test_bare_datelines_that_stay_refused(gaz: Gazetteer, sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(sentence, anchor=WED_16_JUN, gazetteer=gaz)
    assert why in str(e.value)


@pytest.mark.parametrize(
    "sentence",
    [
        # an unknown word before the place: "kkk kabul" folds as "kabul" (doubled letters
        # collapsed) but is more than the province's name (a Hypothesis find of
        # test_inserting_an_unknown_word_is_refused)
        "kkk Kabul (Afghanistan): The Taliban control five districts in Herat",
        "kkk Kabul: The Taliban control five districts in Herat",
    ],
)
def test_a_word_before_a_dateline_place_is_not_folded_away(gaz: Gazetteer, sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, anchor=WED_16_JUN, gazetteer=gaz)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabul province: The Taliban control five districts in Herat",
        "KABUL PROVINCE -- The Taliban control five districts in Herat",
        "Sar-e Pul: The Taliban control five districts in Herat",
    ],
)
def test_a_province_dateline_of_several_words_stays_set_aside(
    gaz: Gazetteer, sentence: str
) -> None:
    c = parse_claim(sentence, anchor=WED_16_JUN, gazetteer=gaz)
    assert (c.side, reading(c)["scope"], reading(c)["lo"]) == ("taliban", "Herat", 5.0)
