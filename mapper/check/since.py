"""A count of districts taken since a named day ("At least seven districts have fallen to the
Taliban since May 1", "the total number of districts fallen to the Taliban since May
01 ... reaches 53"): a change, read as the span from that day to the day of the claim.

A count over a period counts what changed, not what a side holds: districts held before the
day are not in it, and a district taken and lost again inside the span is. It is therefore
never read as the state on the date (that would be a floor only if nothing taken could have
been lost again in between, which the sentence does not say). It is read as the span between
two named days already is ("Four of Laghman's six districts fell between 19 May and 13 July",
:mod:`mapper.check.spans`): the districts that became the side's on some day of the span,
counted on the ledger.

Only a period whose first day the sentence names as a day of a month is read ("since May 1",
"since June 6", a fronted "Since the official withdrawal of ... troops on May 1,"). A month, a
part of one or a year alone ("since May", "since the beginning of May", "since early May",
"since 2016") gives no first day and stays refused, as the corpora and the README decided (the
day the count starts from changes the count); a weekday ("since Friday") stays refused for
districts as tests/test_checks_periods.py decided (it is read for provincial capitals,
:func:`mapper.check.windows.since_weekday_days`).
"""

from __future__ import annotations

import datetime as dt
import re

from . import windows
from .grammar import SINCE_DATED_CLAUSE
from .model import ClaimParseError

#: "since May 1", "since 6 June", "since May 01, 2021": a day of a month after "since".
_SINCE_DAY = re.compile(r"^since\s+(?P<day>.+)$")


def taken_since(
    text: str, period: str, check_date: str, anchor: dt.date | None
) -> tuple[dt.date, dt.date, str] | None:
    """The span a period "since <day>" names (its first day, its last day, a note), or
    ``None`` when ``period`` names no first day (a month, a year, "in the last week").

    The span runs to the day of the claim: the day the sentence names (``check_date``), else
    the date of writing (``anchor``).

    Raises
    ------
    ClaimParseError
        No day of the claim (no date of writing), or a weekday that is the day's own, or a
        day after the day of the claim.
    """
    p = " ".join(period.lower().split()).strip(" ,")
    dated = SINCE_DATED_CLAUSE.match(p + ",")
    if dated:  # "since the official withdrawal of ... troops on may 1": since that day
        p = f"since {dated['day']}"
    m = _SINCE_DAY.match(p)
    if m is None:
        return None
    end = dt.date.fromisoformat(check_date) if check_date else anchor
    if not re.search(r"\d", m["day"]) or re.fullmatch(r"\d{4}", m["day"]):
        return None  # a month, a year or a weekday: no day of a month
    if end is None:
        raise ClaimParseError(
            text,
            period,
            f"'{period}' is a span from that day to the day of the claim; that needs the "
            "date the sentence was written (mapper check --date D)",
        )
    w = windows.resolve_absolute(m["day"], end, text)
    if w.days != 1:
        return None
    start = w.start
    if start > end:  # pragma: no cover - resolve_absolute refuses a day after the anchor
        raise ClaimParseError(text, period, "a span that ends before it starts")
    note = (
        f"'{period}' ({start.isoformat()} to {end.isoformat()}, the "
        + ("day the sentence names" if check_date else "date of writing")
        + "): a count of districts taken since a day is a change, not the total held: checked "
        "as the districts that became the side's on a day of the span, not theirs the day "
        "before (districts held before it are not counted; one taken and lost again inside "
        "it is)"
    )
    return start, end, note
