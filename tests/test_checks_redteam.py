"""Red-team findings on the checker (issue #8): sentences that were read under a reading that
is not what they say, read as ``mapper check`` reads them (the boundary set's names, the date
of writing as the anchor). Each must stay refused; /work/notes/redteam2.md lists the findings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim


@pytest.fixture(scope="module")
def gaz(districts: UnitSet):  # type: ignore[no-untyped-def]
    return districts.gazetteer()


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # a locality of new_districts.csv was read as the whole district containing it: a
        # border crossing or town held is not the district held
        ("The Taliban captured Islam Qala", "not the whole district"),
        ("Islam Qala fell to the Taliban", "not the whole district"),
        ("Islam Qala is under Taliban control", "not the whole district"),
        ("The Taliban captured Islam Qala district", "not the whole district"),
        ("Government forces retook Dand-e Ghori", "not the whole district"),
        # a district created after the boundary set is part of the old one, not all of it
        ("The Taliban captured Khoshamand", "not the whole district"),
        ("The Taliban captured Khoshamand district in Paktika", "not the whole district"),
    ],
)
def test_units_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 14))
        pytest.fail(f"read as {c.measure} {c.scope_text}")
