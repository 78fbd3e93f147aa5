"""Two claims in one sentence (#8, helper lists6): capitals named in an evaluative clause
beside a count, and a count with its list of capitals each paired with its province.

"The Taliban have conquered 12 of Afghanistan's 34 provincial capitals ..., and Kandahar and
Herat are the biggest gains yet for them" (Daily News Brief, 13 August 2021) says the count and
that the two were taken: both are checked (beside.py). "On Saturday at least seven provincial
capitals, Mazar-e-Sharif of Balkh, ..., fell to the Taliban" (Precious Kashmir, 15 August
2021) is its seven named capitals, each pair agreeing with the places data. On the example
ledger on 10 August Kandahar (row 202) and Herat (row 200) are still the government's.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.checks import ClaimParseError, parse_claim
from mapper.cli import main
from tests.conftest import EXAMPLE

GAINS = (
    "The Taliban have conquered 12 of Afghanistan's 34 provincial capitals in a weeklong "
    "assault, and Kandahar and Herat are the biggest gains yet for them."
)
LIST7 = (
    "On Saturday at least seven provincial capitals, Mazar-e-Sharif of Balkh, Maymana of "
    "Faryab, Sharana of Paktika, Asadabad of Kunar, Mehtarlam of Laghman, Nili of Daykundi and "
    "Gardez of Paktia, fell to the Taliban."
)


def test_capitals_named_as_the_biggest_gains_are_checked_beside_the_count() -> None:
    c = parse_claim(GAINS)
    assert (c.measure, c.figure.lo, c.side) == ("capitals", 12, "taliban")
    assert [u.name for u in c.also_units] == ["Kandahar", "Herat"]
    assert any("biggest gains is a rank, not checked" in n for n in c.reading_notes)
    lead = parse_claim(
        "The seizure of Kandahar and Herat marks the biggest prizes yet for the Taliban, who "
        "have taken 12 of Afghanistan's 34 provincial capitals as part of a week-long blitz."
    )
    assert [u.name for u in lead.also_units] == ["Kandahar", "Herat"]
    assert lead.figure.lo == 12 and lead.side == "taliban"


@pytest.mark.parametrize(
    "sentence",
    [
        GAINS.replace("are the", "could be the"),
        GAINS.replace("are the", "are not the"),
        GAINS.replace("gains", "losses"),
        GAINS.replace("for them", "for the government"),
        GAINS.replace("Herat", "Helmand"),
        GAINS.replace("Herat", "Narnia"),
    ],
)
def test_near_misses_of_the_gains_clause_stay_refused(sentence: str) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


def test_the_second_claim_decides_the_sentence(mirror: Path) -> None:
    s = GAINS.replace(" in a weeklong assault", "")
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-10", s,
         "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    names = {u["unit"].split(" (")[0]: u["verdict"] for u in d["units"]}
    assert names == {"Kandahar": "contradicted", "Herat": "contradicted"}
    assert d["verdict"] == "contradicted"


def test_a_count_with_its_list_is_the_named_capitals() -> None:
    c = parse_claim(LIST7, anchor=dt.date(2021, 8, 15))
    assert c.measure == "units" and c.side == "taliban" and c.check_date == "2021-08-14"
    assert [u.name for u in c.named_units] == [
        "Mazar-i-Sharif", "Maymana", "Sharana", "Asadabad", "Mihtarlam", "Nili", "Gardez",
    ]  # fmt: skip
    assert any("is its list's length" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        (LIST7.replace("seven", "eight"), "disagree"),
        (LIST7.replace("at least", "more than"), "beyond the list"),
        (LIST7.replace("Maymana of Faryab", "Maymana of Kunar"), "not of 'Kunar'"),
        (LIST7.replace("Maymana of Faryab", "Narnia of Faryab"), "each item must name"),
        (LIST7.replace("fell to", "are held by"), ""),
        (LIST7.replace("fell to", "have not fallen to"), "negation"),
    ],
)
def test_a_list_that_does_not_fit_its_count_is_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(sentence, anchor=dt.date(2021, 8, 15))
    assert why in str(e.value)


MORE3 = (
    "The Taliban has taken control of three more Afghan provincial capitals — Badakhshan and "
    "Baghlan provinces in the northeast and Farah province to the west of the country."
)


def test_capitals_named_by_their_provinces_after_a_dash() -> None:
    c = parse_claim(MORE3)
    assert c.measure == "units" and c.side == "taliban"
    assert [u.name for u in c.named_units] == ["Fayzabad", "Pul-e Khumri", "Farah"]
    assert any("'more' (that they add to earlier falls) is not checked" in n
               for n in c.reading_notes)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        (MORE3.replace("three", "four"), "disagree"),
        (MORE3.replace("northeast", "southwest"), "places data puts its capital elsewhere"),
        (MORE3.replace("Farah province", "Narnia province"), "one of the boundary set's"),
        (MORE3.replace("of the country", "of Iran"), "read only as"),
    ],
)
def test_capitals_by_province_that_do_not_fit_are_refused(sentence: str, why: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(sentence)
    assert why in str(e.value)


def test_from_n_districts_before_a_count_of_falls_is_its_total() -> None:
    c = parse_claim(
        "From 18 districts in Ghazni, seven districts in total have fallen to the Taliban"
    )
    assert (c.measure, c.figure.lo, c.province, c.stated_total) == ("districts", 7, "Ghazni", 18)
    with pytest.raises(ClaimParseError):
        parse_claim("From 18 districts in Ghazni, the government now holds seven districts")
