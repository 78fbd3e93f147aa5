"""An increment, then the total it led to (issue #8, parts 3 and 5).

"The Taliban seized three more provincial capitals in Afghanistan, officials said on
Wednesday, putting nine of the nation's 34 in the insurgents' hands", "Afghan officials say 3
more provincial capitals fall to Taliban; insurgents now hold 9 out of 34". The first clause
counts what changed (an increment: not what a side holds, and not checked); the second states
the total the side holds, often with its noun left out ("nine of the nation's 34": of the
provincial capitals the first clause counts). The total is read alone, by the whole grammar,
as "<side> now control <total> <noun>", and the reading's note names the increment set aside.

A closed grammar, each part a short list:

- the change clause: ``[<side>] [has|have] <verb of taking> N more|other|additional <noun>
  [in Afghanistan]`` or ``N more <noun> [has|have] fall(en) to <side> [in Afghanistan]``, the
  noun one of districts, provinces, provincial capitals/centres; before it a reporting phrase
  ("Afghan officials say"), after it ", <speaker> said [day]" or "amid ..." (both carried into
  the reading, where the whole grammar reads or refuses them);
- the state clause: ``, putting|leaving <total> in <side>'s hands|under <side> control`` or
  ``; <side> now hold(s)|control(s) <total>``; the total a count with a stated denominator
  ("nine of the nation's 34", "9 out of 34"), its noun the change clause's or left out.

Anything else is left to the reader, which refuses an increment ("three more ...") with its
reason. A state clause whose noun differs from the increment's ("three more districts,
putting nine of 34 provinces ...") is refused: the total of another measure is not the one the
increment leads to, and which is claimed is not clear.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import _WORD_NUMBERS
from .model import ClaimParseError

if TYPE_CHECKING:
    from .unit_names import NamedUnit

_SMALL = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
    r"|a\s+few)"
)
_NOUN = (
    r"(?:afghan\s+)?(?P<noun>provincial\s+capitals|provincial\s+centres|provincial\s+centers"
    r"|districts|provinces)"
)
_MORE = r"(?:more|other|additional|further)"
_TAKE = (
    r"(?:(?:has|have)\s+)?(?:seized|captured|taken|took|overrun|overran|seize|capture|take"
    r"|overrun)"
)
_IN_COUNTRY = r"(?:\s+in\s+(?:afghanistan|the\s+country))?"
#: The change clause, closed: a verb of taking with the increment as object, or the increment
#: falling to a side.
_CHANGE = (
    re.compile(
        rf"^(?P<who>[a-z][a-z' -]{{0,40}}?)\s+{_TAKE}\s+(?P<inc>{_SMALL}\s+{_MORE}\s+{_NOUN})"
        rf"{_IN_COUNTRY}$"
    ),
    re.compile(
        rf"^(?P<inc>{_SMALL}\s+{_MORE}\s+{_NOUN}){_IN_COUNTRY}\s+(?:(?:has|have)\s+)?"
        rf"(?:fallen|fell|fall)\s+to\s+(?P<who>[a-z][a-z' -]{{0,40}}?){_IN_COUNTRY}$"
    ),
)
#: A dateline before it all ("KABUL, Afghanistan (AP) —", "KABUL:"): carried into the reading
#: as written, where the whole grammar reads or refuses it.
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z .'-]*)?(?:\s*\((?:AP|AFP|Reuters|dpa)\))?"
    r"\s*(?:—|–|--|-|:))\s+"
)
#: A reporting phrase before the change clause ("Afghan officials say", "officials said
#: that"): carried into the reading, whose attribution grammar reads or refuses it.
_LEAD_SAID = re.compile(
    r"^(?P<said>(?:[a-z][a-z'-]*\s+){1,4}(?:say|says|said|report|reports|reported)"
    r"(?:\s+that)?)\s+"
)
#: Who said it after the change clause (", officials said on Wednesday").
_TRAIL_SAID = re.compile(
    r",\s*(?P<said>(?:[a-z][a-z'-]*\s+){1,4}(?:said|say|says|reported)"
    r"(?:\s+(?:on\s+)?[a-z]+day)?)$"
)
#: A circumstance after the change clause ("... fall to Taliban amid US withdrawal").
_TRAIL_AMID = re.compile(r"\s+(?P<amid>amid\s+[a-z][a-z .'-]{0,80})$")
#: The state clause.
_STATE = (
    re.compile(
        r",\s*(?:putting|leaving|placing)\s+(?P<total>[^,;]+?)\s+"
        r"(?:in(?:to)?\s+(?P<who>(?:the\s+)?[a-z][a-z -]{0,30}?)(?:'s|'|(?<=their)|(?<=its)"
        r"|(?<=taliban)|(?<=insurgent)|(?<=militant))\s+hands"
        r"|under\s+(?P<who2>(?:the\s+)?[a-z][a-z -]{0,30}?)\s+control)"
        r"(?P<tail>(?:\s+amid\s+[^,;]+)?)\s*$"
    ),
    re.compile(
        r";\s*(?P<who>(?:the\s+)?[a-z][a-z -]{0,30}?)\s+now\s+(?:hold|holds|control|controls)"
        r"\s+(?P<total>[^,;]+?)(?P<tail>)\s*$"
    ),
)
#: The total: a count of a stated denominator, its noun the increment's or left out.
_TOTAL = re.compile(
    r"^(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-[a-z]+)?)\s+"
    r"(?:out\s+)?of\s+(?P<of>(?:the\s+)?(?:(?:nation|country|afghanistan)'s\s+)?"
    r"(?P<den>\d{1,3}|thirty-four))"
    rf"(?:\s+{_NOUN.replace('noun', 'noun2')})?$"
)
_PRONOUNS = frozenset(["them", "they", "it", "their", "its"])


@dataclass(frozen=True)
class StateAfterIncrement:
    """The total as a sentence of its own, and a note naming the increment set aside."""

    text: str
    note: str


def _count(words: list[str]) -> float | None:
    """The least value of a count of the increment or the total ("12", "twelve", "a dozen",
    "a few" = 2, "twenty-one"); ``None`` when the words are not one."""
    if words[0].isdigit():
        return float(words[0])
    if words[:2] == ["a", "dozen"]:
        return 12.0
    if words[:2] == ["a", "few"]:
        return 2.0
    parts = words[0].split("-")
    if all(p in _WORD_NUMBERS for p in parts):
        return float(sum(_WORD_NUMBERS[p] for p in parts))
    return None


def _measure(noun: str) -> str:
    return "capitals" if noun.startswith("provincial") else noun


def state_after_increment(
    text: str,
    side_of: Callable[[str], tuple[str, str] | None],
    side_exact: Callable[[str], tuple[str, str] | None],
) -> StateAfterIncrement | None:
    """The total clause of an increment-then-total sentence, or ``None`` when the sentence is
    not one (the reader then reads or refuses it as it stands).

    ``side_of(words)`` gives (side key, side as written) for the side some words name, ``None``
    when they name none; ``side_exact`` the same for words that must be a side's name and
    nothing else."""
    s = re.sub(r"[\u2018\u2019]", "'", text).strip().rstrip(".!")
    dateline = _DATELINE.match(s)
    dl_text = ""
    if dateline is not None:
        dl_text = dateline["dl"] + " "
        s = s[dateline.end() :]
    low = s.lower()
    for pat in _STATE:
        m = pat.search(low)
        if m is None:
            continue
        first_end = len(low[: m.start()].rstrip())
        lead = _LEAD_SAID.match(low[:first_end])
        lead_said = s[: lead.end("said")] if lead else ""
        a, b = (lead.end() if lead else 0), first_end
        trail = _TRAIL_SAID.search(low[a:b])
        trail_said = ""
        if trail is not None:
            trail_said = s[a + trail.start("said") : a + trail.end("said")]
            b = a + trail.start()
        amid = _TRAIL_AMID.search(low[a:b])
        amid_text = ""
        if amid is not None:
            amid_text = s[a + amid.start("amid") : a + amid.end("amid")]
            b = a + amid.start()
        while a < b and low[a].isspace():
            a += 1
        core, orig = low[a:b], s[a:b]
        change = next((c for c in (p.match(core) for p in _CHANGE) if c), None)
        if change is None:
            return None
        subject = side_exact(orig[change.start("who") : change.end("who")].strip())
        if subject is None:
            return None
        total = _TOTAL.match(m["total"].strip())
        if total is None:
            return None
        noun = change["noun"]
        if total["noun2"] and _measure(total["noun2"]) != _measure(noun):
            raise ClaimParseError(
                text,
                f"{change['inc']} ... {m['total'].strip()}",
                "the increment and the total count different units: the total of another "
                "measure is not the one the increment leads to; check one claim per sentence",
            )
        inc_n, total_n = _count(change["inc"].split()[0:2]), _count([total["n"]])
        if inc_n is not None and total_n is not None and inc_n > total_n:
            raise ClaimParseError(
                text,
                f"{change['inc']} ... {m['total'].strip()}",
                f"the increment ({inc_n:g}) is more than the total it leads to ({total_n:g}): "
                "the sentence contradicts itself; check the total alone",
            )
        g = "who" if m["who"] else "who2"
        who = s[m.start(g) : m.end(g)].strip() if m[g] else ""
        holder = subject if who.lower() in _PRONOUNS else side_exact(who)
        if holder is None:
            return None
        if holder[0] != subject[0]:
            raise ClaimParseError(
                text,
                f"{change['who'].strip()} and {who}",
                "the increment and the total name different sides; check one side per sentence",
            )
        total_text = s[m.start("total") : m.end("total")].strip()
        tail = s[m.start("tail") : m.end("tail")].strip()
        if not total["noun2"]:
            total_text = f"{total_text} {noun}"
        parts = [
            dl_text,
            f"{lead_said} " if lead_said else "",
            f"{orig[change.start('who') : change.end('who')].strip()} now control {total_text}",
            f" {tail}" if tail else "",
            f" {amid_text}" if amid_text and not tail else "",
            f", {trail_said}" if trail_said else "",
        ]
        clause = s[m.start() :].strip(" ,;.")
        note = (
            f"'{change['inc']}' (an increment: what changed, not checked) set aside; the total "
            f"'{clause}' is checked"
            + (f", its unit ({noun}) named by the increment" if not total["noun2"] else "")
        )
        return StateAfterIncrement("".join(parts), note)
    return None


# ---- "another provincial capital, Ghazni": an increment that names what changed -------------


@dataclass(frozen=True)
class NamedIncrement:
    """The sentence with its increment set aside and the capitals it names kept, a note, and
    how many provincial capitals the reading must name (checked after the reading)."""

    text: str
    note: str
    count: int


def _capital_pattern() -> str:
    from .capitals import _cap

    return _cap()


_TAKE_VERB = r"(?:taken|took|seized|captured|overran|overrun)(?:\s+control\s+(?:of|over))?"
_FELL = (
    r"(?:(?:has|have|had)\s+)?(?:fell|fallen)\s+(?:to|into)\b"
    r"|(?:was|has\s+been|had\s+been)\s+(?:captured|seized|taken|overrun)\s+by\b"
)
_ANOTHER = r"another\s+(?:afghan\s+)?provincial\s+capital"
_CITY_OF = r"(?:the\s+(?:[a-z]+\s+)?(?:city|town)\s+of\s+)?"
_LATEST = (
    r"the\s+latest\s+(?:(?:afghan\s+)?provincial\s+capital\s+)?to\s+(?:fall|be\s+(?:captured"
    r"|seized|taken|overrun))"
)


def _note(words: str, what: str) -> str:
    return (
        f"'{words}' ({what}: that it adds to earlier falls, and the count before it, is not "
        "checked) set aside; the provincial capital it names is read, held by the side (the "
        "state the fall left)"
    )


def named_increment(text: str, *, anchor: dt.date | None = None) -> NamedIncrement | None:
    """A sentence whose increment or 'latest' frame names the capital that fell ("the Taliban
    have taken control of another provincial capital, the southern city of Kandahar", "after
    another provincial capital, Kunduz, fell to the insurgents", "Pol-e-Alam is another
    provincial capital that fell to the militants", "Faizabad is the latest to fall to the
    Taliban", "took three provincial capitals — Zaranj, ..., and Taloqan, ..."), as the named
    capitals' sentence; ``None`` when the sentence has none of these forms.

    The frame is set aside (what it adds to is not checked) and the capitals are read by the
    named-units grammar; the reader then checks that the reading names exactly the capitals
    the frame counts (one, or the count before the list), each a provincial capital of the
    places data. "Another" with no name, a name that is no capital, "the latest to be
    attacked" are not these forms: they stay refused.

    ``anchor``: the date of writing, for "over the weekend" between a count and its list.

    Raises
    ------
    ClaimParseError
        'The latest to fall' with no side, or words between a count and its list other than
        "over the weekend" written on a day from Sunday to Friday.
    """
    cap = _capital_pattern()
    flags = re.IGNORECASE
    # "have taken control of another provincial capital, (the southern city of) Kandahar"
    m = re.search(rf"\b{_TAKE_VERB}\s+(?P<inc>{_ANOTHER}\s*,\s*)(?={_CITY_OF}{cap})", text, flags)
    if m is not None:
        inc = m["inc"].strip(" ,")
        return NamedIncrement(
            text[: m.start("inc")] + text[m.end("inc") :], _note(inc, "an increment"), 1
        )
    # "just hours after another provincial capital, Kunduz, fell to the insurgents"
    m = re.search(rf"\b(?P<inc>{_ANOTHER}\s*,\s*)(?P<name>{cap})\s*,\s*(?={_FELL})", text, flags)
    if m is not None:
        inc = m["inc"].strip(" ,")
        return NamedIncrement(
            f"{text[: m.start()]}{m['name']} {text[m.end() :]}", _note(inc, "an increment"), 1
        )
    # "Pol-e-Alam is another provincial capital that fell to the militants"
    m = re.search(
        rf"\b(?P<name>{cap})\s+(?P<inc>is\s+{_ANOTHER}\s+(?:that|which)\s+)(?={_FELL})",
        text,
        flags,
    )
    if m is not None:
        inc = m["inc"].strip()
        return NamedIncrement(
            text[: m.start("inc")] + text[m.end("inc") :], _note(inc, "an increment"), 1
        )
    latest = _latest(text, cap)
    if latest is not None:
        return latest
    return _count_then_list(text, anchor)


def _latest(text: str, cap: str) -> NamedIncrement | None:
    """ "Faizabad is the latest to fall to the Taliban", "The latest to fall to the Taliban is
    Kunduz, the capital of northern Kunduz province": the named capital has fallen to the
    side; 'the latest' (a rank among falls) is not checked."""
    flags = re.IGNORECASE
    side = r"(?P<to>\s+(?:to|into|by)\s+[^,.;]+?)?"
    # "X is the latest to fall (to SIDE)(...)"; with no side, only at the clause's end (a
    # run-on "Taleqan is the latest to fall the group has also taken ..." is left as it is)
    m = re.search(
        rf"\b(?P<name>{cap})\s+(?P<frame>is\s+{_LATEST})(?:(?P<to>\s+(?:to|into|by)\s+[^,.;]+?)"
        r"(?=[\s,.;]|$)|(?=\s*(?:[,.;]|$)))",
        text,
        flags,
    )
    if m is not None:
        frame = m.group(0)[m.start("frame") - m.start() :].strip()
        to = _latest_side(text, m["to"], frame)
        verb = "has fallen" if to.startswith(("to", "into")) else "has been captured"
        out = f"{text[: m.start('frame')]}{verb} {to}{text[m.end() :]}"
        return NamedIncrement(out, _note(m["frame"], "a rank among falls"), 1)
    # "The latest to fall (to SIDE) is X(, the capital of P province)."
    m = re.match(
        rf"^(?P<frame>{_LATEST}){side}\s+is\s+(?P<name>{_CITY_OF}{cap})"
        r"(?P<app>\s*,\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+[^,;]+?)?\s*\.?\s*$",
        text,
        flags,
    )
    if m is None:
        return None
    frame = text[: m.end("to") if m["to"] else m.end("frame")]
    to = _latest_side(text, m["to"], frame)
    verb = "has fallen" if to.startswith(("to", "into")) else "has been captured"
    app = f"{m['app']}," if m["app"] else ""
    out = f"{m['name'][0].upper()}{m['name'][1:]}{app} {verb} {to}."
    return NamedIncrement(out, _note(m["frame"], "a rank among falls"), 1)


def _latest_side(text: str, to: str | None, frame: str) -> str:
    """The side words of 'the latest to fall (to SIDE)' ("to the Taliban"), or refused."""
    if not to:
        raise ClaimParseError(
            text,
            frame,
            "'the latest to fall' names no side the capital fell to, and the sentence names "
            "none: not read (name the side: 'the latest to fall to the Taliban')",
        )
    return to.strip()


def _count_then_list(text: str, anchor: dt.date | None) -> NamedIncrement | None:
    """ "The Taliban took three provincial capitals — Zaranj, the capital of ..., Sar-e-Pul,
    ..., and Taloqan, ...", "insurgents seized three more capitals: Farah city ...; ...": the
    count with its list after a dash or colon, read as the list (the reader checks it names
    as many capitals as the count).

    "took three provincial capitals over the weekend — ...": the captures' span, read as the
    state they left by the weekend's last day ("on Sunday", the last Sunday on or before the
    date of writing). Only with the date of writing a Sunday to a Friday: written on a
    Saturday the weekend may be the one under way, whose Sunday has not come."""
    from .capitals import _number

    m = re.search(
        rf"\b(?P<verb>{_TAKE_VERB})\s+(?P<inc>(?P<n>{_SMALL})\s+(?:(?P<more>more|other"
        r"|additional)\s+)?(?:afghan\s+)?(?:provincial\s+)?capitals)(?P<mid>\s+[^—–:;,.]+?)?"
        r"\s*(?:—|–|:|\s--?\s)\s*(?P<list>\S.*)$",
        text,
        re.IGNORECASE,
    )
    if m is None:
        return None
    n = _number(m["n"].lower())
    if n is None or n < 2:
        return None
    mid = " ".join((m["mid"] or "").lower().split())
    weekend = mid == "over the weekend" and anchor is not None and anchor.weekday() != 5
    if m["mid"] and not weekend:
        raise ClaimParseError(
            text,
            m["mid"].strip(),
            f"words between the count ('{m['inc']}') and its list are not read: they may "
            "date or place the count, not the capitals named (name them beside the list)",
        )
    what = "an increment" if m["more"] else "a count"
    note = (
        f"'{m['inc']}' ({what}) read as its list: the reading must name {n} provincial "
        "capitals, as many as the count, each held by the side (the state the capture left)"
        + ("; that they add to earlier falls is not checked" if m["more"] else "")
    )
    listed = m["list"]
    if weekend:
        # the state the weekend's captures left, on its last day
        listed = f"{listed.rstrip(' .')} on Sunday."
        note += (
            f"; '{m['mid'].strip()}' read as on Sunday, the weekend's last day (by then each had "
            "fallen), the last Sunday on or before the date of writing"
        )
    return NamedIncrement(f"{text[: m.start('inc')]}{listed}", note, n)


def check_named_count(
    text: str, rewritten: NamedIncrement, named: Sequence[NamedUnit] | None
) -> None:
    """Refuse a reading of a :class:`NamedIncrement` that does not name exactly the provincial
    capitals its frame counts (``named``: the reading's named units)."""
    units_ = list(named or ())
    if len(units_) != rewritten.count or any(u.kind != "capital" for u in units_):
        raise ClaimParseError(
            text,
            rewritten.note.split("'")[1],
            f"the frame counts {rewritten.count} provincial capital"
            f"{'s' if rewritten.count != 1 else ''} and the reading names "
            + (", ".join(u.label for u in units_) or "none")
            + ": not read",
        )
