"""A capture or a hold, then the total it brings the side to (#8, session 16).

"As of Wednesday, the Taliban controls the capitals of Afghanistan's Badakhshan and Baghlan
provinces ... and the capital of the Farah province in the west, bringing the total of
Taliban-controlled Afghan provincial capitals to nine": the closing clause states what the side
holds (nine capitals); the first clause names some of them. The total is read alone, by the
whole grammar, as "<side> control <N> <noun>", and the reading's note names what is set aside.

A closed grammar:

- the first clause: ``[As of|On <weekday>,] <side> <verb> <object>``, the side a side's name
  and nothing else, the verb one of :data:`_VERB` (a hold or a taking, past or present), the
  object free words with no other side and no negation, modal or hedge (:data:`_NOT_PLAIN`);
  it may count what was taken ("three more provincial capitals"): the total is what is read;
- the total: ``, bringing the total|number of [<side>-controlled|-held] [Afghan] <noun> to
  <N>`` or ``, bringing (its|their) total to <N> <noun>``, closing the sentence; the noun one of
  districts, provinces, provincial capitals/centres; a side before "-controlled" must be the
  subject's.

"As of <weekday>" before a hold is the state on that day, written "On <weekday>" for the reader;
before a taking it is refused ("by" that day: not one day). "bringing the total recaptured
districts to 24", "the total fallen districts to 37 since May 1" (a count of changes), "bringing
20 provincial capitals under its control" and a total with words after it are left to the
reader, which refuses or reads them as they stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .complements import Rewrite
from .model import ClaimParseError
from .windows import WEEKDAY_RE as _WEEKDAY

_NUM = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_NOUN = r"(?:afghan\s+)?(?:provincial\s+capitals|provincial\s+cent(?:re|er)s|districts|provinces)"
#: The verbs of the first clause: a hold (present) or a taking (past), with "control of".
_HOLD = r"(?:now\s+)?(?:controls|control|holds|hold)"
_TAKE = r"(?:(?:has|have)\s+)?(?:taken|took|seized|captured|overran|overrun)(?:\s+control\s+of)?"
_VERB = rf"(?P<verb>{_HOLD}|{_TAKE})"
_HEAD = re.compile(
    rf"^(?P<lead>(?P<asof>as\s+of|on)\s+{_WEEKDAY}\s*,\s*)?(?P<who>[a-z][a-z' -]{{0,40}}?)\s+"
    rf"{_VERB}\s+(?P<obj>\S.*)$"
)
_TOTAL = (
    re.compile(
        rf",\s+bringing\s+the\s+(?:total|number)\s+of\s+(?:(?P<held>[a-z]+)-(?:controlled|held)"
        rf"\s+)?(?P<noun>{_NOUN})\s+to\s+(?P<n>{_NUM})$"
    ),
    re.compile(rf",\s+bringing\s+(?:its|their)\s+total\s+to\s+(?P<n>{_NUM})\s+(?P<noun>{_NOUN})$"),
)
#: Words that make the first clause other than a plain hold or taking: negation, modals,
#: hedges, an attempt, an exception.
_NOT_PLAIN = re.compile(
    r"\b(?:not|no|never|nor|n't|may|might|could|would|will|should|failed|unable|yet|nearly"
    r"|almost|tried|try|trying|attempt\w*|reportedly|claimed|claims|denied|except|but)\b"
)


#: The words the first clause's object may hold besides the names of places (the units the
#: total counts among): articles, "the capital(s) of", the unit nouns, "Afghanistan's", a
#: compass phrase locating them, a count of them ("three more provincial capitals") and the day
#: of the taking ("on Tuesday", "overnight"). Any other word is refused, never set aside unread.
_COMPASS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center)"
_OBJ_WORDS = re.compile(
    r"\b(?:the|of|and|afghanistan's|afghan|capitals?|provinces?|districts?|provincial"
    rf"|(?:in|to)\s+(?:the|afghanistan's)\s+{_COMPASS}"
    rf"|{_NUM}(?:\s+(?:more|other|new))?"
    rf"|(?:on\s+)?{_WEEKDAY}|today|yesterday|overnight|last\s+night)\b"
)


def unread_in_object(obj: str, place: Callable[[str], bool]) -> str | None:
    """The first words of ``obj`` (the first clause's object, lower case) that are neither one
    of :data:`_OBJ_WORDS` nor, whole, the name of a place (``place(words)``), else ``None``.

    >>> unread_in_object("the capitals of herat and farah", lambda w: w in {"herat", "farah"})
    >>> unread_in_object("the bbb capitals of farah", lambda w: w == "farah")
    'bbb'
    """
    for chunk in re.split(r"[,|]", _OBJ_WORDS.sub("|", obj)):
        words = chunk.strip(" .;:")
        if words and not place(words):
            return words
    return None


@dataclass(frozen=True)
class TotalAfterHold(Rewrite):
    """The sentence with its closing total written as the side's hold."""


def total_after_hold(
    text: str,
    side_exact: Callable[[str], tuple[str, str] | None],
    place: Callable[[str], bool],
) -> TotalAfterHold | None:
    """The closing total of a hold-or-taking-then-total sentence (see the module), or
    ``None`` when the sentence is not one.

    ``side_exact(words)`` gives (side key, side as written) for words that are a side's name and
    nothing else; ``place(words)`` whether words, whole, name a place of the boundary set (the
    first clause's object is set aside only when it names places and nothing else).

    Raises
    ------
    ClaimParseError
        The construction with another side in the total, "As of <weekday>" before a taking, or
        a first clause that is not plain.
    """
    s = re.sub(r"[\u2018\u2019]", "'", text).strip().rstrip(".!")
    low = s.lower()
    m = next((t for t in (p.search(low) for p in _TOTAL) if t), None)
    if m is None:
        return None
    head = _HEAD.match(low[: m.start()])
    if head is None:
        return None
    subject = side_exact(s[head.start("who") : head.end("who")].strip())
    if subject is None:
        return None
    closing = s[m.start() :].lstrip(", ")
    held = m.groupdict().get("held")
    if held and (other := side_exact(held)) is not None and other[0] != subject[0]:
        raise ClaimParseError(
            text,
            closing,
            "the first clause and the total name different sides; check one side per sentence",
        )
    if held and side_exact(held) is None:
        return None
    obj = head["obj"]
    bad = _NOT_PLAIN.search(low[: m.start()])
    if bad is not None or side_exact(obj) is not None:
        word = bad.group(0) if bad is not None else obj
        raise ClaimParseError(
            text,
            word,
            f"{word!r} in the clause before '{closing}': the total is read only after a plain "
            "hold or taking by the same side; not read",
        )
    unread = unread_in_object(obj, place)
    if unread is not None:
        raise ClaimParseError(
            text,
            unread,
            f"{unread!r} in the clause before '{closing}' is not the name of a place of the "
            "boundary set: the clause is set aside only when it names the units among the total "
            "and nothing else (unknown is refused, never skipped)",
        )
    lead = ""
    if head["lead"]:
        day = head["lead"].split()[-1].rstrip(",")
        if head["asof"] != "on" and not re.match(_HOLD + "$", head["verb"]):
            raise ClaimParseError(
                text,
                s[head.start("lead") : head.end("lead")].rstrip(", "),
                "'as of' a day before a taking is any day up to it, not one day: not read",
            )
        lead = f"On {day.capitalize()}, "
    who = s[head.start("who") : head.end("who")].strip()
    noun = re.sub(r"\s+", " ", m["noun"])
    rewritten = f"{lead}{who} control {m['n']} {noun}"
    first = s[head.start("who") : m.start()].strip()
    note = (
        f"'{closing}' read as the total {subject[1]} hold: '{rewritten}'; the clause before it "
        f"('{first}') names units among them and is set aside, not checked"
    )
    return TotalAfterHold(rewritten, note)
