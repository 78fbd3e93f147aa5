"""Clauses around a claim that the checker sets aside or reads (helper clauses9, issue #8).

The claim's side's own assault before a capture ("fell to the Taliban after a multipronged
assault launched by insurgents"), a fight before it with the toll of both sides ("after fierce
fighting in which both sides suffered casualties") and "according to <who>" after such a
clause are set aside; an assault going on, by another party, failed or countered, beside a
past state, with a place, or a fight that goes on stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim


@pytest.fixture(scope="module")
def gaz(districts: UnitSet):  # type: ignore[no-untyped-def]
    return districts.gazetteer()


DAY = dt.date(2021, 8, 12)


def _unit(c) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    (u,) = c.named_units
    return c.side, c.measure, u.label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Aybak fell to the Taliban after a coordinated assault launched by the militants",
            "Aybak (capital of Samangan)",
        ),
        ("The Taliban seized Pul-e-Khumri following a major offensive", "Pul-e Khumri"),
        (
            "Taloqan was captured by the Taliban after a multi-pronged attack by Taliban fighters",
            "Taloqan (capital of Takhar)",
        ),
        (
            "The Taliban have taken Aybak after heavy clashes in which both sides suffered "
            "casualties",
            "Aybak (capital of Samangan)",
        ),
        (
            "Aybak fell to the Taliban after fierce fighting, according to a provincial "
            "council member",
            "Aybak (capital of Samangan)",
        ),
    ],
)
def test_an_assault_or_a_fight_before_the_capture_is_set_aside(gaz, sentence, label) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    side, measure, got = _unit(c)
    assert (side, measure) == ("taliban", "units")
    assert got.startswith(label)
    assert c.figure.lo == c.figure.hi == 1


def test_the_assault_is_named_in_the_reading(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Mazar-e-Sharif fell to the Taliban on Saturday after a multipronged assault launched "
        "by insurgents, according to a lawmaker.",
        gazetteer=gaz,
        anchor=dt.date(2021, 8, 15),
    )
    assert c.check_date == "2021-08-14"
    assert any("the side's own assault before the capture" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aybak fell to the Taliban amid a coordinated assault",
        "Aybak fell to the Taliban after a coordinated assault launched by government forces",
        "Aybak fell to the Taliban after a coordinated assault by unknown gunmen",
        "Aybak fell to the Taliban after a failed assault",
        "Aybak fell to the Taliban after a counter-assault",
        "The Taliban controlled Aybak after a major offensive",
        "The Taliban seized Aybak following a major offensive on Taloqan",
        "The Taliban seized Aybak following a major offensive that continues",
        "The Taliban have taken Aybak after heavy clashes in which the army lost the city",
        "The Taliban have taken Aybak after heavy clashes in which both sides suffered "
        "casualties, which continue",
        "Aybak fell to the Taliban after a coordinated assault, according to a lawmaker who "
        "said it was retaken",
        "Aybak did not fall to the Taliban after a coordinated assault, according to a lawmaker",
    ],
)
def test_near_variants_stay_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)
