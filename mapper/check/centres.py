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


#: "the centers of Ishkamish district in Takhar and Sozma Qala district in Sar-e-Pul": the
#: plural before a list (of the whole rest); read only when every item of the list is written
#: with the word "district" ("the centres of Kunduz and Herat" stay refused: cities, or the
#: middles of provinces?).
_CENTRES_OF = re.compile(r"^(?P<c>(?:the\s+)?cent(?:re|er)s\s+of\s+)(?P<list>\S.*)$")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _plural_centres(rest: str, notes: list[str]) -> str:
    m = _CENTRES_OF.match(rest.strip())
    if m is None:
        return rest
    items = [i for i in _ITEM_SPLIT.split(m["list"]) if i.strip()]
    if len(items) < 2 or not all(re.search(r"\bdistrict\b", i) for i in items):
        return rest
    notes.append(
        f"'{m['c'].strip()}' read as the districts named: a district's centre stands for the "
        "district, as district centres are counted"
    )
    return m["list"]


def district_centres(rest: str, notes: list[str]) -> str:
    """``rest`` (normalised words of a list of units) with each "the centre of <name>
    district" written "<name> district", said in ``notes``; "the centres of <name> district
    in P and <name> district in Q" written as the list."""
    rest = _plural_centres(rest, notes)

    def one(m: re.Match[str]) -> str:
        notes.append(
            f"'{m.group(0).strip()}' read as {m['n']} district: a district's centre stands "
            "for the district, as district centres are counted"
        )
        return f"{m['n']} district"

    return _CENTRE_OF.sub(one, rest)
