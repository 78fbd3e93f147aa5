"""A state told in the past tense, of named units: when it is the state of a day (issue #8).

"In contrast, the Gurzivan district of Faryab province was under Taliban control yesterday",
"Taliban spokesman Zabihullah Mujahed confirmed that the Imam Sahib district was in Taliban
hands", "Witnesses said the Doshi district in Baghlan province was in Taliban hands". "was"
alone is a past state, before a time the sentence does not give, and is not read
(units.py). Two forms of English reporting give it its time, and only these are read:

* a day named ("was under Taliban control yesterday", "on Wednesday", "on 14 August"): the
  state on that day, checked on it as "is under Taliban control on Wednesday" would be;
* reported speech after a reporting verb in the past ("officials said ... was in Taliban
  hands", "..., witnesses told AFP"): English moves the verb of what was said into the past
  (the sequence of tenses), so "was" is the state when it was said, the date of writing (or
  the day named with the saying: "officials said on Tuesday").

Anything else stays refused with a message saying what is missing: "was under Taliban control"
with no day and no past report, a present report ("officials say Kunduz was ...": a past
state said now), "according to officials" (no tense of saying). Periods ("until", "before",
"for a week", "once", "in 1997") and hedges ("briefly", "partly") are refused before this by
the reader, as ever.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import ClaimParseError

#: The verb of a predicate of state in the simple past, as units.py's predicate takes it
#: ("was now" is units.py's own form: the present of reported speech, read there).
PAST_BE = r"(?P<past>was|were)(?!\s+now\b)"

#: Reporting verbs in the past tense (a closed list, attribution.py's VERBS that are past):
#: who said it in one of them moves what was said into the past.
_PAST_SAID = re.compile(
    r"\b(?:said|told|confirmed|reported|claimed|announced|stated|added|declared|noted|tweeted"
    r"|wrote|acknowledged|admitted|asserted|insisted|maintained|explained|posted|revealed"
    r"|indicated)\b"
)
#: The same verbs in the present: a past state said now is a past state.
_PRESENT_SAID = re.compile(
    r"\b(?:says|say|tells|tell|confirms|reports|claims|claim|announces|states|adds|declares"
    r"|notes|tweets|writes|acknowledges|admits|asserts|insists|maintains|explains)\b"
)


def reported_in_past(said: Sequence[str]) -> bool:
    """Whether who said it (``said``: the parts set aside as who said it, normalised) has a
    reporting verb in the past and none in the present."""
    joined = " ".join(said)
    return bool(_PAST_SAID.search(joined)) and not _PRESENT_SAID.search(joined)


def when_past(text: str, verb: str, *, check_date: str, said: Sequence[str]) -> str:
    """The note saying how a past-tense state (``verb``: "was" or "were") is dated, for a
    sentence with a day named (``check_date``, the ISO day the reader checks) or said in a
    past report (``said``).

    Raises
    ------
    ClaimParseError
        Neither: a past state before a time the sentence does not give.
    """
    if check_date:
        return f"'{verb}' (a past state on the day named) read as the state on {check_date}"
    if reported_in_past(said):
        return (
            f"'{verb}' (what was said, in the past as reported speech has it) read as the "
            "state when it was said"
        )
    raise ClaimParseError(
        text,
        verb,
        f"a past state ('{verb} under ... control', '{verb} in ... hands') with no day named "
        "and not reported in the past ('officials said ...') is before a time the sentence "
        "does not give: not read; give the day ('on Monday') or state what a side holds "
        "('is under Taliban control')",
    )
