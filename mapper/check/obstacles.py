"""The last place standing between a side and the whole country, after a capture (issue #8).

"The Taliban captured the key northern Afghan city of Mazar-i-Sharif on Saturday, leaving only
the isolated capital Kabul between them and a complete military takeover of the country" (AFP,
14 August 2021, in many copies): the clause says what the side has not taken yet, the capital,
and claims nothing checkable of it (how much "a complete takeover" lacks is not a figure). It is
read as the side's move on another place is (circumstance.py ``move_on``): set aside only
beside a claim about named units of the side, none of them in the province of the place named
(a unit of Kabul province would be contradicted by the sentence itself), and said in the
reading.

A closed form: ``, leaving only [the] [isolated|besieged|beleaguered] <Kabul or the (Afghan)
capital> [standing] between them|it|the <side noun> and a complete|total|full [military]
takeover|victory|control [of the country|of Afghanistan]`` closing the sentence. A list of
places ("only Kabul and Jalalabad"), another place than the capital, or anything after it
("..., leaving only Kabul in government hands") is not this form and stays refused.
"""

from __future__ import annotations

import re

#: The place: Kabul, by its name or as the capital (circumstance.py ``_KABUL`` reads it).
_CAPITAL = r"(?:afghan\s+|country['\u2019]s\s+)?capital(?:\s+city)?(?:\s*,?\s*kabul)?|kabul"

#: The clause, closing the sentence (groups as circumstance.py's move patterns: ``c`` the
#: clause, ``t`` the place).
LAST_OBSTACLE = re.compile(
    r"\s*,\s*(?P<c>leaving\s+only\s+(?:the\s+)?(?:(?:isolated|besieged|beleaguered)\s+)?"
    r"(?P<t>" + _CAPITAL + r")(?:\s+standing)?\s+between\s+(?:them|it|the\s+(?:taliban"
    r"|insurgents|militants|group|movement))\s+and\s+(?:a\s+)?(?:complete|total|full)\s+"
    r"(?:military\s+)?(?:takeover|victory|control)(?:\s+of\s+(?:the\s+country|afghanistan))?)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)

#: What the reading says the clause is.
WHAT = "what stands between the side and the whole country: not taken by it, not claimed"
