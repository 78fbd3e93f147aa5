"""A taking told as the time of a side story: "..., after the Taliban took Kabul" (issue #8).

Real reporting often tells of something else (flights resumed, a cricket board's statement,
schools shut, a president's speech) and places it in time by a taking:

* "Turkey still aims to maintain security at Kabul airport, after Taliban fighters took
  control of Afghanistan's capital" (Reuters);
* "Ever since the Taliban took control of Afghanistan's capital Kabul, most educational
  institutions in the country have remained shut" (WION);
* "The day after Taliban took control of the Afghan capital Kabul, the country's cricket board
  said ..." (Reuters);
* "..., insisted that there was no threat to the game despite the Taliban taking over the
  capital city of Kabul" (PTI);
* "The Taliban have announced an interim government ..., three weeks after seizing control of
  most of the country" (AFP).

A clause of time or concession opened by *after*, *since* or *despite* is taken as fact by the
sentence whatever its main clause says (it is presupposed: "the board did not say ... after
the Taliban took Kabul" still says the Taliban took it), so the taking is a claim of the
sentence and the main clause a side story. :func:`taking_clause` finds the clause; the reader
reads it alone, by the whole grammar, and names the main clause set aside in a note.

Read only when
--------------
* the clause is in the past ("took", "captured", "seized", "overran", "fell", "have taken",
  "was captured", "came under"): "after the Taliban take Kabul" may be a future, never read;
  a gerund is read only after a subject that is a side ("despite the Taliban controlling
  Kabul") or, with no subject ("after seizing control of most of the country"), when the main
  clause opens with a side as its subject and has no modal (its tense is the gerund's);
* a span before the clause is hours, days or weeks at most ("three weeks after"): "years
  after the Taliban took Kabul" may be 1996;
* the main clause speaks of no control, loss, fighting or movement of forces
  (:data:`_MAIN_BARS`: "the government retook Kabul a week after the Taliban captured it",
  "Kabul was abandoned after ..."), holds no year, month or span of years that could place
  the taking in another time, and no discredited, hypothetical or fictional frame
  (``discredit.CHANGE_CLAUSE_BARS``), no past-state word ("until", "before", "ago") and no
  words that deny ("false", "denied", "wrong").

Anything else is left to the reader, which refuses what it cannot read. A clause that does not
read alone ("after they captured it", "after the fall of Kabul") leaves the sentence to the
reader as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .discredit import CHANGE_CLAUSE_BARS
from .grammar import _REFUSALS

#: A span between the main clause and the taking: hours, days or weeks, never more.
_SPAN = (
    r"(?:(?:almost|nearly|about|some|just|only|barely|more\s+than|less\s+than)\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|\d{1,2}|a\s+few|several|few)\s+(?:hours?|days?|weeks?)"
    r"|hours|days|weeks|the\s+day|a\s+day|shortly|soon|just|right|only)"
)
_LEAD = rf"(?:(?:{_SPAN})\s+)?(?:ever\s+since|since|after|despite|in\s+spite\s+of)"
#: Fronted: "Ever since the Taliban took control of Kabul, ...", "The day after ..., ...".
_FRONTED = re.compile(rf"^\s*(?P<lead>{_LEAD})\s+(?P<sub>[^,;:]+?)\s*,\s*(?P<main>\S.*)$", re.I)
#: Trailing: "..., (almost three weeks) after the Taliban took control of the country."
_TRAILING = re.compile(rf"(?:,\s*|\s+)(?P<lead>{_LEAD})\s+(?=\S)", re.I)

#: The taking in the past, the first verb of the clause.
_PAST_TAKING = re.compile(
    r"\b(?:took|captured|seized|overran|fell"
    r"|(?:have|has)\s+(?:taken|captured|seized|overrun|fallen)"
    r"|(?:was|were)\s+(?:taken|captured|seized|overrun)|came\s+under)\b",
    re.I,
)
#: A present or bare verb before the taking: "after the Taliban take Kabul" (maybe a future).
_PRESENT_FIRST = re.compile(
    r"\b(?:take|takes|seize|seizes|capture|captures|fall|falls|control|controls|hold|holds"
    r"|overrun|overruns|will|would|could|may|might|can|must|shall)\b",
    re.I,
)
#: A gerund of taking or holding, and the finite verb it stands for.
_GERUNDS = {
    "taking": "took",
    "seizing": "seized",
    "capturing": "captured",
    "overrunning": "overran",
    "controlling": "control",
    "holding": "hold",
}
_GERUND = re.compile(r"\b(?P<g>" + "|".join(_GERUNDS) + r")\b", re.I)

#: Words that put control, loss, fighting or the movement of forces in the main clause: the main
#: clause may then say something about who holds the place after the taking (a closed list).
_MAIN_BARS = re.compile(
    r"\b(?:control\w*|hold\w*|held|hands?|grip|captur\w*|seiz\w*|took|tak(?:e|en|es|ing)"
    r"|takeover|fell|fall\w*|overr\w*|retook|retak\w*|recaptur\w*|regain\w*|reclaim\w*"
    r"|liberat\w*|occup\w*|withdr\w*|retreat\w*|fled|flee\w*|abandon\w*|evacuat\w*"
    r"|surrender\w*|lost|los(?:e|es|ing|s|ses)|pull\w*|push\w*|drove|driv\w*|expel\w*"
    r"|oust\w*|clear\w*|handed|rul(?:e|es|ed|ing)|fight\w*|fought|battl\w*|clash\w*"
    r"|contest\w*|attack\w*|sieg\w*|besieg\w*|resist\w*|counter\w*|offensive|assault\w*"
    r"|storm\w*|swept|sweep\w*|advanc\w*|enter\w*|recover\w*|again|back"
    r"|mov(?:e|es|ed|ing)|closer|approach\w*|march\w*|head(?:s|ed|ing)|sights?|toward\w*"
    r"|near(?:s|ed|ing|er)|encircl\w*|surround\w*|reach\w*|arriv\w*|deploy\w*|reinforc\w*"
    r"|years?|decades?|months?|centur\w*|false|untrue|wrong\w*|den(?:y|ies|ied|ying)"
    r"|then|once|former\w*)\b",
    re.I,
)
_MODAL = _REFUSALS[1][0]
_PAST_STATE = _REFUSALS[2][0]


@dataclass(frozen=True)
class Taking:
    """The taking clause as a sentence of its own, and a note naming the side story."""

    text: str
    note: str


#: A side story opening on a negation ("Not since Friday, ...", "Never since ...") is no story:
#: the negation may bear on the taking. (A negation inside the story, "there was no threat to
#: the game despite the Taliban taking over ...", bears on the story: real fresh8 k8170.)
_NEGATION = re.compile(r"^\W*(?:not|no|never|nor|neither|hardly|barely|scarcely)\b", re.I)


def _main_ok(main: str) -> bool:
    m = main.lower()
    if len(re.findall(r"[a-z]+", m)) < 2 or _NEGATION.search(m):
        return False  # a story has at least a subject and a verb, and does not open negated
    if _MAIN_BARS.search(m) or _PAST_STATE.search(m):
        return False
    return not any(bar.search(m) for bar in CHANGE_CLAUSE_BARS)


def _finite(sub: str) -> str | None:
    """The clause when its first verb is a past taking ("the Taliban took control of Kabul")."""
    m = _PAST_TAKING.search(sub)
    if m is None or _PRESENT_FIRST.search(sub[: m.start()]) or not sub[: m.start()].strip():
        return None
    return sub


def _with_subject(sub: str, side_exact: Callable[[str], object]) -> str | None:
    """ "the Taliban controlling Kabul" -> "the Taliban control Kabul" (a side as subject)."""
    m = _GERUND.search(sub)
    if m is None or not sub[: m.start()].strip():
        return None
    if not _side(sub[: m.start()], side_exact):
        return None
    return f"{sub[: m.start()].strip()} {_GERUNDS[m['g'].lower()]}{sub[m.end() :]}"


def _side(words: str, side_exact: Callable[[str], object]) -> bool:
    try:
        return side_exact(words.strip()) is not None
    except ValueError:  # ClaimParseError: two sides, or none readable
        return False


def _main_subject(main: str, side_exact: Callable[[str], object]) -> str | None:
    """The side opening the main clause as its subject ("The Taliban have announced ..."),
    as written, or ``None``: the longest one to four words that name a side exactly, not
    followed by a word that makes them part of a longer noun phrase."""
    words = main.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:n])
        nxt = words[n].lower()
        if head.endswith((",", "'s", "\u2019s")) or nxt in {"and", "or", "of", "nor", "with"}:
            continue
        if _side(head, side_exact):
            return head
    return None


def _gerund_alone(sub: str, main: str, side_exact: Callable[[str], object]) -> str | None:
    """ "seizing control of most of the country" after a main clause opened by a side."""
    m = re.match(r"(?P<g>taking|seizing|capturing|overrunning)\b(?P<rest>.*)$", sub, re.I)
    if m is None or _MODAL.search(main.lower()):
        return None
    subject = _main_subject(main, side_exact)
    if subject is None:
        return None
    return f"{subject} {_GERUNDS[m['g'].lower()]}{m['rest']}"


def _clause(lead: str, sub: str, main: str, side_exact: Callable[[str], object]) -> str | None:
    if not _main_ok(main):
        return None
    despite = "spite" in lead.lower() or "despite" in lead.lower()
    if re.match(r"(?:taking|seizing|capturing|overrunning)\b", sub, re.I):
        return _gerund_alone(sub, main, side_exact)
    if despite and (said := _with_subject(sub, side_exact)) is not None:
        return said
    return _finite(sub)


def _taking(claim: str, lead: str, main: str) -> Taking:
    claim = claim.strip()
    note = (
        f"'{main.strip(' ,.')}' (a side story, placed in time by the taking: not a claim) set "
        f"aside; the clause '{lead.strip()} ...' it presupposes is checked"
    )
    return Taking(claim[:1].upper() + claim[1:], note)


def taking_clause(text: str, side_exact: Callable[[str], object]) -> Taking | None:
    """The taking a side story is placed after, since or despite, as a sentence of its own,
    or ``None`` when the sentence is not one (see the module's rules).

    ``side_exact(words)`` gives the side the words name exactly (``None`` when they name no
    side; it may raise :class:`~mapper.check.model.ClaimParseError`)."""
    m = _FRONTED.match(text)
    if m is not None:
        claim = _clause(m["lead"], m["sub"], m["main"], side_exact)
        if claim is not None:
            return _taking(claim, m["lead"], m["main"])
    for t in _TRAILING.finditer(text):
        main, sub = text[: t.start()], text[t.end() :]
        if not main.strip():
            continue
        verb = _PAST_TAKING.search(sub)
        if verb is not None and "," in sub[: verb.start()]:
            continue  # "... since Friday, the Taliban have captured ...": a day, not a clause
        claim = _clause(t["lead"], sub, main, side_exact)
        if claim is not None:
            return _taking(claim, t["lead"], main)
    return None
