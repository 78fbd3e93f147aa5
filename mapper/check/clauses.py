"""Two clauses in one sentence: a change, then the state it led to (issue #8 part 5).

"The Taliban seized three more provincial capitals ..., giving them control of two-thirds of
the nation", "..., with the insurgents now controlling some two-thirds of the nation", "The
Taliban have advanced across the north in recent weeks and now control most of ...". The first
clause says what was taken (a change: not checkable as a state); the second says what the side
holds. The state clause is read alone, by the whole grammar, as "<side> now control <rest>",
and the reading's note names the clause set aside.

Only when the first clause is recognised as a change: it has a verb of taking or advancing,
no verb of holding (a clause that says what a side holds is a claim, and two claims are
refused), and no negation, modal or past-state word; its side, if it names one, is the state
clause's. Anything else is left to the reader, which refuses what it cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .discredit import CHANGE_CLAUSE_BARS
from .grammar import _REFUSALS, normalise
from .model import ClaimParseError

_CHANGE_VERB = re.compile(
    r"\b(?:seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|took|overr(?:an|un|unning)"
    r"|advanc(?:e|ed|es|ing)|swept|sweep(?:s|ing)?|stormed|overwhelmed|conquered|grabbed"
    r"|fell|fallen|retook|retak(?:e|en|es|ing)|recaptur(?:e|ed|es|ing)|regain(?:ed|s|ing)?"
    r"|reclaim(?:ed|s|ing)?)\b"
)
#: A first clause with one of these says what a side holds: two claims, not a change.
_STATE_WORD = re.compile(
    r"\b(?:control\w*|hold\w*|held|grip|hands|rule\w*|govern\w*|occup\w*|percent|per\s+cent"
    r"|half|thirds?|quarters?|most|majority|all|entire|whole)\b|%"
)
_PRONOUNS = {"them", "it", "they", "him", ""}
_THEN_STATE = (
    re.compile(
        r",\s*(?:with|leaving)\s+(?P<who>[a-z][a-z' -]{0,40}?)\s+(?:now\s+)?(?:controlling"
        r"|holding|in\s+control\s+of)\s+(?P<rest>[^;]+?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r",\s*giving\s+(?P<who>them|it|the\s+[a-z]+|[a-z]+)\s+control\s+(?:of|over)\s+"
        r"(?P<rest>[^;]+?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s+and\s+(?P<who>)now\s+(?:control|controls|hold|holds)\s+(?P<rest>[^;]+?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    # "..., and as of June 29, 2021, now controls 157 districts": the date is the state's
    re.compile(
        r",\s*and\s*,?\s+(?P<date>as\s+of\s+[a-z0-9 ]{3,30}?(?:,\s*\d{4})?)\s*,\s*(?P<who>)now\s+"
        r"(?:control|controls|hold|holds)\s+(?P<rest>[^;]+?)\s*[.!]?$",
        re.IGNORECASE,
    ),
)
#: "once the May 1 deadline expired" in the change clause: a time, not a condition (a past
#: event of a closed list of verbs); blanked before the change clause is checked for modality.
_ONCE_PAST = re.compile(
    r"\bonce\s+(?:the\s+)?(?:[a-z0-9-]+\s+){1,4}?(?:expired|ended|passed|lapsed|began|started)\b"
)


@dataclass(frozen=True)
class StateClause:
    """The state clause as a sentence of its own, and a note naming what was set aside."""

    text: str
    note: str
    #: the change clause as written ("The Taliban seized Farah"): checked beside the state
    #: when it reads as named units (reading.py)
    change: str = ""


#: A hedge of the change ("The Taliban nearly seized Herat, giving them control of ..."): the
#: taking may not have happened, nor the state it would give; not a change-then-state sentence.
#: ("all but" is a negation, refused before this by ``_REFUSALS``; units._HEDGES is the wider
#: list for a named unit, where "most of", "near" narrow the unit itself.)
_HEDGED_CHANGE = re.compile(
    r"\b(?:nearly|almost|largely|mostly|partly|partially|virtually|practically)\b"
)


#: Before the subject of a change clause: "After capturing six ... capitals over the weekend, ";
#: between the subject and the verb: auxiliaries and adverbs of pace (a closed list).
_AFTER_LEAD = re.compile(r"^after\s+capturing\b[^,]*,\s*")
_SUBJECT_FILLER = re.compile(
    r"\b(?:have|has|had|began\s+to|begin\s+to|also|rapidly|quickly|swiftly|now|then|just)\b"
)


def _subject_ok(s: str, side_exact: Callable[[str], tuple[str, str] | None] | None) -> bool:
    """Whether the words before the change verb are its subject and nothing else: a side
    named exactly ("the Taliban have rapidly advanced", "Militants overran") or one to three
    other words (a place: "Herat fell to the Taliban", read beside the state as a second
    claim); not a lead that unsays or displaces it ("Assuming the Taliban seized", "Wishful
    thinkers believe the Taliban seized", "Zork the Taliban seized")."""
    m = _CHANGE_VERB.search(s)
    if m is None:
        return False
    subject = " ".join(_SUBJECT_FILLER.sub(" ", _AFTER_LEAD.sub("", s[: m.start()])).split())
    if not subject:
        return False
    try:
        named = side_exact(subject) if side_exact is not None else None
    except ClaimParseError:
        return False
    if named is not None:
        return True
    # a place as the subject ("Herat fell"): no side word in it
    return len(subject.split()) <= 3 and not re.search(
        r"\b(?:taliban|militants?|insurgents?|forces|government|troops|fighters)\b", subject
    )


def state_clause(
    text: str,
    side_of: Callable[[str], tuple[str, str] | None],
    side_exact: Callable[[str], tuple[str, str] | None] | None = None,
) -> StateClause | None:
    """The state clause of a change-then-state sentence, or ``None`` when it is not one.

    ``side_of(words)`` gives (side key, side as written) for the side a clause names, ``None``
    when it names none (and raises when it names two)."""
    for pat in _THEN_STATE:
        m = pat.search(text)
        if m is None:
            continue
        first = text[: m.start()].strip()
        s = _ONCE_PAST.sub(" ", normalise(first))
        if not _CHANGE_VERB.search(s) or _STATE_WORD.search(s):
            return None
        for refusal, _why in _REFUSALS[:3]:  # negation, modality, past state
            if refusal.search(s):
                return None
        if (hedge := _HEDGED_CHANGE.search(s)) is not None:
            raise ClaimParseError(
                text,
                hedge.group(0),
                "a hedged change before the state it gives ('nearly seized Herat, giving them "
                "control of ...') may not have happened, nor the state with it: not read",
            )
        if any(bar.search(s) for bar in CHANGE_CLAUSE_BARS) or not _subject_ok(s, side_exact):
            return None  # left to the reader, which refuses what it cannot read (redteam15)
        subject = side_of(first)
        who = m["who"].strip()
        # the state clause's own subject is dropped from the rewrite: it must be a side's
        # name and nothing else ("the insurgents", not "the rrr insurgents")
        who_side = subject if who.lower() in _PRONOUNS else (side_exact or side_of)(who)
        if who_side is None:
            return None
        if who.lower() not in _PRONOUNS and subject is not None and subject[0] != who_side[0]:
            raise ClaimParseError(
                text,
                f"{subject[1]} and {who}",
                "the change and the state name different sides; check one side per sentence",
            )
        rest = m["rest"]
        note = (
            f"'{first}' (a change: what was taken) set aside; the state clause "
            f"'{m.group(0).strip(' ,.')}' is checked"
        )
        date = f"{m['date']}, " if "date" in m.groupdict() else ""
        return StateClause(f"{date}{who_side[1]} now control {rest}", note, first)
    return None


# ---- "A few hours after the fall of Maymana, ...": a fronted fall, to whom not said -------------

#: A fronted clause placing the claim after a place's fall, to whom not said (AFP, 15 August
#: 2021: "A few hours after the fall of Maymana, Taliban fighters imposed control of
#: Mazar-i-Sharif, ..."): when the claim came, not a claim (no side took the place in it). Only
#: a bare name ending the clause before its comma ("the fall of Maymana to the Taliban" names a
#: side: a second claim, not this), and only before a claim about named units (reading.py).
_AFTER_A_FALL = re.compile(
    r"^\s*(?P<c>(?i:(?:(?:(?:a\s+few|several|some|just|only|two|three|\d{1,2})\s+)?"
    r"(?:hours|days)\s+|shortly\s+|just\s+|only\s+)?(?:after|following)\s+the\s+fall\s+of)\s+"
    r"(?P<u>[A-Z][A-Za-z'\u2019-]*(?:\s+[A-Z][A-Za-z'\u2019-]*){0,2}))\s*,\s*(?P<rest>\S.*)$"
)


@dataclass(frozen=True)
class AfterAFall:
    """The claim without a fronted "after the fall of X," and a note naming it."""

    text: str
    note: str


def after_a_fall(text: str, is_place: Callable[[str], bool]) -> AfterAFall | None:
    """ "A few hours after the fall of Maymana, Taliban fighters imposed control of
    Mazar-i-Sharif": the claim alone, or ``None``. The reader keeps it only when the claim is
    about named units (a capture or a hold), checked as if the clause were not there: it dates
    the claim by an event whose day the sentence does not give, so the claim's own date (or
    the date of writing) is checked. The name fallen must be a place of the boundary set
    (``is_place``, the whole name): "after the fall of Najibullah / the Taliban / Saigon /
    Afghanistan" is a regime's fall or an event elsewhere, maybe years before, refused naming
    it (redteam12b; it was set aside unread)."""
    m = _AFTER_A_FALL.match(text)
    if m is None:
        return None
    if not is_place(m["u"]):
        raise ClaimParseError(
            text,
            m["c"],
            f"'{m['u']}' is not a province, a district or a provincial capital of the boundary "
            "set: the fall of a regime, a person or a place elsewhere may date the claim to "
            "another time; a fronted 'after the fall of ...' is set aside only for a place",
        )
    rest = m["rest"]
    note = (
        f"'{m['c']}' (when the claim came: after a fall to a side the sentence does not name; "
        "not a claim, and not its date) set aside"
    )
    return AfterAFall(rest[:1].upper() + rest[1:], note)


# ---- "Although Kabul is not yet under direct threat, ...": a concession about a threat ----------

#: A fronted concession that the capital is not (yet) threatened (AP, 13 August 2021): about a
#: threat to Kabul, not who holds what. Only Kabul, only "under (direct) threat".
_THREAT_CONCESSION = re.compile(
    r"^(?P<c>(?:although|though|while)\s+(?:the\s+nation['\u2019]s\s+capital\s*,\s*)?kabul\s*,?"
    r"(?:\s+itself)?\s+(?:is\s+not|isn['\u2019]t)(?:\s+yet)?(?:\s+directly)?\s+under\s+"
    r"(?:direct\s+)?threat(?:\s+yet)?)\s*,\s*",
    re.IGNORECASE,
)
#: After it, "the losses and (the) battles elsewhere further strengthen confidence in the
#: strength of / tighten the grip of a resurgent Taliban, which|who ...": what the battles do
#: for the side (no figure, place or claim); the claim is the relative clause on the side.
_MOMENTUM = re.compile(
    r"^(?P<m>the\s+losses\s+and\s+(?:the\s+)?battles\s+elsewhere\s+further\s+(?:strengthen"
    r"\s+confidence\s+in\s+the\s+strength\s+of|tighten\s+the\s+grip\s+of)\s+(?:the|a)\s+"
    r"resurgent\s+)(?P<side>[a-z][a-z'\u2019 -]{1,30}?)\s*,\s*(?:which|who)\s*,?\s*"
    r"(?:(?P<attr>according\s+to\s+estimates)\s*,\s*)?(?P<rest>\S.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Concession:
    """The sentence without the concession (and the clause about the side's momentum), the
    concession as written and a note."""

    text: str
    concession: str
    note: str


def threat_concession(
    text: str, side_exact: Callable[[str], tuple[str, str] | None]
) -> Concession | None:
    """ "Although Kabul itself is not yet under direct threat, the losses and battles elsewhere
    further strengthen confidence in the strength of the resurgent Taliban, which, according
    to estimates, now holds more than two-thirds of the country": the claim alone, or
    ``None``. The reader keeps it only beside a share of the country short of the whole (a
    whole country held would mean Kabul held)."""
    t = text.strip()
    m = _THREAT_CONCESSION.match(t)
    if m is None:
        return None
    rest = t[m.end() :]
    notes = [
        f"'{m['c']}' (a concession: that the capital is not yet threatened, not who holds it; "
        "the claim, a share of the country short of the whole, does not depend on it) set aside"
    ]
    lead = _MOMENTUM.match(rest)
    if lead is not None:
        if side_exact(lead["side"]) is None:
            return None
        attr = f"{lead['attr']}, " if lead["attr"] else ""
        notes.append(
            f"'{lead['m'].strip()} {lead['side']}' (what the battles do for the side: no figure, "
            "place or claim in it) set aside; the relative clause on the side is read"
        )
        rest = f"{attr}{lead['side']} {lead['rest']}"
    return Concession(rest, m["c"], "; ".join(notes))
