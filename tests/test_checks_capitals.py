"""The checker's ``capitals`` measure (issue #8): reading and measuring provincial capitals.

A tiny world (tests/worlds.py) with one capital per province: Nolanabad in district Nolan
(North), Sarakabad in district Sarak (South). Each case is a small hand-written ledger.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.check.capitals import provincial_capitals
from mapper.checks import (
    CheckError,
    ClaimParseError,
    check_claim,
    parse_claim,
    verdict_box,
    verdict_text,
)
from mapper.claims import read_claims
from mapper.places import builtin_places, read_places
from mapper.snapshots import state_at
from tests.worlds import HEADER, tiny_provinces, tiny_units, write_us_capitals

COLUMNS = ["scope", *HEADER]


def write_claims(tmp_path, rows) -> str:
    """The rows as a ledger CSV with a scope column (missing cells empty)."""
    lines = [",".join(COLUMNS)]
    for r in rows:
        lines.append(",".join({"source": "Test", **r}.get(k, "") for k in COLUMNS))
    path = tmp_path / "claims.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


PLACES = read_places(
    text="name,variants,province,kind,lat,lon,source\n"
    "Nolanabad,,North,admin1,1.5,0.5,test\n"
    "Sarakabad,,South,admin1,0.5,0.5,test\n"
    "Sorkh Town,,South,town,0.5,1.5,test\n"
)
BASE = {"date": "2021-07-01", "scope": "country", "status": "government"}


def _verdict(tmp_path, rows, sentence, *, date="2021-07-10", ledger=True, places=PLACES, **kw):
    units = tiny_units()
    led = read_claims(write_claims(tmp_path, rows), units)
    state = state_at(led, units, date)
    return check_claim(
        parse_claim(sentence),
        state,
        units,
        vocabulary=led.vocabulary,
        places=places,
        ledger=led if ledger else None,
        **kw,
    )


def _range(v) -> tuple[float, float]:
    return v.range_values["low"], v.range_values["high"]


def test_the_built_in_afghan_capitals_are_34_with_kabul() -> None:
    caps = provincial_capitals(builtin_places("AFG"))
    assert len(caps) == 34
    assert "Kabul" in set(caps["name"])
    assert caps["province"].is_unique


def test_a_district_claim_decides_its_capital(tmp_path) -> None:
    rows = [BASE, {"date": "2021-07-05", "province": "North", "district": "Nolan",
                   "status": "taliban"}]  # fmt: skip
    v = _verdict(tmp_path, rows, "The Taliban control 1 of the 2 provincial capitals")
    assert v.verdict == "supported" and _range(v) == (1, 1)
    assert v.measure == "capitals" and v.total == 2
    assert v.capitals == {"Government control": ["Sarakabad"], "Taliban control": ["Nolanabad"]}
    assert any("same" in n for n in v.notes)  # the stated 2 matches the set's 2


def test_a_province_wide_claim_leaves_its_capital_open(tmp_path) -> None:
    rows = [BASE, {"date": "2021-07-05", "province": "North", "status": "taliban"}]
    v = _verdict(tmp_path, rows, "The Taliban control one provincial capital")
    assert v.verdict == "depends-on-assumptions" and _range(v) == (0, 1)
    assert v.capitals["open: on a province-wide claim"] == ["Nolanabad"]
    assert any("rest on province-wide claims (Nolanabad)" in n for n in v.notes)
    # the government side: the province-wide claim does not leave it its capital either
    g = _verdict(tmp_path, rows, "The government holds 2 provincial capitals")
    assert _range(g) == (1, 2)


def test_a_province_wide_claim_agreeing_with_the_capitals_own_claim(tmp_path) -> None:
    rows = [
        BASE,
        {"date": "2021-07-03", "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": "2021-07-05", "province": "North", "status": "taliban"},
    ]
    v = _verdict(tmp_path, rows, "The Taliban control one provincial capital")
    assert v.verdict == "supported" and _range(v) == (1, 1)
    assert any("Nolanabad (district claim dated 2021-07-03)" in n for n in v.notes)
    # without the ledger the earlier claim is not known: open
    assert _range(_verdict(tmp_path, rows, "The Taliban control one provincial capital",
                           ledger=False)) == (0, 1)  # fmt: skip
    # a province-wide claim that disagrees with the capital's own claim: open
    rows[1] = {**rows[1], "status": "government"}
    assert _range(_verdict(tmp_path, rows, "The Taliban control one provincial capital")) == (0, 1)


def test_a_country_wide_claim_decides_every_capital(tmp_path) -> None:
    rows = [BASE, {"date": "2021-08-15", "scope": "country", "status": "taliban"}]
    v = _verdict(tmp_path, rows, "The Taliban control all provincial capitals", date="2021-08-16")
    assert v.verdict == "supported" and _range(v) == (1.0, 1.0) and v.amounts["low"] == 2


def test_a_contested_capital_widens_the_range(tmp_path) -> None:
    rows = [BASE, {"date": "2021-07-05", "province": "South", "district": "Sarak",
                   "status": "contested"}]  # fmt: skip
    v = _verdict(tmp_path, rows, "The government holds half of the provincial capitals")
    assert v.verdict == "depends-on-assumptions" and _range(v) == (0.5, 1.0)
    assert v.capitals["Contested"] == ["Sarakabad"]


def test_capitals_with_no_claim_are_unclaimed(tmp_path) -> None:
    rows = [{"date": "2021-07-05", "province": "North", "district": "Nolan", "status": "taliban"}]
    v = _verdict(tmp_path, rows, "The Taliban control 2 provincial capitals")
    assert v.verdict == "undetermined" and _range(v) == (1, 2)
    assert v.capitals["no claim on record"] == ["Sarakabad"]
    n = _verdict(tmp_path, rows, "The Taliban control 2 provincial capitals", unclaimed="nobody")
    assert n.verdict == "contradicted"


def test_a_set_without_capitals_is_refused_saying_what_is_valid(tmp_path) -> None:
    rows = [BASE]
    with pytest.raises(CheckError, match=r"built in for Afghanistan.*--places FILE"):
        _verdict(tmp_path, rows, "The Taliban control 1 provincial capital", places=None)
    units = tiny_provinces()
    led = read_claims(write_claims(tmp_path, rows), units)
    state = state_at(led, units, "2021-07-10")
    with pytest.raises(CheckError, match="district-level"):
        check_claim(parse_claim("The Taliban control 1 provincial capital"), state, units,
                    places=PLACES)  # fmt: skip


def test_outputs_name_the_capitals_and_escape_them(tmp_path) -> None:
    places = read_places(
        text="name,variants,province,kind,lat,lon,source\n"
        '"<b>Nolan</b>",,North,admin1,1.5,0.5,test\nSarakabad,,South,admin1,0.5,0.5,test\n'
    )
    rows = [BASE, {"date": "2021-07-05", "province": "North", "district": "Nolan",
                   "status": "taliban"}]  # fmt: skip
    v = _verdict(tmp_path, rows, "The Taliban control 1 provincial capital", places=places)
    text = verdict_text(v)
    assert "Capitals: Taliban control (1): <b>Nolan</b>" in text
    doc = json.loads(json.dumps(v.as_dict()))
    assert doc["capitals"]["Taliban control"] == ["<b>Nolan</b>"]
    assert doc["parsed"]["capitals_named"] == [] and doc["parsed"]["change_days"] is None
    from mapper.report import normalize_verdicts

    (rec,) = normalize_verdicts([v.as_dict()])
    assert "Capitals: Taliban control (1): <b>Nolan</b>" in rec["notes"]
    assert "capitals" not in rec["extra"]
    box = verdict_box(v)
    assert "&lt;b&gt;Nolan&lt;/b&gt;" in box and "<b>Nolan</b>" not in box


@pytest.mark.parametrize(
    ("sentence", "figure", "lo", "total"),
    [
        ("The Taliban now control 17 of Afghanistan's 34 provincial capitals", "count", 17, 34),
        ("Taliban captures 33 of Afghanistan's 34 provincial capitals", "count", 33, 34),
        ("The insurgents now hold half of Afghanistan's 34 provincial capitals", "share", 0.5, 34),
        ("The Taliban control 20 out of 34 provincial capitals", "count", 20, 34),
        ("The Taliban now control nine provincial capitals of the country's 34 provinces",
         "count", 9, 34),
        ("The Taliban control more than a quarter of the country's 34 provincial capitals",
         "share", 0.25, 34),
        ("The Taliban control more than two dozen provincial centres", "count", 24, None),
        ("The Taliban hold 20 of 34 capital cities", "count", 20, 34),
        ("The Taliban have not taken over any of the 34 provincial capitals", "count", 0, 34),
        ("The number of provincial capitals under Taliban control has risen to 19", "count", 19,
         None),
        ("The government is in control of just Kabul and five other provincial capitals",
         "count", 6, None),
        ("The Taliban have taken the 10th provincial capital", "count", 10, None),
        ("Tarin Kowt, the capital of Uruzgan province, is among more than two dozen provincial "
         "centres now in Taliban hands", "count", 24, None),
        ("Herat is one of 20 provincial capitals held by the Taliban", "count", 20, None),
    ],
)  # fmt: skip
def test_capitals_sentences_are_read(sentence, figure, lo, total) -> None:
    # an ordinal is read with the date of writing (the day of the event): tests/test_checks_falls
    c = parse_claim(sentence, anchor=dt.date(2021, 8, 12))
    assert c.measure == "capitals" and c.figure.form == figure and c.figure.lo == lo
    assert (c.figure.of_total or c.stated_total) == total
    assert c.scope_text() == "the country"


def test_an_ordinal_and_a_negation_say_how_they_were_read() -> None:
    c = parse_claim(
        "Ghazni is the 10th provincial capital to fall to the Taliban", anchor=dt.date(2021, 8, 12)
    )
    assert any("ordinal" in n and "count of falls" in n for n in c.reading_notes)
    assert c.capitals_named == ("Ghazni",) and c.ordinal == 10 and c.check_date == "2021-08-12"
    assert [u.name for u in c.also_units] == ["Ghazni"]
    z = parse_claim("The Taliban have not taken over any of the 34 provincial capitals")
    assert any("exact zero" in n for n in z.reading_notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control the capital",
        "The Taliban control half of the capitals",
        "The Taliban hold 5 capitals of Narnia",
        "The Taliban hold most provincial capitals outside Herat",
        "The Taliban seized three more provincial capitals",
        "The Taliban control five provincial capitals in Herat",
        "Herat, the capital of Kandahar province, is among 10 provincial capitals the Taliban hold",
        "Narnia, the capital of Narnia province, is one of 10 provincial capitals the Taliban hold",
        "The Taliban have not captured half of the provincial capitals",
        "The Taliban hold none of the provincial capitals",
        "The Taliban control 10 provincial capitals including Narnia",
        "The Taliban control the provincial capital",
        "With the fall of Narnia, the Taliban control 10 provincial capitals",
        "The government has not captured any of the 34 provincial capitals",
        "The Taliban have not taken over any of the 34 provincial capitals yet",
        "The Taliban have not taken over most of the 34 provincial capitals",
        "The Taliban hold the second largest provincial capital",
        "The Taliban control 60% of the country, including provincial capitals Herat and Kandahar",
        "The number of provincial capitals under the control of the Taliban has risen to 19",
        "The number of provincial capitals under Taliban control has fallen to 19",
        "The Taliban besiege Kabul and five other provincial capitals",
        "The government lost Kabul and five other provincial capitals",
        "The Taliban have not taken the eighth provincial capital",
        "Narnia is one of 20 provincial capitals held by the Taliban",
        "Herat is among the provinces the Taliban hold",
        "Tarin Kowt, the capital of Uruzgan province, where Afghan troops fought and died for "
        "13 days, is among more than two dozen provincial centres now in Taliban hands",
        "Tarin Kowt, the capital of Uruzgan province, where the Taliban fought for 13 years, is "
        "among more than two dozen provincial centres now in Taliban hands",
        "Tarin Kowt, the capital of Uruzgan province, where Australian troops are fighting, is "
        "among more than two dozen provincial centres now in Taliban hands",
        "Tarin Kowt, where Australian troops took 13 districts, is among more than two dozen "
        "provincial capitals now in Taliban hands",
        "Tarin Kowt, the capital of Uruzgan province, where Australian troops fought and died "
        "for 13 years, is among more than two dozen districts now in Taliban hands",
        "Tarin Kowt, the capital of Uruzgan province, where Australian troops fought and died "
        "for 13 years, is among the provinces not in Taliban hands",
        "Tarin Kowt, the capital of Uruzgan province, where Australian troops fought and died "
        "for 13 years, may be among more than two dozen provincial centres now in Taliban hands",
        "The Taliban captured half of Kunduz, the capital of Kunduz province, and 5 provincial "
        "capitals",
        "The Taliban hold half of Kunduz, the capital of Kunduz province, with 34 provincial "
        "capitals",
    ],
)
def test_capitals_near_misses_are_refused(sentence) -> None:
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


def test_where_foreign_troops_once_fought_is_set_aside_before_among() -> None:
    # real r112 (Sydney Morning Herald): the relative clause is the town's past; its 13 counts
    # years, not capitals; the count and the named capital are read as without it
    c = parse_claim(
        "Tarin Kowt, the capital of Uruzgan province, where Australian troops fought and died "
        "for 13 years, is among more than two dozen provincial centres now in Taliban hands."
    )
    assert c.measure == "capitals" and c.comparison == "over" and c.figure.lo == 24
    assert c.side == "taliban" and c.capitals_named == ("Tarinkot",)
    assert any("where australian troops fought and died for 13 years" in n
               and "set aside" in n for n in c.reading_notes)  # fmt: skip


@pytest.mark.filterwarnings(
    "ignore:.*(left out|repaired with make_valid|overlapping pair|shared by units):UserWarning"
)
def test_capitals_on_us_counties_refused_or_from_a_places_file(mirror, tmp_path) -> None:
    """A set with no built-in capitals: refused, saying what is valid; --places gives them."""
    from click.testing import CliRunner

    from mapper.cli import main

    ledger = str(Path(__file__).resolve().parent / "data" / "us-counties-ledger.csv")
    args = ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "cache"), "check", ledger,
            "The Taliban control 1 of the 2 provincial capitals", "--boundary", "us-counties",
            "--date", "2024-03-10", "--format", "json"]  # fmt: skip
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1 and "has no provincial capitals" in res.output
    assert "--places FILE" in res.output
    places = write_us_capitals(tmp_path)
    res = CliRunner().invoke(main, [*args, "--places", str(places)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["total"] == 2 and doc["capitals"] == {"no claim on record": ["Austin", "Sacramento"]}


def test_a_count_over_a_period_is_checked_as_a_change(tmp_path) -> None:
    """'captured 1 in the last week' is the state only if the side held none a week before:
    checked on the ledger, no verdict otherwise."""
    rows = [BASE, {"date": "2021-07-08", "province": "North", "district": "Nolan",
                   "status": "taliban"}]  # fmt: skip
    sentence = "The Taliban captured 1 of the 2 provincial capitals in the last week"
    c = parse_claim(sentence)
    assert c.change_days == 7 and any("a period of 7 days" in n for n in c.reading_notes)
    v = _verdict(tmp_path, rows, sentence, date="2021-07-10")
    assert v.verdict == "supported"
    assert any("On 2021-07-03, 7 days before" in n and "holding none" in n for n in v.notes)
    with pytest.raises(CheckError, match="may already have held 1 provincial capital"):
        _verdict(tmp_path, rows, sentence, date="2021-07-20")
    with pytest.raises(CheckError, match="needs the ledger"):
        _verdict(tmp_path, rows, sentence, date="2021-07-10", ledger=False)
    # a capital with no claim at the start may have been the side's: no verdict
    with pytest.raises(CheckError, match="may already have held"):
        _verdict(tmp_path, rows[1:], sentence, date="2021-07-10")
    assert parse_claim("The Taliban took 3 provincial capitals in six days").change_days == 6
    share = parse_claim("The Taliban took half of the 2 provincial capitals in the last week")
    assert share.change_days == 7
    assert _verdict(tmp_path, rows, share.text, date="2021-07-10").verdict == "supported"
    # a lower bound over a period is entailed by the state: no change check
    assert parse_claim("The Taliban gained control of more than a quarter of the provincial "
                       "capitals in less than a week").change_days is None  # fmt: skip
    # taken in a period given as a bound: a floor, not a change over 7 days (counts13)
    taken = parse_claim("The Taliban took 3 provincial capitals in less than a week")
    assert (taken.change_days, taken.comparison) == (None, "at-least")
    for refused in ("The Taliban took 30 districts in the last week",
                    "The Taliban took 3 provincial capitals in the last month",
                    "The Taliban took 3 provincial capitals in recent weeks"):  # fmt: skip
        with pytest.raises(ClaimParseError):
            parse_claim(refused)


_READ = [
    "The Taliban now control 17 of Afghanistan's 34 provincial capitals",
    "The insurgents now hold half of Afghanistan's 34 provincial capitals",
    "The Taliban have not taken over any of the 34 provincial capitals",
    "The number of provincial capitals under Taliban control has risen to 19",
    "The government is in control of just Kabul and five other provincial capitals",
    "With the capture of Pul-e-Alam, the Taliban hold 18 provincial capitals, including the "
    "cities of Herat, Kandahar and Ghazni",
    "The Taliban captured 5 provincial capitals in the last week",
    "Tarin Kowt is among more than two dozen provincial centres now in Taliban hands",
]


@settings(max_examples=200, deadline=None)
@given(
    sentence=st.sampled_from(_READ),
    word=st.one_of(
        st.from_regex(r"[bcdfghjklmnpqrstvwxz]{3,9}", fullmatch=True),
        st.sampled_from(["city", "capital", "not", "more", "another", "Narnia", "northern",
                         "former", "other", "none", "outside", "Herat", "Kabul", "also"]),
    ),
    at=st.integers(min_value=0, max_value=40),
)  # fmt: skip
def test_inserting_a_word_into_a_capitals_sentence(sentence: str, word: str, at: int) -> None:
    """A word outside the grammar (no figure or comparison word) inserted anywhere in a
    capitals sentence: refused, or read exactly as before
    (measure, side, figure, denominator)."""
    words = sentence.split()
    i = at % (len(words) + 1)
    base = parse_claim(sentence)
    try:
        new = parse_claim(" ".join([*words[:i], word, *words[i:]]))
    except ClaimParseError:
        return
    key = lambda c: (c.measure, c.side, c.comparison, c.figure.lo, c.figure.hi,  # noqa: E731
                     c.figure.of_total or c.stated_total, c.province)  # fmt: skip
    assert key(new) == key(base), " ".join([*words[:i], word, *words[i:]])


@pytest.mark.parametrize(
    "sentence",
    [
        "34 the Taliban hold 18 districts",
        "The Taliban 34 hold 18 districts",
        "34 Taliban 18 districts",
        "The Taliban hold 18 districts 34",
        "The Taliban hold 17 of Afghanistan's 34 districts province",
        "half the Taliban hold 18 districts",
        "The Taliban hold 17 provincial capitals 34",
        "The Taliban hold one 18 districts",
        "The Taliban captured one 5 provincial capitals in the last week",
    ],
)
def test_a_number_apart_from_the_figure_is_not_its_total(sentence) -> None:
    """Found by inserting words into capitals sentences: a number after the counted noun,
    after a verb or past the side's name was read as the figure's stated total (34 of 18)."""
    with pytest.raises(ClaimParseError):
        parse_claim(sentence)


@pytest.mark.parametrize(
    ("sentence", "lo", "total"),
    [
        ("The Taliban captured two of Kunduz's seven districts", 2, 7),
        ("The Taliban control 224 out of a possible 421 districts", 224, 421),
        ("The Taliban hold a third of Afghanistan's 421 districts", 1 / 3, 421),
    ],
)
def test_stated_totals_still_read(sentence, lo, total) -> None:
    c = parse_claim(sentence)
    assert c.figure.lo == pytest.approx(lo) and (c.figure.of_total or c.stated_total) == total


def test_a_capitals_claim_built_with_a_province_is_refused_not_widened(tmp_path) -> None:
    from dataclasses import replace

    rows = [BASE]
    c = replace(parse_claim("The Taliban control 1 provincial capital"), province="North")
    units = tiny_units()
    led = read_claims(write_claims(tmp_path, rows), units)
    with pytest.raises(CheckError, match="counted over the country"):
        check_claim(c, state_at(led, units, "2021-07-10"), units, places=PLACES)
