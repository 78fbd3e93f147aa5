"""The last place between a side and the whole country, after a capture (#8, session 16).

"..., leaving only the isolated capital Kabul between them and a complete military takeover of
the country" (AFP, 14 August 2021) is set aside beside named units of the side outside Kabul
province, as a move on Kabul is (mapper/check/obstacles.py, circumstance.move_on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import scope_of

DAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    "text",
    [
        # dev5 h109 (Washington Newsday, AFP), 2021-08-14
        "On Saturday, the Taliban took control of Mazar-i-Sharif, a crucial northern Afghan "
        "city, leaving only the isolated capital Kabul standing between them and a complete "
        "military takeover of the country.",
        # dev5 h115 (Nation Africa, AFP), 2021-08-14
        "The Taliban captured the key northern Afghan city of Mazar-i-Sharif on Saturday, "
        "leaving only the isolated capital Kabul between them and a complete military takeover "
        "of the country.",
        "The Taliban captured Mazar-i-Sharif, leaving only Kabul between them and a complete "
        "takeover of Afghanistan.",
        "The Taliban captured Mazar-i-Sharif, leaving only Kabul between them and a complete "
        "takeover, officials said.",
    ],
)
def test_the_last_place_standing_is_set_aside(text: str, gaz: Gazetteer) -> None:
    c = parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert (c.side, c.measure, scope_of(c)) == ("taliban", "units", "units:capital:Mazar-i-Sharif")
    assert any("what stands between the side and the whole country" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a list of places, another place, another phrase after "only"
        (
            "The Taliban captured Mazar-i-Sharif, leaving only Kabul and Jalalabad between them "
            "and a complete takeover of Afghanistan.",
            "leaving only",
        ),
        (
            "The Taliban captured Mazar-i-Sharif, leaving only Jalalabad between them and a "
            "complete takeover.",
            "leaving only",
        ),
        ("The Taliban captured Mazar-i-Sharif, leaving only Kabul in government hands.", ""),
        # a unit of Kabul province beside it: the sentence says part of it is not held
        (
            "The Taliban captured Paghman district, leaving only the capital Kabul between them "
            "and a complete takeover.",
            "kabul province",
        ),
        # beside a share, not named units
        (
            "The Taliban control half of the country, leaving only Kabul between them and a "
            "complete takeover.",
            "named units",
        ),
        # a modal keeps its refusal
        (
            "The Taliban may capture Mazar-i-Sharif, leaving only Kabul between them and a "
            "complete takeover.",
            "may",
        ),
    ],
)
def test_near_misses_stay_refused(text: str, words: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert words in str(e.value).lower()
