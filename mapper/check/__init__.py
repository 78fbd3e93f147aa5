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
    counts (followed by ``districts``, ``provinces`` or ``provincial capitals``): ``five``,
    ``150``, ``150-180``,
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
    people``; needs a population file), a share of border length (``of the border``) and a
    count or share of the provincial capitals (``17 of the 34 provincial capitals``; each by
    the status of the district holding it, open when a province-wide claim decides that
    district: :mod:`mapper.check.capitals`).
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

from .batch import BatchItem, read_batch
from .evaluation import check_claim
from .explanation import OPEN_ROW, OPEN_ROW_TEXT, reading_text, verdict_text
from .grammar import FILLER_WORDS, MAX_SENTENCE_CHARS, mentions_border
from .model import (
    ACTOR_PHRASES,
    ALLOCATIONS,
    BOUNDS,
    COUNT_ABOUT_MIN,
    COUNT_ABOUT_REL,
    COUNT_NEARLY_MIN,
    COUNT_NEARLY_REL,
    EXAMPLES,
    SHARE_ABOUT_TOL,
    SHARE_FRACTION_TOL,
    SHARE_NEARLY_TOL,
    Acceptance,
    CheckError,
    ClaimParseError,
    Comparison,
    Figure,
    Form,
    Measure,
    ParsedClaim,
    VerdictKind,
    examples_text,
)
from .page import VERDICT_BOX_PX, VERDICT_CSS, border_lines, check_map, verdict_box
from .reading import parse_claim
from .verdict import UNCLAIMED_MODES, Verdict, resolve_unclaimed

__all__ = [
    "ACTOR_PHRASES",
    "ALLOCATIONS",
    "BOUNDS",
    "COUNT_ABOUT_MIN",
    "COUNT_ABOUT_REL",
    "COUNT_NEARLY_MIN",
    "COUNT_NEARLY_REL",
    "EXAMPLES",
    "FILLER_WORDS",
    "MAX_SENTENCE_CHARS",
    "OPEN_ROW",
    "OPEN_ROW_TEXT",
    "SHARE_ABOUT_TOL",
    "SHARE_FRACTION_TOL",
    "SHARE_NEARLY_TOL",
    "UNCLAIMED_MODES",
    "VERDICT_BOX_PX",
    "VERDICT_CSS",
    "Acceptance",
    "BatchItem",
    "CheckError",
    "ClaimParseError",
    "Comparison",
    "Figure",
    "Form",
    "Measure",
    "ParsedClaim",
    "Verdict",
    "VerdictKind",
    "border_lines",
    "check_claim",
    "check_map",
    "examples_text",
    "mentions_border",
    "parse_claim",
    "read_batch",
    "reading_text",
    "resolve_unclaimed",
    "verdict_box",
    "verdict_text",
]
