"""Two-date change table and per-status deltas: tiny world (exact) and the example ledger."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pandas as pd
import pytest

from mapper.boundaries import UnitSet
from mapper.claims import Ledger, read_claims
from mapper.compare import (
    change_csv,
    change_document,
    changes,
    status_deltas,
    transition_classes,
    transitions,
)
from mapper.snapshots import state_at
from mapper.timeline import TimelineError
from mapper.vocabulary import available, get_vocabulary
from tests.test_timeline import STORY
from tests.worlds import tiny_units, write_claims


@pytest.fixture
def tiny() -> UnitSet:
    return tiny_units()


@pytest.fixture
def story(tmp_path: Path, tiny: UnitSet) -> Ledger:
    return read_claims(write_claims(tmp_path, STORY), tiny)


def test_change_table_tiny_world(story: Ledger, tiny: UnitSet) -> None:
    table = changes(story, tiny, "2021-01-02", "2021-01-07")
    assert table["transition"].to_dict() == {
        "S/s1": "gained_government",
        "N/n1": "newly_contested",  # Taliban -> disputed
        "S/s2": "newly_contested",  # unknown -> contested
        "N/n2": "other_change",  # unknown -> unconfirmed claim
    }
    n1 = table.loc["N/n1"]
    assert (n1["status_d1"], n1["status_d2"]) == ("taliban", "disputed")
    assert (n1["rows_d1"], n1["rows_d2"], n1["source_d2"]) == ("2", "6;7", "A; B")
    assert n1["claim_date_d2"] == pd.Timestamp("2021-01-07")
    assert table.loc["S/s1", "area_km2"] == 30.0
    assert table.loc["S/s1", "rows_d2"] == "3"  # the province-wide claim


def test_lost_when_a_side_no_longer_holds(story: Ledger, tiny: UnitSet, tmp_path: Path) -> None:
    # the government's own unconfirmed claim on s1 (01-08) leaves its control as it was
    assert changes(story, tiny, "2021-01-07", "2021-01-08").empty
    # the other side's unconfirmed claim does not: government -> unconfirmed
    rows = [*STORY, {**STORY[-1], "date": "2021-01-09", "actor": "taliban"}]
    table = changes(
        read_claims(write_claims(tmp_path, rows), tiny), tiny, "2021-01-08", "2021-01-09"
    )
    assert table["transition"].to_dict() == {"S/s1": "lost"}
    stale = changes(story, tiny, "2021-01-01", "2021-01-06", max_age=3)
    assert stale.loc["N/n1", "transition"] == "lost"  # Taliban status went stale


def test_all_units_have_a_transition(story: Ledger, tiny: UnitSet) -> None:
    t = transitions(story, tiny, "2021-01-05", "2021-01-06")
    assert set(t["transition"]) == {"unchanged"} and len(t) == 4
    assert changes(story, tiny, "2021-01-05", "2021-01-06").empty


def test_status_deltas_exact(story: Ledger, tiny: UnitSet) -> None:
    d = status_deltas(story, tiny, "2021-01-02", "2021-01-07")
    assert d["units_delta"].to_dict() == {
        "taliban": -1,
        "contested": 1,
        "government": 1,
        "unconfirmed": 1,
        "disputed": 1,
        "unknown": -3,
    }
    assert d.loc["unknown", "area_km2_delta"] == -90.0
    assert d.loc["contested", "share_area_delta"] == pytest.approx(0.4)
    assert d.loc["taliban", "share_units_d1"] == 0.25
    assert d["units_delta"].sum() == 0


def test_reversed_dates_are_refused(story: Ledger, tiny: UnitSet) -> None:
    with pytest.raises(TimelineError, match="give the earlier date first"):
        changes(story, tiny, "2021-01-07", "2021-01-02")


def test_change_csv_and_json(story: Ledger, tiny: UnitSet) -> None:
    table = changes(story, tiny, "2021-01-02", "2021-01-07")
    csv = change_csv(table).splitlines()
    assert csv[0].startswith("unit_id,name,province,area_km2,transition,status_d1,status_d2")
    assert csv[1].startswith("S/s1,Sarak,South,30.0,gained_government,unknown,government")
    doc = change_document(table, status_deltas(story, tiny, "2021-01-02", "2021-01-07"), tiny)
    text = json.dumps(doc)  # JSON-ready: no Timestamp, no NaN
    assert "NaN" not in text
    assert doc["d1"] == "2021-01-02" and doc["denominators"]["units"] == 4
    n1 = next(c for c in doc["changes"] if c["unit_id"] == "N/n1")
    assert n1["claim_date_d2"] == "2021-01-07" and n1["source_d2"] == "A; B"
    s2 = next(c for c in doc["changes"] if c["unit_id"] == "S/s2")
    assert s2["claim_date_d1"] is None


def test_transition_classes_follow_the_vocabulary(story: Ledger) -> None:
    keys = [t.key for t in transition_classes(story.vocabulary)]
    assert keys == [
        "gained_taliban",
        "gained_government",
        "newly_contested",
        "lost",
        "other_change",
        "unchanged",
    ]


def test_example_changes_july_to_mid_august(example_ledger: Ledger, districts: UnitSet) -> None:
    d1, d2 = "2021-07-01", "2021-08-15"
    table = changes(example_ledger, districts, d1, d2)
    a, b = state_at(example_ledger, districts, d1), state_at(example_ledger, districts, d2)
    changed = a.index[a["status"] != b["status"]]
    assert sorted(table.index) == sorted(changed)
    gained = table[table["transition"] == "gained_taliban"]
    assert (gained["status_d2"] == "taliban").all() and (gained["status_d1"] != "taliban").all()
    assert (gained["source_d2"] != "").all() and gained["url_d2"].str.startswith("http").all()
    deltas = status_deltas(example_ledger, districts, d1, d2)
    taliban_gain = b["status"].eq("taliban").sum() - a["status"].eq("taliban").sum()
    assert deltas.loc["taliban", "units_delta"] == taliban_gain
    assert deltas["area_km2_delta"].sum() == pytest.approx(0.0, abs=1e-6)
    assert deltas["units_d2"].sum() == 398


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    r, g, b = lin
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


@pytest.mark.parametrize("preset", available())
def test_no_other_change_colour_reads_as_a_sides_gain(preset: str) -> None:
    """Every class that is no side's gain is grey (chroma < 5) and at least 30 CIE76 units
    from every side's colour (about the step between two Okabe-Ito hues; 2.3 is a just
    noticeable difference); the greys differ from each other by at least 20 in lightness."""
    classes = transition_classes(get_vocabulary(preset))
    gains = [c for c in classes if c.key.startswith("gained_")]
    others = [c for c in classes if not c.key.startswith("gained_")]
    assert gains and len(others) == 4
    for o in others:
        lo, ao, bo = _lab(o.colour)
        assert math.hypot(ao, bo) < 5, o
        for g in gains:
            lg, ag, bg = _lab(g.colour)
            assert math.dist((lo, ao, bo), (lg, ag, bg)) >= 30, (o, g)
    lightness = sorted(_lab(o.colour)[0] for o in others if not o.hatch)
    assert all(b - a >= 20 for a, b in itertools.pairwise(lightness)), lightness
    assert [o.key for o in others if o.hatch] == ["newly_contested"]  # striped, as on the maps
