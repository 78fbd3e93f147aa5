"""Session 7 lead's fixes to the checker (#8): misreadings found in review."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    "sentence",
    [
        # each was read as half the country held on every day of May 2021: "in may" was taken
        # for the month before the modal was looked for
        "The Taliban, in may control half the country",
        "The Taliban In May Control Half The Country",
        "Taliban fighters in may seize 100 districts",
    ],
)
def test_may_before_a_verb_is_the_modal_even_after_in(sentence: str) -> None:
    with pytest.raises(ClaimParseError, match="modal"):
        c = parse_claim(sentence, anchor=dt.date(2021, 8, 10))
        pytest.fail(f"read as {c.figure.text} {c.measure} {c.reading_notes}")


def test_the_month_may_is_still_read() -> None:
    c = parse_claim("In May, the Taliban controlled 50 districts", anchor=dt.date(2021, 8, 10))
    assert c.figure.lo == 50
    assert any("2021-05-01 to 2021-05-31" in n for n in c.reading_notes)
