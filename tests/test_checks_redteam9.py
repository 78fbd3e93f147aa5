"""Red-team of session 10 (redteam9, issue #8): near-variants of the forms landed on 4 December
from 17:30 UTC (months9, clauses9, sides9, capitals9, counts9, tense9), read as ``mapper check``
reads them (the boundary set's names, the date of writing as the anchor). Each misreading found
is either fixed (the test asserts the refusal or the right reading) or a strict xfail stating
the input, what it is read as and what it should be.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import scope_of

DAY = dt.date(2021, 8, 10)  # a Tuesday


def _refused(gaz, sentence: str, anchor: dt.date = DAY) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        c = parse_claim(sentence, gazetteer=gaz, anchor=anchor)
        pytest.fail(
            f"read as {c.side} {c.comparison} {c.figure.lo} {c.measure} {scope_of(c)} "
            f"on {c.check_date or c.window_start}"
        )


@pytest.mark.xfail(
    strict=True,
    reason="capitals.rewrite (before today): 'the number of provincial capitals captured by "
    "government forces has reached 3' is read as the government holding 3 provincial capitals "
    "(as stated, CONTRADICTED on the example ledger on 2021-08-14: it held 8-15); a count of "
    "capitals the government (re)took is not what it holds (it held most of them all along). "
    "It should be refused, or read as 'government forces have captured 3 provincial capitals' "
    "(at least 3), as the grammar reads a count of takings. Not fixed: the same rewrite reads "
    "'seized by the Taliban has reached 18' as exactly 18 (real r116 expects eq), and which "
    "side held none before is a fact of the ledger, not of the sentence",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The number of provincial capitals captured by government forces has reached 3",
        "The number of provincial capitals seized by Afghan forces has risen to 3",
    ],
)
def test_a_count_of_capitals_taken_by_the_government_is_not_what_it_holds(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
) -> None:
    try:
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    except ClaimParseError:
        return
    assert c.comparison != "as-stated", f"read as the government holding {c.figure.lo} capitals"


# counts9 (cd9fcf5): "the number of districts captured by government forces has reached 35" was
# read as the government holding exactly 35 districts (CONTRADICTED: it held some 200 it never
# lost). A count of units taken is read as the grammar reads "... have captured 35 districts":
# at least 35 (a relation of state, "under Taliban control", is the number held, as before).
@pytest.mark.parametrize(
    ("sentence", "side", "comparison", "n", "measure"),
    [
        ("The number of districts captured by government forces has reached 35", "government",
         "at-least", 35, "districts"),
        ("The number of districts seized by the Taliban has reached 120", "taliban",
         "at-least", 120, "districts"),
        ("The number of districts overrun by the Taliban has crossed 100", "taliban", "over",
         100, "districts"),
        ("The number of districts that have fallen to the Taliban has exceeded 35", "taliban",
         "over", 35, "districts"),
        ("The number of provinces seized by the Taliban has reached 3", "taliban", "at-least",
         3, "provinces"),
        # relations of state: the number held, unchanged
        ("The number of districts under Taliban control has exceeded 35", "taliban", "over", 35,
         "districts"),
        ("The number of districts held by government forces has dropped to 100", "government",
         "as-stated", 100, "districts"),
        ("The number of districts controlled by the Taliban has reached 35", "taliban",
         "as-stated", 35, "districts"),
    ],
)  # fmt: skip
def test_a_count_of_units_taken_is_a_lower_bound(  # type: ignore[no-untyped-def]
    gaz, sentence: str, side: str, comparison: str, n: int, measure: str
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, c.comparison, c.figure.lo, c.measure) == (side, comparison, n, measure)


@pytest.mark.parametrize(
    "sentence",
    [
        # "have captured about 35" is read as about 35 held: not a bound
        "The number of districts captured by government forces has reached about 35",
        "The number of districts captured by the Taliban has reached around 120",
        # units taken do not drop: held? retaken?
        "The number of districts captured by the Taliban has dropped to 30",
        "The number of districts taken by government forces has fallen to 30",
    ],
)
def test_a_count_of_units_taken_that_is_approximate_or_drops_is_refused(  # type: ignore[no-untyped-def]
    gaz, sentence: str
) -> None:
    _refused(gaz, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="a count of units the government took, with 'now' or 'total', is read as exactly "
    "what it holds: 'Government forces have now captured 60 districts' / 'have captured a "
    "total of 60 districts' (grammar before today: 'now' / 'total' makes a count of takings "
    "the total held, figures._STATE_NOW) and counts9's 'This brings the total number of "
    "districts captured by government forces to 60' are read as government = 60 districts; "
    "the government held some 200 districts it never lost, so the count of those it (re)took "
    "is at most a lower bound: should be at least 60, or refused. Not fixed: the convention "
    "is right for the side that held none before (the Taliban's capitals), which is a fact "
    "of the ledger, not of the sentence",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces have now captured 60 districts",
        "This brings the total number of districts captured by government forces to 60",
        "The number of districts captured by government forces has now reached 35",
    ],
)
def test_a_total_of_units_the_government_took_is_not_what_it_holds(  # type: ignore[no-untyped-def]
    gaz, sentence: str
) -> None:
    try:
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    except ClaimParseError:
        return
    assert c.comparison != "as-stated", f"read as the government holding {c.figure.lo}"


@pytest.mark.xfail(
    strict=True,
    reason="tense9 (85332ee, units._overnight): a closing 'overnight' is set aside after any "
    "verb, not only a capture as its docstring says: 'The Taliban hold Kohsan district "
    "overnight', 'Government forces hold Zaranj overnight', 'Zaranj is under Taliban control "
    "overnight' are read as the unit held on the date of writing; beside a state 'overnight' "
    "says when in the day it is held (by night?), not a change: should be refused (the "
    "figures' grammar's FILLER_WORDS does the same for 'control 12 districts overnight', "
    "before today)",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban hold Kohsan district overnight",
        "Government forces hold Zaranj overnight",
        "Zaranj is under Taliban control overnight",
    ],
)
def test_overnight_beside_a_state_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refused(gaz, sentence)
