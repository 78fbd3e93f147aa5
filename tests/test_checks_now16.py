""" "At the moment" and "at present": now, the date of writing (#8, session 16, helper fresh8tail).

"At the moment the Taliban control 142 out of 421 districts" (fresh8 k8116), "At present, the
militants control around 65% of the country" (dev7 f5131) were refused for the words of time;
they say what "currently" says (grammar._IDIOMS). "At the moment of ..." (another time) and
"present-day" stay unread.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 7, 12)


@pytest.mark.parametrize(
    ("text", "lo", "measure"),
    [
        ("At the moment the Taliban control 142 out of 421 districts.", 142.0, "districts"),
        ("At present, the militants control around 65% of the country.", 0.65, "area"),
    ],
)
def test_now_is_the_date_of_writing(text: str, lo: float, measure: str, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=ON)
    assert (c.side, c.figure.lo, c.measure, c.check_date) == ("taliban", lo, measure, "")


@pytest.mark.parametrize(
    "text",
    [
        "At the moment of the withdrawal the Taliban controlled 142 districts.",
        "At present-day Kunduz the Taliban control 142 districts.",
        "At the moment the Taliban do not control 142 districts.",
    ],
)
def test_another_time_stays_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=ON)
