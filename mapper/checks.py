"""Check a published sentence about territorial control against the claims ledger.

``parse_claim("The Taliban have captured over two-thirds of the country")`` reads the
sentence into a :class:`ParsedClaim` (side, comparison, number, measure, scope);
``check_claim(parsed, state, units)`` measures it on a snapshot and returns a
:class:`Verdict`. Nothing is guessed: a sentence the parser cannot read raises
:class:`ClaimParseError` naming the part it could not read.

What the parser reads
---------------------
Numbers
    shares: ``two-thirds``, ``2/3``, ``2/3rd``, ``66%``, ``85 percent``, ``half``,
    ``a third``, ``three quarters``, ``60-70%``, ``most of`` / ``a majority of`` (over half);
    counts (followed by ``districts`` or ``provinces``): ``five``, ``150``, ``150-180``,
    ``between 150 and 180``, ``250 of 398``.
Comparisons (before the number, or ``or more`` / ``or fewer`` after it)
    ``over, more than, above, just over, well over`` (>), ``at least, no fewer than, or more``
    (>=), ``nearly, almost, close to, just under`` (a little below), ``about, around,
    roughly, approximately, some`` (either side), ``up to, at most, no more than, as many as,
    or fewer`` (<=), ``under, less than, fewer than, below`` (<), nothing (the figure as
    written). "have control over half" reads "over" as a preposition, not a comparison.
Measures
    share of the area (``of the country / territory / land / Afghanistan``), a count or a
    share of districts or provinces, a share of the population (``of the population /
    people``; needs a population file) and a share of border length (``of the border``).
Scopes
    the country; a province (``in Herat``, ``Herat's districts``, ``half of Kunduz
    province``); one district named as such (``half of Kunduz district``, ``Imam Sahib
    district in Kunduz``; needs the boundary set's gazetteer); the districts along a border
    (``the territory on the Afghan-Tajik border``, ``Tajik border districts``); the border
    line itself (``two-thirds of the border with Tajikistan``). A bare name that is both a
    province and a district ("half of Kunduz") is read as the province, with a note.
Refused figures
    a share above 100 % ("150% of the country"); a count beyond the units in scope is
    checked, with a note.
Sides
    the actor named in the sentence, through the status vocabulary and a few phrases
    (:data:`ACTOR_PHRASES`): Taliban, militants, insurgents -> ``taliban``; government,
    Afghan forces, security forces -> ``government``.

Tolerances
----------
Every tolerance is a named constant here, in the units of the figure (shares are fractions
0..1, counts are units):

* :data:`SHARE_FRACTION_TOL` (0.02): a bare fraction ("two-thirds", "2/3", "half") covers
  the fraction +- 2 percentage points (two-thirds: 64.7 %..68.7 %).
* A bare percentage covers its rounding: "85%" is 84.5 %..85.5 %, "85.3%" 85.25 %..85.35 %.
* :data:`SHARE_ABOUT_TOL` (0.05): "about / roughly / around" a share: +- 5 points (or the
  rounding, if wider).
* :data:`SHARE_NEARLY_TOL` (0.05): "nearly / almost" a share: up to 5 points below it, and
  up to its rounding above it.
* :data:`COUNT_ABOUT_REL` (0.10), at least :data:`COUNT_ABOUT_MIN` (1): "about 150
  districts" is 135..165; :data:`COUNT_NEARLY_REL` / :data:`COUNT_NEARLY_MIN` likewise,
  below the figure only ("nearly 150": 135..150).
* Bare counts are exact ("five districts" is 5; write "at least five" for a floor); ranges
  are inclusive; inequalities (over, at least, up to, under) are taken literally.

Verdicts
--------
The side's value is a range, with :func:`mapper.stats.control_ranges` semantics: ``low``
counts the side's own status only, ``mid`` adds the side's unconfirmed claims, ``high``
adds every contested, disputed and unconfirmed unit. Units with no claim on record (status
unknown, statuses older than ``--max-age`` included) are counted as ``unclaimed`` says:

* ``open`` (default): they may count for the side or not. The range runs from low (none
  of them for the side) to high plus all of them (the ``+unclaimed`` row).
* ``nobody``: they count for nobody; the verdict is about what the ledger records.
* a side (``government``): they are that side's (in every row when it is the claim's side).

The verdict is about the *whole* range, every allocation between its ends, not only the
rows printed (a district may be partly held, so the range is continuous; a verdict is
never firmer than the discrete allocations allow):

* *supported*: the claim holds for every value of the range;
* *contradicted*: it holds for none;
* *depends-on-assumptions*: the range crosses the figure between low and high (contested,
  disputed and unconfirmed units decide; it may fail at all three printed rows and still
  hold in between); the verdict says where it flips;
* *undetermined* (``open`` only): it holds, or fails, for every allocation of what the
  ledger records, but the units with no claim on record could flip it: the ledger does not
  cover enough of the scope to decide. The verdict says how much of the scope has no claim
  and what it would take.

Provinces are counted as held at an allocation when every district of the province is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

import pandas as pd
import shapely

from . import settings
from ._html import NARROW_VERDICT_CSS, esc
from .borders import LENGTH_CAVEATS, NEIGHBOUR_NAMES, PUBLISHED_BORDER_KM
from .boundaries import UnitSet
from .claims import Ledger
from .errors import MapperError
from .matching import Gazetteer, fold, name_keys, read_aliases, read_province_table
from .vocabulary import DEFAULT, Vocabulary

__all__ = [
    "ACTOR_PHRASES",
    "ALLOCATIONS",
    "COUNT_ABOUT_MIN",
    "COUNT_ABOUT_REL",
    "COUNT_NEARLY_MIN",
    "COUNT_NEARLY_REL",
    "EXAMPLES",
    "SHARE_ABOUT_TOL",
    "SHARE_FRACTION_TOL",
    "SHARE_NEARLY_TOL",
    "UNCLAIMED_MODES",
    "Acceptance",
    "BatchItem",
    "CheckError",
    "ClaimParseError",
    "Figure",
    "ParsedClaim",
    "Verdict",
    "check_claim",
    "check_map",
    "examples_text",
    "parse_claim",
    "read_batch",
    "resolve_unclaimed",
    "verdict_box",
    "verdict_text",
]

# --------------------------------------------------------------------------------------------
# Tolerances (documented in the module docstring)

#: A bare fraction covers the fraction +- this share (two-thirds: 0.647..0.687).
SHARE_FRACTION_TOL = 0.02
#: "about / around / roughly" a share: +- this share.
SHARE_ABOUT_TOL = 0.05
#: "nearly / almost" a share: down to this much below it.
SHARE_NEARLY_TOL = 0.05
#: "about N" units: +- max(COUNT_ABOUT_MIN, COUNT_ABOUT_REL * N).
COUNT_ABOUT_REL = 0.10
COUNT_ABOUT_MIN = 1
#: "nearly N" units: down to N - max(COUNT_NEARLY_MIN, COUNT_NEARLY_REL * N).
COUNT_NEARLY_REL = 0.10
COUNT_NEARLY_MIN = 1

Comparison = Literal["over", "at-least", "nearly", "about", "as-stated", "up-to", "under"]
Measure = Literal["area", "districts", "provinces", "population", "border"]
Form = Literal["share", "count"]
VerdictKind = Literal["supported", "contradicted", "depends-on-assumptions", "undetermined"]
Bound = Literal["low", "mid", "high"]
BOUNDS: tuple[str, ...] = ("low", "mid", "high")

#: What each allocation counts for the side (see :func:`mapper.stats.control_ranges`).
ALLOCATIONS: dict[str, str] = {
    "low": "the side's own status only",
    "mid": "plus the side's own unconfirmed claims",
    "high": "plus every contested, disputed and unconfirmed unit",
}

#: Sentences the parser reads, shown when it cannot read one.
EXAMPLES = (
    "The Taliban have captured over two-thirds of the country",
    "The Taliban control 85% of the territory",
    "Militants hold 150-180 districts",
    "The Taliban have taken 250 of 398 districts",
    "The Taliban captured five districts in Herat",
    "The Taliban control 2/3 of the territory on the Afghan-Tajik border",
    "The Taliban hold two-thirds of the border with Tajikistan",
    "Government forces hold about half of the population",
)

#: Actor phrases beyond the vocabulary's own spellings -> side key (used only when the
#: vocabulary has that side).
ACTOR_PHRASES: dict[str, str] = {
    "afghan forces": "government",
    "afghan security forces": "government",
    "security forces": "government",
    "government forces": "government",
    "afghan troops": "government",
    "government troops": "government",
    "afghan army": "government",
    "national army": "government",
    "kabul government": "government",
    "militants": "taliban",
    "insurgents": "taliban",
    "taleban": "taliban",
}

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
            *("afghanistan", "nation", "landmass", "soil", "terrain", "ground", "regions"),
        ],
        "area",
    ),
    **dict.fromkeys(["district", "districts", "centres", "centers"], "districts"),
    **dict.fromkeys(["province", "provinces"], "provinces"),
    **dict.fromkeys(
        ["population", "people", "afghans", "inhabitants", "residents", "citizens", "populace"],
        "population",
    ),
    **dict.fromkeys(["border", "borders", "frontier", "frontiers", "boundary", "line"], "border"),
}
# Words that may precede the measure noun ("of all the", "its entire") and are skipped.
_LEAD_WORDS = {
    "of", "out", "the", "its", "their", "all", "entire", "whole", "total", "these", "those",
    "more", "other", "key", "additional", "further", "new", "rural", "remaining", "a",
    "administrative",
}  # fmt: skip
# Words that end the noun phrase after the number.
_STOP_WORDS = {
    "on", "along", "in", "near", "at", "with", "across", "by", "to", "bordering", "adjacent",
    "next", "from", "since", "and", "or", "for", "that", "which", "including", "as", "under",
    "within", "inside", "is", "are", "was", "were", "now", "already", "have", "has", "had",
    "of",
}  # fmt: skip

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUM = (
    rf"(?:(?:{_TENS})(?:[ -](?:{_ONES}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    rf"|seventeen|eighteen|nineteen|ten|{_ONES})"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUM})"
_DEC = r"\d+(?:\.\d+)?"
_PCT = r"(?:%|\s*percent\b|\s*per\s+cent\b|\s*pc\b)"
_FRAC_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_FRAC_DEN = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}

_QUANTITY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
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
    ("most", re.compile(r"\b(?:most|(?:the|a) majority)\b")),
    (
        "count-of",
        re.compile(rf"\b(?P<a>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?P<b>{_NUM})\b"),
    ),
    ("count-between", re.compile(rf"\bbetween\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\b")),
    # a hyphen joins digits only: "twenty-five" is one number, not a range
    ("count-range", re.compile(r"\b(?P<a>\d[\d,]*)\s*-\s*(?P<b>\d[\d,]*)\b")),
    ("count-range", re.compile(rf"\b(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b")),
    ("count", re.compile(rf"\b(?P<a>{_NUM})\b")),
)

_COMPARATORS: tuple[tuple[str, Comparison], ...] = (
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
    r"(?:^|[\s,(])(?P<cmp>"
    + "|".join(re.escape(w) for w, _ in sorted(_COMPARATORS, key=lambda c: -len(c[0])))
    + r")\s*$"
)
_CMP_AFTER = (
    (re.compile(r"^\s*(?:\+|(?:or|and)\s+(?:more|over|above|higher|greater)\b)"), "at-least"),
    (re.compile(r"^\s*(?:or|and)\s+(?:less|fewer|under|below)\b"), "up-to"),
)
# "have control over half the country": "over" is a preposition there.
_CONTROL_NOUN = re.compile(
    r"\b(?:have|has|had|gained?|gaining|tak(?:e|en|es|ing)|took|seized?|seizing|tighten(?:ed)?"
    r"|extend(?:ed)?|establish(?:ed)?|exert(?:s|ed)?|exercis(?:e|es|ed)|in|their|its|full|"
    r"effective|de facto)\s+(?:control|power|authority|sway|grip|hold|say)\s+$"
)

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
        re.compile(r"\b(?:provincial capitals?|capitals?|cities|city|towns?|villages?)\b"),
        "cities and towns are not units of the boundary set; the checker counts districts "
        "and provinces",
    ),
    (
        re.compile(r"\b(?:km|kilometres?|kilometers?|miles?|square)\b"),
        "absolute lengths and areas are not read; give a share or a count of districts",
    ),
)


class ClaimParseError(MapperError, ValueError):
    """A sentence the parser cannot read. ``part`` is the piece it could not read."""

    def __init__(self, text: str, part: str, problem: str) -> None:
        self.text = text
        self.part = part
        self.problem = problem
        where = f": could not read {part!r}" if part else ""
        #: The message without the examples (a batch prints the examples once, at the end).
        self.brief = f"cannot check {text!r}{where}: {problem}."
        super().__init__(f"{self.brief}\nNo verdict given. {examples_text()}")


def examples_text() -> str:
    """The sentences the checker can read, one a line, after a heading."""
    examples = "\n".join(f"  - {e}" for e in EXAMPLES)
    return f"Sentences the checker can read:\n{examples}"


class CheckError(MapperError, ValueError):
    """A parsed claim cannot be measured with the data given (no population, no borders,
    a province missing from the boundary set ...)."""


@dataclass(frozen=True)
class Figure:
    """The number in a claim. Shares are fractions (0..1), counts are units."""

    form: Form
    lo: float
    hi: float
    precision: float  # half-width the way the figure is written implies (rounding)
    text: str
    of_total: int | None = None  # "250 of 398": the sentence's own denominator
    kind: str = ""  # which pattern read it: pct, slash, fraction, count, ...

    @property
    def value(self) -> float:
        return self.lo if self.lo == self.hi else (self.lo + self.hi) / 2


@dataclass(frozen=True)
class Acceptance:
    """The values of the measure for which the claim holds: an interval."""

    lo: float = -math.inf
    hi: float = math.inf
    lo_closed: bool = True
    hi_closed: bool = True

    def contains(self, v: float) -> bool:
        above = v > self.lo or (self.lo_closed and v == self.lo)
        below = v < self.hi or (self.hi_closed and v == self.hi)
        return above and below

    def relation(self, low: float, high: float) -> VerdictKind:
        """Supported if all of [low, high] is accepted, contradicted if none of it is."""
        if self.contains(low) and self.contains(high):
            return "supported"
        beyond_lo = high < self.lo or (high == self.lo and not self.lo_closed)
        beyond_hi = low > self.hi or (low == self.hi and not self.hi_closed)
        return "contradicted" if beyond_lo or beyond_hi else "depends-on-assumptions"

    def describe(self, fmt: Any) -> str:
        if self.lo == -math.inf and self.hi == math.inf:
            return "any value"
        if self.lo == -math.inf:
            return f"{'≤' if self.hi_closed else '<'} {fmt(self.hi)}"
        if self.hi == math.inf:
            return f"{'≥' if self.lo_closed else '>'} {fmt(self.lo)}"
        if self.lo == self.hi:
            return f"= {fmt(self.lo)}"
        return f"{fmt(self.lo)} to {fmt(self.hi)}"


@dataclass(frozen=True)
class ParsedClaim:
    """A sentence read into its parts.

    ``measure`` is what is measured (``area``, ``districts``, ``provinces``, ``population``
    or ``border`` length) and ``figure.form`` whether the number is a ``share`` or a
    ``count``. ``province`` (canonical name) and ``neighbours`` (ISO3) narrow the scope;
    ``border_districts`` means "the districts along the border(s)" (all borders when
    ``neighbours`` is empty); a ``border`` measure is the border line itself.
    ``district`` (a unit id, named ``district_name``) narrows the scope to one district
    ("half of Kunduz district"). ``province_text`` is the province as the sentence wrote it
    and ``province_word`` whether the sentence said "province" after it (a province that
    shares its name with a district is read as the province, with a note).
    """

    text: str
    side: str
    side_text: str
    comparison: Comparison
    comparison_text: str
    figure: Figure
    measure: Measure
    province: str | None = None
    neighbours: tuple[str, ...] = ()
    border_districts: bool = False
    district: str | None = None
    district_name: str = ""
    province_text: str = ""
    province_word: bool = False

    @property
    def form(self) -> Form:
        return self.figure.form

    def acceptance(self) -> Acceptance:
        """The interval of values for which the claim holds (see the module's tolerances)."""
        f, cmp = self.figure, self.comparison
        share = f.form == "share"
        if cmp == "over":
            return Acceptance(lo=f.hi, lo_closed=False)
        if cmp == "at-least":
            return Acceptance(lo=f.lo)
        if cmp == "under":
            return Acceptance(hi=f.lo, hi_closed=False)
        if cmp == "up-to":
            return Acceptance(hi=f.hi)
        if cmp == "nearly":
            tol = SHARE_NEARLY_TOL if share else max(COUNT_NEARLY_MIN, COUNT_NEARLY_REL * f.lo)
            return Acceptance(lo=f.lo - tol, hi=f.hi + f.precision)
        if cmp == "about":
            tol = (
                max(SHARE_ABOUT_TOL, f.precision)
                if share
                else max(COUNT_ABOUT_MIN, COUNT_ABOUT_REL * f.lo)
            )
            return Acceptance(lo=f.lo - tol, hi=f.hi + tol)
        return Acceptance(lo=f.lo - f.precision, hi=f.hi + f.precision)

    def scope_text(self) -> str:
        parts = []
        if self.measure == "border":
            parts.append(_border_name(self.neighbours))
        elif self.border_districts:
            parts.append(f"districts along {_border_name(self.neighbours)}")
        if self.district:
            parts.append(f"{self.district_name or self.district} district")
        if self.province:
            parts.append(f"{self.province} province")
        return ", in ".join(parts) if parts else "the country"

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["scope"] = self.scope_text()
        return d


def _border_name(neighbours: Sequence[str]) -> str:
    if not neighbours:
        return "all international borders"
    names = [NEIGHBOUR_NAMES.get(n, n) for n in neighbours]
    return "the border with " + " and ".join(names)


# --------------------------------------------------------------------------------------------
# Parser


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"'s\b", "", s)  # possessive: "Herat's districts"
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(".!?;: ")


def _default_gazetteer() -> Gazetteer:
    provinces = {
        r["name"]: [a for a in (r.get("aliases") or "").split("|") if a]
        for r in read_province_table()
    }
    return Gazetteer({}, provinces, aliases=read_aliases())


def _to_number(token: str) -> float:
    token = token.strip().replace(",", "")
    if token.replace(".", "", 1).isdigit():
        return float(token)
    parts = re.split(r"[ -]", token)
    return float(sum(_WORD_NUMBERS[p] for p in parts))


def _decimals_precision(token: str) -> float:
    """Half of the last written digit of a percentage, as a share: '85' -> 0.005."""
    decimals = len(token.split(".")[1]) if "." in token else 0
    return 0.5 * 10.0 ** (-decimals) / 100.0


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    figure: Figure
    implied: Comparison | None = None


def _candidates(s: str) -> list[_Candidate]:
    taken: list[tuple[int, int]] = []
    out: list[_Candidate] = []
    for kind, pat in _QUANTITY_PATTERNS:
        for m in pat.finditer(s):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            fig, implied = _figure(kind, m)
            if fig is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(_Candidate(kind, m.start(), m.end(), fig, implied))
    return sorted(out, key=lambda c: c.start)


def _figure(kind: str, m: re.Match[str]) -> tuple[Figure | None, Comparison | None]:
    text = m.group(0)
    if kind == "pct-range":
        a, b = float(m["a"]) / 100, float(m["b"]) / 100
        prec = max(_decimals_precision(m["a"]), _decimals_precision(m["b"]))
        return Figure("share", min(a, b), max(a, b), prec, text, kind=kind), None
    if kind == "pct":
        v = float(m["a"]) / 100
        return Figure("share", v, v, _decimals_precision(m["a"]), text, kind=kind), None
    if kind == "slash":
        num, den = int(m["a"]), int(m["b"])
        if den == 0 or num > den or den > 20:
            return None, None  # not a fraction of a whole ("17/07", "3/2")
        return Figure("share", num / den, num / den, SHARE_FRACTION_TOL, text, kind=kind), None
    if kind == "fraction":
        den_word = m["b"].rstrip("s") if m["b"] != "halves" else "halves"
        den = _FRAC_DEN[den_word]
        if m["a"] is None and den != 2:
            return None, None  # "third" alone is an ordinal ("the third district")
        num = _FRAC_NUM[m["a"]] if m["a"] else 1
        if num >= den:
            return None, None
        return Figure("share", num / den, num / den, SHARE_FRACTION_TOL, text, kind=kind), None
    if kind == "most":
        return Figure("share", 0.5, 0.5, 0.0, text, kind=kind), "over"
    if kind == "count-of":
        a, b = _to_number(m["a"]), _to_number(m["b"])
        if a > b:
            return None, None
        return Figure("count", a, a, 0.0, text, of_total=int(b), kind=kind), None
    if kind in ("count-between", "count-range"):
        a, b = _to_number(m["a"]), _to_number(m["b"])
        return Figure("count", min(a, b), max(a, b), 0.0, text, kind=kind), None
    v = _to_number(m["a"])
    return Figure("count", v, v, 0.0, text, kind=kind), None


def _noun_phrase(rest: str) -> tuple[list[str], int]:
    """Words of the noun phrase after a figure, and how many characters it spans."""
    words: list[str] = []
    end = 0
    leading = True
    for m in re.finditer(r"[a-z0-9]+", rest):
        w = m.group(0)
        if leading and w in _LEAD_WORDS:
            end = m.end()
            continue
        leading = False
        if w in _STOP_WORDS or len(words) >= 5:
            break
        words.append(w)
        end = m.end()
    return words, end


def _measure_of(words: list[str]) -> Measure | None:
    heads = [_MEASURE_NOUNS[w] for w in words if w in _MEASURE_NOUNS]
    return heads[-1] if heads else None


def parse_claim(
    text: str,
    *,
    vocabulary: Vocabulary = DEFAULT,
    gazetteer: Gazetteer | None = None,
    side: str | None = None,
) -> ParsedClaim:
    """Read a sentence into its side, comparison, number, measure and scope.

    Parameters
    ----------
    text
        The sentence as published.
    vocabulary
        Status vocabulary; its sides (and their spellings) name the actors.
    gazetteer
        Province names for scopes such as "in Herat" (default: the built-in Afghan table;
        pass ``units.gazetteer()`` to read the boundary set's own names).
    side
        The side the claim is about, when the sentence names none (or several).

    Raises
    ------
    ClaimParseError
        With the part that could not be read and examples of sentences that can.

    Examples
    --------
    >>> c = parse_claim("The Taliban have captured over two-thirds of the country")
    >>> c.side, c.comparison, round(c.figure.lo, 4), c.measure, c.scope_text()
    ('taliban', 'over', 0.6667, 'area', 'the country')
    """
    s = _normalise(text)
    if not s:
        raise ClaimParseError(text, "", "the sentence is empty")
    for pat, why in _REFUSE:
        m = pat.search(s)
        if m:
            raise ClaimParseError(text, m.group(0), why)

    cands = _candidates(s)
    if not cands:
        raise ClaimParseError(
            text,
            "",
            "found no figure: a share (two-thirds, 2/3, 66%, half, a third) or a count of "
            "districts or provinces (five districts, 150-180 districts, 250 of 398 districts)",
        )
    gaz = gazetteer or _default_gazetteer()
    district = _find_district(text, s, gaz)
    # the named district ("half of Kunduz district") is a scope, not the measure "districts"
    masked = s if district is None else _mask(s, district[1], district[2])
    readable: list[tuple[_Candidate, Measure, int]] = []
    failures: list[tuple[_Candidate, str]] = []
    for c in cands:
        if district is not None and c.start < district[2] and district[1] < c.end:
            continue
        rest = _strip_after_modifier(masked[c.end :])
        words, span = _noun_phrase(rest)
        measure = _measure_of(words)
        if measure is None and c.figure.form == "share" and _names_province(words, gaz):
            measure = "area"  # "a third of Herat": the province's area
        if (
            measure is None
            and c.figure.form == "share"
            and district is not None
            and not words
            and _only_lead_words(s[c.end : district[1]])
        ):
            measure = "area"  # "half of Kunduz district": the district's area
        if measure == "provinces" and words[-1] == "province" and _names_province(words, gaz):
            measure = "area"  # "half of Kunduz province": the province's area
        if (
            measure == "districts"
            and c.figure.form == "share"
            and words[-1] == "district"
            and len(words) > 1
        ):
            name = " ".join(words[:-1])
            raise ClaimParseError(text, f"{name} district", _unknown_district(name, gaz))
        shown = " ".join(words) or "(nothing)"
        if measure is None:
            what = "a share of" if c.figure.form == "share" else "counts"
            failures.append(
                (
                    c,
                    f"could not tell what {c.figure.text!r} {what}: it is followed by "
                    f"{shown!r}; expected e.g. 'of the country', 'of the districts', "
                    "'of the border with Tajikistan'"
                    + (", 'districts' or 'provinces'" if c.figure.form == "count" else ""),
                )
            )
        elif c.figure.form == "count" and measure not in ("districts", "provinces"):
            failures.append(
                (
                    c,
                    f"a count ({c.figure.text!r}) must count districts or provinces, not "
                    f"{measure!r}",
                )
            )
        elif c.kind == "count" and _looks_like_date(s, c):
            failures.append((c, "looks like a date or a year"))
        else:
            readable.append((c, measure, c.end + span))
    if not readable:
        c, why = failures[0]
        raise ClaimParseError(text, c.figure.text, why)
    if len(readable) > 1:
        figs = " and ".join(repr(c.figure.text) for c, _, _ in readable)
        raise ClaimParseError(
            text, figs, "found more than one figure; check one figure per sentence"
        )
    cand, measure, _phrase_end = readable[0]
    figure = cand.figure
    if figure.form == "share" and figure.hi > 1.0:
        raise ClaimParseError(
            text,
            figure.text,
            f"a share above 100% ({100 * figure.hi:g}%) cannot be checked: no side can hold "
            "more than the whole; give a share up to 100% or a count of districts",
        )
    if district is not None and measure in ("districts", "provinces"):
        raise ClaimParseError(
            text,
            district[0],
            "a single district is one unit: give a share of its area, population or border, "
            "not a count of districts or provinces",
        )

    comparison, comparison_text = _comparison(text, s, cand)
    if figure.lo != figure.hi and comparison != "as-stated":
        raise ClaimParseError(
            text,
            f"{comparison_text} {figure.text}",
            "a range cannot also carry a comparison; write '150-180 districts' or "
            "'over 150 districts'",
        )

    used = [(cand.start, cand.end)]
    neighbours, border_spans = _find_neighbours(s)
    has_border = bool(_BORDER_WORD.search(s))
    used += border_spans
    if neighbours and not has_border:
        names = ", ".join(NEIGHBOUR_NAMES[n] for n in neighbours)
        raise ClaimParseError(
            text,
            names,
            "names a neighbouring country but no border; write 'on the border with "
            f"{NEIGHBOUR_NAMES[neighbours[0]]}' or 'the Afghan-"
            f"{NEIGHBOUR_NAMES[neighbours[0]]} border'",
        )
    if measure == "border" and not has_border:
        raise ClaimParseError(
            text, "line", "a line that is not a border; write 'of the border with ...'"
        )
    border_districts = has_border and measure != "border"

    side_key, side_text, side_spans = _find_side(text, s, vocabulary, side)
    used += side_spans
    district_id: str | None = None
    district_name = ""
    if district is not None:
        used.append((district[1], district[2]))
    province, province_text, province_word = _find_province(text, s, gaz, used)
    if district is not None:
        district_id, district_name, district_prov = _resolve_district(
            text, district[0], province, gaz
        )
        province, province_text, province_word = district_prov, "", False
    return ParsedClaim(
        text=text,
        side=side_key,
        side_text=side_text,
        comparison=comparison,
        comparison_text=comparison_text,
        figure=figure,
        measure=measure,
        province=province,
        neighbours=tuple(neighbours),
        border_districts=border_districts,
        district=district_id,
        district_name=district_name,
        province_text=province_text,
        province_word=province_word,
    )


#: Words that can stand before "district" without naming one ("one district", "a key
#: district", "each district").
_NOT_DISTRICT_NAMES = {"each", "every", "single", "another", "one", "same", "this", "that"}


def _find_district(text: str, s: str, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """A district named as such ("Kunduz district", "Imam Sahib district"): the name as
    written and the span of "NAME district" in ``s``, or ``None``. Names are looked up in
    the gazetteer (up to three words before "district", the longest that names one); a
    gazetteer without district names finds none."""
    if not gaz.district_names:
        return None
    toks = _tokens(s)
    found: list[tuple[str, int, int]] = []
    for i, (t, _b, e) in enumerate(toks):
        if t != "district":
            continue
        for n in (3, 2, 1):
            if i - n < 0:
                continue
            words = [w for w, _, _ in toks[i - n : i]]
            if any(
                w in _NOT_PLACES or w in _NOT_DISTRICT_NAMES or w in _WORD_NUMBERS or w.isdigit()
                for w in words
            ):
                continue
            start = toks[i - n][1]
            if toks[i - 1][2] - start > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            m = gaz.match("", " ".join(words))
            if m.unit_ids or (m.problem or "").find("ambiguous") >= 0:
                found.append((s[start : toks[i - 1][2]], start, e))
                break
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(f[0] for f in found),
            "names more than one district; check one district per sentence",
        )
    return found[0] if found else None


def _resolve_district(
    text: str, name: str, province: str | None, gaz: Gazetteer
) -> tuple[str, str, str]:
    """(unit id, district name, province) of a district named in a sentence."""
    if not gaz.district_names:
        raise ClaimParseError(
            text,
            f"{name} district",
            "naming a district needs the boundary set's district names; parse with "
            "gazetteer=units.gazetteer() (the CLI does)",
        )
    m = gaz.match(province or "", name)
    if m.problem or len(m.unit_ids) != 1:
        hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
        raise ClaimParseError(text, f"{name} district", f"{m.problem}{hint}")
    uid = m.unit_ids[0]
    dname, dprov = gaz.district_names[uid]
    return uid, dname, dprov


def _unknown_district(name: str, gaz: Gazetteer) -> str:
    if not gaz.district_names:
        return (
            f"{name!r} before 'district' is not a name this parser knows; to check one district "
            "parse with the boundary set's names (gazetteer=units.gazetteer())"
        )
    m = gaz.match("", name)
    hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
    return f"{name!r} is not a district of the boundary set{hint}"


def _mask(s: str, start: int, end: int) -> str:
    """``s`` with ``s[start:end]`` blanked (so the noun-phrase reader skips it)."""
    return s[:start] + "#" * (end - start) + s[end:]


def _only_lead_words(between: str) -> bool:
    return all(w in _LEAD_WORDS for w in re.findall(r"[a-z0-9]+", between))


def _names_province(words: list[str], gaz: Gazetteer) -> bool:
    return any(
        gaz.resolve_province(" ".join(words[i:j]))
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 3) + 1)
    )


def _strip_after_modifier(rest: str) -> str:
    for pat, _cmp in _CMP_AFTER:
        m = pat.match(rest)
        if m:
            return rest[m.end() :]
    return rest


def _looks_like_date(s: str, c: _Candidate) -> bool:
    v = c.figure.lo
    return 1900 <= v <= 2100 and c.figure.text.isdigit()


def _comparison(text: str, s: str, c: _Candidate) -> tuple[Comparison, str]:
    before = s[: c.start]
    m = _CMP_BEFORE.search(before)
    pre: tuple[Comparison, str] | None = None
    if m:
        word = m["cmp"]
        if word == "over" and _CONTROL_NOUN.search(before[: m.start("cmp")] + " "):
            pre = None  # "have control over half": a preposition
        else:
            pre = (dict(_COMPARATORS)[word], word)
    post: tuple[Comparison, str] | None = None
    for pat, cmp in _CMP_AFTER:
        pm = pat.match(s[c.end :])
        if pm:
            post = (cast(Comparison, cmp), pm.group(0).strip())
    if c.implied:
        if pre or post:
            extra = (pre or post or ("", ""))[1]
            raise ClaimParseError(
                text, f"{extra} {c.figure.text}", "'most' / 'majority' already says 'over half'"
            )
        return c.implied, c.figure.text
    if pre and post:
        raise ClaimParseError(
            text,
            f"{pre[1]} {c.figure.text} {post[1]}",
            "two comparisons for one figure",
        )
    return pre or post or ("as-stated", "")


def _find_neighbours(s: str) -> tuple[list[str], list[tuple[int, int]]]:
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for pat, iso3 in _NEIGHBOUR_WORDS:
        for m in re.finditer(rf"\b(?:{pat})\b", s):
            spans.append((m.start(), m.end()))
            if iso3 not in found:
                found.append(iso3)
    return sorted(found, key=list(NEIGHBOUR_NAMES).index), spans


def _tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", s)]


def _find_side(
    text: str, s: str, vocabulary: Vocabulary, side: str | None
) -> tuple[str, str, list[tuple[int, int]]]:
    toks = _tokens(s)
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    claimed: set[int] = set()
    # shortest first: "Taliban control" is read as "Taliban", "security forces" still whole
    for n in (1, 2, 3):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            phrase = " ".join(t for t, _, _ in toks[i : i + n])
            key = _side_of(phrase, vocabulary)
            if key is None:
                continue
            found.setdefault(key, s[toks[i][1] : toks[i + n - 1][2]])
            spans.append((toks[i][1], toks[i + n - 1][2]))
            claimed |= set(range(i, i + n))
    if side is not None:
        key = vocabulary.resolve_side(side) or (side if side in vocabulary.sides else None)
        if key is None:
            raise ClaimParseError(
                text, side, f"unknown side; valid sides: {', '.join(vocabulary.sides)}"
            )
        if found and key not in found:
            raise ClaimParseError(
                text,
                " and ".join(found.values()),
                f"the sentence names {', '.join(found)} but the side given is {key!r}",
            )
        return key, found.get(key, ""), spans
    if not found:
        raise ClaimParseError(
            text,
            "",
            "could not tell which side the claim is about; name the actor (e.g. Taliban, "
            "militants, insurgents; government, Afghan forces) or pass a side "
            f"({', '.join(vocabulary.sides)})",
        )
    if len(found) > 1:
        names = " and ".join(repr(v) for v in found.values())
        raise ClaimParseError(
            text,
            names,
            "names more than one side; pass the side the claim is about "
            f"({', '.join(vocabulary.sides)})",
        )
    key, words = next(iter(found.items()))
    return key, words, spans


def _side_of(phrase: str, vocabulary: Vocabulary) -> str | None:
    key = ACTOR_PHRASES.get(phrase)
    if key is not None and key in vocabulary.sides:
        return key
    for form in (phrase, phrase[:-1] if phrase.endswith("s") and len(phrase) > 3 else None):
        if form and len(form) > 2:
            k = vocabulary.resolve_side(form)
            if k is not None:
                return k
    return None


_NOT_PLACES = set(_MEASURE_NOUNS) | _LEAD_WORDS | _STOP_WORDS | {
    "the", "taliban", "government", "afghan", "control", "controls", "hold", "holds", "held",
    "captured", "capture", "seized", "taken", "took", "over", "half", "third", "thirds",
    "quarter", "quarters", "percent", "cent", "per", "about", "nearly", "almost", "roughly",
    "up", "most", "majority", "than", "least", "militants", "insurgents", "forces",
}  # fmt: skip


def _find_province(
    text: str, s: str, gaz: Gazetteer, used: list[tuple[int, int]]
) -> tuple[str | None, str, bool]:
    """The province named in the sentence (canonical), as written, and whether the word
    "province" follows it."""
    toks = [
        (t, b, e)
        for t, b, e in _tokens(s)
        if not any(b < ue and ub < e for ub, ue in used) and not t.isdigit()
    ]
    found: dict[str, str] = {}
    explicit: dict[str, bool] = {}
    claimed: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            words = [t for t, _, _ in toks[i : i + n]]
            if words[0] in _NOT_PLACES or words[-1] in _NOT_PLACES:
                continue
            if toks[i + n - 1][2] - toks[i][1] > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            prov = gaz.resolve_province(" ".join(words))
            if prov is not None:
                found.setdefault(prov, s[toks[i][1] : toks[i + n - 1][2]])
                after = s[toks[i + n - 1][2] :].split()
                explicit.setdefault(prov, bool(after) and after[0].startswith("province"))
                claimed |= set(range(i, i + n))
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(found.values()),
            "names more than one province; check one province per sentence",
        )
    if not found:
        return None, "", False
    prov = next(iter(found))
    return prov, _as_written(text, found[prov]), explicit[prov]


def _as_written(text: str, words: str) -> str:
    """``words`` (from the normalised sentence) with the sentence's own capitals."""
    pattern = r"[\s'’-]*".join(re.escape(w) for w in re.findall(r"[a-z0-9]+", words))
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return m.group(0) if m else words.title()


# --------------------------------------------------------------------------------------------
# Evaluator

#: How units with no claim on record (status unknown, stale statuses included) enter a
#: verdict: ``open`` (the default), ``nobody``, or a side's key (see :func:`check_claim`).
UNCLAIMED_MODES: dict[str, str] = {
    "open": "they may count for the side or not: a firm verdict must hold both ways, "
    "otherwise it is 'undetermined'",
    "nobody": "they count for nobody: the verdict is about what the ledger records",
    "SIDE": "they are counted as that side's (e.g. 'government': government unless claimed)",
}


def resolve_unclaimed(value: str | None, vocabulary: Vocabulary = DEFAULT) -> str:
    """``open``, ``nobody`` or the side key that ``value`` names.

    Raises
    ------
    CheckError
        ``value`` is none of these.
    """
    v = (value or "open").strip()
    if v.lower() in ("open", "nobody"):
        return v.lower()
    key = vocabulary.resolve_side(v) or (v if v in vocabulary.sides else None)
    if key is None:
        raise CheckError(
            f"unclaimed units: {value!r} is not 'open', 'nobody' or a side "
            f"({', '.join(vocabulary.sides)})"
        )
    return key


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one claim, with every number behind it.

    ``values`` are in the claim's terms (a share 0..1 or a count) for each allocation,
    ``amounts`` in ``unit`` (km², districts, provinces, people, km of border) out of
    ``total``. ``holds`` says whether the claim holds at each allocation. ``deciding_units``
    are the units that decide the verdict (``deciding_role`` says how).

    ``unclaimed`` is how units with no claim on record were treated (``open``, ``nobody``
    or a side key), ``unclaimed_text`` says so in words and ``unclaimed_summary`` how much
    of the scope they are (``unclaimed_amount`` in ``unit``, ``unclaimed_share`` of
    ``total``). ``values``/``amounts`` count them for nobody, except under a side that is
    the claim's own side (then they are in every row). ``open_values``/``open_amounts``
    are the extreme bounds with them: ``low`` with none of them for the side, ``high``
    with every one of them (and every contested, disputed and unconfirmed unit).
    ``range_values`` is the range the verdict is decided on: the open bounds under
    ``open``, low..high otherwise.
    """

    claim: ParsedClaim
    verdict: VerdictKind
    date: str
    side: str
    side_label: str
    measure: Measure
    form: Form
    scope: str
    unit: str
    total: float
    values: dict[str, float]
    amounts: dict[str, float]
    holds: dict[str, bool]
    accepted: Acceptance
    accepted_text: str
    scope_units: tuple[str, ...]
    deciding_units: tuple[str, ...]
    deciding_role: str
    open_units: tuple[str, ...]
    unknown_units: tuple[str, ...]
    unknown_amount: float
    denominator: str
    boundary: str
    level: str
    explanation: str
    unclaimed: str = "open"
    unclaimed_text: str = ""
    unclaimed_summary: str = ""
    unclaimed_amount: float = 0.0
    unclaimed_share: float = 0.0
    open_values: dict[str, float] = field(default_factory=dict)
    open_amounts: dict[str, float] = field(default_factory=dict)
    open_holds: dict[str, bool] = field(default_factory=dict)
    range_values: dict[str, float] = field(default_factory=dict)
    allocations: dict[str, str] = field(default_factory=lambda: dict(ALLOCATIONS))
    notes: tuple[str, ...] = ()
    neighbour_lengths: dict[str, dict[str, float]] = field(default_factory=dict)

    def fmt(self, v: float) -> str:
        """A value in the claim's terms: '66.7%' for a share, '152' for a count."""
        return _fmt_value(v, self.form)

    @property
    def range_text(self) -> str:
        """What the verdict is decided on, in words."""
        lo, hi = self.range_values.get("low"), self.range_values.get("high")
        if lo is None or hi is None:
            return ""
        span = self.fmt(lo) if lo == hi else f"{self.fmt(lo)} to {self.fmt(hi)}"
        with_unclaimed = (
            ", units with no claim on record counted both ways"
            if self.unclaimed == "open" and self.unknown_units
            else ""
        )
        return (
            f"every allocation from {span}{with_unclaimed} — the whole range, not only the "
            "rows shown"
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (infinite interval ends become ``None``)."""
        acc = {
            "lo": None if math.isinf(self.accepted.lo) else self.accepted.lo,
            "hi": None if math.isinf(self.accepted.hi) else self.accepted.hi,
            "lo_closed": self.accepted.lo_closed,
            "hi_closed": self.accepted.hi_closed,
            "text": self.accepted_text,
        }
        return {
            "sentence": self.claim.text,
            "verdict": self.verdict,
            "date": self.date,
            "side": self.side,
            "parsed": {
                "comparison": self.claim.comparison,
                "comparison_text": self.claim.comparison_text,
                "figure": self.claim.figure.text,
                "form": self.form,
                "measure": self.measure,
                "scope": self.scope,
                "actor_text": self.claim.side_text,
            },
            "accepted": acc,
            "unit": self.unit,
            "total": _round(self.total),
            "values": {k: _round(v) for k, v in self.values.items()},
            "amounts": {k: _round(v) for k, v in self.amounts.items()},
            "holds": dict(self.holds),
            "allocations": dict(self.allocations),
            "unclaimed": self.unclaimed,
            "unclaimed_assumption": self.unclaimed_text,
            "unclaimed_summary": self.unclaimed_summary,
            "unclaimed_units": len(self.unknown_units),
            "unclaimed_amount": _round(self.unclaimed_amount),
            "unclaimed_share": _round(self.unclaimed_share),
            "value_open_low": _round(self.open_values["low"]),
            "value_open_high": _round(self.open_values["high"]),
            "amount_open_low": _round(self.open_amounts["low"]),
            "amount_open_high": _round(self.open_amounts["high"]),
            "holds_open_high": self.open_holds["high"],
            "verdict_range": {k: _round(v) for k, v in self.range_values.items()},
            "denominator": self.denominator,
            "boundary": self.boundary,
            "level": self.level,
            "scope_units": list(self.scope_units),
            "deciding_units": list(self.deciding_units),
            "deciding_role": self.deciding_role,
            "open_units": list(self.open_units),
            "unknown_units": len(self.unknown_units),
            "unknown_amount": _round(self.unknown_amount),
            "explanation": self.explanation,
            "notes": list(self.notes),
            "border_lengths": self.neighbour_lengths,
        }


def _round(v: float) -> float:
    return round(float(v), 6)


def _fmt_value(v: float, form: Form) -> str:
    if form == "share":
        return f"{100 * v:.1f}%"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


_UNIT_LABEL: dict[Measure, str] = {
    "area": "km²",
    "districts": "units",
    "provinces": "provinces",
    "population": "people",
    "border": "km of border",
}


def check_claim(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary = DEFAULT,
    population: pd.Series | None = None,
    segments: pd.DataFrame | None = None,
    unclaimed: str = "open",
) -> Verdict:
    """Measure a parsed claim on a snapshot and give a verdict.

    Parameters
    ----------
    parsed
        From :func:`parse_claim`.
    state
        From :func:`mapper.snapshots.state_at` on ``units``.
    units
        The boundary set the state is on (areas, provinces, denominators).
    vocabulary
        The ledger's status vocabulary (``ledger.vocabulary``).
    population
        Population per unit id (:func:`mapper.stats.read_population`), for population
        shares.
    segments
        Border pieces from :func:`mapper.borders.border_segments` on ``units.units``, for
        border claims.
    unclaimed
        Units with no claim on record (status unknown, stale ones included):

        * ``"open"`` (default): they may count for the side or not. The verdict is decided
          on the range from low (none of them for the side) to high plus all of them; a
          claim that holds (or fails) at every recorded allocation but could flip with them
          is ``undetermined``.
        * ``"nobody"``: they count for nobody (the verdict is about what the ledger records).
        * a side (``"government"``): they are counted as that side's.

    Raises
    ------
    CheckError
        The claim needs data that was not given, its scope is empty, or ``unclaimed`` is
        not a mode or a side.
    """
    if parsed.side not in vocabulary.sides:
        raise CheckError(
            f"side {parsed.side!r} is not in the vocabulary; valid: {vocabulary.sides}"
        )
    mode = resolve_unclaimed(unclaimed, vocabulary)
    notes: list[str] = []
    scope_mask = pd.Series(True, index=state.index)
    scope_bits: list[str] = []
    unit_word = units.level
    nb_lengths: dict[str, dict[str, float]] = {}

    if parsed.district is not None:
        if parsed.district not in state.index:
            raise CheckError(
                f"district {parsed.district_name or parsed.district!r} is not in boundary set "
                f"{units.boundary!r}"
            )
        scope_mask &= pd.Series(state.index == parsed.district, index=state.index)
        scope_bits.append(f"{state.at[parsed.district, 'name']!s} district")
    if parsed.province is not None:
        provs = set(state["province"].astype(str))
        if parsed.province not in provs:
            raise CheckError(
                f"province {parsed.province!r} is not in boundary set {units.boundary!r}"
            )
        scope_mask &= state["province"] == parsed.province
        scope_bits.append(f"{parsed.province} province")

    weights: pd.Series | None = None
    needs_border = parsed.measure == "border" or parsed.border_districts
    if needs_border:
        if segments is None:
            raise CheckError(
                "this claim is about a border; pass border segments "
                "(mapper.borders.border_segments) to check it"
            )
        seg = segments[segments["neighbour"].notna()]
        if parsed.neighbours:
            seg = seg[seg["neighbour"].isin(parsed.neighbours)]
        if seg.empty:
            raise CheckError(
                f"no border with {', '.join(parsed.neighbours) or 'any country'} in the border "
                "segments of this boundary set"
            )
        per_unit = seg.groupby("unit_id")["length_km"].sum()
        on_border = pd.Series(state.index.isin(per_unit.index), index=state.index)
        scope_mask &= on_border
        for nb, g in seg.groupby("neighbour"):
            km = float(g["length_km"].sum())
            nb_lengths[str(nb)] = {
                "computed_km": round(km, 1),
                "published_km": PUBLISHED_BORDER_KM.get(str(nb), math.nan),
            }
            pub = PUBLISHED_BORDER_KM.get(str(nb))
            if pub:
                notes.append(
                    f"Border with {NEIGHBOUR_NAMES.get(str(nb), nb)}: {km:,.1f} km computed "
                    f"from the district outline vs {pub:,.0f} km published "
                    f"({100 * (km - pub) / pub:+.1f}%)."
                    + (f" {LENGTH_CAVEATS[str(nb)]}." if str(nb) in LENGTH_CAVEATS else "")
                )
        if parsed.measure == "border":
            weights = per_unit.reindex(state.index).fillna(0.0)
            scope_bits.insert(0, _border_name(parsed.neighbours))
        else:
            scope_bits.insert(0, f"{unit_word}s along {_border_name(parsed.neighbours)}")

    sub = state[scope_mask]
    if sub.empty:
        raise CheckError(f"no {unit_word} of boundary set {units.boundary!r} is in the scope")
    scope_text = ", in ".join(scope_bits) if scope_bits else "the country"
    n_scope = len(sub)
    if parsed.measure == "border" or parsed.border_districts:
        where = f"along {_border_name(parsed.neighbours)}"
        where += f", in {parsed.province} province" if parsed.province else ""
    elif parsed.district is not None:
        where = f"named, in {parsed.province} province"
    else:
        where = f"of {parsed.province} province" if parsed.province else "of the country"
    units_text = f"the {n_scope} {unit_word}{'s' if n_scope != 1 else ''} {where}"

    side = parsed.side
    status = state["status"]
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_all = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    own_all = status == side
    unknown_all = status == vocabulary.unknown
    given = unknown_all if mode == side else pd.Series(False, index=state.index)
    # every allocation, over the whole state (a province counts when all its units do)
    sets = {
        "low": own_all | given,
        "mid": own_all | (unconfirmed & (state["actor"] == side)) | given,
        "high": own_all | open_all | given,
        "open_low": own_all,
        "nobody_high": own_all | open_all,
        "open_high": own_all | open_all | unknown_all,
    }

    measure = parsed.measure
    if measure == "population":
        if population is None:
            raise CheckError("a population share needs a population file (--population)")
        pop = population.reindex(state.index)
        missing = sub.index[pop[scope_mask].isna().to_numpy()]
        if len(missing):
            # a share of a part of the population is not the claim's share: no verdict
            names = ", ".join(str(x) for x in state.loc[missing[:5], "name"])
            raise CheckError(
                f"the population file gives no population for {len(missing)} of {n_scope} "
                f"{unit_word}s in {scope_text} (e.g. {names}); a population share needs a "
                f"figure for every {unit_word} in scope (0 where nobody lives)"
            )
        pop = pop.fillna(0.0)
        if float(pop[scope_mask].sum()) <= 0:
            raise CheckError(f"the population file gives no population for {scope_text}")
    else:
        pop = None

    if measure == "districts" and units.level != "district":
        raise CheckError(
            f"counting districts needs a district-level boundary set; {units.boundary!r} has "
            f"{units.level}s"
        )
    amount_of: Any
    if measure == "provinces":
        provinces = sorted(set(sub["province"].astype(str)))
        prov_of = state["province"].astype(str)
        members = [prov_of == p for p in provinces]

        def amount_of(mask: pd.Series) -> float:
            return float(sum(bool(mask[m].all()) for m in members))

        total = float(len(provinces))
        unit = "provinces"
        weight_of_unknown = amount_of(unknown_all)  # provinces with no claim at all
        unclaimed_amount = float(sum(bool(unknown_all[m].any()) for m in members))
    else:
        if measure == "districts":
            w = pd.Series(1.0, index=state.index)
        elif measure == "population":
            assert pop is not None
            w = pop.astype(float)
        elif measure == "border":
            assert weights is not None
            w = weights.astype(float)
        else:
            w = state["area_km2"].astype(float)
        w = w.where(scope_mask, 0.0)

        def amount_of(mask: pd.Series) -> float:
            return float(w[mask].sum())

        total = float(n_scope) if measure == "districts" else float(w.sum())
        unit = f"{unit_word}s" if measure == "districts" else _UNIT_LABEL[measure]
        weight_of_unknown = unclaimed_amount = amount_of(unknown_all)

    def value(amount: float) -> float:
        if parsed.form == "share":
            return amount / total if total else 0.0
        return amount

    all_amounts = {k: amount_of(m) for k, m in sets.items()}
    amounts = {b: all_amounts[b] for b in BOUNDS}
    values = {b: value(amounts[b]) for b in BOUNDS}
    open_amounts = {"low": all_amounts["open_low"], "high": all_amounts["open_high"]}
    open_values = {k: value(a) for k, a in open_amounts.items()}
    acc = parsed.acceptance()
    holds = {b: acc.contains(values[b]) for b in BOUNDS}
    open_holds = {k: acc.contains(v) for k, v in open_values.items()}

    # the verdict each way of counting the unclaimed units gives
    nobody_low, nobody_high = open_values["low"], value(all_amounts["nobody_high"])
    recorded = acc.relation(nobody_low, nobody_high)
    both_ways = acc.relation(open_values["low"], open_values["high"])
    if both_ways != "depends-on-assumptions" or recorded == "depends-on-assumptions":
        verdict_open: VerdictKind = both_ways
    else:
        verdict_open = "undetermined"
    if mode == "open":
        verdict = verdict_open
        range_values = dict(open_values)
        lo_set, hi_set = sets["open_low"], sets["open_high"]
    else:
        verdict = acc.relation(values["low"], values["high"])
        range_values = {"low": values["low"], "high": values["high"]}
        lo_set, hi_set = sets["low"], sets["high"]

    sub_mask = scope_mask.to_numpy()

    def ids(mask: pd.Series) -> tuple[str, ...]:
        return tuple(str(u) for u in state.index[mask.to_numpy() & sub_mask])

    n_unknown = len(ids(unknown_all))
    if verdict == "undetermined":
        deciding, role = ids(unknown_all), "units in scope with no claim on record"
    elif verdict == "depends-on-assumptions":
        deciding, role = ids(open_all), "contested, disputed and unconfirmed units in scope"
    elif (verdict == "contradicted" and range_values["high"] <= acc.lo) or (
        verdict == "supported" and acc.lo == -math.inf
    ):
        deciding, role = ids(hi_set), "every unit that could count for the side"
        if mode == "open" and n_unknown:
            role += ", units with no claim on record included"
    else:
        deciding, role = ids(lo_set), "units under the side's own status"
        if mode == side and n_unknown:
            role += " (with the units with no claim on record, counted as the side's)"

    def fmt(v: float) -> str:
        return _fmt_value(v, parsed.form)

    accepted_text = acc.describe(fmt)
    side_label = vocabulary[side].label
    what = _what(measure, parsed.form, unit_word)
    denominator = _denominator_text(measure, total, units_text, scope_text, units)
    unclaimed_share = unclaimed_amount / total if total else 0.0
    unclaimed_value = value(unclaimed_amount)
    date = str(state.attrs.get("date", ""))
    unclaimed_text = _unclaimed_text(mode, vocabulary)
    if measure == "provinces":
        summary = (
            f"{n_unknown} of {n_scope} {unit_word}s in scope have no claim on record by {date}; "
            f"{unclaimed_amount:,.0f} of the {total:,.0f} provinces have at least one district "
            "with no claim on record"
        )
    else:
        summary = (
            f"{n_unknown} of {n_scope} {unit_word}s in scope have no claim on record by {date}: "
            f"{_amount_text(unclaimed_amount, unit)} of {_amount_text(total, unit)} "
            f"{unit} ({100 * unclaimed_share:.1f}% of the denominator)"
        )
    explanation = _explain(
        verdict,
        values=values,
        holds=holds,
        range_values=range_values,
        open_values=open_values,
        recorded=recorded,
        acc=acc,
        side_label=side_label,
        what=what,
        fmt=fmt,
        form=parsed.form,
        mode=mode,
        mode_label=vocabulary[mode].label if mode in vocabulary.sides else mode,
        n_unknown=n_unknown,
        unclaimed_value=unclaimed_value,
        nobody_high=nobody_high,
        measure=measure,
    )

    if (
        parsed.province_text
        and not parsed.province_word
        and parsed.district is None
        and measure in ("area", "population", "border")
        and units.level == "district"
    ):
        notes.extend(_same_name_notes(parsed, state))
    if parsed.figure.of_total is not None and parsed.figure.of_total != total:
        notes.append(
            f"The sentence counts out of {parsed.figure.of_total}; boundary set "
            f"{units.boundary!r} has {total:,.0f} {unit} in scope. The count is compared as "
            "written."
        )
    if parsed.form == "count" and (
        parsed.figure.hi > total or (parsed.comparison == "over" and parsed.figure.hi >= total)
    ):
        notes.append(
            f"The scope only has {total:,.0f} {unit} ({scope_text}); the figure "
            f"{parsed.figure.text!r} goes beyond what any allocation can reach."
        )
    if state.attrs.get("max_age") is not None and bool(sub["stale"].any()):
        notes.append(
            f"{int(sub['stale'].sum())} {unit_word}(s) in scope have a status older than "
            f"{state.attrs['max_age']} days and count as having no claim on record."
        )
    if mode != "open" and verdict_open != verdict:
        notes.append(
            f"With --unclaimed open (the default: units with no claim on record counted both "
            f"ways) the verdict would be {verdict_open.upper()}."
        )
    allocations = dict(ALLOCATIONS)
    if mode == side:
        allocations = {
            b: f"{t}, and every unit with no claim on record" for b, t in ALLOCATIONS.items()
        }
    return Verdict(
        claim=parsed,
        verdict=verdict,
        date=date,
        side=side,
        side_label=side_label,
        measure=measure,
        form=parsed.form,
        scope=scope_text,
        unit=unit,
        total=total,
        values=values,
        amounts=amounts,
        holds=holds,
        accepted=acc,
        accepted_text=accepted_text,
        scope_units=tuple(str(u) for u in sub.index),
        deciding_units=deciding,
        deciding_role=role,
        open_units=ids(open_all),
        unknown_units=ids(unknown_all),
        unknown_amount=weight_of_unknown,
        denominator=denominator,
        boundary=units.boundary,
        level=units.level,
        explanation=explanation,
        unclaimed=mode,
        unclaimed_text=unclaimed_text,
        unclaimed_summary=summary,
        unclaimed_amount=unclaimed_amount,
        unclaimed_share=unclaimed_share,
        open_values=open_values,
        open_amounts=open_amounts,
        open_holds=open_holds,
        range_values=range_values,
        allocations=allocations,
        notes=tuple(notes),
        neighbour_lengths=nb_lengths,
    )


#: What the row with every unclaimed unit counts (``--unclaimed open``).
OPEN_ROW = "+unclaimed"
OPEN_ROW_TEXT = "high, plus every unit with no claim on record"


def _unclaimed_text(mode: str, vocabulary: Vocabulary) -> str:
    if mode == "open":
        return (
            "open (the default): units with no claim on record may count for the side or "
            "not, and a firm verdict must hold both ways"
        )
    if mode == "nobody":
        return (
            "nobody (--unclaimed nobody): units with no claim on record count for nobody, so "
            "the verdict is about what the ledger records, not about the ground"
        )
    return (
        f"{mode} (--unclaimed {mode}): units with no claim on record are counted as "
        f"{vocabulary[mode].label} — an assumption, not a record"
    )


def _amount_text(amount: float, unit: str) -> str:
    if unit in ("km²", "km of border"):
        return f"{amount:,.1f}"
    return f"{amount:,.0f}"


def _same_name_notes(parsed: ParsedClaim, state: pd.DataFrame) -> list[str]:
    """A note for a province read as such although a district has the same name."""
    key = fold(parsed.province_text)
    hits = [
        (str(r["name"]), str(r["province"]))
        for _uid, r in state[["name", "province"]].iterrows()
        if key in name_keys(str(r["name"]))
    ]
    hits.sort(key=lambda h: h[1] != parsed.province)
    if not hits:
        return []
    name, prov = hits[0]
    return [
        f"'{parsed.province_text}' read as the province; the district of the same name is "
        f"'{name}' in {prov} — say '{parsed.province_text} district' to check that"
    ]


def _what(measure: Measure, form: Form, unit_word: str) -> str:
    if measure == "districts":
        return f"{unit_word}s" if form == "count" else f"of the {unit_word}s"
    if measure == "provinces":
        return "provinces" if form == "count" else "of the provinces"
    return {
        "area": "of the area",
        "population": "of the population",
        "border": "of the border length",
    }[measure]


def _denominator_text(
    measure: Measure, total: float, units_text: str, scope: str, units: UnitSet
) -> str:
    base = f"boundary set '{units.boundary}'"
    if measure == "area":
        return (
            f"{total:,.0f} km², the polygon area of {units_text} ({base}, area in "
            f"{settings.EQUAL_AREA_CRS})"
        )
    if measure == "districts":
        return f"{units_text} ({base})"
    if measure == "provinces":
        return (
            f"the {total:,.0f} provinces with a unit in {scope} ({base}); a province counts "
            "when all its units do"
        )
    if measure == "population":
        return f"population {total:,.0f} (user-supplied) of {units_text} ({base})"
    return (
        f"{total:,.1f} km, the length of {scope}, geodesic (WGS84), along the outline of "
        f"{base}; each km counts for the unit it bounds ({units_text})"
    )


def _explain(
    verdict: VerdictKind,
    *,
    values: Mapping[str, float],
    holds: Mapping[str, bool],
    range_values: Mapping[str, float],
    open_values: Mapping[str, float],
    recorded: VerdictKind,
    acc: Acceptance,
    side_label: str,
    what: str,
    fmt: Any,
    form: Form,
    mode: str,
    mode_label: str,
    n_unknown: int,
    unclaimed_value: float,
    nobody_high: float,
    measure: Measure,
) -> str:
    accepted = acc.describe(fmt)

    def accepted_between(a: float, b: float) -> bool:
        return acc.relation(min(a, b), max(a, b)) != "contradicted"

    span = (
        fmt(values["low"])
        if values["low"] == values["high"]
        else f"{fmt(values['low'])} (low) to {fmt(values['high'])} (high)"
    )
    head = f"{side_label}: {span} {what}; the claim needs {accepted}."
    if n_unknown:
        if measure == "provinces":
            gap = f"{n_unknown} districts in scope (in {fmt(unclaimed_value)} provinces)"
        else:
            gap = f"{fmt(unclaimed_value)} {what}"
        if mode == "open":
            head += (
                f" No claim is on record for {gap}; counting those for {side_label} too gives "
                f"up to {fmt(open_values['high'])}."
            )
        elif mode == "nobody":
            head += (
                f" No claim is on record for {gap}; they count for nobody (--unclaimed nobody), "
                "so this is about what the ledger records."
            )
        else:
            head += (
                f" No claim is on record for {gap}; they are counted as {mode_label} "
                f"(--unclaimed {mode})."
            )
    lo, hi = range_values["low"], range_values["high"]
    whole = fmt(lo) if lo == hi else f"from {fmt(lo)} to {fmt(hi)}"
    open_gap = mode == "open" and n_unknown > 0
    if verdict == "supported":
        tail = (
            " whether or not the units with no claim on record count for the side"
            if open_gap
            else ""
        )
        return head + f" It holds at every allocation {whole},{tail}".rstrip(",") + "."
    if verdict == "contradicted":
        if not open_gap:
            return head + f" It fails at every allocation {whole}."
        if hi < acc.lo or (hi == acc.lo and not acc.lo_closed):
            return (
                head + f" It fails at every allocation {whole}, even with every unit with no "
                "claim on record counted for the side."
            )
        return (
            head + f" It fails at every allocation {whole}: the side's own status is already "
            "beyond it, whatever the units with no claim on record are."
        )
    if verdict == "undetermined":
        pool = (
            f"of the {fmt(unclaimed_value)} with a district that has no claim on record"
            if measure == "provinces"
            else f"of the {fmt(unclaimed_value)} with no claim on record"
        )

        def amount(v: float) -> str:
            noun = what[:-1] if form == "count" and v == 1 and what.endswith("s") else what
            return f"{fmt(v)} {noun}"

        if recorded == "contradicted":
            need = acc.lo - nobody_high
            word = "at least" if acc.lo_closed else "more than"
            if form == "count" and not float(need).is_integer():
                need, word = float(math.ceil(need)), "at least"
            take = (
                f"it would hold only if {word} {amount(need)} ({pool}) counted for "
                f"{side_label}, on top of the high allocation"
            )
            if acc.hi != math.inf:
                take += f", and no more than {fmt(acc.hi - values['low'])} on top of low"
        else:
            margin = acc.hi - nobody_high
            word = "more than" if acc.hi_closed else "at least"
            if form == "count" and not float(margin).is_integer():
                margin, word = float(math.floor(margin)), "more than"
            take = (
                f"it would fail if {word} {amount(margin)} ({pool}) counted for "
                f"{side_label}, on top of the high allocation"
            )
        state_word = "holds" if recorded == "supported" else "fails"
        low = open_values["low"]  # undetermined is an --unclaimed open verdict
        recorded_span = fmt(low) if low == nobody_high else f"{fmt(low)} to {fmt(nobody_high)}"
        return (
            head + f" It {state_word} at every allocation of what the ledger records "
            f"({recorded_span}), but the ledger does not cover enough of the scope to "
            f"decide: {take}."
        )
    yes = [b for b in BOUNDS if holds[b]]
    no = [b for b in BOUNDS if not holds[b]]
    flips = [
        f"between {a} ({fmt(values[a])}) and {b} ({fmt(values[b])})"
        for a, b in itertools.pairwise(BOUNDS)
        if holds[a] != holds[b] or (not holds[a] and accepted_between(values[a], values[b]))
    ]
    tail = ", so it depends on how the contested, disputed and unconfirmed units are counted."
    widen = (
        f" The units with no claim on record widen the range to {fmt(open_values['low'])} to "
        f"{fmt(open_values['high'])}."
        if open_gap
        else ""
    )
    if not yes:
        return (
            head + " It fails at low, mid and high, but the verdict covers every allocation from "
            f"low to high, not only those three points, and that range crosses the figure "
            f"({accepted}): it would hold for an allocation " + " or ".join(flips) + tail + widen
        )
    return (
        head
        + f" It holds at {', '.join(yes)} and fails at {', '.join(no)}; it flips "
        + " and ".join(flips)
        + tail
        + widen
    )


# --------------------------------------------------------------------------------------------
# Output


def verdict_text(v: Verdict) -> str:
    """A plain-text block for the terminal."""
    c = v.claim
    lines = [
        f"Claim:    {c.text}",
        f"Verdict:  {v.verdict.upper()}  (state on {v.date})",
        f"Read as:  side {v.side} "
        f"({f'named as {c.side_text!r}' if c.side_text else 'given, not in the sentence'}); "
        f"{c.comparison_text or 'as stated'} {c.figure.text} "
        f"{_what(v.measure, v.form, v.level)}; scope: {v.scope}",
        f"Needs:    {v.accepted_text}",
        f"Unclaimed: {v.unclaimed_text}. {_capital(v.unclaimed_summary)}.",
        "",
        f"  {'allocation':10} {'value':>9} {'amount':>16}  holds  counts for the side",
    ]
    for b, value, amount, holds, text in _rows(v):
        lines.append(
            f"  {b:10} {v.fmt(value):>9} {_amount_text(amount, v.unit):>11} "
            f"{_short_unit(v.unit):>4}  {'yes' if holds else 'no':5}  {text}"
        )
    lines += [
        "",
        f"Decided on: {v.range_text}",
        f"Why:      {v.explanation}",
        f"Out of:   {v.denominator}",
        f"Decided by: {len(v.deciding_units)} {v.level}(s) — {v.deciding_role}",
    ]
    lines += [f"Note:     {n}" for n in v.notes]
    return "\n".join(lines) + "\n"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rows(v: Verdict) -> list[tuple[str, float, float, bool, str]]:
    """The allocation rows shown: low, mid, high, and (open) high plus every unclaimed unit."""
    rows = [(b, v.values[b], v.amounts[b], v.holds[b], v.allocations[b]) for b in BOUNDS]
    if v.unclaimed == "open" and v.unknown_units:
        rows.append(
            (
                OPEN_ROW,
                v.open_values["high"],
                v.open_amounts["high"],
                v.open_holds["high"],
                OPEN_ROW_TEXT,
            )
        )
    return rows


def _short_unit(unit: str) -> str:
    return {"km of border": "km", "people": "ppl"}.get(unit, unit[:4])


#: Width of the verdict box on the map page (the map is fitted beside it).
VERDICT_BOX_PX = 380

_VERDICT_COLOURS = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "depends-on-assumptions": "#8c510a",
    "undetermined": "#4d4d4d",
}

VERDICT_CSS = (
    """
.mapper-verdict { position: absolute; left: 54px; top: 10px; z-index: 1000; background: #fff;
  padding: 8px 10px; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.35);
  width: __W__px; max-height: calc(100% - 70px); overflow: auto; box-sizing: border-box;
  font: 12px/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.mapper-verdict .badge { display: inline-block; color: #fff; font-weight: 700;
  padding: 2px 6px; border-radius: 3px; letter-spacing: .02em; }
.mapper-verdict blockquote { margin: 4px 0 6px; font-style: italic; font-size: 13px; }
.mapper-verdict table { border-collapse: collapse; margin: 4px 0; }
.mapper-verdict td, .mapper-verdict th { padding: 1px 5px; text-align: left; }
.mapper-verdict td.n { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
.mapper-verdict .what { font-size: 11px; color: #444; margin-bottom: 4px; }
.mapper-verdict .key { display: inline-block; width: 22px; height: 0; vertical-align: middle;
  border-top: 3px solid #000; margin-right: 4px; }
.mapper-verdict ul { margin: 4px 0; padding-left: 16px; }
""".replace("__W__", str(VERDICT_BOX_PX))
    + NARROW_VERDICT_CSS
)


def verdict_box(v: Verdict) -> str:
    """The verdict as an HTML box for the map page (everything escaped)."""
    colour = _VERDICT_COLOURS[v.verdict]
    rows = "".join(
        f"<tr data-bound='{esc(b)}'><td>{esc(b)}</td><td class='n'>{esc(v.fmt(value))}</td>"
        f"<td class='n'>{esc(_amount(v, amount))}</td><td>{'holds' if holds else 'fails'}</td>"
        "</tr>"
        for b, value, amount, holds, _text in _rows(v)
    )
    legend = "; ".join(f"{esc(b)}: {esc(text)}" for b, _v, _a, _h, text in _rows(v))
    notes = "".join(f"<li>{esc(n)}</li>" for n in v.notes)
    line_key = (
        "<div><span class='key' style='border-top:5px solid #555'></span>the border line, "
        "coloured by the status of the district it bounds</div>"
        if v.measure == "border"
        else ""
    )
    return f"""
<style>{VERDICT_CSS}</style>
<div class="mapper-verdict" id="mapper-verdict" data-verdict="{esc(v.verdict)}">
  <div><span class="badge" style="background:{colour}">{esc(v.verdict.upper())}</span>
  on {esc(v.date)}</div>
  <blockquote id="mapper-claim">“{esc(v.claim.text)}”</blockquote>
  <div>Read as: side <b>{esc(v.side)}</b>, {esc(v.claim.comparison_text or "as stated")}
  {esc(v.claim.figure.text)} {esc(_what(v.measure, v.form, v.level))}; scope:
  {esc(v.scope)}. Needs {esc(v.accepted_text)}.</div>
  <div class="mapper-unclaimed" data-unclaimed="{esc(v.unclaimed)}"
  data-unclaimed-share="{v.unclaimed_share:.6f}"><b>Unclaimed:</b> {esc(v.unclaimed_text)}.
  {esc(_capital(v.unclaimed_summary))}.</div>
  <table><tr><th>allocation</th><th>value</th><th>{esc(v.unit)}</th><th></th></tr>
  {rows}</table>
  <div class="what">{legend}.</div>
  <div><b>Decided on</b> {esc(v.range_text)}.</div>
  <div>{esc(v.explanation)}</div>
  <div class="mapper-small">Out of {esc(v.denominator)}.</div>
  <div><span class="key"></span>thick outline: {len(v.deciding_units)}
  {esc(v.level)}(s) that decide the verdict ({esc(v.deciding_role)})</div>
  {line_key}
  <ul>{notes}</ul>
</div>"""


def _amount(v: Verdict, amount: float) -> str:
    if v.unit == "km of border":
        return f"{amount:,.1f} of {v.total:,.1f}"
    return f"{amount:,.0f} of {v.total:,.0f}"


def border_lines(
    v: Verdict, state: pd.DataFrame, segments: pd.DataFrame, vocabulary: Vocabulary
) -> dict[str, Any]:
    """GeoJSON of the claimed border, one feature per bounding unit, coloured by its status."""
    seg = segments[segments["neighbour"].notna()]
    if v.claim.neighbours:
        seg = seg[seg["neighbour"].isin(v.claim.neighbours)]
    seg = seg[seg["unit_id"].isin(v.scope_units)]
    feats = []
    for uid, g in seg.groupby("unit_id", sort=True):
        geom = shapely.line_merge(shapely.union_all(g.geometry.to_numpy()))
        geom = shapely.set_precision(geom, settings.COORD_PRECISION_DEG)
        row = state.loc[uid]
        status = str(row["status"])
        label = vocabulary[status].label
        tip = (
            f"<b>{esc(row['name'])}</b>, {esc(row['province'])}<br>{esc(label)}<br>"
            f"{float(g['length_km'].sum()):,.1f} km of border"
        )
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "unit_id": str(uid),
                    "colour": vocabulary[status].colour,
                    "tip": tip,
                },
                "geometry": shapely.geometry.mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def check_map(
    v: Verdict,
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    segments: pd.DataFrame | None = None,
    title: str = "Claim check",
) -> str:
    """An offline HTML map of the state, the deciding units outlined, and the verdict box."""
    from .render import MapOptions, build_map  # late: checking without --html needs no folium

    lines = (
        border_lines(v, state, segments, ledger.vocabulary)
        if v.measure == "border" and segments is not None
        else None
    )
    options = MapOptions(
        title=title,
        highlight=tuple(v.deciding_units),
        lines=lines,
        extra_html=verdict_box(v),
        padding_left=VERDICT_BOX_PX + 64,
    )
    return build_map(state, units, ledger, options=options)


# --------------------------------------------------------------------------------------------
# Batch input


@dataclass(frozen=True)
class BatchItem:
    """One claim of a batch file: where it came from and what to check it with."""

    row: int
    text: str
    date: dt.date | None = None
    side: str | None = None
    id: str = ""


_TEXT_COLUMNS = ("claim", "sentence", "text", "statement")


def read_batch(path: str | Path) -> list[BatchItem]:
    """Claims to check from a file: a CSV with a ``claim`` (or ``sentence``/``text``)
    column and optional ``date``, ``side`` and ``id`` columns, or plain text with one
    sentence per line (blank lines and ``#`` comments skipped).

    Raises
    ------
    CheckError
        Unreadable file or a bad date, naming the file, row and value.
    """
    p = Path(path)
    try:
        text = p.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CheckError(f"{p}: cannot read batch file: {e}") from e
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), "")
    header = [h.strip().lower() for h in next(csv.reader([first]), [])]
    col = next((c for c in _TEXT_COLUMNS if c in header), None)
    items: list[BatchItem] = []
    if col is None:
        for i, ln in enumerate(lines, start=1):
            if ln.strip() and not ln.lstrip().startswith("#"):
                items.append(BatchItem(row=i, text=ln.strip()))
        return items
    reader = csv.DictReader(io.StringIO(text))
    problems = []
    for i, raw in enumerate(reader, start=2):
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if not r.get(col):
            continue
        day = None
        if r.get("date"):
            try:
                day = dt.date.fromisoformat(r["date"])
            except ValueError:
                problems.append(f"{p}, row {i}, column 'date': value {r['date']!r}: use YYYY-MM-DD")
                continue
        items.append(
            BatchItem(row=i, text=r[col], date=day, side=r.get("side") or None, id=r.get("id", ""))
        )
    if problems:
        raise CheckError("\n".join(problems))
    return items
