"""Shared fixtures: the boundary mirror, real unit sets (loaded once), tiny worlds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapper.boundaries import UnitSet, load_units
from mapper.claims import Ledger, read_claims
from mapper.matching import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "afghanistan-2021.csv"
# The example as it was before the baseline and the August province-wide claims (115 news
# claims, no country-wide row): most of the country has no claim, so checks on it exercise
# the UNDETERMINED / open-unclaimed paths that the grown example no longer reaches.
NEWS_ONLY = ROOT / "tests" / "data" / "afghanistan-2021-news-only.csv"
_DEFAULT_MIRROR = ROOT.parent / "shared" / "data" / "boundaries"


def mirror_dir() -> Path:
    return Path(os.environ.get("MAPPER_MIRROR", str(_DEFAULT_MIRROR)))


@pytest.fixture(scope="session")
def mirror() -> Path:
    m = mirror_dir()
    if not (m / "geoBoundaries-AFG-ADM2.shp").is_file():
        pytest.skip(f"boundary mirror not found at {m} (set MAPPER_MIRROR)")
    return m


@pytest.fixture(scope="session")
def districts(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> UnitSet:
    return load_units("afg-districts", mirror=mirror, cache_dir=tmp_path_factory.mktemp("c"))


@pytest.fixture(scope="session")
def provinces(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> UnitSet:
    return load_units("afg-provinces", mirror=mirror, cache_dir=tmp_path_factory.mktemp("c"))


@pytest.fixture(scope="session")
def gaz(districts: UnitSet) -> Gazetteer:
    """The default boundary set's names, as `mapper check` reads sentences with them."""
    return districts.gazetteer()


@pytest.fixture(scope="session")
def example_ledger(districts: UnitSet) -> Ledger:
    return read_claims(EXAMPLE, districts)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Fail loudly if a test (not marked ``network``) opens a real HTTP connection."""
    if request.node.get_closest_marker("network"):
        return
    import requests.adapters

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("test tried to use the network; mock HTTP with `responses`")

    if not request.node.get_closest_marker("allow_adapter"):
        monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", refuse)


@pytest.fixture(autouse=True, scope="session")
def _processed_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands called without --cache-dir write the processed-boundary cache to
    $MAPPER_CACHE: keep it out of the user's home during tests."""
    if not os.environ.get("MAPPER_CACHE"):
        os.environ["MAPPER_CACHE"] = str(tmp_path_factory.mktemp("mapper-cache"))
