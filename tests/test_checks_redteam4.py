"""Red-team findings of session 6 (redteam4, issue #8): sentences the checker read under a
reading they do not have, read as ``mapper check`` reads them (the boundary set's names, the
date of writing as the anchor). /work/notes/s6/redteam4.md lists the findings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 10)


@pytest.fixture(scope="module")
def gaz(districts: UnitSet):  # type: ignore[no-untyped-def]
    return districts.gazetteer()


@pytest.mark.parametrize(
    "sentence",
    [
        # read as a claim about Kabul (or Herat) province: the bare dateline was the scope
        "Kabul: The Taliban control half of the districts",
        "KABUL: The Taliban control 200 districts",
        "Kabul, Aug 9: The Taliban now control 200 districts",
        "KABUL \u2014 The Taliban control half of the districts",
        "KABUL -- The Taliban control half of the districts",
        "Herat - The Taliban control half of the districts",
        "Kandahar: Taliban fighters have captured 5 districts",
        "Mazar-i-Sharif: The Taliban control a third of the districts",
        "Herat [Afghanistan]: The Taliban control 10 districts",
    ],
)
def test_a_bare_dateline_is_not_the_scope(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="dateline"):
        c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


def test_a_bare_dateline_is_set_aside_when_the_claim_names_its_place(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Kabul: The Taliban control 10 of Herat's 16 districts", gazetteer=gaz, anchor=DAY
    )
    assert (c.province, c.figure.lo, c.measure) == ("Herat", 10, "districts")
    assert any("dateline" in n for n in c.reading_notes)
    c = parse_claim("KABUL: The Taliban control half of Kunduz province", gazetteer=gaz, anchor=DAY)
    assert (c.province, c.figure.lo, c.measure) == ("Kunduz", 0.5, "area")
    # a place never a scope, and a named unit, are read as before
    c = parse_claim("Moscow: The Taliban control 150 districts", gazetteer=gaz, anchor=DAY)
    assert (c.province, c.figure.lo) == (None, 150)
    c = parse_claim("Kabul: The Taliban seized the Sheberghan city in Jawzjan province.",
                    gazetteer=gaz, anchor=DAY)  # fmt: skip
    assert c.measure == "units"
