"""Timeline page content: size, determinism, data stored once, escaping (no browser)."""

from __future__ import annotations

import json
import os
import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.boundaries import UnitSet
from mapper.claims import Ledger
from mapper.render_timeline import build_timeline_page
from mapper.snapshots import state_at
from mapper.timeline import build_timeline, timeline_dates
from mapper.vocabulary import DEFAULT
from tests.worlds import tiny_provinces, tiny_units


def _data(html: str) -> dict[str, object]:
    m = re.search(r"<script type='application/json' id='mapper-data'>(.*?)</script>", html, re.S)
    assert m is not None
    return dict(json.loads(m.group(1)))


def test_year_long_timeline_is_small_and_deterministic(
    example_ledger: Ledger, districts: UnitSet
) -> None:
    dates = timeline_dates(example_ledger, "2021-05-01", "2022-04-30")
    assert len(dates) == 365
    tl = build_timeline(example_ledger, districts, dates)
    html = build_timeline_page(tl, districts, example_ledger)
    assert len(html.encode("utf-8")) < 1_500_000
    assert html == build_timeline_page(tl, districts, example_ledger)  # byte-identical
    data = _data(html)
    assert html.count("id='mapper-data'") == 1
    assert len(data["timeline"]["days"]) == 365  # type: ignore[index]
    assert len(data["claims"]["row"]) == len(example_ledger.claims)  # type: ignore[index]
    assert "<script src" not in html and "https://unpkg" not in html


def _ledger(rows: list[tuple[int, int, int, int]]) -> Ledger:
    """Claims (day, unit, status, scope) on the tiny world: scope 0 a district's own claim,
    1 province-wide, 2 country-wide."""
    units = tiny_units().units
    # (status, actor): unconfirmed claims with and without a claimant side
    statuses = [
        ("taliban", "taliban"),
        ("government", "government"),
        ("contested", ""),
        ("unconfirmed", ""),
        ("unconfirmed", "taliban"),
        ("unconfirmed", "government"),
    ]
    recs = []
    for i, (day, u, s, wide) in enumerate(rows):
        status, actor = statuses[s]
        recs.append(
            {
                "row": i + 2,
                "date": pd.Timestamp("2021-01-01") + pd.Timedelta(days=day),
                "reported": pd.NaT,
                "province": "" if wide == 2 else units["province"].iloc[u],
                "district": "" if wide else units["name"].iloc[u],
                "status": status,
                "actor": actor,
                "source": f"S{i}",
                "url": "",
                "confidence": "",
                "note": "",
                "scope": ("district", "province", "country")[wide],
                "unit_id": "" if wide else units.index[u],
                "input_province": "" if wide == 2 else units["province"].iloc[u],
            }
        )
    frame = pd.DataFrame(recs).sort_values(["date", "row"], kind="stable").reset_index(drop=True)
    return Ledger(frame, "random.csv", DEFAULT)


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "30")), deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 9), st.integers(0, 3), st.integers(0, 5), st.integers(0, 2)),
        min_size=1,
        max_size=12,
    ),
    st.one_of(st.none(), st.integers(0, 4)),
)
def test_timeline_equals_state_at_for_random_ledgers(
    rows: list[tuple[int, int, int, int]], max_age: int | None
) -> None:
    """Carry-forward, same-day disputes, province- and country-wide claims, a side's
    unconfirmed claims on its own control (rule 5), staleness: date by date."""
    units = tiny_units()
    ledger = _ledger(rows)
    dates = pd.date_range("2020-12-31", "2021-01-12")
    tl = build_timeline(ledger, units, dates, max_age=max_age)
    for d in dates:
        expected = state_at(ledger, units, d, max_age=max_age)
        pd.testing.assert_frame_equal(tl.state(d, units), expected, check_dtype=False)
    # the series always accounts for every unit and the whole area
    counts = np.bincount(tl.status.ravel(), minlength=len(DEFAULT.keys))
    assert counts.sum() == len(dates) * 4
    # the same ledger on the province set (only its province- and country-wide claims count)
    provinces = tiny_provinces()
    tl = build_timeline(ledger, provinces, dates, max_age=max_age)
    for d in dates:
        expected = state_at(ledger, provinces, d, max_age=max_age)
        pd.testing.assert_frame_equal(tl.state(d, provinces), expected, check_dtype=False)
