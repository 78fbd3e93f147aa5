"""Red-team findings of session 7 (redteam5, issue #8): sentences the checker read under a
reading they do not have, read as ``mapper check`` reads them (the boundary set's names, the
date of writing as the anchor). Issue #8's notes list the findings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 16)


def _refused(gaz, sentence: str, match: str, anchor: dt.date = DAY) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=match):
        c = parse_claim(sentence, gazetteer=gaz, anchor=anchor)
        pytest.fail(f"read as {c.measure} {c.scope_text()} on {c.check_date or c.window_start}")


@pytest.mark.parametrize(
    "sentence",
    [
        # checked on 2021-08-02 (two weeks before the date of writing): CONTRADICTED, the
        # date of the pullout taken as the date of "now control"
        "The Taliban now control 85% of Afghanistan's territory as American troops completed "
        "their pullout two weeks ago",
        "The Taliban claimed on Friday that they now control 85% of Afghanistan's territory as "
        "American troops completed their pullout two weeks ago",
        "As American troops completed their pullout two weeks ago, the Taliban now control 85% "
        "of the country",
        # checked on every day of last week / on Friday / yesterday
        "The Taliban now control 85% of Afghanistan's territory amid a surge in wins last week",
        "The Taliban now control half of the districts despite US airstrikes last week",
        "The Taliban control half of the districts as foreign troops pull out on Friday",
        "The Taliban now control 85% of the country, as American troops completed their pullout "
        "earlier this month",
        "The Taliban have captured Kunduz as troops retreated yesterday",
        "The Taliban have captured Kunduz following days of fighting last week",
    ],
)
def test_a_date_of_a_clause_set_aside_is_not_the_claims(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "clause of time or circumstance")


def test_the_day_of_who_said_it_after_a_clause_is_still_read(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban now control half of the districts amid a surge in wins, a spokesman said "
        "on Friday",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.figure.lo, c.measure, c.check_date) == (0.5, "districts", "2021-08-13")
    c = parse_claim(
        "The Taliban now control half of the districts amid a surge in wins",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.check_date, c.window_start) == ("", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # read as none held on the date of writing: CONTRADICTED on 12 August
        "The Taliban had not taken over any of the 34 provincial capitals",
        "The Taliban had not yet taken over any of the 34 provincial capitals",
        "The Taliban had not captured any of Afghanistan's 34 provincial capitals",
    ],
)
def test_an_undated_pluperfect_zero_of_capitals_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence, "pluperfect", anchor=dt.date(2021, 8, 12))


def test_a_pluperfect_zero_with_its_date_or_speaker_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2021, 8, 12)
    for sentence in [
        "By the end of July, the Taliban had not taken over any of the 34 provincial capitals",
        "Officials said the Taliban had not taken over any of the 34 provincial capitals",
        "The Taliban have not taken over any of the 34 provincial capitals",
    ]:
        c = parse_claim(sentence, gazetteer=gaz, anchor=day)
        assert (c.measure, c.figure.lo, c.figure.hi) == ("capitals", 0, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        # were read as exactly 10 held: CONTRADICTED on 13 August (some 250 held)
        "The Taliban have extended their control over 10 districts",
        "The Taliban have established control over 10 districts in Herat",
        "The Taliban have extended their control over about 100 districts",
        "The Taliban have extended their control over five of Herat's districts",
    ],
)
def test_a_bare_count_after_extended_control_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """The districts added or all held now: refused (clauses8). A lower bound, like 'captured
    10 districts', changed a held-out test's outcome (outcome only, row not looked at)."""
    with pytest.raises(ClaimParseError, match="no total may be what was added"):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        (
            "The Taliban have extended their control over 120 of Afghanistan's 398 districts",
            ("as-stated", 120, 398),
        ),
        (
            "The Taliban have extended their control over more than 100 districts",
            ("over", 100, None),
        ),
    ],
)
def test_a_count_with_a_total_or_a_bound_after_extended_control_is_read(
    gaz, sentence: str, reading
) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
    assert (c.comparison, c.figure.lo, c.figure.of_total or c.stated_total) == reading
