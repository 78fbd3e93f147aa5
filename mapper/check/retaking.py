"""How reporting words a retaking: allies beside the side, achieved verbs, the loser's losses.

Government reporting of a retaking wraps the claim ("ANDSF retook Kaldar district from the
Taliban") in words that add nothing to who holds the unit (#8, session 16):

* an ally coordinated with or backing the side ("ANDSF & Public Uprising Forces liberated ...",
  "backed by People Uprising Forces", "with support from #AAF"): the militias and the air
  force that fought for the republic (:data:`_ALLIES`), set aside only right after a name of
  the government side and only when the claim is read as the government's;
* a verb of achieving before a verb of taking ("managed to take control of", "succeeded in
  retaking", "were able to recapture"): done, not modal; read as the taking itself;
* the loser's control named with a descriptor ("from #Taliban terrorists control", "from
  terrorist TB [the Taliban's] control"): read as "from the Taliban" (the side it was taken
  from), only after a verb of taking and only for a phrase that names one side;
* a fronted "after launching a military operation," or "during an offensive operation" after
  a verb of taking (how the unit was taken);
* a trailing clause about the other side's losses that claims no control ("and the Taliban
  insurgents have suffered heavy casualty", ", forcing the Taliban militants to flee"): set
  aside only when it names exactly one side and that side is not the claim's;
* a speaker's relative clause about a meeting ("Ghani, who met US President Joe Biden in the
  White House on Friday, said ...") naming no side, no place of the boundary set, no figure;
* "Kabul said ... that the forces took back ... from the Taliban": "Kabul" speaking is the
  government, and "the forces" its forces; read as "government forces", whose name the
  vocabulary dates (after 15 August 2021 it may name the Taliban's: refused there).

Each is a rewrite of the sentence read again by the whole grammar, with a note naming what was
set aside; anything else is left to the reader, which refuses what it cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import ClaimParseError, ParsedClaim

#: (side key, written) of the one side a phrase names as a whole; ``None`` for none.
SideNamed = Callable[[str], "tuple[str, str] | None"]

#: The side the allies of :data:`_ALLIES` fought for (the vocabulary's key).
_ALLIED_SIDE = "government"
#: Forces that fought beside the republic's (a closed list): the uprising militias ("Public
#: Uprising Forces", "People's Uprising Forces", "popular uprising troops"), the "Popular
#: Resistance Forces" of July 2021, the Afghan Air Force ("#AAF").
_ALLIES = (
    r"(?:the\s+)?#?(?:(?:public|people'?s?|popular)\s+uprising\s+(?:forces|troops|militias?)"
    r"|popular\s+resistance\s+forces|(?:the\s+)?afghan\s+air\s+force|aaf)"
)
_ALLY = re.compile(
    r"(?P<gloss>\s*\[[^\]]{1,80}\])?(?P<link>\s*,?\s*(?:and|&)\s+|\s*,?\s*(?:(?:backed|supported"
    r"|assisted|aided)\s+by|with\s+(?:the\s+)?(?:support|help|backing)\s+(?:of|from)"
    r"|in\s+cooperation\s+with)\s+)" + _ALLIES + r"(?P<end>\s*,)?(?=\s)",
    re.IGNORECASE,
)
#: Verbs of taking after a verb of achieving: base form -> (simple past, past participle).
_TAKE_FORMS = {
    "take": ("took", "taken"),
    "retake": ("retook", "retaken"),
    "capture": ("captured", "captured"),
    "recapture": ("recaptured", "recaptured"),
    "seize": ("seized", "seized"),
    "reclaim": ("reclaimed", "reclaimed"),
    "regain": ("regained", "regained"),
    "liberate": ("liberated", "liberated"),
}
_ING = {
    "taking": "take",
    "retaking": "retake",
    "capturing": "capture",
    "recapturing": "recapture",
    "seizing": "seize",
    "reclaiming": "reclaim",
    "regaining": "regain",
    "liberating": "liberate",
}
_ACHIEVED = re.compile(
    r"\b(?:(?P<aux>(?:have|has|had)\s+)?(?:managed\s+to|succeeded\s+in)"
    r"|(?P<been>(?:have|has|had)\s+)been\s+able\s+to)\s+"
    r"(?P<verb>" + "|".join([*_TAKE_FORMS, *_ING]) + r")\b",
    re.IGNORECASE,
)
_WERE_ABLE = re.compile(
    r"\b(?:was|were)\s+able\s+to\s+(?P<verb>" + "|".join(_TAKE_FORMS) + r")\b", re.IGNORECASE
)
#: A negation, a modal or an attempt just before the verb of achieving: not rewritten (the
#: grammar refuses "failed to", "never managed to", "could not").
_NOT_BEFORE = re.compile(
    r"(?:n't|\b(?:not|never|no|nor|hardly|barely|yet|may|might|could|would|will|shall|should"
    r"|hope[sd]?|tr(?:y|ies|ied)|attempt\w*|want\w*|seek\w*|sought|plan\w*|aim\w*"
    r"|if|unless|whether|until))\s*$",
    re.IGNORECASE,
)
#: "from #Taliban terrorists control", "from terrorist TB [the Taliban's] control": the loser
#: named with a descriptor before "control".
_DESCRIPTOR = r"(?:terrorists?|militants?|insurgents?|rebels?)"
_LOSER_CONTROL = re.compile(
    rf"\bfrom\s+(?:the\s+)?(?:{_DESCRIPTOR}\s+)?#?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,2}}?)"
    rf"(?:\s*\[(?P<gloss>[^\]]{{1,40}})\])?(?:'s)?(?:\s+{_DESCRIPTOR}'?)?(?:'s)?\s+control\b",
    re.IGNORECASE,
)
#: A verb of taking: the loser's control is read only after one, in the same clause.
_TAKING_VERB = re.compile(
    r"\b(?:liberat(?:ed|es?)|freed|re-?captur(?:ed|es?)|retook|retak(?:en|es?)|took(?:\s+back)?"
    r"|tak(?:en|es?)(?:\s+back)?|seized?|reclaim(?:ed|s)?|regain(?:ed|s)?|captur(?:ed|es?)"
    r"|wrest(?:ed)?(?:\s+back)?)\b",
    re.IGNORECASE,
)
#: "after launching a military operation," fronted (at the start, or after "said that").
_OPERATION = re.compile(
    r"(?:(?<=^)|(?<=\bthat\s))after\s+(?:launching|conducting|carrying\s+out)\s+(?:an?\s+)?"
    r"(?:(?:military|clearance|joint|offensive|counter-?offensive|major|large-scale|special"
    r"|overnight)\s+){0,2}operations?\s*,\s*",
    re.IGNORECASE,
)
#: "during an offensive operation" after a taking ("recaptured Shinwari district ... during an
#: offensive operation early this morning"): how it was taken, set aside.
_OPERATION_AFTER = re.compile(
    r"\s+(?:during|in)\s+(?:an?|the)\s+(?:(?:military|clearance|joint|offensive"
    r"|counter-?offensive|major|large-scale|special|overnight)\s+){0,2}operation(?=\s|[.,]|$)",
    re.IGNORECASE,
)
#: Trailing clauses about a side's losses (closed forms); the side is the group "who".
_LOSS = r"(?:(?:heavy|huge|severe|serious|significant|massive|some)\s+)?(?:casualt(?:y|ies)|losses)"
_LOSSES = (
    re.compile(
        r"(?:\s*,\s*|\s+)and\s+(?P<who>[^,;:]{2,50}?)\s+(?:have\s+|has\s+|had\s+)?suffered\s+"
        + _LOSS
        + r"(?=\s*(?:[.!]\s*)?$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:\s*,\s*|\s+)and\s+(?P<who>[^,;:]{2,50}?)\s+(?:,?\s*after\s+suffering\s+"
        + _LOSS
        + r"\s*,?\s+)?(?:have\s+|has\s+|had\s+)?fled(?:\s+the\s+(?:area|district|region))?"
        r"(?=\s*(?:[.!]\s*)?$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*,\s*forcing\s+(?P<who>[^,;:]{2,50}?)\s+to\s+(?:flee|retreat|withdraw)"
        r"(?=\s*(?:[.!]\s*)?$|\s*,)",
        re.IGNORECASE,
    ),
)
#: A speaker's relative clause about a meeting, before the verb of saying.
_MEETING = re.compile(
    r"\s*,\s*who\s+(?:met|had\s+met|visited|spoke\s+(?:to|with)|held\s+talks\s+with"
    r"|talked\s+(?:to|with))\s+(?P<body>[^,;:\"“”]{1,100}?)\s*,\s*"
    r"(?=(?:said|says|told|announced|stated)\b)",
    re.IGNORECASE,
)
#: "Kabul said (on Friday) that the forces ...": the government speaking of its forces.
_KABUL_SAID = re.compile(
    r"^kabul\s+(?P<verb>said|says|announced|claimed|reported)\s+(?P<day>(?:on\s+)?[a-z]+\s+)?"
    r"that\s+(?P<forces>the|its)\s+forces\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Retaking:
    """The sentence rewritten, the notes naming what was set aside, and what the reading must
    be for the rewrite to hold: the claim's side (``side``), a side it must not be
    (``not_side``)."""

    text: str
    notes: tuple[str, ...]
    side: str | None = None
    not_side: str | None = None


def rewrite(
    text: str, side_named: SideNamed, names_place: Callable[[str], bool]
) -> Retaking | None:
    """The sentence with the wrapping words of :mod:`retaking` set aside; ``None`` when none
    is found. ``side_named``: the one side a phrase names as a whole (else ``None``);
    ``names_place``: whether words name a place of the boundary set."""
    t = text
    notes: list[str] = []
    side: str | None = None
    not_side: str | None = None
    t, ally = _without_ally(t, side_named)
    if ally is not None:
        notes.append(
            f"'{ally}' (a force fighting beside the government's, named with it) set aside: "
            "the claim is about what the government holds"
        )
        side = _ALLIED_SIDE
    m = _ACHIEVED.search(t) or _WERE_ABLE.search(t)
    if m is not None and not _NOT_BEFORE.search(t[: m.start()]):
        verb = _ING.get(m["verb"].lower(), m["verb"].lower())
        past, participle = _TAKE_FORMS[verb]
        aux = None if m.re is _WERE_ABLE else (m["aux"] or m["been"])
        new = f"{aux}{participle}" if aux else past
        notes.append(f"'{m.group(0)}' (achieved: done, not a wish or an attempt) read as '{new}'")
        t = t[: m.start()] + new + t[m.end() :]
    for lc in _LOSER_CONTROL.finditer(t):
        words = lc["gloss"] if lc["gloss"] else lc["name"]
        words = re.sub(r"^the\s+|'s$", "", words.strip(), flags=re.IGNORECASE)
        named = side_named(words)
        verb = _TAKING_VERB.search(t[: lc.start()])
        if named is None or verb is None or re.search(r"[;:]", t[verb.end() : lc.start()]):
            continue
        if lc["gloss"] and not re.fullmatch(r"[A-Z]{2,6}", lc["name"].strip()):
            continue  # a bracket glossing an abbreviation only ("TB [the Taliban's]")
        notes.append(
            f"'{lc.group(0)}' read as 'from {named[1]}' (the side it was taken from; "
            "'terrorists' and 'control' add nothing to who lost it)"
        )
        loser = named[1] if re.match(r"the\s", named[1], re.IGNORECASE) else f"the {named[1]}"
        t = t[: lc.start()] + f"from {loser}" + t[lc.end() :]
        break
    op = _OPERATION.search(t)
    if op is not None:
        notes.append(f"'{op.group(0).strip(' ,')}' (how the unit was taken) set aside")
        t = t[: op.start()] + t[op.end() :]
    oa = _OPERATION_AFTER.search(t)
    if oa is not None and _TAKING_VERB.search(t[: oa.start()]):
        notes.append(f"'{oa.group(0).strip()}' (how the unit was taken) set aside")
        t = t[: oa.start()] + t[oa.end() :]
    for pattern in _LOSSES:
        ls = pattern.search(t)
        if ls is None:
            continue
        try:
            named = side_named(ls["who"])
        except ClaimParseError:
            named = None
        if named is None:
            continue
        notes.append(
            f"'{ls.group(0).strip(' ,')}' (the losses of {named[1]}, the side that lost it: no "
            "claim of control) set aside"
        )
        not_side = named[0]
        t = t[: ls.start()] + t[ls.end() :]
        break
    mt = _MEETING.search(t)
    if mt is not None and not re.search(r"\d", mt["body"]) and not names_place(mt["body"]):
        try:
            met = side_named(mt["body"])
        except ClaimParseError:
            met = ("", "")
        if met is None and not re.search(
            r"\b(?:taliban|government|forces|militants|insurgents)\b", mt["body"], re.IGNORECASE
        ):
            notes.append(
                f"'{mt.group(0).strip(' ,')}' (a meeting of the speaker's, no claim of control) "
                "set aside"
            )
            t = t[: mt.start()] + " " + t[mt.end() :]
    kb = _KABUL_SAID.search(t)
    if kb is not None and re.search(r"\bfrom\s+(?:the\s+)?taliban\b", t, re.IGNORECASE):
        notes.append(
            f"'Kabul {kb['verb']}' read as the Afghan government speaking and "
            f"'{kb['forces']} forces' as its forces (government forces)"
        )
        day = kb["day"] or ""
        t = f"The Afghan government {kb['verb']} {day}that government forces " + t[kb.end() :]
        side = _ALLIED_SIDE
    if not notes:
        return None
    t = _without_same_gloss(t, side_named, notes)
    if re.match(r"\s*[\"“]", t) and not re.search(r"[\"“”]", t.lstrip()[1:]):
        # '"#ANDSF ... liberated #Kaldar ...' a quoted tweet's first sentence: the quotation
        # closes after the sentence
        notes.append(
            "the opening quotation mark (its quotation closes after the sentence) set aside"
        )
        t = re.sub(r"^\s*[\"“]\s*", "", t)
    if re.search(r"(?<![\w#])#(?=[A-Za-z])", t):
        # a quoted tweet: "#ANDSF ... liberated #Kaldar district of #Balkh province"
        notes.append("'#' before a word (a tweet's hashtag) set aside: the word as written")
        t = re.sub(r"(?<![\w#])#(?=[A-Za-z])", "", t)
    return Retaking(re.sub(r"\s{2,}", " ", t), tuple(notes), side, not_side)


def check(text: str, rewritten: Retaking, claim: ParsedClaim) -> None:
    """Refuse a reading the rewrite does not hold for: the allies' side is not the claim's,
    the side said to suffer the losses is the claim's."""
    if rewritten.side is not None and claim.side != rewritten.side:
        raise ClaimParseError(
            text,
            rewritten.notes[0].split("'")[1],
            f"read as {rewritten.side}'s words (an ally of the government, or Kabul speaking), "
            f"but the claim is read as {claim.side}'s: not read",
        )
    if rewritten.not_side is not None and claim.side == rewritten.not_side:
        raise ClaimParseError(
            text,
            next(n for n in rewritten.notes if "(the losses of" in n).split("'")[1],
            "the side said to suffer the losses or to flee is the side said to take the unit: "
            "which side holds it is not read",
        )


def _without_ally(text: str, side_named: SideNamed) -> tuple[str, str | None]:
    """``text`` without the allies of :data:`_ALLIES` coordinated with or backing a name of
    the government side right before them (its bracketed gloss kept), and the words set
    aside (``None`` for none)."""
    dropped: list[str] = []
    while True:
        m = next(
            (m for m in _ALLY.finditer(text) if _government_before(text[: m.start()], side_named)),
            None,
        )
        if m is None:
            return text, " ".join(dropped) if dropped else None
        gloss = m["gloss"] or ""
        dropped.append(text[m.start() + len(gloss) : m.end()].strip(" ,"))
        text = text[: m.start()] + gloss + text[m.end() :]


def _government_before(before: str, side_named: SideNamed) -> bool:
    """Whether the last one to six words of ``before`` (a bracketed gloss aside) name the
    government side as a whole."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", re.sub(r"\s*\[[^\]]*\]\s*$", "", before))
    for n in range(1, min(6, len(words)) + 1):
        try:
            named = side_named(" ".join(words[-n:]))
        except ClaimParseError:
            continue
        if named is not None and named[0] == _ALLIED_SIDE:
            return True
    return False


_GLOSSED = re.compile(r"(?P<name>#?[A-Za-z][A-Za-z'-]*)\s*\[(?P<gloss>[^\]]{1,80})\]")


def _without_same_gloss(text: str, side_named: SideNamed, notes: list[str]) -> str:
    """``text`` without a bracketed gloss on a side's abbreviation that names the same side
    ("ANDSF [the Afghan National Defense and Security Forces]"); a note for each."""
    for m in reversed(list(_GLOSSED.finditer(text))):
        try:
            name = side_named(m["name"].lstrip("#"))
            gloss = side_named(re.sub(r"^the\s+", "", m["gloss"].strip(), flags=re.IGNORECASE))
        except ClaimParseError:
            continue
        if name is None or gloss is None or name[0] != gloss[0]:
            continue
        notes.append(f"'[{m['gloss']}]' (a gloss naming the same side as '{m['name']}') set aside")
        text = text[: m.end("name")] + text[m.end() :]
    return text
