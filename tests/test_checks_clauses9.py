"""Clauses around a claim that the checker sets aside or reads (helper clauses9, issue #8).

The claim's side's own assault before a capture ("fell to the Taliban after a multipronged
assault launched by insurgents"), a fight before it with the toll of both sides ("after fierce
fighting in which both sides suffered casualties") and "according to <who>" after such a
clause are set aside; an assault going on, by another party, failed or countered, beside a
past state, with a place, or a fight that goes on stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

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


# ---- the side's move on another place (clauses9) ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "side", "label"),
    [
        ("Taliban capture Ghazni, close in on Kabul", "taliban", "Ghazni (capital of Ghazni)"),
        (
            "The Taliban have seized Pul-e-Khumri as they advance on the capital",
            "taliban",
            "Pul-e Khumri (capital of Baghlan)",
        ),
        (
            "As the insurgents close in on Kabul, the Taliban have taken control of Gardez",
            "taliban",
            "Gardez (capital of Paktia)",
        ),
        (
            "The Taliban have seized Pul-e-Khumri, bringing them closer to Kabul",
            "taliban",
            "Pul-e Khumri (capital of Baghlan)",
        ),
        (
            "The Taliban have captured Gardez as they close in on Kabul, officials said",
            "taliban",
            "Gardez (capital of Paktia)",
        ),
        ("Taliban seize Qalat, launch assault on Kandahar", "taliban", "Qalat (capital of Zabul)"),
        (
            "Government forces retake Taloqan, push towards Kunduz",
            "government",
            "Taloqan (capital of Takhar)",
        ),
    ],
)
def test_a_move_on_another_place_is_set_aside(gaz, sentence, side, label) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert _unit(c) == (side, "units", label)
    assert c.figure.lo == c.figure.hi == 1
    assert any("the side's move on" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taliban capture Ghazni province, close in on Ghazni city",
        "Taliban capture Kabul province, set sights on Kabul",
        "Taliban capture Paghman district, close in on Kabul",
        "Government forces retake Taloqan as the Taliban advance on Kunduz",
        "The Taliban have seized Pul-e-Khumri as they prepare to advance on the capital",
        "The Taliban have seized Pul-e-Khumri as they fail to close in on Kabul",
        "The Taliban control half of the country as they close in on Kabul",
        "Taliban capture 10 districts, close in on Kabul",
        "Taliban capture Ghazni, set sights on Narnia",
        "The Taliban have seized Pul-e-Khumri as they close in on Kabul, which holds out",
        "The Taliban nearly seized Pul-e-Khumri as they close in on Kabul",
        "The Taliban have seized Pul-e-Khumri as ISIS advances on Kabul",
        "Taliban capture Ghazni, close in on Kabul amid fierce resistance",
        "The Taliban have seized Pul-e-Khumri as they close in on Kabul and Kunduz",
        "The Taliban held Ghazni as they advanced on Kabul",
        "Ghazni was under Taliban control as they advanced on Kabul",
    ],
)
def test_a_move_near_variant_stays_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


# ---- the side's gains and foreign troops' withdrawal as background (clauses9) -----------------


def test_gains_and_a_foreign_withdrawal_are_set_aside(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban have seized Sheberghan, making swift gains as American forces prepare to "
        "leave the country",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert _unit(c) == ("taliban", "units", "Sheberghan (capital of Jowzjan)")


def test_a_count_with_a_date_before_the_gains_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    # dev4 g038 (dpa): the span before the comma is the count's, not the clause's
    c = parse_claim(
        "With the fall of Qala-e Naw, insurgents have taken control of 12 of Afghanistan's 34 "
        "provincial capitals within less than a week, making rapid territorial gains as US "
        "troops plan to withdraw from the war-torn country by the end of the month after 20 "
        "years there.",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert (c.side, c.measure, c.figure.lo, c.figure.hi) == ("taliban", "capitals", 12, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban have seized Sheberghan, making no gains",
        "The Taliban have seized Sheberghan, making gains in the north",
        "The Taliban have seized Sheberghan, making gains against government forces",
        "The Taliban have seized Sheberghan as US troops plan to retake it",
        "The Taliban have seized Sheberghan as government troops plan to withdraw",
        "The Taliban have seized Sheberghan as US troops plan to withdraw to Kabul",
        "The Taliban controlled Sheberghan as US troops plan to withdraw",
        "The Taliban have seized Sheberghan as US troops plan to withdraw by the end of the year",
        "The Taliban have seized Sheberghan, making gains as fighting continues",
        "The Taliban have seized Sheberghan, making gains that may not last",
        "The Taliban captured Sheberghan, making rapid gains on Sunday",
    ],
)
def test_gains_near_variants_stay_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


# ---- a fear for another place (clauses9) -------------------------------------------------------


def test_a_fear_for_another_place_is_set_aside(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Insurgents have overrun Maimana, officials said on Friday, as fears mount over the fate "
        "of the capital Kabul",
        gazetteer=gaz,
        anchor=dt.date(2021, 8, 14),
    )
    assert _unit(c) == ("taliban", "units", "Maymana (capital of Faryab)")
    assert c.check_date == "2021-08-13"
    assert any("a fear for a place" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurgents have overrun Faryab province as fears mount over the fate of Maimana",
        "Insurgents have overrun Maimana as fears mount over the fate of the city",
        "Insurgents have overrun Maimana as worries grow about the security of Kabul, which may "
        "fall",
        "Insurgents have overrun Maimana as worries grow about the security of Narnia",
        "Insurgents have overrun 10 districts as worries grow about the security of Kabul",
    ],
)
def test_a_fear_near_variant_stays_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)
