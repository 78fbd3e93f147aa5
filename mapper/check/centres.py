"""The centre of a named district, read as the district (issue #8).

Reporting names a district's fall by its centre: "the center of the Mardian district in
Jawzjan fell to the Taliban" (The Frontier Post, from TOLOnews), "the center of Khwaja Sabz
Posh district in Faryab fell to the Taliban", "captured ... the center of Dand Patan district
in Paktia province" (ISWNews). The corpora count district centres as the districts ("the
Spin Boldak district center", "the district centre of Nahrin" are read so already), so "the
centre of <name> district" is that district, said in a note.

Only a name written with the word "district" is read: "the centre of the district" (which
one?), "the centre of the country", "the center of Kandahar province" (its capital, or the
middle of the province?) and "the Press Center of the Border Troops" (an office) stay hedges
or narrowings, refused by the units grammar (``units._HEDGES``, which leaves out exactly the
words :data:`NAMED_DISTRICT` matches).
"""

from __future__ import annotations

import re

#: A word of a district's name: not a grammar word ("the centre of the district of ...",
#: "the centre of the province" are no name).
_WORD = r"(?!(?:of|the|in|and|province|district|country|city|town|capital)\b)[a-z][a-z'-]*"

#: After "centre of": a name of one to three words and the word "district" ("the Mardian
#: district", "Khwaja Sabz Posh district"): a lookahead, the hedge left out before it.
NAMED_DISTRICT = rf"(?=\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}\s+district\b)"

_CENTRE_OF = re.compile(
    rf"\b(?:the\s+)?cent(?:re|er)\s+of\s+(?:the\s+)?(?P<n>{_WORD}(?:\s+{_WORD}){{0,2}})"
    r"\s+district\b"
)


def district_centres(rest: str, notes: list[str]) -> str:
    """``rest`` (normalised words of a list of units) with each "the centre of <name>
    district" written "<name> district", said in ``notes``."""

    def one(m: re.Match[str]) -> str:
        notes.append(
            f"'{m.group(0).strip()}' read as {m['n']} district: a district's centre stands "
            "for the district, as district centres are counted"
        )
        return f"{m['n']} district"

    return _CENTRE_OF.sub(one, rest)
