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
    the country; a province (``in Herat``, ``Herat's districts``); the districts along a
    border (``the territory on the Afghan-Tajik border``, ``Tajik border districts``); the
    border line itself (``two-thirds of the border with Tajikistan``).
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
adds every contested, disputed and unconfirmed unit; units with no claim count for nobody.
The claim is *supported* if it holds for every value from low to high, *contradicted* if
it holds for none, *depends-on-assumptions* otherwise (the verdict says where it flips).
The verdict is about what the ledger records: units without a claim are reported.

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
from .matching import Gazetteer, read_aliases, read_province_table
from .render import MapOptions, build_map
from .stats import control_ranges
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
    "Acceptance",
    "BatchItem",
    "CheckError",
    "ClaimParseError",
    "Figure",
    "ParsedClaim",
    "Verdict",
    "check_claim",
    "check_map",
    "parse_claim",
    "read_batch",
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
VerdictKind = Literal["supported", "contradicted", "depends-on-assumptions"]
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
        examples = "\n".join(f"  - {e}" for e in EXAMPLES)
        where = f": could not read {part!r}" if part else ""
        super().__init__(
            f"cannot check {text!r}{where}: {problem}.\nNo verdict given. Sentences the "
            f"checker can read:\n{examples}"
        )


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
    readable: list[tuple[_Candidate, Measure, int]] = []
    failures: list[tuple[_Candidate, str]] = []
    for c in cands:
        words, span = _noun_phrase(_strip_after_modifier(s[c.end :]))
        measure = _measure_of(words)
        if measure is None and c.figure.form == "share" and _names_province(words, gaz):
            measure = "area"  # "a third of Herat": the province's area
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
    province = _find_province(text, s, gaz, used)
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
    )


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


def _find_province(text: str, s: str, gaz: Gazetteer, used: list[tuple[int, int]]) -> str | None:
    toks = [
        (t, b, e)
        for t, b, e in _tokens(s)
        if not any(b < ue and ub < e for ub, ue in used) and not t.isdigit()
    ]
    found: dict[str, str] = {}
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
                claimed |= set(range(i, i + n))
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(found.values()),
            "names more than one province; check one province per sentence",
        )
    return next(iter(found), None)


# --------------------------------------------------------------------------------------------
# Evaluator


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one claim, with every number behind it.

    ``values`` are in the claim's terms (a share 0..1 or a count) for each allocation,
    ``amounts`` in ``unit`` (km², districts, provinces, people, km of border) out of
    ``total``. ``holds`` says whether the claim holds at each allocation. ``deciding_units``
    are the units that decide the verdict (``deciding_role`` says how).
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
    notes: tuple[str, ...] = ()
    neighbour_lengths: dict[str, dict[str, float]] = field(default_factory=dict)

    def fmt(self, v: float) -> str:
        """A value in the claim's terms: '66.7%' for a share, '152' for a count."""
        return _fmt_value(v, self.form)

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
            "allocations": dict(ALLOCATIONS),
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

    Raises
    ------
    CheckError
        The claim needs data that was not given, or its scope is empty.
    """
    if parsed.side not in vocabulary.sides:
        raise CheckError(
            f"side {parsed.side!r} is not in the vocabulary; valid: {vocabulary.sides}"
        )
    notes: list[str] = []
    scope_mask = pd.Series(True, index=state.index)
    scope_bits: list[str] = []
    unit_word = units.level
    nb_lengths: dict[str, dict[str, float]] = {}

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
    else:
        where = f"of {parsed.province} province" if parsed.province else "of the country"
    units_text = f"the {n_scope} {unit_word}s {where}"

    side = parsed.side
    status = sub["status"]
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_mask = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    own = status == side
    high_mask = own | open_mask
    unknown_mask = status == vocabulary.unknown

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
    if measure == "provinces":
        provinces = sorted(set(sub["province"].astype(str)))
        amounts, weight_of_unknown = _province_amounts(state, provinces, units, vocabulary, side)
        total = float(len(provinces))
        unit = "provinces"
    else:
        frame = sub
        if measure == "border":
            assert weights is not None
            frame = sub.assign(area_km2=weights[scope_mask])
        ranges = control_ranges(frame, vocabulary=vocabulary, population=pop)
        r = {str(k): float(x) for k, x in ranges.loc[side].to_dict().items()}
        col = {"area": "area_km2", "border": "area_km2", "districts": "units"}.get(
            measure, "population"
        )
        amounts = {b: float(r[f"{col}_{b}"]) for b in BOUNDS}
        if measure == "districts":
            total = float(n_scope)
            unit = f"{unit_word}s"
            weight_of_unknown = float(unknown_mask.sum())
        elif measure == "population":
            assert pop is not None
            total = float(pop[scope_mask].sum())
            unit = "people"
            weight_of_unknown = float(pop[scope_mask][unknown_mask].sum())
        else:
            w = frame["area_km2"]
            total = float(w.sum())
            unit = _UNIT_LABEL[measure]
            weight_of_unknown = float(w[unknown_mask].sum())

    if parsed.form == "share":
        values = {b: (amounts[b] / total if total else 0.0) for b in BOUNDS}
    else:
        values = dict(amounts)
    acc = parsed.acceptance()
    holds = {b: acc.contains(values[b]) for b in BOUNDS}
    verdict = acc.relation(values["low"], values["high"])

    def ids(mask: pd.Series) -> tuple[str, ...]:
        return tuple(str(u) for u in sub.index[mask.to_numpy()])

    if verdict == "depends-on-assumptions":
        deciding, role = ids(open_mask), "contested, disputed and unconfirmed units in scope"
    elif (verdict == "contradicted" and values["high"] <= acc.lo) or (
        verdict == "supported" and acc.lo == -math.inf
    ):
        deciding, role = ids(high_mask), "every unit that could count for the side"
    else:
        deciding, role = ids(own), "units under the side's own status"

    def fmt(v: float) -> str:
        return _fmt_value(v, parsed.form)

    accepted_text = acc.describe(fmt)
    side_label = vocabulary[side].label
    what = _what(measure, parsed.form, unit_word)
    denominator = _denominator_text(measure, total, units_text, scope_text, units)
    explanation = _explain(verdict, values, holds, acc, side_label, what, fmt)

    if parsed.figure.of_total is not None and parsed.figure.of_total != total:
        notes.append(
            f"The sentence counts out of {parsed.figure.of_total}; boundary set "
            f"{units.boundary!r} has {total:,.0f} {unit} in scope. The count is compared as "
            "written."
        )
    n_unknown = int(unknown_mask.sum())
    if n_unknown:
        share_unknown = weight_of_unknown / total if total else 0.0
        notes.append(
            f"{n_unknown} of {n_scope} {unit_word}s in scope ({100 * share_unknown:.1f}% of "
            f"the denominator) have no claim on record by {state.attrs.get('date')} and count "
            "for nobody: the verdict is about what the ledger records."
        )
    if state.attrs.get("max_age") is not None and bool(sub["stale"].any()):
        notes.append(
            f"{int(sub['stale'].sum())} {unit_word}(s) in scope have a status older than "
            f"{state.attrs['max_age']} days and count as unknown."
        )
    return Verdict(
        claim=parsed,
        verdict=verdict,
        date=str(state.attrs.get("date", "")),
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
        open_units=ids(open_mask),
        unknown_units=ids(unknown_mask),
        unknown_amount=weight_of_unknown,
        denominator=denominator,
        boundary=units.boundary,
        level=units.level,
        explanation=explanation,
        notes=tuple(notes),
        neighbour_lengths=nb_lengths,
    )


def _province_amounts(
    state: pd.DataFrame,
    provinces: list[str],
    units: UnitSet,
    vocabulary: Vocabulary,
    side: str,
) -> tuple[dict[str, float], float]:
    """Provinces held at each allocation (a province counts when every one of its units
    does, with :func:`mapper.stats.control_ranges` semantics), and how many provinces have
    no claim at all."""
    held = dict.fromkeys(BOUNDS, 0.0)
    unknown = 0.0
    for p in provinces:
        whole = state[state["province"] == p]
        r = control_ranges(whole, vocabulary=vocabulary).loc[side].to_dict()
        for b in BOUNDS:
            if int(r[f"units_{b}"]) == len(whole):
                held[b] += 1
        unknown += float((whole["status"] == vocabulary.unknown).all())
    return held, unknown


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
    values: Mapping[str, float],
    holds: Mapping[str, bool],
    acc: Acceptance,
    side_label: str,
    what: str,
    fmt: Any,
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
    if verdict == "supported":
        return head + " It holds at every allocation."
    if verdict == "contradicted":
        return head + " It fails at every allocation."
    yes = [b for b in BOUNDS if holds[b]]
    no = [b for b in BOUNDS if not holds[b]]
    flips = [
        f"between {a} ({fmt(values[a])}) and {b} ({fmt(values[b])})"
        for a, b in itertools.pairwise(BOUNDS)
        if holds[a] != holds[b] or (not holds[a] and accepted_between(values[a], values[b]))
    ]
    tail = ", so it depends on how the contested, disputed and unconfirmed units are counted."
    if not yes:
        return (
            head
            + " It fails at low, mid and high, but would hold for an allocation "
            + " or ".join(flips)
            + tail
        )
    return (
        head
        + f" It holds at {', '.join(yes)} and fails at {', '.join(no)}; it flips "
        + " and ".join(flips)
        + tail
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
        "",
        f"  {'allocation':10} {'value':>9} {'amount':>16}  holds  counts for the side",
    ]
    for b in BOUNDS:
        amount = (
            f"{v.amounts[b]:,.1f}"
            if v.unit in ("km²", "km of border")
            else (f"{v.amounts[b]:,.0f}")
        )
        lines.append(
            f"  {b:10} {v.fmt(v.values[b]):>9} {amount:>11} {_short_unit(v.unit):>4}  "
            f"{'yes' if v.holds[b] else 'no':5}  {ALLOCATIONS[b]}"
        )
    lines += [
        "",
        f"Why:      {v.explanation}",
        f"Out of:   {v.denominator}",
        f"Decided by: {len(v.deciding_units)} {v.level}(s) — {v.deciding_role}",
    ]
    lines += [f"Note:     {n}" for n in v.notes]
    return "\n".join(lines) + "\n"


def _short_unit(unit: str) -> str:
    return {"km of border": "km", "people": "ppl"}.get(unit, unit[:4])


#: Width of the verdict box on the map page (the map is fitted beside it).
VERDICT_BOX_PX = 380

_VERDICT_COLOURS = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "depends-on-assumptions": "#8c510a",
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
        f"<tr data-bound='{b}'><td>{b}</td><td class='n'>{esc(v.fmt(v.values[b]))}</td>"
        f"<td class='n'>{esc(_amount(v, b))}</td><td>{'holds' if v.holds[b] else 'fails'}</td>"
        "</tr>"
        for b in BOUNDS
    )
    legend = "; ".join(f"{b}: {esc(ALLOCATIONS[b])}" for b in BOUNDS)
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
  <table><tr><th>allocation</th><th>value</th><th>{esc(v.unit)}</th><th></th></tr>
  {rows}</table>
  <div class="what">{legend}.</div>
  <div>{esc(v.explanation)}</div>
  <div class="mapper-small">Out of {esc(v.denominator)}.</div>
  <div><span class="key"></span>thick outline: {len(v.deciding_units)}
  {esc(v.level)}(s) that decide the verdict ({esc(v.deciding_role)})</div>
  {line_key}
  <ul>{notes}</ul>
</div>"""


def _amount(v: Verdict, b: str) -> str:
    if v.unit == "km of border":
        return f"{v.amounts[b]:,.1f} of {v.total:,.1f}"
    return f"{v.amounts[b]:,.0f} of {v.total:,.0f}"


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
