"""The checker reads sides from a shipped vocabulary preset (issue #12): "Russia controls a fifth
of Ukraine" with ``--vocabulary russia-ukraine``, on a synthetic two-level boundary set
(oblasts and raions). Also: the country's own name is the territory, never a side, and the
Afghan preset's words are not read under another preset."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from click.testing import CliRunner
from shapely.geometry import box

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, check_claim, parse_claim
from mapper.claims import read_claims
from mapper.snapshots import state_at
from mapper.vocabulary import get_vocabulary
from tests.worlds import write_claims

DATE = "2024-06-01"
#: raion id -> (raion, oblast, area km²): 10 units of 10 km² in four oblasts, 100 km² in all
RAIONS = {
    "D/1": ("Bakhmut", "Donetsk", 10.0),
    "D/2": ("Pokrovsk", "Donetsk", 10.0),
    "D/3": ("Mariupol", "Donetsk", 10.0),
    "L/1": ("Sievierodonetsk", "Luhansk", 10.0),
    "L/2": ("Starobilsk", "Luhansk", 10.0),
    "Z/1": ("Melitopol", "Zaporizhzhia", 10.0),
    "Z/2": ("Polohy", "Zaporizhzhia", 10.0),
    "W/1": ("Lviv", "Lvivska", 10.0),
    "W/2": ("Stryi", "Lvivska", 10.0),
    "W/3": ("Drohobych", "Lvivska", 10.0),
}
# Russia holds D/3, L/1, L/2, Z/1 (40 km²: 40 %), contests D/1; Ukraine holds the rest.
ROWS = [
    {"date": DATE, "province": "Donetsk", "district": "Mariupol", "status": "russia"},
    {"date": DATE, "province": "Luhansk", "district": "Sievierodonetsk", "status": "russia"},
    {"date": DATE, "province": "Luhansk", "district": "Starobilsk", "status": "russia"},
    {"date": DATE, "province": "Zaporizhzhia", "district": "Melitopol", "status": "russia"},
    {"date": DATE, "province": "Donetsk", "district": "Bakhmut", "status": "contested"},
    {"date": DATE, "province": "Donetsk", "district": "Pokrovsk", "status": "ukraine"},
    {"date": DATE, "province": "Zaporizhzhia", "district": "Polohy", "status": "ukraine"},
    {"date": DATE, "province": "Lvivska", "district": "Lviv", "status": "ukraine"},
    {"date": DATE, "province": "Lvivska", "district": "Stryi", "status": "ukraine"},
    {"date": DATE, "province": "Lvivska", "district": "Drohobych", "status": "ukraine"},
]


def raion_units() -> UnitSet:
    ids = list(RAIONS)
    geoms = [box(i, 0, i + 1, 1) for i in range(len(ids))]
    units = gpd.GeoDataFrame(
        {
            "name": [RAIONS[u][0] for u in ids],
            "province": [RAIONS[u][1] for u in ids],
            "iso_3166_2": [f"UA-{RAIONS[u][1][:2].upper()}" for u in ids],
            "source_id": ids,
            "area_km2": [RAIONS[u][2] for u in ids],
        },
        geometry=geoms,
        crs="EPSG:4326",
        index=pd.Index(ids, name="unit_id"),
    )
    names = sorted({r[1] for r in RAIONS.values()})
    provinces = gpd.GeoDataFrame(
        {"iso_3166_2": [f"UA-{n[:2].upper()}" for n in names]},
        geometry=[
            box(
                min(i for i, u in enumerate(ids) if RAIONS[u][1] == n),
                0,
                1 + max(i for i, u in enumerate(ids) if RAIONS[u][1] == n),
                1,
            )
            for n in names
        ],
        crs="EPSG:4326",
        index=pd.Index(names, name="province"),
    )
    return UnitSet(
        units=units,
        level="district",
        boundary="synthetic-raions",
        title="Synthetic oblasts and raions",
        attribution="Test squares",
        licence="CC0",
        provinces=provinces,
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    vocab = get_vocabulary("russia-ukraine")
    units = raion_units()
    path = write_claims(tmp_path_factory.mktemp("ua"), ROWS)
    ledger = read_claims(path, units, vocabulary=vocab)
    return units, ledger, state_at(ledger, units, DATE), vocab, path


def read(world, sentence: str):
    units, _ledger, _state, vocab, _path = world
    return parse_claim(sentence, vocabulary=vocab, gazetteer=units.gazetteer())


@pytest.mark.parametrize(
    ("sentence", "side", "comparison", "lo", "measure", "province"),
    [
        ("Russia controls a fifth of Ukraine", "russia", "as-stated", 0.2, "area", None),
        ("Russian forces hold about 40% of Ukraine", "russia", "about", 0.4, "area", None),
        (
            "Moscow controls over a third of Ukrainian territory",
            "russia",
            "over",
            1 / 3,
            "area",
            None,
        ),
        ("Kyiv holds half of Donetsk", "ukraine", "as-stated", 0.5, "area", "Donetsk"),
        ("Ukrainian forces control three raions in Lvivska", None, None, None, None, None),
        (
            "Russian troops hold two of Luhansk's 2 districts",
            "russia",
            "as-stated",
            2,
            "districts",
            "Luhansk",
        ),
        (
            "The Armed Forces of Ukraine control 60% of the country",
            "ukraine",
            "as-stated",
            0.6,
            "area",
            None,
        ),
    ],
)
def test_sides_read_from_the_preset(world, sentence, side, comparison, lo, measure, province):
    if side is None:  # "raions" is not a word of the grammar: refused, never skipped
        with pytest.raises(ClaimParseError, match="raions"):
            read(world, sentence)
        return
    c = read(world, sentence)
    assert (c.side, c.comparison, c.measure, c.province) == (side, comparison, measure, province)
    assert c.figure.lo == pytest.approx(lo)


def test_the_country_is_the_territory_never_a_side(world) -> None:
    c = read(world, "Russia controls a fifth of Ukraine")
    assert c.side == "russia" and c.scope_text() == "the country"
    with pytest.raises(ClaimParseError, match="which side"):
        read(world, "A fifth of Ukraine is held")


def test_afghan_words_are_not_sides_under_another_preset(world) -> None:
    with pytest.raises(ClaimParseError):
        read(world, "The Taliban control a fifth of Ukraine")
    with pytest.raises(ClaimParseError, match="afghanistan"):
        read(world, "Russia controls a fifth of Afghanistan")


@pytest.mark.parametrize(
    ("sentence", "verdict", "direction"),
    [
        ("Russia controls 40% of Ukraine", "depends-on-assumptions", ""),
        ("Russia controls at least a third of Ukraine", "supported", ""),
        ("Russia controls 80% of Ukraine", "contradicted", "overstates"),
        ("Russia controls a fifth of Ukraine", "contradicted", "understates"),
        ("Kyiv holds 100% of Lvivska", "supported", ""),
    ],
)
def test_verdicts(world, sentence: str, verdict: str, direction: str) -> None:
    units, _ledger, state, vocab, _path = world
    v = check_claim(read(world, sentence), state, units, vocabulary=vocab)
    assert (v.verdict, v.direction) == (verdict, direction)
    if direction == "overstates":  # 80 % against 40-50 %: 30-40 points
        assert v.gap_text == "by 30.0–40.0 points"
    if direction == "understates":  # a fifth (20 %) against 40-50 %
        assert v.gap_text == "by 20.0–30.0 points"


def test_cli_check_with_the_preset(world, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mapper check --vocabulary russia-ukraine`` reads the sides from the preset (the CLI
    path: the ledger's vocabulary is the preset's)."""
    from mapper import cli

    units, _ledger, _state, _vocab, path = world
    monkeypatch.setattr(cli, "_load", lambda obj, claims, kw: (units, _ledger))
    r = CliRunner().invoke(
        cli.main,
        [
            "check",
            str(path),
            "--vocabulary",
            "russia-ukraine",
            "--date",
            DATE,
            "Russian forces control 80% of Ukraine",
        ],
    )
    assert "Verdict:  CONTRADICTED" in r.output, r.output
    assert "OVERSTATES by 30.0–40.0 points" in r.output
    assert "side russia" in r.output
