"""Republishers' datelines, speaker labels and "confirmed to" an outlet (#8, session 15).

Real copy opens with a dateline of shapes grammar.py did not know ("Kabul, Aug 8 (UrduPoint /
Pakistan Point News - 8th Aug, 2021 ) :", "Washington/UNI/Sputnik:", "– KABUL, AUGUST 14 –")
or a speaker's label ("Local official: ..."), and closes with whom a source confirmed it to
("a local journalist confirmed to CNN"). Each is set aside only in its closed shape (bylines.py,
attribution.LABEL); the dateline's day stays the claim's date as for a wire dateline, its place
is never the claim's scope. Near misses stay refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import reading

SAT_14_AUG = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("sentence", "scope", "day"),
    [
        # UrduPoint (APP/AFP), real g7177, the city word left out
        ("Kabul, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :The Taliban captured "
         "Taloqan in northeastern Takhar province on Sunday, a security source and residents "
         "told AFP.", "units:capital:Taloqan", "2021-08-08"),
        # UrduPoint (APP/AFP), real g170's dateline
        ("Kabul, (APP - UrduPoint / Pakistan Point News - 6th Aug, 2021 ) :The Taliban have "
         "captured Zaranj, a senior government official said Friday.", "units:capital:Zaranj",
         "2021-08-06"),
        # Just Earth News (UNI/Sputnik), real g077
        ("Washington/UNI/Sputnik: The Afghan government forces have liberated the Guzara "
         "district from the Taliban in the western province of Herat, the Ministry of Defense "
         "said.", "units:district:Guzara", None),
        # Venti4ore (ANSA), real h103's dateline
        ("– KABUL, AUGUST 14 – The Taliban today also conquered Mazar-i Sharif.",
         "units:capital:Mazar-i-Sharif", "2021-08-14"),
    ],
)  # fmt: skip
def test_a_republisher_dateline_is_where_it_was_filed(
    gaz: Gazetteer, sentence: str, scope: str, day: str | None
) -> None:
    c = parse_claim(sentence, anchor=SAT_14_AUG, gazetteer=gaz)
    assert reading(c)["scope"] == scope
    assert (c.check_date or None) == day
    assert any("a dateline: where the report was written" in n for n in c.reading_notes)


def test_a_republisher_dateline_with_the_country_as_scope(gaz: Gazetteer) -> None:
    c = parse_claim(
        "Kabul, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :The Taliban control "
        "half of the country.",
        anchor=SAT_14_AUG,
        gazetteer=gaz,
    )
    assert (c.side, reading(c)["scope"], c.check_date) == ("taliban", "country", "2021-08-08")


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # two different days in one dateline
        ("Kabul, Aug 7 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :The Taliban captured "
         "Zaranj.", "two days"),
        # the dateline's Kabul may be the scope: the claim must name its own
        ("Kabul, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :The Taliban control "
         "half of the districts.", "the dateline names 'Kabul'"),
        ("– KABUL, AUGUST 14 – The Taliban control half of the districts.",
         "the dateline names 'Kabul'"),
        # a day that cannot be read
        ("– KABUL, AUGUST 34 – The Taliban captured Mazar-i Sharif.", "august 34"),
        # a day after the date of writing
        ("– KABUL, AUGUST 15 – The Taliban captured Mazar-i Sharif.", "august 15"),
        # the outlet's "Pakistan" does not say which border
        ("Kabul, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :The Taliban control "
         "70% of the border.", "pakistan"),
        # a dateline followed by a negated claim
        ("Washington/UNI/Sputnik: The Taliban have not captured Zaranj.", "not"),
        # not an agency after the slash
        ("Washington/Narnia: The Taliban captured Zaranj.", "narnia"),
    ],
)  # fmt: skip
def test_republisher_datelines_that_stay_refused(gaz: Gazetteer, sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, anchor=SAT_14_AUG, gazetteer=gaz)


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        # KabulNow headline, real g7002
        ("Local official: Taliban have overrun Qaisar district in Faryab",
         "units:district:Qaysar"),
        # ISWNews, real h009 with the "center of" left out
        ("ISWNews Analysis Group: The Taliban captured Dand Patan district in Paktia province.",
         "units:district:Dand Patan"),
        ("Officials: The Taliban control half of the country.", "country"),
        # ABC 17 News (CNN), real e126 with the city word and apposition left out
        ("The Taliban have seized Taloqan, a local journalist confirmed to CNN on Monday.",
         "units:capital:Taloqan"),
    ],
)  # fmt: skip
def test_a_speaker_label_or_confirmed_to_an_outlet_is_who_said_it(
    gaz: Gazetteer, sentence: str, scope: str
) -> None:
    c = parse_claim(sentence, anchor=SAT_14_AUG, gazetteer=gaz)
    assert (c.side, reading(c)["scope"]) == ("taliban", scope)
    assert any("(who said it) set aside" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # labels that are not a speaker: decided refused
        ("Update: The Taliban captured Zaranj.", "update"),
        ("Opinion: The Taliban captured Zaranj.", "opinion"),
        ("Fact check: The Taliban captured Zaranj.", "fact check"),
        ("Report: The Taliban captured Zaranj.", "report"),
        ("Local rumour: Taliban have overrun Qaisar district in Faryab", "rumour"),
        ("Taliban propaganda: Taliban have overrun Qaisar district in Faryab", "propaganda"),
        # a place before the role may be the scope
        ("Herat officials: Taliban have overrun Qaisar district in Faryab", "officials"),
        # a local speaker and no place of the claim's own
        ("Local official: Taliban control half of the districts", "local"),
        # a label before a negated claim or a denial
        ("Local official: Taliban have not overrun Qaisar district in Faryab", "not"),
        ("Local official: Taliban claims that Qaisar district fell are false", "false"),
        # "confirmed to" someone not an outlet
        ("The Taliban have seized Taloqan, a local journalist confirmed to relatives.",
         "relatives"),
    ],
)  # fmt: skip
def test_labels_that_stay_refused(gaz: Gazetteer, sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, anchor=SAT_14_AUG, gazetteer=gaz)
