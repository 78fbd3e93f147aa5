"""A past-tense state of named units, dated by a day or by a past report (#8, session 16).

"was under Taliban control yesterday" is the state on that day; "officials said ... was in
Taliban hands" is the state when it was said (reported speech moves the verb into the past).
"was" with neither stays refused (mapper/check/past_state.py). Also the discourse markers "In
the meantime,", "In contrast,", "Significantly," that open a sentence (grammar.py ``_MARKER``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from mapper.matching import Gazetteer
from tests.checker_corpus import scope_of

DAY = dt.date(2021, 6, 22)


@pytest.mark.parametrize(
    ("text", "scope", "check_date"),
    [
        # dev8 f6011, ToloNews copy, 2021-06-22
        (
            "Taliban spokesman Zabihullah Mujahed confirmed that the Imam Sahib district was in "
            "Taliban hands.",
            "units:district:Imam Sahib",
            "",
        ),
        # dev8 f6013, 2021-06-22: a marker, then a past report
        (
            "Significantly, witnesses said the Doshi district in Baghlan province was in Taliban "
            "hands.",
            "units:district:Dushi",
            "",
        ),
        # dev5 h146: a marker, then a day named
        (
            "In contrast, the Gurzivan district of Faryab province was under Taliban control "
            "yesterday.",
            "units:district:Gurziwan",
            "2021-06-21",
        ),
        # the same shapes, other units and forms
        (
            "Kohsan district was under Taliban control on Monday.",
            "units:district:Kohsan",
            "2021-06-21",
        ),
        (
            "Kunduz and Takhar provinces were under the control of the Taliban on Monday.",
            "units:province:Kunduz+province:Takhar",
            "2021-06-21",
        ),
        ("Zaranj was in the hands of the Taliban, officials said.", "units:capital:Zaranj", ""),
        (
            "Local officials told AFP that Kohsan district was under Taliban control.",
            "units:district:Kohsan",
            "",
        ),
        (
            "Zaranj was in the hands of the Taliban, officials said on Monday.",
            "units:capital:Zaranj",
            "2021-06-21",
        ),
    ],
)
def test_a_past_state_with_its_day_or_a_past_report_is_read(
    text: str, scope: str, check_date: str, gaz: Gazetteer
) -> None:
    c = parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert (c.side, c.measure, scope_of(c), c.check_date) == ("taliban", "units", scope, check_date)
    assert any(
        "past state on the day named" in n or "reported speech" in n for n in c.reading_notes
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no day, no report: a past state before a time not given
        ("The Imam Sahib district was in Taliban hands.", "'was'"),
        ("Panjshir was under the control of the Taliban", "'was'"),
        # a report in the present: a past state said now
        ("Officials say Kohsan district was under Taliban control.", "'was'"),
        ("Kohsan district was under Taliban control, officials say.", "'was'"),
        # "according to" has no tense of saying
        ("According to officials, Kohsan district was under Taliban control.", "'was'"),
        # periods, hedges, negations and a past before something keep their refusals
        ("Kunduz city was under Taliban control until Monday.", "until"),
        ("Kunduz city was under Taliban control in 1997.", "1997"),
        ("Kunduz city was once under Taliban control.", "once"),
        ("Kunduz city was briefly under Taliban control on Monday.", "briefly"),
        ("Kunduz city was previously under Taliban control, officials said.", "previously"),
        ("Officials said Kunduz city was not under Taliban control.", "not"),
        (
            "Officials said Kunduz city was under Taliban control before the government retook it.",
            "before",
        ),
        ("Kunduz city had been under Taliban control, officials said.", ""),
        # a marker does not carry a hedge through
        ("Significantly, Kohsan district is almost under Taliban control.", "almost"),
        ("In contrast, Kohsan district may be under Taliban control.", "may"),
    ],
)
def test_near_misses_stay_refused(text: str, words: str, gaz: Gazetteer) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert words in str(e.value).lower()


@pytest.mark.parametrize(
    "text",
    [
        # dev2 e029, 2021-06-22 copy of an official's report
        "In the meantime, the Taliban took control of Shahrak district in western Ghor province "
        "on Sunday evening, an official said on Monday.",
        "By contrast, the Taliban control Kohsan district.",
    ],
)
def test_a_marker_opening_the_sentence_is_set_aside(text: str, gaz: Gazetteer) -> None:
    c = parse_claim(text, anchor=DAY, gazetteer=gaz)
    assert (c.side, c.measure) == ("taliban", "units")
