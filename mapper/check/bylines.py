"""Datelines of the republishers' shapes (issue #8, session 15).

grammar.py sets aside the wire datelines ("KABUL, Aug 13 (Reuters) -", "Kabul [Afghanistan]
July 27 (ANI):", "MOSCOW (UrduPoint News / Sputnik - 09th July, 2021)"). Real copy carries
three more shapes, each closed:

* UrduPoint's reposts of APP and AFP copy, the day said twice or once:
  "Kabul, Aug 8 (UrduPoint / Pakistan Point News - 8th Aug, 2021 ) :",
  "PuleAlam, Afghanistan, (APP - UrduPoint / Pakistan Point News - 13th Aug, 2021 ) :";
* a place and the agencies that carried the story, joined by slashes, then a colon:
  "Washington/UNI/Sputnik:" (Just Earth News);
* a place and a day between dashes, no agency: "– KABUL, AUGUST 14 –" (Venti4ore, ANSA).

As for a wire dateline (tests/test_checks_datelines.py), the day stays in the sentence as
the claim's date and the place is where the report was filed, never the claim's scope
(:func:`mapper.check.reading.parse_claim` refuses a claim naming no place of its own when the
dateline names an Afghan one). A dateline saying its day twice must say the same day both
times, and a day that cannot be read is refused, never dropped (:func:`match`).
"""

from __future__ import annotations

import re

from .model import ClaimParseError
from .windows import DAY_RE, MONTH_RE, YEAR_RE

_MONTH, _DAY, _YEAR = MONTH_RE, DAY_RE, YEAR_RE
_PLACE = r"(?P<place>(?!the\b)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2})"
#: Agencies that may stand in a slashed dateline (a closed list).
_SLASH_AGENCIES = r"(?:uni|pti|ians|ani|sputnik|tass|xinhua|afp|ap|reuters|dpa|efe|app|irna|gna)"

#: "kabul, aug 8 (urdupoint / pakistan point news - 8th aug, 2021 ) :" and "pulealam,
#: afghanistan, (app - urdupoint / pakistan point news - 13th aug, 2021 ) :" (normalised).
URDUPOINT = re.compile(
    rf"^{_PLACE}\s*(?:,\s*afghanistan)?\s*,\s*"
    rf"(?:(?P<first>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\s*,?\s*)?"
    r"\(\s*(?:(?:app|afp)\s*-\s*)?urdupoint(?:\s+news)?\s*/\s*pakistan\s+point\s+news\s*-\s*"
    rf"(?P<date>{_DAY}\s+{_MONTH},?\s+{_YEAR})\s*\)\s*[:.]?\s*(?=[a-z]|$)"
)
#: "washington/uni/sputnik:": a place, then one or more agencies after slashes.
SLASHED = re.compile(rf"^{_PLACE}\s*(?:/\s*{_SLASH_AGENCIES}\s*)+:\s*(?P<date>)(?=[a-z]|$)")
#: "- kabul, august 14 -": a place and a day between dashes.
DASHED = re.compile(
    rf"^-{{1,2}}\s*{_PLACE}\s*,\s*(?P<date>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
    r"\s*-{1,2}(?:\s+(?=[a-z])|\s*$)"
)


def _day_month(phrase: str) -> tuple[str, str]:
    day = re.search(r"\d{1,2}", phrase)
    month = re.search(r"[a-z]{3}", re.sub(r"\d+(?:st|nd|rd|th)?", "", phrase))
    return (str(int(day.group(0))) if day else "", month.group(0) if month else "")


def match(s: str, text: str = "") -> re.Match[str] | None:
    """The dateline opening ``s`` (normalised) in one of the shapes of this module, or
    ``None``. Its groups: ``place``, ``date`` (the day kept as the claim's date; empty when
    none). A dateline giving two different days is refused (``text``: the sentence as
    written, for the message)."""
    for pat in (URDUPOINT, SLASHED, DASHED):
        m = pat.match(s)
        if m is None:
            continue
        first = m.groupdict().get("first")
        if first and _day_month(first) != _day_month(m["date"]):
            raise ClaimParseError(
                text or s,
                m.group(0).strip(" :"),
                f"the dateline gives two days ({first!r} and {m['date']!r}): which is the "
                "claim's date is not known; check the claim with one date",
            )
        return m
    return None


def date_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the day kept in the sentence stands (an empty span at the end without one)."""
    return m.span("date") if m["date"] else (m.end(), m.end())


def without_outlet(clause: str) -> str:
    """A dateline without the republisher's name, whose "Pakistan" names an outlet, not the
    border ("urdupoint / pakistan point news")."""
    return re.sub(r"\bpakistan\s+point\s+news\b", " ", clause)
