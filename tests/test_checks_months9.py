"""A month's abbreviation with a full stop (#8, session 10). AP, Reuters and many outlets write
"Aug. 6" and "Sept. 12": "On Aug. 6, Zaranj, the capital of Nimroz province, fell to the
militants" (dev4 g214) was refused, the "6" left as a figure that counts nothing. The stop is
dropped before a number only, so the date reads as "aug 6"; everything else in the sentence is
read or refused as it is without the stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import scope_of

WRITTEN = dt.date(2021, 8, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Aug. 6, Zaranj fell to the Taliban.", dt.date(2021, 8, 6)),
        ("Zaranj fell to the Taliban on Aug. 6.", dt.date(2021, 8, 6)),
        ("Zaranj fell to the Taliban on Aug.6.", dt.date(2021, 8, 6)),
        ("The Taliban captured Zaranj on Aug. 6, 2021.", dt.date(2021, 8, 6)),
        ("The Taliban captured Zaranj on Jul. 30.", dt.date(2021, 7, 30)),
    ],
)
def test_an_abbreviated_month_with_a_stop_is_the_day(text: str, day: dt.date) -> None:
    c = parse_claim(text, anchor=WRITTEN)
    assert c.check_date == day.isoformat()
    assert c.side == "taliban"
    assert scope_of(c) == "units:capital:Zaranj"


def test_an_abbreviated_month_after_the_date_of_writing_is_refused() -> None:
    with pytest.raises(ClaimParseError, match="falls after the date the sentence was written"):
        parse_claim("The Taliban captured Zaranj on Aug. 16.", anchor=WRITTEN)
    with pytest.raises(ClaimParseError, match="after the date it was written"):
        parse_claim("The Taliban captured Zaranj on Sept. 6, 2021.", anchor=WRITTEN)


@pytest.mark.parametrize(
    "text",
    [
        "Zaranj did not fall to the Taliban on Aug. 6.",
        "The Taliban may capture Zaranj by Aug. 14.",
        "The Taliban lost Zaranj on Aug. 6.",
        "On Aug. 6, Zaranj fell to the Taliban and on Aug. 7, Sheberghan fell.",
    ],
)
def test_what_surrounds_the_date_is_still_read_or_refused(text: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(text, anchor=WRITTEN)
