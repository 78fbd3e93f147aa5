"""Dates as people write them in a ledger or on the command line (no heavy imports)."""

from __future__ import annotations

import datetime as dt
import re

from .errors import MapperError

__all__ = [
    "DATE_FORMS",
    "DATE_RANGE",
    "MAX_DATE",
    "MIN_DATE",
    "DateError",
    "in_range",
    "parse_date",
]

#: Dates a ledger (and every ``--date`` option) may hold: well inside what pandas'
#: nanosecond timestamps can represent (1677-09-22 to 2262-04-11), with room for ages and
#: series. Anything outside is refused, never clipped.
MIN_DATE = dt.date(1800, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)
DATE_RANGE = f"{MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"
DATE_FORMS = "2021-07-08, 2021-7-8, 8 July 2021, July 8, 2021 or 8 Jul 2021"

_MONTHS = {
    name: i
    for i, full in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (full, full[:3], *(("sept",) if full == "september" else ()))
}
_MONTH = r"(?P<month>[A-Za-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = (
    r"(?:[T ](?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d{1,9})?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_ISO = re.compile(r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})")
_DAY_FIRST = re.compile(rf"{_DAY}[\s-]+{_MONTH},?[\s-]+{_YEAR}", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE)
_TIME_ONLY = re.compile(_TIME)


class DateError(MapperError, ValueError):
    """A value that is not one date mapper can read; the message says why."""


def in_range(date: dt.date | str, what: str = "date") -> dt.date:
    """``date`` (a date or text :func:`parse_date` reads) if inside :data:`DATE_RANGE`.

    Raises
    ------
    DateError
        Naming ``what`` and the value, and the supported range.
    """
    if isinstance(date, str):
        try:
            return parse_date(date)
        except DateError as e:
            raise DateError(f"{what} {date!r}: {e}") from None
    day = date.date() if isinstance(date, dt.datetime) else date
    if not MIN_DATE <= day <= MAX_DATE:
        raise DateError(f"{what} {day.isoformat()!r} is outside the supported range {DATE_RANGE}")
    return day


def _ymd(year: str, month: int, day: int) -> dt.date:
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        raise DateError(f"no such day ({year}-{month:02d}-{day:02d})") from None


def _read_date(v: str) -> tuple[dt.date, int]:
    """The date at the start of ``v`` and where it ends; DateError if none is there."""
    if m := _ISO.match(v):
        return _ymd(m["year"], int(m["month"]), int(m["day"])), m.end()
    if m := _NUMERIC.match(v):
        a, b, year = int(m["a"]), int(m["b"]), m["year"]
        if a <= 12 and b <= 12 and a != b:
            dm = _ymd(year, b, a).isoformat()
            md = _ymd(year, a, b).isoformat()
            raise DateError(
                f"ambiguous: {dm} (day/month) or {md} (month/day); write it as YYYY-MM-DD"
            )
        day, month = (a, b) if a > 12 or a == b else (b, a)
        return _ymd(year, month, day), m.end()
    for rx in (_DAY_FIRST, _MONTH_FIRST):
        if (m := rx.match(v)) and m["month"].lower() in _MONTHS:
            return _ymd(m["year"], _MONTHS[m["month"].lower()], int(m["day"])), m.end()
    raise DateError(f"not a date; write {DATE_FORMS}")


def parse_date(value: str, *, check_range: bool = True) -> dt.date:
    """One calendar date as people write it.

    Accepted: ISO ``YYYY-MM-DD`` with or without zero padding (``2021-7-8``; a valid time
    part such as ``T12:00Z`` is ignored), ``8 July 2021``, ``8 Jul 2021``, ``July 8, 2021``,
    and numeric ``DD/MM/YYYY`` only where day and month cannot swap (``25/07/2021``,
    ``07/07/2021``). Refused, with the reason: ``07/08/2021`` (both readings named),
    anything after the date (``2021-07-08 to 2021-07-20``, ``2021-07-08Tnonsense``), days
    that do not exist, and dates outside :data:`DATE_RANGE`.

    Raises
    ------
    DateError
        (a ``ValueError``) saying why.
    """
    v = value.strip()
    if not v:
        raise DateError(f"empty; write {DATE_FORMS}")
    date, end = _read_date(v)
    rest = v[end:]
    if rest:
        t = _TIME_ONLY.fullmatch(rest)
        ok = bool(t and t["hh"]) and _ISO.match(v) is not None
        if ok and t is not None:
            ok = int(t["hh"]) < 24 and int(t["mi"]) < 60 and int(t["ss"] or 0) < 60
        if not ok:
            raise DateError(
                f"text after the date ({rest.strip()!r}): one date per row, no ranges "
                f"or alternatives; write {DATE_FORMS}"
            )
    if check_range and not MIN_DATE <= date <= MAX_DATE:
        raise DateError(f"outside the supported range {DATE_RANGE}")
    return date
