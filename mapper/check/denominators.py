"""A sentence's own total that cannot count the unit it names (#8).

"The Taliban now control 81 percent of the country's 419 provinces": the sentence states a
total, and the reader takes it as the count of the unit it names. Other bodies count other
sets (Afghan districts have been counted as 370, 388, 398, 400, 407, 419 and 421, "nearly
400", for a boundary set of 398), and such totals are read with a note saying which total is
checked. But a total far above any count of that unit in the scope is no count of it: 419
provinces (the set has 34, fewer than its 398 districts), 40 provincial capitals (one to a
province: 34), 900 districts. It is a misprint, or the total of another unit ("419 district
centres"), and reading it as written is a confident misreading. It is refused at the parse,
naming the number, the unit and the totals that would be read.

The bound, from published tallies: a stated total may exceed the boundary set's count in the
scope by at most half again (:data:`MAX_OVER_SET`; the largest published district tally,
421, is 1.06 times the set's 398; a province's tallies differ by a new district or two, Ghazni
18 and 19), and a count of provincial capitals never exceeds the provinces (one capital each).
A total under the set's is not refused here: it may count a part the sentence does not name
(evaluation gives no verdict for those).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .model import ClaimParseError

if TYPE_CHECKING:
    from ..matching import Gazetteer
    from .model import Measure

#: How far above the boundary set's count in the scope a stated total may be and still count
#: that unit (as another body's set): half as many again.
MAX_OVER_SET = 1.5


def _set_count(measure: Measure, province: str | None, gaz: Gazetteer) -> tuple[int, str] | None:
    """The boundary set's count of ``measure`` in the scope, and the scope's name; None when
    the gazetteer does not list it (a gazetteer without districts)."""
    where = f"{province} province" if province else "the country"
    if measure in ("provinces", "capitals") and province is None and gaz.province_names:
        return len(gaz.province_names), where
    if measure == "districts" and gaz.district_names:
        n = sum(1 for _name, prov in gaz.district_names.values() if province in (None, prov))
        return (n, where) if n else None
    return None


def refuse_impossible_total(
    text: str,
    stated: float | None,
    said: str,
    *,
    measure: Measure,
    province: str | None,
    gaz: Gazetteer,
) -> None:
    """Refuse a stated total that cannot count ``measure`` in the scope (see the module).

    Raises
    ------
    ClaimParseError
        The total is over :data:`MAX_OVER_SET` times the set's count in the scope, or counts
        more provincial capitals than the set has provinces.
    """
    if stated is None:
        return
    got = _set_count(measure, province, gaz)
    if got is None:
        return
    n, where = got
    unit = "provincial capitals" if measure == "capitals" else measure
    if measure == "capitals":
        limit, why = n, f"one to a province, and the set has {n} provinces"
    else:
        limit = math.floor(MAX_OVER_SET * n)
        why = (
            f"the boundary set has {n} in {where}, and other bodies' counts differ from it by "
            "less than half as many again"
        )
    if stated <= limit:
        return
    raise ClaimParseError(
        text,
        said or f"{stated:g}",
        f"a total of {stated:g} {unit} cannot count the {unit} of {where} ({why}): a "
        f"misprint or the total of another unit; not read. A total up to {limit} {unit} is "
        "read (as another body's count), or leave the total out",
    )
