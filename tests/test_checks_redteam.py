"""Red-team findings on the checker (issue #8): sentences that were read under a reading that
is not what they say, read as ``mapper check`` reads them (the boundary set's names, the date
of writing as the anchor). Each must stay refused; issue #8's notes list the findings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim


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
        # a period was set aside and only the date checked: SUPPORTED for a false continuity
        ("Kunduz city has been under Taliban control since 2015", "period"),
        ("Helmand province has been under Taliban control since May", "period"),
    ],
)
def test_units_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 14))
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # "in N provinces" after a share was context: a share of the districts of 20 provinces
        # was read as a share of the country's districts
        ("The Taliban control half of the districts in 20 provinces", "more than one figure"),
        ("The Taliban control half of the districts in two provinces", "more than one figure"),
        # a province's border was read as the international border in that province
        ("The Taliban control half of the districts bordering Herat", "province's line"),
        ("The Taliban control half of the districts on the border with Herat", "province's line"),
        ("The Taliban control half of the districts on the border of Herat", "province's line"),
        ("The Taliban control half of the districts along the border with Herat province",
         "province's line"),
        # the other country's side of the border was read as Afghan border districts
        ("The Taliban control half of the districts across the border in Pakistan",
         "other side"),
        ("The Taliban control half of the districts across the border", "other side"),
        # a share word anywhere before a province name was read as a share of its area
        ("The Taliban half captured Kunduz", ""),
        ("The half Taliban captured Kunduz", ""),
        ("The most Taliban captured Kunduz", ""),
        # a stated total of a part ("the 20 key districts") was read as the sentence's count
        # of all districts ("10 of 20 is 50.0%, which is 199 of 398")
        ("The Taliban control 10 of the 20 key districts", "picks a part"),
        ("The Taliban control 10 out of 20 strategic districts", "picks a part"),
    ],
)  # fmt: skip
def test_shares_refused(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 14))
        pytest.fail(f"read as {c.measure} {c.scope_text()}")


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The Taliban control 50 districts in 20 provinces", "the country"),
        ("The Taliban control a third of the 400 districts in 34 provinces", "the country"),
        ("The Taliban control half of the border districts of Herat", "Herat"),
        ("The Taliban control half of the districts bordering Iran", "Iran"),
    ],
)
def test_still_read(gaz, sentence: str, scope: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 14))
    assert scope in c.scope_text()


@pytest.mark.parametrize("mode", ["nobody", "government", "taliban"])
def test_no_firm_verdict_before_the_ledger(mirror, mode: str) -> None:  # type: ignore[no-untyped-def]
    """A date the sentence names before the ledger's first claim (2021-05-01) got a firm
    verdict from what the mode assumes about units with no claim: the true "The Taliban
    captured Kunduz city on 28 September 2015" was CONTRADICTED with --unclaimed government."""
    from click.testing import CliRunner

    from mapper.cli import main
    from tests.conftest import EXAMPLE

    for sentence in (
        "The Taliban captured Kunduz city on 28 September 2015",
        "The Taliban controlled 100 districts in 1996",
    ):
        res = CliRunner().invoke(
            main,
            ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-13",
             "--unclaimed", mode, sentence],
        )  # fmt: skip
        assert res.exit_code != 0 and "before the ledger's first claim" in res.output, res.output


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Officials said Monday the Taliban control 10 districts.", "2021-08-09"),
        ("The Taliban control 10 districts, officials said on Monday.", "2021-08-09"),
        ("General Milley said Wednesday that the Taliban control 200 districts.", "2021-08-04"),
        ("The Taliban control 10 districts, officials said yesterday.", "2021-08-09"),
        ("The Taliban control 10 districts, officials said.", ""),
    ],
)
def test_the_day_it_was_said_is_the_day_checked(sentence: str, day: str) -> None:
    """A weekday in who said it was set aside with the speaker and the state checked on the
    date of writing (2021-08-10, a Tuesday): now the state on the day it was said."""
    assert parse_claim(sentence, anchor=dt.date(2021, 8, 10)).check_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Milley had said the Taliban controlled 81 of the 419 district centers.",
        "The Taliban control 10 districts, officials said recently.",
    ],
)
def test_said_on_an_earlier_day_not_given_is_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError, match="earlier day the sentence does not give"):
        parse_claim(sentence, anchor=dt.date(2021, 8, 10))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban fully captured Kunduz.",
        "The Taliban captured most of Kunduz.",
        "The Taliban have captured the entire Kunduz.",
        "The Taliban captured half of Herat.",
    ],
)
def test_a_share_of_a_bare_capital_name_after_taking_is_refused(sentence: str) -> None:
    """After "captured" a bare "Kunduz" is the city (the units measure reads it so); these
    were read as shares of the province's area (redteam2 finding 12)."""
    with pytest.raises(ClaimParseError, match="may be the city"):
        parse_claim(sentence)


def test_a_share_of_a_named_province_after_taking_is_read() -> None:
    assert parse_claim("The Taliban captured most of Kunduz province.").province == "Kunduz"
    assert parse_claim("The Taliban captured half of Helmand.").province == "Helmand"


def test_an_ordinal_is_shown_as_written_english() -> None:
    """'Read as' printed "1th provincial capitals" (redteam2 finding 15)."""
    from mapper.checks import reading_text

    day = dt.date(2021, 8, 6)
    c = parse_claim("Zaranj is the first provincial capital to fall to the Taliban.", anchor=day)
    text = reading_text(c)
    assert "1st provincial capital" in text and "1th" not in text
    c = parse_claim("The Taliban have taken the 12th provincial capital", anchor=day)
    assert c.figure.text == "12th"


# --- redteam3 (session 5): issue #8's notes --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban controlled 90% of the country as the US invaded",
        "The Taliban held half the country as the Soviets withdrew",
        "The Taliban controlled half of the country amid the US invasion",
        "The Taliban controlled half of the country weeks before the US invasion",
        "The Taliban controlled 90% of the country months before they were toppled",
        "The Taliban controlled half the country, despite the US invasion",
        "As the US invaded, the Taliban controlled 90% of the country",
        "Amid the US invasion, the Taliban controlled 90% of the country",
        "While the Americans were there, the Taliban controlled half of the country",
        "The Taliban captured Kunduz city as the Americans invaded",
    ],
)
def test_a_circumstance_beside_a_simple_past_is_not_set_aside(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """The clause dates the claim ("as the US invaded": 2001): it was set aside as a
    circumstance and the state on the date of writing checked (CONTRADICTED on 2021-08-13)."""
    with pytest.raises(ClaimParseError):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
        pytest.fail(f"read as {c.measure} {c.scope_text()} on {c.check_date or 'the anchor'}")


def test_a_circumstance_beside_a_present_claim_is_still_set_aside(gaz) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "The Taliban control half of the country, following the US invasion",
        "Despite the US invasion, the Taliban control half of the country",
    ):
        c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))
        # "Read as" quotes the clause set aside with its kind (mapper.check.circumstance)
        assert c.measure == "area" and any(
            "us invasion" in n and "set aside" in n for n in c.reading_notes
        )


@pytest.mark.parametrize(
    "tail",
    ["of the population", "of the territory", "of the border", "of Afghan territory",
     "of the land"],
)  # fmt: skip
def test_a_share_of_another_measure_is_no_restatement(gaz, tail: str) -> None:  # type: ignore[no-untyped-def]
    """ "224 out of a possible 421 districts, some 53 percent of the population" set the
    population share aside as the count's own share (53.2%): a second claim, not checked."""
    with pytest.raises(ClaimParseError, match="more than one figure"):
        parse_claim(
            f"The Taliban control 224 out of a possible 421 districts, some 53 percent {tail}",
            gazetteer=gaz,
        )
    c = parse_claim(
        "The Taliban control 224 out of a possible 421 districts, some 53 percent of the country",
        gazetteer=gaz,
    )
    assert c.measure == "districts" and any("restates the count" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban had controlled about 10% of the country",
        "The Taliban had captured half of the country",
        "The Taliban had taken Kunduz city",
        "Kunduz had fallen to the Taliban",
        "Helmand province had been under Taliban control",
    ],
)
def test_an_undated_pluperfect_is_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """ "had controlled" is a state before an earlier time the sentence does not give; it was
    checked on the date of writing (CONTRADICTED on 2021-08-13)."""
    with pytest.raises(ClaimParseError, match="pluperfect"):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 13))


def test_a_pluperfect_with_a_date_or_a_speaker_is_read(gaz) -> None:  # type: ignore[no-untyped-def]
    a = dt.date(2021, 8, 13)
    c = parse_claim("By 15 July the Taliban had captured half of the country", gazetteer=gaz,
                    anchor=a)  # fmt: skip
    assert c.check_date == "2021-07-15"
    assert parse_claim("Officials said the Taliban had captured half of the country",
                       gazetteer=gaz, anchor=a).measure == "area"  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control most of the 28 districts",
        "The Taliban control 10 of 16 districts",
        "The Taliban control 5 of the 7 districts",
        "The Taliban control all 7 districts",
        "The Taliban control 10 of 60 districts in Herat",
    ],
)
def test_a_total_of_another_set_gets_no_verdict(mirror, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """The sentence's total (28, 16, 7) counts a province's districts named before it, not the
    country's 398: 'most of the 28 districts' was SUPPORTED on 2021-08-13 as most of the
    country's, '10 of 16' CONTRADICTED as 10 held in the country."""
    from click.testing import CliRunner

    from mapper.cli import main
    from tests.conftest import EXAMPLE

    for mode in ("open", "nobody"):
        res = CliRunner().invoke(
            main,
            ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-13",
             "--unclaimed", mode, sentence],
        )  # fmt: skip
        # "all 7 districts" is refused when parsed (redteam12: the whole of a scope of 398), and
        # "10 of 60 districts in Herat" too (garbled16: 60 cannot count Herat's 16 districts)
        said = (
            "the scope's" in res.output
            or "as the whole of the country" in res.output
            or "cannot count the districts of Herat" in res.output
        )
        assert res.exit_code != 0 and said, res.output


def test_a_nearby_total_is_still_a_note(mirror) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from mapper.cli import main
    from tests.conftest import EXAMPLE

    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-13",
         "The Taliban control about half of the country's 419 district centers"],
    )  # fmt: skip
    assert "Verdict:" in res.output and "counts out of 419" in res.output, res.output
