"""Word lists and patterns the reader uses: measures, numbers, comparisons, refusals."""

from __future__ import annotations

import re

from .model import (
    Comparison,
    Measure,
)

_NEIGHBOUR_WORDS: tuple[tuple[str, str], ...] = (
    (r"tajik(?:istan|istani|s)?", "TJK"),
    (r"uzbek(?:istan|istani|s)?", "UZB"),
    (r"turkmen(?:istan|istani|s)?", "TKM"),
    (r"iran(?:ian)?", "IRN"),
    (r"pakistan(?:i)?|durand line|af-?pak", "PAK"),
    (r"china|chinese|sino", "CHN"),
)
_BORDER_WORD = re.compile(
    r"\bborder(?:s|ing)?\b|\bfrontiers?\b|\bdurand line\b|\bboundar(?:y|ies)\b"
)

_MEASURE_NOUNS: dict[str, Measure] = {
    **dict.fromkeys(
        [
            *("country", "territory", "territories", "land", "lands", "area", "areas"),
            *("nation", "landmass", "soil", "terrain", "ground", "regions", "turf"),
        ],
        "area",
    ),
    **dict.fromkeys(["district", "districts", "centres", "centers"], "districts"),
    **dict.fromkeys(["province", "provinces"], "provinces"),
    # "provincial capitals", "provincial centres", "capital cities" (capitals.TOKEN)
    "provincialcapitals": "capitals",
    **dict.fromkeys(
        ["population", "people", "inhabitants", "residents", "citizens", "populace"],
        "population",
    ),
    **dict.fromkeys(["border", "borders", "frontier", "frontiers", "boundary", "line"], "border"),
}
# Words that may precede the measure noun ("of all the", "its entire") and are skipped.
_LEAD_WORDS = {
    "of", "out", "the", "its", "their", "all", "entire", "whole", "total", "these", "those",
    "key", "rural", "a", "administrative", "strategic",
}  # fmt: skip
# Words that may stand before a stated denominator ("of the country's roughly 400
# districts", "out of a possible 421"): the denominator is then approximate.
_DENOMINATOR_APPROX = {
    "roughly", "about", "approximately", "some", "around", "nearly", "almost", "estimated",
    "an", "possible", "over",
}  # fmt: skip
# Words that end the noun phrase after the number.
_STOP_WORDS = {
    "on", "along", "in", "near", "at", "with", "across", "by", "to", "bordering", "adjacent",
    "next", "from", "since", "and", "or", "for", "that", "which", "including", "as", "under",
    "within", "inside", "is", "are", "was", "were", "now", "already", "have", "has", "had",
    "of", "out",
}  # fmt: skip

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:{_TENS}|{_UNITS_WORDS}|hundred|thousand|dozen)"
# a run of number words: "one hundred and fifty", "twenty-five", "two dozen" ("and" only after
# hundred / thousand, so "between five and ten" stays two numbers)
_WORD_NUM = (
    rf"(?:{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}\b|(?:(?<=hundred)|(?<=thousand)) and "
    rf"{_NUMBER_WORD}\b)*)"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM})"
_DEC = r"\d+(?:\.\d+)?"
_PCT = r"(?:%|\s*percent\b|\s*per\s+cent\b|\s*pc\b)"
_FRAC_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_FRAC_DEN = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}

_QUANTITY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("count", re.compile(r"\b(?P<a>half a dozen|a dozen)\b")),
    ("pct-range", re.compile(rf"(?<![\d.])(?P<a>{_DEC})\s*%?\s*(?:-|to)\s*(?P<b>{_DEC}){_PCT}")),
    ("pct", re.compile(rf"(?<![\d.,/])(?P<a>{_DEC}){_PCT}")),
    (
        "slash",
        re.compile(r"(?<![\d/])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?!\s*/)(?:st|nd|rd|th)?s?\b"),
    ),
    (
        "fraction",
        re.compile(
            r"\b(?:(?P<a>a|an|one|two|three|four|five)[\s-]+)?"
            r"(?P<b>half|halves|thirds?|quarters?|fourths?|fifths?)\b"
        ),
    ),
    ("most", re.compile(r"(?<!at )\b(?:most|(?:the|a) majority)\b")),
    # totality: "fully controls the province of Panjshir", "complete control of Panjshir
    # province", "control of the entire Afghanistan": a share of 1 of what follows (never
    # before a figure: "fully control 50 districts" is the count)
    (
        "total",
        re.compile(
            r"\b(?:(?:fully|completely|entirely|totally|wholly)\s+(?:control(?:s|led|ling)?"
            r"|hold(?:s|ing)?|held|captured|seized|took|taken|occupied|overran|overrun)"
            r"|(?:complete|full|total|entire|absolute)\s+control\s+(?:of|over)"
            r"|(?:control(?:s|led|ling)?(?:\s+(?:of|over))?|hold(?:s|ing)?|held|captured?|seized?"
            r"|took|taken|occupied|overran|overrun)\s+(?:the\s+)?(?:entire|whole)(?:\s+of)?"
            # "controls all of Afghanistan" (not "all of the districts": the "all" figure)
            r"|(?:control(?:s|led|ling)?(?:\s+(?:of|over))?|hold(?:s|ing)?|held|captured?|seized?"
            r"|took|taken|occupied|overran|overrun)\s+all\s+of"
            r"(?!\s+(?:the\s+)?(?:districts|provinces|provincialcapitals)\b))\b"
            rf"(?!\s+(?:the\s+|its\s+|their\s+)?(?:\d|(?:{_NUMBER_WORD}|half|halves|thirds?"
            r"|quarters?|fourths?|fifths?|most|majority|all|every|about|over|more|less|nearly"
            r"|almost|around|roughly|some|up|at|under|just|well|close|between)\b))"
        ),
    ),
    # "all districts of Panjshir", "all the provinces": every unit counted, a share of 1
    (
        "all",
        re.compile(
            r"\ball(?=\s+(?:of\s+)?(?:the\s+)?(?:districts|provinces|provincialcapitals)\b)"
            # "every (single) district of Panjshir": all of them
            r"|\bevery(?:\s+single)?(?=\s+district\b)"
        ),
    ),
    # "212 or 213 (of the district centres)": two consecutive whole numbers, the range
    # between them (figures._figure refuses any other pair; before "count-of", so that a
    # total after it, "212 or 213 of the 419 ...", stays the denominator)
    ("count-or", re.compile(rf"\b(?P<a>\d+|{_WORD_NUM})\s+or\s+(?P<b>\d+|{_WORD_NUM})\b")),
    (
        "count-of",
        re.compile(rf"\b(?P<a>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?P<b>{_NUM})\b"),
    ),
    ("count-between", re.compile(rf"\bbetween\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\b")),
    # a hyphen joins digits only: "twenty-five" is one number, not a range
    ("count-range", re.compile(r"\b(?P<a>\d[\d,]*)\s*-\s*(?P<b>\d[\d,]*)\b")),
    ("count-range", re.compile(rf"\b(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b")),
    # "the eighth provincial capital" (rewritten by capitals.rewrite): a count held now
    ("ordinal", re.compile(r"\b(?P<a>\d+)th(?=\s+provincialcapitals\b)")),
    ("count", re.compile(rf"\b(?P<a>{_NUM})\b")),
)

_COMPARATORS: tuple[tuple[str, Comparison], ...] = (
    ("a little more than", "over"),
    ("slightly more than", "over"),
    ("just more than", "over"),
    ("a little over", "over"),
    ("slightly over", "over"),
    ("just above", "over"),
    ("well above", "over"),
    ("more than", "over"),
    ("just over", "over"),
    ("well over", "over"),
    ("over", "over"),
    ("above", "over"),
    ("in excess of", "over"),
    ("upwards of", "over"),
    ("at least", "at-least"),
    ("no less than", "at-least"),
    ("no fewer than", "at-least"),
    ("not less than", "at-least"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("close to", "nearly"),
    ("just under", "nearly"),
    ("just below", "nearly"),
    ("a little less than", "nearly"),
    ("slightly less than", "nearly"),
    ("just shy of", "nearly"),
    ("just short of", "nearly"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("approx", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("up to", "up-to"),
    ("at most", "up-to"),
    ("no more than", "up-to"),
    ("not more than", "up-to"),
    ("as many as", "up-to"),
    ("less than", "under"),
    ("fewer than", "under"),
    ("under", "under"),
    ("below", "under"),
)
_CMP_BEFORE = re.compile(
    # an opening quotation mark may stand before it ('hold sway over "about 250 ..."')
    r"(?:^|[\s,(\"“])(?P<cmp>"
    + "|".join(re.escape(w) for w, _ in sorted(_COMPARATORS, key=lambda c: -len(c[0])))
    + r")\s*$"
)
_CMP_AFTER = (
    (re.compile(r"^\s*(?:\+|(?:or|and)\s+(?:more|over|above|higher|greater)\b)"), "at-least"),
    (re.compile(r"^\s*(?:or|and)\s+(?:less|fewer|under|below)\b"), "up-to"),
)
# "have taken over 127 district centres": "over" is part of the verb there.
# "rule over 85%", "reign over": the phrasal verb's preposition, as in "take over".
_TAKE_OVER = re.compile(r"\b(?:tak(?:e|en|es|ing)|took|rul(?:e|es|ed|ing)|reign(?:s|ed|ing)?)\s+$")
# "have control over half the country": "over" is a preposition there. So after a verb whose
# object is the noun ("claims control over 85%") and after a possessive ("the Taliban's
# control over 85%"), with or without an article ("have a grip over 85%"); "the Taliban control
# over 85%" (the verb) keeps "over" = more than.
_CONTROL_NOUN = re.compile(
    r"(?:\b(?:have|has|had|gained?|gaining|tak(?:e|en|es|ing)|took|seized?|seizing|tighten(?:ed)?"
    r"|extend(?:ed)?|establish(?:ed)?|exert(?:s|ed)?|exercis(?:e|es|ed)|in|their|its|full|"
    r"effective|de facto|claim(?:s|ed|ing)?|retain(?:s|ed|ing)?|regain(?:s|ed|ing)?"
    r"|win(?:s|ning)?|won|hold(?:s|ing)?|held"
    r"|maintain(?:s|ed|ing)?|assert(?:s|ed|ing)?)|\w['’]s)"
    r"(?:\s+(?:a|an|the))?\s+(?:control|power|authority|sway|grip|hold|say)\s+$"
)

#: A city, a town or "the capital" outside the grammar's own constructions: refused, unless
#: a provincial capital read with its title (city_words.py)
CITY_WORDS = re.compile(r"\b(?:provincial capitals?|capitals?|cities|city|towns?|villages?)\b")

_REFUSE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:not|never|no longer|none|nor|[a-z]+n't|cannot|dont|doesnt|didnt"
            r"|havent|hasnt|isnt|arent|wasnt)\b"
        ),
        "negations are not read; state what a side holds",
    ),
    (
        re.compile(r"\b(?:lost|lose|loses|losing|ceded|cede|retreated|withdrew|abandoned)\b"),
        "losses are not read; state what a side holds (e.g. 'the government holds ...')",
    ),
    (
        re.compile(
            r"\b(?:since|in the (?:past|last)|over the (?:past|last)|(?:this|last) "
            r"(?:week|month|year)|so far this|in recent (?:days|weeks|months))\b"
        ),
        "change over a period is not read; the checker compares the state on one date",
    ),
    (
        re.compile(
            r"\b(?:contested|contest|contests|besieged|under threat|threatened"
            r"|under attack|fighting)\b"
        ),
        "claims about contested territory are not read; the checker reads what a side holds "
        "(contested units enter the range between low and high)",
    ),
    (
        CITY_WORDS,
        "a city, a town or 'the capital' is not a unit of the boundary set; the checker "
        "counts districts, provinces and provincial capitals ('17 of Afghanistan's 34 "
        "provincial capitals')",
    ),
    (
        re.compile(r"\b(?:km|kilometres?|kilometers?|miles?|square)\b"),
        "absolute lengths and areas are not read; give a share or a count of districts",
    ),
)
