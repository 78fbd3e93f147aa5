"""check_claim on tiny worlds: exact values, verdicts, deciding units, notes and output.

World (tests/worlds.py): n1 10 km², n2 20, s1 30, s2 40 (North: n1, n2; South: s1, s2).
Claims on 2021-07-01:  n1 taliban, n2 contested, s1 unconfirmed (taliban), s2 government.
So for the Taliban:  low = n1 (10 km², 1 unit),  mid = + s1 (40 km², 2 units),
high = + n2, s1 (60 km², 3 units).  For the government: low = mid = s2 (40 km²),
high = s2 + n2 + s1 (90 km²).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from mapper.checks import (
    CheckError,
    ClaimParseError,
    ParsedClaim,
    Verdict,
    check_claim,
    check_map,
    parse_claim,
    read_batch,
    verdict_box,
    verdict_text,
)
from mapper.claims import Ledger, read_claims
from mapper.errors import MapperError
from mapper.render import build_map, map_summary
from mapper.snapshots import state_at
from tests.worlds import tiny_segments, tiny_units, write_claims

DATE = "2021-07-01"
ROWS = [
    {"date": DATE, "province": "North", "district": "Nolan", "status": "taliban"},
    {"date": DATE, "province": "North", "district": "Narin", "status": "contested"},
    {
        "date": DATE,
        "province": "South",
        "district": "Sarak",
        "status": "unconfirmed",
        "actor": "taliban",
    },
    {"date": DATE, "province": "South", "district": "Sorkh", "status": "government"},
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Ledger, pd.DataFrame]:
    units = tiny_units()
    ledger = read_claims(write_claims(tmp_path_factory.mktemp("w"), ROWS), units)
    return units, ledger, state_at(ledger, units, DATE)


def run(world: tuple, sentence: str, **kw: object) -> Verdict:
    units, ledger, state = world
    parsed = parse_claim(sentence, gazetteer=units.gazetteer(), side=kw.pop("side", None))
    return check_claim(parsed, state, units, vocabulary=ledger.vocabulary, **kw)


# --------------------------------------------------------------------------------------------
# Area shares of the country


@pytest.mark.parametrize(
    ("sentence", "verdict", "holds"),
    [
        ("The Taliban control over 5% of the country", "supported", (True, True, True)),
        ("The Taliban control over two-thirds of the country", "contradicted", (False,) * 3),
        (
            "The Taliban control at least half the country",
            "depends-on-assumptions",
            (False, False, True),
        ),
        (
            "The Taliban control at least 40% of the country",
            "depends-on-assumptions",
            (False, True, True),
        ),
        (
            "The Taliban control more than 50% of the country",
            "depends-on-assumptions",
            (False, False, True),
        ),
        ("The Taliban control up to 70% of the country", "supported", (True, True, True)),
        ("The Taliban control less than 10% of the country", "contradicted", (False,) * 3),
        (
            "The Taliban control about a third of the country",
            "depends-on-assumptions",
            (False,) * 3,
        ),
        ("The Taliban control 10% of the country", "depends-on-assumptions", (True, False, False)),
        ("The Taliban control 60% of the country", "depends-on-assumptions", (False, False, True)),
        ("Afghan forces control 40% of the country", "depends-on-assumptions", (True, True, False)),
    ],
)
def test_area_verdicts(world: tuple, sentence: str, verdict: str, holds: tuple) -> None:
    v = run(world, sentence)
    assert v.verdict == verdict
    assert (v.holds["low"], v.holds["mid"], v.holds["high"]) == holds


def test_area_values_are_exact(world: tuple) -> None:
    v = run(world, "The Taliban control over two-thirds of the country")
    assert v.total == 100.0 and v.unit == "km²" and v.measure == "area"
    assert v.amounts == {"low": 10.0, "mid": 40.0, "high": 60.0}
    assert v.values == pytest.approx({"low": 0.10, "mid": 0.40, "high": 0.60})
    assert v.scope_units == ("N/n1", "N/n2", "S/s1", "S/s2")
    assert "100 km², the polygon area of the 4 districts of the country" in v.denominator
    assert "boundary set 'tiny'" in v.denominator


def test_government_range(world: tuple) -> None:
    v = run(world, "Afghan forces control 40% of the country")
    assert v.side == "government"
    assert v.amounts == {"low": 40.0, "mid": 40.0, "high": 90.0}


def test_deciding_units(world: tuple) -> None:
    # depends: the open units (contested n2, unconfirmed s1) decide
    v = run(world, "The Taliban control more than 50% of the country")
    assert v.deciding_units == ("N/n2", "S/s1")
    assert v.open_units == ("N/n2", "S/s1")
    # contradicted because even "high" is too little: everything the side could hold
    v = run(world, "The Taliban control over two-thirds of the country")
    assert v.deciding_units == ("N/n1", "N/n2", "S/s1")
    # supported floor: the side's own units already suffice
    v = run(world, "The Taliban control over 5% of the country")
    assert v.deciding_units == ("N/n1",)
    # contradicted because even "low" is too much: the side's own units
    v = run(world, "The Taliban control less than 10% of the country")
    assert v.deciding_units == ("N/n1",)
    # supported ceiling: even "high" stays below it
    v = run(world, "The Taliban control up to 70% of the country")
    assert v.deciding_units == ("N/n1", "N/n2", "S/s1")


def test_explanations_say_where_it_flips(world: tuple) -> None:
    v = run(world, "The Taliban control more than 50% of the country")
    assert "holds at high and fails at low, mid" in v.explanation
    assert "between mid (40.0%) and high (60.0%)" in v.explanation
    v = run(world, "The Taliban control about a third of the country")  # 28.3 %..38.3 %
    assert "fails at low, mid and high" in v.explanation
    assert "between low (10.0%) and mid (40.0%)" in v.explanation
    v = run(world, "The Taliban control over two-thirds of the country")
    assert "fails at every allocation" in v.explanation


# --------------------------------------------------------------------------------------------
# Counts and shares of districts, provinces


@pytest.mark.parametrize(
    ("sentence", "verdict", "values"),
    [
        ("The Taliban hold two districts", "depends-on-assumptions", (1, 2, 3)),
        ("The Taliban hold 1-3 districts", "supported", (1, 2, 3)),
        ("The Taliban hold five districts", "contradicted", (1, 2, 3)),
        ("The Taliban hold at least one district", "supported", (1, 2, 3)),
        ("The Taliban hold 5 of 6 districts", "contradicted", (1, 2, 3)),
        (
            "The Taliban hold three quarters of the districts",
            "depends-on-assumptions",
            (0.25, 0.5, 0.75),
        ),
        ("The Taliban hold over 80% of the districts", "contradicted", (0.25, 0.5, 0.75)),
    ],
)
def test_district_counts(world: tuple, sentence: str, verdict: str, values: tuple) -> None:
    v = run(world, sentence)
    assert v.verdict == verdict
    assert (v.values["low"], v.values["mid"], v.values["high"]) == pytest.approx(values)


def test_sentence_denominator_mismatch_is_noted(world: tuple) -> None:
    v = run(world, "The Taliban hold 5 of 6 districts")
    assert any("counts out of 6" in n and "4 districts" in n for n in v.notes)


@pytest.mark.parametrize(
    "sentence",
    ["The Taliban hold 250 of 398 districts", "The Taliban hold 1 of 1,000 districts",
     "The Taliban hold all 9 districts", "The Taliban hold most of the 12 districts"],
)  # fmt: skip
def test_a_total_far_from_the_scope_is_another_set(world: tuple, sentence: str) -> None:
    """Under half or over twice the scope's units, the sentence's total counts another set
    (a province named before it: "10 of 16 districts" read on the country's 398 was
    CONTRADICTED, "most of the 28 districts" SUPPORTED): no verdict (red-team, #8). "all 9
    districts" is refused earlier, when parsed (redteam12: a count said to be the whole set
    is compared with the set's own count in scope; the world has 4); a total over half again
    the scope's units is refused when parsed too (garbled16: it cannot count them)."""
    with pytest.raises(
        (CheckError, ClaimParseError),
        match=r"a part the sentence|a larger set|as the whole of|cannot count",
    ):
        run(world, sentence)


def test_province_scope(world: tuple) -> None:
    v = run(world, "The Taliban hold half the districts in North")
    assert v.scope_units == ("N/n1", "N/n2")
    assert v.values == pytest.approx({"low": 0.5, "mid": 0.5, "high": 1.0})
    assert v.verdict == "depends-on-assumptions"
    assert (v.holds["low"], v.holds["high"]) == (True, False)
    v = run(world, "The Taliban control a third of North")  # area: 10 of 30 km², up to 30
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 30.0}
    assert v.total == 30.0
    assert "North province" in v.scope


def test_province_counts(world: tuple) -> None:
    # North counts only when n2 (contested) does: high. South never (s2 is government).
    v = run(world, "The Taliban control one province")
    assert v.values == {"low": 0.0, "mid": 0.0, "high": 1.0}
    assert v.total == 2.0
    assert v.verdict == "depends-on-assumptions"
    v = run(world, "The Taliban control two provinces")
    assert v.verdict == "contradicted"


# --------------------------------------------------------------------------------------------
# Population


def test_population_share(world: tuple) -> None:
    pop = pd.Series({"N/n1": 100.0, "N/n2": 100.0, "S/s1": 300.0, "S/s2": 500.0})
    v = run(world, "The Taliban hold about 10% of the population", population=pop)
    assert v.total == 1000.0 and v.unit == "people"
    assert v.values == pytest.approx({"low": 0.1, "mid": 0.4, "high": 0.5})
    assert v.verdict == "depends-on-assumptions"
    assert (v.holds["low"], v.holds["mid"]) == (True, False)
    assert "population 1,000 (user-supplied)" in v.denominator
    with pytest.raises(CheckError, match="population file"):
        run(world, "The Taliban hold about 10% of the population")


def test_population_share_refused_when_the_scope_is_partly_covered(world: tuple) -> None:
    # Sarak (S/s1) has no figure: a share of the rest is not a share of the population
    pop = pd.Series({"N/n1": 100.0, "N/n2": 100.0, "S/s2": 500.0})
    with pytest.raises(CheckError) as e:
        run(world, "The Taliban hold about 10% of the population", population=pop)
    assert "no population for 1 of 4 districts in the country (e.g. Sarak)" in str(e.value)
    assert "needs a figure for every district in scope" in str(e.value)
    with pytest.raises(CheckError, match="1 of 2 districts in South province"):
        run(world, "The Taliban hold about 10% of the population of South", population=pop)
    # a scope the file covers fully is checked: North is 200 people, Taliban n1 = 100
    v = run(world, "The Taliban hold about half of the population of North", population=pop)
    assert v.total == 200.0 and v.values["low"] == pytest.approx(0.5)


# --------------------------------------------------------------------------------------------
# Borders (hand-made segments: TJK 40 km = n1 30 + n2 10; UZB 5 = n2; IRN 20 = s1)


def test_border_line_share(world: tuple) -> None:
    seg = tiny_segments()
    v = run(world, "The Taliban hold three quarters of the border with Tajikistan", segments=seg)
    assert v.measure == "border" and v.unit == "km of border"
    assert v.total == 40.0
    assert v.amounts == {"low": 30.0, "mid": 30.0, "high": 40.0}
    assert v.verdict == "depends-on-assumptions"
    assert v.scope_units == ("N/n1", "N/n2")
    v = run(world, "The Taliban hold at least 75% of the border with Tajikistan", segments=seg)
    assert v.verdict == "supported"


def test_border_line_flips_between_low_and_mid(world: tuple) -> None:
    v = run(world, "The Taliban hold over a third of the Iranian border", segments=tiny_segments())
    assert v.total == 20.0
    assert v.amounts == {"low": 0.0, "mid": 20.0, "high": 20.0}
    assert "between low (0.0%) and mid (100.0%)" in v.explanation


def test_all_borders_and_several_neighbours(world: tuple) -> None:
    seg = tiny_segments()
    v = run(world, "The Taliban hold half of Afghanistan's borders", segments=seg)
    assert v.total == 65.0  # the 7 km unassigned piece is no border
    assert v.amounts == {"low": 30.0, "mid": 50.0, "high": 65.0}
    v = run(world, "The Taliban hold half of the borders with Iran and Uzbekistan", segments=seg)
    assert v.total == 25.0
    assert v.amounts == {"low": 0.0, "mid": 20.0, "high": 25.0}


def test_border_districts_scope(world: tuple) -> None:
    seg = tiny_segments()
    v = run(world, "The Taliban control over half the territory on the Tajik border", segments=seg)
    assert v.scope_units == ("N/n1", "N/n2")
    assert v.total == 30.0
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 30.0}
    assert v.verdict == "depends-on-assumptions"
    assert "the 2 districts along the border with Tajikistan" in v.denominator
    v = run(world, "The Taliban hold one district along the border with Iran", segments=seg)
    assert v.values == {"low": 0.0, "mid": 1.0, "high": 1.0}


def test_border_claims_need_segments(world: tuple) -> None:
    with pytest.raises(CheckError, match="border segments"):
        run(world, "The Taliban hold half of the border with Tajikistan")
    with pytest.raises(CheckError, match="no border with CHN"):
        run(world, "The Taliban hold half of the border with China", segments=tiny_segments())


# --------------------------------------------------------------------------------------------
# Disputes, unknown units, staleness


def test_disputed_and_unknown(tmp_path: Path) -> None:
    units = tiny_units()
    rows = [
        {"date": DATE, "province": "North", "district": "Nolan", "status": "taliban"},
        {"date": DATE, "province": "North", "district": "Narin", "status": "taliban"},
        {"date": DATE, "province": "North", "district": "Narin", "status": "government"},
    ]
    ledger = read_claims(write_claims(tmp_path, rows), units)
    state = state_at(ledger, units, DATE)
    parsed = parse_claim("The Taliban control over 20% of the country", gazetteer=units.gazetteer())
    v = check_claim(parsed, state, units, vocabulary=ledger.vocabulary)
    # n2 is disputed: high only.  s1, s2 have no claim: outside the recorded rows, inside
    # the open range (default --unclaimed open), and reported.
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 30.0}
    assert v.open_amounts == {"low": 10.0, "high": 100.0}
    assert v.verdict == "depends-on-assumptions"  # the disputed n2 already decides it
    assert v.unknown_units == ("S/s1", "S/s2")
    assert v.unknown_amount == 70.0 and v.unclaimed_amount == 70.0
    assert v.unclaimed_share == pytest.approx(0.7)
    assert "2 of 4 districts in scope have no claim on record by 2021-07-01" in v.unclaimed_summary
    assert "70.0 of 100.0 km² (70.0% of the denominator)" in v.unclaimed_summary
    assert "widen the range to 10.0% to 100.0%" in v.explanation


def test_stale_statuses_are_noted(tmp_path: Path) -> None:
    units = tiny_units()
    ledger = read_claims(write_claims(tmp_path, ROWS), units)
    state = state_at(ledger, units, "2021-08-01", max_age=10)
    parsed = parse_claim("The Taliban control over 5% of the country")
    # everything is stale, so unknown: no claim on record anywhere. Before --unclaimed this
    # was "contradicted" (stale units counted for nobody); open makes it undetermined.
    v = check_claim(parsed, state, units, vocabulary=ledger.vocabulary)
    assert v.verdict == "undetermined"
    assert v.unknown_units == ("N/n1", "N/n2", "S/s1", "S/s2")
    assert v.open_values == {"low": 0.0, "high": 1.0}
    assert any("older than 10 days" in n for n in v.notes)
    v = check_claim(parsed, state, units, vocabulary=ledger.vocabulary, unclaimed="nobody")
    assert v.verdict == "contradicted"
    assert any("would be UNDETERMINED" in n for n in v.notes)


def test_errors(world: tuple) -> None:
    units, ledger, state = world
    p = parse_claim("The Taliban hold five districts in Herat")  # not in the tiny world
    with pytest.raises(CheckError, match="'Herat' is not in boundary set 'tiny'") as info:
        check_claim(p, state, units, vocabulary=ledger.vocabulary)
    assert isinstance(info.value, MapperError) and isinstance(info.value, ValueError)
    bad = ParsedClaim(**{**p.__dict__, "side": "rebels", "province": None})
    with pytest.raises(CheckError, match="not in the vocabulary"):
        check_claim(bad, state, units, vocabulary=ledger.vocabulary)


# --------------------------------------------------------------------------------------------
# Output


def test_as_dict_is_json(world: tuple) -> None:
    v = run(world, "The Taliban control over two-thirds of the country")
    d = json.loads(json.dumps(v.as_dict()))
    assert d["verdict"] == "contradicted"
    assert d["accepted"]["hi"] is None and d["accepted"]["lo"] == pytest.approx(2 / 3)
    assert d["accepted"]["lo_closed"] is False
    assert d["amounts"] == {"low": 10.0, "mid": 40.0, "high": 60.0}
    assert d["parsed"]["measure"] == "area" and d["parsed"]["comparison"] == "over"
    assert d["deciding_units"] == ["N/n1", "N/n2", "S/s1"]
    assert math.isclose(d["total"], 100.0)


def test_verdict_text(world: tuple) -> None:
    v = run(world, "The Taliban control more than 50% of the country")
    text = verdict_text(v)
    assert "Verdict:  DEPENDS-ON-ASSUMPTIONS  (state on 2021-07-01)" in text
    assert "Needs:    > 50.0%" in text
    lines = {ln.split()[0]: ln for ln in text.splitlines() if ln.startswith("  ") and ln.split()}
    assert "10.0%" in lines["low"] and "no" in lines["low"].split()
    assert "60.0%" in lines["high"] and "yes" in lines["high"].split()


def test_verdict_box_escapes(world: tuple) -> None:
    v = run(world, 'The Taliban control over half of the country <img src=x onerror="alert(1)">')
    html = verdict_box(v)
    assert "<img" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert f'data-verdict="{v.verdict}"' in html


def test_check_map(world: tuple) -> None:
    units, ledger, state = world
    v = run(
        world,
        "The Taliban hold three quarters of the border with Tajikistan",
        segments=tiny_segments(),
    )
    html = check_map(v, state, units, ledger, segments=tiny_segments())
    assert 'id="mapper-verdict"' in html and 'data-verdict="depends-on-assumptions"' in html
    assert "the border line, coloured by the status" in html
    assert "30.0 km of border" in html  # n1's line tooltip
    # the verdict adds no remote reference to the page (Leaflet's own credit link aside)
    plain = map_summary(build_map(state, units, ledger))["remote_refs"]
    assert map_summary(html)["remote_refs"] == plain


def test_read_batch(tmp_path: Path) -> None:
    txt = tmp_path / "claims.txt"
    txt.write_text("# comment\nThe Taliban hold half the country\n\nMilitants hold 5 districts\n")
    items = read_batch(txt)
    assert [(i.row, i.text, i.date) for i in items] == [
        (2, "The Taliban hold half the country", None),
        (4, "Militants hold 5 districts", None),
    ]
    csv_path = tmp_path / "claims.csv"
    csv_path.write_text(
        'id,date,claim,side\na,2021-07-17,"Over half, they say, of the country",taliban\n'
        "b,,The Taliban hold 5 districts,\n"
    )
    items = read_batch(csv_path)
    assert items[0].id == "a" and str(items[0].date) == "2021-07-17"
    assert items[0].side == "taliban" and items[0].text.startswith("Over half, they say")
    assert items[1].date is None and items[1].row == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("claim,date\nThe Taliban hold 5 districts,17/07/2021\n")
    with pytest.raises(CheckError, match="row 2, column 'date': value '17/07/2021'"):
        read_batch(bad)


# --------------------------------------------------------------------------------------------
# One district named as such


def test_district_scope(world: tuple) -> None:
    v = run(world, "The Taliban control over 90% of Nolan district")  # n1: taliban
    assert v.scope_units == ("N/n1",) and v.total == 10.0
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 10.0}
    assert v.verdict == "supported"
    assert v.scope == "Nolan district, in North province"
    assert "the 1 district named, in North province" in v.denominator
    v = run(world, "The Taliban control half of Narin district")  # n2: contested
    assert v.amounts == {"low": 0.0, "mid": 0.0, "high": 20.0}
    assert v.verdict == "depends-on-assumptions"
    assert not any("read as the province" in n for n in v.notes)
