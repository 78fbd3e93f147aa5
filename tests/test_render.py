"""The single-date HTML map: meaning (colours, legend, tooltips, escaping), not golden files."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest

from mapper.claims import read_claims
from mapper.errors import OutputExistsError
from mapper.render import MapOptions, build_map, unit_properties, write_map
from mapper.snapshots import state_at
from mapper.vocabulary import DEFAULT
from tests.worlds import tiny_units, write_claims

UNITS = tiny_units()
HOSTILE = '"><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def page_data(html: str) -> dict[str, Any]:
    """The page's data block (what its script draws from)."""
    m = re.search(r"<script type='application/json' id='mapper-data'>(.*?)</script>", html, re.S)
    assert m is not None
    return dict(json.loads(m.group(1)))


def _varints(text: str) -> list[int]:
    out, v, shift = [], 0, 0
    for b in base64.b64decode(text):
        v |= (b & 127) << shift
        shift += 7
        if not b & 128:
            out.append(v)
            v, shift = 0, 0
    return out


def unit_statuses(data: dict[str, Any]) -> dict[str, str]:
    """Unit id -> status key the page shows, decoded from its per-unit change stream."""
    vals = iter(_varints(data["timeline"]["changes"]))
    keys = [s["key"] for s in data["statuses"]]
    out = {}
    for uid in data["units"]["ids"]:
        code = data["timeline"]["unknown"] * 2
        for _ in range(next(vals)):
            _dt, code, _rec = next(vals), next(vals), next(vals)
        out[uid] = keys[code >> 1]
    return out


@pytest.fixture
def page(tmp_path: Path) -> str:
    rows = [
        {
            "date": "2021-07-01",
            "province": "North",
            "district": "Nolan",
            "status": "taliban",
            "url": "https://example.org/kohsan?a=1&b=2",
            "source": "Outlet A",
            "confidence": "high",
            "note": HOSTILE,
        },
        {
            "date": "2021-07-02",
            "province": "North",
            "district": "Narin",
            "status": "contested",
            "source": HOSTILE,
        },
        {"date": "2021-07-01", "province": "South", "status": "government", "source": "Ministry"},
    ]
    led = read_claims(write_claims(tmp_path, rows), UNITS)
    return build_map(
        state_at(led, UNITS, "2021-07-03"), UNITS, led, options=MapOptions(title="Test <b>map</b>")
    )


def test_units_coloured_by_status(page: str) -> None:
    data = page_data(page)
    assert unit_statuses(data) == {
        "N/n1": "taliban",
        "N/n2": "contested",
        "S/s1": "government",
        "S/s2": "government",
    }
    colours = {s["key"]: (s["colour"], s["hatch"]) for s in data["statuses"]}
    assert colours["taliban"] == (DEFAULT["taliban"].colour, False)
    assert colours["contested"] == (DEFAULT["contested"].colour, True)  # contested is hatched
    assert colours["government"] == (DEFAULT["government"].colour, False)
    # province outlines: the arcs between units of different provinces and the outer border
    assert sorted(data["units"]["province_names"]) == ["North", "South"]
    assert data["geometry"]["borders"]


def test_tooltip_and_popup_carry_the_claim(page: str, tmp_path: Path) -> None:
    """The text itself is built by the page's script (tested against this Python reference
    in tests/test_popups.py); here: the reference, and that the page carries the claim."""
    rows = [
        {
            "date": "2021-07-01",
            "province": "North",
            "district": "Nolan",
            "status": "taliban",
            "url": "https://example.org/kohsan?a=1&b=2",
            "source": "Outlet A",
            "confidence": "high",
        },
        {"date": "2021-07-01", "province": "South", "status": "government", "source": "Ministry"},
    ]
    led = read_claims(write_claims(tmp_path, rows), UNITS)
    state = state_at(led, UNITS, "2021-07-03")
    feats = {p["unit_id"]: p for p in unit_properties(state, UNITS, led)}
    claims = page_data(page)["claims"]
    assert "https://example.org/kohsan?a=1&amp;b=2" in claims["urls"]
    assert "Outlet A" in claims["sources"] and "high" in claims["confidences"]
    n1 = feats["N/n1"]
    assert "<b>Nolan</b>, North" in n1["tip"] and "Taliban control" in n1["tip"]
    assert "since 2021-07-01 (2 days old)" in n1["tip"]
    assert (
        '<a href="https://example.org/kohsan?a=1&amp;b=2" target="_blank" '
        'rel="noopener noreferrer">Outlet A</a>'
    ) in n1["popup"]
    assert "high confidence, row 2" in n1["popup"]
    assert "from a province-wide claim" in feats["S/s2"]["popup"]


def test_everything_from_outside_is_escaped(page: str) -> None:
    assert "<script>window.pwned" not in page
    assert 'onerror="window.pwned' not in page
    assert "Test &lt;b&gt;map&lt;/b&gt;" in page
    # the page assembles popups from these strings: each is escaped already
    claims = page_data(page)["claims"]
    text = " ".join(claims["notes"] + claims["sources"])
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in text
    assert "<script" not in text and "<img" not in text


def test_legend_and_stats_panel(page: str) -> None:
    for s in DEFAULT.statuses:
        assert f"data-status='{s.key}'" in page and s.label.split(" (")[0] in page
    assert 'State on <b id="mapper-date">2021-07-03</b>' in page
    assert "Shares of 4 districts and of\n  100 km²" in page
    assert "polygon area of 'tiny'" in page


def test_page_is_self_contained(page: str) -> None:
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "L.map(" in page or "L.map" in page
    for host in (
        "cdn.jsdelivr",
        "cdnjs",
        "unpkg",
        "code.jquery",
        "bootstrapcdn",
        "tile.openstreetmap",
    ):
        assert host not in page


def test_same_inputs_same_bytes(tmp_path: Path) -> None:
    rows = [{"date": "2021-07-01", "province": "North", "status": "taliban"}]
    led = read_claims(write_claims(tmp_path, rows), UNITS)
    a = build_map(state_at(led, UNITS, "2021-07-02"), UNITS, led)
    b = build_map(state_at(led, UNITS, "2021-07-02"), UNITS, led)
    assert a == b
    assert not re.search(r"_[0-9a-f]{32}", a)


def test_write_refuses_to_overwrite_and_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    write_map("<p>one</p>", out)
    with pytest.raises(OutputExistsError, match="--overwrite"):
        write_map("<p>two</p>", out)
    assert out.read_text() == "<p>one</p>"
    write_map("<p>two</p>", out, overwrite=True)
    assert out.read_text() == "<p>two</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["m.html"]  # no temp files left


def test_real_map_has_every_district(districts, example_ledger) -> None:
    state = state_at(example_ledger, districts, "2021-08-10")
    html = build_map(state, districts, example_ledger)
    data = page_data(html)
    shown = unit_statuses(data)
    assert len(shown) == 398 and len(set(data["units"]["province_names"]) - {""}) == 34
    assert shown == state["status"].to_dict()
    # the folium GeoJSON page was 2.5 MB; the compact page is ~0.4 MB
    assert len(html.encode()) < 600_000


def test_real_popups_list_the_set_aside_claim_under_the_control(districts, example_ledger) -> None:
    """Jurm, Raghistan and Yaftal: Taliban control from their district claims of 07-03, and
    the province-wide unconfirmed Taliban claim of 07-04 still listed above it (then the
    country-wide baseline). Rows are looked up: the example ledger grows."""
    claims = example_ledger.claims
    wide = claims[
        (claims["date"] == "2021-07-04")
        & (claims["province"] == "Badakhshan")
        & (claims["scope"] == "province")
    ]
    (wide_row,) = [str(r) for r in wide["row"]]
    baseline = [str(r) for r in claims[claims["scope"] == "country"]["row"]]
    state = state_at(example_ledger, districts, "2021-07-04")
    props = {p["unit_id"]: p for p in unit_properties(state, districts, example_ledger)}
    for uid in ("AF-BDS/jurm", "AF-BDS/raghistan", "AF-BDS/yaftal-sufla"):
        (row,) = claims[(claims["unit_id"] == uid) & (claims["date"] == "2021-07-03")]["row"]
        popup = props[uid]["popup"]
        assert "<p><b>Taliban control</b> as of 2021-07-03, " in popup
        assert re.findall(r"row (\d+)", popup)[:2] == [wide_row, str(row)]
        assert set(re.findall(r"row (\d+)", popup)[2:]) <= set(baseline)
        assert "Unconfirmed claim (taliban) <i>province-wide</i>" in popup
        assert "Disputed" not in popup
