"""The most recent capital named beside a count of capitals (issue #8).

"Taliban fighters have taken control of ten provincial capitals, the most recent of which
being Ghazni City" (Washington Newsday, from Newsweek) and "Taliban fighters have captured 10
provincial capitals in just one week, with Ghazni City the most recent to have been taken"
(Newsweek) name one capital among those counted: it is checked beside the count as a named
unit (the state the capture left), as "..., and the latest Kunduz is their latest and most
significant gain" is (``capitals._biggest_gains``); that it is the most recent is a rank,
not checked.

A closed form at the end of the sentence, after a comma: the name must be one provincial
capital of the places data ("Ghazni City", "the city of Ghazni", "Ghazni"); a city that is
no capital ("Spin Boldak"), "the city" (which?) or several names are left to be refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .capitals import Rewritten

_RECENT = r"(?:most\s+recent|latest)"


def most_recent(s: str, out: Rewritten) -> str:
    """``s`` (a normalised sentence with a count of capitals) without a closing "the most
    recent of which being <capital>" or "with <capital> the most recent to have been taken",
    the capital added to ``out.named`` and said in ``out.notes``; else ``s`` as it is."""
    from .capitals import _cap, capital_named

    one = rf"(?:the\s+city\s+of\s+)?(?P<one>{_cap()})(?:\s+city\b)?"
    two = one.replace("?P<one>", "?P<two>")
    body = s.rstrip(" .")
    m = re.search(
        rf"\s*,\s*(?:the\s+{_RECENT}\s+of\s+which\s+(?:being|was|is)\s+{one}"
        rf"|with\s+{two}\s+the\s+{_RECENT}(?:\s+one)?\s+to\s+(?:have\s+been\s+(?:taken|captured|seized)"
        r"|have\s+fallen|fall))$",
        body,
    )
    cap = capital_named(m["one"] or m["two"]) if m else None
    if m is None or cap is None:
        return s
    out.named.append(cap[0])
    out.notes.append(
        f"'{m.group(0).strip(' ,')}': the provincial capital {cap[0]} named among those "
        "counted, checked beside the count as a named unit (the state the capture left); "
        "that it is the most recent is a rank, not checked"
    )
    return body[: m.start()]
