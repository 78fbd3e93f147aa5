"""Borders of any boundary set whose country is in Natural Earth (#12 part 2)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mapper.borders import border_lengths, border_segments
from mapper.boundaries import load_countries, load_units
from mapper.cli import main


def test_us_states_border_canada_and_mexico_only_on_land(mirror: Path) -> None:
    states = load_units("us-states", mirror=mirror)
    segments = border_segments(
        states.units, load_countries(mirror=mirror), country_iso3="USA", segment_km=5.0
    )
    lengths = border_lengths(segments)
    # keyed by Natural Earth name outside Afghanistan's ISO3 table; the U.S. itself and the
    # territories the set covers (Puerto Rico, Guam, ...) are not neighbours
    assert {"Canada", "Mexico"} <= set(lengths.index)
    for own in ("United States of America", "Puerto Rico", "Guam", "American Samoa"):
        assert own not in lengths.index
    # published: Canada 8,891 km (2,475 of it Alaska's), Mexico 3,145 km; the Great Lakes and
    # the Rio Grande's course put part of the line farther than 25 km from Natural Earth's
    assert 6_500 < lengths.loc["Canada", "length_km"] < 9_500
    assert 2_400 < lengths.loc["Mexico", "length_km"] < 3_300
    assert lengths["published_km"].isna().all()


def test_borders_cli_for_another_set(mirror: Path) -> None:
    r = CliRunner().invoke(
        main,
        [
            "--mirror",
            str(mirror),
            "borders",
            "--boundary",
            "us-states",
            "--neighbour",
            "mexico",
            "--segment-km",
            "5",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    assert '"name": "Mexico"' in r.output and '"published_km": null' in r.output
    assert "NaN" not in r.output
    bad = CliRunner().invoke(
        main, ["--mirror", str(mirror), "borders", "--boundary", "us-states", "--neighbour", "X"]
    )
    assert bad.exit_code == 2 and "Canada" in bad.output
