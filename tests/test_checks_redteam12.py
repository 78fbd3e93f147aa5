"""Red-team of session 12 (redteam12, issue #8): misreadings, a sentence read into a confident
claim that differs from what it says, read as ``mapper check`` reads them (the boundary set's
names, the date of writing as the anchor). Each is now refused, naming the words it could not
read; the near misses beside them must still read, as written.

* the Islamic State's abbreviations in capitals ("IS", "ISIL") and an actor that is no side as
  who said it ("Militants captured Zaranj, Daesh said") were read as the Taliban's;
* "all 16 districts of Takhar" (the set has 17) was read as a count of 16, not the whole;
* "Torghundi" (a border town in Koshk district) is read as all of Koshk district by an alias
  (a strict xfail: the alias serves the ledger's names);
* "Government forces retook Kandahar, following the capture of Ghazni" checked Ghazni as the
  government's: whose capture it was is not said.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import refusal, scope_of

DAY = dt.date(2021, 8, 10)


def _refusal(gaz, sentence: str) -> ClaimParseError:  # type: ignore[no-untyped-def]
    e: ClaimParseError = refusal(sentence, gazetteer=gaz, anchor=DAY)
    return e


# ---- the Islamic State, and actors that are no side as who said it --------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("IS militants have captured Zaranj", "IS"),
        ("IS fighters captured Zaranj", "IS"),
        ("IS captured Zaranj", "IS"),
        ("Zaranj was captured by IS", "IS"),
        ("ISIL captured Zaranj", "ISIL"),
        ("Zaranj fell to ISIL", "ISIL"),
        ("ISIL-K militants captured Zaranj", "ISIL-K"),
        ("IS-linked militants captured Zaranj", "IS-linked"),
        ("Militants loyal to IS captured Zaranj", "IS"),
        # read as the Taliban's on main: the generic "insurgents", IS set aside as who said it
        ("Insurgents have captured Zaranj, IS said", "IS"),
        ("Militants captured Zaranj, IS claimed", "IS"),
        ("Militants captured Zaranj, according to ISIL", "ISIL"),
    ],
)
def test_the_islamic_states_abbreviations_are_refused_by_name(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert e.part == part, str(e)
    assert "Islamic State" in e.problem


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Militants captured Zaranj, ISIS said", "isis"),
        ("Militants captured Zaranj, ISIS-K claimed", "isis k"),
        ("Militants captured Zaranj, Daesh said", "daesh"),
        ("Militants captured Zaranj, according to Daesh", "daesh"),
        ("Militants captured Zaranj, NRF said", "nrf"),
        ("Militants captured Zaranj, the TTP said", "ttp"),
        ("Militants captured Zaranj, the Pakistani Taliban said", "pakistani taliban"),
    ],
)
def test_an_actor_that_is_no_side_as_who_said_it_is_refused(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    """Who said it was set aside unread, and the generic noun read as the Taliban: the
    militants may be the speaker's own."""
    e = _refusal(gaz, sentence)
    assert part in e.part, str(e)
    assert "who said it" in e.problem


@pytest.mark.parametrize(
    "sentence",
    [
        "Zaranj is under Taliban control",
        "The Taliban captured Zaranj, ISW said",
        "The Taliban captured Zaranj, Pakistan's ISI said",
        "The Taliban control 85% of the country, officials said",
        "Militants captured Zaranj, officials said",
    ],
)
def test_near_misses_of_the_islamic_state_still_read(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert c.side == "taliban"


def test_is_in_a_sentence_all_in_capitals_is_refused_saying_it_may_be_the_verb(gaz) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, "ZARANJ IS UNDER TALIBAN CONTROL")
    assert e.part == "IS" and "verb" in e.problem


# ---- "all N districts of P": N must be the set's count there --------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The Taliban captured all 16 districts of Takhar", "all 16 districts"),
        ("All 16 districts of Takhar have fallen to the Taliban", "All 16 districts"),
        ("The Taliban control all 16 of Takhar's districts", "all 16 of Takhar's districts"),
        ("The Taliban control all the 16 districts in Takhar", "all the 16 districts"),
        ("The Taliban control all sixteen districts of Takhar", "all sixteen districts"),
        ("The Taliban control all 16 Takhar districts", "all 16 Takhar districts"),
        ("The Taliban control the 16 districts of Takhar", "the 16 districts"),
        ("The Taliban control the entire 16 districts of Takhar", "the entire 16 districts"),
        ("The Taliban control 16 out of 16 districts of Takhar", "16 out of 16 districts"),
        ("The Taliban control 16 of Takhar's 16 districts", "16 of Takhar's 16 districts"),
        ("The Taliban control all 6 districts of Nimroz", "all 6 districts"),
        ("The Taliban control all 33 provinces", "all 33 provinces"),
        ("The Taliban control all 400 districts", "all 400 districts"),
        # provincial capitals: one to a province, the set's 34
        ("The Taliban control all 33 provincial capitals", "all 33 provincial capitals"),
        ("The Taliban control the 33 provincial capitals", "the 33 provincial capitals"),
        (
            "The Taliban control 33 of the 33 provincial capitals",
            "33 of the 33 provincial capitals",
        ),
    ],
)
def test_all_n_districts_other_than_the_sets_count_is_refused(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    """Read as a count of N (16 of Takhar's 17: a part), though the sentence says the whole;
    which of them it leaves out is not said."""
    e = _refusal(gaz, sentence)
    assert e.part == part, str(e)
    assert "in the boundary set" in e.problem


@pytest.mark.parametrize(
    ("sentence", "lo", "scope", "stated"),
    [
        ("The Taliban control all 17 districts of Takhar", 17.0, "Takhar", None),
        ("The Taliban control all five districts of Nimroz", 5.0, "Nimroz", None),
        ("The Taliban control all 34 provinces", 34.0, "country", None),
        ("The Taliban control all 34 provincial capitals", 34.0, "country", None),
        ("The Taliban control 10 of all 34 provincial capitals", 10.0, "country", 34.0),
        # a stated total after "of" is the sentence's own denominator, read as before
        ("The Taliban control five of the 16 districts of Takhar", 5.0, "Takhar", 16.0),
        ("The Taliban control five of Takhar's 16 districts", 5.0, "Takhar", 16.0),
        ("The Taliban now control around 100 out of all 421 districts", 100.0, "country", 421.0),
        # the complement: every district but the capital's, the 16 of the set's 17 (real r139)
        ("Taliban took over all the 16 districts of Takhar province except the city of Talghan.",
         16.0, "Takhar", 16.0),
    ],
)  # fmt: skip
def test_counts_that_agree_with_the_set_or_are_a_stated_total_still_read(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    lo: float,
    scope: str,
    stated: float | None,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    got = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    assert (c.figure.lo, scope_of(c), got) == (lo, scope, stated)


def test_all_n_districts_without_the_sets_district_names_is_refused() -> None:
    with pytest.raises(ClaimParseError, match="boundary set's districts"):
        parse_claim("The Taliban captured all 16 districts of Takhar")


# ---- Torghundi is a town in Koshk district, not the district -----------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="mapper/data/aliases.csv (district,Herat,Torghundi,Koshk) makes the border town and "
    "crossing to Turkmenistan an alias of Koshk district, so 'The Taliban captured Torghundi' "
    "is read as all of Koshk district held by the Taliban (as stated); the capture of a town in "
    "a district is not the district's. Should be refused naming 'Torghundi'. The alias is not "
    "simply wrong: the ledger's names use it (examples/afghanistan-2021.csv row of 2021-07-09, "
    "'district assigned from Torghundi's location') and tests/data/spellings.csv counts six "
    "spellings of Torghundi as Koshk (the spelling corpus falls to 96% without it); the checker "
    "needs to tell a town's alias from a district's name (a kind column in aliases.csv)",
)
@pytest.mark.parametrize(
    "sentence", ["The Taliban captured Torghundi", "Torghundi fell to the Taliban"]
)
def test_torghundi_is_not_read_as_koshk_district(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, sentence)
    assert "torghundi" in e.part.lower(), str(e)


# ---- a capture before the claim whose side is not said -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Government forces retook Kandahar, following the capture of Ghazni",
         "following the capture of Ghazni"),
        ("Government forces retook Kandahar, following capture of Ghazni",
         "following capture of Ghazni"),
        ("Government forces retook Kandahar, after the seizure of Ghazni",
         "after the seizure of Ghazni"),
        ("The Taliban captured Kandahar, after the takeover of Ghazni",
         "after the takeover of Ghazni"),
    ],
)  # fmt: skip
def test_a_prior_capture_of_no_stated_side_is_not_checked(gaz, sentence: str, part: str) -> None:  # type: ignore[no-untyped-def]
    """Ghazni was checked as held by the claim's side: "the capture of" does not say whose.
    The clause is set aside with a note saying its units are not checked (lead, session 12:
    redteam12 refused it; the claim itself does not depend on who took Ghazni)."""
    c = parse_claim(sentence, anchor=DAY, gazetteer=gaz)
    assert [u.name for u in c.named_units] == ["Kandahar"]
    assert not c.also_units, c.also_units
    assert any(part in n and "not checked" in n for n in c.reading_notes), c.reading_notes


def test_a_prior_capture_of_no_stated_side_names_known_units(gaz) -> None:  # type: ignore[no-untyped-def]
    """Set aside unchecked, but never skipped: an unknown name in it is refused."""
    e = _refusal(gaz, "Government forces retook Kandahar, following the capture of Narnia")
    assert "narnia" in str(e).lower(), str(e)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The Taliban captured Kandahar, following their capture of Ghazni", "taliban"),
        ("The Taliban captured Kandahar, after capturing Ghazni", "taliban"),
        ("Government forces retook Kandahar, following their capture of Ghazni", "government"),
    ],
)
def test_a_prior_capture_by_the_claims_own_subject_still_reads(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    side: str,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert c.side == side
    assert [u.name for u in c.also_units] == ["Ghazni"]
