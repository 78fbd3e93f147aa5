"""Review findings of the fourth run (review5, issue #8): inside a direct quote ('X said:
"..."', '"...," X said') the words are the speaker's own. A third-person pronoun there is not
the speaker's side, and a pluperfect there is not a backshift of reported speech: both were
read (CONTRADICTED on --date as the Taliban's share) and must be refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ('Taliban spokesman said: "They control 85% of the country"', "quotation"),
        ("Taliban spokesman said: \u201cThey control 85% of the country\u201d", "quotation"),
        ('Taliban spokesman said: "Their fighters control 85% of the country"', "quotation"),
        ('The Taliban said: "It controls 85% of the country"', "quotation"),
        ('Taliban spokesman said: "We had controlled 85% of the country"', "pluperfect"),
        ('"We had taken 85% of the country," a Taliban spokesman said', "pluperfect"),
    ],
)
def test_direct_quote_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
        pytest.fail(f"read as {c.side} {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    "sentence",
    [
        'Taliban spokesman said: "We control 85% of the country"',
        "Taliban spokesman said they control 85% of the country",
        "Officials said the Taliban had taken 85% of the country",
        # scare quotes around the name (real r163): not a direct quote
        'The "Taliban" movement announced that it controls close to 90% of the country',
        '"We control 85% of the country," a Taliban spokesman said',
    ],
)
def test_still_read(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
    assert c.side == "taliban"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured 200 more provincial capitals, putting nine of the nation's 34 "
        "in their hands",
        "The Taliban captured twelve more provincial capitals, putting nine of the nation's 34 "
        "in their hands",
        "The Taliban seized 30 more districts; the Taliban now hold 20 of 398",
    ],
)
def test_increment_above_its_total_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """The increment set aside was larger than the total it leads to (the sentence contradicts
    itself): the total was checked as if the increment were consistent with it."""
    with pytest.raises(ClaimParseError, match="more than the total"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))
        pytest.fail(f"read as {c.side} {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control over half of the country amid an offensive by the militants' rivals",
        "The Taliban control over half of the country despite attacks by their enemies",
    ],
)
def test_clause_naming_an_opponent_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """A clause of circumstance naming an opposed actor was set aside as holding 'no other
    side'."""
    with pytest.raises(ClaimParseError, match="opposed to a side"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 10))
        pytest.fail(f"read as {c.side} {c.measure} {c.scope_text()}")
