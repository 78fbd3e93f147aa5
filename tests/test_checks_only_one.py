"""Complements stated by exception (issue #8, session 16b): "the only province not to have
fallen to the Taliban" is every province of the set but one, held by that side
(mapper/check/complements.py). Expectations are written by hand."""

from __future__ import annotations

import pytest

from mapper.checks import ClaimParseError, parse_claim


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("The valley, north of the capital Kabul, is one of Afghanistan's smallest provinces "
         "and the only one not to have fallen to the Taliban.", None),
        ("Panjshir is the only province not to have fallen to the Taliban.", None),
        ("Panjshir province is the only province that has not been captured by the Taliban.",
         None),
        ("It is one of Afghanistan's 34 provinces and the only one not to have fallen to the "
         "Taliban.", 34),
    ],
)  # fmt: skip
def test_the_only_province_not_fallen_is_every_other(sentence: str, stated: float | None) -> None:
    c = parse_claim(sentence)
    assert (c.side, c.comparison, c.figure.lo, c.figure.hi, c.measure, c.province) == (
        "taliban", "as-stated", 33, 33, "provinces", None)  # fmt: skip
    got = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    assert got == stated
    assert any("less one" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Panjshir is the only province not yet fully under Taliban control.", "'not'"),
        ("Panjshir is not the only province not to have fallen to the Taliban.", "'not'"),
        ("Panjshir is one of the few provinces not to have fallen to the Taliban.", "'not'"),
        ("Panjshir is the only province to have fallen to the Taliban.", "could not read"),
        ("Panjshir is the only one not to have fallen to the Taliban.", "'the only one'"),
        ("Kabul city is the only province not to have fallen to the Taliban.", "Kabul city"),
        ("Panjshir is the only province that had not fallen to the Taliban.", "pluperfect"),
        ("Panjshir is the only province not to have fallen to the Taliban yet.", "yet"),
        ("Panjshir is the only province not to have fallen to the Taliban, officials denied.",
         "'not'"),
        ("Panjshir is the only province not to have fallen to the Taliban and Herat.", "'not'"),
        ("The valley is one of Afghanistan's 33 provinces and the only one not to have fallen "
         "to the Taliban.", "counts 33 provinces"),
        ("Panjshir is the only province not to have fallen to the foo.", "which side"),
    ],
)  # fmt: skip
def test_only_one_near_misses_are_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as info:
        parse_claim(sentence)
    assert why in str(info.value)
