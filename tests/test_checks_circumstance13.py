"""Circumstances of a capture that say nothing of who holds what (helper circumstance13, #8).

Three closed forms are set aside beside a capture of named units, and named in the reading's
notes:

* the manner of the capture (:data:`mapper.check.circumstance._MANNER`), now also "without
  violence", "without a struggle", "without conflict(s)", "without a shot", and before the day
  that ends the sentence ("fell to the Taliban without violence late Saturday");
* the other side's retreat from the claim's own unit, named back (``_RETREAT``): "after
  security forces left the city without offering any resistance", "after government forces
  abandoned the district's center"; "the city" only beside one named provincial capital, "the
  district('s center)" only beside one named district (another place is a second claim);
* a fight before the capture (``_FIGHT``): "after weeks of renewed violence between the
  Taliban insurgency and the U.S.-backed Afghan government" ("renewed" only after "after" /
  "following": "amid renewed fighting" goes on).

The negation inside a manner never leaks: anything else around "without", "not", "left",
"abandoned" stays refused. Tests marked GUARD pass on main too (the sentence was refused
there, and must stay refused); the others fail on main.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import refusal

DAY = dt.date(2021, 8, 15)


def _unit(c) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    (u,) = c.named_units
    assert not c.also_units
    return c.side, c.measure, u.label


# ---- read: each fails on main ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label", "aside"),
    [
        # dev8 f6219, verbatim
        ("Nilli, the capital city of the central Daikundi province, also fell to the Taliban "
         "without violence late Saturday.", "Nili (capital of Daykundi)", "'without violence'"),
        ("Zaranj fell to the Taliban without a struggle.", "Zaranj (capital of Nimroz)",
         "'without a struggle'"),
        ("Jalalabad fell to the Taliban without a shot.", "Jalalabad (capital of Nangarhar)",
         "'without a shot'"),
        ("Zaranj fell to the Taliban without conflict, officials said.",
         "Zaranj (capital of Nimroz)", "'without conflict'"),
        ("Nilli fell to the Taliban without violence late Saturday, officials said.",
         "Nili (capital of Daykundi)", "'without violence'"),
        # dev8 f6222, verbatim ("was also captured": an adverb after "was", units._PREDICATE)
        ("Gardiz, the capital of southeastern Paktia province, was also captured by the Taliban "
         "on Saturday evening after security forces left the city without offering any "
         "resistance.", "Gardez (capital of Paktia)",
         "'after security forces left the city without offering any resistance'"),
        ("The Taliban captured Gardez after government forces abandoned the city.",
         "Gardez (capital of Paktia)", "'after government forces abandoned the city'"),
        ("Rostaq district has fallen to the Taliban after government forces abandoned the "
         "district's center.", "Rustaq district (Takhar)",
         # (the clause as prepared: "'s" dropped)
         "'after government forces abandoned the district center'"),
        # dev8 f6284, verbatim
        ("On Sunday, August 15th, the Taliban finally captured the Afghan capital of Kabul, "
         "after weeks of renewed violence between the Taliban insurgency and the U.S.-backed "
         "Afghan government.", "Kabul (capital of Kabul)",
         "'after weeks of renewed violence between the taliban insurgency and the u.s.-backed "
         "afghan government'"),
    ],
)  # fmt: skip
def test_a_circumstance_of_the_capture_is_set_aside_and_named(
    gaz, sentence: str, label: str, aside: str
) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert _unit(c) == ("taliban", "units", label)
    assert any(aside in n and "set aside" in n for n in c.reading_notes), c.reading_notes


def test_the_day_after_the_manner_is_the_capture_s(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Nilli fell to the Taliban without violence late Saturday.", gazetteer=gaz, anchor=DAY
    )
    assert c.check_date == "2021-08-14"


def test_the_government_s_capture_after_the_taliban_left(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "Gardez fell to government forces after the Taliban left the city.",
        gazetteer=gaz,
        anchor=dt.date(2021, 7, 1),
    )
    assert _unit(c) == ("government", "units", "Gardez (capital of Paktia)")


# ---- the unit left must be the claim's one unit: each fails on main (its refusal names it) ----


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("The Taliban captured Rostaq district after government forces left the city.",
         "the city"),
        ("The Taliban captured Gardez and Herat after government forces left the city.",
         "the city"),
        ("The Taliban captured Paktia province after government forces left the city.",
         "the city"),
        ("The Taliban captured Gardez after government forces abandoned the district's center.",
         "the district center"),
        ("The Taliban captured Gardez, Herat and Kandahar after government forces abandoned "
         "the city.", "the city"),
    ],
)  # fmt: skip
def test_a_unit_left_that_is_not_the_claim_s_is_refused(gaz, sentence: str, left: str) -> None:  # type: ignore[no-untyped-def]
    e = refusal(sentence, gazetteer=gaz, anchor=DAY)
    assert f"'{left}' in the other side's retreat" in str(e)


# ---- near-misses that stay refused (GUARD: refused on main too) -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the negation of the manner leaking onto the capture or the side
        "Nilli fell without the Taliban.",
        "Zaranj fell to the Taliban not without a fight.",
        "Zaranj fell to the Taliban, but not without violence.",
        "Zaranj fell to the government without the Taliban capturing it.",
        "The Taliban failed to take Zaranj without a fight.",
        "Zaranj has not fallen to the Taliban, without a fight.",
        "Zaranj fell to the government without resistance from the Taliban.",
        "Zaranj fell to the Taliban without violence from the government.",
        "The Taliban may capture Nilli without violence on Saturday.",
        "Nilli would fall to the Taliban without violence late Saturday.",
        # the day after the manner: only a day that ends the sentence (or its comma)
        "Nilli fell to the Taliban without violence until Saturday.",
        "Nilli fell to the Taliban without violence late Saturday evening in Herat.",
        "Nilli fell to the Taliban without violence on Saturday and Herat on Sunday.",
        "Nilli fell to the Taliban without violence late Saturday, a day after Herat.",
        "Nilli fell to the Taliban without violence last year.",
        # what follows the day's comma is read as written
        "Nilli fell to the Taliban without violence on Saturday, but government forces retook it.",
        "Nilli fell to the Taliban without violence yesterday, officials denied.",
        "Nilli fell to the Taliban without violence on Saturday, and Herat on Sunday.",
        "Nilli fell to the Taliban without violence on Saturday, not Friday.",
        # "was also captured": the adverb only, never a negation
        "Gardez was also not captured by the Taliban.",
        "Gardez was not also captured by the Taliban.",
        "Gardez was also never captured by the Taliban.",
        "Gardez was also almost captured by the Taliban.",
        # the manner beside what is not a capture of named units
        "The Taliban captured five districts without violence on Saturday.",
        "The Taliban control half of the country without violence.",
        "The Taliban besieged Nilli without violence.",
        # the retreat: the claim's own side, a retake, another unit, a state, a place, a hedge
        "The Taliban captured Gardez after the Taliban abandoned the city.",
        "The Taliban captured Gardez after their fighters left the city.",
        "The Taliban captured Gardez after government forces retook the city.",
        "The Taliban captured Gardez after government forces abandoned Herat.",
        "The Taliban captured Gardez after government forces abandoned Herat city.",
        "The Taliban control Gardez after government forces left the city.",
        "The Taliban held Gardez after government forces left the city.",
        "The Taliban captured Gardez as government forces left the city.",
        "The Taliban captured Gardez while government forces abandoned the city.",
        "The Taliban captured Gardez after government forces did not leave the city.",
        "The Taliban captured Gardez after government forces may have left the city.",
        "The Taliban captured Gardez after government forces left the city without the Taliban.",
        "The Taliban captured Gardez after government forces left the city for Kandahar.",
        "The Taliban captured Gardez after government forces left the city to the Taliban.",
        "The Taliban captured Gardez after government forces left the city on Friday.",
        "The Taliban captured Gardez after US forces left the city.",
        "The Taliban captured Gardez after government forces and militias abandoned the city.",
        "The Taliban captured five districts after government forces left the city.",
        "The Taliban captured half of Paktia after government forces left the city.",
        "After government forces left the city, the Taliban controlled Gardez.",
        # the fight: another party, the claim's side twice, renewed beside now, going on
        "The Taliban captured Kabul after weeks of renewed violence between the Taliban and "
        "US-backed militias.",
        "The Taliban captured Kabul after weeks of renewed violence between the Taliban and the "
        "Taliban insurgency.",
        "The Taliban captured Zaranj amid renewed violence between the Taliban and the Afghan "
        "government.",
        "The Taliban captured Zaranj after weeks of renewed violence in Herat.",
        "The Taliban captured Zaranj after weeks of violence, which continues.",
    ],
)
def test_near_misses_stay_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """GUARD: each of these is refused on main too."""
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control Kunduz province amid ongoing violence.",
        "The Taliban control Kunduz province amid violence.",
    ],
)
def test_violence_beside_a_state_of_a_unit_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """Read on main as Kunduz province held whole: "violence" was no word of fighting, so the
    clause was an ordinary circumstance. Violence now is one (``_FIGHT``, ``_FIGHT_NOUN``): beside
    a state of a named unit it may be the place fought over (clauses8), refused; each fails on
    main."""
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban captured Gardez after government forces retreated and headed toward Kabul.",
        "The Taliban captured Gardez after government forces retreated, and set sights on Kabul.",
        "The Taliban captured Gardez after government forces retreated, as they close in on the "
        "capital.",
        "Mazar-i-Sharif has fallen to the Taliban after government forces suddenly left the city "
        "and headed toward Kabul.",
    ],
)
def test_a_move_after_a_retreat_is_not_the_claim_s_side_s(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """Read on main (the first three) with "Read as" saying the claim's side moved on Kabul: the
    move with no subject, or "they", after the other side's retreat may be the retreating side's
    (circumstance.move_on); refused. Each of the first three fails on main."""
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=DAY)


def test_the_claim_s_side_moving_after_a_retreat_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    """GUARD (read on main too): the mover named as the claim's side."""
    c = parse_claim(
        "The Taliban captured Gardez after government forces retreated, as the Taliban close in "
        "on the capital.",
        gazetteer=gaz,
        anchor=DAY,
    )
    assert _unit(c) == ("taliban", "units", "Gardez (capital of Paktia)")
