"""The manner of a capture mid-sentence (#8, session 11). "... fell to the Taleban "without a
fight", according to its deputy governor, ..." and the headline "Taliban Seizes Capital of
Afghanistan's Nangarhar Province Without a Fight, Source Says" were refused naming 'without' as
a negation: the manner was set aside only at the very end of a sentence. It is now also set
aside before a comma, quoted or not, when what is left reads as a capture of named units; the
rest of the sentence is read as written, so anything after the comma the checker does not read
still refuses the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

WRITTEN = dt.date(2021, 8, 15)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ('On Friday, Zaranj city in Nimroz fell to the Taleban "without a fight", according to '
         "its deputy governor, becoming the first provincial capital to be taken by the "
         "insurgents.", "Zaranj"),
        ("Taliban Seizes Capital of Afghanistan\u2019s Nangarhar Province Without a Fight, "
         "Source Says", "Jalalabad"),
        ("The Taliban captured Kunduz without a fight, officials said.", "Kunduz"),
        ("The Taliban captured Kunduz \u201cwithout any resistance\u201d, officials said.",
         "Kunduz"),
    ],
)  # fmt: skip
def test_the_manner_before_a_comma_is_set_aside(text: str, scope: str) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.side == "taliban"
    assert [u.name for u in c.named_units] == [scope]
    assert any("without" in n.lower() for n in c.reading_notes), c.reading_notes


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured Kunduz without a fight, but lost it on Monday.",
        "The Taliban captured Kunduz without a fight, before government forces retook it.",
        "The Taliban captured Kunduz without a fight, a claim denied by the government.",
        "The Taliban captured Kunduz without a fight, and Herat too.",
        "The Taliban captured Kunduz without a fight, according to rumours.",
        "The Taliban captured Kunduz without a fight, officials said, but clashes continue.",
        "The Taliban would capture Kunduz without a fight, officials said.",
        "The Taliban captured Kunduz without a fight, or so they claim.",
        "The Taliban did not capture Kunduz without a fight, officials said.",
        'The Taliban captured Kunduz "without a fight, officials said.',
        "The Taliban captured Kunduz without a fight, officials said, then lost it.",
        "Kunduz fell without a fight, officials said.",
        "The Taliban besieged Kunduz without a fight, officials said.",
        "The Taliban captured five districts without a fight, officials said.",
        "The Taliban captured Kunduz without a fight from the government, officials said.",
        "Kandahar province fell to the Taliban without any fighting, but was retaken",
        "Taliban fighters swept into Kabul without encountering any resistance, officials said.",
    ],
)
def test_what_is_left_must_still_read_as_a_capture(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=WRITTEN)
