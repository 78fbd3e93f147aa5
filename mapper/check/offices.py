"""The province a speaker's office names, in who said it (issue #8).

"Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had seized his province",
"..., Roh Gul Khairzad, the deputy governor of Nimroz, told AFP", "..., Wafiullah Rahmani,
Chief of Takhar Provincial Council told Kabul Now", "Rohgul Khairzad, Nimruz's deputy governor,
confirmed ...": the province named by the speaker's office is who said it, not the claim's
scope. The reader (reading.py) reads the sentence with the office's province written as "the
province" (a local tie, grammar.py ``_LOCAL``) and keeps the reading only when every unit the
claim names lies in that province; "his province" is read as the province the speaker is from.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban had seized his
#: province.": the province a named speaker is from, and "his/her province" closing the claim,
#: which is that province (AP's form). A closed form: a name, one role, one province of the
#: boundary set as it spells it, a reporting verb, "his/her province" last.
_FROM_PROVINCE = re.compile(
    r"^(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s+(?P<role>an?\s+(?:lawmaker|legislator"
    r"|counterpart|senator|member\s+of\s+parliament|provincial\s+council\s+member))\s+from\s+"
    r"(?P<prov>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:\s+[Pp]rovince)?,\s+(?P<verb>said|says)\s+"
    r"(?P<claim>[^,;:]+?\s)(?P<his>his|her)\s+province(?P<end>\s*[.!]?\s*)$"
)


def speakers_province(text: str, resolve: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The sentence with "his province" written as the province its speaker is from, and a
    note (:data:`_FROM_PROVINCE`); ``None`` when it is not that form. ``resolve``: the
    province a name is in the boundary set (spelt as the set spells it)."""
    m = _FROM_PROVINCE.match(text.strip())
    if m is None:
        return None
    prov = resolve(m["prov"])
    if prov is None or prov.lower() != m["prov"].lower():
        return None
    out = f"{m['name']}, {m['role']}, {m['verb']} {m['claim']}{prov} province{m['end']}"
    note = (
        f"'{m['his']} province' read as {prov}: the province the speaker is from "
        f"('{m['role']} from {m['prov']}'), set aside with who said it"
    )
    return out, note


#: "..., Roh Gul Khairzad, the deputy governor of Nimroz, told AFP": an official of a province
#: named in who said it, between commas. A closed list of offices; the province is written as
#: "the province" (a local tie, grammar.py ``_LOCAL``) and the reader checks that every unit
#: of the claim lies in it (:func:`speakers_own_province`).
_OFFICE_OF_PROVINCE = re.compile(
    r"(?P<office>,\s+(?:the\s+)?(?:deputy\s+|vice\s+|acting\s+)?(?:governor|police\s+chief"
    r"|head\s+of\s+the\s+provincial\s+council|chief\s+of\s+the\s+provincial\s+council"
    r"|provincial\s+council\s+(?:chief|head))\s+)"
    r"(?:of|in)\s+(?P<prov>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:\s+[Pp]rovince)?"
    r"(?=\s*,|\s+(?:told|said|says|confirmed|added|stated)\b|\s*\.?\s*$)"
)
#: The same offices as Kabul Now and Pajhwok write them: "..., Wafiullah Rahmani, Chief of
#: Takhar Provincial Council told Kabul Now", "a member of Ghazni Provincial Council",
#: "head of the Balkh provincial council", "the president of the Balkh provincial council",
#: "Nimruz's deputy governor". Rewritten as the office "of the province" like the one above.
_OFFICE_OF_COUNCIL = re.compile(
    r"(?P<office>,\s+(?i:(?:the\s+|a\s+)?(?:(?:deputy\s+)?(?:chief|head|president)|member)"
    r"\s+of(?:\s+the)?)\s+)(?P<prov>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?i:provincial\s+council)"
    r"(?=\s*,|\s+(?:told|said|says|confirmed|added|stated)\b|\s*\.?\s*$)"
)
_OFFICE_POSSESSIVE = re.compile(
    r"(?P<office>,\s+)(?P<prov>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)['\u2019]s\s+"
    r"(?P<role>(?i:(?:deputy\s+|vice\s+|acting\s+)?(?:governor|police\s+chief)))"
    r"(?=\s*,|\s+(?:told|said|says|confirmed|added|stated)\b|\s*\.?\s*$)"
)


def speakers_own_province(
    text: str, resolve: Callable[[str], str | None]
) -> tuple[str, str, str] | None:
    """(the sentence with the office's province written as "the province", the province, a
    note) when who said it names one province by the office of a speaker between commas
    (:data:`_OFFICE_OF_PROVINCE`); ``None`` otherwise. The caller reads the rewritten sentence
    and keeps the reading only when every unit it names lies in that province."""
    found = [
        *_OFFICE_OF_PROVINCE.finditer(text),
        *_OFFICE_OF_COUNCIL.finditer(text),
        *_OFFICE_POSSESSIVE.finditer(text),
    ]
    if len(found) != 1:
        return None
    m = found[0]
    prov = resolve(m["prov"])
    if prov is None:
        return None
    if m.re is _OFFICE_OF_COUNCIL:
        office_of = re.sub(r"(?i)\s+the\s+$", " ", m["office"]) + "the provincial council"
    elif m.re is _OFFICE_POSSESSIVE:
        office_of = f"{m['office']}the {m['role']} of the province"
    else:
        office_of = m["office"] + "of the province"
    out = text[: m.start()] + office_of + text[m.end() :]
    office = " ".join(m.group(0).strip(" ,").split())
    note = (
        f"'{office}' (who said it) names {prov}, the province of every unit of the claim: set "
        "aside with who said it"
    )
    return out, prov, note
