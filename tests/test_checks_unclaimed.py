"""Units with no claim on record: ``check_claim(..., unclaimed="open"|"nobody"|SIDE)``.

World (tests/worlds.py) on 2021-07-01:  n1 (10 km²) taliban,  n2 (20 km²) contested,
s1 (30 km²) and s2 (40 km²) no claim on record (70 km², 2 of 4 districts).

Taliban, unclaimed counted for nobody:   low = mid = 10 %,  high = 30 %  (1, 1, 2 districts)
Taliban, open bounds:                    10 % .. 100 %                     (1 .. 4 districts)
Taliban, --unclaimed taliban:            low = mid = 80 %,  high = 100 %  (3, 3, 4 districts)
Government, nobody:                      0 %, 0 %, 20 %;  open 0 .. 90 %;  as the
government's (--unclaimed government):   70 %, 70 %, 90 %.
Provinces (North = n1 + n2, South = s1 + s2) for the Taliban: nobody 0, 0, 1; open 0 .. 2;
--unclaimed taliban: 1, 1, 2 (South is wholly unclaimed).
Population n1 100, n2 100, s1 300, s2 500: Taliban nobody 10 %, 10 %, 20 %; open .. 100 %.
Border pieces: TJK n1 30 + n2 10; UZB n2 5; IRN s1 20 (unclaimed); all borders 65 km.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas as pd
import pytest

from mapper.checks import (
    CheckError,
    Verdict,
    check_claim,
    check_map,
    parse_claim,
    resolve_unclaimed,
    verdict_box,
    verdict_text,
)
from mapper.claims import Ledger, read_claims
from mapper.snapshots import state_at
from tests.worlds import AREAS, tiny_segments, tiny_units, write_claims

DATE = "2021-07-01"
ROWS = [
    {"date": DATE, "province": "North", "district": "Nolan", "status": "taliban"},
    {"date": DATE, "province": "North", "district": "Narin", "status": "contested"},
]
POP = pd.Series({"N/n1": 100.0, "N/n2": 100.0, "S/s1": 300.0, "S/s2": 500.0})
PROVINCE = {"N/n1": "North", "N/n2": "North", "S/s1": "South", "S/s2": "South"}
UNCLAIMED = ("S/s1", "S/s2")

U, N, G, T = "undetermined", "contradicted", "supported", "depends-on-assumptions"
C, S, D = N, G, T  # contradicted, supported, depends


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Ledger, pd.DataFrame]:
    units = tiny_units()
    ledger = read_claims(write_claims(tmp_path_factory.mktemp("u"), ROWS), units)
    return units, ledger, state_at(ledger, units, DATE)


def run(world: tuple, sentence: str, unclaimed: str = "open", **kw: object) -> Verdict:
    units, ledger, state = world
    parsed = parse_claim(sentence, gazetteer=units.gazetteer(), side=kw.pop("side", None))
    needs = parsed.measure == "border" or parsed.border_districts
    return check_claim(
        parsed,
        state,
        units,
        vocabulary=ledger.vocabulary,
        population=POP if parsed.measure == "population" else None,
        segments=tiny_segments() if needs else None,
        unclaimed=unclaimed,
    )


# Every comparison, measure and scope, with the verdict under each way of counting the
# unclaimed units: (open, nobody, government, taliban).
CASES = [
    # area of the country
    ("The Taliban control over half of the country", (U, C, C, S)),
    ("The Taliban control under half of the country", (U, S, S, C)),
    ("The Taliban control at least 10% of the country", (S, S, S, S)),
    ("The Taliban control over 20% of the country", (D, D, D, S)),
    ("The Taliban control less than 5% of the country", (C, C, C, C)),
    ("The Taliban control up to 30% of the country", (U, S, S, C)),
    ("The Taliban control nearly a third of the country", (D, D, D, C)),
    ("The Taliban control about 80% of the country", (U, C, C, D)),
    ("The Taliban control 60-70% of the country", (U, C, C, C)),
    ("Government forces control over 95% of the country", (C, C, C, C)),
    ("The government controls under half of the country", (U, S, C, S)),
    # counts of districts
    ("The Taliban hold three districts", (U, C, C, D)),
    ("The Taliban hold at least one district", (S, S, S, S)),
    ("The Taliban hold up to two districts", (U, S, S, C)),
    ("The Taliban hold over 4 districts", (C, C, C, C)),
    ("The Taliban hold nearly 4 districts", (U, C, C, S)),
    ("The Taliban hold about 3 districts", (D, D, D, S)),
    ("The Taliban hold 3-4 districts", (U, C, C, S)),
    ("The Taliban hold fewer than 2 districts", (D, D, D, C)),
    # shares of districts, provinces
    ("The Taliban hold three quarters of the districts", (U, C, C, D)),
    ("The Taliban control two provinces", (U, C, C, D)),
    ("The Taliban control one province", (D, D, D, D)),
    # population
    ("The Taliban hold over 80% of the population", (U, C, C, S)),
    ("The Taliban hold about 10% of the population", (D, D, D, C)),
    # the border line, districts along a border, a province
    ("The Taliban hold over half of the Iranian border", (U, C, C, S)),
    ("The Taliban hold under 75% of Afghanistan's borders", (U, S, S, C)),
    ("The Taliban hold at least 75% of the border with Tajikistan", (S, S, S, S)),
    ("The Taliban control over half the territory on the Iranian border", (U, C, C, S)),
    ("The Taliban control under half of South", (U, S, S, C)),
]
MODES = ("open", "nobody", "government", "taliban")


@pytest.mark.parametrize(("sentence", "verdicts"), CASES)
def test_verdict_under_each_unclaimed_mode(world: tuple, sentence: str, verdicts: tuple) -> None:
    got = tuple(run(world, sentence, mode).verdict for mode in MODES)
    assert got == verdicts


def test_open_is_the_default_and_modes_are_declared(world: tuple) -> None:
    units, ledger, state = world
    parsed = parse_claim("The Taliban control over half of the country")
    v = check_claim(parsed, state, units, vocabulary=ledger.vocabulary)
    assert v.unclaimed == "open" and v.verdict == "undetermined"
    assert run(world, "The Taliban control over half of the country", "Nobody").unclaimed == (
        "nobody"
    )
    # a side by its key or a spelling the vocabulary knows
    assert resolve_unclaimed("Government", ledger.vocabulary) == "government"
    with pytest.raises(CheckError, match="not 'open', 'nobody' or a side"):
        check_claim(parsed, state, units, vocabulary=ledger.vocabulary, unclaimed="rebels")


def test_open_values_are_exact(world: tuple) -> None:
    v = run(world, "The Taliban control over half of the country")
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 30.0}  # unclaimed for nobody
    assert v.open_amounts == {"low": 10.0, "high": 100.0}
    assert v.open_values == pytest.approx({"low": 0.1, "high": 1.0})
    assert v.range_values == pytest.approx({"low": 0.1, "high": 1.0})
    assert v.unknown_units == UNCLAIMED
    assert v.unclaimed_amount == 70.0 and v.unclaimed_share == pytest.approx(0.7)
    assert v.deciding_units == UNCLAIMED
    assert v.deciding_role == "units in scope with no claim on record"
    assert (v.holds["high"], v.open_holds["high"]) == (False, True)
    # nobody: the recorded range decides, the unclaimed units are still reported
    v = run(world, "The Taliban control over half of the country", "nobody")
    assert v.range_values == pytest.approx({"low": 0.1, "high": 0.3})
    assert v.open_values == pytest.approx({"low": 0.1, "high": 1.0})
    assert v.deciding_units == ("N/n1", "N/n2")
    # the claim's own side: every row includes the unclaimed units
    v = run(world, "The Taliban control over half of the country", "taliban")
    assert v.amounts == {"low": 80.0, "mid": 80.0, "high": 100.0}
    assert v.deciding_units == ("N/n1", "S/s1", "S/s2")
    assert all("every unit with no claim on record" in t for t in v.allocations.values())
    # another side: the rows are what the ledger records for the Taliban
    v = run(world, "The Taliban control over half of the country", "government")
    assert v.amounts == {"low": 10.0, "mid": 10.0, "high": 30.0}
    v = run(world, "The government controls under half of the country", "government")
    assert v.amounts == {"low": 70.0, "mid": 70.0, "high": 90.0}


@pytest.mark.parametrize(
    ("sentence", "amounts", "open_amounts", "unclaimed", "total"),
    [
        ("The Taliban hold three districts", (1, 1, 2), (1, 4), 2, 4),
        ("The Taliban control two provinces", (0, 0, 1), (0, 2), 1, 2),
        ("The Taliban hold over 80% of the population", (100, 100, 200), (100, 1000), 800, 1000),
        ("The Taliban hold under 75% of Afghanistan's borders", (30, 30, 45), (30, 65), 20, 65),
        ("The Taliban hold over half of the Iranian border", (0, 0, 0), (0, 20), 20, 20),
        (
            "The Taliban control over half the territory on the Iranian border",
            (0, 0, 0),
            (0, 30),
            30,
            30,
        ),
    ],
)
def test_open_bounds_per_measure(
    world: tuple, sentence: str, amounts: tuple, open_amounts: tuple, unclaimed: float, total: float
) -> None:
    v = run(world, sentence)
    assert (v.amounts["low"], v.amounts["mid"], v.amounts["high"]) == amounts
    assert (v.open_amounts["low"], v.open_amounts["high"]) == open_amounts
    assert v.unclaimed_amount == unclaimed and v.total == total
    assert v.unclaimed_share == pytest.approx(unclaimed / total)


def test_what_it_would_take(world: tuple) -> None:
    v = run(world, "The Taliban control over half of the country")
    assert "the ledger does not cover enough of the scope to decide" in v.explanation
    assert "It fails at every allocation of what the ledger records (10.0% to 30.0%)" in (
        v.explanation
    )
    assert (
        "it would hold only if more than 20.0% of the area (of the 70.0% with no claim on "
        "record) counted for Taliban control, on top of the high allocation" in v.explanation
    )
    v = run(world, "The government controls under half of the country")
    assert "It holds at every allocation of what the ledger records (0.0% to 20.0%)" in (
        v.explanation
    )
    assert "it would fail if at least 30.0% of the area" in v.explanation
    v = run(world, "The Taliban hold three districts")
    assert "it would hold only if at least 1 district (of the 2 with no claim" in v.explanation
    assert "and no more than 2 on top of low" in v.explanation
    v = run(world, "The Taliban hold up to two districts")
    assert "it would fail if more than 0 districts" in v.explanation


def test_firm_open_verdicts_say_both_ways(world: tuple) -> None:
    v = run(world, "The Taliban control at least 10% of the country")
    assert "whether or not the units with no claim on record count for the side" in v.explanation
    v = run(world, "Government forces control over 95% of the country")
    assert "even with every unit with no claim on record counted for the side" in v.explanation
    v = run(world, "The Taliban control less than 5% of the country")
    assert "the side's own status is already beyond it" in v.explanation
    v = run(world, "The Taliban control over 20% of the country")  # contested n2 decides
    assert "widen the range to 10.0% to 100.0%" in v.explanation
    assert v.deciding_units == ("N/n2",)


def test_count_beyond_the_scope_is_noted(world: tuple) -> None:
    v = run(world, "The Taliban hold over 4 districts")
    assert v.verdict == "contradicted"
    assert any("The scope only has 4 districts" in n for n in v.notes)
    v = run(world, "The Taliban hold five districts")
    assert any("The scope only has 4 districts" in n for n in v.notes)
    v = run(world, "The Taliban hold 3-4 districts")
    assert not any("only has" in n for n in v.notes)


def test_notes_and_outputs_state_the_assumption(world: tuple) -> None:
    v = run(world, "The Taliban control over half of the country")
    text = verdict_text(v)
    assert "Verdict:  UNDETERMINED  (state on 2021-07-01)" in text
    assert "Unclaimed: open (the default): units with no claim on record may count" in text
    assert "2 of 4 districts in scope have no claim on record by 2021-07-01" in text
    assert "70.0 of 100.0 km² (70.0% of the denominator)" in text
    row = next(ln for ln in text.splitlines() if ln.strip().startswith("+unclaimed"))
    assert row.split()[:3] == ["+unclaimed", "100.0%", "100.0"] and "yes" in row.split()
    assert "Decided on: every allocation from 10.0% to 100.0%" in text

    d = json.loads(json.dumps(v.as_dict()))
    assert d["verdict"] == "undetermined" and d["unclaimed"] == "open"
    assert d["value_open_low"] == 0.1 and d["value_open_high"] == 1.0
    assert d["amount_open_low"] == 10.0 and d["amount_open_high"] == 100.0
    assert d["unclaimed_units"] == 2 and d["unclaimed_share"] == 0.7
    assert d["verdict_range"] == {"low": 0.1, "high": 1.0}
    assert d["values"] == {"low": 0.1, "mid": 0.1, "high": 0.3}  # as before: recorded

    html = verdict_box(v)
    assert 'data-verdict="undetermined"' in html and 'data-unclaimed="open"' in html
    assert 'data-unclaimed-share="0.700000"' in html
    assert "<tr data-bound='+unclaimed'><td>+unclaimed</td><td class='n'>100.0%</td>" in html
    assert "UNDETERMINED" in html and "#4d4d4d" in html

    v = run(world, "The Taliban control over half of the country", "nobody")
    text = verdict_text(v)
    assert "Unclaimed: nobody (--unclaimed nobody): units with no claim on record count for " in (
        text
    )
    assert "+unclaimed" not in text
    assert any("With --unclaimed open" in n and "UNDETERMINED" in n for n in v.notes)
    assert "they count for nobody (--unclaimed nobody)" in v.explanation

    v = run(world, "The government controls under half of the country", "government")
    assert v.unclaimed_text.startswith("government (--unclaimed government): units with no claim")
    assert "counted as Government control" in v.unclaimed_text
    assert "counted as Government control (--unclaimed government)" in v.explanation
    assert 'data-unclaimed="government"' in verdict_box(v)


def test_check_map_shows_the_assumption(world: tuple) -> None:
    units, ledger, state = world
    v = run(world, "The Taliban control over half of the country")
    html = check_map(v, state, units, ledger)
    assert 'data-verdict="undetermined"' in html and 'data-unclaimed="open"' in html
    assert "no claim on record by 2021-07-01" in html


# --------------------------------------------------------------------------------------------
# Against every discrete allocation: a reference written out here, unit by unit


def _measure(sentence: str, held: set[str]) -> float:
    """The claim's value when exactly ``held`` count for the side (plain arithmetic)."""
    if "provinces" in sentence or "province" in sentence:
        provinces = ("North", "South")
        return float(sum(all(u in held for u, p in PROVINCE.items() if p == q) for q in provinces))
    if "population" in sentence:
        return sum(POP[u] for u in held) / 1000
    if "Iranian border" in sentence and "territory" in sentence:
        return sum(AREAS[u] for u in held if u == "S/s1") / 30
    if "Iranian border" in sentence:
        return 20.0 * ("S/s1" in held) / 20
    if "borders" in sentence:
        km = {"N/n1": 30.0, "N/n2": 15.0, "S/s1": 20.0}
        return sum(km.get(u, 0.0) for u in held) / 65
    if "Tajikistan" in sentence:
        km = {"N/n1": 30.0, "N/n2": 10.0}
        return sum(km.get(u, 0.0) for u in held) / 40
    if "of South" in sentence:
        return sum(AREAS[u] for u in held if u.startswith("S/")) / 70
    if "of the districts" in sentence:
        return len(held) / 4
    if "district" in sentence:
        return float(len(held))
    return sum(AREAS[u] for u in held) / 100


@pytest.mark.parametrize(("sentence", "verdicts"), CASES)
def test_open_verdicts_against_every_discrete_allocation(
    world: tuple, sentence: str, verdicts: tuple
) -> None:
    """Every way of counting the contested unit and the unclaimed units: a firm verdict holds
    (or fails) for all of them; undetermined means the record agrees with itself and some
    allocation of the unclaimed units disagrees with it."""
    v = run(world, sentence)
    acc = v.accepted
    government = "overnment" in sentence
    own = set() if government else {"N/n1"}
    holds: dict[tuple[bool, tuple[str, ...]], bool] = {}
    for contested in (False, True):
        for k in range(len(UNCLAIMED) + 1):
            for extra in itertools.combinations(UNCLAIMED, k):
                held = own | ({"N/n2"} if contested else set()) | set(extra)
                holds[contested, extra] = acc.contains(_measure(sentence, held))
    recorded = {h for (c, extra), h in holds.items() if not extra}
    if v.verdict == "supported":
        assert all(holds.values())
    elif v.verdict == "contradicted":
        assert not any(holds.values())
    elif v.verdict == "undetermined":
        assert len(recorded) == 1  # the record alone is firm ...
        assert len(set(holds.values())) == 2  # ... and an unclaimed allocation flips it
    else:  # depends: the recorded allocations (contested n2 or not) disagree
        assert len(recorded) == 2


def test_stale_units_are_unclaimed(tmp_path: Path) -> None:
    units = tiny_units()
    rows = [
        *ROWS,
        {"date": "2021-05-01", "province": "South", "district": "Sorkh", "status": "government"},
    ]
    ledger = read_claims(write_claims(tmp_path, rows), units)
    state = state_at(ledger, units, DATE, max_age=30)  # s2's claim is 61 days old
    parsed = parse_claim("The Taliban control under half of the country")
    v = check_claim(parsed, state, units, vocabulary=ledger.vocabulary)
    assert v.unknown_units == ("S/s1", "S/s2") and v.verdict == "undetermined"
    assert any("older than 30 days" in n for n in v.notes)
    fresh = check_claim(parsed, state_at(ledger, units, DATE), units, vocabulary=ledger.vocabulary)
    assert fresh.unknown_units == ("S/s1",) and fresh.verdict == "undetermined"
    assert fresh.open_amounts["high"] == 60.0  # s2 is the government's when not stale
