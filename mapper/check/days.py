"""Day phrases dated from the date of writing beside a capture: "last night, June 20", "on
Sunday (8)", "on the same day" after a day named, and an event told "hours after" which the
claim's taking came (#8, session 12). Each names one day from the anchor, or none (refused by
the caller, naming it); the weekday and anchor arithmetic is grammar.day_named's."""

from __future__ import annotations

import datetime as dt
import re

from . import windows
from .grammar import date_phrases, day_named
from .model import ClaimParseError, ParsedClaim

_WD = "(?:" + "|".join(windows._WEEKDAY_NAMES) + ")"
_APPOSED_DATE = (
    rf"(?:{windows._DAY}\s+{windows._MONTH}|{windows._MONTH}\.?\s+{windows._DAY})"
    rf"(?:,?\s+{windows._YEAR})?"
)


#: "on the same day": the day named before it in the sentence ("On Friday the Taliban
#: captured Zaranj and Sheberghan on the same day"), or, with none, a day told in another
#: sentence ("Government forces retook Chakhansur on the same day").
_SAME_DAY = re.compile(r"(?:\s*,)?\s*\b(?:on\s+)?(?:that|the)\s+same\s+day\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(
    rf"\b(?:{_WD}|today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
)


def same_day_before(s: str) -> tuple[re.Match[str], str] | None:
    """ "on the same day" (:data:`_SAME_DAY`) in ``s`` (normalised) and the day named before
    it ("" when none is), or ``None`` when the sentence has no such phrase."""
    m = _SAME_DAY.search(s)
    if m is None:
        return None
    return m, day_named_before(s[: m.start()])


def day_named_before(before: str) -> str:
    """The first day named in ``before`` (a weekday, "today", "last night", a date), or ""."""
    day = _DAY_BEFORE.search(before)
    if day is not None:
        return day.group(0)
    dates = date_phrases(before)
    return before[dates[0][0] : dates[0][1]].strip() if dates else ""


def same_day_named(text: str) -> tuple[str, str] | None:
    """The sentence without "on the same day" when a day is named before it ("On Friday the
    Taliban captured Zaranj and Sheberghan on the same day": that day dates both), and a
    note, or ``None``. With no day before it the phrase is refused
    (:func:`refuse_vague_relative`)."""
    found = same_day_before(text.lower())
    if found is None or not found[1]:
        return None
    m, day = found
    note = f"'{m.group(0).strip(' ,')}' = the day named before it ({day!r}): one date"
    return text[: m.start()] + text[m.end() :], note


#: "last night, June 20": the night before the date of writing, its day given too.
_NIGHT_APPOSED = re.compile(
    rf"\b(?P<night>(?:late\s+)?last\s+night)\s*,\s*(?P<date>{_APPOSED_DATE})\b", re.IGNORECASE
)
#: "on Sunday (8)": a weekday with its day of the month in brackets, as some wires write it.
_WEEKDAY_NUMBERED = re.compile(rf"\b(?P<wd>{_WD})\s*\(\s*(?P<dom>\d{{1,2}})\s*\)", re.IGNORECASE)


def night_apposed(text: str, anchor: dt.date | None) -> tuple[str, str] | None:
    """ "last night, June 20" (:data:`_NIGHT_APPOSED`): one night when the date is the day
    before the date of writing, then read as "last night" (the state on the date of writing,
    the first day after that night); another day is refused; without the date of writing it
    is left as written (then refused as more than one date)."""
    m = _NIGHT_APPOSED.search(text)
    if m is None or anchor is None:
        return None
    date = " ".join(m["date"].lower().replace(".", " ").split())
    try:
        day = windows.resolve_absolute(date, anchor, text).start
    except ClaimParseError:
        return None  # refused as written, with its own reason
    eve = anchor - dt.timedelta(days=1)
    if day != eve:
        raise ClaimParseError(
            text,
            m.group(0),
            f"{m['night']!r} (the night of {eve.isoformat()}, before the date of writing "
            f"{anchor.isoformat()}) and {m['date']!r} ({day.isoformat()}) name different days: "
            "not read",
        )
    note = (
        f"'{m.group(0)}' names one night (of {day.isoformat()}, the day before the date of "
        f"writing): read as '{m['night']}'"
    )
    return text[: m.start()] + m["night"] + text[m.end() :], note


def weekday_numbered(text: str, anchor: dt.date | None) -> tuple[str, str] | None:
    """ "on Sunday (8)" (:data:`_WEEKDAY_NUMBERED`): the weekday read as any other (the last
    such day on or before the date of writing) when that day is the month's day in brackets;
    another day is refused; without the date of writing it is left as written (the number
    then refused as a figure that counts nothing)."""
    m = _WEEKDAY_NUMBERED.search(text)
    if m is None or anchor is None:
        return None
    day, _ = day_named(m["wd"].lower(), anchor)
    if day.day != int(m["dom"]):
        raise ClaimParseError(
            text,
            m.group(0),
            f"the last {m['wd'].title()} on or before the date of writing ({anchor.isoformat()}) "
            f"is {day.isoformat()}, not day {int(m['dom'])} of a month: not one day; give the date",
        )
    note = f"'{m.group(0)}' names one day ({day.isoformat()}): read as '{m['wd']}'"
    return text[: m.start()] + m["wd"] + text[m.end() :], note


#: "hours after" an event of taking told by its noun ("the takeover of Ghazni", "the fall of
#: Kandahar"): it says the claim's taking came after that event, not on which day it came.
_HOURS_AFTER = r"(?:just\s+|only\s+)?(?:hours|a\s+few\s+hours)\s+after"
_EVENT_NOUN = r"(?:fall|capture|takeover|seizure)\s+of"
#: A word of the place taken: not a word that adds a side, a day or another event ("the fall
#: of Kandahar to the Taliban", "... on Friday", "... and Herat").
_EVENT_WORD = r"(?!(?:to|by|from|and|or|on|in|at|as|after|before)\b)[a-z][a-z'-]*"
#: The event after the claim: "Taliban captures Kandahar and Herat, hours after takeover of
#: Ghazni" (h165).
_AFTER_EVENT = re.compile(
    rf"\s*,\s*(?P<phrase>{_HOURS_AFTER}\s+(?:the\s+)?{_EVENT_NOUN}\s+{_EVENT_WORD}"
    rf"(?:\s+{_EVENT_WORD}){{0,2}})\s*\.?\s*$",
    re.IGNORECASE,
)
#: The event before the claim: "The fall of Kandahar came hours after the Taliban captured
#: Herat" (g003).
_EVENT_CAME = re.compile(
    rf"^\W*(?P<phrase>the\s+{_EVENT_NOUN}\s+{_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,2}}?\s+"
    rf"(?:came|comes)\s+{_HOURS_AFTER})\s+(?=the\s|taliban\s|government\s|afghan\s)",
    re.IGNORECASE,
)


def event_beside(text: str) -> tuple[str, str, str] | None:
    """The sentence without an event of taking told only to place the claim's taking hours
    after it, a note and the phrase set aside, or ``None``.

    "Taliban captures Kandahar and Herat, hours after takeover of Ghazni" becomes "Taliban
    captures Kandahar and Herat"; "The fall of Kandahar came hours after the Taliban captured
    Herat" becomes "the Taliban captured Herat". The event names no side ("the takeover of
    Ghazni": by whom?) and no day: it is not checked, and the claim keeps its own date (or
    the date of writing). The caller keeps the reading only for named units taken
    (:func:`with_event_beside`)."""
    m = _AFTER_EVENT.search(text)
    if m is not None:
        rest = text[: m.start()]
    elif (m := _EVENT_CAME.match(text)) is not None:
        rest = text[m.end() :]
    else:
        return None
    phrase = " ".join(m["phrase"].split())
    note = (
        f"'{phrase}' (an event told to place the taking after it; by whom, and on which day, "
        "not said) set aside, not checked: the taking is checked as the state it leaves, on "
        "the claim's own date"
    )
    return rest, note, phrase


def with_event_beside(text: str, phrase: str, claim: ParsedClaim) -> ParsedClaim:
    """``claim`` read without the event beside it (:func:`event_beside`), kept only for named
    units taken (a verb of taking): a count or a share beside an event ("The Taliban hold
    half the country, hours after the fall of Kabul") is refused."""
    if claim.measure != "units" or not claim.change_verb:
        raise ClaimParseError(
            text,
            phrase,
            "an event told beside the claim ('hours after the takeover of Ghazni') is set aside "
            "only beside named units taken ('The Taliban captured Herat, hours after the fall "
            "of Kandahar'); not read",
        )
    return claim
