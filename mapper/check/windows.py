"""Date windows: a date phrase that names a span of days, resolved against the date the
sentence was written (the *anchor*: ``mapper check --date``, a batch row's date, a corpus
row's publication date).

Every phrase is in a closed list; each maps to an inclusive window [start, end]:

============================  ==============================================================
phrase                        days (anchor A)
============================  ==============================================================
yesterday                     A - 1
this week                     Monday of A's week .. A
earlier this week             Monday of A's week .. A - 1
last week                     Monday .. Sunday of the week before A's week
this month                    1st of A's month .. A
earlier this month            1st of A's month .. A - 1
last month                    1st .. last day of the month before A's month
early / mid / late last month 1-10 / 11-20 / 21-last day of the month before A's month
(the) end of last month       the last 7 days of the month before A's month
(the) beginning of last month the first 7 days of the month before A's month
in / during MONTH             1st .. last day of MONTH
early / mid / late MONTH      1-10 / 11-20 / 21-last day of MONTH
(the) end of MONTH            the last 7 days of MONTH
(the) beginning of MONTH      the first 7 days of MONTH
DAY MONTH, MONTH DAY          that day
6-9 August, August 6-9        6 .. 9 August (also "between 6 and 9 August", "from 6 to 9
                              August", "between 19 May and 13 July")
MONTH YEAR, in YEAR           the month, the year
============================  ==============================================================

A month or day without a year is in A's year; one that starts after A (a "December" written
in August: last year's, or a date after a ``--date`` given as the day to check?) is refused,
as is any date after A. A window that runs past A is cut at A (the writer cannot report a
later day) and the reading says so. Without an anchor a relative window is refused; an
absolute date is then only shown (the caller's state is checked, as before windows).

Refused (ambiguous or open-ended, each named): "by July" or "by 2021" with no day or part
(the start or the end of the month?), "soon", "next week", "in recent months" outside the
period phrases the reader sets aside, two windows in one sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .model import ClaimParseError

#: Month names and short forms -> month number (shared with grammar.py).
#: Regular-expression fragments of a written date (normalised text), shared by the grammar's
#: date phrases and the republishers' datelines (:mod:`mapper.check.bylines`).
MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
DAY_RE = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR_RE = r"(?:19|20)\d\d"
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_NUMBERS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for m in names
}  # fmt: skip
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

#: Relative window phrases (need the anchor). "last week" is not "in the last week" (a
#: period of 7 days back from the date, set aside by the reader).
WINDOW_REL = re.compile(
    r"\b(?:(?:as\s+of|by|in|during|over|at)\s+)?"
    r"(?:(?P<part>early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of"
    r"|(?:the\s+)?start\s+of)[\s-]+)?"
    r"(?P<earlier>earlier\s+)?(?<!the\s)(?<!past\s)(?P<which>this|last)\s+(?P<unit>week|month)\b"
    r"|\byesterday\b"
)


@dataclass(frozen=True)
class Window:
    """An inclusive span of days a date phrase names, and how it was found."""

    start: dt.date
    end: dt.date
    how: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _part_window(y: int, m: int, part: str | None) -> tuple[dt.date, dt.date, str]:
    """The days of month (y, m) a part names ("early": 1-10, "mid": 11-20, "late": 21-end,
    "the end of": the last 7 days, "the beginning of": the first 7)."""
    last = _month_end(y, m)
    p = " ".join((part or "").split())
    p = re.sub(r"^the\s+", "", p)
    if not p:
        return dt.date(y, m, 1), dt.date(y, m, last), "the whole month"
    if p == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10), "'early' = the 1st to the 10th"
    if p == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20), "'mid' = the 11th to the 20th"
    if p == "late":
        return dt.date(y, m, 21), dt.date(y, m, last), "'late' = the 21st to the last day"
    if p.startswith("end"):
        return dt.date(y, m, last - 6), dt.date(y, m, last), "'the end of' = the last 7 days"
    return dt.date(y, m, 1), dt.date(y, m, 7), "'the beginning of' = the first 7 days"


def _prev_month(y: int, m: int) -> tuple[int, int]:
    return (y - 1, 12) if m == 1 else (y, m - 1)


def resolve_relative(phrase: str, anchor: dt.date | None, text: str) -> Window:
    """The window a relative phrase (:data:`WINDOW_REL`) names.

    Raises
    ------
    ClaimParseError
        No anchor, or a window that holds no day before the anchor.
    """
    p = " ".join(phrase.split())
    m = WINDOW_REL.fullmatch(p)
    if m is None:  # pragma: no cover - only called on WINDOW_REL matches
        raise ClaimParseError(text, phrase, "not a date window the checker reads")
    if anchor is None:
        raise ClaimParseError(
            text,
            phrase,
            "a date relative to when the sentence was written needs that date: give it "
            "(mapper check --date D reads D as the date of writing when the sentence has a "
            "relative date)",
        )
    a = anchor
    if m["which"] is None:  # yesterday
        d = a - dt.timedelta(days=1)
        return Window(d, d, f"the day before {a.isoformat()}")
    part, earlier, which, unit = m["part"], bool(m["earlier"]), m["which"], m["unit"]
    if part and earlier:
        raise ClaimParseError(text, phrase, "a part and 'earlier' together are not read")
    if unit == "week":
        if part:
            raise ClaimParseError(
                text, phrase, "a part of a week ('late last week') is not a window this reads"
            )
        monday = a - dt.timedelta(days=a.weekday())
        if which == "last":
            if earlier:
                raise ClaimParseError(text, phrase, "'earlier last week' is not read")
            start = monday - dt.timedelta(days=7)
            return Window(
                start,
                start + dt.timedelta(days=6),
                f"'last week' = Monday to Sunday of the week before {a.isoformat()}'s",
            )
        end = a - dt.timedelta(days=1) if earlier else a
        if end < monday:
            raise ClaimParseError(
                text, phrase, f"'earlier this week' written on a Monday ({a}) names no day"
            )
        how = (
            "'earlier this week' = Monday to the day before"
            if earlier
            else ("'this week' = Monday to the day")
        )
        return Window(monday, end, f"{how} {a.isoformat()}")
    # month
    if which == "last":
        if earlier:
            raise ClaimParseError(text, phrase, "'earlier last month' is not read")
        y, mo = _prev_month(a.year, a.month)
        start, end, how = _part_window(y, mo, part)
        return Window(start, end, f"{how} of the month before {a.isoformat()}'s")
    first = a.replace(day=1)
    if earlier:
        if a.day == 1:
            raise ClaimParseError(
                text, phrase, f"'earlier this month' written on the 1st ({a}) names no day"
            )
        return Window(
            first,
            a - dt.timedelta(days=1),
            f"'earlier this month' = the 1st to the day before {a.isoformat()}",
        )
    start, end, how = _part_window(a.year, a.month, part)
    if start > a:
        raise ClaimParseError(
            text, phrase, f"'{phrase}' is after the date the sentence was written ({a})"
        )
    return _cut(Window(start, end, f"{how} of {a.isoformat()}'s month"), a)


def _cut(w: Window, anchor: dt.date) -> Window:
    if w.end <= anchor:
        return w
    return Window(w.start, anchor, f"{w.how}, cut at {anchor.isoformat()} (the date of writing)")


_DAY_MONTH = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?$"
)
_MONTH_DAY = re.compile(
    rf"^(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?$"
)
_PART_MONTH = re.compile(
    r"^(?:(?P<part>early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of"
    rf"|(?:the\s+)?start\s+of)[\s-]+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?$"
)
_YEAR_ONLY = re.compile(rf"^(?P<y>{_YEAR})$")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)$")
_SLASH = re.compile(rf"^(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})$")
#: "6-9 august", "august 6-9", "6 to 9 august", "between 6 and 9 august", "from 6 to 9 august"
_DAY_RANGE = re.compile(
    rf"^(?:between\s+|from\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|and|until)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?$"
    rf"|^(?P<m2>{_MONTH})\s+(?P<e1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|until)\s*"
    rf"(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{_YEAR}))?$"
)
#: A year written in one end of a span ("between june 1, 2020 and june 30").
_NAMES_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: "between 19 may and 13 july", "from 19 may to 13 july"
_TWO_DATES = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until)\s+(?P<b>.+)$")
_LEAD_WORD = re.compile(r"^(?P<lead>as\s+of|as\s+at|by|in|on|at|during|from|over)\s+")


def _year_for(month: int, day: int, anchor: dt.date, text: str, phrase: str) -> int:
    """The anchor's year, when (month, day) is on or before the anchor. A later day without a
    year is refused: last year's, or a date after the date of writing (``--date`` given as
    the day to check)? Unknown is refused, never guessed."""
    if (month, day) <= (anchor.month, anchor.day):
        return anchor.year
    raise ClaimParseError(
        text,
        phrase,
        f"'{phrase}' has no year and falls after the date the sentence was written "
        f"({anchor.isoformat()}): last year's, or a date after --date? Give the year, or the "
        "date of writing as --date",
    )


def _date(y: int, m: int, d: int, text: str, phrase: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise ClaimParseError(text, phrase, "not a calendar date") from None


def resolve_absolute(phrase: str, anchor: dt.date, text: str) -> Window:
    """The window an absolute date phrase (the reader's date phrase) names, years inferred
    from the anchor.

    Raises
    ------
    ClaimParseError
        An ambiguous phrase ("by July"), a date after the anchor, or no calendar date.
    """
    p = " ".join(phrase.split()).strip(" ,")
    lead = ""
    m0 = _LEAD_WORD.match(p)
    if m0 and not re.match(r"^from\s+\d", p):
        lead = m0["lead"]
        p = p[m0.end() :]
    two = _TWO_DATES.match(p) if not _DAY_RANGE.match(p) else None
    if two:
        a = resolve_absolute(two["a"], anchor, text)
        b = resolve_absolute(two["b"], anchor, text)
        if a.days != 1 or b.days != 1:
            raise ClaimParseError(text, phrase, "a span between two windows is not read")
        if (
            _NAMES_A_YEAR.search(two["a"])
            and not _NAMES_A_YEAR.search(two["b"])
            and a.start.year != b.end.year
        ):
            # "between June 1, 2020 and June 30" (redteam16): was read to June 30 of the year
            # of writing, a span of 13 months; the second day's year is not said
            raise ClaimParseError(
                text,
                phrase,
                "the first day names a year and the second does not: the second day's year is "
                "not said (the same year, or the year of writing?); name it",
            )
        start, end = a.start, b.end
        if end < start:
            raise ClaimParseError(text, phrase, "a span that ends before it starts")
        return Window(start, end, f"'{phrase}' = {start.isoformat()} to {end.isoformat()}")
    day = _DAY_MONTH.match(p) or _MONTH_DAY.match(p)
    if day:
        mo, d = MONTH_NUMBERS[day["m"]], int(day["d"])
        y = int(day["y"]) if day["y"] else _year_for(mo, d, anchor, text, phrase)
        x = _date(y, mo, d, text, phrase)
        return _after(Window(x, x, f"'{phrase}' = {x.isoformat()}"), anchor, text, phrase)
    rng = _DAY_RANGE.match(p)
    if rng:
        mname = rng["m"] or rng["m2"]
        d1, d2 = (int(rng["d1"]), int(rng["d2"])) if rng["m"] else (int(rng["e1"]), int(rng["e2"]))
        ytxt = rng["y"] or rng["y2"]
        mo = MONTH_NUMBERS[mname]
        if d2 <= d1:
            raise ClaimParseError(text, phrase, "a span of days that does not run forward")
        y = int(ytxt) if ytxt else _year_for(mo, d1, anchor, text, phrase)
        w = Window(
            _date(y, mo, d1, text, phrase),
            _date(y, mo, d2, text, phrase),
            f"'{phrase}' = the {d1}th to the {d2}th",
        )
        return _after(w, anchor, text, phrase)
    pm = _PART_MONTH.match(p)
    if pm:
        if lead == "by" and not pm["part"]:
            raise ClaimParseError(
                text,
                phrase,
                f"'{phrase}' is ambiguous (the start or the end of the month?); give a day or "
                "a part ('by mid-July', 'by the end of July')",
            )
        mo = MONTH_NUMBERS[pm["m"]]
        y = int(pm["y"]) if pm["y"] else _year_for(mo, 1, anchor, text, phrase)
        start, end, how = _part_window(y, mo, pm["part"])
        return _after(Window(start, end, f"{how} of {start:%B %Y}"), anchor, text, phrase)
    yo = _YEAR_ONLY.match(p)
    if yo:
        if lead == "by":
            raise ClaimParseError(
                text, phrase, f"'{phrase}' is ambiguous (the start or the end of the year?)"
            )
        y = int(yo["y"])
        w = Window(dt.date(y, 1, 1), dt.date(y, 12, 31), f"'{phrase}' = the whole year")
        return _after(w, anchor, text, phrase)
    iso = _ISO.match(p)
    if iso:
        x = _date(int(iso["y"]), int(iso["m"]), int(iso["d"]), text, phrase)
        return _after(Window(x, x, f"'{phrase}'"), anchor, text, phrase)
    sl = _SLASH.match(p)
    if sl:
        n1, n2, y = int(sl["a"]), int(sl["b"]), int(sl["y"])
        if n1 <= 12 and n2 <= 12 and n1 != n2:
            raise ClaimParseError(
                text, phrase, "a day/month/year date whose day and month could swap is not read"
            )
        d, mo = (n1, n2) if n1 > 12 else (n2, n1)
        x = _date(y, mo, d, text, phrase)
        return _after(Window(x, x, f"'{phrase}' = {x.isoformat()}"), anchor, text, phrase)
    raise ClaimParseError(text, phrase, "a date phrase the checker does not resolve")


def _after(w: Window, anchor: dt.date, text: str, phrase: str) -> Window:
    if w.start > anchor:
        raise ClaimParseError(
            text,
            phrase,
            f"the date in the sentence is after the date it was written ({anchor.isoformat()}); "
            "give the date of writing (--date) on or after it",
        )
    return _cut(w, anchor)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: "since Friday", "since last Friday": a period from a weekday to the day of the claim.
SINCE_WEEKDAY = re.compile(
    r"\bsince\s+(?:last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def since_weekday_days(phrase: str, day: dt.date | None, text: str) -> int | None:
    """The days from the weekday "since Friday" names to ``day`` (the day of the claim: the
    day the sentence names, or the date of writing), both counted: "since Friday" on Sunday
    8 August 2021 is 6-8 August, 3 days. ``None`` when ``phrase`` is no such period.

    The weekday is the last one before ``day``, within the six days before it; the day's own
    weekday ("since Friday" written on a Friday: that day, or a week before?) is refused.

    Raises
    ------
    ClaimParseError
        No day of the claim (no date of writing), or the weekday is the day's own.
    """
    m = SINCE_WEEKDAY.fullmatch(" ".join(phrase.lower().split()))
    if m is None:
        return None
    if day is None:
        raise ClaimParseError(
            text,
            phrase,
            f"'{phrase}' counts the days from a weekday to the day of the claim; that needs the "
            "date the sentence was written (mapper check --date D)",
        )
    back = (day.weekday() - _WEEKDAY_NAMES.index(m["wd"])) % 7
    if back == 0:
        raise ClaimParseError(
            text,
            phrase,
            f"'{phrase}' on a {m['wd'].title()} ({day.isoformat()}): that day, or the "
            f"{m['wd'].title()} a week before? Not guessed: give the date",
        )
    return back + 1
