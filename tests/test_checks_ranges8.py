"""A range after a verb of taking (#8): "The Taliban have captured 150-180 districts" reports
what was taken, so the side holds at least the range's low end (it may hold others taken
before), as a single count after a verb of taking already was ("captured 10 districts": at
least 10). It was read as the side holding exactly 150 to 180, CONTRADICTED whenever the side
held more; a state verb ("control 150-180 districts") or a stated total ("150-180 of the 398
districts") keeps the range as written.
"""

from __future__ import annotations

import pytest

from mapper.checks import check_claim, parse_claim
from mapper.claims import read_claims
from mapper.snapshots import state_at
from tests.worlds import tiny_units, write_claims


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban have captured 150-180 districts",
        "Militants have seized between 150 and 180 districts",
        "The Taliban captured 150 to 180 districts",
    ],
)
def test_a_range_taken_is_a_lower_bound_at_its_low_end(text: str) -> None:
    c = parse_claim(text)
    assert (c.side, c.measure, c.comparison) == ("taliban", "districts", "at-least")
    assert (c.figure.lo, c.figure.hi) == (150, 180)
    assert any("is a range: the lower bound is its low end" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban control 150-180 districts",
        "The Taliban now hold between 150 and 180 districts",
        "The Taliban have captured 150-180 of the country's 398 districts",
    ],
)
def test_a_range_held_or_of_a_stated_total_stays_as_written(text: str) -> None:
    c = parse_claim(text)
    assert c.comparison == "as-stated"
    assert (c.figure.lo, c.figure.hi) == (150, 180)


def test_a_side_holding_more_than_the_range_taken_is_not_contradicted(tmp_path) -> None:
    units = tiny_units()
    rows = [
        {"date": "2021-07-01", "province": p, "district": d, "status": "taliban"}
        for p, d in (("North", "Nolan"), ("North", "Narin"), ("South", "Sorkh"))
    ]
    ledger = read_claims(write_claims(tmp_path, rows), units)
    state = state_at(ledger, units, "2021-07-01")
    taken = check_claim(parse_claim("The Taliban have captured 1-2 districts"), state, units)
    assert taken.verdict == "supported"
    held = check_claim(parse_claim("The Taliban control 1-2 districts"), state, units)
    assert held.verdict == "contradicted"
