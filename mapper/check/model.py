"""The checker's data model: tolerances, errors, the figure, the accepted interval and
the parsed claim."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..borders import NEIGHBOUR_NAMES
from ..errors import MapperError

if TYPE_CHECKING:
    from .units import NamedUnit

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
Measure = Literal["area", "districts", "provinces", "population", "border", "capitals", "units"]
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


def allocation_labels(counts_unclaimed: bool) -> dict[str, str]:
    """:data:`ALLOCATIONS`, each saying so when units with no claim count for the side too
    (``--unclaimed SIDE`` for that side)."""
    if not counts_unclaimed:
        return dict(ALLOCATIONS)
    return {b: f"{t}, and every unit with no claim on record" for b, t in ALLOCATIONS.items()}


#: Sentences the parser reads, shown when it cannot read one.
EXAMPLES = (
    "The Taliban have captured over two-thirds of the country",
    "The Taliban control 85% of the territory",
    "Militants hold 150-180 districts",
    "The Taliban have taken 250 of 398 districts",
    "The Taliban captured five districts in Herat",
    "The Taliban control 2/3 of the territory on the Afghan-Tajik border",
    "The Taliban hold two-thirds of the border with Tajikistan",
    "The Taliban now control 17 of Afghanistan's 34 provincial capitals",
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
    # South Asian English's adjective for the Taliban ("the Talibani terrorists")
    "talibani": "taliban",
}


class ClaimParseError(MapperError, ValueError):
    """A sentence the parser cannot read. ``part`` is the piece it could not read."""

    def __init__(self, text: str, part: str, problem: str, *, unread: Sequence[str] = ()) -> None:
        self.text = text
        self.part = part
        self.problem = problem
        #: The words no constituent of the grammar read (empty for other refusals).
        self.unread = tuple(unread)
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
    date_text: str = ""
    period_text: str = ""
    check_date: str = ""  # ISO day a relative date in the sentence names ("" if none)
    #: A date phrase naming a span of days ("late last month", "in mid-July", "6-9 August"),
    #: resolved against the date of writing: the first and last day (ISO, inclusive; "" if
    #: none). A state claim is checked on every day of it (:mod:`mapper.check.windows`).
    window_start: str = ""
    window_end: str = ""
    #: A count of districts taken over the window ("four districts fell between 19 May and 13
    #: July"): a change, checked as one (:mod:`mapper.check.spans`).
    window_taken: bool = False
    stated_total: float | None = None
    stated_total_text: str = ""
    reading_notes: tuple[str, ...] = ()
    #: Provincial capitals named in the sentence and set aside (not checked on their own).
    capitals_named: tuple[str, ...] = ()
    #: A count of provincial capitals over a period of this many days ("captured 12 in the
    #: last week"): a change, checked as the state only when the side held none at its start.
    change_days: int | None = None
    #: For the ``units`` measure (:mod:`mapper.check.units`): the units the sentence names
    #: ("The Taliban captured Zaranj"), and its change verb ("captured"; "" for a state).
    named_units: tuple[NamedUnit, ...] = ()
    change_verb: str = ""
    #: "the eighth provincial capital to fall (in six days)": N, a count of falls up to the
    #: event's day (``check_date``), checked on the ledger (:mod:`mapper.check.falls`);
    #: ``ordinal_days`` the period's length in days (``None``: since the side held none).
    ordinal: int | None = None
    ordinal_days: int | None = None
    #: "the seventh and eighth provincial capitals to fall": two capitals the same day, the
    #: first of two consecutive ordinals (7; ``ordinal`` is 8): fewer than 7 fell before it.
    ordinal_first: int | None = None
    #: Named units the sentence claims beside its main claim ("Ghazni, the 10th provincial
    #: capital to fall", "... 13 provincial capitals, including Kandahar and Herat"): each
    #: checked as a named unit; the verdict holds only when every claim does
    #: (:mod:`mapper.check.beside`).
    also_units: tuple[NamedUnit, ...] = ()

    @property
    def form(self) -> Form:
        return self.figure.form

    def acceptance(self) -> Acceptance:
        """The interval of values for which the claim holds (see the module's tolerances)."""
        f, cmp = self.figure, self.comparison
        share = f.form == "share"
        # a range with a comparison ("over 150-180") is read at its weakest: over the low
        # end, under the high end (the reading says so)
        if cmp == "over":
            return Acceptance(lo=f.lo, lo_closed=False)
        if cmp == "at-least":
            return Acceptance(lo=f.lo)
        if cmp == "under":
            return Acceptance(hi=f.hi, hi_closed=False)
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
        if self.named_units:
            from .units import scope_text

            return scope_text(self)
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
