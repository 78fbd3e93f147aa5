"""The closed grammar: what may stand in a sentence the checker reads.

A sentence is read in three passes, each linear in its length:

1. :func:`prepare` refuses at once what the checker never reads (a sentence longer than
   :data:`MAX_SENTENCE_CHARS`, exponents, scientific notation, negative figures, vague
   quantities, negations, hedges, modality, past habits, exclusions, increments, changes over a
   period), then normalises the sentence: symbols become words (``<150`` -> ``under 150``,
   ``≥150`` -> ``at least 150``, ``~150`` -> ``about 150``), number words become digits
   (``one hundred and fifty`` -> ``150``, ``half a dozen`` -> ``6``) and date phrases (``on 17
   July 2021``, ``by mid-July``, ``as of 2021``) are set aside.
2. The reader (:mod:`mapper.check.reading`) finds the constituents: the figure, its
   comparison, the measure's noun phrase (with a stated denominator), the side, the scope
   (province, district, border) and records the span of each.
3. :func:`unread_words` accounts for every remaining word: it must be one of
   :data:`FILLER_WORDS`, words that carry no meaning for the claim (articles, control verbs,
   "now", "already" ...). Any other word makes the checker refuse, naming the words it could
   not read. Unknown is refused, never skipped.

Number words are read by :func:`number_words_value`, a 40-line converter: text2num 2.5
(``alpha2digit``) turns "a third" into "a 3rd" and "a fifth" into "a 5th", number-parser 0.3
turns "two-thirds" into "2 - thirds", and neither reads "half a dozen" (checked before choosing).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from . import bylines
from .discredit import (
    DISCREDITED,
    FICTION,
    HYPOTHETICAL,
    SUPPOSE,
    WHY,
    WHY_FICTION,
    WHY_HYPOTHETICAL,
    WHY_SUPPOSE,
)
from .model import ClaimParseError
from .windows import DAY_RE, MONTH_NUMBERS, MONTH_RE, WINDOW_REL, YEAR_RE

#: A sentence longer than this is refused at once, before any reading (characters, as given).
MAX_SENTENCE_CHARS = 1000

#: Words that carry no meaning for the claim: they may stand anywhere in a sentence. Every
#: other word must belong to a constituent the reader understood.
FILLER_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "all",
        "entire",
        "whole",
        "total",
        "these",
        "those",
        "of",
        "in",
        "on",
        "at",
        "along",
        "across",
        "within",
        "inside",
        "throughout",
        "by",
        "to",
        "into",
        "with",
        "and",
        "have",
        "has",
        "had",
        "having",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "control",
        "controls",
        "controlled",
        "controlling",
        "hold",
        "holds",
        "held",
        "holding",
        "capture",
        "captured",
        "captures",
        "capturing",
        "seize",
        "seized",
        "seizes",
        "seizing",
        "take",
        "taken",
        "takes",
        "taking",
        "took",
        "overrun",
        "overran",
        "overrunning",
        "occupy",
        "occupies",
        "occupied",
        "occupying",
        "gain",
        "gained",
        "gains",
        "won",
        "win",
        "wins",
        "run",
        "runs",
        "govern",
        "governs",
        "governed",
        "administer",
        "administers",
        "administered",
        "dominate",
        "dominates",
        "dominated",
        "conquer",
        "conquered",
        "conquers",
        "grab",
        "grabbed",
        # verbs of taking back: a count after one is read only as a lower bound, a share or a
        # stated total after one is refused (reading._retaken_count)
        "retake",
        "retakes",
        "retook",
        "retaken",
        "retaking",
        "recapture",
        "recaptures",
        "recaptured",
        "recapturing",
        "regain",
        "regains",
        "regained",
        "regaining",
        "reclaim",
        "reclaims",
        "reclaimed",
        "fall",
        "fell",
        "fallen",
        "falls",
        "claim",
        "claims",
        "claimed",
        "say",
        "says",
        "said",
        "reportedly",
        "reported",
        "now",
        "already",
        "currently",
        "presently",
        "today",
        "overnight",  # "overran eight districts overnight": in the night before it was written
        "still",
        "effectively",
        "effective",
        "firmly",
        "full",
        "de",
        "facto",
        "hands",
        "power",
        "authority",
        "sway",
        "grip",
        "rule",
        "fighters",
        "group",
        "movement",
        "militia",
        "militias",
        "completely",
        "fully",
        "entirely",
        "just",
        "only",
        "command",
        "forces",
        "troops",
        "soldiers",
        "under",
        "strategic",
        "key",
        "rural",
        "administrative",
        "they",
        "it",
        # the speaker's side ("We have occupied ..."): names no side, so the sentence is read
        # only with --side
        "we",
        # adjectives that describe, never restrict ("the resurgent militants", "the rugged
        # nation")
        "resurgent",
        "rugged",
        # the actor itself ("the Taliban leadership itself claims ..."): no claim
        "leadership",
        "itself",
        "themselves",
    ]
)

# --------------------------------------------------------------------------------------------
# Refusals before reading: (pattern on the normalised sentence, reason)

_NEGATION = (
    "negations, denials and hedges are not read ({w!r}): the claim would be the opposite of "
    "what the words say; state what a side holds"
)
_MODAL = (
    "a modal, conditional or future claim ({w!r}) is about what may be, not what is; the "
    "checker checks what a side holds on a date"
)
_PAST = (
    "a past state ({w!r}) is not read: the checker checks the state on the date given; state "
    "what a side holds"
)
_EXCLUSION = (
    "an exclusion ({w!r}) is not read: the checker reads a scope, not its complement; name "
    "the province or the country"
)
_INCREMENT = (
    "an increment ({w!r}) counts what changed, not what a side holds; state the total a side holds"
)
_VAGUE = "a vague quantity ({w!r}) is not a figure; give a share or a count (e.g. 'five districts')"

#: "may" the modal, not the month: the month stands after a preposition of time or a day,
#: or before a day or a year ("in May", "since early May", "from May to 20 June", "1 May",
#: "May 11", "May 2021"); the modal is refused, the month is left to the date grammar (which
#: reads it or names it among the words it does not read). Before a verb it is the modal.
_MODAL_MAY = (
    r"(?<!\bin\s)(?<!\bof\s)(?<!since\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bby\s)(?<!until\s)"
    r"(?<!\btill\s)(?<!during\s)(?<!early\s)(?<!early-)(?<!\bmid\s)(?<!\bmid-)(?<!\blate\s)"
    r"(?<!\blate-)(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)may(?!\s*\d)"
    # after a preposition, still the modal before a verb ("..., in may control half")
    r"|may(?=\s+(?:have|has|be|been|not|also|already|now|still|even|well|soon|yet|control"
    r"|hold|take|seize|capture|fall|collapse|claim|gain|win|lose|retake|overrun)\b)"
)

#: "may" before a verb is the modal even after a preposition of time ("The Taliban, in may
#: control half the country"): checked on the whole sentence before any date phrase is read,
#: so "in may" is never taken for the month there.
_MAY_BEFORE_VERB = re.compile(
    r"\bmay\s+(?:have|has|be|been|not|also|already|now|still|even|well|soon|yet|control|hold"
    r"|take|seize|capture|fall|collapse|claim|gain|win|lose|retake|overrun)\b"
)


def refuse_modal_may(text: str, s: str) -> None:
    """Refuse "may" before a verb as the modal (``s`` is normalised), wherever it stands."""
    m = _MAY_BEFORE_VERB.search(s)
    if m:
        raise ClaimParseError(text, m.group(0), _MODAL.format(w=m.group(0)))


#: Who said it, after "another" ("Another government source confirmed ...", "another
#: security official said"): the source is another, not the units (closed list).
_SPEAKER_NOUN = (
    r"(?:source|official|officer|commander|spokesman|spokesperson|lawmaker|legislator"
    r"|resident|elder|witness|member|journalist|correspondent)s?\b"
)

_REFUSALS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:not(?!\s+(?:more|less|fewer)\s+than)|never|no longer|none|nor|neither"
            r"|[a-z]+n't|cannot|dont|doesnt|didnt|havent|hasnt|isnt|arent|wasnt|werent"
            r"|no(?!\s+(?:more|less|fewer)\s+than)|without|fail(?:s|ed|ing)?\s+to|unable to"
            r"|yet to|far from|nowhere near|hardly|barely|scarcely|all but|false|untrue|wrong"
            r"|den(?:y|ies|ied|ying)|free of|[a-z]+-free|beyond|rather than|instead of|nothing"
            r"|nobody|little of|less of)\b"
        ),
        _NEGATION,
    ),
    (
        re.compile(
            rf"\b(?:might|{_MODAL_MAY}|could|would|should|will|shall|can|must|ought|likely|unlikely"
            r"|probably|possibly|perhaps|maybe|expected to|poised to|set to|about to|going to"
            r"|threaten(?:s|ed|ing)?(?: to)?|aim(?:s|ed|ing)? to|seek(?:s|ing)? to|sought to"
            r"|tr(?:y|ies|ied|ying) to|plan(?:s|ned|ning)? to|hop(?:e|es|ed|ing) to"
            r"|want(?:s|ed)? to|on (?:track|course) to|soon|if|unless|whether|once|assume"
            r"|predict(?:s|ed)?|forecast|fear(?:s|ed)?|warn(?:s|ed)?)\b"
        ),
        _MODAL,
    ),
    (
        re.compile(
            r"\b(?:used to|formerly|previously|earlier|at (?:its|their|the) (?:peak|height)"
            r"|ago|before|prior to|until|till|back in|in the past)\b"
        ),
        _PAST,
    ),
    (
        re.compile(
            r"\b(?:outside|except|excepting|excluding|exclusive of|apart from|other than"
            r"|aside from|besides|but for|save for|beside)\b"
        ),
        _EXCLUSION,
    ),
    (
        re.compile(
            # "another government source confirmed ...": 'another' qualifies who said it
            rf"\b(?:another(?!\s+(?:[a-z]+\s+){{0,2}}{_SPEAKER_NOUN})|additional|further|extra"
            r"|new(?!\s+(?:york|delhi|zealand)\b)"
            r"|(?<!or )(?<!and )more\s+(?:districts?|provinces?))\b|\b\d+\s+more\b"
        ),
        _INCREMENT,
    ),
    (
        re.compile(
            # "thousands of Taliban fighters": the quantity counts the actor's men, read with
            # the side (mapper.check.reading._find_side), not a figure
            r"\b(?:(?:dozens|scores|hundreds|thousands)(?!\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
            r"(?:fighters|troops|soldiers|militants|insurgents|forces)\b)"
            r"|several|a few|few|many|numerous|countless"
            r"|a handful|handful|a number of|a lot|lots|plenty|swathes?|swaths?|large parts?"
            r"|much of|parts? of|some of|a portion|a share|vast|huge|significant|substantial)\b"
        ),
        _VAGUE,
    ),
    # (appended, not inserted: the first three entries are used by position elsewhere)
    (
        # "Nearly all the districts controlled by the Taliban are rural": the figure counts the
        # side's own districts that have some property, not the side's share of a scope
        re.compile(
            r"\b(?:districts?|provinces?|capitals?|territor(?:y|ies)|areas?|land|border)\s+"
            r"(?:now\s+|currently\s+)?(?:controlled|held|captured|seized|taken|occupied"
            r"|overrun|run)\s+by\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:is|are|was|were"
            r"|remain|remains|lie|lies)\b"
            r"|\b(?:is|are|was|were|remain|remains)\s+(?:[a-z]+ly\s+)?(?:rural|strategic|key"
            r"|administrative|resurgent|rugged)\b"
        ),
        "a description of the units ({w!r}) is not who holds how much: the figure counts what "
        "is described, not a side's share of a scope; state what a side holds",
    ),
    (
        # "Taliban now controls all districts of Kabul" (16 August 2021): the city's 22 police
        # districts, not Kabul province's
        re.compile(
            r"\bdistricts?\s+(?:of|in)\s+kabul\b(?!\s+province)"
            r"|\bkabul\b(?!\s+province)\s+(?:[a-z0-9]+\s+)?districts?\b"
        ),
        "'Kabul' alone names the city (its police districts) as well as the province "
        "({w!r}): write 'Kabul province'",
    ),
    (
        # "As of today, more or less, I guess it's about 212, 214, it's in that range": the
        # speaker's own guess, a hedge of the figure (who said it is the speaker)
        re.compile(r"\bi\s+(?:guess|think|believe|suppose|reckon)\b"),
        "the speaker hedges the figure ({w!r}): a guess is not a claim that a side holds it; "
        "not read",
    ),
    # "Fake reports said ...", "Rumours say ...": a discredited or unconfirmed source
    (DISCREDITED, WHY),
    (SUPPOSE, WHY_SUPPOSE),
    (HYPOTHETICAL, WHY_HYPOTHETICAL),
    (FICTION, WHY_FICTION),
)

# figures written in ways the checker refuses (on the normalised sentence)
_NUMBER_REFUSALS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*e\s*[+-]?\d+\b"),
        "scientific notation is not read; write the figure out (e.g. '100%')",
    ),
    (
        re.compile(
            r"(?<!\d\s)(?<![\d%])(?:^|(?<=[\s(\[:=,]))[-+]\s*\d+|(?<=\d)\s*[x×*^]\s*\d"
            r"|\d\s*\*\*|\bminus\b|\bnegative\b"
        ),
        "a signed figure or arithmetic is not read: no side holds a negative share or count; "
        "write the figure as a plain number",
    ),
    (
        re.compile(r"\d\s*/\s*\d+\s*/|\d+\.\d+\.\d+|\d,\d{1,2}(?!\d)"),
        "a malformed number is not read",
    ),
)

# --------------------------------------------------------------------------------------------
# Symbols -> words, number words -> digits

#: Punctuation that carries no claim ("?" does: a question is not a claim).
_PUNCTUATION = frozenset(",;:()[]\"'—–-/%.&!“”‘’…*")
_MARKUP = re.compile(r"</?[a-z][^<>]*>")
_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:≥|>=|=>|⩾)\s*(?=\d)"), " at least "),
    (re.compile(r"(?:≤|<=|=<|⩽)\s*(?=\d)"), " up to "),
    (re.compile(r">\s*(?=\d)"), " over "),
    (re.compile(r"<\s*(?=\d)"), " under "),
    (re.compile(r"(?:~|≈|∼|c\.|ca\.)\s*(?=\d)"), " about "),
    # "the entire length of (Afghanistan's) border with ...": the entire border
    (
        re.compile(
            r"(?i)\b(entire|whole|full)\s+length\s+of\s+(?=(?:the\s+)?(?:afghanistan(?:['\u2019]s)?\s+"
            r"|afghan\s+|its\s+)?borders?\b)"
        ),
        r"\1 ",
    ),
)

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join([*_ONES, *_TENS, *_SCALES, "dozen"])
_FRACTION_AFTER = re.compile(r"^[\s-]+(?:half|halves|thirds?|quarters?|fourths?|fifths?)\b")
_NUMBER_RUN = re.compile(
    rf"\b(?:half\s+a\s+dozen|a\s+dozen|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)\b"
)
_SCALE_AND = re.compile(rf"\b(hundred|thousand)\s+and\s+(?=(?:{_NUMBER_WORD})\b)")


def _words_value(words: list[str]) -> int | None:
    """The value of a run of number words, or None when the run is not one number."""
    total, current, last = 0, 0, ""
    for w in words:
        if w in _ONES:
            if last in _ONES or (last in _TENS and _ONES[w] >= 10):
                return None  # "five six": two numbers
            current += _ONES[w]
        elif w in _TENS:
            if last in _ONES or last in _TENS:
                return None
            current += _TENS[w]
        elif w == "hundred":
            if current == 0 or current >= 100 or last == "hundred":
                return None
            current *= 100
        elif w == "thousand":
            if current == 0 or last == "thousand":
                return None
            total += current * 1000
            current = 0
        elif w == "dozen":
            if current == 0 or current >= 100:
                return None
            current *= 12
        else:
            return None
        last = w
    return total + current


def number_words_value(text: str) -> int | None:
    """The value of number words: "one hundred and fifty" -> 150, "twenty-five" -> 25,
    "half a dozen" -> 6, "two dozen" -> 24; None when the words are not one number
    ("five six")."""
    text = text.strip()
    if text == "half a dozen":
        return 6
    if text == "a dozen":
        return 12
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    return _words_value(words) if words else None


#: Number words before a percent sign or word: "Eighty-five percent", "Ninety per cent",
#: "seventy-five %". The run must be one number (:func:`number_words_value`).
_PERCENT_WORDS = re.compile(
    rf"\b(?<!-)(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"
    r"(?=\s*(?:%|percent\b|per\s+cent\b|pc\b))"
)


def percent_words(s: str) -> str:
    """``s`` with the number words of a percentage written as digits ("eighty-five percent" ->
    "85 percent"), so that the percentage is read like "85%". A run that is not one number
    ("five six percent") is left as written (and refused by :func:`check_number_words`)."""

    def digits(m: re.Match[str]) -> str:
        v = number_words_value(m.group(0))
        return m.group(0) if v is None or "dozen" in m.group(0) else str(v)

    return _PERCENT_WORDS.sub(digits, s)


def check_number_words(s: str) -> None:
    """Raise ``ValueError(words)`` for a run of number words that is not one number."""
    s = _SCALE_AND.sub(r"\1 ", s)
    for m in _NUMBER_RUN.finditer(s):
        if _FRACTION_AFTER.match(s[m.end() :]):
            continue
        if number_words_value(m.group(0)) is None:
            raise ValueError(m.group(0))


# --------------------------------------------------------------------------------------------
# Date phrases

_MONTH = MONTH_RE
_DAY = DAY_RE
_YEAR = YEAR_RE
_PART = r"(?:(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of)[\s-]+)"
_DATE_PHRASE = re.compile(
    r"(?:\b(?:as\s+of|as\s+at|by|in|on|at|during|from)\s+)?"
    # a span of days in one month: "6-9 august", "between 6 and 9 august", "august 6-9"
    rf"(?:\b(?:between\s+|from\s+)?{_DAY}\s*(?:-|to|and|until)\s*{_DAY}\s+{_MONTH}"
    rf"(?:,?\s+{_YEAR})?\b|\b{_MONTH}\s+{_DAY}\s*(?:-|to|until)\s*{_DAY}\b(?:,?\s+{_YEAR})?\b"
    rf"|{_PART}?(?:\b{_DAY}\s+{_MONTH}|\b{_MONTH}\s+{_DAY}\b)(?:,?\s+{_YEAR})?\b"
    rf"|{_PART}?\b{_MONTH},?\s+{_YEAR}\b"
    rf"|\b(?:as\s+of|as\s+at|by|in|on|at|during)\s+{_PART}?{_MONTH}\b"
    rf"|\b(?:as\s+of|as\s+at|by|in|during)\s+{_PART}?{_YEAR}\b"
    rf"|\b{_DAY}/{_DAY}/{_YEAR}\b|\b{_YEAR}-\d\d-\d\d\b)"
)


def date_phrases(s: str) -> list[tuple[int, int]]:
    """Spans of the date phrases in ``s`` (read as the date the claim is about)."""
    return [(m.start(), m.end()) for m in _DATE_PHRASE.finditer(s)]


# --------------------------------------------------------------------------------------------
# The passes


#: The full stop of a month's abbreviation before a day or a year ("Aug. 6", "Sept. 12, 2021",
#: AP and Reuters style): dropped, so the date reads as "aug 6". Only before a number: "in
#: Aug." ending a sentence is already stripped, and "mar." or "dec." before a word is left to
#: be read (or refused) as written.
_MONTH_ABBREVIATION_STOP = re.compile(
    r"\b(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.(?=\s*\d)"
)


def normalise(text: str) -> str:
    """Lower case, one kind of quote and dash, no possessive 's, single spaces."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"'s\b", "", s)  # possessive: "Herat's districts"
    s = _MONTH_ABBREVIATION_STOP.sub(r"\1 ", s)  # AP style: "Aug. 6" is "aug 6"
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(".!;: ")  # not "?": a question is not a claim


def check_length(text: str, limit: int | None = MAX_SENTENCE_CHARS) -> None:
    """Refuse a sentence longer than ``limit`` characters at once."""
    if limit is not None and len(text) > limit:
        raise ClaimParseError(
            text[:80] + "…",
            "",
            f"the sentence has {len(text):,} characters; the checker reads sentences up to "
            f"{limit:,} characters (MAX_SENTENCE_CHARS): check one sentence at a time",
        )


_REPORTING = (
    r"(?:said|says|say|told|tells|reported|reports|reveals|revealed|found|finds|calculated"
    r"|estimated|estimates|noted|added|stated|announced|confirmed|showed|shows|wrote)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
#: Places where things are said that are never a scope of the claim (foreign capitals and
#: venues), and organisations named with "of": set aside inside who-said-it before the place
#: check. A closed list: any other place word keeps the attribution in the sentence, where
#: its words are read or refused.
_NOT_A_SCOPE = re.compile(
    r"\b(?:in|at|from|visiting)\s+(?:moscow|washington|doha|qatar|islamabad|tehran|beijing|london"
    r"|geneva|brussels|new\s+york|russia)\b|\bon\s+twitter\b|\bof\s+the\s+joint\s+chiefs\s+of\s+staff\b"
    r"|\bof\s+(?:the\s+)?taliban\s+officials\b|^\s*all\s+told\b"
    # a neighbouring country's agency ("a source in Tajikistan's State Committee for National
    # Security told ..."): who said it, not the claim's place
    r"|\b(?:in|from|of|at)\s+(?:the\s+)?(?:tajikistan|uzbekistan|turkmenistan|iran|pakistan"
    r"|china|russia)(?:\s+(?:state|foreign|interior|defen[cs]e))?\s+(?:committee\s+for\s+national"
    r"\s+security|ministry(?:\s+of\s+(?:foreign\s+affairs|defen[cs]e|interior))?"
    r"|security\s+service|intelligence\s+service|embassy)\b"
)

#: Words of a claim: who-said-it holding one of these is not set aside (it may be the claim:
#: "Half of the country, officials said, ..."). Figures, shares, measures, control verbs.
_CLAIM_WORDS = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|percent|per\s+cent|most|majority"
    r"|all|every|whole|entire|none|districts?|provinces?|provincial|capitals?|country|nation"
    r"|territory|land|area|border|control\w*|hold\w*|held|captur\w*|seiz\w*|took|taken|overr\w*"
    r"|occup(?:y|ies|ied|ying)|fell|fallen|falls?|dozen|"
    + "|".join([*_ONES, *_TENS, *_SCALES])
    + r")\b"
)


#: A place in who-said-it may be the claim's scope ("officials in Helmand said", "said in
#: Helmand"): then it is not set aside (and its words are read, or refused).
_PLACE_WORDS = re.compile(
    r"\b(?:in|near|across|along|throughout|inside|within|of|from|at|(?:north|south)(?:-?(?:east|west))?"
    r"(?:ern)?|east(?:ern)?|west(?:ern)?|central|provincial|local|district|regional|border)\b"
)


def attributions(s: str, original: str = "", *, local: bool = False) -> list[tuple[int, int]]:
    """Spans of who said it ("..., officials said", "According to the LWJ, ..."): read as the
    source, not the claim. Only the closed forms of :mod:`mapper.check.attribution` (the
    speaker a name, role or outlet noun phrase; the verb a reporting verb), and only when the
    span holds no figure, none of the claim's words and no place that could be its scope.
    ``original``: the sentence as written (its capitals tell names). ``local``: a speaker
    tied to no named place but to the claim's own ("local media", "witnesses from the area",
    :data:`_LOCAL`) is a source too; the caller sets it aside only when the claim names its
    own place (a province, a district, a named unit), never with the country by default."""
    from . import attribution

    out = []
    for a, b, who in attribution.find(s, original):
        # the verb's frame is a closed list (attribution._FRAME): its places are never a
        # scope ("in Moscow"); the speaker is checked for places and the claim's words
        if _only_source(_LOCAL.sub(" ", who) if local else who):
            out.append((a, b))
    return out


#: Words that tie a speaker to a place without naming one: "local media", "local residents",
#: "witnesses from the area", "the head of the provincial council", "lawmakers from the
#: province". The place meant is the claim's own only when the claim names it; "Local
#: officials say the Taliban hold half the districts" names none (which districts?).
#: A provincial office ("the deputy governor", "the police chief"): tied to a province the
#: sentence may not name, as "provincial" is.
_PROVINCIAL_OFFICE = (
    r"\b(?:(?:deputy|vice|acting)[\s-]+)?governors?\b|\bvice-governor\b|\bpolice\s+chiefs?\b"
)
_LOCAL = re.compile(
    r"\blocal\b|\bprovincial\b|\b(?:from|of|in)\s+the\s+(?:area|province)\b|" + _PROVINCIAL_OFFICE
)


def local_only(said: str) -> bool:
    """Whether who-said-it is a source only when local words are allowed (:data:`_LOCAL`)."""
    return not _only_source(said) and _only_source(_LOCAL.sub(" ", said))


def _only_source(said: str) -> bool:
    """Whether who-said-it holds no place word and none of the claim's words."""
    from .attribution import _OUTLET_RE, SOURCE_CLAUSE

    who = re.sub(r"^[\s:;,-]*(?:according\s+to|as\s+per)\b", "", said)
    # what a tracker does, after its name (attribution.SOURCE_CLAUSE), and "data from" an
    # outlet: the source described, not a claim or a place
    who = re.sub(r",\s*" + SOURCE_CLAUSE.pattern + r"\s*(?=,|$)", " ", who)
    who = re.sub(r"\bfrom\s+(?=\W*" + _OUTLET_RE.pattern[2:] + ")", " ", who)
    who = _NOT_A_SCOPE.sub(" ", who)
    who = re.sub(r"\bin\s+kabul\b", " ", who)  # the reader decides (Kabul is a province)
    who = re.sub(rf"\b{_REPORTING}\b(?:\s+reporters)?", " ", who)
    # "of" links the speaker's own words ("a delegation of Taliban officials", "the Ministry
    # of Defence"); a name after it is refused by the speaker grammar (attribution.py)
    return (
        not _PLACE_WORDS.search(re.sub(r"\bof\b", " ", who))
        and not _CLAIM_WORDS.search(who)
        and not re.search(_PROVINCIAL_OFFICE, who)
    )


#: Phrases that carry no meaning for the claim, set aside where they stand: "so far" (up to
#: now), "ex-Soviet" before a neighbour's name, "has shrunk to" before a figure (the total
#: now), a leading "all told," (in all), "at the moment" and "at present" (now).
_IDIOMS = re.compile(
    r"\bso\s+far\b|\bas\s+of(?=\s+today\b)|\bex-soviet(?=\s+(?:tajikistan|uzbekistan|turkmenistan)\b)"
    r"|\b(?:has|have)\s+(?:shrunk|shrunken|dwindled)\s+to(?=\s+(?:around|about|some|roughly"
    r"|approximately|just|only|\d))"
    r"|\b(?:has|have)\s+gone(?=\s+under\s+(?:the\s+)?(?:control|rule)\b)|^\s*with\s+this\s*,"
    # "had come under Taliban control", "came under the control of": taken, now held
    r"|\b(?:(?:has|have|had)\s+)?(?:come|came|comes)(?=\s+under\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:control|rule)\b)"
    # "has passed into the control of the Islamic Emirate", "passed into Taliban hands": taken,
    # now held ("passed out of the control of" is a loss: "passed" stays unread there)
    r"|\b(?:(?:has|have|had)\s+)?pass(?:ed|es)(?=\s+(?:in)?to\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:control|hands|rule)\b)"
    r"|^\s*with\s+the\s+newly\s+(?:fallen|captured|seized)\s+districts\s*,"
    r"|(?<=\bdistricts)\s+and\s+district\s+cent(?:er|re)s\b"
    # "the war-torn country": describes, never restricts
    r"|\bwar-torn(?=\s+(?:country|nation)\b)"
    r"|\bfollowing\s+(?:the\s+)?(?:skirmishes|clashes|fighting|battles?)$"
    # "At the moment the Taliban control 142 ...", "at present": now, the date of writing
    r"|\bat\s+(?:the\s+moment|present)\b(?!\s+of\b|-)"
)
#: "the border with neighbouring countries": every border (the neighbours named by nobody).
_ALL_NEIGHBOURS = re.compile(
    r"\bborders?\s+with\s+(?:its\s+|the\s+)?(neighbou?ring\s+countries|neighbou?rs)\b"
)


def idioms(s: str) -> list[tuple[int, int]]:
    """Spans of phrases that carry no meaning for the claim (:data:`_IDIOMS`), and "with
    neighbouring countries" after "border" (all borders)."""
    return [m.span() for m in _IDIOMS.finditer(s)] + [
        m.span(1) for m in _ALL_NEIGHBOURS.finditer(s)
    ]


#: "more than 212 or 213": a lower bound given twice, one apart; the lower is the claim (only
#: after a lower bound or an approximation, where it is the weaker reading).
_NEXT_FIGURE = re.compile(
    r"\b(?:more than|over|at least|about|around|roughly|approximately|some)\s+(\d+)"
    r"(\s+or\s+(\d+))\b"
)


def _blank_next_figure(m: re.Match[str]) -> str:
    if int(m.group(3)) != int(m.group(1)) + 1:
        return m.group(0)
    a, b = m.span(2)
    return m.group(0)[: a - m.start()] + " " * (b - a)


def _between_dates(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Date spans, with "between DATE and DATE" made one span (a period, read as the date
    phrase like any other)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        a, b = spans[i]
        lead = re.search(r"\bbetween\s+$", s[:a])
        if lead and i + 1 < len(spans) and re.fullmatch(r"\s+and\s+", s[b : spans[i + 1][0]]):
            out.append((lead.start(), spans[i + 1][1]))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


# --------------------------------------------------------------------------------------------
# Clauses set aside (each recognised as such, holding no claim): periods, the writer's doubt,
# circumstances

#: A count of days, weeks or months in a period phrase.
_PERIOD_N = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few"
    r"|a\s+couple\s+of|couple\s+of)"
)
_PERIOD_UNIT = r"(?:days?|weeks?|months?|hours?)"
#: Period phrases: "since May", "since Friday", "in the last week", "over the past two weeks",
#: "in recent weeks", "in less than a week", "within a week", "in last six days". Set aside;
#: the reader decides whether the claim still says a state (a share, "N of M", "now") or a
#: change (a bare count over a period: refused).
_PERIOD = re.compile(
    rf"\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:last|past)\s+(?:{_PERIOD_N}\s+)?"
    rf"{_PERIOD_UNIT}\b"
    r"|\bin\s+recent\s+(?:days|weeks|months)\b"
    rf"|\b(?:in|within)\s+(?:(?:less|fewer)\s+than\s+|just\s+|only\s+)?(?:a|an|one|two|three"
    rf"|four|five|six|seven|a\s+few|\d+)\s+{_PERIOD_UNIT}\b"
    rf"|\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?{_MONTH}"
    rf"(?:\s+{_DAY})?(?:,?\s+{_YEAR})?\b"
    rf"|\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?{_YEAR}\b"
    # "since Friday": from that weekday to the day of the claim (windows.since_weekday_days)
    r"|\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
#: "Since the Taliban launched their offensive in May, ...": a fronted clause of time (to its
#: comma) that holds no claim (checked by :func:`_harmless`).
_SINCE_CLAUSE = re.compile(r"^since\s+[^,;:\d%]{1,120}?,")
#: "Since the official withdrawal of the US and other NATO troops on May 1, ...": a fronted
#: clause of time, the (start of the) withdrawal dated by a day of a month at its end; read as
#: "since May 1" (mapper.check.since), the troops' words checked by :func:`_harmless`. Only the
#: withdrawal itself: an event with a clause in it ("since the Taliban began its offensive
#: after Biden announced the withdrawal on April 14") dates another event than the one the
#: span starts from, and is not read.
SINCE_DATED_CLAUSE = re.compile(
    r"^since\s+the\s+(?:(?:start|beginning)\s+of\s+the\s+)?(?:official\s+|final\s+)?"
    r"(?:withdrawal|pullout)\s+of\s+(?P<event>(?:(?!\b(?:after|before|when|which|that|who"
    r"|since|began|begun|started|announced|said)\b)[^,;:\d%]){1,80}?)"
    rf"\s+on\s+(?P<day>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}),"
)
#: An earlier figure after the claim (", up from 73 in May", ", down from 34% in June"): a past
#: state given for comparison, set aside and not checked (only with a month or date after it).
_EARLIER_FIGURE = re.compile(
    r",?\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|just\s+)?"
    r"\d[\d,.]*\s*(?:%|percent|per\s+cent|districts?|provinces?)?"
    rf"(?:\s+(?:in|on|at|by|as\s+of)\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH}(?:\s+{_DAY})?"
    rf"(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?|{_YEAR}))"
    r"(?=\s*(?:[,.;]|$))"
)
#: A discourse marker that opens a sentence ("Further, ...", "Meanwhile, ..."): it links the
#: sentence to the one before and says nothing of the claim.
_MARKER = re.compile(
    r"^(?:further|furthermore|moreover|meanwhile|however|in\s+addition|additionally|also"
    r"|still|overall|in\s+all|in\s+total|altogether|in\s+turn|yet|at\s+the\s+same\s+time"
    # a contrast or a weight given to the sentence against the one before ("In contrast,",
    # "In the meantime,", "Significantly,"): how it stands to the report, not what it claims
    r"|in\s+the\s+meantime|in\s+contrast|by\s+contrast|significantly)\s*,"
)
#: A dateline naming a place that is never a scope ("Moscow:", "(New York, N.Y.) -"): where
#: the report was written, set aside. Kabul and other Afghan places are not in the list.
_DATELINE = re.compile(
    # "-- Taliban spokesman ... said": a wire dateline's double dash ("KABUL, Aug. 14 (Xinhua)
    # -- "), its place and agency cut off where the sentence was taken from the page
    r"^-{2}\s+(?=[a-z])|"
    r"^\(?(?:moscow|washington|doha|islamabad|tehran|beijing|london|geneva|brussels|new\s+york"
    r"|dushanbe|tashkent|new\s+delhi)(?:\s*,\s*[a-z.]{1,12})?\)?(?:\s*\.?\s*(?:"
    + _MONTH
    + r")\s+\d{1,2})?\s*(?::|-{1,2})\s*"
)
#: News agencies whose tag marks a wire dateline ("(Reuters)", "(AP)", "/TASS/").
_AGENCIES = (
    r"(?:reuters|ap|afp|ani|ians|pti|uni|tass|xinhua|dpa|sputnik|anadolu|aa|irna|interfax|upi"
    r"|efe|kyodo|yonhap|bernama|wam|kuna|app|apa|pajhwok|bna|ria\s+novosti|ap\s+photo)"
)
#: A wire dateline: a place (with its country or a region), a day, an agency's tag and a
#: stop ("KABUL, Aug 13 (Reuters) -", "NEW DELHI, August 3. /TASS/.", "ISLAMABAD (AP) -",
#: "Kabul [Afghanistan] July 27 (ANI):"). The tag is what makes it a dateline; the day stays
#: in the sentence as its date. A place of the boundary set named only here is not the
#: claim's scope (:func:`mapper.check.reading.parse_claim` refuses when the claim names no
#: place of its own).
_WIRE_DATELINE = re.compile(
    r"^\(?(?P<place>(?!the\b)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2})"
    r"(?:\s*\[[a-z ]{1,20}\]|\s*,\s*[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?(?=\s*[,(/\[]))?\)?"
    rf"(?:\s*,?\s*(?P<date>(?:{_MONTH}\.?\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?)\.?)?"
    rf"\s*(?:\(\s*{_AGENCIES}\s*\)|/\s*{_AGENCIES}\s*/)\s*(?:[.:]|-{{1,2}})\s*"
)
#: A republisher's dateline with the agency and the day inside the brackets and no stop after
#: them: "MOSCOW (UrduPoint News / Sputnik - 09th July, 2021) The Taliban ...". The day stays
#: in the sentence as its date, as in a wire dateline.
_REPOST_DATELINE = re.compile(
    r"^(?P<place>(?!the\b)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2})\s*\(\s*urdupoint\s+news\s*/\s*"
    rf"{_AGENCIES}\s*-\s*(?P<date>(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+{_YEAR})?)\s*\)\s*"
)
#: AP copy reposted without its tag: "KANDAHAR, Afghanistan —", "Kabul, Afghanistan, Aug 15:".
_COUNTRY_DATELINE = re.compile(
    r"^(?P<place>(?!the\b)[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2})\s*,\s*"
    r"(?:afghanistan|pakistan|tajikistan|uzbekistan|turkmenistan|iran|russia|china|india|qatar"
    r"|iraq|kurdistan\s+region)"
    rf"(?:\s*,?\s*(?P<date>(?:{_MONTH}\.?\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?)\.?)?"
    r"\s*(?::|-{1,2})\s*"
)


def wire_dateline_place(clause: str) -> str:
    """The place a dateline set aside names ("kabul" of "kabul, aug 13 (reuters) -")."""
    m = (
        _WIRE_DATELINE.match(clause)
        or _COUNTRY_DATELINE.match(clause)
        or _REPOST_DATELINE.match(clause)
        or _DATELINE.match(clause)
        or bylines.match(clause)
    )
    if m is not None and "place" in m.groupdict():
        return m["place"]
    return re.split(r"[,(\[/:]", clause, maxsplit=1)[0].strip(" ()")


#: The writer's doubt after the claim ("..., which still appears to be an exaggeration"): not
#: a negation (the claim is checked as stated; the verdict says whether it is one).
_DOUBT = re.compile(
    r",?\s*which\s+(?:still\s+|also\s+)?(?:appears|seems|looks|is\s+likely|is\s+probably)\s+"
    r"to\s+be\s+(?:an?\s+)?(?:exaggeration|overstatement|understatement|overestimate"
    r"|underestimate)\s*$"
    # that the claim cannot be verified ("..., though the group's claims cannot be
    # independently verified", "-- a claim impossible to independently verify, and disputed
    # by the government"): a closed list of phrases; the claim is checked as stated
    r"|(?:,|\s+-+|\s*—)\s*(?:though|although|but)\s+(?:(?:the\s+group|the\s+taliban"
    r"|the\s+militants|the\s+insurgents|their|its|the|these|those|such|this|that)\s+"
    r"(?:claims?|figures?|reports?|numbers?|assertions?)|this|that|it)\s+(?:cannot|could\s+not"
    r"|can\s+not|could\s+not\s+be\s+and\s+cannot)\s+be\s+(?:independently\s+|immediately\s+"
    r"|readily\s+)?(?:verified|confirmed)\s*$"
    r"|,?\s*which\s+(?:cannot|could\s+not|can\s+not)\s+be\s+(?:independently\s+|immediately\s+)?"
    r"(?:verified|confirmed)\s*$"
    r"|(?:,|\s+-+|\s*—)\s*a\s+claim\s+(?:that\s+)?(?:(?:was\s+|is\s+)?impossible\s+to"
    r"\s+(?:independently\s+)?verify|(?:could|can)\s*not\s+be\s+(?:independently\s+)?verified"
    r"|(?:was\s+|is\s+)?not\s+possible\s+to\s+(?:independently\s+)?verify)"
    r"(?:\s*,?\s*and\s+(?:was\s+|is\s+)?disputed\s+by\s+the\s+(?:afghan\s+)?government)?\s*$"
    # a headline's caveat ("Militants say 85% of Afghanistan taken, but news unverified")
    r"|(?:,|\s+-+|\s*—)\s*but\s+(?:the\s+)?(?:news|claims?|reports?)\s+(?:is\s+|are\s+"
    r"|remains?\s+)?unverified\s*$"
)
#: A trailing clause that says how the units counted came about (", all of which have been
#: captured in the last week"): a provenance, no new figure; the state before it is the claim.
_PROVENANCE = re.compile(
    r",\s*(?:all|most|many|some|each)\s+of\s+(?:which|them|these)\s+(?:have|has|had|were|was)?"
    r"\s*(?:been\s+)?(?:captured|taken|seized|overrun)\s*(?:by\s+(?:the\s+)?[a-z]+\s*)?$"
)
_NEGATION_WORDS = re.compile(
    r"\b(?:not|never|no|none|nor|neither|without|[a-z]+n't|cannot|fail\w*|unable|yet|far"
    r"|hardly|barely|scarcely|false|untrue|wrong|den(?:y|ies|ied|ying)|free|beyond|rather"
    r"|instead|nothing|nobody|except\w*|outside|excluding|besides|but|save|other)\b"
)


#: A time of day ("around 01:00 AM", "at 6:00 PM", "at about 4 p.m. local time", "at 0930
#: hours"): it says when in the day, not which day; set aside (the day is the sentence's
#: date, or the date of writing). Not after a word that makes it a bound or a span ("by 6
#: pm", "since 10:00", "until", "from", "after", "before"): left in the sentence, where
#: those words are read or refused.
_CLOCK = re.compile(
    r"(?<!\bby\s)(?<!since\s)(?<!until\s)(?<!\btill\s)(?<!\bfrom\s)(?<!after\s)(?<!before\s)"
    r"(?<!\bto\s)(?<!\d)"
    r"(?:\b(?:at|around|about|approximately|roughly)\s+(?:(?:around|about)\s+)?)?"
    r"(?:\d{1,2}:\d{2}(?:\s*(?:a\.?m\b\.?|p\.?m\b\.?|hours\b|hrs\b))?"
    r"|\d{1,2}(?:\.\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{4}\s+hours\b)"
    r"(?:\s*\(?\s*(?:local\s+time|afghan\s+time|kabul\s+time)\s*\)?)?"
    r"(?![\d:%])"
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SMALL_N = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
#: Dates relative to the date the sentence was written (the anchor: ``--date``): "three weeks
#: ago", "before May 1" (the day before), "earlier on Friday" / "earlier today" / "earlier in
#: the day" (that day).
#: Each resolves to one day; vague ones ("late last month", "a few weeks ago", "months ago")
#: are not matched and stay refused.
_WHEN = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(_SMALL_N) + r")\s+(?P<unit>days?|weeks?)\s+ago\b"
    rf"|\b(?:just\s+)?(?:before|prior\s+to)\s+(?P<date>(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})"
    rf"(?:,?\s+{_YEAR})?)\b"
    r"|\bearlier\s+(?:on\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r"|today)\b"
    # "fell to the insurgents earlier in the day": the day of writing, as "earlier today"
    # (with another day named in the sentence it is refused: when.refuse_vague_relative)
    r"|\b(?P<today>earlier\s+in\s+the\s+day)\b"
    # a weekday opening the sentence ("Also on Saturday, ...", "On Sunday evening, ..."): the
    # last such day
    # ("As of Wednesday, ...": the state on that day, as "as of July 21" is)
    r"|^(?:also\s+|later\s+|late\s+|early\s+)?(?:on\s+|as\s+of\s+)?(?P<wd2>"
    + "|".join(_WEEKDAYS)
    + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?=,)"
    # a weekday closing the claim ("captured ten districts on Saturday", "late on Sunday",
    # "on Sunday evening"): see _trailing_day for when it is the claim's day
    r"|(?:\b(?:late|early)\s+)?\b(?:on|as\s+of)\s+(?P<wd3>" + "|".join(_WEEKDAYS) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:,|$))"
    # the same without "on", as wire copy writes it ("fell to the Taliban late Sunday", "early
    # Monday", "Sunday night", "captured ten districts Saturday"); not "last / next / this /
    # since / by / until Friday" (another day, or a span)
    r"|\b(?:late|early)\s+(?P<wd5>" + "|".join(_WEEKDAYS) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:,|$))"
    r"|(?<!\blast\s)(?<!\bnext\s)(?<!\bthis\s)(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)"
    r"(?<!\btill\s)(?<!\bfrom\s)(?<!\bovernight\s)(?<!\bas\sof\s)"
    r"\b(?P<wd6>" + "|".join(_WEEKDAYS) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:,|$))"
    # a weekday between the side and its verb of taking ("The Taliban late Sunday captured
    # ten districts", "Taliban fighters on Monday overran ...")
    r"|(?:\b(?:late|early)\s+)?(?:\bon\s+)?(?<!\blast\s)(?<!\bby\s)(?<!\bsince\s)"
    r"\b(?P<wd4>" + "|".join(_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s+(?:captured|seized|took|overran|overrun|retook|recaptured|gained|won)\b)"
    # "fell to the Taliban last night" (the night before the date of writing): the state on
    # the date of writing, the first day after it
    r"|\b(?P<night>(?:late\s+)?last\s+night)\b"
    # "seized Khwaja Sabz Posh district this morning", "early this morning": the day of
    # writing, as "today" ("earlier this morning" is an adverb of earlier time, read or
    # refused as such)
    r"|(?<!\bearlier\s)\b(?P<this>(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening))\b"
    # "by midday Monday the Taliban had overrun ...": the state at an hour of the day named,
    # so on that day (not "by Monday": any day up to it)
    r"|\bby\s+(?:midday|noon|mid-?morning|mid-?afternoon|nightfall|dusk|dawn)\s+(?:on\s+)?"
    r"(?P<wd7>" + "|".join(_WEEKDAYS) + r")\b"
)
#: Words after which a closing weekday is not the claim's day: who said it ("officials said
#: on Saturday", read by the said-day rule), or a figure given for comparison ("up from a
#: third on Saturday").
_NOT_CLAIM_DAY = re.compile(
    rf"\b(?:{_REPORTING}|claim(?:s|ed)?|according|from|since|than|compared|before|after|until|till|versus|vs)\b"
    r"[^,;]*$"
)


#: Who said it, then a comma, right before the weekday ("an official confirmed, Wednesday"):
#: the day it was said, read by the said-day rule.
_SAID_COMMA = re.compile(rf"\b(?:{_REPORTING}|claim(?:s|ed)?)\s*,\s*$")


def _trailing_day(s: str, m: re.Match[str]) -> bool:
    """Whether a weekday closing a clause (``wd3`` to ``wd6`` of :data:`_WHEN`) is the claim's
    day: not after who said it or a figure for comparison in the same clause, nor right after
    who said it and a comma."""
    before = s[: m.start()]
    return not _NOT_CLAIM_DAY.search(before) and not _SAID_COMMA.search(before)


_MONTHS = MONTH_NUMBERS


def resolve_when(phrase: str, anchor: dt.date | None) -> tuple[dt.date | None, str]:
    """The day a relative date phrase (:data:`_WHEN`) names, and how it was found; ``None``
    when it needs the anchor (the date the sentence was written) and none is given."""
    p = phrase.strip()
    m = _WHEN.fullmatch(p)
    if m is None:  # "Also on Saturday" stands before its comma
        m = _WHEN.match(p + ",")
        m = m if m is not None and m.end() == len(p) else None
    if m is None:
        return None, ""
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else _SMALL_N[m["n"]]
        days = n * (7 if m["unit"].startswith("week") else 1)
        if anchor is None:
            return None, ""
        return anchor - dt.timedelta(days=days), f"{days} days before {anchor.isoformat()}"
    if m["date"]:
        words = re.findall(r"[a-z]+|\d+", m["date"])
        month = next(_MONTHS[w] for w in words if w in _MONTHS)
        nums = [int(w) for w in words if w.isdigit()]
        day = nums[0]
        year = nums[1] if len(nums) > 1 else None
        if year is None:
            if anchor is None:
                return None, ""
            year = anchor.year
            if (month, day) > (anchor.month, anchor.day):
                year -= 1  # "before May 1" written in March: last year's May
        try:
            named = dt.date(year, month, day)
        except ValueError:
            return None, "not a calendar date"
        how = f"the day before {named.isoformat()}"
        return named - dt.timedelta(days=1), how
    if anchor is None:
        return None, ""
    if m["today"]:
        today, how = day_named("today", anchor)
        return today, f"'earlier in the day' = {how}"
    if m["this"]:
        today, how = day_named("today", anchor)
        return today, f"'{m['this']}' = {how}"
    if m["night"]:
        return anchor, (
            f"'{m['night']}' = the night before {anchor.isoformat()}: the state on "
            f"{anchor.isoformat()}, the first day after it"
        )
    wd = m["wd"] or m["wd2"] or m["wd3"] or m["wd4"] or m["wd5"] or m["wd6"] or m["wd7"]
    return day_named(wd, anchor)


def day_named(wd: str, anchor: dt.date) -> tuple[dt.date, str]:
    """The day "today", "yesterday" or a weekday names, written on ``anchor`` (the last such
    weekday on or before it), and how it was found."""
    if wd == "today":
        return anchor, f"the day of {anchor.isoformat()}"
    if wd == "yesterday":
        return anchor - dt.timedelta(days=1), f"the day before {anchor.isoformat()}"
    back = (anchor.weekday() - _WEEKDAYS.index(wd)) % 7
    return anchor - dt.timedelta(days=back), f"the last {wd.title()} on or before {anchor}"


def _harmless(clause: str) -> bool:
    """Whether a clause holds no claim: no digit, no claim word (figure, share, measure,
    control verb, "all", "whole"), no negation or exclusion. Places are checked by the reader
    (it has the gazetteer)."""
    return (
        not re.search(r"[\d%]", clause)
        and not _CLAIM_WORDS.search(clause)
        and not _NEGATION_WORDS.search(clause)
    )


def set_aside(s: str) -> tuple[str, list[tuple[str, str]]]:
    """``s`` with the clauses the checker sets aside blanked, and (kind, text) for each: a
    period ("in the last week"), the writer's doubt ("which appears to be an exaggeration"), a
    circumstance ("as the militants mount an offensive"). Each kind is a closed pattern; a
    clause holding a claim word, a figure or a negation is never set aside."""
    out: list[tuple[str, str]] = []
    chars = list(s)
    spans: list[tuple[int, int, str]] = []

    def blank(a: int, b: int, kind: str) -> None:
        out.append((kind, s[a:b].strip(" ,")))
        chars[a:b] = " " * (b - a)
        spans.append((a, b, kind))

    m = SINCE_DATED_CLAUSE.match(s)
    # "the US and other NATO troops": 'other' after 'and' adds, it excludes nothing
    if m and _harmless(re.sub(r"\band\s+other\b", "and", m["event"])):
        # blanked before the days of the sentence are read: its day is the period's first
        # day, not the claim's date
        blank(m.start(), m.end(), "period")
    for clk in _CLOCK.finditer(s):
        blank(clk.start(), clk.end(), "clock")
    s_clock = "".join(chars)
    for w in _WHEN.finditer(s_clock):
        if (w["wd3"] or w["wd4"] or w["wd5"] or w["wd6"]) and not _trailing_day(s, w):
            continue
        blank(w.start(), w.end(), "when")
    m = _DATELINE.match(s)
    if m:
        blank(m.start(), m.end(), "dateline")
    elif m := (
        _WIRE_DATELINE.match(s)
        or _COUNTRY_DATELINE.match(s)
        or _REPOST_DATELINE.match(s)
        or bylines.match(s)
    ):
        out.append(("dateline", s[m.start() : m.end()].strip(" ,")))
        # the day stays in the sentence: it is the date of the claim
        keep = bylines.date_span(m)
        for a, b in ((m.start(), keep[0]), (keep[1], m.end())):
            chars[a:b] = " " * (b - a)
    m = _MARKER.match("".join(chars).lstrip())
    if m:
        off = len(chars) - len("".join(chars).lstrip())
        blank(off + m.start(), off + m.end(), "marker")
    for e in _EARLIER_FIGURE.finditer(s):
        blank(e.start(), e.end(), "earlier")
    m = _SINCE_CLAUSE.match(s)
    if m and not _PERIOD.match(s) and _harmless(m.group(0)[len("since") :]):
        blank(m.start(), m.end(), "period")
    for p in _PERIOD.finditer(s):
        if chars[p.start()] != " ":
            blank(p.start(), p.end(), "period")
    for w in WINDOW_REL.finditer(s):  # "late last month", "last week": a window of days
        if chars[w.start()] != " " and chars[w.end() - 1] != " ":
            blank(w.start(), w.end(), "when")
    m = _DOUBT.search(s)
    if m:
        blank(m.start(), m.end(), "doubt")
    # clauses that carry no claim (mapper.check.circumstance: a closed grammar of leads,
    # each clause's content limited to what cannot change the claim)
    from . import circumstance

    now = "".join(chars)
    off = len(now) - len(now.lstrip())
    lead = circumstance.leading(now[off:], s[off:])
    if lead is not None:
        blank(off + lead.start, off + lead.end, f"clause:{lead.kind}")
    rest = "".join(chars).rstrip()
    m = _PROVENANCE.search(rest)
    if m and any(k == "period" for k, _ in out):
        blank(m.start(), m.end(), "circumstance")
    for c in circumstance.trailing("".join(chars), s):
        blank(c.start, c.end, f"clause:{c.kind}")
    out.extend(_dated_clauses(s, chars, spans))
    role = circumstance.as_role("".join(chars))
    if role is not None:
        out.append(("as-role", role))
    return "".join(chars), out


def _dated_clauses(
    s: str, chars: list[str], spans: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """("dated-clause", "<clause>|<date>") for a clause of time or circumstance set aside with
    a date phrase inside it or right after it ("The Taliban now control 85% of the country as
    American troops completed their pullout two weeks ago", "despite US airstrikes last
    week"): the date was blanked before the clause was peeled, so the clause's content check
    did not see it, and it was then checked as the claim's date. It may be the clause's (when
    that happened): :func:`prepare` refuses it (redteam5, #8)."""
    out = []
    for a, b, kind in spans:
        if not kind.startswith("clause:"):
            continue
        reach = b
        while reach < len(chars) and chars[reach] in " ,.;":
            reach += 1
        for c, d, k in spans:
            if k in ("when", "period") and a <= c and d <= reach:
                out.append(("dated-clause", f"{s[a:b].strip(' ,')}|{s[c:d].strip(' ,')}"))
    return out


def prepare(text: str) -> tuple[str, str, list[tuple[str, str]]]:
    """The sentence normalised for reading, its date phrase ("" if none) and the clauses set
    aside (:func:`set_aside`).

    Date phrases are blanked (replaced by spaces) so that their numbers are not figures.

    Raises
    ------
    ClaimParseError
        For what the checker never reads (see the module docstring).
    """
    if re.search(r"[\u00b2\u00b3\u00b9\u2070-\u209f]", text):
        sup = re.search(r"\S*[\u00b2\u00b3\u00b9\u2070-\u209f]\S*", text)
        raise ClaimParseError(
            text,
            sup.group(0) if sup else "",
            "superscripts and subscripts (exponents) are not read; write the figure out",
        )
    s = normalise(text)
    # markup pasted with a sentence carries no claim ("<b>", "<img ...>"): set aside
    s = _MARKUP.sub(lambda m: " " * len(m.group(0)), s)
    for pat, repl in _SYMBOLS:
        s = pat.sub(repl, s)
    s = percent_words(s)
    s = re.sub(r"\s+", " ", s).strip()
    s, aside = set_aside(s)
    for kind, both in aside:
        if kind == "as-role":
            raise ClaimParseError(
                text,
                both,
                f"{both!r} may say how the side uses or regards the place ('as a base', 'as "
                "a lesson') or what the report calls the claim ('as a hoax'), not when it "
                "happened: not set aside (a clause of time has a verb: 'as major cities fall')",
            )
        if kind == "dated-clause":
            clause, when = both.split("|", 1)
            raise ClaimParseError(
                text,
                when,
                f"a date phrase ({when!r}) inside or right after a clause of time or "
                f"circumstance ({clause!r}) may say when that happened, not when the claim "
                "holds: not read as the claim's date; check the claim without the clause",
            )
    date_text = ""
    spans = _between_dates(s, date_phrases(s))
    if spans:
        date_text = "; ".join(s[a:b].strip() for a, b in spans)
        chars = list(s)
        for a, b in spans:
            chars[a:b] = " " * (b - a)
        s = "".join(chars)
    s = _NEXT_FIGURE.sub(_blank_next_figure, s)
    for pat, why in _NUMBER_REFUSALS:
        m = pat.search(s)
        if m:
            raise ClaimParseError(text, m.group(0).strip(), why)
    for pat, why in _REFUSALS:
        m = pat.search(s)
        if m:
            w = m.group(0)
            raise ClaimParseError(text, w, why.format(w=w))
    try:
        check_number_words(s)
    except ValueError as e:
        raise ClaimParseError(
            text, str(e), "number words that are not one number are not read"
        ) from None
    return s, date_text, aside


def unread_words(s: str, used: Iterable[tuple[int, int]], allowed: Iterable[str] = ()) -> list[str]:
    """The words of ``s`` outside every span in ``used`` that are not filler words (in the
    order they stand). Linear in the length of ``s`` plus the spans."""
    covered = bytearray(len(s) + 1)
    for a, b in used:
        covered[max(a, 0) : max(b, 0)] = b"\x01" * (max(b, 0) - max(a, 0))
    extra = frozenset(allowed)
    out: list[str] = []
    for m in re.finditer(r"[^\W_]+|[^\w\s]", s):
        a, b = m.start(), m.end()
        if all(covered[a:b]):
            continue
        w = m.group(0)
        if w in _PUNCTUATION:
            continue  # punctuation carries no claim
        if w in FILLER_WORDS or w in extra:
            continue
        out.append(w)
    return out


def mentions_border(text: str) -> bool:
    """Whether a sentence has a border word (so a border reading needs neighbour names)."""
    from .lexicon import _BORDER_WORD

    return bool(_BORDER_WORD.search(text.lower()))
