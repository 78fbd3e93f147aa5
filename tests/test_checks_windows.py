"""Date windows (issue #8): "late last month", "last week", "in mid-July", "6-9 August".

The phrases resolve against the date the sentence was written (the anchor); a state claim is
checked on every day of its window. The figures below are worked out by hand from the rows of
examples/afghanistan-2021.csv (quoted), not copied from the checker's output.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mapper.boundaries import load_units
from mapper.checks import (
    CheckError,
    ClaimParseError,
    check_claim,
    parse_claim,
    verdict_box,
    verdict_text,
)
from mapper.claims import read_claims
from mapper.snapshots import state_at
from tests.conftest import mirror_dir
from tests.test_checks_capitals import BASE, PLACES, write_claims
from tests.worlds import tiny_units

D = dt.date.fromisoformat


# --------------------------------------------------------------------------------------------
# Reading: each phrase maps to the days the README says


@pytest.mark.parametrize(
    ("sentence", "anchor", "start", "end"),
    [
        # 2021-07-21 is a Wednesday
        ("The Taliban controlled half of the country late last month", "2021-07-21",
         "2021-06-21", "2021-06-30"),
        ("The Taliban controlled half of the country early last month", "2021-07-21",
         "2021-06-01", "2021-06-10"),
        ("The Taliban controlled half of the country in mid-last month", "2021-07-21",
         "2021-06-11", "2021-06-20"),
        ("The Taliban controlled half of the country at the end of last month", "2021-07-21",
         "2021-06-24", "2021-06-30"),
        ("The Taliban controlled half of the country last month", "2021-03-05",
         "2021-02-01", "2021-02-28"),
        ("The Taliban controlled half of the country last month", "2021-01-12",
         "2020-12-01", "2020-12-31"),
        ("The Taliban controlled half of the country last week", "2021-07-21",
         "2021-07-12", "2021-07-18"),
        ("The Taliban controlled half of the country this week", "2021-07-21",
         "2021-07-19", "2021-07-21"),
        ("The Taliban controlled half of the country earlier this week", "2021-07-21",
         "2021-07-19", "2021-07-20"),
        ("The Taliban controlled half of the country earlier this month", "2021-07-21",
         "2021-07-01", "2021-07-20"),
        ("The Taliban controlled half of the country this month", "2021-07-21",
         "2021-07-01", "2021-07-21"),
        ("The Taliban controlled half of the country in mid-July", "2021-08-09",
         "2021-07-11", "2021-07-20"),
        ("In early August, the Taliban controlled half of the country", "2021-08-20",
         "2021-08-01", "2021-08-10"),
        ("As of early August, the Taliban controlled half of the country", "2021-08-06",
         "2021-08-01", "2021-08-06"),  # cut at the date of writing
        ("By the end of July the Taliban controlled half of the country", "2021-08-09",
         "2021-07-25", "2021-07-31"),
        ("By late July, the Taliban controlled half of the country", "2021-08-09",
         "2021-07-21", "2021-07-31"),
        ("The Taliban controlled half of the country in July", "2021-08-09",
         "2021-07-01", "2021-07-31"),
        ("The Taliban controlled half of the country in February 2021", "2021-08-09",
         "2021-02-01", "2021-02-28"),
        ("Between 6 and 9 August, the Taliban controlled half of the country", "2021-08-10",
         "2021-08-06", "2021-08-09"),
        ("On 6-9 August, the Taliban controlled half of the country", "2021-08-10",
         "2021-08-06", "2021-08-09"),
        ("On August 6-9, the Taliban controlled half of the country", "2021-08-10",
         "2021-08-06", "2021-08-09"),
        ("Between 19 May and 13 July the Taliban controlled half of the country", "2021-08-10",
         "2021-05-19", "2021-07-13"),
    ],
)  # fmt: skip
def test_window_phrases_resolve_to_the_documented_days(sentence, anchor, start, end) -> None:
    c = parse_claim(sentence, anchor=D(anchor))
    assert (c.window_start, c.window_end, c.check_date) == (start, end, "")
    assert any(f"from {start} to {end}" in n for n in c.reading_notes)


@pytest.mark.parametrize(
    ("sentence", "anchor", "day"),
    [
        ("As of 15 July, over a third of Afghanistan's 421 districts were controlled by the "
         "Taliban", "2021-08-09", "2021-07-15"),
        ("By 21 July, half of Afghanistan was under Taliban control", "2021-08-09", "2021-07-21"),
        ("The Taliban controlled half of the country yesterday", "2021-08-09", "2021-08-08"),
        ("The Taliban controlled half of the country on 17 July 2021", "2021-08-09",
         "2021-07-17"),
    ],
)  # fmt: skip
def test_one_day_is_a_check_date(sentence, anchor, day) -> None:
    c = parse_claim(sentence, anchor=D(anchor))
    assert (c.check_date, c.window_start) == (day, "")


def test_without_an_anchor_relative_windows_are_refused_and_absolute_dates_only_shown() -> None:
    with pytest.raises(ClaimParseError, match="needs that date"):
        parse_claim("The Taliban controlled half of the country late last month")
    c = parse_claim("The Taliban controlled half of the country in mid-July")
    assert (c.date_text, c.check_date, c.window_start) == ("in mid-july", "", "")


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("The Taliban controlled half of the country by July", "2021-08-09"),  # start or end?
        ("The Taliban controlled half of the country by 2021", "2021-08-09"),
        ("The Taliban controlled half of the country in mid-September", "2021-08-09"),  # no year
        ("The Taliban controlled half of the country in mid-September 2021", "2021-08-09"),
        ("The Taliban controlled half of the country on 20 August", "2021-08-09"),
        ("The Taliban controlled half of the country last week and earlier this month",
         "2021-08-09"),  # two windows
        ("The Taliban controlled half of the country late last week", "2021-08-09"),
        ("The Taliban controlled half of the country earlier last month", "2021-08-09"),
        ("The Taliban controlled half of the country earlier this week", "2021-08-09"),  # Monday
        ("The Taliban controlled half of the country earlier this month", "2021-08-01"),
        ("The Taliban controlled half of the country late next month", "2021-08-09"),
        ("The Taliban will control half of the country by next week", "2021-08-09"),
        ("The Taliban controlled half of the country soon", "2021-08-09"),
        ("The Taliban controlled 100 districts in recent months", "2021-08-09"),
        ("The Taliban controlled half of the country on 9-6 August", "2021-08-10"),
        ("The Taliban controlled half of the country on 30-32 July", "2021-08-10"),
        ("The Taliban controlled half of the country on 6/8/2021", "2021-08-10"),  # d/m or m/d?
        ("The Taliban controlled half of the country last week, three weeks ago", "2021-08-10"),
        # a figure taken over a span of days is a change: read only for capitals, a count of
        # districts, or a lower bound
        ("The Taliban captured a third of the country in July", "2021-08-09"),
        ("The Taliban seized 3 provinces on 6-9 August", "2021-08-10"),
        ("The Taliban captured 2,000 square km last week", "2021-08-10"),
    ],
)  # fmt: skip
def test_window_near_misses_are_refused(sentence, anchor) -> None:
    with pytest.raises(ClaimParseError):
        c = parse_claim(sentence, anchor=D(anchor))
        pytest.fail(f"read with window {c.window_start}..{c.window_end}, day {c.check_date}")


def test_a_lower_bound_taken_over_a_span_is_the_state_on_its_last_day() -> None:
    # "captured most of Badakhshan earlier this week": held at least that much by the end
    c = parse_claim(
        "Earlier this week, the Taliban captured most of Badakhshan", anchor=D("2021-07-09")
    )  # 9 July 2021 is a Friday: Monday 5 July to Thursday 8 July
    assert (c.check_date, c.window_start) == ("2021-07-08", "")
    assert any("entailed by the state on its last day, 2021-07-08" in n for n in c.reading_notes)
    c = parse_claim(
        "In July, the Taliban captured more than half of the country", anchor=D("2021-08-09")
    )
    assert (c.check_date, c.window_start) == ("2021-07-31", "")


def test_a_capitals_count_over_a_span_is_the_capitals_change_reading() -> None:
    c = parse_claim(
        "On 6-9 August, the Taliban captured six provincial capitals including Kunduz",
        anchor=D("2021-08-09"),
    )
    # the state on the span's last day, if the side held none the day before it began
    assert (c.measure, c.figure.lo, c.change_days, c.check_date) == ("capitals", 6, 4, "2021-08-09")
    assert c.window_start == ""
    c = parse_claim(
        "Between 6 and 9 August the Taliban captured six provincial capitals",
        anchor=D("2021-08-10"),
    )
    assert (c.change_days, c.check_date) == (4, "2021-08-09")


def test_a_capitals_span_on_a_tiny_ledger(tmp_path) -> None:
    """Nolanabad (North) falls on 8 July: 'On 5-9 July the Taliban captured 1 of the 2
    provincial capitals' holds (none held on 4 July); a span starting after the fall does
    not get a verdict."""
    units = tiny_units()
    rows = [BASE, {"date": "2021-07-08", "province": "North", "district": "Nolan",
                   "status": "taliban"}]  # fmt: skip
    led = read_claims(write_claims(tmp_path, rows), units)
    c = parse_claim(
        "On 5-9 July the Taliban captured 1 of the 2 provincial capitals", anchor=D("2021-07-12")
    )
    v = check_claim(
        c, state_at(led, units, c.check_date), units, vocabulary=led.vocabulary,
        places=PLACES, ledger=led,
    )  # fmt: skip
    assert v.verdict == "supported"
    assert any("On 2021-07-04, 5 days before" in n for n in v.notes)
    late = parse_claim(
        "On 9-11 July the Taliban captured 1 of the 2 provincial capitals", anchor=D("2021-07-12")
    )
    with pytest.raises(CheckError, match="may already have held 1 provincial capital"):
        check_claim(
            late, state_at(led, units, late.check_date), units, vocabulary=led.vocabulary,
            places=PLACES, ledger=led,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Evaluation on the example ledger


@pytest.fixture(scope="module")
def afg(tmp_path_factory: pytest.TempPathFactory):
    mirror = mirror_dir()
    if not (mirror / "geoBoundaries-AFG-ADM2.shp").is_file():
        pytest.skip("boundary mirror not present")
    units = load_units(
        "afg-districts", mirror=mirror, cache_dir=tmp_path_factory.mktemp("windows-cache")
    )
    return units, read_claims("examples/afghanistan-2021.csv", units)


def _check(afg, sentence: str, anchor: str, **kw):
    units, ledger = afg
    c = parse_claim(sentence, anchor=D(anchor), gazetteer=units.gazetteer())
    day = c.window_end or c.check_date or anchor
    state = state_at(ledger, units, day)
    return check_claim(c, state, units, vocabulary=ledger.vocabulary, ledger=ledger, **kw)


# Jowzjan has 11 districts in afg-districts. The example ledger's rows for it before July:
#   2021-05-01 country-wide: government (the baseline)
#   2021-06-19 Mardyan: taliban
#   2021-06-21 Aqcha, Fayzabad, Khaniqa, Mangajek: taliban
#   2021-06-22 Kham Ab, Qarqin: taliban
# no contested, disputed or unconfirmed row. So the Taliban hold (low = high):
#   1 district on 19-20 June, 5 on 21 June, 7 from 22 June to the end of June.
# "Late last month" written on 5 July 2021 is 21-30 June: 5 on the 21st, 7 after.


def test_a_state_that_changes_inside_the_window_depends_on_the_day(afg) -> None:
    v = _check(afg, "The Taliban controlled 7 districts in Jowzjan late last month", "2021-07-05")
    assert v.verdict == "depends-on-assumptions"
    assert (v.window_start, v.window_end, v.date) == ("2021-06-21", "2021-06-30", "2021-06-30")
    assert (v.range_values["low"], v.range_values["high"]) == (5, 7)
    assert [(r["from"], r["to"], r["verdict"]) for r in v.window_runs] == [
        ("2021-06-21", "2021-06-21", "contradicted"),
        ("2021-06-22", "2021-06-30", "supported"),
    ]
    assert "flips on 2021-06-22" in v.explanation
    # the units that decide are the two that fell inside the window (Kham Ab, Qarqin)
    units, _ = afg
    names = {str(units.table.loc[u, "name"]) for u in v.deciding_units}
    assert names == {"Kham Ab", "Qarqin"}


def test_a_claim_that_holds_on_every_day_is_supported(afg) -> None:
    v = _check(
        afg, "The Taliban controlled at least 5 districts in Jowzjan late last month", "2021-07-05"
    )
    assert v.verdict == "supported"
    assert (v.range_values["low"], v.range_values["high"]) == (5, 7)
    assert [r["verdict"] for r in v.window_runs] == ["supported"]


def test_a_claim_that_fails_on_every_day_is_contradicted_with_its_gap(afg) -> None:
    v = _check(afg, "The Taliban controlled 8 districts in Jowzjan late last month", "2021-07-05")
    assert v.verdict == "contradicted"
    assert (v.direction, v.gap) == ("overstates", (1, 3))  # 8 - 7 to 8 - 5


def test_a_window_before_the_first_fall(afg) -> None:
    # 11-20 June: none until Mardyan on the 19th, one on the 19th and 20th
    v = _check(afg, "The Taliban controlled 1 district in Jowzjan in mid-June", "2021-07-05")
    assert (v.range_values["low"], v.range_values["high"]) == (0, 1)
    assert [(r["from"], r["verdict"]) for r in v.window_runs] == [
        ("2021-06-11", "contradicted"),
        ("2021-06-19", "supported"),
    ]


def test_the_window_reads_the_ledger_once(afg, monkeypatch) -> None:
    """No state_at per day: one timeline for the window, one check per distinct state."""
    import mapper.snapshots
    import mapper.timeline

    calls = {"timeline": 0}
    real = mapper.timeline.build_timeline

    def counting(*a, **k):
        calls["timeline"] += 1
        return real(*a, **k)

    def no_state_at(*a, **k):
        raise AssertionError("state_at called per day")

    units, ledger = afg
    c = parse_claim(
        "The Taliban controlled 7 districts in Jowzjan late last month",
        anchor=D("2021-07-05"),
        gazetteer=units.gazetteer(),
    )
    state = state_at(ledger, units, c.window_end)
    monkeypatch.setattr(mapper.timeline, "build_timeline", counting)
    monkeypatch.setattr(mapper.snapshots, "state_at", no_state_at)
    v = check_claim(c, state, units, vocabulary=ledger.vocabulary, ledger=ledger)
    assert calls["timeline"] == 1 and v.verdict == "depends-on-assumptions"


def test_a_window_needs_the_ledger(afg) -> None:
    units, ledger = afg
    c = parse_claim(
        "The Taliban controlled half of the country in mid-July", anchor=D("2021-08-09")
    )
    with pytest.raises(CheckError, match="needs the ledger"):
        check_claim(c, state_at(ledger, units, "2021-07-20"), units, vocabulary=ledger.vocabulary)


def test_outputs_carry_the_window(afg) -> None:
    v = _check(afg, "The Taliban controlled 7 districts in Jowzjan late last month", "2021-07-05")
    text = verdict_text(v)
    assert "(state on every day from 2021-06-21 to 2021-06-30)" in text
    assert "window: every day from 2021-06-21 to 2021-06-30" in text
    d = json.loads(json.dumps(v.as_dict()))
    assert d["window"]["start"] == "2021-06-21" and d["window"]["end"] == "2021-06-30"
    assert [r["verdict"] for r in d["window"]["runs"]] == ["contradicted", "supported"]
    assert d["parsed"]["window"] == ["2021-06-21", "2021-06-30"]
    assert "on every day from 2021-06-21 to 2021-06-30" in verdict_box(v)
    # a one-day claim keeps the old JSON: no window key
    one = _check(afg, "The Taliban controlled 7 districts in Jowzjan", "2021-06-25")
    assert "window" not in one.as_dict() and "window" not in one.as_dict()["parsed"]


def test_the_report_shows_the_window_and_the_runs(afg) -> None:
    from mapper.report import normalize_verdicts

    v = _check(afg, "The Taliban controlled 7 districts in Jowzjan late last month", "2021-07-05")
    (rec,) = normalize_verdicts([json.loads(json.dumps(v.as_dict()))])
    assert rec["date"] == "2021-06-21 to 2021-06-30"
    assert (
        "By day: CONTRADICTED on 2021-06-21; SUPPORTED on 2021-06-22 to 2021-06-30" in rec["notes"]
    )
    assert "window" not in rec["extra"]


def test_unclaimed_modes_over_a_window(afg) -> None:
    """The news-only ledger's Jowzjan rows before July: Qarqin taliban on 22 June, nothing
    else (the other 10 districts have no claim). "1 district late last month" (21-30 June):
    every day undetermined with the unclaimed counted both ways (0 recorded on the 21st,
    1 after, up to 11 with the unclaimed); counted for nobody, 0 then 1: depends on the day."""
    units, _ = afg
    news = read_claims("tests/data/afghanistan-2021-news-only.csv", units)
    c = parse_claim(
        "The Taliban controlled 1 district in Jowzjan late last month",
        anchor=D("2021-07-05"),
        gazetteer=units.gazetteer(),
    )
    state = state_at(news, units, c.window_end)
    v = check_claim(c, state, units, vocabulary=news.vocabulary, ledger=news)
    assert v.verdict == "undetermined"
    assert (v.range_values["low"], v.range_values["high"]) == (0, 11)
    for mode in ("nobody", "government"):
        v = check_claim(c, state, units, vocabulary=news.vocabulary, ledger=news, unclaimed=mode)
        assert v.verdict == "depends-on-assumptions" and v.unclaimed == mode
        assert (v.range_values["low"], v.range_values["high"]) == (0, 1)
        assert [(r["from"], r["verdict"]) for r in v.window_runs] == [
            ("2021-06-21", "contradicted"),
            ("2021-06-22", "supported"),
        ]


# --------------------------------------------------------------------------------------------
# A count of districts taken over a span: a change (spans.py)


@pytest.mark.parametrize(
    ("sentence", "anchor", "start", "end"),
    [
        ("The Taliban captured 10 districts last week", "2021-08-09", "2021-08-02", "2021-08-08"),
        ("Five districts fell to the Taliban last week", "2021-08-09", "2021-08-02", "2021-08-08"),
        ("Four of Laghman province's six districts fell to the Taleban between 19 May and "
         "13 July", "2021-08-09", "2021-05-19", "2021-07-13"),
        ("The Taliban seized 30 districts on 6-9 August", "2021-08-10", "2021-08-06",
         "2021-08-09"),
    ],
)  # fmt: skip
def test_a_count_of_districts_taken_over_a_span_is_read_as_a_change(
    sentence, anchor, start, end
) -> None:
    c = parse_claim(sentence, anchor=D(anchor))
    assert (c.window_start, c.window_end, c.window_taken) == (start, end, True)
    assert c.measure == "districts" and c.form == "count"


def test_districts_taken_in_laghman(afg) -> None:
    """Laghman's rows (5 districts in afg-districts): Dawlat Shah (Daulatshahi) on 20 May,
    taliban and government the same day (disputed: possibly taken); Alingar and Alishing
    taliban on 13 July (certainly taken, government by the baseline before). 19 May - 13 July:
    2 certainly, 3 possibly; "four fell" overstates by 1-2."""
    v = _check(
        afg,
        "Four of Laghman province's six districts fell to the Taleban between 19 May and 13 July.",
        "2021-08-09",
    )
    units, _ = afg
    assert v.verdict == "contradicted"
    assert (v.range_values["low"], v.range_values["high"]) == (2, 3)
    assert (v.direction, v.gap) == ("overstates", (1, 2))
    names = {str(units.table.loc[u, "name"]) for u in v.deciding_units}
    assert names == {"Alingar", "Alishing", "Daulatshahi"}
    assert "(districts taken from 2021-05-19 to 2021-07-13)" in verdict_text(v)


def test_districts_taken_in_jowzjan_late_june(afg) -> None:
    # 21-30 June: Aqcha, Fayzabad, Khaniqa, Mangajek (21st), Kham Ab, Qarqin (22nd) = 6;
    # Mardyan fell on the 19th, before the span: not counted (the state on the 30th is 7)
    six = _check(afg, "The Taliban captured 6 districts in Jowzjan late last month", "2021-07-05")
    seven = _check(afg, "The Taliban captured 7 districts in Jowzjan late last month", "2021-07-05")
    assert (six.verdict, seven.verdict) == ("supported", "contradicted")
    assert (six.range_values["low"], six.range_values["high"]) == (6, 6)


def test_a_district_taken_and_lost_inside_the_span_counts(tmp_path) -> None:
    """Nolan falls on 5 July and is retaken on 7 July; Narin was the Taliban's before the
    span. 'captured 1 district on 4-8 July': one taken (the state on the 8th has none taken
    and one held from before)."""
    units = tiny_units()
    rows = [
        {**BASE, "date": "2021-07-01"},
        {"date": "2021-07-02", "province": "North", "district": "Narin", "status": "taliban"},
        {"date": "2021-07-05", "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": "2021-07-07", "province": "North", "district": "Nolan", "status": "government"},
    ]
    led = read_claims(write_claims(tmp_path, rows), units)
    c = parse_claim("The Taliban captured 1 district on 4-8 July", anchor=D("2021-07-10"))
    state = state_at(led, units, "2021-07-08")
    v = check_claim(c, state, units, vocabulary=led.vocabulary, ledger=led)
    assert v.verdict == "supported" and (v.range_values["low"], v.range_values["high"]) == (1, 1)
    assert [str(units.table.loc[u, "name"]) for u in v.deciding_units] == ["Nolan"]
    two = parse_claim("The Taliban captured 2 districts on 4-8 July", anchor=D("2021-07-10"))
    assert check_claim(two, state, units, vocabulary=led.vocabulary, ledger=led).verdict == (
        "contradicted"
    )
    # a unit with no claim before the span may have been the side's already: open counts it
    # both ways; counted for nobody it is certainly taken
    rows2 = [r for r in rows if r.get("scope") != "country"]
    led2 = read_claims(write_claims(tmp_path, rows2), units)
    v = check_claim(c, state_at(led2, units, "2021-07-08"), units, vocabulary=led2.vocabulary,
                    ledger=led2)  # fmt: skip
    assert v.verdict == "undetermined"
    v = check_claim(c, state_at(led2, units, "2021-07-08"), units, vocabulary=led2.vocabulary,
                    ledger=led2, unclaimed="nobody")  # fmt: skip
    assert v.verdict == "supported"
