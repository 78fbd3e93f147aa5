"""Other ways reporting writes an ordinal of provincial capitals (issue #8).

The capitals grammar (:mod:`mapper.check.capitals`) reads "the sixth provincial capital" and,
in a headline after a verb of taking, "seizes sixth provincial capital". Reporting also writes
the same ordinal with another determiner, or with the country's name inside the noun phrase:

* "captured **a sixth** provincial capital", "took control of **a 10th** provincial capital":
  an indefinite article before an ordinal and a singular noun is the ordinal ("yet another,
  the sixth"), never the fraction, which takes "of" ("a sixth of the capitals"). Not "a
  second" (nor "a first"): "a second" is also English for "another, one more" with no count
  ("a second front"), and stays refused (adversarial a1191, tests/test_checks_periods.py);
* "captured **their first** provincial capital", "the group's **its sixth**": the side's own
  count of capitals taken (a province has one capital, so "its" cannot be a province's);
* "**Afghanistan's** (or the country's) **ninth** provincial capital": the country's count,
  rewritten "the ninth provincial capital in afghanistan" (the country named as the scope);
* "sixth **Afghanistan** provincial capital", "the sixth provincial **Afghan** capital": the
  country's name or adjective inside the noun phrase, moved out of it;
* a headline that opens with the ordinal, no article ("9th provincial capital in Afghanistan
  falls to Taliban"): "the 9th provincial capital ...".

Each is rewritten to the form the capitals grammar reads, with a note; what that grammar does
with an ordinal (a count of falls checked on the day of the event, falls.py; refused when the
day is not known or the span starts at an event) is unchanged. Only a singular "provincial
capital" (or "centre") right after the ordinal is taken: "a sixth of the provincial capitals",
"their sixth-largest city" and "a second capital" are left as they are.
"""

from __future__ import annotations

import re

#: Ordinal words and figures (the capitals grammar's, capitals._ORD).
_ORD = (
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
_NOUN = r"capital|cent(?:re|er)"

#: "a sixth / their sixth / its sixth / afghanistan('s) ninth / the country('s) ninth
#: (afghan|afghanistan) provincial (afghan) capital" (the normalised sentence drops "'s").
_DETERMINER = re.compile(
    r"\b(?P<det>a(?!\s+(?:first|second|1st|2nd)\b)|their|its|afghanistan|the\s+country)\s+"
    rf"(?P<ord>{_ORD})\s+(?:afghan(?:istan)?\s+)?provincial\s+(?:afghan\s+)?(?P<noun>{_NOUN})\b"
    r"(?!\s+cities)"
)
#: "the sixth provincial afghan capital", "sixth afghanistan provincial capital": the country
#: inside the noun phrase, after the article or with none (a headline after its verb).
_INSIDE = re.compile(
    rf"\b(?P<ord>{_ORD})\s+(?:(?P<pre>afghanistan)\s+provincial|provincial\s+(?P<post>afghan))"
    rf"\s+(?P<noun>{_NOUN})\b"
)
#: A headline opening with the ordinal: "9th provincial capital in afghanistan falls to ...".
_OPENING = re.compile(rf"^(?P<ord>{_ORD})\s+(?P<rest>(?:afghan\s+)?provincial\s+(?:{_NOUN})\b)")


def ordinal_forms(s: str) -> tuple[str, list[str]]:
    """``s`` (a normalised sentence) with its other forms of an ordinal of provincial capitals
    rewritten as "the <ordinal> provincial capital" (see the module docstring), and the notes
    saying what was rewritten; ``(s, [])`` when there is none."""
    notes: list[str] = []

    def determiner(m: re.Match[str]) -> str:
        det = re.sub(r"\s+", " ", m["det"])
        country = det in ("afghanistan", "the country")
        where = " in afghanistan" if country else ""
        said = f"{det}'s" if country else det
        notes.append(
            f"'{said} {m['ord']} provincial {m['noun']}' read as 'the {m['ord']} provincial "
            f"{m['noun']}{where}' (an ordinal: "
            + (
                "the country's count of provincial capitals"
                if country
                else "'a' or the side's own before an ordinal and a singular noun is the "
                "ordinal, not a fraction"
            )
            + ")"
        )
        return f"the {m['ord']} provincial {m['noun']}{where}"

    s = _DETERMINER.sub(determiner, s)

    def inside(m: re.Match[str]) -> str:
        word = m["pre"] or m["post"]
        notes.append(
            f"'{m.group(0)}' read as '{m['ord']} provincial {m['noun']}' ('{word}' names the "
            "country, the count's scope)"
        )
        where = " in afghanistan" if m["pre"] else ""
        return f"{m['ord']} provincial {m['noun']}{where}"

    s = _INSIDE.sub(inside, s)
    m = _OPENING.match(s)
    if m is not None:
        notes.append(
            f"'{m['ord']} {m['rest']}' (a headline opening with an ordinal, no article) read "
            f"as 'the {m['ord']} {m['rest']}'"
        )
        s = f"the {m['ord']} {m['rest']}{s[m.end() :]}"
    return s, notes
