"""An ordinal of provincial capitals over a span that starts after an event (#8; found by the
one measurement of the unseen fresh4 batch, row f4203, Mehr News, 7 July 2021): "This is the
first provincial capital to fall to the Taliban after the withdrawal of foreign troops from
Afghanistan" was read as the first capital ever to fall (the clause set aside as what came
after). The first after an event is not the first ever, and the event's day is not given, so
it is refused like "since launching an offensive". "after heavy fighting" names no event a
span starts at, and stays read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    "text",
    [
        "This is the first provincial capital to fall to the Taliban after the withdrawal of "
        "foreign troops from Afghanistan.",
        "Zaranj is the first provincial capital to fall to the Taliban following the start of "
        "the US withdrawal",
        "The Taliban captured their first provincial capital after the withdrawal began",
        "Sheberghan is the second provincial capital to fall to the Taliban in the wake of the "
        "foreign pullout",
    ],
)
def test_an_ordinal_after_an_event_is_refused_naming_the_span(text: str) -> None:
    with pytest.raises(ClaimParseError, match="an ordinal over a span from an event"):
        parse_claim(text)


AUG6 = dt.date(2021, 8, 6)


def test_an_ordinal_after_fighting_is_still_read() -> None:
    c = parse_claim("Zaranj is the first provincial capital to fall to the Taliban", anchor=AUG6)
    assert (c.measure, c.figure.lo) == ("capitals", 1)
    c = parse_claim(
        "Zaranj is the first provincial capital to fall to the Taliban after heavy fighting",
        anchor=AUG6,
    )
    assert (c.measure, c.figure.lo) == ("capitals", 1)
