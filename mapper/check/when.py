"""The date a sentence is checked on: a day in who-said-it, a stated date, the date of writing."""

from __future__ import annotations

import datetime as dt
import re

from . import windows
from .attribution import VERBS, WIRES
from .days import (
    _APPOSED_DATE,
    _WD,
    day_named_before,
    night_apposed,
    same_day_before,
    same_day_named,
    weekday_numbered,
)
from .grammar import date_phrases, day_named, resolve_when, set_aside
from .model import ClaimParseError, ParsedClaim

#: Stands for "no date of writing" when only the shape of a date phrase is wanted.
_FAR = dt.date(2400, 12, 31)


#: A day or a time in who said it: the statement's day is the claim's ("Milley said
#: Wednesday that ...", "officials said yesterday"), or an earlier day not given ("had said",
#: "said recently").
_SAID_DAY = re.compile(
    r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
)
#: "had" before any reporting verb of who said it (attribution.VERBS), an adverb between
#: ("had also said", "had now confirmed") or not: a pluperfect report is not today's claim.
_SAID_EARLIER = re.compile(
    r"\bhad\s+(?:(?:also|now)\s+)?(?:" + "|".join(VERBS) + r")\b"
    r"|\brecently\b|\bearlier\b|\blast\s+(?:week|month|year)\b|\bpreviously\b|\bprevious\b"
)


#: A pluperfect of the claim ("The Taliban had controlled about 10% of the country", "had
#: taken Kunduz city", "had been under Taliban control"): a state before an earlier time.
#: "had not taken over any of the 34 provincial capitals" too: the exact zero (capitals.py)
#: was read as the state on the date of writing (redteam5, #8).
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|also|just|effectively|largely|fully|completely|reportedly|not|yet"
    r"|n't)\s+)*"
    r"(?:been\s+)?(?:controll?ed|held|captured|seized|taken|overrun|overran|fallen|come|retaken"
    r"|recaptured|occupied|conquered|gained|won|lost|ceded|secured|liberated|under|in)\b"
)
#: Who said it in the past: "officials said the Taliban had taken ..." backshifts a present
#: perfect (the state on the day it was said), which the attribution reader dates.
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|claimed|claims|announced|confirmed|stated"
    r"|declared|added|wrote|tweeted|estimated|acknowledged|admitted|according\s+to)\b"
)


#: A date counted from an event another sentence tells ("Two days later, ...", "a week
#: later"): the event, so the day, is not in the sentence.
#: A weekday's name (windows' list, Monday first, as ``date.weekday()`` counts).
_WD_NAMES = windows._WEEKDAY_NAMES
_LATER = re.compile(
    r"\b(?:(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few"
    r"|several)\s+(?:days?|weeks?|months?|hours?)\s+later)\b"
    # counted back from that event, opening the sentence: "The day before, the Taliban had
    # seized Zaranj", "A day earlier, ...", "Just hours earlier the Taliban had captured ..."
    # (tense8; inside the sentence, "the city of Kunduz hours earlier" counts from its own
    # main clause)
    r"|^\W*(?:(?:just\s+|only\s+)?(?:(?:the|a|one|two|three|\d{1,2}|a\s+few|few|several"
    r"|some)\s+(?:days?|hours?)|hours)\s+(?:earlier|before(?!\s+(?:the|a|an|their|its|his|her"
    r"|\d)\b))|the\s+previous\s+day|the\s+day\s+prior)\b"
)
#: "overnight Saturday": the night into Saturday or the night after it? Not one day.
_OVERNIGHT_DAY = re.compile(rf"\bovernight\s+(?:on\s+|into\s+)?{_WD}\b|\b{_WD}\s+overnight\b")
#: A relative date with a hedge ("nearly three weeks ago", "about 10 days ago", "more than a
#: week ago"): it names no one day.
_ROUGHLY_AGO = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|over|less\s+than"
    r"|under|just\s+over|just\s+under)\s+(?:\d{1,2}|a|an|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?)\s+ago\b"
)


#: "earlier in the day" counts from the day the sentence is about: the day of writing when
#: it names no other; with a weekday or a date beside it ("said on Monday that ... fell earlier
#: in the day") it is that day's, which the reader would not take.
_DAY_OF_THE_DAY = re.compile(r"\bearlier\s+in\s+the\s+day\b")
_ANOTHER_DAY = re.compile(
    rf"\b(?:{_WD}|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
)


def refuse_vague_relative(text: str, s: str) -> None:
    """Refuse a date counted from an event the sentence does not tell ("Two days later, ...",
    "The day before, ...", "Just hours earlier ..."), a night named by a weekday ("overnight
    Saturday": which night?) and a hedged relative date ("nearly three weeks ago"), each with
    its own reason (before either was refused for a word it holds: "two" as a figure,
    "nearly" as a hedge of the control); and "earlier in the day" beside another day named
    ("said on Monday that Zaranj fell earlier in the day": Monday's day, not the day of
    writing). ``s`` is normalised."""
    m = _DAY_OF_THE_DAY.search(s)
    other = _ANOTHER_DAY.search(s) if m else None
    if m and (other or date_phrases(s)):
        raise ClaimParseError(
            text,
            m.group(0),
            "'earlier in the day' is the day the sentence is about; with another day named "
            f"({other.group(0) if other else 'a date'!r}) that may be the day named, not the "
            "day of writing: not read; give one date",
        )
    same = same_day_before(s)
    if same is not None and not same[1]:
        raise ClaimParseError(
            text,
            same[0].group(0).strip(" ,"),
            "'the same day' counts from a day the sentence does not name (told in another "
            "sentence): no day the checker can find: not read; give the date",
        )
    m = _LATER.search(s)
    named = day_named_before(s[: m.start()]) if m else ""
    if m and named:
        # "On Friday the Taliban seized Zaranj, and a day later Sheberghan": two days
        raise ClaimParseError(
            text,
            m.group(0),
            f"{m.group(0)!r} counts from the day named before it ({named!r}): a second day; "
            "more than one date; check one date per sentence",
        )
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            "a date counted from an event the sentence does not tell (told in another "
            "sentence) names no day the checker can find: not read; give the date",
        )
    m = _OVERNIGHT_DAY.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            "a night named by a weekday ('overnight Saturday') may be the night into that day "
            "or the night after it: not one day; give the date",
        )
    m = _ROUGHLY_AGO.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            "a relative date with a hedge names no one day (the checker reads 'three weeks "
            "ago' as the day 21 days before the date of writing, not a day near it): not read; "
            "give the date",
        )


#: A day counted back from the date of writing ("last night", "yesterday", "earlier today",
#: "two days ago") and who said it on a day of its own ("Officials said on Friday that ...",
#: "..., an official told AFP Friday"): counted from the speaker's day or the writer's?
_COUNTED_BACK = re.compile(
    r"\b(?:(?:late\s+)?last\s+night|yesterday|earlier\s+today"
    r"|(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)|(?:\d{1,2}|a|an|one|two|three"
    r"|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s+ago)\b"
)
_SAID_ON_DAY = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|stated|claimed|added|tweeted"
    rf"|declared)\b(?:\s+[a-z]+){{0,3}}?\s+(?:on\s+)?(?P<wd>{_WD}|yesterday)\b"
)


def refuse_counted_back_beside_said_day(text: str, s: str, anchor: dt.date | None) -> None:
    """Refuse a day counted back from the date of writing beside who said it on another day
    ("Officials said on Friday that Zaranj fell to the Taliban last night", written on
    Tuesday: Thursday night, the speaker's, or Monday night, the writer's?), as "earlier in
    the day" beside another day is (redteam8, #8). When the day it was said is the date of
    writing both count from the same day, and the sentence is read as before. ``s`` is
    normalised."""
    if anchor is None:
        return
    saids = list(_SAID_ON_DAY.finditer(s))
    if not saids:
        return
    # a day inside a clause set aside ("as American troops completed their pullout two weeks
    # ago") is refused for that reason (grammar.prepare)
    clauses = [t.split("|", 1)[1] for k, t in set_aside(s)[1] if k == "dated-clause"]
    for back in _COUNTED_BACK.finditer(s):
        if any(d.start("wd") <= back.start() < d.end("wd") for d in saids):
            continue  # "said yesterday" is the day it was said, not the claim's
        if any(back.group(0) in c for c in clauses):
            continue
        for said in saids:
            day = day_named(said["wd"], anchor)[0]
            if day != anchor:
                raise ClaimParseError(
                    text,
                    back.group(0),
                    f"{back.group(0)!r} counts back from a day: the date of writing "
                    f"({anchor.isoformat()}) or the day it was said ({said.group(0)!r}, "
                    f"{day.isoformat()})? Not one day: not read; give the date",
                )


def refuse_undated_pluperfect(text: str, s: str) -> None:
    """Refuse a pluperfect claim with no date, period or who-said-it of its own: "had
    controlled" puts the state before an earlier time the sentence does not give, so the
    state on the date of writing is not what it says (red-team finding, #8: "The Taliban had
    controlled about 10% of the country" was CONTRADICTED on --date). ``s`` is normalised."""
    m = _PLUPERFECT.search(s)
    # inside a direct quote ('X said: "We had controlled ..."') the tense is the speaker's
    # own, not a backshift of reported speech (review5, #8)
    quoted = (
        len(re.findall(r'["\u201c\u201d\u00ab\u00bb]', s[: m.start()])) % 2 == 1 if m else False
    )
    if m is None or (_REPORTED.search(s) and not quoted):
        return
    kept, aside = set_aside(s)
    if any(kind in ("period", "when") for kind, _ in aside) or date_phrases(kept):
        return
    raise ClaimParseError(
        text,
        m.group(0),
        "a pluperfect ('had controlled', 'had taken') puts the state before an earlier time "
        "the sentence does not give; the state on the date of writing is not what it says: "
        "give the date ('by 15 July, ...') or write the present ('have taken', 'control')",
    )


#: One day named twice or three times in apposition: "today, Wednesday, May 05", "today,
#: Thursday", "on Friday, June 18", "Sunday 8 August".
_DAY_APPOSITION = re.compile(
    rf"\b(?P<today>today\s*,\s*)?(?P<on>on\s+)?(?P<wd>{_WD})\s*,?\s+(?P<date>{_APPOSED_DATE})\b"
    rf"|\btoday\s*,\s*(?P<wd2>{_WD})\b"
    # "took over Waghaz district today, June 28, around 01:00 AM" (tense9)
    rf"|\b(?P<today3>today)\s*,\s*(?P<date3>{_APPOSED_DATE})\b",
    re.IGNORECASE,
)


def one_day_apposition(text: str, anchor: dt.date | None) -> tuple[str, str] | None:
    """The sentence with a day named in apposition written once, and a note, or ``None``.

    "today, Wednesday, May 05" (written on Wednesday 5 May) becomes "Wednesday"; "on Friday,
    June 18" becomes "on June 18"; "today, Thursday" becomes "Thursday": each part must name
    the same day (the weekday that of the date; "today" the date of writing). Parts that name
    different days are refused; without the date of writing a date with no year, or "today",
    cannot be checked and is left as written (then refused as more than one date)."""
    same = same_day_named(text)
    if same is not None:
        return same
    night = night_apposed(text, anchor)
    if night is not None:
        return night
    numbered = weekday_numbered(text, anchor)
    if numbered is not None:
        return numbered
    m = _DAY_APPOSITION.search(text)
    if m is None:
        return None
    phrase = m.group(0)
    if m["date3"]:
        return _today_apposed(text, m, anchor)
    wd = (m["wd"] or m["wd2"]).lower()
    if m["date"]:
        date = " ".join(m["date"].lower().replace(".", " ").split())
        has_year = re.search(windows._YEAR + r"$", date) is not None
        if anchor is None and (m["today"] or not has_year):
            return None
        try:
            w = windows.resolve_absolute(date, anchor or _FAR, text)
        except ClaimParseError:
            return None  # refused as written, with its own reason
        day = w.start
    else:
        if anchor is None:
            return None
        day = anchor
    if m["today"] and anchor is not None and day != anchor:
        raise ClaimParseError(
            text,
            phrase,
            f"'today' ({anchor.isoformat()}, the date of writing) and {m['date']!r} "
            f"({day.isoformat()}) name different days: not read",
        )
    if _WD_NAMES[day.weekday()] != wd:
        raise ClaimParseError(
            text,
            phrase,
            f"{wd.title()!r} and {day.isoformat()} (a {_WD_NAMES[day.weekday()].title()}) "
            "name different days: not read",
        )
    today = bool(m["today"] or m["wd2"])
    # "today, Thursday": the weekday (the last such day on or before the date of writing,
    # which is the date of writing itself)
    keep = (m["wd"] or m["wd2"]) if today else f"{m['on'] or ''}{m['date']}"
    note = (
        f"'{phrase}' names one day ({day.isoformat()}, a {wd.title()}"
        + (", the date of writing" if today else "")
        + f"): read as '{keep}'"
    )
    return text[: m.start()] + keep + text[m.end() :], note


def _today_apposed(text: str, m: re.Match[str], anchor: dt.date | None) -> tuple[str, str] | None:
    """ "today, June 28" (:data:`_DAY_APPOSITION`): one day when the date is the date of
    writing, then written as the date; another day is refused; without the date of writing
    it is left as written (then refused as more than one date)."""
    if anchor is None:
        return None
    date = " ".join(m["date3"].lower().replace(".", " ").split())
    try:
        day = windows.resolve_absolute(date, anchor, text).start
    except ClaimParseError:
        return None  # refused as written, with its own reason
    if day != anchor:
        raise ClaimParseError(
            text,
            m.group(0),
            f"'today' ({anchor.isoformat()}, the date of writing) and {m['date3']!r} "
            f"({day.isoformat()}) name different days: not read",
        )
    note = (
        f"'{m.group(0)}' names one day ({day.isoformat()}, the date of writing): read as "
        f"'{m['date3']}'"
    )
    return text[: m.start()] + m["date3"] + text[m.end() :], note


#: An adverb of earlier time ("Earlier, ...", "Previously, ...", "The Taliban earlier
#: captured", "Taliban had earlier taken control of"): it puts the taking before the date of
#: writing, which a verb of taking in the past already says. Read only with a verb of taking
#: in the main clause (:func:`earlier_taking`); a state verb ("previously held": no longer?)
#: stays refused.
_EARLIER_LEAD = re.compile(r"^\W*(?:earlier|previously)\s*,\s*", re.IGNORECASE)
#: The participle of a verb of taking, and its simple past.
_TAKING = {
    "captured": "captured", "seized": "seized", "taken": "took", "took": "took",
    "overrun": "overran", "overran": "overran", "conquered": "conquered",
    "recaptured": "recaptured", "retaken": "retook", "retook": "retook",
    "regained": "regained", "gained": "gained", "won": "won",
}  # fmt: skip
_TAKING_RE = "|".join(_TAKING)
#: The subject of the main clause (one to five words, no comma, no verb of saying) and the
#: adverb or "had" (with or without it) before a verb of taking.
_EARLIER_MID = re.compile(
    r"^(?P<subject>\W*(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+"
    r"(?P<aux>(?:had\s+)?(?:earlier|previously)\s+|had\s+)"
    rf"(?P<verb>{_TAKING_RE})\b",
    re.IGNORECASE,
)


def earlier_taking(text: str) -> tuple[str, str] | None:
    """The sentence without an adverb of earlier time before its main verb of taking, and a
    note, or ``None``.

    "Earlier, the Taliban captured Ghazni", "Previously, the Taliban captured Faizabad", "The
    Taliban earlier captured Zaranj", "Taliban had earlier captured Zaranj" and "Earlier, the
    insurgents had taken Ghazni" become "... captured ..." / "... took ...": the taking is
    before the date of writing, which the simple past says; the state it leaves is then
    checked on the date of writing, as for any capture. The caller keeps the reading only for
    named units taken, with no date of its own (:func:`with_earlier`). A pluperfect without
    the adverb ("The Taliban had captured Zaranj") is not rewritten: refused as before."""
    lead = _EARLIER_LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    mid = _EARLIER_MID.match(rest)
    if mid is not None and re.search(rf"\b{_REPORTED.pattern}", mid["subject"], re.IGNORECASE):
        mid = None  # "officials said the Taliban had taken": reported, read as such
    if mid is not None and not lead and not re.search(r"earlier|previously", mid["aux"], re.I):
        mid = None  # "had captured" alone: the pluperfect, refused as before
    if lead is None and mid is None:
        return None
    adverb = (lead.group(0) if lead else mid["aux"] if mid else "").strip(" ,")
    if mid is not None:
        rest = rest[: mid.start("aux")] + _TAKING[mid["verb"].lower()] + rest[mid.end("verb") :]
    note = (
        f"'{adverb}' (before the date of writing) set aside: the taking is checked as the "
        "state it leaves on the date of writing, as for any capture"
    )
    return rest, note


#: A verb of taking full control of a place ("had taken full control of the Panjshir
#: province"): the whole of a named province or district taken, as a named unit is.
_TAKING_WHOLE = re.compile(
    rf"\b(?:{_TAKING_RE})\s+(?:the\s+)?(?:full|complete|total)\s+control\s+(?:of|over)\b",
    re.IGNORECASE,
)


def with_earlier(text: str, adverb: str, claim: ParsedClaim, taken_text: str) -> ParsedClaim:
    """``claim`` read from ``taken_text``, the sentence without an adverb of earlier time
    (:func:`earlier_taking`), kept only for named units taken (a verb of taking), or the whole
    of a named province or district taken ("had taken full control of the Panjshir
    province"), with no date or span of its own: "previously
    held" (no longer held?), "Earlier, the Taliban captured 10 districts" (a count taken is
    not a count held), "Earlier, ... captured Zaranj on Friday" (two times) are refused."""
    whole = (
        claim.measure == "area"
        and claim.figure.lo == claim.figure.hi == 1.0
        and bool(claim.province or claim.district)
        and _TAKING_WHOLE.search(taken_text) is not None
    )
    if not whole and (claim.measure != "units" or not claim.change_verb):
        raise ClaimParseError(
            text,
            adverb,
            "an adverb of earlier time is read only before a verb of taking named units "
            "('Earlier, the Taliban captured Zaranj'): a state then ('previously held') may "
            "not be the state now, and a count taken is not a count held; not read",
        )
    if claim.check_date or claim.date_text or claim.window_start or claim.period_text:
        raise ClaimParseError(
            text,
            adverb,
            "an adverb of earlier time beside a date of its own: two times; check one date per "
            "sentence",
        )
    return claim


def refuse_present_beside_day(
    text: str, s: str, when_note: str, check_date: str, anchor: dt.date | None
) -> None:
    """Refuse "currently" (the present: the date of writing) beside a date of the claim that
    is another day ("Currently, the Taliban captured Zaranj on Monday", "currently control 150
    districts last week"): two dates. ``s`` is the prepared claim with who said it masked (a
    day of who said it is the present's: "Zaranj is currently ..., officials said Monday")."""
    present = bool(when_note and re.search(r"\bcurrently\b", s))
    if present and (anchor is None or check_date != anchor.isoformat()):
        raise ClaimParseError(
            text,
            "currently",
            "'currently' (the present) beside another day of the claim: two dates; check one",
        )


def _said_when(text: str, said: list[str], anchor: dt.date | None) -> tuple[str, str]:
    """The day who said it names ("said Wednesday": the last Wednesday on or before the date
    of writing), as ISO with a note; ("", "") when it names none. A statement made on an
    earlier day it does not give ("had said", "said recently") is refused: the state on the
    date of writing is not what was said."""
    joined = " ".join(said)
    earlier = _SAID_EARLIER.search(joined)
    if earlier:
        raise ClaimParseError(
            text,
            earlier.group(0),
            "who said it puts the statement on an earlier day the sentence does not give; the "
            "state on the date of writing is not what was said: give the date (e.g. 'said on "
            "12 July') or check the statement on its own day with --date",
        )
    days = list(_SAID_DAY.finditer(joined))
    if not days:
        return "", ""
    if len({m["wd"] for m in days}) > 1:
        raise ClaimParseError(
            text, " and ".join(m.group(0) for m in days), "more than one date; check one"
        )
    wd, phrase = days[0]["wd"], days[0].group(0)
    if anchor is None:
        # no date of writing (a library call): shown, the check is on the date given, as an
        # absolute date is without one (`mapper check` always has one: --date)
        return "", (
            f"'{phrase}' (when it was said) is not resolved without the date the sentence was "
            "written; the check uses the date given"
        )
    day, how = day_named(wd, anchor)
    return day.isoformat(), (
        f"'{phrase}' (when it was said): the state on {day.isoformat()} is checked ({how}; "
        f"{anchor.isoformat()} read as the date the sentence was written)"
    )


def _check_date(
    text: str, aside: list[tuple[str, str]], date_text: str, anchor: dt.date | None
) -> tuple[str, str, tuple[windows.Window, str, str, bool] | None]:
    """The day a date in the sentence names (ISO, or ""), a note saying how, and the window
    (with its phrase and leading word) when it names a span of days.

    Without an anchor a relative date is refused and an absolute one is only shown (the
    check is on the date given, as before windows); with one, both are resolved
    (:mod:`mapper.check.windows`)."""
    whens = [t for kind, t in aside if kind == "when"]
    if not whens and date_text and anchor is None:
        # no date of writing: the date is only shown, but a span of days is still one (a
        # figure taken over it is a change: the reader refuses it)
        try:
            w = windows.resolve_absolute(date_text, _FAR, text)
        except ClaimParseError as e:
            if "ambiguous" in e.problem:  # "by July": shown, as before windows
                return "", "", None
            raise  # "9-6 August", "30-32 July": no date at all
        lead_m = re.match(r"(as\s+of|as\s+at|by)\s", date_text)
        lead = " ".join(lead_m.group(1).split()) if lead_m else ""
        return "", "", ((w, date_text, lead, False) if w.days > 1 else None)
    if not whens and not date_text:
        return "", "", None
    phrases = [*whens, *([date_text] if date_text else [])]
    twice = ""
    if len(phrases) > 1 or "; " in date_text:
        same = _same_day(text, [*whens, *(date_text.split("; ") if date_text else [])], anchor)
        if same is None:
            raise ClaimParseError(
                text,
                " and ".join(phrases),
                "more than one date; check one date per sentence",
            )
        named = " and ".join(repr(p) for p in [*whens, *date_text.split("; ")] if p)
        phrases = [same[0]]
        times = "twice" if same[1] == 2 else f"{same[1]} times"
        twice = f"; the sentence names the same day {times} ({named}): one date"
    phrase = phrases[0]
    lead_m = re.match(r"(as\s+of|as\s+at|by|in|on|at|during|from|over)\s", phrase)
    lead = " ".join(lead_m.group(1).split()) if lead_m else ""
    if whens and windows.WINDOW_REL.fullmatch(" ".join(phrase.split())):
        w = windows.resolve_relative(phrase, anchor, text)
    elif whens:
        day, how = resolve_when(phrase, anchor)
        if day is None and how:
            raise ClaimParseError(text, phrase, how)
        if day is None:
            raise ClaimParseError(
                text,
                phrase,
                "a date relative to when the sentence was written needs that date: give it "
                "(mapper check --date D reads D as the date of writing when the sentence has "
                "a relative date)",
            )
        w = windows.Window(day, day, how)
    else:
        assert anchor is not None
        w = windows.resolve_absolute(phrase, anchor, text)
    written = f"; {anchor.isoformat()} read as the date the sentence was written" if anchor else ""
    if w.days == 1:
        return (
            w.start.isoformat(),
            (
                f"'{phrase}': the state on {w.start.isoformat()} is checked ({w.how}{written})"
                + twice
            ),
            None,
        )
    return (
        "",
        (
            f"'{phrase}': the days from {w.start.isoformat()} to {w.end.isoformat()} "
            f"({w.days} days; {w.how}{written}): the state is checked on every day of them, and "
            "the verdict holds only if it holds whatever the day"
        ),
        (w, phrase, lead, True),
    )


def _same_day(text: str, phrases: list[str], anchor: dt.date | None) -> tuple[str, int] | None:
    """(the first phrase, how many) when every phrase names one day and all name the same one
    ("said on May 11 that ... had taken ... on May 11"; "KABUL, Aug 15 (Xinhua) -- ... seized
    Maidan Shar on Sunday", 15 August 2021 a Sunday), else ``None``: two dates that differ,
    a window stay more than one date. Beside at least one absolute day, a weekday or "today"
    (:func:`_weekday_or_today`) is the same day when, resolved against the date of writing,
    it is that day: the weekday is then the absolute day's own, so it names that day whether
    it counts from the date of writing or from the day the absolute date names (a dateline's,
    a speaker's). Other relative days stay a second date: "yesterday" beside "29 June" (the
    day before the date of writing, or before the speaker's 29 June?)."""
    if anchor is None or len(phrases) < 2:
        return None
    days = set()
    absolute = False
    for p in phrases:
        try:
            w = windows.resolve_absolute(p, anchor, text)
        except ClaimParseError:
            day = _weekday_or_today(p, anchor)
            if day is None:
                return None
            days.add(day)
            continue
        if w.days != 1:
            return None
        days.add(w.start)
        absolute = True
    return (phrases[0], len(phrases)) if absolute and len(days) == 1 else None


#: A relative date that is a weekday ("on Sunday", "Sunday night", "earlier on Thursday",
#: "late Monday", "Wednesday") or "today" ("earlier today"): the only relative days
#: :func:`_same_day` compares with an absolute one.
_WEEKDAY_OR_TODAY = re.compile(
    rf"(?:(?:also|later|late|early|earlier)\s+)?(?:on\s+)?(?P<wd>{_WD}|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "this morning" (grammar._WHEN): the day of writing, as "today"
    r"|(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)"
)


def _weekday_or_today(phrase: str, anchor: dt.date) -> dt.date | None:
    """The day a weekday or "today" (:data:`_WEEKDAY_OR_TODAY`) names, written on ``anchor``;
    ``None`` for any other phrase."""
    m = _WEEKDAY_OR_TODAY.fullmatch(" ".join(phrase.split()).strip(" ,"))
    if m is None:
        return None
    return day_named(m["wd"] or "today", anchor)[0]


def _said_note(text: str, said: str) -> str:
    """The note quoting who-said-it as written in the sentence."""
    words = re.findall(r"[a-z0-9]+", said)
    if len(words) >= 3 and words[0] in ("is", "are", "was", "were") and words[-1] == "to":
        # "are believed to control": the source is not named
        return (
            f"'{' '.join(words)}' (the claim attributed to no one named) set aside: the claim "
            "is checked as stated"
        )
    if len(words) >= 2 and words[-1] == "to" and re.fullmatch(r"claim(?:s|ed)?", words[-2]):
        # "The Taliban claimed to have seized ...": the side named as its subject made it
        return (
            f"'{' '.join(words)}' (the side's own claim: the side named is who said it) set "
            "aside: the claim is checked as stated"
        )
    if len(words) == 1 and words[0] in WIRES and said.strip(" .").startswith("("):
        # "... Helmand province. (AP)": who distributed the report
        return (
            f"'({words[0].upper() if len(words[0]) < 5 else words[0].title()})' (a wire credit: "
            "the agency that distributed the report) set aside: the claim is checked as stated"
        )
    pattern = r"\W*?".join(re.escape(w) for w in words)
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    quoted = m.group(0) if m else " ".join(said.strip(" ,:;-").split())
    return f"'{quoted}' (who said it) set aside: the claim is checked as stated, whoever made it"
