"""Ordinals of falls: "the eighth provincial capital to fall (in six days)" (#8).

An ordinal counts **falls**, not holdings: "Kunduz, the fourth provincial capital to fall in
three days" says that three capitals fell to the side in the period before Kunduz did, and
Kunduz fourth. Read as a count held ("the side holds 4"), it is wrong on the day when more
than one capital fell that day (Kunduz, Sar-e Pul and Taloqan fell on 8 August 2021: one of
them is "the fourth", and the side held five that evening), and wrong on any later day
(capitals can be retaken). It is checked here on the ledger, on the day of the event only
(the reader refuses an ordinal whose day is not known):

* the falls are counted from the start of the period ("in six days": the six days up to the
  event's day) or, with no period, from a day before the event on which the ledger shows
  the side holding no provincial capital at every allocation (the count is then what it
  holds; no such day: no verdict);
* the falls by a day are the capitals that are the side's on that day and were not at the
  start: at the fewest, those certainly the side's (its own status) that could not be at the
  start; at the most, those that could be (also a contested, disputed or unconfirmed status,
  a capital on a province-wide claim, and with ``--unclaimed open`` or the side no claim on
  record) that were not certainly so at the start. A capital taken and lost again within the
  period is not counted (said in the note);
* the ordinal N holds when fewer than N fell before the event's day and at least N by its
  end: SUPPORTED when that holds at the most before and the fewest by the end, CONTRADICTED
  when N is beyond the most by the end or within the fewest before it, DEPENDS-ON-ASSUMPTIONS
  otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .model import CheckError, ParsedClaim, VerdictKind

if TYPE_CHECKING:
    from ..boundaries import UnitSet
    from ..claims import Ledger
    from ..vocabulary import Vocabulary


@dataclass(frozen=True)
class Falls:
    """Provincial capitals newly the side's since ``start``: ``before`` (by the end of the day
    before the event's day) and ``through`` (by the end of the event's day), each (fewest,
    most): the fewest are certainly the side's then and could not be at the start, the most
    could be the side's then and were not certainly so at the start."""

    start: dt.date
    day: dt.date
    before: tuple[int, int]
    through: tuple[int, int]
    certain: tuple[str, ...]
    possible: tuple[str, ...]
    on_day: tuple[str, ...]

    def verdict(self, n: int, first: int | None = None) -> VerdictKind:
        """The ordinal N ("the eighth"); with ``first`` the first of two ordinals the same day
        ("the seventh and eighth": fewer than ``first`` before the day, at least N by its
        end)."""
        lo = n if first is None else first
        if self.before[1] < lo and n <= self.through[0]:
            return "supported"
        if n > self.through[1] or lo <= self.before[0]:
            return "contradicted"
        return "depends-on-assumptions"


def _held(
    frame: pd.DataFrame, side: str, vocabulary: Vocabulary, mode: str
) -> tuple[pd.Series, pd.Series]:
    """(low, high): whether each capital counts for ``side`` at each allocation."""
    status = frame["status"].astype(str)
    rests = frame["scope"].astype(str) == "province"
    opened = status.isin(
        vocabulary.of_kind("unconfirmed")
        + vocabulary.of_kind("contested")
        + vocabulary.of_kind("disputed")
    )
    low = (status == side) & ~rests
    high = (status == side) | opened | (rests & (status != vocabulary.unknown))
    if mode in ("open", side):
        high |= status == vocabulary.unknown
    return low, high


def count_falls(
    ledger: Ledger,
    units: UnitSet,
    places: pd.DataFrame | None,
    *,
    side: str,
    day: dt.date,
    days: int | None,
    mode: str,
    max_age: int | None = None,
) -> Falls:
    """The provincial capitals that fell to ``side`` in the ``days`` days up to ``day`` or,
    with no period, since a day before it on which the ledger shows the side holding none
    (see the module docstring).

    Raises
    ------
    CheckError
        No period, and no day before ``day`` on which the side held no capital at every
        allocation.
    """
    from ..snapshots import state_at
    from .capitals import capital_frame

    vocabulary = ledger.vocabulary

    def held(on: dt.date) -> tuple[pd.Series, pd.Series]:
        state = state_at(ledger, units, on, max_age=max_age)
        return _held(capital_frame(state, units, places, ledger), side, vocabulary, mode)

    if days is not None:
        start = day - dt.timedelta(days=days)
        low0, high0 = held(start)
    else:
        # any day on which the side held none will do (the falls since then are what it
        # holds, however far back the day is): tried at growing distances and halvings of
        # the ledger's span, then every day
        dates = sorted({d for d in pd.to_datetime(ledger.claims["date"]).dt.date if d < day})
        n = len(dates)
        back = [n - 2**k for k in range(n.bit_length()) if 2**k <= n]
        halves = [n * j // 2**k for k in range(1, 6) for j in range(1, 2**k, 2)]
        order = list(dict.fromkeys([*back, *halves, *range(n - 1, -1, -1)]))
        for i in order:
            start = dates[i]
            low0, high0 = held(start)
            if not bool(high0.any()):
                break
        else:
            raise CheckError(
                f"an ordinal with no period counts the falls since the side last held no "
                f"provincial capital; the ledger shows no day before {day} on which "
                f"{vocabulary[side].label} certainly held none (unclaimed capitals count as "
                "possibly held unless --unclaimed nobody): no verdict"
            )
    low1, high1 = held(day - dt.timedelta(days=1))
    low2, high2 = held(day)

    def count(end: pd.Series, at_start: pd.Series) -> int:
        return int((end & ~at_start).sum())

    def names(mask: pd.Series) -> tuple[str, ...]:
        return tuple(sorted(str(c) for c in mask.index[mask.to_numpy()]))

    return Falls(
        start=start,
        day=day,
        before=(count(low1, high0), count(high1, low0)),
        through=(count(low2, high0), count(high2, low0)),
        certain=names(low2 & ~high0),
        possible=names(high2 & ~low0 & ~(low2 & ~high0)),
        on_day=names(((low2 & ~low1) | (high2 & ~high1)) & ~low0),
    )


def falls_text(
    f: Falls, n: int, side_label: str, days: int | None, first: int | None = None
) -> str:
    """The ordinal's check in words (a note of the verdict); ``first``: the first of two
    ordinals ("the seventh and eighth")."""
    since = (
        f"the {days} day{'s' if days != 1 else ''} up to {f.day} (from {f.start})"
        if days is not None
        else f"since {f.start}, a day on which the ledger shows {side_label} holding none"
    )

    def rng(p: tuple[int, int]) -> str:
        return f"{p[0]}" if p[0] == p[1] else f"{p[0]}-{p[1]}"

    lo = n if first is None else first
    which = (
        f"the {ordinal_text(n)} provincial capital"
        if first is None
        else f"the {ordinal_text(first)} and {ordinal_text(n)} provincial capitals"
    )
    return (
        f"Ordinal: '{which} to fall' counts falls, not "
        f"holdings, and is checked on {f.day}, the day of the event: fewer than {lo} "
        f"provincial capitals newly {side_label}'s before that day and at least {n} by its "
        f"end, over {since}. The ledger gives {rng(f.before)} before it and {rng(f.through)} "
        f"by its end (fewest-most): {f.verdict(n, first).upper()}. Newly {side_label}'s: "
        f"{', '.join(f.certain) or 'none'}"
        + (f"; possibly (open statuses): {', '.join(f.possible)}" if f.possible else "")
        + (f"; on {f.day} itself: {', '.join(f.on_day)}" if f.on_day else "")
        + ". A capital taken and lost again within the period is not counted."
    )


def ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: A verb in the past (simple or past perfect) with no "has/have" before it: the event is told
#: as past, so its day is not the day of writing ("captured by" is a participle, not a tense).
_PAST = re.compile(
    r"\b(?:was|were|had|took|captured|seized|fell|overran|retook|recaptured|became|grabbed"
    r"|won|gained)\b(?!\s+by\b)"
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|reportedly|already|so\s+far|also)\s+)*$")


def told_as_past(s: str) -> str:
    """The first verb of ``s`` (a prepared sentence) that tells the event as past ("was",
    "captured" with no "has" before it), or ""."""
    for m in _PAST.finditer(s):
        if not _PERFECT.search(s[: m.start()]):
            return m.group(0)
    return ""


def ordinal_day(
    text: str, s: str, n: int, check_date: str, anchor: dt.date | None, part: str
) -> tuple[str, str]:
    """The ISO day an ordinal is checked on (the day of the event) and how it was found: the
    day the sentence names, else the date of writing when the sentence tells the event in
    the present or present perfect ("is the eighth", "has taken ..., the tenth");
    otherwise refused.

    Raises
    ------
    ClaimParseError
        No day named and the event told as past, or no date of writing.
    """
    from .model import ClaimParseError

    if check_date:
        return check_date, f"the day the sentence names, {check_date}"
    past = told_as_past(s)
    if past:
        raise ClaimParseError(
            text,
            part,
            f"an ordinal ('the {ordinal_text(n)} ... to fall') counts falls up to the day of "
            f"the event, and is checked on that day only; the sentence tells it as past "
            f"({past!r}) and names no day, so the day is not known: not read (name the day, "
            "e.g. 'on Sunday')",
        )
    if anchor is None:
        raise ClaimParseError(
            text,
            part,
            f"an ordinal ('the {ordinal_text(n)} ... to fall') counts falls up to the day of "
            "the event and is checked on that day only: give the date the sentence was "
            "written (mapper check --date D), read as the day of the event",
        )
    return anchor.isoformat(), (
        f"{anchor.isoformat()}, the date of writing (the sentence tells the event in the "
        "present or present perfect)"
    )


_ORDINAL_WORD = (
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth"
)
#: "... to fall to the militants after a siege": how the capital fell (a siege, a battle), a
#: closed list. It may also restrict the ordinal (the first of the capitals taken by siege),
#: which the ledger cannot tell from other falls: the ordinal is then set aside, not checked.
_MANNER = (
    r"after\s+(?:a|an)\s+(?:(?:brief|short|long|lengthy|weeks?-long|days?-long|months?-long"
    r"|bloody|fierce)\s+)?(?:siege|battle)"
)
_SIDE_WORDS = r"(?:the\s+)?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?"
#: ", (making it|becoming) (Afghanistan's) the Nth provincial capital to fall (to SIDE) /
#: captured by SIDE / (that) SIDE have captured (in PERIOD)": after a claim about a named unit.
_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:making|marking)\s+it\s+|becoming\s+)?(?:(?:afghanistan|the\s+country)['’]s\s+)?"
    rf"(?:the\s+)?(?P<ord>{_ORDINAL_WORD})\s+(?:afghan\s+)?provincial\s+capital(?:\s+city)?\s+"
    rf"(?:to\s+(?:fall|be\s+(?:captured|taken|overrun|seized))"
    rf"(?:\s+(?:to|into)\s+(?P<s1>{_SIDE_WORDS})(?:\s+hands)?|\s+under\s+(?P<s5>{_SIDE_WORDS})"
    rf"\s+control|\s+by\s+(?P<s2>{_SIDE_WORDS}))?"
    rf"|(?:captured|taken|seized|overrun)\s+by\s+(?P<s3>{_SIDE_WORDS})"
    rf"|(?:that\s+)?(?P<s4>{_SIDE_WORDS})\s+(?:have|has)\s+(?:captured|taken|seized|overrun))"
    r"(?P<period>\s+(?:in|within|over)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:less\s+than\s+)?"
    r"(?:(?:just|only)\s+)?(?:\w+\s+)?(?:days?|weeks?|hours)"
    r"|\s+since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    rf"(?P<manner>\s+{_MANNER})?"
    r"\s*(?=[,.;]|\s+as\s|$)",
    re.IGNORECASE,
)

_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: "When the militants on Thursday seized the city of Ghazni, it was the 10th provincial capital
#: to fall in a week": the capture and its ordinal, joined by "when ..., it was"; only with the
#: day of the capture named in the clause (the ordinal is checked on that day).
_WHEN_IT_WAS = re.compile(
    rf"^\s*when\s+(?P<clause>[^,]*?\b(?:{_WEEKDAYS})\b[^,]*?)\s*,\s*(?P<it>it\s+(?:was|became)\s+)"
    rf"(?=(?:the\s+)?(?:{_ORDINAL_WORD})\s)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Apposition:
    """An ordinal apposition after a claim about a named unit, and the sentence without it."""

    main: str
    written: str
    n: int
    side_words: str
    period: str
    #: "When the militants on Thursday seized the city of Ghazni, it was the 10th ...": the
    #: leading "when" and "it was" joining the capture and its ordinal ("" when none)
    lead: str = ""
    #: "after a siege": how the capital fell (_MANNER); the ordinal is then set aside
    manner: str = ""


def ordinal_apposition(text: str) -> Apposition | None:
    """The ordinal apposition of ``text`` ("..., the second provincial capital to fall to the
    insurgents in less than 24 hours"), or ``None``."""
    from .capitals import _ordinal_value

    lead = ""
    w = _WHEN_IT_WAS.match(text)
    if w is not None:
        # "When SIDE on DAY seized X, it was the Nth provincial capital to fall": "it" is the
        # capital just taken, on the day named there
        lead = f"when ..., {w['it'].strip()}"
        text = f"{w['clause']}, {text[w.end() :]}"
    m = _APPOSITION.search(text)
    if m is None:
        return None
    n = _ordinal_value(m["ord"].lower().replace("-", " "))
    if n is None:
        return None
    side_words = next((m[g] for g in ("s1", "s2", "s3", "s4", "s5") if m[g]), "") or ""
    main = (text[: m.start()] + text[m.end() :]).strip()
    if lead and main.rstrip(" .;") != w["clause"].strip():  # type: ignore[index]
        return None  # more than the capture and its ordinal: left to be refused
    return Apposition(
        main,
        m.group(0).strip(" ,"),
        n,
        side_words.strip(),
        (m["period"] or "").strip(),
        lead,
        (m["manner"] or "").strip(),
    )


#: "the seventh provincial capital the group has seized since Friday", "the eighth to have
#: fallen to the militant group": the group the claim names before it (the Taliban), referred
#: back to; only for the Taliban's claim.
_BACK_REFERENCE = re.compile(r"(?:the\s+)?(?:(?:militant|insurgent|islamist)\s+)?group")


def with_ordinal(
    text: str,
    claim: ParsedClaim,
    app: Apposition,
    side_of: Callable[[str], str | None],
    anchor: dt.date | None,
) -> ParsedClaim:
    """The named-unit ``claim`` read from the sentence without its ordinal apposition, with
    the ordinal attached as a second claim (checked beside it: :mod:`mapper.check.beside`).

    Raises
    ------
    ClaimParseError
        The apposition names another side or a period not read, the named unit is not one
        provincial capital, or the day of the event is not known.
    """
    from .capitals import period_days
    from .model import ClaimParseError
    from .windows import since_weekday_days

    if len(claim.named_units) != 1 or claim.named_units[0].kind != "capital":
        raise ClaimParseError(
            text,
            app.written,
            "an ordinal of provincial capitals after a claim about "
            + (claim.named_units[0].label if len(claim.named_units) == 1 else "several units")
            + ": it counts provincial capitals, and the claim names no single one",
        )
    if not app.side_words and re.match(
        r"re-?(?:took|taken|captured|claimed)|regained|liberated|took\s+back|taken\s+back",
        claim.change_verb,
    ):
        # "Government forces have retaken Herat, the 11th provincial capital to fall": to fall
        # to whom? Read as the side that retook it, or as the side that took it first
        raise ClaimParseError(
            text,
            app.written,
            f"after '{claim.change_verb}' an ordinal that names no side ('to fall') may count "
            "the falls to the other side (the first capture); not guessed: name the side",
        )
    if app.side_words and _BACK_REFERENCE.fullmatch(app.side_words.lower()):
        if claim.side != "taliban":
            raise ClaimParseError(
                text,
                app.side_words,
                f"the ordinal's '{app.side_words}' refers back to an armed group; the claim's "
                f"side is {claim.side}: not read",
            )
    elif app.side_words and side_of(app.side_words) != claim.side:
        raise ClaimParseError(
            text,
            app.side_words,
            f"the ordinal names {app.side_words!r}, not the claim's side ({claim.side})",
        )
    if app.manner:
        note = (
            f"'{app.written}' (an ordinal) set aside, not checked: '{app.manner}' says how the "
            "capital fell, and may also count only the capitals taken that way, which the "
            "ledger does not tell from other falls; the capture is checked alone"
        )
        return dataclasses.replace(claim, reading_notes=(*claim.reading_notes, note))
    day, how = ordinal_day(text, app.main.lower(), app.n, claim.check_date, anchor, app.written)
    days = period_days([app.period]) if app.period else None
    if app.period and days is None:
        # "since Friday": from that weekday to the event's day
        days = since_weekday_days(app.period, dt.date.fromisoformat(day), text)
    if app.period and days is None:
        raise ClaimParseError(
            text,
            app.period,
            "the ordinal's period is read in days, weeks or whole days of hours ('in six "
            "days', 'in less than 24 hours') or from a weekday ('since Friday'); not this one",
        )
    unit = claim.named_units[0].name
    period = f" in the {days} day{'s' if days != 1 else ''} up to {day}" if days else ""
    joined_by = (
        f" ('{app.lead}' joins the capture to its ordinal: 'it' is the capital taken)"
        if app.lead
        else ""
    )
    note = (
        f"'{app.written}' (an ordinal: a second claim, checked beside the first){joined_by} "
        "read as: "
        f"{unit} is the {ordinal_text(app.n)} provincial capital to fall to the side{period}, "
        f"a count of falls, not of capitals held (fewer than {app.n} before {day}, at least "
        f"{app.n} by its end), checked on the ledger on {day} ({how}); the sentence holds only "
        "if both claims do"
    )
    return dataclasses.replace(
        claim,
        ordinal=app.n,
        ordinal_days=days,
        check_date=day,
        reading_notes=(*claim.reading_notes, note),
    )


_WEEKDAY_ON = r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: "took control of another city in northern Afghanistan on Wednesday, the eighth provincial
#: capital to fall to the insurgents in six days": the city the ordinal counts, not named. The
#: ordinal apposition must close the sentence; the region (a compass word of the country) only
#: locates the city, the count is the country's.
_ANOTHER_CAPITAL = re.compile(
    r"\b(?P<verb>(?:took|taken|seized|captured|overran|overrun)(?:\s+control\s+of)?)\s+"
    r"(?P<unit>another\s+(?:provincial\s+)?(?:city|capital)(?:\s+in\s+(?:the\s+)?"
    r"(?:northern|southern|eastern|western|central|north-?eastern|north-?western"
    r"|south-?eastern|south-?western)\s+(?:afghanistan|part\s+of\s+the\s+country))?)"
    rf"(?:\s+(?P<day>{_WEEKDAY_ON}))?\s*,\s*"
    rf"(?P<ord>the\s+(?:{_ORDINAL_WORD})\s+provincial\s+capital\s+to\s+(?:fall|be\s+"
    r"(?:captured|taken|overrun|seized))\b[^,;:]*?)\s*\.?\s*$"
)


def another_capital(s: str) -> tuple[str, str]:
    """``s`` (normalised) with an unnamed capital before its ordinal set aside ("took control
    of another city in northern Afghanistan on Wednesday, the eighth provincial capital to
    fall ...": "took control of the eighth provincial capital to fall ... on wednesday"), and
    the note saying so; ``(s, "")`` when the sentence has no such construction."""
    m = _ANOTHER_CAPITAL.search(s)
    if m is None:
        return s, ""
    day = f" {m['day']}" if m["day"] else ""
    out = f"{s[: m.start()]}{m['verb']} {m['ord']}{day}"
    note = (
        f"'{m['unit']}' (the provincial capital the ordinal counts, not named) set aside: only "
        "the ordinal is checked, not which city fell"
    )
    return out, note


#: "captured their first provincial capital since launching an offensive", "the first
#: provincial capital to be overrun ... since American forces began their withdrawal": an
#: ordinal (rewritten "1th provincialcapitals") over a span from an event. A span from a named
#: day ("since Friday") is a period read before this (grammar._PERIOD), so whatever "since"
#: is left here opens an event's clause.
_ORDINAL_OF_CAPITALS = (
    rf"(?:\b\d+th\s+provincialcapitals?|\b(?:the|their|its)\s+(?:{_ORDINAL_WORD})\s+"
    r"(?:afghan\s+)?provincial\s+capital)\b[^;]*?\b"
)
_SINCE_EVENT = re.compile(_ORDINAL_OF_CAPITALS + r"(?P<since>since(?:\s+[a-z'-]+){1,3})")


#: "the first provincial capital to fall to the Taliban after the withdrawal of foreign troops"
#: (fresh4 f4203, read as the first ever until then, the clause set aside as what came
#: after): the same span after an event's noun phrase. Matched before clauses are set aside;
#: "after heavy fighting" or "after Zaranj" name no event a span starts at.
_AFTER_EVENT = re.compile(
    _ORDINAL_OF_CAPITALS + r"(?P<since>(?:after|following|in\s+the\s+wake\s+of)\s+"
    r"(?:the|their|its|a|an)(?:\s+[a-z'-]+){1,3})"
)


def refuse_ordinal_since_event(text: str, s: str, whole: str = "") -> None:
    """Refuse an ordinal over a span that starts at an event whose day the sentence does not
    give (counts7, #8; ``whole``, the sentence before clauses are set aside, for "after the
    withdrawal ..."). Checked on the ledger it would need the falls since that day: "the
    first since the offensive" is not "the first ever" (the reading with the span set aside),
    and with the day unknown neither SUPPORTED nor CONTRADICTED can be told honestly from the
    count before the day (a capital taken and lost again before it is not on the ledger's
    state), so the sentence is not read.

    Raises
    ------
    ClaimParseError
        For such a sentence.
    """
    from .model import ClaimParseError

    m = _SINCE_EVENT.search(s) or _AFTER_EVENT.search(whole)
    if m is None:
        return
    raise ClaimParseError(
        text,
        m["since"],
        "an ordinal over a span from an event whose day the sentence does not give "
        f"({m['since']!r} ...): the falls are counted from that day, which is not known; the "
        "first since an event is not the first ever, so the span is not set aside; not read "
        "(a span from a named day, 'since Friday', is read)",
    )
